//! The decoded pixels brought to the two layouts the resizer and the encoder take: 8-bit grey and
//! 8-bit RGB.
use image::{DynamicImage, GrayImage, RgbImage};

/// The decoded image as 8-bit grey or RGB, the only layouts the resizer and encoder are given.
/// Transparency is composited on white, as the photo of a document on paper would look.
pub(super) fn flatten(image: DynamicImage) -> DynamicImage {
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

pub(super) fn gray_image(width: u32, height: u32, pixels: Vec<u8>) -> DynamicImage {
    // The buffer was built from exactly width × height pixels, so this cannot fail; an empty image
    // would still be a result rather than a panic.
    DynamicImage::ImageLuma8(
        GrayImage::from_raw(width, height, pixels).unwrap_or_else(|| GrayImage::new(0, 0)),
    )
}

pub(super) fn rgb_image(width: u32, height: u32, pixels: Vec<u8>) -> DynamicImage {
    DynamicImage::ImageRgb8(
        RgbImage::from_raw(width, height, pixels).unwrap_or_else(|| RgbImage::new(0, 0)),
    )
}
