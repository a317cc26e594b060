//! Store errors worded for the screen: the reason first, the file last. On an 80-column
//! terminal a message that starts with a long path shows only the path; the reason is what the
//! room needs to read, and the path is shortened in the middle when drawn (`wrap::wrap_message`).

use crate::app::{FORMAT_VERSION, StoreError};

/// "cannot be read (expected value at line 1 column 1); the file was left untouched — /data/…".
pub fn describe(e: &StoreError) -> String {
    match e {
        StoreError::Io { path, source } => format!("{source} — {}", path.display()),
        StoreError::Corrupt { path, reason } => format!(
            "cannot be read ({reason}); the file was left untouched — {}",
            path.display()
        ),
        StoreError::NewerFormat { path, version } => format!(
            "written by a newer devops-maturity (format version {version}, this build reads up to {FORMAT_VERSION}); the file was left untouched — {}",
            path.display()
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn reason_comes_before_the_path() {
        let e = StoreError::Corrupt {
            path: PathBuf::from("/data/assessments/bank-2026/assessment.json"),
            reason: "expected value at line 1 column 1".into(),
        };
        assert_eq!(
            describe(&e),
            "cannot be read (expected value at line 1 column 1); the file was left untouched — /data/assessments/bank-2026/assessment.json"
        );
        let io = StoreError::Io {
            path: PathBuf::from("/ro/x.json"),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission denied"),
        };
        assert!(describe(&io).starts_with("Permission denied — "));
    }
}
