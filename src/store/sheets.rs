//! Response sheets on disk: one file per respondent in `responses/`, named by `names`.
//!
//! Reading checks each file: its kind and version, its times, and that the names inside match
//! the file name (a file copied under another name is reported, never merged into the sheet its
//! name points at). Several files of one respondent — a version-1 file next to its version-2
//! successor after a crash, or version-1 twins whose names differed only by case — are merged
//! answer by answer (the newer wins), and the next save leaves one file.

use super::files::{self, Envelope};
use super::lock;
use super::names::{is_v2_sheet_file, sheet_file, sheet_file_v1};
use super::{SHEET, StoreError};
use crate::domain::ResponseSheet;
use crate::domain::merge::{Prefer, merge_sheets};
use crate::domain::names::name_key;
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A sheet as read from one file.
#[derive(Debug, Clone)]
pub struct SheetFile {
    pub path: PathBuf,
    pub sheet: ResponseSheet,
    /// The format version it was written in (1 for files to migrate).
    pub version: u64,
}

/// The identity of a respondent: team and name as compared (see `domain::names::name_key`).
fn identity(team: &str, respondent: &str) -> (String, String) {
    (name_key(team), name_key(respondent))
}

/// Parses one sheet file's bytes. Version-1 answers take the file's `updated_at` as their time;
/// every time is brought to the canonical shape, and one that is not a time makes the file
/// unreadable.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<SheetFile, StoreError> {
    let (mut sheet, envelope): (ResponseSheet, Envelope) = files::parse_json(path, bytes, SHEET)?;
    let bad = |what: &str, value: &str| {
        StoreError::corrupt_in(
            path,
            crate::error::Wording::new(
                format!("{what} \"{value}\" is not an RFC 3339 time"),
                format!("{what} «\u{202f}{value}\u{202f}» n’est pas une heure RFC 3339"),
            ),
        )
    };
    let fallback = match (envelope.version, &envelope.updated_at) {
        (1, Some(t)) => Some(crate::clock::canonical_stamp(t).ok_or_else(|| bad("updated_at", t))?),
        _ => None,
    };
    // `what` names the field for the error only: made when a time is bad, not for each answer.
    let canonical =
        |field: &mut Option<String>, what: &dyn Fn() -> String| -> Result<(), StoreError> {
            // Nearly every time read was written by this program, already canonical: kept as
            // it is, without a new string for each of 140,000 answers.
            if let Some(t) = field.as_deref()
                && !crate::clock::already_canonical(t)
            {
                *field = Some(crate::clock::canonical_stamp(t).ok_or_else(|| bad(&what(), t))?);
            }
            Ok(())
        };
    for (id, record) in &mut sheet.answers {
        canonical(&mut record.answered_at, &|| {
            format!("answers.{id}.answered_at")
        })?;
        canonical(&mut record.commented_at, &|| {
            format!("answers.{id}.commented_at")
        })?;
        if record.answer.is_some() && record.answered_at.is_none() {
            record.answered_at.clone_from(&fallback);
        }
        if !record.comment.is_empty() && record.commented_at.is_none() {
            record.commented_at.clone_from(&fallback);
        }
    }
    canonical(&mut sheet.role_set_at, &|| "role_set_at".to_string())?;
    if sheet.role.is_some() && sheet.role_set_at.is_none() {
        sheet.role_set_at.clone_from(&fallback);
    }
    Ok(SheetFile {
        path: path.to_path_buf(),
        sheet,
        version: envelope.version,
    })
}

fn read_file(path: &Path) -> Result<SheetFile, StoreError> {
    let bytes = fs::read(path).map_err(|e| StoreError::io(path, e))?;
    parse(path, &bytes)
}

/// Whether `file` is where its own names say it should be (the version-2 or version-1 name).
fn well_named(file: &SheetFile) -> bool {
    let name = file
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (team, who) = (&file.sheet.team, &file.sheet.respondent);
    match file.version {
        1 => name == sheet_file_v1(team, who),
        _ => name == sheet_file(team, who),
    }
}

