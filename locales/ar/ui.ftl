# نصوص الواجهة (ترجمة آلية، لم يراجعها أحد بعد).

-brand-name = Huquq

home-greeting = اعرف حقوقك — حتى دون إنترنت، وبلغتك.
home-topics-heading = المواضيع
home-cards-heading = اعرض على الموظف
home-contacts-heading = أين تجد المساعدة

article-related-heading = مواضيع ذات صلة
source-checked = تم التحقق في { DATETIME($date) }
source-translation = ترجمة إنجليزية غير رسمية

callout-note = ملاحظة
callout-tip = نصيحة
callout-warning = تحذير

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
search-found-by = عُثر عليه عبر كلمة «{ $word }»
search-read-as = تُعرض النتائج لـ«{ $query }».
search-browse-topics = لا شيء يطابق جيدًا. تصفّح المواضيع بدلًا من ذلك:

card-show-hint = اعرض هذه الشاشة على الموظف.

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
error-content = تعذّر تحميل المحتوى المدمج في التطبيق. يُرجى إعادة تثبيت التطبيق.

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
        [zero] رمز PIN خاطئ. لم تبقَ أي محاولة قبل مسح مفتاح الخزنة.
        [one] رمز PIN خاطئ. إذا أدخلت رمز PIN خاطئاً مرة أخرى، يُمسح مفتاح الخزنة.
        [two] رمز PIN خاطئ. بقيت محاولتان قبل مسح مفتاح الخزنة.
        [few] رمز PIN خاطئ. بقيت { $left } محاولات قبل مسح مفتاح الخزنة.
        [many] رمز PIN خاطئ. بقيت { $left } محاولة قبل مسح مفتاح الخزنة.
       *[other] رمز PIN خاطئ. بقيت { $left } محاولة قبل مسح مفتاح الخزنة.
    }
error-too-many-attempts = أُدخل رمز PIN خاطئ مرات كثيرة: لذلك مُسح مفتاح الخزنة. استعد مستنداتك من نسخة احتياطية.
error-pin-not-set = لم يُحدَّد رمز PIN لهذه الخزنة.
error-pin-wait =
    { $minutes ->
        [zero] أُدخل رمز PIN خاطئ مرات كثيرة متتالية. حاول مرة أخرى بعد قليل.
        [one] أُدخل رمز PIN خاطئ مرات كثيرة متتالية. حاول مرة أخرى بعد دقيقة واحدة.
        [two] أُدخل رمز PIN خاطئ مرات كثيرة متتالية. حاول مرة أخرى بعد دقيقتين.
        [few] أُدخل رمز PIN خاطئ مرات كثيرة متتالية. حاول مرة أخرى بعد { $minutes } دقائق.
        [many] أُدخل رمز PIN خاطئ مرات كثيرة متتالية. حاول مرة أخرى بعد { $minutes } دقيقة.
       *[other] أُدخل رمز PIN خاطئ مرات كثيرة متتالية. حاول مرة أخرى بعد { $minutes } دقيقة.
    }
