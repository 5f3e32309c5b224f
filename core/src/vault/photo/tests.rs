//! The ingest from end to end, on files made by `forge` and on the fixtures in
//! `core/tests/fixtures/photos`: sizes, orientation, formats, limits, damage, and that nothing of
//! the original's metadata comes through.
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use image::{
    DynamicImage, ImageBuffer, ImageDecoder, ImageFormat, Luma, LumaA, Rgb, RgbImage, Rgba,
};
use sha2::{Digest, Sha256};

use super::forge::*;
use super::header::PNG_SIGNATURE;
use super::{IngestedPhoto, PhotoError, PhotoFormat, PhotoLimits, ingest};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/photos")
        .join(name)
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn ingest_bytes(bytes: &[u8]) -> Result<IngestedPhoto, PhotoError> {
    ingest_with(bytes, &PhotoLimits::default())
}

fn ingest_with(bytes: &[u8], limits: &PhotoLimits) -> Result<IngestedPhoto, PhotoError> {
    let dir = tempfile::tempdir().unwrap();
    ingest(&write(&dir, "photo", bytes), limits)
}

fn assert_quadrants(image: &RgbImage) {
    let (width, height) = image.dimensions();
    let expected = [
        (width / 4, height / 4, RED),
        (3 * width / 4, height / 4, GREEN),
        (width / 4, 3 * height / 4, BLUE),
        (3 * width / 4, 3 * height / 4, WHITE),
    ];
    for (x, y, colour) in expected {
        let actual = image.get_pixel(x, y).0;
        let close = actual
            .iter()
            .zip(colour)
            .all(|(&a, e)| (i16::from(a) - i16::from(e)).abs() <= 48);
        assert!(
            close,
            "pixel ({x}, {y}) is {actual:?}, expected about {colour:?}"
        );
    }
}

fn decode_output(jpeg: &[u8]) -> DynamicImage {
    image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).unwrap()
}

/// The header segments of a JPEG up to the start of scan, as (marker, payload).
fn header_segments(jpeg: &[u8]) -> Vec<(u8, &[u8])> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8], "not a JPEG");
    let mut segments = Vec::new();
    let mut at = 2;
    loop {
        assert_eq!(jpeg[at], 0xFF, "malformed JPEG at {at}");
        let marker = jpeg[at + 1];
        let length = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        segments.push((marker, &jpeg[at + 4..at + 2 + length]));
        at += 2 + length;
        if marker == 0xDA {
            return segments;
        }
    }
}

/// The stored JPEG and thumbnail carry pixels and nothing else: no APP segment but the JFIF
/// header, no comment, no trailer, and none of the original's identifying strings.
fn assert_clean(photo: &IngestedPhoto) {
    for jpeg in [&photo.jpeg, &photo.thumbnail] {
        let segments = header_segments(jpeg);
        for (marker, payload) in &segments {
            match marker {
                0xE0 => assert!(payload.starts_with(b"JFIF\0"), "APP0 is not JFIF"),
                0xE1..=0xEF => panic!("APP{} segment in output", marker - 0xE0),
                0xFE => panic!("comment segment in output"),
                _ => {}
            }
            for needle in [
                b"Exif".as_slice(),
                b"GPS",
                b"HuquqTestPhone",
                b"ICC_PROFILE",
                b"http://ns.adobe.com",
                b"taken at",
            ] {
                assert!(
                    !payload.windows(needle.len()).any(|w| w == needle),
                    "output header carries {:?}",
                    String::from_utf8_lossy(needle)
                );
            }
        }
        assert_eq!(
            &jpeg[jpeg.len() - 2..],
            &[0xFF, 0xD9],
            "data after the end marker"
        );
        let decoded = decode_output(jpeg);
        let mut decoder = image::codecs::jpeg::JpegDecoder::new(Cursor::new(jpeg)).unwrap();
        assert_eq!(decoder.exif_metadata().unwrap(), None);
        assert_eq!(decoder.icc_profile().unwrap(), None);
        assert!(decoded.width() > 0);
    }
    let (main, thumbnail) = (decode_output(&photo.jpeg), decode_output(&photo.thumbnail));
    assert_eq!((main.width(), main.height()), (photo.width, photo.height));
    assert_eq!(
        (thumbnail.width(), thumbnail.height()),
        (photo.thumbnail_width, photo.thumbnail_height)
    );
}

