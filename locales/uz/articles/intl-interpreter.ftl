article-intl-interpreter =
    .title = Tushunish huquqi: xalqaro huquqda tarjimonlar
    .summary = ICCPRga koʻra, jinoyatda ayblangan kishiga ayblov u tushunadigan tilda aytilishi shart. Sudda u bepul tarjimondan foydalanishi mumkin.
    .keywords = tarjimon, tilmoch, perevodchik, bepul tarjimon, tilni tushunmayman, rus tilini bilmayman, ayblovni tushunish, sudda tarjimon, ICCPR 14-modda, tarjimon bermadi, tarjimonsiz soʻroq, без переводчика, право на переводчика, nima deyishganini tushunmadim, tarjimon kerak
    .body =
        ## Pakt
        Qozogʻiston ratifikatsiya qilgan Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktning (ICCPR, ruscha: МПГПП) 14-moddasi 3-bandi jinoyatda ayblangan har bir kishiga quyidagi eng kam kafolatlarni beradi:

        - **(a)** unga nimada va nega ayblanayotgani darhol va batafsil, **u tushunadigan tilda** aytilishi;
        - **(f)** agar u sudda ishlatiladigan tilni tushunmasa yoki unda gapira olmasa, **tarjimondan bepul yordam** olishi.

        > [!NOTE]
        > Paktda bu kafolatlar jinoiy ayblovlar uchun yozilgan.

        ## Qozogʻistonda: maʼmuriy ishlarda ham
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi ishlarda ham, masalan, turishingiz yoki roʻyxatdan oʻtishingiz bilan bogʻliq muammolarda, Qozogʻiston qonuni huquq beradi. Ish yuritish tilini bilmaydigan yoki yetarlicha bilmaydigan odam ona tilidan va tarjimondan **bepul** foydalanishi mumkin (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 744- va 738-moddalar). Qarang [oʻz tilingiz va bepul tarjimon](article:kz-interpreter-rights).

        ## Endi nima qilish kerak
        1. Tushunmasangiz, buni darhol ayting. Taxmin qilmang.
        2. Oʻz tilingizga tarjimon soʻrang. Tilni aniq ayting: masalan, oʻzbek, tojik, qirgʻiz, fors, arab yoki fransuz tili.
        3. Qaysi til kerakligini bayonnomaga yozing.
        4. Tarjimon uchun pul toʻlamang: agar tilni yetarlicha yaxshi bilmasangiz, bunday ishlarda tarjimon bepul.
        5. Agar sizga tarjimon berilmagan boʻlsa, shikoyat qilganingizda buni ayting: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).

        Yana qarang: [adolatli sud](article:intl-fair-hearing).
