//! A photo from the camera, the gallery or a backup: any bytes go through the ingest, which must
//! refuse them with an error or give an upright JPEG within the limits — never panic or hang.
#![no_main]
use huquq_core::vault::photo::{PhotoLimits, ingest_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Smaller bounds than a phone's keep each run short; every check on the way is the same.
    let limits = PhotoLimits {
        max_pixels: 4_000_000,
        max_long_edge: 640,
        thumbnail_edge: 96,
        ..PhotoLimits::default()
    };
    if let Ok(photo) = ingest_bytes(data.to_vec(), &limits) {
        assert!(photo.width.max(photo.height) <= limits.max_long_edge);
        assert!(photo.thumbnail_width.max(photo.thumbnail_height) <= limits.thumbnail_edge);
        assert!(
            photo.jpeg.starts_with(&[0xFF, 0xD8]) && photo.thumbnail.starts_with(&[0xFF, 0xD8])
        );
    }
});
