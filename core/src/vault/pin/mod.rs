//! The vault PIN. The random data key is wrapped (XChaCha20-Poly1305) with a key that Argon2id
//! derives from the PIN and, on a phone, from a secret that only the phone's hardware can produce
//! (Android: an HMAC key in the Keystore; the shell passes its output as `device_secret`). A copy of
//! the phone's files is then not enough to guess the PIN elsewhere. The secret is one fixed value,
//! though: code running as the app on the phone can read it once (docs/SECURITY.md says so).
//!
//! The limit cannot be dodged: each attempt is counted and written (synced) before the PIN is
//! checked, under a lock, so a full disk refuses the attempt, a crash keeps it counted and two
//! attempts at once both count. Wrong attempts bring growing waits; reaching the limit empties the
//! wrapped key from the file and leaves it locked out, which the gate shows as a lost key. The
//! database itself is never touched by a wrong PIN.
mod file;
#[cfg(test)]
mod tests;

use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{CryptoFailure, Error, Result};
use crate::vault::key::{DataKey, hex};
use file::PinFile;
pub use file::{PIN_FILE, PIN_LOCK_FILE, PIN_TEMP_FILE};

/// Argon2id cost: 64 MiB, 3 passes, 1 lane — about half a second on a cheap phone.
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 3;
const LANES: u32 = 1;
/// The most a PIN file may ask for: 4× today's cost.
const MAX_MEMORY_KIB: u32 = 4 * MEMORY_KIB;
const MAX_PASSES: u32 = 4 * PASSES;
const MAX_LANES: u32 = 4;
const SALT_BYTES: usize = 16;
const NONCE_BYTES: usize = 24;
/// Six digits at least: with the phone's secret in the derivation a guess can only be made on the
/// phone, and ten of a million is what the default limit allows.
pub const MIN_PIN_CHARS: usize = 6;
/// Wrong PINs before the wrapped key is erased, unless the user chose another limit.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 10;

/// How the vault's PIN stands, for the gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinState {
    None,
    /// `bound`: the phone's secret takes part (without it the PIN cannot open the vault).
    Set {
        bound: bool,
    },
    /// The attempt limit was reached (or the file is not a PIN file): the PIN opens nothing.
    LockedOut,
    /// The file is there but could not be read just now (a storage error): a PIN is set, and
    /// nothing may be concluded or discarded from a read that may succeed next time.
    Unreadable,
}

pub fn state(dir: &Path) -> PinState {
    match file::read(dir) {
        Ok(None) => PinState::None,
        Ok(Some(file)) if file.locked_out => PinState::LockedOut,
        Ok(Some(file)) => PinState::Set {
            bound: file.device_check.is_some(),
        },
        // Not a PIN file: it cannot open the vault.
        Err(Error::InvalidKey) => PinState::LockedOut,
        Err(_) => PinState::Unreadable,
    }
}

pub fn has_pin(dir: &Path) -> bool {
    state(dir) != PinState::None
}

/// The wait after the `failed`-th wrong PIN in a row, before the next attempt: none for the first
/// three (typing slips), then growing to three hours.
pub fn delay_after(failed: u32) -> i64 {
    match failed {
        0..=3 => 0,
        4 => 30,
        5 => 60,
        6 => 5 * 60,
        7 => 15 * 60,
        8 => 60 * 60,
        _ => 3 * 60 * 60,
    }
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| Error::crypto(CryptoFailure::Randomness, e))?;
    Ok(bytes)
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

fn device_check(secret: &[u8]) -> String {
    let mut hash = Sha256::new();
    hash.update(b"huquq vault pin: the phone's secret\0");
    hash.update(secret);
    hex(&hash.finalize())
}

fn derive(
    pin: &str,
    salt: &[u8],
    file: &PinFile,
    device_secret: Option<&[u8]>,
) -> Result<Zeroizing<[u8; 32]>> {
    if !affordable(file) {
        return Err(Error::InvalidKey);
    }
    let failed = |e: argon2::Error| Error::crypto(CryptoFailure::KeyWrapping, e);
    let params = Params::new(file.memory_kib, file.passes, file.lanes, Some(32)).map_err(failed)?;
    // The phone's secret is Argon2's own secret input ("pepper"): without it no guess can be
    // checked.
    let argon = match device_secret {
        Some(secret) => {
            Argon2::new_with_secret(secret, Algorithm::Argon2id, Version::V0x13, params)
                .map_err(failed)?
        }
        None => Argon2::new(Algorithm::Argon2id, Version::V0x13, params),
    };
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(pin.as_bytes(), salt, out.as_mut())
        .map_err(failed)?;
    Ok(out)
}

