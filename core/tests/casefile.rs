#![allow(clippy::unwrap_used)]
//! The case file, judged by tools that share no code with Huquq: poppler's `pdftotext` reads the
//! Russian, French and Arabic back as written, `pdffonts` finds every font embedded as a subset,
//! `pdfinfo` finds nothing about the phone, `pdftoppm` draws every page, `qpdf --check` finds no
//! error, and the `age` tool decrypts the encrypted one. .ci/run installs them (poppler-utils,
//! qpdf, age). Bad input changes nothing and leaves no file.
#[path = "../benches/common/mod.rs"]
mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::case::{Case, case_now, made_up_case};
use huquq_core::App;
use huquq_core::casefile::{CaseFileOptions, CaseFileSummary};
use huquq_core::error::{Error, ItemKind};
use huquq_core::vault::backup::BackupSecret;

struct Phone {
    dir: tempfile::TempDir,
    app: App,
    case: Case,
}

/// A vault holding the made-up case with `more` extra dealings and `pictures` pages.
fn phone(more: usize, pictures: usize) -> Phone {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["fr"]).unwrap();
    app.create_vault().unwrap();
    let photo = dir.path().join("photo.jpg");
    common::detailed_photo(900, 1200).save(&photo).unwrap();
    let case = made_up_case(&app, &[photo], more, pictures);
    Phone { dir, app, case }
}

fn options(lawyer: &str, user: Option<&str>, documents: Vec<String>) -> CaseFileOptions {
    CaseFileOptions {
        lawyer_language: lawyer.into(),
        user_language: user.map(str::to_owned),
        document_ids: documents,
        page_ids: Vec::new(),
    }
}

impl Phone {
    fn export(&self, options: &CaseFileOptions, name: &str) -> (PathBuf, CaseFileSummary) {
        let out = self.dir.path().join(name);
        let mut reports = Vec::new();
        let summary = self
            .app
            .export_case_file(options, &out, None, case_now(), &mut |p| reports.push(p))
            .unwrap();
        let last = reports.last().unwrap();
        assert_eq!(last.done, last.total, "progress reaches its end");
        (out, summary)
    }
}

