//! Photo ingest for the document vault: a JPEG or PNG file from the phone's camera or gallery
//! becomes an upright, metadata-free JPEG (long edge ≤ 2400 px by default) and a thumbnail, with the
//! SHA-256 of the untouched original kept as evidence of what was photographed.
//!
//! The input is hostile until proven otherwise: the size is checked before the file is read, the
//! dimensions are read from the header and refused before any pixel memory is allocated, and every
//! failure is a [`PhotoError`]. Nothing of the original's metadata (EXIF with GPS, device and time,
//! XMP, ICC, comments, PNG text) can reach the output, because the output is freshly encoded pixels.
use std::fmt;
use std::fs::File;
use std::io::{Cursor, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::thread;

use fast_image_resize as fir;
use image::metadata::Orientation;
use image::{
    DynamicImage, GrayImage, ImageDecoder, ImageError, ImageFormat, ImageReader, RgbImage,
};
use sha2::{Digest, Sha256};

/// Bounds on what [`ingest`] accepts and produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoLimits {
    /// Largest original file accepted, in bytes.
    pub max_file_bytes: u64,
    /// Largest original accepted, in pixels (width × height), checked before decoding.
    pub max_pixels: u64,
    /// Long edge of the stored image; larger images are scaled down, smaller ones kept as they are.
    pub max_long_edge: u32,
    /// Long edge of the thumbnail.
    pub thumbnail_edge: u32,
    /// JPEG quality of the stored image and the thumbnail (1–100).
    pub jpeg_quality: u8,
}

impl Default for PhotoLimits {
    fn default() -> Self {
        Self {
            // A 108-megapixel phone camera writes ~25 MB JPEGs; 40 MiB leaves room without inviting
            // a file that would exhaust a cheap phone's memory.
            max_file_bytes: 40 * 1024 * 1024,
            // Above every phone camera's 48/50-megapixel full-resolution mode.
            max_pixels: 60_000_000,
            // Keeps a passport's machine-readable zone legible at ~300 dpi across an A5 page.
            max_long_edge: 2400,
            thumbnail_edge: 320,
            jpeg_quality: 85,
        }
    }
}

/// The format of the original file, detected from its content (never from its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhotoFormat {
    Jpeg,
    Png,
}

/// A photo ready to store: the image and thumbnail are upright JPEGs without metadata.
#[derive(Clone, PartialEq, Eq)]
pub struct IngestedPhoto {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub thumbnail: Vec<u8>,
    pub thumbnail_width: u32,
    pub thumbnail_height: u32,
    /// SHA-256 of the original file's bytes, exactly as they were read.
    pub original_sha256: [u8; 32],
    pub original_bytes: u64,
    pub original_format: PhotoFormat,
}

// Printing megabytes of JPEG in a log or a test failure helps nobody.
impl fmt::Debug for IngestedPhoto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IngestedPhoto")
            .field("jpeg", &format_args!("{} bytes", self.jpeg.len()))
            .field("width", &self.width)
            .field("height", &self.height)
            .field("thumbnail", &format_args!("{} bytes", self.thumbnail.len()))
            .field("thumbnail_width", &self.thumbnail_width)
            .field("thumbnail_height", &self.thumbnail_height)
            .field("original_bytes", &self.original_bytes)
            .field("original_format", &self.original_format)
            .finish_non_exhaustive()
    }
}

/// Why a photo was refused. No variant carries the file's path or content, so an error can be
/// logged or shown without leaking personal data.
#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    #[error("the photo file could not be read: {0}")]
    Unreadable(#[source] std::io::Error),
    #[error("the photo file is empty")]
    Empty,
    #[error("the photo file is {bytes} bytes; at most {max} are accepted")]
    TooLarge { bytes: u64, max: u64 },
    #[error("the photo is {width}×{height} pixels; at most {max} pixels are accepted")]
    TooManyPixels { width: u32, height: u32, max: u64 },
    #[error("the file is not a JPEG or PNG image")]
    NotAnImage,
    #[error("the image is damaged or incomplete: {0}")]
    Corrupt(String),
}

