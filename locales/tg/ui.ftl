# Сатрҳои интерфейс.

-brand-name = Huquq

home-greeting = Ҳуқуқҳои худро донед — ҳатто бе интернет, бо забони худ.
home-topics-heading = Мавзӯъҳо
home-cards-heading = Ба корманд нишон диҳед
home-contacts-heading = Аз куҷо кӯмак гирифтан мумкин

article-related-heading = Инчунин бинед
source-checked = Санҷида шуд: { DATETIME($date) }
source-translation = Тарҷумаи ғайрирасмии англисӣ

callout-note = Эзоҳ
callout-tip = Маслиҳат
callout-warning = Диққат

notice-not-translated = Ҳанӯз ба забони { $requested } тарҷума нашудааст — бо забони { $shown } нишон дода шуд.
notice-machine-translated = Тарҷумаи мошинӣ аз забони { $original }. Ҳанӯз ягон одам онро насанҷидааст.
notice-unverified = Ҳанӯз санҷида нашудааст: { $details }

search-results =
    { $count ->
        [0] Барои «{ $query }» ҳеҷ чиз ёфт нашуд.
        [one] { $count } натиҷа
       *[other] { $count } натиҷа
    }
search-found-by = Аз рӯи калимаи «{ $word }» ёфт шуд
search-read-as = Натиҷаҳо барои «{ $query }» нишон дода шудаанд.
search-browse-topics = Чизи мувофиқ ёфт нашуд. Мавзӯъҳоро бинед:

card-show-hint = Ин экранро ба корманд нишон диҳед.

language-en = англисӣ
language-ru = русӣ
language-kk = қазоқӣ
language-fr = фаронсавӣ
language-uz = ӯзбекӣ
language-ky = қирғизӣ
language-tg = тоҷикӣ
language-fa = форсӣ
language-ar = арабӣ

error-not-found-article = Мақолаи «{ $id }» нест.
error-not-found-topic = Мавзӯи «{ $id }» нест.
error-not-found-card = Корти «{ $id }» барои корманд нест.
error-query-too-long = Ин ҷустуҷӯ хеле дароз аст. На зиёда аз { $max } аломат нависед.
error-content = Маводи дохилии барнома бор нашуд. Лутфан барномаро аз нав насб кунед.

## Анбори ҳуҷҷатҳо

error-not-found-person = Ин шахс дар анбори шумо нест.
error-not-found-document = Ин ҳуҷҷат дар анбори шумо нест.
error-not-found-page = Ин саҳифа дар анбори шумо нест.
error-not-found-payment = Ин пардохт дар анбори шумо нест.
error-invalid-missing = Лутфан пур кунед: { $field }.
error-invalid-bad-date = { $field }: чунин сана вуҷуд надорад. Бо тартиби сол-моҳ-рӯз нависед, масалан 2027-02-28.
error-invalid-expiry-before-issue = Санаи ба охир расидани мӯҳлат пеш аз санаи додан аст.
error-invalid-negative = Маблағ манфӣ буда наметавонад.
error-invalid-bad-currency = Рамзи се-ҳарфии асъорро нависед, масалан KZT (тенге).
error-wrong-key = Ин калид ё PIN анборро намекушояд. Ҳеҷ чиз тағйир наёфт.
error-invalid-key = Калиди анбор вайрон шудааст. Ҳеҷ чиз тағйир наёфт.
error-vault-missing = Ҳанӯз анбор нест. Аввал онро созед.
error-vault-exists = Дар ин ҷо аллакай анбор ҳаст. Ҳеҷ чиз тағйир наёфт.
error-vault-too-new = Ин анборро версияи навтари Huquq сохтааст. Барои кушодани он барномаро нав кунед.

field-name = Ном
field-kind = Навъи ҳуҷҷат
field-issued-on = Санаи додан
field-expires-on = Санаи ба охир расидани мӯҳлат
field-amount = Маблағ
field-currency = Асъор
field-paid-on = Санаи пардохт
error-wrong-pin = PIN нодуруст аст. Ҳеҷ чиз тағйир наёфт.
error-wrong-pin-limited =
    { $left ->
        [one] PIN нодуруст аст. Агар боз як бор PIN-и нодуруст нависед, калиди анбор пок мешавад.
       *[other] PIN нодуруст аст. То пок шудани калиди анбор { $left } кӯшиш монд.
    }
