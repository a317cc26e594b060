//! The local store: the only code that touches the data directory. Every write is atomic
//! (temporary file, fsync, rename) and, where two processes could write the same file, done
//! under the file's lock after re-reading it; every read is validated; a file that cannot be
//! read is reported by path and never overwritten.
//!
//! Layout (documented for users in docs/data-format.md):
//! ```text
//! <data>/assessments/<stem>/assessment.json                teams, targets, questionnaire copy
//! <data>/assessments/<stem>/responses/<team>--<who>--<hash>.json   one sheet per respondent
//! <data>/assessments/<stem>/respondents.json               renames, merges and deletions
//! <data>/assessments/<stem>/plan.json                      the action plan
//! <data>/assessments/<stem>/metrics/<team>--<hash>.json     a team's delivery figures
//! <data>/assessments/<stem>/perceptions/<about>--<hash>/<team>--<who>--<hash>.json
//!                                                          answers about another team
//! <data>/assessments/<stem>/requests.json                  what teams ask of each other
//! <data>/assessments/<stem>/room.json                      workshop rooms: notes, parking lot
//! <data>/assessments/<stem>/trash/                         deleted respondents' sheets
//! <data>/trash/                                            deleted assessments
//! ```

mod error;
mod figures;
mod files;
mod lock;
mod log;
pub mod names;
mod perceptions;
mod plan;
mod requests;
mod room;
mod sheets;
pub mod source;

pub use error::StoreError;
pub use files::{Kind, write_atomic};
pub use log::{LogEntry, LogOp};
pub use names::safe_stem_v1;
pub use sheets::{ByTeam, SheetFile};

use crate::domain::Assessment;
use crate::domain::ResponseSheet;
use crate::domain::names::{closest, name_key};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) const ASSESSMENT: Kind = Kind {
    name: "devops-maturity/assessment",
    version: 1,
};
pub(crate) const SHEET: Kind = Kind {
    name: "devops-maturity/responses",
    version: 2,
};
const ASSESSMENT_FILE: &str = "assessment.json";
const RESPONSES_DIR: &str = "responses";
const TRASH_DIR: &str = "trash";

/// An assessment with all the response sheets found next to it.
#[derive(Debug)]
pub struct Loaded {
    pub assessment: Assessment,
    pub sheets: Vec<ResponseSheet>,
    /// Each team's recorded delivery figures (teams without any are absent).
    pub figures: Vec<crate::domain::metrics::TeamFigures>,
    /// What respondents answered about another team than their own (`ResponseSheet::about`):
    /// never part of `sheets`, so never counted in a team's own scores.
    pub perceptions: Vec<ResponseSheet>,
    /// What the teams ask of each other, withdrawn requests included, in stored order (empty
    /// when `requests.json` cannot be read; it is then in `unreadable`).
    pub requests: Vec<crate::domain::requests::Request>,
    /// Response and figure files that could not be read (or whose names do not match their
    /// file name); reported, never overwritten, never counted.
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

    /// The folder of assessment `name`: the existing one (found whatever the case or Unicode
    /// form of the name), or where a new one would go.
    pub fn assessment_dir(&self, name: &str) -> PathBuf {
        self.find_dir(name)
            .unwrap_or_else(|_| self.assessments_dir().join(names::assessment_stem(name)))
    }

    /// The file a respondent's sheet is saved to (version 2), for messages naming it.
    pub fn sheet_path(&self, name: &str, team: &str, respondent: &str) -> PathBuf {
        self.assessment_dir(name)
            .join(RESPONSES_DIR)
            .join(names::sheet_file(team, respondent))
    }

    pub fn exists(&self, name: &str) -> bool {
        self.find_dir(name).is_ok()
    }

