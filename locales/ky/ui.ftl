# Интерфейстин саптары. Шилтеме тил — англисче: ар бир билдирүү адегенде ошол жерде пайда болот.

-brand-name = Huquq

home-greeting = Укуктарыңызды билиңиз — интернетсиз да, өз тилиңизде.
home-topics-heading = Темалар
home-cards-heading = Кызмат адамына көрсөтүү
home-contacts-heading = Кайдан жардам алса болот

article-related-heading = Байланыштуу макалалар
source-checked = Текшерилген: { DATETIME($date) }
source-translation = Англис тилиндеги расмий эмес котормо

callout-note = Билип коюңуз
callout-tip = Кеңеш
callout-warning = Көңүл буруңуз

notice-not-translated = Бул азырынча { $requested } которула элек — { $shown } көрсөтүлүп жатат.
notice-machine-translated = Машина менен которулган (түп нускасы { $original }), адам азырынча текшере элек.
notice-unverified = Азырынча текшериле элек: { $details }

search-results =
    { $count ->
        [0] «{ $query }» боюнча эч нерсе табылган жок.
        [one] { $count } натыйжа
       *[other] { $count } натыйжа
    }
search-found-by = «{ $word }» сөзү боюнча табылды
search-read-as = «{ $query }» боюнча натыйжалар көрсөтүлдү.
search-browse-topics = Ылайыктуу эч нерсе жок. Темаларды караңыз:

card-show-hint = Бул экранды кызмат адамына көрсөтүңүз.

language-en = англисче
language-ru = орусча
language-kk = казакча
language-fr = французча
language-uz = өзбекче
language-ky = кыргызча
language-tg = тажикче
language-fa = фарсча
language-ar = арабча

error-not-found-article = «{ $id }» деген макала жок.
error-not-found-topic = «{ $id }» деген тема жок.
error-not-found-card = «{ $id }» деген карточка жок.
error-query-too-long = Бул издөө өтө узун. Эң көп { $max } белги жазыңыз.
error-content = Колдонмонун ичиндеги маалыматтар жүктөлгөн жок. Колдонмону кайра орнотуңуз.

## Документтер сейфи

error-not-found-person = Бул адам сейфиңизде жок.
error-not-found-document = Бул документ сейфиңизде жок.
error-not-found-page = Бул барак сейфиңизде жок.
error-not-found-payment = Бул төлөм сейфиңизде жок.
error-invalid-missing = Толтуруңуз: { $field }.
error-invalid-bad-date = { $field }: мындай күн жок. Жыл-ай-күн түрүндө жазыңыз, мисалы 2027-02-28.
error-invalid-expiry-before-issue = Мөөнөтү бүтүүчү күн берилген күндөн мурун болуп калды.
error-invalid-negative = Сумма терс сан боло албайт.
error-invalid-bad-currency = Валютанын үч тамгалуу кодун жазыңыз, мисалы KZT.
error-wrong-key = Бул ачкыч же PIN-код сейфти ачпайт. Эч нерсе өзгөргөн жок.
error-invalid-key = Сейфтин ачкычы бузулган. Эч нерсе өзгөргөн жок.
error-vault-missing = Сейф азырынча жок. Адегенде аны түзүңүз.
error-vault-exists = Бул жерде сейф мурунтан эле бар. Эч нерсе өзгөргөн жок.
error-vault-too-new = Бул сейфти Huquq колдонмосунун жаңыраак версиясы түзгөн. Аны ачуу үчүн колдонмону жаңыртыңыз.

field-name = Аты
field-kind = Документтин түрү
field-issued-on = Берилген күнү
field-expires-on = Мөөнөтү бүтүүчү күнү
field-amount = Сумма
field-currency = Валюта
field-paid-on = Төлөнгөн күнү
error-wrong-pin = PIN-код туура эмес. Эч нерсе өзгөргөн жок.
error-wrong-pin-limited =
    { $left ->
        [one] PIN-код туура эмес. Дагы бир жолу туура эмес PIN-код терилсе, сейфтин ачкычы өчүрүлөт.
       *[other] PIN-код туура эмес. Сейфтин ачкычы өчүрүлгөнгө чейин { $left } аракет калды.
    }