error-pin-required = أدخل رمز PIN للخزنة أولاً: النسخة الاحتياطية تُخرج كل مستنداتك من الهاتف.
error-pin-device-key-lost = لم يعد هذا الهاتف يستطيع التحقق من رمز PIN: الجزء المحفوظ فيه من مفتاح الخزنة لم يعد موجوداً. استعد مستنداتك من نسخة احتياطية.
error-pin-too-short = يجب ألا يقل عدد أحرف رمز PIN عن { $min }.
error-photo-empty = ملف الصورة فارغ. لم يُحفظ شيء.
error-photo-too-large = ملف الصورة كبير جداً (الحد الأقصى { $max } ميغابايت). لم يُحفظ شيء.
error-photo-too-many-pixels = الصورة كبيرة جداً (الحد الأقصى { $max } ميغابكسل). لم يُحفظ شيء.
error-photo-not-an-image = هذا الملف ليس صورة (JPEG أو PNG). لم يُحفظ شيء.
error-photo-corrupt = الصورة تالفة أو ناقصة. لم يُحفظ شيء.
error-backup-wrong-secret = عبارة المرور هذه أو هذا المفتاح لا يفتح النسخة الاحتياطية. تحقق منه وحاول مرة أخرى. لم يتغير شيء.
error-backup-damaged = ملف النسخة الاحتياطية هذا تالف أو ناقص، أو ليس نسخة احتياطية من Huquq. لم يتغير شيء.
error-pack-not-a-pack = هذا الملف ليس تحديث محتوى من Huquq، أو أنه ناقص. لم يتغير شيء.
error-pack-unknown-key = تحديث المحتوى هذا غير موقَّع من ناشر Huquq. لم يُثبَّت. لم يتغير شيء.
error-pack-altered = تحديث المحتوى هذا عُدِّل بعد توقيعه، أو أنه تالف. لم يُثبَّت. لم يتغير شيء.
error-pack-too-large = هذا الملف كبير جداً ولا يمكن أن يكون تحديث محتوى. لم يتغير شيء.
error-pack-damaged = تحديث المحتوى هذا تالف ولا يمكن قراءته. لم يتغير شيء.
error-pack-not-newer = تحديث المحتوى هذا ليس أحدث من المحتوى الموجود لديك. لم يتغير شيء.
error-pack-needs-newer-app = تحديث المحتوى هذا يحتاج إلى إصدار أحدث من Huquq. حدّث التطبيق أولاً. لم يتغير شيء.
error-pack-fails-check = في نصوص تحديث المحتوى هذا أخطاء. لم يُثبَّت. لم يتغير شيء.
error-pack-none-installed = لا يوجد على هذا الهاتف إلا المحتوى المدمج في التطبيق. لا يوجد تحديث محتوى لمشاركته.
error-backup-unsupported = أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Huquq. حدّث التطبيق لتستعيدها. لم يتغير شيء.
error-vault-locked = الخزنة مقفلة. افتح قفلها أولاً.

## الخزنة في الطرفية

