//! Reading the original: bounded by the size limit, whatever the file does meanwhile.
use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::PhotoError;

/// Reads the whole file, refusing it from its size before reading, and never reading past `max`
/// even if the file grows in between (a camera app still writing it).
pub(super) fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, PhotoError> {
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
