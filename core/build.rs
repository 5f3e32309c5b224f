//! Embeds `locales/` into the library so the first launch needs no network and no files, and refuses to
//! build when a Fluent file or the catalog does not parse: a build never ships broken content. The
//! texts are embedded compressed, one stream per locale, unpacked when a locale is first needed.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use sha2::{Digest, Sha256};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
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
    let mut by_locale: BTreeMap<String, LocaleTexts> = BTreeMap::new();
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
        let LocaleTexts { texts, spans } = by_locale.entry(locale.to_owned()).or_default();
        let start = texts.len();
        texts.push_str(&text);
        spans.push((inner.to_owned(), start, texts.len()));
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
    let mut locale_entries = String::new();
    for (locale, LocaleTexts { texts, spans }) in &by_locale {
        let packed = pack(&out, &format!("{locale}.ftl.deflate"), texts);
        let files: String = spans
            .iter()
            .map(|(path, start, end)| format!("            ({path:?}, {start}, {end}),\n"))
            .collect();
        writeln!(
            locale_entries,
            "    EmbeddedLocale {{\n        locale: {locale:?},\n        texts: {packed},\n        files: &[\n{files}        ],\n    }},"
        )
        .expect("writing to a String");
    }
    let code = format!(
        "pub(crate) const CONTENT_VERSION: &str = {version:?};\n\
         pub(crate) static CATALOG_JSON: Packed = {};\n\
         pub(crate) static LOCALES: &[EmbeddedLocale] = &[\n{locale_entries}];\n",
        pack(&out, "catalog.json.deflate", &catalog_text)
    );
    fs::write(out.join("embedded_content.rs"), code).expect("OUT_DIR is writable");
    fs::write(
        out.join("ui_text.rs"),
        ui_text_enum(&[locales.join("en/shell.ftl")]),
    )
    .expect("OUT_DIR is writable");
    embed_fonts(&manifest.join("fonts"), &out);
}

/// The case file's fonts (core/fonts, made by scripts/subset-fonts.sh), compressed like the
/// content: about three fifths of their size.
fn embed_fonts(fonts: &Path, out: &Path) {
    let mut code = String::new();
    for (name, file) in [
        ("LATIN_REGULAR", "Roboto-Regular.ttf"),
        ("LATIN_BOLD", "Roboto-Bold.ttf"),
        ("ARABIC_REGULAR", "NotoNaskhArabic-Regular.ttf"),
        ("ARABIC_BOLD", "NotoNaskhArabic-Bold.ttf"),
    ] {
        let path = fonts.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 10);
        let target = out.join(format!("{file}.deflate"));
        fs::write(&target, packed).expect("OUT_DIR is writable");
        writeln!(
            code,
            "pub(super) static {name}: PackedFont = PackedFont {{ deflated: include_bytes!({:?}), len: {} }};",
            target.display().to_string(),
            bytes.len()
        )
        .expect("writing to a String");
    }
    fs::write(out.join("embedded_fonts.rs"), code).expect("OUT_DIR is writable");
}

/// One locale's files' texts one after the other, and where each file starts and ends in them.
#[derive(Default)]
struct LocaleTexts {
    texts: String,
    spans: Vec<(String, usize, usize)>,
}

/// Compresses `text` into `OUT_DIR/name` (DEFLATE at its highest level: the library carries about
/// a fifth of the text's size, docs/PERFORMANCE.md) and returns the Rust expression that embeds it.
fn pack(out: &Path, name: &str, text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
    let path = out.join(name);
    fs::write(&path, packed).expect("OUT_DIR is writable");
    format!(
        "Packed {{ deflated: include_bytes!({:?}), len: {} }}",
        path.display().to_string(),
        text.len()
    )
}

/// `UiText`: one variant per message of the English `shell.ftl`, the texts shells draw themselves
/// (everything else reaches them inside screen models). A shell names a label by its variant, so a label that does not exist is a compile error in Kotlin,
/// Swift or the CLI, never an id on screen.
fn ui_text_enum(paths: &[PathBuf]) -> String {
    let mut variants = Vec::new();
    for path in paths {
        let text = fs::read_to_string(path).expect("an English interface file is readable");
        ui_text_variants(&text, &mut variants);
    }
    let mut seen = std::collections::HashSet::new();
    for (_, id, _) in &variants {
        assert!(
            seen.insert(id.clone()),
            "interface message {id} is defined twice"
        );
    }
    ui_text_code(&variants)
}

fn ui_text_variants(text: &str, variants: &mut Vec<(String, String, String)>) {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("an English interface file does not parse: {errors:?}")
    });
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            let id = message.id.name;
            let name: String = id
                .split('-')
                .map(|part| {
                    let mut chars = part.chars();
                    chars
                        .next()
                        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                        .unwrap_or_default()
                })
                .collect();
            let english = text
                .lines()
                .find(|line| line.starts_with(&format!("{id} =")))
                .and_then(|line| line.split_once('=').map(|(_, v)| v.trim().to_owned()))
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| "(several lines)".to_owned());
            variants.push((name, id.to_owned(), english));
        }
    }
}

fn ui_text_code(variants: &[(String, String, String)]) -> String {
    let mut code = String::from(
        "/// An interface text, one per message of `locales/en/shell.ftl` (generated).\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n\
         #[cfg_attr(feature = \"uniffi\", derive(uniffi::Enum))]\n\
         pub enum UiText {\n",
    );
    for (name, _, english) in variants {
        writeln!(code, "    /// {}\n    {name},", english.replace('\n', " ")).expect("String");
    }
    code.push_str("}\n\nimpl UiText {\n    pub const ALL: &[UiText] = &[\n");
    for (name, _, _) in variants {
        writeln!(code, "        UiText::{name},").expect("String");
    }
    code.push_str("    ];\n\n    /// The Fluent id.\n    pub fn id(self) -> &'static str {\n        match self {\n");
    for (name, id, _) in variants {
        writeln!(code, "            UiText::{name} => {id:?},").expect("String");
    }
    code.push_str("        }\n    }\n}\n");
    code
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
