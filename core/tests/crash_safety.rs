//! Crash safety: a child process is SIGKILLed in the middle of ingests and restores, many times.
//! Afterwards the database must pass `integrity_check`, no document may be half present, and every
//! document the child reported as committed must be intact.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
#![cfg(unix)]
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use huquq_core::vault::backup::BackupSecret;
use huquq_core::vault::model::*;
use huquq_core::vault::{DataKey, Vault};

const PAGES_PER_DOCUMENT: u32 = 2;
/// Kills per mode in CI; `HUQUQ_CRASH_KILLS=1000` for the long run docs/SECURITY.md reports.
const KILLS_PER_MODE: u32 = 25;

fn kills_per_mode() -> u32 {
    std::env::var("HUQUQ_CRASH_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(KILLS_PER_MODE)
}

/// What went wrong after the kills, counted rather than stopping at the first, for the report.
#[derive(Default, Debug, PartialEq)]
struct Damage {
    corrupt: u32,
    half_present: u32,
    lost: u32,
}

fn photos() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/photos");
    vec![dir.join("gps_exif.jpg"), dir.join("progressive.jpg")]
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// The child: runs only when the parent starts this test binary with HUQUQ_CRASH_CHILD set.
#[test]
#[ignore = "child process of crash_safety; the parent runs it"]
fn crash_child() {
    let Ok(mode) = std::env::var("HUQUQ_CRASH_CHILD") else {
        return;
    };
    let dir = PathBuf::from(std::env::var("HUQUQ_CRASH_DIR").unwrap());
    let key = DataKey::from_bytes(&unhex(&std::env::var("HUQUQ_CRASH_KEY").unwrap())).unwrap();
    let vault = Vault::open(&dir, &key).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap();
    let person = vault.people().unwrap()[0].id.clone();
    let photos = photos();
    let paths: Vec<&Path> = photos.iter().map(PathBuf::as_path).collect();
    loop {
        if mode == "ingest" {
            let input = DocumentInput {
                person_id: person.clone(),
                kind: Some(DocumentKind::Receipt),
                ..Default::default()
            };
            let document = vault.add_document_with_pages(&input, &paths, now).unwrap();
            println!("committed {}", document.id);
        } else {
            let backup = PathBuf::from(std::env::var("HUQUQ_CRASH_BACKUP").unwrap());
            let summary = vault
                .restore(
                    &backup,
                    &BackupSecret::Passphrase("crash test".into()),
                    &mut |_| {},
                )
                .unwrap();
            println!("restored {}", summary.documents_added);
        }
    }
}

/// Starts the child, lets it work for `after`, kills it with SIGKILL; returns the lines it printed.
fn run_and_kill(
    mode: &str,
    dir: &Path,
    key: &DataKey,
    backup: &Path,
    after: Duration,
) -> Vec<String> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash_child",
            "--ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env("HUQUQ_CRASH_CHILD", mode)
        .env("HUQUQ_CRASH_DIR", dir)
        .env("HUQUQ_CRASH_KEY", hex(key.as_bytes()))
        .env("HUQUQ_CRASH_BACKUP", backup)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, receiver) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });
    std::thread::sleep(after);
    child.kill().unwrap(); // SIGKILL on Unix: no destructor, no flush, no rollback runs
    child.wait().unwrap();
    reader.join().unwrap();
    receiver.try_iter().collect()
}

fn check_sound(vault: &Vault, committed: &[String], damage: &mut Damage) {
    if vault.integrity_check().unwrap() != "ok" {
        damage.corrupt += 1;
    }
    let documents = vault.documents(&DocumentFilter::default()).unwrap();
    for document in &documents {
        let pages = vault.pages(&document.id).unwrap();
        let whole = document.page_count == PAGES_PER_DOCUMENT
            && pages.len() == PAGES_PER_DOCUMENT as usize
            && pages.iter().all(|page| {
                vault
                    .page_jpeg(&page.id)
                    .unwrap()
                    .starts_with(&[0xff, 0xd8])
            });
        if !whole {
            damage.half_present += 1;
        }
    }
    damage.lost += committed
        .iter()
        .filter(|id| !documents.iter().any(|d| &d.id == *id))
        .count() as u32;
}

#[test]
fn killing_ingests_and_restores_never_corrupts_or_half_stores() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap();
    let backup = dir.path().join("source.age");
    {
        // A backup of a few documents for the restores to replay.
        let source_dir = tempfile::tempdir().unwrap();
        let source = Vault::create(source_dir.path(), &DataKey::generate().unwrap()).unwrap();
        let person = source
            .add_person(
                &PersonInput {
                    name: "Source".into(),
                    relation: Relation::Myself,
                },
                now,
            )
            .unwrap();
        let photos = photos();
        let paths: Vec<&Path> = photos.iter().map(PathBuf::as_path).collect();
        for _ in 0..6 {
            let input = DocumentInput {
                person_id: person.id.clone(),
                kind: Some(DocumentKind::Visa),
                ..Default::default()
            };
            source.add_document_with_pages(&input, &paths, now).unwrap();
        }
        source
            .backup(
                &backup,
                &BackupSecret::Passphrase("crash test".into()),
                &mut |_| {},
            )
            .unwrap();
    }
    {
        let vault = Vault::create(dir.path(), &key).unwrap();
        vault
            .add_person(
                &PersonInput {
                    name: "Me".into(),
                    relation: Relation::Myself,
                },
                now,
            )
            .unwrap();
    }

    let kills = kills_per_mode();
    let mut damage = Damage::default();
    let mut committed = Vec::new();
    for round in 0..kills {
        // Different moments each round: early, mid-write, after several commits.
        let after = Duration::from_millis(40 + u64::from(round * 37 % 260));
        let lines = run_and_kill("ingest", dir.path(), &key, &backup, after);
        committed.extend(
            lines
                .iter()
                .filter_map(|l| l.strip_prefix("committed ").map(str::to_owned)),
        );
        let vault = Vault::open(dir.path(), &key).unwrap();
        check_sound(&vault, &committed, &mut damage);
    }
    for round in 0..kills {
        let after = Duration::from_millis(30 + u64::from(round * 53 % 300));
        run_and_kill("restore", dir.path(), &key, &backup, after);
        let vault = Vault::open(dir.path(), &key).unwrap();
        check_sound(&vault, &committed, &mut damage);
    }
    eprintln!(
        "crash safety: {kills} kills per mode, {} documents committed; corrupt databases {}, \
         half-present documents {}, lost committed documents {}",
        committed.len(),
        damage.corrupt,
        damage.half_present,
        damage.lost
    );
    assert_eq!(damage, Damage::default());
    let vault = Vault::open(dir.path(), &key).unwrap();
    assert!(
        !committed.is_empty(),
        "the child never committed: the kills came too early to test anything"
    );
    let visas = DocumentFilter {
        person_id: None,
        kind: Some(DocumentKind::Visa),
    };
    let restored = vault.documents(&visas).unwrap().len();
    assert!(
        restored == 0 || restored == 6,
        "a restore is all or nothing: {restored} of 6"
    );
}
