//! Photo ingest for the document vault: a JPEG or PNG file from the phone's camera or gallery
//! becomes an upright, metadata-free JPEG (long edge ≤ 2400 px by default) and a thumbnail, with the
//! SHA-256 of the untouched original kept as evidence of what was photographed.
//!
//! The input is hostile until proven otherwise: the size is checked before the file is read, the
//! dimensions are read from the header and refused before any pixel memory is allocated, and every
//! failure is a [`PhotoError`]. Nothing of the original's metadata (EXIF with GPS, device and time,
//! XMP, ICC, comments, PNG text) can reach the output, because the output is freshly encoded pixels.
use std::fmt;
use std::path::Path;
use std::thread;

use sha2::{Digest, Sha256};

mod decode;
mod encode;
#[cfg(test)]
mod forge;
mod header;
mod pixels;
mod read;
mod scale;
#[cfg(test)]
mod tests;

use decode::{decode, decode_error};
use encode::encode_jpeg;
use header::{check_jpeg_complete, detect_format, header_dimensions};
use pixels::flatten;
use read::read_bounded;
use scale::{fit, resize, resize_ref};

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
    ingest_bytes(read_bounded(path, limits.max_file_bytes)?, limits)
}

/// The same for an image already in memory: a page image from a backup goes through exactly what
/// a new photo does (limits, decoding, fresh pixels), so no byte of it reaches a phone's decoder.
pub fn ingest_bytes(original: Vec<u8>, limits: &PhotoLimits) -> Result<IngestedPhoto, PhotoError> {
    let original_bytes = original.len() as u64;
    if original_bytes > limits.max_file_bytes {
        return Err(PhotoError::TooLarge {
            bytes: original_bytes,
            max: limits.max_file_bytes,
        });
    }
    if original.is_empty() {
        return Err(PhotoError::Empty);
    }
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

/// A damaged or incomplete image, said in words of our own: never bytes of the file.
fn corrupt(what: &str) -> PhotoError {
    PhotoError::Corrupt(what.to_owned())
}
