# Yurisdiksiyalar va mavzular nomlari, mansabdor shaxsga koʻrsatiladigan kartalar va yuridik yordam manzillari.

## Yurisdiksiyalar

jurisdiction-kz = Qozogʻiston
jurisdiction-intl = Xalqaro huquq

## Mavzular

topic-residence =
    .title = Yashash va roʻyxatdan oʻtish
    .summary = Qancha muddat qolishingiz mumkin, qayerda yashashingiz mumkin, yashashingiz va manzilingiz qanday roʻyxatga olinadi.
topic-work =
    .title = Ish
    .summary = Ishlash uchun ruxsatnomalar, turli mamlakatlardan kelgan ishchilar uchun qoidalar va ishdagi pasportingiz.
topic-documents =
    .title = Hujjatlaringiz
    .summary = Hujjatlaringiz, qonun aslida nimani talab qiladi va nega har bir kvitansiyani saqlash kerak.
topic-fines =
    .title = Jarimalar va shikoyatlar
    .summary = Bayonnomalar, jarimalar, ularni qanday xavfsiz toʻlash va ular ustidan qanday shikoyat qilish.
topic-police =
    .title = Politsiya va mansabdor shaxslar
    .summary = Politsiya tekshiruvlari, mansabdor shaxslar bilan muomala va sizdan pora soʻrashsa nima qilish kerak.
topic-help =
    .title = Yordam olish
    .summary = Konsulligingiz, shikoyatlar, yuridik yordam va xalqaro huquq boʻyicha huquqlaringiz.

## Mansabdor shaxsga koʻrsatiladigan kartalar

card-protocol-rights =
    .title = Bayonnoma tuzilganda mening huquqlarim
    .situation = Mansabdor shaxs sizga nisbatan maʼmuriy huquqbuzarlik toʻgʻrisida bayonnoma (протокол) tuzayotganda buni koʻrsating.
    .text = Qozogʻiston Respublikasi Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksining 744-moddasiga koʻra, men bayonnoma va ish materiallari bilan tanishish va ulardan nusxa olish, tushuntirish berish va bayonnomaga eʼtiroz bildirish, dalillar va iltimosnomalar taqdim etish, himoyachiga ega boʻlish, ona tilimdan foydalanish va tarjimondan bepul foydalanish, bayonnoma va qaror ustidan shikoyat qilish huquqiga egaman. Sizdan menga tarjimon va bayonnomaning nusxasini berishingizni, hamda eʼtirozlarimni bayonnomaga yozishimga imkon berishingizni soʻrayman.

card-passport-verification =
    .title = Asl pasportim faqat solishtirish uchun
    .situation = Doimiy yashash yoki yashash guvohnomasi uchun hujjat topshirayotganingizda mansabdor shaxs asl pasportingizni olib qolmoqchi boʻlsa, buni koʻrsating.
    .text = Doimiy yashash va yashash uchun ruxsatnomalar qoidalariga koʻra (Qozogʻiston Respublikasi Ichki ishlar vazirining 2015-yil 4-dekabrdagi № 992 buyrugʻi, oʻzgartirishlari bilan), asl pasport faqat solishtirish uchun koʻrsatiladi, hujjatlarga esa uning nusxasi qoʻshiladi. Sizdan asl pasportimni tekshirib, nusxasini hujjatlarga qoʻshishingizni va asl pasportni menga qaytarishingizni soʻrayman.

card-freedom-of-movement =
    .title = Erkin harakatlanish va mening roʻyxatdan oʻtishim
    .situation = Mansabdor shaxs sizga bu shahar yoki viloyatda yashashingiz yoki turishingiz mumkin emasligini aytsa, buni koʻrsating.
    .unverified = Konstitutsiyaning 21-moddasi konstitutsiyaviy islohot natijasida boshqa raqam olgan boʻlishi mumkin; amaldagi matnni tekshiring.
    .text = Qozogʻiston Respublikasi Konstitutsiyasining 21-moddasi 1-bandiga koʻra, Qozogʻistonda qonuniy turgan har bir kishi uning hududida erkin harakatlanish va yashash joyini tanlash huquqiga ega, qonunda belgilangan hollar bundan mustasno. Qozogʻiston Respublikasining «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonunining 16-moddasiga koʻra, chet elliklar chet elliklar uchun ochiq hududlarda erkin harakatlanishi va qonunchilikda belgilangan tartibda yashash joyini tanlashi mumkin. Men Qozogʻistonda qonuniy turibman va manzilimni qonun talab qilganidek roʻyxatdan oʻtkazganman.

## Yuridik yordam manzillari

contact-kibhr =
    .name = Qozogʻiston inson huquqlari va qonun ustuvorligi xalqaro byurosi (KIBHR)
    .description = 1993-yilda tashkil etilgan inson huquqlarini himoya qiluvchi tashkilot. Bosh ofisi Olmaotada, viloyatlarda filiallari bor. Yuridik maslahat beradi va sudda odamlarning manfaatlarini himoya qiladi. Veb-sayt: bureau.kz.
contact-unhcr-central-asia =
    .name = BMT Qochqinlar ishlari boʻyicha Oliy komissarligining (UNHCR) Markaziy Osiyodagi mintaqaviy vakolatxonasi
    .description = BMTning qochqinlar bilan ishlaydigan agentligi. Uning Markaziy Osiyodagi mintaqaviy vakolatxonasi Olmaotada joylashgan. UNHCR Qozogʻistonda 1995-yildan beri yuridik yordam beruvchi hamkor tashkilotlar bilan birga ishlaydi.
contact-sana-sezim =
    .name = Sana Sezim
    .description = UNHCRning hamkor tashkiloti. Fuqaroligi boʻlmagan shaxslarga yuridik yordam beradi.
contact-red-crescent =
    .name = Qizil Yarim Oy
    .description = UNHCRning hamkor tashkiloti. Ijtimoiy va tibbiy yordam beradi.
contact-anti-corruption-1424 =
    .name = Korrupsiyaga qarshi xizmatning 1424 qoʻngʻiroq markazi
    .description = Korrupsiya haqida xabar berish uchun 1424 raqamiga qoʻngʻiroq qiling, masalan, mansabdor shaxs sizdan pora soʻrasa. Qoʻngʻiroq bepul, liniya sutkasiga 24 soat, haftada 7 kun ishlaydi. Xabarni egov.kz saytidagi onlayn xizmat orqali yoki pochta orqali ham yuborishingiz mumkin.
