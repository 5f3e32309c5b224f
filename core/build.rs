//! Embeds `locales/` into the library so the first launch needs no network and no files, and refuses to
//! build when a Fluent file or the catalog does not parse: a build never ships broken content.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use sha2::{Digest, Sha256};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let catalog = locales.join("catalog.json");
    let catalog_text = fs::read_to_string(&catalog).expect("locales/catalog.json is readable");
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&catalog_text) {
        panic!("locales/catalog.json:{}: {e}", e.line());
    }

    let mut files = Vec::new();
    collect_ftl(&locales, &mut files);
    files.sort();

    let mut hasher = Sha256::new();
    hasher.update(catalog_text.as_bytes());
    let mut failures = Vec::new();
    let mut entries = String::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).expect(".ftl file is readable UTF-8");
        let relative = path.strip_prefix(&locales).expect("file is under locales/");
        let relative = relative.to_string_lossy().replace('\\', "/");
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            for error in errors {
                let line = text[..error.pos.start.min(text.len())]
                    .matches('\n')
                    .count()
                    + 1;
                failures.push(format!("locales/{relative}:{line}: {error}"));
            }
        }
        let (locale, inner) = relative
            .split_once('/')
            .expect("locales/<locale>/<file>.ftl");
        hasher.update(relative.as_bytes());
        hasher.update(text.as_bytes());
        writeln!(
            entries,
            "    EmbeddedFile {{ locale: {locale:?}, path: {inner:?}, text: include_str!({:?}) }},",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    if !failures.is_empty() {
        panic!("broken Fluent content:\n{}", failures.join("\n"));
    }

    let version: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let code = format!(
        "pub(crate) const CONTENT_VERSION: &str = {version:?};\n\
         pub(crate) static CATALOG_JSON: &str = include_str!({:?});\n\
         pub(crate) static FTL_FILES: &[EmbeddedFile] = &[\n{entries}];\n",
        catalog.display().to_string()
    );
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("embedded_content.rs"), code).expect("OUT_DIR is writable");
}

fn collect_ftl(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("locales/ is readable")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect_ftl(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "ftl") {
            out.push(path);
        }
    }
}
