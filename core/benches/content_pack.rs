//! A content pack of all nine locales (figures in docs/PERFORMANCE.md): its size, the time to
//! verify and read it, the time to install it (verify, unpack, the content check, loading, the
//! search index rebuilt, kept on disk) into a phone that has only the built-in content, and a later
//! launch with the pack installed (verified and read again at every start).
use std::hint::black_box;
use std::io::Cursor;

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion};
use huquq_core::App;
use huquq_core::content::embedded::ContentSource;
use huquq_core::content::pack::{self, AppVersion, Manifest, TrustedKeys};

/// All nine locales as a publisher builds them (Brotli 11, as `huquq content pack build`), one
/// release after the built-in content, signed by a key made here.
fn full_pack() -> (Vec<u8>, TrustedKeys) {
    let built_in = ContentSource::embedded().expect("embedded content unpacks");
    let mut catalog: serde_json::Value =
        serde_json::from_str(&built_in.catalog_json).expect("catalog");
    catalog["release"] = "2099-01-01.1".into();
    let catalog_json = serde_json::to_string_pretty(&catalog).expect("catalog");
    let files = built_in.files().expect("files");
    let locales: Vec<String> = catalog["locales"]
        .as_array()
        .expect("locales")
        .iter()
        .map(|l| l["tag"].as_str().expect("tag").to_owned())
        .collect();
    let manifest = Manifest {
        format: pack::FORMAT,
        release: "2099-01-01.1".parse().expect("release"),
        min_app_version: AppVersion::current(),
        created: NaiveDate::from_ymd_opt(2026, 12, 7).expect("date"),
        publisher: "Benchmark".into(),
        locales,
    };
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    let compress = |data: &[u8]| {
        let mut out = Vec::new();
        brotli::BrotliCompress(&mut Cursor::new(data), &mut out, &params).expect("brotli");
        out
    };
    let payload = pack::payload(&manifest, &catalog_json, &files, &compress).expect("payload");
    let unpacked: usize = files.iter().map(|f| f.text.len()).sum();
    let pair = minisign::KeyPair::generate_unencrypted_keypair().expect("key pair");
    let signature = minisign::sign(None, &pair.sk, Cursor::new(&payload), None, None)
        .expect("signature")
        .into_string();
    let keys = TrustedKeys::from_public_keys(&[pair.pk.to_base64()]).expect("key");
    println!(
        "content pack, nine locales: {} bytes ({} files, {} bytes of text)",
        pack::seal(&payload, &signature).len(),
        files.len(),
        unpacked
    );
    (pack::seal(&payload, &signature), keys)
}

fn content_pack(c: &mut Criterion) {
    let (bytes, keys) = full_pack();
    let mut group = c.benchmark_group("content_pack");
    group.sample_size(20);
    group.bench_function("verify_and_read", |b| {
        b.iter(|| black_box(pack::open(&bytes, &keys).expect("genuine")))
    });
    // The two largest parts of an install, alone.
    let opened = pack::open(&bytes, &keys).expect("genuine");
    let built_in = ContentSource::embedded().expect("embedded content unpacks");
    let overlaid = built_in.overlaid(opened.catalog_json, &opened.locales, "bench".into());
    group.bench_function("content_check", |b| {
        b.iter(|| black_box(huquq_core::kb::lint::check(&overlaid)))
    });
    group.bench_function("index_build", |b| {
        b.iter(|| {
            let content = huquq_core::content::Content::load(&overlaid).expect("loads");
            black_box(huquq_core::kb::search::SearchIndex::open(None, &content).expect("index"))
        })
    });
    group.bench_function("index_build_embedded", |b| {
        b.iter(|| {
            let content = huquq_core::content::Content::load(&built_in).expect("loads");
            black_box(huquq_core::kb::search::SearchIndex::open(None, &content).expect("index"))
        })
    });
    group.bench_function("install", |b| {
        b.iter_batched(
            || {
                // A phone that has opened once (its built-in index built), and the pack's file.
                let dir = tempfile::tempdir().expect("temp dir");
                let app = App::open_trusting(dir.path(), &["ru"], keys.clone()).expect("opens");
                let file = dir.path().join("incoming.huquq");
                std::fs::write(&file, &bytes).expect("write");
                (dir, app, file)
            },
            |(dir, app, file)| {
                app.install_content_pack(
                    &file,
                    NaiveDate::from_ymd_opt(2026, 12, 8).expect("date"),
                )
                .expect("installs");
                (dir, app)
            },
            BatchSize::PerIteration,
        )
    });
    // A later launch on a phone with the pack installed: the pack is verified and read again, the
    // index is already there.
    let phone = tempfile::tempdir().expect("temp dir");
    let file = phone.path().join("incoming.huquq");
    std::fs::write(&file, &bytes).expect("write");
    App::open_trusting(phone.path(), &["ru"], keys.clone())
        .expect("opens")
        .install_content_pack(&file, NaiveDate::from_ymd_opt(2026, 12, 8).expect("date"))
        .expect("installs");
    group.bench_function("later_launch_with_pack", |b| {
        b.iter(|| {
            let app = App::open_trusting(phone.path(), &["ru"], keys.clone()).expect("opens");
            black_box(app.home())
        })
    });
    group.finish();
}

criterion::criterion_group!(benches, content_pack);
criterion::criterion_main!(benches);