/// What is wrong with a photo, for a shell that offers the right next step (take it again, pick
/// a smaller file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PhotoProblem {
    Unreadable,
    Empty,
    TooLarge,
    TooManyPixels,
    NotAnImage,
    Corrupt,
}

impl PhotoError {
    pub fn problem(&self) -> PhotoProblem {
        match self {
            PhotoError::Unreadable(_) => PhotoProblem::Unreadable,
            PhotoError::Empty => PhotoProblem::Empty,
            PhotoError::TooLarge { .. } => PhotoProblem::TooLarge,
            PhotoError::TooManyPixels { .. } => PhotoProblem::TooManyPixels,
            PhotoError::NotAnImage => PhotoProblem::NotAnImage,
            PhotoError::Corrupt(_) => PhotoProblem::Corrupt,
        }
    }
}

/// Reads the image at `path` and turns it into an upright, metadata-free JPEG and thumbnail.
pub fn ingest(path: &Path, limits: &PhotoLimits) -> Result<IngestedPhoto, PhotoError> {
    let original = read_bounded(path, limits.max_file_bytes)?;
    let original_bytes = original.len() as u64;
    let format = detect_format(&original)?;

    let (width, height) = header_dimensions(&original, format)?;
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(PhotoError::TooManyPixels {
            width,
            height,
            max: limits.max_pixels,
        });
    }
    if format == PhotoFormat::Jpeg {
        check_jpeg_complete(&original)?;
    }

    // Hashing 5–25 MB takes tens of milliseconds; a phone has spare cores while one decodes.
    let (original_sha256, decoded) = thread::scope(|scope| {
        let hasher = thread::Builder::new().spawn_scoped(scope, || sha256(&original));
        let decoded = decode(&original, format, limits);
        let digest = hasher
            .ok()
            .and_then(|hasher| hasher.join().ok())
            .unwrap_or_else(|| sha256(&original));
        (digest, decoded)
    });
    drop(original);
    let (decoded, orientation) =
        decoded.map_err(|error| decode_error(error, width, height, limits.max_pixels))?;
    if decoded.width() != width || decoded.height() != height {
        return Err(PhotoError::Corrupt(
            "the header and the image data disagree on the size".into(),
        ));
    }
    let pixels = flatten(decoded);

    // Scaling first and rotating the smaller result saves a full-size copy; the long edge is the
    // same either way.
    let (stored_width, stored_height) = fit(width, height, limits.max_long_edge);
    let mut stored = resize(pixels, stored_width, stored_height)?;
    stored.apply_orientation(orientation);

    let quality = limits.jpeg_quality.clamp(1, 100);
    let (thumbnail_width, thumbnail_height) =
        fit(stored.width(), stored.height(), limits.thumbnail_edge);
    // The thumbnail is made on another core while the large image is encoded.
    let (jpeg, thumbnail) = thread::scope(|scope| {
        let make_thumbnail = || {
            resize_ref(&stored, thumbnail_width, thumbnail_height)
                .and_then(|thumbnail| encode_jpeg(&thumbnail, quality))
        };
        let thumbnailer = thread::Builder::new().spawn_scoped(scope, make_thumbnail);
        let jpeg = encode_jpeg(&stored, quality);
        let thumbnail = match thumbnailer {
            Ok(thumbnailer) => thumbnailer
                .join()
                .unwrap_or_else(|_| Err(corrupt("the thumbnail could not be made"))),
            Err(_) => make_thumbnail(),
        };
        (jpeg, thumbnail)
    });

    Ok(IngestedPhoto {
        width: stored.width(),
        height: stored.height(),
        jpeg: jpeg?,
        thumbnail_width,
        thumbnail_height,
        thumbnail: thumbnail?,
        original_sha256,
        original_bytes,
        original_format: format,
    })
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Reads the whole file, refusing it from its size before reading, and never reading past `max`
/// even if the file grows in between (a camera app still writing it).
fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, PhotoError> {
    let file = File::open(path).map_err(PhotoError::Unreadable)?;
    let declared = file.metadata().map_err(PhotoError::Unreadable)?.len();
    if declared > max {
        return Err(PhotoError::TooLarge {
            bytes: declared,
            max,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(PhotoError::Unreadable)?;
    let read = bytes.len() as u64;
    if read > max {
        return Err(PhotoError::TooLarge { bytes: read, max });
    }
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    Ok(bytes)
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

fn detect_format(bytes: &[u8]) -> Result<PhotoFormat, PhotoError> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok(PhotoFormat::Jpeg)
    } else if bytes.starts_with(PNG_SIGNATURE) {
        Ok(PhotoFormat::Png)
    } else {
        Err(PhotoError::NotAnImage)
    }
}

fn corrupt(what: &str) -> PhotoError {
    PhotoError::Corrupt(what.to_owned())
}

fn be_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn be_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Width and height as the header claims them, read without a decoder so that a bomb's claim is
/// refused before any decoder state exists.
fn header_dimensions(bytes: &[u8], format: PhotoFormat) -> Result<(u32, u32), PhotoError> {
    let (width, height) = match format {
        PhotoFormat::Png => {
            // PNG requires IHDR to be the first chunk, 13 bytes long.
            if bytes.get(8..16) != Some(b"\x00\x00\x00\x0dIHDR".as_slice()) {
                return Err(corrupt("the PNG header is missing"));
            }
            let width = be_u32(bytes, 16).ok_or_else(|| corrupt("the PNG header is cut short"))?;
            let height = be_u32(bytes, 20).ok_or_else(|| corrupt("the PNG header is cut short"))?;
            (width, height)
        }
        PhotoFormat::Jpeg => {
            let frame = jpeg_markers(bytes)
                .find_map(|segment| match segment {
                    Ok((marker, start)) if is_start_of_frame(marker) => Some(Ok(start)),
                    Ok((0xDA, _)) => Some(Err(corrupt("the JPEG has no frame header"))),
                    Ok(_) => None,
                    Err(error) => Some(Err(error)),
                })
                .unwrap_or_else(|| Err(corrupt("the JPEG has no frame header")))?;
            // Segment: marker (2), length (2), precision (1), height (2), width (2).
            let height = be_u16(bytes, frame + 5)
                .ok_or_else(|| corrupt("the JPEG frame header is cut short"))?;
            let width = be_u16(bytes, frame + 7)
                .ok_or_else(|| corrupt("the JPEG frame header is cut short"))?;
            (u32::from(width), u32::from(height))
        }
    };
    if width == 0 || height == 0 {
        return Err(corrupt("the image has no pixels"));
    }
    Ok((width, height))
}

fn is_start_of_frame(marker: u8) -> bool {
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
}

/// The JPEG's header segments in order, as (marker, offset of its 0xFF), up to and including the
/// first start of scan; entropy-coded data is not walked.
fn jpeg_markers(bytes: &[u8]) -> impl Iterator<Item = Result<(u8, usize), PhotoError>> + '_ {
    let mut at = 2; // after SOI
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        // Fill bytes (0xFF runs) may precede a marker, and some writers leave stray bytes between
        // segments; decoders skip both, so the walk does too rather than refuse a viewable photo.
        while at < bytes.len()
            && !(bytes.get(at) == Some(&0xFF)
                && bytes
                    .get(at + 1)
                    .is_some_and(|&next| next != 0x00 && next != 0xFF))
        {
            at += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else {
            done = true;
            return Some(Err(corrupt("the JPEG header is cut short or malformed")));
        };
        let start = at;
        match marker {
            // Standalone markers have no length.
            0x01 | 0xD0..=0xD7 => at += 2,
            0xD9 => {
                done = true;
                return Some(Err(corrupt("the JPEG ends before its image data")));
            }
            _ => {
                let Some(length) = be_u16(bytes, at + 2).filter(|&length| length >= 2) else {
                    done = true;
                    return Some(Err(corrupt("the JPEG header is cut short or malformed")));
                };
                at += 2 + usize::from(length);
                if marker == 0xDA {
                    done = true;
                }
            }
        }
        Some(Ok((marker, start)))
    })
}

