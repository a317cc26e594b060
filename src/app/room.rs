//! The workshop room's use cases: opening a team's room (its assessment, sheets and what the
//! room recorded), checking who takes part, accepting the votes of a question — each written
//! to its participant's own sheet through `Workspace::save_changes`, the wizard's locked
//! three-way merge, then recorded in the room file — and the room's own changes (notes, agreed
//! level, parking lot, participants).
//!
//! The sheets are written first and the room file last: a kill between two sheet writes leaves
//! the question not accepted, so the room resumes on it and nothing accepted is lost.

use super::answers::{RespondentMatch, find_team, match_respondent};
use super::i18n::{self, Lang, NNBSP as S};
use super::{Conflict, Failure, Loaded, Workspace};
use crate::clock::now_stamp;
use crate::domain::room::{Participant, RoomChange, Rooms, TeamRoom};
use crate::domain::{Answer, ResponseSheet, Role};
use crate::error::Error;
use crate::store::StoreError;

/// A team's room, ready to open: the assessment with every sheet, the team as stored, whose
/// practices it assesses, and what the rooms recorded so far.
#[derive(Debug)]
pub struct Opened {
    pub loaded: Loaded,
    pub team: String,
    /// `Some`: the team assesses this other team of the assessment (as stored); the votes go
    /// to the participants' perception sheets about it. `None`: its own practices.
    pub about: Option<String>,
    /// Every room of the assessment as stored, so the participants screen can switch whose
    /// practices are assessed without reading again.
    pub rooms: Rooms,
}

impl Opened {
    /// What the room of (`team`, `about`) recorded so far (empty before its first meeting).
    pub fn record(&self) -> TeamRoom {
        self.rooms
            .pair(&self.team, self.about.as_deref())
            .cloned()
            .unwrap_or_else(|| TeamRoom::about(&self.team, self.about.as_deref()))
    }

    /// The sheets the room's votes go to: the team's own, or its perception sheets about
    /// `about`.
    pub fn sheets(&self) -> Vec<ResponseSheet> {
        sheets_of(&self.loaded, &self.team, self.about.as_deref())
    }

    /// The team's respondents to match a typed name against: their own sheets (names and
    /// roles as stored), then, about another team, the perception sheets of those who have
    /// none.
    pub fn known(&self) -> Vec<ResponseSheet> {
        let mut out = sheets_of(&self.loaded, &self.team, None);
        if self.about.is_some() {
            for sheet in self.sheets() {
                if !out.iter().any(|s| s.respondent == sheet.respondent) {
                    out.push(sheet);
                }
            }
        }
        out
    }

    /// The other teams of the assessment, whose practices the room may assess instead.
    pub fn other_teams(&self) -> Vec<String> {
        self.loaded
            .assessment
            .teams
            .iter()
            .filter(|t| **t != self.team)
            .cloned()
            .collect()
    }
}

/// The sheets of `team`'s respondents: about their own practices (`about` `None`) or about
/// team `about`.
pub fn sheets_of(loaded: &Loaded, team: &str, about: Option<&str>) -> Vec<ResponseSheet> {
    let from = match about {
        None => &loaded.sheets,
        Some(_) => &loaded.perceptions,
    };
    from.iter()
        .filter(|s| s.team == team && s.about.as_deref() == about)
        .cloned()
        .collect()
}

/// A refusal whose `reason` is already in `lang` (the room's), after `flag` and the colon of
/// that language; in both slots of the error, so it reads the same whatever prints it.
pub fn in_lang(lang: Lang, flag: &str, reason: &str) -> Error {
    let colon = match lang {
        Lang::En => ": ".to_string(),
        Lang::Fr => format!("{}: ", i18n::NNBSP),
    };
    let line = format!("{flag}{colon}{reason}");
    Error::usage(line.clone()).fr(line)
}

/// Loads what the room of `team` needs; `about`: the other team whose practices it assesses
/// (refused when unknown or the team itself).
pub fn open(ws: &Workspace, name: &str, team: &str, about: Option<&str>) -> Result<Opened, Error> {
    let loaded = ws.load(name)?;
    let team = find_team(&loaded.assessment, team)?;
    let about = match about {
        None => None,
        Some(wanted) => {
            let about = find_team(&loaded.assessment, wanted)
                .map_err(|e| e.prefixed("--about: ", &format!("--about{}: ", i18n::NNBSP)))?;
            if about == team {
                return Err(Error::usage(format!(
                    "--about {wanted}: that is the room's own team; leave --about out to assess its own practices"
                ))
                .fr(format!(
                    "--about {wanted}{s}: c’est l’équipe de la salle elle-même{s}; retirez --about pour évaluer ses propres pratiques",
                    s = i18n::NNBSP
                )));
            }
            Some(about)
        }
    };
    let rooms = ws.store().read_rooms(&loaded.assessment.name)?;
    Ok(Opened {
        loaded,
        team,
        about,
        rooms,
    })
}