fn assert_corrupt(result: Result<IngestedPhoto, PhotoError>) {
    match result {
        Err(PhotoError::Corrupt(_)) => {}
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn default_limits_match_the_issue() {
    let limits = PhotoLimits::default();
    assert_eq!(limits.max_file_bytes, 40 * 1024 * 1024);
    assert_eq!(limits.max_pixels, 60_000_000);
    assert_eq!(limits.max_long_edge, 2400);
    assert_eq!(limits.thumbnail_edge, 320);
    assert_eq!(limits.jpeg_quality, 85);
}

#[test]
fn small_jpeg_is_kept_at_its_size_with_hash_and_format() {
    let original = encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(100, 50)), 90);
    let photo = ingest_bytes(&original).unwrap();
    assert_eq!((photo.width, photo.height), (100, 50));
    assert_eq!((photo.thumbnail_width, photo.thumbnail_height), (100, 50));
    assert_eq!(photo.original_format, PhotoFormat::Jpeg);
    assert_eq!(photo.original_bytes, original.len() as u64);
    assert_eq!(
        photo.original_sha256,
        <[u8; 32]>::from(Sha256::digest(&original))
    );
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
    assert_quadrants(&decode_output(&photo.thumbnail).into_rgb8());
    assert_clean(&photo);
}

#[test]
fn large_image_is_scaled_to_the_long_edge_and_thumbnailed() {
    let original = encode_test_png(&DynamicImage::ImageRgb8(quadrants(2600, 130)));
    let photo = ingest_bytes(&original).unwrap();
    assert_eq!(photo.original_format, PhotoFormat::Png);
    assert_eq!((photo.width, photo.height), (2400, 120));
    assert_eq!((photo.thumbnail_width, photo.thumbnail_height), (320, 16));

    let limits = PhotoLimits {
        max_long_edge: 300,
        thumbnail_edge: 40,
        ..PhotoLimits::default()
    };
    let original = encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(400, 600)), 90);
    let photo = ingest_with(&original, &limits).unwrap();
    assert_eq!((photo.width, photo.height), (200, 300));
    assert_eq!((photo.thumbnail_width, photo.thumbnail_height), (27, 40));
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
    assert_quadrants(&decode_output(&photo.thumbnail).into_rgb8());
    assert_clean(&photo);
}

#[test]
fn every_exif_orientation_is_applied() {
    let upright = quadrants(64, 32);
    for orientation in 1..=8 {
        let stored = DynamicImage::ImageRgb8(stored_for(&upright, orientation));
        let jpeg = insert_after_soi(
            &encode_test_jpeg(&stored, 95),
            &[exif_segment(Some(orientation), 0)],
        );
        let photo = ingest_bytes(&jpeg).unwrap();
        assert_eq!(
            (photo.width, photo.height),
            (64, 32),
            "orientation {orientation}"
        );
        assert_eq!((photo.thumbnail_width, photo.thumbnail_height), (64, 32));
        assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
        assert_quadrants(&decode_output(&photo.thumbnail).into_rgb8());
        assert_clean(&photo);
    }
}

#[test]
fn orientation_is_applied_after_scaling() {
    let limits = PhotoLimits {
        max_long_edge: 40,
        thumbnail_edge: 20,
        ..PhotoLimits::default()
    };
    let stored = DynamicImage::ImageRgb8(stored_for(&quadrants(128, 64), 6));
    let jpeg = insert_after_soi(&encode_test_jpeg(&stored, 95), &[exif_segment(Some(6), 0)]);
    let photo = ingest_with(&jpeg, &limits).unwrap();
    assert_eq!((photo.width, photo.height), (40, 20));
    assert_eq!((photo.thumbnail_width, photo.thumbnail_height), (20, 10));
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
}

