article-kz-protocol-rights =
    .title = Bayonnoma tuzilganda huquqlaringiz
    .summary = Mansabdor shaxs maʼmuriy huquqbuzarlik toʻgʻrisida bayonnoma yozganda, siz uni oʻqishingiz, unga eʼtiroz bildirishingiz va himoyachiga ega boʻlishingiz mumkin. Agar ish yuritish tilini yetarlicha yaxshi bilmasangiz, bepul tarjimon bilan oʻz tilingizdan foydalanishingiz mumkin.
    .keywords = bayonnoma, protokol, protokol yozishdi, protokolga imzo, protokolga qoʻl qoʻyish, imzolamaslik, rozi emasman, administrativka, pravonarushenie, ish materiallari, protokol nusxasi, с протоколом не согласен, majburan imzolatishdi, imzo qoʻymayman, объяснение, protokolni oʻqib chiqish, tushunmay imzoladim
    .body =
        ## Bayonnoma nima
        Maʼmuriy huquqbuzarlik toʻgʻrisidagi bayonnoma (протокол об административном правонарушении) sizni nimada ayblashayotgani haqidagi rasmiy yozuv. Masalan, turishingiz yoki roʻyxatdan oʻtishingiz bilan bogʻliq muammo. Ish ogohlantirish, jarima, maʼmuriy qamoq yoki mamlakatdan chiqarib yuborish bilan tugashi mumkin. Shuning uchun bayonnoma muhim.

        ## Huquqlaringiz
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks (KoAP, ruscha: КоАП), 744-modda, sizga quyidagi huquqlarni beradi:

        - bayonnoma va ish materiallari (материалы дела) bilan tanishish va nusxa olish;
        - tushuntirish berish va bayonnomaga eʼtiroz bildirish;
        - dalillar taqdim etish va iltimosnomalar (ходатайства, yaʼni rasmiy soʻrovlar) berish;
        - himoyachiga (защитник), yaʼni advokatga ega boʻlish;
        - agar ish yuritish tilini bilmasangiz yoki yetarlicha yaxshi bilmasangiz, ona tilingizdan va tarjimondan **bepul** foydalanish (744- va 738-moddalar);
        - bayonnoma, koʻrilgan choralar, toʻlov haqidagi koʻrsatma (предписание) yoki qaror (постановление) ustidan shikoyat qilish.

        Agar sizni ushlab turishsa, sababini darhol aytishlari shart. Qiynoq va qadr-qimmatni kamsituvchi muomala taqiqlangan (KoAP, 14-modda).

        ## Endi nima qilish kerak
        1. Xotirjam boʻling. Bayonnomani imzolashdan oldin oʻqing.
        2. Agar tilni tushunmasangiz, buni ayting va tarjimon soʻrang.
        3. Agar rozi boʻlmasangiz, bayonnomaga oʻz soʻzlaringiz bilan rozi emasligingizni yozing.
        4. Advokat kerakligini yozing.
        5. Qaysi til kerakligini yozing, masalan: «Menga oʻzbek tiliga tarjimon kerak» (ruscha: «Мне нужен переводчик на узбекский язык»).
        6. Bayonnomaning nusxasini soʻrang. Sizga berilgan har bir qogʻozni saqlang.

        > [!NOTE]
        > Agar tilni yetarlicha yaxshi bilmaganingiz uchun tarjimon kerak boʻlsa, tarjimon bepul. Buning uchun pul toʻlashingiz shart emas.

        > [!WARNING]
        > Agar sizga jarima solinsa, shikoyat qilish muddati qisqa. Darhol [jarima ustidan qanday shikoyat qilish](article:kz-appeal-fine) haqida oʻqing.

        Yana qarang: [politsiya tekshiruvlari](article:kz-police-checks) va [jarimalarni toʻlash](article:kz-paying-fines).
