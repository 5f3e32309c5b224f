//! Backup throughput beside the `age` tool, for scripts/bench-backup.sh (issue 3: at least 80% of
//! `age` encrypting the same bytes). Builds a vault holding ~100 MB of page images and backs it up
//! to an age X25519 recipient; the plaintext tar that backup holds is then encrypted by the `age`
//! tool to the same recipient, into the same folder. The two alternate, run by run, so that both
//! see the same machine: a busy moment slows a pair, not one side.
//!
//! Usage: backup_bench <work dir> [runs] [pages] [page KB]
//! Prints `key value` lines: `pair <huquq s> <age s> <age fsync s>` per run (the fsync of age's
//! file, timed after it, for the comparison with both files on disk), `tar_bytes`, `backup_bytes`,
//! `huquq_cpu_seconds` and `age_cpu_seconds` (user + system, all threads, mean per run), `age_version`,
//! and for the breakdown the fastest `sqlcipher_read_mb_per_s` (the images read out of the vault,
//! nothing else) and `age_crate_mb_per_s` (the age crate's own writer on the same tar, which the
//! backup no longer uses).
#![allow(clippy::unwrap_used)] // a benchmark: any failure is the benchmark failing
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use huquq_core::vault::backup::BackupSecret;
use huquq_core::vault::model::{DocumentInput, DocumentKind, PersonInput, Relation};
use huquq_core::vault::{DataKey, PAGE_FORMAT, VAULT_FILE, Vault};
use rusqlite::{Connection, params};

/// This process's CPU time so far, and its waited-for children's (Linux: /proc/self/stat, in
/// clock ticks of 1/100 s): user plus system, all threads.
fn cpu_seconds() -> Option<(f64, f64)> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    let own = ticks(11)? + ticks(12)?;
    let children = ticks(13)? + ticks(14)?;
    Some((own / 100.0, children / 100.0))
}

/// Runs `age -r` on `tar` into `out` and returns its wall time, then the time to flush its file.
fn age_run(recipient: &str, tar: &Path, out: &Path) -> (f64, f64) {
    let start = Instant::now();
    let status = Command::new("age")
        .arg("-r")
        .arg(recipient)
        .arg("-o")
        .arg(out)
        .arg(tar)
        .status()
        .expect("the age tool (apt-get install -y age)");
    let seconds = start.elapsed().as_secs_f64();
    assert!(status.success(), "age -r failed");
    let start = Instant::now();
    fs::File::open(out).unwrap().sync_all().unwrap();
    (seconds, start.elapsed().as_secs_f64())
}

fn noise(seed: u64, len: usize) -> Vec<u8> {
    // Incompressible, like the entropy-coded body of a real JPEG.
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut bytes = Vec::with_capacity(len);
    bytes.extend([0xFF, 0xD8, 0xFF, 0xE0]);
    while bytes.len() < len - 2 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        bytes.extend_from_slice(&state.to_le_bytes());
    }
    bytes.truncate(len - 2);
    bytes.extend([0xFF, 0xD9]);
    bytes
}

