#![allow(clippy::unwrap_used)]
//! No interface text can render as its id. Shells name texts by `UiText` (generated from the
//! English `shell.ftl`), so their builds fail on an unknown one; this test covers the rest: every
//! Fluent id the core names in its source exists in English, and no shell source asks for a text
//! by a string id.
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

/// Every message id of the English interface and content files.
fn english_ids() -> BTreeSet<String> {
    let mut ftl = Vec::new();
    files(&root().join("locales/en"), "ftl", &mut ftl);
    let mut ids = BTreeSet::new();
    for path in ftl {
        for line in fs::read_to_string(path).unwrap().lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

/// The string literals passed as ids to the core's lookups: `ui("…")`, `ui_with("…"`, and the
/// ids of match arms that pick a message (`=> "vault-kind-passport"`), outside test modules.
fn ids_named_in(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    let mut found = Vec::new();
    for marker in ["ui(\"", "ui_with(\"", "ui(if ", "=> \""] {
        for (at, _) in code.match_indices(marker) {
            let rest = &code[at + marker.len()..];
            let rest = if marker == "ui(if " {
                // `ui(if x { "a" } else { "b" })`: the first literal after the condition.
                match rest.split_once('"') {
                    Some((_, tail)) => tail,
                    None => continue,
                }
            } else {
                rest
            };
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            // A Fluent id of the interface has at least two words.
            if id.contains('-') && rest[id.len()..].starts_with('"') {
                found.push(id);
            }
        }
    }
    found
}

#[test]
fn every_id_the_core_names_exists_in_english() {
    let ids = english_ids();
    let mut sources = Vec::new();
    files(&root().join("core/src"), "rs", &mut sources);
    let mut missing = Vec::new();
    let mut checked = 0;
    for path in sources {
        let text = fs::read_to_string(&path).unwrap();
        for id in ids_named_in(&text) {
            checked += 1;
            if !ids.contains(&id) {
                missing.push(format!("{}: {id}", path.display()));
            }
        }
    }
    assert!(
        checked > 150,
        "the scan found only {checked} ids: is it still reading the source?"
    );
    assert!(
        missing.is_empty(),
        "ids with no English text:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_shell_asks_for_a_text_by_a_string_id() {
    let mut sources = Vec::new();
    files(&root().join("android"), "kt", &mut sources);
    files(&root().join("ios"), "swift", &mut sources);
    files(&root().join("cli/src"), "rs", &mut sources);
    let mut found = Vec::new();
    for path in sources {
        let text = fs::read_to_string(&path).unwrap();
        for call in [
            "uiText(\"",
            "uiTextWith(\"",
            "uiCount(\"",
            "ui_text(\"",
            "ui_count(\"",
        ] {
            if text.contains(call) {
                found.push(format!("{}: {call}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "string ids in shells:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_ids_in_each_form() {
    let code = r#"
        l10n.ui("vault-title");
        l10n.ui_with("vault-pages", None);
        l10n.ui(if set { "settings-pin-change" } else { "settings-pin-set" });
        Relation::Child => "vault-relation-child",
        let not_an_id = "x";
    "#;
    assert_eq!(
        ids_named_in(code),
        [
            "vault-title",
            "vault-pages",
            "settings-pin-change",
            "vault-relation-child"
        ]
    );
}