error-too-many-attempts = PIN бисёр бор нодуруст навишта шуд: калиди анбор пок карда шуд. Ҳуҷҷатҳои худро аз нусхаи эҳтиётӣ барқарор кунед.
error-pin-not-set = Барои ин анбор PIN гузошта нашудааст.
error-pin-wait =
    { $minutes ->
        [one] PIN пай дар пай бисёр бор нодуруст навишта шуд. Пас аз як дақиқа боз кӯшиш кунед.
       *[other] PIN пай дар пай бисёр бор нодуруст навишта шуд. Пас аз { $minutes } дақиқа боз кӯшиш кунед.
    }
error-pin-required = Аввал PIN-и анборро нависед: нусхаи эҳтиётӣ ҳамаи ҳуҷҷатҳои шуморо аз телефон берун мебарад.
error-pin-device-key-lost = Ин телефон дигар PIN-ро санҷида наметавонад: қисми калиди анбор, ки дар телефон буд, гум шудааст. Ҳуҷҷатҳои худро аз нусхаи эҳтиётӣ барқарор кунед.
error-pin-too-short = PIN бояд на камтар аз { $min } аломат дошта бошад.
error-photo-empty = Файли акс холӣ аст. Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-too-large = Файли акс хеле калон аст (на зиёда аз { $max } МБ). Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-too-many-pixels = Тасвир хеле калон аст (на зиёда аз { $max } мегапиксел). Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-not-an-image = Ин файл акс нест (JPEG ё PNG). Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-corrupt = Акс вайрон ё нопурра аст. Ҳеҷ чиз нигоҳ дошта нашуд.
error-backup-wrong-secret = Ин гузарвожа ё калид нусхаи эҳтиётиро намекушояд. Онро санҷед ва боз кӯшиш кунед. Ҳеҷ чиз тағйир наёфт.
error-backup-damaged = Ин файли нусхаи эҳтиётӣ вайрон, нопурра ё нусхаи эҳтиётии Huquq нест. Ҳеҷ чиз тағйир наёфт.
error-pack-not-a-pack = Ин файл навсозии маводи Huquq нест ё нопурра аст. Ҳеҷ чиз тағйир наёфт.
error-pack-unknown-key = Ин навсозии маводро ношири Huquq имзо накардааст. Он насб карда нашуд. Ҳеҷ чиз тағйир наёфт.
error-pack-altered = Ин навсозии мавод пас аз имзо шуданаш тағйир дода шудааст ё вайрон аст. Он насб карда нашуд. Ҳеҷ чиз тағйир наёфт.
error-pack-too-large = Ин файл хеле калон аст ва навсозии мавод буда наметавонад. Ҳеҷ чиз тағйир наёфт.
error-pack-damaged = Ин навсозии мавод вайрон аст ва хонда намешавад. Ҳеҷ чиз тағйир наёфт.
error-pack-not-newer = Ин навсозии мавод аз маводе, ки доред, навтар нест. Ҳеҷ чиз тағйир наёфт.
error-pack-needs-newer-app = Барои ин навсозии мавод версияи навтари Huquq лозим аст. Аввал барномаро нав кунед. Ҳеҷ чиз тағйир наёфт.
error-pack-fails-check = Дар матнҳои ин навсозии мавод хато ҳаст. Он насб карда нашуд. Ҳеҷ чиз тағйир наёфт.
error-pack-none-installed = Дар ин телефон танҳо маводи дохилии барнома ҳаст. Ягон навсозии мавод барои фиристодан нест.
error-backup-unsupported = Ин нусхаи эҳтиётиро версияи навтари Huquq сохтааст. Барои барқарор кардани он барномаро нав кунед. Ҳеҷ чиз тағйир наёфт.
error-vault-locked = Анбор қулф аст. Аввал онро кушоед.

## Анбор дар терминал

vault-me = Ман
vault-empty = Дар анбор ҳанӯз ягон ҳуҷҷат нест.
vault-expires = мӯҳлат то { DATETIME($date) }
vault-no-expiry = бе мӯҳлат
vault-pages =
    { $count ->
        [one] { $count } саҳифа
       *[other] { $count } саҳифа
    }
