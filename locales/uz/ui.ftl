# Interfeys matnlari. Asosiy til inglizcha: har bir xabar avval u yerda paydo boʻladi.

-brand-name = Huquq

home-greeting = Huquqlaringizni biling — internetsiz ham, oʻz tilingizda.
home-topics-heading = Mavzular
home-cards-heading = Mansabdor shaxsga koʻrsatish
home-contacts-heading = Qayerdan yordam olish mumkin

article-related-heading = Bogʻliq maqolalar
source-checked = Tekshirilgan: { DATETIME($date) }
source-translation = Norasmiy inglizcha tarjima

callout-note = Eslatma
callout-tip = Maslahat
callout-warning = Diqqat

notice-not-translated = Bu tilga hali tarjima qilinmagan: { $requested }. Shu tilda koʻrsatildi: { $shown }.
notice-machine-translated = Mashina tarjimasi (asl tili: { $original }). Uni hali odam tekshirmagan.
notice-unverified = Hali tekshirilmagan: { $details }

search-results =
    { $count ->
        [0] «{ $query }» boʻyicha hech narsa topilmadi.
        [one] { $count } ta natija
       *[other] { $count } ta natija
    }
search-found-by = «{ $word }» soʻzi orqali topildi
search-read-as = «{ $query }» boʻyicha natijalar koʻrsatilmoqda.
search-browse-topics = Mos keladigan narsa topilmadi. Mavzularni koʻring:

card-show-hint = Bu ekranni mansabdor shaxsga koʻrsating.

language-en = Inglizcha
language-ru = Ruscha
language-kk = Qozoqcha
language-fr = Fransuzcha
language-uz = Oʻzbekcha
language-ky = Qirgʻizcha
language-tg = Tojikcha
language-fa = Forscha
language-ar = Arabcha

error-not-found-article = «{ $id }» degan maqola yoʻq.
error-not-found-topic = «{ $id }» degan mavzu yoʻq.
error-not-found-card = «{ $id }» degan karta yoʻq.
error-query-too-long = Qidiruv matni juda uzun. Koʻpi bilan { $max } ta belgi yozing.
error-content = Ilovadagi matnlarni yuklab boʻlmadi. Iltimos, ilovani qayta oʻrnating.

## Seyf

error-not-found-person = Bu odam seyfingizda yoʻq.
error-not-found-document = Bu hujjat seyfingizda yoʻq.
error-not-found-page = Bu sahifa seyfingizda yoʻq.
error-not-found-payment = Bu toʻlov seyfingizda yoʻq.
error-invalid-missing = Iltimos, toʻldiring: { $field }.
error-invalid-bad-date = { $field }: bunday sana yoʻq. Sanani yil-oy-kun koʻrinishida yozing, masalan 2027-02-28.
error-invalid-expiry-before-issue = Muddati tugaydigan sana berilgan sanadan oldin turibdi.
error-invalid-negative = Summa manfiy boʻlishi mumkin emas.
error-invalid-bad-currency = Valyutaning uch harfli kodini yozing, masalan KZT.
error-wrong-key = Bu kalit yoki PIN-kod seyfni ochmaydi. Hech narsa oʻzgartirilmadi.
error-invalid-key = Seyf kaliti buzilgan. Hech narsa oʻzgartirilmadi.
error-vault-missing = Hali seyf yoʻq. Avval seyf yarating.
error-vault-exists = Bu yerda seyf allaqachon bor. Hech narsa oʻzgartirilmadi.
error-vault-too-new = Bu seyf Huquqning yangiroq versiyasida yaratilgan. Uni ochish uchun ilovani yangilang.

field-name = Ism
field-kind = Hujjat turi
field-issued-on = Berilgan sana
field-expires-on = Muddati tugaydigan sana
field-amount = Summa
field-currency = Valyuta
field-paid-on = Toʻlangan sana
error-wrong-pin = PIN-kod notoʻgʻri. Hech narsa oʻzgartirilmadi.
error-wrong-pin-limited =
    { $left ->
        [one] PIN-kod notoʻgʻri. Yana bir marta notoʻgʻri PIN-kod kiritilsa, seyf kaliti oʻchiriladi.
       *[other] PIN-kod notoʻgʻri. Seyf kaliti oʻchirilishigacha { $left } ta urinish qoldi.
    }
