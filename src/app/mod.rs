//! The use cases both faces perform — the command line (`commands/`) and the workshop screen
//! (`tui/`): create an assessment, add a team, record answers, load a questionnaire, select
//! teams, build the comparison, write a report, create the demo. Validation lives here, once,
//! so a name the CLI refuses is refused by the TUI with the same words.
//!
//! Requests come in as plain data (never clap types); answers come back as plain data or an
//! [`Error`] with its exit code. Only this layer calls the store; the faces hold a
//! [`Workspace`] and the data types re-exported below.

pub mod answers;
pub mod assessments;
pub mod collect;
pub mod compare;
pub mod demo;
pub mod i18n;
pub mod import;
pub mod metrics;
pub mod plan;
pub mod questionnaires;
pub mod report;
pub mod requests;
pub mod respondents;
pub mod room;
pub mod rounds;

pub use crate::domain::merge::Conflict;
pub use crate::store::{Loaded, StoreError};

use crate::domain::merge::apply_changes;
use crate::domain::{Assessment, QuestionnaireRef, ResponseSheet, Stray};
use crate::error::Error;
use crate::store::Store;
use std::path::{Path, PathBuf};

/// Why a use case that writes did not: the request was refused (with its one-line reason and
/// exit code), or the store failed. Kept apart so each face can word store failures its own
/// way (the TUI puts the reason before the path, which would not fit 80 columns otherwise).
#[derive(Debug)]
pub enum Failure {
    Refused(Error),
    Store(StoreError),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Refused(e)
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::Store(e)
    }
}

impl From<assessments::Invalid> for Failure {
    fn from(e: assessments::Invalid) -> Failure {
        Failure::Refused(e.into())
    }
}

impl From<Failure> for Error {
    fn from(f: Failure) -> Error {
        match f {
            Failure::Refused(e) => e,
            Failure::Store(e) => e.into(),
        }
    }
}

/// What a save stored: the sheet as it is on disk now (this process's changes and every other
/// writer's), and the questions both changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub sheet: ResponseSheet,
    pub conflicts: Vec<Conflict>,
}

/// Something a readable sheet holds that no score counts, and the file holding it: every face
/// warns of it ("PATH: answer to unknown question \"ci.x\" is not counted"), the report lists
/// it with the unreadable files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strayed {
    pub path: PathBuf,
    pub stray: Stray,
}

impl std::fmt::Display for Strayed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.stray)
    }
}

/// The data directory the use cases work on. Cheap to clone; holds no open files.
#[derive(Debug, Clone)]
pub struct Workspace {
    store: Store,
}

impl Workspace {
    pub fn open(root: impl Into<PathBuf>) -> Workspace {
        Workspace {
            store: Store::new(root),
        }
    }

    /// `--data-dir` (or `DEVOPS_MATURITY_DATA`) when given, else the platform data directory
    /// (`~/.local/share/devops-maturity` on Linux).
    pub fn locate(data_dir: Option<&Path>) -> Result<Workspace, Error> {
        match data_dir {
            Some(dir) if dir.as_os_str().is_empty() => Err(Error::usage(
                "--data-dir / DEVOPS_MATURITY_DATA must not be empty",
            )
            .fr("--data-dir / DEVOPS_MATURITY_DATA ne doit pas être vide")),
            Some(dir) => Ok(Workspace::open(dir)),
            None => Ok(Workspace::open(Store::default_root()?)),
        }
    }

    pub fn root(&self) -> &Path {
        self.store.root()
    }

    /// Where an assessment's files live (shown to users after `new` and `demo`).
    pub fn assessment_dir(&self, name: &str) -> PathBuf {
        self.store.assessment_dir(name)
    }

    pub fn exists(&self, name: &str) -> bool {
        self.store.exists(name)
    }

