article-kz-consular-rights =
    .title = Konsulligingiz: unga xabar berilishi huquqi
    .summary = Agar sizni ushlab turishsa, rasmiy idoralardan konsulligingizga kechiktirmasdan xabar berishni soʻrashingiz mumkin.
    .keywords = konsullik, konsul, konsulstvo, posolstvo, elchixona, konsulga xabar berish, elchixonaga xabar, konsulga qoʻngʻiroq, Vena konvensiyasi, Oʻzbekiston elchixonasi, Oʻzbekiston konsulligi, konsul yordami, ushlanganda elchixona, elchixonani chaqirish, konsulni talab qilish
    .body =
        ## Qonun nima deydi
        Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasi (36-moddaning 1-bandi, b–c kichik bandlari) ushlab turilgan chet ellikka quyidagi huquqlarni beradi:

        - Agar siz **soʻrasangiz**, rasmiy idoralar konsulligingizga _kechiktirmasdan_ xabar berishi shart.
        - Konsulligingizga yozgan xatlaringiz yetkazilishi shart.
        - Konsullar sizning oldingizga kelishi mumkin.

        Qozogʻistonning konsulliklarga xabar berish haqidagi qoidalari (Bosh prokurorning (2014-yil 3-sentyabrdagi № 87) va Tashqi ishlar vazirligining qoʻshma buyrugʻi) **jinoiy** ishlar boʻyicha ushlab turishlarga tegishli.

        > [!NOTE]
        > Konsullikka siz soʻraganingizda xabar beriladi. Konsulligingizga xabar berilishini xohlayotganingizni aniq ayting.

        ## Ushlab turilganda boshqa huquqlaringiz
        - Sizga ushlab turish (задержание) sabablari darhol aytilishi shart (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 14-modda).
        - Qiynoq va qadr-qimmatni kamsituvchi muomala taqiqlangan (14-modda).
        - Maʼmuriy huquqbuzarlik toʻgʻrisidagi ishda, agar ish yuritish tilini yetarlicha yaxshi bilmasangiz, ona tilingizdan va tarjimondan **bepul** foydalanishingiz mumkin (744- va 738-moddalar).

        ## Endi nima qilish kerak
        1. Konsulligingizning aloqa maʼlumotlarini yozib oling va hujjatlaringiz bilan birga saqlang.
        2. Agar sizni ushlab turishsa, xotirjam boʻling va qarshilik qilmang.
        3. Xodimdan xizmat guvohnomasini koʻrsatishni soʻrang.
        4. Ayting: «Konsulligimga xabar berilishini xohlayman» (ruscha: «Прошу уведомить моё консульство»). Hech narsa boʻlmasa, yana soʻrang.
        5. Tushunmasangiz, tarjimon soʻrang.
        6. Xodimlarning ismlarini, joyni va vaqtni yozib oling.

        Yana qarang: [bayonnoma tuzilganda](article:kz-protocol-rights) va [politsiya tekshiruvlari](article:kz-police-checks) paytidagi huquqlaringiz. Keyin shikoyat qilish uchun [yozma murojaat topshirish](article:kz-written-appeal) haqida oʻqing.
