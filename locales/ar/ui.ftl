# نصوص الواجهة (ترجمة آلية، لم يراجعها أحد بعد).

-brand-name = Huquq

app-name = { -brand-name }
home-greeting = اعرف حقوقك — حتى دون إنترنت، وبلغتك.
home-search-hint = ابحث في حقوقك
home-topics-heading = المواضيع
home-cards-heading = اعرض على الموظف
home-contacts-heading = أين تجد المساعدة

topic-article-count =
    { $count ->
        [zero] لا توجد مقالات
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $count } مقالات
        [many] { $count } مقالة
       *[other] { $count } مقالة
    }

article-sources-heading = المصادر
article-related-heading = مواضيع ذات صلة
article-cards-heading = بطاقات لعرضها على الموظف
source-checked = تم التحقق في { DATETIME($date) }
source-translation = ترجمة إنجليزية غير رسمية

callout-note = ملاحظة
callout-tip = نصيحة
callout-warning = تحذير

confidence-verified = تمت مطابقته مع النص الرسمي
confidence-reported = من مصادر مذكورة، ولم تتم مطابقته مع النص الرسمي بعد
confidence-unverified = لم يتم التحقق منه بعد

notice-not-translated = لم يُترجم بعد إلى اللغة { $requested } — يُعرض باللغة { $shown }.
notice-machine-translated = ترجمة آلية من اللغة { $original }، ولم يراجعها أحد بعد.
notice-unverified = لم يتم التحقق منه بعد: { $details }

search-results =
    { $count ->
        [0] لم يُعثر على شيء لـ«{ $query }».
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }

card-show-hint = اعرض هذه الشاشة على الموظف.
card-official-text = باللغة { $language }

languages-heading = اللغات
language-en = الإنجليزية
language-ru = الروسية
language-kk = الكازاخية
language-fr = الفرنسية
language-uz = الأوزبكية
language-ky = القيرغيزية
language-tg = الطاجيكية
language-fa = الفارسية
language-ar = العربية

error-not-found-article = لا توجد مقالة باسم «{ $id }».
error-not-found-topic = لا يوجد موضوع باسم «{ $id }».
error-not-found-card = لا توجد بطاقة باسم «{ $id }».
error-query-too-long = هذا البحث طويل جداً. الحد الأقصى لعدد الأحرف هو { $max }.
error-storage = لم يتمكن Huquq من قراءة مجلد بياناته أو الكتابة فيه. لم يتغير شيء.
error-content = تعذّر تحميل المحتوى المدمج في التطبيق. يُرجى إعادة تثبيت التطبيق.

cli-topic-open-hint = لفتح موضوع: huquq topics TOPIC
cli-read-hint = لقراءة مقالة: huquq read ARTICLE
cli-card-hint = لعرض بطاقة: huquq card CARD
cli-phone = الهاتف: { $phone }
cli-website = الموقع الإلكتروني: { $website }
cli-error = خطأ

## الخزنة

error-not-found-person = هذا الشخص غير موجود في خزنتك.
error-not-found-document = هذا المستند غير موجود في خزنتك.
error-not-found-page = هذه الصفحة غير موجودة في خزنتك.
error-not-found-payment = هذه الدفعة غير موجودة في خزنتك.
error-invalid-missing = يُرجى تعبئة هذا الحقل: { $field }.
error-invalid-bad-date = { $field }: هذا ليس تاريخاً صحيحاً. اكتبه بالشكل سنة-شهر-يوم، مثلاً 2027-02-28.
error-invalid-expiry-before-issue = تاريخ انتهاء الصلاحية يقع قبل تاريخ الإصدار.
error-invalid-negative = لا يمكن أن يكون المبلغ سالباً.
error-invalid-bad-currency = استخدم رمز عملة من ثلاثة أحرف لاتينية، مثلاً KZT (رمز التنغي).
error-wrong-key = هذا المفتاح أو رمز PIN لا يفتح الخزنة. لم يتغير شيء.
error-invalid-key = مفتاح الخزنة تالف. لم يتغير شيء.
error-vault-missing = لا توجد خزنة بعد. أنشئ خزنة أولاً.
error-vault-exists = توجد خزنة هنا من قبل. لم يتغير شيء.
error-vault-too-new = أُنشئت هذه الخزنة بإصدار أحدث من Huquq. حدّث التطبيق لتفتحها.
error-crypto = لم يتمكن الجهاز من إنشاء مفتاح آمن. لم يُحفظ شيء.

