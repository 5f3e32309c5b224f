article-kz-address-registration =
    .title = Koʻchib oʻtgandan keyin manzilni roʻyxatdan oʻtkazish
    .summary = Yangi uyga koʻchib oʻtsangiz, yangi manzilingizni tezda roʻyxatdan oʻtkazing, hatto doimiy yashovchi boʻlsangiz ham.
    .unverified = 10 kunlik muddat roʻyxatdan oʻtkazish qoidalarining loyihasidan olingan. 10 MRP jarima haqida bitta veb-sayt xabar bergan, u qonunning moddasini koʻrsatmagan. Ikkalasi ham hali tasdiqlanmagan.
    .body =
        ## Qoida
        Qayerda yashashni oʻzingiz erkin tanlaysiz. Lekin Migratsiya qonuni («О миграции населения», 51-modda) yashash joyi va vaqtincha turgan joyi boʻyicha roʻyxatdan oʻtishingiz shartligini ham aytadi. Doimiy yashovchilarda ham bu majburiyat bor.

        ## Agar sizda doimiy yashash huquqi boʻlsa
        - Ichki ishlar vazirligida (МВД) doimiy yashovchining manzilini roʻyxatdan oʻtkazish uchun davlat xizmati bor.
        - Roʻyxatdan oʻtkazish qoidalarining **loyihasida** koʻchib oʻtgandan keyin **10 kalendar kun** muddat berilgan. Bu tasdiqlanmagan. Kutmang: imkon qadar tezroq roʻyxatdan oʻting.
        - Bitta veb-sayt roʻyxatdan oʻtmasdan yoki amaldagi ruxsatnomasiz 10 kundan ortiq yashagani uchun **10 MRP** jarima haqida xabar bergan. MRP (МРП) — oylik hisoblash koʻrsatkichi, jarimalar u bilan hisoblanadi. Uning tengedagi miqdori har yili oʻzgaradi.

        > [!WARNING]
        > Erkin harakatlanish huquqingiz roʻyxatdan oʻtish majburiyatingizni bekor qilmaydi. Yangi manzilingizni roʻyxatdan oʻtkazishingiz shart.

        ## Agar qisqa muddatga kelgan boʻlsangiz
        Qabul qiluvchi tomon (принимающая сторона: uy egasi, mehmonxona yoki ish beruvchi) kelganingiz haqida 3 ish kuni ichida politsiyaga xabar berishi shart. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).

        ## Endi nima qilish kerak
        1. Koʻchib oʻtganingizdan soʻng darhol migratsiya politsiyasidan yangi manzilni qanday roʻyxatdan oʻtkazishni soʻrang.
        2. Qaysi hujjatlar kerakligini va ularni qaysi qonun talab qilishini soʻrang.
        3. Roʻyxatdan oʻtganingizni koʻrsatadigan sanali qogʻoz yoki kvitansiyani saqlang.
        4. Agar jarima solinsa, ustidan shikoyat qilish huquqingiz bor: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).

        Nega roʻyxatdan oʻtish va koʻchib yurish ikki xil narsa: qarang [erkin harakatlanish](article:kz-freedom-of-movement).
