#![allow(clippy::unwrap_used)]
//! Content packs end to end: a genuine newer pack is installed and read at once and after a
//! restart; every bad pack is refused with nothing changed; a damaged installed pack falls back to
//! the built-in content with a notice; the installed pack is passed on to another phone; the
//! standard `minisign` tool verifies a pack's signature.
use std::fs;
use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use chrono::{DateTime, NaiveDate, Utc};
use huquq_core::App;
use huquq_core::content::embedded::{ContentSource, FtlFile};
use huquq_core::content::pack::{self, ContentOrigin, Manifest, PackProblem, TrustedKeys};
use huquq_core::content::procedure::EventKind;
use huquq_core::error::Error;
use huquq_core::reminders::model::EventInput;
use huquq_core::vault::model::{PersonInput, Relation};

/// A word no article uses, added by the test packs.
const NEW_WORD: &str = "Zebrafinch";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-09T05:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// A publisher with a key made for the test.
struct Publisher {
    pair: minisign::KeyPair,
}

/// What a test pack carries: which release, for which app, which locales, and any change.
struct Recipe<'a> {
    release: &'a str,
    min_app_version: &'a str,
    locales: Option<&'a [&'a str]>,
    edit: &'a dyn Fn(&mut serde_json::Value, &mut Vec<FtlFile>),
}

impl Default for Recipe<'_> {
    fn default() -> Self {
        Recipe {
            release: "2099-01-01.1",
            min_app_version: "0.1.0",
            locales: None,
            edit: &add_new_word,
        }
    }
}

/// The English appeal article gains a paragraph with `NEW_WORD`.
#[allow(clippy::ptr_arg)] // the signature every recipe edit has
fn add_new_word(_catalog: &mut serde_json::Value, files: &mut Vec<FtlFile>) {
    let article = files
        .iter_mut()
        .find(|f| f.locale == "en" && f.path == "articles/kz-appeal-fine.ftl")
        .unwrap();
    article.text.push_str(&format!(
        "\n        {NEW_WORD}: a paragraph only the pack has.\n"
    ));
}

impl Publisher {
    fn new() -> Publisher {
        Publisher {
            pair: minisign::KeyPair::generate_unencrypted_keypair().unwrap(),
        }
    }

    fn keys(&self) -> TrustedKeys {
        TrustedKeys::from_public_keys(&[self.pair.pk.to_base64()]).unwrap()
    }

    fn public_key_file(&self, dir: &Path) -> std::path::PathBuf {
        let path = dir.join("publisher.pub");
        fs::write(&path, self.pair.pk.to_box().unwrap().into_string()).unwrap();
        path
    }

    /// A pack made from the built-in content as a publisher makes one.
    fn pack(&self, recipe: &Recipe) -> Vec<u8> {
        let built_in = ContentSource::embedded().unwrap();
        let mut catalog: serde_json::Value = serde_json::from_str(&built_in.catalog_json).unwrap();
        catalog["release"] = recipe.release.into();
        let mut files = built_in.files().unwrap();
        (recipe.edit)(&mut catalog, &mut files);
        let locales: Vec<String> = match recipe.locales {
            Some(locales) => locales.iter().map(|l| l.to_string()).collect(),
            None => catalog["locales"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["tag"].as_str().unwrap().to_owned())
                .collect(),
        };
        files.retain(|f| locales.contains(&f.locale));
        let manifest = Manifest {
            format: pack::FORMAT,
            release: recipe.release.parse().unwrap(),
            min_app_version: recipe.min_app_version.parse().unwrap(),
            created: NaiveDate::from_ymd_opt(2026, 12, 8).unwrap(),
            publisher: "Test publisher".into(),
            locales,
        };
        let catalog_json = serde_json::to_string_pretty(&catalog).unwrap();
        let compress = |data: &[u8]| {
            let mut out = Vec::new();
            let params = brotli::enc::BrotliEncoderParams {
                quality: 5,
                ..Default::default()
            };
            brotli::BrotliCompress(&mut Cursor::new(data), &mut out, &params).unwrap();
            out
        };
        let payload = pack::payload(&manifest, &catalog_json, &files, &compress).unwrap();
        self.seal(&payload)
    }

    fn seal(&self, payload: &[u8]) -> Vec<u8> {
        let signature = minisign::sign(None, &self.pair.sk, Cursor::new(payload), None, None)
            .unwrap()
            .into_string();
        pack::seal(payload, &signature)
    }
}

struct Phone {
    dir: tempfile::TempDir,
    app: App,
}

impl Phone {
    fn new(publisher: &Publisher) -> Phone {
        let dir = tempfile::tempdir().unwrap();
        let app = App::open_trusting(dir.path(), &["en"], publisher.keys()).unwrap();
        Phone { dir, app }
    }

