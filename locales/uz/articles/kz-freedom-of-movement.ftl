article-kz-freedom-of-movement =
    .title = Erkin harakatlanish va roʻyxatdan oʻtish majburiyati
    .summary = Qozogʻistonda erkin harakatlanishingiz va qayerda yashashni tanlashingiz mumkin, lekin manzilingizni baribir roʻyxatdan oʻtkazishingiz shart.
    .keywords = erkin harakatlanish, harakatlanish erkinligi, svoboda peredvijeniya, boshqa shaharga koʻchish, boshqa viloyatga borish, yashash joyini tanlash, propiska shartmi, propiska, registratsiya majburiyati, erkin yurish, переезд в другой город, shaharma-shahar yurish, qayerda yashashim mumkin, выбор места жительства, propiskasiz yashash
    .unverified = 2026-yil 1-iyuldan yangi Konstitutsiya kuchda. Biz undagi erkin harakatlanish haqidagi moddani topmadik. Shuning uchun yangi Konstitutsiyaning qaysi moddasi bu huquqni himoya qilishi va qanday soʻzlar bilan, tasdiqlanmagan. Bu huquqni bergan 1995-yilgi Konstitutsiyaning 21-moddasi endi amal qilmaydi.
    .body =
        ## Haqiqiy voqea
        2007-yilda Qozogʻistonda doimiy yashash huquqiga ega boʻlgan Malidan kelgan bir erkakka 100 AQSh dollari jarima solingan. Sababi: u Olmaotada emas, Astanada yashab, ishlagan. Uning advokati doimiy yashovchilar fuqarolar kabi erkin harakatlanadi, degan. Migratsiya politsiyasi esa chet elliklar «qatʼiy» roʻyxatdan oʻtishi kerak, degan.

        Ikkala tomonning ham oʻz haqi bor edi. Qonun sizga ikki xil narsani beradi.

        ## Huquqingiz: harakatlanish va yashash joyini tanlash
        - Chet elliklar chet elliklar uchun ochiq hududlarda harakatlanishi va qonunda belgilangan tartibda yashash joyini tanlashi mumkin («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 16-modda).
        - Qozogʻiston ICCPRni (Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro pakt) ratifikatsiya qilgan. Uning 12-moddasi mamlakatda qonuniy turgan har bir kishiga xuddi shu huquqni beradi. Bu huquqni faqat qonun bilan, faqat davlat xavfsizligi, jamoat tartibi, aholi salomatligi yoki axloqi yoxud boshqalarning huquq va erkinliklarini himoya qilish uchun zarur boʻlganda va faqat Paktdagi boshqa huquqlarga mos keladigan tarzda cheklash mumkin.
        - 1995-yilgi Konstitutsiya (21-modda) ham Qozogʻistonda qonuniy turgan har bir kishiga bu huquqni bergan edi, «qonunda belgilangan hollar bundan mustasno». 2026-yil 1-iyuldan yangi Konstitutsiya kuchda. Endi uning qaysi moddasi bu huquqni berishini biz tekshirmaganmiz.

        ## Majburiyatingiz: roʻyxatdan oʻtish
        Roʻyxatdan oʻtish alohida majburiyat. Roʻyxatdan oʻtkazish qoidalarida aytilishicha, politsiya Qozogʻistonda doimiy yashovchi chet elliklarni yashash joyi boʻyicha va vaqtincha turgan joyi boʻyicha ham roʻyxatga oladi. Agar qisqa muddatga kelgan boʻlsangiz, qabul qiluvchi tomon politsiyaga xabar berishi shart. Oʻzingiz ham roʻyxatdan oʻtishingiz kerak boʻlishi mumkin: qarang [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration).

        Baʼzan bu uchun Migratsiya qonunining 51-moddasi keltiriladi. Lekin bu modda ichki muhojirlar haqida, yaʼni Qozogʻiston ichida bir joydan boshqa joyga koʻchadigan odamlar haqida.

        > [!WARNING]
        > Erkin harakatlanish huquqingiz sizni roʻyxatdan oʻtishdan ozod qilmaydi. Koʻchib oʻtganingizda yangi manzilingizni roʻyxatdan oʻtkazing. Doimiy yashovchilar ham buni qilishi shart.

        ## Endi nima qilish kerak
        - Koʻchib oʻtishdan oldin [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration) haqida oʻqing.
        - Yigʻimlar va jarimalar uchun har bir kvitansiyani saqlang. Yuqoridagi voqeada erkak jarimani toʻlaganini aytgan, lekin politsiya bu haqda yozuv yoʻqligini aytgan.
        - Agar sizga jarima solinsa, uning ustidan shikoyat qilishingiz mumkin: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
        - Xalqaro qoida haqida koʻproq bilish uchun [xalqaro huquqda erkin harakatlanish](article:intl-freedom-of-movement) maqolasini oʻqing.
