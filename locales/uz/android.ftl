# Android ilovasining oʻzi chizadigan matnlar: kontent emas, ilovaning tugmalari va yozuvlari.

android-ok = OK
android-cancel = Bekor qilish

# Bilimlar bazasi ekranlari (bosh ekran, til tanlash, maqolalar, mansabdor shaxsga koʻrsatiladigan
# kartalar, qidiruv) oʻzi chizadigan matnlar.

android-home-vault = Mening hujjatlarim
android-home-vault-hint = Pasportlar, ruxsatnomalar va kvitansiyalar shu telefonda shifrlangan holda saqlanadi
android-home-reminders-hint = Hujjatlaringizning muddatlari va ulardan oldin nima qilish kerakligi
android-home-settings = Sozlamalar
# Kontaktning telefon raqamiga qoʻngʻiroq qilib boʻlmadi (telefon ilovasi yoʻq planshet).
android-home-no-dialer = Bu qurilma qoʻngʻiroq qila olmaydi. Raqam: { $phone }.

android-language-first-run = Huquq uchun tilni tanlang. Keyinroq uni bosh ekranda oʻzgartirishingiz mumkin.
# Ekran oʻquvchi dastur buni tanlangan til nomidan keyin oʻqiydi.
android-language-selected = tanlangan

android-article-read-aloud = Ovoz chiqarib oʻqish
android-article-stop-reading = Oʻqishni toʻxtatish
android-article-tts-unavailable = Bu telefon bu tilda ovoz chiqarib oʻqiy olmaydi. Bu til uchun ovozni telefon sozlamalarining matnni nutqqa aylantirish boʻlimida qoʻshish mumkin.

android-card-machine-translated = Mashina tarjimasi. Uni hali odam tekshirmagan.

# Android ilovasining seyf ekranlari va sozlamalari oʻzi chizadigan matnlar.

## Seyfga kirish

android-vault-title = Hujjatlar seyfi
android-vault-intro = Pasportingiz, guvohnomalaringiz, qarorlar va kvitansiyalarning rasmlarini shu telefonda shifrlangan holda saqlang. Ularni faqat shu telefon ocha oladi va hech narsa hech qayerga yuborilmaydi. Telefondan tashqariga chiqadigan yagona nusxa — oʻzingiz yaratgan zaxira nusxa.
android-vault-create = Seyfimni yaratish
android-vault-pin-prompt = Seyf PIN-kodini kiriting
android-vault-unlock = Ochish
android-vault-key-lost = Bu telefon endi seyfni ocha olmaydi: notoʻgʻri PIN-kod juda koʻp marta kiritilgani uchun seyf kaliti oʻchirilgan yoki kalit buzilgan. Boʻsh seyf bilan qaytadan boshlashingiz va hujjatlaringizni zaxira nusxadan tiklashingiz mumkin.
android-vault-start-over = Boʻsh seyf bilan qaytadan boshlash
android-vault-start-over-confirm = Bu telefondagi qulflangan seyf butunlay oʻchiriladi. Zaxira fayllaringizga tegilmaydi.
android-vault-lock = Seyfni qulflash

## Hujjatlar roʻyxati

android-vault-add-document = Hujjat qoʻshish
android-vault-expired = Muddati tugagan: { DATETIME($date) }
android-vault-expires-soon = Muddati tez orada tugaydi: { DATETIME($date) }
android-vault-valid-until = Amal qilish muddati: { DATETIME($date) }
android-date = { DATETIME($date) }

## Bitta hujjat

android-field-number = Raqami
android-field-holder = Kimning hujjati
android-document-pages-heading = Sahifalar
android-pages-none = Hali sahifalar yoʻq. Har bir sahifani suratga oling.
android-document-edit = Tahrirlash
android-document-delete = Bu hujjatni oʻchirish
android-document-delete-confirm = Bu hujjat va uning barcha sahifalari seyfdan oʻchirilsinmi? Buni ortga qaytarib boʻlmaydi.
android-delete = Oʻchirish
android-page-number = { $number }-sahifa
android-page-share = Ulashish
android-page-share-title = Bu sahifaning nusxasini yuborish
android-page-delete = Bu sahifani oʻchirish
android-page-delete-confirm = Bu sahifa seyfdan oʻchirilsinmi? Buni ortga qaytarib boʻlmaydi.
android-page-unreadable = Bu sahifani koʻrsatib boʻlmadi.

## Hujjat qoʻshish yoki tahrirlash

android-kind-choose = Bu qanday hujjat?
android-document-autosave = Siz yozgan hamma narsa darhol seyfga saqlanadi.
android-date-hint = 2027-02-28
android-date-pick = Kalendar
android-person-add = Boshqa odam
android-person-relation = Bu odam sizga kim boʻladi?
android-relation-myself = Men
android-relation-spouse = Erim yoki xotinim
android-relation-child = Farzandim
android-relation-parent = Otam yoki onam
android-relation-relative = Boshqa qarindoshim
android-relation-other = Boshqa odam
android-page-add-camera = Suratga olish
android-page-add-picker = Rasmni tanlash
android-page-adding = Sahifa qoʻshilmoqda…
android-page-added = Sahifa qoʻshildi.
android-camera-none = Surat olinmadi. Agar kamera ochilmagan boʻlsa, uning oʻrniga rasmni tanlang. Hech narsa saqlanmadi.
android-picker-none = Rasm tanlanmadi. Hech narsa saqlanmadi.
android-storage-failed = Rasmni nusxalab boʻlmadi: telefon xotirasi toʻlgan boʻlishi mumkin. Hech narsa saqlanmadi.

## Sozlamalar

