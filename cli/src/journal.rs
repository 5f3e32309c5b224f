//! `huquq journal`: record dealings with officials, correct them, list, show and verify the
//! journal, printing the core's journal screen models.
use clap::{Args, Subcommand};
use huquq_core::error::{Field, Problem};
use huquq_core::journal::{DocumentAction, DocumentLinkInput, EntryKind, JournalEntryInput};
use huquq_core::screens::journal::{JournalEntryScreen, JournalScreen};
use huquq_core::{App, Error};

use crate::render::{Printer, Style};
use crate::vault::{holder, now, print_json, unlock};
use crate::views::heading;

#[derive(Subcommand)]
pub enum JournalCommand {
    /// Record a dealing with officials. It cannot be changed later, only corrected.
    Add(EntryArgs),
    /// Record a correction of an entry; both stay in the journal.
    Correct {
        /// The id of the entry this one corrects.
        entry: String,
        #[command(flatten)]
        fields: EntryArgs,
    },
    /// Every entry, whether the journal is intact, and the documents offices hold.
    List,
    /// One entry in full, with its seal.
    Show { entry: String },
    /// Check that no entry was changed since it was written (exits with failure if one was).
    Verify,
    /// For an entry that records your passport taken by the migration office: start the reminders
    /// of when it should be back.
    Remind { entry: String },
}

#[derive(Args)]
pub struct EntryArgs {
    /// police-check, migration-office-visit, fine-or-protocol, document-taken, document-returned,
    /// bribe-asked, detention, other
    #[arg(long)]
    kind: String,
    /// When it happened, local time: YYYY-MM-DD or YYYY-MM-DDTHH:MM.
    #[arg(long)]
    at: String,
    /// Whose dealing it was (name or id; default: you).
    #[arg(long)]
    holder: Option<String>,
    #[arg(long, default_value = "")]
    place: String,
    /// The office or unit.
    #[arg(long, default_value = "")]
    office: String,
    /// The official's name, rank or badge, as you read them.
    #[arg(long, default_value = "")]
    official: String,
    /// What they asked for.
    #[arg(long, default_value = "")]
    demanded: String,
    /// A document from the vault and what happened to it: ID:shown, ID:taken or ID:returned.
    #[arg(long = "document")]
    documents: Vec<String>,
    /// Money asked for, as said ("5000 tenge").
    #[arg(long, default_value = "")]
    money_asked: String,
    /// A payment in the vault this led to (its id). Repeatable.
    #[arg(long = "payment")]
    payments: Vec<String>,
    #[arg(long, default_value = "")]
    said: String,
    #[arg(long, default_value = "")]
    outcome: String,
    #[arg(long, default_value = "")]
    witnesses: String,
    /// A page in the vault (a protocol, a receipt) that belongs to it (its id). Repeatable.
    #[arg(long = "page")]
    pages: Vec<String>,
    /// For a document taken: the date the office promised to return it, YYYY-MM-DD.
    #[arg(long)]
    promised_return: Option<String>,
}

fn kind(text: &str) -> Result<EntryKind, Error> {
    EntryKind::parse(&text.replace('-', "_")).ok_or(Error::Invalid {
        field: Field::EntryKind,
        problem: Problem::Missing,
    })
}

/// `ID:taken`; a bare id is a document shown.
fn document_link(text: &str) -> Result<DocumentLinkInput, Error> {
    let (id, action) = text.rsplit_once(':').unwrap_or((text, "shown"));
    let action = DocumentAction::parse(action).ok_or(Error::Invalid {
        field: Field::Documents,
        problem: Problem::Missing,
    })?;
    Ok(DocumentLinkInput {
        document_id: id.to_owned(),
        action,
    })
}

impl EntryArgs {
    fn input(&self, app: &App) -> Result<JournalEntryInput, Error> {
        Ok(JournalEntryInput {
            person_id: match &self.holder {
                Some(_) => Some(holder(app, &self.holder)?),
                None => None,
            },
            kind: kind(&self.kind)?,
            happened_at: self.at.clone(),
            place: self.place.clone(),
            office: self.office.clone(),
            official: self.official.clone(),
            demanded: self.demanded.clone(),
            documents: self
                .documents
                .iter()
                .map(|d| document_link(d))
                .collect::<Result<_, _>>()?,
            money_asked: self.money_asked.clone(),
            payment_ids: self.payments.clone(),
            said: self.said.clone(),
            outcome: self.outcome.clone(),
            witnesses: self.witnesses.clone(),
            page_ids: self.pages.clone(),
            promised_return: self.promised_return.clone(),
        })
    }
}

