//! `huquq journal` as a person or a script uses it: record, correct, list, show, verify.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn huquq(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("huquq").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd.env("HUQUQ_PASSPHRASE", "correct horse");
    cmd.arg("--data-dir").arg(data);
    cmd
}

fn ok(cmd: &mut Command) -> Vec<u8> {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn json(cmd: &mut Command) -> Value {
    serde_json::from_slice(&ok(cmd)).unwrap()
}

fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn a_dealing_recorded_corrected_and_verified_from_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    ok(huquq(d).args(["vault", "init"]));
    let passport = json(huquq(d).args([
        "--json", "vault", "add", "--kind", "passport", "--number", "AA 1",
    ]));
    let passport = passport["id"].as_str().unwrap().to_owned();

    let taken = json(
        huquq(d)
            .args(["--json", "journal", "add", "--kind", "document-taken"])
            .args([
                "--at",
                "2026-11-20T09:30",
                "--office",
                "Migration police",
                "--official",
                "Capt. S.",
                "--document",
                &format!("{passport}:taken"),
                "--promised-return",
                "2026-11-27",
            ]),
    );
    assert_eq!(plain(taken["title"].as_str().unwrap()), "Document taken");
    assert_eq!(
        plain(taken["documents"][0].as_str().unwrap()),
        "Passport · AA 1: taken"
    );
    assert!(plain(taken["captured"].as_str().unwrap()).ends_with("by this phone's clock"));
    let id = taken["id"].as_str().unwrap().to_owned();

    let fixed = json(
        huquq(d)
            .args([
                "--json",
                "journal",
                "correct",
                &id,
                "--kind",
                "document-taken",
            ])
            .args([
                "--at",
                "2026-11-20T10:30",
                "--document",
                &format!("{passport}:taken"),
            ]),
    );
    assert_eq!(
        plain(fixed["correction_note"].as_str().unwrap()),
        "Corrects an earlier entry"
    );

    // The passport taken can start its custody reminders, once.
    let fixed_id = fixed["id"].as_str().unwrap().to_owned();
    assert!(
        plain(fixed["custody_reminder"].as_str().unwrap())
            .contains("Your passport at the migration office")
    );
    let reminded = ok(huquq(d).args(["journal", "remind", &fixed_id]));
    assert!(plain(&String::from_utf8(reminded).unwrap()).contains("added to your reminders"));
    let reminders = json(huquq(d).args(["--json", "reminders"]));
    assert!(
        reminders["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["procedure_id"] == "kz-passport-custody")
    );
    assert!(
        !huquq(d)
            .args(["journal", "remind", &fixed_id])
            .output()
            .unwrap()
            .status
            .success()
    );

    let list = json(huquq(d).args(["--json", "journal", "list"]));
    assert_eq!(list["entries"].as_array().unwrap().len(), 2);
    assert_eq!(list["chains"][0]["intact"], true);
    assert_eq!(
        plain(list["custody"][0]["status"].as_str().unwrap()),
        "Still held"
    );
    let text = String::from_utf8(
        huquq(d)
            .args(["journal", "verify"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        plain(&text).contains("Intact: none of its 2 entries has been changed"),
        "{text}"
    );

    // A dealing in the future is refused in the user's language, and nothing is written.
    let refused = huquq(d)
        .args([
            "--lang",
            "ru",
            "journal",
            "add",
            "--kind",
            "other",
            "--at",
            "2999-01-01",
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("Дата"));
    let list = json(huquq(d).args(["--json", "journal", "list"]));
    assert_eq!(list["entries"].as_array().unwrap().len(), 2);
    assert_eq!(
        plain(list["entries"][0]["title"].as_str().unwrap()),
        "November 20, 2026, 10:30 · Document taken"
    );

    // A kind the journal does not know is named as the kind of dealing, not of a document.
    let unknown = huquq(d)
        .args([
            "journal",
            "add",
            "--kind",
            "interrogation",
            "--at",
            "2026-11-21",
        ])
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("What happened"));
}
