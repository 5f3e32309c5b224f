//! A content pack file, as it arrives from a messenger or a USB stick. The first byte chooses the
//! case: odd, the rest is the whole file (the outer tar and the signature, under the key the target
//! trusts); even, the rest is a payload the fuzzer made, signed with that key, so the fuzzer gets
//! past the signature into what only a signed pack reaches (the payload's tar, the manifest, Brotli,
//! each locale's tar, file names, the catalog). Either way: a pack or a refusal, never a panic or an unbounded
//! allocation.
#![no_main]
use std::io::Cursor;
use std::sync::OnceLock;

use huquq_core::content::Content;
use huquq_core::content::embedded::ContentSource;
use huquq_core::content::pack::{self, TrustedKeys};
use libfuzzer_sys::fuzz_target;

struct Publisher {
    pair: minisign::KeyPair,
    trusted: TrustedKeys,
}

fn publisher() -> &'static Publisher {
    static PUBLISHER: OnceLock<Publisher> = OnceLock::new();
    PUBLISHER.get_or_init(|| {
        let pair = minisign::KeyPair::generate_unencrypted_keypair().expect("a key pair");
        let trusted =
            TrustedKeys::from_public_keys(&[pair.pk.to_base64()]).expect("its own public key");
        Publisher { pair, trusted }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let publisher = publisher();
    let file = if mode % 2 == 1 {
        rest.to_vec()
    } else {
        let signature =
            minisign::sign(None, &publisher.pair.sk, Cursor::new(rest), None, None)
                .expect("signing in memory")
                .into_string();
        pack::seal(rest, &signature)
    };
    if let Ok(opened) = pack::open(&file, &publisher.trusted) {
        // What install reads next: every locale unpacked, then the catalog and the Fluent files
        // as content.
        if let Ok(files) = opened.files() {
            let source = ContentSource::from_files(opened.catalog_json, files, "fuzz");
            let _ = Content::load(&source);
        }
    }
});
