//! The encrypted vault store: keys, schema, records, and every bad input leaving the data unchanged.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::fs;
use std::path::Path;

use chrono::{DateTime, TimeZone, Utc};
use huquq_core::error::{Field, Problem};
use huquq_core::vault::model::*;
use huquq_core::vault::{DataKey, PAGE_FORMAT, PageFormat, VAULT_FILE, Vault};
use huquq_core::{Error, ItemKind};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap()
}

fn new_vault() -> (tempfile::TempDir, DataKey, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    let vault = Vault::create(dir.path(), &key).unwrap();
    (dir, key, vault)
}

fn me(vault: &Vault) -> Person {
    vault
        .add_person(
            &PersonInput {
                name: "Idrissa Traoré".into(),
                relation: Relation::Myself,
            },
            now(),
        )
        .unwrap()
}

fn card(person: &Person, expires: &str) -> DocumentInput {
    DocumentInput {
        person_id: person.id.clone(),
        kind: Some(DocumentKind::ResidenceCard),
        number: "N 12345678".into(),
        authority: "Migration Service, Almaty".into(),
        issued_on: Some("2019-03-01".into()),
        expires_on: Some(expires.into()),
        notes: String::new(),
    }
}

fn file_bytes(dir: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(VAULT_FILE)
        {
            bytes.extend(fs::read(path).unwrap());
        }
    }
    bytes
}

#[test]
fn reopens_with_its_key_and_refuses_a_wrong_one_without_touching_the_file() {
    let (dir, key, vault) = new_vault();
    let person = me(&vault);
    drop(vault);
    let before = fs::read(dir.path().join(VAULT_FILE)).unwrap();

    // Opening tries every page format before it calls a key wrong; none of the tries writes.
    let wrong = DataKey::generate().unwrap();
    assert!(matches!(
        Vault::open(dir.path(), &wrong),
        Err(Error::WrongKey)
    ));
    assert!(matches!(
        Vault::open(dir.path(), &wrong),
        Err(Error::WrongKey)
    ));
    assert_eq!(
        fs::read(dir.path().join(VAULT_FILE)).unwrap(),
        before,
        "a wrong key changes nothing"
    );

    let vault = Vault::open(dir.path(), &key).unwrap();
    assert_eq!(vault.people().unwrap(), [person]);
}

#[test]
fn a_file_that_is_not_a_vault_is_a_wrong_key_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = b"not a database at all, but someone's file".repeat(200);
    fs::write(dir.path().join(VAULT_FILE), &garbage).unwrap();
    assert!(matches!(
        Vault::open(dir.path(), &DataKey::generate().unwrap()),
        Err(Error::WrongKey)
    ));
    assert_eq!(fs::read(dir.path().join(VAULT_FILE)).unwrap(), garbage);
}

#[test]
fn create_and_open_refuse_the_wrong_situation() {
    let (dir, key, vault) = new_vault();
    drop(vault);
    assert!(matches!(
        Vault::create(dir.path(), &key),
        Err(Error::VaultExists)
    ));
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        Vault::open(empty.path(), &key),
        Err(Error::VaultMissing)
    ));
    assert!(
        !empty.path().join(VAULT_FILE).exists(),
        "opening never creates"
    );
}

