# Строки интерфейса.

-brand-name = Huquq

home-greeting = Знайте свои права — даже без интернета, на своём языке.
home-topics-heading = Темы
home-cards-heading = Показать сотруднику
home-contacts-heading = Где получить помощь

article-related-heading = См. также
source-checked = Проверено: { DATETIME($date) }
source-translation = Неофициальный перевод на английский язык

callout-note = Примечание
callout-tip = Совет
callout-warning = Внимание

notice-not-translated = Ещё не переведено на { $requested } — показано на языке: { $shown }.
notice-machine-translated = Машинный перевод с языка: { $original }; ещё не проверен человеком.
notice-unverified = Ещё не проверено: { $details }

search-results =
    { $count ->
        [0] По запросу «{ $query }» ничего не найдено.
        [one] { $count } результат
        [few] { $count } результата
       *[many] { $count } результатов
    }
search-found-by = Найдено по слову «{ $word }»
search-read-as = Показаны результаты по запросу «{ $query }».
search-browse-topics = Ничего подходящего. Посмотрите темы:

card-show-hint = Покажите этот экран сотруднику.

language-en = английский
language-ru = русский
language-kk = казахский
language-fr = французский
language-uz = узбекский
language-ky = киргизский
language-tg = таджикский
language-fa = персидский
language-ar = арабский

error-not-found-article = Статья «{ $id }» не найдена.
error-not-found-topic = Тема «{ $id }» не найдена.
error-not-found-card = Карточка «{ $id }» не найдена.
error-query-too-long = Слишком длинный запрос. Используйте не более { $max } символов.
error-content = Не удалось загрузить встроенные материалы. Переустановите приложение.

## Хранилище документов

error-not-found-person = Этого человека нет в вашем хранилище.
error-not-found-document = Этого документа нет в вашем хранилище.
error-not-found-page = Этой страницы нет в вашем хранилище.
error-not-found-payment = Этого платежа нет в вашем хранилище.
error-invalid-missing = Заполните поле: { $field }.
error-invalid-bad-date = { $field }: такой даты не существует. Укажите год-месяц-день, например 2027-02-28.
error-invalid-expiry-before-issue = Дата окончания срока раньше даты выдачи.
error-invalid-negative = Сумма не может быть отрицательной.
error-invalid-bad-currency = Укажите трёхбуквенный код валюты, например KZT.
error-wrong-key = Этот ключ или PIN-код не открывает хранилище. Ничего не изменено.
error-invalid-key = Ключ хранилища повреждён. Ничего не изменено.
error-vault-missing = Хранилища пока нет. Сначала создайте его.
error-vault-exists = Здесь уже есть хранилище. Ничего не изменено.
error-vault-too-new = Это хранилище создано более новой версией Huquq. Обновите приложение, чтобы открыть его.

field-name = Имя
field-kind = Вид документа
field-issued-on = Дата выдачи
field-expires-on = Срок действия до
field-amount = Сумма
field-currency = Валюта
field-paid-on = Дата оплаты
error-wrong-pin = Неверный PIN-код. Ничего не изменено.
error-wrong-pin-limited =
    { $left ->
        [one] Неверный PIN-код. Осталась { $left } попытка, затем ключ хранилища будет стёрт.
        [few] Неверный PIN-код. Осталось { $left } попытки, затем ключ хранилища будет стёрт.
       *[many] Неверный PIN-код. Осталось { $left } попыток, затем ключ хранилища будет стёрт.
    }
error-too-many-attempts = Слишком много неверных PIN-кодов: ключ хранилища стёрт. Восстановите документы из резервной копии.
error-pin-not-set = Для этого хранилища PIN-код не задан.
error-pin-wait =
    { $minutes ->
        [one] Слишком много неверных PIN-кодов подряд. Попробуйте снова через { $minutes } минуту.
        [few] Слишком много неверных PIN-кодов подряд. Попробуйте снова через { $minutes } минуты.
       *[many] Слишком много неверных PIN-кодов подряд. Попробуйте снова через { $minutes } минут.
        [other] Слишком много неверных PIN-кодов подряд. Попробуйте снова через { $minutes } минуты.
    }
