//! `huquq vault …`: the document vault from a terminal. On a computer there is no Keystore, so the
//! vault's random key is wrapped by a passphrase (Argon2id), asked without echo or read from
//! `HUQUQ_PASSPHRASE` for scripts.
use std::path::{Path, PathBuf};

use clap::Subcommand;
use huquq_core::error::{Field, Problem};
use huquq_core::l10n::UiText;
use huquq_core::screens::model::{DocumentScreen, ExpiryState, VaultListScreen};
use huquq_core::vault::backup::{BackupSecret, Progress};
use huquq_core::vault::model::*;
use huquq_core::{App, Error};
use indicatif::{ProgressBar, ProgressStyle};

use crate::render::{Printer, Style, write_stdout};
use crate::views::heading;

/// One message line, laid out like every other screen (direction, isolation marks, width).
pub(crate) fn say(app: &App, text: &str) {
    let printer = Printer::for_stdout();
    printer.paragraph(text, app.localizer().direction(), "", "");
    printer.flush();
}

#[derive(Subcommand)]
pub enum VaultCommand {
    /// Create the vault, protected by a passphrase.
    Init,
    /// Add a document with photos of its pages.
    Add {
        /// JPEG or PNG photos of the pages, in order.
        files: Vec<PathBuf>,
        #[command(flatten)]
        fields: Fields,
    },
    /// List documents, soonest expiry first.
    List {
        /// Only this person's documents (name or id).
        #[arg(long)]
        holder: Option<String>,
        #[arg(long)]
        kind: Option<String>,
    },
    /// Show one document with its pages and payments.
    Show { document: String },
    /// Write a page's photo to a file.
    Page {
        page: String,
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Change a document's fields.
    Edit {
        document: String,
        #[command(flatten)]
        fields: Fields,
    },
    /// Delete a document with its pages and payments.
    Delete { document: String },
    /// Erase the whole vault for good.
    Erase {
        #[arg(long)]
        yes: bool,
    },
    /// Write an encrypted backup (age format).
    Backup {
        file: PathBuf,
        /// Encrypt to this age public key (age1…) instead of a passphrase.
        #[arg(long)]
        recipient: Option<String>,
    },
    /// Merge a backup into the vault.
    Restore {
        file: PathBuf,
        /// A file with the age secret key (AGE-SECRET-KEY-1…) instead of a passphrase.
        #[arg(long)]
        identity: Option<PathBuf>,
    },
}

#[derive(clap::Args, Default)]
pub struct Fields {
    /// passport, residence-permit, residence-card, visa, registration, work-permit, patent,
    /// fine-or-decision, receipt, court-paper, other
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    number: Option<String>,
    #[arg(long)]
    authority: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    issued: Option<String>,
    /// YYYY-MM-DD
    #[arg(long)]
    expires: Option<String>,
    /// Whose document it is (name or id); by default yours.
    #[arg(long)]
    holder: Option<String>,
    #[arg(long)]
    notes: Option<String>,
}

pub(crate) fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

pub(crate) fn passphrase(app: &App, prompt: UiText, env: &str) -> Result<String, Error> {
    if let Ok(value) = std::env::var(env) {
        return Ok(value);
    }
    match rpassword::prompt_password(app.ui_text(prompt)) {
        Ok(value) => Ok(value),
        Err(_) => {
            // No terminal to ask on (a script, a pipe): say how to pass it instead.
            let hint = app.ui_text_with(UiText::CliNoTerminalForPassphrase, &[("variable", env)]);
            eprintln!(
                "{}",
                crate::render::plain_for_terminal(&hint, app.localizer().direction())
            );
            std::process::exit(2);
        }
    }
}

pub(crate) fn unlock(app: &App) -> Result<(), Error> {
    if !app.vault_exists() {
        return Err(Error::VaultMissing);
    }
    // A computer has no hardware key for the passphrase to be bound to: the passphrase alone
    // protects the vault here.
    app.open_vault_with_pin(
        &passphrase(app, UiText::CliVaultPassphrase, "HUQUQ_PASSPHRASE")?,
        None,
        now(),
    )
}

fn kind(text: &Option<String>) -> Result<Option<DocumentKind>, Error> {
    use huquq_core::error::{Field, Problem};
    match text {
        None => Ok(None),
        Some(text) => DocumentKind::parse(text).map(Some).ok_or(Error::Invalid {
            field: Field::Kind,
            problem: Problem::Missing,
        }),
    }
}

/// The person a document belongs to: by id or name (added when new); by default the phone's
/// owner, made on first use.
pub(crate) fn holder(app: &App, wanted: &Option<String>) -> Result<String, Error> {
    Ok(match wanted {
        Some(wanted) => app.person_named(wanted, now())?.id,
        None => app.default_holder(now())?.id,
    })
}

fn input(app: &App, fields: &Fields, base: Option<&Document>) -> Result<DocumentInput, Error> {
    let person_id = match (&fields.holder, base) {
        (None, Some(doc)) => doc.person_id.clone(),
        (wanted, _) => holder(app, wanted)?,
    };
    let keep = |new: &Option<String>, old: Option<&String>| {
        new.clone().or_else(|| old.cloned()).unwrap_or_default()
    };
    Ok(DocumentInput {
        person_id,
        kind: kind(&fields.kind)?.or(base.map(|d| d.kind)),
        number: keep(&fields.number, base.map(|d| &d.number)),
        authority: keep(&fields.authority, base.map(|d| &d.authority)),
        issued_on: fields
            .issued
            .clone()
            .or_else(|| base.and_then(|d| d.issued_on.clone())),
        expires_on: fields
            .expires
            .clone()
            .or_else(|| base.and_then(|d| d.expires_on.clone())),
        notes: keep(&fields.notes, base.map(|d| &d.notes)),
    })
}

/// One document as a line: its id (to type in later commands), kind and number, expiry state and
/// pages — the same row the phone's vault list shows.
fn document_line(app: &App, id: &str) -> Result<String, Error> {
    let list = app.vault_list(&DocumentFilter::default(), now())?;
    Ok(list
        .sections
        .iter()
        .flat_map(|s| &s.rows)
        .find(|row| row.document_id == id)
        .map(|row| format!("{id}  {} · {}", row.title, row.subtitle))
        .unwrap_or_else(|| id.to_owned()))
}

fn print_list(app: &App, list: &VaultListScreen) {
    let p = Printer::for_stdout();
    let dir = list.direction;
    heading(&p, &list.title, dir);
    if let Some(empty) = &list.empty_text {
        p.paragraph(empty, dir, "", "");
    }
    for section in &list.sections {
        p.blank();
        p.paragraph(&p.style(&section.heading, Style::Bold), dir, "", "");
        for row in &section.rows {
            let style = match row.expiry {
                ExpiryState::Expired => Style::Reverse,
                ExpiryState::ExpiresSoon => Style::Bold,
                ExpiryState::Valid | ExpiryState::NoExpiry => Style::Plain,
            };
            p.paragraph(&p.style(&row.title, style), dir, "  ", "    ");
            p.paragraph(&row.subtitle, dir, "    ", "    ");
            if let Some(held) = &row.held {
                p.paragraph(&p.style(held, Style::Reverse), dir, "    ", "    ");
            }
            p.paragraph(&p.style(&row.document_id, Style::Dim), dir, "    ", "    ");
        }
    }
    let _ = app;
    p.flush();
}

fn print_document(screen: &DocumentScreen) {
    let p = Printer::for_stdout();
    let dir = screen.direction;
    heading(&p, &screen.title, dir);
    for field in &screen.fields {
        p.paragraph(
            &format!("{}: {}", p.style(&field.label, Style::Dim), field.value),
            dir,
            "",
            "  ",
        );
    }
    p.blank();
    p.paragraph(&p.style(&screen.pages_heading, Style::Bold), dir, "", "");
    if let Some(none) = &screen.no_pages_text {
        p.paragraph(none, dir, "  ", "  ");
    }
    for page in &screen.pages {
        p.paragraph(
            &format!("{}  {}", page.label, p.style(&page.page_id, Style::Dim)),
            dir,
            "  ",
            "  ",
        );
    }
    if !screen.payments.is_empty() {
        p.blank();
        p.paragraph(&p.style(&screen.payments_heading, Style::Bold), dir, "", "");
        for payment in &screen.payments {
            p.paragraph(&payment.text, dir, "  ", "  ");
        }
    }
    if !screen.deadlines.is_empty() {
        p.blank();
        p.paragraph(
            &p.style(&screen.deadlines_heading, Style::Bold),
            dir,
            "",
            "",
        );
        for deadline in &screen.deadlines {
            p.paragraph(
                &format!("{} — {}", deadline.title, deadline.status),
                dir,
                "  ",
                "    ",
            );
        }
    }
    p.flush();
}

pub(crate) fn print_json<T: serde::Serialize>(value: &T) {
    if let Ok(json) = serde_json::to_string_pretty(value) {
        write_stdout(&(json + "\n"));
    }
}

pub(crate) fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new(0);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len}") {
        bar.set_style(style);
    }
    bar
}

