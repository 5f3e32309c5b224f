article-intl-keep-copies =
    .title = Har bir hujjat va kvitansiyaning nusxasini saqlang
    .summary = Hujjatlaringiz va kvitansiyalaringizning nusxalari va rasmlari sizni himoya qiladi: qogʻoz yoʻqolganda, idorada qolib ketganda yoki «yozuvda yoʻq» deyilganda. Ularni xavfsiz joyda, masalan, ilovadagi shifrlangan seyfda saqlang.
    .keywords = nusxa, kopiya, kseroks, skan, pasport kopiyasi, hujjat rasmi, rasmga olish, zaxira nusxa, seyf, hujjatlarni saqlash, kvitansiya nusxasi, ксерокопия, hujjat surati, telefonda saqlash, elektron nusxa, скан паспорта, bulutda saqlash
    .body =
        ## Nusxalar nega muhim
        - Idoralar baʼzan qogʻozlarni olib qoladi. Doimiy yashash uchun rasmiy roʻyxatlar pasportingiz nusxasini va asl nusxasini «solishtirish uchun» soʻraydi.
        - Inson huquqlari tashkilotlarining xabariga koʻra, Qozogʻistonda ish beruvchilar yoki vositachilar mehnat muhojirlarining pasportlarini olib qoʻygan. 2016-yilda BMT Inson huquqlari qoʻmitasi shaxsni tasdiqlovchi hujjatlarni olib qoʻyishni mehnat muhojirlari ishda duch keladigan suiisteʼmollar qatorida aytgan.
        - Malidan kelgan, uzoq vaqtdan beri yashayotgan bir kishining aytishicha, u jarimani toʻlagan. Lekin keyinroq migratsiya politsiyasi bu haqda yozuv yoʻqligini aytgan. Uning yashash hujjatlarini uzaytirish toʻxtatib turilgan.
        - Yozma murojaat topshirganingizda sizga talon beriladi. Talon sizning dalilingiz, shuning uchun uni saqlang.

        ## Nimalarni saqlash kerak
        - pasportingiz (yozuv yoki muhr bor har bir sahifasi), viza, ruxsatnomalar, yashash guvohnomasi va roʻyxatdan oʻtish qogʻozlari;
        - har bir bayonnoma va qaror;
        - yigʻimlar va jarimalar uchun har bir kvitansiya;
        - har bir talon va yirtib olinadigan talon;
        - mehnat shartnomangiz va uy-joy qogʻozlaringiz.

        ## Ularni qayerda saqlash kerak
        - Rasmga oling va **ilovadagi seyfga** saqlang. U shifrlangan va parol iborangiz yoki PIN-kodingiz bilan qulflangan.
        - Seyfning zaxira nusxasini yarating va parol iborangizni ehtiyot qilib saqlang. Usiz hech kim hujjatlaringizni ocha olmaydi.
        - Qogʻoz nusxalarni asl hujjatlardan alohida, ikkinchi xavfsiz joyda saqlang.

        > [!TIP]
        > Qogʻozni olgan kuningizoq rasmga oling. Rasm aniq chiqqanini va har bir soʻz oʻqilishini tekshiring.

        ## Endi nima qilish kerak
        1. Bugun pasportingiz, ruxsatnomangiz yoki yashash guvohnomangiz va eng yangi kvitansiyalaringizni rasmga oling.
        2. Ularni ilovadagi seyfga qoʻshing. Har birining berilgan va tugaydigan sanasini ham yozing.
        3. Seyfning zaxira nusxasini yarating.
        4. Har safar yangi qogʻoz olganingizda shunday qiling.

        Yana qarang: [toʻlov dalili](article:kz-proof-of-payment) va [oilangiz uchun hujjatlar](article:kz-family-documents).