android-settings-title = Sozlamalar
android-settings-language = Til
android-settings-reminder-time = Eslatma vaqti
android-settings-pin = Seyf PIN-kodi
android-settings-pin-set = Seyf uchun PIN-kod oʻrnatish
android-settings-pin-change = Seyf PIN-kodini oʻzgartirish
android-pin-explain = PIN-kod oʻrnatilsa, seyf har safar ochilganda, telefon qulfdan chiqarilgan boʻlsa ham, uni soʻraydi.
android-pin-new = Yangi PIN-kod
android-pin-again = Yangi PIN-kodni takrorlang
android-pin-current = Hozirgi PIN-kod
android-pin-empty = Iltimos, PIN-kodni yozing. Hech narsa oʻzgartirilmadi.
android-pin-mismatch = Ikki PIN-kod bir xil emas. Hech narsa oʻzgartirilmadi.
android-pin-limit-heading = Notoʻgʻri PIN-kod juda koʻp marta kiritilsa
android-pin-limit-none = Seyf kalitini hech qachon oʻchirmaslik
android-pin-limit =
    { $count ->
        [one] PIN-kod { $count } marta notoʻgʻri kiritilgandan keyin seyf kalitini oʻchirish
       *[other] PIN-kod { $count } marta notoʻgʻri kiritilgandan keyin seyf kalitini oʻchirish
    }
android-pin-saved = PIN-kod oʻrnatildi.
android-pin-changed = PIN-kod oʻzgartirildi.
android-pin-no-phone-key = Bu telefondagi seyf kalitini oʻqib boʻlmayapti, shuning uchun PIN-kod oʻrnatib boʻlmaydi. Hech narsa oʻzgartirilmadi.
android-settings-backup = Zaxira nusxa
android-backup = Seyfning zaxira nusxasini yaratish
android-backup-explain = Zaxira nusxa — bitta shifrlangan fayl. Parol iborasini undan alohida saqlang: parol iborasisiz uni hech kim, hatto siz ham, ocha olmaydi.
android-passphrase = Parol iborasi
android-passphrase-again = Parol iborasini takrorlang
android-passphrase-empty = Iltimos, parol iborasini yozing. Hech narsa oʻzgartirilmadi.
android-backup-running = Zaxira nusxa yozilmoqda…
android-backup-write-failed = Zaxira nusxani siz tanlagan joyga yozib boʻlmadi. Seyf oʻzgarmadi.
android-restore = Zaxira nusxadan tiklash
android-restore-explain = Tiklashda zaxira nusxadagi hujjatlar shu seyfga qoʻshiladi. Seyfda bor narsalar oʻzgarmaydi.
android-restore-running = Tiklanmoqda…
android-restore-read-failed = Tanlangan faylni oʻqib boʻlmadi. Hech narsa oʻzgartirilmadi.
android-erase = Hammasini oʻchirish
android-erase-warning = Bu telefondagi seyfning barcha hujjatlari va rasmlari uni ochadigan kalitlar bilan birga butunlay oʻchiriladi, uning eslatmalari ham bekor qilinadi. Siz yaratgan zaxira fayllariga tegilmaydi. Buni ortga qaytarib boʻlmaydi.

# Android ilovasining eslatmalar va nazorat roʻyxatlari ekranlari oʻzi chizadigan matnlar.

## Bildirishnomalar va signallar

android-reminders-notifications-off = Huquq uchun bildirishnomalar oʻchirilgan, shuning uchun eslatmalar bu telefonda chiqmaydi. Quyidagi roʻyxat baribir ishlaydi. Eslatmalarni olish uchun telefon sozlamalarida Huquqqa bildirishnomalar yuborishga ruxsat bering.
android-reminders-exact-off = Bu telefon Huquqqa faqat taxminiy vaqtda eslatishga ruxsat beradi, shuning uchun eslatma biroz kechikib kelishi mumkin.
android-reminders-allow-exact = Eslatmalarning aniq vaqtiga ruxsat berish

## Muddatlar roʻyxati

android-reminders-mark-done = Bajarildi: bugun bajarilgan deb belgilash
android-reminders-marked-done = Bajarilgan deb belgilandi.
android-reminders-follow-up = Keyingi qadam eslatmalaringizga qoʻshildi: { $procedure }
android-reminders-snooze = Keyinroq eslatish…
android-reminders-snoozed = Siz tanlagan kuni yana eslatiladi.
android-reminders-reopen = Hali bajarilmadi: yana eslatish
android-reminders-reopened = Bu muddat uchun eslatmalar yana yoqildi.
android-reminders-days-before = Eslatiladigan kunlarni tanlang…
android-reminders-use-usual-days = Odatiy kunlar
android-reminders-days-saved = Eslatma kunlari saqlandi.
android-reminders-day-option =
    { $count ->
        [0] Oʻsha kunning oʻzida
        [one] { $count } kun oldin
       *[other] { $count } kun oldin
    }
android-reminders-open-checklist = Nimalarni tayyorlash kerak (nazorat roʻyxati)

## Nima boʻlganini yozib qoʻyish

android-reminders-record = Nima boʻlganini yozib qoʻyish
android-reminders-record-title = Nima boʻldi?
android-reminders-record-who = Bu kim haqida?
android-reminders-record-none = Hozircha yozib qoʻyadigan narsa yoʻq.
android-reminders-recorded = Saqlandi. Shu voqeadan boshlanadigan muddat endi eslatmalaringizda.

## Nazorat roʻyxatlari

android-reminders-checklists = Nazorat roʻyxatlari
android-checklist-read-article = Maqolani toʻliq oʻqish
