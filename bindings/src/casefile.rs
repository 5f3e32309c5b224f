//! The case file through the FFI: its options screen and the export. The core writes to a file
//! path; a phone shell passes a file in its cache and copies it where the user chose.
use std::path::Path;
use std::time::SystemTime;

use huquq_core::casefile::{CaseFileOptions, CaseFileSummary};
use huquq_core::screens::casefile::CaseFileScreen;
use huquq_core::vault::backup::{BackupSecret, Progress};

use crate::{App, BackupKey, HuquqError, ProgressListener, utc};

#[uniffi::export]
impl App {
    /// The options screen for `options` (none: the defaults).
    pub fn case_file_screen(
        &self,
        options: Option<CaseFileOptions>,
        now: SystemTime,
    ) -> Result<CaseFileScreen, HuquqError> {
        self.localized(self.inner.case_file_screen(options, utc(now)))
    }

    /// Writes the case file to `dest_path`, encrypted with age when `key` is given (a
    /// passphrase, or an age recipient `age1…`), whole or not at all.
    pub fn export_case_file(
        &self,
        options: CaseFileOptions,
        dest_path: String,
        key: Option<BackupKey>,
        now: SystemTime,
        listener: Box<dyn ProgressListener>,
    ) -> Result<CaseFileSummary, HuquqError> {
        let secret = key.map(|key| match key {
            BackupKey::Passphrase { passphrase } => BackupSecret::Passphrase(passphrase),
            BackupKey::AgeKey { key } => BackupSecret::Recipient(key),
        });
        let mut report = |p: Progress| listener.on_progress(p.done, p.total);
        self.localized(self.inner.export_case_file(
            &options,
            Path::new(&dest_path),
            secret.as_ref(),
            utc(now),
            &mut report,
        ))
    }
}
