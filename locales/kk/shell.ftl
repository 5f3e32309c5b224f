# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = Жарайды
action-cancel = Бас тарту
home-vault = Менің құжаттарым
home-vault-hint = Паспорттар, рұқсаттар және түбіртектер осы телефонда шифрланып сақталады
home-reminders-hint = Құжаттарыңыздың мерзімдері және сол мерзімге дейін не істеу керектігі
home-journal = Журнал
home-journal-hint = Лауазымды адамдармен болған әр жағдай жазылып, мөрленеді
journal-correct = Бұл жазбаны түзету
home-settings = Параметрлер
# Байланыстың телефон нөміріне қоңырау шалу мүмкін болмады (телефон қолданбасы жоқ планшет).
home-no-dialer = Бұл құрылғы қоңырау шала алмайды. Нөмір: { $phone }.
language-first-run = Huquq қолданбасының тілін таңдаңыз. Оны кейін басты экранда өзгерте аласыз.
article-read-aloud = Дауыстап оқу
article-stop-reading = Оқуды тоқтату
article-tts-unavailable = Бұл телефон осы тілде дауыстап оқи алмайды. Бұл тілге арналған дауысты телефонның мәтінді дыбыстау (text-to-speech) параметрлерінде қосуға болады.
card-machine-translated = Машиналық аударма. Оны әлі адам тексерген жоқ.
action-delete = Жою
page-share = Бөлісу
page-share-title = Осы беттің көшірмесін жіберу
page-delete = Бұл бетті жою
page-delete-confirm = Бұл бетті қоймадан жоясыз ба? Мұны кері қайтару мүмкін емес.
page-unreadable = Бұл бетті көрсету мүмкін болмады.
date-pick = Күнтізбе
page-add-camera = Фотосурет түсіру
page-add-picker = Фотосурет таңдау
page-adding = Бет қосылып жатыр…
page-added = Бет қосылды.
camera-none = Фотосурет түсірілген жоқ. Камера ашылмаса, оның орнына фотосурет таңдаңыз. Ештеңе сақталған жоқ.
ios-camera-usage = { -brand-name } камераны тек құжаттарыңызды суретке түсіріп, оларды осы телефонда шифрланған күйде сақтау үшін пайдаланады.
picker-none = Фотосурет таңдалған жоқ. Ештеңе сақталған жоқ.
storage-failed = Фотосуретті көшіру мүмкін болмады: телефонның жады толып қалған болуы мүмкін. Ештеңе сақталған жоқ.
pin-saved = PIN-код орнатылды.
pin-changed = PIN-код өзгертілді.
pin-no-phone-key = Телефонның қоймаға арналған кілтін оқу мүмкін емес, сондықтан PIN-код орнату мүмкін емес. Ештеңе өзгертілген жоқ.
passphrase = Құпиясөз
passphrase-again = Құпиясөзді қайталаңыз
passphrase-suggest = Құпиясөз ұсыну
passphrase-suggested = Бұл құпиясөзді жазып алып, сақтық көшірмеден бөлек сақтаңыз: { $passphrase }
backup-pin-prompt = Сақтық көшірме жасау үшін қойманың PIN-кодын енгізіңіз
backup-write-failed = Сақтық көшірмені өзіңіз таңдаған жерге жазу мүмкін болмады. Қойма өзгерген жоқ.
restore-read-failed = Таңдалған файлды оқу мүмкін болмады. Ештеңе өзгертілген жоқ.
reminders-notifications-off = Huquq үшін хабарландырулар өшірулі, сондықтан еске салғыштар бұл телефонда шықпайды. Төмендегі тізім бәрібір жұмыс істейді. Еске салғыштарды алу үшін телефонның параметрлерінде Huquq-қа хабарландыруларға рұқсат беріңіз.
reminders-exact-off = Бұл телефон Huquq-қа тек шамамен алынған уақытта еске салуға мүмкіндік береді, сондықтан еске салғыш сәл кешігіп келуі мүмкін.
reminders-allow-exact = Нақты уақытта еске салуға рұқсат беру
reminders-snoozed = Өзіңіз таңдаған күні сізге еске салынады.
reminders-reopened = Бұл мерзімнің еске салғыштары қайта қосылды.
reminders-days-saved = Еске салу күндері сақталды.
reminders-record = Не болғанын жазу
reminders-recorded = Сақталды. Осы оқиғадан басталатын мерзім енді еске салғыштарыңызда.
reminders-checklists = Тексеру тізімдері
checklist-read-article = Мақаланы толық оқу
app-name = { -brand-name }
home-search-hint = Құқықтарыңызды іздеу
topic-article-count =
    { $count ->
        [one] { $count } мақала
       *[other] { $count } мақала
    }
