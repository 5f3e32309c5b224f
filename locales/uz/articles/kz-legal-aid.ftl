article-kz-legal-aid =
    .title = Yuridik yordamni qayerdan olish mumkin
    .summary = Qozogʻistonda muhojirlarga yuridik yordamni Qozogʻiston inson huquqlari va qonun ustuvorligi xalqaro byurosi (KIBHR), UNHCR va uning hamkorlari beradi. Pora haqida 1424 ga xabar bering.
    .keywords = yurist, advokat, bepul yurist, bepul advokat, yuridik maslahat, yuridik konsultatsiya, huquq himoyachisi, pravozashchitnik, inson huquqlari byurosi, KIBHR, bureau.kz, бесплатный адвокат, юридическая помощь, НПО, nodavlat tashkilot, Казахстанское бюро по правам человека, yuristga pul yoʻq
    .unverified = Oʻtkazib yuborilgan 10 kunlik shikoyat muddatini tiklash haqidagi Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks moddasi tasdiqlanmagan. Bu qoida haqida bitta yangilik (2026) xabar bergan.
    .body =
        ## KIBHR
        Qozogʻiston inson huquqlari va qonun ustuvorligi xalqaro byurosi (KIBHR, ruscha: КМБПЧ):

        - 1993-yilda tashkil etilgan inson huquqlarini himoya qiluvchi tashkilot;
        - bosh ofisi Olmaotada, viloyatlarda filiallari bor;
        - yuridik maslahat beradi va sudda odamlarning manfaatlarini himoya qiladi;
        - veb-sayti: [bureau.kz](https://bureau.kz).

        Xabar qilingan bir ishda KIBHR advokati Malidan kelgan, uzoq vaqtdan beri yashayotgan bir kishiga yordam bergan. Bu uning yashash huquqi haqidagi nizo edi.

        ## UNHCR va uning hamkorlari
        UNHCR BMTning qochqinlar bilan ishlaydigan agentligi (ruscha: УВКБ ООН). U Qozogʻistonda 1995-yildan beri ishlaydi. UNHCR saytiga koʻra, 2020-yilda uning Markaziy Osiyodagi mintaqaviy vakolatxonasi Olmaotada edi. UNHCR Qozogʻistonda yuridik yordam dasturini olib borgan.

        UNHCRning 2015-yil dekabrdagi maʼlumot varaqasida quyidagi hamkorlar sanab oʻtilgan:

        - **KIBHR**: yuridik maslahat va sudda vakillik;
        - **Sana Sezim**: fuqaroligi boʻlmagan shaxslarga yuridik yordam;
        - **Qizil Yarim Oy**: ijtimoiy va tibbiy yordam;
        - **Ijtimoiy loyihalar xalqaro assotsiatsiyasi**: taʼlim va oʻzini oʻzi taʼminlashga yordam.

        > [!NOTE]
        > Bu roʻyxat 2015-yilga tegishli. Tashkilotlar va dasturlar oʻzgaradi. Borishdan oldin tekshiring.

        ## Korrupsiya: 1424 ga qoʻngʻiroq qiling
        Agar mansabdor shaxs sizdan pora soʻrasa, **1424** ga qoʻngʻiroq qiling. Bu Korrupsiyaga qarshi xizmatning qoʻngʻiroq markazi. Qoʻngʻiroq bepul, liniya sutkasiga 24 soat, haftada 7 kun ishlaydi. Qarang [pora va 1424 liniyasi](article:kz-bribes-1424).

        ## Endi nima qilish kerak
        1. Qogʻozlaringizni yigʻing: pasportingiz va ruxsatnomalaringiz nusxalari, bayonnomalar, qarorlar, kvitansiyalar va talonlar. Ilovadagi seyf bunda yordam beradi.
        2. Sanalarni yozib qoʻying: voqealar qachon boʻlgani va har bir muddat. Jarima ustidan faqat qarorning nusxasini olgan kundan boshlab 10 kun ichida shikoyat qilish mumkin: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine). Agar 10 kunni uzrli sabab bilan, masalan, kasallik tufayli oʻtkazib yuborgan boʻlsangiz, muddatni tiklashni soʻrashingiz mumkin: shikoyatingiz bilan birga iltimosnoma topshiring va sababning dalilini qoʻshing. Bu haqdagi kodeks moddasi tasdiqlanmagan.
        3. Tashkilotga erta, muddat tugashidan oldin murojaat qiling.
        4. Bu tashkilotlarni ilovada, «Qayerdan yordam olish mumkin» boʻlimida topasiz.