error-pin-required = Сначала введите PIN-код хранилища: с резервной копией все ваши документы покидают телефон.
error-pin-device-key-lost = Этот телефон больше не может проверить PIN-код: его часть ключа хранилища пропала. Восстановите документы из резервной копии.
error-pin-too-short = PIN-код должен содержать не менее { $min } символов.
error-photo-empty = Файл фото пуст. Ничего не сохранено.
error-photo-too-large = Файл фото слишком большой (не более { $max } МБ). Ничего не сохранено.
error-photo-too-many-pixels = Изображение слишком большое (не более { $max } мегапикселей). Ничего не сохранено.
error-photo-not-an-image = Этот файл не является фото (JPEG или PNG). Ничего не сохранено.
error-photo-corrupt = Фото повреждено или неполное. Ничего не сохранено.
error-backup-wrong-secret = Эта парольная фраза или ключ не открывает резервную копию. Проверьте и попробуйте ещё раз. Ничего не изменено.
error-backup-damaged = Файл резервной копии повреждён, неполон или не является резервной копией Huquq. Ничего не изменено.
error-pack-not-a-pack = Этот файл не является обновлением материалов Huquq или он неполный. Ничего не изменено.
error-pack-unknown-key = Это обновление материалов не подписано издателем Huquq. Оно не установлено. Ничего не изменено.
error-pack-altered = Это обновление материалов было изменено после подписания или повреждено. Оно не установлено. Ничего не изменено.
error-pack-too-large = Этот файл слишком большой для обновления материалов. Ничего не изменено.
error-pack-damaged = Это обновление материалов повреждено, его нельзя прочитать. Ничего не изменено.
error-pack-not-newer = Это обновление материалов не новее тех материалов, которые у вас уже есть. Ничего не изменено.
error-pack-needs-newer-app = Для этого обновления материалов нужна более новая версия Huquq. Сначала обновите приложение. Ничего не изменено.
error-pack-fails-check = В текстах этого обновления материалов есть ошибки. Оно не установлено. Ничего не изменено.
error-pack-none-installed = На этом телефоне есть только материалы, встроенные в приложение. Обновления материалов, которым можно поделиться, нет.
error-backup-unsupported = Эта резервная копия создана более новой версией Huquq. Обновите приложение, чтобы восстановить её. Ничего не изменено.
error-vault-locked = Хранилище заблокировано. Сначала разблокируйте его.

## Хранилище в терминале

vault-me = Я
vault-empty = В хранилище пока нет документов.
vault-expires = действует до { DATETIME($date) }
vault-no-expiry = без срока действия
vault-pages =
    { $count ->
        [one] { $count } страница
        [few] { $count } страницы
       *[many] { $count } страниц
    }
vault-authority = Кем выдан
vault-notes = Заметки
vault-kind-passport = Паспорт
vault-kind-residence-permit = Разрешение на проживание
vault-kind-residence-card = Вид на жительство
vault-kind-visa = Виза
vault-kind-registration = Регистрация
vault-kind-work-permit = Разрешение на работу
vault-kind-patent = Патент
vault-kind-fine-or-decision = Штраф или постановление
vault-kind-receipt = Квитанция
vault-kind-court-paper = Судебный документ
vault-kind-other = Другой документ

## Напоминания и сроки

