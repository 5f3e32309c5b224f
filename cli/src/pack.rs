//! `huquq content pack …` and `huquq content status`: content updates as signed files. Publishers
//! build and sign them here (or sign with the standard `minisign` tool); anyone verifies and
//! installs them. docs/CONTENT.md, "Content packs", has the whole procedure.
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use huquq_core::App;
use huquq_core::content::catalog::Catalog;
use huquq_core::content::embedded::ContentSource;
use huquq_core::content::pack::{self, AppVersion, Manifest, TrustedKeys};
use huquq_core::kb::lint;

#[derive(Subcommand)]
pub enum PackCommand {
    /// Build a pack's payload (unsigned) from a `locales/` folder: the catalog and the Fluent
    /// files of the locales named (default: all). The content check must pass.
    Build {
        /// Locales to carry, e.g. `uz ru` (default: every locale of the catalog).
        locales: Vec<String>,
        /// The `locales/` folder.
        #[arg(long, default_value = "locales")]
        dir: PathBuf,
        /// Who publishes it, as settings will show it.
        #[arg(long, default_value = "Huquq")]
        publisher: String,
        /// The oldest app that can read it (default: this app's version).
        #[arg(long)]
        min_app_version: Option<String>,
        #[arg(long, default_value = pack::PAYLOAD_NAME)]
        out: PathBuf,
    },
    /// Sign a payload and make the pack file: with a minisign secret key (`minisign -G`), or
    /// with a signature the standard tool already made (`minisign -Sm content.tar.br`).
    Sign {
        #[arg(default_value = pack::PAYLOAD_NAME)]
        payload: PathBuf,
        /// A minisign secret key; its password is asked for on the terminal if it has one.
        #[arg(
            long,
            conflicts_with = "signature",
            required_unless_present = "signature"
        )]
        key: Option<PathBuf>,
        /// A `.minisig` file made by `minisign -S` for the payload.
        #[arg(long)]
        signature: Option<PathBuf>,
        #[arg(long, default_value = "content.huquq")]
        out: PathBuf,
    },
    /// Check a pack: its signature (against the built-in keys, or the public key given), then
    /// everything in it, as the app would before installing it.
    Verify {
        pack: PathBuf,
        /// A minisign public key to check against instead of the built-in ones.
        #[arg(long)]
        key: Option<PathBuf>,
    },
    /// Install a pack into this computer's Huquq, as the phone does from "Update content".
    Install { pack: PathBuf },
}

pub fn run_without_app(command: &PackCommand) -> ExitCode {
    let result = match command {
        PackCommand::Build {
            locales,
            dir,
            publisher,
            min_app_version,
            out,
        } => build(locales, dir, publisher, min_app_version.as_deref(), out),
        PackCommand::Sign {
            payload,
            key,
            signature,
            out,
        } => sign(payload, key.as_deref(), signature.as_deref(), out),
        PackCommand::Verify { pack, key } => verify(pack, key.as_deref()),
        PackCommand::Install { .. } => Err("install needs the app".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("huquq content pack: {message}");
            ExitCode::FAILURE
        }
    }
}

fn build(
    locales: &[String],
    dir: &Path,
    publisher: &str,
    min_app_version: Option<&str>,
    out: &Path,
) -> Result<(), String> {
    let source =
        ContentSource::from_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let report = lint::check(&source);
    if !report.findings.is_empty() {
        for finding in &report.findings {
            eprintln!("{finding}");
        }
        return Err(format!(
            "the content check found {} error(s); nothing was built",
            report.findings.len()
        ));
    }
    let catalog: Catalog =
        serde_json::from_str(&source.catalog_json).map_err(|e| format!("catalog.json: {e}"))?;
    let release = catalog
        .release
        .ok_or("catalog.json has no \"release\" (YYYY-MM-DD.N): a pack must say which it is")?;
    let known: Vec<&str> = catalog.locales.iter().map(|l| l.tag.as_str()).collect();
    let chosen: Vec<String> = if locales.is_empty() {
        known.iter().map(|t| t.to_string()).collect()
    } else {
        locales.to_vec()
    };
    if let Some(unknown) = chosen.iter().find(|l| !known.contains(&l.as_str())) {
        return Err(format!(
            "{unknown} is not a locale of the catalog ({known:?})"
        ));
    }
    let min_app_version: AppVersion = match min_app_version {
        Some(text) => text.parse()?,
        None => AppVersion::current(),
    };
    let manifest = Manifest {
        format: pack::FORMAT,
        release,
        min_app_version,
        created: chrono::Local::now().date_naive(),
        publisher: publisher.to_owned(),
        locales: chosen.clone(),
    };
    let files: Vec<_> = source
        .files()?
        .into_iter()
        .filter(|f| chosen.contains(&f.locale))
        .collect();
    // Brotli's best setting: a pack is made once and passed around many times, often over
    // expensive data.
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    let compress = |data: &[u8]| {
        let mut out = Vec::new();
        // Writing to memory cannot fail.
        let _ = brotli::BrotliCompress(&mut Cursor::new(data), &mut out, &params);
        out
    };
    let payload = pack::payload(&manifest, &source.catalog_json, &files, &compress)
        .map_err(|e| format!("cannot archive the files: {e}"))?;
    std::fs::write(out, &payload).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let text: usize = files.iter().map(|f| f.text.len()).sum();
    println!(
        "{}: release {release}, {} locale(s), {} files, {} bytes ({text} bytes of text). Sign \
         it next: minisign -S -s <secret key> -m {}",
        out.display(),
        chosen.len(),
        files.len(),
        payload.len(),
        out.display()
    );
    Ok(())
}