    /// The folder of the stored assessment `name`. Tried in order: its version-2 folder, its
    /// version-1 folder, then every assessment's own name (case and accents typed differently).
    fn find_dir(&self, name: &str) -> Result<PathBuf, StoreError> {
        let key = name_key(name);
        let base = self.assessments_dir();
        for candidate in [
            base.join(names::assessment_stem(name)),
            base.join(safe_stem_v1(name)),
            base.join(safe_stem_v1(name.trim())),
        ] {
            match Self::named(&candidate) {
                Some(found) if name_key(&found) == key => return Ok(candidate),
                // The folder of this very name whose file cannot be read: the caller's read
                // reports the file by path, rather than "no assessment named …".
                None if candidate.join(ASSESSMENT_FILE).is_file() => return Ok(candidate),
                _ => {}
            }
        }
        let mut known = Vec::new();
        for dir in self.assessment_dirs()? {
            if let Some(found) = Self::named(&dir) {
                if name_key(&found) == key {
                    return Ok(dir);
                }
                known.push(found);
            }
        }
        Err(StoreError::NotFound {
            name: name.trim().to_string(),
            root: self.root.clone(),
            suggestion: closest(name, known.iter().map(String::as_str)).map(str::to_string),
        })
    }

    /// The name stored in `dir/assessment.json`, if that file reads.
    fn named(dir: &Path) -> Option<String> {
        let path = dir.join(ASSESSMENT_FILE);
        if !path.is_file() {
            return None;
        }
        files::read_json::<Assessment>(&path, ASSESSMENT)
            .ok()
            .map(|a| a.name)
    }

    /// Every assessment folder (holding an `assessment.json`), sorted.
    fn assessment_dirs(&self) -> Result<Vec<PathBuf>, StoreError> {
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
        Ok(dirs)
    }

    /// Stores a new assessment; refuses if one with that name (in any case) is already there.
    /// A failed write leaves no empty folder behind.
    pub fn create(&self, assessment: &Assessment, now: &str) -> Result<(), StoreError> {
        if let Ok(dir) = self.find_dir(&assessment.name) {
            return Err(StoreError::AlreadyExists {
                name: assessment.name.clone(),
                path: dir,
            });
        }
        let dir = self
            .assessments_dir()
            .join(names::assessment_stem(&assessment.name));
        let created = !dir.exists();
        let path = dir.join(ASSESSMENT_FILE);
        let result = lock::acquire(&path, lock::WAIT).and_then(|_lock| {
            if path.exists() {
                return Err(StoreError::AlreadyExists {
                    name: assessment.name.clone(),
                    path: dir.clone(),
                });
            }
            files::write_json(&path, ASSESSMENT, now, assessment)
        });
        if result.is_err() && created && !path.exists() {
            let _ = fs::remove_dir_all(&dir);
        }
        result
    }

    /// Changes a stored assessment under its lock: re-reads it, lets `change` edit it (or
    /// refuse, leaving the file as it was), writes it back. A file that cannot be read is never
    /// overwritten. Returns what `change` returned.
    pub fn update_assessment<T, E: From<StoreError>>(
        &self,
        name: &str,
        now: &str,
        change: impl FnOnce(&mut Assessment) -> Result<T, E>,
    ) -> Result<T, E> {
        let path = self.find_dir(name)?.join(ASSESSMENT_FILE);
        let _lock = lock::acquire(&path, lock::WAIT)?;
        let mut assessment: Assessment = files::read_json(&path, ASSESSMENT)?;
        let out = change(&mut assessment)?;
        files::write_json(&path, ASSESSMENT, now, &assessment)?;
        Ok(out)
    }

    /// Rewrites an existing assessment as given (fixtures and migrations); prefer
    /// `update_assessment`, which cannot lose a concurrent change.
    pub fn update(&self, assessment: &Assessment, now: &str) -> Result<(), StoreError> {
        self.update_assessment(&assessment.name, now, |a| {
            *a = assessment.clone();
            Ok::<(), StoreError>(())
        })
    }

    /// Every team's delivery figures of an assessment, without reading its sheets; files that
    /// cannot be read are left out (`load` reports them).
    pub fn figures(
        &self,
        name: &str,
    ) -> Result<Vec<crate::domain::metrics::TeamFigures>, StoreError> {
        let dir = self.find_dir(name)?.join(figures::FIGURES_DIR);
        Ok(figures::read_all(&dir)?.0)
    }