error-too-many-attempts = Notoʻgʻri PIN-kod juda koʻp marta kiritildi: seyf kaliti oʻchirildi. Hujjatlaringizni zaxira nusxadan tiklang.
error-pin-not-set = Bu seyf uchun PIN-kod oʻrnatilmagan.
error-pin-wait =
    { $minutes ->
        [one] Notoʻgʻri PIN-kod ketma-ket juda koʻp marta kiritildi. Bir daqiqadan keyin qayta urinib koʻring.
       *[other] Notoʻgʻri PIN-kod ketma-ket juda koʻp marta kiritildi. { $minutes } daqiqadan keyin qayta urinib koʻring.
    }
error-pin-required = Avval seyf PIN-kodini kiriting: zaxira nusxa barcha hujjatlaringizni telefondan tashqariga olib chiqadi.
error-pin-device-key-lost = Bu telefon endi PIN-kodni tekshira olmaydi: seyf kalitining telefondagi qismi yoʻqolgan. Hujjatlaringizni zaxira nusxadan tiklang.
error-pin-too-short = PIN-kod kamida { $min } ta belgidan iborat boʻlishi kerak.
error-photo-empty = Rasm fayli boʻsh. Hech narsa saqlanmadi.
error-photo-too-large = Rasm fayli juda katta (koʻpi bilan { $max } MB). Hech narsa saqlanmadi.
error-photo-too-many-pixels = Rasm juda katta (koʻpi bilan { $max } megapiksel). Hech narsa saqlanmadi.
error-photo-not-an-image = Bu fayl rasm emas (JPEG yoki PNG). Hech narsa saqlanmadi.
error-photo-corrupt = Rasm buzilgan yoki toʻliq emas. Hech narsa saqlanmadi.
error-backup-wrong-secret = Bu parol iborasi yoki kalit zaxira nusxani ochmaydi. Tekshirib, qaytadan urinib koʻring. Hech narsa oʻzgartirilmadi.
error-backup-damaged = Bu zaxira fayli buzilgan, toʻliq emas yoki Huquqning zaxira nusxasi emas. Hech narsa oʻzgartirilmadi.
error-pack-not-a-pack = Bu fayl Huquqning matnlar yangilanishi emas yoki toʻliq emas. Hech narsa oʻzgartirilmadi.
error-pack-unknown-key = Bu matnlar yangilanishini Huquq noshiri imzolamagan. U oʻrnatilmadi. Hech narsa oʻzgartirilmadi.
error-pack-altered = Bu matnlar yangilanishi imzolangandan keyin oʻzgartirilgan yoki buzilgan. U oʻrnatilmadi. Hech narsa oʻzgartirilmadi.
error-pack-too-large = Bu fayl matnlar yangilanishi boʻlishi uchun juda katta. Hech narsa oʻzgartirilmadi.
error-pack-damaged = Bu matnlar yangilanishi buzilgan, uni oʻqib boʻlmaydi. Hech narsa oʻzgartirilmadi.
error-pack-not-newer = Bu matnlar yangilanishi sizdagi matnlardan yangiroq emas. Hech narsa oʻzgartirilmadi.
error-pack-needs-newer-app = Bu matnlar yangilanishi uchun Huquqning yangiroq versiyasi kerak. Avval ilovani yangilang. Hech narsa oʻzgartirilmadi.
error-pack-fails-check = Bu matnlar yangilanishidagi matnlarda xatolar bor. U oʻrnatilmadi. Hech narsa oʻzgartirilmadi.
error-pack-none-installed = Bu telefonda faqat ilova bilan birga kelgan matnlar bor. Ulashish uchun matnlar yangilanishi yoʻq.
error-backup-unsupported = Bu zaxira nusxa Huquqning yangiroq versiyasida yaratilgan. Uni tiklash uchun ilovani yangilang. Hech narsa oʻzgartirilmadi.
error-vault-locked = Seyf qulflangan. Avval uni oching.

## Terminaldagi seyf

