article-kz-eaeu-workers =
    .title = YeOII mamlakatlaridan kelgan ishchilar: ishlash uchun ruxsatnoma kerak emas
    .summary = Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolariga Qozogʻistonda ishlash uchun ruxsatnoma kerak emas. Xabar qilinishicha, ular istalgan 180 kun ichida 90 kun turishi mumkin. Lekin ishlash uchun 30 kundan ortiq qolsangiz, vaqtincha yashash uchun ruxsatnoma kerak boʻlishi mumkin. 30-kungacha oʻzingiz roʻyxatdan oʻtishingiz ham kerak boʻlishi mumkin: buni aniqlang.
    .keywords = YeOII, YeAES, EAES, Yevroosiyo iqtisodiy ittifoqi, patentsiz ishlash, patent kerak emas, razreshenie na rabotu, ish ruxsatnomasi, Rossiya fuqarosi, Qirgʻiziston fuqarosi, Armaniston fuqarosi, Belarus fuqarosi, rossiyalik, belaruslik, armanistonlik, без разрешения на работу, ruxsatsiz ishlash, qirgʻizistonlik ishchi
    .unverified = 180 kun ichida 90 kun cheklovi haqida yuridik firmalar va matbuot xabar bergan, biz uni rasmiy matnda oʻqimaganmiz. Tasdiqlanmagan: YeOII fuqarolari ishlash uchun 30 kundan ortiq qolsa, vaqtincha yashash uchun ruxsatnoma kerakmi; Qirgʻiziston fuqarolari uchun ikki tomonlama kelishuv boʻyicha turish cheklovlari. Roʻyxatdan oʻtishning yangi qoidasi (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi, 2026-yil 1-iyuldan) haqida yangiliklar va bitta yuridik firma xabar bergan. Biz buyruqni oʻqimaganmiz. U qabul qiluvchi tomonning xabarnomasi bilan qanday birga ishlashi tasdiqlanmagan.
    .body =
        ## Bu kimlar uchun
        Yevroosiyo iqtisodiy ittifoqi (YeOII, ruscha: ЕАЭС) Qozogʻiston, Rossiya, Qirgʻiziston, Belarus va Armaniston ittifoqi. Bu maqola Qozogʻistonda ishlamoqchi boʻlgan Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolari uchun.

        ## Ishlash uchun ruxsatnoma kerak emas
        Yevroosiyo iqtisodiy ittifoqi toʻgʻrisidagi shartnomaga (Договор о ЕАЭС, 97-moddaning 1-bandi) koʻra, YeOII mamlakatlari fuqarolariga Qozogʻistonda ishlash uchun ruxsatnoma (разрешение на работу) **kerak emas**.

        ## Qancha turishingiz mumkin
        YeOII mamlakatlari fuqarolari **istalgan 180 kun ichida 90 kun** turishi mumkin (xabar qilingan). Bu cheklov yashash uchun ruxsatnomasi yoki vizasi bor odamlarga tegishli emas.

        Qirgʻiziston fuqarolari uchun Qozogʻiston bilan ikki tomonlama kelishuv ham bor. Undagi turish qoidalari hali tasdiqlanmagan: qarang [Qirgʻiziston fuqarolari](article:kz-kyrgyz-citizens).

        > [!NOTE]
        > «Ruxsatnoma kerak emas» degani «qoidalar yoʻq» degani emas. Rasmiy egov.kz saytining ish haqidagi sahifasida shunday yozilgan: ishlash yoki oʻqish uchun 30 kundan ortiq qolish uchun vaqtincha yashash uchun ruxsatnoma kerak. Bu sizga tegishlimi va qanday tegishli, migratsiya politsiyasidan soʻrang. Ular qaysi qonun hujjatiga tayanishini ham soʻrang.

        ## Turishingizni roʻyxatdan oʻtkazish
        - Qabul qiluvchi tomon (uy egasi, mehmonxona yoki ish beruvchi) kelganingizdan keyin **3 ish kuni** ichida politsiyaga xabar berishi shart. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).
        - **2026-yil 1-iyuldan yangi (tasdiqlanmagan):** yangi qoida haqida xabar qilingan. U sizdan chegarani kesib oʻtganingizdan keyin **kechi bilan 30-kalendar kungacha** politsiyada onlayn oʻzingiz roʻyxatdan oʻtishingizni talab qilishi mumkin, agar xalqaro shartnomada boshqacha yozilmagan boʻlsa. Manzilingizni oʻzgartirsangiz, **5 ish kuni** ichida yana roʻyxatdan oʻtasiz. 30-kundan oldin migratsiya politsiyasidan aniqlang.

        ## Endi nima qilish kerak
        1. Pasportingiz va mehnat shartnomangiz nusxalarini saqlang. Ularning rasmini ilovadagi seyfga saqlang.
        2. Kunlaringizni sanang. Qozogʻistonga har bir kirgan va chiqqan sanangizni yozib boring.
        3. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring. 30-kundan oldin migratsiya politsiyasidan onlayn oʻzingiz ham roʻyxatdan oʻtishingiz shartmi, deb soʻrang.
        4. Agar kimdir sizga ishlash uchun ruxsatnoma kerak desa, buni qaysi qonun hujjati talab qilishini xotirjam soʻrang. YeOII toʻgʻrisidagi shartnomaning 97-moddasi 1-bandini ayting. Qarang [ortiqcha qogʻozlar](article:kz-extra-papers).
        5. Kunlaringiz tugashidan oldin [vaqtincha yashash uchun ruxsatnoma](article:kz-temporary-residence-work) va [muddatdan ortiq qolish](article:kz-overstay) haqida oʻqing.
