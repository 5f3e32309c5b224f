article-kz-kyrgyz-citizens =
    .title = Qirgʻiziston fuqarolari: qancha turishingiz mumkin
    .summary = Qirgʻiziston fuqarolariga YeOII qoidalari va ikki tomonlama kelishuv tegishli. Bu kelishuv boʻyicha turishning aniq muddatlari tasdiqlanmagan.
    .unverified = Qozogʻiston va Qirgʻiziston oʻrtasidagi kelishuv boʻyicha turish muddatlari tasdiqlanmagan. Bir manbaga (24.kg) koʻra: 30 kun roʻyxatdan oʻtmasdan, keyin 90 kungacha, bu muddatni uzaytirish mumkin. Boshqa manbada 180 kun deyilgan.
    .body =
        ## Ikki xil qoidalar
        Qirgʻiziston Yevroosiyo iqtisodiy ittifoqining (YeOII, ruscha: ЕАЭС) aʼzosi. Uning Qozogʻiston bilan ikki tomonlama kelishuvi ham bor.

        ## YeOII qoidalari
        - YeOII mamlakatlari fuqarolari **istalgan 180 kun ichida 90 kun** turishi mumkin.
        - Ularga **ishlash uchun ruxsatnoma kerak emas** (YeOII toʻgʻrisidagi shartnoma, 97-moddaning 1-bandi). Qarang [YeOII mamlakatlaridan kelgan ishchilar](article:kz-eaeu-workers).

        ## Ikki tomonlama kelishuv
        24.kg yangiliklar saytining xabariga koʻra, bu kelishuv boʻyicha Qirgʻiziston fuqarolari quyidagicha turishi mumkin:

        - **30 kun** roʻyxatdan oʻtmasdan;
        - keyin **90 kungacha**, bu muddatni uzaytirish mumkin.

        Boshqa manbada **180 kun** deyilgan. Qaysi biri toʻgʻri ekanini biz tasdiqlamadik.

        > [!WARNING]
        > Bu aniq boʻlguncha qatʼiyroq qoidaga amal qiling. 180 kunga ishonmang.

        ## Qabul qiluvchi tomon xabar beradi
        Umumiy qoida shunday: qabul qiluvchi tomon (uy egasi, mehmonxona yoki ish beruvchi) kelganingizdan keyin **3 ish kuni** ichida politsiyaga xabar beradi. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).

        ## Endi nima qilish kerak
        1. Qozogʻistonga har bir kirgan va chiqqan sanangizni yozib boring.
        2. Birinchi 30 kuningiz tugashidan oldin migratsiya politsiyasidan soʻrang: roʻyxatdan oʻtishingiz shartmi va qanday oʻtish kerak.
        3. Agar 90 kundan uzoqroq qolmoqchi boʻlsangiz, migratsiya politsiyasidan sizga qaysi qoida tegishli ekanini soʻrang. Qonun hujjatini aytishlarini ham soʻrang.
        4. Pasportingiz va roʻyxatdan oʻtish qogʻozlaringiz nusxalarini saqlang. Ularning rasmini ilovadagi seyfga saqlang.
        5. Muddatdan ortiq qolmang: qarang [muddatdan ortiq qolish](article:kz-overstay).
