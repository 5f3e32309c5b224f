article-kz-prosecutor-complaint =
    .title = Prokuraturaga shikoyat qilish
    .summary = Prokuraturaga istalgan tilda, jumladan ona tilingizda shikoyat qilishingiz mumkin. Maʼmuriy hujjat ustidan shikoyat 3 oy ichida topshirilishi mumkin.
    .body =
        ## Oʻz tilingizda yozing
        Prokuraturaga (прокуратура) shikoyatni **istalgan tilda**, jumladan ona tilingizda yozishingiz mumkin.

        ## Shikoyat qoidalari
        Qoidalarni Maʼmuriy protsedura-protsessual kodeks (АППК) belgilaydi:

        - 93-modda shikoyatda nima boʻlishi kerakligini aytadi.
        - 92-modda muddatlarni belgilaydi.
        - **Maʼmuriy hujjat** (административный акт, yaʼni davlat organining siz haqingizdagi qarori) ustidan shikoyat **3 oy** ichida topshirilishi mumkin. Agar bu muddatni oʻtkazib yuborsangiz, uni tiklashni soʻrashingiz mumkin (91-modda).

        > [!WARNING]
        > Jarima solish haqidagi qaror uchun muddat ancha qisqa: qarorning nusxasini olgan kundan boshlab 10 kun. Darhol [jarima ustidan shikoyat qilish](article:kz-appeal-fine) haqida oʻqing.

        ## Nima yozish kerak
        - kimsiz va siz bilan qanday bogʻlanish mumkin;
        - nima boʻldi, qayerda va qachon;
        - qaysi idora yoki mansabdor shaxs aralashgan, bilsangiz ismlari bilan;
        - nimani soʻrayapsiz;
        - sana va imzoyingiz.

        ## Endi nima qilish kerak
        1. Shikoyatingizni yozing. Qogʻozlaringizning asl nusxasini emas, nusxalarini qoʻshing.
        2. Ikki nusxa tayyorlang. Bittasini topshiring, ikkinchisini oʻzingizda saqlang.
        3. Shaxsan topshirganingizda sana, vaqt va uni qabul qilgan mansabdor shaxsning ismi yozilgan talon soʻrang. «Murojaatim uchun talon» kartasini koʻrsating. Qarang [yozma murojaat topshirish](article:kz-written-appeal).
        4. Talonni va nusxangizni birga saqlang. Ularning rasmini ilovadagi seyfga saqlang.
        5. Agar mansabdor shaxs sizdan pul soʻragan boʻlsa, korrupsiyaga qarshi bepul **1424** liniyasiga ham qoʻngʻiroq qiling.
        6. Shikoyat yozish uchun yordam kerak boʻlsa, qarang [yuridik yordam](article:kz-legal-aid).
