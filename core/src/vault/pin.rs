//! An optional PIN. The random data key is wrapped (XChaCha20-Poly1305) with a key derived from the
//! PIN by Argon2id and kept in `vault.pin` beside the database. Changing the PIN re-wraps the data
//! key; the database is never re-encrypted. With an optional limit on failed attempts, reaching the
//! limit destroys the wrapped key (the user chose this: the vault can then only come back from a
//! backup); the database file itself is never touched by a wrong PIN.
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{CryptoFailure, Error, Result};
use crate::vault::key::{DataKey, KEY_BYTES, hex};

pub const PIN_FILE: &str = "vault.pin";
/// Argon2id cost: 64 MiB, 3 passes, 1 lane — about half a second on a cheap phone, which is the
/// point: each guess costs an attacker the same.
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 3;
const LANES: u32 = 1;
const SALT_BYTES: usize = 16;
const NONCE_BYTES: usize = 24;
const MIN_PIN_CHARS: usize = 4;

#[derive(Serialize, Deserialize)]
struct PinFile {
    version: u32,
    kdf: String,
    memory_kib: u32,
    passes: u32,
    lanes: u32,
    salt: String,
    nonce: String,
    wrapped_key: String,
    failed_attempts: u32,
    max_attempts: Option<u32>,
}

fn pin_path(dir: &Path) -> PathBuf {
    dir.join(PIN_FILE)
}

pub fn has_pin(dir: &Path) -> bool {
    pin_path(dir).exists()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| Error::crypto(CryptoFailure::Randomness, e))?;
    Ok(bytes)
}

fn derive(
    pin: &str,
    salt: &[u8],
    memory_kib: u32,
    passes: u32,
    lanes: u32,
) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(memory_kib, passes, lanes, Some(32))
        .map_err(|e| Error::crypto(CryptoFailure::KeyWrapping, e))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pin.as_bytes(), salt, out.as_mut())
        .map_err(|e| Error::crypto(CryptoFailure::KeyWrapping, e))?;
    Ok(out)
}

fn checked_pin(pin: &str) -> Result<&str> {
    if pin.chars().count() < MIN_PIN_CHARS {
        return Err(Error::PinTooShort { min: MIN_PIN_CHARS });
    }
    Ok(pin)
}

/// Writes the file beside the vault atomically: a crash leaves the old PIN or the new one, never a
/// half-written file.
fn write_atomically(path: &Path, file: &PinFile) -> Result<()> {
    let json = serde_json::to_vec_pretty(file)
        .map_err(|e| Error::crypto(CryptoFailure::KeyWrapping, e))?;
    let temp = path.with_extension("pin.tmp");
    {
        let mut out = fs::File::create(&temp)?;
        out.write_all(&json)?;
        out.sync_all()?;
    }
    fs::rename(&temp, path)?;
    Ok(())
}

/// Sets (or replaces) the PIN that unlocks `key`. `max_attempts`: wrong PINs allowed before the
/// wrapped key is destroyed; `None` for no limit.
pub fn set_pin(dir: &Path, key: &DataKey, pin: &str, max_attempts: Option<u32>) -> Result<()> {
    let pin = checked_pin(pin)?;
    let salt: [u8; SALT_BYTES] = random()?;
    let nonce: [u8; NONCE_BYTES] = random()?;
    let wrapping = derive(pin, &salt, MEMORY_KIB, PASSES, LANES)?;
    let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wrapping.as_slice()));
    let wrapped = cipher
        .encrypt(XNonce::from_slice(&nonce), key.as_bytes().as_slice())
        .map_err(|e| Error::crypto(CryptoFailure::KeyWrapping, e))?;
    let file = PinFile {
        version: 1,
        kdf: "argon2id".into(),
        memory_kib: MEMORY_KIB,
        passes: PASSES,
        lanes: LANES,
        salt: hex(&salt),
        nonce: hex(&nonce),
        wrapped_key: hex(&wrapped),
        failed_attempts: 0,
        max_attempts: max_attempts.filter(|&n| n > 0),
    };
    write_atomically(&pin_path(dir), &file)
}

