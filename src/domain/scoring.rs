//! Scores: per team and question the median and spread of the respondents' levels, per dimension
//! the weighted mean of question scores, overall the weighted mean of dimensions. Pure functions.

use super::answers::{Answer, ResponseSheet};
use super::questionnaire::{Dimension, Question, Questionnaire};

/// How one team answered one question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionScore {
    pub question_id: String,
    /// Levels given by respondents, in respondent order (n/a and unknown left out).
    pub levels: Vec<u8>,
    pub not_applicable: usize,
    pub unknown: usize,
    /// Median of `levels`; `None` when nobody gave a level.
    pub median: Option<f64>,
    /// Highest minus lowest level given; `None` when nobody gave a level.
    pub spread: Option<u8>,
}

impl QuestionScore {
    /// Whether anyone of the team gave any answer (level, n/a or unknown).
    pub fn answered(&self) -> bool {
        !self.levels.is_empty() || self.not_applicable > 0 || self.unknown > 0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    pub dimension_id: String,
    pub weight: f64,
    /// Weighted mean of the question medians, on the questionnaire's scale.
    pub score: Option<f64>,
    /// Share (0–1) of the dimension's questions the team answered.
    pub coverage: f64,
    pub questions: Vec<QuestionScore>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamScore {
    pub team: String,
    pub respondents: usize,
    /// Mean of dimension scores weighted by dimension weight.
    pub overall: Option<f64>,
    /// Share (0–1) of all questions the team answered.
    pub coverage: f64,
    pub dimensions: Vec<DimensionScore>,
}

impl TeamScore {
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension_id == id)
    }

    pub fn question(&self, id: &str) -> Option<&QuestionScore> {
        self.dimensions
            .iter()
            .flat_map(|d| d.questions.iter())
            .find(|q| q.question_id == id)
    }
}

/// Below this share of questions answered, a team's scores rest on too few answers to be read
/// as its level: views flag them as provisional.
pub const LOW_COVERAGE: f64 = 0.5;

/// Converts a score on a scale of `levels` levels to 0–100 %, so that questionnaires with
/// different scales compare: level 1 is 0 %, the top level 100 %.
pub fn percent(score: f64, levels: u8) -> f64 {
    let span = f64::from(levels.max(2)) - 1.0;
    ((score - 1.0) / span * 100.0).clamp(0.0, 100.0)
}

/// Median of the levels; the mean of the two middle values for an even count.
pub fn median(levels: &[u8]) -> Option<f64> {
    if levels.is_empty() {
        return None;
    }
    let mut sorted = levels.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        f64::from(sorted[mid])
    } else {
        (f64::from(sorted[mid - 1]) + f64::from(sorted[mid])) / 2.0
    })
}

pub fn spread(levels: &[u8]) -> Option<u8> {
    Some(levels.iter().max()? - levels.iter().min()?)
}

/// Weighted mean of `(value, weight)` pairs that have a value.
pub fn weighted_mean(items: impl IntoIterator<Item = (Option<f64>, f64)>) -> Option<f64> {
    let (sum, total) = items
        .into_iter()
        .filter_map(|(v, w)| v.map(|v| (v * w, w)))
        .fold((0.0, 0.0), |(s, t), (vw, w)| (s + vw, t + w));
    (total > 0.0).then(|| sum / total)
}

pub fn score_question(question: &Question, sheets: &[&ResponseSheet], levels: u8) -> QuestionScore {
    let mut score = QuestionScore {
        question_id: question.id.clone(),
        levels: Vec::new(),
        not_applicable: 0,
        unknown: 0,
        median: None,
        spread: None,
    };
    for sheet in sheets {
        match sheet.answer(&question.id) {
            // A level off the scale (a hand-edited file) is ignored rather than skewing scores.
            Some(Answer::Level(l)) if (1..=levels).contains(&l) => score.levels.push(l),
            Some(Answer::Level(_)) | None => {}
            Some(Answer::NotApplicable) => score.not_applicable += 1,
            Some(Answer::Unknown) => score.unknown += 1,
        }
    }
    score.median = median(&score.levels);
    score.spread = spread(&score.levels);
    score
}

pub fn score_dimension(
    dimension: &Dimension,
    sheets: &[&ResponseSheet],
    levels: u8,
) -> DimensionScore {
    let questions: Vec<QuestionScore> = dimension
        .questions
        .iter()
        .map(|q| score_question(q, sheets, levels))
        .collect();
    let score = weighted_mean(
        questions
            .iter()
            .zip(&dimension.questions)
            .map(|(s, q)| (s.median, q.weight)),
    );
    let answered = questions.iter().filter(|q| q.answered()).count();
    DimensionScore {
        dimension_id: dimension.id.clone(),
        weight: dimension.weight,
        score,
        coverage: ratio(answered, questions.len()),
        questions,
    }
}

/// Scores one team from the sheets of its respondents (sheets of other teams are ignored).
pub fn score_team(
    questionnaire: &Questionnaire,
    team: &str,
    sheets: &[ResponseSheet],
) -> TeamScore {
    let mine: Vec<&ResponseSheet> = sheets.iter().filter(|s| s.team == team).collect();
    score_team_sheets(questionnaire, team, &mine)
}

/// Scores one team from sheets already picked out as its own (the comparison groups sheets by
/// team once rather than scanning every sheet for every team).
pub fn score_team_sheets(
    questionnaire: &Questionnaire,
    team: &str,
    mine: &[&ResponseSheet],
) -> TeamScore {
    let levels = questionnaire.level_count();
    let dimensions: Vec<DimensionScore> = questionnaire
        .dimensions
        .iter()
        .map(|d| score_dimension(d, mine, levels))
        .collect();
    let overall = weighted_mean(dimensions.iter().map(|d| (d.score, d.weight)));
    let answered: usize = dimensions
        .iter()
        .map(|d| d.questions.iter().filter(|q| q.answered()).count())
        .sum();
    TeamScore {
        team: team.to_string(),
        respondents: mine.len(),
        overall,
        coverage: ratio(answered, questionnaire.question_count()),
        dimensions,
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