error-too-many-attempts = Туура эмес PIN-код өтө көп терилди: сейфтин ачкычы өчүрүлдү. Документтериңизди камдык көчүрмөдөн калыбына келтириңиз.
error-pin-not-set = Бул сейф үчүн PIN-код коюлган эмес.
error-pin-wait =
    { $minutes ->
        [one] Туура эмес PIN-код катары менен өтө көп терилди. Бир мүнөттөн кийин кайра аракет кылыңыз.
       *[other] Туура эмес PIN-код катары менен өтө көп терилди. { $minutes } мүнөттөн кийин кайра аракет кылыңыз.
    }
error-pin-required = Адегенде сейфтин PIN-кодун териңиз: камдык көчүрмө бардык документтериңизди телефондон сыртка алып чыгат.
error-pin-device-key-lost = Бул телефон мындан ары PIN-кодду текшере албайт: сейфтин ачкычынын телефондогу бөлүгү жок болуп кетти. Документтериңизди камдык көчүрмөдөн калыбына келтириңиз.
error-pin-too-short = PIN-код кеминде { $min } белгиден турушу керек.
error-photo-empty = Сүрөт файлы бош. Эч нерсе сакталган жок.
error-photo-too-large = Сүрөт файлы өтө чоң (эң көп { $max } МБ). Эч нерсе сакталган жок.
error-photo-too-many-pixels = Сүрөт өтө чоң (эң көп { $max } мегапиксель). Эч нерсе сакталган жок.
error-photo-not-an-image = Бул файл сүрөт эмес (JPEG же PNG). Эч нерсе сакталган жок.
error-photo-corrupt = Сүрөт бузулган же толук эмес. Эч нерсе сакталган жок.
error-backup-wrong-secret = Бул сырсөз же ачкыч камдык көчүрмөнү ачпайт. Текшерип, кайра аракет кылыңыз. Эч нерсе өзгөргөн жок.
error-backup-damaged = Бул камдык көчүрмө файлы бузулган, толук эмес же Huquq камдык көчүрмөсү эмес. Эч нерсе өзгөргөн жок.
error-pack-not-a-pack = Бул файл Huquq маалыматтарын жаңыртуу файлы эмес же толук эмес. Эч нерсе өзгөргөн жок.
error-pack-unknown-key = Бул маалыматтарды жаңыртуу файлына Huquq чыгаруучусу кол койгон эмес. Ал орнотулган жок. Эч нерсе өзгөргөн жок.
error-pack-altered = Бул маалыматтарды жаңыртуу файлы кол коюлгандан кийин өзгөртүлгөн же бузулган. Ал орнотулган жок. Эч нерсе өзгөргөн жок.
error-pack-too-large = Бул файл маалыматтарды жаңыртуу файлы болууга өтө чоң. Эч нерсе өзгөргөн жок.
error-pack-damaged = Бул маалыматтарды жаңыртуу файлы бузулган, аны окуу мүмкүн эмес. Эч нерсе өзгөргөн жок.
error-pack-not-newer = Бул маалыматтарды жаңыртуу файлы сиздеги маалыматтардан жаңыраак эмес. Эч нерсе өзгөргөн жок.
error-pack-needs-newer-app = Бул маалыматтарды жаңыртуу файлы үчүн Huquq колдонмосунун жаңыраак версиясы керек. Адегенде колдонмону жаңыртыңыз. Эч нерсе өзгөргөн жок.
error-pack-fails-check = Бул маалыматтарды жаңыртуу файлынын тексттеринде каталар бар. Ал орнотулган жок. Эч нерсе өзгөргөн жок.
error-pack-none-installed = Бул телефондо колдонмонун ичиндеги маалыматтар гана бар. Бөлүшө турган маалыматтарды жаңыртуу файлы жок.
error-backup-unsupported = Бул камдык көчүрмөнү Huquq колдонмосунун жаңыраак версиясы түзгөн. Аны калыбына келтирүү үчүн колдонмону жаңыртыңыз. Эч нерсе өзгөргөн жок.
error-vault-locked = Сейф кулпуланган. Адегенде аны ачыңыз.

