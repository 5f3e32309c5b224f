//! `huquq vault …`: the document vault from a terminal. On a computer there is no Keystore, so the
//! vault's random key is wrapped by a passphrase (Argon2id), asked without echo or read from
//! `HUQUQ_PASSPHRASE` for scripts.
use std::path::{Path, PathBuf};

use clap::Subcommand;
use huquq_core::vault::backup::{BackupSecret, Progress};
use huquq_core::vault::model::*;
use huquq_core::{App, Error};
use indicatif::{ProgressBar, ProgressStyle};

use crate::render::{Printer, write_stdout};

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

fn passphrase(app: &App, prompt_id: &str, env: &str) -> Result<String, Error> {
    if let Ok(value) = std::env::var(env) {
        return Ok(value);
    }
    match rpassword::prompt_password(app.ui_text(prompt_id)) {
        Ok(value) => Ok(value),
        Err(_) => {
            // No terminal to ask on (a script, a pipe): say how to pass it instead.
            let hint = app.ui_text_with("cli-no-terminal-for-passphrase", &[("variable", env)]);
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
    app.open_vault_with_pin(&passphrase(
        app,
        "cli-vault-passphrase",
        "HUQUQ_PASSPHRASE",
    )?)
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

/// The person a document belongs to: by id or name; by default the phone's owner, created on
/// first use.
pub(crate) fn holder(app: &App, wanted: &Option<String>) -> Result<String, Error> {
    app.with_vault(|vault| {
        let people = vault.people()?;
        if let Some(wanted) = wanted {
            if let Some(person) = people
                .iter()
                .find(|p| &p.id == wanted || p.name.eq_ignore_ascii_case(wanted))
            {
                return Ok(person.id.clone());
            }
            let relation = if people.is_empty() {
                Relation::Myself
            } else {
                Relation::Other
            };
            return Ok(vault
                .add_person(
                    &PersonInput {
                        name: wanted.clone(),
                        relation,
                    },
                    now(),
                )?
                .id);
        }
        if let Some(me) = people.iter().find(|p| p.relation == Relation::Myself) {
            return Ok(me.id.clone());
        }
        Ok(vault
            .add_person(
                &PersonInput {
                    name: app.ui_text("vault-me"),
                    relation: Relation::Myself,
                },
                now(),
            )?
            .id)
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

fn kind_name(app: &App, kind: DocumentKind) -> String {
    app.ui_text(&format!("vault-kind-{}", kind.as_str().replace('_', "-")))
}

fn document_line(app: &App, doc: &Document) -> String {
    let expiry = match &doc.expires_on {
        Some(date) => app.ui_text_with("vault-expires", &[("date", date.as_str())]),
        None => app.ui_text("vault-no-expiry"),
    };
    let number = if doc.number.is_empty() {
        String::new()
    } else {
        format!(" {}", doc.number)
    };
    format!(
        "{}  {}{number} · {expiry} · {}",
        doc.id,
        kind_name(app, doc.kind),
        app.ui_count("vault-pages", doc.page_count)
    )
}

pub(crate) fn print_json<T: serde::Serialize>(value: &T) {
    if let Ok(json) = serde_json::to_string_pretty(value) {
        write_stdout(&(json + "\n"));
    }
}

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new(0);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len}") {
        bar.set_style(style);
    }
    bar
}

pub fn run(app: &App, command: &VaultCommand, json: bool) -> Result<(), Error> {
    match command {
        VaultCommand::Init => {
            let first = passphrase(app, "cli-vault-passphrase", "HUQUQ_PASSPHRASE")?;
            if std::env::var("HUQUQ_PASSPHRASE").is_err() {
                let again = passphrase(app, "cli-vault-passphrase-again", "HUQUQ_PASSPHRASE")?;
                if again != first {
                    say(app, &app.ui_text("cli-vault-passphrase-mismatch"));
                    return Ok(());
                }
            }
            if app.vault_exists() {
                return Err(Error::VaultExists);
            }
            let key = app.create_vault()?;
            if let Err(error) = app.set_vault_pin(&key, &first, None) {
                // Without the passphrase file the new vault could never be opened from here.
                let _ = app.erase_vault();
                return Err(error);
            }
            say(app, &app.ui_text("cli-vault-created"));
        }
        VaultCommand::Add { files, fields } => {
            unlock(app)?;
            let input = input(app, fields, None)?;
            let photos: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
            let document = app.with_vault(|v| v.add_document_with_pages(&input, &photos, now()))?;
            if json {
                print_json(&document);
            } else {
                say(app, &document_line(app, &document));
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
            let documents = app.with_vault(|v| v.documents(&filter))?;
            if json {
                print_json(&documents);
            } else if documents.is_empty() {
                say(app, &app.ui_text("vault-empty"));
            } else {
                for document in &documents {
                    say(app, &document_line(app, document));
                }
            }
        }
        VaultCommand::Show { document } => {
            unlock(app)?;
            let doc = app.with_vault(|v| v.document(document))?;
            let pages = app.with_vault(|v| v.pages(document))?;
            let payments = app.with_vault(|v| v.payments(document))?;
            if json {
                print_json(
                    &serde_json::json!({ "document": doc, "pages": pages, "payments": payments }),
                );
            } else {
                let mut out = document_line(app, &doc) + "\n";
                for (label, value) in [
                    ("vault-authority", &doc.authority),
                    ("vault-notes", &doc.notes),
                ] {
                    if !value.is_empty() {
                        out += &format!("  {}: {value}\n", app.ui_text(label));
                    }
                }
                for page in &pages {
                    out += &format!(
                        "  {} #{} {}×{} sha256:{}\n",
                        page.id, page.position, page.width, page.height, page.original_sha256
                    );
                }
                for payment in &payments {
                    out += &format!(
                        "  {} {} {} {}\n",
                        payment.paid_on, payment.amount_minor, payment.currency, payment.reference
                    );
                }
                for line in out.lines() {
                    say(app, line);
                }
            }
        }
        VaultCommand::Page { page, out } => {
            unlock(app)?;
            app.with_vault(|v| v.export_page(page, out))?;
        }
        VaultCommand::Edit { document, fields } => {
            unlock(app)?;
            let base = app.with_vault(|v| v.document(document))?;
            let input = input(app, fields, Some(&base))?;
            let doc = app.with_vault(|v| v.update_document(document, &input, now()))?;
            say(app, &document_line(app, &doc));
        }
        VaultCommand::Delete { document } => {
            unlock(app)?;
            app.with_vault(|v| v.delete_document(document))?;
            say(app, &app.ui_text("vault-deleted"));
        }
        VaultCommand::Erase { yes } => {
            if !yes {
                say(app, &app.ui_text("cli-vault-erase-confirm"));
                return Ok(());
            }
            app.erase_vault()?;
            say(app, &app.ui_text("vault-erased"));
        }
        VaultCommand::Backup { file, recipient } => {
            unlock(app)?;
            let secret = match recipient {
                Some(recipient) => BackupSecret::Recipient(recipient.clone()),
                None => BackupSecret::Passphrase(passphrase(
                    app,
                    "cli-backup-passphrase",
                    "HUQUQ_BACKUP_PASSPHRASE",
                )?),
            };
            let bar = progress_bar();
            let summary =
                app.with_vault(|v| v.backup(file, &secret, &mut |p: Progress| show(&bar, p)))?;
            bar.finish_and_clear();
            let counts = [("documents", summary.documents), ("pages", summary.pages)];
            say(app, &app.ui_counts("vault-backup-done", &counts));
        }
        VaultCommand::Restore { file, identity } => {
            unlock(app)?;
            let secret = match identity {
                Some(path) => BackupSecret::Identity(read_identity(path)?),
                None => BackupSecret::Passphrase(passphrase(
                    app,
                    "cli-backup-passphrase",
                    "HUQUQ_BACKUP_PASSPHRASE",
                )?),
            };
            let bar = progress_bar();
            let summary =
                app.with_vault(|v| v.restore(file, &secret, &mut |p: Progress| show(&bar, p)))?;
            bar.finish_and_clear();
            let counts = [
                ("documents", summary.documents_added),
                ("pages", summary.pages_added),
                ("skipped", summary.pages_skipped_duplicate),
            ];
            say(app, &app.ui_counts("vault-restore-done", &counts));
        }
    }
    Ok(())
}

fn show(bar: &ProgressBar, progress: Progress) {
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
