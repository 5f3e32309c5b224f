article-kz-detention-rights =
    .title = Agar sizni ushlab turishsa: huquqlaringiz
    .summary = Agar sizni ushlab turishsa, sababini darhol aytishlari shart, qiynoq esa taqiqlangan. Konsulligingizga xabar berishni va himoyachi soʻrashingiz mumkin. Agar tilni yetarlicha yaxshi bilmasangiz, bepul tarjimon soʻrashingiz mumkin. Xotirjam boʻling va qarshilik qilmang.
    .keywords = ushlab turish, ushlab ketishdi, militsiya ushladi, politsiya ushladi, zaderjanie, hibs, otdelga olib ketishdi, qiynoq, kaltaklash, urishdi, advokat chaqirish, qarindoshlarga xabar, qoʻlga olishdi, militsiyaga tushdim, пытки, избили в полиции, kishan taqishdi, наручники
    .unverified = Tasdiqlanmagan: Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning amaldagi 788-moddasi 2-qismiga koʻra, siz soʻraganingizda politsiya ushlab turilganingiz haqida kimga xabar berishi shart (oldingi kodeksda qarindoshlar, ish beruvchi yoki oʻqish joyi va himoyachi aytilgan edi) va qanchalik tez. Maʼmuriy ushlab turish qancha davom etishi mumkinligi ham tasdiqlanmagan.
    .body =
        ## Huquqlaringiz
        - Sizga ushlab turish (задержание) **sababi darhol** aytilishi shart (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 14-modda).
        - **Qiynoq** va qadr-qimmatni kamsituvchi muomala **taqiqlangan** (14-modda).
        - Xodim **ushlab turish haqida bayonnoma** yozishi shart. Unda sana, daqiqasigacha aniq vaqt, joy va sabablar yoziladi. Uning **nusxasi** sizga berilishi shart (kim ushlab turishi mumkinligi haqida 787-modda, tartibi haqida 788-modda).
        - **Himoyachingiz** boʻlishi mumkin (744-modda).
        - Agar ish yuritish tilini bilmasangiz yoki yetarlicha yaxshi bilmasangiz, ona tilingizdan va **tarjimondan bepul** foydalanishingiz mumkin (744- va 738-moddalar).
        - **Konsulligingizga** kechiktirmasdan xabar berilishini soʻrashingiz mumkin (Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasi, 36-modda). Qarang [konsulligingiz](article:kz-consular-rights). Agar sizda hech bir davlatning fuqaroligi boʻlmasa, uning oʻrniga qarindoshingizga yoki advokatga xabar berishni soʻrang.

        Qozogʻistonning konsulliklarga xabar berish haqidagi oʻz qoidalari **jinoiy** ishlar boʻyicha ushlab turishlarga tegishli. Har qanday holatda ham aniq soʻrang. Amaldagi kodeksga koʻra, siz soʻraganingizda politsiya kimga xabar berishi shartligi tasdiqlanmagan: baribir soʻrang va yana soʻrang.

        ## Xavfsiz boʻling
        - Xotirjam boʻling. Ushlab turish notoʻgʻri deb oʻylasangiz ham, **qarshilik qilmang**. Keyin shikoyat qilishingiz mumkin.
        - Xodimdan xizmat guvohnomasini (служебное удостоверение) koʻrsatishni soʻrang. Ismini eslab qoling yoki yozib oling.

        > [!WARNING]
        > Qoʻyib yuborishlari uchun naqd pul bermang. Naqd pul uchun kvitansiya ham, yozuv ham boʻlmaydi. Agar kimdir sizdan pul soʻrasa, imkon boricha tezroq **1424** ga xabar bering.

        ## Endi nima qilish kerak
        1. Soʻrang: «Meni nega ushlab turibsiz?» (ruscha: «Почему меня задержали?»).
        2. Xodimdan xizmat guvohnomasini koʻrsatishni soʻrang.
        3. Agar boshqa davlat fuqarosi boʻlsangiz, ayting: «Konsulligimga xabar berilishini xohlayman» (ruscha: «Прошу уведомить моё консульство»). «Konsulligimga xabar bering» kartasini koʻrsating. Oilangizga yoki advokatingizga xabar berishni ham soʻrang.
        4. Himoyachi kerakligini va qaysi til kerakligini ayting. Ikkalasini ham bayonnomaga yozing.
        5. Bayonnomani imzolashdan oldin oʻqing. Rozi boʻlmasangiz, rozi emasligingizni yozing.
        6. Har bir qogʻozning va ushlab turish haqidagi bayonnomaning nusxasini soʻrang.
        7. Keyin nima boʻlganini yozib qoʻying: ismlar, joy, vaqt. Yozma shikoyat qiling: qarang [prokuraturaga shikoyat qilish](article:kz-prosecutor-complaint).

        Yana qarang: [maʼmuriy ushlab turish](article:kz-administrative-detention), [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights) va [yuridik yordam](article:kz-legal-aid).