## Терминалдагы сейф

vault-me = Мен
vault-empty = Сейфте азырынча документ жок.
vault-expires = мөөнөтү { DATETIME($date) } бүтөт
vault-no-expiry = мөөнөтү жок
vault-pages =
    { $count ->
        [one] { $count } барак
       *[other] { $count } барак
    }
vault-authority = Ким берген
vault-notes = Жазуулар
vault-kind-passport = Паспорт
vault-kind-residence-permit = Жашоого уруксат
vault-kind-residence-card = Жашоо картасы
vault-kind-visa = Виза
vault-kind-registration = Каттоо
vault-kind-work-permit = Иштөөгө уруксат
vault-kind-patent = Патент
vault-kind-fine-or-decision = Айып пул же токтом
vault-kind-receipt = Квитанция
vault-kind-court-paper = Соттун кагазы
vault-kind-other = Башка документ

## Эскертмелер жана мөөнөттөр

error-not-found-procedure = «{ $id }» деген жол-жобо жок.
error-not-found-deadline = Бул мөөнөт эми жок.
error-not-found-event = Бул окуя сейфиңизде жок.
error-invalid-unknown-time-zone = { $field }: мындай убакыт алкагы белгисиз. Asia/Almaty сыяктуу аталышты жазыңыз.
error-invalid-bad-time = { $field }: убакытты саат жана мүнөт менен жазыңыз, мисалы 09:00.
error-invalid-offset-too-large = { $field }: эскертме акыркы күндөн эң көп 365 күн мурун келе алат.
error-invalid-wrong-event = Бул окуя бул жол-жобону баштабайт.
field-time-zone = Убакыт алкагы
field-reminder-time = Эскертме убактысы
field-offsets = Акыркы күндөн канча күн мурун
field-happened-on = Күнү
field-snooze-until = Кайра эскертүү күнү
event-kind-moved = Жаңы дарекке көчтүм
event-kind-decision-received = Токтом алдым (айып пул же жаза)
event-kind-passport-handed-over = Паспортумду миграция кызматына тапшырдым
event-kind-entered-country = Өлкөгө кирдим
event-kind-left-country = Өлкөдөн чыктым
event-kind-job-changed = Жумушумду алмаштырдым
reminders-empty = Азырынча мөөнөттөр жок. Документтериңизди мөөнөтү бүтүүчү күнү менен кошуңуз же эмне болгонун жазыңыз: көчүү, токтом, өлкөгө кирүү.
reminder-due-in =
    { $days ->
        [one] Акыркы күнгө { $days } күн калды: { DATETIME($date) }
       *[other] Акыркы күнгө { $days } күн калды: { DATETIME($date) }
    }
reminder-due-today = Акыркы күн — бүгүн: { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] Акыркы күн { $days } күн мурун өтүп кеткен: { DATETIME($date) }
       *[other] Акыркы күн { $days } күн мурун өтүп кеткен: { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [one] Мөөнөтү { $days } күндөн кийин бүтөт: { DATETIME($date) }
       *[other] Мөөнөтү { $days } күндөн кийин бүтөт: { DATETIME($date) }
    }
reminder-expires-today = Мөөнөтү бүгүн бүтөт: { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] Мөөнөтү { $days } күн мурун бүткөн: { DATETIME($date) }
       *[other] Мөөнөтү { $days } күн мурун бүткөн: { DATETIME($date) }
    }
