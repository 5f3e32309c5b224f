//! What the fuzz targets (fuzz/) need of the vault's private parts. Built only with the `fuzzing`
//! feature: no shell sees it.
use crate::error::Result;
use crate::vault::age_file::AgeWriter;

/// `plain` sealed by Huquq's own age writer to `recipient`, as a backup's payload is.
pub fn seal_with_age(plain: &[u8], recipient: &dyn age::Recipient) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut writer = AgeWriter::new(Vec::new(), recipient)?;
    writer.write_all(plain)?;
    Ok(writer.finish()?)
}
