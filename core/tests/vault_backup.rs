//! Encrypted backup and restore: round trips with a passphrase and an age X25519 key, merging
//! without duplicates, every kind of bad file leaving the vault exactly as it was, and the standard
//! `age` tool as an independent judge of the format.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use chrono::{DateTime, TimeZone, Utc};
use huquq_core::vault::backup::{BackupSecret, Progress};
use huquq_core::vault::model::*;
use huquq_core::vault::{DataKey, PAGE_FORMAT, VAULT_FILE, Vault};
use huquq_core::{App, Error};
use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};

const PASSPHRASE: &str = "correct horse battery staple";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap()
}

struct TestVault {
    dir: tempfile::TempDir,
    key: DataKey,
    vault: Vault,
}

impl TestVault {
    fn new() -> TestVault {
        let dir = tempfile::tempdir().unwrap();
        let key = DataKey::generate().unwrap();
        let vault = Vault::create(dir.path(), &key).unwrap();
        TestVault { dir, key, vault }
    }

    /// A second connection to the same encrypted file, for what the store has no API for.
    fn raw(&self) -> Connection {
        let conn = Connection::open(self.dir.path().join(VAULT_FILE)).unwrap();
        let hex: String = self
            .key
            .as_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        conn.pragma_update(None, "key", format!("x'{hex}'"))
            .unwrap();
        PAGE_FORMAT.apply(&conn).unwrap();
        conn
    }