#[test]
fn phone_photo_with_gps_exif_xmp_icc_and_comment_comes_out_upright_and_bare() {
    let original = std::fs::read(fixture("gps_exif.jpg")).unwrap();
    assert!(original.windows(4).any(|w| w == b"Exif"));
    let photo = ingest(&fixture("gps_exif.jpg"), &PhotoLimits::default()).unwrap();
    assert_eq!((photo.width, photo.height), (64, 32));
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
    assert_clean(&photo);
}

#[test]
fn huge_metadata_blocks_are_dropped() {
    // The largest EXIF segment JPEG allows, then about a megabyte of other APP segments
    // (extended XMP, ICC chunks, Photoshop IRB) and comments.
    let mut segments = vec![exif_segment(Some(3), 65_000)];
    assert!(segments[0].len() > 65_000);
    for i in 0..16u8 {
        let marker = [0xE1, 0xE2, 0xED, 0xFE][usize::from(i % 4)];
        let mut payload = match marker {
            0xE1 => b"http://ns.adobe.com/xmp/extension/\0GPSLatitude ".to_vec(),
            0xE2 => b"ICC_PROFILE\0".to_vec(),
            0xED => b"Photoshop 3.0\0".to_vec(),
            _ => b"taken at 43.2585N 76.9456E ".to_vec(),
        };
        payload.resize(65_533, i);
        segments.push(segment(marker, &payload));
    }
    let stored = DynamicImage::ImageRgb8(stored_for(&quadrants(64, 32), 3));
    let jpeg = insert_after_soi(&encode_test_jpeg(&stored, 95), &segments);
    assert!(jpeg.len() > 1_000_000);
    let photo = ingest_bytes(&jpeg).unwrap();
    assert_eq!((photo.width, photo.height), (64, 32));
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
    assert!(photo.jpeg.len() < 10_000);
    assert_clean(&photo);
}

#[test]
fn cmyk_jpeg_is_converted() {
    let photo = ingest(&fixture("cmyk.jpg"), &PhotoLimits::default()).unwrap();
    assert_eq!((photo.width, photo.height), (64, 32));
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
    assert_clean(&photo);
}

#[test]
fn progressive_jpeg_is_decoded() {
    let photo = ingest(&fixture("progressive.jpg"), &PhotoLimits::default()).unwrap();
    assert_eq!((photo.width, photo.height), (64, 32));
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
    assert_clean(&photo);
}

#[test]
fn png_text_and_exif_chunks_never_survive_and_its_orientation_is_applied() {
    let stored = DynamicImage::ImageRgb8(stored_for(&quadrants(64, 32), 8));
    let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    itxt.extend_from_slice(b"<x:xmpmeta>GPSLatitude 43.2585N</x:xmpmeta>");
    let png = insert_after_ihdr(
        &encode_test_png(&stored),
        &[
            png_chunk(b"tEXt", b"Comment\0taken at 43.2585N 76.9456E"),
            png_chunk(b"tEXt", b"Author\0HuquqTestPhone"),
            png_chunk(b"iTXt", &itxt),
            png_chunk(b"eXIf", &exif_tiff(Some(8), 100)),
        ],
    );
    let photo = ingest_bytes(&png).unwrap();
    assert_eq!(photo.original_format, PhotoFormat::Png);
    assert_eq!((photo.width, photo.height), (64, 32));
    assert_quadrants(&decode_output(&photo.jpeg).into_rgb8());
    assert_clean(&photo);
}

#[test]
fn grayscale_png_becomes_a_grayscale_jpeg() {
    let gray = ImageBuffer::from_fn(40, 20, |x, _| Luma([if x < 20 { 30u8 } else { 220 }]));
    let photo = ingest_bytes(&encode_test_png(&DynamicImage::ImageLuma8(gray))).unwrap();
    let decoded = decode_output(&photo.jpeg);
    assert_eq!(decoded.color(), image::ColorType::L8);
    let decoded = decoded.into_luma8();
    assert!(decoded.get_pixel(5, 10).0[0].abs_diff(30) < 8);
    assert!(decoded.get_pixel(35, 10).0[0].abs_diff(220) < 8);
    assert_clean(&photo);
}

