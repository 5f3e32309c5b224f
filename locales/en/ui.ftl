# Interface strings. English is the reference locale: every message exists here first.

-brand-name = Huquq

app-name = { -brand-name }
home-greeting = Know your rights — even offline, in your language.
home-search-hint = Search your rights
home-topics-heading = Topics
home-cards-heading = Show an official
home-contacts-heading = Where to get help

topic-article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }

article-sources-heading = Sources
article-related-heading = Related
article-cards-heading = Cards to show an official
source-checked = Checked { DATETIME($date) }
source-translation = Unofficial English translation

callout-note = Note
callout-tip = Tip
callout-warning = Warning

confidence-verified = Checked against the official text
confidence-reported = From named sources, not yet checked against the official text
confidence-unverified = Not yet verified

notice-not-translated = Not yet translated into { $requested } — shown in { $shown }.
notice-machine-translated = Machine translation from { $original }, not yet reviewed by a person.
notice-unverified = Not yet verified: { $details }

search-results =
    { $count ->
        [0] Nothing found for “{ $query }”.
        [one] { $count } result
       *[other] { $count } results
    }

card-show-hint = Show this screen to the official.
card-official-text = In { $language }

languages-heading = Languages
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
error-storage = Huquq could not read or write its data folder. Nothing was changed.
error-content = The built-in content could not be loaded. Please reinstall the app.

cli-topic-open-hint = Open a topic: huquq topics TOPIC
cli-read-hint = Read an article: huquq read ARTICLE
cli-card-hint = Show a card: huquq card CARD
cli-phone = Phone: { $phone }
cli-website = Website: { $website }
cli-error = Error

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
error-crypto = The device could not make a secure key. Nothing was saved.

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
        [one] Wrong PIN. One more wrong PIN erases the vault's key, as you chose.
       *[other] Wrong PIN. { $left } attempts left before the vault's key is erased, as you chose.
    }
error-too-many-attempts = Too many wrong PINs: as you chose, the vault's key was erased. Restore your documents from a backup.
error-pin-not-set = No PIN is set for this vault.
error-pin-too-short = A PIN needs at least { $min } characters.
error-photo-unreadable = The photo could not be read. Nothing was saved.
error-photo-empty = The photo file is empty. Nothing was saved.
error-photo-too-large = The photo file is too large (at most { $max } MB). Nothing was saved.
error-photo-too-many-pixels = The picture is too big (at most { $max } megapixels). Nothing was saved.
error-photo-not-an-image = This file is not a photo (JPEG or PNG). Nothing was saved.
error-photo-corrupt = The photo is damaged or incomplete. Nothing was saved.
error-backup-wrong-secret = This passphrase or key does not open the backup. Check it and try again. Nothing was changed.
error-backup-damaged = This backup file is damaged, incomplete or not a Huquq backup. Nothing was changed.
error-backup-unsupported = This backup was made by a newer version of Huquq. Update the app to restore it. Nothing was changed.
error-vault-locked = The vault is locked. Unlock it first.

## Vault in the terminal

vault-me = Me
vault-empty = The vault holds no documents yet.
vault-deleted = Deleted.
vault-erased = Everything in the vault was erased.
vault-expires = expires { DATETIME($date) }
vault-no-expiry = no expiry date
vault-pages =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
vault-authority = Issued by
vault-notes = Notes
vault-backup-done = Backup written: { $documents } documents, { $pages } pages.
vault-restore-done = Restored: { $documents } documents and { $pages } pages added; { $skipped } pages were already there.
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
cli-vault-passphrase = Vault passphrase:{" "}
cli-vault-passphrase-again = Repeat the passphrase:{" "}
cli-vault-passphrase-mismatch = The two passphrases differ. Nothing was changed.
cli-backup-passphrase = Backup passphrase:{" "}
cli-vault-created = Vault created. Keep your passphrase safe: without it nobody, not even Huquq, can open your documents.
cli-vault-erase-confirm = This erases every document in the vault for good. Run again with --yes to confirm.
cli-no-terminal-for-passphrase = There is no terminal to ask for the passphrase. Set it in the environment variable { $variable }.

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
reminders-title = Reminders
reminders-empty = No deadlines yet. Add your documents with their expiry dates, or record what happened: a move, a decision, an entry.
reminders-settings = Reminders at { $time }, time zone { $zone }
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
calendar-exported =
    { $count ->
        [one] { $count } deadline written to the calendar file.
       *[other] { $count } deadlines written to the calendar file.
    }
glossary-title = Legal terms
