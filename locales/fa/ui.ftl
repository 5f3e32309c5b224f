# رشته‌های رابط کاربری (نمونهٔ راست‌به‌چپ؛ ترجمهٔ ماشینی، هنوز بازبینی نشده).

-brand-name = Huquq

home-greeting = حقوق خود را بشناسید — حتی بدون اینترنت، به زبان خودتان.
home-topics-heading = موضوع‌ها
home-cards-heading = نشان دادن به مأمور
home-contacts-heading = از کجا کمک بگیرید

article-related-heading = مطالب مرتبط
source-checked = بررسی‌شده در { DATETIME($date) }
source-translation = ترجمهٔ غیررسمی انگلیسی

callout-note = توجه
callout-tip = نکته
callout-warning = هشدار

notice-not-translated = هنوز به { $requested } ترجمه نشده است — به { $shown } نمایش داده می‌شود.
notice-machine-translated = ترجمهٔ ماشینی از { $original }؛ هنوز توسط انسان بازبینی نشده است.
notice-unverified = هنوز تأیید نشده: { $details }

search-results =
    { $count ->
        [0] برای «{ $query }» چیزی پیدا نشد.
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
search-found-by = پیدا شده با واژهٔ «{ $word }»
search-read-as = نتایج برای «{ $query }» نشان داده شده است.
search-browse-topics = چیز مناسبی پیدا نشد. موضوع‌ها را ببینید:

card-show-hint = این صفحه را به مأمور نشان دهید.

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
error-content = محتوای داخلی بارگذاری نشد. لطفاً برنامه را دوباره نصب کنید.

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
        [one] رمز PIN نادرست است. با یک اشتباه دیگر، کلید گاوصندوق پاک می‌شود.
       *[other] رمز PIN نادرست است. { $left } تلاش دیگر مانده تا کلید گاوصندوق پاک شود.
    }
