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
    .text = Qozogʻiston Respublikasi Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksining 744-moddasiga koʻra, men bayonnoma va ish materiallari bilan tanishish va ulardan nusxa olish, tushuntirish berish va bayonnomaga eʼtiroz bildirish, dalillar va iltimosnomalar taqdim etish, himoyachiga ega boʻlish, bayonnoma va qaror ustidan shikoyat qilish huquqiga egaman. Kodeksning 738- va 744-moddalariga koʻra, ish yuritish tilini bilmaydigan yoki yetarlicha bilmaydigan shaxs ona tilida gapirishi va tarjimondan bepul foydalanishi mumkin. Sizdan menga bayonnomaning nusxasini berishingizni va eʼtirozlarimni bayonnomaga yozishimga imkon berishingizni soʻrayman. Agar ish yuritish tilini yetarlicha yaxshi tushunmasam, menga ona tilimga tarjimon berishingizni soʻrayman.

card-passport-verification =
    .title = Asl pasportimni tekshiring va menga qaytaring
    .situation = Doimiy yashash, vaqtincha yashash uchun ruxsatnoma yoki yashash guvohnomasi uchun hujjat topshirayotganingizda mansabdor shaxs asl pasportingizni olib qolmoqchi boʻlsa, buni koʻrsating.
    .unverified = Hujjatlarning rasmiy roʻyxatlari (egov.kz va gov.kz, № 992 buyruq asosida) pasport nusxasini va asl nusxasini «solishtirish uchun» soʻraydi. Biz oʻqigan hech bir matnda asl pasport qaytarilishi, ishga faqat nusxasi qoʻshilishi yoki ariza koʻrib chiqilayotganda idora asl pasportni olib qolishi mumkinmi, aytilmagan. № 992 buyruqning tegishli bandi oʻqilmagan.
    .text = Doimiy yashash va vaqtincha yashash uchun ruxsatnomalar uchun eʼlon qilingan hujjatlar roʻyxatlari (Qozogʻiston Respublikasi Ichki ishlar vazirining 2015-yil 4-dekabrdagi № 992 buyrugʻi asosida, oʻzgartirishlari bilan) pasport nusxasini va solishtirish uchun asl nusxasini soʻraydi. Sizdan asl pasportimni tekshirishingizni, nusxasini hujjatlarga qoʻshishingizni va asl pasportni menga qaytarishingizni soʻrayman. Agar asl pasportim sizda qoladigan boʻlsa, bunga ruxsat beradigan qonun hujjatini aytishingizni soʻrayman. Menga ismingiz va lavozimingiz, sana va pasportim menga qaytariladigan sana yozilgan yozma hujjat berishingizni ham soʻrayman.

card-freedom-of-movement =
    .title = Erkin harakatlanish: bu yerda yashashimni qaysi qonun taqiqlaydi?
    .situation = Mansabdor shaxs sizga bu shahar yoki viloyatda yashashingiz yoki turishingiz mumkin emasligini aytsa, buni koʻrsating. Buni faqat Qozogʻistonda qonuniy turgan boʻlsangiz koʻrsating (vizasiz turish muddatingiz tugamagan boʻlsa yoki amaldagi viza, ruxsatnoma yoki yashash guvohnomasi boʻlsa). Karta roʻyxatdan oʻtishning oʻrnini bosmaydi: agar bu yerdagi manzilingiz roʻyxatdan oʻtkazilishi kerak boʻlsa, u oʻzingiz yoki qabul qiluvchi tomon orqali roʻyxatdan oʻtkazilganiga ishonch hosil qiling.
    .unverified = Tasdiqlanmagan: Qozogʻiston Respublikasining yangi Konstitutsiyasining (2026-yil 1-iyuldan kuchda) qaysi moddasi erkin harakatlanish va yashash joyini tanlash huquqini himoya qiladi. Shuning uchun karta Konstitutsiyaga havola qilmaydi. Avval keltirilgan 1995-yilgi Konstitutsiyaning 21-moddasi endi amal qilmaydi.
    .text = Qozogʻiston Respublikasining «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonunining 16-moddasiga koʻra, chet elliklar chet elliklar uchun ochiq hududlarda erkin harakatlanishi va qonunchilikda belgilangan tartibda yashash joyini tanlashi mumkin. Qozogʻiston Respublikasi ratifikatsiya qilgan (2005-yil 28-noyabrdagi № 91 Qonun) Fuqarolik va siyosiy huquqlar toʻgʻrisidagi xalqaro paktning 12-moddasiga koʻra, davlat hududida qonuniy turgan har bir kishi u yerda erkin harakatlanish va yashash joyini erkin tanlash huquqiga ega. Bu huquqlar faqat qonunda nazarda tutilgan, davlat xavfsizligi, jamoat tartibi, aholi salomatligi yoki axloqi yoxud boshqalarning huquq va erkinliklarini himoya qilish uchun zarur boʻlgan va Paktda tan olingan boshqa huquqlarga mos keladigan cheklovlar bilan cheklanishi mumkin. Agar sizningcha men bu yerda yashashim yoki turishim mumkin boʻlmasa, buni taqiqlaydigan qonun hujjatini va uning moddasini aytishingizni va buni menga yozma ravishda berishingizni soʻrayman.

