article-kz-court-appeal =
    .title = Sud qarori ustidan shikoyat qilish, masalan, chiqarib yuborish haqida
    .summary = Agar sud sizga qarshi qaror chiqargan boʻlsa, masalan, sizni mamlakatdan chiqarib yuborishga qaror qilgan boʻlsa, yuqori turuvchi sudga shikoyat qilishingiz mumkin. Darhol harakat qiling: Fuqarolik protsessual kodeksi boʻyicha chiqarib yuborish ishlarida muddat tasdiqlanmagan va u 10 kundan qisqa boʻlishi mumkin. Maʼmuriy huquqbuzarlik ishlarida esa u nusxani olgan kundan boshlab 10 kun deb xabar qilingan.
    .keywords = apellyatsiya, apellyatsiya shikoyati, sud qarori, sudga shikoyat, deportatsiyaga shikoyat, deportatsiya, yuqori turuvchi sud, vyshestoyashchiy sud, kassatsiya, prokuror protesti, GPK, objalovanie, sud deport qildi, sud qaroriga rozi emasman, апелляционная жалоба, областной суд, viloyat sudi, решение суда
    .unverified = Tasdiqlanmagan: sud qarorlari ustidan shikoyat qilish haqidagi aniq modda (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning 829-4-moddasi deb xabar qilingan); shikoyat qaror chiqargan sudga topshiriladimi yoki yuqori turuvchi sudgami; shikoyat koʻrilayotganda chiqarib yuborish toʻxtatib turiladimi; 10 kun kalendar kunmi (biz kalendar kunlarni sanaymiz, bu ertaroq sanani beradi); chiqarib yuborish Fuqarolik protsessual kodeksi boʻyicha hal qilinganda muddat qancha (u qisqaroq boʻlishi mumkin); kassatsiya va prokuror protesti qoidalari va muddatlari; har bir chiqarib yuborishdan keyin kirish taqiqi beriladimi va qancha muddatga (Hukumatning 2017-yil 6-apreldagi № 175 qarori jinoyat ishi boʻyicha sud hukmi bilan chiqarib yuborilganda 5 yilni belgilagan).
    .body =
        ## Sizning ishingiz qaysi turdagi?
        Sud chiqarib yuborishga ikki yoʻl bilan qaror qilishi mumkin:

        - maʼmuriy huquqbuzarlik toʻgʻrisidagi ishda **jazo** sifatida, Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks boʻyicha;
        - **politsiyaning arizasi** boʻyicha, Fuqarolik protsessual kodeksi (ГПК) boʻyicha (Oliy sudning 2013-yil 13-dekabrdagi № 4 tushuntirishi).

        Qaroringizni oʻqing: unda kodeks nomi yozilgan. Asl nusxasini saqlang va nusxalar oling.

        ## Muddat: 10 kun, balki undan ham kam
        - Fuqarolik protsessual kodeksi boʻyicha chiqarib yuborish ishida muddat **tasdiqlanmagan va u 10 kundan qisqa boʻlishi mumkin**. 2022-yildagi bir ishda sud odamga chiqib ketish uchun atigi **7 kun** bergan. Oʻsha kuniyoq harakat qiling.
        - Maʼmuriy huquqbuzarlik toʻgʻrisidagi ishda qarorning _nusxasini olgan_ kuningizdan boshlab **10 kun** ichida shikoyat qilishingiz mumkin (xabar qilingan, 829-4-modda). Kalendar kunlarni nusxani olgan kundan boshlab sanang.

        > [!WARNING]
        > 10-kunni kutmang. Shikoyatingizni imkon qadar erta topshiring. Oʻtkazib yuborilgan muddat faqat uzrli sabab boʻlsa, yozma iltimosnoma boʻyicha tiklanishi mumkin.

        ## Qayerga shikoyat qilish kerak
        Sud qarori ustidan **yuqori turuvchi sudga** (вышестоящий суд) shikoyat qilinadi. Qaror chiqargan sudning devonxonasidan shikoyatni qayerga va qanday topshirishni yozma ravishda soʻrang. Nusxangizga muhr qoʻyishlarini soʻrang.

        ## Shikoyat koʻrilayotganda
        - Shikoyat hal qilinguncha chiqarib yuborish kutib turishi tasdiqlanmagan. Advokatingiz bu haqda darhol suddan soʻrashi kerak.
        - Chiqarib yuborish uchun ushlab turilgan odamni faqat zarur boʻlgan vaqtgacha ushlab turish mumkin, lekin **30 kundan** ortiq emas (Migratsiya qonuni, 60-modda). Boshqa biror qoida uzoqroq ushlab turishga ruxsat beradimi, tasdiqlanmagan.
        - Chiqarib yuborish **5 yilgacha kirish taqiqiga** olib kelishi mumkin. Har bir chiqarib yuborishdan keyin 5 yillik taqiq berilishi tasdiqlanmagan. Qarang [kirish taqiqi](article:kz-entry-ban).

        ## Huquqlaringiz
        - himoyachi (advokat);
        - agar ish yuritish tilini bilmasangiz yoki yetarlicha yaxshi bilmasangiz: ona tilingiz va **bepul** tarjimon (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 744- va 738-moddalar);
        - ish materiallari bilan tanishish, nusxa olish va dalillar taqdim etish (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 744-modda);
        - fuqaro bilan bir xil protsessual huquqlar («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, 18-modda).

        Sudlar xalqaro shartnomalarni ham qoʻllashi shart, masalan, Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktni. Qarang [adolatli sud](article:intl-fair-hearing).

        ## Shikoyatdan keyin
        Kuchga kirgan qarorlar keyinroq qayta koʻrib chiqilishi mumkin, masalan, Oliy sudda **kassatsiya** tartibida yoki prokuror **protesti** boʻyicha. Muddatlari tasdiqlanmagan. Advokatdan soʻrang.

        ## Endi nima qilish kerak
        1. Qarorning nusxasini soʻrang. Uni olgan kuningizni yozib qoʻying.
        2. Agar uni tushunmasangiz, tarjimon soʻrang.
        3. Oʻsha kuniyoq [yuridik yordam](article:kz-legal-aid) oling.
        4. Qaror nega notoʻgʻri ekanini yozing. Dalillar qoʻshing: kvitansiyalar, oilaviy bogʻlanishlaringiz, ishingiz, uyingiz.
        5. Shikoyatni topshiring, muhr qoʻyilgan nusxasini saqlang va rasmini ilovadagi seyfga saqlang.
        6. Konsulligingizga xabar berishni soʻrang: qarang [konsullik huquqlari](article:kz-consular-rights).
