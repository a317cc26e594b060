//! Creating an assessment and adding a team: the name rules both faces apply, and the writes.
//!
//! The checks are pure functions so the TUI can run them on every Enter without touching the
//! disk, and point the cursor at the field that is wrong.

use super::{Failure, Workspace};
use crate::app::i18n::errors::{NameOf, name_error};
use crate::app::i18n::{NNBSP as S, guill};
use crate::clock::now_stamp;
use crate::domain::Assessment;
use crate::domain::assessment::core_questions;
use crate::domain::names::{check_name, same_name};
use crate::error::Error;

/// What `new` (or the TUI's creation form) asks for, before any check.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAssessment {
    pub name: String,
    pub teams: Vec<String>,
    /// A built-in edition (`en`, `fr`) or a questionnaire file; `None`: the default edition.
    pub questionnaire: Option<String>,
    /// The target level of every dimension; `None`: one below the top level.
    pub target: Option<f64>,
    /// Ask only the questionnaire's core questions (the short form).
    pub short: bool,
}

/// The part of a creation request a check refused, so a form can focus it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Teams,
    Questionnaire,
    Target,
}

/// A refused field and the one-line reason (in both languages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub field: Field,
    pub error: Error,
}

impl From<Invalid> for Error {
    fn from(e: Invalid) -> Error {
        e.error
    }
}

/// A trimmed assessment name, or why it cannot be one.
pub fn check_assessment_name(raw: &str) -> Result<String, Invalid> {
    check_name(raw).map_err(|e| Invalid {
        field: Field::Name,
        error: name_error(NameOf::Assessment, &e),
    })
}

/// A trimmed team name, or why it cannot be one. Commas separate teams in the creation form and
/// in lists, so a name holding one would read as two teams there and in the report.
pub fn check_team_name(raw: &str) -> Result<String, Error> {
    let team = check_name(raw).map_err(|e| name_error(NameOf::Team, &e))?;
    if team.contains(',') {
        return Err(Error::usage(
            "a team name cannot contain a comma (commas separate teams); add one team at a time",
        )
        .fr(format!(
            "un nom d’équipe ne peut pas contenir de virgule (les virgules séparent les équipes){S}; ajoutez une équipe à la fois"
        )));
    }
    Ok(team)
}

/// The teams of a new assessment: each a valid name, none given twice (names that differ only
/// by case or spaces are one team), at least one.
pub fn check_teams(raw: &[String]) -> Result<Vec<String>, Invalid> {
    let invalid = |error| Invalid {
        field: Field::Teams,
        error,
    };
    let mut teams: Vec<String> = Vec::new();
    for name in raw {
        let team = check_team_name(name).map_err(invalid)?;
        if teams.iter().any(|t| same_name(t, &team)) {
            return Err(invalid(
                Error::usage(format!("team \"{team}\" is given twice"))
                    .fr(format!("l’équipe {} est donnée deux fois", guill(&team))),
            ));
        }
        teams.push(team);
    }
    if teams.is_empty() {
        return Err(invalid(
            Error::usage("give at least one team, e.g. Paris, Nantes")
                .fr("donnez au moins une équipe, par exemple Paris, Nantes"),
        ));
    }
    Ok(teams)
}

/// A team that can join `assessment`: a valid name it does not have yet.
pub fn check_new_team(assessment: &Assessment, raw: &str) -> Result<String, Error> {
    let team = check_team_name(raw)?;
    if let Some(existing) = assessment.find_team(&team) {
        return Err(Error::usage(format!(
            "team \"{existing}\" is already part of \"{}\"",
            assessment.name
        ))
        .fr(format!(
            "l’équipe {} fait déjà partie de {}",
            guill(existing),
            guill(&assessment.name)
        )));
    }
    Ok(team)
}

/// Creates and stores an assessment; refuses an existing name. Returns it as stored.
pub fn create(ws: &Workspace, request: &NewAssessment) -> Result<Assessment, Failure> {
    let name = check_assessment_name(&request.name)?;
    let teams = check_teams(&request.teams)?;
    let questionnaire = super::questionnaires::load(request.questionnaire.as_deref())?;
    let top = f64::from(questionnaire.level_count());
    if let Some(t) = request.target
        && !(1.0..=top).contains(&t)
    {
        return Err(Error::usage(format!(
            "--target {t} is outside the questionnaire's scale 1–{top}"
        ))
        .fr(format!(
            "--target {t} est hors de l’échelle 1–{top} du questionnaire"
        ))
        .into());
    }
    let now = now_stamp();
    let mut assessment = Assessment::new(&name, &now, teams, questionnaire, request.target);
    if request.short {
        let core = core_questions(&assessment.questionnaire);
        if core.is_empty() {
            let id = &assessment.questionnaire.id;
            return Err(Error::usage(format!(
                "--short: questionnaire \"{id}\" flags no question as core, so it has no short form"
            ))
            .fr(format!(
                "--short{S}: le questionnaire {} ne marque aucune question comme essentielle, il n’a donc pas de forme courte",
                guill(id)
            ))
            .into());
        }
        let core: Vec<String> = core.into_iter().map(str::to_string).collect();
        assessment.set_scope(core.iter().map(String::as_str));
    }
    ws.store().create(&assessment, &now)?;
    Ok(assessment)
}

