//! Vault speed (figures in docs/PERFORMANCE.md): listing 1,000 documents sorted by expiry, and
//! erasing a vault (crypto-erase: files and wrapped key removed).
use std::hint::black_box;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use criterion::{BatchSize, Criterion};
use huquq_core::vault::model::*;
use huquq_core::vault::{DataKey, Vault};

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
    c.final_summary();
}
