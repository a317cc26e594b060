//! Advisory locks on sidecar files, held for the read-merge-write of one save. A sidecar, not
//! the file itself: the file is replaced by a rename on every write, and a lock on a replaced
//! file guards nothing. Sidecars live in the assessment's hidden `.locks/` folder
//! (`.locks/responses/NAME.lock` for a sheet), so the folders people copy hold only data.
//!
//! Waiting is bounded (`WAIT`): a screen must never freeze behind another process. A wait that
//! runs out is `StoreError::Busy`, which callers report as "busy, retried" and retry; nothing is
//! lost, since nothing was written.

use super::StoreError;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Longest wait for a lock. A save holds it for milliseconds; two seconds means something is
/// wrong with the other process, and the user should hear about it.
pub const WAIT: Duration = Duration::from_secs(2);
const RETRY: Duration = Duration::from_millis(5);

/// A held lock; released when dropped (closing the file releases it too, even on a crash).
#[derive(Debug)]
pub struct Lock {
    file: File,
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// The sidecar lock file of `path`: in the `.locks/` folder of the assessment folder the file
/// belongs to (the folder holding `assessment.json`, or the file's own folder).
pub fn sidecar(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = path.parent().unwrap_or(Path::new("."));
    // `perceptions/<team>/<sheet>`: with the assessment's other locks, not in the team folder.
    if let Some(perceptions) = dir.parent()
        && perceptions.file_name().is_some_and(|n| n == "perceptions")
        && let Some(about) = dir.file_name()
    {
        return perceptions
            .parent()
            .unwrap_or(perceptions)
            .join(".locks")
            .join("perceptions")
            .join(about)
            .join(format!("{name}.lock"));
    }
    match dir.file_name().and_then(|n| n.to_str()) {
        Some(sub @ ("responses" | "trash" | "metrics")) => dir
            .parent()
            .unwrap_or(dir)
            .join(".locks")
            .join(sub)
            .join(format!("{name}.lock")),
        _ => dir.join(".locks").join(format!("{name}.lock")),
    }
}

/// Locks the sidecar of `path` exclusively, waiting at most `wait`.
pub fn acquire(path: &Path, wait: Duration) -> Result<Lock, StoreError> {
    let lock_path = sidecar(path);
    if let Some(dir) = lock_path.parent() {
        fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| StoreError::io(&lock_path, e))?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(RETRY);
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Busy {
                    path: path.to_path_buf(),
                });
            }
            Err(TryLockError::Error(e)) => return Err(StoreError::io(&lock_path, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_then_gives_up_busy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sheet.json");
        let held = acquire(&path, WAIT).unwrap();
        let err = acquire(&path, Duration::from_millis(30)).unwrap_err();
        assert!(matches!(err, StoreError::Busy { .. }), "{err}");
        drop(held);
        acquire(&path, Duration::from_millis(30)).unwrap();
        assert!(dir.path().join(".locks/sheet.json.lock").exists());
        assert_eq!(
            sidecar(Path::new("/d/a/responses/x.json")),
            Path::new("/d/a/.locks/responses/x.json.lock")
        );
        assert_eq!(
            sidecar(Path::new("/d/a/perceptions/dev--1f/x.json")),
            Path::new("/d/a/.locks/perceptions/dev--1f/x.json.lock")
        );
    }
}
