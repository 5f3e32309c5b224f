# Tartiblar: qonun sizdan nima qilishni va qachongacha qilishni talab qiladi. Har bir tartib bitta xabar:
# .title va .summary ekran uchun, .task eslatma uchun (u qulflangan ekranda koʻrinadi, shuning uchun
# unda odam ismi va raqam yoʻq), .need-<item> har bir kerakli hujjat uchun, .no-need-<item> qonun
# talab qilmaydigan har bir qogʻoz uchun.

procedure-kz-residence-card-renewal =
    .title = Yashash guvohnomasini uzaytirish
    .summary = Eski yashash guvohnomangiz muddati tugashidan oldin yangisi uchun ariza bering. Bitta yuridik firma buni kamida bir oy oldin qilishni maslahat beradi. Huquq shu muddatdan foydalanadi.
    .task = Yashash guvohnomangizni uzaytiring
    .unverified = Bir oy oldin ariza berish muddati rasmiy manbadan emas, yuridik firmadan olingan. Rasmiy roʻyxatlar pasport nusxasini va asl nusxasini «solishtirish uchun» soʻraydi. Biz oʻqigan hech bir matnda asl pasport darhol qaytarilishi yoki guvohnoma tayyorlanayotganda olib qolinishi mumkinmi, aytilmagan.
    .need-passport = Amaldagi pasportingiz
    .need-state-fee-receipt = Davlat boji toʻlangani haqida kvitansiya
    .need-photos = 2 ta fotosurat
    .no-need-original-passport-kept = Asl pasportingizni idorada qoldirish: rasmiy roʻyxatlar nusxasini va asl nusxasini «solishtirish uchun» soʻraydi. Idora uni olib qolishi mumkinmi, tasdiqlanmagan. Uni qaytarishni soʻrang; agar olib qolishsa, qonun hujjatini va yozma hujjat soʻrang

procedure-kz-passport-custody =
    .title = Pasportingiz migratsiya idorasida
    .summary = Yashash guvohnomasi uchun hujjatlaringizni topshirganingizdan keyin guvohnoma 7 ish kunida (tezkor xizmat) yoki 17 ish kunida (oddiy xizmat) tayyor boʻladi. Guvohnomangizni olish uchun yirtib olinadigan talon bilan qaytib boring. Agar idora pasportingizni olib qolgan boʻlsa, oʻshanda uni qaytarishni soʻrang. Pasportingiz qachon olib qolinsa ham, yozma hujjat soʻrang.
    .task = Yashash guvohnomangizni olib keting
    .unverified = Guvohnoma tayyorlanayotganda idora pasportingizni olib qolishi mumkinmi, tasdiqlanmagan: rasmiy roʻyxatlar nusxasini va asl nusxasini «solishtirish uchun» soʻraydi, lekin asl pasport qachon qaytarilishini aytmaydi. Huquq 17 ish kunini sanaydi: dam olish kunlarini va oʻz roʻyxatidagi bayram kunlarini oʻtkazib yuboradi. Bu roʻyxat tasdiqlanmagan: bayramlar 2026-yilda oʻzgargan (30-avgust endi dam olish kuni emas, 15-mart esa 2027-yildan Konstitutsiya kuni boʻladi). Qoʻshimcha dam olish kunlari buyruq bilan koʻchirilishi mumkin. Sanani idoradan aniqlang.
    .need-tear-off-receipt = Hujjatlaringizni topshirganingizda berilgan yirtib olinadigan talon
    .no-need-original-passport-kept = Asl pasportingizni idorada qoldirish: rasmiy roʻyxatlar nusxasini va asl nusxasini «solishtirish uchun» soʻraydi. Idora uni olib qolishi mumkinmi, tasdiqlanmagan. Uni qaytarishni soʻrang; agar olib qolishsa, qonun hujjatini va yozma hujjat soʻrang

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
    .unverified = 15 kun gov.kz saytidan (situations/572) olingan. U yerda qonun hujjati koʻrsatilmagan va bu kalendar kunmi yoki ish kunimi, aytilmagan. Huquq kalendar kunlarni sanaydi, yaʼni ertaroq sanani oladi. Qaysi hujjatlar kerakligi tasdiqlanmagan.
    .need-passport = Amaldagi pasportingiz
    .need-employment-contract = Yangi mehnat shartnomangiz
    .no-need-work-permit-eaeu = Ishlash uchun ruxsatnoma, agar Rossiya, Qirgʻiziston, Belarus yoki Armaniston fuqarosi boʻlsangiz

