//! `huquq casefile export`: the case file for a lawyer, made by the core, as a PDF (or an age
//! file holding it).
use std::path::PathBuf;

use clap::Subcommand;
use huquq_core::error::Field;
use huquq_core::l10n::UiText;
use huquq_core::vault::backup::{BackupSecret, Progress};
use huquq_core::{App, Error};

use crate::vault::{now, passphrase, progress_bar, say, show, unlock, with_suggestion};

#[derive(Subcommand)]
pub enum CaseFileCommand {
    /// Write the case file. Its languages come from --lang: the lawyer's first (default ru), then
    /// yours beside it (default: your language), as in --lang ru,fr.
    Export {
        /// The PDF to write (replaced if it exists).
        #[arg(long)]
        out: PathBuf,
        /// Encrypt it with age to a passphrase, asked for on the terminal.
        #[arg(long)]
        encrypt: bool,
        /// Encrypt it to this age public key (age1…) instead of a passphrase.
        #[arg(long, value_name = "AGE1…")]
        recipient: Option<String>,
        /// A document to include with its number and dates (repeatable; default: every document).
        #[arg(long = "document", value_name = "ID")]
        documents: Vec<String>,
        /// Include no document's number or dates (entries still name the documents they record).
        #[arg(long, conflicts_with = "documents")]
        no_documents: bool,
        /// A page to picture besides those the entries link to and the receipts (repeatable).
        #[arg(long = "page", value_name = "ID")]
        pages: Vec<String>,
    },
}

pub fn run(app: &App, command: &CaseFileCommand, lang: Option<&str>) -> Result<(), Error> {
    let CaseFileCommand::Export {
        out,
        encrypt,
        recipient,
        documents,
        no_documents,
        pages,
    } = command;
    unlock(app)?;
    // The core's defaults (Russian for the lawyer, the user's language beside it, every document),
    // then what the flags change.
    let mut options = app.case_file_screen(None, now())?.options;
    let mut languages = lang
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|tag| !tag.is_empty());
    if let Some(lawyer) = languages.next() {
        options.lawyer_language = lawyer.to_owned();
    }
    if let Some(user) = languages.next() {
        options.user_language = Some(user.to_owned());
    }
    if *no_documents {
        options.document_ids.clear();
    } else if !documents.is_empty() {
        options.document_ids = documents.clone();
    }
    options.page_ids = pages.clone();
    let secret = match (recipient, encrypt) {
        (Some(recipient), _) => Some(BackupSecret::Recipient(recipient.clone())),
        (None, true) => {
            let chosen = passphrase(
                app,
                UiText::CliCasefilePassphrase,
                "HUQUQ_CASEFILE_PASSPHRASE",
            )?;
            with_suggestion(
                app,
                app.check_new_secret(Field::Passphrase, &chosen, &chosen),
            )?;
            Some(BackupSecret::Passphrase(chosen))
        }
        (None, false) => None,
    };
    let bar = progress_bar();
    let summary =
        app.export_case_file(&options, out, secret.as_ref(), now(), &mut |p: Progress| {
            show(&bar, p)
        })?;
    bar.finish_and_clear();
    let counts = [
        ("pages", summary.pages),
        ("entries", summary.entries),
        ("pictures", summary.pictures),
    ];
    let done = if summary.encrypted {
        UiText::CasefileDoneEncrypted
    } else {
        UiText::CasefileDone
    };
    say(app, &app.ui_counts(done, &counts));
    Ok(())
}
