//! `vault.pin` on disk: its JSON form, the lock that lets one attempt at a time read and write it,
//! and the atomic, synced write that a crash or a full disk can never leave half done.
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{CryptoFailure, Error, Result};

pub const PIN_FILE: &str = "vault.pin";
/// Written beside `vault.pin` and renamed over it.
pub const PIN_TEMP_FILE: &str = "vault.pin.tmp";
/// Held (an exclusive advisory lock) for the whole of an attempt: two attempts at once, from two
/// threads or the CLI beside the app, each count.
pub const PIN_LOCK_FILE: &str = "vault.pin.lock";

/// Version 1 (until 2026-12): the PIN alone wrapped the key, and no limit was the default.
/// Version 2: the phone's secret takes part in the derivation (`device_check` set), the attempt
/// is counted before the PIN is checked, and the limit ends in a locked-out state.
pub const VERSION: u32 = 2;

#[derive(Serialize, Deserialize, Clone)]
pub struct PinFile {
    pub version: u32,
    pub kdf: String,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
    /// Hex; all three are emptied when the file is locked out.
    pub salt: String,
    pub nonce: String,
    pub wrapped_key: String,
    /// Hex of SHA-256 over the phone's secret (see `mod.rs`), or absent when the PIN alone wraps
    /// the key (the CLI, and version 1 files). It tells a missing or replaced phone secret from a
    /// wrong PIN, so that the phone's loss never counts as a guess.
    #[serde(default)]
    pub device_check: Option<String>,
    /// Attempts counted since the last right PIN, the one in progress included.
    pub failed_attempts: u32,
    /// Version 1 files may have none (no limit then); version 2 always has one.
    pub max_attempts: Option<u32>,
    /// No attempt is accepted before this instant (Unix seconds): the growing delay.
    #[serde(default)]
    pub not_before: Option<i64>,
    /// The limit was reached: the wrapped key is gone from this file for good.
    #[serde(default)]
    pub locked_out: bool,
}

pub fn path(dir: &Path) -> PathBuf {
    dir.join(PIN_FILE)
}

/// The file, `None` when there is none. A file that is not a PIN file is `InvalidKey`: it is never
/// replaced, since it may be the only copy of the key.
pub fn read(dir: &Path) -> Result<Option<PinFile>> {
    match fs::read(path(dir)) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|_| Error::InvalidKey),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Writes the file atomically and durably: the temporary copy and then the folder are synced, so
/// after this returns a power cut leaves the new file, and before it the old one.
pub fn write(dir: &Path, file: &PinFile) -> Result<()> {
    let json = serde_json::to_vec_pretty(file)
        .map_err(|e| Error::crypto(CryptoFailure::KeyWrapping, e))?;
    let temp = dir.join(PIN_TEMP_FILE);
    let written = (|| -> std::io::Result<()> {
        let mut out = File::create(&temp)?;
        out.write_all(&json)?;
        out.sync_all()?;
        fs::rename(&temp, path(dir))?;
        sync_folder(dir)
    })();
    if written.is_err() {
        // A full disk: nothing half-written may stay behind.
        let _ = fs::remove_file(&temp);
    }
    Ok(written?)
}

#[cfg(unix)]
fn sync_folder(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder as a file; NTFS journals the rename itself.
    Ok(())
}

/// An exclusive lock on `vault.pin.lock`, released when dropped (or when the process dies).
pub struct AttemptLock(#[allow(dead_code)] File);

pub fn lock(dir: &Path) -> Result<AttemptLock> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(PIN_LOCK_FILE))?;
    file.lock()?;
    Ok(AttemptLock(file))
}