    /// Inserts a page whose image is a real JPEG of noise from `seed`, of about `bytes` bytes;
    /// `seed` also gives the original's hash, so two pages with one seed are the same photo.
    fn insert_page(&self, document_id: &str, position: u32, seed: u64, bytes: usize) -> String {
        let id = uuid::Uuid::new_v4().to_string();
        let original_sha256 = hex(&Sha256::digest(seed.to_le_bytes()));
        let (image, width, height) = noise_jpeg(seed, bytes);
        let (thumbnail, _, _) = noise_jpeg(seed ^ 0xFFFF, bytes / 20 + 10);
        self.raw()
            .execute(
                "INSERT INTO pages (id, document_id, position, width, height, original_sha256,
                     original_bytes, captured_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 4000000, '2026-11-29T09:00:00.000Z')",
                params![id, document_id, position, width, height, original_sha256],
            )
            .unwrap();
        self.raw()
            .execute(
                "INSERT INTO page_images (page_id, thumbnail, image) VALUES (?1, ?2, ?3)",
                params![id, thumbnail, image],
            )
            .unwrap();
        id
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A real JPEG of coloured noise (which compresses badly) of roughly `bytes` bytes, and its size.
fn noise_jpeg(seed: u64, bytes: usize) -> (Vec<u8>, u32, u32) {
    let side = ((bytes as f64 / 1.6).sqrt() as u32).max(8);
    let noise = jpeg_like(seed, (side * side * 3) as usize + 6);
    let image = image::RgbImage::from_fn(side, side, |x, y| {
        let at = ((y * side + x) * 3) as usize + 4;
        image::Rgb([noise[at], noise[at + 1], noise[at + 2]])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode_image(&image)
        .unwrap();
    (jpeg, side, side)
}

/// The pixel size of a JPEG, decoded as a phone would.
fn decoded_size(jpeg: &[u8]) -> (u32, u32) {
    let image = image::load_from_memory_with_format(jpeg, image::ImageFormat::Jpeg).unwrap();
    (image.width(), image.height())
}

/// Bytes that start and end like a JPEG, with incompressible content between.
fn jpeg_like(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    while bytes.len() < len - 2 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        bytes.push(state as u8);
    }
    bytes.extend([0xFF, 0xD9]);
    bytes
}

/// Two people, three documents (one without pages), five pages, two payments (one with a receipt).
struct Sample {
    documents: Vec<Document>,
    pages: Vec<String>,
}

fn fill(t: &TestVault) -> Sample {
    let v = &t.vault;
    let me = v
        .add_person(
            &PersonInput {
                name: "Idrissa Traoré".into(),
                relation: Relation::Myself,
            },
            now(),
        )
        .unwrap();
    let child = v
        .add_person(
            &PersonInput {
                name: "Awa".into(),
                relation: Relation::Child,
            },
            now(),
        )
        .unwrap();
    let card = v
        .add_document(
            &DocumentInput {
                person_id: me.id.clone(),
                kind: Some(DocumentKind::ResidenceCard),
                number: "N 12345678".into(),
                authority: "Migration Service, Almaty".into(),
                issued_on: Some("2019-03-01".into()),
                expires_on: Some("2029-02-28".into()),
                notes: "Keep with the passport «№»".into(),
            },
            now(),
        )
        .unwrap();
    let fine = v
        .add_document(
            &DocumentInput {
                person_id: me.id.clone(),
                kind: Some(DocumentKind::FineOrDecision),
                number: "F-77".into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    let passport = v
        .add_document(
            &DocumentInput {
                person_id: child.id.clone(),
                kind: Some(DocumentKind::Passport),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    let pages = vec![
        t.insert_page(&card.id, 1, 1, 20_000),
        t.insert_page(&card.id, 2, 2, 70_000),
        t.insert_page(&fine.id, 1, 3, 5_000),
        t.insert_page(&fine.id, 2, 4, 140_000),
        t.insert_page(&fine.id, 3, 5, 300),
    ];
    v.add_payment(
        &PaymentInput {
            document_id: fine.id.clone(),
            amount_minor: 1_500_000,
            currency: "kzt".into(),
            paid_on: "2026-10-01".into(),
            payee: "Treasury".into(),
            reference: "R-1".into(),
            receipt_page_id: Some(pages[3].clone()),
        },
        now(),
    )
    .unwrap();
    v.add_payment(
        &PaymentInput {
            document_id: fine.id.clone(),
            amount_minor: 0,
            currency: "USD".into(),
            paid_on: "2026-10-02".into(),
            ..Default::default()
        },
        now(),
    )
    .unwrap();
    let documents = vec![card, fine, passport];
    Sample { documents, pages }
}

/// Everything a person could see of a vault, images included (hashed), in a comparable form.
/// A page as a restore must keep it: (id, document, position, original hash, (width, height) as
/// stored and as decoded).
type PageFacts = (String, String, u32, String, (u32, u32));

#[derive(Debug, PartialEq, Eq)]
struct Snapshot {
    people: Vec<Person>,
    documents: Vec<Document>,
    payments: Vec<Payment>,
    pages: Vec<PageFacts>,
}

fn snapshot(t: &TestVault) -> Snapshot {
    let documents = t.vault.documents(&DocumentFilter::default()).unwrap();
    let mut payments = Vec::new();
    for document in &documents {
        payments.extend(t.vault.payments(&document.id).unwrap());
    }
    let conn = t.raw();
    let mut statement = conn
        .prepare(
            "SELECT p.id, p.document_id, p.position, p.original_sha256, p.width, p.height, i.image
             FROM pages p JOIN page_images i ON i.page_id = p.id ORDER BY p.id",
        )
        .unwrap();
    // A restored image is made again from its pixels, so its bytes differ from the original's:
    // what must survive is the page, its evidence hash and an image of the same size.
    let pages = statement
        .query_map([], |r| {
            let size = (r.get(4)?, r.get(5)?);
            assert_eq!(decoded_size(&r.get::<_, Vec<u8>>(6)?), size);
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, size))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    Snapshot {
        people: t.vault.people().unwrap(),
        documents,
        payments,
        pages,
    }
}

fn page_count(t: &TestVault) -> usize {
    snapshot(t).pages.len()
}

/// Progress calls, checked to be monotonic, to end at the total, and the total to be constant.
#[derive(Default)]
struct Recorder(Vec<Progress>);

impl Recorder {
    fn call(&mut self) -> impl FnMut(Progress) + '_ {
        |p| self.0.push(p)
    }

    fn assert_complete(&self, total: u64) {
        assert!(!self.0.is_empty());
        assert!(self.0.iter().all(|p| p.total == total), "{:?}", self.0);
        assert!(self.0.windows(2).all(|w| w[0].done <= w[1].done));
        assert_eq!(self.0.last().unwrap().done, total, "{:?}", self.0);
    }
}

fn x25519() -> (BackupSecret, BackupSecret) {
    let identity = age::x25519::Identity::generate();
    (
        BackupSecret::Recipient(identity.to_public().to_string()),
        BackupSecret::Identity(identity.to_string().expose_secret().to_owned()),
    )
}

fn backup(t: &TestVault, dest: &Path, secret: &BackupSecret) {
    let mut progress = Recorder::default();
    let summary = t.vault.backup(dest, secret, &mut progress.call()).unwrap();
    assert_eq!(summary.bytes, fs::metadata(dest).unwrap().len());
    let total = u64::from(summary.documents) + u64::from(summary.pages);
    progress.assert_complete(total);
}

/// One passphrase backup of the sample for every test that needs one: scrypt is slow on purpose.
fn passphrase_backup() -> &'static (Snapshot, PathBuf) {
    static BACKUP: std::sync::OnceLock<(Snapshot, PathBuf)> = std::sync::OnceLock::new();
    BACKUP.get_or_init(|| {
        let t = TestVault::new();
        fill(&t);
        let dir = tempfile::tempdir().unwrap().keep();
        let dest = dir.join("huquq.age");
        backup(&t, &dest, &BackupSecret::Passphrase(PASSPHRASE.into()));
        (snapshot(&t), dest)
    })
}

fn x25519_backup() -> &'static (Snapshot, PathBuf, BackupSecret) {
    static BACKUP: std::sync::OnceLock<(Snapshot, PathBuf, BackupSecret)> =
        std::sync::OnceLock::new();
    BACKUP.get_or_init(|| {
        let t = TestVault::new();
        fill(&t);
        let (recipient, identity) = x25519();
        let dir = tempfile::tempdir().unwrap().keep();
        let dest = dir.join("huquq.age");
        backup(&t, &dest, &recipient);
        (snapshot(&t), dest, identity)
    })
}

#[test]
fn passphrase_round_trip_into_an_empty_vault() {
    let (original, file) = passphrase_backup();
    let target = TestVault::new();
    let mut progress = Recorder::default();
    let summary = target
        .vault
        .restore(
            file,
            &BackupSecret::Passphrase(PASSPHRASE.into()),
            &mut progress.call(),
        )
        .unwrap();
    assert_eq!(
        (
            summary.people_added,
            summary.documents_added,
            summary.pages_added,
            summary.pages_skipped_duplicate,
            summary.payments_added
        ),
        (2, 3, 5, 0, 2)
    );
    progress.assert_complete(3 + 5);
    assert_eq!(&snapshot(&target), original);
}

#[test]
fn x25519_round_trip_into_an_empty_vault() {
    let (original, file, identity) = x25519_backup();
    let target = TestVault::new();
    let mut progress = Recorder::default();
    let summary = target
        .vault
        .restore(file, identity, &mut progress.call())
        .unwrap();
    assert_eq!((summary.documents_added, summary.pages_added), (3, 5));
    progress.assert_complete(3 + 5);
    assert_eq!(&snapshot(&target), original);
    // The receipt still points at its page.
    let fine = &original
        .documents
        .iter()
        .find(|d| d.page_count == 3)
        .unwrap();
    let paid = target.vault.payments(&fine.id).unwrap();
    assert!(paid.iter().any(|p| p.receipt_page_id.is_some()));
}

#[test]
fn an_empty_vault_backs_up_and_restores() {
    let source = TestVault::new();
    let (recipient, identity) = x25519();
    let dest = source.dir.path().join("empty.age");
    backup(&source, &dest, &recipient);
    let target = TestVault::new();
    let summary = target.vault.restore(&dest, &identity, &mut |_| {}).unwrap();
    assert_eq!(summary, Default::default());
    assert_eq!(snapshot(&target), snapshot(&source));
}

#[test]
fn restoring_twice_adds_nothing() {
    let (original, file, identity) = x25519_backup();
    let target = TestVault::new();
    target.vault.restore(file, identity, &mut |_| {}).unwrap();
    let mut progress = Recorder::default();
    let again = target
        .vault
        .restore(file, identity, &mut progress.call())
        .unwrap();
    assert_eq!(
        (
            again.people_added,
            again.documents_added,
            again.pages_added,
            again.pages_skipped_duplicate,
            again.payments_added
        ),
        (0, 0, 0, 5, 0)
    );
    progress.assert_complete(3 + 5);
    assert_eq!(&snapshot(&target), original);
}

#[test]
fn restore_merges_by_id_and_by_content_hash() {
    let phone = TestVault::new();
    let sample = fill(&phone);
    let (recipient, identity) = x25519();
    let first = phone.dir.path().join("first.age");
    backup(&phone, &first, &recipient);

    // A second phone gets the first backup, then photographs the fine's decision again (same
    // original, its own page id) and adds a page of its own.
    let other = TestVault::new();
    other.vault.restore(&first, &identity, &mut |_| {}).unwrap();
    let fine = &sample.documents[1];
    let retaken = other.insert_page(&fine.id, 9, 42, 1000);
    other.insert_page(&fine.id, 10, 43, 1000);

    // Meanwhile the first phone photographs the same original and pays with it as the receipt.
    let same_photo = phone.insert_page(&fine.id, 4, 42, 1000);
    let new_page = phone.insert_page(&sample.documents[0].id, 3, 44, 1000);
    let payment = phone
        .vault
        .add_payment(
            &PaymentInput {
                document_id: fine.id.clone(),
                amount_minor: 500,
                currency: "KZT".into(),
                paid_on: "2026-11-01".into(),
                receipt_page_id: Some(same_photo.clone()),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    let second = phone.dir.path().join("second.age");
    backup(&phone, &second, &recipient);

    let summary = other
        .vault
        .restore(&second, &identity, &mut |_| {})
        .unwrap();
    assert_eq!(
        (
            summary.people_added,
            summary.documents_added,
            summary.pages_added,
            summary.pages_skipped_duplicate,
            summary.payments_added
        ),
        (0, 0, 1, 6, 1)
    );
    let merged = snapshot(&other);
    assert_eq!(merged.people, phone.vault.people().unwrap());
    assert_eq!(merged.documents.len(), 3);
    assert_eq!(merged.pages.len(), 5 + 2 + 1);
    assert!(merged.pages.iter().any(|p| p.0 == new_page));
    assert!(!merged.pages.iter().any(|p| p.0 == same_photo));
    // The receipt now points at the copy of that photo this vault already had.
    let restored = merged.payments.iter().find(|p| p.id == payment.id).unwrap();
    assert_eq!(restored.receipt_page_id.as_deref(), Some(retaken.as_str()));
    // The appended page went after the document's existing pages.
    let card_positions: Vec<u32> = merged
        .pages
        .iter()
        .filter(|p| p.1 == sample.documents[0].id)
        .map(|p| p.2)
        .collect();
    assert_eq!(card_positions.len(), 3);
    let positions: std::collections::BTreeSet<u32> = card_positions.into_iter().collect();
    assert_eq!(positions.len(), 3, "positions are unique");
    assert_eq!(sample.pages.len(), 5);
}

#[test]
fn a_backup_replaces_the_destination_only_when_complete() {
    let t = TestVault::new();
    fill(&t);
    let (recipient, _) = x25519();
    let dest = t.dir.path().join("huquq.age");
    fs::write(&dest, b"an older backup").unwrap();
    backup(&t, &dest, &recipient);
    assert_ne!(fs::read(&dest).unwrap(), b"an older backup");
    assert!(!t.dir.path().join("huquq.age.partial").exists());

    // A destination that cannot be written: an error, and no file left behind.
    let missing = t.dir.path().join("no such folder").join("huquq.age");
    let error = t
        .vault
        .backup(&missing, &recipient, &mut |_| {})
        .unwrap_err();
    assert!(matches!(error, Error::Io(_)), "{error:?}");
    assert!(!missing.with_extension("age.partial").exists());

    // A secret that is not a key.
    for bad in [
        BackupSecret::Recipient("age1notakey".into()),
        BackupSecret::Passphrase(String::new()),
    ] {
        let error = t.vault.backup(&dest, &bad, &mut |_| {}).unwrap_err();
        assert!(matches!(error, Error::BackupWrongSecret), "{error:?}");
    }
}

#[test]
fn a_backup_holds_no_plaintext() {
    let (_, file, _) = x25519_backup();
    let bytes = fs::read(file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    for needle in [&b"Idrissa"[..], b"N 12345678", b"manifest", b"huquq-backup"] {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }
}

/// Restores `file` into a vault that already holds data and checks it fails as `expected` with the
/// vault exactly as it was.
fn refused(file: &Path, secret: &BackupSecret, expected: fn(&Error) -> bool) {
    let target = TestVault::new();
    fill(&target);
    let before = snapshot(&target);
    let pages_before = page_count(&target);
    let error = target.vault.restore(file, secret, &mut |_| {}).unwrap_err();
    assert!(expected(&error), "{error:?}");
    assert_eq!(snapshot(&target), before);
    assert_eq!(page_count(&target), pages_before);
    // And the vault is still fully usable.
    assert_eq!(
        target
            .vault
            .documents(&DocumentFilter::default())
            .unwrap()
            .len(),
        3
    );
}

fn wrong_secret(e: &Error) -> bool {
    matches!(e, Error::BackupWrongSecret)
}

fn damaged(e: &Error) -> bool {
    matches!(e, Error::BackupDamaged { .. })
}

#[test]
fn a_wrong_passphrase_changes_nothing() {
    let (_, file) = passphrase_backup();
    refused(
        file,
        &BackupSecret::Passphrase("correct horse battery stapler".into()),
        wrong_secret,
    );
    // The key of a passphrase backup is the passphrase, not an age identity.
    let (_, identity) = x25519();
    refused(file, &identity, wrong_secret);
}

#[test]
fn a_wrong_identity_changes_nothing() {
    let (_, file, _) = x25519_backup();
    let (recipient, other_identity) = x25519();
    refused(file, &other_identity, wrong_secret);
    refused(
        file,
        &BackupSecret::Passphrase(PASSPHRASE.into()),
        wrong_secret,
    );
    // A public key cannot restore, and a malformed one is refused.
    refused(file, &recipient, wrong_secret);
    refused(
        file,
        &BackupSecret::Identity("AGE-SECRET-KEY-1NOPE".into()),
        wrong_secret,
    );
}

#[test]
fn a_truncated_backup_changes_nothing() {
    let (_, file, identity) = x25519_backup();
    let bytes = fs::read(file).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // In the header, in the first chunk, at a chunk boundary (64 KiB + 16-byte tag after the
    // header), in the middle, and one byte short.
    let header = bytes.windows(4).position(|w| w == b"--- ").unwrap() + 64;
    for cut in [
        10,
        header,
        header + 100,
        header + 65_552,
        bytes.len() / 2,
        bytes.len() - 17,
        bytes.len() - 1,
    ] {
        let path = dir.path().join(format!("cut-{cut}.age"));
        fs::write(&path, &bytes[..cut]).unwrap();
        refused(&path, identity, damaged);
    }
}

#[test]
fn a_flipped_byte_changes_nothing() {
    let (_, file, identity) = x25519_backup();
    let bytes = fs::read(file).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for at in [bytes.len() / 2, bytes.len() - 1, bytes.len() / 3] {
        let mut tampered = bytes.clone();
        tampered[at] ^= 0x01;
        let path = dir.path().join(format!("flip-{at}.age"));
        fs::write(&path, &tampered).unwrap();
        refused(&path, identity, damaged);
    }
    // The same on a passphrase backup.
    let (_, file) = passphrase_backup();
    let mut tampered = fs::read(file).unwrap();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x80;
    let path = dir.path().join("flip-passphrase.age");
    fs::write(&path, &tampered).unwrap();
    refused(&path, &BackupSecret::Passphrase(PASSPHRASE.into()), damaged);
}

#[test]
fn a_file_that_is_not_age_changes_nothing() {
    let (_, identity) = x25519();
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        ("empty", &b""[..]),
        ("text", b"hello, this is not a backup\n"),
        ("jpeg", &jpeg_like(7, 5000)),
        ("almost", b"age-encryption.org/v1\n-> X25519 nope\n"),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, content).unwrap();
        refused(&path, &identity, damaged);
    }
}

/// An age file made with the age crate, holding whatever `content` is.
fn age_file(dir: &Path, name: &str, recipient: &BackupSecret, content: &[u8]) -> PathBuf {
    let BackupSecret::Recipient(recipient) = recipient else {
        unreachable!()
    };
    let recipient = age::x25519::Recipient::from_str(recipient).unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let path = dir.join(name);
    let mut writer = encryptor
        .wrap_output(fs::File::create(&path).unwrap())
        .unwrap();
    writer.write_all(content).unwrap();
    writer.finish().unwrap();
    path
}

fn tar_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, content) in files {
        let mut header = tar::Header::new_ustar();
        header.set_path(path).unwrap();
        header.set_size(content.len() as u64);
        header.set_mode(0o600);
        header.set_cksum();
        builder.append(&header, *content).unwrap();
    }
    builder.into_inner().unwrap()
}

/// The sample's manifest and files, decrypted with the age crate, to be altered by a test.
fn sample_archive() -> (serde_json::Value, Vec<(String, Vec<u8>)>) {
    let (_, file, identity) = x25519_backup();
    let BackupSecret::Identity(identity) = identity else {
        unreachable!()
    };
    let identity = age::x25519::Identity::from_str(identity).unwrap();
    let decryptor = age::Decryptor::new(fs::File::open(file).unwrap()).unwrap();
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap();
    let mut tar_bytes = Vec::new();
    reader.read_to_end(&mut tar_bytes).unwrap();
    let mut archive = tar::Archive::new(&tar_bytes[..]);
    let mut files = Vec::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().to_string_lossy().into_owned();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        files.push((path, content));
    }
    let manifest = serde_json::from_slice(&files[0].1).unwrap();
    (manifest, files)
}

fn with_manifest(
    manifest: &serde_json::Value,
    files: &[(String, Vec<u8>)],
    skip: Option<&str>,
) -> Vec<u8> {
    let json = serde_json::to_vec(manifest).unwrap();
    let mut all: Vec<(&str, &[u8])> = vec![("huquq-backup/manifest.json", &json)];
    for (path, content) in &files[1..] {
        if Some(path.as_str()) != skip {
            all.push((path, content));
        }
    }
    tar_of(&all)
}

#[test]
fn an_age_file_without_a_valid_backup_changes_nothing() {
    let (recipient, identity) = x25519();
    let dir = tempfile::tempdir().unwrap();
    let (manifest, files) = sample_archive();
    let first_page = files[1].0.clone();

    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("random bytes", jpeg_like(3, 100_000)),
        ("empty", Vec::new()),
        (
            "a tar without a manifest",
            tar_of(&[("notes.txt", b"hello")]),
        ),
        (
            "a manifest that is not JSON",
            tar_of(&[("huquq-backup/manifest.json", b"{ nope")]),
        ),
        (
            "another program's JSON",
            tar_of(&[(
                "huquq-backup/manifest.json",
                br#"{"format":"other","version":1}"#,
            )]),
        ),
        (
            "the manifest after the images",
            tar_of(&[
                (files[1].0.as_str(), &files[1].1),
                ("huquq-backup/manifest.json", &files[0].1),
            ]),
        ),
        (
            "a missing image",
            with_manifest(&manifest, &files, Some(&first_page)),
        ),
    ];
    let mut altered = |name: &'static str, change: &dyn Fn(&mut serde_json::Value)| {
        let mut copy = manifest.clone();
        change(&mut copy);
        cases.push((name, with_manifest(&copy, &files, None)));
    };
    altered("an impossible date", &|m| {
        m["documents"][0]["expires_on"] = "2027-02-30".into()
    });
    altered("expiry before issue", &|m| {
        m["documents"][0]["issued_on"] = "2030-01-01".into();
        m["documents"][0]["expires_on"] = "2029-01-01".into();
    });
    altered("an unknown kind", &|m| {
        m["documents"][1]["kind"] = "driving_licence".into()
    });
    altered("an unknown relation", &|m| {
        m["people"][0]["relation"] = "boss".into()
    });
    altered("a document of nobody", &|m| {
        m["documents"][0]["person_id"] = "00000000-0000-0000-0000-000000000000".into()
    });
    altered("a payment of no document", &|m| {
        m["payments"][0]["document_id"] = "00000000-0000-0000-0000-000000000000".into()
    });
    altered("a receipt that is no page", &|m| {
        m["payments"][0]["receipt_page_id"] = "00000000-0000-0000-0000-000000000000".into()
    });
    altered("a negative amount", &|m| {
        m["payments"][0]["amount_minor"] = (-5).into()
    });
    altered("a bad hash", &|m| {
        m["pages"][0]["original_sha256"] = "xyz".into()
    });
    altered("an image of the wrong size", &|m| {
        m["pages"][0]["image_bytes"] = 12345.into()
    });
    altered("a path outside the backup", &|m| {
        m["pages"][0]["image"] = "../../etc/passwd".into()
    });
    altered("a duplicate document id", &|m| {
        let copy = m["documents"][0].clone();
        m["documents"].as_array_mut().unwrap().push(copy);
    });
    altered("no pages list", &|m| {
        m.as_object_mut().unwrap().remove("pages");
    });
    altered("a page listed twice at one place", &|m| {
        m["pages"][1]["position"] = m["pages"][0]["position"].clone();
        m["pages"][1]["document_id"] = m["pages"][0]["document_id"].clone();
    });

    for (index, (name, content)) in cases.iter().enumerate() {
        let path = age_file(
            dir.path(),
            &format!("case-{index}.age"),
            &recipient,
            content,
        );
        let target = TestVault::new();
        fill(&target);
        let before = snapshot(&target);
        let error = target
            .vault
            .restore(&path, &identity, &mut |_| {})
            .unwrap_err();
        assert!(damaged(&error), "{name}: {error:?}");
        assert_eq!(snapshot(&target), before, "{name}");
        // No personal data in the error, even for the logs.
        let text = format!("{error} {error:?}");
        assert!(
            !text.contains("Idrissa") && !text.contains("12345678"),
            "{text}"
        );
    }

    // A newer format is reported as such.
    let mut newer = manifest.clone();
    newer["version"] = 2.into();
    let path = age_file(
        dir.path(),
        "newer.age",
        &recipient,
        &with_manifest(&newer, &files, None),
    );
    refused(&path, &identity, |e| {
        matches!(e, Error::BackupUnsupported { version: 2 })
    });

    // The unaltered archive, re-encrypted, restores: the cases above fail for their one change.
    let path = age_file(
        dir.path(),
        "same.age",
        &recipient,
        &with_manifest(&manifest, &files, None),
    );
    let target = TestVault::new();
    let summary = target.vault.restore(&path, &identity, &mut |_| {}).unwrap();
    assert_eq!(summary.pages_added, 5);
}

