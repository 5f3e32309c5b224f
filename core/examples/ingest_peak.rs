//! Ingests one image file and prints what came out, so that peak memory can be measured from outside:
//!
//! ```sh
//! /usr/bin/time -v cargo run --release -p huquq-core --example ingest_peak -- FILE
//! ```
//!
//! ("Maximum resident set size" is the figure; cargo's own memory is not counted, since `time`
//! reports the largest process.) With `--write DIR` it also writes the stored image and thumbnail.
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use huquq_core::vault::photo::{PhotoLimits, ingest};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(file) = args.next().map(PathBuf::from) else {
        eprintln!("usage: ingest_peak FILE [--write DIR]");
        return ExitCode::from(2);
    };
    let write_to = match (args.next(), args.next()) {
        (Some(flag), Some(dir)) if flag == "--write" => Some(PathBuf::from(dir)),
        (None, _) => None,
        _ => {
            eprintln!("usage: ingest_peak FILE [--write DIR]");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let photo = match ingest(&file, &PhotoLimits::default()) {
        Ok(photo) => photo,
        Err(error) => {
            eprintln!("refused: {error}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = started.elapsed();
    let sha256: String = photo
        .original_sha256
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!(
        "{:?} original, {} bytes, sha256 {sha256}\nstored {}×{} ({} bytes), thumbnail {}×{} ({} bytes)\ningest took {elapsed:?}",
        photo.original_format,
        photo.original_bytes,
        photo.width,
        photo.height,
        photo.jpeg.len(),
        photo.thumbnail_width,
        photo.thumbnail_height,
        photo.thumbnail.len(),
    );
    if let Some(dir) = write_to {
        let written = std::fs::write(dir.join("stored.jpg"), &photo.jpeg)
            .and_then(|()| std::fs::write(dir.join("thumbnail.jpg"), &photo.thumbnail));
        if let Err(error) = written {
            eprintln!("could not write: {error}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
