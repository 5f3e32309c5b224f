//! Pages: photos in, metadata-free JPEGs out; bad files refused with nothing stored; erase.
#![allow(clippy::unwrap_used)] // tests may unwrap: a failure is the test failing
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};
use huquq_core::vault::model::*;
use huquq_core::vault::{DataKey, VAULT_FILE, Vault};
use huquq_core::{Error, ItemKind};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/photos")
        .join(name)
}

fn vault_with_document() -> (tempfile::TempDir, Vault, Document) {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::create(dir.path(), &DataKey::generate().unwrap()).unwrap();
    let person = vault
        .add_person(
            &PersonInput {
                name: "Idrissa".into(),
                relation: Relation::Myself,
            },
            now(),
        )
        .unwrap();
    let document = vault
        .add_document(
            &DocumentInput {
                person_id: person.id,
                kind: Some(DocumentKind::Receipt),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    (dir, vault, document)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_photo_becomes_an_upright_page_without_metadata() {
    let (_dir, vault, document) = vault_with_document();
    let original = fs::read(fixture("gps_exif.jpg")).unwrap();
    assert!(
        contains(&original, b"Exif") && contains(&original, b"GPS"),
        "the fixture carries EXIF and GPS"
    );

    let page = vault
        .add_page(&document.id, &fixture("gps_exif.jpg"), now())
        .unwrap();
    assert_eq!(page.position, 1);
    assert_eq!(
        (page.width, page.height),
        (64, 32),
        "EXIF orientation 6 applied"
    );
    assert_eq!(page.original_bytes, original.len() as u64);
    assert_eq!(page.original_sha256.len(), 64);

    for bytes in [
        vault.page_jpeg(&page.id).unwrap(),
        vault.page_thumbnail(&page.id).unwrap(),
    ] {
        assert_eq!(&bytes[..2], [0xff, 0xd8], "a JPEG");
        for marker in [
            &b"Exif"[..],
            b"GPS",
            b"http://ns.adobe.com/xap",
            b"ICC_PROFILE",
        ] {
            assert!(
                !contains(&bytes, marker),
                "{} survived",
                String::from_utf8_lossy(marker)
            );
        }
    }
    assert_eq!(vault.document(&document.id).unwrap().page_count, 1);

    let second = vault
        .add_page(&document.id, &fixture("progressive.jpg"), now())
        .unwrap();
    let third = vault
        .add_page(&document.id, &fixture("cmyk.jpg"), now())
        .unwrap();
    assert_eq!((second.position, third.position), (2, 3));
    vault.delete_page(&second.id).unwrap();
    let positions: Vec<(String, u32)> = vault
        .pages(&document.id)
        .unwrap()
        .into_iter()
        .map(|p| (p.id, p.position))
        .collect();
    assert_eq!(positions, [(page.id.clone(), 1), (third.id.clone(), 2)]);

    let out = tempfile::tempdir().unwrap();
    let dest = out.path().join("page.jpg");
    vault.export_page(&page.id, &dest).unwrap();
    assert_eq!(fs::read(&dest).unwrap(), vault.page_jpeg(&page.id).unwrap());
}

#[test]
fn bad_files_are_refused_and_nothing_is_stored() {
    let (dir, vault, document) = vault_with_document();
    let files = tempfile::tempdir().unwrap();
    let empty = files.path().join("empty.jpg");
    fs::write(&empty, b"").unwrap();
    let text = files.path().join("notes.jpg");
    fs::write(&text, b"this is not a photo at all").unwrap();
    let truncated = files.path().join("truncated.jpg");
    let whole = fs::read(fixture("progressive.jpg")).unwrap();
    fs::write(&truncated, &whole[..whole.len() / 3]).unwrap();
    let missing = files.path().join("missing.jpg");
    // A PNG header claiming 30000×30000 pixels: refused before anything is decoded.
    let bomb = files.path().join("bomb.png");
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    png.extend(30000u32.to_be_bytes());
    png.extend(30000u32.to_be_bytes());
    png.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    fs::write(&bomb, &png).unwrap();

    for path in [&empty, &text, &truncated, &missing, &bomb] {
        let error = vault.add_page(&document.id, path, now()).unwrap_err();
        assert!(
            matches!(error, Error::Photo(_)),
            "{}: {error:?}",
            path.display()
        );
    }
    assert!(matches!(
        vault.add_page("no-such-document", &fixture("cmyk.jpg"), now()),
        Err(Error::NotFound {
            kind: ItemKind::Document,
            ..
        })
    ));
    assert!(vault.pages(&document.id).unwrap().is_empty());
    assert!(matches!(
        vault.page_jpeg("nope"),
        Err(Error::NotFound {
            kind: ItemKind::Page,
            ..
        })
    ));
    drop(vault);
    assert!(dir.path().join(VAULT_FILE).exists());
}

#[test]
fn erase_removes_the_database_journals_and_the_wrapped_key() {
    let (dir, vault, document) = vault_with_document();
    vault
        .add_page(&document.id, &fixture("gps_exif.jpg"), now())
        .unwrap();
    huquq_core::vault::pin::set_pin(
        dir.path(),
        &DataKey::generate().unwrap(),
        "correct horse battery staple",
        None,
        None,
    )
    .unwrap();
    vault.erase_open().unwrap();
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    Vault::erase(dir.path()).unwrap();
}
