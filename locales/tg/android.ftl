# Сатрҳое, ки худи барномаи Android нишон медиҳад: тугмаҳо ва қисмҳои худи барнома, на мавод.

android-ok = Хуб
android-cancel = Бекор кардан

# Сатрҳое, ки экранҳои маълумотнома худашон нишон медиҳанд (экрани асосӣ, интихоби забон, мақолаҳо,
# кортҳо барои корманд, ҷустуҷӯ).

android-home-vault = Ҳуҷҷатҳои ман
android-home-vault-hint = Шиносномаҳо, иҷозатҳо ва квитансияҳо, ки дар ин телефон рамзгузоришуда нигоҳ дошта мешаванд
android-home-reminders-hint = Мӯҳлатҳои ҳуҷҷатҳои шумо ва он чи бояд то он вақт кард
android-home-settings = Танзимот
# Рақами телефони тамосро задан нашуд (планшет бе барномаи занг).
android-home-no-dialer = Аз ин дастгоҳ занг задан мумкин нест. Рақам: { $phone }.

android-language-first-run = Забонро барои Huquq интихоб кунед. Баъдтар онро дар экрани асосӣ иваз карда метавонед.
# Барномаи хонандаи экран инро баъд аз номи забони интихобшуда мехонад.
android-language-selected = интихобшуда

android-article-read-aloud = Бо овоз хондан
android-article-stop-reading = Қатъ кардани хондан
android-article-tts-unavailable = Ин телефон бо ин забон бо овоз хонда наметавонад. Овозро барои ин забон дар танзимоти «матн ба нутқ»-и телефон илова кардан мумкин аст.

android-card-machine-translated = Тарҷумаи мошинӣ. Ҳанӯз ягон одам онро насанҷидааст.

# Сатрҳое, ки экранҳои анбор ва танзимот худашон нишон медиҳанд.

## Даромадан ба анбор

android-vault-title = Анбори ҳуҷҷатҳо
android-vault-intro = Аксҳои шиноснома, кортҳо, қарорҳо ва квитансияҳои худро дар ин телефон рамзгузоришуда нигоҳ доред. Онҳоро танҳо ҳамин телефон кушода метавонад ва ҳеҷ чиз ба ҳеҷ ҷо фиристода намешавад. Танҳо нусхаи эҳтиётие, ки худатон месозед, аз телефон берун меравад.
android-vault-create = Анбори худро созед
android-vault-pin-prompt = PIN-и анборро нависед
android-vault-unlock = Кушодан
android-vault-key-lost = Ин телефон дигар анборро кушода наметавонад: калиди он пас аз бисёр PIN-и нодуруст пок карда шуд ё вайрон шудааст. Шумо метавонед бо анбори холӣ аз нав сар кунед ва ҳуҷҷатҳои худро аз нусхаи эҳтиётӣ барқарор кунед.
android-vault-start-over = Бо анбори холӣ аз нав сар кардан
android-vault-start-over-confirm = Ин амал анбори қулфшударо дар ин телефон барои ҳамеша нест мекунад. Ба файлҳои нусхаи эҳтиётии шумо даст расонида намешавад.
android-vault-lock = Қулф кардани анбор

## Рӯйхати ҳуҷҷатҳо

android-vault-add-document = Илова кардани ҳуҷҷат
android-vault-expired = Мӯҳлаташ { DATETIME($date) } тамом шуд
android-vault-expires-soon = Мӯҳлаташ ба зудӣ тамом мешавад: { DATETIME($date) }
android-vault-valid-until = То { DATETIME($date) } эътибор дорад
android-date = { DATETIME($date) }

## Як ҳуҷҷат

