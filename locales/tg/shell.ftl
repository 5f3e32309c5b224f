# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = Хуб
action-cancel = Бекор кардан
home-vault = Ҳуҷҷатҳои ман
home-vault-hint = Шиносномаҳо, иҷозатҳо ва квитансияҳо, ки дар ин телефон рамзгузоришуда нигоҳ дошта мешаванд
home-reminders-hint = Мӯҳлатҳои ҳуҷҷатҳои шумо ва он чи бояд то он вақт кард
home-journal = Рӯзномча
home-journal-hint = Ҳар вохӯрӣ бо кормандон, навишташуда ва мӯҳршуда
journal-correct = Ин сабтро ислоҳ кардан
home-settings = Танзимот
# Рақами телефони тамосро задан нашуд (планшет бе барномаи занг).
home-no-dialer = Аз ин дастгоҳ занг задан мумкин нест. Рақам: { $phone }.
language-first-run = Забонро барои Huquq интихоб кунед. Баъдтар онро дар экрани асосӣ иваз карда метавонед.
article-read-aloud = Бо овоз хондан
article-stop-reading = Қатъ кардани хондан
article-tts-unavailable = Ин телефон бо ин забон бо овоз хонда наметавонад. Овозро барои ин забон дар танзимоти «матн ба нутқ»-и телефон илова кардан мумкин аст.
card-machine-translated = Тарҷумаи мошинӣ. Ҳанӯз ягон одам онро насанҷидааст.
action-delete = Нест кардан
page-share = Фиристодан
page-share-title = Нусхаи ин саҳифаро фиристед
page-delete = Нест кардани ин саҳифа
page-delete-confirm = Ин саҳифа аз анбор нест карда шавад? Инро баргардондан мумкин нест.
page-unreadable = Ин саҳифаро нишон додан нашуд.
date-pick = Тақвим
page-add-camera = Акс гирифтан
page-add-picker = Интихоби акс
page-adding = Саҳифа илова мешавад…
page-added = Саҳифа илова шуд.
camera-none = Акс гирифта нашуд. Агар камера кушода нашуда бошад, ба ҷои ин аксро аз телефон интихоб кунед. Ҳеҷ чиз нигоҳ дошта нашуд.
ios-camera-usage = { -brand-name } камераро танҳо барои аксбардории ҳуҷҷатҳои шумо ва нигоҳ доштани онҳо дар шакли рамзгузоришуда дар ҳамин телефон истифода мебарад.
picker-none = Ягон акс интихоб нашуд. Ҳеҷ чиз нигоҳ дошта нашуд.
storage-failed = Аксро нусхабардорӣ кардан нашуд: шояд хотираи телефон пур шуда бошад. Ҳеҷ чиз нигоҳ дошта нашуд.
pin-saved = PIN гузошта шуд.
pin-changed = PIN иваз карда шуд.
pin-no-phone-key = Калиди ин телефонро барои анбор хондан нашуд, барои ҳамин PIN гузоштан мумкин нест. Ҳеҷ чиз тағйир наёфт.
passphrase = Гузарвожа
passphrase-again = Гузарвожаро такрор кунед
passphrase-suggest = Пешниҳод кардани гузарвожа
passphrase-suggested = Ин гузарвожаро дар коғаз нависед ва ҷудо аз нусхаи эҳтиётӣ нигоҳ доред: { $passphrase }
backup-pin-prompt = Барои сохтани нусхаи эҳтиётӣ PIN-и анборро нависед
backup-write-failed = Нусхаи эҳтиётиро дар ҷое, ки интихоб кардед, навиштан нашуд. Анбор тағйир наёфт.
restore-read-failed = Файли интихобшударо хондан нашуд. Ҳеҷ чиз тағйир наёфт.
reminders-notifications-off = Огоҳиномаҳо (уведомления) барои Huquq хомӯш аст, барои ҳамин ёдраскуниҳо дар ин телефон пайдо шуда наметавонанд. Рӯйхати поён ҳамчунон кор мекунад. Барои гирифтани ёдраскуниҳо, дар танзимоти телефон ба Huquq огоҳиномаҳоро иҷозат диҳед.
reminders-exact-off = Ин телефон ба Huquq танҳо дар вақти тахминӣ ёдрас карданро иҷозат медиҳад, барои ҳамин ёдраскунӣ метавонад каме дер ояд.
reminders-allow-exact = Иҷозати вақти дақиқи ёдраскунӣ
reminders-snoozed = Дар рӯзе, ки интихоб кардед, ба шумо ёдрас карда мешавад.
reminders-reopened = Ёдраскуниҳо барои ин мӯҳлат боз фаъол шуданд.
reminders-days-saved = Рӯзҳои ёдраскунӣ нигоҳ дошта шуданд.
reminders-record = Нависед, ки чӣ шуд
reminders-recorded = Нигоҳ дошта шуд. Мӯҳлате, ки аз ин сар мешавад, акнун дар ёдраскуниҳои шумост.
reminders-checklists = Рӯйхатҳои тайёрӣ
checklist-read-article = Мақолаи пурраро хонед
app-name = { -brand-name }
home-search-hint = Ҷустуҷӯи ҳуқуқҳои шумо
topic-article-count =
    { $count ->
        [one] { $count } мақола
       *[other] { $count } мақола
    }