/// The data key, if `pin` is right.
pub fn unlock(dir: &Path, pin: &str) -> Result<DataKey> {
    let path = pin_path(dir);
    let text = match fs::read(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::PinNotSet),
        Err(e) => return Err(e.into()),
    };
    let mut file: PinFile = serde_json::from_slice(&text).map_err(|_| Error::InvalidKey)?;
    let salt = unhex(&file.salt).ok_or(Error::InvalidKey)?;
    let nonce = unhex(&file.nonce)
        .filter(|n| n.len() == NONCE_BYTES)
        .ok_or(Error::InvalidKey)?;
    let wrapped = unhex(&file.wrapped_key).ok_or(Error::InvalidKey)?;
    let wrapping = derive(pin, &salt, file.memory_kib, file.passes, file.lanes)?;
    let cipher = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wrapping.as_slice()));
    match cipher.decrypt(XNonce::from_slice(&nonce), wrapped.as_slice()) {
        Ok(bytes) => {
            let bytes = Zeroizing::new(bytes);
            if bytes.len() != KEY_BYTES {
                return Err(Error::InvalidKey);
            }
            if file.failed_attempts > 0 {
                file.failed_attempts = 0;
                write_atomically(&path, &file)?;
            }
            DataKey::from_bytes(&bytes)
        }
        Err(_) => {
            file.failed_attempts = file.failed_attempts.saturating_add(1);
            match file.max_attempts {
                Some(max) if file.failed_attempts >= max => {
                    // The user asked for this: too many wrong PINs erase the wrapped key.
                    fs::remove_file(&path)?;
                    Err(Error::TooManyAttempts)
                }
                max => {
                    write_atomically(&path, &file)?;
                    Err(Error::WrongPin {
                        attempts_left: max.map(|m| m - file.failed_attempts),
                    })
                }
            }
        }
    }
}

/// Re-wraps the data key under a new PIN (the database is untouched).
pub fn change_pin(dir: &Path, old_pin: &str, new_pin: &str) -> Result<()> {
    checked_pin(new_pin)?;
    let key = unlock(dir, old_pin)?;
    let max_attempts = fs::read(pin_path(dir))
        .ok()
        .and_then(|t| serde_json::from_slice::<PinFile>(&t).ok())
        .and_then(|f| f.max_attempts);
    set_pin(dir, &key, new_pin, max_attempts)
}

/// Removes the PIN; the shell keeps the data key by other means (Keystore, Keychain).
pub fn remove_pin(dir: &Path, pin: &str) -> Result<DataKey> {
    let key = unlock(dir, pin)?;
    fs::remove_file(pin_path(dir))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_unwraps_the_key_and_a_wrong_one_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let key = DataKey::generate().unwrap();
        assert!(matches!(unlock(dir.path(), "1234"), Err(Error::PinNotSet)));
        assert!(matches!(
            set_pin(dir.path(), &key, "12", None),
            Err(Error::PinTooShort { .. })
        ));
        set_pin(dir.path(), &key, "2468", None).unwrap();
        assert_eq!(unlock(dir.path(), "2468").unwrap(), key);
        assert!(matches!(
            unlock(dir.path(), "1357"),
            Err(Error::WrongPin {
                attempts_left: None
            })
        ));
        let stored = fs::read_to_string(pin_path(dir.path())).unwrap();
        assert!(
            !stored.contains(&hex(key.as_bytes())),
            "the key is never stored in the clear"
        );
    }

    #[test]
    fn changing_the_pin_rewraps_the_same_key() {
        let dir = tempfile::tempdir().unwrap();
        let key = DataKey::generate().unwrap();
        set_pin(dir.path(), &key, "2468", Some(5)).unwrap();
        change_pin(dir.path(), "2468", "97531").unwrap();
        assert!(matches!(
            unlock(dir.path(), "2468"),
            Err(Error::WrongPin {
                attempts_left: Some(4)
            })
        ));
        assert_eq!(unlock(dir.path(), "97531").unwrap(), key);
        assert_eq!(remove_pin(dir.path(), "97531").unwrap(), key);
        assert!(!has_pin(dir.path()));
    }

    #[test]
    fn the_attempt_limit_erases_the_wrapped_key_only() {
        let dir = tempfile::tempdir().unwrap();
        let key = DataKey::generate().unwrap();
        fs::write(dir.path().join("vault.sqlite3"), b"the database").unwrap();
        set_pin(dir.path(), &key, "2468", Some(3)).unwrap();
        assert!(matches!(
            unlock(dir.path(), "0000"),
            Err(Error::WrongPin {
                attempts_left: Some(2)
            })
        ));
        assert_eq!(
            unlock(dir.path(), "2468").unwrap(),
            key,
            "a right PIN resets the count"
        );
        assert!(matches!(
            unlock(dir.path(), "0000"),
            Err(Error::WrongPin {
                attempts_left: Some(2)
            })
        ));
        assert!(matches!(
            unlock(dir.path(), "0000"),
            Err(Error::WrongPin {
                attempts_left: Some(1)
            })
        ));
        assert!(matches!(
            unlock(dir.path(), "0000"),
            Err(Error::TooManyAttempts)
        ));
        assert!(matches!(unlock(dir.path(), "2468"), Err(Error::PinNotSet)));
        assert_eq!(
            fs::read(dir.path().join("vault.sqlite3")).unwrap(),
            b"the database"
        );
    }
}
