# Interfeys matnlari. Asosiy til inglizcha: har bir xabar avval u yerda paydo boʻladi.

-brand-name = Huquq

app-name = { -brand-name }
home-greeting = Huquqlaringizni biling — internetsiz ham, oʻz tilingizda.
home-search-hint = Huquqlaringizni qidiring
home-topics-heading = Mavzular
home-cards-heading = Mansabdor shaxsga koʻrsatish
home-contacts-heading = Qayerdan yordam olish mumkin

topic-article-count =
    { $count ->
        [one] { $count } ta maqola
       *[other] { $count } ta maqola
    }

article-sources-heading = Manbalar
article-related-heading = Bogʻliq maqolalar
article-cards-heading = Mansabdor shaxsga koʻrsatiladigan kartalar
source-checked = Tekshirilgan: { DATETIME($date) }
source-translation = Norasmiy inglizcha tarjima

callout-note = Eslatma
callout-tip = Maslahat
callout-warning = Diqqat

confidence-verified = Rasmiy matn bilan solishtirib tekshirilgan
confidence-reported = Nomi koʻrsatilgan manbalardan olingan, rasmiy matn bilan hali solishtirilmagan
confidence-unverified = Hali tekshirilmagan

notice-not-translated = Bu tilga hali tarjima qilinmagan: { $requested }. Shu tilda koʻrsatildi: { $shown }.
notice-machine-translated = Mashina tarjimasi (asl tili: { $original }). Uni hali odam tekshirmagan.
notice-unverified = Hali tekshirilmagan: { $details }

search-results =
    { $count ->
        [0] «{ $query }» boʻyicha hech narsa topilmadi.
        [one] { $count } ta natija
       *[other] { $count } ta natija
    }

card-show-hint = Bu ekranni mansabdor shaxsga koʻrsating.
card-official-text = Til: { $language }

languages-heading = Tillar
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
error-storage = Huquq oʻz maʼlumotlar papkasini oʻqiy olmadi yoki unga yoza olmadi. Hech narsa oʻzgartirilmadi.
error-content = Ilovadagi matnlarni yuklab boʻlmadi. Iltimos, ilovani qayta oʻrnating.

cli-topic-open-hint = Mavzuni ochish: huquq topics TOPIC
cli-read-hint = Maqolani oʻqish: huquq read ARTICLE
cli-card-hint = Kartani koʻrsatish: huquq card CARD
cli-phone = Telefon: { $phone }
cli-website = Veb-sayt: { $website }
cli-error = Xato

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
error-crypto = Qurilma xavfsiz kalit yarata olmadi. Hech narsa saqlanmadi.

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
        [one] PIN-kod notoʻgʻri. Yana bir marta notoʻgʻri PIN-kod kiritilsa, oʻzingiz tanlaganingizdek, seyf kaliti oʻchiriladi.
       *[other] PIN-kod notoʻgʻri. Seyf kaliti oʻchirilishigacha { $left } ta urinish qoldi. Buni oʻzingiz tanlagansiz.
    }
error-too-many-attempts = Notoʻgʻri PIN-kod juda koʻp marta kiritildi: oʻzingiz tanlaganingizdek, seyf kaliti oʻchirildi. Hujjatlaringizni zaxira nusxadan tiklang.
error-pin-not-set = Bu seyf uchun PIN-kod oʻrnatilmagan.
error-pin-too-short = PIN-kod kamida { $min } ta belgidan iborat boʻlishi kerak.
error-photo-unreadable = Rasmni oʻqib boʻlmadi. Hech narsa saqlanmadi.
error-photo-empty = Rasm fayli boʻsh. Hech narsa saqlanmadi.
error-photo-too-large = Rasm fayli juda katta (koʻpi bilan { $max } MB). Hech narsa saqlanmadi.
error-photo-too-many-pixels = Rasm juda katta (koʻpi bilan { $max } megapiksel). Hech narsa saqlanmadi.
error-photo-not-an-image = Bu fayl rasm emas (JPEG yoki PNG). Hech narsa saqlanmadi.
error-photo-corrupt = Rasm buzilgan yoki toʻliq emas. Hech narsa saqlanmadi.
error-backup-wrong-secret = Bu parol iborasi yoki kalit zaxira nusxani ochmaydi. Tekshirib, qaytadan urinib koʻring. Hech narsa oʻzgartirilmadi.
error-backup-damaged = Bu zaxira fayli buzilgan, toʻliq emas yoki Huquqning zaxira nusxasi emas. Hech narsa oʻzgartirilmadi.
error-backup-unsupported = Bu zaxira nusxa Huquqning yangiroq versiyasida yaratilgan. Uni tiklash uchun ilovani yangilang. Hech narsa oʻzgartirilmadi.
error-vault-locked = Seyf qulflangan. Avval uni oching.

## Terminaldagi seyf

vault-me = Men
vault-empty = Seyfda hali hujjat yoʻq.
vault-deleted = Oʻchirildi.
vault-erased = Seyfdagi hamma narsa oʻchirildi.
vault-expires = muddati tugaydi: { DATETIME($date) }
vault-no-expiry = amal qilish muddati yoʻq
vault-pages =
    { $count ->
        [one] { $count } ta sahifa
       *[other] { $count } ta sahifa
    }
vault-authority = Kim bergan
vault-notes = Izohlar
vault-backup-done = Zaxira nusxa yozildi: { $documents } ta hujjat, { $pages } ta sahifa.
vault-restore-done = Tiklandi: { $documents } ta hujjat va { $pages } ta sahifa qoʻshildi; { $skipped } ta sahifa avvaldan bor edi.
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
cli-vault-passphrase = Seyf parol iborasi:{" "}
cli-vault-passphrase-again = Parol iborasini takrorlang:{" "}
cli-vault-passphrase-mismatch = Ikki parol iborasi bir xil emas. Hech narsa oʻzgartirilmadi.
cli-backup-passphrase = Zaxira nusxa parol iborasi:{" "}
cli-vault-created = Seyf yaratildi. Parol iborangizni ehtiyot qilib saqlang: usiz hech kim, hatto Huquq ham, hujjatlaringizni ocha olmaydi.
cli-vault-erase-confirm = Bu seyfdagi barcha hujjatlarni butunlay oʻchiradi. Tasdiqlash uchun buyruqni --yes bilan qayta ishga tushiring.
cli-no-terminal-for-passphrase = Parol iborasini soʻrash uchun terminal yoʻq. Uni { $variable } muhit oʻzgaruvchisida koʻrsating.

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
reminders-title = Eslatmalar
reminders-empty = Hali muddatlar yoʻq. Hujjatlaringizni muddati tugaydigan sanasi bilan qoʻshing yoki nima boʻlganini yozib qoʻying: koʻchib oʻtish, qaror, mamlakatga kirish.
reminders-settings = Eslatmalar vaqti: { $time }, vaqt mintaqasi: { $zone }
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
calendar-exported =
    { $count ->
        [one] { $count } ta muddat kalendar fayliga yozildi.
       *[other] { $count } ta muddat kalendar fayliga yozildi.
    }
glossary-title = Huquqiy atamalar
