//! Managing respondents: rename, merge two sheets into one, delete to the trash and restore.
//! Nothing is destroyed: a deleted sheet waits in the assessment's `trash/`, and each operation
//! is written to the respondent log so that `collect` does not bring back an old copy.
//!
//! A respondent's perception sheets (their answers about another team, `perceptions/`) go with
//! them: renamed, merged by the same rule as the own sheet (the newer answer wins, the other
//! reported), trashed with it and restored with it. Each is written to its new place before
//! the old one is removed, so a crash in between leaves a copy, never a loss.

use super::Workspace;
use super::answers::find_team;
use crate::app::i18n::errors::{NameOf, name_error};
use crate::app::i18n::{NNBSP as S, guill};
use crate::clock::now_stamp;
use crate::domain::ResponseSheet;
use crate::domain::merge::{Conflict, Prefer, merge_sheets};
use crate::domain::names::{check_name, closest, same_name};
use crate::error::Error;
use crate::store::{LogEntry, LogOp, StoreError};
use std::path::PathBuf;

/// A respondent of a team, as the user typed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub assessment: String,
    pub team: String,
    pub respondent: String,
}

/// The team (as stored) and the stored name of an existing respondent, or an error naming the
/// closest respondent.
fn existing(ws: &Workspace, who: &Who) -> Result<(String, String, String), Error> {
    let loaded = ws.load(&who.assessment)?;
    let team = find_team(&loaded.assessment, &who.team)?;
    // Someone who only answered about another team is a respondent of their team too.
    let mut names: Vec<&str> = Vec::new();
    for s in loaded.sheets.iter().chain(&loaded.perceptions) {
        if s.team == team && !names.iter().any(|n| same_name(n, &s.respondent)) {
            names.push(s.respondent.as_str());
        }
    }
    let misnamed = ws.store().misnamed_sheets(&loaded.assessment.name)?;
    let found = names
        .iter()
        .copied()
        .chain(
            misnamed
                .iter()
                .filter(|f| same_name(&f.sheet.team, &team))
                .map(|f| f.sheet.respondent.as_str()),
        )
        .find(|n| same_name(n, &who.respondent));
    if let Some(name) = found {
        Ok((loaded.assessment.name.clone(), team, name.to_string()))
    } else {
        let close = closest(&who.respondent, names.iter().copied());
        let hint = close
            .map(|c| format!("; did you mean \"{c}\"?"))
            .unwrap_or_default();
        let indice = close
            .map(|c| format!("{S}; vouliez-vous dire {}{S}?", guill(c)))
            .unwrap_or_default();
        let (known, connus) = if names.is_empty() {
            ("none yet".to_string(), "aucun pour l’instant".to_string())
        } else {
            (names.join(", "), names.join(", "))
        };
        Err(Error::usage(format!(
            "no respondent \"{}\" in {team} of \"{}\"{hint} (respondents: {known})",
            who.respondent.trim(),
            loaded.assessment.name,
        ))
        .fr(format!(
            "aucun répondant {} dans {team} de {}{indice} (répondants{S}: {connus})",
            guill(who.respondent.trim()),
            guill(&loaded.assessment.name),
        )))
    }
}

/// What a merge did.
#[derive(Debug)]
pub struct Merged {
    pub team: String,
    pub from: String,
    pub into: String,
    /// Answers and comments `into` did not have.
    pub added: usize,
    /// Questions both had answered differently: the newer was kept, both are listed.
    pub conflicts: Vec<Conflict>,
    /// The same for each of the respondent's sheets about another team, in team order.
    pub perceptions: Vec<PerceptionMerged>,
}

/// What became of one perception sheet in a rename, merge or restore.
#[derive(Debug)]
pub struct PerceptionMerged {
    /// The team the sheet is about.
    pub about: String,
    pub added: usize,
    pub conflicts: Vec<Conflict>,
}

/// The other teams of the assessment: those a respondent of `team` may have answered about.
fn other_teams(ws: &Workspace, name: &str, team: &str) -> Result<Vec<String>, Error> {
    Ok(ws
        .store()
        .assessment(name)?
        .teams
        .into_iter()
        .filter(|t| t != team)
        .collect())
}

