article-kz-temporary-residence-work =
    .title = Qozogʻistonda ishlash: vaqtincha yashash uchun ruxsatnoma
    .summary = Ishlash uchun 30 kundan ortiq qolsangiz, sizga vaqtincha yashash uchun ruxsatnoma kerak. U mehnat shartnomangizga bogʻliq, 1 yilgacha amal qiladi. Ishni almashtirsangiz, u 15 kun ichida qayta rasmiylashtirilishi shart.
    .keywords = RVP, razreshenie na vremennoe projivanie, vaqtincha yashash ruxsatnomasi, vaqtincha yashash, trudovoy dogovor, mehnat shartnomasi, dogovor, ish almashtirish, yangi ishga oʻtish, pereoformlenie, qayta rasmiylashtirish, ish ruxsatnomasi, RVP olish, RVP uzaytirish, ish joyimni almashtirdim, ishdan ketsam nima boʻladi, rasmiy ishga kirish, оформление на работу
    .unverified = 15 kun gov.kz saytidan (situations/572) olingan. U yerda bu kalendar kunmi yoki ish kunimi, aytilmagan va qonun hujjati koʻrsatilmagan. Kalendar kunlarni sanang: bu ertaroq sanani beradi. 2026-yil 1-iyuldagi roʻyxatdan oʻtishning yangi qoidasi (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi) buyruq matnidan emas, yangiliklar va bitta yuridik firmadan maʼlum.
    .body =
        ## Qachon kerak
        Qozogʻistonda ishlash yoki oʻqish uchun **30 kundan** ortiq qolsangiz, sizga **vaqtincha yashash uchun ruxsatnoma** (разрешение на временное проживание) kerak.

        ## Ish uchun qanday ishlaydi
        - Ruxsatnoma mehnat shartnomangizga (трудовой договор) bogʻliq.
        - U shartnoma muddatiga, **1 yilgacha** beriladi.
        - Ishni almashtirsangiz, ruxsatnoma **15 kun ichida qayta rasmiylashtirilishi** (переоформление) shart (gov.kz). Bu kalendar kunmi yoki ish kunimi, aytilmagan: xavfsiz boʻlishi uchun kalendar kunlarni sanang.

        > [!WARNING]
        > 15 kun ishni almashtirgan kuningizdan boshlanadi. Eski ruxsatnomangiz tugashini kutmang.

        ## Turishingizni roʻyxatdan oʻtkazish
        Qabul qiluvchi tomon (uy egasi, mehmonxona yoki ish beruvchi) kelganingizdan keyin **3 ish kuni** ichida politsiyaga xabar berishi shart. 2026-yil 1-iyuldan yangi qoida haqida xabar qilingan (tasdiqlanmagan). U sizdan ham chegarani kesib oʻtganingizdan keyin **30-kalendar kungacha** onlayn oʻzingiz roʻyxatdan oʻtishingizni talab qilishi mumkin. Migratsiya politsiyasidan soʻrang. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).

        ## Baʼzi davlatlar fuqarolari uchun boshqa qoidalar
        - Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolariga ishlash uchun ruxsatnoma kerak emas: qarang [YeOII mamlakatlaridan kelgan ishchilar](article:kz-eaeu-workers).
        - Jismoniy shaxslarda ishlaydigan Oʻzbekiston va Tojikiston fuqarolari: qarang [mehnat immigrantiga ruxsatnoma](article:kz-labour-immigrant-permit).

        ## Endi nima qilish kerak
        1. Mehnat shartnomangiz va ruxsatnomangizning nusxasini saqlang. Ularni rasmga oling va ilovadagi seyfga saqlang.
        2. Shartnomangiz tugaydigan sanani va ruxsatnomangiz tugaydigan sanani yozib qoʻying. Ancha oldindan eslatma qoʻying.
        3. Ishni almashtirsangiz, sanani yozib qoʻying. Ruxsatnomani bergan idoradan uni qayta rasmiylashtirish haqida darhol soʻrang.
        4. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring. Oʻzingiz ham roʻyxatdan oʻtishingiz shartmi, deb soʻrang.
        5. Agar mansabdor shaxs sizningcha hech bir qonun talab qilmaydigan qogʻozni soʻrasa, qarang [ortiqcha qogʻozlar](article:kz-extra-papers).

        Yana qarang: [vizasiz turish](article:kz-visa-free-stay) va [muddatdan ortiq qolish](article:kz-overstay).
