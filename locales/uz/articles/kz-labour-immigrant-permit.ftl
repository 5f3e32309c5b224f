article-kz-labour-immigrant-permit =
    .title = Oʻzbekiston va Tojikiston fuqarolari: mehnat immigrantiga ruxsatnoma
    .summary = Oʻzbekiston va Tojikiston fuqarolari mehnat immigrantiga ruxsatnoma bilan jismoniy shaxslarda ishlashi mumkin. Bu ruxsatnoma turish uchun ruxsatnoma emas: 30 kundan ortiq qolish uchun sizga vaqtincha yashash uchun ruxsatnoma kerak. Hozirgi yigʻim tasdiqlanmagan.
    .keywords = patent, patent olish, patent narxi, patent toʻlash, patent muddati, ish ruxsatnomasi, razreshenie trudovomu immigrantu, trudovoy immigrant, mehnat immigranti, Oʻzbekiston fuqarosi, Tojikiston fuqarosi, enbek, patent uzaytirish, patentni yangilash, xususiy odamga ishlash, патент на работу, oʻzbekistonlik ishchi, tojikistonlik ishchi
    .unverified = Tasdiqlanmagan: mehnat immigrantiga ruxsatnomaning hozirgi yigʻimi (u endi «Soliq kodeksiga muvofiq» belgilanadi, biz miqdorini oʻqimaganmiz); 12 oygacha muddat, u buyruq matnidan emas, 2025-yilgi oʻzgarishlar haqidagi xabarlardan olingan; shu ruxsatnoma asosida 30 kundan ortiq qolish uchun vaqtincha yashash uchun ruxsatnoma kerakligi Migratsiya qonunining qaysi moddasida yozilgani.
    .body =
        ## Bu kimlar uchun
        Bu maqola **jismoniy shaxslarda** (yaʼni alohida odamlarda) ishlamoqchi boʻlgan **Oʻzbekiston** va **Tojikiston** fuqarolari uchun.

        ## Ruxsatnoma
        Migratsiya qonuni («О миграции населения», 43-2-modda) sizga **mehnat immigrantiga ruxsatnoma** bilan jismoniy shaxslarda ishlashga ruxsat beradi. Uning rasmiy nomi ruscha: «разрешение трудовому иммигранту». Batafsil qoidalar Mehnat va aholini ijtimoiy himoya qilish vazirligining (ruscha: МТСЗН) 2022-yil 15-apreldagi № 123 buyrugʻida belgilangan.

        Xabar qilinishicha, 2025-yilgi oʻzgarishlardan beri ruxsatnoma **12 oygacha** beriladi, egov.kz va migration.enbek.kz orqali. Yigʻim vaqt oʻtishi bilan oʻzgargan, biz hozirgi miqdorini tasdiqlamadik.

        ## Turishingiz
        Mehnat immigrantiga ruxsatnoma ishlashga imkon beradi. U turish uchun ruxsatnoma **emas**.

        - Vizasiz har bir kirishda **30 kungacha** va istalgan **180 kun** ichida **90 kungacha** turishingiz mumkin. Qarang [vizasiz turish](article:kz-visa-free-stay).
        - **30 kundan ortiq** qolish uchun sizga **vaqtincha yashash uchun ruxsatnoma** kerak. Mehnat immigrantiga ruxsatnoma uning uchun topshiriladigan qogʻozlardan biri (gov.kz).

        > [!WARNING]
        > Yigʻimni faqat rasmiy yoʻllar bilan toʻlang va kvitansiyani saqlang. Mansabdor shaxsga hech qachon naqd pul bermang. Agar kimdir sizdan pora soʻrasa, korrupsiyaga qarshi bepul **1424** liniyasiga qoʻngʻiroq qiling.

        ## Endi nima qilish kerak
        1. Ishni boshlashdan oldin hozirgi yigʻimni aniqlang. Migratsiya politsiyasidan soʻrang. Uni qaysi qonun hujjati belgilashini ham soʻrang.
        2. Faqat rasmiy yoʻllar bilan toʻlang. Har bir kvitansiyani saqlang va uning rasmini ilovadagi seyfga saqlang.
        3. Agar 30 kundan ortiq qolmoqchi boʻlsangiz, 30-kundan oldin vaqtincha yashash uchun ruxsatnoma soʻrab ariza bering: qarang [vaqtincha yashash uchun ruxsatnoma](article:kz-temporary-residence-work).
        4. Ruxsatnomalaringizning nusxasini saqlang. Ular qachon tugashini yozib qoʻying va eslatma qoʻying.
        5. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring. 30-kungacha oʻzingiz ham roʻyxatdan oʻtishingiz shartmi, deb soʻrang: qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).
        6. Agar sizdan hech bir qonun talab qilmaydigan qogʻozlar soʻralsa, qarang [ortiqcha qogʻozlar](article:kz-extra-papers). Agar ish beruvchingiz pasportingizni olib qolsa, oʻqing: [kimdir pasportingizni olib qolsa](article:kz-passport-confiscation).
