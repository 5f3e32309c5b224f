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
source-translation = ترجمهٔ غیررسمی انگلیسی

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

## گاوصندوق مدارک

error-not-found-person = این شخص در گاوصندوق شما نیست.
error-not-found-document = این مدرک در گاوصندوق شما نیست.
error-not-found-page = این صفحه در گاوصندوق شما نیست.
error-not-found-payment = این پرداخت در گاوصندوق شما نیست.
error-invalid-missing = لطفاً این را پر کنید: { $field }.
error-invalid-bad-date = { $field }: چنین تاریخی وجود ندارد. به شکل سال-ماه-روز بنویسید، مثلاً 2027-02-28.
error-invalid-expiry-before-issue = تاریخ انقضا پیش از تاریخ صدور است.
error-invalid-negative = مبلغ نمی‌تواند منفی باشد.
error-invalid-bad-currency = یک کد سه‌حرفی ارز به کار ببرید، مثلاً KZT (تنگه).
error-wrong-key = این کلید یا رمز PIN گاوصندوق را باز نمی‌کند. چیزی تغییر نکرد.
error-invalid-key = کلید گاوصندوق آسیب دیده است. چیزی تغییر نکرد.
error-vault-missing = هنوز گاوصندوقی وجود ندارد. اول یکی بسازید.
error-vault-exists = اینجا از قبل یک گاوصندوق هست. چیزی تغییر نکرد.
error-vault-too-new = این گاوصندوق با نسخهٔ جدیدتری از Huquq ساخته شده است. برای باز کردنش برنامه را به‌روز کنید.
error-crypto = دستگاه نتوانست کلید امنی بسازد. چیزی ذخیره نشد.

field-name = نام
field-kind = نوع مدرک
field-issued-on = تاریخ صدور
field-expires-on = تاریخ انقضا
field-amount = مبلغ
field-currency = ارز
field-paid-on = تاریخ پرداخت
error-wrong-pin = رمز PIN نادرست است. چیزی تغییر نکرد.
error-wrong-pin-limited =
    { $left ->
        [one] رمز PIN نادرست است. با یک اشتباه دیگر، کلید گاوصندوق پاک می‌شود، همان‌طور که خودتان انتخاب کردید.
       *[other] رمز PIN نادرست است. { $left } تلاش دیگر مانده تا کلید گاوصندوق پاک شود، همان‌طور که خودتان انتخاب کردید.
    }
error-too-many-attempts = رمز PIN بیش از حد نادرست وارد شد: همان‌طور که انتخاب کرده بودید، کلید گاوصندوق پاک شد. مدارک خود را از نسخهٔ پشتیبان بازگردانید.
error-pin-not-set = برای این گاوصندوق رمز PIN تعیین نشده است.
error-pin-too-short = رمز PIN باید دست‌کم { $min } نویسه داشته باشد.
error-photo-unreadable = عکس خوانده نشد. چیزی ذخیره نشد.
error-photo-empty = فایل عکس خالی است. چیزی ذخیره نشد.
error-photo-too-large = فایل عکس خیلی بزرگ است (حداکثر { $max } مگابایت). چیزی ذخیره نشد.
error-photo-too-many-pixels = تصویر خیلی بزرگ است (حداکثر { $max } مگاپیکسل). چیزی ذخیره نشد.
error-photo-not-an-image = این فایل عکس نیست (JPEG یا PNG). چیزی ذخیره نشد.
error-photo-corrupt = عکس آسیب دیده یا ناقص است. چیزی ذخیره نشد.
error-backup-wrong-secret = این عبارت عبور یا کلید نسخهٔ پشتیبان را باز نمی‌کند. آن را بررسی کنید و دوباره امتحان کنید. چیزی تغییر نکرد.
error-backup-damaged = این فایل پشتیبان آسیب دیده، ناقص است یا نسخهٔ پشتیبان Huquq نیست. چیزی تغییر نکرد.
error-backup-unsupported = این نسخهٔ پشتیبان با نسخهٔ جدیدتری از Huquq ساخته شده است. برای بازگرداندنش برنامه را به‌روز کنید. چیزی تغییر نکرد.
error-vault-locked = گاوصندوق قفل است. اول آن را باز کنید.

## گاوصندوق در ترمینال

vault-me = من
vault-empty = هنوز هیچ مدرکی در گاوصندوق نیست.
vault-deleted = حذف شد.
vault-erased = همهٔ محتوای گاوصندوق پاک شد.
vault-expires = اعتبار تا { DATETIME($date) }
vault-no-expiry = بدون تاریخ انقضا
vault-pages =
    { $count ->
        [one] { $count } صفحه
       *[other] { $count } صفحه
    }
