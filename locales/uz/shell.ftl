# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = OK
action-cancel = Bekor qilish
home-vault = Mening hujjatlarim
home-vault-hint = Pasportlar, ruxsatnomalar va kvitansiyalar shu telefonda shifrlangan holda saqlanadi
home-reminders-hint = Hujjatlaringizning muddatlari va ulardan oldin nima qilish kerakligi
home-journal = Kundalik
home-journal-hint = Mansabdor shaxslar bilan har bir muomala yozib qoʻyiladi va muhrlanadi
journal-correct = Bu yozuvni tuzatish
home-settings = Sozlamalar
# Kontaktning telefon raqamiga qoʻngʻiroq qilib boʻlmadi (telefon ilovasi yoʻq planshet).
home-no-dialer = Bu qurilma qoʻngʻiroq qila olmaydi. Raqam: { $phone }.
language-first-run = Huquq uchun tilni tanlang. Keyinroq uni bosh ekranda oʻzgartirishingiz mumkin.
article-read-aloud = Ovoz chiqarib oʻqish
article-stop-reading = Oʻqishni toʻxtatish
article-tts-unavailable = Bu telefon bu tilda ovoz chiqarib oʻqiy olmaydi. Bu til uchun ovozni telefon sozlamalarining matnni nutqqa aylantirish boʻlimida qoʻshish mumkin.
card-machine-translated = Mashina tarjimasi. Uni hali odam tekshirmagan.
action-delete = Oʻchirish
page-share = Ulashish
page-share-title = Bu sahifaning nusxasini yuborish
page-delete = Bu sahifani oʻchirish
page-delete-confirm = Bu sahifa seyfdan oʻchirilsinmi? Buni ortga qaytarib boʻlmaydi.
page-unreadable = Bu sahifani koʻrsatib boʻlmadi.
date-pick = Kalendar
page-add-camera = Suratga olish
page-add-picker = Rasmni tanlash
page-adding = Sahifa qoʻshilmoqda…
page-added = Sahifa qoʻshildi.
camera-none = Surat olinmadi. Agar kamera ochilmagan boʻlsa, uning oʻrniga rasmni tanlang. Hech narsa saqlanmadi.
ios-camera-usage = { -brand-name } kameradan faqat hujjatlaringizni suratga olish va ularni shu telefonda shifrlangan holda saqlash uchun foydalanadi.
picker-none = Rasm tanlanmadi. Hech narsa saqlanmadi.
storage-failed = Rasmni nusxalab boʻlmadi: telefon xotirasi toʻlgan boʻlishi mumkin. Hech narsa saqlanmadi.
pin-saved = PIN-kod oʻrnatildi.
pin-changed = PIN-kod oʻzgartirildi.
pin-no-phone-key = Bu telefondagi seyf kalitini oʻqib boʻlmayapti, shuning uchun PIN-kod oʻrnatib boʻlmaydi. Hech narsa oʻzgartirilmadi.
passphrase = Parol iborasi
passphrase-again = Parol iborasini takrorlang
passphrase-suggest = Parol iborasini taklif qilish
passphrase-suggested = Bu parol iborasini yozib oling va zaxira nusxadan alohida saqlang: { $passphrase }
backup-pin-prompt = Zaxira nusxa yaratish uchun seyf PIN-kodini kiriting
backup-write-failed = Zaxira nusxani siz tanlagan joyga yozib boʻlmadi. Seyf oʻzgarmadi.
restore-read-failed = Tanlangan faylni oʻqib boʻlmadi. Hech narsa oʻzgartirilmadi.
reminders-notifications-off = Huquq uchun bildirishnomalar oʻchirilgan, shuning uchun eslatmalar bu telefonda chiqmaydi. Quyidagi roʻyxat baribir ishlaydi. Eslatmalarni olish uchun telefon sozlamalarida Huquqqa bildirishnomalar yuborishga ruxsat bering.
reminders-exact-off = Bu telefon Huquqqa faqat taxminiy vaqtda eslatishga ruxsat beradi, shuning uchun eslatma biroz kechikib kelishi mumkin.
reminders-allow-exact = Eslatmalarning aniq vaqtiga ruxsat berish
reminders-snoozed = Siz tanlagan kuni yana eslatiladi.
reminders-reopened = Bu muddat uchun eslatmalar yana yoqildi.
reminders-days-saved = Eslatma kunlari saqlandi.
reminders-record = Nima boʻlganini yozib qoʻyish
reminders-recorded = Saqlandi. Shu voqeadan boshlanadigan muddat endi eslatmalaringizda.
reminders-checklists = Nazorat roʻyxatlari
checklist-read-article = Maqolani toʻliq oʻqish
app-name = { -brand-name }
home-search-hint = Huquqlaringizni qidiring
topic-article-count =
    { $count ->
        [one] { $count } ta maqola
       *[other] { $count } ta maqola
    }
