article-intl-non-discrimination =
    .title = Teng munosabat: kamsitishga yoʻl yoʻq
    .summary = Xalqaro huquq ham, Qozogʻiston qonuni ham hamma qonun oldida teng, deydi. Davlat huquqlaringizni kamsitishsiz himoya qilishi shart: masalan, kelib chiqishingiz, tilingiz, diningiz yoki teri rangingiz sababli kamsitish mumkin emas.
    .keywords = kamsitish, diskriminatsiya, irqchilik, rasizm, millatchilik, tenglik, teng huquqlilik, millatiga qarab, diniga qarab, qonun oldida tenglik, yomon munosabat, haqorat qilishdi, millatimni haqorat qilishdi, ксенофобия, предвзятое отношение, muhojirlarni kamsitish, ajratib qarash
    .body =
        ## Pakt
        Qozogʻiston Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktni (ICCPR, ruscha: МПГПП) 2005-yil 28-noyabrdagi № 91 Qonun bilan ratifikatsiya qilgan.

        - **2-moddaning 1-bandi:** davlat Paktdagi huquqlarni oʻz hududidagi **har bir kishi** uchun hech qanday farqlarsiz hurmat qilishi va taʼminlashi shart. Masalan, irqi, teri rangi, jinsi, tili, dini, siyosiy yoki boshqa qarashlari, milliy yoki ijtimoiy kelib chiqishi, mulki, tugʻilishi yoki boshqa holati boʻyicha farq qilish mumkin emas.
        - **26-modda:** barcha odamlar **qonun oldida teng** va qonun bilan teng himoyalanish huquqiga ega. Qonun kamsitishni taqiqlashi va har kimni undan himoya qilishi shart.

        ## Qozogʻiston qonuni
        «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun (ruscha: «О правовом положении иностранцев», 3-modda) shunday deydi: chet elliklar Konstitutsiya, qonunlar va shartnomalarda belgilangan huquq va majburiyatlarga ega, agar qonunda boshqacha belgilanmagan boʻlsa. Chet elliklar **qonun oldida teng**.

        > [!NOTE]
        > Baʼzi qoidalar chet elliklar uchun boshqacha, chunki qonunda shunday yozilgan. Masalan, turish va roʻyxatdan oʻtish qoidalari. Lekin mansabdor shaxs teri rangingiz, kelib chiqishingiz, tilingiz yoki diningiz sababli sizga yomonroq munosabatda boʻlishi mumkin emas.

        ## Muhojirlar nima deydi
        Qozogʻistondagi muhojirlar oʻzlarini ajratib qoʻyilgandek his qilganlarini aytishgan. Ulardan qonun talab qilmaydigan qogʻozlar ham soʻralgan.

        ## Endi nima qilish kerak
        1. Nima boʻlganini yozib qoʻying: kim, qayerda, qachon va nima deyildi.
        2. Mansabdor shaxs qaysi qonun hujjatiga tayanayotganini soʻrang. Qarang [ortiqcha qogʻozlar](article:kz-extra-papers).
        3. Yozma shikoyat qiling va talonni saqlang: qarang [yozma murojaat topshirish](article:kz-written-appeal).
        4. Prokuraturaga istalgan tilda shikoyat qilishingiz mumkin: qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).
        5. Qozogʻistondagi barcha huquqiy himoya yoʻllaridan foydalanib boʻlgach, BMTga shikoyat qilish imkoni boʻlishi mumkin: qarang [BMTga shikoyat](article:intl-un-complaints).
