article-kz-eaeu-workers =
    .title = YeOII mamlakatlaridan kelgan ishchilar: ishlash uchun ruxsatnoma kerak emas
    .summary = Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolariga Qozogʻistonda ishlash uchun ruxsatnoma kerak emas. Ular istalgan 180 kun ichida 90 kun turishi mumkin.
    .body =
        ## Bu kimlar uchun
        Yevroosiyo iqtisodiy ittifoqi (YeOII, ruscha: ЕАЭС) — Qozogʻiston, Rossiya, Qirgʻiziston, Belarus va Armaniston ittifoqi. Bu maqola Qozogʻistonda ishlamoqchi boʻlgan Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolari uchun.

        ## Ishlash uchun ruxsatnoma kerak emas
        Yevroosiyo iqtisodiy ittifoqi toʻgʻrisidagi shartnomaga (Договор о ЕАЭС, 97-moddaning 1-bandi) koʻra, YeOII mamlakatlari fuqarolariga Qozogʻistonda ishlash uchun ruxsatnoma (разрешение на работу) **kerak emas**.

        ## Qancha turishingiz mumkin
        YeOII mamlakatlari fuqarolari **istalgan 180 kun ichida 90 kun** turishi mumkin. Bu cheklov yashash uchun ruxsatnomasi yoki vizasi bor odamlarga tegishli emas.

        Qirgʻiziston fuqarolari uchun Qozogʻiston bilan ikki tomonlama kelishuv ham bor. Undagi turish qoidalari hali tasdiqlanmagan: qarang [Qirgʻiziston fuqarolari](article:kz-kyrgyz-citizens).

        > [!NOTE]
        > «Ruxsatnoma kerak emas» degani «qoidalar yoʻq» degani emas. Rasmiy egov.kz saytining ish haqidagi sahifasida shunday yozilgan: ishlash yoki oʻqish uchun 30 kundan ortiq qolish uchun vaqtincha yashash uchun ruxsatnoma kerak. Bu sizga tegishlimi va qanday tegishli, migratsiya politsiyasidan soʻrang. Ular qaysi qonun hujjatiga tayanishini ham soʻrang.

        ## Qabul qiluvchi tomon xabar beradi
        Qabul qiluvchi tomon (uy egasi, mehmonxona yoki ish beruvchi) kelganingizdan keyin **3 ish kuni** ichida politsiyaga xabar berishi shart. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).

        ## Endi nima qilish kerak
        1. Pasportingiz va mehnat shartnomangiz nusxalarini saqlang. Ularning rasmini ilovadagi seyfga saqlang.
        2. Kunlaringizni sanang. Qozogʻistonga har bir kirgan va chiqqan sanangizni yozib boring.
        3. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring.
        4. Agar kimdir sizga ishlash uchun ruxsatnoma kerak desa, buni qaysi qonun hujjati talab qilishini xotirjam soʻrang. YeOII toʻgʻrisidagi shartnomaning 97-moddasi 1-bandini ayting. Qarang [ortiqcha qogʻozlar](article:kz-extra-papers).
        5. Kunlaringiz tugashidan oldin [vaqtincha yashash uchun ruxsatnoma](article:kz-temporary-residence-work) va [muddatdan ortiq qolish](article:kz-overstay) haqida oʻqing.
