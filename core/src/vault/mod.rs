//! The personal document vault: an SQLCipher database of people, documents, pages and payments,
//! opened with a random 32-byte data key that a shell keeps in the Android Keystore or iOS Keychain.
pub(crate) mod age_file;
pub mod backup;
pub(crate) mod flushing;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod key;
pub mod model;
mod pages;
pub mod passphrase;
pub mod photo;
pub mod pin;
pub(crate) mod replace;
pub(crate) mod rows;
mod schema;
pub(crate) mod store;

pub use key::DataKey;
pub use store::{PAGE_FORMAT, PageFormat, VAULT_FILE, Vault};