reminder-open-app = Эмне кылуу керектигин билүү үчүн Huquq колдонмосун ачыңыз.
reminder-holidays-caveat = Мөөнөт жумуш күндөрү менен эсептелет. Майрам күндөрүнүн тизмеси тастыкталган эмес, ошондуктан бул күндү мекемеден тактаңыз.
reminder-done = Аткарылды
reminder-snoozed = Кийинкиге калтырылды. Кайра эскертүү: { DATETIME($date) }
checklist-required = Мыйзам эмнени талап кылат
checklist-not-required = Мыйзам эмнени талап кылбайт
checklist-basis = Негизи: { $citation }
checklist-no-deadline = Азырынча мөөнөт жок: документти мөөнөтү бүтүүчү күнү менен кошуңуз же эмне болгонун жазыңыз.
checklist-state-valid = Сизде бар жана жарактуу
checklist-state-expires-before-deadline = Сизде бар, бирок анын мөөнөтү акыркы күнгө чейин бүтөт
checklist-state-expired = Сизде бар, бирок анын мөөнөтү бүтүп калган
checklist-state-missing = Сейфиңизде жок
checklist-state-not-tracked = Өзүңүз менен алып келиңиз: сейф муну сактабайт
checklist-item-unverified = Тастыкталган эмес
calendar-name = Huquq мөөнөттөрү

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = Документтер сейфи
vault-gate-intro = Паспортуңуздун, карталарыңыздын, токтомдордун жана квитанциялардын сүрөттөрүн ушул телефондо шифрленген түрдө сактаңыз. Аларды ушул телефон гана ача алат жана эч нерсе эч жакка жөнөтүлбөйт. Телефондон чыга турган жалгыз көчүрмө — өзүңүз жасаган камдык көчүрмө.
vault-gate-create = Сейфимди түзүү
vault-gate-pin-prompt = Сейфтин PIN-кодун териңиз
vault-gate-unlock = Ачуу
vault-gate-key-lost = Бул телефон сейфти мындан ары ача албайт: туура эмес PIN-код өтө көп терилгендиктен анын ачкычы өчүрүлгөн, же ачкыч бузулган. Бош сейф менен кайра баштап, документтериңизди камдык көчүрмөдөн калыбына келтирсеңиз болот.
vault-gate-start-over = Бош сейф менен кайра баштоо
vault-gate-start-over-confirm = Бул телефондогу кулпуланган сейф биротоло өчүрүлөт. Камдык көчүрмө файлдарыңызга тийилбейт.
vault-lock = Сейфти кулпулоо
vault-add-document = Документ кошуу
vault-expired-on = Мөөнөтү бүткөн: { DATETIME($date) }
vault-expires-soon = Мөөнөтү жакында бүтөт: { DATETIME($date) }
vault-valid-until = Качанга чейин жарактуу: { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = Номери
field-holder = Кимдин документи
vault-pages-heading = Барактар
vault-pages-none = Азырынча барак жок. Ар бир баракты сүрөткө тартыңыз.
vault-document-edit = Өзгөртүү
vault-document-delete = Бул документти өчүрүү
vault-document-delete-confirm = Бул документ жана анын бардык барактары сейфтен өчүрүлсүнбү? Муну кайтаруу мүмкүн эмес.
vault-page-number = { $number }-барак
vault-kind-choose = Бул кандай документ?
vault-form-autosave = Жазгандарыңыздын баары ошол замат сейфке сакталат.
vault-date-hint = 2027-02-28
vault-person-add = Башка адам
vault-person-relation = Бул адам сизге ким болот?
vault-relation-myself = Мен
vault-relation-spouse = Күйөөм же аялым
vault-relation-child = Балам
vault-relation-parent = Атам же энем
vault-relation-relative = Башка тууганым
vault-relation-other = Башка адам
settings-title = Жөндөөлөр
settings-language = Тил
settings-reminders = Эскертме убактысы
settings-pin = Сейфтин PIN-коду
settings-pin-set = Сейфке PIN-код коюу
settings-pin-change = Сейфтин PIN-кодун өзгөртүү
settings-pin-explain = PIN-код коюлса, телефон кулпудан ачык турса да, сейф ар бир ачылганда аны сурайт. Аны ушул телефон гана текшере алат, ар бир туура эмес PIN-коддон кийин күтүү убактысы узарат; туура эмес PIN-код катары менен өтө көп терилсе, сейфтин ачкычы өчүрүлөт, анан документтериңизди камдык көчүрмө гана кайтара алат.
pin-new = Жаңы PIN-код
pin-again = Жаңы PIN-кодду кайталаңыз
pin-current = Азыркы PIN-код
pin-limit-heading = Туура эмес PIN-код өтө көп терилгенде
pin-limit =
    { $count ->
        [one] { $count } жолу туура эмес PIN-код терилгенде сейфтин ачкычын өчүрүү
       *[other] { $count } жолу туура эмес PIN-код терилгенде сейфтин ачкычын өчүрүү
    }
settings-backup = Камдык көчүрмө
settings-backup-button = Сейфтин камдык көчүрмөсүн жасоо
settings-backup-explain = Камдык көчүрмө — бир шифрленген файл. Сырсөздү андан бөлөк сактаңыз: сырсөзсүз аны эч ким, атүгүл өзүңүз да ача албайсыз.
backup-running = Камдык көчүрмө жазылууда…
settings-restore-button = Камдык көчүрмөдөн калыбына келтирүү
settings-restore-explain = Калыбына келтирүү камдык көчүрмөдөгү документтерди ушул сейфке кошот. Бул жерде мурунтан бар нерселердин эч бири өзгөрбөйт.
restore-running = Калыбына келтирилүүдө…
settings-content = Укуктар тууралуу маалыматтар
settings-content-built-in = Колдонмонун ичиндеги укуктар тууралуу маалыматтар, { DATETIME($date) } абалы боюнча.
settings-content-pack = { $publisher } берген укуктар тууралуу маалыматтар, { DATETIME($date) } абалы боюнча; орнотулган күнү: { DATETIME($installed) }.
settings-content-explain = Маалыматтарды жаңыртуу файлы — Huquq чыгаруучусунан келген бир кичинекей файл, аны башка файлдар сыяктуу эле бирөөдөн-бирөөгө өткөрүп берсе болот. Huquq аны чыныгы жана сиздеги маалыматтардан жаңыраак болсо гана орнотот. Интернет керек эмес.
settings-content-fallback = Бул телефонго орнотулган маалыматтарды жаңыртуу файлын окуу мүмкүн болгон жок, ошондуктан анын ордуна колдонмонун ичиндеги маалыматтар көрсөтүлүп жатат. Жаңыртууну кайра колдонуу үчүн аны өз файлынан кайра орнотуңуз.
settings-content-update = Маалыматтарды файлдан жаңыртуу
settings-content-share = Маалыматтарды бөлүшүү
settings-erase = Баарын өчүрүү
settings-erase-warning = Бул телефондогу сейфтеги бардык документтер жана сүрөттөр аны ача турган ачкычтар менен кошо биротоло өчүрүлөт, анын эскертмелери да алынып салынат. Сиз жасаган камдык көчүрмө файлдарына тийилбейт. Муну кайтаруу мүмкүн эмес.
reminders-mark-done = Аткарылды: бүгүн аткарылды деп белгилөө
reminders-marked-done = Аткарылды деп белгиленди.
reminders-follow-up = Кийинки кадам эскертмелериңизге кошулду: { $procedure }
reminders-snooze = Кийинчерээк эскертүү…
reminders-reopen = Азырынча аткарыла элек: кайра эскертүү
reminders-days-before = Эскертүү күндөрүн тандоо…
reminders-use-usual-days = Кадимки күндөр
reminders-day-option =
    { $count ->
        [0] Акыркы күндүн өзүндө
        [one] { $count } күн мурун
       *[other] { $count } күн мурун
    }
reminders-open-checklist = Эмнени даярдоо керек (даярдоо тизмеси)
reminders-record-title = Эмне болду?
reminders-record-who = Бул ким тууралуу?
reminders-record-none = Азырынча жаза турган эч нерсе жок.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = Төлөмдөр
vault-deadlines-heading = Мөөнөттөр
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $total } ичинен { $done }
field-pin = PIN-код
field-passphrase = Сырсөз
error-invalid-mismatch = { $field }: эки жолу киргизилгени дал келбейт. Эч нерсе өзгөргөн жок.
error-invalid-too-weak = { $field }: өтө кыска же табуу өтө оңой. Эч кандай үлгүгө баш ийбеген кеминде 12 белги териңиз же Huquq сунуштаган сырсөздү колдонуңуз. Эч нерсе өзгөргөн жок.

