//! Recording answers: finding the team and respondent a request means, and saving answers
//! given without the wizard (`answer --set`). Every item is checked before anything is written,
//! so one bad item leaves the sheet as it was; only the questions given are written, so answers
//! another process saves meanwhile are kept.

use super::{Conflict, Saved, Workspace};
use crate::app::i18n::errors::{NameOf, name_error};
use crate::app::i18n::{NNBSP as S, guill};
use crate::domain::names::{BadName, check_name, closest, same_name, shell_word, similar_name};
use crate::domain::{Answer, Assessment, Questionnaire, ResponseSheet, Role};
use crate::error::Error;

/// Who answers, for which assessment and team, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Respondent {
    pub assessment: String,
    pub team: String,
    pub respondent: String,
    /// `Some`: the respondent's role from now on; `None`: keep the stored one.
    pub role: Option<Role>,
    /// Add a new respondent even though the name looks like an existing one ("Helene" next
    /// to "Hélène").
    pub new_respondent: bool,
    /// Allow `role` to replace the role an existing respondent answers with.
    pub change_role: bool,
    /// `Some`: the respondent answers about this other team of the assessment (a perception
    /// sheet, "how we see them"), not about their own.
    pub about: Option<String>,
}

/// The team and respondent a request names, spelled as stored: "élodie" resumes the sheet of
/// "Élodie" rather than starting a second one that would count twice.
#[derive(Debug)]
pub struct Resolved {
    pub assessment: Assessment,
    pub team: String,
    pub respondent: String,
    pub role: Option<Role>,
    /// The team assessed, spelled as stored, when it is not the respondent's own.
    pub about: Option<String>,
}

impl Resolved {
    /// The respondent's stored sheet (about `about` when set), or an empty one.
    pub fn load_sheet(&self, ws: &Workspace) -> Result<ResponseSheet, crate::store::StoreError> {
        let name = &self.assessment.name;
        Ok(match &self.about {
            Some(about) => ws
                .load_perception(name, &self.team, &self.respondent, about)?
                .unwrap_or_else(|| ResponseSheet::perception(&self.team, &self.respondent, about)),
            None => ws
                .load_sheet(name, &self.team, &self.respondent)?
                .unwrap_or_else(|| ResponseSheet::new(&self.team, &self.respondent)),
        })
    }
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
    /// The team answered about, for a perception sheet.
    pub about: Option<String>,
    pub answers: usize,
    pub comments: usize,
    /// Share of the questionnaire the respondent has answered now.
    pub coverage: f64,
    /// Questions another process changed meanwhile (the newer answer was kept).
    pub conflicts: Vec<Conflict>,
}

/// A respondent name typed for a team: one already answering (spelled as stored), a new one,
/// or one that looks like an existing respondent typed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RespondentMatch {
    Existing(String),
    New(String),
    /// `typed` is not `existing`, but folds to the same letters ("Helene" / "Hélène"): the
    /// faces ask (TUI) or refuse without `--new-respondent` (CLI).
    Similar {
        typed: String,
        existing: String,
    },
}

impl RespondentMatch {
    /// The name to use when the user confirmed a similar name is someone else.
    pub fn name(&self) -> &str {
        match self {
            RespondentMatch::Existing(n) | RespondentMatch::New(n) => n,
            RespondentMatch::Similar { typed, .. } => typed,
        }
    }
}

/// Which respondent `raw` means among the team's `existing` ones; both faces apply this rule.
pub fn match_respondent<'a>(
    existing: impl IntoIterator<Item = &'a str>,
    raw: &str,
) -> Result<RespondentMatch, BadName> {
    let name = check_name(raw)?;
    let existing: Vec<&str> = existing.into_iter().collect();
    if let Some(same) = existing.iter().find(|r| same_name(r, &name)) {
        return Ok(RespondentMatch::Existing((*same).to_string()));
    }
    if let Some(similar) = existing.iter().find(|r| similar_name(r, &name)) {
        return Ok(RespondentMatch::Similar {
            typed: name,
            existing: (*similar).to_string(),
        });
    }
    Ok(RespondentMatch::New(name))
}

