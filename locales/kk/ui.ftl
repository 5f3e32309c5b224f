# Интерфейс жолдары. Түпнұсқа тілі — ағылшын тілі: әр хабар алдымен сонда пайда болады.

-brand-name = Huquq

home-greeting = Құқықтарыңызды біліңіз — интернетсіз де, өз тіліңізде.
home-topics-heading = Тақырыптар
home-cards-heading = Лауазымды адамға көрсету
home-contacts-heading = Көмекті қайдан алуға болады

article-related-heading = Тағы қараңыз
source-checked = Тексерілген күні: { DATETIME($date) }
source-translation = Ағылшын тіліндегі ресми емес аударма

callout-note = Ескертпе
callout-tip = Кеңес
callout-warning = Назар аударыңыз

notice-not-translated = Сұралған тілге әлі аударылмаған: { $requested }. Көрсетілген тіл: { $shown }.
notice-machine-translated = Машиналық аударма (түпнұсқа тілі: { $original }). Оны әлі адам тексерген жоқ.
notice-unverified = Әлі тексерілмеген: { $details }

search-results =
    { $count ->
        [0] «{ $query }» бойынша ештеңе табылмады.
        [one] { $count } нәтиже
       *[other] { $count } нәтиже
    }
search-found-by = «{ $word }» сөзі бойынша табылды
search-read-as = «{ $query }» сұрауының нәтижелері көрсетілген.
search-browse-topics = Сәйкес ештеңе жоқ. Тақырыптарды қараңыз:

card-show-hint = Бұл экранды лауазымды адамға көрсетіңіз.

language-en = ағылшын тілі
language-ru = орыс тілі
language-kk = қазақ тілі
language-fr = француз тілі
language-uz = өзбек тілі
language-ky = қырғыз тілі
language-tg = тәжік тілі
language-fa = парсы тілі
language-ar = араб тілі

error-not-found-article = «{ $id }» деген мақала жоқ.
error-not-found-topic = «{ $id }» деген тақырып жоқ.
error-not-found-card = «{ $id }» деген карточка жоқ.
error-query-too-long = Іздеу сөзі тым ұзын. Ең көбі { $max } таңба пайдаланыңыз.
error-content = Қолданбаның ішіндегі мазмұн жүктелмеді. Қолданбаны қайта орнатыңыз.

## Құжаттар қоймасы

error-not-found-person = Бұл адам қоймаңызда жоқ.
error-not-found-document = Бұл құжат қоймаңызда жоқ.
error-not-found-page = Бұл бет қоймаңызда жоқ.
error-not-found-payment = Бұл төлем қоймаңызда жоқ.
error-invalid-missing = Мына өрісті толтырыңыз: { $field }.
error-invalid-bad-date = { $field }: мұндай күн жоқ. Жыл-ай-күн түрінде жазыңыз, мысалы 2027-02-28.
error-invalid-expiry-before-issue = Мерзімнің аяқталу күні берілген күннен ерте көрсетілген.
error-invalid-negative = Сома теріс болмауы керек.
error-invalid-bad-currency = Үш әріптен тұратын валюта кодын жазыңыз, мысалы KZT.
error-wrong-key = Бұл кілт немесе PIN-код қойманы ашпайды. Ештеңе өзгертілген жоқ.
error-invalid-key = Қойманың кілті бүлінген. Ештеңе өзгертілген жоқ.
error-vault-missing = Қойма әлі жоқ. Алдымен оны жасаңыз.
error-vault-exists = Мұнда қойма бұрыннан бар. Ештеңе өзгертілген жоқ.
error-vault-too-new = Бұл қойманы Huquq-тың жаңарақ нұсқасы жасаған. Оны ашу үшін қолданбаны жаңартыңыз.

field-name = Аты
field-kind = Құжат түрі
field-issued-on = Берілген күні
field-expires-on = Мерзімнің аяқталу күні
field-amount = Сома
field-currency = Валюта
field-paid-on = Төленген күні
error-wrong-pin = PIN-код қате. Ештеңе өзгертілген жоқ.
error-wrong-pin-limited =
    { $left ->
        [one] PIN-код қате. Тағы бір рет қате PIN-код енгізсеңіз, қойманың кілті өшіріледі.
       *[other] PIN-код қате. Қойманың кілті өшірілгенге дейін { $left } әрекет қалды.
    }
