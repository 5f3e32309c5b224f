//! Content packs in the app: which content opens at start, installing a pack from a file, and
//! passing the installed pack on to another phone.
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{App, ContentInUse, INDEX_FILE, open_index};
use crate::content::Content;
use crate::content::embedded::ContentSource;
use crate::content::pack::{
    self, AppVersion, ContentOrigin, ContentRelease, ContentStore, InstalledPack, Pack, PackError,
    PackProblem, TrustedKeys,
};
use crate::error::{Error, Result};
use crate::kb::lint;
use crate::kb::search::SearchIndex;

/// The content to open, where it came from, and why an installed pack is not used.
pub(super) struct Loaded {
    pub(super) content: Arc<Content>,
    pub(super) origin: ContentOrigin,
    pub(super) fallback: Option<PackError>,
}

/// The newest installed pack that is genuine, readable and newer than the built-in content, else
/// the built-in content; never an error because of a pack. A pack that fails is reported in
/// `fallback`, and the one before it is tried.
pub(super) fn load(data_dir: &Path, keys: &TrustedKeys) -> Result<Loaded> {
    let built_in = Content::embedded()?;
    let built_in_release = built_in.catalog.release;
    let built_in_origin = ContentOrigin::BuiltIn {
        release: built_in_release,
    };
    let store = ContentStore::new(data_dir);
    let installed = match store.installed() {
        Ok(installed) => installed,
        Err(e) => {
            return Ok(Loaded {
                content: built_in,
                origin: built_in_origin,
                fallback: Some(PackError::new(
                    PackProblem::Damaged,
                    format!("the record of installed packs is unreadable: {e}"),
                )),
            });
        }
    };
    let mut fallback = None;
    for (position, installed) in installed.into_iter().enumerate() {
        if Some(installed.release) <= built_in_release {
            // The app was updated with content at least as new as the pack: the pack has done
            // its work. Only the pack in use says so for all of them.
            if position == 0 {
                let _ = store.clear();
            }
            break;
        }
        match open_installed(&store, &installed, keys) {
            Ok(content) => {
                return Ok(Loaded {
                    content,
                    origin: ContentOrigin::Pack(installed),
                    fallback,
                });
            }
            Err(e) => {
                fallback.get_or_insert(e);
            }
        }
    }
    Ok(Loaded {
        content: built_in,
        origin: built_in_origin,
        fallback,
    })
}

fn open_installed(
    store: &ContentStore,
    installed: &InstalledPack,
    keys: &TrustedKeys,
) -> std::result::Result<Arc<Content>, PackError> {
    let bytes = store
        .read(installed)
        .map_err(|e| PackError::new(PackProblem::Damaged, format!("unreadable: {e}")))?;
    let pack = pack::open(&bytes, keys)?;
    if pack.manifest.release != installed.release {
        return Err(PackError::new(
            PackProblem::Damaged,
            "the file is not the pack that was installed",
        ));
    }
    let source = admit(&pack)?;
    load_content(&source)
}

/// The pack laid over the built-in content, if this app can read it: made for this app version
/// or an older one, its catalog of the release its manifest names, and every interface text the
/// app needs still there. (The full content check runs when a pack is installed.)
fn admit(pack: &Pack) -> std::result::Result<ContentSource, PackError> {
    let manifest = &pack.manifest;
    if manifest.min_app_version > AppVersion::current() {
        return Err(PackError::new(
            PackProblem::NeedsNewerApp,
            format!(
                "made for app {} or later; this is {}",
                manifest.min_app_version,
                AppVersion::current()
            ),
        ));
    }
    #[derive(Deserialize)]
    struct ReleaseOnly {
        release: Option<ContentRelease>,
    }
    let catalog_release = serde_json::from_str::<ReleaseOnly>(&pack.catalog_json)
        .map_err(|e| PackError::new(PackProblem::FailsCheck, format!("catalog.json: {e}")))?
        .release;
    if catalog_release != Some(manifest.release) {
        return Err(PackError::new(
            PackProblem::FailsCheck,
            format!(
                "the manifest names release {}, the catalog {catalog_release:?}",
                manifest.release
            ),
        ));
    }
    let built_in = ContentSource::embedded()
        .map_err(|e| PackError::new(PackProblem::Damaged, format!("built-in content: {e}")))?;
    let source = built_in.overlaid(
        pack.catalog_json.clone(),
        &pack.locales,
        format!("pack {} over {}", manifest.release, built_in.version),
    );
    refuse_findings(lint::check_compatible(&source, &built_in))?;
    Ok(source)
}

