//! The local store: the only code that touches the data directory.
//!
//! Layout, one directory per assessment so a campaign can be zipped or copied whole:
//! ```text
//! <data>/assessments/<stem>/assessment.json              teams, targets, questionnaire copy
//! <data>/assessments/<stem>/responses/<team>__<resp>.json one file per respondent
//! ```
//! One file per respondent means answers collected on different laptops merge by copying files.

mod files;

pub use files::{FORMAT_VERSION, safe_stem, write_atomic};

use crate::domain::{Assessment, ResponseSheet};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const ASSESSMENT_KIND: &str = "devops-maturity/assessment";
const SHEET_KIND: &str = "devops-maturity/responses";
const ASSESSMENT_FILE: &str = "assessment.json";
const RESPONSES_DIR: &str = "responses";

#[derive(Debug)]
pub enum StoreError {
    NotFound { name: String, root: PathBuf },
    AlreadyExists { name: String, path: PathBuf },
    Io { path: PathBuf, source: io::Error },
    Corrupt { path: PathBuf, reason: String },
    NewerFormat { path: PathBuf, version: u64 },
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
        }
    }

    /// Errors the user can fix by changing what they typed (as opposed to a broken disk).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::NotFound { .. } | StoreError::AlreadyExists { .. }
        )
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotFound { name, root } => write!(
                f,
                "no assessment named \"{name}\" in {} (see `devops-maturity list`)",
                root.display()
            ),
            StoreError::AlreadyExists { name, path } => write!(
                f,
                "an assessment named \"{name}\" already exists at {}; nothing was changed",
                path.display()
            ),
            StoreError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            StoreError::Corrupt { path, reason } => write!(
                f,
                "{}: cannot be read ({reason}); the file was left untouched",
                path.display()
            ),
            StoreError::NewerFormat { path, version } => write!(
                f,
                "{}: written by a newer devops-maturity (format version {version}, this build reads up to {FORMAT_VERSION}); the file was left untouched",
                path.display()
            ),
            StoreError::NoDataDir => write!(
                f,
                "no data directory could be found for this user; pass --data-dir DIR or set DEVOPS_MATURITY_DATA"
            ),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<StoreError> for crate::error::Error {
    fn from(e: StoreError) -> crate::error::Error {
        if e.is_user_error() {
            crate::error::Error::usage(e.to_string())
        } else {
            crate::error::Error::failure(e.to_string())
        }
    }
}

/// An assessment with all the response sheets found next to it.
#[derive(Debug)]
pub struct Loaded {
    pub assessment: Assessment,
    pub sheets: Vec<ResponseSheet>,
    /// Response files that could not be read; reported, never overwritten.
    pub unreadable: Vec<StoreError>,
}