error-too-many-attempts = Қате PIN-код тым көп рет енгізілді: қойманың кілті өшірілді. Құжаттарыңызды сақтық көшірмеден қалпына келтіріңіз.
error-pin-not-set = Бұл қойма үшін PIN-код орнатылмаған.
error-pin-wait =
    { $minutes ->
        [one] Қате PIN-код қатарынан тым көп рет енгізілді. Бір минуттан кейін қайталап көріңіз.
       *[other] Қате PIN-код қатарынан тым көп рет енгізілді. { $minutes } минуттан кейін қайталап көріңіз.
    }
error-pin-required = Алдымен қойманың PIN-кодын енгізіңіз: сақтық көшірме барлық құжаттарыңызды телефоннан шығарады.
error-pin-device-key-lost = Бұл телефон енді PIN-кодты тексере алмайды: қойма кілтінің телефондағы бөлігі жоғалды. Құжаттарыңызды сақтық көшірмеден қалпына келтіріңіз.
error-pin-too-short = PIN-код кемінде { $min } таңбадан тұруы керек.
error-photo-empty = Фотосурет файлы бос. Ештеңе сақталған жоқ.
error-photo-too-large = Фотосурет файлы тым үлкен (ең көбі { $max } МБ). Ештеңе сақталған жоқ.
error-photo-too-many-pixels = Сурет тым үлкен (ең көбі { $max } мегапиксель). Ештеңе сақталған жоқ.
error-photo-not-an-image = Бұл файл фотосурет емес (JPEG немесе PNG). Ештеңе сақталған жоқ.
error-photo-corrupt = Фотосурет бүлінген немесе толық емес. Ештеңе сақталған жоқ.
error-backup-wrong-secret = Бұл құпиясөз немесе кілт сақтық көшірмені ашпайды. Тексеріп, қайталап көріңіз. Ештеңе өзгертілген жоқ.
error-backup-damaged = Бұл сақтық көшірме файлы бүлінген, толық емес немесе Huquq сақтық көшірмесі емес. Ештеңе өзгертілген жоқ.
error-pack-not-a-pack = Бұл файл Huquq мазмұн жаңартуы емес немесе толық емес. Ештеңе өзгертілген жоқ.
error-pack-unknown-key = Бұл мазмұн жаңартуына Huquq шығарушысы қол қоймаған. Ол орнатылған жоқ. Ештеңе өзгертілген жоқ.
error-pack-altered = Бұл мазмұн жаңартуы қол қойылғаннан кейін өзгертілген немесе бүлінген. Ол орнатылған жоқ. Ештеңе өзгертілген жоқ.
error-pack-too-large = Бұл файл мазмұн жаңартуы болу үшін тым үлкен. Ештеңе өзгертілген жоқ.
error-pack-damaged = Бұл мазмұн жаңартуы бүлінген, оны оқу мүмкін емес. Ештеңе өзгертілген жоқ.
error-pack-not-newer = Бұл мазмұн жаңартуы сіздегі мазмұннан жаңа емес. Ештеңе өзгертілген жоқ.
error-pack-needs-newer-app = Бұл мазмұн жаңартуы үшін Huquq-тың жаңарақ нұсқасы керек. Алдымен қолданбаны жаңартыңыз. Ештеңе өзгертілген жоқ.
error-pack-fails-check = Бұл мазмұн жаңартуының мәтіндерінде қателер бар. Ол орнатылған жоқ. Ештеңе өзгертілген жоқ.
error-pack-none-installed = Бұл телефонда тек қолданбаның ішіндегі мазмұн бар. Бөлісетін мазмұн жаңартуы жоқ.
error-backup-unsupported = Бұл сақтық көшірмені Huquq-тың жаңарақ нұсқасы жасаған. Оны қалпына келтіру үшін қолданбаны жаңартыңыз. Ештеңе өзгертілген жоқ.
error-vault-locked = Қойма құлыпталған. Алдымен оның құлпын ашыңыз.

