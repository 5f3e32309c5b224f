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
    payload(
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
        &compress,
    )
    .unwrap()
}

/// A payload whose `en` locale is the tar given, and whose manifest carries only `en`.
fn payload_with_english_tar(english_tar: &[u8]) -> Vec<u8> {
    let manifest = serde_json::to_string(&manifest(&["en"])).unwrap();
    raw_tar(&[
        ("manifest.json", manifest.as_bytes()),
        ("catalog.json.br", &compress(b"{}")),
        ("en.tar.br", &compress(english_tar)),
    ])
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

fn names(pack: &Pack) -> Vec<String> {
    pack.files()
        .unwrap()
        .iter()
        .map(|f| format!("{}/{}", f.locale, f.path))
        .collect()
}

#[test]
fn a_signed_pack_opens_with_its_manifest_catalog_and_files() {
    let publisher = TestPublisher::new();
    let pack = open(&publisher.seal(&small_payload()), &publisher.trust()).unwrap();
    assert_eq!(pack.manifest, manifest(&["en", "ru"]));
    assert_eq!(pack.catalog_json, "{\"release\": \"2026-12-08.1\"}");
    assert_eq!(
        names(&pack),
        ["en/ui.ftl", "ru/ui.ftl", "ru/articles/kz-a.ftl"]
    );
    // Each locale on its own, as a phone unpacks only the languages it shows.
    let russian = pack
        .locales
        .iter()
        .find(|l| l.tag == "ru")
        .unwrap()
        .files()
        .unwrap();
    assert_eq!(russian[0].text, "hello = Привет\n");
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
    let original = open(&sealed, &keys).unwrap();
    // Every byte of the file, each flipped in turn: nothing opens changed, nothing panics.
    for at in 0..sealed.len() {
        let mut changed = sealed.clone();
        changed[at] ^= 0x20;
        if let Ok(pack) = open(&changed, &keys) {
            // Only bytes no reader looks at may change without effect: tar header fields the
            // reader ignores (owner name, padding). The content must then be the same.
            assert_eq!(pack.manifest, original.manifest, "byte {at}");
            assert_eq!(pack.catalog_json, original.catalog_json, "byte {at}");
            let texts = |p: &Pack| -> Vec<String> {
                p.files().unwrap().into_iter().map(|f| f.text).collect()
            };
            assert_eq!(texts(&pack), texts(&original), "byte {at}");
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
    let keys = publisher.trust();
    // 64 MB of one letter in one file compresses to a few kilobytes.
    let text = "a".repeat(64 * 1024 * 1024);
    let bomb = payload(
        &manifest(&["en"]),
        "{}",
        &[file("en", "ui.ftl", &text)],
        &compress,
    )
    .unwrap();
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    // The locale is unpacked only when needed, and then refused at its cap.
    let pack = open(&publisher.seal(&bomb), &keys).unwrap();
    assert_eq!(pack.files().unwrap_err().problem, PackProblem::TooLarge);
    assert_eq!(
        pack.locales[0].files().unwrap_err().problem,
        PackProblem::TooLarge
    );
    // A catalog bomb is refused when the pack is opened.
    let manifest_json = serde_json::to_string(&manifest(&["en"])).unwrap();
    let catalog_bomb = raw_tar(&[
        ("manifest.json", manifest_json.as_bytes()),
        ("catalog.json.br", &compress(text.as_bytes())),
    ]);
    assert_eq!(
        problem(open(&publisher.seal(&catalog_bomb), &keys)),
        PackProblem::TooLarge
    );
    // Many locales each under their cap, together over the cap on the whole.
    let locales: Vec<String> = (0..6).map(|i| format!("l{i}")).collect();
    let tags: Vec<&str> = locales.iter().map(String::as_str).collect();
    let big = "b".repeat(7 * 1024 * 1024);
    let files: Vec<FtlFile> = tags.iter().map(|tag| file(tag, "ui.ftl", &big)).collect();
    let many = payload(&manifest(&tags), "{}", &files, &compress).unwrap();
    let pack = open(&publisher.seal(&many), &keys).unwrap();
    assert_eq!(pack.files().unwrap_err().problem, PackProblem::TooLarge);
    // A file too big to be a pack is refused before anything is read from it.
    let huge = vec![0u8; MAX_PACK_BYTES as usize + 1];
    assert_eq!(problem(open(&huge, &keys)), PackProblem::TooLarge);
}

#[test]
fn paths_outside_the_content_shape_are_refused() {
    let publisher = TestPublisher::new();
    let keys = publisher.trust();
    for bad in [
        "../ui.ftl",
        "../../etc/passwd.ftl",
        "/ui.ftl",
        "ui.txt",
        "UI.ftl",
        "a/b/c/d.ftl",
        "a//ui.ftl",
        ".hidden.ftl",
    ] {
        let english = raw_tar(&[("ui.ftl", b"hello = Hello\n"), (bad, b"x = y\n")]);
        let pack = open(&publisher.seal(&payload_with_english_tar(&english)), &keys).unwrap();
        assert_eq!(
            pack.files().unwrap_err().problem,
            PackProblem::Damaged,
            "{bad}"
        );
    }
    // Members of the payload itself: only the manifest, the catalog and `<locale>.tar.br`.
    let manifest_json = serde_json::to_string(&manifest(&["en"])).unwrap();
    for bad in [
        "../en.tar.br",
        "EN.tar.br",
        "en.tar",
        "run-me.sh",
        "en/ui.ftl",
    ] {
        let tar = raw_tar(&[
            ("manifest.json", manifest_json.as_bytes()),
            ("catalog.json.br", &compress(b"{}")),
            ("en.tar.br", &compress(&raw_tar(&[("ui.ftl", b"a = b\n")]))),
            (bad, b"x"),
        ]);
        assert!(open(&publisher.seal(&tar), &keys).is_err(), "{bad}");
    }
}

#[test]
fn the_manifest_must_match_the_locales_and_everything_be_readable() {
    let publisher = TestPublisher::new();
    let keys = publisher.trust();
    // It lists a locale the pack does not carry.
    let lying = payload(
        &manifest(&["en", "fr"]),
        "{}",
        &[file("en", "ui.ftl", "a = b\n")],
        &compress,
    )
    .unwrap();
    let lying = {
        // `payload` writes a member for every listed locale; drop French's.
        let mut archive = tar::Archive::new(Cursor::new(lying));
        let members: Vec<(String, Vec<u8>)> = archive
            .entries()
            .unwrap()
            .map(|e| {
                let mut e = e.unwrap();
                let name = e.path().unwrap().to_string_lossy().into_owned();
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut e, &mut data).unwrap();
                (name, data)
            })
            .filter(|(name, _)| name != "fr.tar.br")
            .collect();
        let members: Vec<(&str, &[u8])> = members
            .iter()
            .map(|(n, d)| (n.as_str(), d.as_slice()))
            .collect();
        raw_tar(&members)
    };
    assert_eq!(
        problem(open(&publisher.seal(&lying), &keys)),
        PackProblem::Damaged
    );
    // A newer manifest format needs a newer app; a garbled one is damage.
    let newer = raw_tar(&[("manifest.json", br#"{"format": 2, "something": "new"}"#)]);
    assert_eq!(
        problem(open(&publisher.seal(&newer), &keys)),
        PackProblem::NeedsNewerApp
    );
    let garbled = raw_tar(&[("manifest.json", b"{ not json")]);
    assert_eq!(
        problem(open(&publisher.seal(&garbled), &keys)),
        PackProblem::Damaged
    );
    // Not a tar at all, though signed; a catalog that is not Brotli.
    assert_eq!(
        problem(open(&publisher.seal(b"plain bytes"), &keys)),
        PackProblem::Damaged
    );
    let manifest_json = serde_json::to_string(&manifest(&["en"])).unwrap();
    let raw_catalog = raw_tar(&[
        ("manifest.json", manifest_json.as_bytes()),
        ("catalog.json.br", b"{}"),
    ]);
    assert_eq!(
        problem(open(&publisher.seal(&raw_catalog), &keys)),
        PackProblem::Damaged
    );
    // Text that is not UTF-8.
    let latin1 = raw_tar(&[("ui.ftl", b"a = caf\xe9\n")]);
    let pack = open(&publisher.seal(&payload_with_english_tar(&latin1)), &keys).unwrap();
    assert_eq!(pack.files().unwrap_err().problem, PackProblem::Damaged);
}
