//! `huquq content check|coverage|search-quality`: the tools content editors, translators and the
//! search's tuners run.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use huquq_core::content::embedded::ContentSource;
use huquq_core::kb::coverage::{LocaleCoverage, coverage};
use huquq_core::kb::{lint, quality};
use huquq_core::{App, content::Content};

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
    /// The search-quality benchmark: hit@1 and hit@3 of realistic queries in every locale, for the
    /// tuning four fifths (with their misses) and the held-out fifth (figures only).
    SearchQuality {
        /// The queries (default: tests/search-quality/queries.tsv).
        #[arg(default_value = "tests/search-quality/queries.tsv")]
        file: PathBuf,
        /// Also list the held-out queries' misses (only once tuning is over).
        #[arg(long)]
        show_held_out: bool,
        /// How many more times to run every query, timed, for the latency figures.
        #[arg(long, default_value_t = 5)]
        rounds: usize,
    },
    /// Every article in every locale as JSON (id, locale, title, content, keywords), for running
    /// another search engine on the same texts (scripts/search-vs-minisearch.sh).
    SearchCorpus,
    /// The texts iOS itself shows before the app runs (why it asks for the camera), in every
    /// locale, as `<locale>.lproj/InfoPlist.strings` for the Xcode project (scripts/build-ios.sh).
    IosStrings {
        /// The folder to write the `.lproj` folders into.
        out: PathBuf,
    },
    /// Content updates as signed files: build, sign, verify, install.
    Pack {
        #[command(subcommand)]
        command: crate::pack::PackCommand,
    },
    /// Which rights content is in use: built in, or an installed update, with its dates.
    Status,
}

impl ContentCommand {
    /// Installing and the status work on this computer's Huquq; the rest on files alone.
    pub fn needs_app(&self) -> bool {
        matches!(
            self,
            ContentCommand::Status
                | ContentCommand::Pack {
                    command: crate::pack::PackCommand::Install { .. }
                }
        )
    }
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
        ContentCommand::SearchQuality {
            file,
            show_held_out,
            rounds,
        } => search_quality(file, *show_held_out, *rounds, json),
        ContentCommand::SearchCorpus => search_corpus(),
        ContentCommand::IosStrings { out } => ios_strings(out),
        ContentCommand::Pack { command } => crate::pack::run_without_app(command),
        ContentCommand::Status => ExitCode::FAILURE,
    }
}

