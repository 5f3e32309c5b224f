# Android кабыгы өзү тартуучу саптар: анын алкагы, мазмуну эмес.

android-ok = Макул
android-cancel = Жокко чыгаруу

# Билим базасынын экрандары (башкы экран, тил тандоо, макалалар, кызмат адамына көрсөтүүчү
# карточкалар, издөө) өзү тартуучу саптар.

android-home-vault = Менин документтерим
android-home-vault-hint = Паспорттор, уруксаттар жана квитанциялар ушул телефондо шифрленип сакталат
android-home-reminders-hint = Документтериңиздин мөөнөттөрү жана алар бүтө электе эмне кылуу керек
android-home-settings = Жөндөөлөр
# Байланыштын телефон номерине чалуу мүмкүн болгон жок (телефон колдонмосу жок планшет).
android-home-no-dialer = Бул түзмөк чала албайт. Номери: { $phone }.

android-language-first-run = Huquq үчүн тилди тандаңыз. Аны кийин башкы экрандан өзгөртө аласыз.
# Экран окугучтар колдонулуп жаткан тилдин аталышынан кийин окуйт.
android-language-selected = тандалган

android-article-read-aloud = Үн чыгарып окуу
android-article-stop-reading = Окууну токтотуу
android-article-tts-unavailable = Бул телефон бул тилде үн чыгарып окуй албайт. Бул тил үчүн үндү телефондун «текстти үнгө айлантуу» жөндөөлөрүнөн кошсо болот.

android-card-machine-translated = Машина менен которулган, адам азырынча текшере элек.

# Android кабыгынын сейф экрандары жана жөндөөлөрү өзү тартуучу саптар.

## Сейфтин кире бериши

android-vault-title = Документтер сейфи
android-vault-intro = Паспортуңуздун, карталарыңыздын, токтомдордун жана квитанциялардын сүрөттөрүн ушул телефондо шифрленген түрдө сактаңыз. Аларды ушул телефон гана ача алат жана эч нерсе эч жакка жөнөтүлбөйт. Телефондон чыга турган жалгыз көчүрмө — өзүңүз жасаган камдык көчүрмө.
android-vault-create = Сейфимди түзүү
android-vault-pin-prompt = Сейфтин PIN-кодун териңиз
android-vault-unlock = Ачуу
android-vault-key-lost = Бул телефон сейфти мындан ары ача албайт: туура эмес PIN-код өтө көп терилгендиктен анын ачкычы өчүрүлгөн, же ачкыч бузулган. Бош сейф менен кайра баштап, документтериңизди камдык көчүрмөдөн калыбына келтирсеңиз болот.
android-vault-start-over = Бош сейф менен кайра баштоо
android-vault-start-over-confirm = Бул телефондогу кулпуланган сейф биротоло өчүрүлөт. Камдык көчүрмө файлдарыңызга тийилбейт.
android-vault-lock = Сейфти кулпулоо

## Документтердин тизмеси

android-vault-add-document = Документ кошуу
android-vault-expired = Мөөнөтү бүткөн: { DATETIME($date) }
android-vault-expires-soon = Мөөнөтү жакында бүтөт: { DATETIME($date) }
android-vault-valid-until = Качанга чейин жарактуу: { DATETIME($date) }
android-date = { DATETIME($date) }

## Бир документ

android-field-number = Номери
android-field-holder = Кимдин документи
android-document-pages-heading = Барактар
android-pages-none = Азырынча барак жок. Ар бир баракты сүрөткө тартыңыз.
android-document-edit = Өзгөртүү
android-document-delete = Бул документти өчүрүү
android-document-delete-confirm = Бул документ жана анын бардык барактары сейфтен өчүрүлсүнбү? Муну кайтаруу мүмкүн эмес.
android-delete = Өчүрүү
android-page-number = { $number }-барак
android-page-share = Бөлүшүү
android-page-share-title = Бул барактын көчүрмөсүн жөнөтүү
android-page-delete = Бул баракты өчүрүү
android-page-delete-confirm = Бул барак сейфтен өчүрүлсүнбү? Муну кайтаруу мүмкүн эмес.
android-page-unreadable = Бул баракты көрсөтүү мүмкүн болгон жок.

## Документ кошуу же өзгөртүү

android-kind-choose = Бул кандай документ?
android-document-autosave = Жазгандарыңыздын баары ошол замат сейфке сакталат.
android-date-hint = 2027-02-28
android-date-pick = Календарь
android-person-add = Башка адам
android-person-relation = Бул адам сизге ким болот?
android-relation-myself = Мен
android-relation-spouse = Күйөөм же аялым
android-relation-child = Балам
android-relation-parent = Атам же энем
android-relation-relative = Башка тууганым
android-relation-other = Башка адам
android-page-add-camera = Сүрөткө тартуу
android-page-add-picker = Сүрөт тандоо
android-page-adding = Барак кошулууда…
android-page-added = Барак кошулду.
android-camera-none = Сүрөт тартылган жок. Эгер камера ачылбаса, анын ордуна сүрөт тандаңыз. Эч нерсе сакталган жок.
android-picker-none = Сүрөт тандалган жок. Эч нерсе сакталган жок.
android-storage-failed = Сүрөттү көчүрүү мүмкүн болгон жок: телефондун эс тутуму толуп калган болушу мүмкүн. Эч нерсе сакталган жок.

## Жөндөөлөр