vault-authority = صادرکننده
vault-notes = یادداشت‌ها
vault-backup-done = نسخهٔ پشتیبان نوشته شد: { $documents } مدرک، { $pages } صفحه.
vault-restore-done = بازگردانی شد: { $documents } مدرک و { $pages } صفحه افزوده شد؛ { $skipped } صفحه از قبل بود.
vault-kind-passport = گذرنامه
vault-kind-residence-permit = مجوز اقامت
vault-kind-residence-card = کارت اقامت
vault-kind-visa = ویزا
vault-kind-registration = ثبت نشانی
vault-kind-work-permit = مجوز کار
vault-kind-patent = پتنت کار
vault-kind-fine-or-decision = جریمه یا حکم
vault-kind-receipt = رسید
vault-kind-court-paper = سند دادگاه
vault-kind-other = مدرک دیگر
cli-vault-passphrase = گذرواژهٔ گاوصندوق:{" "}
cli-vault-passphrase-again = گذرواژه را تکرار کنید:{" "}
cli-vault-passphrase-mismatch = دو گذرواژه یکسان نیستند. چیزی تغییر نکرد.
cli-backup-passphrase = گذرواژهٔ نسخهٔ پشتیبان:{" "}
cli-vault-created = گاوصندوق ساخته شد. گذرواژه را امن نگه دارید: بدون آن هیچ‌کس، حتی Huquq، نمی‌تواند مدارک شما را باز کند.
cli-vault-erase-confirm = این کار همهٔ مدارک گاوصندوق را برای همیشه پاک می‌کند. برای تأیید، دوباره با --yes اجرا کنید.
cli-no-terminal-for-passphrase = ترمینالی برای پرسیدن گذرواژه نیست. آن را در متغیر محیطی { $variable } بگذارید.

## یادآوری‌ها و مهلت‌ها

error-not-found-procedure = روند اداری‌ای با شناسهٔ «{ $id }» وجود ندارد.
error-not-found-deadline = این مهلت دیگر وجود ندارد.
error-not-found-event = این رویداد در گاوصندوق شما نیست.
error-invalid-unknown-time-zone = { $field }: این منطقهٔ زمانی شناخته‌شده نیست. نامی مانند Asia/Almaty به کار ببرید.
error-invalid-bad-time = { $field }: زمان را به شکل ساعت و دقیقه بنویسید، مثلاً 09:00.
error-invalid-offset-too-large = { $field }: یادآوری حداکثر می‌تواند 365 روز پیش از مهلت باشد.
error-invalid-wrong-event = این رویداد، این روند اداری را شروع نمی‌کند.
field-time-zone = منطقهٔ زمانی
field-reminder-time = ساعت یادآوری
field-offsets = چند روز پیش از مهلت
field-happened-on = تاریخ
field-snooze-until = یادآوری دوباره در تاریخ
event-kind-moved = به نشانی تازه‌ای جابه‌جا شدم
event-kind-decision-received = حکمی به من داده شد (جریمه یا مجازات)
event-kind-passport-handed-over = گذرنامه‌ام را در ادارهٔ مهاجرت تحویل دادم
event-kind-entered-country = وارد کشور شدم
event-kind-left-country = از کشور خارج شدم
event-kind-job-changed = کارم را عوض کردم
reminders-title = یادآوری‌ها
reminders-empty = هنوز هیچ مهلتی نیست. مدارک خود را با تاریخ انقضای آن‌ها اضافه کنید، یا آنچه پیش آمده است را ثبت کنید: جابه‌جایی، حکم، ورود به کشور.
reminders-settings = یادآوری‌ها در ساعت { $time }، منطقهٔ زمانی { $zone }
reminder-due-in =
    { $days ->
        [one] مهلت { $days } روز دیگر، در { DATETIME($date) } تمام می‌شود
       *[other] مهلت { $days } روز دیگر، در { DATETIME($date) } تمام می‌شود
    }
reminder-due-today = مهلت امروز تمام می‌شود، { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] مهلت { $days } روز پیش، در { DATETIME($date) } تمام شد
       *[other] مهلت { $days } روز پیش، در { DATETIME($date) } تمام شد
    }
reminder-expires-in =
    { $days ->
        [one] اعتبار آن { $days } روز دیگر، در { DATETIME($date) } تمام می‌شود
       *[other] اعتبار آن { $days } روز دیگر، در { DATETIME($date) } تمام می‌شود
    }
reminder-expires-today = اعتبار آن امروز تمام می‌شود، { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] اعتبار آن { $days } روز پیش، در { DATETIME($date) } تمام شد
       *[other] اعتبار آن { $days } روز پیش، در { DATETIME($date) } تمام شد
    }
reminder-open-app = Huquq را باز کنید تا ببینید چه باید بکنید.
reminder-holidays-caveat = این مهلت با روزهای کاری شمرده می‌شود. فهرست تعطیلات رسمی تأیید نشده است؛ پس این تاریخ را از اداره بپرسید.
reminder-done = انجام شد
reminder-snoozed = یادآوری تا { DATETIME($date) } به تعویق افتاد
checklist-required = آنچه قانون لازم می‌داند
checklist-not-required = آنچه قانون لازم نمی‌داند
checklist-basis = مبنای قانونی: { $citation }
checklist-no-deadline = هنوز مهلتی نیست: مدرک را با تاریخ انقضای آن اضافه کنید، یا آنچه پیش آمده است را ثبت کنید.
checklist-state-valid = آن را دارید و معتبر است
checklist-state-expires-before-deadline = آن را دارید، اما اعتبارش پیش از مهلت تمام می‌شود
checklist-state-expired = آن را دارید، اما اعتبارش تمام شده است
checklist-state-missing = در گاوصندوق شما نیست
checklist-state-not-tracked = آن را همراه بیاورید: گاوصندوق این را نگه نمی‌دارد
checklist-item-unverified = تأیید نشده
calendar-name = مهلت‌های Huquq
calendar-exported =
    { $count ->
        [one] { $count } مهلت در فایل تقویم نوشته شد.
       *[other] { $count } مهلت در فایل تقویم نوشته شد.
    }
glossary-title = اصطلاحات حقوقی
