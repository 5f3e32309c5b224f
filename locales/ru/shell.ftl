# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = ОК
action-cancel = Отмена
home-vault = Мои документы
home-vault-hint = Паспорта, разрешения и квитанции — в зашифрованном виде на этом телефоне
home-reminders-hint = Сроки ваших документов и что сделать до них
home-journal = Журнал
home-journal-hint = Каждая встреча с должностными лицами, записанная и запечатанная
journal-correct = Исправить эту запись
home-settings = Настройки
# Не удалось набрать номер контакта (планшет без приложения для звонков).
home-no-dialer = С этого устройства нельзя позвонить. Номер: { $phone }.
language-first-run = Выберите язык для Huquq. Его можно изменить позже на главном экране.
article-read-aloud = Прочитать вслух
article-stop-reading = Остановить чтение
article-tts-unavailable = Этот телефон не может читать вслух на этом языке. Голос для этого языка можно добавить в настройках синтеза речи телефона.
card-machine-translated = Машинный перевод, ещё не проверен человеком.
action-delete = Удалить
page-share = Поделиться
page-share-title = Отправить копию этой страницы
page-delete = Удалить эту страницу
page-delete-confirm = Удалить эту страницу из хранилища? Отменить это будет нельзя.
page-unreadable = Не удалось показать эту страницу.
date-pick = Календарь
page-add-camera = Сфотографировать
page-add-picker = Выбрать фото
page-adding = Страница добавляется…
page-added = Страница добавлена.
camera-none = Фото не сделано. Если камера не открылась, выберите готовое фото. Ничего не сохранено.
ios-camera-usage = { -brand-name } использует камеру только для того, чтобы сфотографировать ваши документы и хранить их в зашифрованном виде на этом телефоне.
picker-none = Фото не выбрано. Ничего не сохранено.
storage-failed = Не удалось скопировать фото: возможно, память телефона заполнена. Ничего не сохранено.
pin-saved = PIN-код задан.
pin-changed = PIN-код изменён.
pin-no-phone-key = Не удаётся прочитать ключ этого телефона для хранилища, поэтому PIN-код задать нельзя. Ничего не изменено.
passphrase = Парольная фраза
passphrase-again = Повторите парольную фразу
passphrase-suggest = Предложить парольную фразу
passphrase-suggested = Запишите эту парольную фразу и храните её отдельно от резервной копии: { $passphrase }
backup-pin-prompt = Введите PIN-код хранилища, чтобы сделать резервную копию
backup-write-failed = Не удалось записать резервную копию в выбранное место. Хранилище не изменилось.
restore-read-failed = Не удалось прочитать выбранный файл. Ничего не изменено.
reminders-notifications-off = Уведомления для Huquq выключены, поэтому напоминания не могут появиться на этом телефоне. Список ниже всё равно работает. Чтобы получать напоминания, разрешите уведомления для Huquq в настройках телефона.
reminders-exact-off = Этот телефон разрешает Huquq напоминать только в примерное время, поэтому напоминание может прийти немного позже.
reminders-allow-exact = Разрешить точное время напоминаний
reminders-snoozed = Напоминание придёт в выбранный вами день.
reminders-reopened = Напоминания об этом сроке снова включены.
reminders-days-saved = Дни напоминаний сохранены.
reminders-record = Записать, что произошло
reminders-recorded = Сохранено. Срок, который начинается с этого события, теперь есть в ваших напоминаниях.
reminders-checklists = Контрольные списки
checklist-read-article = Прочитать всю статью
app-name = { -brand-name }
home-search-hint = Поиск по вашим правам
topic-article-count =
    { $count ->
        [one] { $count } статья
        [few] { $count } статьи
       *[many] { $count } статей
    }
article-sources-heading = Источники
article-cards-heading = Карточки для сотрудника
confidence-verified = Сверено с официальным текстом
confidence-reported = По указанным источникам, ещё не сверено с официальным текстом
confidence-unverified = Ещё не проверено
card-official-text = На языке: { $language }
languages-heading = Языки
error-storage = Huquq не может прочитать или записать папку данных. Ничего не изменено.
cli-topic-open-hint = Открыть тему: huquq topics ТЕМА
cli-read-hint = Прочитать статью: huquq read СТАТЬЯ
cli-card-hint = Показать карточку: huquq card КАРТОЧКА
contact-phone = Телефон: { $phone }
contact-website = Сайт: { $website }
cli-error = Ошибка
error-crypto = Устройство не смогло создать надёжный ключ. Ничего не сохранено.
error-photo-unreadable = Не удалось прочитать фото. Ничего не сохранено.
vault-deleted = Удалено.
vault-erased = Всё содержимое хранилища стёрто.
vault-backup-done = Резервная копия записана: документов — { $documents }, страниц — { $pages }.
vault-restore-done = Восстановлено: добавлено документов — { $documents }, страниц — { $pages }; уже были на месте страниц — { $skipped }; добавлено записей журнала — { $entries }.
cli-vault-passphrase = Парольная фраза хранилища:{" "}
cli-vault-passphrase-again = Повторите парольную фразу:{" "}
passphrase-mismatch = Парольные фразы не совпадают. Ничего не изменено.
cli-backup-passphrase = Парольная фраза резервной копии:{" "}
cli-vault-created = Хранилище создано. Берегите парольную фразу: без неё никто, даже Huquq, не сможет открыть ваши документы.
cli-vault-erase-confirm = Это навсегда сотрёт все документы в хранилище. Чтобы подтвердить, запустите ещё раз с --yes.
cli-no-terminal-for-passphrase = Нет терминала, чтобы спросить парольную фразу. Укажите её в переменной окружения { $variable }.
reminders-title = Напоминания
reminders-settings = Напоминания в { $time }, часовой пояс { $zone }
calendar-exported =
    { $count ->
        [one] { $count } срок записан в файл календаря.
        [few] { $count } срока записаны в файл календаря.
       *[many] { $count } сроков записано в файл календаря.
        [other] { $count } срока записано в файл календаря.
    }
glossary-title = Юридические термины
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = Сначала ввести данные

## The case file

casefile-done = Материалы для юриста записаны: страниц — { $pages }, записей журнала — { $entries }, изображений — { $pictures }.
casefile-done-encrypted = Материалы для юриста записаны и зашифрованы с помощью age: страниц — { $pages }, записей журнала — { $entries }, изображений — { $pictures }. Передайте парольную фразу по-другому, не вместе с файлом.
cli-casefile-passphrase = Парольная фраза для материалов дела:{" "}
