article-kz-family-documents =
    .title = Oilangiz uchun hujjatlar
    .summary = Oilangizning har bir aʼzosining oʻz hujjatlari va oʻz sanalari bor. Har bir kishi uchun alohida yozuv yuriting va har bir qogʻozning nusxasini saqlang.
    .keywords = oila hujjatlari, oila aʼzolari, farzand hujjatlari, bola hujjatlari, bolalar, xotin, turmush oʻrtogʻi, metrika, tugʻilganlik guvohnomasi, svidetelstvo o rojdenii, bolaga VNJ, 16 yosh, nikoh guvohnomasi, свидетельство о браке, документы на ребёнка, oilam bilan keldim, bola tugʻildi, er va xotin
    .unverified = Bu maqola asoslangan manbalarda bolalar hujjatlari va oila aʼzolarining ruxsatnomalari haqidagi qoidalar yoʻq. Faqat yashash guvohnomasi uchun 16 yosh doimiy yashash qoidalaridan olingan. Har bir oila aʼzosiga qaysi qogʻozlar kerakligini migratsiya politsiyasidan soʻrang.
    .body =
        ## Har kimning oʻz qogʻozlari bor
        Oilangizning har bir aʼzosining oʻz pasporti va oʻz sanalari bor: hujjat qachon berilgan va qachon tugaydi. Ularni birma-bir kuzatib boring.

        Ilovadagi seyfda har bir kishi uchun alohida yozuv yuritishingiz mumkin. Har bir kishining hujjatlari va kvitansiyalarini uning oʻz ismi ostida saqlang.

        ## Bolalar va yashash guvohnomasi
        Doimiy yashashda **yashash guvohnomasi** (вид на жительство иностранца) **16 yoshdan** beriladi. Farzandingiz 16 yoshga toʻlishidan oldin unga qaysi qogʻozlar kerak boʻlishini migratsiya politsiyasidan soʻrang.

        ## Hali nimani bilmaymiz
        16 yoshgacha boʻlgan bolalar hujjatlari va oila aʼzolarining ruxsatnomalari haqidagi qoidalarni biz tasdiqlamadik. Doʻstingiz nima qilganiga tayanmang: qoidalar oʻzgaradi. Idoradan soʻrang va qaysi qonun hujjati tegishli ekanini ham soʻrang.

        > [!TIP]
        > Har bir oila aʼzosining hujjatlaridan nusxa oling. Qogʻoz nusxalarni bitta xavfsiz joyda, rasmlarni esa ilovadagi seyfda saqlang. Agar hujjat yoʻqolsa yoki idorada qolib ketsa, nusxa yordam beradi.

        ## Endi nima qilish kerak
        1. Ilovadagi seyfga har bir oila aʼzosini alohida odam sifatida qoʻshing.
        2. Har bir kishining pasporti, ruxsatnomasi yoki yashash guvohnomasini va boshqa muhim qogʻozlarini rasmga oling, masalan, tugʻilganlik haqidagi guvohnomani.
        3. Har bir hujjat muddati tugaydigan sanani yozib qoʻying va ancha oldindan eslatma qoʻying.
        4. Qabul qiluvchi tomon har bir oila aʼzosining turishi haqida xabar berganini tekshiring: qarang [qabul qiluvchi tomonning xabarnomasi](article:kz-host-notification).
        5. Har bir kishining yigʻim va jarima kvitansiyalarini oʻsha kishining ismi ostida saqlang.
        6. Agar idora sizningcha hech bir qonun talab qilmaydigan qogʻozni soʻrasa, qarang [ortiqcha qogʻozlar](article:kz-extra-papers).

        Yana qarang: [har bir hujjatning nusxasini saqlang](article:intl-keep-copies) va [doimiy yashash](article:kz-permanent-residence).
