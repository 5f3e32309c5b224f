article-kz-prosecutor-complaint =
    .title = Prokuraturaga shikoyat qilish
    .summary = Jarima solingan qaror ustidan faqat uning nusxasini olgan kundan boshlab 10 kun ichida shikoyat qilish mumkin. Idoraning boshqa qarori ustidan shikoyat 3 oy ichida oʻsha idoraga topshiriladi. Prokuratura alohida yoʻl, unga istalgan tilda yozishingiz mumkin.
    .keywords = prokuratura, prokuror, prokurorga shikoyat, prokuraturaga ariza, jaloba v prokuraturu, arz-shikoyat, shikoyat xati, idora ustidan shikoyat, amaldor ustidan shikoyat, APPK, politsiya ustidan shikoyat, жалоба на полицию, жалоба на чиновника, Bosh prokuratura, ona tilida shikoyat, nohaqlik
    .unverified = Prokuraturaga shikoyat qilish muddati topilmadi. Idora shikoyatni qancha vaqtda hal qilishi shartligi va undan keyin sudga murojaat qilish muddati tasdiqlanmagan.
    .body =
        ## Avval eng qisqa muddat
        > [!WARNING]
        > Jarima solingan qaror ustidan faqat uning nusxasini olgan kundan boshlab **10 kun** ichida shikoyat qilish mumkin. Darhol [jarima ustidan shikoyat qilish](article:kz-appeal-fine) haqida oʻqing.

        ## Ikki xil yoʻl
        ### 1. Qaror chiqargan idoraga shikoyat
        Davlat organining siz haqingizdagi qarori (**maʼmuriy hujjat**, ruscha: административный акт) ustidan yoki idora qilgan yoki qilmagan ish ustidan odatda shu yoʻl bilan shikoyat qilinadi (Maʼmuriy protsedura-protsessual kodeks, ruscha: АППК, 91–92-moddalar):

        - Shikoyatni **qaror kimniki boʻlsa, oʻsha idoraga** topshirasiz. Uni yuqori turuvchi organ hal qiladi.
        - Qaror haqida bilgan kuningizdan boshlab **3 oy** vaqtingiz bor.
        - Agar bu muddatni uzrli sabab bilan, masalan, kasallik tufayli oʻtkazib yuborgan boʻlsangiz, muddatni tiklashni soʻrashingiz mumkin (92-modda).
        - Odatda sudga faqat shu shikoyatdan keyin murojaat qilish mumkin (91-moddaning 5-qismi).

        ### 2. Prokuratura
        Prokuratura har bir shikoyat uchun ikkinchi idora emas. U murojaatingizni baʼzi hollarda koʻrib chiqishi mumkin. Masalan, huquqlaringizni oʻzingiz himoya qila olmasangiz yoki boshqa hech bir organ ularni yaxshi himoya qilmasa («Prokuratura toʻgʻrisida»gi 2022-yil 5-noyabrdagi № 155-VII Konstitutsiyaviy qonun, 24-modda). Unga **istalgan tilda**, jumladan ona tilingizda yozishingiz mumkin. Biz prokuratura uchun muddat topmadik: kutib turib, 3 oyni oʻtkazib yubormang.

        ## Nima yozish kerak
        Kodeks (93-modda) shikoyatda nima boʻlishi kerakligini sanab oʻtadi:

        - uni hal qiladigan organning nomi;
        - toʻliq ismingiz, IINingiz, pochta manzilingiz va yashash manzilingiz;
        - qaysi idora yoki mansabdor shaxs ustidan va qaysi qaror yoki harakat ustidan shikoyat qilyapsiz;
        - faktlar va dalillaringiz;
        - sana, imzoyingiz va qoʻshayotgan qogʻozlaringiz roʻyxati.

        ## Endi nima qilish kerak
        1. Shikoyatingizni yozing. Qogʻozlaringizning asl nusxasini emas, nusxalarini qoʻshing.
        2. Ikki nusxa tayyorlang. Bittasini topshiring, ikkinchisini oʻzingizda saqlang.
        3. Shaxsan topshirganingizda talon soʻrang. Unda raqam, sana, vaqt hamda shikoyatni qabul qilgan shaxsning ismi va lavozimi yozilgan boʻladi. «Murojaatim uchun talon» kartasini koʻrsating. Qarang [yozma murojaat topshirish](article:kz-written-appeal).
        4. Talonni va nusxangizni birga saqlang. Ularning rasmini ilovadagi seyfga saqlang.
        5. Agar mansabdor shaxs sizdan pul soʻragan boʻlsa, korrupsiyaga qarshi bepul **1424** liniyasiga ham qoʻngʻiroq qiling.
        6. Shikoyat yozish uchun yordam kerak boʻlsa, qarang [yuridik yordam](article:kz-legal-aid).