/// The order of two paths of one folder (joined from the same folder path): their bytes', which
/// is their file names' order. `Path`'s own order walks the components of both each time, and
/// sorting 2,000 sheets' paths took a few percent of a comparison.
fn same_folder_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    a.as_os_str()
        .as_encoded_bytes()
        .cmp(b.as_os_str().as_encoded_bytes())
}

/// The `*.json` files of a folder that can be sheets (temporary and lock files start with a
/// dot), sorted so respondents come in a stable order everywhere.
fn sheet_paths(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(dir, e)),
    };
    // The entry's own type (from the listing, no `stat` per file for 2,000 sheets), except
    // for a link, which is followed as `is_file` would.
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| match e.file_type() {
            Ok(t) if t.is_symlink() => e.path().is_file(),
            Ok(t) => t.is_file(),
            Err(_) => e.path().is_file(),
        })
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort_by(|a, b| same_folder_order(a, b));
    Ok(paths)
}

/// Merges the files of one respondent into one sheet: the version-2 file (or the first)
/// first, the others answer by answer, the newer winning.
fn merge_files(mut files: Vec<SheetFile>) -> Option<ResponseSheet> {
    files.sort_by_key(|f| std::cmp::Reverse(f.version));
    let mut iter = files.into_iter();
    let first = iter.next()?.sheet;
    Some(iter.fold(first, |acc, f| {
        merge_sheets(&acc, &f.sheet, Prefer::Newer).0
    }))
}

/// Every sheet of a `responses/` folder, and the files that could not be read or are
/// misnamed.
pub fn read_all(dir: &Path) -> Result<(Vec<ResponseSheet>, Vec<StoreError>), StoreError> {
    Ok(read_some(sheet_paths(dir)?, |_| true))
}

/// The sheets of one team, and those of its files that could not be read, without reading
/// the other teams' files: a version-2 file name starts with the team's slug and `--` (a slug
/// never holds two dashes in a row, so the first `--` ends it), and only the version-1 files
/// left before migration are read to find out whose they are. With 2,000 sheets, `answer`
/// reads ten files instead of all of them.
pub fn read_team(
    dir: &Path,
    team: &str,
) -> Result<(Vec<ResponseSheet>, Vec<StoreError>), StoreError> {
    let prefix = format!("{}--", super::names::slug(team));
    let paths = sheet_paths(dir)?
        .into_iter()
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            !is_v2_sheet_file(&name) || name.starts_with(&prefix)
        })
        .collect();
    let key = name_key(team);
    Ok(read_some(paths, |sheet| name_key(&sheet.team) == key))
}

/// Reads and parses `paths`, in their order, on the machine's cores: with 2,000 sheets the
/// parsing is most of a comparison's time, and each file is parsed on its own.
fn read_files(paths: &[PathBuf]) -> Vec<Result<SheetFile, StoreError>> {
    /// Below this many files a thread costs more than it saves.
    const PER_THREAD: usize = 64;
    // Asking for the cores reads the cgroup files: not for the few files of one team, read
    // two hundred times by `read_by_team`.
    if paths.len() < 2 * PER_THREAD {
        return paths.iter().map(|p| read_file(p)).collect();
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(paths.len() / PER_THREAD)
        .max(1);
    if threads == 1 {
        return paths.iter().map(|p| read_file(p)).collect();
    }
    let chunk = paths.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|p| read_file(p)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .zip(paths.chunks(chunk))
            .flat_map(|(handle, part)| {
                // A thread that panicked (it cannot: reading returns errors) reads again here.
                handle
                    .join()
                    .unwrap_or_else(|_| part.iter().map(|p| read_file(p)).collect())
            })
            .collect()
    })
}