/// A damaged file must not make the phone allocate gigabytes or work for hours.
fn affordable(file: &PinFile) -> bool {
    file.memory_kib <= MAX_MEMORY_KIB && file.passes <= MAX_PASSES && file.lanes <= MAX_LANES
}

fn checked_pin(pin: &str) -> Result<&str> {
    if pin.chars().count() < MIN_PIN_CHARS {
        return Err(Error::PinTooShort { min: MIN_PIN_CHARS });
    }
    Ok(pin)
}

fn cipher(wrapping: &[u8; 32]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wrapping))
}

/// A fresh file wrapping `key` under `pin` (and the phone's secret, when given).
fn wrapped(
    key: &DataKey,
    pin: &str,
    max_attempts: u32,
    device_secret: Option<&[u8]>,
) -> Result<PinFile> {
    wrapped_as_typed(key, checked_pin(pin)?, max_attempts, device_secret)
}

/// As [`wrapped`], without the length rule: for re-wrapping a PIN an older version accepted
/// (four digits were allowed then), which the user just typed right and must keep working.
fn wrapped_as_typed(
    key: &DataKey,
    pin: &str,
    max_attempts: u32,
    device_secret: Option<&[u8]>,
) -> Result<PinFile> {
    let salt: [u8; SALT_BYTES] = random()?;
    let nonce: [u8; NONCE_BYTES] = random()?;
    let mut file = PinFile {
        version: file::VERSION,
        kdf: "argon2id".into(),
        memory_kib: MEMORY_KIB,
        passes: PASSES,
        lanes: LANES,
        salt: hex(&salt),
        nonce: hex(&nonce),
        wrapped_key: String::new(),
        device_check: device_secret.map(device_check),
        failed_attempts: 0,
        max_attempts: Some(max_attempts.max(1)),
        not_before: None,
        locked_out: false,
    };
    let wrapping = derive(pin, &salt, &file, device_secret)?;
    let sealed = cipher(&wrapping)
        .encrypt(XNonce::from_slice(&nonce), key.as_bytes().as_slice())
        .map_err(|e| Error::crypto(CryptoFailure::KeyWrapping, e))?;
    file.wrapped_key = hex(&sealed);
    Ok(file)
}

/// Sets (or replaces) the PIN that unlocks `key`. `max_attempts`: wrong PINs before the wrapped key
/// is erased (`None`: the default). `device_secret`: the phone's secret; `None` where there is no
/// such hardware (the CLI on a computer), and then the PIN alone protects the key.
pub fn set_pin(
    dir: &Path,
    key: &DataKey,
    pin: &str,
    max_attempts: Option<u32>,
    device_secret: Option<&[u8]>,
) -> Result<()> {
    if device_secret.is_none() {
        // Nothing but the PIN stands between a copy of the files and the key (a computer): it
        // must be a passphrase that survives guessing anywhere.
        crate::vault::passphrase::check(pin)?;
    }
    let file = wrapped(
        key,
        pin,
        max_attempts.unwrap_or(DEFAULT_MAX_ATTEMPTS),
        device_secret,
    )?;
    let _lock = file::lock(dir)?;
    file::write(dir, &file)
}

