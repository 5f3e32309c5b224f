//! Crash safety: a child process is SIGKILLed in the middle of ingests and restores, many times.
//! Afterwards the database must pass `integrity_check`, no document may be half present, every
//! document the child reported as committed must be intact, and a restore must have added all of
//! its documents or none. The last line printed is the report docs/SECURITY.md quotes.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
#![cfg(unix)]
use std::collections::BTreeSet;
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
/// Documents are counted once each, however many later checks see them.
#[derive(Default, Debug, PartialEq)]
struct Damage {
    corrupt: u32,
    half_present: BTreeSet<String>,
    lost: BTreeSet<String>,
    /// A restore found neither absent nor complete.
    partial_restores: u32,
}

/// Ingest rounds in one vault before a fresh one: a vault that grew for a thousand rounds would
/// make each check slower than the last. A restore gets a fresh vault every round, so that every
/// kill lands in a restore that still has something to add.
const ROUNDS_PER_VAULT: u32 = 25;
/// Documents in the backup the restores replay: enough that a restore takes longer than the
/// latest kill, so the kills land before, during and (rarely) after the writing.
const RESTORED_DOCUMENTS: usize = 60;

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
            let identity = BackupSecret::Identity(std::env::var("HUQUQ_CRASH_IDENTITY").unwrap());
            let summary = vault.restore(&backup, &identity, &mut |_| {}).unwrap();
            println!("restored {}", summary.documents_added);
        }
    }
}

/// How long a child takes from its start to the end of its first restore, for placing the kills.
fn time_one_restore(dir: &Path, key: &DataKey, backup: (&Path, &str)) -> Duration {
    let started = std::time::Instant::now();
    let mut child = child("restore", dir, key, backup);
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let finished = stdout
        .lines()
        .map_while(Result::ok)
        .any(|line| line.starts_with("restored "));
    let elapsed = started.elapsed();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(finished, "the child's restore failed");
    elapsed
}

fn child(mode: &str, dir: &Path, key: &DataKey, backup: (&Path, &str)) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
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
        .env("HUQUQ_CRASH_BACKUP", backup.0)
        .env("HUQUQ_CRASH_IDENTITY", backup.1)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Starts the child, lets it work for `after`, kills it with SIGKILL; returns the lines it printed.
fn run_and_kill(
    mode: &str,
    dir: &Path,
    key: &DataKey,
    backup: (&Path, &str),
    after: Duration,
) -> Vec<String> {
    let mut child = child(mode, dir, key, backup);
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
            damage.half_present.insert(document.id.clone());
        }
    }
    for id in committed {
        if !documents.iter().any(|d| &d.id == id) {
            damage.lost.insert(id.clone());
        }
    }
}

/// A new vault in `root/name` holding one person, for the child to write into.
fn fresh_vault(root: &Path, name: &str, key: &DataKey) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir(&dir).unwrap();
    let vault = Vault::create(&dir, key).unwrap();
    vault
        .add_person(
            &PersonInput {
                name: "Me".into(),
                relation: Relation::Myself,
            },
            Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap(),
        )
        .unwrap();
    dir
}

#[test]
fn killing_ingests_and_restores_never_corrupts_or_half_stores() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap();
    let backup = dir.path().join("source.age");
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let identity = {
        use age::secrecy::ExposeSecret;
        identity.to_string().expose_secret().to_owned()
    };
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
        for _ in 0..RESTORED_DOCUMENTS {
            let input = DocumentInput {
                person_id: person.id.clone(),
                kind: Some(DocumentKind::Visa),
                ..Default::default()
            };
            source.add_document_with_pages(&input, &paths, now).unwrap();
        }
        // To a key rather than a passphrase: scrypt would take the first second of every
        // restore, and the kills would land in it instead of in the writing.
        source
            .backup(&backup, &BackupSecret::Recipient(recipient), &mut |_| {})
            .unwrap();
    }
    let kills = kills_per_mode();
    let mut damage = Damage::default();
    let mut committed_in_all = 0;
    let mut vault_dir = PathBuf::new();
    let mut committed = Vec::new();
    for round in 0..kills {
        if round % ROUNDS_PER_VAULT == 0 {
            if round > 0 {
                std::fs::remove_dir_all(&vault_dir).unwrap();
            }
            vault_dir = fresh_vault(dir.path(), &format!("ingest-{round}"), &key);
            committed.clear();
        }
        // Different moments each round: early, mid-write, after several commits.
        let after = Duration::from_millis(40 + u64::from(round * 37 % 260));
        let lines = run_and_kill("ingest", &vault_dir, &key, (&backup, &identity), after);
        let new: Vec<String> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("committed ").map(str::to_owned))
            .collect();
        committed_in_all += new.len();
        committed.extend(new);
        let vault = Vault::open(&vault_dir, &key).unwrap();
        check_sound(&vault, &committed, &mut damage);
    }
    assert!(
        committed_in_all > 0,
        "the child never committed: the kills came too early to test anything"
    );

    let visas = DocumentFilter {
        person_id: None,
        kind: Some(DocumentKind::Visa),
    };
    let mut restores_complete = 0;
    // The quickest of three: the first run pays for cold caches.
    let one_restore = (0..3)
        .map(|n| {
            let calibration = fresh_vault(dir.path(), &format!("calibration-{n}"), &key);
            let took = time_one_restore(&calibration, &key, (&backup, &identity));
            std::fs::remove_dir_all(&calibration).unwrap();
            took
        })
        .min()
        .unwrap();
    for round in 0..kills {
        let vault_dir = fresh_vault(dir.path(), &format!("restore-{round}"), &key);
        // From the child's start to a little after its restore would end: most kills land while
        // it reads, decodes and writes.
        let after = one_restore.mul_f64(f64::from(round * 37 % 100 + 1) / 90.0);
        run_and_kill("restore", &vault_dir, &key, (&backup, &identity), after);
        let vault = Vault::open(&vault_dir, &key).unwrap();
        check_sound(&vault, &[], &mut damage);
        // A restore is all or nothing: none of the documents, or all of them.
        match vault.documents(&visas).unwrap().len() {
            0 => {}
            RESTORED_DOCUMENTS => restores_complete += 1,
            _ => damage.partial_restores += 1,
        }
        drop(vault);
        std::fs::remove_dir_all(&vault_dir).unwrap();
    }
    eprintln!(
        "crash safety: one restore takes {} ms from the child's start",
        one_restore.as_millis()
    );
    eprintln!(
        "crash safety: {kills} kills per mode; {committed_in_all} documents committed before their \
         kill, {restores_complete} restores complete before theirs; corrupt databases {}, \
         half-present documents {}, lost committed documents {}, partial restores {}",
        damage.corrupt,
        damage.half_present.len(),
        damage.lost.len(),
        damage.partial_restores
    );
    assert_eq!(damage, Damage::default());
}