## Терминалдағы қойма

vault-me = Мен
vault-empty = Қоймада әлі құжат жоқ.
vault-expires = мерзімі: { DATETIME($date) }
vault-no-expiry = мерзімі шектелмеген
vault-pages =
    { $count ->
        [one] { $count } бет
       *[other] { $count } бет
    }
vault-authority = Кім берген
vault-notes = Жазбалар
vault-kind-passport = Паспорт
vault-kind-residence-permit = Тұруға рұқсат
vault-kind-residence-card = Тұруға ықтиярхат
vault-kind-visa = Виза
vault-kind-registration = Тіркеу
vault-kind-work-permit = Жұмысқа рұқсат
vault-kind-patent = Патент
vault-kind-fine-or-decision = Айыппұл немесе қаулы
vault-kind-receipt = Түбіртек
vault-kind-court-paper = Сот құжаты
vault-kind-other = Басқа құжат

## Еске салғыштар мен мерзімдер

error-not-found-procedure = «{ $id }» деген рәсім жоқ.
error-not-found-deadline = Бұл мерзім енді жоқ.
error-not-found-event = Бұл оқиға қоймаңызда жоқ.
error-invalid-unknown-time-zone = { $field }: мұндай уақыт белдеуі белгісіз. Asia/Almaty сияқты атауды пайдаланыңыз.
error-invalid-bad-time = { $field }: уақытты сағат пен минутпен жазыңыз, мысалы 09:00.
error-invalid-offset-too-large = { $field }: еске салғыш мерзімнен ең көбі 365 күн бұрын келе алады.
error-invalid-wrong-event = Бұл оқиға осы рәсімді бастамайды.
field-time-zone = Уақыт белдеуі
field-reminder-time = Еске салу уақыты
field-offsets = Мерзімге дейінгі күндер
field-happened-on = Күні
field-snooze-until = Қайта еске салу күні
event-kind-moved = Жаңа мекенжайға көштім
event-kind-decision-received = Қаулы алдым (айыппұл немесе жаза туралы)
event-kind-passport-handed-over = Паспортымды көші-қон қызметіне тапсырдым
event-kind-entered-country = Елге кірдім
event-kind-left-country = Елден шықтым
event-kind-job-changed = Жұмысымды ауыстырдым
reminders-empty = Әзірге мерзімдер жоқ. Құжаттарыңызды мерзімінің аяқталу күнімен қосыңыз немесе не болғанын жазып қойыңыз: көшу, қаулы, елге кіру.
reminder-due-in =
    { $days ->
        [one] Мерзімге { $days } күн қалды: { DATETIME($date) }
       *[other] Мерзімге { $days } күн қалды: { DATETIME($date) }
    }
reminder-due-today = Соңғы күн — бүгін: { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] Мерзімнен { $days } күн өтті: { DATETIME($date) }
       *[other] Мерзімнен { $days } күн өтті: { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [one] Мерзімі { $days } күннен кейін бітеді: { DATETIME($date) }
       *[other] Мерзімі { $days } күннен кейін бітеді: { DATETIME($date) }
    }
reminder-expires-today = Мерзімі бүгін бітеді: { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] Мерзімі { $days } күн бұрын бітті: { DATETIME($date) }
       *[other] Мерзімі { $days } күн бұрын бітті: { DATETIME($date) }
    }
