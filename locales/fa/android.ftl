# رشته‌هایی که پوستهٔ اندروید خودش نمایش می‌دهد: قاب برنامه، نه محتوا (ترجمهٔ ماشینی، هنوز بازبینی نشده).

android-ok = تأیید
android-cancel = لغو

# رشته‌هایی که صفحه‌های پایگاه دانش خودشان نمایش می‌دهند (خانه، انتخاب زبان، مقاله‌ها، کارت‌های
# مأمور، جستجو).

android-home-vault = مدارک من
android-home-vault-hint = گذرنامه‌ها، مجوزها و رسیدها، رمزگذاری‌شده روی همین گوشی
android-home-reminders-hint = مهلت‌های مدارک شما و کارهایی که باید پیش از آن‌ها انجام دهید
android-home-settings = تنظیمات
# شمارهٔ تلفن یک مرکز کمک گرفته نشد (تبلتی بدون برنامهٔ تلفن).
android-home-no-dialer = این دستگاه نمی‌تواند تماس بگیرد. شماره این است: { $phone }

android-language-first-run = زبان Huquq را انتخاب کنید. بعداً می‌توانید آن را در صفحهٔ اصلی تغییر دهید.
# صفحه‌خوان‌ها این را پس از نام زبانی که در حال استفاده است می‌خوانند.
android-language-selected = انتخاب‌شده

android-article-read-aloud = خواندن با صدای بلند
android-article-stop-reading = توقف خواندن
android-article-tts-unavailable = این گوشی نمی‌تواند به این زبان با صدای بلند بخواند. می‌توانید صدایی برای این زبان را در تنظیمات «تبدیل متن به گفتار» گوشی اضافه کنید.

android-card-machine-translated = ترجمهٔ ماشینی؛ هنوز توسط انسان بازبینی نشده است.

# رشته‌هایی که صفحه‌های گاوصندوق و تنظیمات در پوستهٔ اندروید خودشان نمایش می‌دهند.

## درِ گاوصندوق

android-vault-title = گاوصندوق مدارک
android-vault-intro = عکس گذرنامه، کارت‌ها، حکم‌ها و رسیدهای خود را رمزگذاری‌شده روی همین گوشی نگه دارید. فقط همین گوشی می‌تواند آن‌ها را باز کند و هیچ چیزی به جایی فرستاده نمی‌شود. تنها نسخه‌ای که از گوشی بیرون می‌رود، نسخهٔ پشتیبانی است که خودتان می‌سازید.
android-vault-create = ساختن گاوصندوق من
android-vault-pin-prompt = رمز PIN گاوصندوق خود را وارد کنید
android-vault-unlock = باز کردن
android-vault-key-lost = این گوشی دیگر نمی‌تواند گاوصندوق را باز کند: یا کلید آن پس از چند بار وارد کردن رمز PIN نادرست پاک شده است، یا آسیب دیده است. می‌توانید با یک گاوصندوق خالی از نو شروع کنید و مدارک خود را از نسخهٔ پشتیبان بازگردانید.
android-vault-start-over = شروع دوباره با یک گاوصندوق خالی
android-vault-start-over-confirm = این کار گاوصندوق قفل‌شده را برای همیشه از این گوشی پاک می‌کند. به فایل‌های پشتیبان شما دست زده نمی‌شود.
android-vault-lock = قفل کردن گاوصندوق

## فهرست مدارک

android-vault-add-document = افزودن مدرک
android-vault-expired = اعتبار آن در { DATETIME($date) } تمام شد
android-vault-expires-soon = اعتبار آن به‌زودی تمام می‌شود: { DATETIME($date) }
android-vault-valid-until = معتبر تا { DATETIME($date) }
android-date = { DATETIME($date) }

## یک مدرک