    /// An assessment with every response sheet next to it; unreadable sheets are listed in
    /// [`Loaded::unreadable`], never dropped silently.
    pub fn load(&self, name: &str) -> Result<Loaded, StoreError> {
        self.store.load(name)
    }

    /// What the loaded sheets hold that no score counts: a sheet of a team the assessment does
    /// not have, answers to question ids its questionnaire does not have, levels off its scale.
    pub fn strays(&self, loaded: &Loaded) -> Vec<Strayed> {
        let a = &loaded.assessment;
        let check = crate::domain::StrayCheck::new(&a.questionnaire);
        loaded
            .sheets
            .iter()
            .flat_map(|s| {
                let strays = check.sheet(s, &a.teams);
                // Finding the folder reads the assessment's file: only for the rare sheet
                // with something to report.
                let path = if strays.is_empty() {
                    PathBuf::new()
                } else {
                    self.store.sheet_path(&a.name, &s.team, &s.respondent)
                };
                strays.into_iter().map(move |stray| Strayed {
                    path: path.clone(),
                    stray,
                })
            })
            .collect()
    }

    /// Every assessment, sorted by name; one that cannot be read is an error in the list rather
    /// than hiding the others.
    pub fn list(&self) -> Result<Vec<Result<Loaded, StoreError>>, StoreError> {
        self.store.list()
    }

    /// An assessment without its sheets.
    pub fn assessment(&self, name: &str) -> Result<Assessment, StoreError> {
        self.store.assessment(name)
    }

    /// The sheets of one team, without reading the other teams' files.
    pub fn team_sheets(&self, name: &str, team: &str) -> Result<Vec<ResponseSheet>, StoreError> {
        self.store.team_sheets(name, team).map(|(sheets, _)| sheets)
    }

    /// One respondent's sheet, or `None` before their first answer.
    pub fn load_sheet(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
    ) -> Result<Option<ResponseSheet>, StoreError> {
        self.store.load_sheet(name, team, respondent)
    }

    /// One respondent's sheet about team `about` (a perception sheet), or `None` before their
    /// first answer about that team.
    pub fn load_perception(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        about: &str,
    ) -> Result<Option<ResponseSheet>, StoreError> {
        self.store.load_perception(name, team, respondent, about)
    }

    /// Saves what `mine` changed since `base` (the sheet as this process last read or saved
    /// it), under the sheet's lock and after re-reading it: answers another process saved
    /// meanwhile are kept, and a question both changed is a conflict (the newer answer kept,
    /// both reported). Nothing changed: nothing is written, not even a time. A perception
    /// sheet (`mine.about`) goes to the `perceptions/` folder, never among the team's own.
    pub fn save_changes(
        &self,
        name: &str,
        base: &ResponseSheet,
        mine: &ResponseSheet,
    ) -> Result<Saved, StoreError> {
        let now = crate::clock::now_stamp();
        let assessment = self.store.assessment(name)?;
        let mut mine = mine.clone();
        mine.questionnaire = Some(QuestionnaireRef {
            id: assessment.questionnaire.id.clone(),
            version: assessment.questionnaire.version.clone(),
        });
        let change = |disk: Option<ResponseSheet>| {
            let (merged, conflicts) = apply_changes(disk.as_ref(), base, &mine, &now);
            let changed = disk.as_ref() != Some(&merged);
            let saved = Saved {
                sheet: merged.clone(),
                conflicts,
            };
            Ok::<_, StoreError>((changed.then_some(merged), saved))
        };
        match mine.about.clone() {
            Some(about) => self.store.update_perception(
                name,
                &mine.team,
                &mine.respondent,
                &about,
                &now,
                change,
            ),
            None => self
                .store
                .update_sheet(name, &mine.team, &mine.respondent, &now, change),
        }
    }

    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// Rewrites an assessment that already exists (teams, targets).
    pub(crate) fn update(&self, assessment: &Assessment) -> Result<(), StoreError> {
        self.store.update(assessment, &crate::clock::now_stamp())
    }
}
