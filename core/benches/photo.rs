//! Photo ingest speed (figures in docs/PERFORMANCE.md): `ingest` of a 12-megapixel (4000×3000)
//! JPEG at quality 90 — read, hash, decode, scale to 2400 px, orient, encode, thumbnail. The image
//! is generated once: gradients, fine stripes like print and sensor-like noise, so the decoder and
//! encoder see the entropy of a real photo rather than a flat colour. Peak memory is measured
//! separately with `examples/ingest_peak.rs` under `/usr/bin/time -v`.
use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use huquq_core::vault::photo::{PhotoLimits, ingest};
use image::codecs::jpeg::JpegEncoder;

mod common;
use common::detailed_photo;

fn ingest_12mp(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("12mp.jpg");
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&detailed_photo(4000, 3000))
        .expect("encodes");
    std::fs::write(&path, &jpeg).expect("writes");
    println!("12-megapixel JPEG: {} bytes", jpeg.len());

    let limits = PhotoLimits::default();
    let mut group = c.benchmark_group("photo");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("ingest_12mp_jpeg", |b| {
        b.iter(|| black_box(ingest(&path, &limits).expect("ingests")))
    });
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    ingest_12mp(&mut criterion);
    criterion.final_summary();
}
