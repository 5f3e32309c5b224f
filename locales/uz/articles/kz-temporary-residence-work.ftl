article-kz-temporary-residence-work =
    .title = Qozogʻistonda ishlash: vaqtincha yashash uchun ruxsatnoma
    .summary = Ishlash uchun 30 kundan ortiq qolsangiz, sizga vaqtincha yashash uchun ruxsatnoma kerak. U mehnat shartnomangizga bogʻliq, 1 yilgacha amal qiladi. Ishni almashtirsangiz, u 15 kun ichida qayta rasmiylashtirilishi shart.
    .body =
        ## Qachon kerak
        Qozogʻistonda ishlash yoki oʻqish uchun **30 kundan** ortiq qolsangiz, sizga **vaqtincha yashash uchun ruxsatnoma** (разрешение на временное проживание) kerak.

        ## Ish uchun qanday ishlaydi
        - Ruxsatnoma mehnat shartnomangizga (трудовой договор) bogʻliq.
        - U shartnoma muddatiga, **1 yilgacha** beriladi.
        - Ishni almashtirsangiz, ruxsatnoma **15 kun ichida qayta rasmiylashtirilishi** (переоформление) shart.

        > [!WARNING]
        > 15 kun ishni almashtirgan kuningizdan boshlanadi. Eski ruxsatnomangiz tugashini kutmang.

        ## Qabul qiluvchi tomon baribir xabar beradi
        Kelgan chet elliklar endi oʻzlari roʻyxatdan oʻtmaydi. Qabul qiluvchi tomon (uy egasi, mehmonxona yoki ish beruvchi) kelganingizdan keyin **3 ish kuni** ichida politsiyaga xabar berishi shart. Qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).

        ## Baʼzi davlatlar fuqarolari uchun boshqa qoidalar
        - Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolariga ishlash uchun ruxsatnoma kerak emas: qarang [YeOII mamlakatlaridan kelgan ishchilar](article:kz-eaeu-workers).
        - Jismoniy shaxslarda ishlaydigan Oʻzbekiston va Tojikiston fuqarolari: qarang [mehnat immigrantiga ruxsatnoma](article:kz-labour-immigrant-permit).

        ## Endi nima qilish kerak
        1. Mehnat shartnomangiz va ruxsatnomangizning nusxasini saqlang. Ularni rasmga oling va ilovadagi seyfga saqlang.
        2. Shartnomangiz tugaydigan sanani va ruxsatnomangiz tugaydigan sanani yozib qoʻying. Ancha oldindan eslatma qoʻying.
        3. Ishni almashtirsangiz, sanani yozib qoʻying. Ruxsatnomani bergan idoradan uni qayta rasmiylashtirish haqida darhol soʻrang.
        4. Qabul qiluvchi tomon turishingiz haqida xabar berganini tekshiring.
        5. Agar mansabdor shaxs sizningcha hech bir qonun talab qilmaydigan qogʻozni soʻrasa, qarang [ortiqcha qogʻozlar](article:kz-extra-papers).

        Yana qarang: [vizasiz turish](article:kz-visa-free-stay) va [muddatdan ortiq qolish](article:kz-overstay).
