//! Writing a file the user asked for (a backup, a case file) so that it is either whole or absent:
//! written beside its name as `<name>.partial`, made durable, then renamed. A crash, a full disk
//! or a failed step never leaves a half file under the real name, and never the partial one.
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use crate::error::Result;

/// Runs `write` on `<dest>.partial`, then renames it to `dest` (replacing a file already there).
/// On any error the partial file is removed and `dest` is as it was. `write` must sync what it
/// wrote before it returns.
pub(crate) fn write_replacing<T>(dest: &Path, write: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
    let partial = partial_path(dest);
    let written = write(&partial).and_then(|value| {
        fs::rename(&partial, dest)?;
        Ok(value)
    });
    match written {
        Ok(value) => {
            sync_parent(dest);
            Ok(value)
        }
        Err(error) => {
            // A half-written file is useless and must not be mistaken for a whole one.
            let _ = fs::remove_file(&partial);
            Err(error)
        }
    }
}

fn partial_path(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Makes the rename durable. Best effort: not every platform can open a directory.
fn sync_parent(path: &Path) {
    if let Some(parent) = path.parent()
        && let Ok(dir) = File::open(if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        })
    {
        let _ = dir.sync_all();
    }
}