/// A JPEG whose header claims `width`×`height` pixels, with no image data behind it.
fn claimed_jpeg(width: u16, height: u16) -> Vec<u8> {
    let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08];
    jpeg.extend(height.to_be_bytes());
    jpeg.extend(width.to_be_bytes());
    jpeg.extend([0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9]);
    jpeg
}

/// Puts `content` in place of one of a page's files, with the size the manifest declares.
fn replace_image(
    manifest: &mut serde_json::Value,
    files: &mut [(String, Vec<u8>)],
    which: &str,
    content: Vec<u8>,
) {
    let page = &mut manifest["pages"][0];
    let path = format!("huquq-backup/{}", page[which].as_str().unwrap());
    page[format!("{which}_bytes")] = content.len().into();
    files.iter_mut().find(|(p, _)| *p == path).unwrap().1 = content;
}

#[test]
fn a_crafted_image_in_a_backup_never_reaches_the_vault() {
    let (recipient, identity) = x25519();
    let dir = tempfile::tempdir().unwrap();
    let mut png = Vec::new();
    image::RgbImage::new(16, 16)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    // Refused, and the vault unchanged: an image claiming 30000×30000 pixels (it would crash the
    // phone's decoder each time its document opens), a PNG, bytes that only start like a JPEG.
    for (name, content) in [
        ("huge", claimed_jpeg(30000, 30000)),
        ("png", png),
        ("only the start", jpeg_like(9, 5000)),
    ] {
        let (mut manifest, mut files) = sample_archive();
        replace_image(&mut manifest, &mut files, "image", content);
        let archive = with_manifest(&manifest, &files, None);
        let path = age_file(dir.path(), &format!("{name}.age"), &recipient, &archive);
        refused(&path, &identity, damaged);
    }

    // A thumbnail claiming 30000×30000 pixels and an image carrying a comment: the page is
    // restored, its thumbnail made again from the image, and no byte of the backup's image kept.
    let (mut manifest, mut files) = sample_archive();
    replace_image(
        &mut manifest,
        &mut files,
        "thumbnail",
        claimed_jpeg(30000, 30000),
    );
    let image_path = format!(
        "huquq-backup/{}",
        manifest["pages"][0]["image"].as_str().unwrap()
    );
    let image = files
        .iter()
        .find(|(p, _)| *p == image_path)
        .unwrap()
        .1
        .clone();
    let payload = b"a payload for the phone's decoder";
    let mut commented = vec![0xFF, 0xD8, 0xFF, 0xFE, 0x00, (payload.len() + 2) as u8];
    commented.extend(payload);
    commented.extend(&image[2..]);
    replace_image(&mut manifest, &mut files, "image", commented);
    let archive = with_manifest(&manifest, &files, None);
    let path = age_file(dir.path(), "commented.age", &recipient, &archive);
    let target = TestVault::new();
    target.vault.restore(&path, &identity, &mut |_| {}).unwrap();
    let page = &manifest["pages"][0];
    let (stored, thumbnail): (Vec<u8>, Vec<u8>) = target
        .raw()
        .query_row(
            "SELECT image, thumbnail FROM page_images WHERE page_id = ?1",
            [page["id"].as_str().unwrap()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(!stored.windows(payload.len()).any(|w| w == payload));
    assert_ne!(stored, image, "made again, not copied");
    let size = (
        page["width"].as_u64().unwrap() as u32,
        page["height"].as_u64().unwrap() as u32,
    );
    assert_eq!(decoded_size(&stored), size);
    let (width, height) = decoded_size(&thumbnail);
    assert!(width.max(height) <= 320, "{width}×{height}");
}

/// A passphrase file asking for more scrypt memory than a cheap phone has (2^20: 1 GiB) is refused
/// before any of that work, and changes nothing.
#[test]
fn a_backup_asking_too_much_work_is_refused_before_doing_it() {
    let (manifest, files) = sample_archive();
    let dir = tempfile::tempdir().unwrap();
    let mut recipient = age::scrypt::Recipient::new(PASSPHRASE.to_owned().into());
    recipient.set_work_factor(20);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let path = dir.path().join("costly.age");
    let mut writer = encryptor
        .wrap_output(fs::File::create(&path).unwrap())
        .unwrap();
    writer
        .write_all(&with_manifest(&manifest, &files, None))
        .unwrap();
    writer.finish().unwrap();
    refused(&path, &BackupSecret::Passphrase(PASSPHRASE.into()), |e| {
        matches!(
            e,
            Error::BackupDamaged {
                problem: huquq_core::error::BackupProblem::TooCostly,
                ..
            }
        )
    });
}

/// The vault's files, in bytes: the database and its journals.
fn folder_bytes(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum()
}

#[test]
fn a_small_backup_cannot_make_the_vault_reserve_space() {
    let (recipient, identity) = x25519();
    let dir = tempfile::tempdir().unwrap();
    for (name, declared) in [
        ("more than the file", 30 * 1024 * 1024),
        ("more than any photo", 41 * 1024 * 1024),
    ] {
        let (mut manifest, files) = sample_archive();
        for page in manifest["pages"].as_array_mut().unwrap() {
            page["image_bytes"] = declared.into();
        }
        let archive = with_manifest(&manifest, &files, None);
        let path = age_file(dir.path(), "big.age", &recipient, &archive);
        let target = TestVault::new();
        fill(&target);
        let before = folder_bytes(target.dir.path());
        let error = target
            .vault
            .restore(&path, &identity, &mut |_| {})
            .unwrap_err();
        assert!(
            matches!(
                error,
                Error::BackupDamaged {
                    problem: huquq_core::error::BackupProblem::Inconsistent,
                    ..
                }
            ),
            "{name}: {error:?}"
        );
        let after = folder_bytes(target.dir.path());
        assert!(
            after < before + 1024 * 1024,
            "{name}: the refused restore grew the vault's files from {before} to {after} bytes"
        );
    }
}

#[test]
fn the_layout_is_the_documented_one() {
    let (manifest, files) = sample_archive();
    assert_eq!(files[0].0, "huquq-backup/manifest.json");
    assert_eq!(manifest["format"], "huquq-backup");
    assert_eq!(manifest["version"], 1);
    let pages = manifest["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 5);
    let names: BTreeMap<&str, &Vec<u8>> = files.iter().map(|(p, c)| (p.as_str(), c)).collect();
    for page in pages {
        for (file, size) in [("image", "image_bytes"), ("thumbnail", "thumbnail_bytes")] {
            let path = format!("huquq-backup/{}", page[file].as_str().unwrap());
            let content = names.get(path.as_str()).unwrap();
            assert_eq!(content.len() as u64, page[size].as_u64().unwrap());
            assert!(content.starts_with(&[0xFF, 0xD8, 0xFF]));
        }
        for field in [
            "id",
            "document_id",
            "position",
            "width",
            "height",
            "original_sha256",
            "original_bytes",
            "captured_at",
        ] {
            assert!(!page[field].is_null(), "{field}");
        }
    }
    assert_eq!(manifest["people"].as_array().unwrap().len(), 2);
    assert_eq!(manifest["documents"].as_array().unwrap().len(), 3);
    assert_eq!(manifest["payments"].as_array().unwrap().len(), 2);
    assert_eq!(files.len(), 1 + 2 * 5);
}

#[test]
fn pages_added_through_the_store_round_trip() {
    let source = TestVault::new();
    let person = source
        .vault
        .add_person(
            &PersonInput {
                name: "Idrissa".into(),
                relation: Relation::Myself,
            },
            now(),
        )
        .unwrap();
    let document = source
        .vault
        .add_document(
            &DocumentInput {
                person_id: person.id,
                kind: Some(DocumentKind::Receipt),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    let photo = source.dir.path().join("receipt.jpg");
    image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 128]))
        .save_with_format(&photo, image::ImageFormat::Jpeg)
        .unwrap();
    source.vault.add_page(&document.id, &photo, now()).unwrap();
    let (recipient, identity) = x25519();
    let dest = source.dir.path().join("b.age");
    backup(&source, &dest, &recipient);
    let target = TestVault::new();
    target.vault.restore(&dest, &identity, &mut |_| {}).unwrap();
    assert_eq!(snapshot(&target), snapshot(&source));
    // The same photo added again on the source is recognized as already restored.
    source.vault.add_page(&document.id, &photo, now()).unwrap();
    backup(&source, &dest, &recipient);
    let again = target.vault.restore(&dest, &identity, &mut |_| {}).unwrap();
    assert_eq!((again.pages_added, again.pages_skipped_duplicate), (0, 2));
}

#[test]
fn backup_errors_are_localized() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["ru".to_owned()]).unwrap();
    let wrong = app.error_text(&Error::BackupWrongSecret);
    let damaged = app.error_text(&Error::BackupDamaged {
        problem: huquq_core::error::BackupProblem::CutShort,
        detail: "cut short".into(),
    });
    let newer = app.error_text(&Error::BackupUnsupported { version: 2 });
    for text in [&wrong, &damaged, &newer] {
        assert!(text.contains("Ничего не изменено"), "{text}");
        assert!(!text.contains("error-backup"), "{text}");
    }
    assert_ne!(wrong, damaged);
    assert!(!damaged.contains("cut short"));
}

