article-kz-host-notification =
    .title = Qabul qiluvchi tomon kelganingiz haqida 3 ish kuni ichida xabar berishi shart
    .summary = Vaqtincha turish uchun kelganingizda uy egasi, mehmonxona yoki ish beruvchi 3 ish kuni ichida politsiyaga xabar berishi shart.
    .body =
        ## Buni kim qilishi kerak
        Chet ellik vaqtincha turish uchun kelganda, **qabul qiluvchi tomon** (принимающая сторона) politsiyaga xabar berishi (уведомить) shart. Qabul qiluvchi tomon bu:

        - uy egangiz,
        - mehmonxonangiz yoki
        - ish beruvchingiz.

        Muddat — kelganingizdan keyin **3 ish kuni**. Qabul qiluvchi tomon buni onlayn, [vmp.gov.kz](https://vmp.gov.kz) yoki [eqonaq.kz](https://eqonaq.kz) saytida, yoki qogʻozda qilishi mumkin.

        > [!NOTE]
        > 2019-yil 27-dekabrdagi qonundan beri kelgan chet elliklar oʻzlari roʻyxatdan oʻtmaydi. Bu majburiyat qabul qiluvchi tomonda. Lekin bu sizning turishingiz: xabar berilganini tekshiring.

        ## Uzoqroq qolish
        Ishlash yoki oʻqish uchun 30 kundan ortiq qolish uchun sizga vaqtincha yashash uchun ruxsatnoma (разрешение на временное проживание) kerak. Doimiy yashovchilar manzilini boshqacha yoʻl bilan roʻyxatdan oʻtkazadi: qarang [manzilni roʻyxatdan oʻtkazish](article:kz-address-registration).

        ## Qabul qiluvchi tomonga jarimalar
        Politsiyaga xabar bermagan qabul qiluvchi tomon Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksning 518-moddasi boʻyicha jazolanishi mumkin:

        - jismoniy shaxs: ogohlantirish;
        - kichik biznes: 10 MRP (oylik hisoblash koʻrsatkichi, МРП);
        - oʻrta biznes: 15 MRP;
        - yirik biznes: 20 MRP.

        > [!WARNING]
        > Erkin harakatlanish va roʻyxatdan oʻtish ikki xil narsa. Qonun doirasida qayerda turishni tanlashingiz mumkin, lekin turishingiz baribir roʻyxatga olinishi shart.

        ## Endi nima qilish kerak
        1. Kelgan kuningiz qabul qiluvchi tomonga politsiyaga 3 ish kuni ichida xabar berish kerakligini eslatib qoʻying.
        2. Qabul qiluvchi tomondan xabar berilganda sizga aytishini soʻrang.
        3. Qabul qiluvchi tomonning ismi va manzilini hujjatlaringiz bilan birga saqlang.
        4. Kelgan sanangizni oʻzingiz ham yozib qoʻying.

        Yana qarang: [vizasiz turish](article:kz-visa-free-stay) va [erkin harakatlanish](article:kz-freedom-of-movement).
