article-kz-address-registration =
    .title = Koʻchib oʻtgandan keyin manzilni roʻyxatdan oʻtkazish
    .summary = Yangi uyga koʻchib oʻtsangiz, yangi manzilingizni tezda roʻyxatdan oʻtkazing, hatto doimiy yashovchi boʻlsangiz ham.
    .keywords = propiska, registratsiya, roʻyxatdan oʻtish, yangi manzil, kvartira almashtirish, uy almashtirish, pereezd, adres oʻzgartirish, doimiy propiska, propiska shtrafi, adresnaya spravka, migratsiya politsiyasi, migratsionka, yangi kvartiraga koʻchdim, регистрация по месту жительства, propiskani oʻzgartirish, eski adresdan chiqish, выписаться, постоянная регистрация
    .unverified = 10 kunlik muddat roʻyxatdan oʻtkazish qoidalarining loyihasidan olingan. 10 MRP jarima haqida bitta veb-sayt xabar bergan, u qonunning moddasini koʻrsatmagan. Ikkalasi ham hali tasdiqlanmagan. Qisqa muddatga kelganlar uchun roʻyxatdan oʻtishning yangi qoidasi (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi, 2026-yil 1-iyuldan) buyruq matnidan emas, yangiliklar va bitta yuridik firmadan maʼlum.
    .body =
        ## Qoida
        Qayerda yashashni oʻzingiz erkin tanlaysiz («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, 16-modda). Lekin yashash joyingiz va vaqtincha turgan joyingiz boʻyicha roʻyxatdan oʻtishingiz ham shart. Roʻyxatdan oʻtkazish qoidalarida aytilishicha, politsiya Qozogʻistonda doimiy yashovchi chet elliklarni ikkala joy boʻyicha ham roʻyxatga oladi. Doimiy yashovchilarda ham bu majburiyat bor.

        ## Agar sizda doimiy yashash huquqi boʻlsa
        - Ichki ishlar vazirligida (IIV, ruscha: МВД) doimiy yashovchining manzilini roʻyxatdan oʻtkazish uchun davlat xizmati bor.
        - Roʻyxatdan oʻtkazish qoidalarining **loyihasida** koʻchib oʻtgandan keyin **10 kalendar kun** muddat berilgan. Bu tasdiqlanmagan. Kutmang: imkon qadar tezroq roʻyxatdan oʻting.
        - Bitta veb-sayt roʻyxatdan oʻtmasdan yoki amaldagi ruxsatnomasiz 10 kundan ortiq yashagani uchun **10 MRP** jarima haqida xabar bergan. MRP (МРП) oylik hisoblash koʻrsatkichi, jarimalar u bilan hisoblanadi. Uning tengedagi miqdori har yili oʻzgaradi.

        > [!WARNING]
        > Erkin harakatlanish huquqingiz roʻyxatdan oʻtish majburiyatingizni bekor qilmaydi. Yangi manzilingizni roʻyxatdan oʻtkazishingiz shart.

        ## Agar qisqa muddatga kelgan boʻlsangiz
        Qabul qiluvchi tomon (принимающая сторона: uy egasi, mehmonxona yoki ish beruvchi) kelganingiz haqida 3 ish kuni ichida politsiyaga xabar berishi shart. 2026-yil 1-iyuldan yangi qoida kuchga kirgani xabar qilingan. U sizdan ham kirganingizdan keyin 30-kalendar kungacha onlayn oʻzingiz roʻyxatdan oʻtishingizni talab qilishi mumkin. Manzilingizni oʻzgartirsangiz, 5 ish kuni ichida yana roʻyxatdan oʻtishingiz kerak boʻlishi mumkin. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).

        ## Endi nima qilish kerak
        1. Koʻchib oʻtganingizdan soʻng darhol migratsiya politsiyasidan yangi manzilni qanday roʻyxatdan oʻtkazishni soʻrang.
        2. Qaysi hujjatlar kerakligini va ularni qaysi qonun talab qilishini soʻrang.
        3. Roʻyxatdan oʻtganingizni koʻrsatadigan sanali qogʻoz yoki kvitansiyani saqlang.
        4. Agar jarima solinsa, ustidan shikoyat qilish huquqingiz bor: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).

        Nega roʻyxatdan oʻtish va koʻchib yurish ikki xil narsa: qarang [erkin harakatlanish](article:kz-freedom-of-movement).
