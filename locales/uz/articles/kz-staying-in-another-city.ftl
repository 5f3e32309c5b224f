article-kz-staying-in-another-city =
    .title = Boshqa shaharda turish yoki ishlash: u yerda tezda roʻyxatdan oʻting
    .summary = Doimiy yashovchi sifatida koʻchib oʻtmasdan boshqa shaharda turishingiz va ishlashingiz mumkin. Lekin u yerda turish uchun vaqtincha roʻyxatdan oʻtish kerak boʻlishi mumkin. Kelishingiz bilan roʻyxatdan oʻting.
    .keywords = boshqa shahar, boshqa viloyat, vaqtincha propiska, vremennaya registratsiya, vaqtincha roʻyxatdan oʻtish, TsON, komandirovka, boshqa shaharda ishlash, yotoqxona, obshejitie, propiska, vaxta, boshqa shaharga ishga, в другом городе, boshqa shaharda ijara, регистрация в другом городе, shahar almashtirish
    .unverified = Tasdiqlanmagan: doimiy yashovchi boshqa shaharda qaysi kundan boshlab roʻyxatdan oʻtishi shart va qaysi jarima qoʻllanadi. 5 ish kunlik muddat mehmonlar uchun yangi qoidalar haqidagi yangiliklardan olingan, ular doimiy yashovchilarga tegishli boʻlmasligi mumkin. 10 kunlik muddat fuqarolar haqidagi hukumat sahifalaridan va qonun moddasini koʻrsatmagan bir veb-saytdan olingan. Qanday roʻyxatdan oʻtish rasmiy matndan emas, roʻyxatdan oʻtkazish qoidalari haqidagi yangiliklardan olingan.
    .body =
        ## Qisqa javob
        - Boshqa shaharga borishingiz, u yerda turishingiz va ishlashingiz mumkin. Erkin harakatlanish sizning huquqingiz: qarang [erkin harakatlanish](article:kz-freedom-of-movement).
        - Roʻyxatdan oʻtish alohida majburiyat. Siz yashash joyingiz boʻyicha va vaqtincha turgan joyingiz boʻyicha ham roʻyxatdan oʻtasiz: quyidagi «Biz nima topdik» boʻlimiga qarang.
        - Agar boshqa shaharda tursangiz, u yerda vaqtincha roʻyxatdan oʻtishni soʻrang. Buni kelishingiz bilan qiling.

        > [!WARNING]
        > Doimiy yashovchi boshqa shaharda qachon roʻyxatdan oʻtishi shartligi haqida aniq qoida topmadik. Biz topgan eng qisqa muddat **5 ish kuni**. Bundan ortiq kutmang.

        ## Biz nima topdik
        - Roʻyxatdan oʻtkazish qoidalarida aytilishicha, politsiya fuqarolarni va doimiy yashovchilarni yashash joyi boʻyicha va vaqtincha turgan joyi boʻyicha ham roʻyxatga oladi.
        - Ichki ishlar vazirligida (IIV) Qozogʻistonda doimiy yashovchi chet elliklarni doimiy va vaqtincha roʻyxatdan oʻtkazish uchun davlat xizmati bor.
        - Fuqarolar uchun egov.kz saytida vaqtincha roʻyxatdan oʻtish 1 oydan ortiq turish uchun ekani aytilgan. Bir hukumat sahifasida aytilishicha, vaqtincha manzilda roʻyxatdan oʻtmasdan 10 kundan ortiq yashagan odamlar jazolanishi mumkin.
        - Yangiliklarda aytilishicha, 2026-yil 1-iyuldan yangi qoidalar vizasiz mamlakatlardan kelgan mehmonlardan onlayn roʻyxatdan oʻtishni va manzilini oʻzgartirgandan keyin 5 ish kuni ichida yana roʻyxatdan oʻtishni talab qiladi. Yangiliklarga koʻra, bu qoidalar mehmonlar uchun.

        ## Qanday roʻyxatdan oʻtish kerak
        - Aholiga xizmat koʻrsatish markaziga (ЦОН) ariza bering. U yerda politsiya xodimi qogʻozlaringizni tekshiradi.
        - Pasportingiz va yashash guvohnomangizni olib boring. Qoidalar eGov Mobile ilovasidagi raqamli hujjatlarni ham qabul qiladi.
        - Uy egasi rozi boʻlishi va shaxsini tasdiqlovchi hujjatini koʻrsatishi shart. Yotoqxona yoki boshqa tashkilot uchun uning maʼmuriyati soʻrov beradi.

        ## Jarima
        Boshqa shaharda roʻyxatdan oʻtmasdan turgan doimiy yashovchiga qaysi jarima qoʻllanishini biz tasdiqlamadik. Bitta veb-sayt shunday xabar beradi:
        - fuqarolar uchun: 10 kundan 1 oygacha ogohlantirish, keyin 7 MRP;
        - doimiy manzilida 10 kundan ortiq roʻyxatdan oʻtmagan doimiy yashovchilar uchun: 10 MRP.

        2015-yilgacha solingan jarimalar eski Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks boʻyicha solingan, u endi amal qilmaydi. 2007-yilda Astanada yashagani uchun jarima solingan, Malidan kelgan doimiy yashovchining ishi haqida [erkin harakatlanish](article:kz-freedom-of-movement) maqolasida aytib berilgan.

        ## Endi nima qilish kerak
        1. Yoʻlga chiqishdan oldin boʻlajak uyingiz egasidan sizni roʻyxatdan oʻtkazishga rozilik berishini soʻrang.
        2. Kelganingizdan keyin 5 ish kuni ichida Aholiga xizmat koʻrsatish markaziga boring va vaqtincha roʻyxatdan oʻtishni soʻrang.
        3. Roʻyxatdan oʻtganingizni va uning sanasini koʻrsatadigan qogʻoz yoki skrinshotni saqlang. Uni ilovadagi seyfga saqlang.
        4. Vaqtincha turish koʻchib oʻtish emas. Agar butunlay koʻchib oʻtsangiz, qarang [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration).
        5. Agar jarima solinsa, 10 kun ichida shikoyat qilishingiz mumkin: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