vault-me = Men
vault-empty = Seyfda hali hujjat yoʻq.
vault-expires = muddati tugaydi: { DATETIME($date) }
vault-no-expiry = amal qilish muddati yoʻq
vault-pages =
    { $count ->
        [one] { $count } ta sahifa
       *[other] { $count } ta sahifa
    }
vault-authority = Kim bergan
vault-notes = Izohlar
vault-kind-passport = Pasport
vault-kind-residence-permit = Yashash uchun ruxsatnoma
vault-kind-residence-card = Yashash guvohnomasi
vault-kind-visa = Viza
vault-kind-registration = Roʻyxatdan oʻtish
vault-kind-work-permit = Ishlash uchun ruxsatnoma
vault-kind-patent = Patent
vault-kind-fine-or-decision = Jarima yoki qaror
vault-kind-receipt = Kvitansiya
vault-kind-court-paper = Sud hujjati
vault-kind-other = Boshqa hujjat

## Eslatmalar va muddatlar

error-not-found-procedure = «{ $id }» degan tartib yoʻq.
error-not-found-deadline = Bu muddat endi yoʻq.
error-not-found-event = Bu voqea seyfingizda yoʻq.
error-invalid-unknown-time-zone = { $field }: bunday vaqt mintaqasi nomaʼlum. Asia/Almaty kabi nomni yozing.
error-invalid-bad-time = { $field }: vaqtni soat va daqiqa bilan yozing, masalan 09:00.
error-invalid-offset-too-large = { $field }: eslatma oxirgi muddatdan koʻpi bilan 365 kun oldin kelishi mumkin.
error-invalid-wrong-event = Bu tartib bu voqeadan boshlanmaydi.
field-time-zone = Vaqt mintaqasi
field-reminder-time = Eslatma vaqti
field-offsets = Oxirgi muddatdan necha kun oldin
field-happened-on = Sana
field-snooze-until = Qachon yana eslatilsin
event-kind-moved = Yangi manzilga koʻchib oʻtdim
event-kind-decision-received = Qaror oldim (jarima yoki jazo haqida)
event-kind-passport-handed-over = Pasportimni migratsiya idorasiga topshirdim
event-kind-entered-country = Mamlakatga kirdim
event-kind-left-country = Mamlakatdan chiqdim
event-kind-job-changed = Ishimni almashtirdim
reminders-empty = Hali muddatlar yoʻq. Hujjatlaringizni muddati tugaydigan sanasi bilan qoʻshing yoki nima boʻlganini yozib qoʻying: koʻchib oʻtish, qaror, mamlakatga kirish.
reminder-due-in =
    { $days ->
        [one] Oxirgi muddatgacha { $days } kun qoldi: { DATETIME($date) }
       *[other] Oxirgi muddatgacha { $days } kun qoldi: { DATETIME($date) }
    }
reminder-due-today = Oxirgi muddat bugun: { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] Oxirgi muddat { $days } kun oldin oʻtib ketgan: { DATETIME($date) }
       *[other] Oxirgi muddat { $days } kun oldin oʻtib ketgan: { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [one] Muddati { $days } kundan keyin tugaydi: { DATETIME($date) }
       *[other] Muddati { $days } kundan keyin tugaydi: { DATETIME($date) }
    }
reminder-expires-today = Muddati bugun tugaydi: { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] Muddati { $days } kun oldin tugagan: { DATETIME($date) }
       *[other] Muddati { $days } kun oldin tugagan: { DATETIME($date) }
    }