/// The data key, if `pin` is right. `now` is the phone's clock, for the waits.
pub fn unlock(
    dir: &Path,
    pin: &str,
    device_secret: Option<&[u8]>,
    now: DateTime<Utc>,
) -> Result<DataKey> {
    let _lock = file::lock(dir)?;
    let mut file = file::read(dir)?.ok_or(Error::PinNotSet)?;
    let now = now.timestamp();
    if file.locked_out {
        return Err(Error::TooManyAttempts);
    }
    // Version 1 files could have no limit, and counted wrong PINs without one: they get the
    // default limit, counted from now, so that an old count cannot lock anyone out unasked.
    if file.max_attempts.is_none() {
        file.failed_attempts = 0;
        file.not_before = None;
        file.max_attempts = Some(DEFAULT_MAX_ATTEMPTS);
    }
    let max_attempts = file.max_attempts.unwrap_or(DEFAULT_MAX_ATTEMPTS);
    if file.failed_attempts >= max_attempts {
        // The limit was reached but the lock-out was not written (a crash, a full disk): now.
        lock_out(dir, &mut file)?;
        return Err(Error::TooManyAttempts);
    }
    if let Some(wait) = waiting(dir, &mut file, now)? {
        return Err(Error::PinWait { seconds: wait });
    }
    if let Some(check) = &file.device_check
        && device_secret.map(device_check).as_ref() != Some(check)
    {
        // The phone's secret is gone or another: no PIN can open this file now, and trying would
        // only spend attempts.
        return Err(Error::PinDeviceKeyLost);
    }
    if !affordable(&file) {
        return Err(Error::InvalidKey);
    }
    let secret = file.device_check.as_ref().and(device_secret);
    let salt = unhex(&file.salt).ok_or(Error::InvalidKey)?;
    let nonce = unhex(&file.nonce)
        .filter(|n| n.len() == NONCE_BYTES)
        .ok_or(Error::InvalidKey)?;
    let sealed = unhex(&file.wrapped_key).ok_or(Error::InvalidKey)?;

    // Counted, with the wait a wrong PIN would bring, before the PIN is checked: a refusal to
    // write refuses the attempt.
    let counted = file.failed_attempts.saturating_add(1);
    file.failed_attempts = counted;
    file.not_before = Some(now.saturating_add(delay_after(counted)));
    file::write(dir, &file)?;

    let wrapping = derive(pin, &salt, &file, secret)?;
    match cipher(&wrapping).decrypt(XNonce::from_slice(&nonce), sealed.as_slice()) {
        Ok(bytes) => {
            let key = DataKey::from_bytes(&Zeroizing::new(bytes))?;
            file.failed_attempts = 0;
            file.not_before = None;
            let upgrade = file.device_check.is_none() && device_secret.is_some()
                || file.version < file::VERSION;
            // An older file, or one made without the phone's secret where the phone now has
            // one: wrapped again the way new ones are, keeping the user's PIN and limit. If that
            // fails, the reset count is written all the same: a right PIN must never count.
            let rewritten = upgrade
                .then(|| wrapped_as_typed(&key, pin, max_attempts, device_secret).ok())
                .flatten()
                .unwrap_or(file);
            // If even that cannot be written the key still opens the vault; the count stays
            // until a later right PIN writes it.
            let _ = file::write(dir, &rewritten);
            Ok(key)
        }
        Err(_) if counted >= max_attempts => {
            lock_out(dir, &mut file)?;
            Err(Error::TooManyAttempts)
        }
        Err(_) => Err(Error::WrongPin {
            attempts_left: Some(max_attempts - counted),
        }),
    }
}

/// The seconds still to wait before an attempt, if any. A wait longer than the one the count
/// brings means the clock was moved back: it restarts from now rather than lasting for ever.
fn waiting(dir: &Path, file: &mut PinFile, now: i64) -> Result<Option<u64>> {
    let Some(not_before) = file.not_before else {
        return Ok(None);
    };
    let longest = delay_after(file.failed_attempts);
    let left = not_before.saturating_sub(now);
    if left <= 0 {
        return Ok(None);
    }
    if left > longest {
        file.not_before = Some(now.saturating_add(longest));
        file::write(dir, file)?;
        return Ok((longest > 0).then_some(longest.unsigned_abs()));
    }
    Ok(Some(left.unsigned_abs()))
}

/// The limit was reached: the wrapped key, its salt and nonce leave the file for good.
fn lock_out(dir: &Path, file: &mut PinFile) -> Result<()> {
    file.locked_out = true;
    file.salt.clear();
    file.nonce.clear();
    file.wrapped_key.clear();
    file.not_before = None;
    file::write(dir, file)
}

/// Re-wraps the data key under a new PIN, with the same limit and the phone's same secret (the
/// database is untouched). A wrong current PIN counts as an attempt.
pub fn change_pin(
    dir: &Path,
    old_pin: &str,
    new_pin: &str,
    device_secret: Option<&[u8]>,
    now: DateTime<Utc>,
) -> Result<()> {
    checked_pin(new_pin)?;
    let key = unlock(dir, old_pin, device_secret, now)?;
    let max_attempts = file::read(dir)?.and_then(|f| f.max_attempts);
    set_pin(dir, &key, new_pin, max_attempts, device_secret)
}
