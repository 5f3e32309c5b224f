//! Huquq writes backups with its own age writer and reads them with the age crate: whatever the
//! payload, what is read back is exactly what was written. The same bytes are also read as if they
//! were an age file someone handed over.
#![no_main]
use std::io::Read;
use std::sync::OnceLock;

use huquq_core::vault::fuzzing::seal_with_age;
use libfuzzer_sys::fuzz_target;

fn identity() -> &'static age::x25519::Identity {
    static IDENTITY: OnceLock<age::x25519::Identity> = OnceLock::new();
    IDENTITY.get_or_init(age::x25519::Identity::generate)
}

fn open(file: &[u8]) -> Option<Vec<u8>> {
    let decryptor = age::Decryptor::new(file).ok()?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity() as &dyn age::Identity))
        .ok()?;
    let mut plain = Vec::new();
    reader.read_to_end(&mut plain).ok()?;
    Some(plain)
}

fuzz_target!(|plain: &[u8]| {
    let sealed = seal_with_age(plain, &identity().to_public()).expect("sealing in memory");
    assert_eq!(open(&sealed).as_deref(), Some(plain));
    let _ = open(plain);
});
