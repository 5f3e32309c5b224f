//! Writes the sample case file of docs/casefile/ (the made-up case of the tests) into the folder
//! given: `cargo run -p huquq-core --example casefile_sample -- docs/casefile`.
//! scripts/casefile-sample.sh runs it and draws its first pages.
#![allow(clippy::unwrap_used)]
#[path = "../benches/common/mod.rs"]
mod common;

use std::path::PathBuf;

use common::case::{case_now, made_up_case};
use huquq_core::App;
use huquq_core::casefile::CaseFileOptions;

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("the folder to write into"));
    std::fs::create_dir_all(&out).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(dir.path(), &["fr"]).unwrap();
    app.create_vault().unwrap();
    let photo = dir.path().join("photo.jpg");
    common::detailed_photo(900, 1200).save(&photo).unwrap();
    let case = made_up_case(&app, &[photo], 0, 3);
    for (lawyer, user, documents, name) in [
        (
            "ru",
            Some("fr"),
            vec![case.passport.clone(), case.card.clone()],
            "sample-ru-fr.pdf",
        ),
        ("ar", None, Vec::new(), "sample-ar.pdf"),
    ] {
        let options = CaseFileOptions {
            lawyer_language: lawyer.into(),
            user_language: user.map(str::to_owned),
            document_ids: documents,
            page_ids: Vec::new(),
        };
        let summary = app
            .export_case_file(&options, &out.join(name), None, case_now(), &mut |_| {})
            .unwrap();
        println!("{name}: {} pages, {} bytes", summary.pages, summary.bytes);
    }
}
