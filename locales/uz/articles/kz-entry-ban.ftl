article-kz-entry-ban =
    .title = Mamlakatdan chiqarib yuborilgandan keyin kirish taqiqi: 5 yilgacha
    .summary = Mamlakatdan chiqarib yuborilgandan keyin Qozogʻistonga kirishingiz 5 yilgacha taqiqlanishi mumkin. Maʼmuriy huquqbuzarlik uchun har qanday chiqarib yuborishdan keyin 5 yillik taqiq berilishi tasdiqlanmagan. Toʻlanmagan jarima chiqarib yuborish ishida sizga qarshi ishlatilishi mumkin.
    .keywords = kirish taqiqi, zapret na vezd, zapret vezda, qora roʻyxat, qora roʻyxatga tushish, chegaradan kiritishmadi, chegarada qaytarish, deportatsiya, deportdan keyin, deport, qayta kirish, kirish man etilgan, чёрный список, невъездной, kira olmayman, taqiqni olib tashlash, taqiq muddati, Qozogʻistonga kiritishmayapti
    .unverified = Tasdiqlanmagan: maʼmuriy huquqbuzarlik uchun chiqarib yuborishdan keyin kirish taqiqi beriladimi va qancha muddatga. Hukumatning 2017-yil 6-apreldagi № 175 qarori jinoyat ishi boʻyicha sud hukmi bilan chiqarib yuborilganda 5 yillik taqiqni belgilagan. Uning 2020 va 2021-yillardagi oʻzgartirishlari bilan matni bu masala boʻyicha oʻqilmagan. 2020-yildagi ish boʻyicha Oliy sud qarorining raqami va sanasi topilmagan.
    .body =
        ## Qoida
        Mamlakatdan chiqarib yuborish (выдворение) Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksdagi (KoAP, ruscha: КоАП) jazolardan biri. «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun («О правовом положении иностранцев», 28-modda) chiqarib yuborish asoslarini belgilaydi.

        Mamlakatdan chiqarib yuborilgandan keyin sizga **kirish taqiqi** (запрет на въезд) berilishi mumkin: bir muddat Qozogʻistonga kira olmaysiz. **5 yilgacha** taqiq boʻlishi mumkin.

        - Hukumatning 2017-yil 6-apreldagi № 175 qarori majburiy chiqarib yuborish qoidalarini belgilaydi. Uning birinchi matni **jinoyat ishi boʻyicha sud hukmi** bilan chiqarib yuborish haqida edi va **5 yillik** kirish taqiqini belgilagan.
        - 2020 va 2021-yillardan beri qaror «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun va Migratsiya qonuniga ham havola qiladi. Uning hozirgi matni taqiq haqida nima deyishini biz oʻqimaganmiz.
        - Shuning uchun maʼmuriy huquqbuzarlik uchun har qanday chiqarib yuborishdan keyin 5 yillik taqiq berilishi **tasdiqlanmagan**. Har qanday chiqarib yuborishni uzoq taqiq xavfi deb biling.

        ## Toʻlanmagan jarimalar sizga qarshi ishlaydi
        2020-yildagi bir ishda Qaragʻandidagi tuman sudi chet ellikni mamlakatdan chiqarib yuborishga qaror qilgan, qisman jarima toʻlanmagani sababli. Keyin Oliy sud bu qarorni oʻz kuchida qoldirgan. Siz unutgan kichik jarima katta muammoga aylanishi mumkin.

        > [!WARNING]
        > Har bir jarimani rasmiy yoʻllar bilan toʻlang va har bir kvitansiyani yillar davomida saqlang. Qarang [toʻlov dalili](article:kz-proof-of-payment).

        ## Chiqarib yuborish ishidagi huquqlaringiz
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning 744-moddasiga koʻra siz:

        - ish materiallari bilan tanishishingiz va nusxa olishingiz;
        - tushuntirish berishingiz va dalillar taqdim etishingiz;
        - himoyachiga ega boʻlishingiz;
        - agar ish yuritish tilini yetarlicha yaxshi bilmasangiz, ona tilingizdan va tarjimondan **bepul** foydalanishingiz (738- va 744-moddalar);
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
