//! `huquq casefile export` as a person or a script uses it: the lawyer's language and the user's
//! from --lang, the PDF written whole, encrypted with age on request, a weak passphrase refused
//! with nothing written.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::path::Path;

use assert_cmd::Command;

fn huquq(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("huquq").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd.env("HUQUQ_PASSPHRASE", "correct horse");
    cmd.arg("--data-dir").arg(data);
    cmd
}

fn run(cmd: &mut Command) -> (bool, String, String) {
    let output = cmd.output().unwrap();
    let clean = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(['\u{2068}', '\u{2069}'], "");
    (
        output.status.success(),
        clean(&output.stdout),
        clean(&output.stderr),
    )
}

#[test]
fn a_case_file_for_a_russian_speaking_lawyer_from_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert!(run(huquq(d).args(["vault", "init"])).0);
    assert!(run(huquq(d).args(["vault", "add", "--kind", "passport", "--number", "AA 1"])).0);
    let (recorded, _, error) = run(huquq(d).args([
        "journal",
        "add",
        "--kind",
        "police-check",
        "--at",
        "2026-11-28T19:40",
        "--place",
        "Астана, ул. Кенесары",
        "--demanded",
        "Регистрацию по месту жительства",
    ]));
    assert!(recorded, "{error}");

    let pdf = d.join("case.pdf");
    let (made, said, error) = run(huquq(d)
        .args(["--lang", "ru,fr", "casefile", "export", "--out"])
        .arg(&pdf));
    assert!(made, "{error}");
    // The command speaks the user's language (the second tag).
    assert!(said.contains("Dossier"), "{said}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(!d.join("case.pdf.partial").exists());

    // A weak passphrase is refused with a strong one suggested, and no file is written.
    let sealed = d.join("case.pdf.age");
    let (refused, said, error) = run(huquq(d)
        .env("HUQUQ_CASEFILE_PASSPHRASE", "1234")
        .args(["casefile", "export", "--encrypt", "--out"])
        .arg(&sealed));
    assert!(!refused);
    assert!(
        !error.is_empty() && !said.is_empty(),
        "reason and suggestion"
    );
    assert!(!sealed.exists());

    let (made, said, error) = run(huquq(d)
        .env(
            "HUQUQ_CASEFILE_PASSPHRASE",
            "violet tractor harbour seventeen lanterns",
        )
        .args(["casefile", "export", "--encrypt", "--no-documents", "--out"])
        .arg(&sealed));
    assert!(made, "{error}");
    assert!(said.contains("age"), "{said}");
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));

    // An unknown language: a clear error, no file.
    let other = d.join("other.pdf");
    let (made, _, error) = run(huquq(d)
        .args(["--lang", "xx,en", "casefile", "export", "--out"])
        .arg(&other));
    assert!(!made);
    assert!(error.contains("xx"), "{error}");
    assert!(!other.exists());
}

/// A disk that fills up halfway through the file (here a file-size limit of 20 or 40 KiB, with the
/// signal it sends ignored, so writing fails as on a full disk): a clear error in the user's
/// language, and neither the file nor its partial copy is left.
#[cfg(unix)]
#[test]
fn a_disk_that_fills_up_leaves_no_file_and_says_why() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert!(run(huquq(d).args(["vault", "init"])).0);
    // Two dealings whose articles make a file of about 80 KB.
    for kind in ["police-check", "detention"] {
        assert!(run(huquq(d).args(["journal", "add", "--kind", kind, "--at", "2026-11-28"])).0);
    }
    let pdf = d.join("case.pdf");
    let bin = assert_cmd::cargo::cargo_bin("huquq");
    let mut limited = Command::new("sh");
    limited
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("HUQUQ_PASSPHRASE", "correct horse")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 40; exec \"$0\" \"$@\"")
        .arg(&bin)
        .arg("--data-dir")
        .arg(d)
        .args(["--lang", "ru", "casefile", "export", "--out"])
        .arg(&pdf);
    let (made, _, error) = run(&mut limited);
    assert!(!made);
    assert!(error.contains("Ничего не изменено"), "{error}");
    assert!(!pdf.exists());
    assert!(!d.join("case.pdf.partial").exists());
}
