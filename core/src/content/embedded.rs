//! Where content comes from: the copy compiled into the binary, or a `locales/` folder on disk (for
//! editors running the content check before a build).
//!
//! The compiled-in copy is kept DEFLATE-compressed, one stream per locale (build.rs): a phone
//! downloads and stores about a fifth of the text, and unpacks a locale only when it is first
//! needed (docs/PERFORMANCE.md).
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::{fs, io};

use crate::content::pack::PackedLocale;
use crate::l10n::LocaleTexts;

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

/// Text compressed at build time, and its length unpacked.
pub(crate) struct Packed {
    deflated: &'static [u8],
    len: usize,
}

impl Packed {
    /// The text. The stream was written by build.rs from valid UTF-8 and is compiled in, so an
    /// error means a damaged binary; it is reported, never a panic.
    fn unpack(&self) -> Result<String, String> {
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(self.deflated, self.len)
            .map_err(|e| format!("embedded content does not unpack: {e:?}"))?;
        String::from_utf8(bytes).map_err(|e| format!("embedded content is not UTF-8: {e}"))
    }
}

/// One locale of the embedded content: its files' texts in one stream, and where each file lies
/// in it.
pub(crate) struct EmbeddedLocale {
    locale: &'static str,
    texts: Packed,
    /// (path inside the locale folder, start, end) in the unpacked stream.
    files: &'static [(&'static str, usize, usize)],
}

impl EmbeddedLocale {
    fn unpack(&self) -> Result<Vec<FtlFile>, String> {
        let texts = self.texts.unpack()?;
        self.files
            .iter()
            .map(|&(path, start, end)| {
                let text = texts.get(start..end).ok_or_else(|| {
                    format!("embedded content: {}/{path} is out of bounds", self.locale)
                })?;
                Ok(FtlFile {
                    locale: self.locale.to_owned(),
                    path: path.to_owned(),
                    text: text.to_owned(),
                })
            })
            .collect()
    }
}

/// One Fluent file: its locale folder, its path inside that folder, its text.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub locale: String,
    pub path: String,
    pub text: String,
}

/// A locale's files: still packed in the binary or in an installed content pack, or read from
/// disk.
#[derive(Clone)]
enum LocaleFiles {
    Embedded(&'static EmbeddedLocale),
    Pack(PackedLocale),
    Read(Arc<Vec<FtlFile>>),
}

impl LocaleFiles {
    fn files(&self) -> Result<Vec<FtlFile>, String> {
        match self {
            LocaleFiles::Embedded(locale) => locale.unpack(),
            LocaleFiles::Pack(locale) => locale.files().map_err(|e| e.detail),
            LocaleFiles::Read(files) => Ok(files.as_ref().clone()),
        }
    }
}

#[derive(Clone)]
pub struct ContentSource {
    pub catalog_json: String,
    /// By locale tag, in the order of the files' paths.
    locales: Vec<(String, LocaleFiles)>,
    /// Changes whenever any content file changes; the search index is rebuilt when it does.
    pub version: String,
}

impl ContentSource {
    /// The content compiled into this binary. Only the catalog is unpacked here; each locale's
    /// texts wait until that locale is first needed.
    pub fn embedded() -> Result<Self, String> {
        Ok(ContentSource {
            catalog_json: CATALOG_JSON.unpack()?,
            locales: LOCALES
                .iter()
                .map(|locale| (locale.locale.to_owned(), LocaleFiles::Embedded(locale)))
                .collect(),
            version: CONTENT_VERSION.to_owned(),
        })
    }

    /// Content from files already in memory (a `locales/` folder read from disk, a test's own).
    pub fn from_files(catalog_json: impl Into<String>, files: Vec<FtlFile>, version: &str) -> Self {
        let mut by_locale: Vec<(String, Vec<FtlFile>)> = Vec::new();
        for file in files {
            match by_locale.iter_mut().find(|(tag, _)| *tag == file.locale) {
                Some((_, files)) => files.push(file),
                None => by_locale.push((file.locale.clone(), vec![file])),
            }
        }
        ContentSource {
            catalog_json: catalog_json.into(),
            locales: by_locale
                .into_iter()
                .map(|(tag, files)| (tag, LocaleFiles::Read(Arc::new(files))))
                .collect(),
            version: version.to_owned(),
        }
    }

