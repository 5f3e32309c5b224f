# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = Макул
action-cancel = Жокко чыгаруу
home-vault = Менин документтерим
home-vault-hint = Паспорттор, уруксаттар жана квитанциялар ушул телефондо шифрленип сакталат
home-reminders-hint = Документтериңиздин мөөнөттөрү жана алар бүтө электе эмне кылуу керек
home-journal = Журнал
home-journal-hint = Кызмат адамдары менен болгон ар бир окуя жазылып, мөөрлөнөт
journal-correct = Бул жазууну оңдоо
home-settings = Жөндөөлөр
# Байланыштын телефон номерине чалуу мүмкүн болгон жок (телефон колдонмосу жок планшет).
home-no-dialer = Бул түзмөк чала албайт. Номери: { $phone }.
language-first-run = Huquq үчүн тилди тандаңыз. Аны кийин башкы экрандан өзгөртө аласыз.
article-read-aloud = Үн чыгарып окуу
article-stop-reading = Окууну токтотуу
article-tts-unavailable = Бул телефон бул тилде үн чыгарып окуй албайт. Бул тил үчүн үндү телефондун «текстти үнгө айлантуу» жөндөөлөрүнөн кошсо болот.
card-machine-translated = Машина менен которулган, адам азырынча текшере элек.
action-delete = Өчүрүү
page-share = Бөлүшүү
page-share-title = Бул барактын көчүрмөсүн жөнөтүү
page-delete = Бул баракты өчүрүү
page-delete-confirm = Бул барак сейфтен өчүрүлсүнбү? Муну кайтаруу мүмкүн эмес.
page-unreadable = Бул баракты көрсөтүү мүмкүн болгон жок.
date-pick = Календарь
page-add-camera = Сүрөткө тартуу
page-add-picker = Сүрөт тандоо
page-adding = Барак кошулууда…
page-added = Барак кошулду.
camera-none = Сүрөт тартылган жок. Эгер камера ачылбаса, анын ордуна сүрөт тандаңыз. Эч нерсе сакталган жок.
ios-camera-usage = { -brand-name } камераны документтериңизди сүрөткө тартып, аларды ушул телефондо шифрленген түрдө сактоо үчүн гана колдонот.
picker-none = Сүрөт тандалган жок. Эч нерсе сакталган жок.
storage-failed = Сүрөттү көчүрүү мүмкүн болгон жок: телефондун эс тутуму толуп калган болушу мүмкүн. Эч нерсе сакталган жок.
pin-saved = PIN-код коюлду.
pin-changed = PIN-код өзгөртүлдү.
pin-no-phone-key = Бул телефондогу сейфтин ачкычын окуу мүмкүн эмес, ошондуктан PIN-код коюуга болбойт. Эч нерсе өзгөргөн жок.
passphrase = Сырсөз
passphrase-again = Сырсөздү кайталаңыз
passphrase-suggest = Сырсөз сунуштоо
passphrase-suggested = Бул сырсөздү жазып алып, камдык көчүрмөдөн өзүнчө сактаңыз: { $passphrase }
backup-pin-prompt = Камдык көчүрмө жасоо үчүн сейфтин PIN-кодун териңиз
backup-write-failed = Камдык көчүрмөнү сиз тандаган жерге жазуу мүмкүн болгон жок. Сейф өзгөргөн жок.
restore-read-failed = Тандалган файлды окуу мүмкүн болгон жок. Эч нерсе өзгөргөн жок.
reminders-notifications-off = Huquq үчүн билдирмелер өчүк, ошондуктан эскертмелер бул телефондо чыга албайт. Төмөнкү тизме баары бир иштейт. Эскертмелерди алуу үчүн телефондун жөндөөлөрүнөн Huquq үчүн билдирмелерге уруксат бериңиз.
reminders-exact-off = Бул телефон Huquq колдонмосуна болжолдуу убакта гана эскертүүгө уруксат берет, ошондуктан эскертме бир аз кечигип келиши мүмкүн.
reminders-allow-exact = Эскертмелердин так убактысына уруксат берүү
reminders-snoozed = Сиз тандаган күнү эскертме келет.
reminders-reopened = Бул мөөнөттүн эскертмелери кайра күйгүзүлдү.
reminders-days-saved = Эскертүү күндөрү сакталды.
reminders-record = Эмне болгонун жазуу
reminders-recorded = Сакталды. Ушул окуядан башталган мөөнөт эми эскертмелериңизде.
reminders-checklists = Даярдоо тизмелери
checklist-read-article = Толук макаланы окуу
app-name = { -brand-name }
home-search-hint = Укуктарыңызды издөө
topic-article-count =
    { $count ->
        [one] { $count } макала
       *[other] { $count } макала
    }
