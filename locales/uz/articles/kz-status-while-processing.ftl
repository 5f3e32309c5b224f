article-kz-status-while-processing =
    .title = Guvohnomangiz yoki pasportingiz tayyorlanayotganda
    .summary = Yirtib olinadigan talonni va topshirgan hamma narsangizning nusxalarini saqlang. Agar idora pasportingizni olib qolsa, qogʻoz soʻrang. Bu vaqtda ishlash haqida aniq qoida topmadik.
    .keywords = otrivnoy talon, yirtib olinadigan talon, VNJ tayyor emas, VNJ kutish, hujjat tayyorlanmoqda, pasport migratsiyada, raqamli VNJ, elektron VNJ, eGov Mobile, kutish paytida ishlash, migratsionka, VNJ qachon tayyor boʻladi, VNJ kechikyapti, pasport qachon qaytadi, документы на рассмотрении, hujjatim jarayonda, guvohnomasiz ishlash
    .unverified = Tasdiqlanmagan: yangi guvohnoma tayyorlanayotganda yirtib olinadigan talon yoki boshqa biror qogʻoz turish va ishlash huquqingizni isbotlaydimi; bu vaqtda idora pasportingizni olib qolishi mumkinmi; ishlash uchun ruxsatnoma kerak boʻlmagan chet elliklarning hozirgi rasmiy roʻyxati. Doimiy yashovchilarga ishlash uchun ruxsatnoma kerak emasligini yuridik firmalar aytadi va hukumat qoʻllanmasi ham shunga ishora qiladi, lekin biz rasmiy matnni oʻqimaganmiz.
    .body =
        ## Ariza berganingizda nima olasiz
        Yashash guvohnomasi uchun davlat boji toʻlangani haqida kvitansiya, 2 ta fotosurat va amaldagi pasportingizni topshirasiz. Sizga **yirtib olinadigan talon** beriladi. Guvohnoma **7 ish kunigacha** (tezkor xizmat) yoki **17 ish kunigacha** (oddiy xizmat) tayyorlanadi.

        Yirtib olinadigan talonni oʻzingiz bilan olib yuring. U ariza bergan sanangizni va qogʻozlaringiz idorada ekanini koʻrsatadi. Talon guvohnoma oʻrnini bosadi, degan qoidani topmadik.

        ## Pasportingiz
        Doimiy yashash va vaqtincha yashash uchun ruxsatnoma uchun rasmiy roʻyxatlar pasportingizni «nusxasi va asl nusxasi (solishtirish uchun)» deb soʻraydi. Guvohnomaning oʻzi uchun roʻyxatda faqat «amaldagi pasport» deyilgan. Biz oʻqigan hech bir matnda asl pasport darhol qaytarilishi yoki guvohnoma tayyorlanayotganda olib qolinishi mumkinmi, aytilmagan. Agar idora pasportingizni olib qolsa, yozma hujjat soʻrang: qarang [kimdir pasportingizni olib qolsa](article:kz-passport-confiscation).

        ## Raqamli yashash guvohnomangiz
        2023-yil apreldan beri eGov Mobile ilovasi raqamli yashash guvohnomasini koʻrsata oladi. Bir yangilikda aytilishicha, undan qogʻoz guvohnoma kabi foydalanish mumkin. Yangi guvohnoma tayyorlanayotganda u nimani koʻrsatishini biz tasdiqlamadik.

        ## Ish
        - Hukumat qoʻllanmasida aytilishicha, Qozogʻistonda yashash va ishlashni istagan chet ellikka yashash uchun ruxsatnoma kerak.
        - Bir yuridik firmaning 2012-yilgi qoidalar haqidagi sharhida Qozogʻistonda doimiy yashovchilar ishlash uchun ruxsatnoma kerak boʻlmaganlar qatorida sanab oʻtilgan. Bugungi bir yuridik firma ham yashash uchun ruxsatnomani ishlash yoʻli sifatida koʻrsatadi.
        - Biz hozirgi rasmiy roʻyxatni oʻqimaganmiz. Guvohnoma uzaytirilayotganda doimiy yashovchining ishlashini taqiqlaydigan qoidani ham, bu huquqni himoya qiladigan qoidani ham topmadik.

        Haqiqiy voqeada Malidan kelgan bir erkak hujjatlarini uzaytirish toʻxtatib turilganda ishlay olmagan, pasporti esa migratsiya idorasida boʻlgan.

        > [!TIP]
        > Yozma soʻrang. Yozma soʻrov iz qoldiradi. Ogʻzaki javob iz qoldirmaydi.

        ## Endi nima qilish kerak
        1. Biror narsani topshirishdan oldin pasportingizni (har bir sahifasini), eski guvohnomangizni va yigʻim kvitansiyasini rasmga oling. Ularni ilovadagi seyfga saqlang.
        2. Yirtib olinadigan talonni va qogʻozlaringiz nusxalarini oʻzingiz bilan olib yuring.
        3. Agar ish beruvchi yoki politsiya uchun dalil kerak boʻlsa, migratsiya idorasiga [yozma murojaat](article:kz-written-appeal) topshiring. Qachon ariza berganingiz, nima tayyorlanayotgani va pasportingiz qayerda ekani yozilgan qogʻoz soʻrang. Talonni saqlang.
        4. Guvohnomangiz tayyor boʻlishi kerak boʻlgan kunni yozib qoʻying. Agar kechiksa, sababini yozma ravishda soʻrang.
        5. Agar sizga ishlash mumkin emas deyishsa, buni qaysi qonun aytishini soʻrang va [yuridik yordam](article:kz-legal-aid) oling.
        6. Agar hujjatlaringizni uzaytirish eski jarima sababli toʻxtatib turilgan boʻlsa, qarang [yoʻqolgan kvitansiya](article:kz-lost-receipt).
