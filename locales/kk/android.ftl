# Android қабығының өзі салатын жолдар: мазмұн емес, оның интерфейсі.

android-ok = Жарайды
android-cancel = Бас тарту

# Білім базасы экрандарының өзі салатын жолдар (басты экран, тіл таңдау, мақалалар, лауазымды
# адамға арналған карточкалар, іздеу).

android-home-vault = Менің құжаттарым
android-home-vault-hint = Паспорттар, рұқсаттар және түбіртектер осы телефонда шифрланып сақталады
android-home-reminders-hint = Құжаттарыңыздың мерзімдері және сол мерзімге дейін не істеу керектігі
android-home-settings = Параметрлер
# Байланыстың телефон нөміріне қоңырау шалу мүмкін болмады (телефон қолданбасы жоқ планшет).
android-home-no-dialer = Бұл құрылғы қоңырау шала алмайды. Нөмір: { $phone }.

android-language-first-run = Huquq қолданбасының тілін таңдаңыз. Оны кейін басты экранда өзгерте аласыз.
# Экраннан оқу бағдарламалары қолданылып тұрған тілдің атауынан кейін оқиды.
android-language-selected = таңдалған

android-article-read-aloud = Дауыстап оқу
android-article-stop-reading = Оқуды тоқтату
android-article-tts-unavailable = Бұл телефон осы тілде дауыстап оқи алмайды. Бұл тілге арналған дауысты телефонның мәтінді дыбыстау (text-to-speech) параметрлерінде қосуға болады.

android-card-machine-translated = Машиналық аударма. Оны әлі адам тексерген жоқ.

# Android қабығының қойма экрандары мен параметрлерінің өзі салатын жолдар.

## Қойманың кіре берісі

android-vault-title = Құжаттар қоймасы
android-vault-intro = Паспортыңыздың, карточкаларыңыздың, қаулылардың және түбіртектердің фотосуреттерін осы телефонда шифрланған түрде сақтаңыз. Оларды тек осы телефон аша алады, ештеңе ешқайда жіберілмейді. Телефоннан шығатын жалғыз көшірме — өзіңіз жасаған сақтық көшірме.
android-vault-create = Қоймамды жасау
android-vault-pin-prompt = Қойманың PIN-кодын енгізіңіз
android-vault-unlock = Ашу
android-vault-key-lost = Бұл телефон енді қойманы аша алмайды: қате PIN-код тым көп рет енгізілгендіктен оның кілті өшірілді немесе кілт бүлінген. Бос қоймамен қайта бастап, құжаттарыңызды сақтық көшірмеден қалпына келтіре аласыз.
android-vault-start-over = Бос қоймамен қайта бастау
android-vault-start-over-confirm = Бұл осы телефондағы құлыпталған қойманы біржола жояды. Сақтық көшірме файлдарыңыз өзгеріссіз қалады.
android-vault-lock = Қойманы құлыптау

## Құжаттар тізімі

android-vault-add-document = Құжат қосу
android-vault-expired = Мерзімі бітті: { DATETIME($date) }
android-vault-expires-soon = Мерзімі жақында бітеді: { DATETIME($date) }
android-vault-valid-until = Мына күнге дейін жарамды: { DATETIME($date) }
android-date = { DATETIME($date) }

## Бір құжат

android-field-number = Нөмірі
android-field-holder = Кімнің құжаты
android-document-pages-heading = Беттер
android-pages-none = Әзірге бет жоқ. Әр беттің фотосуретін түсіріңіз.
android-document-edit = Өзгерту
android-document-delete = Бұл құжатты жою
android-document-delete-confirm = Бұл құжатты және оның барлық беттерін қоймадан жоясыз ба? Мұны кері қайтару мүмкін емес.
android-delete = Жою
android-page-number = { $number }-бет
android-page-share = Бөлісу
android-page-share-title = Осы беттің көшірмесін жіберу
android-page-delete = Бұл бетті жою
android-page-delete-confirm = Бұл бетті қоймадан жоясыз ба? Мұны кері қайтару мүмкін емес.
android-page-unreadable = Бұл бетті көрсету мүмкін болмады.

## Құжатты қосу немесе өзгерту

android-kind-choose = Бұл қандай құжат?
android-document-autosave = Жазғаныңыздың бәрі қоймада бірден сақталады.
android-date-hint = 2027-02-28
android-date-pick = Күнтізбе
android-person-add = Басқа адам
android-person-relation = Бұл адам сізге кім болады?
android-relation-myself = Мен
android-relation-spouse = Күйеуім немесе әйелім
android-relation-child = Балам
android-relation-parent = Әкем немесе анам
android-relation-relative = Басқа туысым
android-relation-other = Басқа адам
android-page-add-camera = Фотосурет түсіру
android-page-add-picker = Фотосурет таңдау
android-page-adding = Бет қосылып жатыр…
android-page-added = Бет қосылды.
android-camera-none = Фотосурет түсірілген жоқ. Камера ашылмаса, оның орнына фотосурет таңдаңыз. Ештеңе сақталған жоқ.
android-picker-none = Фотосурет таңдалған жоқ. Ештеңе сақталған жоқ.
android-storage-failed = Фотосуретті көшіру мүмкін болмады: телефонның жады толып қалған болуы мүмкін. Ештеңе сақталған жоқ.

## Параметрлер

