article-kz-residence-card-renewal =
    .title = Yashash guvohnomasini uzaytirish
    .summary = Yashash guvohnomasini uzaytirish uchun qoidalarda sanab oʻtilgan hujjatlarni olib keling, asl pasportingizni faqat tekshirish uchun koʻrsating va har bir kvitansiyani saqlang.
    .keywords = VNJ, VNJ uzaytirish, VNJ almashtirish, prodlenie VNJ, zamena VNJ, vid na jitelstvo, yashash guvohnomasi, guvohnoma muddati tugadi, gosposhlina, davlat boji, fotosurat, guvohnomani yangilash, VNJ muddati tugayapti, срок ВНЖ истекает, yangi VNJ olish, 2 ta rasm, пошлина за ВНЖ
    .unverified = Guvohnoma qancha muddat amal qilishi (10 yilgacha, pasportingiz muddatidan ortiq emas) va muddati tugashidan kamida bir oy oldin ariza berish haqidagi maslahat rasmiy manbadan emas, yuridik firmadan olingan. Rasmiy ariza berish muddati tasdiqlanmagan. Rasmiy roʻyxatlar pasport nusxasini va asl nusxasini «solishtirish uchun» soʻraydi. Biz oʻqigan hech bir matnda asl pasport darhol qaytarilishi yoki guvohnoma tayyorlanayotganda olib qolinishi mumkinmi, aytilmagan.
    .body =
        ## Qoidalar nimani talab qiladi
        Yashash guvohnomasi (вид на жительство) uchun rasmiy xizmat quyidagilarni sanab oʻtadi:
        - davlat boji (государственная пошлина) toʻlangani haqida kvitansiya;
        - 2 ta fotosurat;
        - amaldagi pasportingiz.

        Ularni topshirganingizda sizga **yirtib olinadigan talon** (отрывной талон) beriladi. Guvohnoma **7 ish kunida** (tezkor xizmat) yoki **17 ish kunida** (oddiy xizmat) tayyor boʻladi.

        ## Pasportingiz
        Doimiy yashash uchun rasmiy roʻyxatlar pasport nusxasini va asl nusxasini «solishtirish uchun» (для сверки) soʻraydi. Biz oʻqigan hech bir matnda asl pasport darhol qaytarilishi yoki guvohnoma tayyorlanayotganda idora uni olib qolishi mumkinmi, aytilmagan. Uni tekshirishni, nusxasini hujjatlarga qoʻshishni va asl pasportni qaytarishni soʻrang: «Asl pasportimni tekshiring va menga qaytaring» kartasini koʻrsating. Agar olib qolishsa, qonun hujjatini va yozma hujjat soʻrang. Unda mansabdor shaxsning ismi va lavozimi, sana va pasportni qachon qaytarib olishingiz yozilsin.

        ## Qachon ariza berish kerak
        Bitta yuridik firmaning aytishicha, guvohnoma 10 yilgacha amal qiladi, lekin pasportingiz muddatidan ortiq emas. Firma guvohnoma muddati tugashidan kamida bir oy oldin ariza berishni maslahat beradi. Bu rasmiy emas, lekin erta ariza bergan xavfsizroq.

        ## Haqiqiy voqeadan ogohlantirish
        Doimiy yashovchi bir kishining guvohnomasini uzaytirish u jarimani qayta toʻlamaguncha toʻxtatib turilgan. U bu jarimani allaqachon toʻlaganini aytgan. Kutib turganida u ishlay olmagan, pasporti esa migratsiya idorasida boʻlgan.

        > [!WARNING]
        > Yigʻimlar va jarimalar uchun har bir kvitansiyani yillar davomida saqlang. Kvitansiya sizning dalilingiz.

        ## Endi nima qilish kerak
        1. Guvohnomangiz va pasportingiz muddati qachon tugashini tekshiring. Ancha oldindan eslatma qoʻying.
        2. Davlat boji kvitansiyasi, 2 ta fotosurat va pasportingizni olib keling. Avval nusxa oling.
        3. Yangi guvohnomangizni olguningizcha yirtib olinadigan talonni saqlang.
        4. Agar sizdan boshqa hujjatlar soʻralsa, qarang [qonun qaysi hujjatlarni talab qiladi](article:kz-required-documents).
        5. Agar kimdir sizdan rasmiy kvitansiyasiz pul soʻrasa, **1424** ga qoʻngʻiroq qiling (bepul, kechayu kunduz). Qarang [pora va 1424 liniyasi](article:kz-bribes-1424).

        Yana oʻqing: [doimiy yashash](article:kz-permanent-residence) va [jarimalarni toʻlash](article:kz-paying-fines).
