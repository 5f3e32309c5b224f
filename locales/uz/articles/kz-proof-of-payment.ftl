article-kz-proof-of-payment =
    .title = Toʻlangan jarima «haqida yozuv yoʻq»: dalilingizni saqlang
    .summary = Jarimalarni faqat rasmiy yoʻllar bilan toʻlang va har bir kvitansiyani yillar davomida saqlang. Agar idora toʻlovingiz haqida yozuv yoʻq desa, kvitansiya sizning dalilingiz.
    .keywords = chek, shtraf cheki, toʻlov cheki, kvitansiya saqlash, toʻlov isboti, toʻlov dalili, bazada yoʻq, toʻlov koʻrinmayapti, qayta toʻlash, ikki marta toʻlash, shtraf toʻlangan, оплата не прошла, в базе нет оплаты, yana toʻla deyishyapti, toʻlovim yoʻqoldi, toʻlagan edim, kvitansiya dalil
    .body =
        ## Haqiqiy voqea
        Malidan kelgan Idrissa Traore 2004-yilda Qozogʻistonda doimiy yashash huquqini olgan. 2007-yilda unga Olmaotada emas, Astanada yashab, ishlagani uchun 100 AQSh dollari jarima solingan. U jarimani toʻlaganini aytadi. Migratsiya politsiyasi esa bu haqda yozuv yoʻqligini aytgan.

        2009-yilda uning yashash hujjatlarini uzaytirish toʻxtatib turilgan: u jarimani yana «toʻlashi» kerak boʻlgan. Kutib turganida u ishlay olmagan, pasporti esa migratsiya idorasida boʻlgan.

        ## Nega bu muhim
        - Toʻlaganingizni isbotlay olmaydigan jarima hujjatlaringizni uzaytirishni toʻxtatib qoʻyishi mumkin.
        - 2020-yildagi bir ishda Qaragʻandidagi tuman sudi chet ellikni mamlakatdan chiqarib yuborishga qaror qilgan, qisman jarima toʻlanmagani sababli. Keyin Oliy sud bu qarorni oʻz kuchida qoldirgan.

        ## Faqat rasmiy yoʻllar bilan toʻlang
        - **egov.kz toʻlov shlyuzi** (платёжный шлюз) orqali toʻlang. Komissiya 100 KZT.
        - Politsiya xodimiga yoki mansabdor shaxsga hech qachon naqd pul bermang. Qarang [pora va 1424 liniyasi](article:kz-bribes-1424).

        > [!WARNING]
        > Har bir kvitansiyani haftalar emas, **yillar** davomida saqlang. Yuqoridagi voqeada jarima 2007-yilda solingan, muammo esa 2009-yilda chiqqan.

        ## Endi nima qilish kerak
        1. Toʻlashingiz bilan kvitansiyaning rasmini oling. Uni sana va summa bilan birga ilovadagi seyfga saqlang.
        2. Qogʻoz kvitansiyani jarima haqidagi qaror bilan birga saqlang. Ikkinchi nusxasini boshqa xavfsiz joyda saqlang.
        3. Migratsiya idorasiga borganingizda kvitansiyalaringiz nusxalarini olib boring.
        4. Agar idorada yozuv yoʻq deyishsa, kvitansiyani koʻrsating. Yozuv yoʻqligini yozib berishlarini soʻrang.
        5. Agar baribir qayta toʻlashni talab qilishsa, kvitansiya nusxasi bilan yozma murojaat topshiring va talonni saqlang: qarang [yozma murojaat topshirish](article:kz-written-appeal).
        6. Agar bu yordam bermasa, prokuraturaga shikoyat qiling: qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).

        Yana qarang: [jarimani xavfsiz toʻlash](article:kz-paying-fines).