reminder-open-app = Не істеу керектігін көру үшін Huquq-ты ашыңыз.
reminder-holidays-caveat = Мерзім жұмыс күндерімен есептеледі. Мереке күндерінің тізімі расталмаған, сондықтан бұл күнді мекемеден нақтылаңыз.
reminder-done = Орындалды
reminder-snoozed = Кейінге қалдырылды. Қайта еске салу: { DATETIME($date) }
checklist-required = Заң нені талап етеді
checklist-not-required = Заң нені талап етпейді
checklist-basis = Негіздеме: { $citation }
checklist-no-deadline = Әзірге мерзім жоқ: құжатты мерзімінің аяқталу күнімен қосыңыз немесе не болғанын жазып қойыңыз.
checklist-state-valid = Сізде бар және жарамды
checklist-state-expires-before-deadline = Сізде бар, бірақ оның мерзімі соңғы күннен бұрын бітеді
checklist-state-expired = Сізде бар, бірақ оның мерзімі бітіп қалған
checklist-state-missing = Қоймаңызда жоқ
checklist-state-not-tracked = Өзіңізбен бірге әкеліңіз: қойма мұны сақтамайды
checklist-item-unverified = Расталмаған
calendar-name = Huquq мерзімдері

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = Құжаттар қоймасы
vault-gate-intro = Паспортыңыздың, карточкаларыңыздың, қаулылардың және түбіртектердің фотосуреттерін осы телефонда шифрланған түрде сақтаңыз. Оларды тек осы телефон аша алады, ештеңе ешқайда жіберілмейді. Телефоннан шығатын жалғыз көшірме — өзіңіз жасаған сақтық көшірме.
vault-gate-create = Қоймамды жасау
vault-gate-pin-prompt = Қойманың PIN-кодын енгізіңіз
vault-gate-unlock = Ашу
vault-gate-key-lost = Бұл телефон енді қойманы аша алмайды: қате PIN-код тым көп рет енгізілгендіктен оның кілті өшірілді немесе кілт бүлінген. Бос қоймамен қайта бастап, құжаттарыңызды сақтық көшірмеден қалпына келтіре аласыз.
vault-gate-start-over = Бос қоймамен қайта бастау
vault-gate-start-over-confirm = Бұл осы телефондағы құлыпталған қойманы біржола жояды. Сақтық көшірме файлдарыңыз өзгеріссіз қалады.
vault-lock = Қойманы құлыптау
vault-add-document = Құжат қосу
vault-expired-on = Мерзімі бітті: { DATETIME($date) }
vault-expires-soon = Мерзімі жақында бітеді: { DATETIME($date) }
vault-valid-until = Мына күнге дейін жарамды: { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = Нөмірі
field-holder = Кімнің құжаты
vault-pages-heading = Беттер
vault-pages-none = Әзірге бет жоқ. Әр беттің фотосуретін түсіріңіз.
vault-document-edit = Өзгерту
vault-document-delete = Бұл құжатты жою
vault-document-delete-confirm = Бұл құжатты және оның барлық беттерін қоймадан жоясыз ба? Мұны кері қайтару мүмкін емес.
vault-page-number = { $number }-бет
vault-kind-choose = Бұл қандай құжат?
vault-form-autosave = Жазғаныңыздың бәрі қоймада бірден сақталады.
vault-date-hint = 2027-02-28
vault-person-add = Басқа адам
vault-person-relation = Бұл адам сізге кім болады?
vault-relation-myself = Мен
vault-relation-spouse = Күйеуім немесе әйелім
vault-relation-child = Балам
vault-relation-parent = Әкем немесе анам
vault-relation-relative = Басқа туысым
vault-relation-other = Басқа адам
settings-title = Параметрлер
settings-language = Тіл
settings-reminders = Еске салу уақыты
settings-pin = Қойманың PIN-коды
settings-pin-set = Қойманың PIN-кодын орнату
settings-pin-change = Қойманың PIN-кодын өзгерту
settings-pin-explain = PIN-код орнатылса, қойма әр ашылған сайын оны сұрайды, телефонның құлпы ашық болса да. Оны тек осы телефон тексере алады, әр қате PIN-кодтан кейін күту уақыты ұзара береді; қате PIN-код қатарынан тым көп рет енгізілсе, қойманың кілті өшіріледі, сонда құжаттарыңызды тек сақтық көшірме қайтара алады.
pin-new = Жаңа PIN-код
pin-again = Жаңа PIN-кодты қайталаңыз
pin-current = Қазіргі PIN-код
pin-limit-heading = Қате PIN-код тым көп рет енгізілсе
pin-limit =
    { $count ->
        [one] Қате PIN-код { $count } рет енгізілгеннен кейін қойманың кілтін өшіру
       *[other] Қате PIN-код { $count } рет енгізілгеннен кейін қойманың кілтін өшіру
    }
settings-backup = Сақтық көшірме
settings-backup-button = Қойманың сақтық көшірмесін жасау
settings-backup-explain = Сақтық көшірме — бір шифрланған файл. Құпиясөзді одан бөлек сақтаңыз: құпиясөзсіз оны ешкім, тіпті өзіңіз де аша алмайсыз.
backup-running = Сақтық көшірме жазылып жатыр…
settings-restore-button = Сақтық көшірмеден қалпына келтіру
settings-restore-explain = Қалпына келтіргенде сақтық көшірмедегі құжаттар осы қоймаға қосылады. Мұнда бұрыннан бар ештеңе өзгертілмейді.
restore-running = Қалпына келтіріліп жатыр…
settings-content = Құқықтар туралы мазмұн
settings-content-built-in = Қолданбаның ішіндегі { DATETIME($date) } күнгі құқықтар туралы мазмұн.
settings-content-pack = { $publisher } шығарған { DATETIME($date) } күнгі құқықтар туралы мазмұн, { DATETIME($installed) } күні орнатылған.
settings-content-explain = Мазмұн жаңартуы — Huquq шығарушысынан келетін бір шағын файл, ол кез келген басқа файл сияқты адамнан адамға беріледі. Huquq оны шынайы болса және сіздегі мазмұннан жаңа болса ғана орнатады. Интернет қажет емес.
settings-content-fallback = Бұл телефондағы мазмұн жаңартуын оқу мүмкін болмады, сондықтан оның орнына қолданбаның ішіндегі мазмұн көрсетілген. Жаңартуды қайта пайдалану үшін оны файлынан қайта орнатыңыз.
settings-content-update = Мазмұнды файлдан жаңарту
settings-content-share = Мазмұнмен бөлісу
settings-erase = Бәрін өшіру
settings-erase-warning = Бұл осы телефондағы қоймадағы барлық құжат пен фотосуретті оны ашатын кілттермен бірге біржола өшіреді және оның еске салғыштарын алып тастайды. Өзіңіз жасаған сақтық көшірме файлдары өзгеріссіз қалады. Мұны кері қайтару мүмкін емес.
reminders-mark-done = Орындалды: бүгін орындалды деп белгілеу
reminders-marked-done = Орындалды деп белгіленді.
reminders-follow-up = Келесі қадам еске салғыштарыңызға қосылды: { $procedure }
reminders-snooze = Кейінірек еске салу…
reminders-reopen = Әлі орындалған жоқ: қайта еске салу
reminders-days-before = Еске салу күндерін таңдау…
reminders-use-usual-days = Әдеттегі күндер
reminders-day-option =
    { $count ->
        [0] Мерзім күнінің өзінде
        [one] { $count } күн бұрын
       *[other] { $count } күн бұрын
    }
reminders-open-checklist = Не дайындау керек (тексеру тізімі)
reminders-record-title = Не болды?
reminders-record-who = Бұл кім туралы?
reminders-record-none = Әзірге жазатын ештеңе жоқ.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = Төлемдер
vault-deadlines-heading = Мерзімдер
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $total } ішінен { $done }
field-pin = PIN-код
field-passphrase = Құпиясөз
error-invalid-mismatch = { $field }: екі енгізу сәйкес келмейді. Ештеңе өзгертілмеді.
error-invalid-too-weak = { $field }: тым қысқа немесе оңай табылады. Ешқандай үлгіге бағынбайтын кемінде 12 таңба жазыңыз немесе Huquq ұсынатын құпиясөзді алыңыз. Ештеңе өзгертілмеді.

