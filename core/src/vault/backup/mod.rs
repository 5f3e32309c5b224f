//! Encrypted backup and restore: one file in the age format (a passphrase through scrypt, or an age
//! X25519 recipient) holding a tar archive with a JSON manifest and the page images, so that the
//! standard `age` and `tar` tools can open it without Huquq. The layout is documented in
//! docs/BACKUP.md.
//!
//! A backup is written to `<dest>.partial` and renamed only once complete, so a crash never leaves a
//! half file under the real name. Images are streamed between SQLCipher's incremental blob I/O and
//! the archive, one buffer at a time, so memory does not grow with the size of the vault.
//!
//! A restore merges into the vault in one transaction. age authenticates every 64 KiB chunk and
//! marks the last one, so a tampered or truncated file fails while it is read; the transaction is
//! then rolled back and the vault is exactly as it was.
use std::path::Path;
use std::str::FromStr;

use age::secrecy::SecretString;
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::error::{BackupProblem, Error, Result};
use crate::vault::store::Vault;

mod manifest;
mod restore;
mod write;

pub use manifest::{BACKUP_FORMAT, BACKUP_VERSION};

// The archive's layout (docs/BACKUP.md), which writing and reading share.
const ROOT: &str = "huquq-backup";
const MANIFEST_PATH: &str = "huquq-backup/manifest.json";

/// scrypt's log₂ N for passphrase backups: the `age` command line's own default (256 MiB, about a
/// second on a phone). Fixed rather than measured so that the work factor does not depend on how
/// busy the phone happened to be.
const SCRYPT_WORK_FACTOR: u8 = 18;
/// The highest work factor a restore accepts: 2^19, 512 MiB of memory, which a phone with 2 GB can
/// still give. Huquq's own backups use 2^18; a file asking for more (a crafted one, or one made by
/// the `age` tool on a fast computer) is refused as too costly rather than let the phone run out of
/// memory halfway.
const MAX_SCRYPT_WORK_FACTOR: u8 = 19;

/// What protects a backup. `Identity` is only for restoring (a backup made with it is encrypted to
/// its public recipient); `Recipient` can only make backups.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub enum BackupSecret {
    /// A passphrase a person chose, stretched with scrypt.
    Passphrase(String),
    /// An age X25519 public key, `age1…`.
    Recipient(String),
    /// An age X25519 secret key, `AGE-SECRET-KEY-1…`.
    Identity(String),
}

// A passphrase or secret key must never reach a log.
impl std::fmt::Debug for BackupSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BackupSecret::Passphrase(_) => "Passphrase(…)",
            BackupSecret::Recipient(_) => "Recipient(…)",
            BackupSecret::Identity(_) => "Identity(…)",
        })
    }
}

/// Items (documents and pages) handled so far, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackupSummary {
    pub people: u32,
    pub documents: u32,
    pub pages: u32,
    pub payments: u32,
    /// Size of the backup file.
    pub bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RestoreSummary {
    pub people_added: u32,
    pub documents_added: u32,
    pub pages_added: u32,
    /// Pages already in the vault: the same id, or the same original on the same document.
    pub pages_skipped_duplicate: u32,
    pub payments_added: u32,
    pub events_added: u32,
    pub journal_entries_added: u32,
}

impl Vault {
    /// Writes an encrypted backup of the whole vault to `dest` (replacing a file already there).
    ///
    /// The vault stays locked for other calls while the backup runs: `progress` must not call back
    /// into the vault.
    pub fn backup(
        &self,
        dest: &Path,
        secret: &BackupSecret,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<BackupSummary> {
        let recipient = recipient(secret)?;
        write::write_file(self, dest, recipient.as_ref(), progress)
    }

    /// Merges a backup into this vault, in one transaction: people, documents and payments whose id
    /// is already here are kept as they are; a page whose original (by SHA-256) is already on its
    /// document is skipped. On any error nothing is changed.
    ///
    /// The vault stays locked for other calls while the restore runs: `progress` must not call
    /// back into the vault.
    pub fn restore(
        &self,
        src: &Path,
        secret: &BackupSecret,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<RestoreSummary> {
        let identity = identity(secret)?;
        self.write(|tx| restore::restore_into(tx, src, identity.as_ref(), progress))
    }
}

pub(crate) fn recipient(secret: &BackupSecret) -> Result<Box<dyn age::Recipient>> {
    Ok(match secret {
        BackupSecret::Passphrase(passphrase) => {
            if passphrase.is_empty() {
                return Err(Error::BackupWrongSecret);
            }
            let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.clone()));
            recipient.set_work_factor(SCRYPT_WORK_FACTOR);
            Box::new(recipient)
        }
        BackupSecret::Recipient(text) => Box::new(
            age::x25519::Recipient::from_str(text.trim()).map_err(|_| Error::BackupWrongSecret)?,
        ),
        // Whoever holds the secret key can also make backups for it.
        BackupSecret::Identity(text) => Box::new(x25519_identity(text)?.to_public()),
    })
}

fn identity(secret: &BackupSecret) -> Result<Box<dyn age::Identity>> {
    Ok(match secret {
        BackupSecret::Passphrase(passphrase) => {
            let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.clone()));
            identity.set_max_work_factor(MAX_SCRYPT_WORK_FACTOR);
            Box::new(identity)
        }
        BackupSecret::Identity(text) => Box::new(x25519_identity(text)?),
        // A public key cannot decrypt anything.
        BackupSecret::Recipient(_) => return Err(Error::BackupWrongSecret),
    })
}

fn x25519_identity(text: &str) -> Result<age::x25519::Identity> {
    age::x25519::Identity::from_str(text.trim()).map_err(|_| Error::BackupWrongSecret)
}

/// A length as the archive and the progress count it (saturating: no panic, even in theory).
fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

// What a damaged backup is reported as, by the manifest's checks and by the restore alike.

fn damaged(problem: BackupProblem, detail: impl Into<String>) -> Error {
    Error::BackupDamaged {
        problem,
        detail: detail.into(),
    }
}

/// Something in the archive or its manifest does not agree with the rest.
fn inconsistent(detail: impl Into<String>) -> Error {
    damaged(BackupProblem::Inconsistent, detail)
}

/// The file is an age file but not a Huquq backup's archive.
fn not_huquq(detail: impl Into<String>) -> Error {
    damaged(BackupProblem::NotAHuquqBackup, detail)
}
