article-kz-labour-immigrant-permit =
    .title = Oʻzbekiston va Tojikiston fuqarolari: mehnat immigrantiga ruxsatnoma
    .summary = Oʻzbekiston va Tojikiston fuqarolari mehnat immigrantiga ruxsatnoma bilan jismoniy shaxslarda ishlashi mumkin. Ruxsatnomaning hozirgi yigʻimi va qancha muddat amal qilishi tasdiqlanmagan.
    .unverified = Mehnat immigrantiga ruxsatnomaning hozirgi yigʻimi va ruxsatnoma qancha muddat amal qilishi tasdiqlanmagan: ikkalasi ham vaqt oʻtishi bilan oʻzgargan.
    .body =
        ## Bu kimlar uchun
        Bu maqola **jismoniy shaxslarda** (yaʼni alohida odamlarda) ishlamoqchi boʻlgan **Oʻzbekiston** va **Tojikiston** fuqarolari uchun.

        ## Ruxsatnoma
        Migratsiya qonuni («О миграции населения», 43-2-modda) sizga **mehnat immigrantiga ruxsatnoma** bilan jismoniy shaxslarda ishlashga ruxsat beradi. Uning rasmiy nomi ruscha: «разрешение трудовому иммигранту». Batafsil qoidalar Mehnat va aholini ijtimoiy himoya qilish vazirligining (ruscha: МТСЗН) 2022-yil 15-apreldagi № 123 buyrugʻida belgilangan.

        Ruxsatnoma yigʻimi va shartlari vaqt oʻtishi bilan oʻzgargan. Biz hozirgi yigʻimni ham, ruxsatnoma qancha muddat amal qilishini ham tasdiqlamadik.

        ## Turishingiz
        Oʻzbekiston va Tojikiston fuqarolari 30/90/180 qoidasiga amal qiladi: har bir kirishda **30 kungacha** va istalgan **180 kun** ichida **90 kungacha**. Qarang [vizasiz turish](article:kz-visa-free-stay).

        > [!WARNING]
        > Yigʻimni faqat rasmiy yoʻllar bilan toʻlang va kvitansiyani saqlang. Mansabdor shaxsga hech qachon naqd pul bermang. Agar kimdir sizdan pora soʻrasa, korrupsiyaga qarshi bepul **1424** liniyasiga qoʻngʻiroq qiling.

        ## Endi nima qilish kerak
        1. Ishni boshlashdan oldin hozirgi yigʻimni va ruxsatnoma qancha muddat amal qilishini aniqlang. Migratsiya politsiyasidan soʻrang. Bularni qaysi qonun hujjati belgilashini ham soʻrang.
        2. Faqat rasmiy yoʻllar bilan toʻlang. Har bir kvitansiyani saqlang va uning rasmini ilovadagi seyfga saqlang.
        3. Ruxsatnomangizning nusxasini saqlang. U qachon tugashini yozib qoʻying va eslatma qoʻying.
        4. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring: qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).
        5. Agar sizdan hech bir qonun talab qilmaydigan qogʻozlar soʻralsa, qarang [ortiqcha qogʻozlar](article:kz-extra-papers).
        6. Agar ish beruvchingiz pasportingizni olib qolsa, oʻqing: [kimdir pasportingizni olib qolsa](article:kz-passport-confiscation).