article-sources-heading = Булактар
article-cards-heading = Кызмат адамына көрсөтүүчү карточкалар
confidence-verified = Расмий текст менен салыштырылып текшерилген
confidence-reported = Аталган булактардан алынган, расмий текст менен азырынча салыштырыла элек
confidence-unverified = Азырынча текшериле элек
card-official-text = Кызмат адамы үчүн, { $language }:
languages-heading = Тилдер
error-storage = Huquq өзүнүн маалымат папкасын окуй же жаза алган жок. Эч нерсе өзгөргөн жок.
cli-topic-open-hint = Теманы ачуу: huquq topics ТЕМА
cli-read-hint = Макаланы окуу: huquq read МАКАЛА
cli-card-hint = Карточканы көрсөтүү: huquq card КАРТОЧКА
contact-phone = Телефон: { $phone }
contact-website = Сайт: { $website }
cli-error = Ката
error-crypto = Түзмөк коопсуз ачкыч түзө алган жок. Эч нерсе сакталган жок.
error-photo-unreadable = Сүрөттү окуу мүмкүн болгон жок. Эч нерсе сакталган жок.
vault-deleted = Өчүрүлдү.
vault-erased = Сейфтеги баары өчүрүлдү.
vault-backup-done = Камдык көчүрмө жазылды: { $documents } документ, { $pages } барак.
vault-restore-done = Калыбына келтирилди: { $documents } документ жана { $pages } барак кошулду; { $skipped } барак мурунтан эле бар болчу; журналга { $entries } жазуу кошулду.
cli-vault-passphrase = Сейфтин сырсөзү:{" "}
cli-vault-passphrase-again = Сырсөздү кайталаңыз:{" "}
passphrase-mismatch = Эки сырсөз бири-бирине дал келбейт. Эч нерсе өзгөргөн жок.
cli-backup-passphrase = Камдык көчүрмөнүн сырсөзү:{" "}
cli-vault-created = Сейф түзүлдү. Сырсөзүңүздү жакшы сактаңыз: ансыз эч ким, атүгүл Huquq да, документтериңизди ача албайт.
cli-vault-erase-confirm = Бул сейфтеги бардык документтерди биротоло өчүрөт. Ырастоо үчүн --yes менен кайра иштетиңиз.
cli-no-terminal-for-passphrase = Сырсөздү сурай турган терминал жок. Аны { $variable } чөйрө өзгөрмөсүнө жазыңыз.
reminders-title = Эскертмелер
reminders-settings = Эскертмелер саат { $time } келет, убакыт алкагы: { $zone }
calendar-exported =
    { $count ->
        [one] Календарь файлына { $count } мөөнөт жазылды.
       *[other] Календарь файлына { $count } мөөнөт жазылды.
    }
glossary-title = Юридикалык терминдер
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = Адегенде маалыматтарды киргизүү

## The case file

casefile-done = Иштин материалдары жазылды: { $pages } бет, журналдын { $entries } жазуусу, { $pictures } сүрөт.
casefile-done-encrypted = Иштин материалдары age менен шифрленип жазылды: { $pages } бет, журналдын { $entries } жазуусу, { $pictures } сүрөт. Сырсөздү файлдан башка жол менен бериңиз.
cli-casefile-passphrase = Иштин материалдарынын сырсөзү:{" "}
