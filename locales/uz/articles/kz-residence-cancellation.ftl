article-kz-residence-cancellation =
    .title = Doimiy yashash huquqingizni bekor qilish bilan qoʻrqitishsa
    .summary = Migratsiya qonunida doimiy yashash uchun ruxsatnoma bekor qilinishi mumkin boʻlgan asoslar sanab oʻtilgan. Politsiyaning migratsiya xizmati bunga bir kalendar yilda 183 kundan ortiq chet elda boʻlishni ham qoʻshadi. Qoʻrqitish qaror emas: qarorni yozma ravishda soʻrang. Dastlabki qarorga darhol eʼtiroz bildiring (sizda atigi 2 ish kuni boʻlishi mumkin). Yozma qaror ustidan 3 oy ichida shikoyat qiling.
    .keywords = PMJ bekor qilish, VNJ bekor qilish, PMJni olib qoʻyish, annulirovanie, annulirovanie PMJ, PMJ rad etildi, otkaz v PMJ, chet elda uzoq yurish, 183 kun, doimiy yashash huquqi, eʼtiroz, PMJdan mahrum qilish, ВНЖ аннулировали, qoʻrqitishyapti, Oʻzbekistonda uzoq qoldim, 183 дня, предварительное решение
    .unverified = Tasdiqlanmagan: Migratsiya qonuni 49-moddasidagi asoslarning toʻliq hozirgi roʻyxati; takroriy maʼmuriy huquqbuzarliklar yoki soxta hujjatlar berib boʻlingan ruxsatnomani bekor qilishga olib kelishi mumkinmi; amalda bekor qilish qanday hal qilinadi va qanday eʼlon qilinadi; eʼtiroz bildirish uchun atigi 2 ish kuni beriladigan eshitish tartibi bekor qilishga ham tegishlimi. Bekor qilingandan keyin nima qilishingiz kerakligi tasdiqlanmagan.
    .body =
        ## Avval eng qisqa muddat
        - **2 ish kuni.** Davlat organi sizga qarshi qaror qabul qilishdan oldin dastlabki qarorini kamida 3 ish kuni oldin sizga aytishi shart. Uni olgan kundan boshlab **2 ish kuni** ichida eʼtiroz bildirishingiz mumkin (Maʼmuriy protsedura-protsessual kodeks, 73-modda). Bu bekor qilishga ham tegishli ekani tasdiqlanmagan, shuning uchun darhol yozma eʼtiroz bildiring.
        - **3 oy.** Yozma qaror ustidan u haqda bilgan kundan boshlab **3 oy** ichida shikoyat qilishingiz mumkin (92-modda). Shikoyatni qaror chiqargan idoraga topshirasiz, uni yuqori turuvchi organ hal qiladi (91-modda).
        - **1 oy.** Shikoyatingizga javob olganingizdan keyin **1 oy** ichida sudga murojaat qilishingiz mumkin (136-modda).

        ## Qonundagi asoslar
        Migratsiya qonunining 49-moddasiga koʻra, quyidagi immigrantga doimiy yashash uchun ruxsatnoma berilmaydi yoki u **bekor qilinadi**:
        - Qozogʻistonga noqonuniy kelgan yoki oʻz mamlakatida jinoyat uchun taʼqib qilinayotgan boʻlsa;
        - qamoqdan ozod qilingan va sudlanishidan oldin Qozogʻistondan tashqarida yashagan boʻlsa;
        - insoniyatga qarshi jinoyatlar sodir etgan boʻlsa;
        - Hukumat talab qilganidek, oʻzini taʼminlay olishini isbotlamagan boʻlsa (istisnolar bor, masalan, etnik qozoqlar uchun).

        Roʻyxatda boshqa hollar ham bor, masalan, baʼzi kasalliklar va ilgari Qozogʻiston fuqaroligini yoʻqotish. Biz toʻliq hozirgi roʻyxatni oʻqiy olmadik.

        Politsiyaning migratsiya xizmati aytishicha, **bir kalendar yilda 183 kundan ortiq Qozogʻistondan tashqarida** boʻlgandan keyin ham yashash uchun ruxsatnoma bekor qilinadi. 1-yanvardan 31-dekabrgacha boʻlgan barcha safarlar qoʻshib hisoblanadi.

        Politsiyaning aytishicha, arizalar koʻpincha soxta yoki toʻliq boʻlmagan maʼlumotlar uchun yoki oxirgi bir yildagi maʼmuriy huquqbuzarliklar uchun **rad etiladi**.

        ## Qoʻrqitish qaror emas
        Davlat organining qarori odatda yozma shaklda chiqariladi, ogʻzaki qaror ham yozma shaklga keltirilishi shart (78-modda). Agar mansabdor shaxs yashash huquqingiz bekor qilinishini aytsa:
        - qaysi qonun va qaysi asos ekanini soʻrang, qarorni yozma ravishda soʻrang;
        - mansabdor shaxsning ismini, idorani, sanani va nima deyilganini yozib oling;
        - masalani «hal qilish» uchun hech qachon pul bermang. **1424** ga qoʻngʻiroq qiling: qarang [pora va 1424 liniyasi](article:kz-bribes-1424).

        ## Qaror ustidan qanday shikoyat qilish kerak
        Shikoyatingizni qaror chiqargan idoraga topshiring. U shikoyatni 3 ish kuni ichida yuqori turuvchi organga yuborishi shart. Oʻtkazib yuborilgan muddat uzrli sabab bilan, masalan, kasallik tufayli tiklanishi mumkin. Sizda fuqaro bilan bir xil protsessual huquqlar bor. Qarang [yozma murojaat topshirish](article:kz-written-appeal) va [prokuratura](article:kz-prosecutor-complaint).

        ## Endi nima qilish kerak
        1. Qozogʻistonda boʻlgan kunlaringiz dalilini saqlang: pasportdagi muhrlar, chiptalar, manzilingizni roʻyxatdan oʻtkazganingiz.
        2. Shu yili chet elda boʻlgan kunlaringizni sanang.
        3. Jarimalar va yigʻimlar uchun har bir kvitansiyani saqlang: qarang [toʻlov dalili](article:kz-proof-of-payment).
        4. Agar sizga qogʻoz berilsa, uni olgan kuningizni yozib qoʻying.
        5. Yordamni erta soʻrang: qarang [yuridik yordam](article:kz-legal-aid).