## Кызмат адамдары менен болгон окуялардын журналы

error-not-found-journal-entry = Журналдагы бул жазуу сейфиңизде жок.
error-journal-broken = Журналдагы бир жазуу жазылгандан кийин өзгөртүлгөн. Журнал кайсы жазуу экенин көрсөтөт.
error-invalid-in-future = { $field }: бул убакыт али келе элек. Журналга болуп өткөн нерселер жазылат. Эч нерсе сакталган жок.
error-invalid-too-long = { $field }: бул өтө узун. Аны кыскартыңыз же эки жазууга бөлүңүз. Эч нерсе сакталган жок.
field-place = Жери
field-office = Мекеме же бөлүм
field-official = Кызмат адамынын аты, наамы же төш белгиси
field-demanded = Эмнени сурашты
field-documents = Документтер
field-money-asked = Суралган акча
field-said = Эмне айтылды
field-outcome = Эмне менен бүттү
field-witnesses = Күбөлөр
field-return-by = Кайтарып берүүгө убада кылынган күн
journal-kind-police-check = Полициянын текшерүүсү
journal-kind-migration-office-visit = Миграция кызматына баруу
journal-kind-fine-or-protocol = Айып пул же протокол
journal-kind-document-taken = Документ алып коюлду
journal-kind-document-returned = Документ кайтарылды
journal-kind-bribe-asked = Пара суралды
journal-kind-detention = Кармоо
journal-kind-other = Кызмат адамдары менен болгон башка окуя
journal-title = Журнал
journal-add = Кызмат адамдары менен болгон окуяны жазуу
journal-empty = Азырынча эч нерсе жазылган жок. Кызмат адамдары менен болгон ар бир окуяны мүмкүн болушунча тез жазыңыз: эмне болду, ким бар эле, эмне суралды, эмне алынды же төлөндү. Жазууну кийин өзгөртүүгө болбойт, аны жаңы жазуу менен гана оңдосо болот. Ошондуктан журнал кайра жазылбаганын көрсөтө алат.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }, { $time }
journal-captured = Жазылган убакыт: { DATETIME($date) }, { $time }, ушул телефондун сааты боюнча
journal-corrected = Кийинки жазуу менен оңдолгон
journal-correction = Мурунку жазууну оңдойт
journal-chain-own = Сиздин журналыңыз
journal-chain-restored = Камдык көчүрмөдөн алынган журнал
journal-chain-intact =
    { $count ->
        [one] Бүтүн: анын жалгыз жазуусу жазылгандан бери өзгөртүлгөн эмес.
       *[other] Бүтүн: анын { $count } жазуусунун бири да жазылгандан бери өзгөртүлгөн эмес.
    }