vault-me = أنا
vault-empty = لا توجد مستندات في الخزنة بعد.
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
reminders-empty = لا توجد مواعيد نهائية بعد. أضف مستنداتك مع تواريخ انتهاء صلاحيتها، أو سجّل ما حدث: انتقال، أو قرار، أو دخول.
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

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = خزنة المستندات
vault-gate-intro = احفظ على هذا الهاتف صور جواز سفرك وبطاقاتك والقرارات والإيصالات، مشفّرة. لا يستطيع فتحها إلا هذا الهاتف، ولا يُرسل أي شيء إلى أي مكان. النسخة الاحتياطية التي تصنعها بنفسك هي النسخة الوحيدة التي تغادر الهاتف.
vault-gate-create = أنشئ خزنتي
vault-gate-pin-prompt = أدخل رمز PIN لخزنتك
vault-gate-unlock = فتح
vault-gate-key-lost = لم يعد هذا الهاتف يستطيع فتح الخزنة: مُسح مفتاحها بعد إدخال رمز PIN خاطئ مرات كثيرة، أو أنه تالف. يمكنك أن تبدأ من جديد بخزنة فارغة، وأن تستعيد مستنداتك من نسخة احتياطية.
vault-gate-start-over = البدء من جديد بخزنة فارغة
vault-gate-start-over-confirm = هذا يحذف الخزنة المقفلة من هذا الهاتف نهائياً. ملفات النسخ الاحتياطية لا تتأثر.
vault-lock = قفل الخزنة
vault-add-document = إضافة مستند
vault-expired-on = انتهت صلاحيته في { DATETIME($date) }
vault-expires-soon = تنتهي صلاحيته قريباً: { DATETIME($date) }
vault-valid-until = ساري المفعول حتى { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = الرقم
field-holder = صاحب المستند
vault-pages-heading = الصفحات
vault-pages-none = لا توجد صفحات بعد. التقط صورة لكل صفحة.
vault-document-edit = تعديل
vault-document-delete = حذف هذا المستند
vault-document-delete-confirm = هل تريد حذف هذا المستند وكل صفحاته من الخزنة؟ لا يمكن التراجع عن ذلك.
vault-page-number = الصفحة { $number }
vault-kind-choose = ما نوع هذا المستند؟
vault-form-autosave = كل ما تكتبه يُحفظ في الخزنة فوراً.
vault-date-hint = 2027-02-28
vault-person-add = شخص آخر
vault-person-relation = ما صلة هذا الشخص بك؟
vault-relation-myself = أنا
vault-relation-spouse = زوج أو زوجة
vault-relation-child = ابن أو ابنة
vault-relation-parent = أب أو أم
vault-relation-relative = قريب آخر
vault-relation-other = شخص آخر
settings-title = الإعدادات
settings-language = اللغة
settings-reminders = وقت التذكير
settings-pin = رمز PIN للخزنة
settings-pin-set = تحديد رمز PIN للخزنة
settings-pin-change = تغيير رمز PIN للخزنة
settings-pin-explain = إذا حدّدت رمز PIN، تطلبه الخزنة في كل مرة تُفتح فيها، حتى عندما يكون قفل الهاتف مفتوحاً. لا يستطيع التحقق منه إلا هذا الهاتف، ويطول الانتظار بعد كل رمز PIN خاطئ؛ وبعد إدخال رمز PIN خاطئ مرات كثيرة متتالية يُمسح مفتاح الخزنة، ولا تعيد مستنداتك إلا نسخة احتياطية.
pin-new = رمز PIN الجديد
pin-again = أعد كتابة رمز PIN الجديد
pin-current = رمز PIN الحالي
pin-limit-heading = بعد إدخال رمز PIN خاطئ مرات كثيرة
pin-limit =
    { $count ->
        [zero] مسح مفتاح الخزنة بعد { $count } محاولة خاطئة لرمز PIN
        [one] مسح مفتاح الخزنة بعد محاولة خاطئة واحدة لرمز PIN
        [two] مسح مفتاح الخزنة بعد محاولتين خاطئتين لرمز PIN
        [few] مسح مفتاح الخزنة بعد { $count } محاولات خاطئة لرمز PIN
        [many] مسح مفتاح الخزنة بعد { $count } محاولة خاطئة لرمز PIN
       *[other] مسح مفتاح الخزنة بعد { $count } محاولة خاطئة لرمز PIN
    }
settings-backup = النسخة الاحتياطية
settings-backup-button = إنشاء نسخة احتياطية من الخزنة
settings-backup-explain = النسخة الاحتياطية ملف واحد مشفّر. احفظ عبارة المرور بعيداً عنه: من دون عبارة المرور لا يستطيع أحد فتحه، ولا حتى أنت.
backup-running = جارٍ كتابة النسخة الاحتياطية…
settings-restore-button = الاستعادة من نسخة احتياطية
settings-restore-explain = الاستعادة تضيف مستندات النسخة الاحتياطية إلى هذه الخزنة. لا يتغير شيء مما هو موجود فيها من قبل.
restore-running = جارٍ الاستعادة…
settings-content = محتوى الحقوق
settings-content-built-in = محتوى الحقوق بتاريخ { DATETIME($date) }، المدمج في التطبيق.
settings-content-pack = محتوى الحقوق بتاريخ { DATETIME($date) } من { $publisher }، ثُبِّت في { DATETIME($installed) }.
settings-content-explain = تحديث المحتوى ملف واحد صغير من ناشر Huquq، يُنقل مثل أي ملف آخر. لا يثبّته Huquq إلا إذا كان أصلياً وأحدث من المحتوى الموجود لديك. لا حاجة إلى إنترنت.
settings-content-fallback = تعذّرت قراءة تحديث المحتوى الموجود على هذا الهاتف، لذلك يُعرض المحتوى المدمج في التطبيق بدلاً منه. لاستخدام التحديث مرة أخرى، ثبّته من ملفه.
settings-content-update = تحديث المحتوى من ملف
settings-content-share = مشاركة المحتوى
settings-erase = مسح كل شيء
settings-erase-warning = هذا يمسح نهائياً كل مستند وكل صورة في الخزنة على هذا الهاتف، مع المفاتيح التي تفتحها، ويلغي تذكيراتها. ملفات النسخ الاحتياطية التي صنعتها لا تتأثر. لا يمكن التراجع عن ذلك.
reminders-mark-done = تم: علّمه منجزاً اليوم
reminders-marked-done = عُلِّم منجزاً.
reminders-follow-up = أُضيفت الخطوة التالية إلى تذكيراتك: { $procedure }
reminders-snooze = ذكّرني لاحقاً…
reminders-reopen = لم يُنجز بعد: ذكّرني مرة أخرى
reminders-days-before = اختر أيام التذكير…
reminders-use-usual-days = الأيام المعتادة
reminders-day-option =
    { $count ->
        [0] في اليوم نفسه
        [zero] في اليوم نفسه
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $count } أيام
        [many] قبل { $count } يوماً
       *[other] قبل { $count } يوم
    }