android-field-number = شماره
android-field-holder = صاحب مدرک
android-document-pages-heading = صفحه‌ها
android-pages-none = هنوز صفحه‌ای نیست. از هر صفحه یک عکس بگیرید.
android-document-edit = ویرایش
android-document-delete = حذف این مدرک
android-document-delete-confirm = این مدرک و همهٔ صفحه‌هایش از گاوصندوق حذف شود؟ این کار برگشت‌پذیر نیست.
android-delete = حذف
android-page-number = صفحهٔ { $number }
android-page-share = اشتراک‌گذاری
android-page-share-title = فرستادن یک کپی از این صفحه
android-page-delete = حذف این صفحه
android-page-delete-confirm = این صفحه از گاوصندوق حذف شود؟ این کار برگشت‌پذیر نیست.
android-page-unreadable = این صفحه نمایش داده نشد.

## افزودن یا ویرایش مدرک

android-kind-choose = این مدرک از چه نوعی است؟
android-document-autosave = هر چه می‌نویسید، بی‌درنگ در گاوصندوق ذخیره می‌شود.
android-date-hint = 2027-02-28
android-date-pick = تقویم
android-person-add = شخص دیگر
android-person-relation = این شخص چه نسبتی با شما دارد؟
android-relation-myself = من
android-relation-spouse = همسر (شوهر یا زن)
android-relation-child = فرزند
android-relation-parent = پدر یا مادر
android-relation-relative = خویشاوند دیگر
android-relation-other = شخص دیگر
android-page-add-camera = گرفتن عکس
android-page-add-picker = انتخاب عکس
android-page-adding = در حال افزودن صفحه…
android-page-added = صفحه افزوده شد.
android-camera-none = عکسی گرفته نشد. اگر دوربین باز نشد، به جای آن یک عکس انتخاب کنید. چیزی ذخیره نشد.
android-picker-none = عکسی انتخاب نشد. چیزی ذخیره نشد.
android-storage-failed = عکس کپی نشد: ممکن است حافظهٔ گوشی پر باشد. چیزی ذخیره نشد.

## تنظیمات

android-settings-title = تنظیمات
android-settings-language = زبان
android-settings-reminder-time = ساعت یادآوری
android-settings-pin = رمز PIN گاوصندوق
android-settings-pin-set = تعیین رمز PIN برای گاوصندوق
android-settings-pin-change = تغییر رمز PIN گاوصندوق
android-pin-explain = اگر رمز PIN تعیین کنید، گاوصندوق هر بار که باز می‌شود آن را می‌پرسد، حتی وقتی قفل گوشی باز است.
android-pin-new = رمز PIN جدید
android-pin-again = تکرار رمز PIN جدید
android-pin-current = رمز PIN فعلی
android-pin-empty = لطفاً یک رمز PIN بنویسید. چیزی تغییر نکرد.
android-pin-mismatch = دو رمز PIN یکسان نیستند. چیزی تغییر نکرد.
android-pin-limit-heading = وقتی رمز PIN چند بار نادرست وارد شود
android-pin-limit-none = کلید گاوصندوق هرگز پاک نشود
android-pin-limit =
    { $count ->
        [one] کلید گاوصندوق پس از { $count } بار وارد کردن رمز PIN نادرست پاک شود
       *[other] کلید گاوصندوق پس از { $count } بار وارد کردن رمز PIN نادرست پاک شود
    }