/// Merges `from`'s answers into `into`'s sheet (`into` is created when new: that is a rename),
/// then removes `from`'s files. Where both answered a question differently the newer answer
/// wins and the other is reported; nothing is dropped silently.
fn merge_into(
    ws: &Workspace,
    name: &str,
    team: &str,
    from: &str,
    into: &str,
    op: LogOp,
) -> Result<Merged, Error> {
    let store = ws.store();
    let now = now_stamp();
    // FROM's regular sheet, and any file holding FROM's answers under another name.
    let own = store.load_sheet(name, team, from)?;
    let has_own = own.is_some();
    let mut source = own.unwrap_or_else(|| ResponseSheet::new(team, from));
    let strays: Vec<_> = store
        .misnamed_sheets(name)?
        .into_iter()
        .filter(|f| same_name(&f.sheet.team, team) && same_name(&f.sheet.respondent, from))
        .collect();
    for stray in &strays {
        source = merge_sheets(&source, &stray.sheet, Prefer::Newer).0;
    }
    // Their sheets about other teams first: each merged into INTO's sheet about that team.
    let mut perceptions = Vec::new();
    for about in other_teams(ws, name, team)? {
        let Some(theirs) = store.load_perception(name, team, from, &about)? else {
            continue;
        };
        let report = store.update_perception(name, team, into, &about, &now, |current| {
            let target = current.unwrap_or_else(|| ResponseSheet::perception(team, into, &about));
            let mut theirs = theirs.clone();
            theirs.team.clone_from(&target.team);
            theirs.respondent.clone_from(&target.respondent);
            theirs.about.clone_from(&target.about);
            let (mut merged, report) = merge_sheets(&target, &theirs, Prefer::Newer);
            if op == LogOp::Renamed {
                merged.respondent = into.to_string();
            }
            Ok::<_, StoreError>((Some(merged), report))
        })?;
        if !same_name(from, into) {
            store.remove_perception(name, team, from, &about)?;
        }
        perceptions.push(PerceptionMerged {
            about,
            added: report.added,
            conflicts: report.conflicts,
        });
    }
    if !has_own && strays.is_empty() {
        // Answers about other teams only: no own sheet to make for INTO.
        store.append_log(
            name,
            LogEntry {
                op,
                team: team.to_string(),
                respondent: from.to_string(),
                into: Some(into.to_string()),
                at: now.clone(),
            },
            &now,
        )?;
        return Ok(Merged {
            team: team.to_string(),
            from: from.to_string(),
            into: into.to_string(),
            added: 0,
            conflicts: Vec::new(),
            perceptions,
        });
    }
    let outcome = store.update_sheet(name, team, into, &now, |current| {
        let target = current.unwrap_or_else(|| ResponseSheet::new(team, into));
        let mut theirs = source.clone();
        theirs.team.clone_from(&target.team);
        theirs.respondent.clone_from(&target.respondent);
        let (mut merged, report) = merge_sheets(&target, &theirs, Prefer::Newer);
        if op == LogOp::Renamed {
            // A rename may only change the spelling ("alice" → "Alice"): the new one is kept.
            merged.respondent = into.to_string();
        }
        Ok::<_, StoreError>((Some(merged), report))
    })?;
    if !same_name(from, into) {
        store.remove_sheet(name, team, from)?;
    }
    for stray in &strays {
        store.remove_file(&stray.path)?;
    }
    store.append_log(
        name,
        LogEntry {
            op,
            team: team.to_string(),
            respondent: from.to_string(),
            into: Some(into.to_string()),
            at: now.clone(),
        },
        &now,
    )?;
    Ok(Merged {
        team: team.to_string(),
        from: from.to_string(),
        into: into.to_string(),
        added: outcome.added,
        conflicts: outcome.conflicts,
        perceptions,
    })
}

/// `respondent rename`: the sheet of `who` becomes `new`'s. Refused when `new` already answers
/// (that is a merge, asked for by name).
pub fn rename(ws: &Workspace, who: &Who, new: &str) -> Result<Merged, Error> {
    let (name, team, old) = existing(ws, who)?;
    let new = check_name(new).map_err(|e| name_error(NameOf::Respondent, &e))?;
    let loaded = ws.load(&name)?;
    if let Some(taken) = loaded.sheets.iter().chain(&loaded.perceptions).find(|s| {
        s.team == team && same_name(&s.respondent, &new) && !same_name(&s.respondent, &old)
    }) {
        return Err(Error::usage(format!(
            "\"{}\" already answers for {team}; to put {old}'s answers into that sheet use `devops-maturity respondent merge {name} --team \"{team}\" \"{old}\" \"{}\"`",
            taken.respondent, taken.respondent
        ))
        .fr(format!(
            "{} répond déjà pour {team}{S}; pour mettre les réponses de {old} dans cette fiche, utilisez `devops-maturity respondent merge {name} --team \"{team}\" \"{old}\" \"{}\"`",
            guill(&taken.respondent), taken.respondent
        )));
    }
    if old == new {
        return Err(Error::usage(format!("{old} is already called \"{new}\""))
            .fr(format!("{old} s’appelle déjà {}", guill(&new))));
    }
    merge_into(ws, &name, &team, &old, &new, LogOp::Renamed)
}