reminder-open-app = Nima qilish kerakligini bilish uchun Huquqni oching.
reminder-holidays-caveat = Muddat ish kunlarida hisoblanadi. Bayram kunlari roʻyxati tasdiqlanmagan, shuning uchun bu sanani idoradan aniqlang.
reminder-done = Bajarildi
reminder-snoozed = Keyinga qoldirildi. Yana eslatiladi: { DATETIME($date) }
checklist-required = Qonun nimani talab qiladi
checklist-not-required = Qonun nimani talab qilmaydi
checklist-basis = Asos: { $citation }
checklist-no-deadline = Hali muddat yoʻq: hujjatni muddati tugaydigan sanasi bilan qoʻshing yoki nima boʻlganini yozib qoʻying.
checklist-state-valid = Sizda bor va amal qiladi
checklist-state-expires-before-deadline = Sizda bor, lekin uning muddati oxirgi muddatdan oldin tugaydi
checklist-state-expired = Sizda bor, lekin muddati tugagan
checklist-state-missing = Seyfingizda yoʻq
checklist-state-not-tracked = Olib keling: seyf buni saqlamaydi
checklist-item-unverified = Tasdiqlanmagan
calendar-name = Huquq muddatlari

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = Hujjatlar seyfi
vault-gate-intro = Pasportingiz, guvohnomalaringiz, qarorlar va kvitansiyalarning rasmlarini shu telefonda shifrlangan holda saqlang. Ularni faqat shu telefon ocha oladi va hech narsa hech qayerga yuborilmaydi. Telefondan tashqariga chiqadigan yagona nusxa — oʻzingiz yaratgan zaxira nusxa.
vault-gate-create = Seyfimni yaratish
vault-gate-pin-prompt = Seyf PIN-kodini kiriting
vault-gate-unlock = Ochish
vault-gate-key-lost = Bu telefon endi seyfni ocha olmaydi: notoʻgʻri PIN-kod juda koʻp marta kiritilgani uchun seyf kaliti oʻchirilgan yoki kalit buzilgan. Boʻsh seyf bilan qaytadan boshlashingiz va hujjatlaringizni zaxira nusxadan tiklashingiz mumkin.
vault-gate-start-over = Boʻsh seyf bilan qaytadan boshlash
vault-gate-start-over-confirm = Bu telefondagi qulflangan seyf butunlay oʻchiriladi. Zaxira fayllaringizga tegilmaydi.
vault-lock = Seyfni qulflash
vault-add-document = Hujjat qoʻshish
vault-expired-on = Muddati tugagan: { DATETIME($date) }
vault-expires-soon = Muddati tez orada tugaydi: { DATETIME($date) }
vault-valid-until = Amal qilish muddati: { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = Raqami
field-holder = Kimning hujjati
vault-pages-heading = Sahifalar
vault-pages-none = Hali sahifalar yoʻq. Har bir sahifani suratga oling.
vault-document-edit = Tahrirlash
vault-document-delete = Bu hujjatni oʻchirish
vault-document-delete-confirm = Bu hujjat va uning barcha sahifalari seyfdan oʻchirilsinmi? Buni ortga qaytarib boʻlmaydi.
vault-page-number = { $number }-sahifa
vault-kind-choose = Bu qanday hujjat?
vault-form-autosave = Siz yozgan hamma narsa darhol seyfga saqlanadi.
vault-date-hint = 2027-02-28
vault-person-add = Boshqa odam
vault-person-relation = Bu odam sizga kim boʻladi?
vault-relation-myself = Men
vault-relation-spouse = Erim yoki xotinim
vault-relation-child = Farzandim
vault-relation-parent = Otam yoki onam
vault-relation-relative = Boshqa qarindoshim
vault-relation-other = Boshqa odam
settings-title = Sozlamalar
settings-language = Til
settings-reminders = Eslatma vaqti
settings-pin = Seyf PIN-kodi
settings-pin-set = Seyf uchun PIN-kod oʻrnatish
settings-pin-change = Seyf PIN-kodini oʻzgartirish
settings-pin-explain = PIN-kod oʻrnatilsa, seyf har safar ochilganda, telefon qulfdan chiqarilgan boʻlsa ham, uni soʻraydi. Uni faqat shu telefon tekshira oladi va har bir notoʻgʻri PIN-koddan keyin kutish vaqti uzayadi; notoʻgʻri PIN-kod ketma-ket juda koʻp marta kiritilsa, seyf kaliti oʻchiriladi va hujjatlaringizni faqat zaxira nusxa qaytara oladi.
pin-new = Yangi PIN-kod
pin-again = Yangi PIN-kodni takrorlang
pin-current = Hozirgi PIN-kod
pin-limit-heading = Notoʻgʻri PIN-kod juda koʻp marta kiritilsa
pin-limit =
    { $count ->
        [one] PIN-kod { $count } marta notoʻgʻri kiritilgandan keyin seyf kalitini oʻchirish
       *[other] PIN-kod { $count } marta notoʻgʻri kiritilgandan keyin seyf kalitini oʻchirish
    }
settings-backup = Zaxira nusxa
settings-backup-button = Seyfning zaxira nusxasini yaratish
settings-backup-explain = Zaxira nusxa — bitta shifrlangan fayl. Parol iborasini undan alohida saqlang: parol iborasisiz uni hech kim, hatto siz ham, ocha olmaydi.
backup-running = Zaxira nusxa yozilmoqda…
settings-restore-button = Zaxira nusxadan tiklash
settings-restore-explain = Tiklashda zaxira nusxadagi hujjatlar shu seyfga qoʻshiladi. Seyfda bor narsalar oʻzgarmaydi.
restore-running = Tiklanmoqda…
settings-content = Huquqlar haqidagi matnlar
settings-content-built-in = Huquqlar haqidagi matnlar ({ DATETIME($date) } holatiga koʻra), ilova bilan birga kelgan.
settings-content-pack = Huquqlar haqidagi matnlar ({ DATETIME($date) } holatiga koʻra), { $publisher } tomonidan chiqarilgan. Oʻrnatilgan sana: { DATETIME($installed) }.
settings-content-explain = Matnlar yangilanishi — Huquq noshiridan keladigan bitta kichik fayl; u boshqa har qanday fayl kabi qoʻldan qoʻlga uzatiladi. Huquq uni faqat haqiqiy va sizdagi matnlardan yangiroq boʻlsa oʻrnatadi. Internet kerak emas.
settings-content-fallback = Bu telefondagi matnlar yangilanishini oʻqib boʻlmadi, shuning uchun uning oʻrniga ilova bilan birga kelgan matnlar koʻrsatilmoqda. Yangilanishdan yana foydalanish uchun uni faylidan qayta oʻrnating.
settings-content-update = Matnlarni fayldan yangilash
settings-content-share = Matnlarni ulashish
settings-erase = Hammasini oʻchirish
settings-erase-warning = Bu telefondagi seyfning barcha hujjatlari va rasmlari uni ochadigan kalitlar bilan birga butunlay oʻchiriladi, uning eslatmalari ham bekor qilinadi. Siz yaratgan zaxira fayllariga tegilmaydi. Buni ortga qaytarib boʻlmaydi.
reminders-mark-done = Bajarildi: bugun bajarilgan deb belgilash
reminders-marked-done = Bajarilgan deb belgilandi.
reminders-follow-up = Keyingi qadam eslatmalaringizga qoʻshildi: { $procedure }
reminders-snooze = Keyinroq eslatish…
reminders-reopen = Hali bajarilmadi: yana eslatish
reminders-days-before = Eslatiladigan kunlarni tanlang…
reminders-use-usual-days = Odatiy kunlar
reminders-day-option =
    { $count ->
        [0] Oʻsha kunning oʻzida
        [one] { $count } kun oldin
       *[other] { $count } kun oldin
    }
reminders-open-checklist = Nimalarni tayyorlash kerak (nazorat roʻyxati)
reminders-record-title = Nima boʻldi?
reminders-record-who = Bu kim haqida?
reminders-record-none = Hozircha yozib qoʻyadigan narsa yoʻq.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = Toʻlovlar
vault-deadlines-heading = Muddatlar
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $total } tadan { $done }
field-pin = PIN-kod
field-passphrase = Parol iborasi
error-invalid-mismatch = { $field }: ikki marta kiritilgan qiymat farq qiladi. Hech narsa oʻzgartirilmadi.
error-invalid-too-weak = { $field }: juda qisqa yoki topish juda oson. Hech qanday qolipga tushmaydigan kamida 12 ta belgi yozing yoki Huquq taklif qilgan parol iborasidan foydalaning. Hech narsa oʻzgartirilmadi.

