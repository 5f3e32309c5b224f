//! The `huquq` binary as a user and a script see it.
use std::fs;
use std::path::Path;
use std::process::Command as Std;

use assert_cmd::Command;
use serde_json::Value;

fn huquq(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("huquq").expect("binary is built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("HUQUQ_DATA_DIR");
    cmd.arg("--data-dir").arg(data);
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().expect("runs");
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn json_of(cmd: &mut Command) -> Value {
    serde_json::from_str(&stdout_of(cmd.arg("--json"))).expect("valid JSON")
}

#[test]
fn no_arguments_greets_with_the_topics_in_the_users_language() {
    let data = tempfile::tempdir().expect("dir");
    let out = stdout_of(huquq(data.path()).args(["--lang", "fr"]));
    assert!(out.contains("Connaître vos droits"), "{out}");
    assert!(out.contains("Amendes et recours"), "{out}");
    let out = stdout_of(huquq(data.path()).env("LANG", "ru_RU.UTF-8"));
    assert!(out.contains("Знайте свои права"), "{out}");
}

#[test]
fn topics_read_search_and_languages_speak_json() {
    let data = tempfile::tempdir().expect("dir");
    let topics = json_of(huquq(data.path()).args(["topics", "--lang", "ru"]));
    assert!(topics.as_array().is_some_and(|t| t.len() >= 5), "{topics}");

    let topic = json_of(huquq(data.path()).args(["topics", "fines", "--lang", "ru"]));
    assert!(topic["articles"].as_array().is_some_and(|a| !a.is_empty()));

    let article = json_of(huquq(data.path()).args(["read", "kz-appeal-fine", "--lang", "ru"]));
    assert_eq!(article["id"], "kz-appeal-fine");
    assert_eq!(article["locale"], "ru");
    assert!(
        article["title"]
            .as_str()
            .is_some_and(|t| t.contains("штраф"))
    );
    let blocks = article["blocks"].as_array().expect("blocks");
    assert!(blocks.iter().any(|b| b["type"] == "heading"));
    assert!(blocks.iter().any(|b| b["type"] == "callout"));

    let search = json_of(huquq(data.path()).args(["search", "регистрации", "--lang", "ru"]));
    let hits = search["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    for hit in hits {
        assert!(hit["article"].is_string() && hit["title"].is_string());
        assert_eq!(hit["locale"], "ru");
    }

    let languages = json_of(huquq(data.path()).args(["languages", "--lang", "fa"]));
    let selected: Vec<&Value> = languages
        .as_array()
        .expect("list")
        .iter()
        .filter(|l| l["selected"] == true)
        .collect();
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0]["tag"], "fa");
    assert_eq!(selected[0]["direction"], "rtl");
}

#[test]
fn reading_shows_the_machine_translation_notice() {
    let data = tempfile::tempdir().expect("dir");
    let out = stdout_of(huquq(data.path()).args(["read", "kz-paying-fines", "--lang", "fa"]));
    assert!(out.contains("ترجمهٔ ماشینی"), "{out}");
    let out = stdout_of(huquq(data.path()).args(["read", "kz-paying-fines", "--lang", "fr"]));
    assert!(out.contains("Traduction automatique"), "{out}");
    assert!(out.contains("Sources"), "{out}");
}

#[test]
fn officer_cards_show_the_officials_language() {
    let data = tempfile::tempdir().expect("dir");
    let out = stdout_of(huquq(data.path()).args(["card", "protocol-rights", "--lang", "fr"]));
    assert!(out.contains("Montrez cet écran"), "{out}");
    assert!(out.contains("En russe"), "{out}");
    assert!(out.contains("744"), "{out}");
}

