//! `huquq vault` as a script uses it (passphrases from the environment).
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/photos")
        .join(name)
}

fn huquq(data: &Path, passphrase: &str) -> Command {
    let mut cmd = Command::cargo_bin("huquq").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd.env("HUQUQ_PASSPHRASE", passphrase)
        .env("HUQUQ_BACKUP_PASSPHRASE", "backup secret words");
    cmd.arg("--data-dir").arg(data);
    cmd
}

fn ok(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The rows of the vault list's model, every person's.
fn rows(list: &Value) -> Vec<Value> {
    list["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["rows"].as_array().unwrap().clone())
        .collect()
}

fn list(data: &Path) -> Vec<Value> {
    rows(
        &serde_json::from_str::<Value>(&ok(
            huquq(data, "correct horse").args(["vault", "list", "--json"])
        ))
        .unwrap(),
    )
}

#[test]
fn a_document_with_photos_survives_backup_and_restore() {
    let data = tempfile::tempdir().unwrap();
    ok(huquq(data.path(), "correct horse").args(["vault", "init", "--lang", "fr"]));
    let added = ok(huquq(data.path(), "correct horse")
        .args([
            "vault",
            "add",
            "--kind",
            "residence-card",
            "--number",
            "N 123",
            "--issued",
            "2019-03-01",
        ])
        .args(["--expires", "2027-02-28", "--lang", "fr"])
        .arg(fixture("gps_exif.jpg"))
        .arg(fixture("progressive.jpg")));
    assert!(
        added.contains("Carte de séjour") && added.contains("2 pages"),
        "{added}"
    );

    let documents = list(data.path());
    assert_eq!(documents.len(), 1);
    let id = documents[0]["document_id"].as_str().unwrap().to_owned();
    assert_eq!(documents[0]["page_count"], 2);

    let shown: Value = serde_json::from_str(&ok(
        huquq(data.path(), "correct horse").args(["vault", "show", &id, "--json"])
    ))
    .unwrap();
    let page = shown["pages"][0]["page_id"].as_str().unwrap().to_owned();
    let out = data.path().join("page.jpg");
    ok(huquq(data.path(), "correct horse")
        .args(["vault", "page", &page, "--out"])
        .arg(&out));
    let jpeg = std::fs::read(&out).unwrap();
    assert_eq!(&jpeg[..2], [0xff, 0xd8]);
    assert!(!jpeg.windows(4).any(|w| w == b"Exif"), "metadata stripped");

    let backup = data.path().join("backup.age");
    ok(huquq(data.path(), "correct horse")
        .args(["vault", "backup"])
        .arg(&backup));
    // What the CLI writes is its owner's alone: the vault, its PIN file, a backup, an exported page.
    #[cfg(unix)]
    for file in [
        data.path().join("vault.sqlite3"),
        data.path().join("vault.pin"),
        backup.clone(),
        out.clone(),
    ] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    // A weak backup passphrase is refused, with a strong one suggested instead.
    let weak = huquq(data.path(), "correct horse")
        .env("HUQUQ_BACKUP_PASSPHRASE", "password123")
        .args(["vault", "backup"])
        .arg(data.path().join("weak.age"))
        .output()
        .unwrap();
    assert_eq!(weak.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&weak.stdout).contains("Write this passphrase down"));
    assert!(!data.path().join("weak.age").exists());
    let elsewhere = tempfile::tempdir().unwrap();
    ok(huquq(elsewhere.path(), "another phone").args(["vault", "init"]));
    let restored = ok(huquq(elsewhere.path(), "another phone")
        .args(["vault", "restore", "--lang", "fr"])
        .arg(&backup));
    assert!(restored.contains("Restauré"), "{restored}");
    let copy = rows(
        &serde_json::from_str::<Value>(&ok(
            huquq(elsewhere.path(), "another phone").args(["vault", "list", "--json"])
        ))
        .unwrap(),
    );
    assert_eq!(copy[0]["document_id"], id);
    assert_eq!(copy[0]["page_count"], 2);
}

#[test]
fn bad_input_and_a_wrong_passphrase_change_nothing() {
    let data = tempfile::tempdir().unwrap();
    ok(huquq(data.path(), "correct horse").args(["vault", "init"]));
    let bad_date = huquq(data.path(), "correct horse")
        .args([
            "vault",
            "add",
            "--kind",
            "passport",
            "--expires",
            "2027-02-30",
            "--lang",
            "ru",
        ])
        .output()
        .unwrap();
    assert_eq!(bad_date.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("такой даты не существует"));
    let not_a_photo = data.path().join("notes.jpg");
    std::fs::write(&not_a_photo, "not a photo").unwrap();
    let bad_photo = huquq(data.path(), "correct horse")
        .args(["vault", "add", "--kind", "receipt"])
        .arg(&not_a_photo)
        .output()
        .unwrap();
    assert_eq!(bad_photo.status.code(), Some(1));
    assert!(list(data.path()).is_empty(), "no half-added document");

    let wrong = huquq(data.path(), "wrong horse")
        .args(["vault", "list", "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("PIN incorrect"));
    assert!(data.path().join("vault.sqlite3").exists());

    let refused = ok(huquq(data.path(), "correct horse").args(["vault", "erase"]));
    assert!(refused.contains("--yes"));
    assert!(data.path().join("vault.sqlite3").exists());
    ok(huquq(data.path(), "correct horse").args(["vault", "erase", "--yes"]));
    assert!(!data.path().join("vault.sqlite3").exists() && !data.path().join("vault.pin").exists());
}

/// SQLCipher logs every failed page check to stderr (logcat on Android) unless told not to: a
/// vault file that the key does not open gives the user's error and nothing else, and stays as it
/// was.
#[test]
fn a_vault_file_the_key_does_not_open_leaves_no_sqlcipher_log() {
    let mine = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    ok(huquq(mine.path(), "correct horse").args(["vault", "init"]));
    ok(huquq(other.path(), "other words here").args(["vault", "init"]));
    let file = mine.path().join("vault.sqlite3");
    std::fs::copy(other.path().join("vault.sqlite3"), &file).unwrap();
    let before = std::fs::read(&file).unwrap();

    let out = huquq(mine.path(), "correct horse")
        .args(["vault", "list", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.trim().is_empty());
    assert!(
        !stderr.to_lowercase().contains("hmac") && !stderr.to_lowercase().contains("sqlcipher"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}