reminders-open-checklist = ما يجب تحضيره (قائمة التحقق)
reminders-record-title = ماذا حدث؟
reminders-record-who = مَن يخص هذا الأمر؟
reminders-record-none = لا يوجد شيء لتسجيله بعد.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = المدفوعات
vault-deadlines-heading = المواعيد النهائية
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $done } من { $total }
field-pin = رمز PIN
field-passphrase = عبارة المرور
error-invalid-mismatch = { $field }: الإدخالان غير متطابقين. لم يتغير شيء.
error-invalid-too-weak = { $field }: الإدخال قصير جداً أو سهل التخمين. استخدم 12 حرفاً على الأقل لا تتبع أي نمط، أو عبارة المرور التي يقترحها Huquq. لم يتغير شيء.

## سجل التعاملات مع الموظفين الرسميين

error-not-found-journal-entry = هذه التدوينة غير موجودة في خزنتك.
error-journal-broken = تغيّرت إحدى تدوينات السجل بعد كتابتها. السجل يبيّن أيّ تدوينة هي.
error-invalid-in-future = { $field }: هذا في المستقبل. السجل يدوّن ما حدث فعلاً. لم يُحفظ شيء.
error-invalid-too-long = { $field }: هذا النص طويل جداً. اختصره أو قسّمه على تدوينتين. لم يُحفظ شيء.
field-place = المكان
field-office = المكتب أو الوحدة
field-official = اسم الموظف أو رتبته أو رقم شارته
field-demanded = ما طلبوه
field-documents = المستندات
field-money-asked = المال الذي طلبوه
field-said = ما قيل
field-outcome = ما نتج عن ذلك
field-witnesses = الشهود
field-return-by = وعدوا بالإعادة بحلول
journal-kind-police-check = تفتيش من الشرطة
journal-kind-migration-office-visit = زيارة إلى مكتب الهجرة
journal-kind-fine-or-protocol = غرامة أو محضر
journal-kind-document-taken = أُخذ مستند
journal-kind-document-returned = أُعيد مستند
journal-kind-bribe-asked = طُلبت رشوة
journal-kind-detention = احتجاز
journal-kind-other = تعامل آخر مع الموظفين الرسميين
journal-title = السجل
journal-add = سجّل تعاملاً مع الموظفين الرسميين
journal-empty = لم يُدوَّن شيء بعد. دوِّن كل تعامل مع الموظفين الرسميين في أسرع وقت ممكن: ما حدث، ومن كان حاضراً، وما طُلب أو أُخذ أو دُفع. لا يمكن تغيير التدوينة لاحقاً، بل تُصحَّح فقط بتدوينة جديدة، حتى يستطيع السجل أن يُثبت أنه لم تُعَد كتابته.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }، { $time }
journal-captured = كُتبت في { DATETIME($date) }، { $time }، حسب ساعة هذا الهاتف
journal-corrected = صُحِّحت بتدوينة لاحقة
journal-correction = تصحّح تدوينة سابقة
journal-chain-own = سجلك
journal-chain-restored = سجل من نسخة احتياطية
journal-chain-intact =
    { $count ->
        [zero] سليم: لا توجد فيه أي تدوينة.
        [one] سليم: فيه تدوينة واحدة، ولم تتغير منذ كتابتها.
        [two] سليم: فيه تدوينتان، ولم تتغير أي منهما منذ كتابتهما.
        [few] سليم: فيه { $count } تدوينات، ولم تتغير أي واحدة منها منذ كتابتها.
        [many] سليم: فيه { $count } تدوينة، ولم تتغير أي واحدة منها منذ كتابتها.
       *[other] سليم: فيه { $count } تدوينة، ولم تتغير أي واحدة منها منذ كتابتها.
    }
journal-chain-broken = تغيّر بعد كتابته: التدوينة رقم { $position } لم تعد تطابق ختمها. ابتداءً من هذه التدوينة، لا يستطيع السجل أن يُثبت ما كُتب فيه.
journal-seal = الختم: { $hash }
journal-position-own = التدوينة رقم { $position } في سجلك
journal-position-restored = التدوينة رقم { $position } في سجل من نسخة احتياطية
journal-document-shown = عُرض: { $document }
journal-document-taken = أُخذ: { $document }
journal-document-returned = أُعيد: { $document }
journal-custody-heading = مستندات يحتفظ بها مكتب
journal-custody-taken = أُخذ في { DATETIME($date) }: { $office }
journal-custody-promised = وعدوا بالإعادة بحلول { DATETIME($date) }
journal-custody-returned = تمت الإعادة في { DATETIME($date) }
journal-custody-held = ما زال لدى المكتب
journal-correct-title = تصحيح هذه التدوينة
journal-form-note = بعد الحفظ تُختم التدوينة ولا يمكن تغييرها. إذا كان فيها خطأ، احفظ تدوينة تصحيح: تبقى التدوينتان كلتاهما في السجل.
journal-field-kind = ما حدث
journal-when-hint = 2026-12-01 أو 2026-12-01 14:30
journal-action-none = لا علاقة له
journal-action-shown = عُرض
journal-action-taken = أُخذ
journal-action-returned = أُعيد
journal-save = حفظ وختم

