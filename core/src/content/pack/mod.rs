//! Content packs: corrected and new articles as one small signed file that travels the way files
//! already travel among migrants (messengers, Bluetooth, a USB stick), installed only if genuine
//! and newer.
//!
//! A pack (`*.huquq`) is a plain tar archive of two members, so the standard tools open and check
//! it (`tar xf pack.huquq && minisign -Vm content.tar -p key.pub`):
//! - `content.tar`: the payload, a tar of `manifest.json`, `catalog.json.br` and one
//!   `<locale>.tar.br` per locale carried (a Brotli-compressed tar of that locale's `.ftl` files);
//! - `content.tar.minisig`: a minisign (Ed25519, pre-hashed) signature of the payload.
//!
//! Each locale is compressed on its own so that a phone unpacks only the languages it shows, at
//! every start, as it does with the built-in content (docs/PERFORMANCE.md).
//!
//! Reading (`open`) verifies the signature before anything of the payload is parsed. Only the
//! outer tar is read before that, with its two members' sizes capped before their bytes are read.
//! Everything after is treated as hostile anyway: sizes are capped while unpacking (a compression
//! bomb stops at the cap), paths must be plain relative names of the expected shape, and text must
//! be UTF-8.
use std::collections::BTreeSet;
use std::io::{Cursor, Read};
use std::sync::Arc;

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
pub const PAYLOAD_NAME: &str = "content.tar";
pub const SIGNATURE_NAME: &str = "content.tar.minisig";
const MANIFEST: &str = "manifest.json";
const CATALOG: &str = "catalog.json.br";
const LOCALE_SUFFIX: &str = ".tar.br";
/// The manifest's format; a pack with a higher one needs a newer app.
pub const FORMAT: u32 = 1;

/// A whole pack file: all nine locales are about 430 KB.
pub const MAX_PACK_BYTES: u64 = 4 * 1024 * 1024;
const MAX_SIGNATURE_BYTES: u64 = 4 * 1024;
/// Everything unpacked: all nine locales are about 3.5 MB today, the largest one about 0.5 MB.
pub const MAX_UNPACKED_BYTES: u64 = 32 * 1024 * 1024;
const MAX_LOCALE_BYTES: u64 = 8 * 1024 * 1024;
const MAX_MANIFEST_BYTES: u64 = 64 * 1024;
const MAX_FILES: usize = 5_000;
const MAX_LOCALES: usize = 64;

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

/// A pack whose signature was verified and whose payload was read; its locales are still
/// compressed.
#[derive(Debug, Clone)]
pub struct Pack {
    pub manifest: Manifest,
    pub catalog_json: String,
    pub locales: Vec<PackedLocale>,
}

impl Pack {
    /// Every file of every locale the pack carries, unpacked (what an install checks), within
    /// the cap on the whole.
    pub fn files(&self) -> Result<Vec<FtlFile>, PackError> {
        let mut files = Vec::new();
        let mut total = 0u64;
        for locale in &self.locales {
            let unpacked = locale.files()?;
            total += unpacked.iter().map(|f| f.text.len() as u64).sum::<u64>();
            if total > MAX_UNPACKED_BYTES {
                return Err(PackError::new(
                    PackProblem::TooLarge,
                    format!("the locales unpack to more than {MAX_UNPACKED_BYTES} bytes"),
                ));
            }
            files.extend(unpacked);
        }
        Ok(files)
    }
}

/// One locale of a pack, as it travels: a Brotli-compressed tar of its Fluent files.
#[derive(Debug, Clone)]
pub struct PackedLocale {
    pub tag: String,
    compressed: Arc<[u8]>,
}

impl PackedLocale {
    /// The locale's files, unpacked within the cap; each path checked, each text UTF-8.
    pub fn files(&self) -> Result<Vec<FtlFile>, PackError> {
        let tar = unpack_within_limit(&self.compressed, MAX_LOCALE_BYTES, &self.tag)?;
        let mut files = Vec::new();
        for (path, text) in tar_members(&tar, &self.tag)? {
            if !is_content_path(&path) {
                return Err(damaged(format!("{}: unexpected file {path:?}", self.tag)));
            }
            files.push(FtlFile {
                locale: self.tag.clone(),
                path,
                text: String::from_utf8(text)
                    .map_err(|_| damaged(format!("{}: a file is not UTF-8 text", self.tag)))?,
            });
        }
        Ok(files)
    }
}

fn damaged(detail: String) -> PackError {
    PackError::new(PackProblem::Damaged, detail)
}

/// Reads a pack: the signature first, then the payload. Checks only what the pack says about
/// itself (its manifest against its locales); whether it may be installed is the app's
/// (`app/content_packs.rs`).
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