    /// This content with a pack laid over it: the pack's catalog, the pack's locales (still
    /// compressed, unpacked when first needed), this content's files for the others. `version`
    /// must name both layers, since the search index is rebuilt when it changes.
    pub fn overlaid(&self, catalog_json: String, packed: &[PackedLocale], version: String) -> Self {
        let mut locales: Vec<(String, LocaleFiles)> = packed
            .iter()
            .map(|locale| (locale.tag.clone(), LocaleFiles::Pack(locale.clone())))
            .collect();
        for (tag, files) in &self.locales {
            if !locales.iter().any(|(carried, _)| carried == tag) {
                locales.push((tag.clone(), files.clone()));
            }
        }
        ContentSource {
            catalog_json,
            locales,
            version,
        }
    }

    /// Reads a `locales/` folder.
    pub fn from_dir(dir: &Path) -> io::Result<Self> {
        let catalog_json = fs::read_to_string(dir.join("catalog.json"))?;
        let mut paths = Vec::new();
        collect_ftl(dir, &mut paths)?;
        paths.sort();
        let mut files = Vec::new();
        for path in paths {
            let relative = path
                .strip_prefix(dir)
                .map_err(io::Error::other)?
                .to_string_lossy()
                .replace('\\', "/");
            let Some((locale, inner)) = relative.split_once('/') else {
                continue;
            };
            files.push(FtlFile {
                locale: locale.to_owned(),
                path: inner.to_owned(),
                text: fs::read_to_string(&path)?,
            });
        }
        Ok(ContentSource::from_files(catalog_json, files, "local"))
    }

    /// Every Fluent file of every locale, all unpacked: what the content check reads.
    pub fn files(&self) -> Result<Vec<FtlFile>, String> {
        let mut files = Vec::new();
        for (_, locale) in &self.locales {
            files.extend(locale.files()?);
        }
        Ok(files)
    }

    /// One locale's files, unpacked; none if the content has no such locale.
    pub fn locale_files(&self, tag: &str) -> Result<Vec<FtlFile>, String> {
        match self.locales.iter().find(|(carried, _)| carried == tag) {
            Some((_, files)) => files.files(),
            None => Ok(Vec::new()),
        }
    }

    /// Each locale's texts, to be read when the locale is first needed. A locale whose embedded
    /// copy does not unpack has no texts, so its readers fall back along their chain.
    pub(crate) fn locale_texts(&self) -> HashMap<String, LocaleTexts> {
        self.locales
            .iter()
            .map(|(tag, files)| {
                let files = files.clone();
                let texts: LocaleTexts = Box::new(move || {
                    files
                        .files()
                        .map(|files| files.into_iter().map(|file| file.text).collect())
                        .unwrap_or_default()
                });
                (tag.clone(), texts)
            })
            .collect()
    }
}

fn collect_ftl(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_ftl(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_locale_unpacks_to_the_files_it_was_built_from() {
        let source = ContentSource::embedded().expect("the catalog unpacks");
        assert!(serde_json::from_str::<serde_json::Value>(&source.catalog_json).is_ok());
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let on_disk = ContentSource::from_dir(&locales).expect("locales/ reads");
        let embedded = source.files().expect("every locale unpacks");
        let read = on_disk.files().expect("read");
        assert_eq!(embedded.len(), read.len());
        assert!(embedded.len() > 100);
        for (packed, file) in embedded.iter().zip(&read) {
            assert_eq!((&packed.locale, &packed.path), (&file.locale, &file.path));
            assert_eq!(packed.text, file.text, "{}/{}", file.locale, file.path);
        }
        assert_eq!(source.catalog_json, on_disk.catalog_json);
    }

    #[test]
    fn a_damaged_stream_is_an_error_not_a_panic() {
        let damaged = Packed {
            deflated: b"\xff\xff\xff not deflate",
            len: 100,
        };
        assert!(damaged.unpack().is_err());
        // A stream longer than its recorded length is refused rather than grown without bound.
        let text = "x".repeat(1000);
        let deflated: &'static [u8] =
            Box::leak(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6).into_boxed_slice());
        let short = Packed { deflated, len: 10 };
        assert!(short.unpack().is_err());
        let exact = Packed {
            deflated,
            len: 1000,
        };
        assert_eq!(exact.unpack().as_deref(), Ok(text.as_str()));
    }
}
