//! The texts shells draw themselves, as a typed list generated from the English `shell.ftl` by the
//! build script: Kotlin, Swift and the CLI name a label by its variant, so a label that does
//! not exist fails their build instead of showing an id.
include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));