/// The independent judge: the standard `age` tool decrypts a backup and the result is a plain tar
/// archive with the documented manifest and images.
#[test]
fn the_age_tool_decrypts_a_backup() {
    let found = Command::new("age").arg("--version").output();
    assert!(
        found.as_ref().is_ok_and(|o| o.status.success()),
        "this test needs the `age` command-line tool (Debian/Ubuntu: apt-get install -y age); \
         .ci/run installs it"
    );
    let (original, file, identity) = x25519_backup();
    let BackupSecret::Identity(identity) = identity else {
        unreachable!()
    };
    let dir = tempfile::tempdir().unwrap();
    let identity_file = dir.path().join("identity.txt");
    fs::write(&identity_file, format!("{identity}\n")).unwrap();
    let tar_file = dir.path().join("out.tar");
    let run = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&identity_file)
        .arg("-o")
        .arg(&tar_file)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "age -d failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );

    let mut archive = tar::Archive::new(fs::File::open(&tar_file).unwrap());
    let mut manifest = None;
    let mut images = BTreeMap::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().to_string_lossy().into_owned();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        if path == "huquq-backup/manifest.json" {
            manifest = Some(serde_json::from_slice::<serde_json::Value>(&content).unwrap());
        } else {
            images.insert(path, content);
        }
    }
    let manifest = manifest.expect("the archive holds huquq-backup/manifest.json");
    let pages = manifest["pages"].as_array().unwrap();
    assert_eq!(pages.len(), original.pages.len());
    for (id, _, _, original_sha256, size) in &original.pages {
        let page = pages.iter().find(|p| p["id"] == id.as_str()).unwrap();
        assert_eq!(page["original_sha256"], original_sha256.as_str());
        let image = &images[&format!("huquq-backup/pages/{id}.jpg")];
        assert_eq!(decoded_size(image), *size);
        assert_eq!(page["image_bytes"], image.len());
        decoded_size(&images[&format!("huquq-backup/thumbnails/{id}.jpg")]);
    }

    // And `tar` itself lists it.
    if let Ok(listing) = Command::new("tar").arg("tf").arg(&tar_file).output() {
        let listing = String::from_utf8_lossy(&listing.stdout);
        assert!(listing.lines().any(|l| l == "huquq-backup/manifest.json"));
    }
}