field-name = الاسم
field-kind = نوع المستند
field-issued-on = تاريخ الإصدار
field-expires-on = تاريخ انتهاء الصلاحية
field-amount = المبلغ
field-currency = العملة
field-paid-on = تاريخ الدفع
error-wrong-pin = رمز PIN خاطئ. لم يتغير شيء.
error-wrong-pin-limited =
    { $left ->
        [zero] رمز PIN خاطئ. لم تبقَ أي محاولة قبل مسح مفتاح الخزنة، كما اخترت.
        [one] رمز PIN خاطئ. إذا أدخلت رمز PIN خاطئاً مرة أخرى واحدة، يُمسح مفتاح الخزنة، كما اخترت.
        [two] رمز PIN خاطئ. بقيت محاولتان قبل مسح مفتاح الخزنة، كما اخترت.
        [few] رمز PIN خاطئ. بقيت { $left } محاولات قبل مسح مفتاح الخزنة، كما اخترت.
        [many] رمز PIN خاطئ. بقيت { $left } محاولة قبل مسح مفتاح الخزنة، كما اخترت.
       *[other] رمز PIN خاطئ. بقيت { $left } محاولة قبل مسح مفتاح الخزنة، كما اخترت.
    }
error-too-many-attempts = أُدخل رمز PIN خاطئ مرات كثيرة: لذلك مُسح مفتاح الخزنة، كما اخترت. استعد مستنداتك من نسخة احتياطية.
error-pin-not-set = لم يُحدَّد رمز PIN لهذه الخزنة.
error-pin-too-short = يجب ألا يقل عدد أحرف رمز PIN عن { $min }.
error-photo-unreadable = تعذّرت قراءة الصورة. لم يُحفظ شيء.
error-photo-empty = ملف الصورة فارغ. لم يُحفظ شيء.
error-photo-too-large = ملف الصورة كبير جداً (الحد الأقصى { $max } ميغابايت). لم يُحفظ شيء.
error-photo-too-many-pixels = الصورة كبيرة جداً (الحد الأقصى { $max } ميغابكسل). لم يُحفظ شيء.
error-photo-not-an-image = هذا الملف ليس صورة (JPEG أو PNG). لم يُحفظ شيء.
error-photo-corrupt = الصورة تالفة أو ناقصة. لم يُحفظ شيء.
error-backup-wrong-secret = عبارة المرور هذه أو هذا المفتاح لا يفتح النسخة الاحتياطية. تحقق منه وحاول مرة أخرى. لم يتغير شيء.
error-backup-damaged = ملف النسخة الاحتياطية هذا تالف أو ناقص، أو ليس نسخة احتياطية من Huquq. لم يتغير شيء.
error-backup-unsupported = أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Huquq. حدّث التطبيق لتستعيدها. لم يتغير شيء.
error-vault-locked = الخزنة مقفلة. افتح قفلها أولاً.

## الخزنة في الطرفية

vault-me = أنا
vault-empty = لا توجد مستندات في الخزنة بعد.
vault-deleted = تم الحذف.
vault-erased = مُسح كل ما في الخزنة.
vault-expires = تنتهي صلاحيته في { DATETIME($date) }
vault-no-expiry = بلا تاريخ انتهاء صلاحية
vault-pages =
    { $count ->
        [zero] لا توجد صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $count } صفحات
        [many] { $count } صفحة
       *[other] { $count } صفحة
    }