android-field-number = Рақам
android-field-holder = Ҳуҷҷати кист
android-document-pages-heading = Саҳифаҳо
android-pages-none = Ҳанӯз саҳифа нест. Аз ҳар саҳифа акс гиред.
android-document-edit = Тағйир додан
android-document-delete = Нест кардани ин ҳуҷҷат
android-document-delete-confirm = Ин ҳуҷҷат ва ҳамаи саҳифаҳояш аз анбор нест карда шаванд? Инро баргардондан мумкин нест.
android-delete = Нест кардан
android-page-number = Саҳифаи { $number }
android-page-share = Фиристодан
android-page-share-title = Нусхаи ин саҳифаро фиристед
android-page-delete = Нест кардани ин саҳифа
android-page-delete-confirm = Ин саҳифа аз анбор нест карда шавад? Инро баргардондан мумкин нест.
android-page-unreadable = Ин саҳифаро нишон додан нашуд.

## Илова ё тағйир додани ҳуҷҷат

android-kind-choose = Ин чӣ гуна ҳуҷҷат аст?
android-document-autosave = Ҳар чизе ки менависед, фавран дар анбор нигоҳ дошта мешавад.
android-date-hint = 2027-02-28
android-date-pick = Тақвим
android-person-add = Шахси дигар
android-person-relation = Ин шахс ба шумо кист?
android-relation-myself = Ман
android-relation-spouse = Шавҳар ё зан
android-relation-child = Фарзанд
android-relation-parent = Падар ё модар
android-relation-relative = Хеши дигар
android-relation-other = Шахси дигар
android-page-add-camera = Акс гирифтан
android-page-add-picker = Интихоби акс
android-page-adding = Саҳифа илова мешавад…
android-page-added = Саҳифа илова шуд.
android-camera-none = Акс гирифта нашуд. Агар камера кушода нашуда бошад, ба ҷои ин аксро аз телефон интихоб кунед. Ҳеҷ чиз нигоҳ дошта нашуд.
android-picker-none = Ягон акс интихоб нашуд. Ҳеҷ чиз нигоҳ дошта нашуд.
android-storage-failed = Аксро нусхабардорӣ кардан нашуд: шояд хотираи телефон пур шуда бошад. Ҳеҷ чиз нигоҳ дошта нашуд.

## Танзимот

android-settings-title = Танзимот
android-settings-language = Забон
android-settings-reminder-time = Вақти ёдраскунӣ
android-settings-pin = PIN-и анбор
android-settings-pin-set = Гузоштани PIN барои анбор
android-settings-pin-change = Иваз кардани PIN-и анбор
android-pin-explain = Агар PIN гузошта бошад, анбор ҳар дафъае ки кушода мешавад, онро мепурсад, ҳатто вақте ки телефон қулф нест.
android-pin-new = PIN-и нав
android-pin-again = PIN-и навро такрор кунед
android-pin-current = PIN-и ҳозира
android-pin-empty = Лутфан PIN нависед. Ҳеҷ чиз тағйир наёфт.
android-pin-mismatch = Ду PIN як хел нестанд. Ҳеҷ чиз тағйир наёфт.
android-pin-limit-heading = Агар PIN бисёр бор нодуруст навишта шавад
android-pin-limit-none = Калиди анбор ҳеҷ гоҳ пок карда нашавад
android-pin-limit =
    { $count ->
        [one] Калиди анбор пас аз { $count } бор PIN-и нодуруст пок карда шавад
       *[other] Калиди анбор пас аз { $count } бор PIN-и нодуруст пок карда шавад
    }
