//! Perception sheets on disk: what respondents answered about *another* team ("how we, Ops,
//! see Dev"). They sit in the assessment's `perceptions/` folder, one sub-folder per assessed
//! team (`<team slug>--<hash>`, named like figure files), each holding sheets in exactly the
//! format and naming of `responses/` (`sheets`), so every rule of sheets applies: atomic
//! writes under the file's lock after re-reading, names checked against the file name.
//!
//! Kept apart from `responses/` on purpose: older builds and every loop over self-assessment
//! sheets never see them, so they cannot be counted in a team's own scores. A sheet in a
//! sub-folder must be about that folder's team, and a perception sheet found in `responses/`
//! is reported as unreadable rather than counted.

use super::StoreError;
use super::names::{hash_hex, slug};
use super::sheets;
use crate::domain::ResponseSheet;
use crate::domain::names::{name_key, same_name};
use crate::error::Wording;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) const PERCEPTIONS_DIR: &str = "perceptions";

/// The sub-folder of the sheets about `team`.
pub fn about_dir(team: &str) -> String {
    format!("{}--{}", slug(team), hash_hex(&name_key(team)))
}

/// The sub-folders of `dir` (`perceptions/`), sorted.
fn about_dirs(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(dir, e)),
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_dir()
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Whether a sheet read from sub-folder `folder` belongs there: a perception sheet about the
/// folder's team, by someone of another team.
/// The reason (in both languages) when it does not.
pub fn belongs(folder: &Path, sheet: &ResponseSheet) -> Result<(), Wording> {
    const S: char = '\u{202f}';
    let g = |name: &str| format!("«{S}{name}{S}»");
    let Some(about) = sheet.about.as_deref() else {
        return Err(Wording::new(
            "is a self-assessment sheet (no \"about\" field) in perceptions/",
            format!(
                "est une feuille d’autoévaluation (sans champ {}) dans perceptions/",
                g("about")
            ),
        ));
    };
    if same_name(about, &sheet.team) {
        return Err(Wording::new(
            format!(
                "says team \"{}\" answered about itself; a team's own answers go in responses/",
                sheet.team
            ),
            format!(
                "dit que l’équipe {} a répondu sur elle-même{S}; les réponses d’une équipe sur elle-même vont dans responses/",
                g(&sheet.team)
            ),
        ));
    }
    let name = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name != about_dir(about) {
        return Err(Wording::new(
            format!("is about team \"{about}\" but sits in the folder of another team"),
            format!(
                "porte sur l’équipe {} mais se trouve dans le dossier d’une autre équipe",
                g(about)
            ),
        ));
    }
    Ok(())
}

/// Every perception sheet of the assessment whose `perceptions/` folder is `dir`, and the
/// files that could not be read, are misnamed or sit in the wrong folder.
pub fn read_all(dir: &Path) -> Result<(Vec<ResponseSheet>, Vec<StoreError>), StoreError> {
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    for folder in about_dirs(dir)? {
        let (found, bad) = sheets::read_all(&folder)?;
        unreadable.extend(bad);
        for sheet in found {
            match belongs(&folder, &sheet) {
                Ok(()) => out.push(sheet),
                Err(why) => unreadable.push(StoreError::corrupt_in(
                    &folder.join(super::names::sheet_file(&sheet.team, &sheet.respondent)),
                    why,
                )),
            }
        }
    }
    Ok((out, unreadable))
}

/// One respondent's sheet about team `about`, or `None` before their first answer.
pub fn read_one(
    dir: &Path,
    team: &str,
    respondent: &str,
    about: &str,
) -> Result<Option<ResponseSheet>, StoreError> {
    let folder = dir.join(about_dir(about));
    Ok(sheets::read_one(&folder, team, respondent)?.map(|f| f.sheet))
}

/// Read-change-write of one respondent's sheet about team `about`, under its lock (see
/// `Store::update_sheet`). The sheet written must be about `about`, by someone of `team`.
pub fn update<T, E: From<StoreError>>(
    dir: &Path,
    team: &str,
    respondent: &str,
    about: &str,
    now: &str,
    change: impl FnOnce(Option<ResponseSheet>) -> Result<(Option<ResponseSheet>, T), E>,
) -> Result<T, E> {
    let folder = dir.join(about_dir(about));
    sheets::update(&folder, team, respondent, now, |current| {
        let (new, out) = change(current)?;
        if let Some(sheet) = &new
            && let Err(why) = belongs(&folder, sheet)
        {
            return Err(StoreError::corrupt_in(
                &folder,
                Wording::new(
                    format!("the sheet to write {}", why.en),
                    format!("la feuille à écrire {}", why.fr),
                ),
            )
            .into());
        }
        Ok((new, out))
    })
}