vault-authority = Аз ҷониби кӣ дода шудааст
vault-notes = Қайдҳо
vault-kind-passport = Шиноснома
vault-kind-residence-permit = Иҷозат барои истиқомат
vault-kind-residence-card = Корти истиқомат (вид на жительство)
vault-kind-visa = Раводид (виза)
vault-kind-registration = Бақайдгирӣ (регистрация)
vault-kind-work-permit = Иҷозат барои кор
vault-kind-patent = Патент
vault-kind-fine-or-decision = Ҷарима ё қарор
vault-kind-receipt = Квитансия
vault-kind-court-paper = Ҳуҷҷати суд
vault-kind-other = Ҳуҷҷати дигар

## Ёдраскуниҳо ва мӯҳлатҳо

error-not-found-procedure = Расмиёти «{ $id }» нест.
error-not-found-deadline = Ин мӯҳлат дигар вуҷуд надорад.
error-not-found-event = Ин ҳодиса дар анбори шумо нест.
error-invalid-unknown-time-zone = { $field }: ин минтақаи вақт маълум нест. Номе монанди Asia/Almaty нависед.
error-invalid-bad-time = { $field }: вақтро бо соат ва дақиқа нависед, масалан 09:00.
error-invalid-offset-too-large = { $field }: ёдраскунӣ метавонад на зиёда аз 365 рӯз пеш аз мӯҳлат ояд.
error-invalid-wrong-event = Ин ҳодиса ин расмиётро сар намекунад.
field-time-zone = Минтақаи вақт
field-reminder-time = Вақти ёдраскунӣ
field-offsets = Чанд рӯз пеш аз мӯҳлат
field-happened-on = Сана
field-snooze-until = Санаи ёдраскунии дубора
event-kind-moved = Ман ба суроғаи нав кӯчидам
event-kind-decision-received = Ман қарор гирифтам (ҷарима ё ҷазо)
event-kind-passport-handed-over = Ман шиносномаамро дар идораи муҳоҷират супоридам
event-kind-entered-country = Ман ба кишвар омадам
event-kind-left-country = Ман аз кишвар рафтам
event-kind-job-changed = Ман ҷои кори худро иваз кардам
reminders-empty = Ҳанӯз мӯҳлате нест. Ҳуҷҷатҳои худро бо санаи тамом шудани мӯҳлаташон илова кунед ё нависед, ки чӣ шуд: кӯчидан, қарор, омадан ба кишвар.
reminder-due-in =
    { $days ->
        [one] То мӯҳлат { $days } рӯз монд: { DATETIME($date) }
       *[other] То мӯҳлат { $days } рӯз монд: { DATETIME($date) }
    }
reminder-due-today = Мӯҳлат имрӯз аст: { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] Мӯҳлат { $days } рӯз пеш гузашт: { DATETIME($date) }
       *[other] Мӯҳлат { $days } рӯз пеш гузашт: { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [one] Мӯҳлаташ баъд аз { $days } рӯз тамом мешавад: { DATETIME($date) }
       *[other] Мӯҳлаташ баъд аз { $days } рӯз тамом мешавад: { DATETIME($date) }
    }
reminder-expires-today = Мӯҳлаташ имрӯз тамом мешавад: { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] Мӯҳлаташ { $days } рӯз пеш тамом шуд: { DATETIME($date) }
       *[other] Мӯҳлаташ { $days } рӯз пеш тамом шуд: { DATETIME($date) }
    }
