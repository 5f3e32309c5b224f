//! Vault speed (figures in docs/PERFORMANCE.md): listing 1,000 documents sorted by expiry,
//! erasing a vault (crypto-erase: files and wrapped key removed), and restoring a backup of ten
//! photographed pages into an empty vault (each image decoded and re-encoded, as a hostile backup
//! requires).
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration as Elapsed;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use criterion::{BatchSize, Criterion};
use huquq_core::vault::backup::BackupSecret;
use huquq_core::vault::model::*;
use huquq_core::vault::{DataKey, Vault};
use image::codecs::jpeg::JpegEncoder;

mod common;

fn vault_with(documents: usize) -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().expect("temp dir");
    let vault = Vault::create(dir.path(), &DataKey::generate().expect("key")).expect("vault");
    let now = Utc
        .with_ymd_and_hms(2026, 11, 29, 9, 0, 0)
        .single()
        .expect("date");
    let person = vault
        .add_person(
            &PersonInput {
                name: "Me".into(),
                relation: Relation::Myself,
            },
            now,
        )
        .expect("person");
    let start = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    for n in 0..documents {
        let expires = start + Duration::days((n * 7919 % 3650) as i64);
        let input = DocumentInput {
            person_id: person.id.clone(),
            kind: Some(DocumentKind::ALL[n % DocumentKind::ALL.len()]),
            number: format!("N {n:08}"),
            expires_on: Some(expires.to_string()),
            ..Default::default()
        };
        vault.add_document(&input, now).expect("document");
    }
    (dir, vault)
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let (_dir, vault) = vault_with(1000);
    c.bench_function("list_1000_documents", |b| {
        b.iter(|| black_box(vault.documents(&DocumentFilter::default()).expect("list")))
    });
    c.bench_function("erase_vault_with_100_documents", |b| {
        b.iter_batched(
            || vault_with(100),
            |(dir, vault)| {
                vault.erase_open().expect("erase");
                dir
            },
            BatchSize::PerIteration,
        )
    });
    restore_ten_pages(&mut c);
    c.final_summary();
}

/// A backup of five documents of two pages, each page from a different 12-megapixel photo (stored
/// at 2400 px, as the phone stores them), restored into a new empty vault each time.
fn restore_ten_pages(c: &mut Criterion) {
    let work = tempfile::tempdir().expect("temp dir");
    let photos: Vec<PathBuf> = (0..10u8)
        .map(|n| {
            let mut image = common::detailed_photo(4000, 3000);
            // A different original each time: restore would merge identical ones.
            image.put_pixel(u32::from(n), 0, image::Rgb([n, n, n]));
            let mut jpeg = Vec::new();
            JpegEncoder::new_with_quality(&mut jpeg, 90)
                .encode_image(&image)
                .expect("encodes");
            let path = work.path().join(format!("photo-{n}.jpg"));
            std::fs::write(&path, jpeg).expect("writes");
            path
        })
        .collect();
    let (_source_dir, source) = vault_with(0);
    let now = Utc
        .with_ymd_and_hms(2026, 12, 6, 9, 0, 0)
        .single()
        .expect("date");
    let person = source.people().expect("people").remove(0);
    for pair in photos.chunks(2) {
        let input = DocumentInput {
            person_id: person.id.clone(),
            kind: Some(DocumentKind::Passport),
            ..Default::default()
        };
        let pages: Vec<&std::path::Path> = pair.iter().map(PathBuf::as_path).collect();
        source
            .add_document_with_pages(&input, &pages, now)
            .expect("document");
    }
    let identity = age::x25519::Identity::generate();
    let recipient = BackupSecret::Recipient(identity.to_public().to_string());
    let secret = {
        use age::secrecy::ExposeSecret;
        BackupSecret::Identity(identity.to_string().expose_secret().to_owned())
    };
    let backup = work.path().join("ten-pages.age");
    source
        .backup(&backup, &recipient, &mut |_| {})
        .expect("backup");
    println!(
        "backup of 10 pages: {} bytes",
        std::fs::metadata(&backup).expect("size").len()
    );

    let mut group = c.benchmark_group("vault");
    group.sample_size(10);
    group.measurement_time(Elapsed::from_secs(30));
    group.bench_function("restore_10_pages", |b| {
        b.iter_batched(
            || vault_with(0),
            |(dir, vault)| {
                let summary = vault
                    .restore(&backup, &secret, &mut |_| {})
                    .expect("restore");
                assert_eq!(summary.pages_added, 10);
                dir
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}
