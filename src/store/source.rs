//! Reading answers brought from other laptops (`collect`) and packing a site's answers to send
//! (`export`). A source is a sheet file, a `responses/` folder, an assessment folder, a whole
//! data directory, or a `.zip` of any of these: every `assessment.json` and every file in a
//! `responses/` folder is read; sheets are tied to the assessment folder they sit in, when the
//! source has one. Nothing here writes to the data directory; `app::collect` decides.

use super::files::{self, Kind};
use super::names::sheet_file;
use super::{ASSESSMENT, SHEET, StoreError, sheets};
use crate::domain::{Assessment, ResponseSheet};
use crate::error::Wording;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Deepest folder level searched under a source folder (a data directory is
/// `assessments/<name>/responses/<file>`: 3).
const MAX_DEPTH: usize = 6;
/// A member of an archive larger than this is not a sheet; reading it could exhaust memory.
const MAX_MEMBER: u64 = 16 * 1024 * 1024;

/// An assessment found in a source.
#[derive(Debug, Clone)]
pub struct FoundAssessment {
    /// Where it was found, for messages: `site.zip:bank/assessment.json`.
    pub origin: String,
    /// Its folder inside the source, which its sheets share.
    pub folder: PathBuf,
    pub assessment: Assessment,
}

/// A sheet found in a source, or why it could not be read.
#[derive(Debug)]
pub struct FoundSheet {
    pub origin: String,
    /// The source assessment folder it sits in, if the source has one there.
    pub folder: Option<PathBuf>,
    pub sheet: Result<ResponseSheet, StoreError>,
}

/// A team's delivery figures found in a source.
#[derive(Debug)]
pub struct FoundFigures {
    pub origin: String,
    pub folder: Option<PathBuf>,
    pub figures: Result<crate::domain::metrics::TeamFigures, StoreError>,
}

/// An action plan found in a source.
#[derive(Debug)]
pub struct FoundPlan {
    pub origin: String,
    /// The source assessment folder it sits in, if the source has one there.
    pub folder: Option<PathBuf>,
    pub plan: Result<crate::domain::plan::Plan, StoreError>,
}

/// An assessment's requests found in a source.
#[derive(Debug)]
pub struct FoundRequests {
    pub origin: String,
    pub folder: Option<PathBuf>,
    pub requests: Result<Vec<crate::domain::requests::Request>, StoreError>,
}

/// A room file (workshop notes, parking lot, progress) found in a source.
#[derive(Debug)]
pub struct FoundRooms {
    pub origin: String,
    /// The source assessment folder it sits in (a room file is always in one).
    pub folder: PathBuf,
    pub rooms: Result<crate::domain::room::Rooms, StoreError>,
}

/// Everything read from one source path.
#[derive(Debug, Default)]
pub struct Source {
    pub assessments: Vec<FoundAssessment>,
    /// Self-assessment sheets and perception sheets (`ResponseSheet::about`) alike; a
    /// perception sheet is only taken from a `perceptions/<team>/` folder of the right team.
    pub sheets: Vec<FoundSheet>,
    pub figures: Vec<FoundFigures>,
    pub plans: Vec<FoundPlan>,
    pub requests: Vec<FoundRequests>,
    pub rooms: Vec<FoundRooms>,
    /// Files given or found that are not sheets or assessments (with why), reported as refused.
    pub refused: Vec<(String, Wording)>,
}

/// The narrow no-break space of French typography (see `app::i18n`, above this layer).
const S: char = '\u{202f}';

/// A name between French guillemets.
fn guill(name: &str) -> String {
    format!("«{S}{name}{S}»")
}

/// Which kind of our files `bytes` holds, by its `format` field.
fn kind_of(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value.get("format")?.as_str().map(str::to_string)
}

/// One file of a source (on disk or in an archive), by its path inside the source.
struct Entry {
    /// Path inside the source (relative), for grouping.
    inner: PathBuf,
    origin: String,
    bytes: Vec<u8>,
    /// Given explicitly (a file named on the command line): anything else in it is refused.
    explicit: bool,
}

fn is_candidate(inner: &Path) -> bool {
    let parts: Vec<String> = inner
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let Some(name) = parts.last() else {
        return false;
    };
    let json = Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if name.starts_with('.') || !json || parts.iter().any(|p| p == "trash") {
        return false;
    }
    name == "assessment.json"
        || name == super::plan::PLAN_FILE
        || name == super::requests::REQUESTS_FILE
        || name == super::room::ROOM_FILE
        || parts.len() >= 2 && matches!(parts[parts.len() - 2].as_str(), "responses" | "metrics")
        || parts.len() >= 3 && parts[parts.len() - 3] == super::perceptions::PERCEPTIONS_DIR
}

/// Reads a source path: a file, a folder or a `.zip`.
pub fn read(path: &Path) -> Result<Source, StoreError> {
    let meta = fs::metadata(path).map_err(|e| StoreError::io(path, e))?;
    let members = if meta.is_dir() {
        let mut out = Vec::new();
        walk(path, path, 0, &mut out)?;
        out
    } else if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
    {
        read_zip(path)?
    } else {
        let bytes = fs::read(path).map_err(|e| StoreError::io(path, e))?;
        vec![Entry {
            inner: PathBuf::from(path.file_name().unwrap_or_default()),
            origin: path.display().to_string(),
            bytes,
            explicit: true,
        }]
    };
    Ok(classify(members))
}

fn walk(root: &Path, dir: &Path, depth: usize, out: &mut Vec<Entry>) -> Result<(), StoreError> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| StoreError::io(dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            if name != "trash" {
                walk(root, &path, depth + 1, out)?;
            }
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(&path);
        // A `responses/` folder given itself: its files are sheets.
        let inner = if root.file_name().is_some_and(|n| n == "responses") {
            Path::new("responses").join(relative)
        } else {
            relative.to_path_buf()
        };
        if !is_candidate(&inner) {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| StoreError::io(&path, e))?;
        out.push(Entry {
            inner,
            origin: path.display().to_string(),
            bytes,
            explicit: false,
        });
    }
    Ok(())
}

