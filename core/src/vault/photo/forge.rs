//! Test support: JPEG and PNG files made to order, with the metadata real phones write (EXIF with
//! an orientation and a GPS position, XMP, ICC, comments, PNG text chunks) and the layouts the
//! image crate's encoder cannot make, so the ingest's tests can feed it what a camera would.
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageFormat, Rgb, RgbImage};

use super::header::PNG_SIGNATURE;

pub(super) const RED: [u8; 3] = [255, 0, 0];
pub(super) const GREEN: [u8; 3] = [0, 255, 0];
pub(super) const BLUE: [u8; 3] = [0, 0, 255];
pub(super) const WHITE: [u8; 3] = [255, 255, 255];

/// Red top left, green top right, blue bottom left, white bottom right: every rotation and
/// mirror of it is distinguishable.
pub(super) fn quadrants(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb(match (x < width / 2, y < height / 2) {
            (true, true) => RED,
            (false, true) => GREEN,
            (true, false) => BLUE,
            (false, false) => WHITE,
        })
    })
}

pub(super) fn encode_test_jpeg(image: &DynamicImage, quality: u8) -> Vec<u8> {
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, quality)
        .encode_image(image)
        .unwrap();
    jpeg
}

pub(super) fn encode_test_png(image: &DynamicImage) -> Vec<u8> {
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .unwrap();
    png
}

pub(super) fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let length = u16::try_from(payload.len() + 2).unwrap();
    let mut bytes = vec![0xFF, marker];
    bytes.extend_from_slice(&length.to_be_bytes());
    bytes.extend_from_slice(payload);
    bytes
}

pub(super) fn insert_after_soi(jpeg: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
    let mut bytes = jpeg[..2].to_vec();
    for segment in segments {
        bytes.extend_from_slice(segment);
    }
    bytes.extend_from_slice(&jpeg[2..]);
    bytes
}

/// A little-endian EXIF (TIFF) block as a phone writes it: make, orientation, GPS position,
/// and a maker note of `padding` bytes standing in for the vendor blobs that make real EXIF
/// blocks large.
pub(super) fn exif_tiff(orientation: Option<u16>, padding: usize) -> Vec<u8> {
    let make = b"HuquqTestPhone\0";
    let entries = 3 + usize::from(orientation.is_some());
    let ifd0_len = 2 + 12 * entries + 4;
    let make_at = 8 + ifd0_len;
    let gps_at = make_at + make.len();
    let gps_len = 2 + 12 * 4 + 4;
    let rationals_at = gps_at + gps_len;
    let note_at = rationals_at + 48;

    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    let entry = |tiff: &mut Vec<u8>, tag: u16, kind: u16, count: usize, value: u32| {
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&u32::try_from(count).unwrap().to_le_bytes());
        tiff.extend_from_slice(&value.to_le_bytes());
    };
    let offset = |at: usize| u32::try_from(at).unwrap();
    tiff.extend_from_slice(&u16::try_from(entries).unwrap().to_le_bytes());
    entry(&mut tiff, 0x010F, 2, make.len(), offset(make_at));
    if let Some(orientation) = orientation {
        entry(&mut tiff, 0x0112, 3, 1, u32::from(orientation));
    }
    entry(&mut tiff, 0x8825, 4, 1, offset(gps_at));
    entry(&mut tiff, 0x927C, 7, padding, offset(note_at));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(make);
    tiff.extend_from_slice(&4u16.to_le_bytes());
    entry(&mut tiff, 1, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    entry(&mut tiff, 2, 5, 3, offset(rationals_at));
    entry(&mut tiff, 3, 2, 2, u32::from_le_bytes(*b"E\0\0\0"));
    entry(&mut tiff, 4, 5, 3, offset(rationals_at + 24));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for value in [43u32, 15, 30, 76, 56, 44] {
        tiff.extend_from_slice(&value.to_le_bytes());
        tiff.extend_from_slice(&1u32.to_le_bytes());
    }
    tiff.extend((0..padding).map(|i| (i % 251) as u8));
    tiff
}

pub(super) fn exif_segment(orientation: Option<u16>, padding: usize) -> Vec<u8> {
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&exif_tiff(orientation, padding));
    segment(0xE1, &payload)
}

pub(super) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

pub(super) fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    chunk.extend_from_slice(kind);
    chunk.extend_from_slice(data);
    chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
    chunk
}

/// Inserts chunks right after IHDR (signature 8 bytes + IHDR 25 bytes), where metadata chunks
/// that must precede the image data go.
pub(super) fn insert_after_ihdr(png: &[u8], chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut bytes = png[..33].to_vec();
    for chunk in chunks {
        bytes.extend_from_slice(chunk);
    }
    bytes.extend_from_slice(&png[33..]);
    bytes
}

/// The stored form of an upright picture for each EXIF orientation: what a camera writes when
/// it records the turn in EXIF instead of turning the pixels.
pub(super) fn stored_for(upright: &RgbImage, orientation: u16) -> RgbImage {
    let (width, height) = upright.dimensions();
    let (stored_width, stored_height) = if orientation >= 5 {
        (height, width)
    } else {
        (width, height)
    };
    // Per the EXIF specification: which visual edge row 0 and column 0 of the stored image are.
    RgbImage::from_fn(stored_width, stored_height, |sx, sy| {
        let (ux, uy) = match orientation {
            1 => (sx, sy),
            2 => (width - 1 - sx, sy),
            3 => (width - 1 - sx, height - 1 - sy),
            4 => (sx, height - 1 - sy),
            5 => (sy, sx),
            6 => (width - 1 - sy, sx),
            7 => (width - 1 - sy, height - 1 - sx),
            8 => (sy, height - 1 - sx),
            _ => unreachable!(),
        };
        *upright.get_pixel(ux, uy)
    })
}

pub(super) fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in bytes {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// A PNG written by hand (uncompressed deflate blocks), for the layouts the image crate's
/// encoder does not write: 1-bit grey from scanner apps, palettes with transparency.
pub(super) fn raw_png(
    (width, height): (u32, u32),
    (bit_depth, colour_type): (u8, u8),
    before_data: &[Vec<u8>],
    rows: &[Vec<u8>],
) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[bit_depth, colour_type, 0, 0, 0]);
    let scanlines: Vec<u8> = rows
        .iter()
        .flat_map(|row| std::iter::once(0).chain(row.iter().copied()))
        .collect();
    let mut zlib = vec![0x78, 0x01, 0x01];
    let length = u16::try_from(scanlines.len()).unwrap();
    zlib.extend_from_slice(&length.to_le_bytes());
    zlib.extend_from_slice(&(!length).to_le_bytes());
    zlib.extend_from_slice(&scanlines);
    zlib.extend_from_slice(&adler32(&scanlines).to_be_bytes());
    let mut png = PNG_SIGNATURE.to_vec();
    png.extend_from_slice(&png_chunk(b"IHDR", &ihdr));
    for chunk in before_data {
        png.extend_from_slice(chunk);
    }
    png.extend_from_slice(&png_chunk(b"IDAT", &zlib));
    png.extend_from_slice(&png_chunk(b"IEND", b""));
    png
}