article-sources-heading = Манбаъҳо
article-cards-heading = Кортҳо барои нишон додан ба корманд
confidence-verified = Бо матни расмӣ санҷида шудааст
confidence-reported = Аз манбаъҳои номбаршуда, ҳанӯз бо матни расмӣ санҷида нашудааст
confidence-unverified = Ҳанӯз санҷида нашудааст
card-official-text = Бо забони { $language }
languages-heading = Забонҳо
error-storage = Huquq папкаи маълумоти худро хонда ё навишта натавонист. Ҳеҷ чиз тағйир наёфт.
cli-topic-open-hint = Мавзӯъро кушоед: huquq topics МАВЗӮЪ
cli-read-hint = Мақоларо хонед: huquq read МАҚОЛА
cli-card-hint = Кортро нишон диҳед: huquq card КОРТ
contact-phone = Телефон: { $phone }
contact-website = Сомона: { $website }
cli-error = Хато
error-crypto = Дастгоҳ калиди бехатар сохта натавонист. Ҳеҷ чиз нигоҳ дошта нашуд.
error-photo-unreadable = Аксро хондан нашуд. Ҳеҷ чиз нигоҳ дошта нашуд.
vault-deleted = Нест карда шуд.
vault-erased = Ҳама чиз дар анбор пок карда шуд.
vault-backup-done = Нусхаи эҳтиётӣ навишта шуд: ҳуҷҷатҳо — { $documents }, саҳифаҳо — { $pages }.
vault-restore-done = Барқарор шуд: ҳуҷҷатҳо — { $documents } ва саҳифаҳо — { $pages } илова шуданд; { $skipped } саҳифа аллакай буд; сабтҳои рӯзномча — { $entries } илова шуданд.
cli-vault-passphrase = Гузарвожаи анбор:{" "}
cli-vault-passphrase-again = Гузарвожаро такрор кунед:{" "}
passphrase-mismatch = Ду гузарвожа як хел нестанд. Ҳеҷ чиз тағйир наёфт.
cli-backup-passphrase = Гузарвожаи нусхаи эҳтиётӣ:{" "}
cli-vault-created = Анбор сохта шуд. Гузарвожаро эҳтиёт кунед: бе он ҳеҷ кас, ҳатто Huquq, ҳуҷҷатҳои шуморо кушода наметавонад.
cli-vault-erase-confirm = Ин ҳамаи ҳуҷҷатҳои анборро барои ҳамеша пок мекунад. Барои тасдиқ бо --yes боз иҷро кунед.
cli-no-terminal-for-passphrase = Терминал нест, ки гузарвожаро пурсад. Онро дар тағйирёбандаи муҳит { $variable } гузоред.
reminders-title = Ёдраскуниҳо
reminders-settings = Ёдраскунӣ соати { $time }, минтақаи вақт { $zone }
calendar-exported =
    { $count ->
        [one] { $count } мӯҳлат ба файли тақвим навишта шуд.
       *[other] { $count } мӯҳлат ба файли тақвим навишта шуд.
    }
glossary-title = Истилоҳоти ҳуқуқӣ
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = Аввал маълумотро ворид кунед

## The case file

casefile-done = Маводи парванда навишта шуд: саҳифаҳо — { $pages }, сабтҳои рӯзномча — { $entries }, аксҳо — { $pictures }.
casefile-done-encrypted = Маводи парванда бо age рамзгузорӣ шуда навишта шуд: саҳифаҳо — { $pages }, сабтҳои рӯзномча — { $entries }, аксҳо — { $pictures }. Гузарвожаро на бо худи файл, балки бо роҳи дигар расонед.
cli-casefile-passphrase = Гузарвожаи маводи парванда:{" "}