reminder-open-app = Huquq-ро кушоед ва бинед, ки чӣ бояд кард.
reminder-holidays-caveat = Мӯҳлат бо рӯзҳои корӣ ҳисоб карда мешавад. Рӯйхати рӯзҳои ид тасдиқ нашудааст, бинобар ин ин санаро дар идора аниқ кунед.
reminder-done = Иҷро шуд
reminder-snoozed = Ёдраскунӣ ба { DATETIME($date) } гузаронида шуд
checklist-required = Қонун чӣ талаб мекунад
checklist-not-required = Қонун чӣ талаб намекунад
checklist-basis = Асос: { $citation }
checklist-no-deadline = Ҳанӯз мӯҳлат нест: ҳуҷҷатро бо санаи тамом шудани мӯҳлаташ илова кунед ё нависед, ки чӣ шуд.
checklist-state-valid = Шумо онро доред ва он эътибор дорад
checklist-state-expires-before-deadline = Шумо онро доред, аммо эътибораш пеш аз мӯҳлат тамом мешавад
checklist-state-expired = Шумо онро доред, аммо мӯҳлаташ тамом шудааст
checklist-state-missing = Дар анбори шумо нест
checklist-state-not-tracked = Онро биёред: анбор инро нигоҳ намедорад
checklist-item-unverified = Тасдиқ нашудааст
calendar-name = Мӯҳлатҳои Huquq

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = Анбори ҳуҷҷатҳо
vault-gate-intro = Аксҳои шиноснома, кортҳо, қарорҳо ва квитансияҳои худро дар ин телефон рамзгузоришуда нигоҳ доред. Онҳоро танҳо ҳамин телефон кушода метавонад ва ҳеҷ чиз ба ҳеҷ ҷо фиристода намешавад. Танҳо нусхаи эҳтиётие, ки худатон месозед, аз телефон берун меравад.
vault-gate-create = Анбори худро созед
vault-gate-pin-prompt = PIN-и анборро нависед
vault-gate-unlock = Кушодан
vault-gate-key-lost = Ин телефон дигар анборро кушода наметавонад: калиди он пас аз бисёр PIN-и нодуруст пок карда шуд ё вайрон шудааст. Шумо метавонед бо анбори холӣ аз нав сар кунед ва ҳуҷҷатҳои худро аз нусхаи эҳтиётӣ барқарор кунед.
vault-gate-start-over = Бо анбори холӣ аз нав сар кардан
vault-gate-start-over-confirm = Ин амал анбори қулфшударо дар ин телефон барои ҳамеша нест мекунад. Ба файлҳои нусхаи эҳтиётии шумо даст расонида намешавад.
vault-lock = Қулф кардани анбор
vault-add-document = Илова кардани ҳуҷҷат
vault-expired-on = Мӯҳлаташ { DATETIME($date) } тамом шуд
vault-expires-soon = Мӯҳлаташ ба зудӣ тамом мешавад: { DATETIME($date) }
vault-valid-until = То { DATETIME($date) } эътибор дорад
vault-date = { DATETIME($date) }
field-number = Рақам
field-holder = Ҳуҷҷати кист
vault-pages-heading = Саҳифаҳо
vault-pages-none = Ҳанӯз саҳифа нест. Аз ҳар саҳифа акс гиред.
vault-document-edit = Тағйир додан
vault-document-delete = Нест кардани ин ҳуҷҷат
vault-document-delete-confirm = Ин ҳуҷҷат ва ҳамаи саҳифаҳояш аз анбор нест карда шаванд? Инро баргардондан мумкин нест.
vault-page-number = Саҳифаи { $number }
vault-kind-choose = Ин чӣ гуна ҳуҷҷат аст?
vault-form-autosave = Ҳар чизе ки менависед, фавран дар анбор нигоҳ дошта мешавад.
vault-date-hint = 2027-02-28
vault-person-add = Шахси дигар
vault-person-relation = Ин шахс ба шумо кист?
vault-relation-myself = Ман
vault-relation-spouse = Шавҳар ё зан
vault-relation-child = Фарзанд
vault-relation-parent = Падар ё модар
vault-relation-relative = Хеши дигар
vault-relation-other = Шахси дигар
settings-title = Танзимот
settings-language = Забон
settings-reminders = Вақти ёдраскунӣ
settings-pin = PIN-и анбор
settings-pin-set = Гузоштани PIN барои анбор
settings-pin-change = Иваз кардани PIN-и анбор
settings-pin-explain = Агар PIN гузошта бошад, анбор ҳар дафъае ки кушода мешавад, онро мепурсад, ҳатто вақте ки телефон қулф нест. Онро танҳо ҳамин телефон санҷида метавонад ва пас аз ҳар PIN-и нодуруст вақти интизорӣ дарозтар мешавад; агар PIN пай дар пай бисёр бор нодуруст навишта шавад, калиди анбор пок карда мешавад ва ҳуҷҷатҳои шуморо танҳо нусхаи эҳтиётӣ баргардонда метавонад.
pin-new = PIN-и нав
pin-again = PIN-и навро такрор кунед
pin-current = PIN-и ҳозира
pin-limit-heading = Агар PIN бисёр бор нодуруст навишта шавад
pin-limit =
    { $count ->
        [one] Калиди анбор пас аз { $count } бор PIN-и нодуруст пок карда шавад
       *[other] Калиди анбор пас аз { $count } бор PIN-и нодуруст пок карда шавад
    }
