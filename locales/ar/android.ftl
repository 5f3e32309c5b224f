# نصوص يرسمها تطبيق Android بنفسه: إطاره، لا المحتوى (ترجمة آلية، لم يراجعها أحد بعد).

android-ok = حسناً
android-cancel = إلغاء

# نصوص شاشات قاعدة المعرفة (الشاشة الرئيسية، اختيار اللغة، المقالات، بطاقات الموظف، البحث).

android-home-vault = مستنداتي
android-home-vault-hint = جوازات السفر والتصاريح والإيصالات، محفوظة مشفّرة على هذا الهاتف
android-home-reminders-hint = المواعيد النهائية لمستنداتك، وما يجب فعله قبلها
android-home-settings = الإعدادات
# تعذّر الاتصال برقم هاتف جهة اتصال (جهاز لوحي بلا تطبيق هاتف).
android-home-no-dialer = لا يستطيع هذا الجهاز إجراء مكالمات. الرقم هو { $phone }.

android-language-first-run = اختر لغة Huquq. يمكنك تغييرها لاحقاً من الشاشة الرئيسية.
# يقرؤه قارئ الشاشة بعد اسم اللغة المستخدمة (أسماء اللغات مؤنثة: العربية، الروسية…).
android-language-selected = محددة

android-article-read-aloud = القراءة بصوت عالٍ
android-article-stop-reading = إيقاف القراءة
android-article-tts-unavailable = لا يستطيع هذا الهاتف القراءة بصوت عالٍ بهذه اللغة. يمكن إضافة صوت لها في إعدادات تحويل النص إلى كلام في الهاتف.

android-card-machine-translated = ترجمة آلية، ولم يراجعها أحد بعد.

# نصوص شاشات الخزنة والإعدادات.

## مدخل الخزنة

android-vault-title = خزنة المستندات
android-vault-intro = احفظ على هذا الهاتف صور جواز سفرك وبطاقاتك والقرارات والإيصالات، مشفّرة. لا يستطيع فتحها إلا هذا الهاتف، ولا يُرسل أي شيء إلى أي مكان. النسخة الاحتياطية التي تصنعها بنفسك هي النسخة الوحيدة التي تغادر الهاتف.
android-vault-create = أنشئ خزنتي
android-vault-pin-prompt = أدخل رمز PIN لخزنتك
android-vault-unlock = فتح
android-vault-key-lost = لم يعد هذا الهاتف يستطيع فتح الخزنة: مُسح مفتاحها بعد إدخال رمز PIN خاطئ مرات كثيرة، أو أنه تالف. يمكنك أن تبدأ من جديد بخزنة فارغة، وأن تستعيد مستنداتك من نسخة احتياطية.
android-vault-start-over = البدء من جديد بخزنة فارغة
android-vault-start-over-confirm = هذا يحذف الخزنة المقفلة من هذا الهاتف نهائياً. ملفات النسخ الاحتياطية لا تتأثر.
android-vault-lock = قفل الخزنة

## قائمة المستندات

android-vault-add-document = إضافة مستند
android-vault-expired = انتهت صلاحيته في { DATETIME($date) }
android-vault-expires-soon = تنتهي صلاحيته قريباً: { DATETIME($date) }
android-vault-valid-until = ساري المفعول حتى { DATETIME($date) }
android-date = { DATETIME($date) }

## مستند واحد

android-field-number = الرقم
android-field-holder = صاحب المستند
android-document-pages-heading = الصفحات
android-pages-none = لا توجد صفحات بعد. التقط صورة لكل صفحة.
android-document-edit = تعديل
android-document-delete = حذف هذا المستند
android-document-delete-confirm = هل تريد حذف هذا المستند وكل صفحاته من الخزنة؟ لا يمكن التراجع عن ذلك.
android-delete = حذف
android-page-number = الصفحة { $number }
android-page-share = مشاركة
android-page-share-title = إرسال نسخة من هذه الصفحة
android-page-delete = حذف هذه الصفحة
android-page-delete-confirm = هل تريد حذف هذه الصفحة من الخزنة؟ لا يمكن التراجع عن ذلك.
android-page-unreadable = تعذّر عرض هذه الصفحة.

## إضافة مستند أو تعديله

android-kind-choose = ما نوع هذا المستند؟
android-document-autosave = كل ما تكتبه يُحفظ في الخزنة فوراً.
android-date-hint = 2027-02-28
android-date-pick = التقويم
android-person-add = شخص آخر
android-person-relation = ما صلة هذا الشخص بك؟
android-relation-myself = أنا
android-relation-spouse = زوج أو زوجة
android-relation-child = ابن أو ابنة
android-relation-parent = أب أو أم
android-relation-relative = قريب آخر
android-relation-other = شخص آخر
android-page-add-camera = التقاط صورة
android-page-add-picker = اختيار صورة
android-page-adding = جارٍ إضافة الصفحة…
android-page-added = أُضيفت الصفحة.
android-camera-none = لم تُلتقط أي صورة. إذا لم تُفتح الكاميرا، فاختر صورة بدلاً من ذلك. لم يُحفظ شيء.
android-picker-none = لم تُختر أي صورة. لم يُحفظ شيء.
android-storage-failed = تعذّر نسخ الصورة: قد تكون ذاكرة الهاتف ممتلئة. لم يُحفظ شيء.

## الإعدادات

