article-kz-required-documents =
    .title = Qonun qaysi hujjatlarni talab qiladi
    .summary = Qoidalarda qaysi hujjatlar sanab oʻtilganini biling. Mansabdor shaxs koʻproq narsa soʻrasa, buni qaysi qonun talab qilishini soʻrang va soʻrovingizni yozma ravishda bering.
    .keywords = hujjatlar roʻyxati, kerakli hujjatlar, qanday hujjatlar kerak, spisok dokumentov, PMJ uchun hujjatlar, VNJ uchun hujjatlar, vid na jitelstvo, spravka o nesudimosti, sudlanmaganlik haqida maʼlumotnoma, gosposhlina, asl pasport, какие документы нужны, перечень документов, hujjat topshirish, hujjatlar toʻplami, uy egasi roziligi, emigratsiyaga rozilik
    .unverified = Rasmiy roʻyxatlar pasport nusxasini va asl nusxasini «solishtirish uchun» soʻraydi. Biz oʻqigan hech bir matnda asl pasport darhol qaytarilishi yoki arizangiz koʻrib chiqilayotganda idora uni olib qolishi mumkinmi, aytilmagan.
    .body =
        ## Qoidalarda nimalar sanab oʻtilgan
        Doimiy yashash uchun (qarang [doimiy yashash](article:kz-permanent-residence)):
        - **Ruxsatnoma** (разрешение на ПМЖ): 180 kundan ortiq amal qiladigan pasport, oʻz davlatingizning emigratsiyangizga roziligi, tarjimai hol, oʻzingizni taʼminlay olishingizni koʻrsatadigan dalil, sudlanganlik haqida maʼlumotnoma va uy-joy egasining roziligi (shaxsan yoki notarius tasdiqlagan).
        - **Yashash guvohnomasi** (вид на жительство): davlat boji toʻlangani haqida kvitansiya, 2 ta fotosurat va amaldagi pasportingiz.

        Ruxsatnoma uchun rasmiy roʻyxatlar pasportingiz nusxasini va asl nusxasini «solishtirish uchun» (для сверки) soʻraydi. Ularda asl pasport darhol qaytarilishi aytilmagan. Uni tekshirishni, nusxasini hujjatlarga qoʻshishni va asl pasportni qaytarishni soʻrang. Agar olib qolishsa, qonun hujjatini va yozma hujjat soʻrang: qarang [kimdir pasportingizni olib qolsa](article:kz-passport-confiscation).

        ## «Yana bitta qogʻoz» soʻrashganda
        Muhojirlarning aytishicha, mansabdor shaxslar har safar borganda yana bitta hujjat soʻrashadi, hatto qonun uni talab qilmasa ham. Chet ellik sifatida siz qonun oldida tengsiz. Davlat organlari va sudlar bilan ishlashda fuqarolar bilan bir xil huquqlarga egasiz («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 3- va 18-moddalar).

        ## Endi nima qilish kerak
        1. Xotirjam soʻrang: «Bu hujjatni qaysi qonun talab qiladi?» (ruscha: «Какой закон требует этот документ?»). Javobni va mansabdor shaxsning ismini yozib oling.
        2. Aniq javob boʻlmasa, oʻsha idoraga **yozma murojaat** (письменное обращение) topshiring.
        3. Uni shaxsan topshiring. Sizga talon beriladi. Unda noyob raqam, sana, vaqt hamda murojaatni qabul qilgan shaxsning ismi va lavozimi yoziladi. Idora murojaatingizni qabul qilishdan bosh tortishi mumkin emas (Maʼmuriy protsedura-protsessual kodeks, 64-modda).
        4. Murojaatingiz nusxasini va talonni saqlang.
        5. Muddatlar, eng qisqasidan boshlab: jarima solingan qaror ustidan faqat uning nusxasini olgan kundan boshlab **10 kun** ichida shikoyat qilish mumkin. Idoraning boshqa qarori ustidan shikoyat, u haqda bilgan kundan boshlab **3 oy** ichida, oʻsha idoraga topshiriladi (Maʼmuriy protsedura-protsessual kodeks, 91–92-moddalar). Prokuratura alohida yoʻl: unga istalgan tilda, jumladan oʻz tilingizda yozishingiz mumkin. Qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).
        6. Agar kimdir sizdan pul soʻrasa, **1424** ga qoʻngʻiroq qiling. Bu korrupsiyaga qarshi bepul liniya (kechayu kunduz ishlaydi).

        > [!TIP]
        > Yozma murojaat iz qoldiradi. Ogʻzaki soʻrov iz qoldirmaydi.

        Yana qarang: [murojaatni qanday yozish](article:kz-written-appeal) va [pora va 1424 liniyasi](article:kz-bribes-1424).
