//! Content packs: corrected and new articles as one small signed file that travels the way files
//! already travel among migrants (messengers, Bluetooth, a USB stick), installed only if genuine
//! and newer.
//!
//! A pack (`*.huquq`) is a plain tar archive of two members, so the standard tools open and check
//! it (`tar xf pack.huquq && minisign -Vm content.tar.br -p key.pub`):
//! - `content.tar.br`: the payload, a Brotli-compressed tar of `manifest.json`, `catalog.json` and
//!   `<locale>/<path>.ftl` for the locales the pack carries;
//! - `content.tar.br.minisig`: a minisign (Ed25519, pre-hashed) signature of the payload.
//!
//! Reading (`open`) verifies the signature before anything of the payload is parsed. Only the
//! outer tar is read before that, with its two members' sizes capped before their bytes are read.
//! Everything after is treated as hostile anyway: sizes are capped while unpacking (a compression
//! bomb stops at the cap), paths must be plain relative names of the expected shape, and text must
//! be UTF-8.
use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::content::embedded::FtlFile;

mod keys;
mod release;
pub mod store;

pub use keys::TrustedKeys;
pub use release::{AppVersion, ContentRelease};
pub use store::{ContentOrigin, ContentStore, InstalledPack, LoadedContent};

/// The payload's name inside a pack, and its signature's (what `minisign -S` writes beside it).
pub const PAYLOAD_NAME: &str = "content.tar.br";
pub const SIGNATURE_NAME: &str = "content.tar.br.minisig";
/// The manifest's format; a pack with a higher one needs a newer app.
pub const FORMAT: u32 = 1;

/// A whole pack file: all nine locales are about 430 KB.
pub const MAX_PACK_BYTES: u64 = 4 * 1024 * 1024;
const MAX_SIGNATURE_BYTES: u64 = 4 * 1024;
/// Everything unpacked: all nine locales are about 3.2 MB today.
pub const MAX_UNPACKED_BYTES: u64 = 32 * 1024 * 1024;
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
const MAX_FILES: usize = 5_000;

/// Why a pack was refused. `detail` in the error is for logs and publishers, in English; the user
/// sees the localized message for the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PackProblem {
    /// Not a content pack at all, or cut short.
    NotAPack,
    /// Signed, but by a key this app does not trust.
    UnknownKey,
    /// The signature does not match: a byte was changed.
    Altered,
    /// Larger than a pack may be, packed or unpacked.
    TooLarge,
    /// Signed, but its contents cannot be read.
    Damaged,
    /// Not newer than the content in use: installing it would roll the law back.
    NotNewer,
    /// Made for a newer version of the app.
    NeedsNewerApp,
    /// Its content fails the content check, or lacks texts this app needs.
    FailsCheck,
    /// There is no installed pack to share: only the built-in content is in use.
    NoneInstalled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub problem: PackProblem,
    pub detail: String,
}

impl PackError {
    pub fn new(problem: PackProblem, detail: impl Into<String>) -> PackError {
        PackError {
            problem,
            detail: detail.into(),
        }
    }
}

/// What a pack says about itself. Signed with the rest of the payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub release: ContentRelease,
    pub min_app_version: AppVersion,
    pub created: NaiveDate,
    /// Who made it, as shown in settings ("Huquq").
    pub publisher: String,
    /// The locales whose Fluent files the pack carries; others stay as the app has them.
    pub locales: Vec<String>,
}

/// A pack whose signature was verified and whose payload was read.
#[derive(Debug, Clone)]
pub struct Pack {
    pub manifest: Manifest,
    pub catalog_json: String,
    pub files: Vec<FtlFile>,
}

/// Reads a pack: the signature first, then the payload. Checks only what the pack says about
/// itself (its manifest against its files); whether it may be installed is `ContentStore`'s.
pub fn open(bytes: &[u8], keys: &TrustedKeys) -> Result<Pack, PackError> {
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(PackError::new(
            PackProblem::TooLarge,
            format!(
                "{} bytes; a pack holds at most {MAX_PACK_BYTES}",
                bytes.len()
            ),
        ));
    }
    let (payload, signature) = split_container(bytes)?;
    keys.verify(&payload, &signature)?;
    read_payload(&payload)
}

