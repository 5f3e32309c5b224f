article-kz-overstay =
    .title = Muddatdan ortiq qolish: juda uzoq qolsangiz nima boʻladi
    .summary = Muddatdan 3 kungacha ortiq qolish ogohlantirishga, 3 kundan 5 kungacha ortiq qolish esa 10 MRP jarimaga olib keladi. Bundan uzoqroq ortiq qolish uchun jazolar tasdiqlanmagan.
    .keywords = muddatdan ortiq qolish, prosrochka, prosrochka shtrafi, srok oʻtib ketdi, muddat oʻtib ketdi, kech chiqish, nelegal, noqonuniy qolish, prevyshenie sroka, ogohlantirish, 10 MRP, 517-modda, vaqtida chiqmadim, 30 kundan oshib ketdi, 90 kundan oshib ketdi, ortiqcha kunlar, kunlarim tugadi, нарушение режима пребывания
    .unverified = Tasdiqlanmagan: Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks 517-moddasining 1- va 2-qismlari hamda muddatdan 5 kundan ortiq qolish uchun jazolar; maʼmuriy huquqbuzarlik uchun chiqarib yuborishdan keyin kirish taqiqi beriladimi va qancha muddatga (Hukumatning 2017-yil 6-apreldagi № 175 qarori jinoyat ishi boʻyicha sud hukmi bilan chiqarib yuborilganda 5 yilni belgilagan).
    .body =
        ## Qonun nima deydi
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (KoAP, ruscha: КоАП) 517-moddasi chet elliklarning turish qoidalari haqida. Uning 3-qismi ruxsat etilgan turish muddatingiz tugaganda chiqib ketmaslik haqida (ruscha: превышение срока пребывания):

        - muddatdan **3 kungacha** ortiq qolish: **ogohlantirish**;
        - muddatdan **3 kundan 5 kungacha** ortiq qolish: **10 MRP** jarima.

        ## 10 MRP qancha?
        MRP (oylik hisoblash koʻrsatkichi, МРП) har yili oʻzgaradi.

        - 2026-yilda 1 MRP 4 325 KZT. Demak, 10 MRP **43 250 KZT**.
        - 2025-yilda 1 MRP 3 932 KZT edi. Demak, 10 MRP **39 320 KZT** edi.

        ## Uzoqroq ortiq qolish
        Muddatdan 5 kundan ortiq qolish uchun jazolarni biz tasdiqlamadik. Mamlakatdan chiqarib yuborish kodeksdagi jazolardan biri. U **5 yilgacha kirish taqiqiga** olib kelishi mumkin (bu har bir chiqarib yuborish uchun tasdiqlanmagan). Qarang [mamlakatdan chiqarib yuborish](article:kz-expulsion) va [kirish taqiqi](article:kz-entry-ban).

        > [!WARNING]
        > Tavakkal qilmang. Oʻz vaqtida chiqib keting yoki kunlaringiz tugashidan oldin kerakli ruxsatnomani oling.

        ## Endi nima qilish kerak
        1. Kunlaringizni sanang: qarang [vizasiz turish](article:kz-visa-free-stay). Qozogʻistonga har bir kirgan va chiqqan sanangizni yozib boring.
        2. Oxirgi kuningizdan kamida bir hafta oldin eslatma qoʻying.
        3. Ishlash yoki oʻqish uchun uzoqroq qolishingiz kerak boʻlsa, [vaqtincha yashash uchun ruxsatnoma](article:kz-temporary-residence-work) haqida erta soʻrang.
        4. Agar allaqachon muddatdan ortiq qolgan boʻlsangiz, tezda yuridik yordam oling: qarang [yuridik yordam](article:kz-legal-aid).
        5. Agar bayonnoma tuzilsa, huquqlaringizni biling: qarang [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights).
        6. Agar jarima solinsa, uni rasmiy yoʻl bilan toʻlang va kvitansiyani saqlang. Darhol toʻlay olmasangiz, qarang [jarimani kechiktirish yoki boʻlib toʻlash](article:kz-fine-instalments).