android-settings-title = Параметрлер
android-settings-language = Тіл
android-settings-reminder-time = Еске салу уақыты
android-settings-pin = Қойманың PIN-коды
android-settings-pin-set = Қойманың PIN-кодын орнату
android-settings-pin-change = Қойманың PIN-кодын өзгерту
android-pin-explain = PIN-код орнатылса, қойма әр ашылған сайын оны сұрайды, телефонның құлпы ашық болса да.
android-pin-new = Жаңа PIN-код
android-pin-again = Жаңа PIN-кодты қайталаңыз
android-pin-current = Қазіргі PIN-код
android-pin-empty = PIN-кодты енгізіңіз. Ештеңе өзгертілген жоқ.
android-pin-mismatch = Екі PIN-код бірдей емес. Ештеңе өзгертілген жоқ.
android-pin-limit-heading = Қате PIN-код тым көп рет енгізілсе
android-pin-limit-none = Қойманың кілтін ешқашан өшірмеу
android-pin-limit =
    { $count ->
        [one] Қате PIN-код { $count } рет енгізілгеннен кейін қойманың кілтін өшіру
       *[other] Қате PIN-код { $count } рет енгізілгеннен кейін қойманың кілтін өшіру
    }
android-pin-saved = PIN-код орнатылды.
android-pin-changed = PIN-код өзгертілді.
android-pin-no-phone-key = Телефонның қоймаға арналған кілтін оқу мүмкін емес, сондықтан PIN-код орнату мүмкін емес. Ештеңе өзгертілген жоқ.
android-settings-backup = Сақтық көшірме
android-backup = Қойманың сақтық көшірмесін жасау
android-backup-explain = Сақтық көшірме — бір шифрланған файл. Құпиясөзді одан бөлек сақтаңыз: құпиясөзсіз оны ешкім, тіпті өзіңіз де аша алмайсыз.
android-passphrase = Құпиясөз
android-passphrase-again = Құпиясөзді қайталаңыз
android-passphrase-empty = Құпиясөзді енгізіңіз. Ештеңе өзгертілген жоқ.
android-backup-running = Сақтық көшірме жазылып жатыр…
android-backup-write-failed = Сақтық көшірмені өзіңіз таңдаған жерге жазу мүмкін болмады. Қойма өзгерген жоқ.
android-restore = Сақтық көшірмеден қалпына келтіру
android-restore-explain = Қалпына келтіргенде сақтық көшірмедегі құжаттар осы қоймаға қосылады. Мұнда бұрыннан бар ештеңе өзгертілмейді.
android-restore-running = Қалпына келтіріліп жатыр…
android-restore-read-failed = Таңдалған файлды оқу мүмкін болмады. Ештеңе өзгертілген жоқ.
android-erase = Бәрін өшіру
android-erase-warning = Бұл осы телефондағы қоймадағы барлық құжат пен фотосуретті оны ашатын кілттермен бірге біржола өшіреді және оның еске салғыштарын алып тастайды. Өзіңіз жасаған сақтық көшірме файлдары өзгеріссіз қалады. Мұны кері қайтару мүмкін емес.

# Android қабығының еске салғыштары мен тексеру тізімдерінің өзі салатын жолдар.

## Хабарландырулар мен дабылдар

android-reminders-notifications-off = Huquq үшін хабарландырулар өшірулі, сондықтан еске салғыштар бұл телефонда шықпайды. Төмендегі тізім бәрібір жұмыс істейді. Еске салғыштарды алу үшін телефонның параметрлерінде Huquq-қа хабарландыруларға рұқсат беріңіз.
android-reminders-exact-off = Бұл телефон Huquq-қа тек шамамен алынған уақытта еске салуға мүмкіндік береді, сондықтан еске салғыш сәл кешігіп келуі мүмкін.
android-reminders-allow-exact = Нақты уақытта еске салуға рұқсат беру

## Мерзімдер тізімі

android-reminders-mark-done = Орындалды: бүгін орындалды деп белгілеу
android-reminders-marked-done = Орындалды деп белгіленді.
android-reminders-follow-up = Келесі қадам еске салғыштарыңызға қосылды: { $procedure }
android-reminders-snooze = Кейінірек еске салу…
android-reminders-snoozed = Өзіңіз таңдаған күні сізге еске салынады.
android-reminders-reopen = Әлі орындалған жоқ: қайта еске салу
android-reminders-reopened = Бұл мерзімнің еске салғыштары қайта қосылды.
android-reminders-days-before = Еске салу күндерін таңдау…
android-reminders-use-usual-days = Әдеттегі күндер
android-reminders-days-saved = Еске салу күндері сақталды.
android-reminders-day-option =
    { $count ->
        [0] Мерзім күнінің өзінде
        [one] { $count } күн бұрын
       *[other] { $count } күн бұрын
    }
android-reminders-open-checklist = Не дайындау керек (тексеру тізімі)

## Не болғанын жазу

android-reminders-record = Не болғанын жазу
android-reminders-record-title = Не болды?
android-reminders-record-who = Бұл кім туралы?
android-reminders-record-none = Әзірге жазатын ештеңе жоқ.
android-reminders-recorded = Сақталды. Осы оқиғадан басталатын мерзім енді еске салғыштарыңызда.

## Тексеру тізімдері

android-reminders-checklists = Тексеру тізімдері
android-checklist-read-article = Мақаланы толық оқу