/// Reads the assessment and the team's sheets (not the other teams': saving one answer must
/// not cost a read of every sheet) and finds the team and respondent of `who`.
pub fn resolve(ws: &Workspace, who: &Respondent) -> Result<Resolved, Error> {
    let assessment = ws.assessment(&who.assessment)?;
    // The name is checked before the team, so a bad name is reported whatever the team.
    check_name(&who.respondent).map_err(|e| name_error(NameOf::Respondent, &e))?;
    let team = find_team(&assessment, &who.team)?;
    let about = match &who.about {
        None => None,
        Some(wanted) => {
            let about = find_team(&assessment, wanted)
                .map_err(|e| e.prefixed("--about: ", &format!("--about{S}: ")))?;
            if about == team {
                return Err(Error::usage(format!(
                    "--about {}: that is {}'s own team; leave --about out to answer about it",
                    wanted.trim(),
                    who.respondent.trim()
                ))
                .fr(format!(
                    "--about {}{S}: c’est l’équipe de {} elle-même{S}; retirez --about pour répondre sur elle",
                    wanted.trim(),
                    who.respondent.trim()
                )));
            }
            Some(about)
        }
    };
    // The respondents who already answered: about the same team, as the same kind of sheet.
    let team_sheets: Vec<ResponseSheet> = match &about {
        None => ws.team_sheets(&assessment.name, &team)?,
        // Answers about another team: the perception sheets only, not every team's own.
        Some(a) => ws
            .store()
            .perceptions(&assessment.name)?
            .into_iter()
            .filter(|s| s.team == team && s.about.as_deref() == Some(a.as_str()))
            .collect(),
    };
    let sheets: Vec<&ResponseSheet> = team_sheets.iter().filter(|s| s.team == team).collect();
    let found = match_respondent(
        sheets.iter().map(|s| s.respondent.as_str()),
        &who.respondent,
    )
    .map_err(|e| name_error(NameOf::Respondent, &e))?;
    let respondent = match found {
        RespondentMatch::Similar { typed, existing } if !who.new_respondent => {
            return Err(Error::usage(format!(
                "respondent \"{typed}\" looks like \"{existing}\", who already answers for {team}; use \"{existing}\", or pass --new-respondent if \"{typed}\" is someone else"
            ))
            .fr(format!(
                "le répondant {t} ressemble à {e}, qui répond déjà pour {team}{S}; utilisez {e}, ou passez --new-respondent si {t} est quelqu’un d’autre",
                t = guill(&typed),
                e = guill(&existing)
            )));
        }
        other => other.name().to_string(),
    };
    if let (Some(wanted), Some(sheet)) =
        (who.role, sheets.iter().find(|s| s.respondent == respondent))
        && let Some(current) = sheet.role
        && current != wanted
        && !who.change_role
    {
        return Err(Error::usage(format!(
            "{respondent} ({team}) answers as {current}; --role {wanted} would change which questions count for them: add --change-role to do so"
        ))
        .fr(format!(
            "{respondent} ({team}) répond en tant que {current}{S}; --role {wanted} changerait les questions qui comptent pour cette personne{S}: ajoutez --change-role pour le faire"
        )));
    }
    Ok(Resolved {
        assessment,
        team,
        respondent,
        role: who.role,
        about,
    })
}

/// The team of `assessment` named `wanted` (case, spaces and Unicode form do not count); an
/// unknown team gets the closest team as a suggestion rather than advice to add a duplicate.
pub fn find_team(assessment: &Assessment, wanted: &str) -> Result<String, Error> {
    if let Some(team) = assessment.find_team(wanted) {
        return Ok(team.to_string());
    }
    let teams = assessment.teams.join(", ");
    let name = &assessment.name;
    let wanted = wanted.trim();
    let close = closest(wanted, assessment.teams.iter().map(String::as_str));
    let en = match close {
        Some(close) => format!(
            "team \"{wanted}\" is not part of \"{name}\"; did you mean \"{close}\"? (teams: {teams})"
        ),
        None => format!(
            "team \"{wanted}\" is not part of \"{name}\" (teams: {teams}); add it with `devops-maturity add-team`"
        ),
    };
    let (w, n) = (guill(wanted), guill(name));
    let fr = match close {
        Some(close) => format!(
            "l’équipe {w} ne fait pas partie de {n}{S}; vouliez-vous dire {}{S}? (équipes{S}: {teams})",
            guill(close)
        ),
        None => format!(
            "l’équipe {w} ne fait pas partie de {n} (équipes{S}: {teams}){S}; ajoutez-la avec `devops-maturity add-team`"
        ),
    };
    Err(Error::usage(en).fr(fr))
}