android-pin-saved = PIN гузошта шуд.
android-pin-changed = PIN иваз карда шуд.
android-pin-no-phone-key = Калиди ин телефонро барои анбор хондан нашуд, барои ҳамин PIN гузоштан мумкин нест. Ҳеҷ чиз тағйир наёфт.
android-settings-backup = Нусхаи эҳтиётӣ
android-backup = Сохтани нусхаи эҳтиётии анбор
android-backup-explain = Нусхаи эҳтиётӣ як файли рамзгузоришуда аст. Гузарвожаро аз он ҷудо нигоҳ доред: бе гузарвожа ҳеҷ кас, ҳатто худатон, онро кушода наметавонад.
android-passphrase = Гузарвожа
android-passphrase-again = Гузарвожаро такрор кунед
android-passphrase-empty = Лутфан гузарвожа нависед. Ҳеҷ чиз тағйир наёфт.
android-backup-running = Нусхаи эҳтиётӣ навишта мешавад…
android-backup-write-failed = Нусхаи эҳтиётиро дар ҷое, ки интихоб кардед, навиштан нашуд. Анбор тағйир наёфт.
android-restore = Барқарор кардан аз нусхаи эҳтиётӣ
android-restore-explain = Барқарор кардан ҳуҷҷатҳои нусхаи эҳтиётиро ба ин анбор илова мекунад. Он чи аллакай дар ин ҷо ҳаст, тағйир намеёбад.
android-restore-running = Барқарор мешавад…
android-restore-read-failed = Файли интихобшударо хондан нашуд. Ҳеҷ чиз тағйир наёфт.
android-erase = Ҳама чизро пок кардан
android-erase-warning = Ин амал ҳар як ҳуҷҷат ва аксро дар анбори ин телефон бо калидҳое, ки онро мекушоянд, барои ҳамеша пок мекунад ва ёдраскуниҳои онро бекор мекунад. Ба файлҳои нусхаи эҳтиётие, ки шумо сохтед, даст расонида намешавад. Инро баргардондан мумкин нест.

# Сатрҳое, ки экранҳои ёдраскуниҳо ва рӯйхатҳои тайёрӣ худашон нишон медиҳанд.

## Огоҳиномаҳо ва соатҳои ҳушдор

android-reminders-notifications-off = Огоҳиномаҳо (уведомления) барои Huquq хомӯш аст, барои ҳамин ёдраскуниҳо дар ин телефон пайдо шуда наметавонанд. Рӯйхати поён ҳамчунон кор мекунад. Барои гирифтани ёдраскуниҳо, дар танзимоти телефон ба Huquq огоҳиномаҳоро иҷозат диҳед.
android-reminders-exact-off = Ин телефон ба Huquq танҳо дар вақти тахминӣ ёдрас карданро иҷозат медиҳад, барои ҳамин ёдраскунӣ метавонад каме дер ояд.
android-reminders-allow-exact = Иҷозати вақти дақиқи ёдраскунӣ

## Рӯйхати мӯҳлатҳо

android-reminders-mark-done = Иҷро шуд: имрӯз ҳамчун иҷрошуда қайд кардан
android-reminders-marked-done = Ҳамчун иҷрошуда қайд шуд.
android-reminders-follow-up = Қадами навбатӣ ба ёдраскуниҳои шумо илова шуд: { $procedure }
android-reminders-snooze = Баъдтар ёдрас кунед…
android-reminders-snoozed = Дар рӯзе, ки интихоб кардед, ба шумо ёдрас карда мешавад.
android-reminders-reopen = Ҳанӯз иҷро нашудааст: боз ёдрас кунед
android-reminders-reopened = Ёдраскуниҳо барои ин мӯҳлат боз фаъол шуданд.
android-reminders-days-before = Рӯзҳои ёдраскуниро интихоб кунед…
android-reminders-use-usual-days = Рӯзҳои муқаррарӣ
android-reminders-days-saved = Рӯзҳои ёдраскунӣ нигоҳ дошта шуданд.
android-reminders-day-option =
    { $count ->
        [0] Дар худи рӯзи мӯҳлат
        [one] { $count } рӯз пеш аз мӯҳлат
       *[other] { $count } рӯз пеш аз мӯҳлат
    }
android-reminders-open-checklist = Чӣ бояд тайёр кард (рӯйхати тайёрӣ)

## Навиштани он чи шуд

android-reminders-record = Нависед, ки чӣ шуд
android-reminders-record-title = Чӣ шуд?
android-reminders-record-who = Ин дар бораи кист?
android-reminders-record-none = Ҳанӯз чизе барои навиштан нест.
android-reminders-recorded = Нигоҳ дошта шуд. Мӯҳлате, ки аз ин сар мешавад, акнун дар ёдраскуниҳои шумост.

## Рӯйхатҳои тайёрӣ

android-reminders-checklists = Рӯйхатҳои тайёрӣ
android-checklist-read-article = Мақолаи пурраро хонед
