article-kz-detention-rights =
    .title = Agar sizni ushlab turishsa: huquqlaringiz
    .summary = Agar sizni ushlab turishsa, sababini darhol aytishlari shart, qiynoq esa taqiqlangan. Konsulligingizga xabar berishni, himoyachi va bepul tarjimon soʻrashingiz mumkin. Xotirjam boʻling va qarshilik qilmang.
    .body =
        ## Huquqlaringiz
        - Sizga ushlab turish (задержание) **sababi darhol** aytilishi shart (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 14-modda).
        - **Qiynoq** va qadr-qimmatni kamsituvchi muomala **taqiqlangan** (14-modda).
        - **Himoyachingiz** boʻlishi mumkin (744-modda).
        - Ona tilingizdan va **tarjimondan bepul** foydalanishingiz mumkin (744-modda).
        - **Konsulligingizga** kechiktirmasdan xabar berilishini soʻrashingiz mumkin (Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasi, 36-modda). Qarang [konsulligingiz](article:kz-consular-rights).

        Qozogʻistonning konsulliklarga xabar berish haqidagi oʻz qoidalari **jinoiy** ishlar boʻyicha ushlab turishlarga tegishli. Har qanday holatda ham konsulligingizga xabar berishni aniq soʻrang.

        ## Xavfsiz boʻling
        - Xotirjam boʻling. Ushlab turish notoʻgʻri deb oʻylasangiz ham, **qarshilik qilmang**. Keyin shikoyat qilishingiz mumkin.
        - Xodimdan xizmat guvohnomasini (служебное удостоверение) koʻrsatishni soʻrang. Ismini eslab qoling yoki yozib oling.

        > [!WARNING]
        > Qoʻyib yuborishlari uchun naqd pul bermang. Naqd pul uchun kvitansiya ham, yozuv ham boʻlmaydi. Agar kimdir sizdan pul soʻrasa, imkon boricha tezroq **1424** ga xabar bering.

        ## Endi nima qilish kerak
        1. Soʻrang: «Meni nega ushlab turibsiz?» (ruscha: «Почему меня задержали?»).
        2. Xodimdan xizmat guvohnomasini koʻrsatishni soʻrang.
        3. Ayting: «Konsulligimga xabar berilishini xohlayman» (ruscha: «Прошу уведомить моё консульство»). «Konsulligimga xabar bering» kartasini koʻrsating.
        4. Himoyachi kerakligini va qaysi til kerakligini ayting. Ikkalasini ham bayonnomaga yozing.
        5. Bayonnomani imzolashdan oldin oʻqing. Rozi boʻlmasangiz, rozi emasligingizni yozing.
        6. Har bir qogʻozning nusxasini soʻrang.
        7. Keyin nima boʻlganini yozib qoʻying: ismlar, joy, vaqt. Yozma shikoyat qiling: qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).

        Yana qarang: [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights) va [yuridik yordam](article:kz-legal-aid).
