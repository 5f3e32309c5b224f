# Строки, которые оболочка Android рисует сама: её элементы управления, а не материалы.

android-ok = ОК
android-cancel = Отмена

# Строки, которые экраны базы знаний рисуют сами (главный экран, выбор языка, статьи, карточки
# для сотрудника, поиск).

android-home-vault = Мои документы
android-home-vault-hint = Паспорта, разрешения и квитанции — в зашифрованном виде на этом телефоне
android-home-reminders-hint = Сроки ваших документов и что сделать до них
android-home-settings = Настройки
# Не удалось набрать номер контакта (планшет без приложения для звонков).
android-home-no-dialer = С этого устройства нельзя позвонить. Номер: { $phone }.

android-language-first-run = Выберите язык для Huquq. Его можно изменить позже на главном экране.
# Экранный диктор читает это после названия выбранного языка.
android-language-selected = выбран

android-article-read-aloud = Прочитать вслух
android-article-stop-reading = Остановить чтение
android-article-tts-unavailable = Этот телефон не может читать вслух на этом языке. Голос для этого языка можно добавить в настройках синтеза речи телефона.

android-card-machine-translated = Машинный перевод, ещё не проверен человеком.

# Строки, которые экраны хранилища и настроек в оболочке Android рисуют сами.

## Вход в хранилище

android-vault-title = Хранилище документов
android-vault-intro = Храните на этом телефоне фото паспорта, вида на жительство, постановлений и квитанций в зашифрованном виде. Открыть их может только этот телефон, и ничего никуда не отправляется. Телефон покидает только одна копия — резервная копия, которую вы делаете сами.
android-vault-create = Создать моё хранилище
android-vault-pin-prompt = Введите PIN-код хранилища
android-vault-unlock = Открыть
android-vault-key-lost = Этот телефон больше не может открыть хранилище: его ключ стёрт после слишком многих неверных PIN-кодов или повреждён. Вы можете начать заново с пустым хранилищем и восстановить документы из резервной копии.
android-vault-start-over = Начать заново с пустым хранилищем
android-vault-start-over-confirm = Заблокированное хранилище на этом телефоне будет удалено навсегда. Ваши файлы резервных копий останутся без изменений.
android-vault-lock = Заблокировать хранилище

## Список документов

android-vault-add-document = Добавить документ
android-vault-expired = Срок действия истёк { DATETIME($date) }
android-vault-expires-soon = Скоро истекает срок действия: { DATETIME($date) }
android-vault-valid-until = Действует до { DATETIME($date) }
android-date = { DATETIME($date) }

## Один документ

android-field-number = Номер
android-field-holder = Чей документ
android-document-pages-heading = Страницы
android-pages-none = Страниц пока нет. Сфотографируйте каждую страницу.
android-document-edit = Изменить
android-document-delete = Удалить этот документ
android-document-delete-confirm = Удалить этот документ и все его страницы из хранилища? Отменить это будет нельзя.
android-delete = Удалить
android-page-number = Страница { $number }
android-page-share = Поделиться
android-page-share-title = Отправить копию этой страницы
android-page-delete = Удалить эту страницу
android-page-delete-confirm = Удалить эту страницу из хранилища? Отменить это будет нельзя.
android-page-unreadable = Не удалось показать эту страницу.

## Добавление или изменение документа

android-kind-choose = Какой это документ?
android-document-autosave = Всё, что вы вводите, сразу сохраняется в хранилище.
android-date-hint = 2027-02-28
android-date-pick = Календарь
android-person-add = Другой человек
android-person-relation = Кем вам приходится этот человек?
android-relation-myself = Я
android-relation-spouse = Муж или жена
android-relation-child = Ребёнок
android-relation-parent = Отец или мать
android-relation-relative = Другой родственник
android-relation-other = Другой человек
android-page-add-camera = Сфотографировать
android-page-add-picker = Выбрать фото
android-page-adding = Страница добавляется…
android-page-added = Страница добавлена.
android-camera-none = Фото не сделано. Если камера не открылась, выберите готовое фото. Ничего не сохранено.
android-picker-none = Фото не выбрано. Ничего не сохранено.
android-storage-failed = Не удалось скопировать фото: возможно, память телефона заполнена. Ничего не сохранено.

## Настройки

