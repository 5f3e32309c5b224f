//! A backup file: the input is the archive inside it (manifest, images), sealed the way a backup
//! is, then restored into a vault. Whatever it holds, the restore succeeds or refuses with an
//! error, and the vault stays sound.
#![no_main]
use std::sync::{Mutex, OnceLock};

use huquq_core::vault::backup::BackupSecret;
use huquq_core::vault::fuzzing::seal_with_age;
use huquq_core::vault::{DataKey, Vault};
use libfuzzer_sys::fuzz_target;

struct Setup {
    dir: tempfile::TempDir,
    vault: Vault,
    recipient: age::x25519::Recipient,
    identity: BackupSecret,
    runs: u64,
}

fn setup() -> &'static Mutex<Setup> {
    static SETUP: OnceLock<Mutex<Setup>> = OnceLock::new();
    SETUP.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let vault =
            Vault::create(dir.path(), &DataKey::generate().expect("a key")).expect("a vault");
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public();
        let secret = {
            use age::secrecy::ExposeSecret;
            BackupSecret::Identity(identity.to_string().expose_secret().to_owned())
        };
        Mutex::new(Setup {
            dir,
            vault,
            recipient,
            identity: secret,
            runs: 0,
        })
    })
}

fuzz_target!(|archive: &[u8]| {
    let mut setup = setup()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let sealed = seal_with_age(archive, &setup.recipient).expect("sealing never fails in memory");
    let path = setup.dir.path().join("backup.age");
    std::fs::write(&path, sealed).expect("the temporary folder is writable");
    let _ = setup.vault.restore(&path, &setup.identity, &mut |_| {});
    setup.runs += 1;
    // Sound after every kind of input: checked now and then, since it reads the whole file.
    if setup.runs % 512 == 0 {
        assert_eq!(setup.vault.integrity_check().expect("readable"), "ok");
    }
});