pub fn run(app: &App, command: &VaultCommand, json: bool) -> Result<(), Error> {
    match command {
        VaultCommand::Init => {
            let first = passphrase(app, UiText::CliVaultPassphrase, "HUQUQ_PASSPHRASE")?;
            if std::env::var("HUQUQ_PASSPHRASE").is_err() {
                let again = passphrase(app, UiText::CliVaultPassphraseAgain, "HUQUQ_PASSPHRASE")?;
                if again != first {
                    say(app, &app.ui_text(UiText::PassphraseMismatch));
                    return Ok(());
                }
            }
            if app.vault_exists() {
                return Err(Error::VaultExists);
            }
            let key = app.create_vault()?;
            if let Err(error) = with_suggestion(app, app.set_vault_pin(&key, &first, None, None)) {
                // Without the passphrase file the new vault could never be opened from here.
                let _ = app.erase_vault();
                return Err(error);
            }
            say(app, &app.ui_text(UiText::CliVaultCreated));
        }
        VaultCommand::Add { files, fields } => {
            unlock(app)?;
            let input = input(app, fields, None)?;
            let photos: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
            let document = app.add_document_with_pages(&input, &photos, now())?;
            if json {
                print_json(&document);
            } else {
                say(app, &document_line(app, &document.id)?);
            }
        }
        VaultCommand::List {
            holder: wanted,
            kind: wanted_kind,
        } => {
            unlock(app)?;
            let person_id = match wanted {
                Some(_) => Some(holder(app, wanted)?),
                None => None,
            };
            let filter = DocumentFilter {
                person_id,
                kind: kind(wanted_kind)?,
            };
            let list = app.vault_list(&filter, now())?;
            if json {
                print_json(&list);
            } else {
                print_list(app, &list);
            }
        }
        VaultCommand::Show { document } => {
            unlock(app)?;
            let screen = app.document_screen(document, now())?;
            if json {
                print_json(&screen);
            } else {
                print_document(&screen);
            }
        }
        VaultCommand::Page { page, out } => {
            unlock(app)?;
            app.export_page(page, out)?;
        }
        VaultCommand::Edit { document, fields } => {
            unlock(app)?;
            let base = app.document(document)?;
            let input = input(app, fields, Some(&base))?;
            let doc = app.update_document(document, &input, now())?;
            say(app, &document_line(app, &doc.id)?);
        }
        VaultCommand::Delete { document } => {
            unlock(app)?;
            app.delete_document(document)?;
            say(app, &app.ui_text(UiText::VaultDeleted));
        }
        VaultCommand::Erase { yes } => {
            if !yes {
                say(app, &app.ui_text(UiText::CliVaultEraseConfirm));
                return Ok(());
            }
            app.erase_vault()?;
            say(app, &app.ui_text(UiText::VaultErased));
        }
        VaultCommand::Backup { file, recipient } => {
            unlock(app)?;
            let secret = match recipient {
                Some(recipient) => BackupSecret::Recipient(recipient.clone()),
                None => BackupSecret::Passphrase(passphrase(
                    app,
                    UiText::CliBackupPassphrase,
                    "HUQUQ_BACKUP_PASSPHRASE",
                )?),
            };
            if let BackupSecret::Passphrase(passphrase) = &secret {
                with_suggestion(
                    app,
                    app.check_new_secret(Field::Passphrase, passphrase, passphrase),
                )?;
            }
            let bar = progress_bar();
            let summary =
                app.backup_vault(file, &secret, now(), &mut |p: Progress| show(&bar, p))?;
            bar.finish_and_clear();
            let counts = [("documents", summary.documents), ("pages", summary.pages)];
            say(app, &app.ui_counts(UiText::VaultBackupDone, &counts));
        }
        VaultCommand::Restore { file, identity } => {
            unlock(app)?;
            let secret = match identity {
                Some(path) => BackupSecret::Identity(read_identity(path)?),
                None => BackupSecret::Passphrase(passphrase(
                    app,
                    UiText::CliBackupPassphrase,
                    "HUQUQ_BACKUP_PASSPHRASE",
                )?),
            };
            let bar = progress_bar();
            let summary = app.restore_vault(file, &secret, &mut |p: Progress| show(&bar, p))?;
            bar.finish_and_clear();
            let counts = [
                ("documents", summary.documents_added),
                ("pages", summary.pages_added),
                ("skipped", summary.pages_skipped_duplicate),
                ("entries", summary.journal_entries_added),
            ];
            say(app, &app.ui_counts(UiText::VaultRestoreDone, &counts));
        }
    }
    Ok(())
}

/// A passphrase refused as too weak comes with a strong one to use instead.
pub(crate) fn with_suggestion<T>(
    app: &App,
    result: Result<T, huquq_core::Error>,
) -> Result<T, huquq_core::Error> {
    if let Err(huquq_core::Error::Invalid {
        problem: Problem::TooWeak,
        ..
    }) = &result
        && let Ok(suggested) = app.suggest_passphrase()
    {
        say(
            app,
            &app.ui_text_with(UiText::PassphraseSuggested, &[("passphrase", &suggested)]),
        );
    }
    result
}

pub(crate) fn show(bar: &ProgressBar, progress: Progress) {
    bar.set_length(progress.total);
    bar.set_position(progress.done);
}

/// The secret key line of an age identity file (comments skipped).
fn read_identity(path: &Path) -> Result<String, Error> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap_or_default()
        .to_owned())
}
