//! Writes an age file (<https://age-encryption.org/v1>) whose payload is encrypted by ring's
//! ChaCha20-Poly1305.
//!
//! Why not the age crate's own writer: on the benchmark machine it encrypts 311–356 MB/s and ring's
//! assembly 2.4 GB/s (OpenSSL, which Huquq no longer links, 4.7 GB/s with AVX-512), and the payload
//! is nearly all of a backup's work (docs/PERFORMANCE.md). The age crate still does everything else: it wraps the file key for the recipient (X25519 or an
//! scrypt passphrase), and it reads every backup back (restore, and the tests of this module).
//! This module only lays the header out around the crate's stanzas and seals the payload's chunks.
use std::io::{self, Write};

use age::Recipient;
use age_core::format::{FileKey, Stanza};
use age_core::primitives::hkdf;
use age_core::secrecy::ExposeSecret;
use base64::Engine;
use base64::prelude::BASE64_STANDARD_NO_PAD;
use hmac::{Hmac, Mac};
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{CryptoFailure, Error, Result};

const VERSION_LINE: &[u8] = b"age-encryption.org/v1\n";
/// The header's MAC covers everything up to and including this marker.
const MAC_MARKER: &[u8] = b"---";
/// Body lines of a stanza are this long, except the last, which is shorter (empty if need be).
const BODY_COLUMNS: usize = 64;
/// The payload is sealed in chunks of this much plaintext, each followed by its tag.
const CHUNK_BYTES: usize = 64 * 1024;
const TAG_BYTES: usize = 16;
const PAYLOAD_NONCE_BYTES: usize = 16;

/// An age file being written: the header and the payload nonce are out when it is made; the
/// plaintext written to it is sealed chunk by chunk; [`AgeWriter::finish`] seals the last one.
/// Dropped unfinished, the file ends without a last chunk, which every age reader refuses.
pub(crate) struct AgeWriter<W: Write> {
    sealer: Sealer<W>,
    /// The chunk being filled.
    plain: Zeroizing<Vec<u8>>,
}

/// Seals chunks and writes them out.
struct Sealer<W: Write> {
    out: W,
    /// ring's name for a key whose nonces the caller keeps unique: here the STREAM counter.
    cipher: LessSafeKey,
    /// The number of the next chunk (the STREAM counter).
    counter: u64,
    sealed: Vec<u8>,
}

impl<W: Write> AgeWriter<W> {
    /// Starts an age file for `recipient` on `out`.
    pub(crate) fn new(mut out: W, recipient: &dyn Recipient) -> Result<AgeWriter<W>> {
        let file_key = FileKey::try_init_with_mut(|key| getrandom::fill(key))
            .map_err(|_| Error::crypto(CryptoFailure::Randomness, "the backup's key"))?;
        let (stanzas, _labels) = recipient.wrap_file_key(&file_key).map_err(|_| {
            Error::crypto(
                CryptoFailure::KeyWrapping,
                "age could not encrypt to this recipient",
            )
        })?;
        out.write_all(&header(&stanzas, &file_key)?)?;

        let mut nonce = [0u8; PAYLOAD_NONCE_BYTES];
        getrandom::fill(&mut nonce)
            .map_err(|_| Error::crypto(CryptoFailure::Randomness, "the backup's nonce"))?;
        out.write_all(&nonce)?;
        let payload_key = Zeroizing::new(hkdf(&nonce, b"payload", file_key.expose_secret()));
        let cipher = UnboundKey::new(&CHACHA20_POLY1305, &payload_key[..])
            .map(LessSafeKey::new)
            .map_err(|_| Error::crypto(CryptoFailure::Cipher, "the backup's payload key"))?;
        Ok(AgeWriter {
            sealer: Sealer {
                out,
                cipher,
                counter: 0,
                sealed: Vec::with_capacity(CHUNK_BYTES + TAG_BYTES + 1),
            },
            plain: Zeroizing::new(Vec::with_capacity(CHUNK_BYTES)),
        })
    }

