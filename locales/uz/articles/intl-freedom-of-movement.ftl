article-intl-freedom-of-movement =
    .title = Xalqaro huquqda erkin harakatlanish
    .summary = Qozogʻiston ratifikatsiya qilgan Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro pakt mamlakatda qonuniy turgan har bir kishining erkin harakatlanish va yashash joyini tanlash huquqini himoya qiladi.
    .body =
        ## Pakt
        Qozogʻiston Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktni (ICCPR, ruscha: МПГПП) 2005-yil 28-noyabrdagi № 91 Qonun bilan ratifikatsiya qilgan. Pakt 2006-yildan beri amalda.

        - **12-moddaning 1-bandi:** davlat hududida qonuniy turgan har bir kishi u yerda erkin harakatlanishi va yashash joyini tanlashi mumkin.
        - **12-moddaning 3-bandi:** bu huquqlar faqat qonun bilan va faqat zarur boʻlganda cheklanishi mumkin.

        > [!WARNING]
        > Erkin harakatlanish roʻyxatdan oʻtish majburiyatini bekor qilmaydi. Qozogʻiston qonuni yashash joyi va vaqtincha turgan joyi boʻyicha roʻyxatdan oʻtishni (регистрация по месту жительства и временного пребывания) talab qiladi. Doim roʻyxatdan oʻting: qarang [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration).

        ## BMT Inson huquqlari qoʻmitasiga shikoyat
        Qozogʻiston ICCPRning Birinchi fakultativ protokoliga (Факультативный протокол) ham qoʻshilgan (2009-yil 11-fevraldagi № 130-IV Qonun). Unga koʻra, odam BMT Inson huquqlari qoʻmitasiga (Комитет ООН по правам человека) shaxsiy shikoyat yuborishi mumkin.

        2016-yilda Qoʻmita Qozogʻistonda mehnat muhojirlaridan pasportlarni olib qoʻyishni tanqid qilgan.

        ## Endi nima qilish kerak
        1. Avval Qozogʻiston qonuni boʻyicha huquqlaringizni bilib oling: [Qozogʻistonda erkin harakatlanish](article:kz-freedom-of-movement) maqolasini oʻqing.
        2. Roʻyxatdan oʻtganingiz va ruxsatnomalaringiz doim tartibda boʻlsin.
        3. Agar davlat organi huquqlaringizni cheklasa, yozma shikoyat qiling: qarang [yozma murojaat topshirish](article:kz-written-appeal).
        4. BMTga shikoyat qilish rasmiy jarayon. Advokat yoki yuridik yordam beruvchi tashkilotdan yordam soʻrang.