article-sources-heading = Manbalar
article-cards-heading = Mansabdor shaxsga koʻrsatiladigan kartalar
confidence-verified = Rasmiy matn bilan solishtirib tekshirilgan
confidence-reported = Nomi koʻrsatilgan manbalardan olingan, rasmiy matn bilan hali solishtirilmagan
confidence-unverified = Hali tekshirilmagan
card-official-text = Til: { $language }
languages-heading = Tillar
error-storage = Huquq oʻz maʼlumotlar papkasini oʻqiy olmadi yoki unga yoza olmadi. Hech narsa oʻzgartirilmadi.
cli-topic-open-hint = Mavzuni ochish: huquq topics TOPIC
cli-read-hint = Maqolani oʻqish: huquq read ARTICLE
cli-card-hint = Kartani koʻrsatish: huquq card CARD
contact-phone = Telefon: { $phone }
contact-website = Veb-sayt: { $website }
cli-error = Xato
error-crypto = Qurilma xavfsiz kalit yarata olmadi. Hech narsa saqlanmadi.
error-photo-unreadable = Rasmni oʻqib boʻlmadi. Hech narsa saqlanmadi.
vault-deleted = Oʻchirildi.
vault-erased = Seyfdagi hamma narsa oʻchirildi.
vault-backup-done = Zaxira nusxa yozildi: { $documents } ta hujjat, { $pages } ta sahifa.
vault-restore-done = Tiklandi: { $documents } ta hujjat va { $pages } ta sahifa qoʻshildi; { $skipped } ta sahifa avvaldan bor edi; kundalikka { $entries } ta yozuv qoʻshildi.
cli-vault-passphrase = Seyf parol iborasi:{" "}
cli-vault-passphrase-again = Parol iborasini takrorlang:{" "}
passphrase-mismatch = Ikki parol iborasi bir xil emas. Hech narsa oʻzgartirilmadi.
cli-backup-passphrase = Zaxira nusxa parol iborasi:{" "}
cli-vault-created = Seyf yaratildi. Parol iborangizni ehtiyot qilib saqlang: usiz hech kim, hatto Huquq ham, hujjatlaringizni ocha olmaydi.
cli-vault-erase-confirm = Bu seyfdagi barcha hujjatlarni butunlay oʻchiradi. Tasdiqlash uchun buyruqni --yes bilan qayta ishga tushiring.
cli-no-terminal-for-passphrase = Parol iborasini soʻrash uchun terminal yoʻq. Uni { $variable } muhit oʻzgaruvchisida koʻrsating.
reminders-title = Eslatmalar
reminders-settings = Eslatmalar vaqti: { $time }, vaqt mintaqasi: { $zone }
calendar-exported =
    { $count ->
        [one] { $count } ta muddat kalendar fayliga yozildi.
       *[other] { $count } ta muddat kalendar fayliga yozildi.
    }
glossary-title = Huquqiy atamalar
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = Avval maʼlumotlarni kiritish

## Ish materiallari

casefile-done = Ish materiallari yozildi: { $pages } sahifa, kundalikdagi { $entries } ta yozuv, { $pictures } ta rasm.
casefile-done-encrypted = Ish materiallari age bilan shifrlab yozildi: { $pages } sahifa, kundalikdagi { $entries } ta yozuv, { $pictures } ta rasm. Parol iborasini fayl bilan birga emas, boshqa yoʻl bilan yetkazing.
cli-casefile-passphrase = Ish materiallari uchun parol iborasi:{" "}