#[test]
fn sixteen_bit_png_with_alpha_is_flattened_on_white() {
    // Left third transparent, middle third opaque red, right third half-transparent black.
    let rgba = ImageBuffer::from_fn(60, 20, |x, _| {
        Rgba(match x / 20 {
            0 => [0u16, 0, 65535, 0],
            1 => [65535, 0, 0, 65535],
            _ => [0, 0, 0, 32768],
        })
    });
    let photo = ingest_bytes(&encode_test_png(&DynamicImage::ImageRgba16(rgba))).unwrap();
    let decoded = decode_output(&photo.jpeg).into_rgb8();
    let near = |(x, y): (u32, u32), expected: [u8; 3]| {
        let actual = decoded.get_pixel(x, y).0;
        assert!(
            actual
                .iter()
                .zip(expected)
                .all(|(&a, e)| a.abs_diff(e) <= 24),
            "({x}, {y}) is {actual:?}, expected about {expected:?}"
        );
    };
    near((8, 10), WHITE);
    near((30, 10), RED);
    near((52, 10), [127, 127, 127]);
    assert_clean(&photo);
}

#[test]
fn gray_png_with_alpha_and_sixteen_bit_gray_are_accepted() {
    let la = ImageBuffer::from_fn(20, 10, |x, _| LumaA([0u8, if x < 10 { 0 } else { 255 }]));
    let photo = ingest_bytes(&encode_test_png(&DynamicImage::ImageLumaA8(la))).unwrap();
    let decoded = decode_output(&photo.jpeg).into_luma8();
    assert!(decoded.get_pixel(3, 5).0[0] > 230, "transparent is white");
    assert!(
        decoded.get_pixel(16, 5).0[0] < 25,
        "opaque black stays black"
    );

    let gray16 = ImageBuffer::from_fn(20, 10, |_, _| Luma([40_000u16]));
    let photo = ingest_bytes(&encode_test_png(&DynamicImage::ImageLuma16(gray16))).unwrap();
    assert!(decode_output(&photo.jpeg).into_luma8().get_pixel(5, 5).0[0].abs_diff(156) < 4);
}

#[test]
fn one_bit_and_palette_pngs_are_accepted() {
    // 1-bit grey, 16×8: black left half, white right half.
    let png = raw_png((16, 8), (1, 0), &[], &vec![vec![0x00, 0xFF]; 8]);
    let photo = ingest_bytes(&png).unwrap();
    let decoded = decode_output(&photo.jpeg).into_luma8();
    assert!(decoded.get_pixel(3, 4).0[0] < 25);
    assert!(decoded.get_pixel(12, 4).0[0] > 230);

    // 8-bit palette: index 0 opaque red on the left, index 1 fully transparent blue on the right.
    let palette = png_chunk(b"PLTE", &[255, 0, 0, 0, 0, 255]);
    let transparency = png_chunk(b"tRNS", &[255, 0]);
    let row: Vec<u8> = (0..16).map(|x| u8::from(x >= 8)).collect();
    let png = raw_png((16, 8), (8, 3), &[palette, transparency], &vec![row; 8]);
    let photo = ingest_bytes(&png).unwrap();
    let decoded = decode_output(&photo.jpeg).into_rgb8();
    assert!(decoded.get_pixel(2, 4).0[0] > 200 && decoded.get_pixel(2, 4).0[1] < 60);
    assert!(
        decoded.get_pixel(13, 4).0.iter().all(|&c| c > 220),
        "transparent is white"
    );
    assert_clean(&photo);
}

#[test]
fn stray_bytes_between_jpeg_segments_are_tolerated() {
    let jpeg = insert_after_soi(
        &encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(64, 32)), 90),
        &[
            segment(0xFE, b"note"),
            vec![0x00, 0x00, 0x00],
            vec![0xFF, 0xFF],
        ],
    );
    let photo = ingest_bytes(&jpeg).unwrap();
    assert_eq!((photo.width, photo.height), (64, 32));
    assert_clean(&photo);
}