error-too-many-attempts = رمز PIN بیش از حد نادرست وارد شد: کلید گاوصندوق پاک شد. مدارک خود را از نسخهٔ پشتیبان بازگردانید.
error-pin-not-set = برای این گاوصندوق رمز PIN تعیین نشده است.
error-pin-wait =
    { $minutes ->
        [one] رمز PIN بیش از حد پشت سر هم نادرست وارد شد. یک دقیقهٔ دیگر دوباره امتحان کنید.
       *[other] رمز PIN بیش از حد پشت سر هم نادرست وارد شد. { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
    }
error-pin-required = اول رمز PIN گاوصندوق را وارد کنید: نسخهٔ پشتیبان همهٔ مدارک شما را از گوشی بیرون می‌برد.
error-pin-device-key-lost = این گوشی دیگر نمی‌تواند رمز PIN را بررسی کند: بخشی از کلید گاوصندوق که روی گوشی بود از بین رفته است. مدارک خود را از نسخهٔ پشتیبان بازگردانید.
error-pin-too-short = رمز PIN باید دست‌کم { $min } نویسه داشته باشد.
error-photo-empty = فایل عکس خالی است. چیزی ذخیره نشد.
error-photo-too-large = فایل عکس خیلی بزرگ است (حداکثر { $max } مگابایت). چیزی ذخیره نشد.
error-photo-too-many-pixels = تصویر خیلی بزرگ است (حداکثر { $max } مگاپیکسل). چیزی ذخیره نشد.
error-photo-not-an-image = این فایل عکس نیست (JPEG یا PNG). چیزی ذخیره نشد.
error-photo-corrupt = عکس آسیب دیده یا ناقص است. چیزی ذخیره نشد.
error-backup-wrong-secret = این گذرواژه یا کلید نسخهٔ پشتیبان را باز نمی‌کند. آن را بررسی کنید و دوباره امتحان کنید. چیزی تغییر نکرد.
error-backup-damaged = این فایل پشتیبان آسیب دیده، ناقص است یا نسخهٔ پشتیبان Huquq نیست. چیزی تغییر نکرد.
error-pack-not-a-pack = این فایل به‌روزرسانی محتوای Huquq نیست، یا ناقص است. چیزی تغییر نکرد.
error-pack-unknown-key = این به‌روزرسانی محتوا را ناشر Huquq امضا نکرده است. نصب نشد. چیزی تغییر نکرد.
error-pack-altered = این به‌روزرسانی محتوا پس از امضا تغییر کرده یا آسیب دیده است. نصب نشد. چیزی تغییر نکرد.
error-pack-too-large = این فایل برای یک به‌روزرسانی محتوا خیلی بزرگ است. چیزی تغییر نکرد.
error-pack-damaged = این به‌روزرسانی محتوا آسیب دیده است و خوانده نمی‌شود. چیزی تغییر نکرد.
error-pack-not-newer = این به‌روزرسانی محتوا از محتوایی که دارید جدیدتر نیست. چیزی تغییر نکرد.
error-pack-needs-newer-app = این به‌روزرسانی محتوا به نسخهٔ جدیدتری از Huquq نیاز دارد. اول برنامه را به‌روز کنید. چیزی تغییر نکرد.
error-pack-fails-check = متن‌های این به‌روزرسانی محتوا خطا دارند. نصب نشد. چیزی تغییر نکرد.
error-pack-none-installed = روی این گوشی فقط محتوای داخلی برنامه هست. هیچ به‌روزرسانی محتوایی برای اشتراک‌گذاری نیست.
error-backup-unsupported = این نسخهٔ پشتیبان با نسخهٔ جدیدتری از Huquq ساخته شده است. برای بازگرداندنش برنامه را به‌روز کنید. چیزی تغییر نکرد.
error-vault-locked = گاوصندوق قفل است. اول آن را باز کنید.

## گاوصندوق در ترمینال

vault-me = من
vault-empty = هنوز هیچ مدرکی در گاوصندوق نیست.
vault-expires = اعتبار تا { DATETIME($date) }
vault-no-expiry = بدون تاریخ انقضا
vault-pages =
    { $count ->
        [one] { $count } صفحه
       *[other] { $count } صفحه
    }
vault-authority = صادرکننده
vault-notes = یادداشت‌ها
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
reminders-empty = هنوز هیچ مهلتی نیست. مدارک خود را با تاریخ انقضای آن‌ها اضافه کنید، یا آنچه پیش آمده است را ثبت کنید: جابه‌جایی، حکم، ورود به کشور.
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

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = گاوصندوق مدارک
vault-gate-intro = عکس گذرنامه، کارت‌ها، حکم‌ها و رسیدهای خود را رمزگذاری‌شده روی همین گوشی نگه دارید. فقط همین گوشی می‌تواند آن‌ها را باز کند و هیچ چیزی به جایی فرستاده نمی‌شود. تنها نسخه‌ای که از گوشی بیرون می‌رود، نسخهٔ پشتیبانی است که خودتان می‌سازید.
vault-gate-create = ساختن گاوصندوق من
vault-gate-pin-prompt = رمز PIN گاوصندوق خود را وارد کنید
vault-gate-unlock = باز کردن
vault-gate-key-lost = این گوشی دیگر نمی‌تواند گاوصندوق را باز کند: یا کلید آن پس از چند بار وارد کردن رمز PIN نادرست پاک شده است، یا آسیب دیده است. می‌توانید با یک گاوصندوق خالی از نو شروع کنید و مدارک خود را از نسخهٔ پشتیبان بازگردانید.
vault-gate-start-over = شروع دوباره با یک گاوصندوق خالی
vault-gate-start-over-confirm = این کار گاوصندوق قفل‌شده را برای همیشه از این گوشی پاک می‌کند. به فایل‌های پشتیبان شما دست زده نمی‌شود.
vault-lock = قفل کردن گاوصندوق
vault-add-document = افزودن مدرک
vault-expired-on = اعتبار آن در { DATETIME($date) } تمام شد
vault-expires-soon = اعتبار آن به‌زودی تمام می‌شود: { DATETIME($date) }
vault-valid-until = معتبر تا { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = شماره
field-holder = صاحب مدرک
vault-pages-heading = صفحه‌ها
vault-pages-none = هنوز صفحه‌ای نیست. از هر صفحه یک عکس بگیرید.
vault-document-edit = ویرایش
vault-document-delete = حذف این مدرک
vault-document-delete-confirm = این مدرک و همهٔ صفحه‌هایش از گاوصندوق حذف شود؟ این کار برگشت‌پذیر نیست.
vault-page-number = صفحهٔ { $number }
vault-kind-choose = این مدرک از چه نوعی است؟
vault-form-autosave = هر چه می‌نویسید، بی‌درنگ در گاوصندوق ذخیره می‌شود.
vault-date-hint = 2027-02-28
vault-person-add = شخص دیگر
vault-person-relation = این شخص چه نسبتی با شما دارد؟
vault-relation-myself = من
vault-relation-spouse = همسر (شوهر یا زن)
vault-relation-child = فرزند
vault-relation-parent = پدر یا مادر
vault-relation-relative = خویشاوند دیگر
vault-relation-other = شخص دیگر
settings-title = تنظیمات
settings-language = زبان
settings-reminders = ساعت یادآوری
settings-pin = رمز PIN گاوصندوق
settings-pin-set = تعیین رمز PIN برای گاوصندوق
settings-pin-change = تغییر رمز PIN گاوصندوق
settings-pin-explain = اگر رمز PIN تعیین کنید، گاوصندوق هر بار که باز می‌شود آن را می‌پرسد، حتی وقتی قفل گوشی باز است. فقط همین گوشی می‌تواند آن را بررسی کند و پس از هر رمز PIN نادرست باید بیشتر صبر کنید؛ اگر رمز PIN بیش از حد پشت سر هم نادرست وارد شود، کلید گاوصندوق پاک می‌شود و فقط نسخهٔ پشتیبان می‌تواند مدارک شما را برگرداند.
pin-new = رمز PIN جدید
pin-again = تکرار رمز PIN جدید
pin-current = رمز PIN فعلی
pin-limit-heading = وقتی رمز PIN چند بار نادرست وارد شود
pin-limit =
    { $count ->
        [one] کلید گاوصندوق پس از { $count } بار وارد کردن رمز PIN نادرست پاک شود
       *[other] کلید گاوصندوق پس از { $count } بار وارد کردن رمز PIN نادرست پاک شود
    }
settings-backup = نسخهٔ پشتیبان
settings-backup-button = تهیهٔ نسخهٔ پشتیبان از گاوصندوق
settings-backup-explain = نسخهٔ پشتیبان یک فایل رمزگذاری‌شده است. گذرواژه را جدا از آن نگه دارید: بدون گذرواژه هیچ‌کس، حتی خودتان، نمی‌تواند آن را باز کند.
backup-running = در حال نوشتن نسخهٔ پشتیبان…
settings-restore-button = بازگرداندن از نسخهٔ پشتیبان
settings-restore-explain = بازگرداندن، مدارک یک نسخهٔ پشتیبان را به این گاوصندوق اضافه می‌کند. چیزی که از قبل اینجا هست تغییر نمی‌کند.
restore-running = در حال بازگرداندن…
settings-content = محتوای حقوقی
settings-content-built-in = محتوای حقوقی به تاریخ { DATETIME($date) }، که در خود برنامه هست.
settings-content-pack = محتوای حقوقی به تاریخ { DATETIME($date) } از { $publisher }، نصب‌شده در { DATETIME($installed) }.
settings-content-explain = به‌روزرسانی محتوا یک فایل کوچک از ناشر Huquq است که مثل هر فایل دیگری دست‌به‌دست می‌شود. Huquq آن را فقط وقتی نصب می‌کند که اصل باشد و از محتوایی که دارید جدیدتر باشد. به اینترنت نیازی نیست.
settings-content-fallback = به‌روزرسانی محتوای روی این گوشی خوانده نشد، برای همین محتوای داخلی برنامه نشان داده می‌شود. برای استفادهٔ دوباره از به‌روزرسانی، آن را از فایلش نصب کنید.
settings-content-update = به‌روزرسانی محتوا از یک فایل
settings-content-share = اشتراک‌گذاری محتوا
settings-erase = پاک کردن همه چیز
settings-erase-warning = این کار همهٔ مدارک و عکس‌های گاوصندوق را، همراه با کلیدهایی که آن را باز می‌کنند، برای همیشه از این گوشی پاک می‌کند و یادآوری‌های آن را هم لغو می‌کند. به فایل‌های پشتیبانی که ساخته‌اید دست زده نمی‌شود. این کار برگشت‌پذیر نیست.
reminders-mark-done = انجام شد: امروز به‌عنوان انجام‌شده ثبت شود
reminders-marked-done = به‌عنوان انجام‌شده ثبت شد.
reminders-follow-up = گام بعدی به یادآوری‌های شما افزوده شد: { $procedure }
reminders-snooze = بعداً به من یادآوری کن…
reminders-reopen = هنوز انجام نشده: دوباره به من یادآوری کن
reminders-days-before = انتخاب روزهای یادآوری…
reminders-use-usual-days = روزهای معمول
reminders-day-option =
    { $count ->
        [0] در خود روز مهلت
        [one] { $count } روز پیش از مهلت
       *[other] { $count } روز پیش از مهلت
    }
reminders-open-checklist = چه چیزهایی آماده کنید (فهرست آماده‌سازی)
reminders-record-title = چه پیش آمد؟
reminders-record-who = این دربارهٔ چه کسی است؟
reminders-record-none = هنوز چیزی برای ثبت نیست.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = پرداخت‌ها
vault-deadlines-heading = مهلت‌ها
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $done } از { $total }
field-pin = رمز PIN
field-passphrase = گذرواژه
error-invalid-mismatch = { $field }: دو بار واردشده با هم یکی نیستند. چیزی تغییر نکرد.
error-invalid-too-weak = { $field }: خیلی کوتاه است یا حدس زدنش خیلی آسان است. دست‌کم 12 نویسه به کار ببرید که از هیچ الگویی پیروی نکنند، یا گذرواژه‌ای را که Huquq پیشنهاد می‌کند. چیزی تغییر نکرد.

## دفترچهٔ برخورد با مأموران

error-not-found-journal-entry = این یادداشت دفترچه در گاوصندوق شما نیست.
error-journal-broken = یکی از یادداشت‌های دفترچه پس از نوشته شدن تغییر کرده است. دفترچه نشان می‌دهد کدام یادداشت.
error-invalid-in-future = { $field }: این زمان هنوز نرسیده است. دفترچه آنچه را که پیش آمده است ثبت می‌کند. چیزی ذخیره نشد.
error-invalid-too-long = { $field }: این خیلی طولانی است. آن را کوتاه‌تر کنید یا در دو یادداشت بنویسید. چیزی ذخیره نشد.
field-place = محل
field-office = اداره یا واحد
field-official = نام، درجه یا شمارهٔ نشان مأمور
field-demanded = آنچه خواستند
field-documents = مدارک
field-money-asked = پولی که خواستند
field-said = آنچه گفته شد
field-outcome = نتیجهٔ آن
field-witnesses = شاهدان
field-return-by = تاریخی که قول دادند پس بدهند
journal-kind-police-check = بازرسی پلیس
journal-kind-migration-office-visit = رفتن به ادارهٔ مهاجرت
journal-kind-fine-or-protocol = جریمه یا صورت‌جلسه
journal-kind-document-taken = مدرک گرفته شد
journal-kind-document-returned = مدرک پس داده شد
journal-kind-bribe-asked = درخواست رشوه
journal-kind-detention = بازداشت
journal-kind-other = برخورد دیگر با مأموران
journal-title = دفترچه
journal-add = ثبت یک برخورد با مأموران
journal-empty = هنوز چیزی ثبت نشده است. هر برخورد با مأموران را هر چه زودتر بنویسید: چه پیش آمد، چه کسی آنجا بود، چه چیزی خواسته شد، گرفته شد یا پرداخت شد. یادداشت را بعداً نمی‌توان تغییر داد، فقط می‌توان آن را با یک یادداشت تازه اصلاح کرد؛ این‌طور دفترچه می‌تواند نشان دهد که از نو نوشته نشده است.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }، { $time }
journal-captured = نوشته‌شده در { DATETIME($date) }، { $time }، بر پایهٔ ساعت این گوشی
journal-corrected = با یک یادداشت بعدی اصلاح شده است
journal-correction = یک یادداشت قبلی را اصلاح می‌کند
journal-chain-own = دفترچهٔ شما
journal-chain-restored = دفترچه‌ای از یک نسخهٔ پشتیبان
journal-chain-intact =
    { $count ->
        [one] سالم: { $count } یادداشت آن از وقتی نوشته شده، تغییر نکرده است.
       *[other] سالم: هیچ‌یک از { $count } یادداشت آن از وقتی نوشته شده، تغییر نکرده است.
    }