error-not-found-procedure = Процедура «{ $id }» не найдена.
error-not-found-deadline = Этого срока больше нет.
error-not-found-event = Этого события нет в вашем хранилище.
error-invalid-unknown-time-zone = { $field }: такой часовой пояс неизвестен. Укажите название, например Asia/Almaty.
error-invalid-bad-time = { $field }: укажите время в часах и минутах, например 09:00.
error-invalid-offset-too-large = { $field }: напоминание может прийти не раньше чем за 365 дней до срока.
error-invalid-wrong-event = Эта процедура не начинается с такого события.
field-time-zone = Часовой пояс
field-reminder-time = Время напоминания
field-offsets = За сколько дней до срока напомнить
field-happened-on = Дата
field-snooze-until = Напомнить ещё раз (дата)
event-kind-moved = Переезд на новый адрес
event-kind-decision-received = Получено постановление (штраф или другое наказание)
event-kind-passport-handed-over = Паспорт сдан в миграционную службу
event-kind-entered-country = Въезд в страну
event-kind-left-country = Выезд из страны
event-kind-job-changed = Смена работы
reminders-empty = Сроков пока нет. Добавьте документы с датой окончания срока действия или запишите, что произошло: переезд, постановление, въезд.
reminder-due-in =
    { $days ->
        [one] Срок — через { $days } день, { DATETIME($date) }
        [few] Срок — через { $days } дня, { DATETIME($date) }
       *[many] Срок — через { $days } дней, { DATETIME($date) }
        [other] Срок — через { $days } дня, { DATETIME($date) }
    }
reminder-due-today = Срок — сегодня, { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] Срок пропущен на { $days } день, он истёк { DATETIME($date) }
        [few] Срок пропущен на { $days } дня, он истёк { DATETIME($date) }
       *[many] Срок пропущен на { $days } дней, он истёк { DATETIME($date) }
        [other] Срок пропущен на { $days } дня, он истёк { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [one] Срок действия истекает через { $days } день, { DATETIME($date) }
        [few] Срок действия истекает через { $days } дня, { DATETIME($date) }
       *[many] Срок действия истекает через { $days } дней, { DATETIME($date) }
        [other] Срок действия истекает через { $days } дня, { DATETIME($date) }
    }
reminder-expires-today = Срок действия истекает сегодня, { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] Срок действия истёк { $days } день назад, { DATETIME($date) }
        [few] Срок действия истёк { $days } дня назад, { DATETIME($date) }
       *[many] Срок действия истёк { $days } дней назад, { DATETIME($date) }
        [other] Срок действия истёк { $days } дня назад, { DATETIME($date) }
    }
