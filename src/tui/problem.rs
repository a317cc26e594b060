//! Store errors worded for the screen: the reason first, the file last. On an 80-column
//! terminal a message that starts with a long path shows only the path; the reason is what the
//! room needs to read, and the path is shortened in the middle when drawn (`wrap::wrap_message`).

use crate::app::StoreError;

/// "cannot be read (expected value at line 1 column 1); the file was left untouched — /data/…".
pub fn describe(e: &StoreError) -> String {
    match e.path() {
        Some(path) if !matches!(e, StoreError::AlreadyExists { .. }) => {
            format!("{} — {}", e.reason(), path.display())
        }
        _ => e.to_string(),
    }
}

/// [`describe`] in `lang`: French words the reason with the store's French
/// (`StoreError::french_reason`), the path still last.
pub fn describe_in(lang: crate::app::i18n::Lang, e: &StoreError) -> String {
    if lang == crate::app::i18n::Lang::En {
        return describe(e);
    }
    match e.path() {
        Some(path) if !matches!(e, StoreError::AlreadyExists { .. }) => {
            format!("{} — {}", e.french_reason(), path.display())
        }
        _ => e.french(),
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
            reason_fr: None,
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
        let busy = StoreError::Busy {
            path: PathBuf::from("/data/x.json"),
        };
        assert!(describe(&busy).starts_with("busy: another devops-maturity"));
    }
}
