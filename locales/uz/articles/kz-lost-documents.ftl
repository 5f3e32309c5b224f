article-kz-lost-documents =
    .title = Pasport yoki yashash guvohnomasi yoʻqolsa yoki oʻgʻirlansa
    .summary = Yoʻqotish haqida oʻsha kuniyoq politsiyaga xabar bering va buni tasdiqlaydigan qogʻoz oling. Yangi pasport yoki yoʻl hujjatini konsulligingiz beradi. Yangi yashash guvohnomasi uchun 10 kun ichida ariza bering: bitta veb-saytning xabar berishicha, undan keyin jarima solinadi.
    .keywords = pasport yoʻqoldi, pasport oʻgʻirlandi, pasportni yoʻqotdim, hujjatlar yoʻqoldi, VNJ yoʻqoldi, yoʻqotish maʼlumotnomasi, politsiyadan spravka, qaytish guvohnomasi, vozvrashenka, yangi pasport, dublikat, elchixona, потерял паспорт, украли документы, свидетельство на возвращение, sumkamni oʻgʻirlashdi, hujjatsiz qoldim, справка об утере
    .unverified = Tasdiqlanmagan: vaqtinchalik yoʻl hujjati bilan chiqib ketish uchun chiqish vizasi kerakmi (buni faqat bitta viloyat politsiyasining maslahatida va bitta xususiy agentlik sahifasida oʻqidik); necha kun «kech» xabar berish hisoblanadi; bitta veb-sayt xabar bergan ikki xil 10 MRP jarimani kodeksning qaysi moddasi belgilaydi; yoʻqolgan yashash guvohnomasini almashtirishning hozirgi yigʻimi, hujjatlari va muddati; yangi pasport olganingizda yangi guvohnoma kerakmi.
    .body =
        ## Avval, oʻsha kuniyoq: politsiya
        - Turgan joyingizdagi politsiyaga boring. Nima yoʻqolgani yoki oʻgʻirlangani, qachon va qayerda ekanini ayting.
        - Yoʻqotish haqida xabar berganingizni tasdiqlaydigan qogʻoz soʻrang: **yoʻqotish haqida maʼlumotnoma** (справка). Uning sanasi va raqamini hamda xodimning ismini yozib oling.
        - Sharqiy Qozogʻiston politsiyasi pasportini yoʻqotgan chet ellik uchun qadamlarni tushuntirgan: darhol oʻz davlatingizga murojaat qiling, yoʻqotish haqida politsiyaga xabar bering va buni tasdiqlaydigan qogʻoz oling.

        > [!WARNING]
        > Bitta veb-saytning xabar berishicha, yoʻqolgan pasport yoki yashash guvohnomasi haqida politsiyaga kech xabar bergani uchun **10 MRP** jarima bor. U amaldagi yashash guvohnomasisiz **10 kundan** ortiq yashagani uchun ham 10 MRP jarima haqida xabar bergan. Oʻsha kuniyoq xabar bering va 10 kun ichida yangi guvohnoma uchun ariza bering.

        ## Pasportingiz: konsulligingiz
        - Yangi pasportni yoki uyga qaytish uchun hujjatni (qaytish guvohnomasi yoki favqulodda pasport) mamlakatingiz elchixonasi yoki konsulligi beradi. Politsiya qogʻozi ularga yuboriladi.
        - Sharqiy Qozogʻiston politsiyasi va bitta xususiy viza agentligining aytishicha, bunday vaqtinchalik hujjat bilan Qozogʻistondan chiqib ketish uchun migratsiya xizmatidan chiqish vizasi kerak. Yoʻlga chiqishdan oldin migratsiya idorasidan soʻrang va politsiya qogʻozini olib boring.
        - Agar qolsangiz, migratsiya idorasidan yangi pasportingiz sababli yashash guvohnomangizni almashtirish kerakmi, deb yozma ravishda soʻrang.

        ## Yashash guvohnomangiz: yangisi
        - Guvohnomalar Ichki ishlar vazirligi qoidalariga koʻra tayyorlanadi va almashtiriladi (2023-yil 30-iyundagi № 532 buyruq, oʻzgartirishlari bilan). Yangi qoidalarga koʻra, chet elliklar barmoq izlarini topshirishi shart. Bir yangilikda aytilishicha, davlat bojini bankda yoki bank ilovasida toʻlash mumkin.
        - Guvohnoma uchun rasmiy roʻyxat: davlat boji toʻlangani haqida kvitansiya, 2 ta fotosurat va amaldagi pasportingiz. Politsiya qogʻozini ham olib boring. Agar pasportingiz ham yoʻqolgan boʻlsa, nima olib kelish kerakligini yozma ravishda soʻrang.
        - 2022-yilda yigʻim 0,2 MRP edi. 2026-yildan yangi Soliq kodeksi amal qiladi, shuning uchun toʻlashdan oldin yigʻimni aniqlang.
        - Guvohnoma 7 ish kunigacha (tezkor) yoki 17 ish kunigacha (oddiy) tayyorlanadi. Yoʻqolgan guvohnoma uchun buni biz tasdiqlamadik.

        Yoʻqotishning oʻzi uchun tasdiqlangan jarima topmadik.

        ## Endi nima qilish kerak
        1. Bugun: yoʻqotish haqida politsiyaga xabar bering va qogʻoz oling.
        2. Agar pasportingiz yoʻqolgan boʻlsa, konsulligingizga murojaat qiling. Yana qarang [konsulligingiz](article:kz-consular-rights).
        3. 10 kun ichida: politsiya qogʻozi, 2 ta fotosurat va yigʻim kvitansiyasi bilan yangi yashash guvohnomasi uchun ariza bering.
        4. Yangi hujjatlar olguningizcha politsiya qogʻozini va hujjatlaringiz nusxalarini olib yuring. Ilovadagi seyfdagi rasmlar yordam beradi: qarang [nusxalarni saqlang](article:intl-keep-copies).
        5. Agar kimdir sizdan kvitansiyasiz pul soʻrasa, **1424** ga qoʻngʻiroq qiling. Agar jarima solinsa, qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
