article-kz-kyrgyz-citizens =
    .title = Qirgʻiziston fuqarolari: qancha turishingiz mumkin
    .summary = Qirgʻiziston fuqarolariga YeOII qoidalari va ikki tomonlama kelishuv tegishli. Bu kelishuv boʻyicha turishning aniq muddatlari tasdiqlanmagan.
    .keywords = Qirgʻiziston, qirgʻiz, qirgʻizistonlik, Qirgʻiziston pasporti, kirgiz, Kyrgyzstan, necha kun turish, turish muddati, 90 kun, 180 kun, propiskasiz, registratsiya, граждане Кыргызстана, Oʻsh, Jalolobod, 30 kun roʻyxatsiz, KR fuqarosi, Bishkek
    .unverified = Qozogʻiston va Qirgʻiziston oʻrtasidagi kelishuv boʻyicha turish muddatlari tasdiqlanmagan: biz kelishuv matnini oʻqimaganmiz. Qirgʻiziston Tashqi ishlar vazirligi 24.kg orqali shunday degan: 30 kun roʻyxatdan oʻtmasdan, keyin chegarani kesib oʻtgan kundan boshlab 90 kungacha roʻyxatdan oʻtib turish, bu muddatni uzaytirish mumkin. 180 kun haqidagi raqam uchun biz hech qanday manba topmadik. Xabarlarga koʻra, YeOIIning 180 kun ichida 90 kun cheklovi Qirgʻiziston fuqarolariga ham tegishli. 2026-yil 1-iyuldagi roʻyxatdan oʻtishning yangi qoidasi (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi), agar xalqaro shartnomada boshqacha yozilmagan boʻlsa, amal qiladi. U Qirgʻiziston fuqarolariga qanday tegishli ekani tasdiqlanmagan, biz buyruqni oʻqimaganmiz.
    .body =
        ## Ikki xil qoidalar
        Qirgʻiziston Yevroosiyo iqtisodiy ittifoqining (YeOII, ruscha: ЕАЭС) aʼzosi. Uning Qozogʻiston bilan ikki tomonlama kelishuvi ham bor.

        ## YeOII qoidalari
        - YeOII mamlakatlari fuqarolari **istalgan 180 kun ichida 90 kun** turishi mumkin (xabar qilingan). Xabarlarga koʻra, bu cheklov Qirgʻiziston fuqarolariga ham tegishli.
        - Ularga **ishlash uchun ruxsatnoma kerak emas** (YeOII toʻgʻrisidagi shartnoma, 97-moddaning 1-bandi). Qarang [YeOII mamlakatlaridan kelgan ishchilar](article:kz-eaeu-workers).

        ## Ikki tomonlama kelishuv
        24.kg yangiliklar sayti Qirgʻiziston Tashqi ishlar vazirligiga tayanib xabar berishicha, bu kelishuv boʻyicha Qirgʻiziston fuqarolari quyidagicha turishi mumkin:

        - **30 kun** roʻyxatdan oʻtmasdan;
        - keyin roʻyxatdan oʻtib, chegarani kesib oʻtgan kundan boshlab **90 kungacha**, bu muddatni uzaytirish mumkin.

        Baʼzilar **180 kun** deydi. Biz buning uchun hech qanday manba topmadik.

        > [!WARNING]
        > Bu aniq boʻlguncha qatʼiyroq qoidaga amal qiling: istalgan 180 kun ichida 90 kundan koʻp emas. 180 kunga ishonmang.

        ## Turishingizni roʻyxatdan oʻtkazish
        Umumiy qoida shunday: qabul qiluvchi tomon (uy egasi, mehmonxona yoki ish beruvchi) kelganingizdan keyin **3 ish kuni** ichida politsiyaga xabar beradi. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).

        2026-yil 1-iyuldan yangi qoida haqida xabar qilingan (tasdiqlanmagan): fuqarolari 90 kungacha tura oladigan mamlakatlardan kelganlar chegarani kesib oʻtgandan keyin **30-kalendar kungacha** politsiyada onlayn oʻzlari roʻyxatdan oʻtishi shart, agar xalqaro shartnomada boshqacha yozilmagan boʻlsa. Qirgʻiziston bilan kelishuv buni oʻzgartiradimi, tasdiqlanmagan: oʻz vaqtida roʻyxatdan oʻting.

        ## Endi nima qilish kerak
        1. Qozogʻistonga har bir kirgan va chiqqan sanangizni yozib boring.
        2. Birinchi 30 kuningiz tugashidan oldin migratsiya politsiyasidan soʻrang: roʻyxatdan oʻtishingiz shartmi va qanday oʻtish kerak.
        3. Agar 90 kundan uzoqroq qolmoqchi boʻlsangiz, migratsiya politsiyasidan sizga qaysi qoida tegishli ekanini soʻrang. Qonun hujjatini aytishlarini ham soʻrang.
        4. Pasportingiz va roʻyxatdan oʻtish qogʻozlaringiz nusxalarini saqlang. Ularning rasmini ilovadagi seyfga saqlang.
        5. Muddatdan ortiq qolmang: qarang [muddatdan ortiq qolish](article:kz-overstay).