    /// Seals the last chunk and hands back the output, which the caller still has to flush.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.sealer.seal(&self.plain, true)?;
        Ok(self.sealer.out)
    }
}

impl<W: Write> Sealer<W> {
    fn seal(&mut self, plain: &[u8], last: bool) -> io::Result<()> {
        // The nonce: an 11-byte big-endian chunk counter, then 1 for the last chunk, else 0.
        let mut nonce = [0u8; 12];
        nonce[3..11].copy_from_slice(&self.counter.to_be_bytes());
        nonce[11] = u8::from(last);
        self.sealed.clear();
        self.sealed.extend_from_slice(plain);
        let tag = self
            .cipher
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::empty(),
                &mut self.sealed,
            )
            .map_err(|_| io::Error::other("the backup's payload could not be sealed"))?;
        self.sealed.extend_from_slice(tag.as_ref());
        self.out.write_all(&self.sealed)?;
        self.counter = self
            .counter
            .checked_add(1)
            .ok_or_else(|| io::Error::other("an age file cannot hold this much"))?;
        Ok(())
    }
}

impl<W: Write> Write for AgeWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if bytes.is_empty() {
            return Ok(0);
        }
        // A full chunk is sealed only once more plaintext follows: the last chunk is marked as
        // such, and only an empty payload may end with an empty chunk.
        if self.plain.len() == CHUNK_BYTES {
            self.sealer.seal(&self.plain, false)?;
            self.plain.clear();
        }
        if self.plain.is_empty() && bytes.len() > CHUNK_BYTES {
            // A whole chunk with more after it: sealed from the caller's bytes, without a copy.
            self.sealer.seal(&bytes[..CHUNK_BYTES], false)?;
            return Ok(CHUNK_BYTES);
        }
        let n = bytes.len().min(CHUNK_BYTES - self.plain.len());
        self.plain.extend_from_slice(&bytes[..n]);
        Ok(n)
    }

    /// Flushes what is sealed; the chunk being filled stays until it is full or finished.
    fn flush(&mut self) -> io::Result<()> {
        self.sealer.out.flush()
    }
}

