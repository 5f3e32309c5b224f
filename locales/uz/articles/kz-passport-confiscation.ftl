article-kz-passport-confiscation =
    .title = Kimdir pasportingizni olib qolsa
    .summary = Agar mansabdor shaxs yoki ish beruvchi pasportingizni olib qolsa, yozma hujjat soʻrang. BMT Qozogʻistonda mehnat muhojirlaridan pasportlarni olib qoʻyishni tanqid qilgan, lekin hozirgi qoidalar tasdiqlanmagan.
    .unverified = Tasdiqlanmagan: amaldagi qoidalarga koʻra chet elliklar pasportini oʻzi bilan olib yurishi shartmi; politsiya yoki boshqa idora qachon pasportni olishi yoki olib qolishi mumkin; yashash guvohnomangiz tayyorlanayotganda idora pasportingizni olib qolishi mumkinmi.
    .body =
        ## Nima maʼlum
        - BMT Inson huquqlari qoʻmitasi Qozogʻistonda mehnat muhojirlaridan pasportlarni olib qoʻyishni tanqid qilgan (2016).
        - Inson huquqlari tashkiloti FIDH buni 2009, 2016 va 2018-yillarda qayd etgan.
        - Doimiy yashash va yashash guvohnomasi qoidalarida asl pasportingiz **«solishtirish uchun»** (для сверки) koʻrsatiladi, deyilgan. Hujjatlaringizga faqat nusxasi qoʻshiladi.

        ## Nima tasdiqlanmagan
        Amaldagi qoidalarga koʻra politsiya yoki boshqa idora qachon pasportni olishi yoki olib qolishi mumkinligini biz tasdiqlamadik. 2000-yildagi eski qoidada vaqtincha turgan chet elliklar pasportini oʻzi bilan olib yurishi shart deyilgan edi. Bu qoida bekor qilingan.

        ## Haqiqiy voqea
        Malidan kelgan doimiy yashovchi bir kishi yashash hujjatlarini uzaytirishni kutayotgan edi. Shu vaqt davomida uning pasporti migratsiya idorasida boʻlgan va u ishlay olmagan.

        > [!WARNING]
        > Agar kimdir pasportingizni olib qolsa, qogʻozsiz ketmang. Qogʻozda uni kim, qachon va nega olgani yozilgan boʻlsin. Qogʻoz boʻlmasa, pasportingiz qayerdaligini isbotlay olmaysiz.

        ## Endi nima qilish kerak
        1. Pasportingizni biror joyga topshirishdan oldin uning barcha sahifalarini rasmga oling va ilovadagi seyfga saqlang.
        2. Agar mansabdor shaxs uni olib qolsa, yozma hujjat soʻrang. Unda mansabdor shaxsning ismi va lavozimi, idora, sana, sabab, qonun hujjati va pasportni qachon qaytarib olishingiz yozilsin. Mansabdor shaxsga «Pasportimni olib qolganingiz haqida yozma hujjat» kartasini koʻrsating.
        3. Yashash guvohnomasi uchun hujjat topshirganingizda «Asl pasportim faqat solishtirish uchun» kartasini koʻrsating.
        4. Agar rad etishsa, ismni, joyni va vaqtni yozib oling. Keyin [yozma murojaat](article:kz-written-appeal) topshiring va talonni saqlang.
        5. Prokuraturaga oʻz tilingizda shikoyat qilishingiz mumkin: qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).
        6. Agar ish beruvchingiz pasportingizni olib qolsa, sanani va ismni yozib oling va yordam soʻrang: qarang [yuridik yordam](article:kz-legal-aid). Konsulligingizga ham murojaat qilishingiz mumkin.
        7. Agar kimdir pasportingizni qaytarish uchun pul soʻrasa, toʻlamang. **1424** ga qoʻngʻiroq qiling.