/// `respondent merge`: `from`'s answers go into `into`'s sheet, which must exist.
pub fn merge(ws: &Workspace, from: &Who, into: &str) -> Result<Merged, Error> {
    let (name, team, from_name) = existing(ws, from)?;
    let (_, _, into_name) = existing(
        ws,
        &Who {
            respondent: into.to_string(),
            ..from.clone()
        },
    )?;
    if same_name(&from_name, &into_name) {
        return Err(
            Error::usage(format!("{from_name} cannot be merged into itself")).fr(format!(
                "{from_name} ne peut pas être fusionné avec lui-même"
            )),
        );
    }
    merge_into(ws, &name, &team, &from_name, &into_name, LogOp::Merged)
}

/// What `delete` did.
#[derive(Debug)]
pub struct Deleted {
    pub assessment: String,
    pub team: String,
    pub respondent: String,
    /// Where the sheets went: the own sheet first (when there is one), then each sheet about
    /// another team.
    pub trashed: Vec<PathBuf>,
}

/// `respondent delete`: moves the sheet, and the respondent's sheets about other teams, to
/// the assessment's trash, all stamped with the same time so `restore` brings them back
/// together.
pub fn delete(ws: &Workspace, who: &Who) -> Result<Deleted, Error> {
    let (name, team, respondent) = existing(ws, who)?;
    let now = now_stamp();
    let mut trashed: Vec<PathBuf> = ws
        .store()
        .trash_sheet(&name, &team, &respondent, &now)?
        .into_iter()
        .collect();
    for about in other_teams(ws, &name, &team)? {
        trashed.extend(
            ws.store()
                .trash_perception(&name, &team, &respondent, &about, &now)?,
        );
    }
    if trashed.is_empty() {
        return Err(
            Error::usage(format!("{respondent} ({team}) has no sheet to delete")).fr(format!(
                "{respondent} ({team}) n’a pas de fiche à supprimer"
            )),
        );
    }
    ws.store().append_log(
        &name,
        LogEntry {
            op: LogOp::Deleted,
            team: team.clone(),
            respondent: respondent.clone(),
            into: None,
            at: now.clone(),
        },
        &now,
    )?;
    Ok(Deleted {
        assessment: name,
        team,
        respondent,
        trashed,
    })
}