card-extra-papers =
    .title = Bu qogʻozni qaysi qonun hujjati talab qiladi?
    .situation = Mansabdor shaxs sizdan qoidalarda sanab oʻtilmagan hujjatni soʻrasa, buni koʻrsating.
    .text = Qozogʻiston Respublikasining «Chet elliklarning huquqiy holati toʻgʻrisida»gi Qonunining 3-moddasiga koʻra, chet elliklar qonun oldida teng. Shu Qonunning 18-moddasiga koʻra, ular davlat organlariga fuqarolar bilan bir xil protsessual huquqlar bilan murojaat qilishi mumkin. Mendan soʻralayotgan hujjatni qaysi qonun hujjati va uning qaysi moddasi talab qilishini aytishingizni soʻrayman. Bu talabingizni menga yozma ravishda berishingizni ham soʻrayman. Men murojaatimni yozma ravishda topshiraman va Qozogʻiston Respublikasi Maʼmuriy protsedura-protsessual kodeksining 64-moddasiga koʻra, u qabul qilinganini tasdiqlaydigan talonni soʻrayman.

card-interpreter =
    .title = Menga bepul tarjimon kerak
    .situation = Mansabdor shaxs sizni soʻroq qilayotganda yoki bayonnoma tuzayotganda tilni yaxshi tushunmasangiz, buni koʻrsating.
    .text = Qozogʻiston Respublikasi Maʼmuriy huquqbuzarliklar toʻgʻrisidagi kodeksining 738- va 744-moddalariga koʻra, ish yuritish tilini bilmaydigan yoki yetarlicha bilmaydigan shaxs ona tilidan foydalanish va tarjimondan bepul foydalanish huquqiga ega. Men bu ish olib borilayotgan tilni yetarlicha yaxshi tushunmayman. Sizdan menga ona tilimga bepul tarjimon berishingizni va bu iltimosimni bayonnomaga yozishingizni soʻrayman. Tushuntirishlarimni faqat tarjimon yordamida olishingizni soʻrayman.

card-consulate =
    .title = Konsulligimga xabar bering
    .situation = Agar sizni ushlab turishsa yoki hibsga olishsa va siz boshqa davlat fuqarosi boʻlsangiz, buni koʻrsating. Agar sizda hech bir davlatning fuqaroligi boʻlmasa, buni koʻrsatmang: uning oʻrniga qarindoshingizga yoki advokatga xabar berishni soʻrang.
    .text = Konsullik aloqalari toʻgʻrisidagi Vena konvensiyasi 36-moddasi 1-bandining b kichik bandiga koʻra, sizdan meni ushlab turganingiz haqida fuqaroligim boʻlgan davlatning konsullik muassasasiga kechiktirmasdan xabar berishingizni va unga yozgan har qanday xatimni kechiktirmasdan yetkazishingizni soʻrayman. Konvensiya 36-moddasi 1-bandining c kichik bandiga koʻra, konsullik xodimlari meni borib koʻrish, men bilan gaplashish va yozishish hamda menga yuridik vakillikni tashkil qilish huquqiga ega. Konsulligimga xabar berilganda buni menga aytishingizni soʻrayman.

