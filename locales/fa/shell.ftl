# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = تأیید
action-cancel = لغو
home-vault = مدارک من
home-vault-hint = گذرنامه‌ها، مجوزها و رسیدها، رمزگذاری‌شده روی همین گوشی
home-reminders-hint = مهلت‌های مدارک شما و کارهایی که باید پیش از آن‌ها انجام دهید
home-journal = دفترچه
home-journal-hint = هر برخورد با مأموران، نوشته‌شده و مهرشده
journal-correct = اصلاح این یادداشت
home-settings = تنظیمات
# شمارهٔ تلفن یک مرکز کمک گرفته نشد (تبلتی بدون برنامهٔ تلفن).
home-no-dialer = این دستگاه نمی‌تواند تماس بگیرد. شماره این است: { $phone }
language-first-run = زبان Huquq را انتخاب کنید. بعداً می‌توانید آن را در صفحهٔ اصلی تغییر دهید.
article-read-aloud = خواندن با صدای بلند
article-stop-reading = توقف خواندن
article-tts-unavailable = این گوشی نمی‌تواند به این زبان با صدای بلند بخواند. می‌توانید صدایی برای این زبان را در تنظیمات «تبدیل متن به گفتار» گوشی اضافه کنید.
card-machine-translated = ترجمهٔ ماشینی؛ هنوز توسط انسان بازبینی نشده است.
action-delete = حذف
page-share = اشتراک‌گذاری
page-share-title = فرستادن یک کپی از این صفحه
page-delete = حذف این صفحه
page-delete-confirm = این صفحه از گاوصندوق حذف شود؟ این کار برگشت‌پذیر نیست.
page-unreadable = این صفحه نمایش داده نشد.
date-pick = تقویم
page-add-camera = گرفتن عکس
page-add-picker = انتخاب عکس
page-adding = در حال افزودن صفحه…
page-added = صفحه افزوده شد.
camera-none = عکسی گرفته نشد. اگر دوربین باز نشد، به جای آن یک عکس انتخاب کنید. چیزی ذخیره نشد.
ios-camera-usage = { -brand-name } از دوربین فقط برای عکس گرفتن از مدارک شما و نگه‌داشتن رمزگذاری‌شدهٔ آن‌ها روی همین گوشی استفاده می‌کند.
picker-none = عکسی انتخاب نشد. چیزی ذخیره نشد.
storage-failed = عکس کپی نشد: ممکن است حافظهٔ گوشی پر باشد. چیزی ذخیره نشد.
pin-saved = رمز PIN تعیین شد.
pin-changed = رمز PIN تغییر کرد.
pin-no-phone-key = کلید این گوشی برای گاوصندوق خوانده نمی‌شود، پس نمی‌توان رمز PIN تعیین کرد. چیزی تغییر نکرد.
passphrase = گذرواژه
passphrase-again = تکرار گذرواژه
passphrase-suggest = پیشنهاد گذرواژه
passphrase-suggested = این گذرواژه را یادداشت کنید و جدا از نسخهٔ پشتیبان نگه دارید: { $passphrase }
backup-pin-prompt = برای ساختن نسخهٔ پشتیبان، رمز PIN گاوصندوق را وارد کنید
backup-write-failed = نسخهٔ پشتیبان در جایی که انتخاب کردید نوشته نشد. گاوصندوق تغییری نکرد.
restore-read-failed = فایل انتخاب‌شده خوانده نشد. چیزی تغییر نکرد.
reminders-notifications-off = اعلان‌های Huquq خاموش است، پس یادآوری‌ها روی این گوشی نمایش داده نمی‌شوند. فهرست زیر همچنان کار می‌کند. برای دریافت یادآوری‌ها، در تنظیمات گوشی اعلان‌های Huquq را روشن کنید.
reminders-exact-off = این گوشی به Huquq فقط اجازه می‌دهد در زمان‌های تقریبی یادآوری کند، پس ممکن است یادآوری کمی دیرتر برسد.
reminders-allow-exact = اجازهٔ یادآوری در زمان دقیق
reminders-snoozed = در روزی که انتخاب کردید به شما یادآوری می‌شود.
reminders-reopened = یادآوری‌های این مهلت دوباره روشن شد.
reminders-days-saved = روزهای یادآوری ذخیره شد.
reminders-record = ثبت آنچه پیش آمد
reminders-recorded = ذخیره شد. مهلتی که با آن شروع می‌شود اکنون در یادآوری‌های شماست.
reminders-checklists = فهرست‌های آماده‌سازی
checklist-read-article = خواندن کامل مقاله
app-name = { -brand-name }
home-search-hint = جستجو در حقوق شما
topic-article-count =
    { $count ->
        [one] { $count } مقاله
       *[other] { $count } مقاله
    }
