//! Decoding under memory limits, with the EXIF orientation the decoder reads.
use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader};

use super::{PhotoError, PhotoFormat, PhotoLimits, corrupt};

/// Decodes under memory limits and returns the pixels with the EXIF orientation to apply. A
/// decoder that panics on a crafted file is a refused photo, not a crashed app.
pub(super) fn decode(
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

pub(super) fn decode_error(error: ImageError, width: u32, height: u32, max: u64) -> PhotoError {
    match error {
        ImageError::Limits(_) => PhotoError::TooManyPixels { width, height, max },
        ImageError::IoError(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => {
            corrupt("the image is cut short")
        }
        other => PhotoError::Corrupt(other.to_string()),
    }
}