fn read_zip(path: &Path) -> Result<Vec<Entry>, StoreError> {
    let file = fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| {
        StoreError::corrupt_in(
            path,
            Wording::new(
                format!("not a readable .zip ({e})"),
                format!("ce n’est pas un .zip lisible ({e})"),
            ),
        )
    })?;
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut member = archive.by_index(i).map_err(|e| {
            StoreError::corrupt_in(
                path,
                Wording::new(format!("member {i}: {e}"), format!("membre {i}{S}: {e}")),
            )
        })?;
        if member.is_dir() {
            continue;
        }
        // `enclosed_name` refuses "../" and absolute names; nothing is extracted anyway.
        let Some(inner) = member.enclosed_name() else {
            continue;
        };
        if !is_candidate(&inner) && inner.components().count() > 1 {
            continue;
        }
        let origin = format!("{}:{}", path.display(), inner.display());
        if member.size() > MAX_MEMBER {
            return Err(StoreError::corrupt_in(
                path,
                Wording::new(
                    format!("{} is too large to be a sheet", inner.display()),
                    format!(
                        "{} est trop gros pour être une feuille de réponses",
                        inner.display()
                    ),
                ),
            ));
        }
        let mut bytes = Vec::new();
        member.read_to_end(&mut bytes).map_err(|e| {
            StoreError::corrupt_in(
                path,
                Wording::new(
                    format!("{}: {e}", inner.display()),
                    format!("{}{S}: {e}", inner.display()),
                ),
            )
        })?;
        let explicit = inner.components().count() == 1;
        out.push(Entry {
            inner,
            origin,
            bytes,
            explicit,
        });
    }
    Ok(out)
}

