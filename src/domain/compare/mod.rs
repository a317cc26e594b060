//! The comparison engine: from an assessment and its answers to everything the dashboard, the
//! `compare` command and the report show. Pure: the caller loads the data and picks the teams.
//!
//! How each number is made (also in `docs/compare-json.md`):
//! - A question's team score is the **median** of the levels its respondents gave (`n/a` and
//!   `unknown` left out); its **level** is that median rounded down.
//! - A dimension's score is the mean of its question medians weighted by question weight; a
//!   team's **overall** is the mean of its dimension scores weighted by dimension weight
//!   (`domain::scoring`).
//! - **gap** = target − score (positive: short of target). **delta** = a − b.
//! - **versus others** = the team's value minus the mean of the other compared teams' values.
//! - **strengths / weaknesses**: dimensions above / below the team's own overall, and above /
//!   below the mean of the other teams.
//! - **recommendations**: for every question whose median is below the target, the
//!   questionnaire's step from the team's level (median rounded down) to the next level. When
//!   respondents whose role owns the practice (the question's `owners`) gave a level, the step
//!   starts from *their* median instead, and is made only when that median is below target
//!   (`roles`); the team's score stays everyone's median.
//!   Ranked by `priority = gap × dimension weight`, highest first; ties go to the heavier
//!   question, then the lower effort, then questionnaire order. The short-term plan is the
//!   first `short_term_size` low- or medium-effort steps in that order; the roadmap is the rest.
//! - **horizons**: the phased roadmap (0–3, 3–6, 6–12 months) of `domain::roadmap`: lowest
//!   effort first, then highest gap × weight; a question's steps one level per horizon.
//! - **two-speed**: a question where team medians lie `two_speed_levels` or more apart.
//! - **synchronisation**: a dimension where team scores lie `synchronisation_levels` or more
//!   apart: the highest team leads, the others adopt its practice, both aim at a joint level.
//! - **learn from each other**: for each team and question, the team with the highest median
//!   (ties: smaller spread, then listing order), when it is `pairing_levels` or more ahead.
//! - **disagreement**: inside one team, levels `disagreement_spread` or more apart, or at least
//!   `unknown_share` of the answers `unknown`.
//! - **role split**: inside one team, two roles whose medians are `role_split_levels` or more
//!   apart (respondents without a role are left out).

mod digest;
mod findings;
mod model;
mod perception;
mod roles;
mod sync;
mod teams;

#[cfg(test)]
mod roles_tests;
#[cfg(test)]
mod tests;

use digest::group_by_team;
pub use digest::{TeamDigest, TeamDigester};
/// How a median level is written ("3", "2.5"), for faces that write it in another language.
pub use findings::show_level;
pub use model::*;
pub use perception::{PerceivedDimension, PerceptionGap, SeenBy, SeenScore, TeamPerception};

use super::answers::ResponseSheet;
use super::assessment::Assessment;
use super::metrics::{self, TeamFigures};
use super::questionnaire::Questionnaire;
use super::scoring::{TeamScore, percent};
use serde::Serialize;
use std::collections::HashMap;

/// Tolerance for comparing medians and means against thresholds: they are sums of halves and
/// weighted means, so a level difference of exactly 2 must not miss by a rounding error.
pub(crate) const EPSILON: f64 = 1e-9;

/// The thresholds of the findings. The defaults are the ones the workshop method uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareOptions {
    /// Steps in a team's short-term plan.
    pub short_term_size: usize,
    /// Dimensions listed as strengths and as weaknesses.
    pub standings: usize,
    /// Median distance between teams that makes a question "two-speed".
    pub two_speed_levels: f64,
    /// Median lead that makes a team a model for another on a question.
    pub pairing_levels: f64,
    /// Level spread inside a team that makes a question a disagreement.
    pub disagreement_spread: u8,
    /// Share of `unknown` answers (of all answers to the question) that makes one.
    pub unknown_share: f64,
    /// Score distance between teams on a dimension that calls for a joint initiative in the
    /// synchronisation plan.
    pub synchronisation_levels: f64,
    /// Distance between two roles' medians inside a team that makes a question a role split.
    pub role_split_levels: f64,
    /// Distance between how another team sees a team on a question and how the team sees
    /// itself that lists the question among the largest perception gaps.
    pub perception_gap_levels: f64,
    /// Above this many teams, pairwise deltas are not listed (they grow with the square of
    /// the team count); each team against the others still is.
    pub max_pairwise_teams: usize,
}

impl Default for CompareOptions {
    fn default() -> CompareOptions {
        CompareOptions {
            short_term_size: 5,
            standings: 3,
            two_speed_levels: 2.0,
            pairing_levels: 1.5,
            disagreement_spread: 2,
            unknown_share: 1.0 / 3.0,
            synchronisation_levels: 1.0,
            role_split_levels: 2.0,
            perception_gap_levels: 1.5,
            max_pairwise_teams: 20,
        }
    }
}