article-sources-heading = منابع
article-cards-heading = کارت‌هایی برای نشان دادن به مأمور
confidence-verified = با متن رسمی مطابقت داده شده است
confidence-reported = بر پایهٔ منابع ذکرشده؛ هنوز با متن رسمی مطابقت داده نشده است
confidence-unverified = هنوز تأیید نشده است
card-official-text = به زبان { $language }
languages-heading = زبان‌ها
error-storage = Huquq نتوانست پوشهٔ داده‌هایش را بخواند یا در آن بنویسد. چیزی تغییر نکرد.
cli-topic-open-hint = باز کردن یک موضوع: huquq topics TOPIC
cli-read-hint = خواندن یک مقاله: huquq read ARTICLE
cli-card-hint = نشان دادن یک کارت: huquq card CARD
contact-phone = تلفن: { $phone }
contact-website = وبگاه: { $website }
cli-error = خطا
error-crypto = دستگاه نتوانست کلید امنی بسازد. چیزی ذخیره نشد.
error-photo-unreadable = عکس خوانده نشد. چیزی ذخیره نشد.
vault-deleted = حذف شد.
vault-erased = همهٔ محتوای گاوصندوق پاک شد.
vault-backup-done = نسخهٔ پشتیبان نوشته شد: { $documents } مدرک، { $pages } صفحه.
vault-restore-done = بازگردانی شد: { $documents } مدرک و { $pages } صفحه افزوده شد؛ { $skipped } صفحه از قبل بود؛ { $entries } یادداشت دفترچه افزوده شد.
cli-vault-passphrase = گذرواژهٔ گاوصندوق:{" "}
cli-vault-passphrase-again = گذرواژه را تکرار کنید:{" "}
passphrase-mismatch = دو گذرواژه یکسان نیستند. چیزی تغییر نکرد.
cli-backup-passphrase = گذرواژهٔ نسخهٔ پشتیبان:{" "}
cli-vault-created = گاوصندوق ساخته شد. گذرواژه را امن نگه دارید: بدون آن هیچ‌کس، حتی Huquq، نمی‌تواند مدارک شما را باز کند.
cli-vault-erase-confirm = این کار همهٔ مدارک گاوصندوق را برای همیشه پاک می‌کند. برای تأیید، دوباره با --yes اجرا کنید.
cli-no-terminal-for-passphrase = ترمینالی برای پرسیدن گذرواژه نیست. آن را در متغیر محیطی { $variable } بگذارید.
reminders-title = یادآوری‌ها
reminders-settings = یادآوری‌ها در ساعت { $time }، منطقهٔ زمانی { $zone }
calendar-exported =
    { $count ->
        [one] { $count } مهلت در فایل تقویم نوشته شد.
       *[other] { $count } مهلت در فایل تقویم نوشته شد.
    }
glossary-title = اصطلاحات حقوقی
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = اول جزئیات را وارد کنید

## The case file

casefile-done = پرونده نوشته شد: { $pages } صفحه، { $entries } یادداشت دفترچه، { $pictures } عکس.
casefile-done-encrypted = پرونده نوشته شد و با age رمزگذاری شد: { $pages } صفحه، { $entries } یادداشت دفترچه، { $pictures } عکس. گذرواژه را از راهی جدا از فایل بفرستید.
cli-casefile-passphrase = گذرواژهٔ پرونده:{" "}