procedure-kz-visa-free-stay =
    .title = Vizasiz turish: 30 kun, 180 kun ichida 90 kun
    .summary = Vizasiz har bir kirishda koʻpi bilan 30 kun va istalgan 180 kun ichida koʻpi bilan 90 kun turishingiz mumkin. Huquq kunlarni siz kirgan va chiqqan sanalardan hisoblaydi. 2026-yil 1-iyuldan boshlab 30-kungacha onlayn oʻzingiz roʻyxatdan oʻtishingiz ham kerak boʻlishi mumkin: buni aniqlang.
    .task = Ruxsat etilgan turish muddatingiz tugaydi
    .unverified = Yangi qoida (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi; xabarlarga koʻra 2026-yil 1-iyuldan kuchda) sizdan chegarani kesib oʻtganingizdan keyin kechi bilan 30-kalendar kungacha politsiyada onlayn oʻzingiz roʻyxatdan oʻtishingizni talab qilishi mumkin. Manzilingizni oʻzgartirsangiz, 5 ish kuni ichida yana roʻyxatdan oʻtasiz. Bu haqda yangiliklar va bitta yuridik firma xabar bergan; biz buyruqni oʻqimaganmiz. Qabul qiluvchi tomon baribir 3 ish kuni ichida politsiyaga xabar berishi shart. Bu ikki qoida qanday birga ishlashi tasdiqlanmagan.
    .need-passport = Pasportingiz

procedure-kz-eaeu-stay =
    .title = YeOII fuqarosi sifatida turish: 180 kun ichida 90 kun
    .summary = Rossiya, Qirgʻiziston, Belarus va Armaniston fuqarolari istalgan 180 kun ichida 90 kungacha turishi mumkin (xabar qilingan). Huquq kunlarni siz kirgan va chiqqan sanalardan hisoblaydi. Ishlash uchun 30 kundan ortiq qolsangiz, vaqtincha yashash uchun ruxsatnoma kerak boʻlishi mumkin. 30-kungacha oʻzingiz roʻyxatdan oʻtishingiz ham kerak boʻlishi mumkin: buni aniqlang.
    .task = Ruxsat etilgan turish muddatingiz tugaydi
    .unverified = 180 kun ichida 90 kun cheklovi haqida yuridik firmalar xabar bergan, biz uni rasmiy matnda oʻqimaganmiz. Tasdiqlanmagan: ishlash uchun 30 kundan ortiq qolishga vaqtincha yashash uchun ruxsatnoma kerakmi (egov.kz saytining ish haqidagi sahifasi buni umuman chet elliklar uchun aytadi) va Qirgʻiziston fuqarolari uchun ularning alohida kelishuvi boʻyicha cheklovlar. Yangi qoida (Ichki ishlar vazirining 2025-yil 17-noyabrdagi № 923 buyrugʻi; xabarlarga koʻra 2026-yil 1-iyuldan kuchda) sizdan chegarani kesib oʻtganingizdan keyin kechi bilan 30-kalendar kungacha politsiyada onlayn oʻzingiz roʻyxatdan oʻtishingizni talab qilishi mumkin; biz buyruqni oʻqimaganmiz.
    .need-passport = Pasportingiz
    .no-need-work-permit = Ishlash uchun ruxsatnoma

procedure-kz-appeal-penalty =
    .title = Jarima yoki jazo ustidan shikoyat qilish
    .summary = Qarorning nusxasini olgan kuningizdan boshlab 10 kun ichida u ustidan yuqori turuvchi organga yoki sudga shikoyat qilishingiz mumkin.
    .task = Qaror ustidan shikoyat qilishning oxirgi kuni
    .unverified = Shikoyat qilish qoidasining aniq moddasi tasdiqlanmagan. Huquq 10 kalendar kunni sanaydi, yaʼni ertaroq sanani oladi.
    .need-decision-copy = Sizga berilgan qaror nusxasi
    .need-written-complaint = Yozma shikoyatingiz (nusxasini saqlang)