## Журнал: лауазымды адамдармен болған жағдайлар

error-not-found-journal-entry = Бұл журнал жазбасы қоймаңызда жоқ.
error-journal-broken = Журналдың бір жазбасы жазылғаннан кейін өзгертілген. Журнал қай жазба екенін көрсетеді.
error-invalid-in-future = { $field }: бұл уақыт әлі келген жоқ. Журналға тек болып өткен нәрсе жазылады. Ештеңе сақталған жоқ.
error-invalid-too-long = { $field }: тым ұзын. Қысқартыңыз немесе екі жазбаға бөліп жазыңыз. Ештеңе сақталған жоқ.
field-place = Орны
field-office = Мекеме немесе бөлімше
field-official = Лауазымды адамның аты-жөні, шені немесе жетон нөмірі
field-demanded = Олар не сұрады
field-documents = Құжаттар
field-money-asked = Сұралған ақша
field-said = Не айтылды
field-outcome = Немен аяқталды
field-witnesses = Куәгерлер
field-return-by = Қайтаруға уәде берілген күн
journal-kind-police-check = Полицияның тексеруі
journal-kind-migration-office-visit = Көші-қон қызметіне бару
journal-kind-fine-or-protocol = Айыппұл немесе хаттама
journal-kind-document-taken = Құжат алып қойылды
journal-kind-document-returned = Құжат қайтарылды
journal-kind-bribe-asked = Пара сұралды
journal-kind-detention = Ұстап алу
journal-kind-other = Лауазымды адамдармен болған басқа жағдай
journal-title = Журнал
journal-add = Лауазымды адамдармен болған жағдайды жазу
journal-empty = Әзірге ештеңе жазылған жоқ. Лауазымды адамдармен болған әр жағдайды мүмкіндігінше тез жазып алыңыз: не болды, кім қатысты, не сұралды, не алып қойылды немесе не төленді. Жазбаны кейін өзгерту мүмкін емес, оны тек жаңа жазбамен түзетуге болады, сондықтан журнал өзінің қайта жазылмағанын көрсете алады.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }, { $time }
journal-captured = Жазылған уақыты: { DATETIME($date) }, { $time } (осы телефонның сағаты бойынша)
journal-corrected = Кейінгі жазбамен түзетілген
journal-correction = Бұрынғы жазбаны түзетеді
journal-chain-own = Сіздің журналыңыз
journal-chain-restored = Сақтық көшірмеден алынған журнал
journal-chain-intact =
    { $count ->
        [one] Бүтін: оның жалғыз жазбасы жазылғаннан бері өзгертілген жоқ.
       *[other] Бүтін: оның { $count } жазбасының ешқайсысы жазылғаннан бері өзгертілген жоқ.
    }
