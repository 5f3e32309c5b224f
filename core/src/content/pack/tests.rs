use std::io::Cursor;

use super::*;

/// A publisher's key pair made for the test, and the app's trust in it.
pub(crate) struct TestPublisher {
    pair: minisign::KeyPair,
}

impl TestPublisher {
    pub(crate) fn new() -> TestPublisher {
        TestPublisher {
            pair: minisign::KeyPair::generate_unencrypted_keypair().unwrap(),
        }
    }

    pub(crate) fn trust(&self) -> TrustedKeys {
        TrustedKeys::from_public_keys(&[self.pair.pk.to_base64()]).unwrap()
    }

    pub(crate) fn sign(&self, payload: &[u8]) -> String {
        minisign::sign(
            Some(&self.pair.pk),
            &self.pair.sk,
            Cursor::new(payload),
            Some("huquq content"),
            None,
        )
        .unwrap()
        .into_string()
    }

    pub(crate) fn seal(&self, payload: &[u8]) -> Vec<u8> {
        seal(payload, &self.sign(payload))
    }
}

pub(crate) fn compress(tar: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut Cursor::new(tar), &mut out, &params).unwrap();
    out
}

fn manifest(locales: &[&str]) -> Manifest {
    Manifest {
        format: FORMAT,
        release: "2026-12-08.1".parse().unwrap(),
        min_app_version: "0.1.0".parse().unwrap(),
        created: NaiveDate::from_ymd_opt(2026, 12, 8).unwrap(),
        publisher: "Test publisher".into(),
        locales: locales.iter().map(|l| l.to_string()).collect(),
    }
}

fn file(locale: &str, path: &str, text: &str) -> FtlFile {
    FtlFile {
        locale: locale.into(),
        path: path.into(),
        text: text.into(),
    }
}

fn small_payload() -> Vec<u8> {
    compress(
        &payload_tar(
            &manifest(&["en", "ru"]),
            "{\"release\": \"2026-12-08.1\"}",
            &[
                file("en", "ui.ftl", "hello = Hello\n"),
                file("ru", "ui.ftl", "hello = Привет\n"),
                file(
                    "ru",
                    "articles/kz-a.ftl",
                    "article-kz-a =\n    .title = А\n",
                ),
            ],
        )
        .unwrap(),
    )
}

/// A tar written byte by byte, so a test can put any name in it (the tar crate refuses `..`).
fn raw_tar(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, data) in members {
        let mut header = tar::Header::new_ustar();
        header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        header.set_cksum();
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    out.extend_from_slice(&[0; 1024]);
    out
}

fn problem(result: Result<Pack, PackError>) -> PackProblem {
    result.expect_err("refused").problem
}

#[test]
fn a_signed_pack_opens_with_its_manifest_catalog_and_files() {
    let publisher = TestPublisher::new();
    let pack = open(&publisher.seal(&small_payload()), &publisher.trust()).unwrap();
    assert_eq!(pack.manifest, manifest(&["en", "ru"]));
    assert_eq!(pack.catalog_json, "{\"release\": \"2026-12-08.1\"}");
    let names: Vec<String> = pack
        .files
        .iter()
        .map(|f| format!("{}/{}", f.locale, f.path))
        .collect();
    assert_eq!(names, ["en/ui.ftl", "ru/ui.ftl", "ru/articles/kz-a.ftl"]);
    assert_eq!(pack.files[1].text, "hello = Привет\n");
}

#[test]
fn another_key_is_refused_and_a_second_trusted_key_is_accepted() {
    let publisher = TestPublisher::new();
    let stranger = TestPublisher::new();
    let sealed = stranger.seal(&small_payload());
    assert_eq!(
        problem(open(&sealed, &publisher.trust())),
        PackProblem::UnknownKey
    );
    // Key rotation: the app trusts the old and the new key at once.
    let both = TrustedKeys::from_public_keys(&[
        publisher.pair.pk.to_base64(),
        stranger.pair.pk.to_base64(),
    ])
    .unwrap();
    assert!(open(&sealed, &both).is_ok());
    assert!(open(&publisher.seal(&small_payload()), &both).is_ok());
}

#[test]
fn the_built_in_key_does_not_open_a_pack_signed_by_anyone_else() {
    let stranger = TestPublisher::new();
    assert_eq!(
        problem(open(
            &stranger.seal(&small_payload()),
            &TrustedKeys::built_in()
        )),
        PackProblem::UnknownKey
    );
}

#[test]
fn a_changed_byte_anywhere_is_refused() {
    let publisher = TestPublisher::new();
    let sealed = publisher.seal(&small_payload());
    let keys = publisher.trust();
    // Every byte of the file, each flipped in turn: nothing opens, nothing panics.
    for at in 0..sealed.len() {
        let mut changed = sealed.clone();
        changed[at] ^= 0x20;
        if let Ok(pack) = open(&changed, &keys) {
            // Only bytes no reader looks at may change without effect: tar header fields the
            // reader ignores (owner name, padding). The content must then be the same.
            let original = open(&sealed, &keys).unwrap();
            assert_eq!(pack.manifest, original.manifest, "byte {at}");
            assert_eq!(pack.files.len(), original.files.len(), "byte {at}");
            for (a, b) in pack.files.iter().zip(&original.files) {
                assert_eq!(a.text, b.text, "byte {at}");
            }
            assert_eq!(pack.catalog_json, original.catalog_json, "byte {at}");
        }
    }
    // A change inside the payload is caught by the signature itself.
    let payload = small_payload();
    let signature = publisher.sign(&payload);
    let mut altered = payload.clone();
    let middle = altered.len() / 2;
    altered[middle] ^= 1;
    assert_eq!(
        problem(open(&seal(&altered, &signature), &keys)),
        PackProblem::Altered
    );
}

