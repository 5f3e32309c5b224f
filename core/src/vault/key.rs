//! The vault's data key: 32 random bytes, never derived from anything a person chooses.
use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::error::{CryptoFailure, Error, Result};

pub const KEY_BYTES: usize = 32;

#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; KEY_BYTES]);

impl DataKey {
    /// A fresh key from the operating system's random source.
    pub fn generate() -> Result<DataKey> {
        let mut bytes = [0u8; KEY_BYTES];
        getrandom::fill(&mut bytes).map_err(|e| Error::crypto(CryptoFailure::Randomness, e))?;
        Ok(DataKey(bytes))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<DataKey> {
        let bytes: [u8; KEY_BYTES] = bytes.try_into().map_err(|_| Error::InvalidKey)?;
        Ok(DataKey(bytes))
    }

    pub fn as_bytes(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }

    /// SQLCipher's raw-key form, `x'<64 hex digits>'`: the key is used as is, with no KDF, since
    /// it is already random.
    pub(crate) fn sqlcipher_pragma(&self) -> zeroize::Zeroizing<String> {
        let digits = zeroize::Zeroizing::new(hex(&self.0));
        zeroize::Zeroizing::new(format!("x'{}'", digits.as_str()))
    }
}

/// Lower-case hexadecimal, as the vault stores hashes and wrapped keys.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Never print key material, not even in a debug log.
impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_and_never_printed() {
        let a = DataKey::generate().unwrap();
        let b = DataKey::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), "DataKey(…)");
        assert_eq!(a.sqlcipher_pragma().len(), 3 + 64);
    }

    #[test]
    fn a_key_must_be_32_bytes() {
        assert!(matches!(
            DataKey::from_bytes(&[0; 31]),
            Err(Error::InvalidKey)
        ));
        assert!(DataKey::from_bytes(&[7; 32]).is_ok());
    }
}