/// Runs `name` with `args`, then `file`, then `after`, and returns what it printed.
fn tool(name: &str, args: &[&str], file: &Path, after: &[&str]) -> String {
    let output = Command::new(name).args(args).arg(file).args(after).output();
    let output = output.unwrap_or_else(|e| {
        panic!("this test needs `{name}` (Debian: apt-get install -y poppler-utils qpdf); .ci/run installs it: {e}")
    });
    assert!(
        output.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The PDF's text as pdftotext reads it, lines joined and direction marks dropped, so that a
/// phrase broken over two lines or set right to left is still found.
fn text_of(pdf: &Path) -> String {
    let text = tool("pdftotext", &["-enc", "UTF-8"], pdf, &["-"]);
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    text.split(' ')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_case_file_in_russian_with_french_beside_reads_back_as_written() {
    let phone = phone(2, 4);
    let documents = vec![phone.case.passport.clone(), phone.case.card.clone()];
    let (pdf, summary) = phone.export(&options("ru", Some("fr"), documents), "case.pdf");
    assert_eq!(summary.entries, phone.case.entries as u32);
    assert_eq!(summary.pictures, phone.case.pages as u32);
    assert!(!summary.encrypted);
    assert_eq!(summary.bytes, fs::metadata(&pdf).unwrap().len());

    let text = text_of(&pdf);
    // What the person wrote, in three scripts, as written.
    for written in [
        "Регистрацию по месту жительства в Астане",
        "Vous habitez à Astana illégalement, il faut payer maintenant.",
        "сержант Омаров (so he said), жетон 0231",
        "50 000 тенге «чтобы ускорить»",
        "أحمد بن علي",
        "سائق تاكسي",
    ] {
        assert!(text.contains(written), "{written:?} not in:\n{text}");
    }
    // The case file's own words: the lawyer's language, the user's beside it.
    let app = &phone.app;
    let elsewhere = tempfile::tempdir().unwrap();
    let ru = App::open(elsewhere.path(), &["ru"]).unwrap();
    for title in [ru.localizer(), app.localizer()].map(|l| l.ui("casefile-title")) {
        let first_words: String = title.split(' ').take(2).collect::<Vec<_>>().join(" ");
        assert!(
            text.contains(&first_words),
            "{first_words:?} not in the text"
        );
    }
    // The journal's head, for the lawyer to compare with the phone.
    for check in app.verify_journal().unwrap() {
        assert!(text.contains(&check.head), "the chain head is printed");
    }
    // Numbers of the documents chosen; the law with its sources.
    assert!(text.contains("AA 0000000") && text.contains("000000000"));
    assert!(text.contains("adilet.zan.kz"), "sources are cited");

    // Fonts embedded as subsets, with their text mapped back.
    let fonts = tool("pdffonts", &[], &pdf, &[]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let flags = &columns[columns.len() - 5..columns.len() - 2];
        assert_eq!(
            flags,
            ["yes", "yes", "yes"],
            "embedded, subset, unicode: {row}"
        );
    }
    // Nothing about the phone.
    let info = tool("pdfinfo", &[], &pdf, &[]);
    for field in [
        "Producer:",
        "Creator:",
        "Author:",
        "CreationDate:",
        "ModDate:",
    ] {
        assert!(!info.contains(field), "{field} in\n{info}");
    }
    let meta = tool("pdfinfo", &["-meta"], &pdf, &[]);
    for tag in ["CreateDate", "Producer", "CreatorTool", "ModifyDate"] {
        assert!(!meta.contains(tag), "{tag} in the XMP metadata");
    }
    let pages: u32 = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(pages, summary.pages);

    // Every page draws, and qpdf finds no error.
    let drawn = phone.dir.path().join("drawn");
    let status = Command::new("pdftoppm")
        .args(["-r", "30", "-png"])
        .arg(&pdf)
        .arg(&drawn)
        .status()
        .unwrap();
    assert!(status.success());
    let pngs = fs::read_dir(phone.dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("drawn")
        })
        .count();
    assert_eq!(pngs as u32, summary.pages);
    let check = tool("qpdf", &["--check"], &pdf, &[]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
}

#[test]
fn a_case_file_in_arabic_reads_right_to_left() {
    let phone = phone(0, 2);
    let (pdf, _) = phone.export(&options("ar", None, Vec::new()), "case-ar.pdf");
    let text = text_of(&pdf);
    let elsewhere = tempfile::tempdir().unwrap();
    let ar = App::open(elsewhere.path(), &["ar"]).unwrap();
    let heading = ar.localizer().ui("casefile-timeline");
    let first_word = heading.split(' ').next().unwrap();
    assert!(text.contains(first_word), "{first_word:?} not in:\n{text}");
    // The Russian the person wrote keeps its order inside the Arabic file.
    assert!(text.contains("Отказался платить."));
    // No document was chosen: no number is printed beyond what entries recorded.
    assert!(!text.contains("2032"), "the passport's expiry is left out");
}

#[test]
fn an_encrypted_case_file_opens_with_the_age_tool() {
    let phone = phone(0, 2);
    let identity = age::x25519::Identity::generate();
    let secret = BackupSecret::Recipient(identity.to_public().to_string());
    let out = phone.dir.path().join("case.pdf.age");
    let summary = phone
        .app
        .export_case_file(
            &options("ru", None, Vec::new()),
            &out,
            Some(&secret),
            case_now(),
            &mut |_| {},
        )
        .unwrap();
    assert!(summary.encrypted);
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!bytes.windows(4).any(|w| w == b"%PDF"));

    use age::secrecy::ExposeSecret;
    let keys = phone.dir.path().join("identity.txt");
    fs::write(&keys, format!("{}\n", identity.to_string().expose_secret())).unwrap();
    let decrypted = phone.dir.path().join("decrypted.pdf");
    let status = Command::new("age")
        .args(["-d", "-i"])
        .arg(&keys)
        .arg("-o")
        .arg(&decrypted)
        .arg(&out)
        .status()
        .expect("this test needs the `age` tool; .ci/run installs it");
    assert!(status.success());
    let text = text_of(&decrypted);
    assert!(text.contains("Отказался платить."));
}

#[test]
fn bad_input_is_refused_and_leaves_no_file() {
    let phone = phone(0, 2);
    let app = &phone.app;
    let out = phone.dir.path().join("refused.pdf");
    let files_before = fs::read_dir(phone.dir.path()).unwrap().count();
    let refuse = |options: &CaseFileOptions, out: &Path| {
        app.export_case_file(options, out, None, case_now(), &mut |_| {})
            .unwrap_err()
    };

    let unknown_language = refuse(&options("xx", None, Vec::new()), &out);
    assert!(matches!(
        unknown_language,
        Error::NotFound {
            kind: ItemKind::Language,
            ..
        }
    ));
    assert!(app.error_text(&unknown_language).contains("xx"));

    let deleted = refuse(&options("ru", None, vec!["no-such-document".into()]), &out);
    assert!(matches!(
        deleted,
        Error::NotFound {
            kind: ItemKind::Document,
            ..
        }
    ));

    let mut pages = options("ru", None, Vec::new());
    pages.page_ids = vec!["no-such-page".into()];
    assert!(matches!(
        refuse(&pages, &out),
        Error::NotFound {
            kind: ItemKind::Page,
            ..
        }
    ));

    // A file that cannot take its name (here a folder is in the way): an error, and neither the
    // file nor its partial copy is left.
    let folder = phone.dir.path().join("in-the-way");
    fs::create_dir(&folder).unwrap();
    assert!(matches!(
        refuse(&options("ru", None, Vec::new()), &folder),
        Error::Io(_)
    ));
    assert!(folder.is_dir());
    let missing = phone.dir.path().join("no-such-folder").join("case.pdf");
    assert!(matches!(
        refuse(&options("ru", None, Vec::new()), &missing),
        Error::Io(_)
    ));

    let weak = BackupSecret::Passphrase(String::new());
    let empty = app
        .export_case_file(
            &options("ru", None, Vec::new()),
            &out,
            Some(&weak),
            case_now(),
            &mut |_| {},
        )
        .unwrap_err();
    assert!(matches!(empty, Error::BackupWrongSecret));

    assert!(!out.exists());
    let files_after = fs::read_dir(phone.dir.path()).unwrap().count();
    assert_eq!(files_before + 1, files_after, "only the folder made above");

    app.lock_vault();
    assert!(matches!(
        refuse(&options("ru", None, Vec::new()), &out),
        Error::VaultLocked
    ));
}

#[test]
fn the_options_screen_starts_from_russian_with_the_users_language_and_every_document() {
    let phone = phone(0, 3);
    let app = &phone.app;
    let screen = app.case_file_screen(None, case_now()).unwrap();
    assert_eq!(screen.options.lawyer_language, "ru");
    assert_eq!(screen.options.user_language.as_deref(), Some("fr"));
    let selected: Vec<&str> = screen
        .lawyer_languages
        .iter()
        .filter(|l| l.selected)
        .map(|l| l.tag.as_str())
        .collect();
    assert_eq!(selected, ["ru"]);
    // The user's choices leave out the lawyer's language and start with "only the lawyer's".
    assert_eq!(screen.user_languages[0].tag, "");
    assert!(!screen.user_languages.iter().any(|l| l.tag == "ru"));
    assert!(
        screen
            .user_languages
            .iter()
            .any(|l| l.tag == "fr" && l.selected)
    );
    assert_eq!(screen.documents.len(), 3);
    assert!(screen.documents.iter().all(|d| d.selected));
    // The protocol is linked from an entry and the receipt is a payment's: always in, not offered.
    assert_eq!(screen.pages.len(), 1, "only the card's page is offered");
    assert!(!screen.pages.iter().any(|p| p.id == phone.case.receipt_page));
    assert!(screen.pages[0].label.contains("000000000"));
    assert!(screen.encrypt, "encryption starts ticked");
    assert_eq!(screen.file_name, "case-file-2026-12-07.pdf");
    assert_eq!(screen.encrypted_file_name, "case-file-2026-12-07.pdf.age");

    // The shell hands its changed options back; the screen shows them.
    let mut options = screen.options.clone();
    options.lawyer_language = "kk".into();
    options.user_language = None;
    options.document_ids.clear();
    options.page_ids = vec![screen.pages[0].id.clone()];
    let changed = app.case_file_screen(Some(options), case_now()).unwrap();
    assert!(
        changed
            .lawyer_languages
            .iter()
            .any(|l| l.tag == "kk" && l.selected)
    );
    assert!(changed.user_languages[0].selected);
    assert!(changed.documents.iter().all(|d| !d.selected));
    assert!(changed.pages[0].selected);
}
