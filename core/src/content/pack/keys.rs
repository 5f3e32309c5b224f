//! Whose packs this app installs: the publisher's minisign public keys, compiled in. Two may be
//! listed at once, so a new key can be introduced in one app release and the old one dropped in a
//! later one (docs/CONTENT.md, "Content packs").
use minisign_verify::{Error as MinisignError, PublicKey, Signature};

use super::{PackError, PackProblem};

/// The public keys in `core/content-keys/`, in the standard minisign format.
const BUILT_IN: &[&str] = &[include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/content-keys/huquq-content-2026.pub"
))];

#[derive(Clone)]
pub struct TrustedKeys {
    keys: Vec<PublicKey>,
}

impl TrustedKeys {
    /// The publisher's keys this build trusts.
    pub fn built_in() -> TrustedKeys {
        TrustedKeys::from_public_keys(BUILT_IN)
            .expect("the compiled-in content keys are valid minisign public keys")
    }

    /// Keys in the minisign `.pub` format (an untrusted comment line, then the key), or the bare
    /// base64 key line. For tests and for publishers checking a pack against their own key.
    pub fn from_public_keys<S: AsRef<str>>(texts: &[S]) -> Result<TrustedKeys, String> {
        let keys = texts
            .iter()
            .map(|text| {
                let text = text.as_ref().trim();
                PublicKey::decode(text)
                    .or_else(|_| PublicKey::from_base64(text))
                    .map_err(|e| format!("not a minisign public key: {e}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TrustedKeys { keys })
    }

    /// These keys and `other`'s.
    pub fn and(mut self, other: TrustedKeys) -> TrustedKeys {
        self.keys.extend(other.keys);
        self
    }

    /// Accepts the payload only if one of the keys signed it, with the pre-hashed algorithm
    /// current minisign uses (the legacy one is refused).
    pub(super) fn verify(&self, payload: &[u8], signature: &str) -> Result<(), PackError> {
        let signature = Signature::decode(signature).map_err(|e| {
            PackError::new(
                PackProblem::NotAPack,
                format!("the signature does not parse: {e}"),
            )
        })?;
        let mut problem = PackError::new(
            PackProblem::UnknownKey,
            "signed by a key this app does not trust",
        );
        for key in &self.keys {
            match key.verify(payload, &signature, false) {
                Ok(()) => return Ok(()),
                Err(MinisignError::UnexpectedKeyId) => {}
                Err(e) => {
                    problem = PackError::new(
                        PackProblem::Altered,
                        format!("the signature does not match the content: {e}"),
                    )
                }
            }
        }
        Err(problem)
    }
}
