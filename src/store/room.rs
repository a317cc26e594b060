//! The room file of an assessment (`room.json`): what each team's workshop room recorded — its
//! notes, agreed levels, parking lot, progress and last participants (`domain::room::Rooms`),
//! and apart from it, per pair, each team's room assessing another team (`TeamRoom::about`).
//! One file per assessment, written atomically under its lock after re-reading it, like the
//! respondent log; the votes themselves live in the participants' sheets.

use super::files::{self, Kind};
use super::{StoreError, lock};
use crate::domain::room::Rooms;
use crate::error::Wording;
use std::path::Path;

pub(crate) const ROOM: Kind = Kind {
    name: "devops-maturity/room",
    version: 1,
};
pub(crate) const ROOM_FILE: &str = "room.json";

/// Parses a room file's bytes; `path` names it in errors.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Rooms, StoreError> {
    let (rooms, _) = files::parse_json::<Rooms>(path, bytes, ROOM)?;
    check(path, &rooms)?;
    Ok(rooms)
}

/// A file that parses but names a team twice, or holds an agreed level of 0, was not written by
/// us: refused rather than half-read.
fn check(path: &Path, rooms: &Rooms) -> Result<(), StoreError> {
    const S: char = '\u{202f}';
    let q = |name: &str| format!("«{S}{name}{S}»");
    let bad = |en: String, fr: String| Err(StoreError::corrupt_in(path, Wording::new(en, fr)));
    for (i, team) in rooms.teams.iter().enumerate() {
        if team.team.trim().is_empty() {
            return bad(
                format!("teams[{i}]: empty team name"),
                format!("teams[{i}]{S}: nom d’équipe vide"),
            );
        }
        if let Some(about) = &team.about
            && (about.trim().is_empty() || crate::domain::names::same_name(about, &team.team))
        {
            return bad(
                format!(
                    "teams[{i}].about: \"{about}\" must name another team than \"{}\"",
                    team.team
                ),
                format!(
                    "teams[{i}].about{S}: {} doit nommer une autre équipe que {}",
                    q(about),
                    q(&team.team)
                ),
            );
        }
        if rooms.teams[..i]
            .iter()
            .any(|t| t.is(&team.team, team.about.as_deref()))
        {
            return match &team.about {
                Some(about) => bad(
                    format!(
                        "teams[{i}]: the room of team \"{}\" about \"{about}\" is listed twice",
                        team.team
                    ),
                    format!(
                        "teams[{i}]{S}: la salle de l’équipe {} sur {} figure deux fois",
                        q(&team.team),
                        q(about)
                    ),
                ),
                None => bad(
                    format!("teams[{i}]: team \"{}\" is listed twice", team.team),
                    format!("teams[{i}]{S}: l’équipe {} figure deux fois", q(&team.team)),
                ),
            };
        }
        for (id, q) in &team.questions {
            if q.agreed == Some(0) {
                return bad(
                    format!("teams[{i}].questions.{id}.agreed: levels start at 1"),
                    format!("teams[{i}].questions.{id}.agreed{S}: les niveaux commencent à 1"),
                );
            }
        }
    }
    Ok(())
}

/// The rooms of the assessment in `dir`; empty when no room met yet.
pub fn read(dir: &Path) -> Result<Rooms, StoreError> {
    let path = dir.join(ROOM_FILE);
    if !path.exists() {
        return Ok(Rooms::default());
    }
    let bytes = std::fs::read(&path).map_err(|e| StoreError::io(&path, e))?;
    parse(&path, &bytes)
}

/// Read-change-write of the room file under its lock: `change` edits the rooms as stored (or
/// refuses, leaving the file as it was); the file is written only when they changed. A file
/// that cannot be read is never overwritten.
pub fn update<T, E: From<StoreError>>(
    dir: &Path,
    now: &str,
    change: impl FnOnce(&mut Rooms) -> Result<T, E>,
) -> Result<T, E> {
    let path = dir.join(ROOM_FILE);
    let _lock = lock::acquire(&path, lock::WAIT)?;
    let mut rooms = if path.exists() {
        let bytes = std::fs::read(&path).map_err(|e| StoreError::io(&path, e))?;
        parse(&path, &bytes)?
    } else {
        Rooms::default()
    };
    let before = rooms.clone();
    let out = change(&mut rooms)?;
    if rooms != before {
        files::write_json(&path, ROOM, now, &rooms)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(teams: &str) -> Vec<u8> {
        format!(
            r#"{{"format":"devops-maturity/room","format_version":1,"updated_at":"2026-01-01T00:00:00.000Z","teams":{teams}}}"#
        )
        .into_bytes()
    }

    #[test]
    fn a_team_room_and_its_room_about_another_team_are_two_entries() {
        let path = Path::new("room.json");
        let rooms = parse(
            path,
            &file(r#"[{"team":"Ops"},{"team":"Ops","about":"Dev"}]"#),
        );
        let rooms = rooms.unwrap();
        assert!(rooms.team("Ops").unwrap().about.is_none());
        assert!(rooms.pair("Ops", Some("dev")).is_some());
        let twice = parse(
            path,
            &file(r#"[{"team":"Ops","about":"Dev"},{"team":"ops","about":"dev"}]"#),
        );
        assert!(twice.unwrap_err().to_string().contains("listed twice"));
        let itself = parse(path, &file(r#"[{"team":"Ops","about":"ops"}]"#));
        assert!(itself.unwrap_err().to_string().contains("another team"));
    }
}
