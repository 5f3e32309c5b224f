article-intl-consular-rights =
    .title = Xalqaro huquqda konsullik huquqlari
    .summary = Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasiga koʻra, agar sizni chet elda hibsga olishsa yoki ushlab turishsa, konsulligingizga kechiktirmasdan xabar berilishini soʻrashingiz va unga xat yozishingiz mumkin. Konsullar sizni borib koʻrishi mumkin.
    .keywords = konsullik, konsul, konsulstvo, posolstvo, elchixona, konsulga xabar berish, konsul tashrifi, konsulga xat, chet elda hibsga olinish, 36-modda, konsulni chaqirish, консульский доступ, консульская помощь, elchixona yordami, chet elda qamaldim, konsul bilan uchrashish
    .body =
        ## Vena konvensiyasi
        Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasi (Венская конвенция о консульских сношениях) — konsulliklar haqidagi xalqaro shartnoma. Uning 36-moddasi hibsga olingan yoki ushlab turilgan chet elliklarni himoya qiladi.

        ## 36-moddaning 1-bandi, b kichik bandi: konsulligingizga xabar berish
        - Agar sizni hibsga olishsa, qamoqda yoki qamoq ostida saqlashsa yoki boshqa yoʻl bilan ushlab turishsa va siz buni **soʻrasangiz**, rasmiy idoralar konsulligingizga **kechiktirmasdan** xabar berishi shart.
        - Konsulligingizga yozgan har qanday xatingiz kechiktirmasdan yetkazilishi shart.
        - Rasmiy idoralar sizga bu huquqlaringizni kechiktirmasdan aytishi shart.

        ## 36-moddaning 1-bandi, c kichik bandi: borib koʻrish
        - Konsullar sizni borib koʻrishi, siz bilan gaplashishi va sizga xat yozishi mumkin.
        - Ular sizga advokat topib berishi mumkin.
        - Agar siz buni xohlamasligingizni aniq aytsangiz, ular siz uchun harakat qilmasligi kerak.

        > [!NOTE]
        > Konsullikka siz soʻraganingizda xabar beriladi. Aniq ayting: «Konsulligimga xabar berilishini xohlayman» (ruscha: «Прошу уведомить моё консульство»).

        ## Qozogʻistonda
        Qozogʻistonning konsulliklarga xabar berish haqidagi oʻz qoidalari (Bosh prokurorning 2014-yil 3-sentyabrdagi № 87 va Tashqi ishlar vazirligining qoʻshma buyrugʻi) **jinoiy** ishlar boʻyicha ushlab turishlarga tegishli. Oʻqing: [konsulligingiz](article:kz-consular-rights) va [ushlab turilganda huquqlaringiz](article:kz-detention-rights).

        ## Endi nima qilish kerak
        1. Konsulligingizning aloqa maʼlumotlarini telefoningizga va qogʻozga yozib qoʻying.
        2. Agar sizni ushlab turishsa, darhol konsulligingizga xabar berishni soʻrang. «Konsulligimga xabar bering» kartasini koʻrsating.
        3. Hech narsa boʻlmasa, yana soʻrang. Qachon va kimdan soʻraganingizni yozib oling.
        4. Konsulligingizga xat yozmoqchi boʻlsangiz, xodimlardan xatingizni yetkazishni soʻrang.