vault-authority = جهة الإصدار
vault-notes = ملاحظات
vault-backup-done = كُتبت النسخة الاحتياطية: عدد المستندات { $documents }، وعدد الصفحات { $pages }.
vault-restore-done = تمت الاستعادة: أُضيف من المستندات { $documents }، ومن الصفحات { $pages }؛ وعدد الصفحات التي كانت موجودة من قبل { $skipped }.
vault-kind-passport = جواز السفر
vault-kind-residence-permit = تصريح الإقامة
vault-kind-residence-card = بطاقة الإقامة
vault-kind-visa = التأشيرة
vault-kind-registration = تسجيل العنوان
vault-kind-work-permit = تصريح العمل
vault-kind-patent = تصريح المهاجر العامل (الباتنت)
vault-kind-fine-or-decision = غرامة أو قرار
vault-kind-receipt = إيصال
vault-kind-court-paper = ورقة من المحكمة
vault-kind-other = مستند آخر
cli-vault-passphrase = عبارة مرور الخزنة:{" "}
cli-vault-passphrase-again = أعد كتابة عبارة المرور:{" "}
cli-vault-passphrase-mismatch = عبارتا المرور مختلفتان. لم يتغير شيء.
cli-backup-passphrase = عبارة مرور النسخة الاحتياطية:{" "}
cli-vault-created = أُنشئت الخزنة. احفظ عبارة المرور في مكان آمن: من دونها لا يستطيع أحد، ولا حتى Huquq، فتح مستنداتك.
cli-vault-erase-confirm = هذا الأمر يمسح كل مستند في الخزنة نهائياً. للتأكيد، شغّل الأمر مرة أخرى مع --yes.
cli-no-terminal-for-passphrase = لا توجد طرفية لطلب عبارة المرور. ضعها في متغير البيئة { $variable }.

## التذكيرات والمواعيد النهائية

error-not-found-procedure = لا يوجد إجراء باسم «{ $id }».
error-not-found-deadline = هذا الموعد النهائي لم يعد موجوداً.
error-not-found-event = هذا الحدث غير موجود في خزنتك.
error-invalid-unknown-time-zone = { $field }: هذه المنطقة الزمنية غير معروفة. استخدم اسماً مثل Asia/Almaty.
error-invalid-bad-time = { $field }: اكتب الوقت بالساعات والدقائق، مثلاً 09:00.
error-invalid-offset-too-large = { $field }: يمكن أن يأتي التذكير قبل الموعد النهائي بـ365 يوماً على الأكثر.
error-invalid-wrong-event = هذا الحدث لا يبدأ هذا الإجراء.
field-time-zone = المنطقة الزمنية
field-reminder-time = وقت التذكير
field-offsets = عدد الأيام قبل الموعد النهائي
field-happened-on = التاريخ
field-snooze-until = ذكّرني مرة أخرى في
event-kind-moved = انتقلت إلى عنوان جديد
event-kind-decision-received = استلمت قراراً (غرامة أو عقوبة)
event-kind-passport-handed-over = سلّمت جواز سفري في مكتب الهجرة
event-kind-entered-country = دخلت البلد
event-kind-left-country = غادرت البلد
event-kind-job-changed = غيّرت عملي
reminders-title = التذكيرات
reminders-empty = لا توجد مواعيد نهائية بعد. أضف مستنداتك مع تواريخ انتهاء صلاحيتها، أو سجّل ما حدث: انتقال، أو قرار، أو دخول.
reminders-settings = التذكيرات في الساعة { $time }، المنطقة الزمنية { $zone }
reminder-due-in =
    { $days ->
        [zero] الموعد النهائي اليوم، { DATETIME($date) }
        [one] الموعد النهائي بعد يوم واحد، في { DATETIME($date) }
        [two] الموعد النهائي بعد يومين، في { DATETIME($date) }
        [few] الموعد النهائي بعد { $days } أيام، في { DATETIME($date) }
        [many] الموعد النهائي بعد { $days } يوماً، في { DATETIME($date) }
       *[other] الموعد النهائي بعد { $days } يوم، في { DATETIME($date) }
    }