settings-backup = Нусхаи эҳтиётӣ
settings-backup-button = Сохтани нусхаи эҳтиётии анбор
settings-backup-explain = Нусхаи эҳтиётӣ як файли рамзгузоришуда аст. Гузарвожаро аз он ҷудо нигоҳ доред: бе гузарвожа ҳеҷ кас, ҳатто худатон, онро кушода наметавонад.
backup-running = Нусхаи эҳтиётӣ навишта мешавад…
settings-restore-button = Барқарор кардан аз нусхаи эҳтиётӣ
settings-restore-explain = Барқарор кардан ҳуҷҷатҳои нусхаи эҳтиётиро ба ин анбор илова мекунад. Он чи аллакай дар ин ҷо ҳаст, тағйир намеёбад.
restore-running = Барқарор мешавад…
settings-content = Маводи ҳуқуқӣ
settings-content-built-in = Маводи ҳуқуқӣ аз санаи { DATETIME($date) }, ки дар худи барнома ҳаст.
settings-content-pack = Маводи ҳуқуқӣ аз санаи { DATETIME($date) } аз ҷониби { $publisher }, ки { DATETIME($installed) } насб шудааст.
settings-content-explain = Навсозии мавод як файли хурд аз ношири Huquq аст, ки онро мисли ҳар файли дигар ба якдигар мефиристанд. Huquq онро танҳо вақте насб мекунад, ки он аслӣ ва аз маводе, ки доред, навтар бошад. Интернет лозим нест.
settings-content-fallback = Навсозии мавод дар ин телефон хонда нашуд, бинобар ин маводи дохилии барнома нишон дода мешавад. Барои боз истифода бурдани навсозӣ онро аз файли худаш насб кунед.
settings-content-update = Нав кардани мавод аз файл
settings-content-share = Фиристодани мавод ба дигарон
settings-erase = Ҳама чизро пок кардан
settings-erase-warning = Ин амал ҳар як ҳуҷҷат ва аксро дар анбори ин телефон бо калидҳое, ки онро мекушоянд, барои ҳамеша пок мекунад ва ёдраскуниҳои онро бекор мекунад. Ба файлҳои нусхаи эҳтиётие, ки шумо сохтед, даст расонида намешавад. Инро баргардондан мумкин нест.
reminders-mark-done = Иҷро шуд: имрӯз ҳамчун иҷрошуда қайд кардан
reminders-marked-done = Ҳамчун иҷрошуда қайд шуд.
reminders-follow-up = Қадами навбатӣ ба ёдраскуниҳои шумо илова шуд: { $procedure }
reminders-snooze = Баъдтар ёдрас кунед…
reminders-reopen = Ҳанӯз иҷро нашудааст: боз ёдрас кунед
reminders-days-before = Рӯзҳои ёдраскуниро интихоб кунед…
reminders-use-usual-days = Рӯзҳои муқаррарӣ
reminders-day-option =
    { $count ->
        [0] Дар худи рӯзи мӯҳлат
        [one] { $count } рӯз пеш аз мӯҳлат
       *[other] { $count } рӯз пеш аз мӯҳлат
    }
reminders-open-checklist = Чӣ бояд тайёр кард (рӯйхати тайёрӣ)
reminders-record-title = Чӣ шуд?
reminders-record-who = Ин дар бораи кист?
reminders-record-none = Ҳанӯз чизе барои навиштан нест.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = Пардохтҳо
vault-deadlines-heading = Мӯҳлатҳо
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $done } аз { $total }
field-pin = Рамзи PIN
field-passphrase = Гузарвожа
error-invalid-mismatch = { $field }: ду вуруд бо ҳам мувофиқ нестанд. Ҳеҷ чиз тағйир наёфт.
error-invalid-too-weak = { $field }: хеле кӯтоҳ аст ё онро осон тахмин кардан мумкин. Ақаллан 12 аломат нависед, ки ягон қолабро такрор накунанд, ё гузарвожаеро, ки Huquq пешниҳод мекунад, истифода баред. Ҳеҷ чиз тағйир наёфт.

## Рӯзномчаи вохӯриҳо бо кормандон