/// The sheets in `paths` that `keep` accepts, merged per respondent, in file-name order.
fn read_some(
    paths: Vec<PathBuf>,
    keep: impl Fn(&ResponseSheet) -> bool,
) -> (Vec<ResponseSheet>, Vec<StoreError>) {
    let mut unreadable = Vec::new();
    let mut groups: BTreeMap<(String, String), (PathBuf, Vec<SheetFile>)> = BTreeMap::new();
    let reads = read_files(&paths);
    for (path, read) in paths.into_iter().zip(reads) {
        match read {
            Ok(file) if !keep(&file.sheet) => {}
            Ok(file) if !well_named(&file) => unreadable.push(StoreError::Misnamed {
                path,
                team: file.sheet.team,
                respondent: file.sheet.respondent,
            }),
            Ok(file) => {
                let key = identity(&file.sheet.team, &file.sheet.respondent);
                groups
                    .entry(key)
                    .or_insert_with(|| (path.clone(), Vec::new()))
                    .1
                    .push(file);
            }
            Err(e) => unreadable.push(e),
        }
    }
    let mut sheets: Vec<(PathBuf, ResponseSheet)> = groups
        .into_values()
        .filter_map(|(first_path, files)| merge_files(files).map(|s| (first_path, s)))
        .collect();
    sheets.sort_by(|a, b| same_folder_order(&a.0, &b.0));
    (sheets.into_iter().map(|(_, s)| s).collect(), unreadable)
}

/// Every well-named file of one respondent: its version-2 file, its exact version-1 file, and
/// version-1 files of the same identity under another spelling. A file of theirs that cannot
/// be read is an error: it may hold answers, and must not be overwritten.
fn files_of(dir: &Path, team: &str, respondent: &str) -> Result<Vec<SheetFile>, StoreError> {
    let key = identity(team, respondent);
    let v2 = dir.join(sheet_file(team, respondent));
    let v1 = dir.join(sheet_file_v1(team, respondent));
    let mut out = Vec::new();
    for path in [&v2, &v1] {
        if path.exists() {
            let file = read_file(path)?;
            if well_named(&file) && identity(&file.sheet.team, &file.sheet.respondent) == key {
                out.push(file);
            }
        }
    }
    // Other version-1 files (only before migration, so this reads little): twins spelled
    // differently ("Paris" and "paris" once had two files).
    for path in sheet_paths(dir)? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path == v2 || path == v1 || is_v2_sheet_file(&name) {
            continue;
        }
        if let Ok(file) = read_file(&path)
            && well_named(&file)
            && identity(&file.sheet.team, &file.sheet.respondent) == key
        {
            out.push(file);
        }
    }
    Ok(out)
}

/// One respondent's sheet, merged from all their files, or `None` before their first answer.
pub fn read_one(dir: &Path, team: &str, respondent: &str) -> Result<Option<SheetFile>, StoreError> {
    let files = files_of(dir, team, respondent)?;
    let path = dir.join(sheet_file(team, respondent));
    let version = files.iter().map(|f| f.version).max().unwrap_or(0);
    Ok(merge_files(files).map(|sheet| SheetFile {
        path,
        sheet,
        version,
    }))
}

/// Read-change-write of one respondent's sheet under its lock; see `Store::update_sheet`.
pub fn update<T, E: From<StoreError>>(
    dir: &Path,
    team: &str,
    respondent: &str,
    now: &str,
    change: impl FnOnce(Option<ResponseSheet>) -> Result<(Option<ResponseSheet>, T), E>,
) -> Result<T, E> {
    let target = dir.join(sheet_file(team, respondent));
    let _lock = lock::acquire(&target, lock::WAIT)?;
    let files = files_of(dir, team, respondent)?;
    let old_paths: Vec<PathBuf> = files
        .iter()
        .map(|f| f.path.clone())
        .filter(|p| *p != target)
        .collect();
    let current = merge_files(files);
    let (new, out) = change(current)?;
    if let Some(sheet) = new {
        files::write_json(&target, SHEET, now, &sheet)?;
        // Only once the new file is safely there: a crash before leaves both, which the next
        // read merges and the next save cleans up.
        for old in old_paths {
            fs::remove_file(&old).map_err(|e| StoreError::io(&old, e))?;
        }
    }
    Ok(out)
}

/// Removes every file of a respondent, under their lock.
pub fn remove(dir: &Path, team: &str, respondent: &str) -> Result<(), StoreError> {
    let target = dir.join(sheet_file(team, respondent));
    let _lock = lock::acquire(&target, lock::WAIT)?;
    for file in files_of(dir, team, respondent)? {
        fs::remove_file(&file.path).map_err(|e| StoreError::io(&file.path, e))?;
    }
    Ok(())
}

