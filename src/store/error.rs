//! What can go wrong in the data directory, each naming the file or name concerned.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum StoreError {
    NotFound {
        name: String,
        root: PathBuf,
        /// The closest existing assessment name, for a "did you mean".
        suggestion: Option<String>,
    },
    AlreadyExists {
        name: String,
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
    Corrupt {
        path: PathBuf,
        reason: String,
        /// The reason in French, when it was written (else French shows the English one).
        reason_fr: Option<String>,
    },
    NewerFormat {
        path: PathBuf,
        version: u64,
        /// The highest version of this kind of file this build reads.
        supported: u32,
    },
    /// The names inside a sheet do not match its file name (copied or renamed by hand): it is
    /// never merged into the sheet its name points at.
    Misnamed {
        path: PathBuf,
        team: String,
        respondent: String,
    },
    /// Another process held the file's lock for longer than `lock::WAIT`; nothing was written.
    Busy {
        path: PathBuf,
    },
    NoDataDir,
}

impl StoreError {
    pub(crate) fn io(path: &Path, source: io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn corrupt(path: &Path, reason: String) -> StoreError {
        StoreError::Corrupt {
            path: path.to_path_buf(),
            reason,
            reason_fr: None,
        }
    }

    /// A file that cannot be read, its reason in both languages.
    pub(crate) fn corrupt_in(path: &Path, reason: crate::error::Wording) -> StoreError {
        StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: reason.en,
            reason_fr: Some(reason.fr),
        }
    }

    /// [`StoreError::reason`] in both languages.
    pub fn reason_wording(&self) -> crate::error::Wording {
        crate::error::Wording::new(self.reason(), self.french_reason())
    }

    /// The whole message (path and reason) in both languages.
    pub fn wording(&self) -> crate::error::Wording {
        crate::error::Wording::new(self.to_string(), self.french())
    }

    /// Errors the user can fix by changing what they typed (as opposed to a broken disk).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::NotFound { .. } | StoreError::AlreadyExists { .. }
        )
    }

    /// The file concerned, when there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Corrupt { path, .. }
            | StoreError::NewerFormat { path, .. }
            | StoreError::Misnamed { path, .. }
            | StoreError::Busy { path }
            | StoreError::AlreadyExists { path, .. } => Some(path),
            StoreError::NotFound { .. } | StoreError::NoDataDir => None,
        }
    }

    /// The reason without the path, for faces that put the path last (the TUI) or on its own.
    pub fn reason(&self) -> String {
        match self {
            StoreError::Io { source, .. } => source.to_string(),
            StoreError::Corrupt { reason, .. } => {
                format!("cannot be read ({reason}); the file was left untouched")
            }
            StoreError::NewerFormat {
                version, supported, ..
            } => format!(
                "written by a newer devops-maturity (format version {version}, this build reads up to {supported}); the file was left untouched"
            ),
            StoreError::Misnamed {
                team, respondent, ..
            } => format!(
                "holds the answers of {respondent} ({team}) under another file name, so it is left out; `devops-maturity respondent merge` or renaming the file fixes it"
            ),
            StoreError::Busy { .. } => {
                "busy: another devops-maturity is writing this file; nothing was lost, try again"
                    .to_string()
            }
            other => other.to_string(),
        }
    }
}

impl StoreError {
    /// The message in French, the same facts as the English of `Display` (typography of
    /// `app::i18n`: U+202F before « : ; ? » and inside « »). What the system or the JSON
    /// reader said (an I/O error, a parse error) stays as they wrote it.
    pub fn french(&self) -> String {
        const S: char = '\u{202f}';
        let q = |name: &str| format!("«{S}{name}{S}»");
        match self {
            StoreError::NotFound {
                name,
                root,
                suggestion,
            } => {
                let head = format!(
                    "aucune évaluation nommée {} dans {}",
                    q(name),
                    root.display()
                );
                match suggestion {
                    Some(s) => format!("{head}{S}; vouliez-vous dire {}{S}?", q(s)),
                    None => format!("{head} (voir `devops-maturity list`)"),
                }
            }
            StoreError::AlreadyExists { name, path } => format!(
                "une évaluation nommée {} existe déjà dans {}{S}; rien n’a été modifié",
                q(name),
                path.display()
            ),
            StoreError::NoDataDir => format!(
                "aucun dossier de données trouvé pour cet utilisateur{S}; passez --data-dir DOSSIER ou définissez DEVOPS_MATURITY_DATA"
            ),
            other => {
                let path = other.path().map(|p| p.display().to_string());
                format!("{}{S}: {}", path.unwrap_or_default(), other.french_reason())
            }
        }
    }

    /// [`StoreError::reason`] in French: the reason without the path.
    pub fn french_reason(&self) -> String {
        const S: char = '\u{202f}';
        match self {
            StoreError::Io { source, .. } => source.to_string(),
            StoreError::Corrupt {
                reason, reason_fr, ..
            } => {
                let reason = reason_fr.as_deref().unwrap_or(reason);
                format!("illisible ({reason}){S}; le fichier n’a pas été touché")
            }
            StoreError::NewerFormat {
                version, supported, ..
            } => format!(
                "écrit par une version plus récente de devops-maturity (format {version}, celle-ci lit jusqu’au format {supported}){S}; le fichier n’a pas été touché"
            ),
            StoreError::Misnamed {
                team, respondent, ..
            } => format!(
                "contient les réponses de {respondent} ({team}) sous un autre nom de fichier, il est donc laissé de côté{S}; `devops-maturity respondent merge` ou renommer le fichier règle le problème"
            ),
            StoreError::Busy { .. } => format!(
                "occupé{S}: un autre devops-maturity écrit ce fichier{S}; rien n’est perdu, réessayez"
            ),
            // The variants without a path: the whole message.
            _ => self.french(),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotFound {
                name,
                root,
                suggestion,
            } => {
                write!(f, "no assessment named \"{name}\" in {}", root.display())?;
                match suggestion {
                    Some(s) => write!(f, "; did you mean \"{s}\"?"),
                    None => write!(f, " (see `devops-maturity list`)"),
                }
            }
            StoreError::AlreadyExists { name, path } => write!(
                f,
                "an assessment named \"{name}\" already exists at {}; nothing was changed",
                path.display()
            ),
            StoreError::NoDataDir => write!(
                f,
                "no data directory could be found for this user; pass --data-dir DIR or set DEVOPS_MATURITY_DATA"
            ),
            other => {
                let path = other.path().map(|p| p.display().to_string());
                write!(f, "{}: {}", path.unwrap_or_default(), other.reason())
            }
        }
    }
}

impl std::error::Error for StoreError {}

impl From<StoreError> for crate::error::Error {
    fn from(e: StoreError) -> crate::error::Error {
        let french = e.french();
        if e.is_user_error() {
            crate::error::Error::usage(e.to_string()).fr(french)
        } else {
            crate::error::Error::failure(e.to_string()).fr(french)
        }
    }
}