android-settings-title = Жөндөөлөр
android-settings-language = Тил
android-settings-reminder-time = Эскертме убактысы
android-settings-pin = Сейфтин PIN-коду
android-settings-pin-set = Сейфке PIN-код коюу
android-settings-pin-change = Сейфтин PIN-кодун өзгөртүү
android-pin-explain = PIN-код коюлса, телефон кулпудан ачык турса да, сейф ар бир ачылганда аны сурайт.
android-pin-new = Жаңы PIN-код
android-pin-again = Жаңы PIN-кодду кайталаңыз
android-pin-current = Азыркы PIN-код
android-pin-empty = PIN-кодду териңиз. Эч нерсе өзгөргөн жок.
android-pin-mismatch = Эки PIN-код бири-бирине дал келбейт. Эч нерсе өзгөргөн жок.
android-pin-limit-heading = Туура эмес PIN-код өтө көп терилгенде
android-pin-limit-none = Сейфтин ачкычын эч качан өчүрбөө
android-pin-limit =
    { $count ->
        [one] { $count } жолу туура эмес PIN-код терилгенде сейфтин ачкычын өчүрүү
       *[other] { $count } жолу туура эмес PIN-код терилгенде сейфтин ачкычын өчүрүү
    }
android-pin-saved = PIN-код коюлду.
android-pin-changed = PIN-код өзгөртүлдү.
android-pin-no-phone-key = Бул телефондогу сейфтин ачкычын окуу мүмкүн эмес, ошондуктан PIN-код коюуга болбойт. Эч нерсе өзгөргөн жок.
android-settings-backup = Камдык көчүрмө
android-backup = Сейфтин камдык көчүрмөсүн жасоо
android-backup-explain = Камдык көчүрмө — бир шифрленген файл. Сырсөздү андан бөлөк сактаңыз: сырсөзсүз аны эч ким, атүгүл өзүңүз да ача албайсыз.
android-passphrase = Сырсөз
android-passphrase-again = Сырсөздү кайталаңыз
android-passphrase-empty = Сырсөздү териңиз. Эч нерсе өзгөргөн жок.
android-backup-running = Камдык көчүрмө жазылууда…
android-backup-write-failed = Камдык көчүрмөнү сиз тандаган жерге жазуу мүмкүн болгон жок. Сейф өзгөргөн жок.
android-restore = Камдык көчүрмөдөн калыбына келтирүү
android-restore-explain = Калыбына келтирүү камдык көчүрмөдөгү документтерди ушул сейфке кошот. Бул жерде мурунтан бар нерселердин эч бири өзгөрбөйт.
android-restore-running = Калыбына келтирилүүдө…
android-restore-read-failed = Тандалган файлды окуу мүмкүн болгон жок. Эч нерсе өзгөргөн жок.
android-erase = Баарын өчүрүү
android-erase-warning = Бул телефондогу сейфтеги бардык документтер жана сүрөттөр аны ача турган ачкычтар менен кошо биротоло өчүрүлөт, анын эскертмелери да алынып салынат. Сиз жасаган камдык көчүрмө файлдарына тийилбейт. Муну кайтаруу мүмкүн эмес.

# Android кабыгынын эскертмелери жана даярдоо тизмелери өзү тартуучу саптар.

## Билдирмелер жана ойготкучтар

android-reminders-notifications-off = Huquq үчүн билдирмелер өчүк, ошондуктан эскертмелер бул телефондо чыга албайт. Төмөнкү тизме баары бир иштейт. Эскертмелерди алуу үчүн телефондун жөндөөлөрүнөн Huquq үчүн билдирмелерге уруксат бериңиз.
android-reminders-exact-off = Бул телефон Huquq колдонмосуна болжолдуу убакта гана эскертүүгө уруксат берет, ошондуктан эскертме бир аз кечигип келиши мүмкүн.
android-reminders-allow-exact = Эскертмелердин так убактысына уруксат берүү

## Мөөнөттөрдүн тизмеси

android-reminders-mark-done = Аткарылды: бүгүн аткарылды деп белгилөө
android-reminders-marked-done = Аткарылды деп белгиленди.
android-reminders-follow-up = Кийинки кадам эскертмелериңизге кошулду: { $procedure }
android-reminders-snooze = Кийинчерээк эскертүү…
android-reminders-snoozed = Сиз тандаган күнү эскертме келет.
android-reminders-reopen = Азырынча аткарыла элек: кайра эскертүү
android-reminders-reopened = Бул мөөнөттүн эскертмелери кайра күйгүзүлдү.
android-reminders-days-before = Эскертүү күндөрүн тандоо…
android-reminders-use-usual-days = Кадимки күндөр
android-reminders-days-saved = Эскертүү күндөрү сакталды.
android-reminders-day-option =
    { $count ->
        [0] Акыркы күндүн өзүндө
        [one] { $count } күн мурун
       *[other] { $count } күн мурун
    }
android-reminders-open-checklist = Эмнени даярдоо керек (даярдоо тизмеси)

## Эмне болгонун жазуу

android-reminders-record = Эмне болгонун жазуу
android-reminders-record-title = Эмне болду?
android-reminders-record-who = Бул ким тууралуу?
android-reminders-record-none = Азырынча жаза турган эч нерсе жок.
android-reminders-recorded = Сакталды. Ушул окуядан башталган мөөнөт эми эскертмелериңизде.

## Даярдоо тизмелери

android-reminders-checklists = Даярдоо тизмелери
android-checklist-read-article = Толук макаланы окуу