#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    /// The platform data directory, e.g. `~/.local/share/devops-maturity` on Linux.
    pub fn default_root() -> Result<PathBuf, StoreError> {
        directories::ProjectDirs::from("", "", "devops-maturity")
            .map(|d| d.data_dir().to_path_buf())
            .ok_or(StoreError::NoDataDir)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn assessments_dir(&self) -> PathBuf {
        self.root.join("assessments")
    }

    pub fn assessment_dir(&self, name: &str) -> PathBuf {
        self.assessments_dir().join(safe_stem(name))
    }

    fn sheet_path(&self, name: &str, team: &str, respondent: &str) -> PathBuf {
        self.assessment_dir(name).join(RESPONSES_DIR).join(format!(
            "{}__{}.json",
            safe_stem(team),
            safe_stem(respondent)
        ))
    }

    pub fn exists(&self, name: &str) -> bool {
        self.assessment_dir(name).join(ASSESSMENT_FILE).exists()
    }

    /// Stores a new assessment; refuses if one with that name is already there.
    pub fn create(&self, assessment: &Assessment, now: &str) -> Result<(), StoreError> {
        let dir = self.assessment_dir(&assessment.name);
        if dir.join(ASSESSMENT_FILE).exists() {
            return Err(StoreError::AlreadyExists {
                name: assessment.name.clone(),
                path: dir,
            });
        }
        files::write_json(&dir.join(ASSESSMENT_FILE), ASSESSMENT_KIND, now, assessment)
    }

    /// Rewrites an existing assessment (new team, new targets). The file must still be readable:
    /// a file we cannot read is one we must not overwrite.
    pub fn update(&self, assessment: &Assessment, now: &str) -> Result<(), StoreError> {
        let path = self.assessment_dir(&assessment.name).join(ASSESSMENT_FILE);
        self.read_assessment(&assessment.name)?;
        files::write_json(&path, ASSESSMENT_KIND, now, assessment)
    }

    fn read_assessment(&self, name: &str) -> Result<Assessment, StoreError> {
        let path = self.assessment_dir(name).join(ASSESSMENT_FILE);
        if !path.exists() {
            return Err(StoreError::NotFound {
                name: name.to_string(),
                root: self.root.clone(),
            });
        }
        files::read_json(&path, ASSESSMENT_KIND)
    }

    /// Loads an assessment and every response sheet in its directory.
    pub fn load(&self, name: &str) -> Result<Loaded, StoreError> {
        let assessment = self.read_assessment(name)?;
        let (sheets, unreadable) = Self::read_sheets(&self.assessment_dir(name))?;
        Ok(Loaded {
            assessment,
            sheets,
            unreadable,
        })
    }

    fn read_sheets(dir: &Path) -> Result<(Vec<ResponseSheet>, Vec<StoreError>), StoreError> {
        let responses = dir.join(RESPONSES_DIR);
        let mut sheets = Vec::new();
        let mut unreadable = Vec::new();
        let entries = match fs::read_dir(&responses) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((sheets, unreadable)),
            Err(e) => return Err(StoreError::io(&responses, e)),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        // Directory order is arbitrary; sorting keeps respondents in a stable order everywhere.
        paths.sort();
        for path in paths {
            match files::read_json::<ResponseSheet>(&path, SHEET_KIND) {
                Ok(sheet) => sheets.push(sheet),
                Err(e) => unreadable.push(e),
            }
        }
        Ok((sheets, unreadable))
    }

    /// The sheet of one respondent, or `None` if they have not answered yet.
    pub fn load_sheet(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
    ) -> Result<Option<ResponseSheet>, StoreError> {
        let path = self.sheet_path(name, team, respondent);
        if !path.exists() {
            return Ok(None);
        }
        files::read_json(&path, SHEET_KIND).map(Some)
    }

    /// Saves one respondent's sheet atomically. An existing file that cannot be read is left
    /// alone and reported: it may hold answers a newer build wrote.
    pub fn save_sheet(
        &self,
        name: &str,
        sheet: &ResponseSheet,
        now: &str,
    ) -> Result<(), StoreError> {
        if !self.exists(name) {
            return Err(StoreError::NotFound {
                name: name.to_string(),
                root: self.root.clone(),
            });
        }
        let path = self.sheet_path(name, &sheet.team, &sheet.respondent);
        if path.exists() {
            files::read_json::<ResponseSheet>(&path, SHEET_KIND)?;
        }
        files::write_json(&path, SHEET_KIND, now, sheet)
    }

    /// Every assessment in the store, sorted by name. Directories that cannot be read come back
    /// as errors in the list rather than hiding the others.
    pub fn list(&self) -> Result<Vec<Result<Loaded, StoreError>>, StoreError> {
        let dir = self.assessments_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(&dir, e)),
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join(ASSESSMENT_FILE).is_file())
            .collect();
        dirs.sort();
        let mut out: Vec<Result<Loaded, StoreError>> = dirs
            .iter()
            .map(|d| {
                let assessment: Assessment =
                    files::read_json(&d.join(ASSESSMENT_FILE), ASSESSMENT_KIND)?;
                let (sheets, unreadable) = Self::read_sheets(d)?;
                Ok(Loaded {
                    assessment,
                    sheets,
                    unreadable,
                })
            })
            .collect();
        out.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => a.assessment.name.cmp(&b.assessment.name),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        });
        Ok(out)
    }
}
