//! `huquq content check|coverage`: the tools content editors and translators run.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use huquq_core::content::embedded::ContentSource;
use huquq_core::kb::coverage::{LocaleCoverage, coverage};
use huquq_core::kb::lint;

use crate::render::write_stdout;

#[derive(Subcommand)]
pub enum ContentCommand {
    /// Lint the content: Fluent syntax, every message in every locale, variables, references,
    /// sources, translation status, Markdown that breaks Fluent. Exits with 1 on any error.
    Check {
        /// A `locales/` folder (default: the content built into this binary).
        dir: Option<PathBuf>,
    },
    /// How much of the content each locale has, by kind of text, and who wrote it.
    Coverage {
        /// A `locales/` folder (default: the content built into this binary).
        dir: Option<PathBuf>,
    },
}

fn source(dir: Option<&Path>, command: &str) -> Option<ContentSource> {
    match dir {
        Some(dir) => match ContentSource::from_dir(dir) {
            Ok(source) => Some(source),
            Err(e) => {
                eprintln!(
                    "huquq content {command}: cannot read {}: {e}",
                    dir.display()
                );
                None
            }
        },
        None => match ContentSource::embedded() {
            Ok(source) => Some(source),
            Err(e) => {
                eprintln!("huquq content {command}: {e}");
                None
            }
        },
    }
}

pub fn run(command: &ContentCommand, json: bool) -> ExitCode {
    match command {
        ContentCommand::Check { dir } => check(dir.as_deref()),
        ContentCommand::Coverage { dir } => report(dir.as_deref(), json),
    }
}

fn check(dir: Option<&Path>) -> ExitCode {
    let Some(source) = source(dir, "check") else {
        return ExitCode::FAILURE;
    };
    let report = lint::check(&source);
    let mut out: String = report.findings.iter().map(|f| format!("{f}\n")).collect();
    out.push_str(&format!(
        "{} locales, {} files, {} messages: {} error(s)\n",
        report.locales,
        report.files,
        report.messages,
        report.findings.len()
    ));
    write_stdout(&out);
    if report.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn report(dir: Option<&Path>, json: bool) -> ExitCode {
    let Some(source) = source(dir, "coverage") else {
        return ExitCode::FAILURE;
    };
    let Some(locales) = coverage(&source) else {
        eprintln!("huquq content coverage: catalog.json does not parse; run `huquq content check`");
        return ExitCode::FAILURE;
    };
    if json {
        if let Ok(text) = serde_json::to_string_pretty(&locales) {
            write_stdout(&(text + "\n"));
        }
    } else {
        write_stdout(&table(&locales));
    }
    if locales.iter().all(|l| l.present == l.total) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn table(locales: &[LocaleCoverage]) -> String {
    let Some(first) = locales.first() else {
        return String::new();
    };
    let mut out = format!("{:<7}", "locale");
    for part in &first.parts {
        out.push_str(&format!("{:>15}", part.kind));
    }
    out.push_str(&format!(
        "{:>9}{:>10}{:>10}{:>9}\n",
        "total", "original", "reviewed", "machine"
    ));
    for locale in locales {
        out.push_str(&format!("{:<7}", locale.locale));
        for part in &locale.parts {
            out.push_str(&format!(
                "{:>15}",
                format!("{}/{}", part.present, part.total)
            ));
        }
        out.push_str(&format!(
            "{:>8.1}%{:>10}{:>10}{:>9}\n",
            locale.percent(),
            locale.original,
            locale.reviewed,
            locale.machine
        ));
    }
    out
}
