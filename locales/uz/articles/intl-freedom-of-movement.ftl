article-intl-freedom-of-movement =
    .title = Xalqaro huquqda erkin harakatlanish
    .summary = Qozogʻiston ratifikatsiya qilgan Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro pakt mamlakatda qonuniy turgan har bir kishining erkin harakatlanish va yashash joyini tanlash huquqini himoya qiladi.
    .keywords = erkin harakatlanish, harakatlanish erkinligi, svoboda peredvijeniya, erkin yurish, koʻchib yurish huquqi, yashash joyi erkinligi, ICCPR 12-modda, xalqaro pakt, harakatni cheklash, ограничение передвижения, выбор места жительства, istalgan shaharda yashash, shahardan chiqarishmayapti, BMT pakti
    .body =
        ## Pakt
        Qozogʻiston Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktni (ICCPR, ruscha: МПГПП) 2005-yil 28-noyabrdagi № 91 Qonun bilan ratifikatsiya qilgan. Pakt 2006-yildan beri kuchda.

        - **12-moddaning 1-bandi:** davlat hududida qonuniy turgan har bir kishi u yerda erkin harakatlanishi va yashash joyini tanlashi mumkin.
        - **12-moddaning 3-bandi:** bu huquqlarni faqat shunday cheklovlar bilan cheklash mumkin: ular qonunda belgilangan boʻlishi, davlat xavfsizligi, jamoat tartibi, aholi salomatligi yoki axloqi yoxud boshqalarning huquq va erkinliklarini himoya qilish uchun zarur boʻlishi va Paktdagi boshqa huquqlarga mos kelishi kerak.

        > [!WARNING]
        > Erkin harakatlanish roʻyxatdan oʻtish majburiyatini bekor qilmaydi. Qozogʻiston qonuni yashash joyi va vaqtincha turgan joyi boʻyicha roʻyxatdan oʻtishni talab qiladi. Doim roʻyxatdan oʻting: qarang [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration).

        ## BMT Inson huquqlari qoʻmitasiga shikoyat
        Qozogʻiston ICCPRning Birinchi fakultativ protokoliga (Факультативный протокол) ham qoʻshilgan (2009-yil 11-fevraldagi № 130-IV Qonun). Unga koʻra, odam BMT Inson huquqlari qoʻmitasiga (Комитет ООН по правам человека) shaxsiy shikoyat yuborishi mumkin. Qozogʻiston buni faqat Protokol oʻzi uchun kuchga kirganidan keyin davlat qilgan yoki qilmagan ishlar uchun qabul qilgan. Qarang [BMTga shikoyat](article:intl-un-complaints).

        2016-yilda Qoʻmita Qozogʻistonda mehnat muhojirlarining majburiy mehnatidan xavotir bildirgan, masalan, tamaki, paxta va qurilishda. Ishdagi boshqa suiisteʼmollardan ham xavotir bildirgan: yomon va xavfli sharoitlar, ish haqining kechikishi va shaxsni tasdiqlovchi hujjatlarning olib qoʻyilishi. Bu erkin harakatlanish haqida emas, ishdagi suiisteʼmollar haqida edi.

        ## Endi nima qilish kerak
        1. Avval Qozogʻiston qonuni boʻyicha huquqlaringizni bilib oling: [Qozogʻistonda erkin harakatlanish](article:kz-freedom-of-movement) maqolasini oʻqing.
        2. Roʻyxatdan oʻtganingiz va ruxsatnomalaringiz doim tartibda boʻlsin.
        3. Agar davlat organi huquqlaringizni cheklasa, yozma shikoyat qiling: qarang [yozma murojaat topshirish](article:kz-written-appeal).
        4. BMTga shikoyat qilish rasmiy jarayon. Advokat yoki yuridik yordam beruvchi tashkilotdan yordam soʻrang.