journal-chain-broken = Жазылгандан кийин өзгөртүлгөн: { $position }-жазуу мындан ары өзүнүн мөөрүнө дал келбейт. Ошол жазуудан баштап журнал эмне жазылганын көрсөтө албайт.
journal-seal = Мөөр: { $hash }
journal-position-own = Сиздин журналыңыздын { $position }-жазуусу
journal-position-restored = Камдык көчүрмөдөн алынган журналдын { $position }-жазуусу
journal-document-shown = { $document }: көрсөтүлдү
journal-document-taken = { $document }: алып коюлду
journal-document-returned = { $document }: кайтарылды
journal-custody-heading = Мекемеде турган документтер
journal-custody-taken = { DATETIME($date) } алып коюлган: { $office }
journal-custody-promised = Кайтарып берүүгө убада кылынган күн: { DATETIME($date) }
journal-custody-returned = { DATETIME($date) } кайтарылган
journal-custody-held = Азыр да мекемеде турат
journal-correct-title = Бул жазууну оңдоо
journal-form-note = Сакталган жазуу мөөрлөнөт, аны өзгөртүүгө болбойт. Бир нерсе туура эмес болсо, оңдоону сактаңыз: экөө тең журналда калат.
journal-field-kind = Эмне болду
journal-when-hint = 2026-12-01 же 2026-12-01 14:30
journal-action-none = Тиешеси жок
journal-action-shown = Көрсөтүлдү
journal-action-taken = Алып коюлду
journal-action-returned = Кайтарылды
journal-save = Сактоо жана мөөрлөө

