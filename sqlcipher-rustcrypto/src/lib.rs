//! SQLCipher's crypto provider written over RustCrypto, so that the library carries no OpenSSL.
//!
//! SQLCipher asks its provider for five things: AES-256-CBC over a page, an HMAC over a page
//! (SHA-1, SHA-256 or SHA-512), PBKDF2 (to derive the HMAC key, and the page key from a
//! passphrase), random bytes, and a few sizes and names. Its OpenSSL provider links all of
//! libcrypto's algorithm tables, about 4 MB of a phone's library (docs/PERFORMANCE.md); these
//! primitives are a few tens of kilobytes. The file format does not depend on the provider: a vault
//! written by one opens with the other (core/tests/vault_openssl_judge.rs checks this against
//! SQLCipher with OpenSSL).
//!
//! SQLCipher (4.8 and later) calls [`sqlcipher_rustcrypto_setup`] when it is compiled with
//! `-DSQLCIPHER_CRYPTO_CUSTOM=sqlcipher_rustcrypto_setup` (`.cargo/config.toml` sets this through
//! `LIBSQLITE3_FLAGS`). [`PROVIDER_NAME`] is what `PRAGMA cipher_provider` then answers.
//!
//! Every function here is called by C with pointers and lengths; each checks them before making a
//! slice and returns SQLITE_ERROR on anything unexpected. None can panic: a panic cannot unwind
//! through C, it would abort the app.
use std::ffi::{c_char, c_int, c_void};
use std::slice;

use aes::Aes256;
use aes::cipher::array::Array;
use aes::cipher::consts::U16;
use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, InOutBuf, KeyIvInit};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Sha256, Sha512};

/// What `PRAGMA cipher_provider` answers: tests use it to prove this provider is the one in use.
pub const PROVIDER_NAME: &str = "rustcrypto";
const PROVIDER_NAME_C: &[u8] = b"rustcrypto\0";
const PROVIDER_VERSION_C: &[u8] =
    b"aes 0.9, cbc 0.2, hmac 0.13, sha1 0.11, sha2 0.11, pbkdf2 0.13\0";
const CIPHER_NAME_C: &[u8] = b"aes-256-cbc\0";

const SQLITE_OK: c_int = 0;
const SQLITE_ERROR: c_int = 1;

/// SQLCipher's `mode` argument of `cipher`.
const CIPHER_ENCRYPT: c_int = 1;
const CIPHER_DECRYPT: c_int = 0;

/// SQLCipher's algorithm numbers, the same for `hmac` and `kdf` (SQLCIPHER_HMAC_SHA1 … and
/// SQLCIPHER_PBKDF2_HMAC_SHA1 …).
const SHA1: c_int = 0;
const SHA256: c_int = 1;
const SHA512: c_int = 2;

const KEY_BYTES: usize = 32;
const IV_BYTES: usize = 16;
const BLOCK_BYTES: usize = 16;

/// `hmac(ctx, algorithm, key, key_size, input, input_size, input2, input2_size, out)`.
type HmacFn = unsafe extern "C" fn(
    *mut c_void,
    c_int,
    *const u8,
    c_int,
    *const u8,
    c_int,
    *const u8,
    c_int,
    *mut u8,
) -> c_int;

/// `kdf(ctx, algorithm, pass, pass_size, salt, salt_size, iterations, key_size, key)`.
type KdfFn = unsafe extern "C" fn(
    *mut c_void,
    c_int,
    *const u8,
    c_int,
    *const u8,
    c_int,
    c_int,
    c_int,
    *mut u8,
) -> c_int;

/// `cipher(ctx, mode, key, key_size, iv, input, size, out)`.
type CipherFn = unsafe extern "C" fn(
    *mut c_void,
    c_int,
    *const u8,
    c_int,
    *const u8,
    *const u8,
    c_int,
    *mut u8,
) -> c_int;