#[test]
fn content_decides_the_format_not_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let png = encode_test_png(&DynamicImage::ImageRgb8(quadrants(20, 10)));
    let photo = ingest(&write(&dir, "scan.jpg", &png), &PhotoLimits::default()).unwrap();
    assert_eq!(photo.original_format, PhotoFormat::Png);

    for (name, bytes) in [
        ("passport.jpg", b"%PDF-1.7\n1 0 obj\n".as_slice()),
        ("card.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        ("notes.jpeg", b"hello, this is text"),
        ("tiny.jpg", b"\xFF"),
        ("riff.png", b"RIFF\x24\x00\x00\x00WEBPVP8 "),
    ] {
        let result = ingest(&write(&dir, name, bytes), &PhotoLimits::default());
        assert!(
            matches!(result, Err(PhotoError::NotAnImage)),
            "{name}: {result:?}"
        );
    }
}

#[test]
fn empty_missing_and_unreadable_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let limits = PhotoLimits::default();
    assert!(matches!(
        ingest(&write(&dir, "empty.jpg", b""), &limits),
        Err(PhotoError::Empty)
    ));
    assert!(matches!(
        ingest(&dir.path().join("missing.jpg"), &limits),
        Err(PhotoError::Unreadable(_))
    ));
    assert!(matches!(
        ingest(dir.path(), &limits),
        Err(PhotoError::Unreadable(_))
    ));
}

#[test]
fn a_file_over_the_byte_limit_is_refused_before_reading() {
    let limits = PhotoLimits {
        max_file_bytes: 1000,
        ..PhotoLimits::default()
    };
    let result = ingest_with(&vec![0xAB; 1001], &limits);
    assert!(
        matches!(
            result,
            Err(PhotoError::TooLarge {
                bytes: 1001,
                max: 1000
            })
        ),
        "{result:?}"
    );
    let original = encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(8, 8)), 50);
    assert!(original.len() <= 1000);
    assert!(ingest_with(&original, &limits).is_ok());
}

#[test]
fn png_bomb_header_is_refused_at_once() {
    // A valid signature and IHDR claiming 30000×30000 RGBA (3.6 GB decoded), then a few bytes
    // of image data: refused from the header alone.
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&30_000u32.to_be_bytes());
    ihdr.extend_from_slice(&30_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut png = PNG_SIGNATURE.to_vec();
    png.extend_from_slice(&png_chunk(b"IHDR", &ihdr));
    png.extend_from_slice(&png_chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend_from_slice(&png_chunk(b"IEND", b""));
    let started = Instant::now();
    let result = ingest_bytes(&png);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(
        matches!(
            result,
            Err(PhotoError::TooManyPixels {
                width: 30_000,
                height: 30_000,
                max: 60_000_000
            })
        ),
        "{result:?}"
    );
}

#[test]
fn jpeg_claiming_too_many_pixels_is_refused_before_decoding() {
    let mut jpeg = encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(16, 16)), 80);
    let frame = header_segments(&jpeg)
        .iter()
        .map(|(marker, payload)| (*marker, payload.as_ptr() as usize - jpeg.as_ptr() as usize))
        .find(|(marker, _)| *marker == 0xC0)
        .map(|(_, payload)| payload)
        .unwrap();
    jpeg[frame + 1..frame + 3].copy_from_slice(&65_000u16.to_be_bytes());
    jpeg[frame + 3..frame + 5].copy_from_slice(&65_000u16.to_be_bytes());
    let started = Instant::now();
    let result = ingest_bytes(&jpeg);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(
        matches!(
            result,
            Err(PhotoError::TooManyPixels {
                width: 65_000,
                height: 65_000,
                ..
            })
        ),
        "{result:?}"
    );
}

#[test]
fn the_pixel_limit_is_configurable() {
    let limits = PhotoLimits {
        max_pixels: 99,
        ..PhotoLimits::default()
    };
    let png = encode_test_png(&DynamicImage::ImageRgb8(quadrants(10, 10)));
    assert!(matches!(
        ingest_with(&png, &limits),
        Err(PhotoError::TooManyPixels {
            width: 10,
            height: 10,
            max: 99
        })
    ));
    let limits = PhotoLimits {
        max_pixels: 100,
        ..limits
    };
    assert!(ingest_with(&png, &limits).is_ok());
}