android-settings-title = Настройки
android-settings-language = Язык
android-settings-reminder-time = Время напоминания
android-settings-pin = PIN-код хранилища
android-settings-pin-set = Задать PIN-код хранилища
android-settings-pin-change = Изменить PIN-код хранилища
android-pin-explain = Если задан PIN-код, хранилище спрашивает его при каждом открытии, даже когда телефон разблокирован.
android-pin-new = Новый PIN-код
android-pin-again = Повторите новый PIN-код
android-pin-current = Текущий PIN-код
android-pin-empty = Введите PIN-код. Ничего не изменено.
android-pin-mismatch = PIN-коды не совпадают. Ничего не изменено.
android-pin-limit-heading = Если слишком много раз ввести неверный PIN-код
android-pin-limit-none = Никогда не стирать ключ хранилища
android-pin-limit =
    { $count ->
        [one] Стереть ключ хранилища после { $count } неверного PIN-кода
        [few] Стереть ключ хранилища после { $count } неверных PIN-кодов
       *[many] Стереть ключ хранилища после { $count } неверных PIN-кодов
        [other] Стереть ключ хранилища после { $count } неверных PIN-кодов
    }
android-pin-saved = PIN-код задан.
android-pin-changed = PIN-код изменён.
android-pin-no-phone-key = Не удаётся прочитать ключ этого телефона для хранилища, поэтому PIN-код задать нельзя. Ничего не изменено.
android-settings-backup = Резервная копия
android-backup = Сделать резервную копию хранилища
android-backup-explain = Резервная копия — это один зашифрованный файл. Храните пароль отдельно от него: без пароля никто, даже вы, не сможет его открыть.
android-passphrase = Пароль
android-passphrase-again = Повторите пароль
android-passphrase-empty = Введите пароль. Ничего не изменено.
android-backup-running = Резервная копия записывается…
android-backup-write-failed = Не удалось записать резервную копию в выбранное место. Хранилище не изменилось.
android-restore = Восстановить из резервной копии
android-restore-explain = При восстановлении документы из резервной копии добавляются в это хранилище. То, что здесь уже есть, не меняется.
android-restore-running = Восстановление…
android-restore-read-failed = Не удалось прочитать выбранный файл. Ничего не изменено.
android-erase = Стереть всё
android-erase-warning = Все документы и фото в хранилище на этом телефоне будут стёрты навсегда вместе с ключами, которые его открывают, а его напоминания будут отменены. Файлы резервных копий, которые вы сделали, не затрагиваются. Отменить это будет нельзя.

# Строки, которые экраны напоминаний и контрольных списков в оболочке Android рисуют сами.

## Уведомления и будильники

android-reminders-notifications-off = Уведомления для Huquq выключены, поэтому напоминания не могут появиться на этом телефоне. Список ниже всё равно работает. Чтобы получать напоминания, разрешите уведомления для Huquq в настройках телефона.
android-reminders-exact-off = Этот телефон разрешает Huquq напоминать только в примерное время, поэтому напоминание может прийти немного позже.
android-reminders-allow-exact = Разрешить точное время напоминаний

## Список сроков

android-reminders-mark-done = Сделано: отметить как сделанное сегодня
android-reminders-marked-done = Отмечено как сделанное.
android-reminders-follow-up = Следующий шаг добавлен в ваши напоминания: { $procedure }
android-reminders-snooze = Напомнить позже…
android-reminders-snoozed = Напоминание придёт в выбранный вами день.
android-reminders-reopen = Ещё не сделано: напомнить снова
android-reminders-reopened = Напоминания об этом сроке снова включены.
android-reminders-days-before = Выбрать, за сколько дней напомнить…
android-reminders-use-usual-days = Обычные дни
android-reminders-days-saved = Дни напоминаний сохранены.
android-reminders-day-option =
    { $count ->
        [0] В сам день срока
        [one] За { $count } день до срока
        [few] За { $count } дня до срока
       *[many] За { $count } дней до срока
        [other] За { $count } дня до срока
    }
android-reminders-open-checklist = Что подготовить (контрольный список)

## Запись того, что произошло

android-reminders-record = Записать, что произошло
android-reminders-record-title = Что произошло?
android-reminders-record-who = Кого это касается?
android-reminders-record-none = Записывать пока нечего.
android-reminders-recorded = Сохранено. Срок, который начинается с этого события, теперь есть в ваших напоминаниях.

## Контрольные списки

android-reminders-checklists = Контрольные списки
android-checklist-read-article = Прочитать всю статью