/// SQLCipher's `sqlcipher_provider` (sqlcipher.h), field for field. SQLCipher allocates it zeroed
/// and the setup function fills in the functions; `next` is SQLCipher's own.
#[repr(C)]
pub struct SqlcipherProvider {
    init: Option<extern "C" fn() -> c_int>,
    shutdown: Option<extern "C" fn()>,
    get_provider_name: Option<extern "C" fn(*mut c_void) -> *const c_char>,
    add_random: Option<extern "C" fn(*mut c_void, *const c_void, c_int) -> c_int>,
    random: Option<unsafe extern "C" fn(*mut c_void, *mut c_void, c_int) -> c_int>,
    hmac: Option<HmacFn>,
    kdf: Option<KdfFn>,
    cipher: Option<CipherFn>,
    get_cipher: Option<extern "C" fn(*mut c_void) -> *const c_char>,
    get_key_sz: Option<extern "C" fn(*mut c_void) -> c_int>,
    get_iv_sz: Option<extern "C" fn(*mut c_void) -> c_int>,
    get_block_sz: Option<extern "C" fn(*mut c_void) -> c_int>,
    get_hmac_sz: Option<extern "C" fn(*mut c_void, c_int) -> c_int>,
    ctx_init: Option<extern "C" fn(*mut *mut c_void) -> c_int>,
    ctx_free: Option<extern "C" fn(*mut *mut c_void) -> c_int>,
    fips_status: Option<extern "C" fn(*mut c_void) -> c_int>,
    get_provider_version: Option<extern "C" fn(*mut c_void) -> *const c_char>,
    next: *mut SqlcipherProvider,
}

// Eighteen pointers: a field added or removed on either side would shift every function after it.
const _: () = assert!(size_of::<SqlcipherProvider>() == 18 * size_of::<usize>());

/// Fills in SQLCipher's provider. SQLCipher calls this once, when it initialises.
///
/// # Safety
/// `provider` is null or points to a writable `sqlcipher_provider` of SQLCipher 4.8 or later.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sqlcipher_rustcrypto_setup(provider: *mut SqlcipherProvider) -> c_int {
    // SAFETY: the caller hands a valid, exclusive pointer or null; null is refused.
    let Some(provider) = (unsafe { provider.as_mut() }) else {
        return SQLITE_ERROR;
    };
    provider.init = None;
    provider.shutdown = None;
    provider.get_provider_name = Some(provider_name);
    provider.add_random = Some(add_random);
    provider.random = Some(random);
    provider.hmac = Some(hmac);
    provider.kdf = Some(kdf);
    provider.cipher = Some(cipher);
    provider.get_cipher = Some(cipher_name);
    provider.get_key_sz = Some(key_size);
    provider.get_iv_sz = Some(iv_size);
    provider.get_block_sz = Some(block_size);
    provider.get_hmac_sz = Some(hmac_size);
    provider.ctx_init = Some(context_init);
    provider.ctx_free = Some(context_free);
    provider.fips_status = Some(fips_status);
    provider.get_provider_version = Some(provider_version);
    SQLITE_OK
}

/// Keeps the setup function in every binary that links this crate: SQLCipher's C code names it,
/// and a linker looking through archives would not otherwise know to keep it.
pub fn ensure_linked() {
    std::hint::black_box(sqlcipher_rustcrypto_setup as *const ());
}

extern "C" fn provider_name(_: *mut c_void) -> *const c_char {
    PROVIDER_NAME_C.as_ptr().cast()
}

extern "C" fn provider_version(_: *mut c_void) -> *const c_char {
    PROVIDER_VERSION_C.as_ptr().cast()
}

extern "C" fn cipher_name(_: *mut c_void) -> *const c_char {
    CIPHER_NAME_C.as_ptr().cast()
}

extern "C" fn key_size(_: *mut c_void) -> c_int {
    KEY_BYTES as c_int
}

extern "C" fn iv_size(_: *mut c_void) -> c_int {
    IV_BYTES as c_int
}

extern "C" fn block_size(_: *mut c_void) -> c_int {
    BLOCK_BYTES as c_int
}

extern "C" fn hmac_size(_: *mut c_void, algorithm: c_int) -> c_int {
    match algorithm {
        SHA1 => 20,
        SHA256 => 32,
        SHA512 => 64,
        _ => 0,
    }
}