journal-chain-broken = Жазылғаннан кейін өзгертілген: { $position }-жазба енді өз мөріне сәйкес келмейді. Сол жазбадан бастап журнал не жазылғанын көрсете алмайды.
journal-seal = Мөр: { $hash }
journal-position-own = Журналыңыздың { $position }-жазбасы
journal-position-restored = Сақтық көшірмеден алынған журналдың { $position }-жазбасы
journal-document-shown = { $document }: көрсетілді
journal-document-taken = { $document }: алып қойылды
journal-document-returned = { $document }: қайтарылды
journal-custody-heading = Мекемеде қалған құжаттар
journal-custody-taken = { DATETIME($date) } күні алып қойылды: { $office }
journal-custody-promised = { DATETIME($date) } күніне дейін қайтаруға уәде берілді
journal-custody-returned = { DATETIME($date) } күні қайтарылды
journal-custody-held = Әлі қайтарылған жоқ
journal-correct-title = Бұл жазбаны түзету
journal-form-note = Сақталған жазба мөрленеді, оны өзгерту мүмкін емес. Бірдеңе қате болса, түзетуді сақтаңыз: екеуі де журналда қалады.
journal-field-kind = Не болды
journal-when-hint = 2026-12-01 немесе 2026-12-01 14:30
journal-action-none = Қатысы жоқ
journal-action-shown = Көрсетілді
journal-action-taken = Алып қойылды
journal-action-returned = Қайтарылды
journal-save = Сақтау және мөрлеу

## The case file: a PDF for a lawyer, in the lawyer's language with the user's beside it