## Mansabdor shaxslar bilan muomala kundaligi

error-not-found-journal-entry = Bu kundalik yozuvi seyfingizda yoʻq.
error-journal-broken = Kundalikdagi bir yozuv yozilganidan keyin oʻzgartirilgan. Kundalik qaysi yozuv ekanini koʻrsatadi.
error-invalid-in-future = { $field }: bu vaqt hali kelmagan. Kundalikka allaqachon boʻlib oʻtgan voqealar yoziladi. Hech narsa saqlanmadi.
error-invalid-too-long = { $field }: bu juda uzun. Uni qisqartiring yoki ikkita yozuvga boʻlib yozing. Hech narsa saqlanmadi.
field-place = Joy
field-office = Idora yoki boʻlinma
field-official = Mansabdor shaxsning ismi, unvoni yoki koʻkrak nishoni
field-demanded = Nimani soʻrashdi
field-documents = Hujjatlar
field-money-asked = Soʻralgan pul
field-said = Nima deyildi
field-outcome = Natijasi nima boʻldi
field-witnesses = Guvohlar
field-return-by = Qaytarib berishga vaʼda qilingan sana
journal-kind-police-check = Politsiya tekshiruvi
journal-kind-migration-office-visit = Migratsiya idorasiga borish
journal-kind-fine-or-protocol = Jarima yoki bayonnoma
journal-kind-document-taken = Hujjat olib qolindi
journal-kind-document-returned = Hujjat qaytarildi
journal-kind-bribe-asked = Pora soʻraldi
journal-kind-detention = Ushlab turish
journal-kind-other = Mansabdor shaxslar bilan boshqa muomala
journal-title = Kundalik
journal-add = Mansabdor shaxslar bilan muomalani yozib qoʻyish
journal-empty = Hali hech narsa yozilmagan. Mansabdor shaxslar bilan har bir muomalani imkon boricha tezroq yozib qoʻying: nima boʻldi, kimlar bor edi, nima soʻraldi, nima olindi yoki toʻlandi. Yozuvni keyin oʻzgartirib boʻlmaydi, uni faqat yangi yozuv bilan tuzatish mumkin. Shuning uchun kundalik qayta yozilmaganini koʻrsata oladi.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }, { $time }
journal-captured = Yozilgan: { DATETIME($date) }, { $time }, shu telefon soati boʻyicha
journal-corrected = Keyinroq qoʻshilgan yozuv bilan tuzatilgan
journal-correction = Avvalroq qoʻshilgan yozuvni tuzatadi
journal-chain-own = Sizning kundaligingiz
journal-chain-restored = Zaxira nusxadan tiklangan kundalik
journal-chain-intact =
    { $count ->
        [one] Buzilmagan: undagi yagona yozuv yozilganidan beri oʻzgartirilmagan.
       *[other] Buzilmagan: undagi { $count } ta yozuvning hech biri yozilganidan beri oʻzgartirilmagan.
    }