fn load_content(source: &ContentSource) -> std::result::Result<Arc<Content>, PackError> {
    Content::load(source)
        .map(Arc::new)
        .map_err(|e| PackError::new(PackProblem::FailsCheck, e.to_string()))
}

/// Findings of a check as a refusal that names the first few (for publishers; the user sees
/// the localized message for `FailsCheck`).
fn refuse_findings(findings: Vec<lint::Finding>) -> std::result::Result<(), PackError> {
    if findings.is_empty() {
        return Ok(());
    }
    let first: Vec<String> = findings.iter().take(3).map(|f| f.to_string()).collect();
    Err(PackError::new(
        PackProblem::FailsCheck,
        format!("{} problem(s): {}", findings.len(), first.join("; ")),
    ))
}

impl App {
    /// Installs the content pack in the file at `path` (a copy the shell made of what the user
    /// picked): only if it is signed by a trusted key, made for this app, newer than the content in
    /// use and the built-in content, and passes the content check. Then it is kept, the search
    /// index is rebuilt, and the app switches to it at once; the reminders follow the new
    /// procedures from the next time they are read. Any refusal changes nothing.
    pub fn install_content_pack(&self, path: &Path, today: NaiveDate) -> Result<()> {
        let _installing = self
            .installing
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let bytes = pack::store::read_capped(path)?;
        let pack = pack::open(&bytes, &self.content_keys)?;
        let in_use = self.in_use();
        let newest = match &in_use.origin {
            ContentOrigin::Pack(installed) => Some(installed.release),
            ContentOrigin::BuiltIn { release } => *release,
        }
        .max(Content::embedded()?.catalog.release);
        if Some(pack.manifest.release) <= newest {
            return Err(PackError::new(
                PackProblem::NotNewer,
                format!(
                    "release {} is not newer than {}",
                    pack.manifest.release,
                    newest.map(|r| r.to_string()).unwrap_or_default()
                ),
            )
            .into());
        }
        // Every locale unpacked once, within the cap on the whole, before the check reads them.
        pack.files()?;
        let source = admit(&pack)?;
        refuse_findings(lint::check(&source).findings)?;
        let content = load_content(&source)?;

        // The new index is built beside the one in use, so searches go on meanwhile and a kill
        // leaves the old one whole; the pack is kept before the index takes its place.
        let index_path = self.data_dir.join(INDEX_FILE);
        let staged = self.data_dir.join(format!("{INDEX_FILE}.new"));
        let _ = std::fs::remove_file(&staged);
        let installed = InstalledPack::new(&pack.manifest, today);
        let kept = SearchIndex::open(Some(&staged), &content)
            .map(drop)
            .and_then(|()| Ok(ContentStore::new(&self.data_dir).save(&bytes, installed.clone())?));
        if let Err(e) = kept {
            // A full disk, say: the half-built index is only derived data.
            let _ = std::fs::remove_file(&staged);
            return Err(e);
        }
        std::fs::rename(&staged, &index_path)?;
        let index = open_index(&self.data_dir, &content)?;
        self.change_in_use(|current| {
            ContentInUse::new(content, index, ContentOrigin::Pack(installed), None)
                .localized(&current.requested)
        });
        Ok(())
    }

    /// Writes the installed content pack, exactly as it arrived and verified again, to `path`
    /// for the user to send to another phone. The built-in content cannot be shared this way:
    /// only the publisher can sign a pack.
    pub fn export_content_pack(&self, path: &Path) -> Result<()> {
        let ContentOrigin::Pack(installed) = &self.in_use().origin else {
            return Err(PackError::new(PackProblem::NoneInstalled, "no pack is in use").into());
        };
        let bytes = ContentStore::new(&self.data_dir).read(installed)?;
        pack::open(&bytes, &self.content_keys)?;
        let mut file = std::fs::File::create(path)?;
        std::io::Write::write_all(&mut file, &bytes)?;
        file.sync_all()?;
        Ok(())
    }

    /// Where the content in use came from, and why an installed pack is not used, if it is not.
    pub fn content_origin(&self) -> (ContentOrigin, Option<PackError>) {
        let in_use = self.in_use();
        (in_use.origin.clone(), in_use.fallback.clone())
    }
}

impl From<PackError> for Error {
    fn from(e: PackError) -> Error {
        Error::ContentPack {
            problem: e.problem,
            detail: e.detail,
        }
    }
}
