//! Every error of the product in the user's language: one table from error to message. Messages
//! name the kind of thing and the field, never an id, a name or a number a user typed.
use crate::error::{Error, ItemKind};
use crate::l10n::{Localizer, args};

fn photo_error_text(l10n: &Localizer, error: &crate::vault::photo::PhotoError) -> String {
    use crate::vault::photo::PhotoError;
    let megabytes = |bytes: u64| i64::try_from(bytes / (1024 * 1024)).unwrap_or(i64::MAX);
    match error {
        PhotoError::Unreadable(_) => l10n.ui("error-photo-unreadable"),
        PhotoError::Empty => l10n.ui("error-photo-empty"),
        PhotoError::TooLarge { max, .. } => l10n.ui_with(
            "error-photo-too-large",
            Some(&args(&[("max", megabytes(*max).into())])),
        ),
        PhotoError::TooManyPixels { max, .. } => {
            let megapixels = i64::try_from(*max / 1_000_000).unwrap_or(i64::MAX);
            l10n.ui_with(
                "error-photo-too-many-pixels",
                Some(&args(&[("max", megapixels.into())])),
            )
        }
        PhotoError::NotAnImage => l10n.ui("error-photo-not-an-image"),
        PhotoError::Corrupt(_) => l10n.ui("error-photo-corrupt"),
    }
}

fn pack_problem_message(problem: crate::content::pack::PackProblem) -> &'static str {
    use crate::content::pack::PackProblem;
    match problem {
        PackProblem::NotAPack => "error-pack-not-a-pack",
        PackProblem::UnknownKey => "error-pack-unknown-key",
        PackProblem::Altered => "error-pack-altered",
        PackProblem::TooLarge => "error-pack-too-large",
        PackProblem::Damaged => "error-pack-damaged",
        PackProblem::NotNewer => "error-pack-not-newer",
        PackProblem::NeedsNewerApp => "error-pack-needs-newer-app",
        PackProblem::FailsCheck => "error-pack-fails-check",
        PackProblem::NoneInstalled => "error-pack-none-installed",
    }
}