/// The payload, already verified: every member checked by name; the catalog unpacked, the
/// locales kept compressed.
fn read_payload(payload: &[u8]) -> Result<Pack, PackError> {
    let mut manifest: Option<Manifest> = None;
    let mut catalog_json: Option<String> = None;
    let mut locales: Vec<PackedLocale> = Vec::new();
    for (name, data) in tar_members(payload, "payload")? {
        if name == MANIFEST {
            if data.len() as u64 > MAX_MANIFEST_BYTES {
                return Err(PackError::new(
                    PackProblem::TooLarge,
                    "manifest.json is too large",
                ));
            }
            let text = String::from_utf8(data)
                .map_err(|_| damaged("manifest.json is not UTF-8 text".into()))?;
            manifest = Some(
                serde_json::from_str(&text).map_err(|e| manifest_error(&text, e.to_string()))?,
            );
        } else if name == CATALOG {
            let json = unpack_within_limit(&data, MAX_LOCALE_BYTES, CATALOG)?;
            catalog_json = Some(
                String::from_utf8(json).map_err(|_| damaged("catalog.json is not UTF-8".into()))?,
            );
        } else if let Some(tag) = name
            .strip_suffix(LOCALE_SUFFIX)
            .filter(|t| is_locale_tag(t))
        {
            if locales.len() >= MAX_LOCALES {
                return Err(PackError::new(
                    PackProblem::TooLarge,
                    format!("more than {MAX_LOCALES} locales"),
                ));
            }
            locales.push(PackedLocale {
                tag: tag.to_owned(),
                compressed: data.into(),
            });
        } else {
            return Err(damaged(format!("unexpected file {name:?}")));
        }
    }
    let manifest = manifest.ok_or_else(|| damaged("manifest.json is missing".into()))?;
    let catalog_json = catalog_json.ok_or_else(|| damaged("catalog.json is missing".into()))?;
    let carried: BTreeSet<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
    let declared: BTreeSet<&str> = manifest.locales.iter().map(String::as_str).collect();
    if carried != declared || declared.len() != manifest.locales.len() {
        return Err(damaged(format!(
            "the manifest lists locales {declared:?}, the pack carries {carried:?}"
        )));
    }
    Ok(Pack {
        manifest,
        catalog_json,
        locales,
    })
}

/// The plain files of a tar, by name, each at most what a locale may unpack to, none twice, at
/// most `MAX_FILES`. `what` names the archive in errors.
fn tar_members(tar: &[u8], what: &str) -> Result<Vec<(String, Vec<u8>)>, PackError> {
    let mut archive = tar::Archive::new(Cursor::new(tar));
    let entries = archive
        .entries()
        .map_err(|e| damaged(format!("{what} is not a tar archive: {e}")))?;
    let mut members = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in entries {
        let mut entry = entry.map_err(|e| damaged(format!("{what} is unreadable: {e}")))?;
        if members.len() >= MAX_FILES {
            return Err(PackError::new(
                PackProblem::TooLarge,
                format!("{what} has more than {MAX_FILES} files"),
            ));
        }
        let name = String::from_utf8(entry.path_bytes().into_owned())
            .map_err(|_| damaged(format!("{what}: a file name is not UTF-8")))?;
        if !entry.header().entry_type().is_file() {
            return Err(damaged(format!("{what}: {name:?} is not a plain file")));
        }
        if !seen.insert(name.clone()) {
            return Err(damaged(format!("{what}: {name:?} appears twice")));
        }
        if entry.size() > MAX_LOCALE_BYTES {
            return Err(PackError::new(
                PackProblem::TooLarge,
                format!("{what}: {name:?} is larger than {MAX_LOCALE_BYTES} bytes"),
            ));
        }
        let mut data = Vec::new();
        entry
            .read_to_end(&mut data)
            .map_err(|e| damaged(format!("{what}: {name:?} is cut short: {e}")))?;
        members.push((name, data));
    }
    Ok(members)
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
        _ => damaged(format!("manifest.json: {detail}")),
    }
}

/// Inflates Brotli, refusing the stream as soon as it grows past `limit`.
fn unpack_within_limit(compressed: &[u8], limit: u64, what: &str) -> Result<Vec<u8>, PackError> {
    let mut unpacked = Vec::new();
    brotli_decompressor::Decompressor::new(compressed, 64 * 1024)
        .take(limit + 1)
        .read_to_end(&mut unpacked)
        .map_err(|e| damaged(format!("{what}: {e}")))?;
    if unpacked.len() as u64 > limit {
        return Err(PackError::new(
            PackProblem::TooLarge,
            format!("{what} unpacks to more than {limit} bytes"),
        ));
    }
    Ok(unpacked)
}

/// `ru`, `uz`, `zh-Hant`: letters, digits and hyphens, starting with a lower-case letter.
fn is_locale_tag(tag: &str) -> bool {
    (2..=12).contains(&tag.len())
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && tag.as_bytes()[0].is_ascii_lowercase()
}

/// `ui.ftl`, `articles/kz-appeal-fine.ftl`: at most three plain lower-case names, ending in
/// `.ftl`; never absolute, never `..`, nothing hidden.
fn is_content_path(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    path.ends_with(".ftl")
        && parts.len() <= 3
        && parts.iter().all(|part| {
            let stem = part.strip_suffix(".ftl").unwrap_or(part);
            !stem.is_empty()
                && stem
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        })
}

/// The payload, for publishers: the manifest, the catalog and each locale's files, compressed
/// by `compress` (Brotli: the phone only has a Brotli decoder; the publisher's side has the
/// encoder). Members in a fixed order with fixed owner, mode and time, so the same content gives
/// the same bytes. A path tar cannot hold (`..`, absolute) is an error.
pub fn payload(
    manifest: &Manifest,
    catalog_json: &str,
    files: &[FtlFile],
    compress: &dyn Fn(&[u8]) -> Vec<u8>,
) -> std::io::Result<Vec<u8>> {
    let manifest_json =
        serde_json::to_string_pretty(manifest).expect("a manifest always serializes");
    let mut members: Vec<(String, Vec<u8>)> = vec![
        (MANIFEST.into(), manifest_json.into_bytes()),
        (CATALOG.into(), compress(catalog_json.as_bytes())),
    ];
    for tag in &manifest.locales {
        let locale: Vec<(String, &[u8])> = files
            .iter()
            .filter(|f| &f.locale == tag)
            .map(|f| (f.path.clone(), f.text.as_bytes()))
            .collect();
        members.push((format!("{tag}{LOCALE_SUFFIX}"), compress(&tar_of(&locale)?)));
    }
    let members: Vec<(String, &[u8])> = members
        .iter()
        .map(|(name, data)| (name.clone(), data.as_slice()))
        .collect();
    tar_of(&members)
}

/// The pack file: the payload and its signature (the text `minisign -S` writes).
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
