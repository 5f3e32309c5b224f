# Strings the Android shell draws itself: its buttons, labels and messages (content and
# everything shared with other shells is in ui.ftl).

android-ok = OK
android-cancel = Cancel


android-home-vault = My documents
android-home-vault-hint = Passports, permits and receipts, kept encrypted on this phone
android-home-reminders-hint = Deadlines for your documents and what to do before them
android-home-settings = Settings
# A contact's phone number could not be dialled (a tablet without a phone app).
android-home-no-dialer = This device cannot make calls. The number is { $phone }.

android-language-first-run = Choose the language for Huquq. You can change it later on the home screen.
# Read by screen readers after the name of the language in use.
android-language-selected = selected

android-article-read-aloud = Read aloud
android-article-stop-reading = Stop reading
android-article-tts-unavailable = This phone cannot read aloud in this language. A voice for it can be added in the phone's text-to-speech settings.

android-card-machine-translated = Machine translation, not yet reviewed by a person.


## The vault's gate

android-vault-title = Document vault
android-vault-intro = Keep photos of your passport, cards, decisions and receipts on this phone, encrypted. Only this phone can open them, and nothing is sent anywhere. A backup you make yourself is the only copy that leaves the phone.
android-vault-create = Create my vault
android-vault-pin-prompt = Enter your vault PIN
android-vault-unlock = Open
android-vault-key-lost = This phone can no longer open the vault: its key was erased after too many wrong PINs, or it is damaged. You can start again with an empty vault and restore your documents from a backup.
android-vault-start-over = Start again with an empty vault
android-vault-start-over-confirm = This deletes the locked vault on this phone for good. Your backup files are not touched.
android-vault-lock = Lock the vault

## The list of documents

android-vault-add-document = Add a document
android-vault-expired = Expired on { DATETIME($date) }
android-vault-expires-soon = Expires soon: { DATETIME($date) }
android-vault-valid-until = Valid until { DATETIME($date) }
android-date = { DATETIME($date) }

## One document

android-field-number = Number
android-field-holder = Whose document
android-document-pages-heading = Pages
android-pages-none = No pages yet. Take a photo of each page.
android-document-edit = Edit
android-document-delete = Delete this document
android-document-delete-confirm = Delete this document and all its pages from the vault? This cannot be undone.
android-delete = Delete
android-page-number = Page { $number }
android-page-share = Share
android-page-share-title = Send a copy of this page
android-page-delete = Delete this page
android-page-delete-confirm = Delete this page from the vault? This cannot be undone.
android-page-unreadable = This page could not be shown.

## Adding or editing a document

android-kind-choose = What kind of document is it?
android-document-autosave = Everything you type is saved in the vault at once.
android-date-hint = 2027-02-28
android-date-pick = Calendar
android-person-add = Someone else
android-person-relation = Who is this person to you?
android-relation-myself = Me
android-relation-spouse = Husband or wife
android-relation-child = Child
android-relation-parent = Parent
android-relation-relative = Other relative
android-relation-other = Someone else
android-page-add-camera = Take a photo
android-page-add-picker = Choose a photo
android-page-adding = Adding the page…
android-page-added = Page added.
android-camera-none = No photo was taken. If no camera opened, choose a photo instead. Nothing was saved.
android-picker-none = No photo was chosen. Nothing was saved.
android-storage-failed = The photo could not be copied: the phone's storage may be full. Nothing was saved.

## Settings

android-settings-title = Settings
android-settings-language = Language
android-settings-reminder-time = Reminder time
android-settings-pin = Vault PIN
android-settings-pin-set = Set a vault PIN
android-settings-pin-change = Change the vault PIN
android-pin-explain = With a PIN, the vault asks for it each time it opens, even when the phone is unlocked.
android-pin-new = New PIN
android-pin-again = New PIN again
android-pin-current = Current PIN
android-pin-empty = Please type a PIN. Nothing was changed.
android-pin-mismatch = The two PINs differ. Nothing was changed.
android-pin-limit-heading = After too many wrong PINs
android-pin-limit-none = Never erase the vault's key
android-pin-limit =
    { $count ->
        [one] Erase the vault's key after { $count } wrong PIN
       *[other] Erase the vault's key after { $count } wrong PINs
    }
android-pin-saved = The PIN is set.
android-pin-changed = The PIN is changed.
android-pin-no-phone-key = This phone's key for the vault cannot be read, so no PIN can be set. Nothing was changed.
android-settings-backup = Backup
android-backup = Back up the vault
android-backup-explain = A backup is one encrypted file. Keep the passphrase apart from it: without the passphrase nobody, not even you, can open it.
android-passphrase = Passphrase
android-passphrase-again = Passphrase again
android-passphrase-empty = Please type a passphrase. Nothing was changed.
android-backup-running = Writing the backup…
android-backup-write-failed = The backup could not be written where you chose. The vault is unchanged.
android-restore = Restore from a backup
android-restore-explain = Restoring adds the documents of a backup to this vault. Nothing already here is changed.
android-restore-running = Restoring…
android-restore-read-failed = The chosen file could not be read. Nothing was changed.
android-erase = Erase everything
android-erase-warning = This erases every document and photo in the vault on this phone for good, with the keys that open it, and withdraws its reminders. Backup files you made are not touched. This cannot be undone.


## Notifications and alarms

android-reminders-notifications-off = Notifications are off for Huquq, so reminders cannot appear on this phone. The list below still works. To get reminders, allow notifications for Huquq in the phone's settings.
android-reminders-exact-off = This phone lets Huquq remind you only at approximate times, so a reminder may come a little late.
android-reminders-allow-exact = Allow exact reminder times

## The list of deadlines

android-reminders-mark-done = Done: mark it as done today
android-reminders-marked-done = Marked as done.
android-reminders-follow-up = Next step added to your reminders: { $procedure }
android-reminders-snooze = Remind me later…
android-reminders-snoozed = You will be reminded on the day you chose.
android-reminders-reopen = Not done yet: remind me again
android-reminders-reopened = The reminders for this deadline are back on.
android-reminders-days-before = Choose the days to be reminded…
android-reminders-use-usual-days = Usual days
android-reminders-days-saved = Reminder days saved.
android-reminders-day-option =
    { $count ->
        [0] On the day itself
        [one] { $count } day before
       *[other] { $count } days before
    }
android-reminders-open-checklist = What to prepare (checklist)

## Recording what happened

android-reminders-record = Record what happened
android-reminders-record-title = What happened?
android-reminders-record-who = Who is this about?
android-reminders-record-none = There is nothing to record yet.
android-reminders-recorded = Saved. The deadline it starts is now in your reminders.

## Checklists

android-reminders-checklists = Checklists
android-checklist-read-article = Read the full article
