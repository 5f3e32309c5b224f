article-kz-extra-papers =
    .title = Mansabdor shaxs qonun talab qilmaydigan qogʻozni soʻrasa
    .summary = Agar mansabdor shaxs qoidalarda sanab oʻtilmagan hujjatni soʻrasa, buni qaysi qonun hujjati talab qilishini soʻrang. Soʻrovingizni yozma ravishda bering, talonni saqlang va kerak boʻlsa, shikoyat qiling.
    .keywords = ortiqcha qogʻoz, ortiqcha hujjat, qoʻshimcha hujjat, yana bitta spravka, spravka soʻrashyapti, qonunsiz talab, qogʻozbozlik, byurokratiya, sarson qilish, amaldor, qaysi qonun, лишние документы, yana qogʻoz soʻrashdi, kabinetma-kabinet yurgizish, на каком основании, хождение по кабинетам, asossiz talab
    .body =
        ## Bu boʻlib turadi
        Qozogʻistondagi muhojirlarning aytishicha, mansabdor shaxslar har safar borganda yana bitta hujjat soʻrashadi, «garchi qonun uni talab qilmasa ham». Baʼzilar pora soʻralgani haqida ham xabar bergan.

        ## Huquqlaringiz
        - Chet ellik sifatida siz **qonun oldida tengsiz** («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 3-modda).
        - Davlat organlari va sudlarga fuqarolar bilan **bir xil protsessual huquqlar** bilan murojaat qilishingiz mumkin (18-modda).
        - Davlat organiga, mahalliy oʻzini oʻzi boshqarish organiga yoki davlat yuridik shaxsiga yozma murojaat topshirganingizda sizga **talon** beriladi. Murojaatni qabul qilishdan bosh tortish **taqiqlangan** (Maʼmuriy protsedura-protsessual kodeks, 64-modda).

        Doimiy yashash va yashash guvohnomasi uchun qoidalarda nimalar sanab oʻtilganini bilish uchun [qonun qaysi hujjatlarni talab qiladi](article:kz-required-documents) maqolasini oʻqing.

        ## Endi nima qilish kerak
        1. Xotirjam va xushmuomala boʻling. Soʻrang: «Bu qogʻozni qaysi qonun hujjati talab qiladi? Qaysi moddasi?» (ruscha: «Какой правовой акт требует этот документ? Какая статья?»). «Bu qogʻozni qaysi qonun hujjati talab qiladi?» kartasini koʻrsating.
        2. Mansabdor shaxsdan bu talabni yozib berishini soʻrang. Uning ismini, idorani, sanani va vaqtni yozib oling.
        3. Agar sizningcha bu qogʻoz talab qilinmasa, **yozma murojaat** topshiring. Qaysi qogʻoz soʻralganini yozing va idoradan qonun hujjatini aytishini soʻrang.
        4. Talonni oling. Unda noyob raqam, sana, vaqt hamda murojaatingizni qabul qilgan shaxsning ismi va lavozimi yozilgan boʻladi. Uni murojaatingiz nusxasi bilan birga saqlang. Qarang [yozma murojaat topshirish](article:kz-written-appeal).
        5. Agar idora sizga qarshi qaror chiqarsa, oʻz vaqtida harakat qiling: jarima solingan qaror ustidan faqat uning nusxasini olgan kundan boshlab **10 kun** ichida shikoyat qilish mumkin. Boshqa qaror ustidan shikoyat **3 oy** ichida oʻsha idoraga topshiriladi. Prokuraturaga ham istalgan tilda yozishingiz mumkin: qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).
        6. Agar kimdir sizdan pul soʻrasa, toʻlamang. Korrupsiyaga qarshi bepul **1424** liniyasiga qoʻngʻiroq qiling, u kechayu kunduz ishlaydi.

        > [!TIP]
        > Ogʻzaki soʻrov iz qoldirmaydi. Yozma soʻrov iz qoldiradi. Har bir qogʻozning rasmini ilovadagi seyfga saqlang.

        Yana qarang: [pora va 1424 liniyasi](article:kz-bribes-1424).
