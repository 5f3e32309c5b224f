//! Where content comes from: the copy compiled into the binary, or a `locales/` folder on disk (for
//! editors running the content check before a build).
use std::path::{Path, PathBuf};
use std::{fs, io};

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

pub(crate) struct EmbeddedFile {
    pub locale: &'static str,
    pub path: &'static str,
    pub text: &'static str,
}

/// One Fluent file: its locale folder, its path inside that folder, its text.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub locale: String,
    pub path: String,
    pub text: &'static str,
}

#[derive(Debug, Clone)]
pub struct ContentSource {
    pub catalog_json: &'static str,
    pub files: Vec<FtlFile>,
    /// Changes whenever any content file changes; the search index is rebuilt when it does.
    pub version: String,
}

impl ContentSource {
    pub fn embedded() -> Self {
        ContentSource {
            catalog_json: CATALOG_JSON,
            files: FTL_FILES
                .iter()
                .map(|f| FtlFile {
                    locale: f.locale.to_owned(),
                    path: f.path.to_owned(),
                    text: f.text,
                })
                .collect(),
            version: CONTENT_VERSION.to_owned(),
        }
    }

    /// Reads a `locales/` folder. Texts are leaked on purpose: content lives for the whole process,
    /// exactly like the embedded copy, and this path is only taken by editors' tools.
    pub fn from_dir(dir: &Path) -> io::Result<Self> {
        let catalog_json = leak(fs::read_to_string(dir.join("catalog.json"))?);
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
                text: leak(fs::read_to_string(&path)?),
            });
        }
        Ok(ContentSource {
            catalog_json,
            files,
            version: "local".to_owned(),
        })
    }
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
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
