//! The case file's speed and size (figures in docs/PERFORMANCE.md): a made-up case of 40 journal
//! entries and 20 photographed pages (2400 × 1800, the vault's largest, grainy like a real photo
//! of a paper), exported as a PDF in Russian with French beside it, and the same
//! encrypted with age. The file is written to `target/casefile-bench.pdf` for
//! scripts/bench-casefile.sh to time opening it.
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::Criterion;
use huquq_core::App;
use huquq_core::casefile::CaseFileOptions;
use huquq_core::vault::backup::BackupSecret;

mod common;

use common::case::{case_now, made_up_case};

const ENTRIES: usize = 40;
const PICTURES: usize = 20;

/// The detailed photo with a phone sensor's grain on top (the same on the three channels, as a
/// camera's luminance noise, about 10 levels' standard deviation): stored at the vault's quality
/// it takes about what a real photographed page takes (600–900 KB at 2400 × 1800), where the
/// smooth one takes a tenth of that and would flatter the file's size.
fn grainy(mut photo: image::RgbImage, seed: u32) -> image::RgbImage {
    let mut state: u32 = 0x2545_F491 ^ seed.wrapping_mul(0x9E37_79B9);
    for pixel in photo.pixels_mut() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let grain = (state % 35) as i32 - 17;
        for channel in pixel.0.iter_mut() {
            *channel = (i32::from(*channel) + grain).clamp(0, 255) as u8;
        }
    }
    photo
}

fn main() {
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let dir = tempfile::tempdir().expect("temp dir");
    let app = App::open(dir.path(), &["fr"]).expect("app");
    app.create_vault().expect("vault");
    // Twenty different photos: the PDF embeds identical images once, which would flatter its size.
    let photos: Vec<PathBuf> = (0..PICTURES as u32)
        .map(|n| {
            let photo = dir.path().join(format!("photo-{n}.jpg"));
            grainy(common::detailed_photo(2400, 1800), n)
                .save(&photo)
                .expect("photo");
            photo
        })
        .collect();
    // The case's own six dealings, and police checks up to 40.
    let case = made_up_case(&app, &photos, ENTRIES - 6, PICTURES);
    let options = CaseFileOptions {
        lawyer_language: "ru".into(),
        user_language: Some("fr".into()),
        document_ids: vec![case.passport.clone(), case.card.clone()],
        page_ids: Vec::new(),
    };
    let out = dir.path().join("case.pdf");
    let summary = app
        .export_case_file(&options, &out, None, case_now(), &mut |_| {})
        .expect("export");
    let stored: usize = case
        .page_ids
        .iter()
        .map(|id| app.page_jpeg(id).expect("page").len())
        .sum();
    println!(
        "case file: {} entries, {} pictures, {} pages, {} bytes; the pictures as stored: {} bytes",
        summary.entries, summary.pictures, summary.pages, summary.bytes, stored
    );
    let kept = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/casefile-bench.pdf");
    std::fs::copy(&out, &kept).expect("copy");

    c.bench_function("casefile_export_40_entries_20_pictures", |b| {
        b.iter(|| {
            black_box(
                app.export_case_file(&options, &out, None, case_now(), &mut |_| {})
                    .expect("export"),
            )
        })
    });
    let identity = age::x25519::Identity::generate();
    let secret = BackupSecret::Recipient(identity.to_public().to_string());
    let sealed = dir.path().join("case.pdf.age");
    c.bench_function("casefile_export_encrypted_40_entries_20_pictures", |b| {
        b.iter(|| {
            black_box(
                app.export_case_file(&options, &sealed, Some(&secret), case_now(), &mut |_| {})
                    .expect("export"),
            )
        })
    });
}