reminder-open-app = Откройте Huquq, чтобы узнать, что делать.
reminder-holidays-caveat = Срок считается в рабочих днях. Список праздничных дней не подтверждён, поэтому уточните эту дату в учреждении.
reminder-done = Сделано
reminder-snoozed = Отложено до { DATETIME($date) }
checklist-required = Что требует закон
checklist-not-required = Чего закон не требует
checklist-basis = Основание: { $citation }
checklist-no-deadline = Срока пока нет: добавьте документ с датой окончания срока действия или запишите, что произошло.
checklist-state-valid = Есть у вас и действует
checklist-state-expires-before-deadline = Есть у вас, но перестанет действовать раньше срока
checklist-state-expired = Есть у вас, но срок действия истёк
checklist-state-missing = Нет в вашем хранилище
checklist-state-not-tracked = Возьмите с собой: в хранилище это не отслеживается
checklist-item-unverified = Не подтверждено
calendar-name = Сроки Huquq

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = Хранилище документов
vault-gate-intro = Храните на этом телефоне фото паспорта, вида на жительство, постановлений и квитанций в зашифрованном виде. Открыть их может только этот телефон, и ничего никуда не отправляется. Телефон покидает только одна копия — резервная копия, которую вы делаете сами.
vault-gate-create = Создать моё хранилище
vault-gate-pin-prompt = Введите PIN-код хранилища
vault-gate-unlock = Открыть
vault-gate-key-lost = Этот телефон больше не может открыть хранилище: его ключ стёрт после слишком многих неверных PIN-кодов или повреждён. Вы можете начать заново с пустым хранилищем и восстановить документы из резервной копии.
vault-gate-start-over = Начать заново с пустым хранилищем
vault-gate-start-over-confirm = Заблокированное хранилище на этом телефоне будет удалено навсегда. Ваши файлы резервных копий останутся без изменений.
vault-lock = Заблокировать хранилище
vault-add-document = Добавить документ
vault-expired-on = Срок действия истёк { DATETIME($date) }
vault-expires-soon = Скоро истекает срок действия: { DATETIME($date) }
vault-valid-until = Действует до { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = Номер
field-holder = Чей документ
vault-pages-heading = Страницы
vault-pages-none = Страниц пока нет. Сфотографируйте каждую страницу.
vault-document-edit = Изменить
vault-document-delete = Удалить этот документ
vault-document-delete-confirm = Удалить этот документ и все его страницы из хранилища? Отменить это будет нельзя.
vault-page-number = Страница { $number }
vault-kind-choose = Какой это документ?
vault-form-autosave = Всё, что вы вводите, сразу сохраняется в хранилище.
vault-date-hint = 2027-02-28
vault-person-add = Другой человек
vault-person-relation = Кем вам приходится этот человек?
vault-relation-myself = Я
vault-relation-spouse = Муж или жена
vault-relation-child = Ребёнок
vault-relation-parent = Отец или мать
vault-relation-relative = Другой родственник
vault-relation-other = Другой человек
settings-title = Настройки
settings-language = Язык
settings-reminders = Время напоминания
settings-pin = PIN-код хранилища
settings-pin-set = Задать PIN-код хранилища
settings-pin-change = Изменить PIN-код хранилища
settings-pin-explain = Если задан PIN-код, хранилище спрашивает его при каждом открытии, даже когда телефон разблокирован. Проверить его может только этот телефон, и после каждого неверного PIN-кода ждать приходится дольше; после слишком многих неверных PIN-кодов подряд ключ хранилища стирается, и вернуть документы можно только из резервной копии.
pin-new = Новый PIN-код
pin-again = Повторите новый PIN-код
pin-current = Текущий PIN-код
pin-limit-heading = Если слишком много раз ввести неверный PIN-код
pin-limit =
    { $count ->
        [one] Стереть ключ хранилища после { $count } неверного PIN-кода
        [few] Стереть ключ хранилища после { $count } неверных PIN-кодов
       *[many] Стереть ключ хранилища после { $count } неверных PIN-кодов
        [other] Стереть ключ хранилища после { $count } неверных PIN-кодов
    }
settings-backup = Резервная копия
settings-backup-button = Сделать резервную копию хранилища
settings-backup-explain = Резервная копия — это один зашифрованный файл. Храните парольную фразу отдельно от него: без парольной фразы никто, даже вы, не сможет его открыть.
backup-running = Резервная копия записывается…
settings-restore-button = Восстановить из резервной копии
settings-restore-explain = При восстановлении документы из резервной копии добавляются в это хранилище. То, что здесь уже есть, не меняется.
restore-running = Восстановление…
settings-content = Материалы о правах
settings-content-built-in = Материалы о правах от { DATETIME($date) }, встроенные в приложение.
settings-content-pack = Материалы о правах от { DATETIME($date) }, установлены { DATETIME($installed) }, издатель: { $publisher }.
settings-content-explain = Обновление материалов — это один небольшой файл от издателя Huquq, который передают так же, как любой другой файл. Huquq устанавливает его, только если он подлинный и новее материалов, которые у вас уже есть. Интернет не нужен.
settings-content-fallback = Не удалось прочитать обновление материалов на этом телефоне, поэтому вместо него показаны материалы, встроенные в приложение. Чтобы снова использовать обновление, установите его из файла.
settings-content-update = Обновить материалы из файла
settings-content-share = Поделиться материалами
settings-erase = Стереть всё
settings-erase-warning = Все документы и фото в хранилище на этом телефоне будут стёрты навсегда вместе с ключами, которые его открывают, а его напоминания будут отменены. Файлы резервных копий, которые вы сделали, не затрагиваются. Отменить это будет нельзя.
reminders-mark-done = Сделано: отметить как сделанное сегодня
reminders-marked-done = Отмечено как сделанное.
reminders-follow-up = Следующий шаг добавлен в ваши напоминания: { $procedure }
reminders-snooze = Напомнить позже…
reminders-reopen = Ещё не сделано: напомнить снова
reminders-days-before = Выбрать, за сколько дней напомнить…
reminders-use-usual-days = Обычные дни
reminders-day-option =
    { $count ->
        [0] В сам день срока
        [one] За { $count } день до срока
        [few] За { $count } дня до срока
       *[many] За { $count } дней до срока
        [other] За { $count } дня до срока
    }
reminders-open-checklist = Что подготовить (контрольный список)
reminders-record-title = Что произошло?
reminders-record-who = Кого это касается?
reminders-record-none = Записывать пока нечего.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = Платежи
vault-deadlines-heading = Сроки
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $done } из { $total }
field-pin = PIN-код
field-passphrase = Парольная фраза
error-invalid-mismatch = { $field }: два ввода не совпадают. Ничего не изменено.
error-invalid-too-weak = { $field }: слишком коротко или слишком легко угадать. Используйте не менее 12 символов без очевидного шаблона или парольную фразу, которую предлагает Huquq. Ничего не изменено.