journal-chain-broken = پس از نوشته شدن تغییر کرده است: یادداشت شمارهٔ { $position } دیگر با مهر خود مطابقت ندارد. از آن یادداشت به بعد، دفترچه نمی‌تواند نشان دهد چه نوشته شده بود.
journal-seal = مهر: { $hash }
journal-position-own = یادداشت شمارهٔ { $position } در دفترچهٔ شما
journal-position-restored = یادداشت شمارهٔ { $position } در دفترچه‌ای از یک نسخهٔ پشتیبان
journal-document-shown = { $document }: نشان داده شد
journal-document-taken = { $document }: گرفته شد
journal-document-returned = { $document }: پس داده شد
journal-custody-heading = مدارکی که نزد یک اداره است
journal-custody-taken = گرفته شد در { DATETIME($date) }: { $office }
journal-custody-promised = قول دادند تا { DATETIME($date) } پس بدهند
journal-custody-returned = پس داده شد در { DATETIME($date) }
journal-custody-held = هنوز نگه داشته شده است
journal-correct-title = اصلاح این یادداشت
journal-form-note = یادداشت پس از ذخیره شدن مهر می‌شود و دیگر نمی‌توان آن را تغییر داد. اگر چیزی اشتباه است، یک یادداشت اصلاحی ذخیره کنید: هر دو در دفترچه می‌مانند.
journal-field-kind = چه پیش آمد
journal-when-hint = 2026-12-01 یا 2026-12-01 14:30
journal-action-none = نقشی نداشت
journal-action-shown = نشان داده شد
journal-action-taken = گرفته شد
journal-action-returned = پس داده شد
journal-save = ذخیره و مهر

