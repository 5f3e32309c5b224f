article-intl-un-complaints =
    .title = BMT Inson huquqlari qoʻmitasiga shikoyat
    .summary = ICCPRning Birinchi fakultativ protokoliga koʻra, Qozogʻistondagi huquqiy himoya yoʻllaridan foydalanib boʻlgach, BMT Inson huquqlari qoʻmitasiga shaxsiy shikoyat yuborishingiz mumkin. Shikoyat Protokol Qozogʻiston uchun kuchga kirganidan keyin davlat qilgan yoki qilmagan ishlar haqida boʻlishi kerak.
    .keywords = BMTga shikoyat, OON, jaloba v OON, xalqaro shikoyat, individual shikoyat, fakultativ protokol, inson huquqlari qoʻmitasi, BMT qoʻmitasi, индивидуальное сообщение, BMTga ariza, xalqaro sudga shikoyat, Jeneva, sudlar yordam bermadi, davlat huquqimni buzdi
    .unverified = Tasdiqlanmagan: Fakultativ protokol Qozogʻiston uchun qaysi sanada kuchga kirgani. Qozogʻiston uni 2009-yil 11-fevraldagi qonun bilan ratifikatsiya qilgan. Protokolga koʻra, u davlat ratifikatsiya hujjatini topshirganidan uch oy keyin kuchga kiradi. Biz bu sanani topmadik.
    .body =
        ## Bu nima
        Qozogʻiston Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktning Birinchi fakultativ protokoliga (Факультативный протокол) qoʻshilgan (2009-yil 11-fevraldagi № 130-IV Qonun). Unga koʻra, odam BMT Inson huquqlari qoʻmitasiga (Комитет ООН по правам человека) **shaxsiy shikoyat** yuborishi mumkin. Shikoyatda davlat Paktdagi biror huquqni buzgani aytiladi.

        ## Asosiy shartlar
        - Shikoyat **yozma** boʻladi. U anonim (ismsiz) boʻlishi mumkin emas (Fakultativ protokol, 2- va 3-moddalar).
        - Avval **Qozogʻistondagi barcha huquqiy himoya yoʻllaridan** (внутренние средства правовой защиты) foydalanishingiz kerak: masalan, qaror ustidan shikoyat, boshqa shikoyatlar va sudlar (2-modda va 5-moddaning 2-bandi b kichik bandi). Agar ular asossiz uzoq choʻzilsa, bu shart qoʻllanmaydi.
        - Xuddi shu masala boshqa xalqaro tartibda koʻrib chiqilayotgan boʻlmasligi kerak (5-moddaning 2-bandi a kichik bandi).
        - Shikoyat faqat Protokol Qozogʻiston uchun kuchga kirganidan **keyin** davlat qilgan yoki qilmagan ishlar haqida boʻlishi mumkin: uning harakatlari, qarorlari va harakatsizligi. Qozogʻiston Protokolni ratifikatsiya qilganda shunday bayonot bergan (№ 130-IV Qonun). Protokol Qozogʻiston uchun aniq qaysi sanada kuchga kirgani tasdiqlanmagan.

        ## Keyin nima boʻladi
        Qoʻmita shikoyatni koʻrib chiqadi. U oʻz fikrini davlatga va shikoyat qilgan kishiga yuboradi (5-moddaning 4-bandi).

        2016-yilda Qoʻmita Qozogʻistonda mehnat muhojirlarining majburiy mehnatidan va ishda ularga nisbatan suiisteʼmollardan xavotir bildirgan: yomon va xavfli sharoitlar, ish haqining kechikishi va shaxsni tasdiqlovchi hujjatlarning olib qoʻyilishi.

        > [!WARNING]
        > BMTga shikoyat Qozogʻistondagi himoya yoʻllaridan keyin qilinadi, ularning oʻrniga emas. Qozogʻistondagi muddatlarni oʻtkazib yubormang.

        ## Endi nima qilish kerak
        1. Qozogʻistondagi ishingiz boʻyicha har bir qogʻozni saqlang: qarorlar, shikoyatlar, talonlar va sud qarorlari.
        2. Oʻz vaqtida shikoyat qiling: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine) va [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).
        3. Agar Qozogʻistondagi barcha himoya yoʻllari natija bermasa, advokat yoki yuridik yordam tashkilotidan BMTga shikoyat qilishda yordam soʻrang: qarang [yuridik yordam](article:kz-legal-aid).