error-not-found-journal-entry = Ин сабти рӯзномча дар анбори шумо нест.
error-journal-broken = Як сабти рӯзномча пас аз навишта шудан тағйир дода шудааст. Рӯзномча нишон медиҳад, ки кадом сабт.
error-invalid-in-future = { $field }: ин вақт ҳанӯз нарасидааст. Дар рӯзномча он чи навишта мешавад, ки аллакай шудааст. Ҳеҷ чиз нигоҳ дошта нашуд.
error-invalid-too-long = { $field }: хеле дароз аст. Онро кӯтоҳ кунед ё ба ду сабт тақсим кунед. Ҳеҷ чиз нигоҳ дошта нашуд.
field-place = Ҷой
field-office = Идора ё шӯъба
field-official = Ном, рутба ё нишони корманд
field-demanded = Чӣ талаб карданд
field-documents = Ҳуҷҷатҳо
field-money-asked = Пуле, ки талаб карданд
field-said = Чӣ гуфта шуд
field-outcome = Натиҷааш чӣ шуд
field-witnesses = Шоҳидон
field-return-by = Ваъда доданд, ки то кай баргардонанд
journal-kind-police-check = Санҷиши полис
journal-kind-migration-office-visit = Рафтан ба идораи муҳоҷират
journal-kind-fine-or-protocol = Ҷарима ё протокол
journal-kind-document-taken = Ҳуҷҷатро гирифтанд
journal-kind-document-returned = Ҳуҷҷатро баргардонданд
journal-kind-bribe-asked = Пора талаб карданд
journal-kind-detention = Боздошт
journal-kind-other = Вохӯрии дигар бо кормандон
journal-title = Рӯзномча
journal-add = Навиштани вохӯрӣ бо кормандон
journal-empty = Ҳанӯз ҳеҷ чиз навишта нашудааст. Ҳар вохӯрӣ бо кормандонро ҳарчи зудтар нависед: чӣ шуд, кӣ дар он ҷо буд, чӣ талаб карданд, чӣ гирифтанд ё чӣ пардохт шуд. Сабтро баъдтар тағйир додан мумкин нест, онро танҳо бо сабти нав ислоҳ кардан мумкин аст. Барои ҳамин рӯзномча нишон дода метавонад, ки онро аз нав нанавиштаанд.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }, { $time }
journal-captured = Навишта шуд: { DATETIME($date) }, { $time } (аз рӯи соати ҳамин телефон)
journal-corrected = Бо сабти баъдӣ ислоҳ шудааст
journal-correction = Сабти пештараро ислоҳ мекунад
journal-chain-own = Рӯзномчаи шумо
journal-chain-restored = Рӯзномча аз нусхаи эҳтиётӣ
journal-chain-intact =
    { $count ->
        [one] Солим: ягона сабти он аз вақти навишта шуданаш тағйир наёфтааст.
       *[other] Солим: аз { $count } сабти он ҳеҷ кадомаш аз вақти навишта шуданаш тағйир наёфтааст.
    }
journal-chain-broken = Пас аз навишта шудан тағйир дода шудааст: сабти { $position } дигар ба мӯҳри худ мувофиқ нест. Аз ҳамин сабт сар карда, рӯзномча нишон дода наметавонад, ки чӣ навишта шуда буд.
journal-seal = Мӯҳр: { $hash }
journal-position-own = Рӯзномчаи шумо, сабти { $position }
journal-position-restored = Рӯзномча аз нусхаи эҳтиётӣ, сабти { $position }
journal-document-shown = { $document }: нишон дода шуд
journal-document-taken = { $document }: гирифта шуд
journal-document-returned = { $document }: баргардонда шуд
journal-custody-heading = Ҳуҷҷатҳое, ки дар идора мондаанд
journal-custody-taken = { DATETIME($date) } гирифта шуд: { $office }
journal-custody-promised = Ваъда доданд, ки то { DATETIME($date) } баргардонанд
journal-custody-returned = { DATETIME($date) } баргардонда шуд
journal-custody-held = Ҳанӯз баргардонда нашудааст
journal-correct-title = Ислоҳи ин сабт
journal-form-note = Вақте ки сабт нигоҳ дошта шуд, он мӯҳр карда мешавад ва дигар онро тағйир додан мумкин нест. Агар чизе нодуруст бошад, ислоҳро нигоҳ доред: ҳарду дар рӯзномча мемонанд.
journal-field-kind = Чӣ шуд
journal-when-hint = 2026-12-01 ё 2026-12-01 14:30
journal-action-none = Дахл надошт
journal-action-shown = Нишон дода шуд
journal-action-taken = Гирифта шуд
journal-action-returned = Баргардонда шуд
journal-save = Нигоҳ доштан ва мӯҳр кардан

## The case file: a PDF for a lawyer, in the lawyer's language with the user's beside it

