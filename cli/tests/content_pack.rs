//! A publisher's whole path from the terminal: build a pack from a `locales/` folder, sign it with
//! the standard `minisign` tool, seal and verify it, install it, and read the new text; and the
//! refusals a user meets.
use std::fs;
use std::path::Path;
use std::process::Command as Std;

use assert_cmd::Command;

fn huquq(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("huquq").expect("binary is built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("HUQUQ_DATA_DIR")
        .current_dir(dir)
        .arg("--data-dir")
        .arg(dir.join("data"));
    cmd
}

fn ok(cmd: &mut Command) -> String {
    let output = cmd.output().expect("runs");
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
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

    let built = ok(huquq(dir).args(["content", "pack", "build", "en", "ru"]));
    assert!(
        built.contains("release 2099-12-31.1, 2 locale(s)"),
        "{built}"
    );
    minisign(dir, &["-G", "-W", "-p", "key.pub", "-s", "key.sec"]);
    minisign(dir, &["-S", "-s", "key.sec", "-m", "content.tar.br"]);
    ok(huquq(dir).args([
        "content",
        "pack",
        "sign",
        "--signature",
        "content.tar.br.minisig",
        "content.tar.br",
    ]));
    // A key without a password: the message says how to sign with the standard tool.
    let refused = huquq(dir)
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
    let refused = huquq(dir)
        .args(["content", "pack", "verify", "content.huquq"])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("UnknownKey"));
    let verified = ok(huquq(dir).args([
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

    let refused = huquq(dir)
        .args(["content", "pack", "install", "content.huquq"])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not signed by the Huquq publisher"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let installed = ok(huquq(dir).args([
        "--trust-content-key",
        "key.pub",
        "content",
        "pack",
        "install",
        "content.huquq",
    ]));
    assert!(installed.contains("2099-12-31.1"), "{installed}");
    let read = ok(huquq(dir).args(["--trust-content-key", "key.pub", "read", "kz-appeal-fine"]));
    assert!(read.contains("Quokkapaper"), "{read}");
    let status = ok(huquq(dir).args([
        "--trust-content-key",
        "key.pub",
        "--lang",
        "ru",
        "content",
        "status",
    ]));
    assert!(status.contains("Материалы о правах"), "{status}");
    // The same pack again is not newer.
    let again = huquq(dir)
        .args([
            "--trust-content-key",
            "key.pub",
            "content",
            "pack",
            "install",
            "content.huquq",
        ])
        .output()
        .expect("runs");
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
    let output = huquq(dir)
        .args(["content", "pack", "build"])
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("nothing was built"));
    assert!(!dir.join("content.tar.br").exists());
}
