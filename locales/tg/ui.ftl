# Сатрҳои интерфейс.

-brand-name = Huquq

app-name = { -brand-name }
home-greeting = Ҳуқуқҳои худро донед — ҳатто бе интернет, бо забони худ.
home-search-hint = Ҷустуҷӯи ҳуқуқҳои шумо
home-topics-heading = Мавзӯъҳо
home-cards-heading = Ба корманд нишон диҳед
home-contacts-heading = Аз куҷо кӯмак гирифтан мумкин

topic-article-count =
    { $count ->
        [one] { $count } мақола
       *[other] { $count } мақола
    }

article-sources-heading = Манбаъҳо
article-related-heading = Инчунин бинед
article-cards-heading = Кортҳо барои нишон додан ба корманд
source-checked = Санҷида шуд: { DATETIME($date) }
source-translation = Тарҷумаи ғайрирасмии англисӣ

callout-note = Эзоҳ
callout-tip = Маслиҳат
callout-warning = Диққат

confidence-verified = Бо матни расмӣ санҷида шудааст
confidence-reported = Аз манбаъҳои номбаршуда, ҳанӯз бо матни расмӣ санҷида нашудааст
confidence-unverified = Ҳанӯз санҷида нашудааст

notice-not-translated = Ҳанӯз ба забони { $requested } тарҷума нашудааст — бо забони { $shown } нишон дода шуд.
notice-machine-translated = Тарҷумаи мошинӣ аз забони { $original }. Ҳанӯз ягон одам онро насанҷидааст.
notice-unverified = Ҳанӯз санҷида нашудааст: { $details }

search-results =
    { $count ->
        [0] Барои «{ $query }» ҳеҷ чиз ёфт нашуд.
        [one] { $count } натиҷа
       *[other] { $count } натиҷа
    }

card-show-hint = Ин экранро ба корманд нишон диҳед.
card-official-text = Бо забони { $language }

languages-heading = Забонҳо
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
error-storage = Huquq папкаи маълумоти худро хонда ё навишта натавонист. Ҳеҷ чиз тағйир наёфт.
error-content = Маводи дохилии барнома бор нашуд. Лутфан барномаро аз нав насб кунед.

cli-topic-open-hint = Мавзӯъро кушоед: huquq topics МАВЗӮЪ
cli-read-hint = Мақоларо хонед: huquq read МАҚОЛА
cli-card-hint = Кортро нишон диҳед: huquq card КОРТ
cli-phone = Телефон: { $phone }
cli-website = Сомона: { $website }
cli-error = Хато

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
error-crypto = Дастгоҳ калиди бехатар сохта натавонист. Ҳеҷ чиз нигоҳ дошта нашуд.

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
        [one] PIN нодуруст аст. Агар боз як бор PIN-и нодуруст нависед, калиди анбор пок мешавад, чунон ки шумо интихоб кардед.
       *[other] PIN нодуруст аст. То пок шудани калиди анбор { $left } кӯшиш монд, чунон ки шумо интихоб кардед.
    }
error-too-many-attempts = PIN бисёр бор нодуруст навишта шуд: чунон ки шумо интихоб кардед, калиди анбор пок карда шуд. Ҳуҷҷатҳои худро аз нусхаи эҳтиётӣ барқарор кунед.
error-pin-not-set = Барои ин анбор PIN гузошта нашудааст.
error-pin-too-short = PIN бояд на камтар аз { $min } аломат дошта бошад.
error-photo-unreadable = Аксро хондан нашуд. Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-empty = Файли акс холӣ аст. Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-too-large = Файли акс хеле калон аст (на зиёда аз { $max } МБ). Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-too-many-pixels = Тасвир хеле калон аст (на зиёда аз { $max } мегапиксел). Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-not-an-image = Ин файл акс нест (JPEG ё PNG). Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-corrupt = Акс вайрон ё нопурра аст. Ҳеҷ чиз нигоҳ дошта нашуд.
error-backup-wrong-secret = Ин гузарвожа ё калид нусхаи эҳтиётиро намекушояд. Онро санҷед ва боз кӯшиш кунед. Ҳеҷ чиз тағйир наёфт.
error-backup-damaged = Ин файли нусхаи эҳтиётӣ вайрон, нопурра ё нусхаи эҳтиётии Huquq нест. Ҳеҷ чиз тағйир наёфт.
error-backup-unsupported = Ин нусхаи эҳтиётиро версияи навтари Huquq сохтааст. Барои барқарор кардани он барномаро нав кунед. Ҳеҷ чиз тағйир наёфт.
error-vault-locked = Анбор қулф аст. Аввал онро кушоед.

## Анбор дар терминал

vault-me = Ман
vault-empty = Дар анбор ҳанӯз ягон ҳуҷҷат нест.
vault-deleted = Нест карда шуд.
vault-erased = Ҳама чиз дар анбор пок карда шуд.
vault-expires = мӯҳлат то { DATETIME($date) }
vault-no-expiry = бе мӯҳлат
vault-pages =
    { $count ->
        [one] { $count } саҳифа
       *[other] { $count } саҳифа
    }
vault-authority = Аз ҷониби кӣ дода шудааст
vault-notes = Қайдҳо
vault-backup-done = Нусхаи эҳтиётӣ навишта шуд: ҳуҷҷатҳо — { $documents }, саҳифаҳо — { $pages }.
vault-restore-done = Барқарор шуд: ҳуҷҷатҳо — { $documents } ва саҳифаҳо — { $pages } илова шуданд; { $skipped } саҳифа аллакай буд.
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
cli-vault-passphrase = Гузарвожаи анбор:{" "}
cli-vault-passphrase-again = Гузарвожаро такрор кунед:{" "}
cli-vault-passphrase-mismatch = Ду гузарвожа як хел нестанд. Ҳеҷ чиз тағйир наёфт.
cli-backup-passphrase = Гузарвожаи нусхаи эҳтиётӣ:{" "}
cli-vault-created = Анбор сохта шуд. Гузарвожаро эҳтиёт кунед: бе он ҳеҷ кас, ҳатто Huquq, ҳуҷҷатҳои шуморо кушода наметавонад.
cli-vault-erase-confirm = Ин ҳамаи ҳуҷҷатҳои анборро барои ҳамеша пок мекунад. Барои тасдиқ бо --yes боз иҷро кунед.
cli-no-terminal-for-passphrase = Терминал нест, ки гузарвожаро пурсад. Онро дар тағйирёбандаи муҳит { $variable } гузоред.

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
reminders-title = Ёдраскуниҳо
reminders-empty = Ҳанӯз мӯҳлате нест. Ҳуҷҷатҳои худро бо санаи тамом шудани мӯҳлаташон илова кунед ё нависед, ки чӣ шуд: кӯчидан, қарор, омадан ба кишвар.
reminders-settings = Ёдраскунӣ соати { $time }, минтақаи вақт { $zone }
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
calendar-exported =
    { $count ->
        [one] { $count } мӯҳлат ба файли тақвим навишта шуд.
       *[other] { $count } мӯҳлат ба файли тақвим навишта шуд.
    }
glossary-title = Истилоҳоти ҳуқуқӣ