    /// Every perception sheet of an assessment (answers about another team), without reading
    /// its own sheets; files that cannot be read are left out (`load` reports them).
    pub fn perceptions(&self, name: &str) -> Result<Vec<ResponseSheet>, StoreError> {
        let dir = self.find_dir(name)?.join(perceptions::PERCEPTIONS_DIR);
        Ok(perceptions::read_all(&dir)?.0)
    }

    /// An assessment alone, without reading its sheets.
    pub fn assessment(&self, name: &str) -> Result<Assessment, StoreError> {
        files::read_json(&self.find_dir(name)?.join(ASSESSMENT_FILE), ASSESSMENT)
    }

    /// Loads an assessment and every response sheet in its folder.
    pub fn load(&self, name: &str) -> Result<Loaded, StoreError> {
        let dir = self.find_dir(name)?;
        Self::load_dir(&dir)
    }

    fn load_dir(dir: &Path) -> Result<Loaded, StoreError> {
        let (all, mut unreadable) = sheets::read_all(&dir.join(RESPONSES_DIR))?;
        let sheets = sheets::own_sheets(&dir.join(RESPONSES_DIR), all, &mut unreadable);
        let mut loaded = Self::load_dir_without_sheets(dir)?;
        unreadable.append(&mut loaded.unreadable);
        loaded.unreadable = unreadable;
        loaded.sheets = sheets;
        Ok(loaded)
    }

    /// An assessment with everything `load` reads but its response sheets (`sheets` is
    /// empty), for a caller that reads them team by team ([`Store::read_by_team`]).
    pub fn load_without_sheets(&self, name: &str) -> Result<Loaded, StoreError> {
        Self::load_dir_without_sheets(&self.find_dir(name)?)
    }

    fn load_dir_without_sheets(dir: &Path) -> Result<Loaded, StoreError> {
        let assessment: Assessment = files::read_json(&dir.join(ASSESSMENT_FILE), ASSESSMENT)?;
        let (figures, mut unreadable) = figures::read_all(&dir.join(figures::FIGURES_DIR))?;
        let (perceptions, bad_perceptions) =
            perceptions::read_all(&dir.join(perceptions::PERCEPTIONS_DIR))?;
        unreadable.extend(bad_perceptions);
        let requests = match requests::read(dir) {
            Ok(r) => r,
            Err(e) => {
                unreadable.push(e);
                Vec::new()
            }
        };
        Ok(Loaded {
            assessment,
            sheets: Vec::new(),
            figures,
            perceptions,
            requests,
            unreadable,
        })
    }

    /// The response sheets of an assessment's `teams`, handed to `each` one team at a time
    /// (`sheets::read_by_team`): what the comparison of two hundred teams reads without holding
    /// every sheet at once. Every file is still read and checked.
    pub fn read_by_team<T: Send>(
        &self,
        name: &str,
        teams: &[String],
        each: impl Fn(usize, Vec<ResponseSheet>) -> T + Sync,
    ) -> Result<ByTeam<T>, StoreError> {
        sheets::read_by_team(&self.responses_dir(name)?, teams, each)
    }

