//! What more than one bench needs: a photo with the detail of a real one.
use image::{Rgb, RgbImage};

pub mod case;

/// Gradients, fine stripes like print and sensor-like noise, so that the decoder and encoder see
/// the entropy of a real photo of a paper rather than a flat colour.
pub fn detailed_photo(width: u32, height: u32) -> RgbImage {
    let mut state: u32 = 0x9E37_79B9;
    RgbImage::from_fn(width, height, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let noise = (state & 31) as f32 - 16.0;
        let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
        // Dark strokes in bands, like lines of print on a page.
        let ink = if (x / 7 + y / 23) % 5 == 0 && y % 40 < 24 {
            -90.0
        } else {
            0.0
        };
        let channel = |level: f32| (level * 255.0 + noise + ink).clamp(0.0, 255.0) as u8;
        Rgb([
            channel(0.5 + 0.4 * (fx * 17.0).sin() * fy),
            channel(0.1 + 0.8 * fy),
            channel(1.0 - fx * fy),
        ])
    })
}
