//! `huquq`: Huquq in a terminal — read your rights offline, in your language — and the content tools
//! editors use. A thin shell: every decision and every string comes from huquq-core.
mod casefile;
mod content;
mod journal;
mod pack;
mod reminders;
mod render;
mod vault;
mod views;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use huquq_core::content::pack::TrustedKeys;
use huquq_core::l10n::UiText;
use huquq_core::{App, Error};
use serde::Serialize;

use crate::render::Printer;

#[derive(Parser)]
#[command(
    name = "huquq",
    version,
    about = "Know your rights — offline, in your language.",
    after_help = "The vault's passphrase is asked for on the terminal. HUQUQ_PASSPHRASE and \
                  HUQUQ_BACKUP_PASSPHRASE (and HUQUQ_CASEFILE_PASSPHRASE) are for scripts only: other programs you run can read \
                  a program's environment. Every file Huquq writes is readable by you alone."
)]
struct Cli {
    /// Language to read in: a BCP 47 tag, or several separated by commas, best first
    /// (default: from LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    /// Print the screen model as JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Where Huquq keeps its data (default: the platform's data directory).
    #[arg(long, global = true, value_name = "DIR", env = "HUQUQ_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Also install and read content packs signed with this minisign public key (for
    /// publishers trying a pack before it is signed with the publisher's key). Repeatable.
    #[arg(long, global = true, value_name = "FILE")]
    trust_content_key: Vec<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// List the topics, or the articles of one topic.
    Topics { topic: Option<String> },
    /// Read an article.
    Read { article: String },
    /// Search every article in every language.
    Search {
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Show a card to an official (the law in their language beside yours), or list the cards.
    Card { card: Option<String> },
    /// List the languages Huquq speaks.
    Languages,
    /// Legal terms explained, with the words officials use.
    Glossary,
    /// Your encrypted document vault.
    Vault {
        #[command(subcommand)]
        command: vault::VaultCommand,
    },
    /// Deadlines from your documents and what happened, with their reminders.
    Reminders {
        #[command(subcommand)]
        command: Option<reminders::RemindersCommand>,
    },
    /// Record what happened (a move, a decision, an entry): it starts a legal deadline.
    Event {
        #[command(subcommand)]
        command: reminders::EventCommand,
    },
    /// What the law requires for a procedure, against the documents in your vault (without a
    /// procedure: the list of procedures).
    Checklist {
        procedure: Option<String>,
        /// Whose documents (name or id; default: everyone's).
        #[arg(long)]
        holder: Option<String>,
    },
    /// A tamper-evident journal of your dealings with officials: what happened, who, what was
    /// asked for, taken or paid.
    Journal {
        #[command(subcommand)]
        command: journal::JournalCommand,
    },
    /// The case file for a lawyer: your journal, documents, payments and pages, and the law that
    /// applies, as one PDF in the lawyer's language with yours beside it.
    Casefile {
        #[command(subcommand)]
        command: casefile::CaseFileCommand,
    },
    /// Your deadlines as a calendar file.
    Calendar {
        #[command(subcommand)]
        command: reminders::CalendarCommand,
    },
    /// Tools for content editors.
    Content {
        #[command(subcommand)]
        command: content::ContentCommand,
    },
}

/// The locale list from the command line or, failing that, the environment as POSIX defines it.
fn requested_locales(lang: Option<&str>) -> Vec<String> {
    if let Some(lang) = lang {
        return lang
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .into_iter()
        .collect()
}

fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("org", "Huquq", "huquq")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .unwrap_or_else(|| std::env::temp_dir().join("huquq"))
}

/// Files created from here on (the vault, its journals, backups, calendar exports) get mode 0600
/// and folders 0700: the vault is encrypted, but its size, a calendar or an exported page is not.
fn owner_only_files() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

fn main() -> ExitCode {
    owner_only_files();
    let cli = Cli::parse();
    if let Some(Command::Content { command }) = &cli.command
        && !command.needs_app()
    {
        return content::run(command, cli.json);
    }
    let mut requested = requested_locales(cli.lang.as_deref());
    // For a case file, --lang names the lawyer's language first and the user's after it: the
    // command itself then speaks the user's.
    if let Some(Command::Casefile { .. }) = &cli.command
        && requested.len() > 1
    {
        requested.remove(0);
    }
    let data_dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
    let keys = match pack::read_keys(&cli.trust_content_key) {
        Ok(extra) => TrustedKeys::built_in().and(extra),
        Err(message) => {
            eprintln!("huquq: {message}");
            return ExitCode::FAILURE;
        }
    };
    let app = match App::open_trusting(&data_dir, &requested, keys) {
        Ok(app) => app,
        Err(error) => {
            // Without an App there is no localizer; the content is built in, so this means a broken build.
            eprintln!("huquq: {error}");
            return ExitCode::FAILURE;
        }
    };
    match run(&app, &cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = format!(
                "{}: {}",
                app.ui_text(UiText::CliError),
                app.error_text(&error)
            );
            eprintln!(
                "{}",
                render::plain_for_terminal(&message, app.localizer().direction())
            );
            ExitCode::FAILURE
        }
    }
}

fn run(app: &App, cli: &Cli) -> Result<(), Error> {
    let printer = Printer::for_stdout();
    let show = |model: &dyn erased::Show| {
        if cli.json {
            model.json();
        } else {
            model.text(app, &printer);
        }
    };
    match &cli.command {
        None => show(&app.home()),
        Some(Command::Topics { topic: None }) => show(&views::TopicList(app.home().topics)),
        Some(Command::Topics { topic: Some(id) }) => show(&app.topic(id)?),
        Some(Command::Read { article }) => show(&app.article(article)?),
        Some(Command::Search { query }) => show(&app.search(&query.join(" "))?),
        Some(Command::Card { card: None }) => show(&views::CardList(app.home().cards)),
        Some(Command::Card { card: Some(id) }) => show(&app.officer_card(id)?),
        Some(Command::Languages) => show(&views::Languages(app.languages())),
        Some(Command::Glossary) => show(&app.glossary()),
        Some(Command::Vault { command }) => return vault::run(app, command, cli.json),
        Some(Command::Reminders { command }) => {
            return reminders::reminders(app, command, cli.json);
        }
        Some(Command::Event { command }) => return reminders::event(app, command, cli.json),
        Some(Command::Checklist { procedure, holder }) => {
            return reminders::checklist(app, procedure, holder, cli.json);
        }
        Some(Command::Calendar { command }) => return reminders::calendar(app, command),
        Some(Command::Journal { command }) => return journal::run(app, command, cli.json),
        Some(Command::Casefile { command }) => {
            return casefile::run(app, command, cli.lang.as_deref());
        }
        Some(Command::Content {
            command:
                content::ContentCommand::Pack {
                    command: pack::PackCommand::Install { pack: file },
                },
        }) => {
            pack::install(app, file)?;
            show(&app.settings_screen().content);
        }
        Some(Command::Content { .. }) => show(&app.settings_screen().content),
    }
    printer.flush();
    Ok(())
}

/// Screen models print either as JSON or as text.
mod erased {
    use super::*;

    pub trait Show {
        fn json(&self);
        fn text(&self, app: &App, printer: &Printer);
    }

    impl<T: Serialize + views::View> Show for T {
        fn json(&self) {
            match serde_json::to_string_pretty(self) {
                Ok(json) => render::write_stdout(&(json + "\n")),
                Err(e) => eprintln!("huquq: {e}"),
            }
        }
        fn text(&self, app: &App, printer: &Printer) {
            self.print(app, printer);
        }
    }
}