/// Compares `teams` (names as spelled in the assessment, in display order) using `sheets`.
/// Sheets of other teams are ignored; a team without sheets has no scores and no findings.
pub fn compare(
    assessment: &Assessment,
    sheets: &[ResponseSheet],
    teams: &[String],
    options: &CompareOptions,
) -> Comparison {
    compare_with(assessment, sheets, teams, options, Detail::ALL)
}

/// [`compare`] with only the `detail` asked for (`Comparison::limit_detail`): what is not
/// asked for is not computed at all (the horizons, the role splits, the team-against-team
/// findings), so that `compare --format json` on two hundred teams does not spend its time on
/// what it would drop. Every number is the same.
pub fn compare_with(
    assessment: &Assessment,
    sheets: &[ResponseSheet],
    teams: &[String],
    options: &CompareOptions,
    detail: Detail,
) -> Comparison {
    let digester = TeamDigester::new(assessment, detail);
    let digests = group_by_team(teams, sheets)
        .iter()
        .zip(teams)
        .map(|(mine, team)| digester.digest(team, mine))
        .collect();
    compare_digested(assessment, digests, options, detail)
}

/// [`compare_with`] from each compared team's [`TeamDigest`], in display order: what a caller
/// that reads the sheets team by team hands over, so that no more than a team's sheets are
/// ever held at once (`app::compare` does so with two hundred teams). `digests` must come
/// from a [`TeamDigester`] of the same `assessment` and `detail`.
pub fn compare_digested(
    assessment: &Assessment,
    digests: Vec<TeamDigest>,
    options: &CompareOptions,
    detail: Detail,
) -> Comparison {
    // A short form compares on the questions it asks: answers to the others (imported from a
    // full assessment, say) wait until `add-questions` brings them into scope.
    let short_form = assessment.is_short().then(|| ShortForm {
        asked: assessment.asked_count(),
        of: assessment.questionnaire.question_count(),
    });
    let asked = assessment.as_asked();
    let assessment = asked.as_ref();
    let q = &assessment.questionnaire;
    let team_count = digests.len();
    let mut scores = Vec::with_capacity(digests.len());
    let mut answers = Vec::with_capacity(digests.len());
    let mut respondents = Vec::with_capacity(digests.len());
    for d in digests {
        scores.push(d.score);
        answers.push(d.answers);
        respondents.push(d.respondents);
    }
    let dimensions = dimension_rows(assessment, &scores);
    let questions = question_rows(assessment, &scores, answers);
    let team_results = respondents
        .into_iter()
        .enumerate()
        .map(|(ti, respondents)| {
            teams::team_result(
                q,
                &scores,
                respondents,
                ti,
                &dimensions,
                &questions,
                options,
                detail,
            )
        })
        .collect();
    let mut comparison = Comparison {
        format: COMPARISON_FORMAT,
        format_version: COMPARISON_FORMAT_VERSION,
        assessment: assessment.name.clone(),
        questionnaire: QuestionnaireInfo {
            id: q.id.clone(),
            version: q.version.clone(),
            title: q.title.clone(),
            language: q.language.clone(),
            levels: q.levels.clone(),
        },
        short_form,
        options: options.clone(),
        detail: Detail::ALL,
        teams: team_results,
        dimensions,
        questions,
        pairs: Vec::new(),
        pairs_omitted: false,
        two_speed: Vec::new(),
        learn_from_each_other: Vec::new(),
        synchronisation: Vec::new(),
        delivery: metrics::delivery(&[], q, &[], |_, _| None),
        progress: None,
        perception: Vec::new(),
        requests: Vec::new(),
        room_notes: Vec::new(),
    };
    if detail.pairs && team_count <= options.max_pairwise_teams {
        comparison.pairs = (0..team_count)
            .flat_map(|a| (a + 1..team_count).map(move |b| (a, b)))
            .map(|(a, b)| comparison.pair(a, b))
            .collect();
    } else {
        comparison.pairs_omitted = true;
    }
    if detail.pairs {
        comparison.two_speed = findings::two_speed(&comparison.questions, options);
        comparison.learn_from_each_other = findings::pairings(q, &comparison.questions, options);
    }
    comparison.synchronisation =
        sync::synchronisation(q, &comparison.dimensions, &comparison.questions, options);
    comparison.set_figures(q, &[]);
    // The answers were needed on the way (owners' levels, disagreements): dropped only now.
    comparison.limit_detail(detail);
    comparison
}

