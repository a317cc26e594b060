//! What the comparison keeps of one team's sheets — its scores, its answers per question, its
//! respondents — made team by team, so that a caller reading two hundred teams' sheets from
//! disk never holds more than a few teams' sheets at once (`compare_digested`).

use super::Detail;
use super::model::{RespondentAnswer, RespondentInfo};
use crate::domain::answers::ResponseSheet;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::Question;
use crate::domain::scoring::{TeamScore, score_answers, score_team_by};
use std::borrow::Cow;
use std::collections::HashMap;

/// One team's sheets as the comparison needs them; the sheets themselves can then go.
#[derive(Debug, Clone)]
pub struct TeamDigest {
    pub(super) score: TeamScore,
    /// Per question (questionnaire order), every respondent's answer or comment.
    pub(super) answers: Vec<Vec<RespondentAnswer>>,
    pub(super) respondents: Vec<RespondentInfo>,
}

/// Makes [`TeamDigest`]s for one assessment (on the questions it asks) and one [`Detail`].
/// Shared by the threads that read teams in parallel: it only reads its own fields.
pub struct TeamDigester<'a> {
    asked: Cow<'a, Assessment>,
    /// The question ids in `str` order with their place in questionnaire order.
    sorted_ids: Vec<(String, usize)>,
    names: bool,
}

impl<'a> TeamDigester<'a> {
    pub fn new(assessment: &'a Assessment, detail: Detail) -> TeamDigester<'a> {
        let asked = assessment.as_asked();
        let mut sorted_ids: Vec<(String, usize)> = asked
            .questionnaire
            .questions()
            .enumerate()
            .map(|(i, (_, question))| (question.id.clone(), i))
            .collect();
        sorted_ids.sort_unstable();
        TeamDigester {
            asked,
            sorted_ids,
            names: detail.answers,
        }
    }

    /// `team`'s digest from its own sheets (`mine`, in respondent order; perception sheets
    /// must not be among them).
    ///
    /// Each sheet's answers are walked once against the sorted question ids (both are in
    /// `str` order), rather than looked up question by question: with 200 teams those lookups
    /// were a third of the comparison's time. Without the answers' detail, only the answers
    /// themselves are kept, with their respondent's role (what the owners' levels count).
    pub fn digest(&self, team: &str, mine: &[&ResponseSheet]) -> TeamDigest {
        let q = &self.asked.questionnaire;
        let questions: Vec<&Question> = q.questions().map(|(_, question)| question).collect();
        // Sized once: most respondents answer most questions.
        let mut per_question: Vec<Vec<RespondentAnswer>> = (0..questions.len())
            .map(|_| Vec::with_capacity(mine.len()))
            .collect();
        let mut respondents = Vec::with_capacity(mine.len());
        for sheet in mine {
            // Coverage as `ResponseSheet::coverage` defines it: answers to the questions asked
            // of the respondent's role, over the number of those questions.
            let asked = questions
                .iter()
                .filter(|x| x.applies_to(sheet.role))
                .count();
            let mut answered = 0;
            let mut ids = self.sorted_ids.iter().peekable();
            for (id, record) in &sheet.answers {
                while ids.next_if(|(qid, _)| qid.as_str() < id.as_str()).is_some() {}
                let Some((qid, qi)) = ids.peek() else { break };
                if qid != id {
                    continue; // an answer to a question this questionnaire does not have
                }
                let qi = *qi;
                if record.answer.is_some() && questions[qi].applies_to(sheet.role) {
                    answered += 1;
                }
                if self.names && (record.answer.is_some() || !record.comment.is_empty()) {
                    per_question[qi].push(RespondentAnswer {
                        respondent: sheet.respondent.clone(),
                        role: sheet.role,
                        answer: record.answer,
                        comment: record.comment.clone(),
                    });
                } else if record.answer.is_some() {
                    // `Detail::answers` drops the list before anyone reads it: no copy of a
                    // name or a comment for each of 140,000 answers.
                    per_question[qi].push(RespondentAnswer {
                        respondent: String::new(),
                        role: sheet.role,
                        answer: record.answer,
                        comment: String::new(),
                    });
                }
            }
            respondents.push(RespondentInfo {
                name: sheet.respondent.clone(),
                role: sheet.role,
                coverage: if asked == 0 {
                    0.0
                } else {
                    f64::from(answered) / asked as f64
                },
            });
        }
        // The scores from the answers just sorted by question, rather than by looking each
        // question up in each sheet again (`score_team_sheets` gives the same).
        let levels = q.level_count();
        let mut next = 0;
        let score = score_team_by(q, team, mine.len(), |question| {
            let given = per_question[next].iter().filter_map(|a| a.answer);
            next += 1;
            score_answers(question, given, levels)
        });
        TeamDigest {
            score,
            answers: per_question,
            respondents,
        }
    }
}

/// The sheets of each team, in the order of `teams`, keeping the sheets' own order. One pass
/// over the sheets: with hundreds of teams, scanning all sheets per team adds up.
pub(super) fn group_by_team<'s>(
    teams: &[String],
    sheets: &'s [ResponseSheet],
) -> Vec<Vec<&'s ResponseSheet>> {
    let index: HashMap<&str, usize> = teams
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i))
        .collect();
    let mut out: Vec<Vec<&ResponseSheet>> = vec![Vec::new(); teams.len()];
    // A perception sheet handed in by mistake is still no team's own answers.
    for sheet in sheets.iter().filter(|s| !s.is_perception()) {
        if let Some(&i) = index.get(sheet.team.as_str()) {
            out[i].push(sheet);
        }
    }
    out
}
