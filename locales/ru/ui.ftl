# Строки интерфейса.

-brand-name = Huquq

app-name = { -brand-name }
home-greeting = Знайте свои права — даже без интернета, на своём языке.
home-search-hint = Поиск по вашим правам
home-topics-heading = Темы
home-cards-heading = Показать сотруднику
home-contacts-heading = Где получить помощь

topic-article-count =
    { $count ->
        [one] { $count } статья
        [few] { $count } статьи
       *[many] { $count } статей
    }

article-sources-heading = Источники
article-related-heading = См. также
article-cards-heading = Карточки для сотрудника
source-checked = Проверено: { DATETIME($date) }
source-translation = Неофициальный перевод на английский язык

callout-note = Примечание
callout-tip = Совет
callout-warning = Внимание

confidence-verified = Сверено с официальным текстом
confidence-reported = По указанным источникам, ещё не сверено с официальным текстом
confidence-unverified = Ещё не проверено

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

card-show-hint = Покажите этот экран сотруднику.
card-official-text = На языке: { $language }

languages-heading = Языки
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
error-storage = Huquq не может прочитать или записать папку данных. Ничего не изменено.
error-content = Не удалось загрузить встроенные материалы. Переустановите приложение.

cli-topic-open-hint = Открыть тему: huquq topics ТЕМА
cli-read-hint = Прочитать статью: huquq read СТАТЬЯ
cli-card-hint = Показать карточку: huquq card КАРТОЧКА
cli-phone = Телефон: { $phone }
cli-website = Сайт: { $website }
cli-error = Ошибка

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
error-crypto = Устройство не смогло создать надёжный ключ. Ничего не сохранено.

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
        [one] Неверный PIN-код. Осталась { $left } попытка, затем ключ хранилища будет стёрт, как вы выбрали.
        [few] Неверный PIN-код. Осталось { $left } попытки, затем ключ хранилища будет стёрт, как вы выбрали.
       *[many] Неверный PIN-код. Осталось { $left } попыток, затем ключ хранилища будет стёрт, как вы выбрали.
    }
error-too-many-attempts = Слишком много неверных PIN-кодов: как вы выбрали, ключ хранилища стёрт. Восстановите документы из резервной копии.
error-pin-not-set = Для этого хранилища PIN-код не задан.
error-pin-too-short = PIN-код должен содержать не менее { $min } символов.
error-photo-unreadable = Не удалось прочитать фото. Ничего не сохранено.
error-photo-empty = Файл фото пуст. Ничего не сохранено.
error-photo-too-large = Файл фото слишком большой (не более { $max } МБ). Ничего не сохранено.
error-photo-too-many-pixels = Изображение слишком большое (не более { $max } мегапикселей). Ничего не сохранено.
error-photo-not-an-image = Этот файл не является фото (JPEG или PNG). Ничего не сохранено.
error-photo-corrupt = Фото повреждено или неполное. Ничего не сохранено.
error-backup-wrong-secret = Эта кодовая фраза или ключ не открывает резервную копию. Проверьте и попробуйте ещё раз. Ничего не изменено.
error-backup-damaged = Файл резервной копии повреждён, неполон или не является резервной копией Huquq. Ничего не изменено.
error-backup-unsupported = Эта резервная копия создана более новой версией Huquq. Обновите приложение, чтобы восстановить её. Ничего не изменено.
error-vault-locked = Хранилище заблокировано. Сначала разблокируйте его.

## Хранилище в терминале

vault-me = Я
vault-empty = В хранилище пока нет документов.
vault-deleted = Удалено.
vault-erased = Всё содержимое хранилища стёрто.
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
vault-backup-done = Резервная копия записана: документов — { $documents }, страниц — { $pages }.
vault-restore-done = Восстановлено: добавлено документов — { $documents }, страниц — { $pages }; уже были на месте страниц — { $skipped }.
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
cli-vault-passphrase = Пароль хранилища:{" "}
cli-vault-passphrase-again = Повторите пароль:{" "}
cli-vault-passphrase-mismatch = Пароли не совпадают. Ничего не изменено.
cli-backup-passphrase = Пароль резервной копии:{" "}
cli-vault-created = Хранилище создано. Берегите пароль: без него никто, даже Huquq, не сможет открыть ваши документы.
cli-vault-erase-confirm = Это навсегда сотрёт все документы в хранилище. Чтобы подтвердить, запустите ещё раз с --yes.
cli-no-terminal-for-passphrase = Нет терминала, чтобы спросить пароль. Укажите его в переменной окружения { $variable }.

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
reminders-title = Напоминания
reminders-empty = Сроков пока нет. Добавьте документы с датой окончания срока действия или запишите, что произошло: переезд, постановление, въезд.
reminders-settings = Напоминания в { $time }, часовой пояс { $zone }
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
calendar-exported =
    { $count ->
        [one] { $count } срок записан в файл календаря.
        [few] { $count } срока записаны в файл календаря.
       *[many] { $count } сроков записано в файл календаря.
        [other] { $count } срока записано в файл календаря.
    }
glossary-title = Юридические термины