#[test]
fn truncated_jpegs_are_corrupt() {
    let jpeg = encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(64, 32)), 90);
    for cut in (1..jpeg.len())
        .step_by(7)
        .chain([jpeg.len() / 2, jpeg.len() - 1])
    {
        let result = ingest_bytes(&jpeg[..cut]);
        assert!(
            matches!(result, Err(PhotoError::Corrupt(_) | PhotoError::NotAnImage)),
            "cut at {cut}: {result:?}"
        );
    }
    assert_corrupt(ingest_bytes(&jpeg[..jpeg.len() / 2]));
    let progressive = std::fs::read(fixture("progressive.jpg")).unwrap();
    assert_corrupt(ingest_bytes(&progressive[..progressive.len() - 40]));
}

#[test]
fn data_after_the_end_of_a_jpeg_is_ignored() {
    let mut jpeg = encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(64, 32)), 90);
    jpeg.extend_from_slice(b"vendor trailer with GPS 43.2585N");
    let photo = ingest_bytes(&jpeg).unwrap();
    assert_clean(&photo);
}

#[test]
fn truncated_pngs_are_corrupt() {
    let png = encode_test_png(&DynamicImage::ImageRgb8(RgbImage::from_fn(
        64,
        32,
        |x, y| Rgb([(x * 4) as u8, (y * 8) as u8, ((x * y) % 256) as u8]),
    )));
    // Everything up to the end of the image data; only IEND may be missing.
    let image_data_end = png.len() - 12;
    for cut in (1..image_data_end).step_by(5).chain([png.len() / 2]) {
        let result = ingest_bytes(&png[..cut]);
        assert!(
            matches!(result, Err(PhotoError::Corrupt(_) | PhotoError::NotAnImage)),
            "cut at {cut}: {result:?}"
        );
    }
    assert_corrupt(ingest_bytes(&png[..png.len() / 2]));
}

#[test]
fn damaged_files_are_corrupt() {
    assert_corrupt(ingest_bytes(
        b"\xFF\xD8\xFF\xE0garbage that is not a JPEG at all",
    ));
    assert_corrupt(ingest_bytes(b"\xFF\xD8\xFF\xD9"));
    assert_corrupt(ingest_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"));
    assert_corrupt(ingest_bytes(b"\x89PNG\r\n\x1a\nnot a chunk at all"));

    // A PNG whose image data was damaged in transit fails its checksum.
    let mut png = encode_test_png(&DynamicImage::ImageRgb8(quadrants(64, 32)));
    let data = png.windows(4).position(|w| w == b"IDAT").unwrap() + 10;
    png[data] ^= 0xFF;
    assert_corrupt(ingest_bytes(&png));

    // An IHDR with zero width.
    let mut ihdr = vec![0, 0, 0, 0, 0, 0, 0, 5];
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut empty = PNG_SIGNATURE.to_vec();
    empty.extend_from_slice(&png_chunk(b"IHDR", &ihdr));
    assert_corrupt(ingest_bytes(&empty));
}

#[test]
fn damaged_bytes_anywhere_never_panic() {
    let jpeg = insert_after_soi(
        &encode_test_jpeg(&DynamicImage::ImageRgb8(quadrants(32, 16)), 80),
        &[exif_segment(Some(6), 40)],
    );
    let png = insert_after_ihdr(
        &encode_test_png(&DynamicImage::ImageRgb8(quadrants(32, 16))),
        &[png_chunk(b"eXIf", &exif_tiff(Some(6), 40))],
    );
    for original in [jpeg, png] {
        for at in (0..original.len()).step_by(3) {
            let mut damaged = original.clone();
            damaged[at] ^= 0x5A;
            if let Ok(photo) = ingest_bytes(&damaged) {
                assert_clean(&photo);
            }
        }
    }
}