/// No state: every call is complete in itself.
extern "C" fn context_init(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

extern "C" fn context_free(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

extern "C" fn fips_status(_: *mut c_void) -> c_int {
    0
}

/// SQLCipher offers extra entropy (`PRAGMA cipher_add_random`); randomness comes from the
/// operating system's generator, which needs no seeding, so it is accepted and not used.
extern "C" fn add_random(_: *mut c_void, _: *const c_void, _: c_int) -> c_int {
    SQLITE_OK
}

/// # Safety
/// `buffer` points to `length` writable bytes.
unsafe extern "C" fn random(_: *mut c_void, buffer: *mut c_void, length: c_int) -> c_int {
    // SAFETY: the caller's contract; the pointer and length are checked by `bytes_mut`.
    let Some(out) = (unsafe { bytes_mut(buffer.cast(), length) }) else {
        return SQLITE_ERROR;
    };
    status(getrandom::fill(out).is_ok())
}

/// HMAC of `input` followed by `input2` (which may be null) under `key`, into `out`, which holds
/// the algorithm's output size.
///
/// # Safety
/// Each pointer points to its length of readable bytes (`out` to `hmac_size` writable ones).
#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn hmac(
    _: *mut c_void,
    algorithm: c_int,
    key: *const u8,
    key_size: c_int,
    input: *const u8,
    input_size: c_int,
    input2: *const u8,
    input2_size: c_int,
    out: *mut u8,
) -> c_int {
    // SAFETY: the caller's contract; every pointer and length is checked by `bytes`.
    let (Some(key), Some(input)) = (unsafe { bytes(key, key_size) }, unsafe {
        bytes(input, input_size)
    }) else {
        return SQLITE_ERROR;
    };
    let input2 = if input2.is_null() {
        &[][..]
    } else {
        // SAFETY: as above.
        match unsafe { bytes(input2, input2_size) } {
            Some(input2) => input2,
            None => return SQLITE_ERROR,
        }
    };
    // SAFETY: as above, with the output size of the algorithm asked for.
    let Some(out) = (unsafe { bytes_mut(out, hmac_size(std::ptr::null_mut(), algorithm)) }) else {
        return SQLITE_ERROR;
    };
    status(match algorithm {
        SHA1 => mac::<Hmac<Sha1>>(key, input, input2, out),
        SHA256 => mac::<Hmac<Sha256>>(key, input, input2, out),
        SHA512 => mac::<Hmac<Sha512>>(key, input, input2, out),
        _ => false,
    })
}

fn mac<M: Mac + KeyInit>(key: &[u8], input: &[u8], input2: &[u8], out: &mut [u8]) -> bool {
    let Ok(mut mac) = <M as KeyInit>::new_from_slice(key) else {
        return false;
    };
    mac.update(input);
    mac.update(input2);
    let tag = mac.finalize().into_bytes();
    if tag.len() != out.len() {
        return false;
    }
    out.copy_from_slice(&tag);
    true
}

/// PBKDF2 with HMAC over the algorithm asked for, `iterations` rounds, into `key`.
///
/// # Safety
/// Each pointer points to its length of bytes, `key` writable.
#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn kdf(
    _: *mut c_void,
    algorithm: c_int,
    pass: *const u8,
    pass_size: c_int,
    salt: *const u8,
    salt_size: c_int,
    iterations: c_int,
    key_size: c_int,
    key: *mut u8,
) -> c_int {
    // SAFETY: the caller's contract; every pointer and length is checked.
    let (Some(pass), Some(salt), Some(key)) = (
        unsafe { bytes(pass, pass_size) },
        unsafe { bytes(salt, salt_size) },
        unsafe { bytes_mut(key, key_size) },
    ) else {
        return SQLITE_ERROR;
    };
    let Ok(rounds @ 1..) = u32::try_from(iterations) else {
        return SQLITE_ERROR;
    };
    match algorithm {
        SHA1 => pbkdf2::pbkdf2_hmac::<Sha1>(pass, salt, rounds, key),
        SHA256 => pbkdf2::pbkdf2_hmac::<Sha256>(pass, salt, rounds, key),
        SHA512 => pbkdf2::pbkdf2_hmac::<Sha512>(pass, salt, rounds, key),
        _ => return SQLITE_ERROR,
    }
    SQLITE_OK
}