article-sources-heading = Дереккөздер
article-cards-heading = Лауазымды адамға көрсетуге арналған карточкалар
confidence-verified = Ресми мәтінмен салыстырып тексерілген
confidence-reported = Аталған дереккөздерден алынған, ресми мәтінмен әлі салыстырылмаған
confidence-unverified = Әлі тексерілмеген
card-official-text = Тілі: { $language }
languages-heading = Тілдер
error-storage = Huquq өз деректер қалтасын оқи да, оған жаза да алмады. Ештеңе өзгертілген жоқ.
cli-topic-open-hint = Тақырыпты ашу: huquq topics ТАҚЫРЫП
cli-read-hint = Мақаланы оқу: huquq read МАҚАЛА
cli-card-hint = Карточканы көрсету: huquq card КАРТОЧКА
contact-phone = Телефон: { $phone }
contact-website = Сайт: { $website }
cli-error = Қате
error-crypto = Құрылғы қауіпсіз кілт жасай алмады. Ештеңе сақталған жоқ.
error-photo-unreadable = Фотосуретті оқу мүмкін болмады. Ештеңе сақталған жоқ.
vault-deleted = Жойылды.
vault-erased = Қоймадағының бәрі өшірілді.
vault-backup-done = Сақтық көшірме жазылды: құжаттар — { $documents }, беттер — { $pages }.
vault-restore-done = Қалпына келтірілді: { $documents } құжат және { $pages } бет қосылды; { $skipped } бет бұрыннан бар еді; журналға { $entries } жазба қосылды.
cli-vault-passphrase = Қойманың құпиясөзі:{" "}
cli-vault-passphrase-again = Құпиясөзді қайталаңыз:{" "}
passphrase-mismatch = Екі құпиясөз бірдей емес. Ештеңе өзгертілген жоқ.
cli-backup-passphrase = Сақтық көшірменің құпиясөзі:{" "}
cli-vault-created = Қойма жасалды. Құпиясөзіңізді қауіпсіз жерде сақтаңыз: онсыз ешкім, тіпті Huquq та, құжаттарыңызды аша алмайды.
cli-vault-erase-confirm = Бұл қоймадағы барлық құжатты біржола өшіреді. Растау үшін --yes параметрімен қайта іске қосыңыз.
cli-no-terminal-for-passphrase = Құпиясөзді сұрайтын терминал жоқ. Оны { $variable } орта айнымалысында көрсетіңіз.
reminders-title = Еске салғыштар
reminders-settings = Еске салу уақыты: { $time }, уақыт белдеуі: { $zone }
calendar-exported =
    { $count ->
        [one] Күнтізбе файлына { $count } мерзім жазылды.
       *[other] Күнтізбе файлына { $count } мерзім жазылды.
    }
glossary-title = Заң терминдері
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = Алдымен деректерді енгізу

## The case file

casefile-done = Заңгерге арналған материалдар жазылды: { $pages } бет, журналдың { $entries } жазбасы, { $pictures } сурет.
casefile-done-encrypted = Заңгерге арналған материалдар age арқылы шифрланып жазылды: { $pages } бет, журналдың { $entries } жазбасы, { $pictures } сурет. Құпиясөзді файлмен бірге жібермей, басқа жолмен беріңіз.
cli-casefile-passphrase = Іс материалдарының құпиясөзі:{" "}