/// Checks every given answer and comment against the questionnaire, then saves them in the
/// respondent's sheet in one locked, atomic write.
pub fn record(ws: &Workspace, who: &Resolved, given: &GivenAnswers) -> Result<Recorded, Error> {
    let assessment = &who.assessment;
    let q = &assessment.questionnaire;
    let base = who.load_sheet(ws)?;
    let mut mine = base.clone();
    if who.role.is_some() {
        mine.set_role(who.role);
    }
    let mut seen = std::collections::HashSet::new();
    for (id, value) in &given.answers {
        let item = format!("{id}={value}");
        let question = question(assessment, id)?;
        if !seen.insert(question.as_str()) {
            return Err(Error::usage(format!(
                "--set {item}: question \"{id}\" is set twice; nothing was saved"
            ))
            .fr(format!(
                "--set {item}{S}: la question {} est donnée deux fois{S}; rien n’a été enregistré",
                guill(id)
            )));
        }
        let answer = Answer::parse(value).ok_or_else(|| {
            Error::usage(format!(
                "--set {item}: \"{value}\" is not an answer; use 1–{}, n/a or unknown",
                q.level_count()
            ))
            .fr(format!(
                "--set {item}{S}: {} n’est pas une réponse{S}; utilisez 1–{}, n/a ou unknown",
                guill(value),
                q.level_count()
            ))
        })?;
        if !answer.fits(q.level_count()) {
            return Err(Error::usage(format!(
                "--set {item}: level {value} is outside the scale 1–{}",
                q.level_count()
            ))
            .fr(format!(
                "--set {item}{S}: le niveau {value} est hors de l’échelle 1–{}",
                q.level_count()
            )));
        }
        mine.set_answer(question, answer);
    }
    for (id, text) in &given.comments {
        let question = question(assessment, id)?;
        mine.set_comment(question, text);
    }
    let Saved { sheet, conflicts } = ws.save_changes(&assessment.name, &base, &mine)?;
    Ok(Recorded {
        team: who.team.clone(),
        respondent: who.respondent.clone(),
        about: who.about.clone(),
        answers: given.answers.len(),
        comments: given.comments.len(),
        coverage: sheet.coverage(&assessment.as_asked().questionnaire),
        conflicts,
    })
}

/// The stored id of question `id`, or an error naming it (with the closest ids); a question a
/// short form does not ask is refused too, so no answer is kept where nobody will see it.
fn question<'q>(assessment: &'q Assessment, id: &str) -> Result<&'q String, Error> {
    let Some((_, question)) = assessment.questionnaire.question(id) else {
        return Err(unknown_question(&assessment.questionnaire, id));
    };
    if !assessment.in_scope(id) {
        return Err(Error::usage(format!(
            "question \"{id}\" is not in the short form of \"{}\"; nothing was saved (add it with `devops-maturity add-questions {} --question {id}`)",
            assessment.name,
            shell_word(&assessment.name)
        ))
        .fr(format!(
            "la question {} n’est pas dans la forme courte de {}{S}; rien n’a été enregistré (ajoutez-la avec `devops-maturity add-questions {} --question {id}`)",
            guill(id),
            guill(&assessment.name),
            shell_word(&assessment.name)
        )));
    }
    Ok(&question.id)
}

/// "unknown question id "ci.buld"; did you mean ci.build? …".
pub fn unknown_question(q: &Questionnaire, id: &str) -> Error {
    let ids: Vec<&str> = q.questions().map(|(_, q)| q.id.as_str()).collect();
    let mut close: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|known| crate::domain::names::edit_distance(known, id) <= 2)
        .take(3)
        .collect();
    if close.is_empty()
        && let Some(one) = closest(id, ids.iter().copied())
    {
        close.push(one);
    }
    let (hint, indice) = if close.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!("did you mean {}? ", close.join(", ")),
            format!("vouliez-vous dire {}{S}? ", close.join(", ")),
        )
    };
    Error::usage(format!(
        "unknown question id \"{id}\"; {hint}nothing was saved (list ids with `devops-maturity questionnaire show`)"
    ))
    .fr(format!(
        "identifiant de question inconnu {}{S}; {indice}rien n’a été enregistré (liste des identifiants{S}: `devops-maturity questionnaire show`)",
        guill(id)
    ))
}
