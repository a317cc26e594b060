//! Recording answers: finding the team and respondent a request means, and saving answers
//! given without the wizard (`answer --set`). Every item is checked before anything is written,
//! so one bad item leaves the sheet as it was.

use super::Workspace;
use crate::domain::names::{clean_name, same_name, shell_word};
use crate::domain::{Answer, Assessment, ResponseSheet, Role};
use crate::error::Error;
use crate::store::Loaded;

/// Who answers, for which assessment and team, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Respondent {
    pub assessment: String,
    pub team: String,
    pub respondent: String,
    /// `Some`: the respondent's role from now on; `None`: keep the stored one.
    pub role: Option<Role>,
}

/// The team and respondent a request names, spelled as stored: "élodie" resumes the sheet of
/// "Élodie" rather than starting a second one that would count twice.
#[derive(Debug)]
pub struct Resolved {
    pub loaded: Loaded,
    pub team: String,
    pub respondent: String,
    pub role: Option<Role>,
}

/// Answers and comments given as `QUESTION_ID=VALUE` pairs (`--set`, `--comment`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GivenAnswers {
    /// (question id, level as typed: a number, `n/a` or `unknown`).
    pub answers: Vec<(String, String)>,
    /// (question id, comment).
    pub comments: Vec<(String, String)>,
}

/// What `record` saved.
#[derive(Debug)]
pub struct Recorded {
    pub team: String,
    pub respondent: String,
    pub answers: usize,
    pub comments: usize,
    /// Share of the questionnaire the respondent has answered now.
    pub coverage: f64,
}

/// A respondent name typed for a team: one already answering (spelled as stored), or a new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RespondentMatch {
    Existing(String),
    New(String),
}

impl RespondentMatch {
    pub fn name(&self) -> &str {
        match self {
            RespondentMatch::Existing(n) | RespondentMatch::New(n) => n,
        }
    }
}

/// Which respondent `raw` means among the team's `existing` ones; both faces apply this rule.
pub fn match_respondent<'a>(
    existing: impl IntoIterator<Item = &'a str>,
    raw: &str,
) -> Result<RespondentMatch, String> {
    let name = clean_name("respondent name", raw)?;
    Ok(existing
        .into_iter()
        .find(|r| same_name(r, &name))
        .map_or(RespondentMatch::New(name), |r| {
            RespondentMatch::Existing(r.to_string())
        }))
}

/// Loads the assessment and finds the team and respondent of `who`.
pub fn resolve(ws: &Workspace, who: &Respondent) -> Result<Resolved, Error> {
    let loaded = ws.load(&who.assessment)?;
    // The name is checked before the team, so a bad name is reported whatever the team.
    crate::domain::names::clean_name("respondent name", &who.respondent).map_err(Error::usage)?;
    let team = find_team(&loaded.assessment, &who.team)?;
    let existing = loaded
        .sheets
        .iter()
        .filter(|s| s.team == team)
        .map(|s| s.respondent.as_str());
    let respondent = match_respondent(existing, &who.respondent)
        .map_err(Error::usage)?
        .name()
        .to_string();
    Ok(Resolved {
        loaded,
        team,
        respondent,
        role: who.role,
    })
}

/// The team of `assessment` named `wanted` (case and surrounding spaces do not count).
fn find_team(assessment: &Assessment, wanted: &str) -> Result<String, Error> {
    assessment
        .find_team(wanted)
        .map(str::to_string)
        .ok_or_else(|| {
            Error::usage(format!(
                "team \"{}\" is not part of \"{}\" (teams: {}); add it with `devops-maturity add-team`",
                wanted.trim(),
                assessment.name,
                assessment.teams.join(", ")
            ))
        })
}

/// Checks every given answer and comment against the questionnaire, then saves them in the
/// respondent's sheet in one atomic write.
pub fn record(ws: &Workspace, who: &Resolved, given: &GivenAnswers) -> Result<Recorded, Error> {
    let assessment = &who.loaded.assessment;
    let q = &assessment.questionnaire;
    let mut sheet = ws
        .load_sheet(&assessment.name, &who.team, &who.respondent)?
        .unwrap_or_else(|| ResponseSheet::new(&who.team, &who.respondent));
    if who.role.is_some() {
        sheet.role = who.role;
    }
    let mut seen = std::collections::HashSet::new();
    for (id, value) in &given.answers {
        let item = format!("{id}={value}");
        let question = question(assessment, id)?;
        if !seen.insert(question.as_str()) {
            return Err(Error::usage(format!(
                "--set {item}: question \"{id}\" is set twice; nothing was saved"
            )));
        }
        let answer = Answer::parse(value).ok_or_else(|| {
            Error::usage(format!(
                "--set {item}: \"{value}\" is not an answer; use 1–{}, n/a or unknown",
                q.level_count()
            ))
        })?;
        if !answer.fits(q.level_count()) {
            return Err(Error::usage(format!(
                "--set {item}: level {value} is outside the scale 1–{}",
                q.level_count()
            )));
        }
        sheet.set_answer(question, answer);
    }
    for (id, text) in &given.comments {
        let question = question(assessment, id)?;
        sheet.set_comment(question, text);
    }
    ws.save_sheet(&assessment.name, &sheet)?;
    Ok(Recorded {
        team: who.team.clone(),
        respondent: who.respondent.clone(),
        answers: given.answers.len(),
        comments: given.comments.len(),
        coverage: sheet.coverage(&assessment.as_asked().questionnaire),
    })
}

/// The stored id of question `id`, or an error naming it; a question a short form does not
/// ask is refused too, so no answer is kept where nobody will see it.
fn question<'q>(assessment: &'q Assessment, id: &str) -> Result<&'q String, Error> {
    let (_, question) = assessment.questionnaire.question(id).ok_or_else(|| {
        Error::usage(format!(
            "unknown question id \"{id}\"; nothing was saved (list ids with `devops-maturity questionnaire show`)"
        ))
    })?;
    if !assessment.in_scope(id) {
        return Err(Error::usage(format!(
            "question \"{id}\" is not in the short form of \"{}\"; nothing was saved (add it with `devops-maturity add-questions {} --question {id}`)",
            assessment.name,
            shell_word(&assessment.name)
        )));
    }
    Ok(&question.id)
}
