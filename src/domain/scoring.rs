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
        f64::midpoint(f64::from(sorted[mid - 1]), f64::from(sorted[mid]))
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
    score_answers(
        question,
        sheets.iter().filter_map(|sheet| sheet.answer(&question.id)),
        levels,
    )
}

/// [`score_question`] from the answers given to `question`, in respondent order.
pub fn score_answers(
    question: &Question,
    answers: impl IntoIterator<Item = Answer>,
    levels: u8,
) -> QuestionScore {
    let answers = answers.into_iter();
    let mut score = QuestionScore {
        question_id: question.id.clone(),
        // Room for every respondent's level at once (an upper bound: one per answer).
        levels: Vec::with_capacity(answers.size_hint().1.unwrap_or(0).min(256)),
        not_applicable: 0,
        unknown: 0,
        median: None,
        spread: None,
    };
    for answer in answers {
        match answer {
            // A level off the scale (a hand-edited file) is ignored rather than skewing scores.
            Answer::Level(l) if (1..=levels).contains(&l) => score.levels.push(l),
            Answer::Level(_) => {}
            Answer::NotApplicable => score.not_applicable += 1,
            Answer::Unknown => score.unknown += 1,
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
    score_dimension_by(dimension, |q| score_question(q, sheets, levels))
}

/// A dimension's score from its questions' scores, made by `score_of` in questionnaire order.
fn score_dimension_by(
    dimension: &Dimension,
    score_of: impl FnMut(&Question) -> QuestionScore,
) -> DimensionScore {
    let questions: Vec<QuestionScore> = dimension.questions.iter().map(score_of).collect();
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

/// Scores one team from the sheets of its respondents (sheets of other teams are ignored, and
/// so are perception sheets: what a respondent said about another team is never their own
/// team's score).
pub fn score_team(
    questionnaire: &Questionnaire,
    team: &str,
    sheets: &[ResponseSheet],
) -> TeamScore {
    let mine: Vec<&ResponseSheet> = sheets
        .iter()
        .filter(|s| s.team == team && !s.is_perception())
        .collect();
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
    score_team_by(questionnaire, team, mine.len(), |q| {
        score_question(q, mine, levels)
    })
}

/// One team's score from its `respondents` count and each question's score, made by
/// `score_of` in questionnaire order (the comparison makes them from answers it has already
/// sorted by question: `score_answers`).
pub fn score_team_by(
    questionnaire: &Questionnaire,
    team: &str,
    respondents: usize,
    mut score_of: impl FnMut(&Question) -> QuestionScore,
) -> TeamScore {
    let dimensions: Vec<DimensionScore> = questionnaire
        .dimensions
        .iter()
        .map(|d| score_dimension_by(d, &mut score_of))
        .collect();
    let overall = weighted_mean(dimensions.iter().map(|d| (d.score, d.weight)));
    let answered: usize = dimensions
        .iter()
        .map(|d| d.questions.iter().filter(|q| q.answered()).count())
        .sum();
    TeamScore {
        team: team.to_string(),
        respondents,
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

/// Rounds to one decimal, halves away from zero (3.25 → 3.3, 2.75 → 2.8), the way people
/// round by hand. Values a hair below a half because of float error (2.7499999999 from a
/// weighted mean) count as the half, so the same score never shows two ways.
pub fn round1(value: f64) -> f64 {
    // 1e-6 of a level is far below any real difference between scores but far above the
    // error a few float additions and divisions leave.
    let scaled = value * 10.0;
    let nudged = scaled + scaled.signum() * 1e-5;
    let rounded = nudged.round() / 10.0;
    // Keep "-0.0" from ever being shown.
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// A score as shown to people: one decimal, rounded with [`round1`].
pub fn shown(value: f64) -> String {
    format!("{:.1}", round1(value))
}

/// A difference as shown to people with a sign ("+1.8", "-0.5", "0.0"), rounded with [`round1`].
pub fn shown_signed(value: f64) -> String {
    let rounded = round1(value);
    if rounded == 0.0 {
        "0.0".to_string()
    } else {
        format!("{rounded:+.1}")
    }
}

/// The difference `a − b` as shown next to `a` and `b`: the difference of the two *shown*
/// (rounded) values, so the three numbers on a line always add up (3.25 vs 1.5 reads
/// "3.3, 1.5, +1.8", never "+1.7").
pub fn shown_difference(a: f64, b: f64) -> f64 {
    round1(round1(a) - round1(b))
}

#[cfg(test)]
mod rounding_tests {
    use super::*;

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(shown(3.25), "3.3");
        assert_eq!(shown(2.75), "2.8");
        assert_eq!(shown(2.65), "2.7");
        assert_eq!(shown(-0.25), "-0.3");
        assert_eq!(shown(-0.04), "0.0");
    }

    #[test]
    fn float_error_below_a_half_counts_as_the_half() {
        assert_eq!(shown(2.749_999_999_999_999_6), "2.8");
        assert_eq!(shown(2.749_999_9), "2.8");
        assert_eq!(shown(2.74), "2.7");
    }

    #[test]
    fn shown_difference_adds_up_with_shown_scores() {
        assert_eq!(shown(3.25), "3.3");
        assert_eq!(shown(1.5), "1.5");
        assert_eq!(shown_signed(shown_difference(3.25, 1.5)), "+1.8");
        // 2.75 vs 3.25 once showed "2.8 3.2 −0.5".
        assert_eq!(shown_signed(shown_difference(2.75, 3.25)), "-0.5");
        assert_eq!(shown_signed(shown_difference(2.75, 3.15)), "-0.4");
        assert_eq!(shown_signed(shown_difference(1.04, 1.0)), "0.0");
    }
}