## The case file: a PDF for a lawyer, in the lawyer's language with the user's beside it

error-not-found-language = لا توجد في Huquq نصوص باللغة «{ $id }».
casefile-title = ملف القضية: التعاملات مع الموظفين الرسميين
# $date: the day the file was made.
casefile-made = أُعِدّ هذا الملف بتطبيق Huquq بتاريخ { DATETIME($date) } استناداً إلى السجلات المحفوظة على هاتف الشخص المعني. وما كتبه الشخص منقول بنصّه كما كتبه.
casefile-about = خُتمت كل تدوينة من تدوينات السجل عند كتابتها: إذ تشمل قيمة التجزئة SHA-256 الخاصة بها مضمونَ التدوينة وقيمةَ تجزئة التدوينة السابقة لها، فإذا عُدِّلت تدوينة بعد كتابتها لم تعد مطابقة لختمها. ويكون التصحيح بتدوينة جديدة، وتبقى التدوينة المصحَّحة قائمة. أما الأوقات المبيَّن أنها مسجّلة وفق ساعة الهاتف فمصدرها الهاتف، ولا تُعدّ بذاتها دليلاً على الوقت.
casefile-person = الشخص المعني ومستنداته
casefile-no-documents = اختار الشخص المعني عدم إدراج مستنداته.
casefile-timeline = التعاملات مع الموظفين الرسميين، مرتّبةً من الأقدم إلى الأحدث
casefile-no-entries = لم يُسجَّل أي تعامل مع الموظفين الرسميين.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = تصحّح التدوينة رقم { $position }.
casefile-corrected-by = صُحِّحت بالتدوينة رقم { $position }.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = الصور: { $numbers }
casefile-payments = المدفوعات
casefile-payee = الجهة المدفوع لها
casefile-custody = المستندات المحتفَظ بها لدى مكتب رسمي
casefile-pages = الصفحات
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = الصورة { $number }: { $document }، الصفحة { $page }، التُقطت بتاريخ { DATETIME($date) } وفق ساعة الهاتف
casefile-picture-original = قيمة التجزئة SHA-256 للصورة كما التقطتها الكاميرا: { $hash }
casefile-picture-unreadable = تعذّرت قراءة صورة هذه الصفحة من الهاتف.
casefile-law = القانون الواجب التطبيق
casefile-verification = التحقق من السجل
casefile-verify-how = للتحقق من السجل، يُفتح قسم «السجل» على هاتف الشخص المعني: يجب أن يكون الختم الظاهر فيه مطابقاً للختم المطبوع هنا، ويعيد التطبيق التحقق من التدوينات كلها واحدة تلو الأخرى. ومن نسخة احتياطية للهاتف، يؤدي أمر huquq الوظيفة نفسها: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = ملف القضية · الصفحة { $page } من { $pages }
casefile-screen-title = ملف القضية للمحامي
casefile-screen-note = ملف PDF واحد فيه سجلك، والمستندات التي تختارها، ومدفوعاتك وإيصالاتك، والصفحات المرتبطة بتدويناتك، والقانون الذي ينطبق عليك، بلغة المحامي. فيه معلومات خاصة بك: لا تعطه إلا لمحامٍ تثق به، ومشفّراً إن استطعت.
casefile-lawyer-language = لغة المحامي
casefile-user-language = لغتك بجانبها
casefile-user-language-none = لغة المحامي فقط
casefile-documents-label = المستندات التي تُضاف مع أرقامها وتواريخها
casefile-pages-label = صفحات أخرى تُضاف. الصفحات المرتبطة بتدويناتك وإيصالاتك موجودة فيه دائماً.
casefile-encrypt = تشفير الملف بعبارة مرور
casefile-encrypt-hint = ننصح بذلك. يفتحه المحامي ببرنامج age المجاني أو بتطبيق Huquq. أعطه عبارة المرور بطريقة أخرى غير الملف: قلها له، ولا ترسلها مع الملف.
casefile-export = إنشاء ملف القضية
casefile-making = جارٍ إنشاء ملف القضية…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }، الصفحة { $page }
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = ذكّرني عندما يحين موعد استرجاع جواز السفر: { $procedure }