reminder-due-today = الموعد النهائي اليوم، { DATETIME($date) }
reminder-overdue =
    { $days ->
        [zero] فات الموعد النهائي اليوم، { DATETIME($date) }
        [one] فات الموعد النهائي قبل يوم واحد، في { DATETIME($date) }
        [two] فات الموعد النهائي قبل يومين، في { DATETIME($date) }
        [few] فات الموعد النهائي قبل { $days } أيام، في { DATETIME($date) }
        [many] فات الموعد النهائي قبل { $days } يوماً، في { DATETIME($date) }
       *[other] فات الموعد النهائي قبل { $days } يوم، في { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [zero] تنتهي الصلاحية اليوم، { DATETIME($date) }
        [one] تنتهي الصلاحية بعد يوم واحد، في { DATETIME($date) }
        [two] تنتهي الصلاحية بعد يومين، في { DATETIME($date) }
        [few] تنتهي الصلاحية بعد { $days } أيام، في { DATETIME($date) }
        [many] تنتهي الصلاحية بعد { $days } يوماً، في { DATETIME($date) }
       *[other] تنتهي الصلاحية بعد { $days } يوم، في { DATETIME($date) }
    }
reminder-expires-today = تنتهي الصلاحية اليوم، { DATETIME($date) }
reminder-expired =
    { $days ->
        [zero] انتهت الصلاحية اليوم، { DATETIME($date) }
        [one] انتهت الصلاحية قبل يوم واحد، في { DATETIME($date) }
        [two] انتهت الصلاحية قبل يومين، في { DATETIME($date) }
        [few] انتهت الصلاحية قبل { $days } أيام، في { DATETIME($date) }
        [many] انتهت الصلاحية قبل { $days } يوماً، في { DATETIME($date) }
       *[other] انتهت الصلاحية قبل { $days } يوم، في { DATETIME($date) }
    }
reminder-open-app = افتح Huquq لترى ما يجب عليك فعله.
reminder-holidays-caveat = تُحسب هذه المهلة بأيام العمل. قائمة العطل الرسمية غير مؤكدة، لذا تحقق من هذا التاريخ لدى الجهة المختصة.
reminder-done = تم
reminder-snoozed = أُجِّل التذكير حتى { DATETIME($date) }
checklist-required = ما يشترطه القانون
checklist-not-required = ما لا يشترطه القانون
checklist-basis = الأساس: { $citation }
checklist-no-deadline = لا يوجد موعد نهائي بعد: أضف المستند مع تاريخ انتهاء صلاحيته، أو سجّل ما حدث.
checklist-state-valid = لديك هذا المستند، وهو ساري المفعول
checklist-state-expires-before-deadline = لديك هذا المستند، لكن صلاحيته تنتهي قبل الموعد النهائي
checklist-state-expired = لديك هذا المستند، لكن صلاحيته انتهت
checklist-state-missing = غير موجود في خزنتك
checklist-state-not-tracked = أحضره معك: الخزنة لا تحفظ هذا النوع من الأوراق
checklist-item-unverified = غير مؤكد
calendar-name = مواعيد Huquq النهائية
calendar-exported =
    { $count ->
        [zero] لم يُكتب أي موعد نهائي في ملف التقويم.
        [one] كُتب موعد نهائي واحد في ملف التقويم.
        [two] كُتب موعدان نهائيان في ملف التقويم.
        [few] كُتب في ملف التقويم { $count } مواعيد نهائية.
        [many] كُتب في ملف التقويم { $count } موعداً نهائياً.
       *[other] كُتب في ملف التقويم { $count } موعد نهائي.
    }
glossary-title = المصطلحات القانونية