/// The two members of the outer tar, in order, each read only after its declared size was
/// checked.
fn split_container(bytes: &[u8]) -> Result<(Vec<u8>, String), PackError> {
    let not_a_pack = |detail: String| PackError::new(PackProblem::NotAPack, detail);
    let mut archive = tar::Archive::new(Cursor::new(bytes));
    let mut entries = archive
        .entries()
        .map_err(|e| not_a_pack(format!("not a tar archive: {e}")))?;
    let mut member = |name: &str, max: u64| -> Result<Vec<u8>, PackError> {
        let mut entry = entries
            .next()
            .ok_or_else(|| not_a_pack(format!("{name} is missing")))?
            .map_err(|e| not_a_pack(format!("unreadable archive: {e}")))?;
        let path = entry.path_bytes().into_owned();
        if path != name.as_bytes() || !entry.header().entry_type().is_file() {
            return Err(not_a_pack(format!(
                "expected the file {name}, found {:?}",
                String::from_utf8_lossy(&path)
            )));
        }
        let size = entry.size();
        if size > max {
            return Err(PackError::new(
                PackProblem::TooLarge,
                format!("{name} declares {size} bytes; at most {max}"),
            ));
        }
        let mut data = Vec::with_capacity(size as usize);
        entry
            .read_to_end(&mut data)
            .map_err(|e| not_a_pack(format!("{name} is cut short: {e}")))?;
        if data.len() as u64 != size {
            return Err(not_a_pack(format!("{name} is cut short")));
        }
        Ok(data)
    };
    let payload = member(PAYLOAD_NAME, MAX_PACK_BYTES)?;
    let signature = member(SIGNATURE_NAME, MAX_SIGNATURE_BYTES)?;
    if let Some(extra) = entries.next() {
        let name = extra
            .map(|e| String::from_utf8_lossy(&e.path_bytes()).into_owned())
            .unwrap_or_else(|e| e.to_string());
        return Err(not_a_pack(format!("unexpected member {name:?}")));
    }
    let signature = String::from_utf8(signature)
        .map_err(|_| not_a_pack(format!("{SIGNATURE_NAME} is not text")))?;
    Ok((payload, signature))
}

/// The payload, already verified: unpacked within the caps, every member checked by name.
fn read_payload(payload: &[u8]) -> Result<Pack, PackError> {
    let damaged = |detail: String| PackError::new(PackProblem::Damaged, detail);
    let tar = unpack_within_limit(payload)?;
    let mut archive = tar::Archive::new(Cursor::new(&tar[..]));
    let entries = archive
        .entries()
        .map_err(|e| damaged(format!("payload is not a tar archive: {e}")))?;

    let mut manifest: Option<Manifest> = None;
    let mut catalog_json: Option<String> = None;
    let mut files: Vec<FtlFile> = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in entries {
        let mut entry = entry.map_err(|e| damaged(format!("unreadable payload: {e}")))?;
        if seen.len() >= MAX_FILES {
            return Err(PackError::new(
                PackProblem::TooLarge,
                format!("more than {MAX_FILES} files"),
            ));
        }
        let path = String::from_utf8(entry.path_bytes().into_owned())
            .map_err(|_| damaged("a file name is not UTF-8".into()))?;
        if !entry.header().entry_type().is_file() {
            return Err(damaged(format!("{path:?} is not a plain file")));
        }
        if !seen.insert(path.clone()) {
            return Err(damaged(format!("{path:?} appears twice")));
        }
        if entry.size() > MAX_FILE_BYTES {
            return Err(PackError::new(
                PackProblem::TooLarge,
                format!("{path:?} is larger than {MAX_FILE_BYTES} bytes"),
            ));
        }
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .map_err(|e| damaged(format!("{path:?} is not UTF-8 text: {e}")))?;
        match path.as_str() {
            "manifest.json" => {
                manifest = Some(
                    serde_json::from_str(&text)
                        .map_err(|e| manifest_error(&text, e.to_string()))?,
                )
            }
            "catalog.json" => catalog_json = Some(text),
            _ => {
                let (locale, inner) = locale_file(&path)
                    .ok_or_else(|| damaged(format!("unexpected file {path:?}")))?;
                files.push(FtlFile {
                    locale: locale.to_owned(),
                    path: inner.to_owned(),
                    text,
                });
            }
        }
    }
    let manifest = manifest.ok_or_else(|| damaged("manifest.json is missing".into()))?;
    let catalog_json = catalog_json.ok_or_else(|| damaged("catalog.json is missing".into()))?;
    let carried: BTreeSet<&str> = files.iter().map(|f| f.locale.as_str()).collect();
    let declared: BTreeSet<&str> = manifest.locales.iter().map(String::as_str).collect();
    if carried != declared || declared.len() != manifest.locales.len() {
        return Err(damaged(format!(
            "the manifest lists locales {declared:?}, the pack carries {carried:?}"
        )));
    }
    Ok(Pack {
        manifest,
        catalog_json,
        files,
    })
}

