//! The comparison's output types. They serialise to the `compare --format json` document
//! (documented in `docs/compare-json.md`), and the TUI dashboard reads the same structs, so the
//! two cannot disagree. Teams are listed in the order they were asked for; every per-team list
//! inside a row (`DimensionRow::teams`, `QuestionRow::teams`) follows that same order, so
//! `row.teams[i]` belongs to `Comparison::teams[i]`.
//!
//! Scores are on the questionnaire's own scale (1 = lowest level). Signs: a `gap` is
//! `target − score`, positive when the team is short of its target; a `delta` is `a − b`.

use crate::domain::answers::Answer;
use crate::domain::metrics::Delivery;
use crate::domain::questionnaire::{Effort, Reference, Role};
use crate::domain::roadmap::Horizon;
use serde::Serialize;

use super::CompareOptions;

/// Identifies the JSON document; bumped only when a field changes meaning or disappears
/// (new fields may appear without a bump).
pub const COMPARISON_FORMAT: &str = "devops-maturity/comparison";
/// 2: the answers behind each number and the pairwise deltas are left out unless asked for
/// (`detail`). 3: so are each team's full roadmap and horizons (its short-term plan and its
/// number of steps stay), and a cell's `levels` without the answers is left out, not empty.
pub const COMPARISON_FORMAT_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub format: &'static str,
    pub format_version: u32,
    pub assessment: String,
    pub questionnaire: QuestionnaireInfo,
    /// Set when the assessment is a short form: every row and score below is over the
    /// questions it asks.
    pub short_form: Option<ShortForm>,
    /// The thresholds every finding below was computed with.
    pub options: CompareOptions,
    /// What the document carries beyond the numbers (`Comparison::limit_detail`).
    pub detail: Detail,
    pub teams: Vec<TeamResult>,
    /// One row per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionRow>,
    /// One row per question, in questionnaire order: the answers behind every number.
    pub questions: Vec<QuestionRow>,
    /// Team-vs-team deltas for every pair `(i, j)` with `i < j`. Left empty (and
    /// `pairs_omitted` set) when more than `options.max_pairwise_teams` teams are compared:
    /// `Comparison::pair` still computes any single pair on demand.
    pub pairs: Vec<PairDeltas>,
    pub pairs_omitted: bool,
    /// Questions where some teams sit at least `options.two_speed_levels` apart.
    pub two_speed: Vec<TwoSpeedFinding>,
    /// Where a team could learn a practice from a team at least `options.pairing_levels` ahead.
    pub learn_from_each_other: Vec<Pairing>,
    /// One joint initiative per dimension where team scores lie at least
    /// `options.synchronisation_levels` apart, widest first.
    pub synchronisation: Vec<Initiative>,
    /// The teams' delivery rhythms (DORA keys, bands, clusters, gaps): from questionnaire
    /// answers alone until `Comparison::set_figures` adds the recorded figures.
    pub delivery: Delivery,
    /// A follow-up round's progress against the rounds before it (`domain::progress`), set by
    /// `Comparison::set_progress`; absent from the JSON for a first round.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<crate::domain::progress::Progress>,
    /// How the teams see each other: per compared team that another compared team answered
    /// about, its own view next to theirs (`Comparison::set_perceptions`). Empty without
    /// perception answers.
    pub perception: Vec<super::TeamPerception>,
    /// What the compared teams ask of each other (`Comparison::set_requests`), withdrawn
    /// requests included (with `withdrawn_at`), in stored order.
    pub requests: Vec<crate::domain::requests::Request>,
    /// The workshop room's notes of a team's room about another compared team
    /// (`Comparison::set_room_notes`), room by room in stored order, then in question order.
    /// Left out of the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub room_notes: Vec<RoomNote>,
}

/// What the room of team `by`, assessing team `about`, noted on one question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoomNote {
    pub by: String,
    pub about: String,
    pub question_id: String,
    /// The question's short label (`QuestionRow::title`).
    pub title: String,
    pub note: String,
}

/// The parts of the comparison that grow with the number of respondents, of team pairs and of
/// steps: what the dashboard and the report use, and `compare --format json` leaves out unless
/// asked (`--detail answers,pairs,roadmaps`), so that two hundred teams give a few megabytes,
/// not fifty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Detail {
    /// What traces a number to individual answers: every respondent's answer and comment in
    /// each question cell and disagreement, the levels given in each cell, and the role splits
    /// (medians of a role's respondents).
    pub answers: bool,
    /// Team-against-team findings: the deltas of every pair of teams (up to
    /// `options.max_pairwise_teams` teams), each team's deltas against the others, the
    /// two-speed questions (which teams are ahead, which behind) and the learn-from-each-other
    /// pairings.
    pub pairs: bool,
    /// Every step of each team: its whole `roadmap` and its `horizons`. Without it a team keeps
    /// its `short_term_plan` (its first steps) and `steps` (how many it has in all).
    pub roadmaps: bool,
}