    /// Every assessment in the store, sorted by name. Folders that cannot be read come back as
    /// errors in the list rather than hiding the others.
    pub fn list(&self) -> Result<Vec<Result<Loaded, StoreError>>, StoreError> {
        let mut out: Vec<Result<Loaded, StoreError>> = self
            .assessment_dirs()?
            .iter()
            .map(|d| Self::load_dir(d))
            .collect();
        out.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => a.assessment.name.cmp(&b.assessment.name),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        });
        Ok(out)
    }

    fn responses_dir(&self, name: &str) -> Result<PathBuf, StoreError> {
        Ok(self.find_dir(name)?.join(RESPONSES_DIR))
    }

    /// The sheets of one team (`team` as spelled in the assessment or typed: names compare as
    /// `domain::names::name_key` does), reading only that team's files; files of the team that
    /// cannot be read come second.
    pub fn team_sheets(
        &self,
        name: &str,
        team: &str,
    ) -> Result<(Vec<ResponseSheet>, Vec<StoreError>), StoreError> {
        sheets::read_team(&self.responses_dir(name)?, team)
    }

    /// The sheet of one respondent, or `None` if they have not answered yet. Reads only that
    /// respondent's files, whatever the number of sheets in the assessment.
    pub fn load_sheet(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
    ) -> Result<Option<ResponseSheet>, StoreError> {
        let dir = self.responses_dir(name)?;
        Ok(sheets::read_one(&dir, team, respondent)?.map(|f| f.sheet))
    }

    /// Changes one respondent's sheet under its lock: the current sheet (merged from every file
    /// of that respondent, old format included) goes to `change`, which returns the new sheet —
    /// or `None` to leave everything as it was. The new sheet is written atomically under its
    /// version-2 name and any older file of the respondent is removed, so no copy is left.
    pub fn update_sheet<T, E: From<StoreError>>(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        now: &str,
        change: impl FnOnce(Option<ResponseSheet>) -> Result<(Option<ResponseSheet>, T), E>,
    ) -> Result<T, E> {
        let dir = self.responses_dir(name)?;
        sheets::update(&dir, team, respondent, now, change)
    }

    /// Saves one respondent's whole sheet: every answer and comment it holds is written (with
    /// `now` as the time of those that have none), answers stored for other questions stay.
    /// For fixtures and imports; the wizard and `answer` save their changes only
    /// (`app::answers`).
    pub fn save_sheet(
        &self,
        name: &str,
        sheet: &ResponseSheet,
        now: &str,
    ) -> Result<(), StoreError> {
        let base = ResponseSheet::new(&sheet.team, &sheet.respondent);
        self.update_sheet(name, &sheet.team, &sheet.respondent, now, |disk| {
            let (merged, _) = crate::domain::merge::apply_changes(disk.as_ref(), &base, sheet, now);
            Ok::<_, StoreError>((Some(merged), ()))
        })
    }

    /// Merges a whole sheet that carries its own times (imported, collected) into the stored
    /// one, field by field, the newer winning: nothing already stored is lost.
    pub fn merge_sheet(
        &self,
        name: &str,
        sheet: &ResponseSheet,
        now: &str,
    ) -> Result<(), StoreError> {
        self.update_sheet(name, &sheet.team, &sheet.respondent, now, |current| {
            let merged = match &current {
                Some(here) => {
                    crate::domain::merge::merge_sheets(
                        here,
                        sheet,
                        crate::domain::merge::Prefer::Newer,
                    )
                    .0
                }
                None => sheet.clone(),
            };
            // Nothing new: the file is left as it is.
            let changed = current.as_ref() != Some(&merged);
            Ok::<_, StoreError>((changed.then_some(merged), ()))
        })
    }

    /// Changes one team's delivery figures under their file's lock: `change` gets the figures
    /// as stored (empty when none) and returns the new ones (`None`: leave the file as it is).
    pub fn update_figures<T, E: From<StoreError>>(
        &self,
        name: &str,
        team: &str,
        now: &str,
        change: impl FnOnce(
            crate::domain::metrics::TeamFigures,
        ) -> Result<(Option<crate::domain::metrics::TeamFigures>, T), E>,
    ) -> Result<T, E> {
        let dir = self.find_dir(name)?.join(figures::FIGURES_DIR);
        figures::update(&dir, team, now, change)
    }

    /// The action plan of an assessment; `None` when it has none yet. A plan file that cannot
    /// be read is an error naming it.
    pub fn plan(&self, name: &str) -> Result<Option<crate::domain::plan::Plan>, StoreError> {
        plan::read(&self.find_dir(name)?)
    }

    /// Changes an assessment's plan under its file's lock: `change` gets the plan as stored
    /// (empty when none) and returns the new one (`None`: leave the file as it is), or refuses
    /// and nothing is written.
    pub fn update_plan<T, E: From<StoreError>>(
        &self,
        name: &str,
        now: &str,
        change: impl FnOnce(
            crate::domain::plan::Plan,
        ) -> Result<(Option<crate::domain::plan::Plan>, T), E>,
    ) -> Result<T, E> {
        plan::update(&self.find_dir(name)?, now, change)
    }

    /// One respondent's sheet about team `about` (a perception sheet), or `None` before their
    /// first answer.
    pub fn load_perception(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        about: &str,
    ) -> Result<Option<ResponseSheet>, StoreError> {
        let dir = self.find_dir(name)?.join(perceptions::PERCEPTIONS_DIR);
        perceptions::read_one(&dir, team, respondent, about)
    }

    /// `update_sheet` for the sheet `respondent` of `team` fills in about team `about`; the
    /// sheet `change` returns must be about `about` (else nothing is written).
    pub fn update_perception<T, E: From<StoreError>>(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        about: &str,
        now: &str,
        change: impl FnOnce(Option<ResponseSheet>) -> Result<(Option<ResponseSheet>, T), E>,
    ) -> Result<T, E> {
        let dir = self.find_dir(name)?.join(perceptions::PERCEPTIONS_DIR);
        perceptions::update(&dir, team, respondent, about, now, change)
    }

    /// Moves a respondent's sheet about team `about` to the assessment's trash
    /// (`trash/perceptions/<about>/`, apart from the trashed own sheets). Returns where it went;
    /// `None` when they have no such sheet.
    pub fn trash_perception(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        about: &str,
        now: &str,
    ) -> Result<Option<PathBuf>, StoreError> {
        let dir = self.find_dir(name)?;
        let folder = perceptions::about_dir(about);
        sheets::trash(
            &dir.join(perceptions::PERCEPTIONS_DIR).join(&folder),
            &dir.join(TRASH_DIR)
                .join(perceptions::PERCEPTIONS_DIR)
                .join(&folder),
            team,
            respondent,
            now,
        )
    }

    /// The newest trashed sheet of a respondent about team `about`, if any.
    pub fn trashed_perception(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        about: &str,
    ) -> Result<Option<(PathBuf, ResponseSheet)>, StoreError> {
        let dir = self.find_dir(name)?;
        sheets::newest_trashed(
            &dir.join(TRASH_DIR)
                .join(perceptions::PERCEPTIONS_DIR)
                .join(perceptions::about_dir(about)),
            team,
            respondent,
        )
    }

    /// Removes every file of a respondent's sheet about team `about` (after its answers went
    /// elsewhere: rename, merge).
    pub fn remove_perception(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        about: &str,
    ) -> Result<(), StoreError> {
        let dir = self
            .find_dir(name)?
            .join(perceptions::PERCEPTIONS_DIR)
            .join(perceptions::about_dir(about));
        sheets::remove(&dir, team, respondent)
    }

    /// The requests of an assessment (what its teams ask of each other), in stored order.
    pub fn read_requests(
        &self,
        name: &str,
    ) -> Result<Vec<crate::domain::requests::Request>, StoreError> {
        requests::read(&self.find_dir(name)?)
    }

    /// Changes the requests of an assessment under their file's lock: `change` gets the list as
    /// stored and returns the new one (`None`: leave the file as it is). A file that cannot be
    /// read is never overwritten.
    pub fn update_requests<T, E: From<StoreError>>(
        &self,
        name: &str,
        now: &str,
        change: impl FnOnce(
            Vec<crate::domain::requests::Request>,
        ) -> Result<(Option<Vec<crate::domain::requests::Request>>, T), E>,
    ) -> Result<T, E> {
        requests::update(&self.find_dir(name)?, now, change)
    }

    /// Moves a respondent's sheet to the assessment's `trash/` folder. Returns where it went.
    pub fn trash_sheet(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
        now: &str,
    ) -> Result<Option<PathBuf>, StoreError> {
        let dir = self.find_dir(name)?;
        sheets::trash(
            &dir.join(RESPONSES_DIR),
            &dir.join(TRASH_DIR),
            team,
            respondent,
            now,
        )
    }

    /// The newest trashed sheet of a respondent, if any (its path and content).
    pub fn trashed_sheet(
        &self,
        name: &str,
        team: &str,
        respondent: &str,
    ) -> Result<Option<(PathBuf, ResponseSheet)>, StoreError> {
        let dir = self.find_dir(name)?;
        sheets::newest_trashed(&dir.join(TRASH_DIR), team, respondent)
    }

    /// Removes a trashed file once its content is back (`respondent restore`).
    pub fn forget_trashed(&self, path: &Path) -> Result<(), StoreError> {
        fs::remove_file(path).map_err(|e| StoreError::io(path, e))
    }

    /// Removes every file of a respondent (after their answers went elsewhere: rename, merge).
    pub fn remove_sheet(&self, name: &str, team: &str, respondent: &str) -> Result<(), StoreError> {
        let dir = self.responses_dir(name)?;
        sheets::remove(&dir, team, respondent)
    }

    /// Sheet files in the assessment whose inner names do not match their file name, with
    /// what they hold (so `respondent merge` can take them in).
    pub fn misnamed_sheets(&self, name: &str) -> Result<Vec<SheetFile>, StoreError> {
        let dir = self.responses_dir(name)?;
        sheets::misnamed(&dir)
    }

    /// Removes one file of the responses folder (a misnamed sheet whose answers were merged).
    pub fn remove_file(&self, path: &Path) -> Result<(), StoreError> {
        fs::remove_file(path).map_err(|e| StoreError::io(path, e))
    }

    /// The respondent log of an assessment (renames, merges, deletions), oldest first.
    pub fn read_log(&self, name: &str) -> Result<Vec<LogEntry>, StoreError> {
        log::read(&self.find_dir(name)?)
    }

    /// Adds an entry to the respondent log, under its lock.
    pub fn append_log(&self, name: &str, entry: LogEntry, now: &str) -> Result<(), StoreError> {
        log::append(&self.find_dir(name)?, entry, now)
    }

    /// Every team's workshop room of an assessment (empty when no room met yet).
    pub fn read_rooms(&self, name: &str) -> Result<crate::domain::room::Rooms, StoreError> {
        room::read(&self.find_dir(name)?)
    }

    /// Changes the room file under its lock: `change` edits the rooms as stored; the file is
    /// written only when they changed.
    pub fn update_rooms<T, E: From<StoreError>>(
        &self,
        name: &str,
        now: &str,
        change: impl FnOnce(&mut crate::domain::room::Rooms) -> Result<T, E>,
    ) -> Result<T, E> {
        room::update(&self.find_dir(name)?, now, change)
    }

    /// Moves a whole assessment to the data directory's `trash/` folder. Returns where it went.
    pub fn trash_assessment(&self, name: &str, now: &str) -> Result<PathBuf, StoreError> {
        let dir = self.find_dir(name)?;
        let trash = self.root.join(TRASH_DIR);
        fs::create_dir_all(&trash).map_err(|e| StoreError::io(&trash, e))?;
        let stem = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let to = trash.join(format!("{stem}.{}", files::stamp_for_file(now)));
        fs::rename(&dir, &to).map_err(|e| StoreError::io(&dir, e))?;
        Ok(to)
    }

    /// Brings back the most recently deleted assessment named `name`; refuses while an
    /// assessment of that name exists. Returns the restored name.
    pub fn restore_assessment(&self, name: &str) -> Result<String, StoreError> {
        let trash = self.root.join(TRASH_DIR);
        let key = name_key(name);
        let mut found: Vec<(PathBuf, String)> = Vec::new();
        let mut known = Vec::new();
        if let Ok(entries) = fs::read_dir(&trash) {
            for entry in entries.flatten() {
                let path = entry.path();
                if let Some(stored) = Self::named(&path) {
                    if name_key(&stored) == key {
                        found.push((path, stored));
                    } else {
                        known.push(stored);
                    }
                }
            }
        }
        // The folder names end with the deletion time, so the last sorts newest.
        found.sort();
        let Some((from, stored)) = found.pop() else {
            return Err(StoreError::NotFound {
                name: format!("{} (in the trash)", name.trim()),
                root: trash,
                suggestion: closest(name, known.iter().map(String::as_str)).map(str::to_string),
            });
        };
        if let Ok(existing) = self.find_dir(&stored) {
            return Err(StoreError::AlreadyExists {
                name: stored,
                path: existing,
            });
        }
        let to = self.assessments_dir().join(names::assessment_stem(&stored));
        fs::create_dir_all(self.assessments_dir())
            .map_err(|e| StoreError::io(&self.assessments_dir(), e))?;
        fs::rename(&from, &to).map_err(|e| StoreError::io(&from, e))?;
        Ok(stored)
    }
}