pub fn run(app: &App, command: &JournalCommand, json: bool) -> Result<(), Error> {
    unlock(app)?;
    let show_entry = |id: &str| -> Result<(), Error> {
        let screen = app.journal_entry_screen(id)?;
        if json {
            print_json(&screen);
        } else {
            print_entry(&screen);
        }
        Ok(())
    };
    match command {
        JournalCommand::Add(fields) => {
            let entry = app.add_journal_entry(&fields.input(app)?, now())?;
            show_entry(&entry.id)?;
        }
        JournalCommand::Correct { entry, fields } => {
            let correction = app.correct_journal_entry(entry, &fields.input(app)?, now())?;
            show_entry(&correction.id)?;
        }
        JournalCommand::Show { entry } => show_entry(entry)?,
        JournalCommand::Remind { entry } => {
            let done = app.remind_custody(entry, now())?;
            crate::vault::say(app, &done.message);
        }
        JournalCommand::List | JournalCommand::Verify => {
            let screen = app.journal_screen()?;
            if json {
                print_json(&screen);
            } else {
                print_journal(&screen, matches!(command, JournalCommand::List));
            }
            if screen.chains.iter().any(|chain| !chain.intact) {
                // A script checking the journal must see the failure.
                return Err(Error::JournalBroken);
            }
        }
    }
    Ok(())
}

fn print_journal(screen: &JournalScreen, entries: bool) {
    let p = Printer::for_stdout();
    let dir = screen.direction;
    heading(&p, &screen.title, dir);
    for chain in &screen.chains {
        let style = if chain.intact {
            Style::Bold
        } else {
            Style::Reverse
        };
        p.paragraph(&p.style(&chain.label, style), dir, "", "");
        p.paragraph(&chain.text, dir, "  ", "  ");
        p.paragraph(&p.style(&chain.seal, Style::Dim), dir, "  ", "  ");
    }
    if entries {
        if let Some(empty) = &screen.empty_text {
            p.blank();
            p.paragraph(empty, dir, "", "");
        }
        for entry in &screen.entries {
            p.blank();
            p.paragraph(&p.style(&entry.title, Style::Bold), dir, "", "");
            if !entry.summary.is_empty() {
                p.paragraph(&entry.summary, dir, "  ", "  ");
            }
            if let Some(note) = &entry.correction_note {
                p.paragraph(&p.style(note, Style::Dim), dir, "  ! ", "    ");
            }
            p.paragraph(&p.style(&entry.id, Style::Dim), dir, "  ", "  ");
        }
        if !screen.custody.is_empty() {
            p.blank();
            heading(&p, &screen.custody_heading, dir);
            for custody in &screen.custody {
                let style = if custody.held {
                    Style::Reverse
                } else {
                    Style::Bold
                };
                p.paragraph(&p.style(&custody.document, style), dir, "", "");
                p.paragraph(&custody.taken, dir, "  ", "  ");
                if let Some(promised) = &custody.promised {
                    p.paragraph(promised, dir, "  ", "  ");
                }
                p.paragraph(&custody.status, dir, "  ", "  ");
            }
        }
    }
    p.flush();
}

fn print_entry(screen: &JournalEntryScreen) {
    let p = Printer::for_stdout();
    let dir = screen.direction;
    heading(&p, &screen.title, dir);
    p.paragraph(&p.style(&screen.when, Style::Bold), dir, "", "");
    p.paragraph(&p.style(&screen.captured, Style::Dim), dir, "", "");
    if let Some(note) = &screen.correction_note {
        p.paragraph(note, dir, "! ", "  ");
    }
    for field in &screen.fields {
        p.blank();
        p.paragraph(&p.style(&field.label, Style::Dim), dir, "", "");
        p.paragraph(&field.text, dir, "  ", "  ");
    }
    if !screen.documents.is_empty() {
        p.blank();
        for document in &screen.documents {
            p.paragraph(document, dir, "• ", "  ");
        }
    }
    p.blank();
    p.paragraph(&p.style(&screen.position, Style::Dim), dir, "", "");
    p.paragraph(&p.style(&screen.seal, Style::Dim), dir, "", "");
    if screen.intact {
        p.paragraph(&p.style(&screen.check, Style::Dim), dir, "", "");
    } else {
        p.paragraph(&screen.check, dir, "! ", "  ");
    }
    p.paragraph(&p.style(&screen.id, Style::Dim), dir, "", "");
    if let Some(remind) = &screen.custody_reminder {
        // The terminal's way to the same action: `huquq journal remind ID`.
        p.blank();
        p.paragraph(
            &format!("{remind} (huquq journal remind {})", screen.id),
            dir,
            "→ ",
            "  ",
        );
    }
    p.flush();
}
