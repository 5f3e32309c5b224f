//! The vault's pages are encrypted by sqlcipher-rustcrypto; every vault on a phone so far was
//! written by SQLCipher's OpenSSL provider. An independent judge, SQLCipher 4 with OpenSSL in
//! Python's `sqlcipher3-binary` package, shows the two agree both ways: it reads a vault this
//! build wrote, and this build reads (and keeps writing) a file it wrote.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::path::Path;
use std::process::Command;

use chrono::{TimeZone, Utc};
use huquq_core::vault::model::{PersonInput, Relation};
use huquq_core::vault::{DataKey, PAGE_FORMAT, VAULT_FILE, Vault};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Opens `file` with the key and the vault's page format, and runs `code` with `db` open.
fn judge(file: &Path, key: &DataKey, code: &str) -> String {
    let script = format!(
        r#"
import sys, sqlcipher3
db = sqlcipher3.connect(sys.argv[1])
db.execute("PRAGMA key = \"x'{key}'\"")
db.execute("PRAGMA cipher_hmac_algorithm = {hmac}")
db.execute("PRAGMA cipher_page_size = {page}")
assert db.execute("PRAGMA cipher_provider").fetchone()[0] == "openssl"
{code}
db.close()
"#,
        key = hex(key.as_bytes()),
        hmac = PAGE_FORMAT.hmac,
        page = PAGE_FORMAT.page_size,
    );
    let run = Command::new("python3")
        .arg("-c")
        .arg(&script)
        .arg(file)
        .output()
        .expect("this test needs python3 with sqlcipher3 (pip install sqlcipher3-binary)");
    assert!(
        run.status.success(),
        "this test needs python3 with sqlcipher3 (pip install sqlcipher3-binary): {}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).expect("UTF-8")
}

#[test]
fn sqlcipher_with_openssl_reads_a_vault_written_here() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let vault = Vault::create(dir.path(), &key).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
    // Long enough to spill over several 16 KiB pages.
    let name = "Idrissa Traoré ".repeat(4000);
    vault
        .add_person(
            &PersonInput {
                name: name.clone(),
                relation: Relation::Myself,
            },
            now,
        )
        .unwrap();
    drop(vault);
    let out = judge(
        &dir.path().join(VAULT_FILE),
        &key,
        r#"
print(db.execute("PRAGMA cipher_integrity_check").fetchall())
print(db.execute("SELECT length(name), substr(name, 1, 15) FROM people").fetchall())
"#,
    );
    // The vault keeps names trimmed.
    let expected = format!(
        "[]\n[({}, 'Idrissa Traoré ')]\n",
        name.trim().chars().count()
    );
    assert_eq!(out, expected);
}

#[test]
fn a_file_written_by_sqlcipher_with_openssl_reads_and_writes_here() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let file = dir.path().join("judge.sqlite3");
    judge(
        &file,
        &key,
        r#"
db.execute("CREATE TABLE notes (n INTEGER, text TEXT)")
db.executemany("INSERT INTO notes VALUES (?, ?)", [(i, "заметка %d " % i * 20) for i in range(3000)])
db.commit()
"#,
    );
    let conn = rusqlite::Connection::open(&file).unwrap();
    conn.pragma_update(None, "key", format!("x'{}'", hex(key.as_bytes())))
        .unwrap();
    PAGE_FORMAT.apply(&conn).unwrap();
    let (count, total): (i64, i64) = conn
        .query_row("SELECT count(*), sum(length(text)) FROM notes", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let expected_total: usize = (0..3000)
        .map(|i| format!("заметка {i} ").chars().count() * 20)
        .sum();
    assert_eq!((count, total), (3000, expected_total as i64));
    conn.execute(
        "INSERT INTO notes VALUES (3000, 'written by the Rust provider')",
        [],
    )
    .unwrap();
    drop(conn);
    // The judge reads both its own pages and the ones rewritten here.
    let out = judge(
        &file,
        &key,
        r#"
print(db.execute("PRAGMA cipher_integrity_check").fetchall())
print(db.execute("SELECT count(*), max(text) FROM notes WHERE n = 3000").fetchall())
"#,
    );
    assert_eq!(out, "[]\n[(1, 'written by the Rust provider')]\n");
}