impl Comparison {
    /// Rebuilds `delivery` from the teams' recorded `figures` (any order; teams without any
    /// keep their provisional bands from `questionnaire`'s tagged questions). `questionnaire`
    /// is the assessment's, the one the comparison was made with.
    pub fn set_figures(&mut self, questionnaire: &Questionnaire, figures: &[TeamFigures]) {
        let names: Vec<String> = self.teams.iter().map(|t| t.name.clone()).collect();
        let questions = &self.questions;
        self.delivery = metrics::delivery(&names, questionnaire, figures, |team, id| {
            questions
                .iter()
                .find(|q| q.id == id)?
                .teams
                .get(team)?
                .level
        });
    }

    /// Adds a follow-up round's progress (`domain::progress`), shown by `compare` and the
    /// report.
    pub fn set_progress(&mut self, progress: Option<crate::domain::progress::Progress>) {
        self.progress = progress;
    }

    /// Team `a` against team `b` (indices into `teams`): overall, per-dimension and
    /// per-question deltas, largest first. Cheap enough to call for any pair on demand.
    pub fn pair(&self, a: usize, b: usize) -> PairDeltas {
        findings::pair(self, a, b)
    }

    pub fn team_index(&self, name: &str) -> Option<usize> {
        self.teams.iter().position(|t| t.name == name)
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionRow> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&QuestionRow> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The label reports give question `id` (`QuestionRow::title`): never the id, which only
    /// stands in for a question the comparison does not have (a defect the tests would see).
    pub fn question_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.question(id).map_or(id, |q| q.title.as_str())
    }

    /// The label of a 1-based level, or "?" off the scale.
    pub fn level_label(&self, level: u8) -> &str {
        usize::from(level)
            .checked_sub(1)
            .and_then(|i| self.questionnaire.levels.get(i))
            .map_or("?", String::as_str)
    }

    /// The learn-from-each-other pairings grouped by (learner, leader), groups in the order of
    /// their first (widest) pairing: "Nantes can learn from Paris on these 9 questions".
    /// Indexed by pair: with 200 teams there are some 14,000 pairings in thousands of groups,
    /// and looking each group up by a scan took seconds (the Plans view builds them per frame).
    pub fn pairings_by_team_pair(&self) -> Vec<Vec<&Pairing>> {
        let mut groups: Vec<Vec<&Pairing>> = Vec::new();
        let mut index: HashMap<(&str, &str), usize> = HashMap::new();
        for p in &self.learn_from_each_other {
            let at = *index
                .entry((p.learner.as_str(), p.leader.as_str()))
                .or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
            groups[at].push(p);
        }
        groups
    }

    /// Keeps the notes of the rooms of a compared team about another compared team (the
    /// room of a team on its own practices is not one: its notes go with the answers), in
    /// question order within each room; blank notes are left out.
    pub fn set_room_notes(&mut self, rooms: &crate::domain::room::Rooms) {
        let compared = |name: &str| {
            self.teams
                .iter()
                .find(|t| crate::domain::names::same_name(&t.name, name))
                .map(|t| t.name.clone())
        };
        let mut notes = Vec::new();
        for room in &rooms.teams {
            let (Some(by), Some(about)) = (
                compared(&room.team),
                room.about.as_deref().and_then(compared),
            ) else {
                continue;
            };
            for q in &self.questions {
                if let Some(note) = room
                    .question(&q.id)
                    .map(|r| r.note.trim())
                    .filter(|n| !n.is_empty())
                {
                    notes.push(RoomNote {
                        by: by.clone(),
                        about: about.clone(),
                        question_id: q.id.clone(),
                        title: q.title.clone(),
                        note: note.to_string(),
                    });
                }
            }
        }
        self.room_notes = notes;
    }

    /// Keeps the requests between compared teams (both ends compared), withdrawn ones
    /// included, in stored order.
    pub fn set_requests(&mut self, requests: &[crate::domain::requests::Request]) {
        let compared = |name: &str| {
            self.teams
                .iter()
                .any(|t| crate::domain::names::same_name(&t.name, name))
        };
        self.requests = requests
            .iter()
            .filter(|r| compared(&r.by) && compared(&r.to))
            .cloned()
            .collect();
    }

    /// Whether the teams said anything about each other: perception answers or requests.
    pub fn has_perception(&self) -> bool {
        !self.perception.is_empty() || self.requests.iter().any(|r| !r.withdrawn())
    }

    /// Whether any compared team gave any level.
    pub fn has_answers(&self) -> bool {
        self.teams.iter().any(TeamResult::has_scores)
    }
}

/// The mean of the other teams' values, for "versus others" deltas: computed from one total
/// so that it stays linear in the number of teams.
pub(crate) struct OthersMean {
    sum: f64,
    count: usize,
}