    fn restart(self, publisher: &Publisher) -> Phone {
        let Phone { dir, app } = self;
        drop(app);
        let app = App::open_trusting(dir.path(), &["en"], publisher.keys()).unwrap();
        Phone { dir, app }
    }

    fn install(&self, bytes: &[u8]) -> Result<(), Error> {
        let file = self.dir.path().join("incoming.huquq");
        fs::write(&file, bytes).unwrap();
        let result = self.app.install_content_pack(&file, today());
        fs::remove_file(&file).unwrap();
        result
    }

    fn finds_new_word(&self) -> bool {
        self.app
            .search(NEW_WORD)
            .unwrap()
            .hits
            .first()
            .is_some_and(|hit| hit.article == "kz-appeal-fine")
    }

    fn origin(&self) -> ContentOrigin {
        self.app.content_origin().0
    }
}

fn refusal(result: Result<(), Error>) -> PackProblem {
    match result {
        Err(Error::ContentPack { problem, .. }) => problem,
        other => panic!("expected a refused pack, got {other:?}"),
    }
}

#[test]
fn a_newer_pack_is_read_at_once_and_after_a_restart() {
    let publisher = Publisher::new();
    let phone = Phone::new(&publisher);
    assert!(!phone.finds_new_word());
    assert!(matches!(phone.origin(), ContentOrigin::BuiltIn { .. }));
    let settings = phone.app.settings_screen().content;
    assert!(settings.share_button.is_none(), "{settings:?}");

    phone.install(&publisher.pack(&Recipe::default())).unwrap();
    assert!(phone.finds_new_word(), "the index was rebuilt");
    let body = format!("{:?}", phone.app.article("kz-appeal-fine").unwrap().blocks);
    assert!(body.contains(NEW_WORD));
    let settings = phone.app.settings_screen().content;
    assert_eq!(settings.release, "2099-01-01.1");
    assert!(
        settings.text.contains("Test publisher"),
        "{}",
        settings.text
    );
    assert!(settings.share_button.is_some());
    assert!(settings.notice.is_none());

    let phone = phone.restart(&publisher);
    assert!(phone.finds_new_word());
    assert!(matches!(phone.origin(), ContentOrigin::Pack(p) if p.installed_on == today()));
}

#[test]
fn every_bad_pack_is_refused_and_nothing_changes() {
    let publisher = Publisher::new();
    let stranger = Publisher::new();
    let phone = Phone::new(&publisher);
    let index = phone.dir.path().join(huquq_core::INDEX_FILE);
    let index_before = fs::read(&index).unwrap();

    let good = publisher.pack(&Recipe::default());
    let mut altered = good.clone();
    let middle = altered.len() / 2;
    altered[middle] ^= 0x01;
    let built_in_release = ContentSource::embedded().unwrap();
    let built_in_release: serde_json::Value =
        serde_json::from_str(&built_in_release.catalog_json).unwrap();
    let built_in_release = built_in_release["release"].as_str().unwrap().to_owned();
    // A Russian article taken out: every locale must carry every article.
    let drop_russian = |_: &mut serde_json::Value, files: &mut Vec<FtlFile>| {
        files.retain(|f| !(f.locale == "ru" && f.path == "articles/kz-appeal-fine.ftl"))
    };
    // An interface text this app needs, taken out of every locale.
    let drop_button = |_: &mut serde_json::Value, files: &mut Vec<FtlFile>| {
        for file in files.iter_mut().filter(|f| f.path == "ui.ftl") {
            file.text = file
                .text
                .lines()
                .filter(|line| !line.starts_with("settings-content-update ="))
                .map(|line| format!("{line}\n"))
                .collect();
        }
    };
    let cases: Vec<(&str, Vec<u8>, PackProblem)> = vec![
        (
            "signed by another key",
            stranger.pack(&Recipe::default()),
            PackProblem::UnknownKey,
        ),
        ("a byte changed", altered, PackProblem::Altered),
        (
            "cut short",
            good[..good.len() / 3].to_vec(),
            PackProblem::NotAPack,
        ),
        ("empty", Vec::new(), PackProblem::NotAPack),
        (
            "a photo, not a pack",
            b"\xff\xd8\xff\xe0 a JPEG".to_vec(),
            PackProblem::NotAPack,
        ),
        (
            "older than the built-in content",
            publisher.pack(&Recipe {
                release: "2020-01-01.1",
                ..Recipe::default()
            }),
            PackProblem::NotNewer,
        ),
        (
            "the built-in release itself",
            publisher.pack(&Recipe {
                release: &built_in_release,
                ..Recipe::default()
            }),
            PackProblem::NotNewer,
        ),
        (
            "for a newer app",
            publisher.pack(&Recipe {
                min_app_version: "99.0.0",
                ..Recipe::default()
            }),
            PackProblem::NeedsNewerApp,
        ),
        (
            "failing the content check",
            publisher.pack(&Recipe {
                edit: &drop_russian,
                ..Recipe::default()
            }),
            PackProblem::FailsCheck,
        ),
        (
            "missing a text the app needs",
            publisher.pack(&Recipe {
                edit: &drop_button,
                ..Recipe::default()
            }),
            PackProblem::FailsCheck,
        ),
        (
            "larger than a pack may be",
            vec![0u8; pack::MAX_PACK_BYTES as usize + 10],
            PackProblem::TooLarge,
        ),
    ];
    for (what, bytes, expected) in cases {
        let problem = refusal(phone.install(&bytes));
        assert_eq!(problem, expected, "{what}");
        assert!(
            matches!(phone.origin(), ContentOrigin::BuiltIn { .. }),
            "{what}"
        );
        assert!(!phone.dir.path().join("content-packs").exists(), "{what}");
        assert!(!phone.finds_new_word(), "{what}");
        // Each refusal reads as a sentence in the user's language, not a code.
        let message = phone.app.error_text(&Error::ContentPack {
            problem,
            detail: String::new(),
        });
        assert!(
            message.ends_with('.') && !message.contains("error-"),
            "{message}"
        );
    }
    assert_eq!(fs::read(&index).unwrap(), index_before);

    // Once a newer pack is in, the same one again, or an older one, is refused too.
    phone.install(&good).unwrap();
    assert_eq!(refusal(phone.install(&good)), PackProblem::NotNewer);
    let between = publisher.pack(&Recipe {
        release: "2098-01-01.1",
        ..Recipe::default()
    });
    assert_eq!(refusal(phone.install(&between)), PackProblem::NotNewer);
    assert!(
        matches!(phone.origin(), ContentOrigin::Pack(p) if p.release.to_string() == "2099-01-01.1")
    );
}