/// "Alice" or "Alice:ops" (or « Alice:exploitation »): a name and an optional role.
pub fn parse_participant(lang: Lang, text: &str) -> Result<(String, Option<Role>), String> {
    let (name, role) = match text.rsplit_once(':') {
        Some((name, role)) if !role.trim().is_empty() => {
            let parsed = i18n::parse_role(role)
                .ok_or_else(|| i18n::room::unknown_role(lang, role.trim()))?;
            (name, Some(parsed))
        }
        Some((name, _)) => (name, None),
        None => (text, None),
    };
    let name = crate::domain::names::check_name(name)
        .map_err(|e| i18n::errors::bad_name(lang, i18n::errors::NameOf::Participant, &e))?;
    Ok((name, role))
}

/// A participant typed for the room of `team`, checked against its respondents: an existing
/// respondent (spelled as stored, with their stored role), a new one, or a refusal naming why
/// (a name that looks like an existing one, a role that differs from the stored one).
pub fn match_participant(
    lang: Lang,
    sheets: &[&ResponseSheet],
    text: &str,
) -> Result<Participant, String> {
    let (name, role) = parse_participant(lang, text)?;
    let found = match_respondent(sheets.iter().map(|s| s.respondent.as_str()), &name)
        .map_err(|e| i18n::errors::bad_name(lang, i18n::errors::NameOf::Participant, &e))?;
    match found {
        RespondentMatch::Existing(stored) => {
            let sheet = sheets.iter().find(|s| s.respondent == stored);
            let stored_role = sheet.and_then(|s| s.role);
            match (role, stored_role) {
                (Some(wanted), Some(current)) if wanted != current => {
                    Err(i18n::room::role_differs(lang, &stored, current, wanted))
                }
                (Some(wanted), None) => Ok(Participant::new(&stored, Some(wanted))),
                _ => Ok(Participant::new(&stored, stored_role)),
            }
        }
        RespondentMatch::New(name) => Ok(Participant::new(&name, role)),
        RespondentMatch::Similar { typed, existing } => {
            Err(i18n::room::looks_like(lang, &typed, &existing))
        }
    }
}

/// The participants given on the command line (`--participant NAME[:ROLE]`), in order, each
/// checked against the team's respondents as `match_participant` does; a name given twice is
/// refused.
pub fn participants(
    lang: Lang,
    opened: &Opened,
    given: &[String],
) -> Result<Vec<Participant>, Error> {
    let known = opened.known();
    let sheets: Vec<&ResponseSheet> = known.iter().collect();
    let mut out: Vec<Participant> = Vec::new();
    for text in given {
        let p = match_participant(lang, &sheets, text)
            .map_err(|e| in_lang(lang, &format!("--participant {text}"), &e))?;
        if out
            .iter()
            .any(|o| crate::domain::names::same_name(&o.name, &p.name))
        {
            return Err(in_lang(
                lang,
                &format!("--participant {text}"),
                &i18n::room::twice(lang, &p.name),
            ));
        }
        out.push(p);
    }
    Ok(out)
}

/// A timebox per question as typed: "3m", "3" (minutes), "90s", "2m30s", "2:30"; empty: none.
/// Returns seconds.
pub fn parse_timebox(lang: Lang, text: &str) -> Result<Option<u64>, String> {
    let t = text.trim().to_ascii_lowercase().replace(' ', "");
    if t.is_empty() {
        return Ok(None);
    }
    let number = |s: &str| s.parse::<u64>().ok();
    let seconds = if let Some((m, s)) = t.split_once(':') {
        number(m)
            .zip(number(s).filter(|s| *s < 60))
            .map(|(m, s)| m * 60 + s)
    } else if let Some(rest) = t.strip_suffix('s') {
        match rest.split_once('m') {
            Some((m, s)) => number(m).zip(number(s)).map(|(m, s)| m * 60 + s),
            None => number(rest),
        }
    } else if let Some(m) = t.strip_suffix("min").or_else(|| t.strip_suffix('m')) {
        number(m).map(|m| m * 60)
    } else {
        number(&t).map(|m| m * 60)
    };
    match seconds {
        Some(s) if (1..=24 * 3600).contains(&s) => Ok(Some(s)),
        _ => Err(i18n::room::bad_timebox(lang, text.trim())),
    }
}

/// One participant's vote on a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub respondent: String,
    /// The participant's role, given to a sheet that has none yet.
    pub role: Option<Role>,
    pub answer: Answer,
}

/// The votes of a question, to accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accept {
    pub assessment: String,
    pub team: String,
    /// The other team whose practices the room assesses: the votes go to perception sheets.
    pub about: Option<String>,
    pub question: String,
    pub votes: Vec<Vote>,
    /// Seconds the room spent on the question.
    pub seconds: u64,
}

/// What accepting stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    /// Each voter's sheet as stored now, in vote order.
    pub sheets: Vec<ResponseSheet>,
    /// The room of (team, about) as stored now.
    pub room: TeamRoom,
    /// Answers another process changed meanwhile: (respondent, conflict).
    pub conflicts: Vec<(String, Conflict)>,
}