/// A manifest that does not parse: from a newer format it needs a newer app, else it is damaged.
fn manifest_error(text: &str, detail: String) -> PackError {
    #[derive(Deserialize)]
    struct FormatOnly {
        format: u32,
    }
    match serde_json::from_str::<FormatOnly>(text) {
        Ok(FormatOnly { format }) if format > FORMAT => PackError::new(
            PackProblem::NeedsNewerApp,
            format!("manifest format {format}; this app reads {FORMAT}"),
        ),
        _ => PackError::new(PackProblem::Damaged, format!("manifest.json: {detail}")),
    }
}

/// Inflates the payload, refusing it as soon as it grows past the cap.
fn unpack_within_limit(payload: &[u8]) -> Result<Vec<u8>, PackError> {
    let mut unpacked = Vec::new();
    brotli_decompressor::Decompressor::new(payload, 64 * 1024)
        .take(MAX_UNPACKED_BYTES + 1)
        .read_to_end(&mut unpacked)
        .map_err(|e| PackError::new(PackProblem::Damaged, format!("payload: {e}")))?;
    if unpacked.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(PackError::new(
            PackProblem::TooLarge,
            format!("the payload unpacks to more than {MAX_UNPACKED_BYTES} bytes"),
        ));
    }
    Ok(unpacked)
}

/// `ru/articles/kz-appeal-fine.ftl` → (`ru`, `articles/kz-appeal-fine.ftl`); anything else (an
/// absolute path, `..`, odd characters, another extension) is not a content file.
fn locale_file(path: &str) -> Option<(&str, &str)> {
    let (locale, inner) = path.split_once('/')?;
    let locale_ok = (2..=12).contains(&locale.len())
        && locale
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && locale.as_bytes()[0].is_ascii_lowercase();
    let parts: Vec<&str> = inner.split('/').collect();
    let inner_ok = inner.ends_with(".ftl")
        && parts.len() <= 3
        && parts.iter().all(|part| {
            let stem = part.strip_suffix(".ftl").unwrap_or(part);
            !stem.is_empty()
                && stem
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        });
    (locale_ok && inner_ok).then_some((locale, inner))
}

/// The payload's tar (uncompressed), for publishers: the manifest first, then the catalog, then
/// the files in the order given. Fixed owner, mode and time, so the same content gives the same
/// bytes. A path tar cannot hold (`..`, absolute) is an error.
pub fn payload_tar(
    manifest: &Manifest,
    catalog_json: &str,
    files: &[FtlFile],
) -> std::io::Result<Vec<u8>> {
    let manifest_json =
        serde_json::to_string_pretty(manifest).expect("a manifest always serializes");
    let mut members: Vec<(String, &[u8])> = vec![
        ("manifest.json".into(), manifest_json.as_bytes()),
        ("catalog.json".into(), catalog_json.as_bytes()),
    ];
    members.extend(
        files
            .iter()
            .map(|f| (format!("{}/{}", f.locale, f.path), f.text.as_bytes())),
    );
    tar_of(&members)
}

/// The pack file: the compressed payload and its signature (the text `minisign -S` writes).
pub fn seal(payload: &[u8], signature: &str) -> Vec<u8> {
    tar_of(&[
        (PAYLOAD_NAME.into(), payload),
        (SIGNATURE_NAME.into(), signature.as_bytes()),
    ])
    .expect("the two fixed member names fit a tar header")
}

fn tar_of(members: &[(String, &[u8])]) -> std::io::Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, data) in members {
        let mut header = tar::Header::new_ustar();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        builder.append_data(&mut header, name, *data)?;
    }
    builder.into_inner()
}

#[cfg(test)]
mod tests;