## Журнал встреч с должностными лицами

error-not-found-journal-entry = Этой записи журнала нет в вашем хранилище.
error-journal-broken = Одну запись журнала изменили после того, как её записали. Журнал показывает, какую.
error-invalid-in-future = { $field }: это позже, чем сейчас. В журнал записывают то, что уже произошло. Ничего не сохранено.
error-invalid-too-long = { $field }: слишком длинно. Сократите текст или разделите его на две записи. Ничего не сохранено.
field-place = Место
field-office = Учреждение или подразделение
field-official = Имя, звание или номер жетона сотрудника
field-demanded = Что у вас требовали
field-documents = Документы
field-money-asked = Сколько денег у вас требовали
field-said = Что было сказано
field-outcome = Чем всё закончилось
field-witnesses = Свидетели
field-return-by = Обещали вернуть до
journal-kind-police-check = Проверка полицией
journal-kind-migration-office-visit = Посещение миграционной службы
journal-kind-fine-or-protocol = Штраф или протокол
journal-kind-document-taken = Документ забрали
journal-kind-document-returned = Документ вернули
journal-kind-bribe-asked = Требовали взятку
journal-kind-detention = Задержание
journal-kind-other = Другая встреча с должностными лицами
journal-title = Журнал
journal-add = Записать встречу с должностными лицами
journal-empty = Пока ничего не записано. Записывайте каждую встречу с должностными лицами как можно скорее: что произошло, кто там был, что у вас требовали, что забрали и что вы заплатили. Запись нельзя изменить позже, её можно только исправить новой записью. Так журнал может показать, что его не переписывали.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }, { $time }
journal-captured = Записано { DATETIME($date) }, { $time }, по часам этого телефона
journal-corrected = Исправлено более поздней записью
journal-correction = Исправляет более раннюю запись
journal-chain-own = Ваш журнал
journal-chain-restored = Журнал из резервной копии
journal-chain-intact =
    { $count ->
        [1] Не изменён: его единственная запись не менялась с тех пор, как была сделана.
        [one] Не изменён: ни одна из его { $count } записи не менялась с тех пор, как была сделана.
        [few] Не изменён: ни одна из его { $count } записей не менялась с тех пор, как была сделана.
        [many] Не изменён: ни одна из его { $count } записей не менялась с тех пор, как была сделана.
       *[other] Не изменён: ни одна из его { $count } записи не менялась с тех пор, как была сделана.
    }
