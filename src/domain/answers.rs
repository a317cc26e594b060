//! What respondents said: one `ResponseSheet` per team member, holding an `Answer` and an
//! optional comment per question, each with the time it was given (what merges of sheets
//! from several processes or laptops decide on; see `merge`).
//!
//! Times are RFC 3339 UTC with milliseconds, always in the same canonical shape
//! (`2026-11-21T23:10:51.123Z`, the store makes sure of it), so they order as strings.

use super::questionnaire::{Questionnaire, Role};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// One respondent's answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A level on the questionnaire's scale, 1-based.
    Level(u8),
    /// The question does not apply to this team: left out of every score.
    NotApplicable,
    /// Nobody in the room knows: left out of scores but counted, since it is a finding itself.
    Unknown,
}

impl Answer {
    /// Parses what a user types: a level number, `n/a` (or `na`) or `unknown` (or `?`).
    pub fn parse(text: &str) -> Option<Answer> {
        let t = text.trim().to_ascii_lowercase();
        match t.as_str() {
            "n/a" | "na" => Some(Answer::NotApplicable),
            "unknown" | "?" => Some(Answer::Unknown),
            _ => t.parse::<u8>().ok().map(Answer::Level),
        }
    }

    pub fn level(self) -> Option<u8> {
        match self {
            Answer::Level(l) => Some(l),
            _ => None,
        }
    }

    /// Checks the level against a scale of `levels` levels.
    pub fn fits(self, levels: u8) -> bool {
        match self {
            Answer::Level(l) => (1..=levels).contains(&l),
            _ => true,
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Level(l) => write!(f, "{l}"),
            Answer::NotApplicable => f.write_str("n/a"),
            Answer::Unknown => f.write_str("unknown"),
        }
    }
}

// Stored as a bare number or the strings "n/a" / "unknown", so the files read naturally.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Level(l) => s.serialize_u8(*l),
            Answer::NotApplicable => s.serialize_str("n/a"),
            Answer::Unknown => s.serialize_str("unknown"),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Answer, D::Error> {
        // A visitor rather than an untagged enum: that one buffers each value before trying
        // its variants, and every sheet read holds some seventy answers (140,000 for 2,000
        // sheets, each read by every comparison).
        struct AnswerVisitor;

        impl serde::de::Visitor<'_> for AnswerVisitor {
            type Value = Answer;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a level number, \"n/a\" or \"unknown\"")
            }

            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Answer, E> {
                match u8::try_from(v) {
                    Ok(l) if l >= 1 => Ok(Answer::Level(l)),
                    Ok(l) => Err(E::custom(format!(
                        "level {l} is not valid: levels start at 1"
                    ))),
                    Err(_) => Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &self)),
                }
            }

            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Answer, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::invalid_value(serde::de::Unexpected::Signed(v), &self)),
                }
            }

            fn visit_str<E: serde::de::Error>(self, t: &str) -> Result<Answer, E> {
                match t {
                    "n/a" => Ok(Answer::NotApplicable),
                    "unknown" => Ok(Answer::Unknown),
                    other => Err(E::custom(format!(
                        "\"{other}\" is not an answer: expected a level number, \"n/a\" or \"unknown\""
                    ))),
                }
            }
        }

        d.deserialize_any(AnswerVisitor)
    }
}

/// An answer and/or a comment. A comment may come before the answer: the room often discusses
/// first and decides later.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// When `answer` was given; `None` for a change not saved yet (the store stamps it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// When `comment` was written; `None` as for `answered_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commented_at: Option<String>,
}

/// Which questionnaire a sheet was answered on, so a sheet collected from another laptop can
/// be checked against the assessment it joins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

/// Everything one respondent of one team said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseSheet {
    /// The respondent's own team.
    pub team: String,
    pub respondent: String,
    /// The team whose practices the sheet assesses when it is not the respondent's own: a
    /// perception sheet, "how we, Ops, see Dev". Such sheets are stored apart (the
    /// `perceptions/` folder) and never counted in any team's own scores: they form the "as
    /// seen by" view (`domain::perception`). `None` on every self-assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// When `role` was last set; `None` for a change not saved yet, or never set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_set_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<QuestionnaireRef>,
    /// Keyed by question id; a `BTreeMap` so files diff cleanly.
    #[serde(default)]
    pub answers: BTreeMap<String, AnswerRecord>,
}

impl ResponseSheet {
    pub fn new(team: &str, respondent: &str) -> ResponseSheet {
        ResponseSheet {
            team: team.to_string(),
            respondent: respondent.to_string(),
            about: None,
            role: None,
            role_set_at: None,
            questionnaire: None,
            answers: BTreeMap::new(),
        }
    }

    /// An empty perception sheet: `respondent` of `team` answering about team `about`.
    pub fn perception(team: &str, respondent: &str, about: &str) -> ResponseSheet {
        ResponseSheet {
            about: Some(about.to_string()),
            ..ResponseSheet::new(team, respondent)
        }
    }

    /// Whether the sheet assesses another team than the respondent's own.
    pub fn is_perception(&self) -> bool {
        self.about.is_some()
    }

    /// When question `question_id` was answered, if it was and the answer is saved.
    pub fn answered_at(&self, question_id: &str) -> Option<&str> {
        self.answers
            .get(question_id)
            .and_then(|r| r.answered_at.as_deref())
    }

    pub fn answer(&self, question_id: &str) -> Option<Answer> {
        self.answers.get(question_id).and_then(|r| r.answer)
    }

    pub fn comment(&self, question_id: &str) -> &str {
        self.answers
            .get(question_id)
            .map_or("", |r| r.comment.as_str())
    }