journal-chain-broken = Yozilganidan keyin oʻzgartirilgan: { $position }-yozuv endi oʻz muhriga mos kelmaydi. Shu yozuvdan boshlab kundalik nima yozilganini koʻrsata olmaydi.
journal-seal = Muhr: { $hash }
journal-position-own = Kundaligingizning { $position }-yozuvi
journal-position-restored = Zaxira nusxadan tiklangan kundalikning { $position }-yozuvi
journal-document-shown = { $document }: koʻrsatildi
journal-document-taken = { $document }: olib qolindi
journal-document-returned = { $document }: qaytarildi
journal-custody-heading = Idorada olib qolingan hujjatlar
journal-custody-taken = Olib qolingan: { DATETIME($date) }, { $office }
journal-custody-promised = Qaytarib berishga vaʼda qilingan sana: { DATETIME($date) }
journal-custody-returned = Qaytarilgan: { DATETIME($date) }
journal-custody-held = Hali qaytarilmagan
journal-correct-title = Bu yozuvni tuzatish
journal-form-note = Saqlangan yozuv muhrlanadi va uni oʻzgartirib boʻlmaydi. Biror narsa notoʻgʻri boʻlsa, tuzatishni saqlang: ikkalasi ham kundalikda qoladi.
journal-field-kind = Nima boʻldi
journal-when-hint = 2026-12-01 yoki 2026-12-01 14:30
journal-action-none = Aloqasi yoʻq
journal-action-shown = Koʻrsatildi
journal-action-taken = Olib qolindi
journal-action-returned = Qaytarildi
journal-save = Saqlash va muhrlash

## Ish materiallari: advokat uchun PDF, advokat tilida, yonida foydalanuvchining tili