#[test]
fn errors_are_localized_and_exit_non_zero() {
    let data = tempfile::tempdir().expect("dir");
    let output = huquq(data.path())
        .args(["read", "no-such-article", "--lang", "fr"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Erreur") && stderr.contains("Aucun article"),
        "{stderr}"
    );

    let long = "x".repeat(10 * 1024);
    let output = huquq(data.path())
        .args(["search", &long, "--lang", "ru"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Слишком длинный запрос"));

    for query in ["\"", "*", "NEAR(", "-", "a"] {
        stdout_of(huquq(data.path()).args(["search", query]));
    }
}

#[test]
fn content_check_passes_on_the_shipped_content_and_names_broken_lines() {
    let data = tempfile::tempdir().expect("dir");
    let out = stdout_of(huquq(data.path()).args(["content", "check"]));
    assert!(out.contains("0 error(s)"), "{out}");

    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let copy = tempfile::tempdir().expect("dir");
    copy_dir(&locales, copy.path());
    let out = stdout_of(
        huquq(data.path())
            .args(["content", "check"])
            .arg(copy.path()),
    );
    assert!(out.contains("0 error(s)"), "{out}");

    let broken = copy.path().join("fr/shell.ftl");
    let text = fs::read_to_string(&broken).expect("read");
    fs::write(
        &broken,
        text.replace("home-search-hint = ", "home-search-hint =\n    * "),
    )
    .expect("write");
    let output = huquq(data.path())
        .args(["content", "check"])
        .arg(copy.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("fr/shell.ftl:"), "{out}");
    assert!(out.contains("starts with '*'"), "{out}");
}

/// Info.plist's camera text in every locale, each file one `"key" = "value";` line under a
/// comment, the value the core's English text for `en` and a translation elsewhere.
#[test]
fn ios_strings_are_written_for_every_locale_from_the_interface_texts() {
    let data = tempfile::tempdir().expect("dir");
    let out = tempfile::tempdir().expect("dir");
    stdout_of(
        huquq(data.path())
            .args(["content", "ios-strings"])
            .arg(out.path()),
    );
    let mut values = Vec::new();
    for locale in ["en", "ru", "kk", "fr", "uz", "ky", "tg", "fa", "ar"] {
        let file = out.path().join(format!("{locale}.lproj/InfoPlist.strings"));
        let text = fs::read_to_string(&file).expect("written");
        let line = text
            .lines()
            .find(|l| l.starts_with("\"NSCameraUsageDescription\" = \""))
            .unwrap_or_else(|| panic!("{locale}: {text}"));
        assert!(line.ends_with("\";"), "{line}");
        assert!(
            line.contains("Huquq"),
            "{locale}: the brand name is in every language: {line}"
        );
        values.push(line.to_owned());
    }
    assert!(values[0].contains("uses the camera only to photograph your documents"));
    values.sort();
    values.dedup();
    assert_eq!(values.len(), 9, "each locale has its own text");
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let dest = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            fs::copy(&path, &dest).expect("copy");
        }
    }
}

// Content packs: a publisher's whole path from the terminal (build, sign with the standard
// `minisign` tool, seal, verify, install, read), and the refusals a user meets.

/// `huquq` run in `dir`, with its data in `dir/data`.
fn in_dir(dir: &Path) -> Command {
    let mut cmd = huquq(&dir.join("data"));
    cmd.current_dir(dir);
    cmd
}

fn minisign(dir: &Path, args: &[&str]) {
    let status = Std::new("minisign")
        .args(args)
        .current_dir(dir)
        .status()
        .expect(
            "this test needs the `minisign` command-line tool (Debian/Ubuntu: apt-get install -y \
             minisign); .ci/run installs it",
        );
    assert!(status.success(), "minisign {args:?}");
}

#[test]
fn a_publisher_builds_signs_verifies_and_installs_a_pack() {
    let work = tempfile::tempdir().expect("dir");
    let dir = work.path();
    let locales = dir.join("locales");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales"),
        &locales,
    );
    let catalog = fs::read_to_string(locales.join("catalog.json")).expect("catalog");
    let release = catalog
        .lines()
        .find(|l| l.contains("\"release\""))
        .expect("the catalog has a release")
        .to_owned();
    fs::write(
        locales.join("catalog.json"),
        catalog.replace(&release, "  \"release\": \"2099-12-31.1\","),
    )
    .expect("write");
    let article = locales.join("en/articles/kz-appeal-fine.ftl");
    let text = fs::read_to_string(&article).expect("article");
    fs::write(
        &article,
        text + "\n        Quokkapaper: a sentence only the pack has.\n",
    )
    .expect("write");

    let built = stdout_of(in_dir(dir).args(["content", "pack", "build", "en", "ru"]));
    assert!(
        built.contains("release 2099-12-31.1, 2 locale(s)"),
        "{built}"
    );
    minisign(dir, &["-G", "-W", "-p", "key.pub", "-s", "key.sec"]);
    minisign(dir, &["-S", "-s", "key.sec", "-m", "content.tar"]);
    stdout_of(in_dir(dir).args([
        "content",
        "pack",
        "sign",
        "--signature",
        "content.tar.minisig",
        "content.tar",
    ]));
    // A key without a password: the message says how to sign with the standard tool.
    let refused = in_dir(dir)
        .args([
            "content",
            "pack",
            "sign",
            "--key",
            "key.sec",
            "--out",
            "other.huquq",
        ])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("minisign -S"));

    // Not signed by the built-in key: refused, unless the publisher's own key is given.
    let refused = in_dir(dir)
        .args(["content", "pack", "verify", "content.huquq"])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("UnknownKey"));
    let verified = stdout_of(in_dir(dir).args([
        "content",
        "pack",
        "verify",
        "content.huquq",
        "--key",
        "key.pub",
    ]));
    assert!(
        verified.contains("genuine. Release 2099-12-31.1"),
        "{verified}"
    );

    let refused = in_dir(dir)
        .args(["content", "pack", "install", "content.huquq"])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not signed by the Huquq publisher"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let install_trusting_own_key = || {
        in_dir(dir)
            .args([
                "--trust-content-key",
                "key.pub",
                "content",
                "pack",
                "install",
            ])
            .arg("content.huquq")
            .output()
            .expect("runs")
    };
    let installed = install_trusting_own_key();
    assert!(installed.status.success());
    let installed = String::from_utf8_lossy(&installed.stdout);
    assert!(installed.contains("2099-12-31.1"), "{installed}");
    let read =
        stdout_of(in_dir(dir).args(["--trust-content-key", "key.pub", "read", "kz-appeal-fine"]));
    assert!(read.contains("Quokkapaper"), "{read}");
    let status = stdout_of(in_dir(dir).args([
        "--trust-content-key",
        "key.pub",
        "--lang",
        "ru",
        "content",
        "status",
    ]));
    assert!(status.contains("Материалы о правах"), "{status}");
    // The same pack again is not newer.
    let again = install_trusting_own_key();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("not newer"));
}

#[test]
fn a_pack_is_not_built_from_content_that_fails_the_check() {
    let work = tempfile::tempdir().expect("dir");
    let dir = work.path();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales"),
        &dir.join("locales"),
    );
    fs::remove_file(dir.join("locales/ru/articles/kz-appeal-fine.ftl")).expect("remove");
    let output = in_dir(dir)
        .args(["content", "pack", "build"])
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("nothing was built"));
    assert!(!dir.join("content.tar").exists());
}
