//! Delivery figures on disk: one file per team in the assessment's `metrics/` folder
//! (`<team slug>--<hash>.json`, named like sheets), each a `domain::metrics::TeamFigures`
//! whose values are re-parsed with their key's parser on reading. Written atomically under the
//! file's lock, after re-reading it, like sheets.

use super::StoreError;
use super::files::{self, Kind};
use super::lock;
use super::names::{hash_hex, slug};
use crate::domain::metrics::TeamFigures;
use crate::domain::names::name_key;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) const FIGURES: Kind = Kind {
    name: "devops-maturity/team-figures",
    version: 1,
};
pub(crate) const FIGURES_DIR: &str = "metrics";

/// The file of `team`'s figures.
pub fn figures_file(team: &str) -> String {
    format!("{}--{}.json", slug(team), hash_hex(&name_key(team)))
}

fn paths(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(dir, e)),
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Parses one figures file's bytes; `path` names it in errors.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<TeamFigures, StoreError> {
    files::parse_json::<TeamFigures>(path, bytes, FIGURES).map(|(f, _)| f)
}

fn read(path: &Path) -> Result<TeamFigures, StoreError> {
    let bytes = fs::read(path).map_err(|e| StoreError::io(path, e))?;
    parse(path, &bytes)
}

/// Every team's figures in a `metrics/` folder, and the files that could not be read (or hold
/// another team's figures than their name says).
pub fn read_all(dir: &Path) -> Result<(Vec<TeamFigures>, Vec<StoreError>), StoreError> {
    let mut figures = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths(dir)? {
        match read(&path) {
            Ok(f)
                if path
                    .file_name()
                    .is_some_and(|n| *n == *figures_file(&f.team)) =>
            {
                figures.push(f);
            }
            Ok(f) => unreadable.push(StoreError::Misnamed {
                path,
                team: f.team,
                respondent: "(delivery figures)".to_string(),
            }),
            Err(e) => unreadable.push(e),
        }
    }
    Ok((figures, unreadable))
}

/// Read-change-write of one team's figures under the file's lock. A file that cannot be read
/// is never overwritten.
pub fn update<T, E: From<StoreError>>(
    dir: &Path,
    team: &str,
    now: &str,
    change: impl FnOnce(TeamFigures) -> Result<(Option<TeamFigures>, T), E>,
) -> Result<T, E> {
    let path = dir.join(figures_file(team));
    let _lock = lock::acquire(&path, lock::WAIT)?;
    let current = if path.exists() {
        read(&path)?
    } else {
        TeamFigures::new(team)
    };
    let (new, out) = change(current)?;
    if let Some(figures) = new {
        files::write_json(&path, FIGURES, now, &figures)?;
    }
    Ok(out)
}
