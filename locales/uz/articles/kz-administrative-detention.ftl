article-kz-administrative-detention =
    .title = Maʼmuriy ushlab turish va maʼmuriy qamoq: huquqlaringiz
    .summary = Politsiya maʼmuriy huquqbuzarlik sababli sizni qisqa vaqt ushlab turishi mumkin. Ushlab turish haqida bayonnoma yozilishi shart, uning nusxasi sizga beriladi. Maʼmuriy qamoqni faqat sudya tayinlashi mumkin.
    .keywords = maʼmuriy ushlab turish, maʼmuriy qamoq, administrativ arest, administrativnoe zaderjanie, zaderjanie, arest, qamalish, qamab qoʻyish, otdelga olib ketish, necha soat ushlaydi, ushlab turish bayonnomasi, обезьянник, спецприёмник, сутки дали, sutkaga qamashdi, КПЗ, qoʻyib yuborishmayapti
    .unverified = Tasdiqlanmagan: amaldagi kodeksga koʻra maʼmuriy ushlab turish qancha davom etishi mumkin (oldingi kodeks koʻp hollarda 3 soatga ruxsat bergan); chiqarib yuborilishi kutilayotgan chet elliklarni uzoqroq ushlab turish mumkinmi; ushlab turilganingiz haqida kimga va qanchalik tez xabar berilishi shart; birinchi daqiqadan himoyachiga ega boʻlasizmi; eng uzoq maʼmuriy qamoq muddati.
    .body =
        ## Bu nima
        Agar sizga **maʼmuriy ushlab turish** (административное задержание) qoʻllansa, siz qisqa vaqtga erkinligingizdan mahrum boʻlasiz. Bu huquqbuzarlikni toʻxtatish yoki ishingizni hal qilish uchun qilinadi (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 787-modda). Hech kimni kodeksda belgilangan asoslar va tartibdan boshqacha ushlab turish mumkin emas (14-modda).

        ## Ushlab turish haqidagi bayonnoma
        Xodim ushlab turish haqida bayonnoma yozishi shart (788-modda). Unda quyidagilar yoziladi:

        - sana, joy va vaqt, **daqiqasigacha**;
        - xodimning lavozimi va ismi;
        - siz kimligingiz;
        - sizni qachon, qayerda va nega ushlab turishgani.

        Xodim va siz uni imzolaysiz. Agar imzolashdan bosh tortsangiz, bu bayonnomaga yoziladi. Sizga uning **nusxasi** berilishi shart.

        ## Qancha vaqt?
        Amaldagi kodeksdagi muddat tasdiqlanmagan. Oldingi kodeks koʻp hollarda **3 soatga** ruxsat bergan. Qonun ruxsat berganidan uzoqroq ushlab turilgan har bir kishi **darhol qoʻyib yuborilishi** shart (14-modda).

        Migratsiya qonunida (60-modda) aytilishicha, chiqarib yuborish uchun ushlab turilgan chet ellikni faqat zarur boʻlgan vaqtgacha ushlab turish mumkin, lekin **30 kundan** ortiq emas. Boshqa biror qoida uzoqroq ushlab turishga ruxsat beradimi, tasdiqlanmagan.

        ## Huquqlaringiz
        - Sizga **nega** ushlab turilganingiz darhol aytilishi shart (14-modda).
        - **Qiynoq**, zoʻravonlik va qadr-qimmatni kamsituvchi muomala **taqiqlangan**. Noqonuniy hibs yoki yomon muomala tufayli yetkazilgan zarar qoplanishi shart (14-modda).
        - **Himoyachi** (744-modda).
        - Agar ish yuritish tilini bilmasangiz yoki yetarlicha yaxshi bilmasangiz: ona tilingiz va bepul **tarjimon** (744- va 738-moddalar).
        - Oilangizga yoki ish beruvchingizga qayerdaligingiz haqida xabar berishni soʻrang. Oldingi kodeks soʻrov boʻyicha bu huquqni bergan; amaldagi qoida tasdiqlanmagan.
        - **Konsulligingizga** xabar berishni soʻrang: qarang [konsullik huquqlari](article:kz-consular-rights).

        ## Maʼmuriy qamoq
        Jazo sifatida **maʼmuriy qamoq** (административный арест) tayinlansa, sizni bir necha kunga qamab qoʻyishadi. Uni faqat **sudya** tayinlashi mumkin (14-modda). Eng uzoq qamoq muddati tasdiqlanmagan. 2026-yilgi bir yangilikda aytilishicha, baʼzi odamlarga maʼmuriy qamoq tayinlash mumkin emas, masalan, homilador ayollarga va 14 yoshgacha boʻlgan bolalarning ota-onalariga.

        Sudya qarori ustidan shikoyat qilishingiz mumkin: qarang [sud qarori ustidan shikoyat qilish](article:kz-court-appeal).

        ## Endi nima qilish kerak
        1. Xotirjam boʻling va qarshilik qilmang. Keyin shikoyat qilishingiz mumkin.
        2. Sizni toʻxtatgan vaqtni yozib qoʻying. Xodimning ismini soʻrang.
        3. Ushlab turish haqidagi bayonnomani soʻrang. Uni oʻqing. Nimaga rozi emasligingizni yozing. Nusxasini soʻrang.
        4. Himoyachi kerakligini va qaysi til kerakligini ayting. Ikkalasini ham bayonnomaga yozing.
        5. Oilangizga va konsulligingizga xabar berishni soʻrang. «Konsulligimga xabar bering» kartasini koʻrsating.
        6. Keyin ismlar va vaqtlarni yozib qoʻying va shikoyat qiling: qarang [prokuratura](article:kz-prosecutor-complaint).

        Yana qarang: [agar sizni ushlab turishsa](article:kz-detention-rights) va [yuridik yordam](article:kz-legal-aid).
