# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = حسناً
action-cancel = إلغاء
home-vault = مستنداتي
home-vault-hint = جوازات السفر والتصاريح والإيصالات، محفوظة مشفّرة على هذا الهاتف
home-reminders-hint = المواعيد النهائية لمستنداتك، وما يجب فعله قبلها
home-journal = السجل
home-journal-hint = كل تعامل مع الموظفين الرسميين، مكتوباً ومختوماً
journal-correct = تصحيح هذه التدوينة
home-settings = الإعدادات
# تعذّر الاتصال برقم هاتف جهة اتصال (جهاز لوحي بلا تطبيق هاتف).
home-no-dialer = لا يستطيع هذا الجهاز إجراء مكالمات. الرقم هو { $phone }.
language-first-run = اختر لغة Huquq. يمكنك تغييرها لاحقاً من الشاشة الرئيسية.
article-read-aloud = القراءة بصوت عالٍ
article-stop-reading = إيقاف القراءة
article-tts-unavailable = لا يستطيع هذا الهاتف القراءة بصوت عالٍ بهذه اللغة. يمكن إضافة صوت لها في إعدادات تحويل النص إلى كلام في الهاتف.
card-machine-translated = ترجمة آلية، ولم يراجعها أحد بعد.
action-delete = حذف
page-share = مشاركة
page-share-title = إرسال نسخة من هذه الصفحة
page-delete = حذف هذه الصفحة
page-delete-confirm = هل تريد حذف هذه الصفحة من الخزنة؟ لا يمكن التراجع عن ذلك.
page-unreadable = تعذّر عرض هذه الصفحة.
date-pick = التقويم
page-add-camera = التقاط صورة
page-add-picker = اختيار صورة
page-adding = جارٍ إضافة الصفحة…
page-added = أُضيفت الصفحة.
camera-none = لم تُلتقط أي صورة. إذا لم تُفتح الكاميرا، فاختر صورة بدلاً من ذلك. لم يُحفظ شيء.
ios-camera-usage = يستخدم { -brand-name } الكاميرا فقط لتصوير مستنداتك وحفظها مشفّرة على هذا الهاتف.
picker-none = لم تُختر أي صورة. لم يُحفظ شيء.
storage-failed = تعذّر نسخ الصورة: قد تكون ذاكرة الهاتف ممتلئة. لم يُحفظ شيء.
pin-saved = تم تحديد رمز PIN.
pin-changed = تم تغيير رمز PIN.
pin-no-phone-key = تعذّرت قراءة مفتاح الخزنة المحفوظ في هذا الهاتف، لذلك لا يمكن تحديد رمز PIN. لم يتغير شيء.
passphrase = عبارة المرور
passphrase-again = أعد كتابة عبارة المرور
passphrase-suggest = اقتراح عبارة مرور
passphrase-suggested = اكتب عبارة المرور هذه على ورقة واحفظها في مكان منفصل عن النسخة الاحتياطية: { $passphrase }
backup-pin-prompt = أدخل رمز PIN لخزنتك لإنشاء النسخة الاحتياطية
backup-write-failed = تعذّرت كتابة النسخة الاحتياطية في المكان الذي اخترته. الخزنة لم تتغير.
restore-read-failed = تعذّرت قراءة الملف الذي اخترته. لم يتغير شيء.
reminders-notifications-off = الإشعارات متوقفة لتطبيق Huquq، لذلك لا يمكن أن تظهر التذكيرات على هذا الهاتف. القائمة أدناه تعمل مع ذلك. لتصلك التذكيرات، اسمح بإشعارات Huquq في إعدادات الهاتف.
reminders-exact-off = هذا الهاتف يسمح لتطبيق Huquq بتذكيرك في أوقات تقريبية فقط، لذلك قد يصل التذكير متأخراً قليلاً.
reminders-allow-exact = السماح بأوقات تذكير دقيقة
reminders-snoozed = سيصلك التذكير في اليوم الذي اخترته.
reminders-reopened = عادت التذكيرات الخاصة بهذا الموعد النهائي.
reminders-days-saved = حُفظت أيام التذكير.
reminders-record = سجّل ما حدث
reminders-recorded = حُفظ. الموعد النهائي الذي ينتج عنه أصبح الآن في تذكيراتك.
reminders-checklists = قوائم التحقق
checklist-read-article = اقرأ المقالة كاملة
app-name = { -brand-name }
home-search-hint = ابحث في حقوقك
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
article-cards-heading = بطاقات لعرضها على الموظف
confidence-verified = تمت مطابقته مع النص الرسمي
confidence-reported = من مصادر مذكورة، ولم تتم مطابقته مع النص الرسمي بعد
confidence-unverified = لم يتم التحقق منه بعد
card-official-text = باللغة { $language }
languages-heading = اللغات
error-storage = لم يتمكن Huquq من قراءة مجلد بياناته أو الكتابة فيه. لم يتغير شيء.
cli-topic-open-hint = لفتح موضوع: huquq topics TOPIC
cli-read-hint = لقراءة مقالة: huquq read ARTICLE
cli-card-hint = لعرض بطاقة: huquq card CARD
contact-phone = الهاتف: { $phone }
contact-website = الموقع الإلكتروني: { $website }
cli-error = خطأ
error-crypto = لم يتمكن الجهاز من إنشاء مفتاح آمن. لم يُحفظ شيء.
error-photo-unreadable = تعذّرت قراءة الصورة. لم يُحفظ شيء.
vault-deleted = تم الحذف.
vault-erased = مُسح كل ما في الخزنة.
vault-backup-done = كُتبت النسخة الاحتياطية: عدد المستندات { $documents }، وعدد الصفحات { $pages }.
vault-restore-done = تمت الاستعادة: أُضيف من المستندات { $documents }، ومن الصفحات { $pages }؛ وعدد الصفحات التي كانت موجودة من قبل { $skipped }؛ وأُضيف من تدوينات السجل { $entries }.
cli-vault-passphrase = عبارة مرور الخزنة:{" "}
cli-vault-passphrase-again = أعد كتابة عبارة المرور:{" "}
passphrase-mismatch = عبارتا المرور مختلفتان. لم يتغير شيء.
cli-backup-passphrase = عبارة مرور النسخة الاحتياطية:{" "}
cli-vault-created = أُنشئت الخزنة. احفظ عبارة المرور في مكان آمن: من دونها لا يستطيع أحد، ولا حتى Huquq، فتح مستنداتك.
cli-vault-erase-confirm = هذا الأمر يمسح كل مستند في الخزنة نهائياً. للتأكيد، شغّل الأمر مرة أخرى مع --yes.
cli-no-terminal-for-passphrase = لا توجد طرفية لطلب عبارة المرور. ضعها في متغير البيئة { $variable }.
reminders-title = التذكيرات
reminders-settings = التذكيرات في الساعة { $time }، المنطقة الزمنية { $zone }
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
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = أدخل البيانات أولاً

## The case file

casefile-done = كُتب ملف القضية: عدد الصفحات { $pages }، وعدد تدوينات السجل { $entries }، وعدد الصور { $pictures }.
casefile-done-encrypted = كُتب ملف القضية مشفّراً ببرنامج age: عدد الصفحات { $pages }، وعدد تدوينات السجل { $entries }، وعدد الصور { $pictures }. أرسل عبارة المرور بطريقة أخرى غير الملف.
cli-casefile-passphrase = عبارة المرور لملف القضية:{" "}
