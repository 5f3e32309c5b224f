article-intl-refugees =
    .title = Qochqinlar: Qochqinlar maqomi toʻgʻrisidagi konvensiya va UNHCR
    .summary = Qozogʻiston 1999-yilda Qochqinlar maqomi toʻgʻrisidagi konvensiyaga qoʻshilgan. BMTning qochqinlar bilan ishlaydigan agentligi UNHCR Qozogʻistonda 1995-yildan beri ishlaydi. 2020-yilda uning Markaziy Osiyodagi mintaqaviy vakolatxonasi Olmaotada edi.
    .keywords = qochqin, bejenets, qochqinlar konvensiyasi, UNHCR, UVKB OON, BMT qochqinlar agentligi, Qizil Yarim Oy, Sana Sezim, fuqaroligi yoʻq, vatandan qochish, статус беженца, 1951-yil konvensiyasi, urushdan qochgan, vatanga qaytolmayman, Красный Полумесяц, лицо без гражданства
    .body =
        ## Qochqinlar maqomi toʻgʻrisidagi konvensiya
        Qochqinlar maqomi toʻgʻrisidagi konvensiya (Конвенция о статусе беженцев) qochqinlarni himoya qiladigan asosiy xalqaro shartnoma. Qozogʻiston unga va uning 1967-yilgi Protokoliga qoʻshilishni 1998-yil 15-dekabrdagi qonun bilan qaror qilgan. U ularga **1999-yil 15-yanvarda** **qoʻshilgan**.

        ## Qozogʻistonda UNHCR
        - BMTning qochqinlar bilan ishlaydigan agentligi UNHCR (ruscha: УВКБ ООН) Qozogʻistonda **1995-yildan** beri ishlaydi.
        - UNHCR saytiga koʻra, 2020-yilda uning **Markaziy Osiyodagi mintaqaviy vakolatxonasi** **Olmaotada** edi.
        - UNHCR Qozogʻistonda yuridik yordam dasturini olib borgan.

        ## UNHCR hamkorlari, UNHCRning 2015-yilgi roʻyxatiga koʻra
        - **KIBHR** (Qozogʻiston inson huquqlari va qonun ustuvorligi xalqaro byurosi): yuridik maslahat va sudda vakillik;
        - **Sana Sezim**: fuqaroligi boʻlmagan shaxslarga yuridik yordam;
        - **Qizil Yarim Oy**: ijtimoiy va tibbiy yordam;
        - **Ijtimoiy loyihalar xalqaro assotsiatsiyasi**: taʼlim va oʻzini oʻzi taʼminlashga yordam.

        > [!NOTE]
        > Hamkorlarning bu roʻyxati UNHCRning 2015-yil dekabrdagi maʼlumot varaqasidan olingan. U hali ham toʻgʻrimi, tekshiring.

        ## Agar mamlakatingizdan qochishga majbur boʻlgan boʻlsangiz
        Agar mamlakatingizdan qochgan boʻlsangiz va qaytishdan qoʻrqsangiz, imkon qadar erta yuridik yordam soʻrang. Advokatingizga nega qaytishdan qoʻrqishingizni ayting.

        ## Endi nima qilish kerak
        1. UNHCR yoki uning hamkorlaridan biriga murojaat qiling. Ularni ilovada, «Qayerdan yordam olish mumkin» boʻlimida topasiz. Yana qarang [yuridik yordam](article:kz-legal-aid).
        2. Agar sizda hech bir davlatning fuqaroligi boʻlmasa, Sana Sezimdan yuridik yordam soʻrang.
        3. Barcha hujjatlaringizning nusxalarini saqlang: qarang [har bir hujjatning nusxasini saqlang](article:intl-keep-copies).
        4. Agar sizni ushlab turishsa, sizning huquqlaringiz bor: qarang [ushlab turilganda huquqlaringiz](article:kz-detention-rights).