#[test]
fn documents_are_listed_by_expiry_and_filtered() {
    let (_dir, _key, vault) = new_vault();
    let person = me(&vault);
    let child = vault
        .add_person(
            &PersonInput {
                name: "Awa".into(),
                relation: Relation::Child,
            },
            now(),
        )
        .unwrap();
    let late = vault
        .add_document(&card(&person, "2030-01-01"), now())
        .unwrap();
    let soon = vault
        .add_document(&card(&person, "2027-02-28"), now())
        .unwrap();
    let undated = vault
        .add_document(
            &DocumentInput {
                kind: Some(DocumentKind::Receipt),
                expires_on: None,
                ..card(&person, "")
            },
            now(),
        )
        .unwrap();
    let passport = vault
        .add_document(
            &DocumentInput {
                kind: Some(DocumentKind::Passport),
                ..card(&child, "2028-05-05")
            },
            now(),
        )
        .unwrap();

    let ids = |docs: Vec<Document>| docs.into_iter().map(|d| d.id).collect::<Vec<_>>();
    assert_eq!(
        ids(vault.documents(&DocumentFilter::default()).unwrap()),
        [
            soon.id.clone(),
            passport.id.clone(),
            late.id.clone(),
            undated.id.clone()
        ]
    );
    let mine = DocumentFilter {
        person_id: Some(person.id.clone()),
        kind: None,
    };
    assert_eq!(
        ids(vault.documents(&mine).unwrap()),
        [soon.id.clone(), late.id.clone(), undated.id.clone()]
    );
    let passports = DocumentFilter {
        person_id: None,
        kind: Some(DocumentKind::Passport),
    };
    assert_eq!(
        ids(vault.documents(&passports).unwrap()),
        vec![passport.id.clone()]
    );

    let edited = vault
        .update_document(
            &soon.id,
            &DocumentInput {
                notes: "renewal filed".into(),
                ..card(&person, "2027-03-01")
            },
            now(),
        )
        .unwrap();
    assert_eq!(edited.expires_on.as_deref(), Some("2027-03-01"));
    assert_eq!(edited.notes, "renewal filed");

    vault.delete_person(&child.id).unwrap();
    assert!(matches!(
        vault.document(&passport.id),
        Err(Error::NotFound {
            kind: ItemKind::Document,
            ..
        })
    ));
}

#[test]
fn bad_input_is_refused_and_nothing_is_stored() {
    let (_dir, _key, vault) = new_vault();
    let person = me(&vault);
    let cases: Vec<(DocumentInput, Error)> = vec![
        (
            card(&person, "2027-02-30"),
            Error::Invalid {
                field: Field::ExpiresOn,
                problem: Problem::BadDate,
            },
        ),
        (
            DocumentInput {
                issued_on: Some("2019-13-01".into()),
                ..card(&person, "2027-01-01")
            },
            Error::Invalid {
                field: Field::IssuedOn,
                problem: Problem::BadDate,
            },
        ),
        (
            card(&person, "2018-01-01"),
            Error::Invalid {
                field: Field::ExpiresOn,
                problem: Problem::ExpiryBeforeIssue,
            },
        ),
        (
            DocumentInput {
                kind: None,
                ..card(&person, "2027-01-01")
            },
            Error::Invalid {
                field: Field::Kind,
                problem: Problem::Missing,
            },
        ),
        (
            DocumentInput {
                person_id: "no-such-person".into(),
                ..card(&person, "2027-01-01")
            },
            Error::NotFound {
                kind: ItemKind::Person,
                id: "no-such-person".into(),
            },
        ),
    ];
    for (input, expected) in cases {
        let error = vault.add_document(&input, now()).unwrap_err();
        assert_eq!(format!("{error:?}"), format!("{expected:?}"));
    }
    assert!(
        vault
            .documents(&DocumentFilter::default())
            .unwrap()
            .is_empty()
    );
    assert!(matches!(
        vault.add_person(
            &PersonInput {
                name: "  ".into(),
                relation: Relation::Other
            },
            now()
        ),
        Err(Error::Invalid {
            field: Field::Name,
            problem: Problem::Missing
        })
    ));
    assert!(matches!(
        vault.update_document("nope", &card(&person, "2027-01-01"), now()),
        Err(Error::NotFound {
            kind: ItemKind::Document,
            ..
        })
    ));
    assert!(matches!(
        vault.delete_document("nope"),
        Err(Error::NotFound { .. })
    ));

    let document = vault
        .add_document(&card(&person, "2027-01-01"), now())
        .unwrap();
    let payment = |amount: i64, currency: &str, paid_on: &str| PaymentInput {
        document_id: document.id.clone(),
        amount_minor: amount,
        currency: currency.into(),
        paid_on: paid_on.into(),
        payee: "State revenue".into(),
        reference: "R-1".into(),
        receipt_page_id: None,
    };
    assert!(matches!(
        vault.add_payment(&payment(-1, "KZT", "2026-11-01"), now()),
        Err(Error::Invalid {
            field: Field::Amount,
            ..
        })
    ));
    assert!(matches!(
        vault.add_payment(&payment(100, "tenge", "2026-11-01"), now()),
        Err(Error::Invalid {
            field: Field::Currency,
            ..
        })
    ));
    assert!(matches!(
        vault.add_payment(&payment(100, "KZT", "2026-11-31"), now()),
        Err(Error::Invalid {
            field: Field::PaidOn,
            ..
        })
    ));
    assert!(matches!(
        vault.add_payment(
            &PaymentInput {
                receipt_page_id: Some("no-page".into()),
                ..payment(100, "KZT", "2026-11-01")
            },
            now()
        ),
        Err(Error::NotFound {
            kind: ItemKind::Page,
            ..
        })
    ));
    assert!(vault.payments(&document.id).unwrap().is_empty());
    let paid = vault
        .add_payment(&payment(432_500, "kzt", "2026-11-01"), now())
        .unwrap();
    assert_eq!(
        (paid.amount_minor, paid.currency.as_str()),
        (432_500, "KZT")
    );
    assert_eq!(vault.payments(&document.id).unwrap(), [paid]);
}