#[test]
fn a_damaged_installed_pack_falls_back_to_the_built_in_content_with_a_notice() {
    let publisher = Publisher::new();
    let phone = Phone::new(&publisher);
    phone.install(&publisher.pack(&Recipe::default())).unwrap();
    let stored = phone.dir.path().join("content-packs/2099-01-01.1.huquq");
    let mut bytes = fs::read(&stored).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    fs::write(&stored, bytes).unwrap();

    let phone = phone.restart(&publisher);
    assert!(matches!(phone.origin(), ContentOrigin::BuiltIn { .. }));
    assert!(!phone.finds_new_word());
    let settings = phone.app.settings_screen().content;
    assert!(settings.notice.is_some(), "{settings:?}");
    assert!(settings.share_button.is_none());
    // Installing it again from its file mends it.
    phone.install(&publisher.pack(&Recipe::default())).unwrap();
    assert!(phone.finds_new_word());
    assert!(phone.app.settings_screen().content.notice.is_none());

    // A garbled record of installed packs: the built-in content, with the notice.
    fs::write(phone.dir.path().join("content-packs/state.json"), b"{").unwrap();
    let phone = phone.restart(&publisher);
    assert!(matches!(phone.origin(), ContentOrigin::BuiltIn { .. }));
    assert!(phone.app.settings_screen().content.notice.is_some());
}

#[test]
fn when_the_newest_pack_is_damaged_the_one_before_is_used() {
    let publisher = Publisher::new();
    let phone = Phone::new(&publisher);
    phone
        .install(&publisher.pack(&Recipe {
            release: "2098-01-01.1",
            ..Recipe::default()
        }))
        .unwrap();
    phone.install(&publisher.pack(&Recipe::default())).unwrap();
    fs::write(
        phone.dir.path().join("content-packs/2099-01-01.1.huquq"),
        b"damaged",
    )
    .unwrap();
    let phone = phone.restart(&publisher);
    assert!(
        matches!(phone.origin(), ContentOrigin::Pack(p) if p.release.to_string() == "2098-01-01.1")
    );
    assert!(phone.finds_new_word());
    assert!(phone.app.settings_screen().content.notice.is_some());
}

#[test]
fn a_pack_signed_with_an_untrusted_key_is_not_read_after_a_restart_either() {
    let publisher = Publisher::new();
    let phone = Phone::new(&publisher);
    phone.install(&publisher.pack(&Recipe::default())).unwrap();
    // The same files, opened by an app that trusts only the built-in key.
    let Phone { dir, app } = phone;
    drop(app);
    let app = App::open(dir.path(), &["en"]).unwrap();
    assert!(matches!(
        app.content_origin().0,
        ContentOrigin::BuiltIn { .. }
    ));
    assert_eq!(
        app.content_origin().1.map(|e| e.problem),
        Some(PackProblem::UnknownKey)
    );
}