fn main() {
    let mut args = std::env::args().skip(1);
    let work = PathBuf::from(args.next().expect("usage: backup_bench <work dir> [runs]"));
    let runs: usize = args.next().map_or(3, |a| a.parse().unwrap());
    let pages: u64 = args.next().map_or(200, |a| a.parse().unwrap());
    let page_kb: usize = args.next().map_or(500, |a| a.parse().unwrap());
    fs::create_dir_all(&work).unwrap();

    let vault_dir = work.join("vault");
    let _ = fs::remove_dir_all(&vault_dir);
    let key = DataKey::generate().unwrap();
    let vault = Vault::create(&vault_dir, &key).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap();
    let person = vault
        .add_person(
            &PersonInput {
                name: "Bench".into(),
                relation: Relation::Myself,
            },
            now,
        )
        .unwrap();
    let mut documents = Vec::new();
    for _ in 0..10 {
        let document = vault
            .add_document(
                &DocumentInput {
                    person_id: person.id.clone(),
                    kind: Some(DocumentKind::Passport),
                    ..Default::default()
                },
                now,
            )
            .unwrap();
        documents.push(document.id);
    }

    // Pages straight into the database: ingest speed is another benchmark.
    let mut conn = Connection::open(vault_dir.join(VAULT_FILE)).unwrap();
    let hex: String = key.as_bytes().iter().map(|b| format!("{b:02x}")).collect();
    conn.pragma_update(None, "key", format!("x'{hex}'"))
        .unwrap();
    PAGE_FORMAT.apply(&conn).unwrap();
    let tx = conn.transaction().unwrap();
    for page in 0..pages {
        let document = &documents[(page % 10) as usize];
        let id = uuid::Uuid::new_v4().to_string();
        tx.execute(
            "INSERT INTO pages (id, document_id, position, width, height, original_sha256,
                 original_bytes, captured_at)
             VALUES (?1, ?2, ?3, 2400, 1600, ?4, 4000000, '2026-11-29T09:00:00.000Z')",
            params![id, document, page / 10 + 1, format!("{page:064x}")],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO page_images (page_id, thumbnail, image) VALUES (?1, ?2, ?3)",
            params![
                id,
                noise(page ^ 0xABCD, 20_000),
                noise(page, page_kb * 1000)
            ],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    drop(conn);

    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let secret = BackupSecret::Recipient(recipient.clone());
    let dest = work.join("backup.age");
    let by_age = work.join("by-age.age");

    // A first backup, untimed, gives the plaintext it holds: the bytes the age tool encrypts.
    vault.backup(&dest, &secret, &mut |_| {}).unwrap();
    let decryptor =
        age::Decryptor::new_buffered(std::io::BufReader::new(fs::File::open(&dest).unwrap()))
            .unwrap();
    let mut plain = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut plain)
        .unwrap();
    let tar = work.join("backup.tar");
    fs::write(&tar, &plain).unwrap();

    let mut backup_bytes = 0;
    let (mut huquq_cpu, mut age_cpu) = (0.0, 0.0);
    for _ in 0..runs {
        // Each side's previous file goes before its clock starts: no run pays for freeing the
        // last one's blocks.
        let _ = fs::remove_file(&dest);
        let _ = fs::remove_file(&by_age);
        let before = cpu_seconds();
        let start = Instant::now();
        let summary = vault.backup(&dest, &secret, &mut |_| {}).unwrap();
        let huquq = start.elapsed().as_secs_f64();
        let middle = cpu_seconds();
        let (age, age_fsync) = age_run(&recipient, &tar, &by_age);
        let after = cpu_seconds();
        if let (Some(before), Some(middle), Some(after)) = (before, middle, after) {
            huquq_cpu += middle.0 - before.0;
            age_cpu += after.1 - middle.1;
        }
        backup_bytes = summary.bytes;
        println!("pair {huquq:.4} {age:.4} {age_fsync:.4}");
    }
    let _ = fs::remove_file(&by_age);
    let version = Command::new("age").arg("--version").output().unwrap();

    // Where the time goes. (a) Reading the images out of SQLCipher alone (AES-256-CBC and
    // HMAC-SHA256 per page), in one read transaction like the backup.
    let mut conn = Connection::open(vault_dir.join(VAULT_FILE)).unwrap();
    conn.pragma_update(None, "key", format!("x'{hex}'"))
        .unwrap();
    PAGE_FORMAT.apply(&conn).unwrap();
    let mut read_best = f64::MAX;
    for _ in 0..runs {
        let tx = conn.transaction().unwrap();
        let start = Instant::now();
        let rowids: Vec<i64> = tx
            .prepare("SELECT rowid FROM page_images")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        let mut buffer = vec![0u8; 64 * 1024];
        for rowid in rowids {
            for column in ["image", "thumbnail"] {
                let mut blob = tx
                    .blob_open("main", "page_images", column, rowid, true)
                    .unwrap();
                while blob.read(&mut buffer).unwrap() > 0 {}
            }
        }
        read_best = read_best.min(start.elapsed().as_secs_f64());
    }
    // (b) The age crate encrypting the same tar from memory to a file, as the `age` tool does.
    let mut crate_best = f64::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        let encryptor = age::Encryptor::with_recipients(std::iter::once(
            &identity.to_public() as &dyn age::Recipient
        ))
        .unwrap();
        let out = fs::File::create(work.join("by-crate.age")).unwrap();
        let mut writer = encryptor
            .wrap_output(std::io::BufWriter::with_capacity(256 * 1024, out))
            .unwrap();
        writer.write_all(&plain).unwrap();
        writer.finish().unwrap().flush().unwrap();
        crate_best = crate_best.min(start.elapsed().as_secs_f64());
    }
    let _ = fs::remove_file(work.join("by-crate.age"));

    println!("tar_bytes {}", plain.len());
    println!("backup_bytes {backup_bytes}");
    println!("huquq_cpu_seconds {:.3}", huquq_cpu / runs as f64);
    println!("age_cpu_seconds {:.3}", age_cpu / runs as f64);
    println!(
        "age_version {}",
        String::from_utf8_lossy(&version.stdout).trim()
    );
    let mb_per_s = |seconds: f64| plain.len() as f64 / 1e6 / seconds.max(1e-9);
    println!("sqlcipher_read_mb_per_s {:.1}", mb_per_s(read_best));
    println!("age_crate_mb_per_s {:.1}", mb_per_s(crate_best));
}