/// The localized message for an error, in the user's language.
pub fn error_text(l10n: &Localizer, error: &Error) -> String {
    use crate::error::{Field, Problem};
    match error {
        Error::NotFound { kind, id } => {
            let message = match kind {
                ItemKind::Article => "error-not-found-article",
                ItemKind::Topic => "error-not-found-topic",
                ItemKind::OfficerCard => "error-not-found-card",
                // Vault ids are never shown: the message names the kind of thing only.
                ItemKind::Person => "error-not-found-person",
                ItemKind::Document => "error-not-found-document",
                ItemKind::Page => "error-not-found-page",
                ItemKind::Payment => "error-not-found-payment",
                ItemKind::Procedure => "error-not-found-procedure",
                ItemKind::Deadline => "error-not-found-deadline",
                ItemKind::Event => "error-not-found-event",
                ItemKind::JournalEntry => "error-not-found-journal-entry",
                ItemKind::Language => "error-not-found-language",
            };
            l10n.ui_with(message, Some(&args(&[("id", id.as_str().into())])))
        }
        Error::QueryTooLong { max_chars } => {
            let max = i64::try_from(*max_chars).unwrap_or(i64::MAX);
            l10n.ui_with("error-query-too-long", Some(&args(&[("max", max.into())])))
        }
        Error::Invalid { field, problem } => {
            let field = l10n.ui(match field {
                Field::Name => "field-name",
                Field::Kind => "field-kind",
                Field::EntryKind => "journal-field-kind",
                Field::IssuedOn => "field-issued-on",
                Field::ExpiresOn => "field-expires-on",
                Field::Amount => "field-amount",
                Field::Currency => "field-currency",
                Field::PaidOn => "field-paid-on",
                Field::TimeZone => "field-time-zone",
                Field::ReminderTime => "field-reminder-time",
                Field::Offsets => "field-offsets",
                Field::HappenedOn => "field-happened-on",
                Field::SnoozeUntil => "field-snooze-until",
                Field::Holder => "field-holder",
                Field::Pin => "field-pin",
                Field::Passphrase => "field-passphrase",
                Field::Place => "field-place",
                Field::Office => "field-office",
                Field::Official => "field-official",
                Field::Demanded => "field-demanded",
                Field::Documents => "field-documents",
                Field::MoneyAsked => "field-money-asked",
                Field::Said => "field-said",
                Field::Outcome => "field-outcome",
                Field::Witnesses => "field-witnesses",
                Field::ReturnBy => "field-return-by",
            });
            let message = match problem {
                Problem::Missing => "error-invalid-missing",
                Problem::BadDate => "error-invalid-bad-date",
                Problem::ExpiryBeforeIssue => "error-invalid-expiry-before-issue",
                Problem::Negative => "error-invalid-negative",
                Problem::BadCurrency => "error-invalid-bad-currency",
                Problem::UnknownTimeZone => "error-invalid-unknown-time-zone",
                Problem::BadTime => "error-invalid-bad-time",
                Problem::OffsetTooLarge => "error-invalid-offset-too-large",
                Problem::WrongEvent => "error-invalid-wrong-event",
                Problem::Mismatch => "error-invalid-mismatch",
                Problem::TooWeak => "error-invalid-too-weak",
                Problem::InFuture => "error-invalid-in-future",
                Problem::TooLong => "error-invalid-too-long",
            };
            l10n.ui_with(message, Some(&args(&[("field", field.into())])))
        }
        Error::WrongKey => l10n.ui("error-wrong-key"),
        Error::WrongPin {
            attempts_left: Some(left),
        } => l10n.ui_with(
            "error-wrong-pin-limited",
            Some(&args(&[("left", i64::from(*left).into())])),
        ),
        Error::WrongPin {
            attempts_left: None,
        } => l10n.ui("error-wrong-pin"),
        Error::TooManyAttempts => l10n.ui("error-too-many-attempts"),
        Error::PinNotSet => l10n.ui("error-pin-not-set"),
        Error::PinWait { seconds } => l10n.ui_with(
            "error-pin-wait",
            // Whole minutes, rounded up: "wait 0 minutes" would be wrong.
            Some(&args(&[(
                "minutes",
                i64::try_from(seconds.div_ceil(60))
                    .unwrap_or(i64::MAX)
                    .into(),
            )])),
        ),
        Error::PinDeviceKeyLost => l10n.ui("error-pin-device-key-lost"),
        Error::PinRequired => l10n.ui("error-pin-required"),
        Error::PinTooShort { min } => l10n.ui_with(
            "error-pin-too-short",
            Some(&args(&[("min", i64::try_from(*min).unwrap_or(6).into())])),
        ),
        Error::InvalidKey => l10n.ui("error-invalid-key"),
        Error::VaultMissing => l10n.ui("error-vault-missing"),
        Error::VaultLocked => l10n.ui("error-vault-locked"),
        Error::VaultExists => l10n.ui("error-vault-exists"),
        Error::VaultTooNew { .. } => l10n.ui("error-vault-too-new"),
        Error::Crypto { .. } => l10n.ui("error-crypto"),
        Error::Photo(photo) => photo_error_text(l10n, photo),
        Error::Storage(_) | Error::Io(_) => l10n.ui("error-storage"),
        Error::Content(_) => l10n.ui("error-content"),
        Error::ContentPack { problem, .. } => l10n.ui(pack_problem_message(*problem)),
        Error::BackupWrongSecret => l10n.ui("error-backup-wrong-secret"),
        Error::JournalBroken => l10n.ui("error-journal-broken"),
        Error::BackupDamaged { .. } => l10n.ui("error-backup-damaged"),
        Error::BackupUnsupported { .. } => l10n.ui("error-backup-unsupported"),
    }
}