fn sign(
    payload_path: &Path,
    key: Option<&Path>,
    signature: Option<&Path>,
    out: &Path,
) -> Result<(), String> {
    let payload = std::fs::read(payload_path)
        .map_err(|e| format!("cannot read {}: {e}", payload_path.display()))?;
    let signature = match (key, signature) {
        (Some(key), _) => {
            let secret = read_secret_key(key)?;
            minisign::sign(
                None,
                &secret,
                Cursor::new(&payload),
                Some("Huquq content pack"),
                None,
            )
            .map_err(|e| format!("cannot sign: {e}"))?
            .into_string()
        }
        (None, Some(path)) => std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        (None, None) => return Err("give --key or --signature".into()),
    };
    let sealed = pack::seal(&payload, &signature);
    std::fs::write(out, &sealed).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "{}: {} bytes. Check it: huquq content pack verify {}",
        out.display(),
        sealed.len(),
        out.display()
    );
    Ok(())
}

/// A minisign secret key with a password (`minisign -G`), the password asked for on the terminal.
/// A key made without one (`minisign -G -W`) is refused with what to do instead: the minisign
/// crate cannot read those (their checksum does not match what it computes), the standard tool can.
fn read_secret_key(path: &Path) -> Result<minisign::SecretKey, String> {
    let cannot = |e: &dyn std::fmt::Display| format!("cannot use the key {}: {e}", path.display());
    let text = std::fs::read_to_string(path).map_err(|e| cannot(&e))?;
    if has_no_password(&text) {
        return Err(format!(
            "the key {} has no password. Sign with the standard tool instead: \
             minisign -S -s {} -m {PAYLOAD}, then: huquq content pack sign --signature \
             {PAYLOAD}.minisig {PAYLOAD}",
            path.display(),
            path.display(),
            PAYLOAD = pack::PAYLOAD_NAME
        ));
    }
    let password =
        rpassword::prompt_password("Password of the secret key: ").map_err(|e| cannot(&e))?;
    minisign::SecretKey::from_file(path, Some(password)).map_err(|e| cannot(&e))
}

/// A minisign secret key file's second line is base64 of: signature algorithm (2 bytes), key
/// derivation algorithm (2 bytes, zero when the key has no password), …
fn has_no_password(key_file: &str) -> bool {
    use base64::Engine;
    key_file
        .lines()
        .nth(1)
        .and_then(|line| {
            base64::engine::general_purpose::STANDARD
                .decode(line.trim())
                .ok()
        })
        .is_some_and(|bytes| bytes.get(2..4) == Some(&[0, 0]))
}

fn verify(path: &Path, key: Option<&Path>) -> Result<(), String> {
    let keys = match key {
        Some(key) => read_keys(&[key.to_path_buf()])?,
        None => TrustedKeys::built_in(),
    };
    let bytes = pack::store::read_capped(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let opened = pack::open(&bytes, &keys)
        .map_err(|e| format!("refused ({:?}): {}", e.problem, e.detail))?;
    let manifest = &opened.manifest;
    println!(
        "{}: genuine. Release {}, made {} by {}, for app {} or later; locales {}; {} files.",
        path.display(),
        manifest.release,
        manifest.created,
        manifest.publisher,
        manifest.min_app_version,
        manifest.locales.join(" "),
        opened
            .files()
            .map_err(|e| format!("refused ({:?}): {}", e.problem, e.detail))?
            .len()
    );
    Ok(())
}

/// Public keys from files, in minisign's format.
pub fn read_keys(paths: &[PathBuf]) -> Result<TrustedKeys, String> {
    let texts = paths
        .iter()
        .map(|path| {
            std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    TrustedKeys::from_public_keys(&texts)
}

/// `content pack install` and `content status`: on the app, with its localized texts.
pub fn install(app: &App, path: &Path) -> Result<(), huquq_core::Error> {
    app.install_content_pack(path, chrono::Local::now().date_naive())
}