#[test]
fn a_pack_for_one_locale_changes_that_locale_only() {
    let publisher = Publisher::new();
    let phone = Phone::new(&publisher);
    let uzbek_only = |_: &mut serde_json::Value, files: &mut Vec<FtlFile>| {
        let article = files
            .iter_mut()
            .find(|f| f.locale == "uz" && f.path == "articles/kz-appeal-fine.ftl")
            .unwrap();
        article
            .text
            .push_str(&format!("\n        {NEW_WORD}: faqat paketda.\n"));
    };
    let russian_before = phone.app.article("kz-appeal-fine").unwrap();
    phone
        .install(&publisher.pack(&Recipe {
            locales: Some(&["uz"]),
            edit: &uzbek_only,
            ..Recipe::default()
        }))
        .unwrap();
    phone.app.set_locales(&["uz"]);
    assert!(
        format!("{:?}", phone.app.article("kz-appeal-fine").unwrap().blocks).contains(NEW_WORD)
    );
    phone.app.set_locales(&["en"]);
    assert_eq!(phone.app.article("kz-appeal-fine").unwrap(), russian_before);
}

#[test]
fn the_installed_pack_is_passed_on_and_checked_again_on_the_other_phone() {
    let publisher = Publisher::new();
    let sender = Phone::new(&publisher);
    let out = sender.dir.path().join("to-share.huquq");
    assert_eq!(
        refusal(sender.app.export_content_pack(&out)),
        PackProblem::NoneInstalled
    );
    assert!(!out.exists());
    let original = publisher.pack(&Recipe::default());
    sender.install(&original).unwrap();
    sender.app.export_content_pack(&out).unwrap();
    let shared = fs::read(&out).unwrap();
    assert_eq!(shared, original, "passed on exactly as it arrived");

    let receiver = Phone::new(&publisher);
    receiver.install(&shared).unwrap();
    assert!(receiver.finds_new_word());
}

#[test]
fn the_vault_and_reminders_follow_the_new_content() {
    let publisher = Publisher::new();
    let phone = Phone::new(&publisher);
    phone.app.create_vault().unwrap();
    let person = phone
        .app
        .add_person(
            &PersonInput {
                name: "A".into(),
                relation: Relation::Myself,
            },
            now(),
        )
        .unwrap();
    phone
        .app
        .record_event(
            &EventInput {
                person_id: person.id.clone(),
                procedure_id: "kz-address-registration".into(),
                kind: EventKind::Moved,
                happened_on: "2026-12-08".into(),
            },
            now(),
        )
        .unwrap();
    let due = |phone: &Phone| {
        phone
            .app
            .reminders(now())
            .unwrap()
            .deadlines
            .into_iter()
            .find(|d| d.procedure_id.as_deref() == Some("kz-address-registration"))
            .unwrap()
            .due_on
    };
    assert_eq!(due(&phone), "2026-12-18");
    // The pack shortens the period to 7 days: the deadline moves with it.
    let shorter = |catalog: &mut serde_json::Value, files: &mut Vec<FtlFile>| {
        add_new_word(catalog, files);
        let procedure = catalog["procedures"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|p| p["id"] == "kz-address-registration")
            .unwrap();
        procedure["period"]["days"] = 7.into();
    };
    phone
        .install(&publisher.pack(&Recipe {
            edit: &shorter,
            ..Recipe::default()
        }))
        .unwrap();
    assert!(phone.app.vault_is_open());
    assert_eq!(due(&phone), "2026-12-15");
    assert_eq!(phone.app.people().unwrap().len(), 1);
}

/// The independent judge: the standard `minisign` tool verifies the signature of a pack taken
/// apart with `tar`, as docs/CONTENT.md tells publishers and helpers to do.
#[test]
fn the_minisign_tool_verifies_a_pack() {
    let found = Command::new("minisign").arg("-v").output();
    assert!(
        found.as_ref().is_ok_and(|o| o.status.success()),
        "this test needs the `minisign` command-line tool (Debian/Ubuntu: apt-get install -y \
         minisign); .ci/run installs it"
    );
    let publisher = Publisher::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("content.huquq");
    fs::write(&file, publisher.pack(&Recipe::default())).unwrap();
    let untar = Command::new("tar")
        .arg("-xf")
        .arg(&file)
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert!(untar.success());
    let key = publisher.public_key_file(dir.path());
    let verify = |payload: &str| {
        Command::new("minisign")
            .args(["-V", "-q", "-m", payload, "-x", pack::SIGNATURE_NAME, "-p"])
            .arg(&key)
            .current_dir(dir.path())
            .status()
            .unwrap()
            .success()
    };
    assert!(verify(pack::PAYLOAD_NAME));
    let mut payload = fs::read(dir.path().join(pack::PAYLOAD_NAME)).unwrap();
    payload[10] ^= 1;
    fs::write(dir.path().join("altered.tar.br"), payload).unwrap();
    assert!(!verify("altered.tar.br"));
}
