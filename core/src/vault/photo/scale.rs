//! Scaling to the stored size and the thumbnail's.
use fast_image_resize as fir;
use image::DynamicImage;

use super::PhotoError;
use super::pixels::{gray_image, rgb_image};

/// The size with the long edge at most `long_edge`, keeping the aspect ratio; never larger than
/// the original and never zero.
pub(super) fn fit(width: u32, height: u32, long_edge: u32) -> (u32, u32) {
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

pub(super) fn resize(
    image: DynamicImage,
    width: u32,
    height: u32,
) -> Result<DynamicImage, PhotoError> {
    if image.width() == width && image.height() == height {
        return Ok(image);
    }
    resize_ref(&image, width, height)
}

pub(super) fn resize_ref(
    image: &DynamicImage,
    width: u32,
    height: u32,
) -> Result<DynamicImage, PhotoError> {
    Ok(match image {
        DynamicImage::ImageLuma8(_) => gray_image(
            width,
            height,
            resize_pixels::<fir::pixels::U8>(image, width, height)?,
        ),
        _ => rgb_image(
            width,
            height,
            resize_pixels::<fir::pixels::U8x3>(image, width, height)?,
        ),
    })
}

/// Resizes `image`'s bytes as pixels of type `P` (one byte per channel, as `pixels` leaves every
/// photo). The typed call instantiates the resizer's kernels for the two pixel types ingest
/// produces only; its untyped `resize` dispatches at run time and carries all thirteen, about
/// 3 MB of the library (docs/PERFORMANCE.md).
fn resize_pixels<P: fir::PixelTrait>(
    image: &DynamicImage,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, PhotoError> {
    let corrupt = |error: &dyn std::fmt::Display| PhotoError::Corrupt(error.to_string());
    let source = fir::images::TypedImageRef::<P>::from_buffer(
        image.width(),
        image.height(),
        image.as_bytes(),
    )
    .map_err(|error| corrupt(&error))?;
    let length = usize::try_from(u64::from(width) * u64::from(height) * P::size() as u64)
        .map_err(|error| corrupt(&error))?;
    let mut pixels = vec![0u8; length];
    let mut target = fir::images::TypedImage::<P>::from_buffer(width, height, &mut pixels)
        .map_err(|error| corrupt(&error))?;
    // Lanczos3 keeps small print (a permit's number, a passport's machine-readable zone) sharp.
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    fir::Resizer::new()
        .resize_typed(&source, &mut target, &options)
        .map_err(|error| corrupt(&error))?;
    Ok(pixels)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