fn search_corpus() -> ExitCode {
    match Content::embedded() {
        Ok(content) => match serde_json::to_string(&quality::corpus(&content)) {
            Ok(text) => {
                write_stdout(&(text + "\n"));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("huquq content search-corpus: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("huquq content search-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Info.plist's texts, from the interface strings: iOS reads them itself, so they cannot be asked
/// of the core at run time, but they are still the core's words, translated with the rest.
fn ios_strings(out: &Path) -> ExitCode {
    let content = match Content::embedded() {
        Ok(content) => content,
        Err(e) => {
            eprintln!("huquq content ios-strings: {e}");
            return ExitCode::FAILURE;
        }
    };
    for locale in &content.locales {
        let tag = locale.to_string();
        let l10n = content.localizer(&[tag.as_str()]);
        let camera = l10n.ui(huquq_core::l10n::UiText::IosCameraUsage.id());
        let folder = out.join(format!("{tag}.lproj"));
        let text = format!(
            "/* Generated by `huquq content ios-strings` from locales/{tag}/shell.ftl. */\n\
             \"NSCameraUsageDescription\" = \"{}\";\n",
            strings_escape(&camera)
        );
        if let Err(e) = std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::write(folder.join("InfoPlist.strings"), text))
        {
            eprintln!("huquq content ios-strings: {}: {e}", folder.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// A text inside the double quotes of an Apple `.strings` file.
fn strings_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The benchmark's figures and every query's hits, as `--json` prints them.
#[derive(serde::Serialize)]
struct QualityJson<'a> {
    tuning: Figures,
    held_out: Figures,
    p50_micros: u128,
    p99_micros: u128,
    timed_searches: usize,
    queries: Vec<QueryJson<'a>>,
}

#[derive(serde::Serialize)]
struct Figures {
    queries: usize,
    hit_at_1: usize,
    hit_at_3: usize,
}

#[derive(serde::Serialize)]
struct QueryJson<'a> {
    locale: &'a str,
    query: &'a str,
    kind: &'a str,
    held_out: bool,
    expected: &'a [String],
    hits: &'a [String],
}

fn search_quality(file: &Path, show_held_out: bool, rounds: usize, json: bool) -> ExitCode {
    let fail = |message: String| {
        eprintln!("huquq content search-quality: {message}");
        ExitCode::FAILURE
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => return fail(format!("cannot read {}: {e}", file.display())),
    };
    let content = match Content::embedded() {
        Ok(content) => content,
        Err(e) => return fail(e.to_string()),
    };
    let queries = match quality::parse(&text, &content) {
        Ok(queries) => queries,
        Err(problems) => return fail(format!("{}:\n{}", file.display(), problems.join("\n"))),
    };
    // A fresh index in a folder of its own, removed afterwards.
    let data = std::env::temp_dir().join(format!("huquq-search-quality-{}", std::process::id()));
    let result = App::open_with_content(content, &data, &["en"])
        .and_then(|app| quality::run(&app, &queries, rounds));
    let _ = std::fs::remove_dir_all(&data);
    let report = match result {
        Ok(report) => report,
        Err(e) => return fail(e.to_string()),
    };
    if json {
        let figures = |t: &quality::Tally| Figures {
            queries: t.queries,
            hit_at_1: t.hit_at_1,
            hit_at_3: t.hit_at_3,
        };
        let out = QualityJson {
            tuning: figures(&report.tuning),
            held_out: figures(&report.held_out),
            p50_micros: report.latency_at(0.5).as_micros(),
            p99_micros: report.latency_at(0.99).as_micros(),
            timed_searches: report.latencies.len(),
            queries: report
                .outcomes
                .iter()
                .map(|o| QueryJson {
                    locale: &o.query.locale,
                    query: &o.query.query,
                    kind: &o.query.kind,
                    held_out: o.query.held_out,
                    expected: &o.query.expected,
                    hits: &o.hits,
                })
                .collect(),
        };
        return match serde_json::to_string(&out) {
            Ok(text) => {
                write_stdout(&(text + "\n"));
                ExitCode::SUCCESS
            }
            Err(e) => fail(e.to_string()),
        };
    }
    // Written at once, so a closed pipe (`| head`) ends the output quietly.
    let mut out = String::new();
    let line = |out: &mut String, name: &str, tally: &quality::Tally| {
        out.push_str(&format!(
            "{name}: {} queries, hit@1 {:.1}%, hit@3 {:.1}%\n",
            tally.queries,
            quality::Tally::percent(tally.hit_at_1, tally.queries),
            quality::Tally::percent(tally.hit_at_3, tally.queries)
        ));
    };
    line(&mut out, "tuning", &report.tuning);
    line(&mut out, "held out", &report.held_out);
    if !report.latencies.is_empty() {
        out.push_str(&format!(
            "latency over {} timed searches (this build): p50 {:?}, p99 {:?}\n",
            report.latencies.len(),
            report.latency_at(0.5),
            report.latency_at(0.99)
        ));
    }
    for (kind, tally) in &report.tuning_by_kind {
        line(&mut out, &format!("  tuning, {kind}"), tally);
    }
    out.push_str("misses (the expected article not in the top 3):\n");
    for outcome in &report.outcomes {
        let miss = outcome.rank.is_none_or(|rank| rank > 3);
        if miss && (show_held_out || !outcome.query.held_out) {
            out.push_str(&format!(
                "  {} [{}] {:?}: expected {}; got {}\n",
                outcome.query.locale,
                outcome.query.kind,
                outcome.query.query,
                outcome.query.expected.join(", "),
                if outcome.top.is_empty() {
                    "nothing".to_owned()
                } else {
                    outcome.top.join(", ")
                }
            ));
        }
    }
    write_stdout(&out);
    ExitCode::SUCCESS
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
