article-kz-written-appeal =
    .title = Yozma murojaat topshirish: doim talon oling
    .summary = Davlat organiga yozma murojaat topshirganingizda, hech kim uni qabul qilishdan bosh torta olmaydi. Sizga raqami, sanasi, vaqti va uni qabul qilgan shaxsning ismi yozilgan talon beriladi (Maʼmuriy protsedura-protsessual kodeks, 64-modda). Muddatlarga eʼtibor bering: jarima ustidan shikoyat uchun 10 kun, boshqa qaror ustidan shikoyat uchun 3 oy.
    .keywords = murojaat, ariza, ariza yozish, zayavlenie, obrashenie, pismennoe obrashenie, talon, arizani qabul qilmadi, shikoyat xati, kiruvchi raqam, APPK, заявление не принимают, входящий номер, канцелярия, devonxona, nusxaga shtamp, e-Otinish
    .body =
        ## Murojaat topshirishdagi huquqlaringiz
        Chet elliklar sudlarga va davlat organlariga fuqarolar bilan bir xil protsessual huquqlar bilan murojaat qilishi mumkin («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 18-modda).

        Maʼmuriy protsedura-protsessual kodeksga (АППК, 64-modda) koʻra:

        - murojaatni qabul qilishdan bosh tortish **taqiqlangan**;
        - davlat organiga, mahalliy oʻzini oʻzi boshqarish organiga yoki davlat yuridik shaxsiga yozma murojaat (письменное обращение) topshirganingizda sizga **talon** (талон) beriladi. Unda noyob raqam, sana va vaqt hamda murojaatni qabul qilgan shaxsning familiyasi, ismining bosh harflari va lavozimi yoziladi.

        > [!TIP]
        > Ikki nusxa olib boring. Bittasini topshiring. Ikkinchisini talon bilan birga saqlang. Talon murojaat topshirganingizni va qachon topshirganingizni isbotlaydi.

        ## Muddatlar, eng qisqasidan boshlab
        - **Jarima** solingan qaror: uning nusxasini olgan kundan boshlab **10 kun** ichida shikoyat qiling. Darhol [jarima ustidan shikoyat qilish](article:kz-appeal-fine) haqida oʻqing.
        - Idoraning boshqa qarori (maʼmuriy hujjat, административный акт): u haqda bilgan kundan boshlab **3 oy** ichida shikoyat qiling. Shikoyatni qaror kimniki boʻlsa, oʻsha idoraga topshirasiz, uni yuqori turuvchi organ hal qiladi. Uzrli sabab bilan oʻtkazib yuborilgan muddat soʻrov boʻyicha tiklanishi mumkin (91–92-moddalar).
        - Prokuratura alohida yoʻl. Unga **istalgan tilda**, jumladan ona tilingizda yozishingiz mumkin. U baʼzi hollarda shikoyatingizni koʻrib chiqishi mumkin. Qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).

        ## Endi nima qilish kerak
        1. Aniq yozing: kimsiz, nima boʻldi, qachon va nimani soʻrayapsiz.
        2. Murojaatingizni imzolang va sanasini qoʻying.
        3. Uni topshiring va talon soʻrang. Undagi raqam, sana, vaqt va ismni tekshiring.
        4. Agar kimdir murojaatingizni qabul qilmasa, uning ismini, joyni va vaqtni yozib oling. Rad etish taqiqlangan (64-modda), buning ustidan shikoyat qilishingiz mumkin.
        5. Agar mansabdor shaxs sizdan pora soʻrasa, **1424** ga qoʻngʻiroq qiling: qarang [pora va 1424 liniyasi](article:kz-bribes-1424).

        Yana qarang: [bayonnoma tuzilganda](article:kz-protocol-rights) huquqlaringiz.