/// AES-256-CBC without padding over whole blocks, from `input` into `out` (the same length).
///
/// # Safety
/// `key` points to `key_size` bytes, `iv` to 16, `input` to `size` readable bytes and `out` to
/// `size` writable ones; `input` and `out` are the same buffer or do not overlap.
#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn cipher(
    _: *mut c_void,
    mode: c_int,
    key: *const u8,
    key_size: c_int,
    iv: *const u8,
    input: *const u8,
    size: c_int,
    out: *mut u8,
) -> c_int {
    let Ok(length) = usize::try_from(size) else {
        return SQLITE_ERROR;
    };
    if key_size != KEY_BYTES as c_int || !length.is_multiple_of(BLOCK_BYTES) {
        return SQLITE_ERROR;
    }
    // SAFETY: the caller's contract, lengths checked above.
    let (Some(key), Some(iv)) = (unsafe { bytes(key, key_size) }, unsafe {
        bytes(iv, IV_BYTES as c_int)
    }) else {
        return SQLITE_ERROR;
    };
    if input.is_null() || out.is_null() {
        return SQLITE_ERROR;
    }
    let same = std::ptr::eq(input, out.cast_const());
    if !same {
        let (input_start, out_start) = (input as usize, out as usize);
        let overlap = input_start < out_start.saturating_add(length)
            && out_start < input_start.saturating_add(length);
        if overlap {
            return SQLITE_ERROR;
        }
    }
    // SAFETY: `out` points to `length` writable bytes (the caller's contract, not null).
    let out = unsafe { slice::from_raw_parts_mut(out, length) };
    let (out_blocks, _) = Array::<u8, U16>::slice_as_chunks_mut(out);
    let run = |blocks: InOutBuf<'_, '_, Array<u8, U16>>| -> bool {
        match mode {
            CIPHER_ENCRYPT => match cbc::Encryptor::<Aes256>::new_from_slices(key, iv) {
                Ok(mut encryptor) => {
                    encryptor.encrypt_blocks_inout(blocks);
                    true
                }
                Err(_) => false,
            },
            CIPHER_DECRYPT => match cbc::Decryptor::<Aes256>::new_from_slices(key, iv) {
                Ok(mut decryptor) => {
                    decryptor.decrypt_blocks_inout(blocks);
                    true
                }
                Err(_) => false,
            },
            _ => false,
        }
    };
    if same {
        return status(run(InOutBuf::from(out_blocks)));
    }
    // SAFETY: `input` points to `length` readable bytes that do not overlap `out` (checked).
    let input = unsafe { slice::from_raw_parts(input, length) };
    let (in_blocks, _) = Array::<u8, U16>::slice_as_chunks(input);
    match InOutBuf::new(in_blocks, out_blocks) {
        Ok(blocks) => status(run(blocks)),
        Err(_) => SQLITE_ERROR,
    }
}

/// A slice over `length` bytes at `pointer`, or `None` for a null pointer or a negative length.
/// A zero length gives an empty slice whatever the pointer.
///
/// # Safety
/// A non-null `pointer` points to `length` readable bytes that stay valid and unchanged while the
/// slice is used.
unsafe fn bytes<'a>(pointer: *const u8, length: c_int) -> Option<&'a [u8]> {
    let length = usize::try_from(length).ok()?;
    if length == 0 {
        return Some(&[]);
    }
    if pointer.is_null() {
        return None;
    }
    // SAFETY: the caller's contract.
    Some(unsafe { slice::from_raw_parts(pointer, length) })
}

/// As [`bytes`], writable.
///
/// # Safety
/// A non-null `pointer` points to `length` writable bytes not otherwise borrowed.
unsafe fn bytes_mut<'a>(pointer: *mut u8, length: c_int) -> Option<&'a mut [u8]> {
    let length = usize::try_from(length).ok()?;
    if length == 0 {
        return Some(&mut []);
    }
    if pointer.is_null() {
        return None;
    }
    // SAFETY: the caller's contract.
    Some(unsafe { slice::from_raw_parts_mut(pointer, length) })
}

fn status(ok: bool) -> c_int {
    if ok { SQLITE_OK } else { SQLITE_ERROR }
}

#[cfg(test)]
mod tests {
    //! Known answers from the standards, through the same C interface SQLCipher calls.
    use super::*;

