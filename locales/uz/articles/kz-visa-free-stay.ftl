article-kz-visa-free-stay =
    .title = Vizasiz turish: har bir kirishda 30 kun, 180 kun ichida 90 kun
    .summary = Vizasiz odatda har bir kirishda 30 kungacha va istalgan 180 kun ichida 90 kungacha turishingiz mumkin. YeOII mamlakatlari fuqarolari uchun 180 kun ichida 90 kun deb xabar qilingan. 2026-yil 1-iyuldan boshlab 30-kungacha onlayn oʻzingiz roʻyxatdan oʻtishingiz ham kerak boʻlishi mumkin: buni aniqlang.
    .keywords = vizasiz, vizasiz kirish, bezviz, bezvizovyy rejim, viza-ran, vizaran, chiqib qayta kirish, chegaradan chiqib kirish, necha kun turish mumkin, turish muddati, srok prebyvaniya, kun hisoblash, 90 kun, 30 kun qoidasi, 180 kun qoidasi, granitsadan chiqib kelish, qancha qolsa boʻladi, oʻzbeklar uchun 30 kun, muddatni uzaytirish mumkinmi
    .unverified = Hali tasdiqlanmagan: YeOII fuqarolari uchun 180 kun ichida 90 kun cheklovi (yuridik firmalar xabar bergan, rasmiy matnda oʻqilmagan) va ular ishlash uchun 30 kundan ortiq qolsa, vaqtincha yashash uchun ruxsatnoma kerakmi; ikki tomonlama kelishuv boʻyicha Qirgʻiziston fuqarolari uchun turish cheklovlari (180 kun uchun biz manba topmadik); Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks 517-moddasining toʻliq matni (1- va 2-qismlari hamda muddatdan 5 kundan ortiq qolish uchun jazolar); roʻyxatdan oʻtishning yangi qoidasi (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi, 2026-yil 1-iyuldan), u buyruq matnidan emas, yangiliklar va bitta yuridik firmadan maʼlum.
    .body =
        ## Asosiy qoida
        Agar Qozogʻistonga vizasiz kelsangiz (безвизовое пребывание), quyidagicha turishingiz mumkin:

        - har bir kirishda **30 kungacha** va
        - istalgan **180 kun** ichida jami **90 kungacha**.

        Bu qoida 2023-yil 27-yanvardan beri amal qiladi. Chiqib, darhol qaytib kirish («viza-ran») endi hisobni yangidan boshlamaydi. Oʻzbekiston va Tojikiston fuqarolari shu 30/90/180 qoidasiga amal qiladi.

        ## YeOII mamlakatlari fuqarolari
        Rossiya, Qirgʻiziston, Belarus va Armaniston (Yevroosiyo iqtisodiy ittifoqi, ЕАЭС) fuqarolari **istalgan 180 kun ichida 90 kun** turishi mumkin (xabar qilingan). Ishlash uchun 30 kundan ortiq qolsangiz, vaqtincha yashash uchun ruxsatnoma kerak boʻlishi mumkin: qarang [YeOII mamlakatlaridan kelgan ishchilar](article:kz-eaeu-workers).

        Qirgʻizistonning Qozogʻiston bilan ikki tomonlama kelishuvi ham bor. Qirgʻiziston Tashqi ishlar vazirligi (24.kg orqali) shunday deydi: 30 kun roʻyxatdan oʻtmasdan, keyin roʻyxatdan oʻtib 90 kungacha, bu muddatni uzaytirish mumkin. Baʼzilar 180 kun deydi, lekin biz buning uchun manba topmadik. Xabarlarga koʻra, YeOIIning 180 kun ichida 90 kun cheklovi ham amal qiladi. Qarang [Qirgʻiziston fuqarolari](article:kz-kyrgyz-citizens).

        ## Bu kimlarga tegishli emas
        Bu cheklovlar yashash uchun ruxsatnomasi yoki vizasi bor odamlarga tegishli emas.

        ## Turishingizni roʻyxatdan oʻtkazish
        Qabul qiluvchi tomon **3 ish kuni** ichida politsiyaga xabar berishi shart: qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification). 2026-yil 1-iyuldan yangi qoida haqida xabar qilingan (tasdiqlanmagan): chegarani kesib oʻtganingizdan keyin **kechi bilan 30-kalendar kungacha** politsiyada onlayn oʻzingiz roʻyxatdan oʻtishingiz kerak boʻlishi mumkin. Manzilingizni oʻzgartirsangiz, **5 ish kuni** ichida yana roʻyxatdan oʻtasiz.

        ## Ish yoki oʻqish
        Ishlash yoki oʻqish uchun 30 kundan ortiq qolish uchun sizga vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) kerak.

        > [!WARNING]
        > Oʻz vaqtida chiqib keting. Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning (КоАП) 517-moddasi 3-qismiga koʻra, muddatdan 3 kungacha ortiq qolish ogohlantirishga olib keladi. Muddatdan 3 kundan 5 kungacha ortiq qolish **10 MRP** (oylik hisoblash koʻrsatkichi, МРП) jarimaga olib keladi. Bundan uzoqroq ortiq qolish qoidalari hali tasdiqlanmagan: tavakkal qilmang.

        ## Endi nima qilish kerak
        1. Kunlaringizni sanang. Qozogʻistonga har bir kirgan va chiqqan sanangizni yozib boring.
        2. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring. 30-kundan oldin migratsiya politsiyasidan onlayn oʻzingiz ham roʻyxatdan oʻtishingiz shartmi, deb soʻrang: qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).
        3. Agar ishlash yoki oʻqish uchun uzoqroq qolishingiz kerak boʻlsa, kunlaringiz tugashidan ancha oldin vaqtincha yashash uchun ruxsatnoma haqida soʻrang.

        Yana qarang: [jarimalarni toʻlash](article:kz-paying-fines) va [mamlakatdan chiqarib yuborish](article:kz-expulsion).