/// Moves a respondent's sheet into `trash`, as one merged file named after it and the time.
/// `None` when the respondent has no sheet.
pub fn trash(
    dir: &Path,
    trash: &Path,
    team: &str,
    respondent: &str,
    now: &str,
) -> Result<Option<PathBuf>, StoreError> {
    let target = dir.join(sheet_file(team, respondent));
    let _lock = lock::acquire(&target, lock::WAIT)?;
    let files = files_of(dir, team, respondent)?;
    let paths: Vec<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    let Some(sheet) = merge_files(files) else {
        return Ok(None);
    };
    let stem = sheet_file(team, respondent);
    let stem = stem.trim_end_matches(".json");
    let to = trash.join(format!("{stem}.{}.json", files::stamp_for_file(now)));
    files::write_json(&to, SHEET, now, &sheet)?;
    for path in paths {
        fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
    }
    Ok(Some(to))
}

/// The most recently trashed sheet of a respondent.
pub fn newest_trashed(
    trash: &Path,
    team: &str,
    respondent: &str,
) -> Result<Option<(PathBuf, ResponseSheet)>, StoreError> {
    let stem = sheet_file(team, respondent);
    let prefix = format!("{}.", stem.trim_end_matches(".json"));
    let mut candidates: Vec<PathBuf> = sheet_paths(trash)?
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
        })
        .collect();
    candidates.sort();
    let Some(path) = candidates.pop() else {
        return Ok(None);
    };
    let file = read_file(&path)?;
    Ok(Some((path, file.sheet)))
}

/// Files whose inner names do not match their file name.
pub fn misnamed(dir: &Path) -> Result<Vec<SheetFile>, StoreError> {
    Ok(sheet_paths(dir)?
        .iter()
        .filter_map(|p| read_file(p).ok())
        .filter(|f| !well_named(f))
        .collect())
}

/// The sheets of a `responses/` folder, handed to the caller team by team (`ByTeam`).
pub struct ByTeam<T> {
    /// What `each` made of each team's sheets, in the order of the teams asked for.
    pub teams: Vec<T>,
    /// Sheets of no team asked for (a team the assessment does not have, or spelled
    /// otherwise): the caller reports them; they are few.
    pub others: Vec<ResponseSheet>,
    /// Files that could not be read or are misnamed, in file-name order per team.
    pub unreadable: Vec<StoreError>,
}

/// One group of teams read and handed over: (team index, what `each` made), the sheets of no
/// team asked for, the files that could not be read.
type GroupOut<T> = (Vec<(usize, T)>, Vec<ResponseSheet>, Vec<StoreError>);

