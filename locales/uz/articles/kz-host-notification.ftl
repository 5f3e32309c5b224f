article-kz-host-notification =
    .title = Qabul qiluvchi tomon kelganingiz haqida 3 ish kuni ichida xabar berishi shart
    .summary = Vaqtincha turish uchun kelganingizda uy egasi, mehmonxona yoki ish beruvchi 3 ish kuni ichida politsiyaga xabar berishi shart. 2026-yil 1-iyuldan yangi qoida kuchga kirgani xabar qilingan. U sizdan ham 30-kungacha onlayn oʻzingiz roʻyxatdan oʻtishingizni talab qilishi mumkin: buni aniqlang.
    .keywords = uvedomlenie, propiska, registratsiya, vaqtincha propiska, vremennaya registratsiya, uy egasi, kvartira egasi, ijaradagi uy, prinimayushaya storona, eQonaq, onlayn roʻyxatdan oʻtish, xabarnoma, uy egasi propiska qilmayapti, хозяин квартиры, уведомление о прибытии, регистрация иностранца, mehmonxonada roʻyxat, kelganimni qayd qilish
    .unverified = Roʻyxatdan oʻtishning yangi qoidasi (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi, «Immigrantlarni roʻyxatdan oʻtkazish qoidalari», xabarlarga koʻra 2026-yil 1-iyuldan kuchda) yangiliklar va bitta yuridik firmadan maʼlum. Biz buyruqni oʻqimaganmiz. Uning yonida qabul qiluvchi tomonning 3 ish kuni ichidagi xabarnomasi avvalgidek amal qiladimi, tasdiqlanmagan.
    .body =
        ## Buni kim qilishi kerak
        Chet ellik vaqtincha turish uchun kelganda, **qabul qiluvchi tomon** (принимающая сторона) politsiyaga xabar berishi (уведомить) shart. Qabul qiluvchi tomon bu:

        - uy egangiz,
        - mehmonxonangiz yoki
        - ish beruvchingiz.

        Muddat: kelganingizdan keyin **3 ish kuni**. Qabul qiluvchi tomon buni onlayn, [vmp.gov.kz](https://vmp.gov.kz) yoki [eqonaq.kz](https://eqonaq.kz) saytida, yoki qogʻozda qilishi mumkin.

        > [!WARNING]
        > Yangi qoida **sizga** ham tegishli boʻlishi mumkin. Xabarlarga koʻra, 2026-yil 1-iyuldan Ichki ishlar vazirining yangi buyrugʻi (2025-yil 17-noyabrdagi № 923) fuqarolari 90 kungacha tura oladigan mamlakatlardan kelganlardan chegarani kesib oʻtgandan keyin **kechi bilan 30-kalendar kungacha** politsiyada onlayn oʻzlari roʻyxatdan oʻtishni talab qiladi, agar xalqaro shartnomada boshqacha yozilmagan boʻlsa. Keyin qabul qiluvchi tomon buni mobil ilovada tasdiqlaydi. Manzilingizni oʻzgartirsangiz, **5 ish kuni** ichida yana roʻyxatdan oʻtasiz. Biz buyruqning oʻzini oʻqimaganmiz: 30-kundan oldin migratsiya politsiyasidan soʻrang. Faqat qabul qiluvchi tomonga ishonib qolmang.

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
        3. 30-kundan oldin migratsiya politsiyasidan onlayn oʻzingiz ham roʻyxatdan oʻtishingiz shartmi va qanday oʻtish kerak, deb soʻrang.
        4. Qabul qiluvchi tomonning ismi va manzilini hujjatlaringiz bilan birga saqlang.
        5. Kelgan sanangizni oʻzingiz ham yozib qoʻying.

        Yana qarang: [vizasiz turish](article:kz-visa-free-stay) va [erkin harakatlanish](article:kz-freedom-of-movement).