/// The header: the version line, the recipient's stanzas, and the MAC keyed from the file key.
fn header(stanzas: &[Stanza], file_key: &FileKey) -> Result<Vec<u8>> {
    let mut header = VERSION_LINE.to_vec();
    for stanza in stanzas {
        header.extend_from_slice(b"->");
        for word in std::iter::once(&stanza.tag).chain(&stanza.args) {
            header.push(b' ');
            header.extend_from_slice(word.as_bytes());
        }
        header.push(b'\n');
        let body = BASE64_STANDARD_NO_PAD.encode(&stanza.body);
        let mut rest = body.as_bytes();
        loop {
            let (line, tail) = rest.split_at(rest.len().min(BODY_COLUMNS));
            header.extend_from_slice(line);
            header.push(b'\n');
            // A short line, even an empty one, is how a reader knows the body ended.
            if line.len() < BODY_COLUMNS {
                break;
            }
            rest = tail;
        }
    }
    header.extend_from_slice(MAC_MARKER);
    let mac_key = Zeroizing::new(hkdf(&[], b"header", file_key.expose_secret()));
    let mut mac = Hmac::<Sha256>::new_from_slice(&mac_key[..])
        .map_err(|_| Error::crypto(CryptoFailure::Cipher, "the backup's header MAC"))?;
    mac.update(&header);
    header.push(b' ');
    header.extend_from_slice(
        BASE64_STANDARD_NO_PAD
            .encode(mac.finalize().into_bytes())
            .as_bytes(),
    );
    header.push(b'\n');
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn encrypt(plain: &[u8], recipient: &dyn Recipient, write_size: usize) -> Vec<u8> {
        let mut writer = AgeWriter::new(Vec::new(), recipient).unwrap();
        for piece in plain.chunks(write_size.max(1)) {
            writer.write_all(piece).unwrap();
        }
        writer.finish().unwrap()
    }

    fn decrypt(file: &[u8], identity: &dyn age::Identity) -> std::result::Result<Vec<u8>, String> {
        let decryptor = age::Decryptor::new(file).map_err(|e| e.to_string())?;
        let mut reader = decryptor
            .decrypt(std::iter::once(identity))
            .map_err(|e| e.to_string())?;
        let mut plain = Vec::new();
        reader.read_to_end(&mut plain).map_err(|e| e.to_string())?;
        Ok(plain)
    }

    fn bytes(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    #[test]
    fn the_age_crate_reads_every_chunk_boundary_back() {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public();
        for len in [
            0,
            1,
            CHUNK_BYTES - 1,
            CHUNK_BYTES,
            CHUNK_BYTES + 1,
            2 * CHUNK_BYTES,
            3 * CHUNK_BYTES + 512,
        ] {
            let plain = bytes(len);
            // Written whole, in odd pieces, and byte by byte near the edges.
            for write_size in [len, 1000, 65_537] {
                let file = encrypt(&plain, &recipient, write_size);
                assert_eq!(
                    decrypt(&file, &identity).unwrap(),
                    plain,
                    "{len} by {write_size}"
                );
            }
        }
    }

    #[test]
    fn a_passphrase_file_reads_back_and_a_wrong_passphrase_does_not() {
        let plain = bytes(150_000);
        let mut recipient = age::scrypt::Recipient::new("correct horse".to_owned().into());
        recipient.set_work_factor(10);
        let file = encrypt(&plain, &recipient, 4096);
        assert!(file.starts_with(b"age-encryption.org/v1\n-> scrypt "));
        let right = age::scrypt::Identity::new("correct horse".to_owned().into());
        assert_eq!(decrypt(&file, &right).unwrap(), plain);
        let wrong = age::scrypt::Identity::new("wrong horse".to_owned().into());
        assert!(decrypt(&file, &wrong).is_err());
    }

    #[test]
    fn a_changed_byte_or_a_missing_last_chunk_is_refused() {
        let identity = age::x25519::Identity::generate();
        let plain = bytes(3 * CHUNK_BYTES);
        let file = encrypt(&plain, &identity.to_public(), CHUNK_BYTES);
        // In the header (its MAC), in the first chunk, in the last tag.
        for at in [
            30,
            file.len() - 3 * (CHUNK_BYTES + TAG_BYTES),
            file.len() - 1,
        ] {
            let mut changed = file.clone();
            changed[at] ^= 1;
            assert!(decrypt(&changed, &identity).is_err(), "byte {at}");
        }
        // Cut after a whole chunk: without the chunk marked last, the payload is incomplete.
        let cut = &file[..file.len() - (CHUNK_BYTES + TAG_BYTES)];
        assert!(decrypt(cut, &identity).is_err());
    }

    #[test]
    fn an_abandoned_file_is_not_an_age_file() {
        let identity = age::x25519::Identity::generate();
        let mut writer = AgeWriter::new(Vec::new(), &identity.to_public()).unwrap();
        writer.write_all(&bytes(2 * CHUNK_BYTES + 10)).unwrap();
        // Never finished: only the sealed (not last) chunks are out.
        let file = std::mem::take(&mut writer.sealer.out);
        assert!(decrypt(&file, &identity).is_err());
    }

    #[test]
    fn stanza_bodies_end_with_a_short_line() {
        let file_key = FileKey::new(Box::new([7; 16]));
        let stanza = |body_len: usize| Stanza {
            tag: "test".into(),
            args: vec!["a".into(), "b".into()],
            body: vec![1; body_len],
        };
        // 48 bytes encode to exactly 64 columns: an empty line must follow.
        let text = String::from_utf8(header(&[stanza(48)], &file_key).unwrap()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "-> test a b");
        assert_eq!(lines[2].len(), 64);
        assert_eq!(lines[3], "");
        assert!(lines[4].starts_with("--- "));
        // 32 bytes: one short line (43 columns), nothing after it.
        let text = String::from_utf8(header(&[stanza(32)], &file_key).unwrap()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[2].len(), 43);
        assert!(lines[3].starts_with("--- "));
    }
}
