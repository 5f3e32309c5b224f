# Interface strings. English is the reference locale: every message exists here first.

-brand-name = Huquq

home-greeting = Know your rights — even offline, in your language.
home-topics-heading = Topics
home-cards-heading = Show an official
home-contacts-heading = Where to get help

article-related-heading = Related
source-checked = Checked { DATETIME($date) }
source-translation = Unofficial English translation

callout-note = Note
callout-tip = Tip
callout-warning = Warning

notice-not-translated = Not yet translated into { $requested } — shown in { $shown }.
notice-machine-translated = Machine translation from { $original }, not yet reviewed by a person.
notice-unverified = Not yet verified: { $details }

search-results =
    { $count ->
        [0] Nothing found for “{ $query }”.
        [one] { $count } result
       *[other] { $count } results
    }
search-found-by = Found through “{ $word }”
search-read-as = Showing results for “{ $query }”.
search-browse-topics = Nothing matched well. Browse the topics instead:

card-show-hint = Show this screen to the official.

language-en = English
language-ru = Russian
language-kk = Kazakh
language-fr = French
language-uz = Uzbek
language-ky = Kyrgyz
language-tg = Tajik
language-fa = Persian
language-ar = Arabic

error-not-found-article = There is no article “{ $id }”.
error-not-found-topic = There is no topic “{ $id }”.
error-not-found-card = There is no officer card “{ $id }”.
error-query-too-long = This search is too long. Use at most { $max } characters.
error-content = The built-in content could not be loaded. Please reinstall the app.

## Vault

error-not-found-person = This person is not in your vault.
error-not-found-document = This document is not in your vault.
error-not-found-page = This page is not in your vault.
error-not-found-payment = This payment is not in your vault.
error-invalid-missing = Please fill in: { $field }.
error-invalid-bad-date = { $field }: this is not a real date. Write it as year-month-day, for example 2027-02-28.
error-invalid-expiry-before-issue = The expiry date is before the date of issue.
error-invalid-negative = The amount cannot be negative.
error-invalid-bad-currency = Use a three-letter currency code, for example KZT.
error-wrong-key = This key or PIN does not open the vault. Nothing was changed.
error-invalid-key = The vault key is damaged. Nothing was changed.
error-vault-missing = There is no vault yet. Create one first.
error-vault-exists = A vault already exists here. Nothing was changed.
error-vault-too-new = This vault was made by a newer version of Huquq. Update the app to open it.

field-name = Name
field-kind = Kind of document
field-issued-on = Date of issue
field-expires-on = Expiry date
field-amount = Amount
field-currency = Currency
field-paid-on = Date paid
error-wrong-pin = Wrong PIN. Nothing was changed.
error-wrong-pin-limited =
    { $left ->
        [one] Wrong PIN. One more wrong PIN erases the vault's key.
       *[other] Wrong PIN. { $left } attempts left before the vault's key is erased.
    }
error-too-many-attempts = Too many wrong PINs: the vault's key was erased. Restore your documents from a backup.
error-pin-not-set = No PIN is set for this vault.
error-pin-wait =
    { $minutes ->
        [one] Too many wrong PINs in a row. Try again in one minute.
       *[other] Too many wrong PINs in a row. Try again in { $minutes } minutes.
    }
error-pin-required = Type the vault PIN first: a backup takes all your documents off the phone.
error-pin-device-key-lost = This phone can no longer check the PIN: its part of the vault's key is gone. Restore your documents from a backup.
error-pin-too-short = A PIN needs at least { $min } characters.
error-photo-empty = The photo file is empty. Nothing was saved.
error-photo-too-large = The photo file is too large (at most { $max } MB). Nothing was saved.
error-photo-too-many-pixels = The picture is too big (at most { $max } megapixels). Nothing was saved.
error-photo-not-an-image = This file is not a photo (JPEG or PNG). Nothing was saved.
error-photo-corrupt = The photo is damaged or incomplete. Nothing was saved.
error-backup-wrong-secret = This passphrase or key does not open the backup. Check it and try again. Nothing was changed.
error-backup-damaged = This backup file is damaged, incomplete or not a Huquq backup. Nothing was changed.
error-pack-not-a-pack = This file is not a Huquq content update, or it is incomplete. Nothing was changed.
error-pack-unknown-key = This content update was not signed by the Huquq publisher. It was not installed. Nothing was changed.
error-pack-altered = This content update has been changed since it was signed, or is damaged. It was not installed. Nothing was changed.
error-pack-too-large = This file is too large to be a content update. Nothing was changed.
error-pack-damaged = This content update is damaged and cannot be read. Nothing was changed.
error-pack-not-newer = This content update is not newer than the content you have. Nothing was changed.
error-pack-needs-newer-app = This content update needs a newer version of Huquq. Update the app first. Nothing was changed.
error-pack-fails-check = This content update has errors in its texts. It was not installed. Nothing was changed.
error-pack-none-installed = This phone has only the content built into the app. There is no content update to share.
error-backup-unsupported = This backup was made by a newer version of Huquq. Update the app to restore it. Nothing was changed.
error-vault-locked = The vault is locked. Unlock it first.