/// Refuses a JPEG cut short (an interrupted copy or download). The decoder would otherwise fill the
/// missing part with grey and the vault would keep a damaged copy as if it were whole. The end
/// marker is looked for from the end because data after it (phone makers' trailers) is common.
fn check_jpeg_complete(bytes: &[u8]) -> Result<(), PhotoError> {
    let mut scan = None;
    for segment in jpeg_markers(bytes) {
        let (marker, start) = segment?;
        if marker == 0xDA {
            scan = Some(start);
        }
    }
    let scan = scan.ok_or_else(|| corrupt("the JPEG has no image data"))?;
    // Inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so FF D9 after
    // the first scan can only be the real end of the image.
    let tail = bytes.get(scan + 2..).unwrap_or_default();
    if tail.windows(2).rev().any(|pair| pair == [0xFF, 0xD9]) {
        Ok(())
    } else {
        Err(corrupt("the JPEG is cut short"))
    }
}

/// Decodes under memory limits and returns the pixels with the EXIF orientation to apply. A
/// decoder that panics on a crafted file is a refused photo, not a crashed app.
fn decode(
    original: &[u8],
    format: PhotoFormat,
    limits: &PhotoLimits,
) -> Result<(DynamicImage, Orientation), ImageError> {
    catch_unwind(AssertUnwindSafe(|| {
        decode_unguarded(original, format, limits)
    }))
    .unwrap_or_else(|_| {
        Err(ImageError::Decoding(image::error::DecodingError::new(
            image::error::ImageFormatHint::Unknown,
            "the decoder failed on this file",
        )))
    })
}

