article-intl-regional-treaties =
    .title = Muhojirlar haqidagi mintaqaviy shartnomalar
    .summary = MDH davlatlari oʻrtasidagi shartnomalar mehnat muhojirlari va doimiy yashovchilar haqida. Qozogʻiston sudlariga ularni qoʻllash buyurilgan. Qozogʻiston BMTning mehnat muhojirlari haqidagi konvensiyasiga qoʻshilganmi, tasdiqlanmagan.
    .keywords = MDH, SNG, Hamdoʻstlik, MDH konvensiyasi, Kishinyov konvensiyasi, mehnat muhojirlari konvensiyasi, ICRMW, xalqaro shartnoma, mintaqaviy shartnoma, трудящиеся-мигранты, конвенция СНГ, mehnat migrantlari huquqi, MDH fuqarolari, Oliy sud normativ qarori, muhojirlar huquqlari shartnomasi
    .unverified = 2019-yil dekabr holatiga koʻra Qozogʻiston BMTning Barcha mehnat muhojirlari va ularning oila aʼzolari huquqlarini himoya qilish toʻgʻrisidagi xalqaro konvensiyasi (ICRMW) ishtirokchisi emas edi. BMT Shartnomalar toʻplamidagi ishtirokchilar roʻyxatining nusxasini 2026-yil 6-dekabrda oʻqidik. Unda Qozogʻiston yoʻq, lekin bu nusxaning sanasi koʻrsatilmagan. Shuning uchun hozirgi holat tasdiqlanmagan.
    .body =
        ## MDH (Mustaqil Davlatlar Hamdoʻstligi, ruscha: СНГ) shartnomalari
        - **Mehnat muhojirlari toʻgʻrisidagi MDH konvensiyasi**, 2008-yil 14-noyabrda Kishinyovda imzolangan.
        - **Doimiy yashovchilarning huquqiy holati toʻgʻrisidagi 1998-yilgi shartnoma**, Belarus, Qozogʻiston, Qirgʻiziston va Rossiya oʻrtasida.

        ## Sudlarga ularni qoʻllash buyurilgan
        Qozogʻiston Oliy sudi sudlarga bu shartnomalarni qoʻllashni buyurgan (2013-yildagi № 4 normativ qaror).

        > [!TIP]
        > Agar siz Belarus, Qirgʻiziston yoki Rossiya fuqarosi boʻlsangiz va Qozogʻistonda doimiy yashasangiz, advokatingizga 1998-yilgi shartnoma haqida ayting. Agar siz MDH davlatidan kelgan mehnat muhojiri boʻlsangiz, advokatingizga 2008-yilgi konvensiya haqida ayting.

        ## BMTning mehnat muhojirlari haqidagi konvensiyasi
        BMTning barcha mehnat muhojirlari va ularning oila aʼzolari huquqlari haqida konvensiyasi (ICRMW) bor. 2019-yil dekabr holatiga koʻra Qozogʻiston uning **ishtirokchisi emas edi**. Biz oʻqigan BMT ishtirokchilar roʻyxatining nusxasida ham Qozogʻiston yoʻq. Lekin biz bu nusxaning sanasini koʻra olmadik.

        ## Endi nima qilish kerak
        1. Sud ishida himoyachingizdan bu shartnomalardan biri sizga yordam beradimi, deb soʻrang.
        2. Avval Qozogʻiston qonunlari boʻyicha huquqlaringizdan foydalaning: qarang [YeOII mamlakatlaridan kelgan ishchilar](article:kz-eaeu-workers) va [doimiy yashash](article:kz-permanent-residence).
        3. Yuridik yordam uchun qarang [yuridik yordam](article:kz-legal-aid).
