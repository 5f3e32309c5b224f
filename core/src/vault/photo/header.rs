//! What the file says it is, read from its first bytes and its headers without a decoder: the
//! format, the claimed size (so that a decompression bomb is refused before any pixel memory
//! exists) and, for a JPEG, whether it was cut short.
use super::{PhotoError, PhotoFormat, corrupt};

pub(super) const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

pub(super) fn detect_format(bytes: &[u8]) -> Result<PhotoFormat, PhotoError> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok(PhotoFormat::Jpeg)
    } else if bytes.starts_with(PNG_SIGNATURE) {
        Ok(PhotoFormat::Png)
    } else {
        Err(PhotoError::NotAnImage)
    }
}

fn be_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn be_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Width and height as the header claims them, read without a decoder so that a bomb's claim is
/// refused before any decoder state exists.
pub(super) fn header_dimensions(
    bytes: &[u8],
    format: PhotoFormat,
) -> Result<(u32, u32), PhotoError> {
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
pub(super) fn check_jpeg_complete(bytes: &[u8]) -> Result<(), PhotoError> {
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