/// `respondent restore`: brings back what the most recent `delete` of `who` trashed — their
/// sheet and their sheets about other teams — each merged with any sheet they have since (the
/// newer answer wins).
pub fn restore(ws: &Workspace, who: &Who) -> Result<Merged, Error> {
    let loaded = ws.load(&who.assessment)?;
    let name = loaded.assessment.name.clone();
    let team = find_team(&loaded.assessment, &who.team)?;
    let own = ws.store().trashed_sheet(&name, &team, &who.respondent)?;
    let mut about: Vec<(String, PathBuf, ResponseSheet)> = Vec::new();
    for other in other_teams(ws, &name, &team)? {
        if let Some((path, sheet)) =
            ws.store()
                .trashed_perception(&name, &team, &who.respondent, &other)?
        {
            about.push((other, path, sheet));
        }
    }
    // One deletion trashes every sheet with one stamp: the newest stamp is the last deletion.
    let Some(last) = own
        .iter()
        .map(|(p, _)| trash_stamp(p))
        .chain(about.iter().map(|(_, p, _)| trash_stamp(p)))
        .max()
    else {
        return Err(Error::usage(format!(
            "no deleted sheet of \"{}\" in {team} of \"{name}\"",
            who.respondent.trim()
        ))
        .fr(format!(
            "aucune fiche supprimée de {} dans {team} de {}",
            guill(who.respondent.trim()),
            guill(&name)
        )));
    };
    let now = now_stamp();
    let mut respondent = who.respondent.trim().to_string();
    let mut out = Merged {
        team: team.clone(),
        from: String::new(),
        into: String::new(),
        added: 0,
        conflicts: Vec::new(),
        perceptions: Vec::new(),
    };
    if let Some((path, sheet)) = own.filter(|(p, _)| trash_stamp(p) == last) {
        respondent.clone_from(&sheet.respondent);
        let report = ws
            .store()
            .update_sheet(&name, &team, &respondent, &now, |current| {
                let (merged, report) = match current {
                    Some(here) => merge_sheets(&here, &sheet, Prefer::Newer),
                    None => (sheet.clone(), crate::domain::merge::SheetMerge::default()),
                };
                Ok::<_, StoreError>((Some(merged), report))
            })?;
        ws.store().forget_trashed(&path)?;
        out.added = report.added;
        out.conflicts = report.conflicts;
    }
    for (other, path, sheet) in about {
        if trash_stamp(&path) != last {
            continue;
        }
        respondent.clone_from(&sheet.respondent);
        let report = ws.store().update_perception(
            &name,
            &team,
            &sheet.respondent,
            &other,
            &now,
            |current| {
                let (merged, report) = match current {
                    Some(here) => merge_sheets(&here, &sheet, Prefer::Newer),
                    None => (sheet.clone(), crate::domain::merge::SheetMerge::default()),
                };
                Ok::<_, StoreError>((Some(merged), report))
            },
        )?;
        ws.store().forget_trashed(&path)?;
        out.perceptions.push(PerceptionMerged {
            about: other,
            added: report.added,
            conflicts: report.conflicts,
        });
    }
    ws.store().append_log(
        &name,
        LogEntry {
            op: LogOp::Restored,
            team: team.clone(),
            respondent: respondent.clone(),
            into: None,
            at: now.clone(),
        },
        &now,
    )?;
    out.from.clone_from(&respondent);
    out.into = respondent;
    Ok(out)
}

/// The time stamp a trashed file's name ends with (`<sheet>.<stamp>.json`).
fn trash_stamp(path: &std::path::Path) -> String {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = file.trim_end_matches(".json");
    stem.rsplit_once('.')
        .map(|(_, stamp)| stamp.to_string())
        .unwrap_or_default()
}

/// Where the log says the answers of `respondent` of `team` live now: `Some(name)` (itself, or
/// the name it was renamed or merged into), or `None` when it was deleted and not restored.
/// Used by `collect`, so an older copy of a sheet does not undo what was done here.
pub fn current_name(log: &[LogEntry], team: &str, respondent: &str) -> Option<String> {
    let mut name = respondent.to_string();
    // Follow renames and merges in order; a chain (A → B → C) ends at C.
    for _ in 0..=log.len() {
        let last = log
            .iter()
            .rev()
            .find(|e| same_name(&e.team, team) && same_name(&e.respondent, &name));
        match last {
            Some(e) if e.op == LogOp::Deleted => return None,
            Some(e) if matches!(e.op, LogOp::Renamed | LogOp::Merged) => {
                let next = e.into.clone().unwrap_or_default();
                if same_name(&next, &name) {
                    return Some(name);
                }
                name = next;
            }
            _ => return Some(name),
        }
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(op: LogOp, who: &str, into: Option<&str>) -> LogEntry {
        LogEntry {
            op,
            team: "Paris".into(),
            respondent: who.into(),
            into: into.map(str::to_string),
            at: "2026-11-01T10:00:00.000Z".into(),
        }
    }

    #[test]
    fn the_log_sends_old_names_to_their_new_sheet_and_deleted_ones_nowhere() {
        let log = vec![
            entry(LogOp::Renamed, "Alice", Some("Alice Martin")),
            entry(LogOp::Merged, "Alice Martin", Some("A. Martin")),
            entry(LogOp::Deleted, "Bob", None),
            entry(LogOp::Deleted, "Carol", None),
            entry(LogOp::Restored, "Carol", None),
        ];
        assert_eq!(
            current_name(&log, "paris", "alice").as_deref(),
            Some("A. Martin")
        );
        assert_eq!(current_name(&log, "Paris", "Bob"), None);
        assert_eq!(
            current_name(&log, "Paris", "Carol").as_deref(),
            Some("Carol")
        );
        assert_eq!(current_name(&log, "Paris", "Dan").as_deref(), Some("Dan"));
        assert_eq!(current_name(&log, "Nantes", "Bob").as_deref(), Some("Bob"));
    }
}