## Vault in the terminal

vault-me = Me
vault-empty = The vault holds no documents yet.
vault-expires = expires { DATETIME($date) }
vault-no-expiry = no expiry date
vault-pages =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
vault-authority = Issued by
vault-notes = Notes
vault-kind-passport = Passport
vault-kind-residence-permit = Residence permit
vault-kind-residence-card = Residence card
vault-kind-visa = Visa
vault-kind-registration = Registration
vault-kind-work-permit = Work permit
vault-kind-patent = Patent
vault-kind-fine-or-decision = Fine or decision
vault-kind-receipt = Receipt
vault-kind-court-paper = Court paper
vault-kind-other = Other document

## Reminders and deadlines

error-not-found-procedure = There is no procedure “{ $id }”.
error-not-found-deadline = This deadline no longer exists.
error-not-found-event = This event is not in your vault.
error-invalid-unknown-time-zone = { $field }: this time zone is not known. Use a name such as Asia/Almaty.
error-invalid-bad-time = { $field }: write the time as hours and minutes, for example 09:00.
error-invalid-offset-too-large = { $field }: a reminder can come at most 365 days before the deadline.
error-invalid-wrong-event = This event does not start this procedure.
field-time-zone = Time zone
field-reminder-time = Reminder time
field-offsets = Days before the deadline
field-happened-on = Date
field-snooze-until = Remind me again on
event-kind-moved = I moved to a new address
event-kind-decision-received = I received a decision (a fine or penalty)
event-kind-passport-handed-over = I handed in my passport at the migration office
event-kind-entered-country = I entered the country
event-kind-left-country = I left the country
event-kind-job-changed = I changed jobs
reminders-empty = No deadlines yet. Add your documents with their expiry dates, or record what happened: a move, a decision, an entry.
reminder-due-in =
    { $days ->
        [one] Due in { $days } day, on { DATETIME($date) }
       *[other] Due in { $days } days, on { DATETIME($date) }
    }
reminder-due-today = Due today, { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] Overdue by { $days } day, since { DATETIME($date) }
       *[other] Overdue by { $days } days, since { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [one] Expires in { $days } day, on { DATETIME($date) }
       *[other] Expires in { $days } days, on { DATETIME($date) }
    }
reminder-expires-today = Expires today, { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] Expired { $days } day ago, on { DATETIME($date) }
       *[other] Expired { $days } days ago, on { DATETIME($date) }
    }
