# Labels a shell draws itself (buttons, messages of the phone or the terminal). Shells ask
# for them by a typed id generated from the English file, so a missing one fails the build.

action-ok = OK
action-cancel = Cancel
home-vault = My documents
home-vault-hint = Passports, permits and receipts, kept encrypted on this phone
home-reminders-hint = Deadlines for your documents and what to do before them
home-journal = Journal
home-journal-hint = Each dealing with officials, written down and sealed
journal-correct = Correct this entry
home-settings = Settings
# A contact's phone number could not be dialled (a tablet without a phone app).
home-no-dialer = This device cannot make calls. The number is { $phone }.
language-first-run = Choose the language for Huquq. You can change it later on the home screen.
article-read-aloud = Read aloud
article-stop-reading = Stop reading
article-tts-unavailable = This phone cannot read aloud in this language. A voice for it can be added in the phone's text-to-speech settings.
card-machine-translated = Machine translation, not yet reviewed by a person.
action-delete = Delete
page-share = Share
page-share-title = Send a copy of this page
page-delete = Delete this page
page-delete-confirm = Delete this page from the vault? This cannot be undone.
page-unreadable = This page could not be shown.
date-pick = Calendar
page-add-camera = Take a photo
page-add-picker = Choose a photo
page-adding = Adding the page…
page-added = Page added.
camera-none = No photo was taken. If no camera opened, choose a photo instead. Nothing was saved.
# iOS asks for the camera with this text (Info.plist), before the app's own screens.
ios-camera-usage = { -brand-name } uses the camera only to photograph your documents and keep them encrypted on this phone.
picker-none = No photo was chosen. Nothing was saved.
storage-failed = The photo could not be copied: the phone's storage may be full. Nothing was saved.
pin-saved = The PIN is set.
pin-changed = The PIN is changed.
pin-no-phone-key = This phone's key for the vault cannot be read, so no PIN can be set. Nothing was changed.
passphrase = Passphrase
passphrase-again = Passphrase again
passphrase-suggest = Suggest a passphrase
passphrase-suggested = Write this passphrase down and keep it apart from the backup: { $passphrase }
backup-pin-prompt = Type your vault PIN to make the backup
backup-write-failed = The backup could not be written where you chose. The vault is unchanged.
restore-read-failed = The chosen file could not be read. Nothing was changed.
reminders-notifications-off = Notifications are off for Huquq, so reminders cannot appear on this phone. The list below still works. To get reminders, allow notifications for Huquq in the phone's settings.
reminders-exact-off = This phone lets Huquq remind you only at approximate times, so a reminder may come a little late.
reminders-allow-exact = Allow exact reminder times
reminders-snoozed = You will be reminded on the day you chose.
reminders-reopened = The reminders for this deadline are back on.
reminders-days-saved = Reminder days saved.
reminders-record = Record what happened
reminders-recorded = Saved. The deadline it starts is now in your reminders.
reminders-checklists = Checklists
checklist-read-article = Read the full article
app-name = { -brand-name }
home-search-hint = Search your rights
topic-article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
article-sources-heading = Sources
article-cards-heading = Cards to show an official
confidence-verified = Checked against the official text
confidence-reported = From named sources, not yet checked against the official text
confidence-unverified = Not yet verified
card-official-text = In { $language }
languages-heading = Languages
error-storage = Huquq could not read or write its data folder. Nothing was changed.
cli-topic-open-hint = Open a topic: huquq topics TOPIC
cli-read-hint = Read an article: huquq read ARTICLE
cli-card-hint = Show a card: huquq card CARD
contact-phone = Phone: { $phone }
contact-website = Website: { $website }
cli-error = Error
error-crypto = The device could not make a secure key. Nothing was saved.
error-photo-unreadable = The photo could not be read. Nothing was saved.
vault-deleted = Deleted.
vault-erased = Everything in the vault was erased.
vault-backup-done = Backup written: { $documents } documents, { $pages } pages.
vault-restore-done = Restored: { $documents } documents and { $pages } pages added; { $skipped } pages were already there; { $entries } journal entries added.
cli-vault-passphrase = Vault passphrase:{" "}
cli-vault-passphrase-again = Repeat the passphrase:{" "}
passphrase-mismatch = The two passphrases differ. Nothing was changed.
cli-backup-passphrase = Backup passphrase:{" "}
cli-vault-created = Vault created. Keep your passphrase safe: without it nobody, not even Huquq, can open your documents.
cli-vault-erase-confirm = This erases every document in the vault for good. Run again with --yes to confirm.
cli-no-terminal-for-passphrase = There is no terminal to ask for the passphrase. Set it in the environment variable { $variable }.
reminders-title = Reminders
reminders-settings = Reminders at { $time }, time zone { $zone }
calendar-exported =
    { $count ->
        [one] { $count } deadline written to the calendar file.
       *[other] { $count } deadlines written to the calendar file.
    }
glossary-title = Legal terms
# Starting a new document: instead of a photo, type its number and dates first.
document-details-first = Type the details first

## The case file

casefile-done = Case file written: { $pages } pages, { $entries } journal entries, { $pictures } pictures.
casefile-done-encrypted = Case file written, encrypted with age: { $pages } pages, { $entries } journal entries, { $pictures } pictures. Send the passphrase another way than the file.
cli-casefile-passphrase = Passphrase for the case file:{" "}
