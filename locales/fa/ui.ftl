# رشته‌های رابط کاربری (نمونهٔ راست‌به‌چپ؛ ترجمهٔ ماشینی، هنوز بازبینی نشده).

-brand-name = Huquq

app-name = { -brand-name }
home-greeting = حقوق خود را بشناسید — حتی بدون اینترنت، به زبان خودتان.
home-search-hint = جستجو در حقوق شما
home-topics-heading = موضوع‌ها
home-cards-heading = نشان دادن به مأمور
home-contacts-heading = از کجا کمک بگیرید

topic-article-count =
    { $count ->
        [one] { $count } مقاله
       *[other] { $count } مقاله
    }

article-sources-heading = منابع
article-related-heading = مطالب مرتبط
article-cards-heading = کارت‌هایی برای نشان دادن به مأمور
source-checked = بررسی‌شده در { DATETIME($date) }

callout-note = توجه
callout-tip = نکته
callout-warning = هشدار

confidence-verified = با متن رسمی مطابقت داده شده است
confidence-reported = بر پایهٔ منابع ذکرشده؛ هنوز با متن رسمی مطابقت داده نشده است
confidence-unverified = هنوز تأیید نشده است

notice-not-translated = هنوز به { $requested } ترجمه نشده است — به { $shown } نمایش داده می‌شود.
notice-machine-translated = ترجمهٔ ماشینی از { $original }؛ هنوز توسط انسان بازبینی نشده است.
notice-unverified = هنوز تأیید نشده: { $details }

search-results =
    { $count ->
        [0] برای «{ $query }» چیزی پیدا نشد.
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }

card-show-hint = این صفحه را به مأمور نشان دهید.
card-official-text = به زبان { $language }

languages-heading = زبان‌ها
language-en = انگلیسی
language-ru = روسی
language-kk = قزاقی
language-fr = فرانسوی
language-uz = ازبکی
language-ky = قرقیزی
language-tg = تاجیکی
language-fa = فارسی
language-ar = عربی

error-not-found-article = مقاله‌ای با شناسهٔ «{ $id }» وجود ندارد.
error-not-found-topic = موضوعی با شناسهٔ «{ $id }» وجود ندارد.
error-not-found-card = کارتی با شناسهٔ «{ $id }» وجود ندارد.
error-query-too-long = این جستجو خیلی طولانی است. حداکثر { $max } نویسه به کار ببرید.
error-storage = Huquq نتوانست پوشهٔ داده‌هایش را بخواند یا در آن بنویسد. چیزی تغییر نکرد.
error-content = محتوای داخلی بارگذاری نشد. لطفاً برنامه را دوباره نصب کنید.

cli-topic-open-hint = باز کردن یک موضوع: huquq topics TOPIC
cli-read-hint = خواندن یک مقاله: huquq read ARTICLE
cli-card-hint = نشان دادن یک کارت: huquq card CARD
cli-phone = تلفن: { $phone }
cli-website = وبگاه: { $website }
cli-error = خطا