android-settings-title = الإعدادات
android-settings-language = اللغة
android-settings-reminder-time = وقت التذكير
android-settings-pin = رمز PIN للخزنة
android-settings-pin-set = تحديد رمز PIN للخزنة
android-settings-pin-change = تغيير رمز PIN للخزنة
android-pin-explain = إذا حدّدت رمز PIN، تطلبه الخزنة في كل مرة تُفتح فيها، حتى عندما يكون قفل الهاتف مفتوحاً.
android-pin-new = رمز PIN الجديد
android-pin-again = أعد كتابة رمز PIN الجديد
android-pin-current = رمز PIN الحالي
android-pin-empty = يُرجى كتابة رمز PIN. لم يتغير شيء.
android-pin-mismatch = رمزا PIN مختلفان. لم يتغير شيء.
android-pin-limit-heading = بعد إدخال رمز PIN خاطئ مرات كثيرة
android-pin-limit-none = عدم مسح مفتاح الخزنة أبداً
android-pin-limit =
    { $count ->
        [zero] مسح مفتاح الخزنة بعد { $count } محاولة خاطئة لرمز PIN
        [one] مسح مفتاح الخزنة بعد محاولة خاطئة واحدة لرمز PIN
        [two] مسح مفتاح الخزنة بعد محاولتين خاطئتين لرمز PIN
        [few] مسح مفتاح الخزنة بعد { $count } محاولات خاطئة لرمز PIN
        [many] مسح مفتاح الخزنة بعد { $count } محاولة خاطئة لرمز PIN
       *[other] مسح مفتاح الخزنة بعد { $count } محاولة خاطئة لرمز PIN
    }
android-pin-saved = تم تحديد رمز PIN.
android-pin-changed = تم تغيير رمز PIN.
android-pin-no-phone-key = تعذّرت قراءة مفتاح الخزنة المحفوظ في هذا الهاتف، لذلك لا يمكن تحديد رمز PIN. لم يتغير شيء.
android-settings-backup = النسخة الاحتياطية
android-backup = إنشاء نسخة احتياطية من الخزنة
android-backup-explain = النسخة الاحتياطية ملف واحد مشفّر. احفظ عبارة المرور بعيداً عنه: من دون عبارة المرور لا يستطيع أحد فتحه، ولا حتى أنت.
android-passphrase = عبارة المرور
android-passphrase-again = أعد كتابة عبارة المرور
android-passphrase-empty = يُرجى كتابة عبارة المرور. لم يتغير شيء.
android-backup-running = جارٍ كتابة النسخة الاحتياطية…
android-backup-write-failed = تعذّرت كتابة النسخة الاحتياطية في المكان الذي اخترته. الخزنة لم تتغير.
android-restore = الاستعادة من نسخة احتياطية
android-restore-explain = الاستعادة تضيف مستندات النسخة الاحتياطية إلى هذه الخزنة. لا يتغير شيء مما هو موجود فيها من قبل.
android-restore-running = جارٍ الاستعادة…
android-restore-read-failed = تعذّرت قراءة الملف الذي اخترته. لم يتغير شيء.
android-erase = مسح كل شيء
android-erase-warning = هذا يمسح نهائياً كل مستند وكل صورة في الخزنة على هذا الهاتف، مع المفاتيح التي تفتحها، ويلغي تذكيراتها. ملفات النسخ الاحتياطية التي صنعتها لا تتأثر. لا يمكن التراجع عن ذلك.

# نصوص شاشات التذكيرات وقوائم التحقق.

## الإشعارات والمنبّهات

android-reminders-notifications-off = الإشعارات متوقفة لتطبيق Huquq، لذلك لا يمكن أن تظهر التذكيرات على هذا الهاتف. القائمة أدناه تعمل مع ذلك. لتصلك التذكيرات، اسمح بإشعارات Huquq في إعدادات الهاتف.
android-reminders-exact-off = هذا الهاتف يسمح لتطبيق Huquq بتذكيرك في أوقات تقريبية فقط، لذلك قد يصل التذكير متأخراً قليلاً.
android-reminders-allow-exact = السماح بأوقات تذكير دقيقة

## قائمة المواعيد النهائية

android-reminders-mark-done = تم: علّمه منجزاً اليوم
android-reminders-marked-done = عُلِّم منجزاً.
android-reminders-follow-up = أُضيفت الخطوة التالية إلى تذكيراتك: { $procedure }
android-reminders-snooze = ذكّرني لاحقاً…
android-reminders-snoozed = سيصلك التذكير في اليوم الذي اخترته.
android-reminders-reopen = لم يُنجز بعد: ذكّرني مرة أخرى
android-reminders-reopened = عادت التذكيرات الخاصة بهذا الموعد النهائي.
android-reminders-days-before = اختر أيام التذكير…
android-reminders-use-usual-days = الأيام المعتادة
android-reminders-days-saved = حُفظت أيام التذكير.
android-reminders-day-option =
    { $count ->
        [0] في اليوم نفسه
        [zero] في اليوم نفسه
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $count } أيام
        [many] قبل { $count } يوماً
       *[other] قبل { $count } يوم
    }
android-reminders-open-checklist = ما يجب تحضيره (قائمة التحقق)

## تسجيل ما حدث

android-reminders-record = سجّل ما حدث
android-reminders-record-title = ماذا حدث؟
android-reminders-record-who = مَن يخص هذا الأمر؟
android-reminders-record-none = لا يوجد شيء لتسجيله بعد.
android-reminders-recorded = حُفظ. الموعد النهائي الذي ينتج عنه أصبح الآن في تذكيراتك.

## قوائم التحقق

android-reminders-checklists = قوائم التحقق
android-checklist-read-article = اقرأ المقالة كاملة