impl OthersMean {
    pub(crate) fn new(values: &[Option<f64>]) -> OthersMean {
        let (sum, count) = values
            .iter()
            .flatten()
            .fold((0.0, 0), |(s, c), v| (s + v, c + 1));
        OthersMean { sum, count }
    }

    /// The mean of every value except `own` (which must be one of the values, or `None`).
    pub(crate) fn excluding(&self, own: Option<f64>) -> Option<f64> {
        match own {
            Some(v) if self.count > 1 => Some((self.sum - v) / (self.count - 1) as f64),
            None if self.count > 0 => Some(self.sum / self.count as f64),
            // Only `own`, or nothing at all: there are no others to average.
            Some(_) | None => None,
        }
    }

    /// `own` minus the mean of the others.
    pub(crate) fn delta(&self, own: Option<f64>) -> Option<f64> {
        Some(own? - self.excluding(own)?)
    }
}

/// Highest minus lowest of the values present, when at least two are.
fn range(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let (min, max, n) = values
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY, 0), |(lo, hi, n), v| {
            (lo.min(v), hi.max(v), n + 1)
        });
    (n >= 2).then_some(max - min)
}

fn dimension_rows(assessment: &Assessment, scores: &[TeamScore]) -> Vec<DimensionRow> {
    let q = &assessment.questionnaire;
    let levels = q.level_count();
    q.dimensions
        .iter()
        .enumerate()
        .map(|(di, dim)| {
            let target = assessment.targets.for_dimension(&dim.id);
            let values: Vec<Option<f64>> = scores.iter().map(|s| s.dimensions[di].score).collect();
            let others = OthersMean::new(&values);
            let teams = scores
                .iter()
                .map(|s| {
                    let ds = &s.dimensions[di];
                    DimensionCell {
                        team: s.team.clone(),
                        score: ds.score,
                        percent: ds.score.map(|v| percent(v, levels)),
                        coverage: ds.coverage,
                        gap: ds.score.map(|v| target - v),
                        versus_own_average: ds.score.zip(s.overall).map(|(v, o)| v - o),
                        versus_others: others.delta(ds.score),
                    }
                })
                .collect();
            DimensionRow {
                id: dim.id.clone(),
                name: dim.name.clone(),
                weight: dim.weight,
                target,
                teams,
                range: range(values.into_iter()),
            }
        })
        .collect()
}

fn question_rows(
    assessment: &Assessment,
    scores: &[TeamScore],
    mut answers: Vec<Vec<Vec<RespondentAnswer>>>,
) -> Vec<QuestionRow> {
    let q: &Questionnaire = &assessment.questionnaire;
    let mut question_index = 0;
    let mut rows = Vec::with_capacity(q.question_count());
    for (di, dim) in q.dimensions.iter().enumerate() {
        let target = assessment.targets.for_dimension(&dim.id);
        for (qi, question) in dim.questions.iter().enumerate() {
            let medians: Vec<Option<f64>> = scores
                .iter()
                .map(|s| s.dimensions[di].questions[qi].median)
                .collect();
            let others = OthersMean::new(&medians);
            let teams = scores
                .iter()
                .zip(answers.iter_mut())
                .map(|(s, team_answers)| {
                    let qs = &s.dimensions[di].questions[qi];
                    QuestionCell {
                        team: s.team.clone(),
                        median: qs.median,
                        level: qs.median.map(level_of),
                        spread: qs.spread,
                        gap: qs.median.map(|m| target - m),
                        versus_others: others.delta(qs.median),
                        levels: qs.levels.clone(),
                        not_applicable: qs.not_applicable,
                        unknown: qs.unknown,
                        answers: std::mem::take(&mut team_answers[question_index]),
                    }
                })
                .collect();
            rows.push(QuestionRow {
                id: question.id.clone(),
                dimension_id: dim.id.clone(),
                text: question.text.clone(),
                title: crate::domain::titles::question_title(&q.id, question),
                references: question.references.clone(),
                weight: question.weight,
                target,
                teams,
                range: range(medians.into_iter()),
            });
            question_index += 1;
        }
    }
    rows
}

/// The level a median has fully reached: 2.5 is level 2.
/// Where a team's step on `question` starts: the owners' median when some owner gave a level
/// (with who they are), else the team's median; `None` when nobody gave a level. The rule the
/// engine's recommendations and the report's roadmap share.
pub fn step_start(
    question: &crate::domain::questionnaire::Question,
    cell: &QuestionCell,
    levels: u8,
) -> Option<(f64, Option<OwnersLevel>)> {
    roles::start(question, cell, levels).map(|s| (s.median, s.owners()))
}

pub fn level_of(median: f64) -> u8 {
    // Medians are whole or half levels on a scale of at most 7, so this cannot overflow.
    (median + EPSILON).floor().max(0.0) as u8
}
