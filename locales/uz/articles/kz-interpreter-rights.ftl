article-kz-interpreter-rights =
    .title = Oʻz tilingiz va bepul tarjimon
    .summary = Maʼmuriy huquqbuzarlik toʻgʻrisidagi ishda ona tilingizdan foydalanishingiz mumkin. Agar ish yuritish tilini yetarlicha yaxshi bilmasangiz, bepul tarjimon olishingiz mumkin. Qaysi til kerakligini bayonnomaga yozing.
    .keywords = tarjimon, perevodchik, tilmoch, tarjima, rus tilini bilmayman, ruscha tushunmayman, qozoqcha bilmayman, oʻzbekcha tarjimon, ona tilida gapirish, tarjimon pulli, переводчик на узбекский, tushunmay imzoladim, язык судопроизводства, qozoq tilida yozilgan, tojikcha tarjimon, rus tilida gapira olmayman
    .body =
        ## Qonun nima deydi
        Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeks (KoAP, ruscha: КоАП) ishi koʻrilayotgan, ish yuritish tilini bilmaydigan (744-modda) yoki yetarlicha yaxshi bilmaydigan (738-modda) odamga quyidagi huquqlarni beradi:

        - **ona tilida** yoki oʻzi biladigan boshqa tilda gapirish;
        - **tarjimondan bepul** foydalanish.

        738-modda yana shuni aytadi: ish davlat tilida yuritiladi, zarur boʻlganda rus tili yoki boshqa tillar ishlatiladi.

        Bu huquqlar maʼmuriy huquqbuzarlik toʻgʻrisidagi ishda amal qiladi: bayonnoma tuzilayotganda ham, keyin ish davomida ham.

        > [!NOTE]
        > Agar tilni yetarlicha yaxshi bilmaganingiz uchun tarjimon kerak boʻlsa, tarjimon bepul. Buning uchun pul toʻlashingiz shart emas.

        ## Aniq ayting va yozib qoʻying
        Matbuotda chop etilgan amaliy maslahat: qaysi til kerakligini bayonnomaga yozing. Masalan: «Menga tojik tiliga tarjimon kerak» (ruscha: «Мне нужен переводчик на таджикский язык»). Yoki: «Men rus tilini yaxshi tushunmayman. Menga qirgʻiz tiliga tarjimon kerak» (ruscha: «Я плохо понимаю русский язык. Мне нужен переводчик на кыргызский язык»).

        ## Endi nima qilish kerak
        1. Tushunmasangiz, buni darhol ayting. Oʻz tilingizga tarjimon soʻrang.
        2. Mansabdor shaxsga «Menga bepul tarjimon kerak» kartasini koʻrsating.
        3. Qaysi til kerakligini bayonnomaga yozing.
        4. Bayonnomani imzolashdan oldin oʻqing. Rozi boʻlmasangiz, rozi emasligingizni yozing.
        5. Bayonnomaning nusxasini soʻrang. Uning rasmini ilovadagi seyfga saqlang.
        6. Agar sizga tarjimon berilmagan boʻlsa, buni bayonnomaga yozing. Shikoyat qilganingizda buni yana ayting: qarang [jarima ustidan shikoyat qilish](article:kz-appeal-fine).

        Yana qarang: [bayonnoma tuzilganda huquqlaringiz](article:kz-protocol-rights) va [xalqaro huquqda tarjimonlar](article:intl-interpreter).