    fn unhex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
            .collect()
    }

    fn len(bytes: &[u8]) -> c_int {
        c_int::try_from(bytes.len()).expect("small")
    }

    fn call_hmac(algorithm: c_int, key: &[u8], input: &[u8], input2: Option<&[u8]>) -> Vec<u8> {
        let mut out = vec![0u8; hmac_size(std::ptr::null_mut(), algorithm) as usize];
        let (input2_pointer, input2_len) =
            input2.map_or((std::ptr::null(), 0), |b| (b.as_ptr(), len(b)));
        // SAFETY: every pointer points to its length of bytes.
        let rc = unsafe {
            hmac(
                std::ptr::null_mut(),
                algorithm,
                key.as_ptr(),
                len(key),
                input.as_ptr(),
                len(input),
                input2_pointer,
                input2_len,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        out
    }

    #[test]
    fn hmac_matches_rfc_2202_and_4231_and_takes_its_input_in_two_parts() {
        let key = [0x0b; 20];
        assert_eq!(
            call_hmac(SHA1, &key, b"Hi There", None),
            unhex("b617318655057264e28bc0b6fb378c8ef146be00")
        );
        assert_eq!(
            call_hmac(SHA256, &key, b"Hi ", Some(b"There")),
            unhex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        );
        assert_eq!(
            call_hmac(SHA512, &key, b"Hi There", None),
            unhex(
                "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde\
                 daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"
            )
        );
    }

    fn call_kdf(algorithm: c_int, iterations: c_int, size: usize) -> (c_int, Vec<u8>) {
        let mut key = vec![0u8; size];
        // SAFETY: every pointer points to its length of bytes.
        let rc = unsafe {
            kdf(
                std::ptr::null_mut(),
                algorithm,
                b"password".as_ptr(),
                8,
                b"salt".as_ptr(),
                4,
                iterations,
                len(&key),
                key.as_mut_ptr(),
            )
        };
        (rc, key)
    }

    #[test]
    fn pbkdf2_matches_rfc_6070_and_the_sha256_vectors() {
        assert_eq!(
            call_kdf(SHA1, 2, 20),
            (SQLITE_OK, unhex("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"))
        );
        assert_eq!(
            call_kdf(SHA256, 2, 32),
            (
                SQLITE_OK,
                unhex("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")
            )
        );
        assert_eq!(call_kdf(SHA256, 0, 32).0, SQLITE_ERROR);
        assert_eq!(call_kdf(7, 2, 32).0, SQLITE_ERROR);
    }

    fn call_cipher(mode: c_int, key: &[u8], iv: &[u8], input: &[u8]) -> (c_int, Vec<u8>) {
        let mut out = vec![0u8; input.len()];
        // SAFETY: every pointer points to its length of bytes; the buffers are distinct.
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                mode,
                key.as_ptr(),
                len(key),
                iv.as_ptr(),
                input.as_ptr(),
                len(input),
                out.as_mut_ptr(),
            )
        };
        (rc, out)
    }

    #[test]
    fn aes_256_cbc_matches_nist_sp_800_38a_both_ways_and_in_place() {
        let key = unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        let iv = unhex("000102030405060708090a0b0c0d0e0f");
        let plain = unhex(
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51\
             30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
        );
        let sealed = unhex(
            "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d\
             39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b",
        );
        assert_eq!(
            call_cipher(CIPHER_ENCRYPT, &key, &iv, &plain),
            (SQLITE_OK, sealed.clone())
        );
        assert_eq!(
            call_cipher(CIPHER_DECRYPT, &key, &iv, &sealed),
            (SQLITE_OK, plain.clone())
        );

        let mut buffer = sealed.clone();
        let pointer = buffer.as_mut_ptr();
        // SAFETY: one buffer for input and output, which the interface allows.
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                CIPHER_DECRYPT,
                key.as_ptr(),
                len(&key),
                iv.as_ptr(),
                pointer,
                len(&buffer),
                pointer,
            )
        };
        assert_eq!((rc, buffer), (SQLITE_OK, plain));
    }

    #[test]
    fn bad_arguments_are_errors_not_crashes() {
        let key = [1u8; 32];
        let iv = [2u8; 16];
        // Not whole blocks, a short key, an unknown mode.
        assert_eq!(
            call_cipher(CIPHER_ENCRYPT, &key, &iv, &[0u8; 15]).0,
            SQLITE_ERROR
        );
        assert_eq!(
            call_cipher(CIPHER_ENCRYPT, &key[..16], &iv, &[0u8; 16]).0,
            SQLITE_ERROR
        );
        assert_eq!(call_cipher(9, &key, &iv, &[0u8; 16]).0, SQLITE_ERROR);
        // Overlapping but not identical buffers.
        let mut buffer = [0u8; 48];
        let pointer = buffer.as_mut_ptr();
        // SAFETY: both ranges lie inside `buffer`; the call refuses them before touching either.
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                CIPHER_ENCRYPT,
                key.as_ptr(),
                32,
                iv.as_ptr(),
                pointer,
                32,
                pointer.add(16),
            )
        };
        assert_eq!(rc, SQLITE_ERROR);
        // Null pointers and negative lengths.
        // SAFETY: null pointers are refused before any use.
        unsafe {
            assert_eq!(
                random(std::ptr::null_mut(), std::ptr::null_mut(), 8),
                SQLITE_ERROR
            );
            assert_eq!(
                random(std::ptr::null_mut(), pointer.cast(), -1),
                SQLITE_ERROR
            );
            assert_eq!(
                sqlcipher_rustcrypto_setup(std::ptr::null_mut()),
                SQLITE_ERROR
            );
        }
        assert_eq!(hmac_size(std::ptr::null_mut(), 5), 0);
    }

    #[test]
    fn random_bytes_differ_between_calls() {
        let mut a = [0u8; 32];
        let mut b = [0u8; 32];
        // SAFETY: each buffer is 32 writable bytes.
        unsafe {
            assert_eq!(
                random(std::ptr::null_mut(), a.as_mut_ptr().cast(), 32),
                SQLITE_OK
            );
            assert_eq!(
                random(std::ptr::null_mut(), b.as_mut_ptr().cast(), 32),
                SQLITE_OK
            );
        }
        assert_ne!(a, b);
    }
}
