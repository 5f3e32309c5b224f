article-intl-fair-hearing =
    .title = Adolatli sud: sud oldidagi huquqlaringiz
    .summary = ICCPRga koʻra, hamma sud oldida teng. Aybi isbotlanmaguncha har kim aybsiz hisoblanadi va himoyaga tayyorlanish uchun vaqtga ega boʻlishi shart.
    .keywords = adolatli sud, sud jarayoni, aybsizlik prezumpsiyasi, prezumptsiya nevinovnosti, sudda himoya, sudda advokat, xolis sud, guvohlar, aybni boʻyniga olish, ayblov, ICCPR 14-modda, sud majlisi, судебное заседание, справедливый суд, право на защиту, majburan iqror qildirishdi, sudya tarafkash, уголовное дело
    .body =
        ## Paktning 14-moddasi
        Qozogʻiston Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktni (ICCPR, ruscha: МПГПП) 2005-yilda ratifikatsiya qilgan. Uning 14-moddasi ishingiz adolatli koʻrib chiqilishi huquqini himoya qiladi.

        ## Sud oldida tenglik: 14-moddaning 1-bandi
        - Barcha odamlar sudlar va tribunallar oldida teng.
        - Sud sizga qoʻyilgan jinoiy ayblov yoki daʼvo boʻyicha huquq va majburiyatlaringiz haqida qaror qabul qilganda, sizda adolatli va ochiq sud huquqi bor. Bu sud qonun asosida tuzilgan, vakolatli, mustaqil va xolis boʻlishi kerak.

        ## Aybi isbotlanmaguncha aybsiz: 14-moddaning 2-bandi
        Agar siz jinoyatda ayblansangiz, aybingiz qonunga muvofiq isbotlanmaguncha **aybsiz** hisoblanasiz.

        ## Himoyangiz: 14-moddaning 3-bandi
        Agar siz jinoyatda ayblansangiz, boshqa huquqlar qatorida sizda quyidagi huquqlar bor:

        - nimada ayblanayotganingizni sizga darhol, oʻzingiz tushunadigan tilda aytishlari;
        - **himoyaga tayyorlanish uchun yetarli vaqt va imkoniyat**, oʻzingiz tanlagan advokat bilan gaplashish;
        - ishingizni asossiz kechiktirmasdan koʻrishlari;
        - oʻzingizni oʻzingiz himoya qilish yoki advokatga ega boʻlish; agar toʻlay olmasangiz va adolat talab qilsa, advokat bepul boʻladi;
        - guvohlarni soʻroq qilish;
        - sudda ishlatiladigan tilni tushunmasangiz yoki unda gapira olmasangiz, bepul tarjimonga ega boʻlish;
        - oʻzingizga qarshi gapirishga yoki aybingizni boʻyningizga olishga majburlanmaslik.

        ## Qozogʻistonda
        Chet elliklar sudlarga fuqarolar bilan bir xil protsessual huquqlar bilan murojaat qilishi mumkin («Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonun, 18-modda). Maʼmuriy huquqbuzarlik toʻgʻrisidagi ishda siz ish materiallari bilan tanishishingiz, dalillar taqdim etishingiz va himoyachiga ega boʻlishingiz mumkin. Agar ish yuritish tilini yetarlicha yaxshi bilmasangiz, bepul tarjimondan foydalanishingiz mumkin (Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks, 744- va 738-moddalar).

        > [!TIP]
        > Ish materiallarining nusxasini erta soʻrang. Tayyorlanish uchun sizga vaqt kerak.

        ## Endi nima qilish kerak
        1. Oʻqing: [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights).
        2. Bayonnoma va ish materiallarining nusxalarini soʻrang.
        3. Dalillaringizni yigʻing: kvitansiyalar, talonlar, shartnomalar, rasmlar.
        4. Kerak boʻlsa, himoyachi va tarjimon soʻrang.
        5. Muddatlarga eʼtibor bering: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).
