article-kz-visa-holders =
    .title = Agar viza bilan kelgan boʻlsangiz: maqsad, uzaytirish va oʻz vaqtida chiqib ketish
    .summary = Viza sizga faqat uning maqsadi uchun va tugash sanasigacha turishga ruxsat beradi. Uzaytirish haqida erta soʻrang, qabul qiluvchi tomon turishingiz haqida 3 ish kuni ichida xabar berganiga ishonch hosil qiling va oʻz vaqtida chiqib keting.
    .keywords = viza, viza uzaytirish, prodlenie vizy, viza muddati, viza tugadi, ish vizasi, talaba vizasi, biznes viza, turistik viza, chiqish vizasi, viza turi, viza kodi, migratsiya xizmati, taklifnoma, приглашение, виза закончилась, многократная виза, viza olish, студенческая виза
    .unverified = Tasdiqlanmagan: viza toifalari va kodlarining hozirgi roʻyxati (viza qoidalari 2024, 2025 va 2026-yillarda oʻzgargan); vizangizni Qozogʻiston ichida uzaytirish yoki toifasini oʻzgartirish mumkinmi, bu qancha vaqt oladi va qancha turadi; vizasi tugagan odamga chiqib ketish uchun chiqish vizasi kerakmi; muddatdan 5 kundan ortiq qolish uchun jazolar.
    .body =
        ## Sizga viza kerakmi?
        Baʼzi mamlakatlar fuqarolariga viza kerak, boshqalariga kerak emas. Tashqi ishlar vazirligining rasmiy roʻyxatini tekshiring. Agar vizasiz kelgan boʻlsangiz, [vizasiz turish](article:kz-visa-free-stay) haqida oʻqing.

        ## Viza turlari
        Viza qoidalari Tashqi ishlar vazirligi va Ichki ishlar vazirligining qoʻshma buyrugʻi bilan belgilangan (2016-yil noyabrdagi № 11-1-2/555 va № 1100). Hukumat portali vizalarni uch guruhga ajratadi:

        - **A**: diplomatik, xizmat, investor;
        - **B**: biznes, xususiy, turistik, tranzit, chiqish va boshqalar;
        - **C**: doimiy yashash, oilani birlashtirish, ish, oʻqish, missionerlik faoliyati, davolanish, voyaga yetmaganlar.

        Har bir vizaning kodi bor. Bir yuridik firma misollar keltiradi: B1–B3 biznes, B10 xususiy tashrif, B12 turizm, C3–C6 ish, C9 oʻqish, C12 davolanish. Kodni oʻz vizangizdan toping.

        > [!WARNING]
        > Vizangizdan faqat uning maqsadi uchun foydalaning. Bir yuridik firma biznes viza haq toʻlanadigan ishga ruxsat bermasligidan ogohlantiradi. Bir universitet C9 vizali talabalar ishlay olmasligini aytadi. Vizaning amal qilish sanalari va turishingiz mumkin boʻlgan kunlar soni farq qilishi mumkin: ikkalasini ham tekshiring.

        ## Vizani uzaytirish yoki oʻzgartirish
        - Qozogʻiston ichida vizalarni Ichki ishlar vazirligining migratsiya xizmati beradi, tiklaydi va uzaytiradi.
        - Uzaytirish uchun sabab va qogʻozlar kerak, odatda qabul qiluvchi tomoningizdan yozma soʻrov: universitetingiz, ish beruvchingiz yoki sizni taklif qilgan odam.
        - Erta boshlang. Bir universitetning aytishicha, uzaytirish **30 ish kunigacha** vaqt olishi mumkin. Boshqasi qogʻozlarni viza tugashidan kamida 15 ish kuni oldin soʻraydi. Xavfsiz boʻlishi uchun qogʻozlaringizni viza tugashidan kamida 30 ish kuni (taxminan 6 hafta) oldin topshiring.
        - Bir yangiliklar saytining xabariga koʻra, mamlakat ichida toifani oʻzgartirish, masalan, ish vizasidan oilaviy vizaga oʻtish osonlashtirilgan. Sizning holatingizda oʻzgartirish mumkinmi, tasdiqlanmagan: migratsiya xizmatidan yozma ravishda soʻrang.

        ## Roʻyxatdan oʻtish
        Qabul qiluvchi tomon (uy egasi, mehmonxona, universitet yoki ish beruvchi) kelganingizdan keyin **3 ish kuni** ichida politsiyaga xabar berishi shart. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification). Baʼzi universitetlar talabalardan birinchi kuniyoq xalqaro boʻlimga kelishni soʻraydi.

        ## Oʻz vaqtida chiqib keting
        Muddatdan ortiq qolish huquqbuzarlik (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 517-moddaning 3-qismi): 3 kungacha ogohlantirishga, 3 kundan 5 kungacha 10 MRP jarimaga olib keladi. Bundan uzoqroq ortiq qolish uchun jazolar tasdiqlanmagan, [mamlakatdan chiqarib yuborish](article:kz-expulsion) esa kodeksdagi jazolardan biri. Qarang [muddatdan ortiq qolish](article:kz-overstay).

        Agar vizangiz allaqachon tugagan boʻlsa, kutmang va shunchaki chegaraga bormang: avval [yuridik yordam](article:kz-legal-aid) soʻrang.

        ## Endi nima qilish kerak
        1. Vizangizga qarang: kodi, sanalari va kirishlar soni. Rasmini ilovadagi seyfga saqlang.
        2. Oxirgi kuningizni yozib qoʻying. Undan kamida 2 oy oldin eslatma qoʻying.
        3. Agar koʻproq vaqt kerak boʻlsa, qabul qiluvchi tomondan uzaytirish uchun xatni darhol soʻrang.
        4. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring.