impl Detail {
    pub const ALL: Detail = Detail {
        answers: true,
        pairs: true,
        roadmaps: true,
    };
    pub const NONE: Detail = Detail {
        answers: false,
        pairs: false,
        roadmaps: false,
    };
}

impl Comparison {
    /// Drops what `detail` does not ask for, freeing it (see [`Detail`]); `pairs_omitted` is
    /// set without the pairs. Every number stays.
    pub fn limit_detail(&mut self, detail: Detail) {
        if !detail.answers {
            for row in &mut self.questions {
                for cell in &mut row.teams {
                    cell.answers = Vec::new();
                    cell.levels = Vec::new();
                }
            }
            for team in &mut self.teams {
                for d in &mut team.disagreements {
                    d.answers = Vec::new();
                }
                team.role_splits = Vec::new();
            }
        }
        if !detail.pairs {
            self.pairs = Vec::new();
            self.pairs_omitted = true;
            self.two_speed = Vec::new();
            self.learn_from_each_other = Vec::new();
            for team in &mut self.teams {
                team.versus_others_deltas = Deltas::default();
            }
        }
        if !detail.roadmaps {
            for team in &mut self.teams {
                team.roadmap = Vec::new();
                team.horizons = Vec::new();
            }
        }
        self.detail = Detail {
            answers: self.detail.answers && detail.answers,
            pairs: self.detail.pairs && detail.pairs,
            roadmaps: self.detail.roadmaps && detail.roadmaps,
        };
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireInfo {
    pub id: String,
    pub version: String,
    pub title: String,
    pub language: String,
    /// Level labels, lowest first; level `n` is `levels[n - 1]`.
    pub levels: Vec<String>,
}

/// A short form's extent: `asked` of the questionnaire's `of` questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ShortForm {
    pub asked: usize,
    pub of: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RespondentInfo {
    pub name: String,
    pub role: Option<Role>,
    /// Share (0–1) of the questions asked of this respondent (given their role) answered.
    pub coverage: f64,
}

impl RespondentInfo {
    /// "Alice (ops)", or just the name when no role was given.
    pub fn label(&self) -> String {
        match self.role {
            Some(role) => format!("{} ({role})", self.name),
            None => self.name.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamResult {
    pub name: String,
    pub respondents: Vec<RespondentInfo>,
    /// Weighted mean of the dimension scores (weights: dimension weights). `None` when the team
    /// gave no level at all.
    pub overall: Option<f64>,
    /// `overall` on a 0–100 scale: level 1 is 0 %, the top level 100 %.
    pub overall_percent: Option<f64>,
    /// Weighted mean of the dimension targets.
    pub target: f64,
    pub gap: Option<f64>,
    /// Share (0–1) of the questionnaire's questions that anyone in the team answered.
    pub coverage: f64,
    /// `overall` minus the mean `overall` of the other compared teams.
    pub versus_others: Option<f64>,
    /// Dimensions above the team's own `overall`, largest first (at most `options.standings`).
    pub strengths: Vec<Standing>,
    /// Dimensions below the team's own `overall`, lowest first.
    pub weaknesses: Vec<Standing>,
    /// Dimensions where the team is above the mean of the other teams, largest lead first.
    pub strengths_vs_others: Vec<Standing>,
    /// Dimensions where the team is below the mean of the other teams, largest lag first.
    pub weaknesses_vs_others: Vec<Standing>,
    /// Every scored dimension with its gap to target, largest gap first.
    pub gaps: Vec<DimensionGap>,
    /// This team against the mean of the others, largest absolute delta first. Empty with a
    /// single team.
    pub versus_others_deltas: Deltas,
    /// The highest-ranked low- and medium-effort recommendations.
    pub short_term_plan: Vec<Recommendation>,
    /// Every other recommendation, in rank order (with `Detail::roadmaps`).
    pub roadmap: Vec<Recommendation>,
    /// How many steps the team has: `short_term_plan` and `roadmap` together, with or without
    /// `Detail::roadmaps`.
    pub steps: usize,
    /// The phased roadmap: 0–3, 3–6 and 6–12 months, chosen by the rule of
    /// `domain::roadmap` (also the dashboard's Plans view; with `Detail::roadmaps`).
    pub horizons: Vec<Horizon>,
    /// Questions the team should discuss: respondents far apart, or many `unknown`.
    pub disagreements: Vec<Disagreement>,
    /// Questions where two roles of the team are `options.role_split_levels` or more apart.
    pub role_splits: Vec<RoleSplit>,
}

impl TeamResult {
    /// Whether anyone in the team gave a level: without one there is nothing to chart.
    pub fn has_scores(&self) -> bool {
        self.overall.is_some()
    }
}

/// A dimension singled out as a strength or weakness. `delta` is the score minus the reference
/// (the team's own overall, or the mean of the other teams).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    pub dimension_id: String,
    pub score: f64,
    pub reference: f64,
    pub delta: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionGap {
    pub dimension_id: String,
    pub score: f64,
    pub target: f64,
    pub gap: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionRow {
    pub id: String,
    pub name: String,
    pub weight: f64,
    pub target: f64,
    pub teams: Vec<DimensionCell>,
    /// Highest minus lowest team score (`None` with fewer than two scored teams).
    pub range: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionCell {
    pub team: String,
    /// Weighted mean of the question medians (weights: question weights).
    pub score: Option<f64>,
    pub percent: Option<f64>,
    /// Share (0–1) of the dimension's questions anyone in the team answered.
    pub coverage: f64,
    pub gap: Option<f64>,
    /// Score minus the team's `overall`.
    pub versus_own_average: Option<f64>,
    /// Score minus the mean score of the other teams that have one.
    pub versus_others: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionRow {
    pub id: String,
    pub dimension_id: String,
    pub text: String,
    /// The short label of the question (`domain::titles`): its title, the built-in edition's,
    /// or its text cut at a word.
    pub title: String,
    /// Further reading, as the questionnaire lists it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    pub weight: f64,
    /// The target of the question's dimension.
    pub target: f64,
    pub teams: Vec<QuestionCell>,
    /// Highest minus lowest team median (`None` with fewer than two answered teams).
    pub range: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionCell {
    pub team: String,
    /// Median of `levels`; the mean of the two middle values for an even count.
    pub median: Option<f64>,
    /// The median rounded down: the level the team has fully reached.
    pub level: Option<u8>,
    /// Highest minus lowest of `levels`.
    pub spread: Option<u8>,
    pub gap: Option<f64>,
    /// Median minus the mean median of the other teams that have one.
    pub versus_others: Option<f64>,
    /// The levels given, in respondent order; `n/a` and `unknown` are left out (with
    /// `Detail::answers`; left out of the JSON when empty).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<u8>,
    pub not_applicable: usize,
    pub unknown: usize,
    /// Every respondent who answered or commented, in respondent order (with
    /// `Detail::answers`; left out of the JSON when empty).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<RespondentAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RespondentAnswer {
    pub respondent: String,
    pub role: Option<Role>,
    /// A level number, `"n/a"`, `"unknown"`, or `null` when only a comment was left.
    pub answer: Option<Answer>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

/// Deltas between two sides, `a − b`, largest absolute value first (ties in questionnaire
/// order). Only items both sides have a value for are listed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Deltas {
    pub dimensions: Vec<DimensionDelta>,
    pub questions: Vec<QuestionDelta>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionDelta {
    pub dimension_id: String,
    pub a: f64,
    pub b: f64,
    pub delta: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionDelta {
    pub question_id: String,
    pub dimension_id: String,
    pub a: f64,
    pub b: f64,
    pub delta: f64,
}

/// Team `a` against team `b`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairDeltas {
    pub a: String,
    pub b: String,
    pub overall: Option<f64>,
    #[serde(flatten)]
    pub deltas: Deltas,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamLevel {
    pub team: String,
    pub median: f64,
}

/// A "two-speed" question. Every team in `ahead` is above the midpoint of the range and at
/// least the threshold above the lowest team; every team in `behind` is at or below the
/// midpoint and at least the threshold below the highest team. Teams in between are in neither.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TwoSpeedFinding {
    pub question_id: String,
    pub dimension_id: String,
    /// Highest minus lowest team median.
    pub distance: f64,
    /// Highest median first.
    pub ahead: Vec<TeamLevel>,
    /// Lowest median first.
    pub behind: Vec<TeamLevel>,
}

/// The `learner` team could borrow the practice of the `leader` team on one question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pairing {
    pub question_id: String,
    pub dimension_id: String,
    pub learner: String,
    pub learner_median: f64,
    pub leader: String,
    pub leader_median: f64,
    /// `leader_median − learner_median`.
    pub distance: f64,
    /// The questionnaire's description of the leader's level: what the learner would borrow.
    pub leader_practice: String,
    /// One sentence naming both teams.
    pub text: String,
}

/// One step for one team on one question below target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    /// 1 for the most urgent step of the team; short-term plan and roadmap share the numbering.
    pub rank: usize,
    pub question_id: String,
    pub dimension_id: String,
    pub question: String,
    /// The question's short label (`QuestionRow::title`).
    pub title: String,
    /// The team's median: everyone's answers, as in the question's cell.
    pub median: f64,
    /// The level the step starts from (the median it starts from rounded down), and the level
    /// it leads to.
    pub from_level: u8,
    pub to_level: u8,
    pub from_label: String,
    pub to_label: String,
    pub target: f64,
    /// `target −` the median the step starts from: the owners' when `owners` is set, else the
    /// team's `median`.
    pub gap: f64,
    pub dimension_weight: f64,
    /// `gap × dimension_weight`: what the ranking sorts on, highest first.
    pub priority: f64,
    pub effort: Effort,
    pub text: String,
    /// Set when the step starts from the level of the roles that own the practice (the
    /// question's `owners`) rather than from the team's median: some of them answered.
    pub owners: Option<OwnersLevel>,
}

impl Recommendation {
    /// Whether starting from the owners' level changed the step: the team's own median would
    /// have started it from another level.
    pub fn owners_moved_it(&self) -> bool {
        self.owners.is_some() && super::level_of(self.median) != self.from_level
    }
}

/// The level of the roles that own a practice, in one team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OwnersLevel {
    /// The owner roles that gave a level, in role order.
    pub roles: Vec<Role>,
    /// Median of the levels those respondents gave.
    pub median: f64,
    pub respondents: usize,
}

/// Inside one team, roles that see a practice far apart: a question to discuss role by role.
/// Names roles, never people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleSplit {
    pub question_id: String,
    pub dimension_id: String,
    /// Highest role median minus the lowest.
    pub distance: f64,
    /// Every role of the team that gave a level, highest median first (ties in role order).
    pub roles: Vec<RoleMedian>,
}

impl RoleSplit {
    /// "dev 3 (owner) · qa 2.5 · business 1": how `compare`, its Markdown and the dashboard
    /// name the roles of a split.
    pub fn roles_text(&self) -> String {
        self.roles
            .iter()
            .map(|r| {
                format!(
                    "{} {}{}",
                    r.role,
                    super::findings::show_level(r.median),
                    if r.owner { " (owner)" } else { "" }
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

impl OwnersLevel {
    /// "dev, qa at 3": the owners who answered and their median.
    pub fn text(&self) -> String {
        let roles: Vec<&str> = self.roles.iter().map(|r| r.as_str()).collect();
        format!(
            "{} at {}",
            roles.join(", "),
            super::findings::show_level(self.median)
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleMedian {
    pub role: Role,
    /// Median of the levels given by the team's respondents with this role.
    pub median: f64,
    pub respondents: usize,
    /// Whether the role owns the practice (is among the question's `owners`).
    pub owner: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DisagreementReason {
    /// Respondents' levels are at least `options.disagreement_spread` apart.
    Spread,
    /// At least `options.unknown_share` of the answers were `unknown`.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    pub question_id: String,
    pub dimension_id: String,
    pub reasons: Vec<DisagreementReason>,
    pub spread: Option<u8>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    pub unknown: usize,
    /// Answers of any kind (levels, `n/a`, `unknown`).
    pub answered: usize,
    /// With `Detail::answers`; left out of the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<RespondentAnswer>,
}

/// A team and its score on one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamAt {
    pub team: String,
    pub score: f64,
}

/// A joint initiative of the synchronisation plan, on one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Initiative {
    pub dimension_id: String,
    pub dimension: String,
    /// The team with the highest score on the dimension (first listed on a tie).
    pub leader: String,
    pub leader_score: f64,
    /// The teams at least `options.synchronisation_levels` below the leader, lowest first.
    pub followers: Vec<TeamAt>,
    /// `leader_score` minus the lowest follower's score.
    pub distance: f64,
    /// What the followers adopt: the leader's practice on the dimension's questions where it
    /// is furthest ahead (at most two).
    pub practices: Vec<Practice>,
    /// The joint milestone, the level both reach first: the leader's level (its score rounded
    /// down), no higher than the level that meets the target, and above every follower.
    pub milestone_level: u8,
    pub milestone_label: String,
}

/// The leader's observable practice on one question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Practice {
    pub question_id: String,
    pub title: String,
    pub leader_median: f64,
    /// The lowest median among the followers.
    pub follower_median: f64,
    /// The leader's median rounded down, and its label.
    pub level: u8,
    pub level_label: String,
    /// The questionnaire's description of that level.
    pub practice: String,
}