android-pin-saved = رمز PIN تعیین شد.
android-pin-changed = رمز PIN تغییر کرد.
android-pin-no-phone-key = کلید این گوشی برای گاوصندوق خوانده نمی‌شود، پس نمی‌توان رمز PIN تعیین کرد. چیزی تغییر نکرد.
android-settings-backup = نسخهٔ پشتیبان
android-backup = تهیهٔ نسخهٔ پشتیبان از گاوصندوق
android-backup-explain = نسخهٔ پشتیبان یک فایل رمزگذاری‌شده است. گذرواژه را جدا از آن نگه دارید: بدون گذرواژه هیچ‌کس، حتی خودتان، نمی‌تواند آن را باز کند.
android-passphrase = گذرواژه
android-passphrase-again = تکرار گذرواژه
android-passphrase-empty = لطفاً یک گذرواژه بنویسید. چیزی تغییر نکرد.
android-backup-running = در حال نوشتن نسخهٔ پشتیبان…
android-backup-write-failed = نسخهٔ پشتیبان در جایی که انتخاب کردید نوشته نشد. گاوصندوق تغییری نکرد.
android-restore = بازگرداندن از نسخهٔ پشتیبان
android-restore-explain = بازگرداندن، مدارک یک نسخهٔ پشتیبان را به این گاوصندوق اضافه می‌کند. چیزی که از قبل اینجا هست تغییر نمی‌کند.
android-restore-running = در حال بازگرداندن…
android-restore-read-failed = فایل انتخاب‌شده خوانده نشد. چیزی تغییر نکرد.
android-erase = پاک کردن همه چیز
android-erase-warning = این کار همهٔ مدارک و عکس‌های گاوصندوق را، همراه با کلیدهایی که آن را باز می‌کنند، برای همیشه از این گوشی پاک می‌کند و یادآوری‌های آن را هم لغو می‌کند. به فایل‌های پشتیبانی که ساخته‌اید دست زده نمی‌شود. این کار برگشت‌پذیر نیست.

# رشته‌هایی که یادآوری‌ها و فهرست‌های آماده‌سازی در پوستهٔ اندروید خودشان نمایش می‌دهند.

## اعلان‌ها و هشدارها

android-reminders-notifications-off = اعلان‌های Huquq خاموش است، پس یادآوری‌ها روی این گوشی نمایش داده نمی‌شوند. فهرست زیر همچنان کار می‌کند. برای دریافت یادآوری‌ها، در تنظیمات گوشی اعلان‌های Huquq را روشن کنید.
android-reminders-exact-off = این گوشی به Huquq فقط اجازه می‌دهد در زمان‌های تقریبی یادآوری کند، پس ممکن است یادآوری کمی دیرتر برسد.
android-reminders-allow-exact = اجازهٔ یادآوری در زمان دقیق

## فهرست مهلت‌ها

android-reminders-mark-done = انجام شد: امروز به‌عنوان انجام‌شده ثبت شود
android-reminders-marked-done = به‌عنوان انجام‌شده ثبت شد.
android-reminders-follow-up = گام بعدی به یادآوری‌های شما افزوده شد: { $procedure }
android-reminders-snooze = بعداً به من یادآوری کن…
android-reminders-snoozed = در روزی که انتخاب کردید به شما یادآوری می‌شود.
android-reminders-reopen = هنوز انجام نشده: دوباره به من یادآوری کن
android-reminders-reopened = یادآوری‌های این مهلت دوباره روشن شد.
android-reminders-days-before = انتخاب روزهای یادآوری…
android-reminders-use-usual-days = روزهای معمول
android-reminders-days-saved = روزهای یادآوری ذخیره شد.
android-reminders-day-option =
    { $count ->
        [0] در خود روز مهلت
        [one] { $count } روز پیش از مهلت
       *[other] { $count } روز پیش از مهلت
    }
android-reminders-open-checklist = چه چیزهایی آماده کنید (فهرست آماده‌سازی)

## ثبت آنچه پیش آمد

android-reminders-record = ثبت آنچه پیش آمد
android-reminders-record-title = چه پیش آمد؟
android-reminders-record-who = این دربارهٔ چه کسی است؟
android-reminders-record-none = هنوز چیزی برای ثبت نیست.
android-reminders-recorded = ذخیره شد. مهلتی که با آن شروع می‌شود اکنون در یادآوری‌های شماست.

## فهرست‌های آماده‌سازی

android-reminders-checklists = فهرست‌های آماده‌سازی
android-checklist-read-article = خواندن کامل مقاله
