# Tartiblar: qonun sizdan nima qilishni va qachongacha qilishni talab qiladi. Har bir tartib bitta xabar:
# .title va .summary ekran uchun, .task eslatma uchun (u qulflangan ekranda koʻrinadi, shuning uchun
# unda odam ismi va raqam yoʻq), .need-<item> har bir kerakli hujjat uchun, .no-need-<item> qonun
# talab qilmaydigan har bir qogʻoz uchun.

procedure-kz-residence-card-renewal =
    .title = Yashash guvohnomasini uzaytirish
    .summary = Eski yashash guvohnomangiz muddati tugashidan oldin yangisi uchun ariza bering. Bitta yuridik firma buni kamida bir oy oldin qilishni maslahat beradi. Huquq shu muddatdan foydalanadi.
    .task = Yashash guvohnomangizni uzaytiring
    .unverified = Bir oy oldin ariza berish muddati rasmiy manbadan emas, yuridik firmadan olingan. Guvohnoma tayyorlanayotganda idora pasportingizni olib qolishi mumkinmi — bu tasdiqlanmagan.
    .need-passport = Amaldagi pasportingiz
    .need-state-fee-receipt = Davlat boji toʻlangani haqida kvitansiya
    .need-photos = 2 ta fotosurat
    .no-need-original-passport-kept = Asl pasportingizni idorada qoldirish: u solishtirish uchun koʻrsatiladi, hujjatlarga esa faqat nusxasi qoʻshiladi

procedure-kz-passport-custody =
    .title = Pasportingiz migratsiya idorasida
    .summary = Yashash guvohnomasi uchun hujjatlaringizni topshirganingizdan keyin guvohnoma 7 ish kunida (tezkor xizmat) yoki 17 ish kunida (oddiy xizmat) tayyor boʻladi. Guvohnomangiz va pasportingizni olish uchun idoraga qaytib boring.
    .task = Guvohnoma va pasportingizni olib keting
    .unverified = Guvohnoma tayyorlanayotganda idora pasportingizni olib qolishi mumkinmi — bu tasdiqlanmagan. Huquq 17 ish kunini sanaydi va oʻzi biladigan bayram kunlarini hisobga oladi.
    .need-tear-off-receipt = Hujjatlaringizni topshirganingizda berilgan yirtib olinadigan talon
    .no-need-original-passport-kept = Asl pasportingizni idorada qoldirish: u solishtirish uchun koʻrsatiladi, hujjatlarga esa faqat nusxasi qoʻshiladi

procedure-kz-address-registration =
    .title = Yangi manzilingizni roʻyxatdan oʻtkazish
    .summary = Koʻchib oʻtganingizdan keyin yangi manzilingizni roʻyxatdan oʻtkazing. Qoidalarning loyihasida 10 kalendar kun muddat berilgan. Roʻyxatdan oʻtmasdan 10 kundan ortiq yashaganlik uchun 10 MRP jarima borligi haqida xabar qilingan.
    .task = Yangi manzilingizni roʻyxatdan oʻtkazing
    .unverified = 10 kunlik muddat qoidalarning loyihasidan olingan, jarima qaysi moddada ekani esa koʻrsatilmagan. Bu xizmat uchun qaysi hujjatlar kerakligi tasdiqlanmagan.
    .no-need-permission-to-choose-a-city = Shaharda yashash uchun ruxsat: qayerda yashashni oʻzingiz tanlaysiz, faqat manzilni roʻyxatdan oʻtkazasiz

procedure-kz-temporary-residence-work =
    .title = Ishni almashtirgandan keyin: vaqtincha yashash uchun ruxsatnomangiz
    .summary = Ish uchun beriladigan vaqtincha yashash uchun ruxsatnoma mehnat shartnomangizga bogʻliq. Ishni almashtirsangiz, ruxsatnoma 15 kun ichida qayta rasmiylashtirilishi shart.
    .task = Ishni almashtirdingiz: ruxsatnomani qayta rasmiylashtiring
    .unverified = 15 kun kalendar kunmi yoki ish kunimi — bu tasdiqlanmagan. Huquq kalendar kunlarni sanaydi, yaʼni ertaroq sanani oladi. Qaysi hujjatlar kerakligi tasdiqlanmagan.
    .need-passport = Amaldagi pasportingiz
    .need-employment-contract = Yangi mehnat shartnomangiz
    .no-need-work-permit-eaeu = Ishlash uchun ruxsatnoma, agar Rossiya, Qirgʻiziston, Belarus yoki Armaniston fuqarosi boʻlsangiz

procedure-kz-visa-free-stay =
    .title = Vizasiz turish: 30 kun, 180 kun ichida 90 kun
    .summary = Vizasiz har bir kirishda koʻpi bilan 30 kun va istalgan 180 kun ichida koʻpi bilan 90 kun turishingiz mumkin. Huquq kunlarni siz kirgan va chiqqan sanalardan hisoblaydi.
    .task = Ruxsat etilgan turish muddatingiz tugaydi
    .need-passport = Pasportingiz
    .no-need-self-registration = Oʻzingiz roʻyxatdan oʻtish: politsiyaga qabul qiluvchi tomon (uy egasi, mehmonxona yoki ish beruvchi) xabar beradi

procedure-kz-eaeu-stay =
    .title = YeOII fuqarosi sifatida turish: 180 kun ichida 90 kun
    .summary = Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolari istalgan 180 kun ichida 90 kungacha turishi mumkin. Huquq kunlarni siz kirgan va chiqqan sanalardan hisoblaydi.
    .task = Ruxsat etilgan turish muddatingiz tugaydi
    .need-passport = Pasportingiz
    .no-need-work-permit = Ishlash uchun ruxsatnoma

procedure-kz-appeal-penalty =
    .title = Jarima yoki jazo ustidan shikoyat qilish
    .summary = Qarorning nusxasini olgan kuningizdan boshlab 10 kun ichida u ustidan yuqori turuvchi organga yoki sudga shikoyat qilishingiz mumkin.
    .task = Qaror ustidan shikoyat qilishning oxirgi kuni
    .unverified = Shikoyat qilish qoidasining aniq moddasi tasdiqlanmagan. Huquq 10 kalendar kunni sanaydi, yaʼni ertaroq sanani oladi.
    .need-decision-copy = Sizga berilgan qaror nusxasi
    .need-written-complaint = Yozma shikoyatingiz (nusxasini saqlang)
