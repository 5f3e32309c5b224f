article-kz-entry-ban =
    .title = Kirish taqiqi: majburiy chiqarib yuborilgandan keyin 5 yil
    .summary = Agar sizni majburan chiqarib yuborishsa, 5 yil davomida Qozogʻistonga kira olmaysiz. Toʻlanmagan jarima chiqarib yuborish ishida sizga qarshi ishlatilishi mumkin.
    .body =
        ## Qoida
        Mamlakatdan chiqarib yuborish (выдворение) — Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksdagi (KoAP, ruscha: КоАП) jazolardan biri. «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun («О правовом положении иностранцев», 28-modda) chiqarib yuborish asoslarini belgilaydi.

        Mamlakatdan **majburiy chiqarib yuborish** (принудительное выдворение) **5 yillik** **kirish taqiqiga** (запрет на въезд) olib keladi. 5 yil davomida Qozogʻistonga kira olmaysiz (Hukumatning 2017-yil 6-apreldagi № 175 qarori).

        ## Toʻlanmagan jarimalar sizga qarshi ishlaydi
        2020-yildagi bir ishda Oliy sud chiqarib yuborishni oʻz kuchida qoldirgan, qisman jarima toʻlanmagani sababli. Siz unutgan kichik jarima katta muammoga aylanishi mumkin.

        > [!WARNING]
        > Har bir jarimani rasmiy yoʻllar bilan toʻlang va har bir kvitansiyani yillar davomida saqlang. Qarang [toʻlov dalili](article:kz-proof-of-payment).

        ## Chiqarib yuborish ishidagi huquqlaringiz
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning 744-moddasiga koʻra siz:

        - ish materiallari bilan tanishishingiz va nusxa olishingiz;
        - tushuntirish berishingiz va dalillar taqdim etishingiz;
        - himoyachiga ega boʻlishingiz;
        - ona tilingizdan va tarjimondan **bepul** foydalanishingiz;
        - qaror ustidan shikoyat qilishingiz mumkin.

        Oliy sud sudlarga chiqarib yuborish ishlari boʻyicha tushuntirish bergan (2013-yil 13-dekabrdagi № 4 normativ qaror).

        ## Endi nima qilish kerak
        1. Jarimalaringizni oʻz vaqtida toʻlang. Agar darhol toʻlay olmasangiz, [jarimani kechiktirish yoki boʻlib toʻlashni](article:kz-fine-instalments) soʻrang.
        2. Barcha kvitansiyalar, bayonnomalar va qarorlarni saqlang. Ularning rasmini ilovadagi seyfga saqlang.
        3. Ruxsat etilgan muddatdan ortiq qolmang: qarang [muddatdan ortiq qolish](article:kz-overstay).
        4. Agar sizni chiqarib yuborish xavfi boʻlsa, darhol himoyachi va tarjimon soʻrang. Yuridik yordam ham soʻrang: qarang [yuridik yordam](article:kz-legal-aid).
        5. Agar qarorga rozi boʻlmasangiz, tez harakat qiling: shikoyat qilish muddati qisqa. Qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
        6. Agar sizni ushlab turishsa, konsulligingizga xabar berishni soʻrang: qarang [ushlab turilganda huquqlaringiz](article:kz-detention-rights).

        Yana qarang: [mamlakatdan chiqarib yuborish](article:kz-expulsion).
