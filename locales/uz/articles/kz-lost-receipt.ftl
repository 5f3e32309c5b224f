article-kz-lost-receipt =
    .title = Kvitansiyani yoʻqotdingizmi? Toʻlovingiz haqida yozuvni qanday olish mumkin
    .summary = Agar jarima kvitansiyasini yoʻqotgan boʻlsangiz, boshqa dalil qidiring: egov.kz saytida, bankingizda va sizga jarima solgan idorada. Hujjatlaringizni uzaytirishdan ancha oldin toʻlanmagan jarimalaringizni tekshiring.
    .keywords = kvitansiya, chek yoʻqoldi, kvitansiya yoʻqoldi, toʻlov tarixi, bank koʻchirmasi, vypiska, toʻlov isboti, shtrafni tekshirish, qarzni tekshirish, IIN boʻyicha tekshirish, qarzdorlar reestri, eGov, чек потерял, Kaspi cheki, история платежей, toʻlaganimni isbotlay olmayman, shtraf toʻlanmagan chiqyapti, kvitansiyani tashlab yubordim
    .unverified = Tasdiqlanmagan: jarima toʻlangani yoki toʻlanmagan jarimalaringiz yoʻqligi haqida maʼlumotnoma beradigan rasmiy xizmat bormi; idora soʻrovingizga qancha vaqtda javob berishi shart; egov.kz qayta chop etish mumkin boʻlgan toʻlovlar tarixini saqlaydimi; migratsiya jarimalari egov.kz qidiruvida koʻrinadimi; egov.kz ning har bir xizmati chet elliklar uchun ishlaydimi.
    .body =
        ## Nega bu muhim
        Malidan kelgan bir erkakning aytishicha, u 2007-yilda jarimani toʻlagan. Ikki yil oʻtib migratsiya politsiyasi bu haqda yozuv yoʻqligini aytgan va uning hujjatlarini uzaytirish toʻxtatib turilgan. 2020-yildagi bir ishda Qaragʻandidagi tuman sudi chet ellikni mamlakatdan chiqarib yuborishga qaror qilgan, qisman jarima toʻlanmagani sababli. Keyin Oliy sud bu qarorni oʻz kuchida qoldirgan.

        ## Toʻlanmagan jarimalarni tekshiring
        - egov.kz saytidagi «Maʼmuriy jarimalarni qidirish va toʻlash» xizmati jarimalarni IIN boʻyicha yoki ism va tugʻilgan sana boʻyicha topadi. U faqat yoʻl harakati jarimalarini emas, maʼmuriy jarimalarni ham qamraydi.
        - egov.kz shaxsiy kabinetingiz qarzdorlar reestrida bor-yoʻqligingizni koʻrsatadi.
        - Jarima qaror kuchga kirganidan keyin **30 kun** ichida toʻlanishi shart (KoAP, 893-modda). Oʻz vaqtida toʻlanmagan jarima majburan undirilishi mumkin, odam esa qarzdorlarning markaziy bazasiga kiritiladi.

        > [!TIP]
        > Guvohnomangiz yoki pasportingiz muddati tugashidan kamida ikki oy oldin tekshiring. Shunda dalil topishga vaqtingiz boʻladi.

        ## Agar egov.kz orqali toʻlagan boʻlsangiz
        Toʻlov natijasi elektron kvitansiya boʻladi. Bank pulni 2 ish kuni ichida oʻtkazadi. Tizimga kiring va toʻlovni qidiring. Iloji boʻlsa, kvitansiyani qayta saqlang yoki chop eting.

        ## Agar bankda yoki bank ilovasida toʻlagan boʻlsangiz
        Bankingizdan koʻchirma yoki toʻlov nusxasini soʻrang. Unda sana, summa va pulni kim olgani koʻrsatilishi kerak. Uni jarima haqidagi qaror bilan birga saqlang.

        ## Sizga jarima solgan idoradan soʻrang
        Sizga jarima solgan idoraga [yozma murojaat](article:kz-written-appeal) topshiring. Jarima toʻlangani yoki qarzingiz yoʻqligi haqida yozma javob soʻrang. Qarorning raqami va sanasini yozing, dalillaringiz nusxalarini qoʻshing. Talonni saqlang.

        ## Endi nima qilish kerak
        1. Telefoningizdan qidiring: SMS, bank ilovasi, elektron pochta va rasmlar.
        2. egov.kz saytida IIN bilan toʻlanmagan jarimalarni tekshiring.
        3. Toʻlovni koʻrsatadigan bank koʻchirmasini oling.
        4. Sizga jarima solgan idoraga yozma soʻrov topshiring va talonni saqlang.
        5. Agar baribir qayta toʻlashni talab qilishsa, [prokuraturaga shikoyat qiling](article:kz-prosecutor-complaint) va [yuridik yordam](article:kz-legal-aid) oling.
        6. Bundan keyin har bir kvitansiyani ilovadagi seyfga saqlang: qarang [dalilingizni saqlang](article:kz-proof-of-payment).