journal-chain-broken = Изменён после того, как был записан: запись { $position } больше не совпадает со своей печатью. Начиная с этой записи журнал не может показать, что было записано.
journal-seal = Печать: { $hash }
journal-position-own = Запись { $position } в вашем журнале
journal-position-restored = Запись { $position } в журнале из резервной копии
journal-document-shown = { $document }: показали
journal-document-taken = { $document }: забрали
journal-document-returned = { $document }: вернули
journal-custody-heading = Документы, которые остались в учреждении
journal-custody-taken = Забрали { DATETIME($date) }: { $office }
journal-custody-promised = Обещали вернуть до { DATETIME($date) }
journal-custody-returned = Вернули { DATETIME($date) }
journal-custody-held = Ещё не вернули
journal-correct-title = Исправить эту запись
journal-form-note = После сохранения запись запечатывается, и изменить её нельзя. Если что-то неправильно, сохраните исправление: в журнале останутся обе записи.
journal-field-kind = Что произошло
journal-when-hint = 2026-12-01 или 2026-12-01 14:30
journal-action-none = Не трогали
journal-action-shown = Показали
journal-action-taken = Забрали
journal-action-returned = Вернули
journal-save = Сохранить и запечатать

## The case file: a PDF for a lawyer, in the lawyer's language with the user's beside it

error-not-found-language = В Huquq нет текстов на языке «{ $id }».
casefile-title = Материалы дела: встречи с должностными лицами
# $date: the day the file was made.
casefile-made = Составлено с помощью приложения Huquq { DATETIME($date) } на основании записей, хранящихся на телефоне лица. Тексты, написанные лицом, приводятся дословно.
casefile-about = Каждая запись журнала запечатывалась в момент её составления: её хеш SHA-256 охватывает содержание записи и хеш предыдущей записи, поэтому запись, изменённая впоследствии, перестаёт совпадать со своей печатью. Исправление вносится новой записью; исправляемая запись сохраняется. Время, отмеченное как записанное по часам телефона, берётся с телефона и само по себе не доказывает время события.
casefile-person = Сведения о лице и его документах
casefile-no-documents = По решению лица его документы не приложены.
casefile-timeline = Встречи с должностными лицами в хронологическом порядке
casefile-no-entries = Записей о встречах с должностными лицами нет.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = Исправляет запись { $position }.
casefile-corrected-by = Исправлена записью { $position }.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = Изображения: { $numbers }
casefile-payments = Платежи
casefile-payee = Получатель платежа
casefile-custody = Документы, оставленные в учреждениях
casefile-pages = Страницы документов
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = Изображение { $number }: { $document }, страница { $page }, сфотографировано { DATETIME($date) } по часам телефона
casefile-picture-original = SHA-256 исходной фотографии, полученной с камеры: { $hash }
casefile-picture-unreadable = Изображение данной страницы не удалось считать с телефона.
casefile-law = Применимые нормы права
casefile-verification = Проверка журнала
casefile-verify-how = Для проверки журнала откройте раздел «Журнал» на телефоне лица: отображаемая там печать должна совпадать с приведённой в настоящем документе, при этом приложение заново проверяет каждую запись. По резервной копии телефона ту же проверку выполняет команда huquq: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = Материалы дела · страница { $page } из { $pages }
casefile-screen-title = Материалы для юриста
casefile-screen-note = Один PDF-файл на языке юриста: ваш журнал, документы, которые вы выберете, ваши платежи и квитанции, страницы, к которым привязаны ваши записи, и законы, которые касаются вашего случая. В нём ваши личные данные: отдавайте его только юристу, которому доверяете, и по возможности в зашифрованном виде.
casefile-lawyer-language = Язык юриста
casefile-user-language = Рядом — ваш язык
casefile-user-language-none = Только язык юриста
casefile-documents-label = Какие документы добавить вместе с их номерами и датами
casefile-pages-label = Какие ещё страницы добавить. Страницы, к которым привязаны ваши записи, и ваши квитанции добавляются всегда.
casefile-encrypt = Зашифровать файл парольной фразой
casefile-encrypt-hint = Советуем. Юрист откроет файл бесплатной программой age или приложением Huquq. Парольную фразу передайте по-другому, не вместе с файлом: скажите её, а не отправляйте с файлом.
casefile-export = Сделать материалы для юриста
casefile-making = Материалы для юриста создаются…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }, страница { $page }
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = Напомнить, когда паспорт должны вернуть: { $procedure }
