//! Installed packs on disk: `<data dir>/content-packs/`, the pack files exactly as they arrived
//! (signed, so they are verified again at every start and can be passed on as they are) and
//! `state.json`, naming the pack in use and the one before it.
//!
//! Every change is a new file written, flushed and renamed into place, then the folder flushed:
//! a kill at any moment leaves either the old state or the new one, never a mix.
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ContentRelease, MAX_PACK_BYTES, Manifest, PackError};
use crate::content::embedded::ContentSource;

const FOLDER: &str = "content-packs";
const STATE: &str = "state.json";

/// Where the content in use came from, for settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentOrigin {
    BuiltIn { release: Option<ContentRelease> },
    Pack(InstalledPack),
}

/// A pack as installed: what its signed manifest says, and when it was installed on this phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstalledPack {
    pub release: ContentRelease,
    pub created: NaiveDate,
    pub publisher: String,
    pub locales: Vec<String>,
    pub installed_on: NaiveDate,
}

impl InstalledPack {
    pub fn new(manifest: &Manifest, installed_on: NaiveDate) -> InstalledPack {
        InstalledPack {
            release: manifest.release,
            created: manifest.created,
            publisher: manifest.publisher.clone(),
            locales: manifest.locales.clone(),
            installed_on,
        }
    }

    fn file_name(&self) -> String {
        format!("{}.huquq", self.release)
    }
}

/// The content to open, where it came from, and why an installed pack is not used (shown to the
/// user, who can install it again).
pub struct LoadedContent {
    pub source: ContentSource,
    pub origin: ContentOrigin,
    pub fallback: Option<PackError>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    current: Option<InstalledPack>,
    previous: Option<InstalledPack>,
}

pub struct ContentStore {
    dir: PathBuf,
}

impl ContentStore {
    pub fn new(data_dir: &Path) -> ContentStore {
        ContentStore {
            dir: data_dir.join(FOLDER),
        }
    }

    /// The installed packs, the one in use first, then the one before it. A missing state is no
    /// pack; an unreadable one is reported (the built-in content is used meanwhile).
    pub fn installed(&self) -> io::Result<Vec<InstalledPack>> {
        let state = self.state()?;
        Ok(state.current.into_iter().chain(state.previous).collect())
    }

    fn state(&self) -> io::Result<State> {
        match fs::read(self.dir.join(STATE)) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(State::default()),
            Err(e) => Err(e),
        }
    }

    /// A pack's bytes, as it arrived. Never more than a pack may hold.
    pub fn read(&self, pack: &InstalledPack) -> io::Result<Vec<u8>> {
        read_capped(&self.dir.join(pack.file_name()))
    }

    /// Keeps `bytes` as the pack in use; the pack in use until now becomes the previous one, and
    /// any older pack is deleted.
    pub fn save(&self, bytes: &[u8], pack: InstalledPack) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let state = self.state().unwrap_or_default();
        write_atomically(&self.dir, &pack.file_name(), bytes)?;
        let previous = state
            .current
            .filter(|current| current.release != pack.release);
        let state = State {
            current: Some(pack),
            previous,
        };
        let json = serde_json::to_vec_pretty(&state).map_err(io::Error::other)?;
        write_atomically(&self.dir, STATE, &json)?;
        self.delete_unlisted(&state);
        Ok(())
    }

    /// Forgets every installed pack: the built-in content is used from the next start (an app
    /// update brought newer content than any pack).
    pub fn clear(&self) -> io::Result<()> {
        match fs::remove_dir_all(&self.dir) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Removes pack files the state no longer names, and unfinished writes. Best effort: a file
    /// left behind only takes space until the next install.
    fn delete_unlisted(&self, state: &State) {
        let keep: Vec<String> = [&state.current, &state.previous]
            .into_iter()
            .flatten()
            .map(InstalledPack::file_name)
            .chain([STATE.to_owned()])
            .collect();
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !keep.contains(&name) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// Reads a file from outside the app's control (a pack a user picked, or one on disk that may
/// have been damaged), refusing it past the pack size limit without reading further.
pub fn read_capped(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(path)?
        .take(MAX_PACK_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// `name` in `dir` holds `bytes`, or keeps what it held: written beside, flushed, renamed, and
/// the folder flushed so the rename itself survives a power cut.
fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let partial = dir.join(format!("{name}.partial"));
    let mut file = File::create(&partial)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(&partial, dir.join(name))?;
    // Directories cannot be opened for syncing on every platform; where they can, do it.
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(release: &str) -> InstalledPack {
        InstalledPack {
            release: release.parse().unwrap(),
            created: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            publisher: "Huquq".into(),
            locales: vec!["en".into()],
            installed_on: NaiveDate::from_ymd_opt(2026, 12, 8).unwrap(),
        }
    }

    #[test]
    fn the_pack_before_is_kept_and_older_ones_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let store = ContentStore::new(dir.path());
        assert!(store.installed().unwrap().is_empty());
        store.save(b"one", pack("2026-12-07.1")).unwrap();
        store.save(b"two", pack("2026-12-08.1")).unwrap();
        store.save(b"three", pack("2026-12-09.1")).unwrap();
        let installed = store.installed().unwrap();
        let releases: Vec<String> = installed.iter().map(|p| p.release.to_string()).collect();
        assert_eq!(releases, ["2026-12-09.1", "2026-12-08.1"]);
        assert_eq!(store.read(&installed[0]).unwrap(), b"three");
        assert_eq!(store.read(&installed[1]).unwrap(), b"two");
        let mut files: Vec<String> = fs::read_dir(dir.path().join(FOLDER))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(
            files,
            ["2026-12-08.1.huquq", "2026-12-09.1.huquq", "state.json"]
        );
        store.clear().unwrap();
        assert!(store.installed().unwrap().is_empty());
    }

    #[test]
    fn a_garbled_state_is_an_error_not_a_pack() {
        let dir = tempfile::tempdir().unwrap();
        let store = ContentStore::new(dir.path());
        fs::create_dir_all(dir.path().join(FOLDER)).unwrap();
        fs::write(dir.path().join(FOLDER).join(STATE), b"{ not json").unwrap();
        assert!(store.installed().is_err());
        // Installing again repairs it.
        store.save(b"one", pack("2026-12-07.1")).unwrap();
        assert_eq!(store.installed().unwrap().len(), 1);
    }

    #[test]
    fn a_file_larger_than_a_pack_is_not_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        fs::write(&path, vec![0u8; (MAX_PACK_BYTES + 100) as usize]).unwrap();
        assert_eq!(read_capped(&path).unwrap().len() as u64, MAX_PACK_BYTES + 1);
    }
}