error-not-found-language = Huquqda «{ $id }» tilidagi matnlar yoʻq.
casefile-title = Ish materiallari: mansabdor shaxslar bilan muomalalar
# $date: the day the file was made.
casefile-made = Ushbu hujjat { DATETIME($date) } sanasida Huquq ilovasi yordamida shaxsning telefonida saqlangan yozuvlar asosida tuzildi. Shaxs yozgan matnlar yozilganidek, oʻzgarishsiz keltirilgan.
casefile-about = Kundalikning har bir yozuvi yozilgan paytda muhrlangan: uning SHA-256 xesh qiymati yozuv mazmunini va undan oldingi yozuvning xesh qiymatini qamrab oladi, shu sababli keyinchalik oʻzgartirilgan yozuv oʻz muhriga mos kelmaydi. Tuzatish yangi yozuv sifatida kiritiladi; tuzatilgan yozuv oʻzgarishsiz saqlanib qoladi. Telefon soati boʻyicha yozilgan deb belgilangan vaqt telefondan olingan boʻlib, oʻz-oʻzidan vaqtni isbotlamaydi.
casefile-person = Shaxs va uning hujjatlari
casefile-no-documents = Shaxs oʻz hujjatlarini ilova qilmaslikni tanlagan.
casefile-timeline = Mansabdor shaxslar bilan muomalalar, eng avvalgisidan boshlab
casefile-no-entries = Mansabdor shaxslar bilan hech qanday muomala qayd etilmagan.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = { $position }-yozuvni tuzatadi.
casefile-corrected-by = { $position }-yozuv bilan tuzatilgan.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = Rasmlar: { $numbers }
casefile-payments = Toʻlovlar
casefile-payee = Toʻlov oluvchi
casefile-custody = Idorada olib qolingan hujjatlar
casefile-pages = Sahifalar
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = { $number }-rasm: { $document }, { $page }-sahifa, telefon soati boʻyicha { DATETIME($date) } sanasida suratga olingan
casefile-picture-original = Kamera olgan asl rasmning SHA-256 xesh qiymati: { $hash }
casefile-picture-unreadable = Ushbu sahifaning rasmini telefondan oʻqib boʻlmadi.
casefile-law = Qoʻllaniladigan qonun hujjatlari
casefile-verification = Kundalikni tekshirish
casefile-verify-how = Kundalikni tekshirish uchun shaxsning telefonida Kundalik boʻlimini oching: u koʻrsatgan muhr ushbu hujjatda keltirilgan muhr bilan bir xil boʻlishi kerak, ilova esa har bir yozuvni qaytadan tekshirib chiqadi. Telefonning zaxira nusxasi boʻyicha huquq buyrugʻi xuddi shu tekshiruvni bajaradi: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = Ish materiallari · { $pages } sahifadan { $page }-sahifa
casefile-screen-title = Advokat uchun ish materiallari
casefile-screen-note = Bitta PDF fayl. Unda kundaligingiz, siz tanlagan hujjatlar, toʻlovlaringiz va kvitansiyalaringiz, yozuvlaringizga biriktirilgan sahifalar va tegishli qonunlar advokatning tilida boʻladi. Unda shaxsiy maʼlumotlaringiz bor: uni faqat ishongan advokatingizga bering, iloji boʻlsa, shifrlab bering.
casefile-lawyer-language = Advokatning tili
casefile-user-language = Yonida sizning tilingiz
casefile-user-language-none = Faqat advokatning tili
casefile-documents-label = Raqami va sanalari bilan qoʻshiladigan hujjatlar
casefile-pages-label = Yana qoʻshiladigan sahifalar. Yozuvlaringizga biriktirilgan sahifalar va kvitansiyalaringiz unda doim boʻladi.
casefile-encrypt = Faylni parol iborasi bilan shifrlash
casefile-encrypt-hint = Shunday qilish tavsiya etiladi. Advokat uni bepul age dasturi yoki Huquq bilan ochadi. Parol iborasini fayldan boshqa yoʻl bilan bering: uni ogʻzaki ayting, fayl bilan birga yubormang.
casefile-export = Ish materiallarini tayyorlash
casefile-making = Ish materiallari tayyorlanmoqda…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }, { $page }-sahifa
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = Pasport qaytarilishi kerak boʻlganda eslatish: { $procedure }
