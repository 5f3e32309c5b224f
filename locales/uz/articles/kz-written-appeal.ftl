article-kz-written-appeal =
    .title = Yozma murojaat topshirish: doim talon oling
    .summary = Yozma murojaatni shaxsan topshirganingizda sizga sana, vaqt va uni qabul qilgan mansabdor shaxsning ismi yozilgan talon beriladi; hech kim uni qabul qilishdan bosh torta olmaydi.
    .body =
        ## Murojaat topshirishdagi huquqlaringiz
        Chet elliklar sudlarga va davlat organlariga fuqarolar bilan bir xil protsessual huquqlar bilan murojaat qilishi mumkin («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, ruscha: «О правовом положении иностранцев», 18-modda).

        Yozma murojaatni (письменное обращение) shaxsan topshirganingizda:

        - sizga sana, vaqt va uni qabul qilgan mansabdor shaxsning ismi yozilgan **talon** (талон) beriladi;
        - murojaatni qabul qilishdan bosh tortish **taqiqlangan**.

        > [!TIP]
        > Ikki nusxa olib boring. Bittasini topshiring. Ikkinchisini talon bilan birga saqlang. Talon murojaat topshirganingizni va qachon topshirganingizni isbotlaydi.

        ## Prokuraturaga shikoyat
        - **Istalgan tilda**, jumladan ona tilingizda yozishingiz mumkin.
        - Maʼmuriy protsedura-protsessual kodeks (АППК) shikoyatda nima boʻlishi kerakligini (93-modda) va muddatlarni (92-modda) belgilaydi.
        - Maʼmuriy hujjat (административный акт) ustidan shikoyat **3 oy** ichida topshirilishi mumkin. Agar bu muddatni oʻtkazib yuborsangiz, uni tiklashni soʻrashingiz mumkin (91-modda).

        > [!WARNING]
        > Jarima solish haqidagi qaror uchun muddat ancha qisqa. Darhol [jarima ustidan shikoyat qilish](article:kz-appeal-fine) haqida oʻqing.

        ## Endi nima qilish kerak
        1. Aniq yozing: kimsiz, nima boʻldi, qachon va nimani soʻrayapsiz.
        2. Murojaatingizni imzolang va sanasini qoʻying.
        3. Uni topshiring va talon soʻrang. Undagi sana, vaqt va ismni tekshiring.
        4. Agar kimdir murojaatingizni qabul qilmasa, uning ismini, joyni va vaqtni yozib oling. Rad etish taqiqlangan, buning ustidan shikoyat qilishingiz mumkin.
        5. Agar mansabdor shaxs sizdan pora soʻrasa, **1424** ga qoʻngʻiroq qiling: qarang [pora va 1424 liniyasi](article:kz-bribes-1424).

        Yana qarang: [bayonnoma tuzilganda](article:kz-protocol-rights) huquqlaringiz.