/// Reads the sheets of `teams` one team at a time and hands each team's sheets (merged per
/// respondent, in file-name order, as [`read_all`] gives them) to `each`, which keeps what it
/// needs: with two hundred teams the sheets of the whole folder are never held at once. Every
/// file of the folder is read and checked, as by `read_all`.
///
/// A version-2 file name starts with its team's slug, so the folder is listed once and split
/// by slug; the version-1 files left before migration are read first to learn whose they
/// are. Teams are read on the machine's cores, each thread a team at a time.
pub fn read_by_team<T: Send>(
    dir: &Path,
    teams: &[String],
    each: impl Fn(usize, Vec<ResponseSheet>) -> T + Sync,
) -> Result<ByTeam<T>, StoreError> {
    // Teams whose slugs coincide are read together and told apart by their exact name.
    let mut groups: Vec<(Vec<usize>, Vec<PathBuf>)> = Vec::new();
    let mut by_slug: HashMap<String, usize> = HashMap::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, team) in teams.iter().enumerate() {
        let g = *by_slug.entry(super::names::slug(team)).or_insert_with(|| {
            groups.push((Vec::new(), Vec::new()));
            groups.len() - 1
        });
        groups[g].0.push(i);
        by_key.entry(name_key(team)).or_insert(g);
    }
    let mut other_paths = Vec::new();
    let mut v1_paths = Vec::new();
    for path in sheet_paths(dir)? {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if !is_v2_sheet_file(&name) {
            v1_paths.push(path);
            continue;
        }
        let slug = name.split_once("--").map_or("", |(slug, _)| slug);
        match by_slug.get(slug) {
            Some(&g) => groups[g].1.push(path),
            None => other_paths.push(path),
        }
    }
    let mut unreadable = Vec::new();
    // A version-1 file goes with the team its identity names (the merge of twins spelled
    // otherwise compares names as `name_key` does); it is read again with its team.
    let v1_reads = read_files(&v1_paths);
    for (path, read) in v1_paths.into_iter().zip(v1_reads) {
        match read {
            Ok(file) => match by_key.get(&name_key(&file.sheet.team)) {
                Some(&g) => groups[g].1.push(path),
                None => other_paths.push(path),
            },
            Err(e) => unreadable.push(e),
        }
    }
    for (_, paths) in &mut groups {
        paths.sort_by(|a, b| same_folder_order(a, b));
    }
    other_paths.sort_by(|a, b| same_folder_order(a, b));

    let read_group = |(members, paths): &(Vec<usize>, Vec<PathBuf>)| -> GroupOut<T> {
        let (sheets, mut bad) = read_some(paths.clone(), |_| true);
        let mut mine = own_sheets(dir, sheets, &mut bad);
        let made = members
            .iter()
            .map(|&i| {
                let (theirs, rest): (Vec<_>, Vec<_>) =
                    mine.drain(..).partition(|s| s.team == teams[i]);
                mine = rest;
                (i, each(i, theirs))
            })
            .collect();
        (made, mine, bad)
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(groups.len())
        .max(1);
    let outs: Vec<GroupOut<T>> = if threads == 1 {
        groups.iter().map(read_group).collect()
    } else {
        // Thread k reads groups k, k + threads, …: neighbouring teams are often alike in size.
        let per_thread: Vec<Vec<(usize, GroupOut<T>)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|k| {
                    let groups = &groups;
                    let read_group = &read_group;
                    scope.spawn(move || {
                        groups
                            .iter()
                            .enumerate()
                            .skip(k)
                            .step_by(threads)
                            .map(|(g, group)| (g, read_group(group)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        let mut all: Vec<(usize, GroupOut<T>)> = per_thread.into_iter().flatten().collect();
        all.sort_by_key(|(g, _)| *g);
        all.into_iter().map(|(_, out)| out).collect()
    };
    let mut made: Vec<Option<T>> = (0..teams.len()).map(|_| None).collect();
    let mut others = Vec::new();
    for (group_made, group_others, bad) in outs {
        for (i, t) in group_made {
            made[i] = Some(t);
        }
        others.extend(group_others);
        unreadable.extend(bad);
    }
    let (rest, mut bad) = read_some(other_paths, |_| true);
    others.extend(own_sheets(dir, rest, &mut bad));
    unreadable.extend(bad);
    debug_assert!(made.iter().all(Option::is_some));
    Ok(ByTeam {
        // Every team index is in exactly one group, and each group hands over all its teams.
        teams: made.into_iter().flatten().collect(),
        others,
        unreadable,
    })
}

/// The sheets of `responses/` that are their respondent's own answers; a perception sheet
/// copied there by hand is reported in `unreadable` (such sheets belong in `perceptions/`).
pub fn own_sheets(
    dir: &Path,
    sheets: Vec<ResponseSheet>,
    unreadable: &mut Vec<StoreError>,
) -> Vec<ResponseSheet> {
    let mut own = Vec::with_capacity(sheets.len());
    for sheet in sheets {
        match &sheet.about {
            None => own.push(sheet),
            Some(about) => unreadable.push(StoreError::corrupt_in(
                &dir.join(sheet_file(&sheet.team, &sheet.respondent)),
                crate::error::Wording::new(
                    format!(
                        "holds answers about team \"{about}\"; such sheets belong in perceptions/"
                    ),
                    format!(
                        "contient des réponses sur l’équipe «\u{202f}{about}\u{202f}»\u{202f}; ces feuilles vont dans perceptions/"
                    ),
                ),
            )),
        }
    }
    own
}