fn classify(members: Vec<Entry>) -> Source {
    let mut source = Source::default();
    for m in &members {
        if kind_of(&m.bytes).as_deref() == Some(ASSESSMENT.name) {
            let path = Path::new(&m.origin);
            match files::parse_json::<Assessment>(path, &m.bytes, ASSESSMENT) {
                Ok((assessment, _)) => source.assessments.push(FoundAssessment {
                    origin: m.origin.clone(),
                    folder: m.inner.parent().unwrap_or(Path::new("")).to_path_buf(),
                    assessment,
                }),
                Err(e) => source.refused.push((m.origin.clone(), e.reason_wording())),
            }
        }
    }
    // The source's assessment folder `dir` is, if it is one.
    let known = |dir: Option<&Path>| {
        dir.map(Path::to_path_buf)
            .filter(|f| source.assessments.iter().any(|a| a.folder == *f))
    };
    for m in members {
        match kind_of(&m.bytes).as_deref() {
            Some(k) if k == SHEET.name => {
                let path = PathBuf::from(&m.origin);
                let parent = m.inner.parent();
                let in_perceptions = parent
                    .and_then(Path::parent)
                    .and_then(Path::file_name)
                    .is_some_and(|n| n == super::perceptions::PERCEPTIONS_DIR);
                // `X/responses/f.json` belongs to the assessment of folder `X`, if found, and
                // `X/perceptions/<team>/f.json` too.
                let folder = known(if in_perceptions {
                    parent.and_then(Path::parent).and_then(Path::parent)
                } else {
                    parent.and_then(Path::parent)
                });
                let sheet = sheets::parse(&path, &m.bytes).and_then(|f| {
                    // Where a sheet sits must agree with whom it is about, as in the store.
                    match (in_perceptions, &f.sheet.about) {
                        (true, _) => {
                            super::perceptions::belongs(parent.unwrap_or(Path::new("")), &f.sheet)
                                .map_err(|why| StoreError::corrupt_in(&path, why))
                        }
                        (false, Some(about)) => Err(StoreError::corrupt_in(
                            &path,
                            Wording::new(
                                format!(
                                    "holds answers about team \"{about}\" outside a perceptions/ folder"
                                ),
                                format!(
                                    "contient des réponses sur l’équipe {} hors d’un dossier perceptions/",
                                    guill(about)
                                ),
                            ),
                        )),
                        (false, None) => Ok(()),
                    }?;
                    Ok(f.sheet)
                });
                source.sheets.push(FoundSheet {
                    origin: m.origin,
                    folder,
                    sheet,
                });
            }
            Some(k) if k == super::requests::REQUESTS.name => {
                let path = PathBuf::from(&m.origin);
                source.requests.push(FoundRequests {
                    folder: known(m.inner.parent()),
                    origin: m.origin,
                    requests: super::requests::parse(&path, &m.bytes),
                });
            }
            Some(k) if k == super::figures::FIGURES.name => {
                let path = PathBuf::from(&m.origin);
                // `X/metrics/f.json` belongs to the assessment of folder `X`, if found.
                source.figures.push(FoundFigures {
                    folder: known(m.inner.parent().and_then(Path::parent)),
                    origin: m.origin,
                    figures: super::figures::parse(&path, &m.bytes),
                });
            }
            Some(k) if k == super::plan::PLAN.name => {
                let path = PathBuf::from(&m.origin);
                // `X/plan.json` belongs to the assessment of folder `X`, if found.
                source.plans.push(FoundPlan {
                    folder: known(m.inner.parent()),
                    origin: m.origin,
                    plan: super::plan::parse(&path, &m.bytes),
                });
            }
            Some(k) if k == super::room::ROOM.name => {
                let path = PathBuf::from(&m.origin);
                source.rooms.push(FoundRooms {
                    origin: m.origin,
                    folder: m.inner.parent().unwrap_or(Path::new("")).to_path_buf(),
                    rooms: super::room::parse(&path, &m.bytes),
                });
            }
            Some(k) if k == ASSESSMENT.name => {}
            Some(other) if m.explicit => source.refused.push((
                m.origin,
                Wording::new(
                    format!("holds a \"{other}\", not answers"),
                    format!("contient un {}, pas des réponses", guill(other)),
                ),
            )),
            None if m.explicit || m.inner.components().count() > 1 => source.refused.push((
                m.origin,
                Wording::new(
                    "not a devops-maturity file (no readable \"format\" field)",
                    format!(
                        "ce n’est pas un fichier devops-maturity (pas de champ {} lisible)",
                        guill("format")
                    ),
                ),
            )),
            _ => {}
        }
    }
    source
}

/// A file to pack: its path inside the archive and its bytes.
pub type Member = (String, Vec<u8>);

/// Packs files into a `.zip` at `out` (written atomically).
pub fn write_zip(out: &Path, members: &[Member]) -> Result<(), StoreError> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let fail = |e: &dyn std::fmt::Display| {
        StoreError::corrupt_in(
            out,
            Wording::new(
                format!("cannot pack: {e}"),
                format!("impossible d’empaqueter{S}: {e}"),
            ),
        )
    };
    for (name, bytes) in members {
        writer
            .start_file(name.as_str(), options)
            .map_err(|e| fail(&e))?;
        writer.write_all(bytes).map_err(|e| fail(&e))?;
    }
    let cursor = writer.finish().map_err(|e| fail(&e))?;
    files::write_atomic(out, &cursor.into_inner())
}

