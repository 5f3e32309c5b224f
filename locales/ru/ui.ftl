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