    /// Sets an answer. Giving the answer the question already has changes nothing, not even
    /// its time: re-confirming a level is not a new answer.
    pub fn set_answer(&mut self, question_id: &str, answer: Answer) {
        let entry = self.answers.entry(question_id.to_string()).or_default();
        if entry.answer != Some(answer) {
            entry.answer = Some(answer);
            entry.answered_at = None;
        }
    }

    /// Sets a comment (trailing whitespace dropped); the same text keeps its time.
    pub fn set_comment(&mut self, question_id: &str, comment: &str) {
        let entry = self.answers.entry(question_id.to_string()).or_default();
        let comment = comment.trim_end();
        if entry.comment != comment {
            entry.comment = comment.to_string();
            entry.commented_at = None;
        }
        if entry.answer.is_none() && entry.comment.is_empty() {
            self.answers.remove(question_id);
        }
    }

    /// Whether two sheets say the same (role, answers, comments), whenever each was given.
    pub fn same_answers(&self, other: &ResponseSheet) -> bool {
        self.role == other.role
            && self.answers.len() == other.answers.len()
            && self.answers.iter().all(|(id, r)| {
                other
                    .answers
                    .get(id)
                    .is_some_and(|o| o.answer == r.answer && o.comment == r.comment)
            })
    }

    /// Sets the role; the same role keeps its time.
    pub fn set_role(&mut self, role: Option<Role>) {
        if self.role != role {
            self.role = role;
            self.role_set_at = None;
        }
    }

    /// Questions of `questionnaire` this respondent is asked, given their role.
    pub fn applicable<'q>(&self, questionnaire: &'q Questionnaire) -> Vec<&'q str> {
        questionnaire
            .questions()
            .filter(|(_, q)| q.applies_to(self.role))
            .map(|(_, q)| q.id.as_str())
            .collect()
    }

    /// Share (0.0–1.0) of the questions asked of this respondent that have an answer.
    pub fn coverage(&self, questionnaire: &Questionnaire) -> f64 {
        let asked = self.applicable(questionnaire);
        if asked.is_empty() {
            return 0.0;
        }
        let answered = asked.iter().filter(|id| self.answer(id).is_some()).count();
        answered as f64 / asked.len() as f64
    }

    /// Answers that do not fit the questionnaire (unknown question, level off the scale).
    /// Such answers are ignored by scoring; this lists them so they can be reported.
    pub fn stray_answers(&self, questionnaire: &Questionnaire) -> Vec<Stray> {
        StrayCheck::new(questionnaire).answers(self)
    }

    /// Everything of this sheet that scoring leaves out: a team the assessment does not have
    /// (then the whole sheet), else its [`stray_answers`](Self::stray_answers).
    pub fn strays(&self, teams: &[String], questionnaire: &Questionnaire) -> Vec<Stray> {
        StrayCheck::new(questionnaire).sheet(self, teams)
    }
}

/// [`ResponseSheet::strays`] for many sheets of one questionnaire: its question ids sorted
/// once, and each sheet's answers (kept in id order) walked against them once. Every sheet of
/// an assessment is checked on each read (2,000 sheets × 69 answers).
pub struct StrayCheck {
    ids: Vec<String>,
    levels: u8,
}

impl StrayCheck {
    pub fn new(questionnaire: &Questionnaire) -> StrayCheck {
        let mut ids: Vec<String> = questionnaire
            .questions()
            .map(|(_, q)| q.id.clone())
            .collect();
        ids.sort_unstable();
        StrayCheck {
            ids,
            levels: questionnaire.level_count(),
        }
    }

    /// Everything of `sheet` that scoring leaves out: a team not among `teams` (then the
    /// whole sheet), else its answers to unknown questions and levels off the scale.
    pub fn sheet(&self, sheet: &ResponseSheet, teams: &[String]) -> Vec<Stray> {
        // Scoring matches a sheet to its team by the exact name, so this does too.
        if !teams.contains(&sheet.team) {
            return vec![Stray::UnknownTeam {
                team: sheet.team.clone(),
            }];
        }
        self.answers(sheet)
    }

    /// `sheet`'s answers to questions the questionnaire does not have, and its levels off
    /// the scale.
    pub fn answers(&self, sheet: &ResponseSheet) -> Vec<Stray> {
        let mut out = Vec::new();
        let mut ids = self.ids.iter().peekable();
        for (id, record) in &sheet.answers {
            while ids.next_if(|known| known.as_str() < id.as_str()).is_some() {}
            if ids.peek().is_none_or(|known| *known != id) {
                out.push(Stray::UnknownQuestion {
                    question: id.clone(),
                });
            } else if let Some(Answer::Level(level)) = record.answer
                && !Answer::Level(level).fits(self.levels)
            {
                out.push(Stray::OffScale {
                    question: id.clone(),
                    level,
                    levels: self.levels,
                });
            }
        }
        out
    }
}

/// Something a sheet holds that no score counts: reported (warnings, the report's caveats),
/// never dropped silently. Its `Display` is the English warning; reports word it themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stray {
    /// The sheet's team is not one of the assessment's: none of its answers count.
    UnknownTeam { team: String },
    /// An answer to a question id the questionnaire does not have.
    UnknownQuestion { question: String },
    /// A level off the questionnaire's scale of `levels`.
    OffScale {
        question: String,
        level: u8,
        levels: u8,
    },
}

impl fmt::Display for Stray {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stray::UnknownTeam { team } => write!(
                f,
                "team \"{team}\" is not in the assessment; its answers are not counted"
            ),
            Stray::UnknownQuestion { question } => write!(
                f,
                "answer to unknown question \"{question}\" is not counted"
            ),
            Stray::OffScale {
                question,
                level,
                levels,
            } => write!(
                f,
                "question \"{question}\": level {level} is outside 1–{levels} and is not counted"
            ),
        }
    }
}