/// The files of an assessment to send: its `assessment.json`, the sheets, delivery figures, plan
/// actions and workshop rooms of `teams` (every team when `None`), as stored, under `<folder>/…`. Files that cannot be read are returned
/// apart, by path, and left out.
pub fn export_members(
    dir: &Path,
    teams: Option<&[String]>,
) -> Result<(Vec<Member>, Vec<StoreError>), StoreError> {
    let folder = dir.file_name().map_or_else(
        || "assessment".to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let assessment_path = dir.join("assessment.json");
    let bytes = fs::read(&assessment_path).map_err(|e| StoreError::io(&assessment_path, e))?;
    let mut members = vec![(format!("{folder}/assessment.json"), bytes)];
    let mut skipped = Vec::new();
    let responses = dir.join("responses");
    let (all, unreadable) = sheets::read_all(&responses)?;
    skipped.extend(unreadable);
    for sheet in all {
        let wanted = teams.is_none_or(|t| {
            t.iter()
                .any(|name| crate::domain::names::same_name(name, &sheet.team))
        });
        if !wanted {
            continue;
        }
        // The merged sheet, in the current format: one file per respondent, whatever the
        // files on disk were (an unmigrated version-1 file included).
        let text = files::to_json(SHEET, &crate::clock::now_stamp(), &sheet)
            .map_err(|e| StoreError::corrupt(&responses, e))?;
        members.push((
            format!(
                "{folder}/responses/{}",
                sheet_file(&sheet.team, &sheet.respondent)
            ),
            text.into_bytes(),
        ));
    }
    let (perceptions, bad) =
        super::perceptions::read_all(&dir.join(super::perceptions::PERCEPTIONS_DIR))?;
    skipped.extend(bad);
    for sheet in perceptions {
        // Answers a site's respondents gave about another team travel with the site.
        let wanted = teams.is_none_or(|t| {
            t.iter()
                .any(|name| crate::domain::names::same_name(name, &sheet.team))
        });
        let Some(about) = sheet.about.as_deref().filter(|_| wanted) else {
            continue;
        };
        let text = files::to_json(SHEET, &crate::clock::now_stamp(), &sheet)
            .map_err(|e| StoreError::corrupt(dir, e))?;
        members.push((
            format!(
                "{folder}/{}/{}/{}",
                super::perceptions::PERCEPTIONS_DIR,
                super::perceptions::about_dir(about),
                sheet_file(&sheet.team, &sheet.respondent)
            ),
            text.into_bytes(),
        ));
    }
    // Requests travel whole: merging by field and time makes a copy of every team's harmless.
    let requests_path = dir.join(super::requests::REQUESTS_FILE);
    if requests_path.exists() {
        match fs::read(&requests_path)
            .map_err(|e| StoreError::io(&requests_path, e))
            .and_then(|bytes| super::requests::parse(&requests_path, &bytes).map(|_| bytes))
        {
            Ok(bytes) => members.push((
                format!("{folder}/{}", super::requests::REQUESTS_FILE),
                bytes,
            )),
            Err(e) => skipped.push(e),
        }
    }
    let (figures, bad) = super::figures::read_all(&dir.join(super::figures::FIGURES_DIR))?;
    skipped.extend(bad);
    for team in figures {
        let wanted = teams.is_none_or(|t| {
            t.iter()
                .any(|name| crate::domain::names::same_name(name, &team.team))
        });
        if !wanted {
            continue;
        }
        let text = files::to_json(super::figures::FIGURES, &crate::clock::now_stamp(), &team)
            .map_err(|e| StoreError::corrupt(dir, e))?;
        members.push((
            format!(
                "{folder}/{}/{}",
                super::figures::FIGURES_DIR,
                super::figures::figures_file(&team.team)
            ),
            text.into_bytes(),
        ));
    }
    // The plan travels with the answers: the actions of the teams sent (all of them when
    // every team is), tombstones included so a removal reaches the other laptop.
    match super::plan::read(dir) {
        Ok(Some(mut plan)) => {
            if let Some(t) = teams {
                plan.actions
                    .retain(|a| t.iter().any(|name| a.has_team(name)));
            }
            if !plan.actions.is_empty() {
                let text = files::to_json(super::plan::PLAN, &crate::clock::now_stamp(), &plan)
                    .map_err(|e| StoreError::corrupt(dir, e))?;
                members.push((
                    format!("{folder}/{}", super::plan::PLAN_FILE),
                    text.into_bytes(),
                ));
            }
        }
        Ok(None) => {}
        Err(e) => skipped.push(e),
    }
    match super::room::read(dir) {
        Ok(mut rooms) => {
            rooms.teams.retain(|room| {
                teams.is_none_or(|t| {
                    t.iter()
                        .any(|name| crate::domain::names::same_name(name, &room.team))
                })
            });
            if !rooms.teams.is_empty() {
                let text = files::to_json(super::room::ROOM, &crate::clock::now_stamp(), &rooms)
                    .map_err(|e| StoreError::corrupt(dir, e))?;
                members.push((
                    format!("{folder}/{}", super::room::ROOM_FILE),
                    text.into_bytes(),
                ));
            }
        }
        Err(e) => skipped.push(e),
    }
    Ok((members, skipped))
}

/// The kind of sheets, for callers that parse sheets themselves.
pub fn sheet_kind() -> Kind {
    SHEET
}