error-not-found-language = Дар Huquq матнҳо бо забони «{ $id }» нестанд.
casefile-title = Маводи парванда: вохӯриҳо бо кормандони мақомот
# $date: the day the file was made.
casefile-made = Бо барномаи Huquq { DATETIME($date) } дар асоси маълумоте, ки дар телефони шахс нигоҳ дошта мешавад, тартиб дода шудааст. Он чи шахс навиштааст, айнан оварда шудааст.
casefile-about = Ҳар сабти рӯзномча ҳангоми навишта шуданаш мӯҳр карда шудааст: хеши SHA-256-и он мундариҷаи сабт ва хеши сабти пештараро дар бар мегирад, бинобар ин сабте, ки баъдтар тағйир дода шудааст, дигар ба мӯҳри худ мувофиқ намеояд. Ислоҳ ҳамчун сабти нав илова мешавад; сабти ислоҳшаванда бетағйир боқӣ мемонад. Вақтҳое, ки бо қайди «аз рӯи соати телефон» оварда шудаанд, аз телефон гирифта шудаанд ва худ аз худ вақтро исбот намекунанд.
casefile-person = Шахс ва ҳуҷҷатҳои ӯ
casefile-no-documents = Шахс қарор кардааст, ки ҳуҷҷатҳои худро илова накунад.
casefile-timeline = Вохӯриҳо бо кормандони мақомот, аз аввалин сар карда
casefile-no-entries = Ягон вохӯрӣ бо кормандони мақомот сабт нашудааст.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = Сабти { $position }-ро ислоҳ мекунад.
casefile-corrected-by = Бо сабти { $position } ислоҳ шудааст.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = Аксҳо: { $numbers }
casefile-payments = Пардохтҳо
casefile-payee = Гирандаи пардохт
casefile-custody = Ҳуҷҷатҳое, ки дар идора мондаанд
casefile-pages = Саҳифаҳо
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = Акси { $number }: { $document }, саҳифаи { $page }, { DATETIME($date) } аз рӯи соати телефон гирифта шудааст
casefile-picture-original = Хеши SHA-256-и акси аслӣ, ба тавре ки камера гирифтааст: { $hash }
casefile-picture-unreadable = Акси ин саҳифаро аз телефон хондан нашуд.
casefile-law = Қонунгузории татбиқшаванда
casefile-verification = Санҷиши рӯзномча
casefile-verify-how = Барои санҷидани рӯзномча дар телефони шахс бахши «Рӯзномча»-ро кушоед: мӯҳре, ки он нишон медиҳад, бояд бо мӯҳри дар ин ҷо чопшуда як бошад ва барнома ҳар сабтро аз нав месанҷад. Аз нусхаи эҳтиётии телефон фармони huquq ҳамин корро мекунад: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = Маводи парванда · саҳифаи { $page } аз { $pages }
casefile-screen-title = Маводи парванда барои адвокат
casefile-screen-note = Як файли PDF бо рӯзномчаи шумо, ҳуҷҷатҳое, ки интихоб мекунед, пардохтҳо ва квитансияҳои шумо, саҳифаҳое, ки ба сабтҳоятон пайваст шудаанд, ва қонунҳои марбут — ба забони адвокат. Дар он маълумоти шахсии шумо ҳаст: онро танҳо ба адвокате диҳед, ки ба ӯ бовар доред, агар тавонед, рамзгузоришуда.
casefile-lawyer-language = Забони адвокат
casefile-user-language = Дар паҳлӯяш забони шумо
casefile-user-language-none = Танҳо забони адвокат
casefile-documents-label = Ҳуҷҷатҳое, ки бо рақам ва санаҳояшон илова мешаванд
casefile-pages-label = Боз кадом саҳифаҳо илова шаванд. Саҳифаҳое, ки ба сабтҳоятон пайваст шудаанд, ва квитансияҳоятон ҳамеша дар он ҳастанд.
casefile-encrypt = Файлро бо гузарвожа рамзгузорӣ кардан
casefile-encrypt-hint = Тавсия дода мешавад. Адвокат онро бо барномаи ройгони age ё бо Huquq мекушояд. Гузарвожаро на бо худи файл, балки бо роҳи дигар диҳед: онро бо забон гӯед, бо файл нафиристед.
casefile-export = Сохтани маводи парванда
casefile-making = Маводи парванда сохта мешавад…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }, саҳифаи { $page }
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = Вақте ки шиносномаро бояд баргардонанд, ёдрас кунед: { $procedure }
