article-kz-passport-confiscation =
    .title = Kimdir pasportingizni olib qolsa
    .summary = Agar mansabdor shaxs yoki ish beruvchi pasportingizni olib qolsa, yozma hujjat soʻrang. Xabarlarga koʻra, mehnat muhojirlarining pasportlarini koʻpincha ish beruvchilar olib qoʻyadi. Idora pasportni qachon olib qolishi mumkinligi tasdiqlanmagan.
    .keywords = pasport olib qoʻyildi, pasportni bermayapti, pasportni qaytarmayapti, xoʻjayin pasportni oldi, pasportni ushlab qolish, ish beruvchi pasport, pasport garovga, posrednik, vositachi, hujjatni tortib olish, izyatie pasporta, забрали паспорт, паспорт у работодателя, brigadir pasportni oldi, pasportim xoʻjayinda, pasportsiz qoldim, pasportni qaytarish uchun pul
    .unverified = Tasdiqlanmagan: amaldagi qoidalarga koʻra chet elliklar pasportini oʻzi bilan olib yurishi shartmi; politsiya yoki boshqa idora qachon pasportni olishi yoki olib qolishi mumkin; yashash guvohnomangiz tayyorlanayotganda idora pasportingizni olib qolishi mumkinmi.
    .body =
        ## Nima maʼlum
        - Inson huquqlari tashkiloti FIDH 2009 va 2018-yillarda mehnat muhojirlarining pasportlarini ish beruvchilar yoki vositachilar olib qoʻygani haqida xabar bergan.
        - 2016-yilda BMT Inson huquqlari qoʻmitasi shaxsni tasdiqlovchi hujjatlarni olib qoʻyishni mehnat muhojirlari ishda duch keladigan suiisteʼmollar qatorida aytgan. Ular qatorida majburiy mehnat, yomon sharoitlar va ish haqining kechikishi ham bor.
        - Doimiy yashash va vaqtincha yashash uchun ruxsatnoma uchun rasmiy roʻyxatlar pasportingiz nusxasini va asl nusxasini **«solishtirish uchun»** (для сверки) soʻraydi. Biz oʻqigan hech bir matnda asl pasport darhol qaytarilishi yoki hujjatlaringiz koʻrib chiqilayotganda olib qolinishi mumkinmi, aytilmagan.

        ## Nima tasdiqlanmagan
        Amaldagi qoidalarga koʻra politsiya yoki boshqa idora qachon pasportni olishi yoki olib qolishi mumkinligini biz tasdiqlamadik. 2000-yildagi eski qoidada vaqtincha turgan chet elliklar pasportini oʻzi bilan olib yurishi shart deyilgan edi. Bu qoida bekor qilingan.

        ## Haqiqiy voqea
        Malidan kelgan doimiy yashovchi bir kishi yashash hujjatlarini uzaytirishni kutayotgan edi. Shu vaqt davomida uning pasporti migratsiya idorasida boʻlgan va u ishlay olmagan.

        > [!WARNING]
        > Agar kimdir pasportingizni olib qolsa, ketishdan oldin qogʻoz soʻrang. Qogʻozda uni kim, qachon va nega olgani yozilgan boʻlsin. Agar rad etishsa, ismlarni, vaqtni va joyni yozib oling. Qogʻoz boʻlmasa, pasportingiz qayerdaligini isbotlay olmaysiz.

        ## Endi nima qilish kerak
        1. Pasportingizni biror joyga topshirishdan oldin uning barcha sahifalarini rasmga oling va ilovadagi seyfga saqlang.
        2. Agar mansabdor shaxs uni olib qolsa, yozma hujjat soʻrang. Unda mansabdor shaxsning ismi va lavozimi, idora, sana, sabab, qonun hujjati va pasportni qachon qaytarib olishingiz yozilsin. Mansabdor shaxsga «Pasportimni olib qolganingiz haqida yozma hujjat» kartasini koʻrsating.
        3. Doimiy yashash yoki yashash guvohnomasi uchun hujjat topshirganingizda «Asl pasportimni tekshiring va menga qaytaring» kartasini koʻrsating.
        4. Agar rad etishsa, ismni, joyni va vaqtni yozib oling. Keyin [yozma murojaat](article:kz-written-appeal) topshiring va talonni saqlang.
        5. Prokuraturaga oʻz tilingizda shikoyat qilishingiz mumkin: qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).
        6. Agar ish beruvchingiz pasportingizni olib qolsa, sanani va ismni yozib oling va yordam soʻrang: qarang [yuridik yordam](article:kz-legal-aid). Konsulligingizga ham murojaat qilishingiz mumkin.
        7. Agar kimdir pasportingizni qaytarish uchun pul soʻrasa, toʻlamang. **1424** ga qoʻngʻiroq qiling.