fn decode_unguarded(
    original: &[u8],
    format: PhotoFormat,
    limits: &PhotoLimits,
) -> Result<(DynamicImage, Orientation), ImageError> {
    let format = match format {
        PhotoFormat::Jpeg => ImageFormat::Jpeg,
        PhotoFormat::Png => ImageFormat::Png,
    };
    // Eight bytes is the widest decoded pixel (RGBA, 16 bits a channel); the slack covers the
    // decoders' own tables and PNG text chunks, which count against the same limit.
    let mut decoder_limits = image::Limits::default();
    decoder_limits.max_alloc = Some(
        limits
            .max_pixels
            .saturating_mul(8)
            .saturating_add(16 * 1024 * 1024),
    );
    let mut reader = ImageReader::with_format(Cursor::new(original), format);
    reader.limits(decoder_limits.clone());
    let mut decoder = reader.into_decoder()?;
    // A damaged EXIF block must not cost the user their photo: it is shown as stored.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    decoder_limits.reserve(decoder.total_bytes())?;
    let image = DynamicImage::from_decoder(decoder)?;
    Ok((image, orientation))
}

fn decode_error(error: ImageError, width: u32, height: u32, max: u64) -> PhotoError {
    match error {
        ImageError::Limits(_) => PhotoError::TooManyPixels { width, height, max },
        ImageError::IoError(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => {
            corrupt("the image is cut short")
        }
        other => PhotoError::Corrupt(other.to_string()),
    }
}

/// The decoded image as 8-bit grey or RGB, the only layouts the resizer and encoder are given.
/// Transparency is composited on white, as the photo of a document on paper would look.
fn flatten(image: DynamicImage) -> DynamicImage {
    match image {
        DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => image,
        DynamicImage::ImageLuma16(_) => DynamicImage::ImageLuma8(image.into_luma8()),
        DynamicImage::ImageLumaA8(gray) => {
            let (width, height) = gray.dimensions();
            let flat = gray
                .pixels()
                .map(|pixel| over_white_8(pixel.0[0], pixel.0[1]))
                .collect();
            gray_image(width, height, flat)
        }
        DynamicImage::ImageLumaA16(gray) => {
            let (width, height) = gray.dimensions();
            let flat = gray
                .pixels()
                .map(|pixel| over_white_16(pixel.0[0], pixel.0[1]))
                .collect();
            gray_image(width, height, flat)
        }
        DynamicImage::ImageRgba8(rgba) => {
            let (width, height) = rgba.dimensions();
            let flat = rgba
                .pixels()
                .flat_map(|pixel| {
                    let [r, g, b, a] = pixel.0;
                    [over_white_8(r, a), over_white_8(g, a), over_white_8(b, a)]
                })
                .collect();
            rgb_image(width, height, flat)
        }
        DynamicImage::ImageRgba16(rgba) => {
            let (width, height) = rgba.dimensions();
            let flat = rgba
                .pixels()
                .flat_map(|pixel| {
                    let [r, g, b, a] = pixel.0;
                    [
                        over_white_16(r, a),
                        over_white_16(g, a),
                        over_white_16(b, a),
                    ]
                })
                .collect();
            rgb_image(width, height, flat)
        }
        other => DynamicImage::ImageRgb8(other.into_rgb8()),
    }
}

fn over_white_8(value: u8, alpha: u8) -> u8 {
    let (value, alpha) = (u32::from(value), u32::from(alpha));
    let blended = (value * alpha + 255 * (255 - alpha) + 127) / 255;
    u8::try_from(blended).unwrap_or(u8::MAX)
}

fn over_white_16(value: u16, alpha: u16) -> u8 {
    let (value, alpha) = (u64::from(value), u64::from(alpha));
    let blended = (value * alpha + 65535 * (65535 - alpha) + 32767) / 65535;
    u8::try_from((blended + 128) / 257).unwrap_or(u8::MAX)
}

fn gray_image(width: u32, height: u32, pixels: Vec<u8>) -> DynamicImage {
    // The buffer was built from exactly width × height pixels, so this cannot fail; an empty image
    // would still be a result rather than a panic.
    DynamicImage::ImageLuma8(
        GrayImage::from_raw(width, height, pixels).unwrap_or_else(|| GrayImage::new(0, 0)),
    )
}

fn rgb_image(width: u32, height: u32, pixels: Vec<u8>) -> DynamicImage {
    DynamicImage::ImageRgb8(
        RgbImage::from_raw(width, height, pixels).unwrap_or_else(|| RgbImage::new(0, 0)),
    )
}

/// The size with the long edge at most `long_edge`, keeping the aspect ratio; never larger than
/// the original and never zero.
fn fit(width: u32, height: u32, long_edge: u32) -> (u32, u32) {
    // A JPEG cannot be wider or taller than 65,535 pixels.
    let long_edge = long_edge.clamp(1, u32::from(u16::MAX));
    let long = width.max(height);
    if long <= long_edge {
        return (width, height);
    }
    let scale = |side: u32| {
        let scaled =
            (u64::from(side) * u64::from(long_edge) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(long_edge).max(1)
    };
    (scale(width), scale(height))
}

fn resize(image: DynamicImage, width: u32, height: u32) -> Result<DynamicImage, PhotoError> {
    if image.width() == width && image.height() == height {
        return Ok(image);
    }
    resize_ref(&image, width, height)
}

fn resize_ref(image: &DynamicImage, width: u32, height: u32) -> Result<DynamicImage, PhotoError> {
    let (pixel_type, gray) = match image {
        DynamicImage::ImageLuma8(_) => (fir::PixelType::U8, true),
        _ => (fir::PixelType::U8x3, false),
    };
    let source =
        fir::images::ImageRef::new(image.width(), image.height(), image.as_bytes(), pixel_type)
            .map_err(|error| PhotoError::Corrupt(error.to_string()))?;
    let mut target = fir::images::Image::new(width, height, pixel_type);
    // Lanczos3 keeps small print (a permit's number, a passport's machine-readable zone) sharp.
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    fir::Resizer::new()
        .resize(&source, &mut target, &options)
        .map_err(|error| PhotoError::Corrupt(error.to_string()))?;
    let pixels = target.into_vec();
    Ok(if gray {
        gray_image(width, height, pixels)
    } else {
        rgb_image(width, height, pixels)
    })
}

/// A baseline JPEG of the pixels alone: the encoder writes only its JFIF header, so no metadata
/// of the original can come through. jpeg-encoder rather than the image crate's encoder: it takes
/// half the time on a 2400-pixel image.
fn encode_jpeg(image: &DynamicImage, quality: u8) -> Result<Vec<u8>, PhotoError> {
    let color = match image {
        DynamicImage::ImageLuma8(_) => jpeg_encoder::ColorType::Luma,
        _ => jpeg_encoder::ColorType::Rgb,
    };
    let side =
        |side: u32| u16::try_from(side).map_err(|_| corrupt("the image is too wide to encode"));
    let mut jpeg = Vec::new();
    jpeg_encoder::Encoder::new(&mut jpeg, quality)
        .encode(
            image.as_bytes(),
            side(image.width())?,
            side(image.height())?,
            color,
        )
        .map_err(|error| PhotoError::Corrupt(error.to_string()))?;
    Ok(jpeg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::codecs::jpeg::JpegEncoder;
    use image::{ImageBuffer, Luma, LumaA, Rgb, Rgba};
    use std::path::PathBuf;
    use std::time::{Duration, Instant};

    const RED: [u8; 3] = [255, 0, 0];
    const GREEN: [u8; 3] = [0, 255, 0];
    const BLUE: [u8; 3] = [0, 0, 255];
    const WHITE: [u8; 3] = [255, 255, 255];

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

    /// Red top left, green top right, blue bottom left, white bottom right: every rotation and
    /// mirror of it is distinguishable.
    fn quadrants(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            Rgb(match (x < width / 2, y < height / 2) {
                (true, true) => RED,
                (false, true) => GREEN,
                (true, false) => BLUE,
                (false, false) => WHITE,
            })
        })
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

    fn encode_test_jpeg(image: &DynamicImage, quality: u8) -> Vec<u8> {
        let mut jpeg = Vec::new();
        JpegEncoder::new_with_quality(&mut jpeg, quality)
            .encode_image(image)
            .unwrap();
        jpeg
    }

    fn encode_test_png(image: &DynamicImage) -> Vec<u8> {
        let mut png = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        png
    }

    fn decode_output(jpeg: &[u8]) -> DynamicImage {
        image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).unwrap()
    }

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let length = u16::try_from(payload.len() + 2).unwrap();
        let mut bytes = vec![0xFF, marker];
        bytes.extend_from_slice(&length.to_be_bytes());
        bytes.extend_from_slice(payload);
        bytes
    }

    fn insert_after_soi(jpeg: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
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
    fn exif_tiff(orientation: Option<u16>, padding: usize) -> Vec<u8> {
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

    fn exif_segment(orientation: Option<u16>, padding: usize) -> Vec<u8> {
        let mut payload = b"Exif\0\0".to_vec();
        payload.extend_from_slice(&exif_tiff(orientation, padding));
        segment(0xE1, &payload)
    }

    fn crc32(bytes: &[u8]) -> u32 {
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

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut chunk = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
        chunk.extend_from_slice(kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
        chunk
    }

    /// Inserts chunks right after IHDR (signature 8 bytes + IHDR 25 bytes), where metadata chunks
    /// that must precede the image data go.
    fn insert_after_ihdr(png: &[u8], chunks: &[Vec<u8>]) -> Vec<u8> {
        let mut bytes = png[..33].to_vec();
        for chunk in chunks {
            bytes.extend_from_slice(chunk);
        }
        bytes.extend_from_slice(&png[33..]);
        bytes
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
    fn fit_scales_the_long_edge_and_never_up() {
        assert_eq!(fit(4000, 3000, 2400), (2400, 1800));
        assert_eq!(fit(3000, 4000, 2400), (1800, 2400));
        assert_eq!(fit(2400, 10, 2400), (2400, 10));
        assert_eq!(fit(100, 50, 2400), (100, 50));
        assert_eq!(fit(10_000, 1, 320), (320, 1));
        assert_eq!(fit(2401, 1201, 320), (320, 160));
        assert_eq!(fit(640, 480, 0), (1, 1));
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

    /// The stored form of an upright picture for each EXIF orientation: what a camera writes when
    /// it records the turn in EXIF instead of turning the pixels.
    fn stored_for(upright: &RgbImage, orientation: u16) -> RgbImage {
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

    fn adler32(bytes: &[u8]) -> u32 {
        let (mut a, mut b) = (1u32, 0u32);
        for &byte in bytes {
            a = (a + u32::from(byte)) % 65521;
            b = (b + a) % 65521;
        }
        (b << 16) | a
    }

    /// A PNG written by hand (uncompressed deflate blocks), for the layouts the image crate's
    /// encoder does not write: 1-bit grey from scanner apps, palettes with transparency.
    fn raw_png(
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
}