#[test]
fn the_database_files_hold_none_of_the_text_in_plaintext() {
    let (dir, _key, vault) = new_vault();
    let person = vault
        .add_person(
            &PersonInput {
                name: "Plaintext-Canary-Name".into(),
                relation: Relation::Myself,
            },
            now(),
        )
        .unwrap();
    vault
        .add_document(
            &DocumentInput {
                number: "CANARY-NUMBER-771".into(),
                notes: "canary notes about a fine".into(),
                ..card(&person, "2027-01-01")
            },
            now(),
        )
        .unwrap();
    drop(vault);
    let bytes = file_bytes(dir.path());
    assert!(bytes.len() > 4096);
    for canary in [
        "Plaintext-Canary-Name",
        "CANARY-NUMBER-771",
        "canary notes",
        "residence_card",
        "CREATE TABLE",
    ] {
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
            "{canary} found in plaintext"
        );
    }
}

#[test]
fn a_vault_made_with_the_first_schema_opens_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let key = DataKey::generate().unwrap();
    {
        // Build a vault exactly as schema 1 left it, from the frozen copy of that schema, with
        // SQLCipher 4's default page HMAC (SHA-512) as vaults had then.
        let conn = rusqlite::Connection::open(dir.path().join(VAULT_FILE)).unwrap();
        conn.pragma_update(None, "key", format!("x'{}'", hex(key.as_bytes())))
            .unwrap();
        conn.execute_batch(include_str!("fixtures/vault_schema_1.sql"))
            .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute("INSERT INTO people VALUES ('p1', 'Old Name', 'self', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')", []).unwrap();
        conn.execute(
            "INSERT INTO documents (id, person_id, kind, expires_on, created_at, updated_at)
             VALUES ('d1', 'p1', 'passport', '2029-09-09', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO pages (id, document_id, position, image, thumbnail, width, height,
                 original_sha256, original_bytes, captured_at)
             VALUES ('pg1', 'd1', 1, x'FFD8FF01', x'FFD8FF02', 10, 20, 'abc', 4, '2024-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    }
    let vault = Vault::open(dir.path(), &key).unwrap();
    assert_eq!(vault.people().unwrap()[0].name, "Old Name");
    // Schema 2 moved the images to their own table; none is lost on the way.
    let pages = vault.pages("d1").unwrap();
    assert_eq!((pages.len(), pages[0].width, pages[0].height), (1, 10, 20));
    assert_eq!(vault.page_jpeg("pg1").unwrap(), [0xFF, 0xD8, 0xFF, 0x01]);
    assert_eq!(
        vault.page_thumbnail("pg1").unwrap(),
        [0xFF, 0xD8, 0xFF, 0x02]
    );
    assert_eq!(vault.integrity_check().unwrap(), "ok");
    let document = vault.document("d1").unwrap();
    assert_eq!(
        (document.kind, document.expires_on.as_deref()),
        (DocumentKind::Passport, Some("2029-09-09"))
    );
}

#[test]
fn a_vault_from_a_newer_app_is_refused_untouched() {
    let (dir, key, vault) = new_vault();
    drop(vault);
    {
        let conn = rusqlite::Connection::open(dir.path().join(VAULT_FILE)).unwrap();
        conn.pragma_update(None, "key", format!("x'{}'", hex(key.as_bytes())))
            .unwrap();
        PAGE_FORMAT.apply(&conn).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    assert!(matches!(
        Vault::open(dir.path(), &key),
        Err(Error::VaultTooNew { found: 99, .. })
    ));
}

/// A second connection to the vault file, in `format` (SQLCipher's defaults if none).
fn raw(dir: &Path, key: &DataKey, format: Option<PageFormat>) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(dir.join(VAULT_FILE)).unwrap();
    conn.pragma_update(None, "cipher_log_level", "NONE")
        .unwrap();
    conn.pragma_update(None, "key", format!("x'{}'", hex(key.as_bytes())))
        .unwrap();
    if let Some(format) = format {
        format.apply(&conn).unwrap();
    }
    conn
}

/// Whether a second connection reads the vault file in `format` (SQLCipher's defaults if none).
fn readable(dir: &Path, key: &DataKey, format: Option<PageFormat>) -> bool {
    raw(dir, key, format)
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .is_ok_and(|tables| tables > 0)
}

const FOUR_KIB_SHA256: PageFormat = PageFormat {
    hmac: "HMAC_SHA256",
    page_size: 4096,
};

#[test]
fn new_vaults_have_16_kib_pages_authenticated_with_hmac_sha256() {
    let (dir, key, vault) = new_vault();
    drop(vault);
    assert_eq!(
        (PAGE_FORMAT.hmac, PAGE_FORMAT.page_size),
        ("HMAC_SHA256", 16384)
    );
    assert!(readable(dir.path(), &key, Some(PAGE_FORMAT)));
    // Neither 4 KiB pages nor SQLCipher's defaults (4 KiB, SHA-512) read it.
    assert!(!readable(dir.path(), &key, Some(FOUR_KIB_SHA256)));
    assert!(!readable(dir.path(), &key, None));
}

/// SQLCipher's crypto is the Rust provider, not OpenSSL: a build that lost the flag naming it
/// (.cargo/config.toml) would still work, but carry OpenSSL's 4 MB again. On Apple platforms it is
/// the system's CommonCrypto (core/Cargo.toml).
#[test]
fn vault_pages_are_encrypted_by_the_platforms_provider() {
    let (dir, key, vault) = new_vault();
    me(&vault);
    drop(vault);
    let conn = raw(dir.path(), &key, Some(PAGE_FORMAT));
    let provider: String = conn
        .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
        .unwrap();
    #[cfg(not(target_vendor = "apple"))]
    assert_eq!(provider, sqlcipher_rustcrypto::PROVIDER_NAME);
    #[cfg(target_vendor = "apple")]
    assert_eq!(provider, "commoncrypto");
    let people: i64 = conn
        .query_row("SELECT count(*) FROM people", [], |r| r.get(0))
        .unwrap();
    assert_eq!(people, 1);
}

/// Vaults made between the change to HMAC-SHA256 and the change to 16 KiB pages (the first
/// format, SQLCipher's defaults, is covered by the first-schema test above).
#[test]
fn a_vault_with_4_kib_pages_and_hmac_sha256_still_opens() {
    let (dir, key, vault) = new_vault();
    let person = me(&vault);
    drop(vault);
    let older = dir.path().join("older.sqlite3");
    {
        let conn = raw(dir.path(), &key, Some(PAGE_FORMAT));
        conn.execute(
            "ATTACH DATABASE ?1 AS older KEY ?2",
            rusqlite::params![
                older.to_str().unwrap(),
                format!("x'{}'", hex(key.as_bytes()))
            ],
        )
        .unwrap();
        conn.execute_batch(
            "PRAGMA older.cipher_hmac_algorithm = HMAC_SHA256;
             PRAGMA older.cipher_page_size = 4096;",
        )
        .unwrap();
        conn.query_row("SELECT sqlcipher_export('older')", [], |_| Ok(()))
            .unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        conn.pragma_update(Some("older"), "user_version", version)
            .unwrap();
    }
    fs::rename(&older, dir.path().join(VAULT_FILE)).unwrap();
    assert!(readable(dir.path(), &key, Some(FOUR_KIB_SHA256)));
    assert!(!readable(dir.path(), &key, Some(PAGE_FORMAT)));
    let vault = Vault::open(dir.path(), &key).unwrap();
    assert_eq!(vault.people().unwrap(), vec![person]);
    assert_eq!(vault.integrity_check().unwrap(), "ok");
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