/// Writes each vote to its participant's sheet (a vote replaces that participant's earlier
/// answer), then records the question as accepted in the room file. A failure stops before the
/// room file, so the question stays to accept again.
pub fn accept(ws: &Workspace, request: &Accept) -> Result<Accepted, Failure> {
    let assessment = ws.store().assessment(&request.assessment)?;
    let q = &assessment.questionnaire;
    if q.question(&request.question).is_none() {
        return Err(Failure::Refused(super::answers::unknown_question(
            q,
            &request.question,
        )));
    }
    let mut out = Accepted {
        sheets: Vec::new(),
        room: TeamRoom::about(&request.team, request.about.as_deref()),
        conflicts: Vec::new(),
    };
    for vote in &request.votes {
        if !vote.answer.fits(q.level_count()) {
            let (who, level, top) = (&vote.respondent, vote.answer, q.level_count());
            return Err(Failure::Refused(
                Error::usage(format!("{who}: level {level} is outside the scale 1–{top}")).fr(
                    format!("{who}{S}: le niveau {level} est hors de l’échelle 1–{top}"),
                ),
            ));
        }
        // About another team: the participant's perception sheet, never their own.
        let base = match &request.about {
            Some(about) => ws
                .load_perception(&assessment.name, &request.team, &vote.respondent, about)?
                .unwrap_or_else(|| {
                    ResponseSheet::perception(&request.team, &vote.respondent, about)
                }),
            None => ws
                .load_sheet(&assessment.name, &request.team, &vote.respondent)?
                .unwrap_or_else(|| ResponseSheet::new(&request.team, &vote.respondent)),
        };
        let mut mine = base.clone();
        if base.role.is_none() && vote.role.is_some() {
            mine.set_role(vote.role);
        }
        mine.set_answer(&request.question, vote.answer);
        let saved = ws.save_changes(&assessment.name, &base, &mine)?;
        out.conflicts.extend(
            saved
                .conflicts
                .into_iter()
                .map(|c| (vote.respondent.clone(), c)),
        );
        out.sheets.push(saved.sheet);
    }
    out.room = change(
        ws,
        &assessment.name,
        &request.team,
        request.about.as_deref(),
        &RoomChange::Accepted {
            question: request.question.clone(),
            voters: request.votes.iter().map(|v| v.respondent.clone()).collect(),
            seconds: request.seconds,
        },
    )?;
    Ok(out)
}

/// Applies one change to the room of (`team`, `about`) under the room file's lock; returns that
/// room as stored now.
pub fn change(
    ws: &Workspace,
    name: &str,
    team: &str,
    about: Option<&str>,
    change: &RoomChange,
) -> Result<TeamRoom, StoreError> {
    let now = now_stamp();
    ws.store().update_rooms(name, &now, |rooms| {
        let room = rooms.pair_mut(team, about);
        room.apply(change, &now);
        Ok::<_, StoreError>(room.clone())
    })
}

/// Every team's room of an assessment, for the report (the room's notes) and the summary.
pub fn rooms(ws: &Workspace, name: &str) -> Result<crate::domain::room::Rooms, StoreError> {
    ws.store().read_rooms(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeboxes_read_as_people_type_them() {
        let l = Lang::En;
        assert_eq!(parse_timebox(l, "3m"), Ok(Some(180)));
        assert_eq!(parse_timebox(l, "3"), Ok(Some(180)));
        assert_eq!(parse_timebox(l, "90s"), Ok(Some(90)));
        assert_eq!(parse_timebox(l, "2m30s"), Ok(Some(150)));
        assert_eq!(parse_timebox(l, "2:30"), Ok(Some(150)));
        assert_eq!(parse_timebox(l, "5 min"), Ok(Some(300)));
        assert_eq!(parse_timebox(l, ""), Ok(None));
        assert!(parse_timebox(l, "soon").is_err());
        assert!(parse_timebox(l, "0").is_err());
        assert!(parse_timebox(l, "2:75").is_err());
    }

    #[test]
    fn participants_are_names_with_an_optional_role() {
        let l = Lang::En;
        assert_eq!(
            parse_participant(l, "Alice:ops"),
            Ok(("Alice".to_string(), Some(Role::Ops)))
        );
        assert_eq!(
            parse_participant(l, " Karim "),
            Ok(("Karim".to_string(), None))
        );
        assert_eq!(
            parse_participant(Lang::Fr, "Zoé:recette"),
            Ok(("Zoé".to_string(), Some(Role::Qa)))
        );
        assert!(parse_participant(l, "Bob:chef").is_err());
        assert!(parse_participant(l, " :ops").is_err());
    }

    #[test]
    fn a_typed_participant_is_matched_to_the_stored_respondent() {
        let mut alice = ResponseSheet::new("Paris", "Élodie");
        alice.role = Some(Role::Dev);
        let sheets = vec![&alice];
        let p = match_participant(Lang::En, &sheets, "élodie").unwrap();
        assert_eq!((p.name.as_str(), p.role), ("Élodie", Some(Role::Dev)));
        assert!(match_participant(Lang::En, &sheets, "Elodie").is_err());
        assert!(match_participant(Lang::En, &sheets, "Élodie:ops").is_err());
        let new = match_participant(Lang::En, &sheets, "Bob:qa").unwrap();
        assert_eq!(new.role, Some(Role::Qa));
    }
}