reminder-open-app = Open Huquq to see what to do.
reminder-holidays-caveat = Counted in working days. The list of public holidays is not confirmed, so check this date with the office.
reminder-done = Done
reminder-snoozed = Snoozed until { DATETIME($date) }
checklist-required = What the law requires
checklist-not-required = What the law does not require
checklist-basis = Basis: { $citation }
checklist-no-deadline = No deadline yet: add the document with its expiry date, or record what happened.
checklist-state-valid = You have it, and it is valid
checklist-state-expires-before-deadline = You have it, but it expires before the deadline
checklist-state-expired = You have it, but it has expired
checklist-state-missing = Not in your vault
checklist-state-not-tracked = Bring it: the vault does not keep this
checklist-item-unverified = Not confirmed
calendar-name = Huquq deadlines

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = Document vault
vault-gate-intro = Keep photos of your passport, cards, decisions and receipts on this phone, encrypted. Only this phone can open them, and nothing is sent anywhere. A backup you make yourself is the only copy that leaves the phone.
vault-gate-create = Create my vault
vault-gate-pin-prompt = Enter your vault PIN
vault-gate-unlock = Open
vault-gate-key-lost = This phone can no longer open the vault: its key was erased after too many wrong PINs, or it is damaged. You can start again with an empty vault and restore your documents from a backup.
vault-gate-start-over = Start again with an empty vault
vault-gate-start-over-confirm = This deletes the locked vault on this phone for good. Your backup files are not touched.
vault-lock = Lock the vault
vault-add-document = Add a document
vault-expired-on = Expired on { DATETIME($date) }
vault-expires-soon = Expires soon: { DATETIME($date) }
vault-valid-until = Valid until { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = Number
field-holder = Whose document
vault-pages-heading = Pages
vault-pages-none = No pages yet. Take a photo of each page.
vault-document-edit = Edit
vault-document-delete = Delete this document
vault-document-delete-confirm = Delete this document and all its pages from the vault? This cannot be undone.
vault-page-number = Page { $number }
vault-kind-choose = What kind of document is it?
vault-form-autosave = Everything you type is saved in the vault at once.
vault-date-hint = 2027-02-28
vault-person-add = Someone else
vault-person-relation = Who is this person to you?
vault-relation-myself = Me
vault-relation-spouse = Husband or wife
vault-relation-child = Child
vault-relation-parent = Parent
vault-relation-relative = Other relative
vault-relation-other = Someone else
settings-title = Settings
settings-language = Language
settings-reminders = Reminder time
settings-pin = Vault PIN
settings-pin-set = Set a vault PIN
settings-pin-change = Change the vault PIN
settings-pin-explain = With a PIN, the vault asks for it each time it opens, even when the phone is unlocked. Only this phone can check it, and it waits longer after each wrong PIN; after too many wrong PINs in a row the vault's key is erased, and only a backup brings your documents back.
pin-new = New PIN
pin-again = New PIN again
pin-current = Current PIN
pin-limit-heading = After too many wrong PINs
pin-limit =
    { $count ->
        [one] Erase the vault's key after { $count } wrong PIN
       *[other] Erase the vault's key after { $count } wrong PINs
    }
settings-backup = Backup
settings-backup-button = Back up the vault
settings-backup-explain = A backup is one encrypted file. Keep the passphrase apart from it: without the passphrase nobody, not even you, can open it.
backup-running = Writing the backup…
settings-restore-button = Restore from a backup
settings-restore-explain = Restoring adds the documents of a backup to this vault. Nothing already here is changed.
restore-running = Restoring…
settings-content = Rights content
settings-content-built-in = Rights content of { DATETIME($date) }, built into the app.
settings-content-pack = Rights content of { DATETIME($date) } from { $publisher }, installed on { DATETIME($installed) }.
settings-content-explain = A content update is one small file from the Huquq publisher, passed on like any other file. Huquq installs it only if it is genuine and newer than the content you have. No internet is needed.
settings-content-fallback = The content update on this phone could not be read, so the content built into the app is shown instead. To use the update again, install it from its file.
settings-content-update = Update content from a file
settings-content-share = Share content
settings-erase = Erase everything
settings-erase-warning = This erases every document and photo in the vault on this phone for good, with the keys that open it, and withdraws its reminders. Backup files you made are not touched. This cannot be undone.
reminders-mark-done = Done: mark it as done today
reminders-marked-done = Marked as done.
reminders-follow-up = Next step added to your reminders: { $procedure }
reminders-snooze = Remind me later…
reminders-reopen = Not done yet: remind me again
reminders-days-before = Choose the days to be reminded…
reminders-use-usual-days = Usual days
reminders-day-option =
    { $count ->
        [0] On the day itself
        [one] { $count } day before
       *[other] { $count } days before
    }
reminders-open-checklist = What to prepare (checklist)
reminders-record-title = What happened?
reminders-record-who = Who is this about?
reminders-record-none = There is nothing to record yet.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = Payments
vault-deadlines-heading = Deadlines
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $done } of { $total }
field-pin = PIN
field-passphrase = Passphrase
error-invalid-mismatch = { $field }: the two entries differ. Nothing was changed.
error-invalid-too-weak = { $field }: too short or too easy to guess. Use at least 12 characters that do not follow a pattern, or the passphrase Huquq suggests. Nothing was changed.

## The encounter journal