#[test]
fn a_cut_short_file_is_refused() {
    let publisher = TestPublisher::new();
    let sealed = publisher.seal(&small_payload());
    for length in [
        0,
        1,
        100,
        511,
        512,
        1024,
        sealed.len() / 2,
        sealed.len() - 1025,
    ] {
        let result = open(&sealed[..length], &publisher.trust());
        assert!(
            matches!(
                result.as_ref().map_err(|e| e.problem),
                Err(PackProblem::NotAPack)
            ),
            "{length}: {:?}",
            result.err()
        );
    }
}

#[test]
fn members_other_than_payload_and_signature_are_refused() {
    let publisher = TestPublisher::new();
    let payload = small_payload();
    let signature = publisher.sign(&payload);
    let keys = publisher.trust();
    let swapped = raw_tar(&[
        (SIGNATURE_NAME, signature.as_bytes()),
        (PAYLOAD_NAME, &payload),
    ]);
    assert_eq!(problem(open(&swapped, &keys)), PackProblem::NotAPack);
    let extra = raw_tar(&[
        (PAYLOAD_NAME, &payload),
        (SIGNATURE_NAME, signature.as_bytes()),
        ("run-me.sh", b"echo hi"),
    ]);
    assert_eq!(problem(open(&extra, &keys)), PackProblem::NotAPack);
    assert_eq!(
        problem(open(b"not a tar at all", &keys)),
        PackProblem::NotAPack
    );
}

#[test]
fn a_compression_bomb_stops_at_the_limit() {
    let publisher = TestPublisher::new();
    // 64 MB of zeros in one file compresses to a few kilobytes.
    let zeros = vec![b'a'; 64 * 1024 * 1024];
    let text = String::from_utf8(zeros).unwrap();
    let bomb =
        compress(&payload_tar(&manifest(&["en"]), "{}", &[file("en", "ui.ftl", &text)]).unwrap());
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    assert_eq!(
        problem(open(&publisher.seal(&bomb), &publisher.trust())),
        PackProblem::TooLarge
    );
    // A file too big to be a pack is refused before anything is read from it.
    let huge = vec![0u8; MAX_PACK_BYTES as usize + 1];
    assert_eq!(
        problem(open(&huge, &publisher.trust())),
        PackProblem::TooLarge
    );
}

#[test]
fn paths_outside_the_content_shape_are_refused() {
    let publisher = TestPublisher::new();
    for bad in [
        "../ui.ftl",
        "en/../../etc/passwd.ftl",
        "/en/ui.ftl",
        "en/ui.txt",
        "en/UI.ftl",
        "en/a/b/c/d.ftl",
        "en//ui.ftl",
        "EN/ui.ftl",
        "ui.ftl",
    ] {
        let manifest = serde_json::to_string(&manifest(&["en"])).unwrap();
        let tar = raw_tar(&[
            ("manifest.json", manifest.as_bytes()),
            ("catalog.json", b"{}"),
            ("en/ui.ftl", b"hello = Hello\n"),
            (bad, b"x = y\n"),
        ]);
        let result = open(&publisher.seal(&compress(&tar)), &publisher.trust());
        assert!(result.is_err(), "{bad}");
    }
}

#[test]
fn the_manifest_must_match_the_files_and_be_readable() {
    let publisher = TestPublisher::new();
    let keys = publisher.trust();
    // It lists a locale the pack does not carry.
    let lying = compress(
        &payload_tar(
            &manifest(&["en", "fr"]),
            "{}",
            &[file("en", "ui.ftl", "a = b\n")],
        )
        .unwrap(),
    );
    assert_eq!(
        problem(open(&publisher.seal(&lying), &keys)),
        PackProblem::Damaged
    );
    // A newer manifest format needs a newer app; a garbled one is damage.
    let newer = raw_tar(&[
        ("manifest.json", br#"{"format": 2, "something": "new"}"#),
        ("catalog.json", b"{}"),
    ]);
    assert_eq!(
        problem(open(&publisher.seal(&compress(&newer)), &keys)),
        PackProblem::NeedsNewerApp
    );
    let garbled = raw_tar(&[("manifest.json", b"{ not json")]);
    assert_eq!(
        problem(open(&publisher.seal(&compress(&garbled)), &keys)),
        PackProblem::Damaged
    );
    // Not Brotli at all, though signed.
    assert_eq!(
        problem(open(&publisher.seal(b"plain bytes"), &keys)),
        PackProblem::Damaged
    );
    // Text that is not UTF-8.
    let manifest = serde_json::to_string(&manifest(&["en"])).unwrap();
    let latin1 = raw_tar(&[
        ("manifest.json", manifest.as_bytes()),
        ("catalog.json", b"{}"),
        ("en/ui.ftl", b"a = caf\xe9\n"),
    ]);
    assert_eq!(
        problem(open(&publisher.seal(&compress(&latin1)), &keys)),
        PackProblem::Damaged
    );
}