card-written-appeal-slip =
    .title = Murojaatim uchun talon
    .situation = Idorada yozma murojaat, shikoyat yoki arizani shaxsan topshirayotganingizda buni koʻrsating.
    .text = Men yozma murojaatni shaxsan topshiryapman. Qozogʻiston Respublikasi Maʼmuriy protsedura-protsessual kodeksining 64-moddasiga koʻra, murojaatni qabul qilishdan bosh tortish taqiqlangan. Davlat organiga, mahalliy oʻzini oʻzi boshqarish organiga yoki davlat yuridik shaxsiga murojaat topshirgan shaxsga talon beriladi. Unda noyob raqam, qabul qilingan sana va vaqt hamda murojaatni qabul qilgan shaxsning familiyasi, ismining bosh harflari va lavozimi yoziladi. Sizdan menga shu talonni berishingizni soʻrayman.

card-passport-receipt =
    .title = Pasportimni olib qolganingiz haqida yozma hujjat
    .situation = Mansabdor shaxs yoki ish beruvchi pasportingizni olib qolmoqchi boʻlsa, buni koʻrsating.
    .unverified = Amaldagi qoidalarga koʻra politsiya yoki boshqa idora qachon pasportni olishi yoki olib qolishi mumkinligi tasdiqlanmagan.
    .text = Agar pasportim sizda qoladigan boʻlsa, menga yozma hujjat berishingizni soʻrayman. Unda ismingiz va lavozimingiz, idorangiz yoki tashkilotingiz nomi, sana va vaqt, sabab, bunga asos boʻlgan qonun hujjati hamda pasportim menga qachon va qayerda qaytarilishi yozilgan boʻlsin. Bu hujjatni olgunimcha pasportimni menga qaytarishingizni soʻrayman.

## Yuridik yordam manzillari

contact-kibhr =
    .name = Qozogʻiston inson huquqlari va qonun ustuvorligi xalqaro byurosi (KIBHR)
    .description = 1993-yilda tashkil etilgan inson huquqlarini himoya qiluvchi tashkilot. Bosh ofisi Olmaotada, viloyatlarda filiallari bor. Yuridik maslahat beradi va sudda odamlarning manfaatlarini himoya qiladi. Veb-sayt: bureau.kz.
contact-unhcr-central-asia =
    .name = BMT Qochqinlar ishlari boʻyicha Oliy komissarligining (UNHCR) Markaziy Osiyodagi mintaqaviy vakolatxonasi
    .description = BMTning qochqinlar bilan ishlaydigan agentligi. UNHCR saytiga koʻra, 2020-yilda uning Markaziy Osiyodagi mintaqaviy vakolatxonasi Olmaotada joylashgan edi. UNHCR Qozogʻistonda 1995-yildan beri yuridik yordam beruvchi hamkor tashkilotlar bilan birga ishlaydi.
contact-sana-sezim =
    .name = Sana Sezim
    .description = UNHCRning hamkor tashkiloti. Fuqaroligi boʻlmagan shaxslarga yuridik yordam beradi.
contact-red-crescent =
    .name = Qizil Yarim Oy
    .description = UNHCRning hamkor tashkiloti. Ijtimoiy va tibbiy yordam beradi.
contact-anti-corruption-1424 =
    .name = Korrupsiyaga qarshi xizmatning 1424 qoʻngʻiroq markazi
    .description = Korrupsiya haqida xabar berish uchun 1424 raqamiga qoʻngʻiroq qiling, masalan, mansabdor shaxs sizdan pora soʻrasa. Qoʻngʻiroq bepul, liniya sutkasiga 24 soat, haftada 7 kun ishlaydi. Xabarni egov.kz saytidagi onlayn xizmat orqali yoki pochta orqali ham yuborishingiz mumkin.