error-not-found-journal-entry = This journal entry is not in your vault.
error-journal-broken = An entry of the journal was changed after it was written; the journal says which.
error-invalid-in-future = { $field }: this is after now. The journal records what already happened. Nothing was saved.
error-invalid-too-long = { $field }: this is too long. Shorten it or split it over two entries. Nothing was saved.
field-place = Place
field-office = Office or unit
field-official = Official's name, rank or badge
field-demanded = What they asked for
field-documents = Documents
field-money-asked = Money asked for
field-said = What was said
field-outcome = What came of it
field-witnesses = Witnesses
field-return-by = Promised back by
journal-kind-police-check = Police check
journal-kind-migration-office-visit = Visit to the migration office
journal-kind-fine-or-protocol = Fine or protocol
journal-kind-document-taken = Document taken
journal-kind-document-returned = Document returned
journal-kind-bribe-asked = Bribe asked for
journal-kind-detention = Detention
journal-kind-other = Other dealing with officials
journal-title = Journal
journal-add = Record a dealing with officials
journal-empty = Nothing recorded yet. Write down each dealing with officials as soon as you can: what happened, who was there, what was asked for, taken or paid. An entry cannot be changed later, only corrected by a new one, so the journal can show it was not rewritten.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) }, { $time }
journal-captured = Written { DATETIME($date) }, { $time }, by this phone's clock
journal-corrected = Corrected by a later entry
journal-correction = Corrects an earlier entry
journal-chain-own = Your journal
journal-chain-restored = A journal from a backup
journal-chain-intact = { $count ->
    [one] Intact: its one entry has not been changed since it was written.
   *[other] Intact: none of its { $count } entries has been changed since it was written.
}
journal-chain-broken = Changed after it was written: entry { $position } no longer matches its seal. From that entry on, the journal cannot show what was written.
journal-seal = Seal: { $hash }
journal-position-own = Entry { $position } of your journal
journal-position-restored = Entry { $position } of a journal from a backup
journal-document-shown = { $document }: shown
journal-document-taken = { $document }: taken
journal-document-returned = { $document }: returned
journal-custody-heading = Documents held by an office
journal-custody-taken = Taken { DATETIME($date) }: { $office }
journal-custody-promised = Promised back by { DATETIME($date) }
journal-custody-returned = Returned { DATETIME($date) }
journal-custody-held = Still held
journal-correct-title = Correct this entry
journal-form-note = Once saved, an entry is sealed and cannot be changed. If something is wrong, save a correction: both stay in the journal.
journal-field-kind = What happened
journal-when-hint = 2026-12-01 or 2026-12-01 14:30
journal-action-none = Not involved
journal-action-shown = Shown
journal-action-taken = Taken
journal-action-returned = Returned
journal-save = Save and seal

## The case file: a PDF for a lawyer, in the lawyer's language with the user's beside it

error-not-found-language = Huquq has no texts in the language “{ $id }”.
casefile-title = Case file: dealings with officials
# $date: the day the file was made.
casefile-made = Made with the Huquq app on { DATETIME($date) } from the records kept on the person's phone. What the person wrote is given as written.
casefile-about = Each journal entry was sealed when it was written: its SHA-256 hash covers its content and the hash of the entry before it, so an entry changed afterwards no longer matches its seal. A correction is a new entry; the entry it corrects stays. Times marked as written by the phone's clock come from the phone and do not prove the time by themselves.
casefile-person = The person and their documents
casefile-no-documents = The person chose not to include their documents.
casefile-timeline = Dealings with officials, oldest first
casefile-no-entries = No dealing with officials has been recorded.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = Corrects entry { $position }.
casefile-corrected-by = Corrected by entry { $position }.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = Pictures: { $numbers }
casefile-payments = Payments
casefile-payee = Paid to
casefile-custody = Documents held by an office
casefile-pages = Pages
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = Picture { $number }: { $document }, page { $page }, photographed { DATETIME($date) } by the phone's clock
casefile-picture-original = SHA-256 of the photo as the camera took it: { $hash }
casefile-picture-unreadable = The picture of this page could not be read from the phone.
casefile-law = The law that applies
casefile-verification = Checking the journal
casefile-verify-how = To check the journal, open Journal on the person's phone: the seal it shows must be the one printed here, and the app walks every entry again. From a backup of the phone, the huquq command does the same: huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = Case file · page { $page } of { $pages }
casefile-screen-title = Case file for a lawyer
casefile-screen-note = One PDF with your journal, the documents you choose, your payments and receipts, the pages your entries link to, and the law that applies, in the lawyer's language. It holds private details: give it only to a lawyer you trust, encrypted if you can.
casefile-lawyer-language = The lawyer's language
casefile-user-language = Your language beside it
casefile-user-language-none = Only the lawyer's language
casefile-documents-label = Documents to include with their numbers and dates
casefile-pages-label = More pages to include. The pages your entries link to and your receipts are always in it.
casefile-encrypt = Encrypt the file with a passphrase
casefile-encrypt-hint = Recommended. The lawyer opens it with the free age program or with Huquq. Give the passphrase another way than the file: say it, do not send it with the file.
casefile-export = Make the case file
casefile-making = Making the case file…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }, page { $page }
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = Remind me when it should be back: { $procedure }