## The case file: a PDF for a lawyer, in the lawyer's language with the user's beside it

error-not-found-language = Huquq колдонмосунда «{ $id }» тилиндеги тексттер жок.
casefile-title = Иштин материалдары: кызмат адамдары менен болгон окуялар
# $date: the day the file was made.
casefile-made = Huquq колдонмосу менен { DATETIME($date) } адамдын телефонунда сакталган маалыматтардын негизинде түзүлдү. Адамдын өзү жазгандары кандай жазылса, ошондой келтирилди.
casefile-about = Журналдын ар бир жазуусу жазылган учурда мөөрлөнгөн: анын SHA-256 хеши жазуунун мазмунун жана андан мурунку жазуунун хешин камтыйт, ошондуктан кийин өзгөртүлгөн жазуу өзүнүн мөөрүнө дал келбей калат. Оңдоо жаңы жазуу катары кошулат; ал оңдогон жазуу өзгөрүүсүз сакталат. Телефондун сааты боюнча жазылган деп белгиленген убакыттар телефондон алынган жана өзүнөн-өзү убакытты далилдебейт.
casefile-person = Адам жана анын документтери
casefile-no-documents = Адам өзүнүн документтерин кошпоону чечкен.
casefile-timeline = Кызмат адамдары менен болгон окуялар, эң мурункусунан баштап
casefile-no-entries = Кызмат адамдары менен болгон бир да окуя жазылган эмес.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = { $position }-жазууну оңдойт.
casefile-corrected-by = { $position }-жазуу менен оңдолгон.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = Сүрөттөр: { $numbers }
casefile-payments = Төлөмдөр
casefile-payee = Төлөмдү алуучу
casefile-custody = Мекемеде турган документтер
casefile-pages = Барактар
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = { $number }-сүрөт: { $document }, { $page }-барак, телефондун сааты боюнча { DATETIME($date) } тартылган
casefile-picture-original = Камера тарткан түп нуска сүрөттүн SHA-256 хеши: { $hash }
casefile-picture-unreadable = Бул барактын сүрөтүн телефондон окуу мүмкүн болгон жок.
casefile-law = Колдонулуучу мыйзамдар
casefile-verification = Журналды текшерүү
casefile-verify-how = Журналды текшерүү үчүн адамдын телефонунда «Журнал» бөлүмүн ачыңыз: ал көрсөткөн мөөр бул жерде басылган мөөр менен бирдей болушу керек, ал эми колдонмо ар бир жазууну кайрадан текшерип чыгат. Телефондун камдык көчүрмөсүнөн huquq буйругу да ошону аткарат: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = Иштин материалдары · { $pages } беттин { $page }-бети
casefile-screen-title = Адвокат үчүн иштин материалдары
casefile-screen-note = Бир PDF файл: анда журналыңыз, сиз тандаган документтер, төлөмдөрүңүз жана квитанцияларыңыз, жазууларыңызга тиркелген барактар жана тиешелүү мыйзамдар адвокаттын тилинде болот. Анда жеке маалыматтарыңыз бар: аны ишенген адвокатыңызга гана бериңиз, мүмкүн болсо шифрлеп бериңиз.
casefile-lawyer-language = Адвокаттын тили
casefile-user-language = Жанында сиздин тилиңиз
casefile-user-language-none = Адвокаттын тили гана
casefile-documents-label = Номери жана күндөрү менен кошула турган документтер
casefile-pages-label = Дагы кошула турган барактар. Жазууларыңызга тиркелген барактар жана квитанцияларыңыз анда ар дайым болот.
casefile-encrypt = Файлды сырсөз менен шифрлөө
casefile-encrypt-hint = Сунушталат. Адвокат аны акысыз age программасы же Huquq менен ачат. Сырсөздү файлдан башка жол менен бериңиз: аны оозеки айтыңыз, файл менен кошо жөнөтпөңүз.
casefile-export = Иштин материалдарын түзүү
casefile-making = Иштин материалдары түзүлүүдө…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }, { $page }-барак
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = Паспорт кайтарылуучу убакта эскертүү: { $procedure }