/// Which questions to bring into a short form's scope.
#[derive(Debug, Clone, PartialEq)]
pub enum MoreQuestions {
    /// Every question of the questionnaire: the assessment becomes a full one.
    All,
    /// These question ids.
    Some(Vec<String>),
}

/// What `add_questions` did.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionsAdded {
    pub name: String,
    /// Ids brought into scope, in questionnaire order (empty: nothing changed).
    pub added: Vec<String>,
    /// Asked ids that already were in scope.
    pub already: Vec<String>,
    /// Questions asked now, and in the questionnaire.
    pub asked: usize,
    pub total: usize,
}

/// Extends a short form: brings questions of its questionnaire into scope. Every id is checked
/// before anything is written; adding nothing new writes nothing.
pub fn add_questions(
    ws: &Workspace,
    name: &str,
    more: &MoreQuestions,
) -> Result<QuestionsAdded, Failure> {
    let mut assessment = ws.load(name)?.assessment;
    let q = &assessment.questionnaire;
    let wanted: Vec<String> = match more {
        MoreQuestions::All => q.questions().map(|(_, x)| x.id.clone()).collect(),
        MoreQuestions::Some(ids) => {
            if ids.is_empty() {
                return Err(Error::usage("give --all or at least one --question ID")
                    .fr("donnez --all ou au moins une --question ID")
                    .into());
            }
            let mut out: Vec<String> = Vec::new();
            for raw in ids {
                let id = raw.trim();
                let Some((_, question)) = q.question(id) else {
                    return Err(Error::usage(format!(
                        "--question {id}: \"{}\" has no question \"{id}\"; nothing was changed (list ids with `devops-maturity questionnaire show`)",
                        assessment.name
                    ))
                    .fr(format!(
                        "--question {id}{S}: {} n’a pas de question {}{S}; rien n’a été modifié (liste des identifiants{S}: `devops-maturity questionnaire show`)",
                        guill(&assessment.name),
                        guill(id)
                    ))
                    .into());
                };
                if !out.contains(&question.id) {
                    out.push(question.id.clone());
                }
            }
            out
        }
    };
    let (already, added): (Vec<String>, Vec<String>) = q
        .questions()
        .map(|(_, x)| x.id.clone())
        .filter(|id| wanted.contains(id))
        .partition(|id| assessment.in_scope(id));
    if !added.is_empty() {
        let scope: Vec<String> = q
            .questions()
            .map(|(_, x)| x.id.clone())
            .filter(|id| assessment.in_scope(id) || added.contains(id))
            .collect();
        assessment.set_scope(scope.iter().map(String::as_str));
        ws.update(&assessment)?;
    }
    Ok(QuestionsAdded {
        asked: assessment.asked_count(),
        total: assessment.questionnaire.question_count(),
        name: assessment.name,
        added,
        already,
    })
}

/// Adds a team to a stored assessment, under the assessment's lock (two laptops' sessions on
/// one data directory cannot lose each other's team). Returns the assessment's name and the
/// team as stored.
pub fn add_team(ws: &Workspace, name: &str, team: &str) -> Result<(String, String), Failure> {
    ws.store()
        .update_assessment(name, &crate::clock::now_stamp(), |assessment| {
            let team = check_new_team(assessment, team)?;
            assessment.teams.push(team.clone());
            Ok::<_, Failure>((assessment.name.clone(), team))
        })
}

/// `delete`: moves a whole assessment to the data directory's trash. Returns its name and
/// where it went.
pub fn delete(ws: &Workspace, name: &str) -> Result<(String, std::path::PathBuf), Error> {
    let stored = ws.load(name)?.assessment.name;
    let to = ws
        .store()
        .trash_assessment(&stored, &crate::clock::now_stamp())?;
    Ok((stored, to))
}

/// `restore`: brings back the most recently deleted assessment of that name.
pub fn restore(ws: &Workspace, name: &str) -> Result<String, Error> {
    Ok(ws.store().restore_assessment(name)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_are_checked_once_for_both_faces() {
        let names = |v: &[&str]| {
            v.iter()
                .map(std::string::ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            check_teams(&names(&[" Paris ", "Nantes"])).unwrap(),
            ["Paris", "Nantes"]
        );
        let twice = check_teams(&names(&["Paris", "paris"])).unwrap_err();
        assert_eq!(twice.field, Field::Teams);
        assert_eq!(twice.error.message, "team \"paris\" is given twice");
        assert_eq!(
            twice.error.message_in(true),
            "l’équipe «\u{202f}paris\u{202f}» est donnée deux fois"
        );
        assert!(
            check_teams(&names(&["Paris, Nantes"]))
                .unwrap_err()
                .error
                .message
                .contains("cannot contain a comma")
        );
        assert!(
            check_teams(&[])
                .unwrap_err()
                .error
                .message
                .contains("at least one team")
        );
        assert_eq!(check_assessment_name("  ").unwrap_err().field, Field::Name);
    }
}
