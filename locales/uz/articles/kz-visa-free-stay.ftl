article-kz-visa-free-stay =
    .title = Vizasiz turish: har bir kirishda 30 kun, 180 kun ichida 90 kun
    .summary = Vizasiz odatda har bir kirishda 30 kungacha va istalgan 180 kun ichida 90 kungacha turishingiz mumkin; YeOII mamlakatlari fuqarolari 180 kun ichida 90 kun turishi mumkin.
    .unverified = Hali tasdiqlanmagan: ikki tomonlama kelishuv boʻyicha Qirgʻiziston fuqarolari uchun turish muddatlari (manbalarda 90 yoki 180 kun deyilgan) va Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks 517-moddasining toʻliq matni (1- va 2-qismlari hamda muddatdan 5 kundan ortiq qolish uchun jazolar).
    .body =
        ## Asosiy qoida
        Agar Qozogʻistonga vizasiz kelsangiz (безвизовое пребывание), quyidagicha turishingiz mumkin:

        - har bir kirishda **30 kungacha** va
        - istalgan **180 kun** ichida jami **90 kungacha**.

        Bu qoida 2023-yil 27-yanvardan beri amal qiladi. Chiqib, darhol qaytib kirish («viza-ran») endi hisobni yangidan boshlamaydi. Oʻzbekiston va Tojikiston fuqarolari shu 30/90/180 qoidasiga amal qiladi.

        ## YeOII mamlakatlari fuqarolari
        Rossiya, Qirgʻiziston, Belarus va Armaniston (Yevroosiyo iqtisodiy ittifoqi, ЕАЭС) fuqarolari **istalgan 180 kun ichida 90 kun** turishi mumkin.

        Qirgʻizistonning Qozogʻiston bilan ikki tomonlama kelishuvi ham bor. Bir manbaga koʻra: 30 kun roʻyxatdan oʻtmasdan, keyin 90 kungacha, bu muddatni uzaytirish mumkin. Boshqa manbada 180 kun deyilgan. Bu tasdiqlanmagan.

        ## Bu kimlarga tegishli emas
        Bu cheklovlar yashash uchun ruxsatnomasi yoki vizasi bor odamlarga tegishli emas.

        ## Ish yoki oʻqish
        Ishlash yoki oʻqish uchun 30 kundan ortiq qolish uchun sizga vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) kerak.

        > [!WARNING]
        > Oʻz vaqtida chiqib keting. Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (КоАП) 517-moddasi 3-qismiga koʻra, muddatdan 3 kungacha ortiq qolish ogohlantirishga olib keladi. Muddatdan 3 kundan 5 kungacha ortiq qolish **10 MRP** (oylik hisoblash koʻrsatkichi, МРП) jarimaga olib keladi. Bundan uzoqroq ortiq qolish qoidalari hali tasdiqlanmagan: tavakkal qilmang.

        ## Endi nima qilish kerak
        1. Kunlaringizni sanang. Qozogʻistonga har bir kirgan va chiqqan sanangizni yozib boring.
        2. Qabul qiluvchi tomon kelganingiz haqida xabar berganini tekshiring: qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).
        3. Agar ishlash yoki oʻqish uchun uzoqroq qolishingiz kerak boʻlsa, kunlaringiz tugashidan ancha oldin vaqtincha yashash uchun ruxsatnoma haqida soʻrang.

        Yana qarang: [jarimalarni toʻlash](article:kz-paying-fines) va [mamlakatdan chiqarib yuborish](article:kz-expulsion).