## The case file: a PDF for a lawyer, in the lawyer's language with the user's beside it

error-not-found-language = Huquq متنی به زبان «{ $id }» ندارد.
casefile-title = پرونده: سوابق برخورد با مأموران
# $date: the day the file was made.
casefile-made = این پرونده با برنامهٔ Huquq در تاریخ { DATETIME($date) } بر پایهٔ سوابقی که در گوشی شخص نگهداری می‌شود تهیه شده است. آنچه شخص نوشته، عیناً همان‌گونه که نوشته نقل شده است.
casefile-about = هر یادداشت دفترچه هنگام نوشته شدن مهر شده است: هش SHA-256 آن، محتوای یادداشت و هش یادداشت پیشین را در بر می‌گیرد؛ بنابراین یادداشتی که پس از نوشته شدن تغییر کرده باشد دیگر با مهر خود مطابقت ندارد. اصلاح به‌صورت یادداشتی تازه ثبت می‌شود و یادداشت اصلاح‌شده به همان صورت باقی می‌ماند. زمان‌هایی که ثبت‌شده با ساعت گوشی مشخص شده‌اند از گوشی گرفته شده‌اند و به‌تنهایی زمان را اثبات نمی‌کنند.
casefile-person = شخص و مدارک او
casefile-no-documents = شخص تصمیم گرفته است مدارک خود را ضمیمه نکند.
casefile-timeline = برخوردها با مأموران، به ترتیب از قدیمی‌ترین
casefile-no-entries = هیچ برخوردی با مأموران ثبت نشده است.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = اصلاح‌کنندهٔ یادداشت شمارهٔ { $position }.
casefile-corrected-by = با یادداشت شمارهٔ { $position } اصلاح شده است.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = تصاویر: { $numbers }
casefile-payments = پرداخت‌ها
casefile-payee = دریافت‌کننده
casefile-custody = مدارکی که نزد یک اداره نگه داشته می‌شود
casefile-pages = صفحه‌ها
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = تصویر { $number }: { $document }، صفحهٔ { $page }، عکس‌برداری‌شده در { DATETIME($date) } بر پایهٔ ساعت گوشی
casefile-picture-original = هش SHA-256 عکس، به همان صورتی که دوربین گرفته است: { $hash }
casefile-picture-unreadable = تصویر این صفحه از گوشی خوانده نشد.
casefile-law = قانون حاکم
casefile-verification = راستی‌آزمایی دفترچه
casefile-verify-how = برای راستی‌آزمایی دفترچه، بخش «دفترچه» را در گوشی شخص باز کنید: مهری که نشان می‌دهد باید همان مهری باشد که اینجا چاپ شده است، و برنامه همهٔ یادداشت‌ها را دوباره یک‌به‌یک بررسی می‌کند. در یک نسخهٔ پشتیبان از گوشی، فرمان huquq همین کار را انجام می‌دهد: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = پرونده · صفحهٔ { $page } از { $pages }
casefile-screen-title = پرونده برای وکیل
casefile-screen-note = یک فایل PDF با دفترچهٔ شما، مدارکی که انتخاب می‌کنید، پرداخت‌ها و رسیدهایتان، صفحه‌هایی که یادداشت‌هایتان به آن‌ها وصل است، و قانونی که دربارهٔ شما به کار می‌رود، به زبان وکیل. اطلاعات خصوصی شما در آن است: آن را فقط به وکیلی بدهید که به او اعتماد دارید، و اگر می‌توانید رمزگذاری‌شده.
casefile-lawyer-language = زبان وکیل
casefile-user-language = زبان شما در کنار آن
casefile-user-language-none = فقط زبان وکیل
casefile-documents-label = مدارکی که با شماره و تاریخ‌هایشان در آن بیایند
casefile-pages-label = صفحه‌های دیگری که در آن بیایند. صفحه‌هایی که یادداشت‌هایتان به آن‌ها وصل است و رسیدهایتان همیشه در آن هستند.
casefile-encrypt = رمزگذاری فایل با گذرواژه
casefile-encrypt-hint = پیشنهاد می‌شود. وکیل آن را با برنامهٔ رایگان age یا با Huquq باز می‌کند. گذرواژه را از راهی جدا از فایل بدهید: آن را بگویید، همراه فایل نفرستید.
casefile-export = ساختن پرونده
casefile-making = در حال ساختن پرونده…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }، صفحهٔ { $page }
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = وقتی گذرنامه باید پس داده شود، به من یادآوری کن: { $procedure }
