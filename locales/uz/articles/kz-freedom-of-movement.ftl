article-kz-freedom-of-movement =
    .title = Erkin harakatlanish va roʻyxatdan oʻtish majburiyati
    .summary = Qozogʻistonda erkin harakatlanishingiz va qayerda yashashni tanlashingiz mumkin, lekin manzilingizni baribir roʻyxatdan oʻtkazishingiz shart.
    .unverified = Konstitutsiyadagi modda raqami (21-modda) konstitutsiyaviy islohotdan keyin oʻzgargan boʻlishi mumkin. Bu hali tasdiqlanmagan.
    .body =
        ## Haqiqiy voqea
        2007-yilda Qozogʻistonda doimiy yashash huquqiga ega boʻlgan Malidan kelgan bir erkakka 100 AQSh dollari jarima solingan. Sababi: u Olmaotada emas, Astanada yashab, ishlagan. Uning advokati doimiy yashovchilar fuqarolar kabi erkin harakatlanadi, degan. Migratsiya politsiyasi esa chet elliklar «qatʼiy» roʻyxatdan oʻtishi kerak, degan.

        Ikkala tomonning ham oʻz haqi bor edi. Qonun sizga ikki xil narsani beradi.

        ## Huquqingiz: harakatlanish va yashash joyini tanlash
        - Qozogʻistonda qonuniy turgan har bir kishi erkin harakatlanishi va yashash joyini tanlashi mumkin, «qonunda belgilangan hollar bundan mustasno» (Konstitutsiya, 21-modda).
        - Chet elliklar chet elliklar uchun ochiq hududlarda harakatlanishi va qonunda belgilangan tartibda yashash joyini tanlashi mumkin («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 16-modda).
        - Qozogʻiston ICCPRni (Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro pakt) ratifikatsiya qilgan. Uning 12-moddasi ham xuddi shu huquqni beradi. Bu huquq faqat qonun bilan va faqat zarur boʻlganda cheklanishi mumkin.

        ## Majburiyatingiz: roʻyxatdan oʻtish
        Migratsiya qonuni («О миграции населения», 51-modda) ham xuddi shu erkinlikni beradi. Ammo shu moddaning oʻzi yashash joyi va vaqtincha turgan joyi boʻyicha roʻyxatdan oʻtishingiz shartligini aytadi.

        > [!WARNING]
        > Erkin harakatlanish huquqingiz sizni roʻyxatdan oʻtishdan ozod qilmaydi. Koʻchib oʻtganingizda yangi manzilingizni roʻyxatdan oʻtkazing. Doimiy yashovchilar ham buni qilishi shart.

        ## Endi nima qilish kerak
        - Koʻchib oʻtishdan oldin [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration) haqida oʻqing.
        - Yigʻimlar va jarimalar uchun har bir kvitansiyani saqlang. Yuqoridagi voqeada erkak jarimani toʻlaganini aytgan, lekin politsiya bu haqda yozuv yoʻqligini aytgan.
        - Agar sizga jarima solinsa, uning ustidan shikoyat qilishingiz mumkin: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
        - Xalqaro qoida haqida koʻproq bilish uchun [xalqaro huquqda erkin harakatlanish](article:intl-freedom-of-movement) maqolasini oʻqing.
