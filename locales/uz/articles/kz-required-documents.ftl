article-kz-required-documents =
    .title = Qonun qaysi hujjatlarni talab qiladi
    .summary = Qoidalarda qaysi hujjatlar sanab oʻtilganini biling; mansabdor shaxs koʻproq narsa soʻrasa, buni qaysi qonun talab qilishini soʻrang va soʻrovingizni yozma ravishda bering.
    .body =
        ## Qoidalarda nimalar sanab oʻtilgan
        Doimiy yashash uchun (qarang [doimiy yashash](article:kz-permanent-residence)):
        - **Ruxsatnoma** (разрешение на ПМЖ): 180 kundan ortiq amal qiladigan pasport, oʻz davlatingizning emigratsiyangizga roziligi, tarjimai hol, oʻzingizni taʼminlay olishingizni koʻrsatadigan dalil, sudlanganlik haqida maʼlumotnoma va uy-joy egasining roziligi (shaxsan yoki notarius tasdiqlagan).
        - **Yashash guvohnomasi** (вид на жительство): davlat boji toʻlangani haqida kvitansiya, 2 ta fotosurat va amaldagi pasportingiz.

        Asl pasportingiz «solishtirish uchun» (для сверки) koʻrsatiladi. Ishingizga faqat nusxasi qoʻshiladi.

        ## «Yana bitta qogʻoz» soʻrashganda
        Muhojirlarning aytishicha, mansabdor shaxslar har safar borganda yana bitta hujjat soʻrashadi, hatto qonun uni talab qilmasa ham. Chet ellik sifatida siz qonun oldida tengsiz. Davlat organlari va sudlar bilan ishlashda fuqarolar bilan bir xil huquqlarga egasiz («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 3- va 18-moddalar).

        ## Endi nima qilish kerak
        1. Xotirjam soʻrang: «Bu hujjatni qaysi qonun talab qiladi?» (ruscha: «Какой закон требует этот документ?»). Javobni va mansabdor shaxsning ismini yozib oling.
        2. Aniq javob boʻlmasa, oʻsha idoraga **yozma murojaat** (письменное обращение) topshiring.
        3. Uni shaxsan topshiring. Sizga sana, vaqt va uni qabul qilgan mansabdor shaxsning ismi yozilgan talon beriladi. Idora murojaatingizni qabul qilishdan bosh tortishi mumkin emas.
        4. Murojaatingiz nusxasini va talonni saqlang.
        5. Prokuraturaga istalgan tilda, jumladan oʻz tilingizda shikoyat qilishingiz mumkin. Idora qarori ustidan shikoyat 3 oy ichida topshiriladi.
        6. Agar kimdir sizdan pul soʻrasa, **1424** ga qoʻngʻiroq qiling — bu korrupsiyaga qarshi bepul liniya (kechayu kunduz ishlaydi).

        > [!TIP]
        > Yozma murojaat iz qoldiradi. Ogʻzaki soʻrov iz qoldirmaydi.

        Yana qarang: [murojaatni qanday yozish](article:kz-written-appeal) va [pora va 1424 liniyasi](article:kz-bribes-1424).