error-not-found-language = Huquq-та «{ $id }» тіліндегі мәтіндер жоқ.
casefile-title = Іс материалдары: лауазымды адамдармен болған жағдайлар
# $date: the day the file was made.
casefile-made = Huquq қолданбасы арқылы { DATETIME($date) } күні тұлғаның телефонында сақталған жазбалар негізінде жасалды. Тұлғаның өзі жазған мәтіндер өзгеріссіз келтірілген.
casefile-about = Журналдың әр жазбасы жазылған сәтте мөрленді: оның SHA-256 хеші жазбаның мазмұнын және алдыңғы жазбаның хешін қамтиды, сондықтан кейін өзгертілген жазба өз мөріне сәйкес келмейді. Түзету жаңа жазба ретінде енгізіледі; түзетілетін жазба сақталады. Телефон сағаты бойынша жазылған деп белгіленген уақыт телефоннан алынады және өздігінен уақытты дәлелдемейді.
casefile-person = Тұлға және оның құжаттары
casefile-no-documents = Тұлғаның шешімі бойынша оның құжаттары қоса берілмеген.
casefile-timeline = Лауазымды адамдармен болған жағдайлар, хронологиялық тәртіппен
casefile-no-entries = Лауазымды адамдармен болған жағдайлар туралы жазба жоқ.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = { $position }-жазбаны түзетеді.
casefile-corrected-by = { $position }-жазбамен түзетілген.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = Суреттер: { $numbers }
casefile-payments = Төлемдер
casefile-payee = Төлем алушы
casefile-custody = Мекемелерде қалған құжаттар
casefile-pages = Құжат беттері
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = { $number }-сурет: { $document }, { $page }-бет, телефон сағаты бойынша { DATETIME($date) } күні түсірілген
casefile-picture-original = Камера түсірген күйіндегі фотосуреттің SHA-256 хеші: { $hash }
casefile-picture-unreadable = Бұл беттің суретін телефоннан оқу мүмкін болмады.
casefile-law = Қолданылатын құқық нормалары
casefile-verification = Журналды тексеру
casefile-verify-how = Журналды тексеру үшін тұлғаның телефонында «Журнал» бөлімін ашыңыз: онда көрсетілген мөр осы құжатта келтірілген мөрмен сәйкес келуге тиіс, бұл ретте қолданба әр жазбаны қайта тексереді. Телефонның сақтық көшірмесі бойынша дәл осындай тексеруді huquq командасы орындайды: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = Іс материалдары · { $page }-бет, барлығы { $pages } бет
casefile-screen-title = Заңгерге арналған материалдар
casefile-screen-note = Заңгердің тіліндегі бір PDF файл: сіздің журналыңыз, өзіңіз таңдаған құжаттар, төлемдеріңіз бен түбіртектеріңіз, жазбаларыңыз сілтейтін беттер және сіздің жағдайыңызға қатысты заңдар. Онда жеке мәліметтеріңіз бар: оны тек өзіңіз сенетін заңгерге беріңіз, мүмкін болса шифрланған түрде.
casefile-lawyer-language = Заңгердің тілі
casefile-user-language = Қатар берілетін сіздің тіліңіз
casefile-user-language-none = Тек заңгердің тілі
casefile-documents-label = Нөмірлері мен күндерімен бірге қосылатын құжаттар
casefile-pages-label = Тағы қосылатын беттер. Жазбаларыңыз сілтейтін беттер мен түбіртектеріңіз әрқашан қосылады.
casefile-encrypt = Файлды құпиясөзбен шифрлау
casefile-encrypt-hint = Ұсынамыз. Заңгер оны тегін age бағдарламасымен немесе Huquq арқылы ашады. Құпиясөзді файлмен бірге жібермеңіз, басқа жолмен беріңіз: мысалы, ауызша айтыңыз.
casefile-export = Заңгерге арналған материалдарды жасау
casefile-making = Заңгерге арналған материалдар жасалып жатыр…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }, { $page }-бет
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = Паспорт қайтарылатын кезде еске салу: { $procedure }
