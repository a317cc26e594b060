//! The per-team chapter, built once from the comparison and rendered by every format (the
//! text of `compare`, Markdown, the PDF): who answered, where the team is strong and weak,
//! which dimensions are below target, its short-term plan and roadmap, and the questions its
//! respondents disagree on. Renderers only choose words and layout; what goes in a chapter is
//! decided here.

use crate::domain::compare::{
    Comparison, Disagreement, Recommendation, RespondentAnswer, RespondentInfo, Standing,
    TeamResult,
};

/// One team's chapter.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamChapter {
    pub team: String,
    /// The team's position in the comparison (its colour and marker in charts).
    pub index: usize,
    /// False when nobody in the team gave a level: renderers say so and show nothing else.
    pub has_scores: bool,
    /// "Name (role)" of every respondent.
    pub respondents: Vec<String>,
    /// The non-empty standing lists, in reading order: strengths, weaknesses, ahead of the
    /// others, behind the others.
    pub standings: Vec<Standings>,
    /// Every dimension with the team's score and its target, in questionnaire order (the gap
    /// chart).
    pub profile: Vec<ProfilePoint>,
    /// Dimensions below their target, in the comparison's order (largest gap first).
    pub below_target: Vec<BelowTarget>,
    pub short_term_plan: Vec<Recommendation>,
    pub roadmap: Vec<Recommendation>,
    pub disagreements: Vec<DisagreementItem>,
}

/// Which standing list a [`Standings`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandingKind {
    /// Above the team's own average.
    Strengths,
    /// Below the team's own average.
    Weaknesses,
    /// Above the mean of the other teams.
    AheadOfOthers,
    /// Below the mean of the other teams.
    BehindOthers,
}

impl StandingKind {
    /// Whether the delta is against the team's own average (else against the others' mean).
    pub fn against_own_average(self) -> bool {
        matches!(self, StandingKind::Strengths | StandingKind::Weaknesses)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Standings {
    pub kind: StandingKind,
    pub items: Vec<StandingItem>,
}

/// A dimension in a standing list: its name, the team's score and the delta to the reference.
#[derive(Debug, Clone, PartialEq)]
pub struct StandingItem {
    pub dimension: String,
    pub score: f64,
    pub delta: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfilePoint {
    pub dimension: String,
    pub score: Option<f64>,
    pub target: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BelowTarget {
    pub dimension: String,
    pub score: f64,
    pub target: f64,
    /// `target − score`, unrounded.
    pub gap: f64,
}

/// A question the team's respondents disagree on, or where some do not know.
#[derive(Debug, Clone, PartialEq)]
pub struct DisagreementItem {
    pub question_id: String,
    pub question: String,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    pub unknown: usize,
    pub answered: usize,
    pub answers: Vec<RespondentAnswer>,
}

/// Every compared team's chapter, in the comparison's order.
pub fn team_chapters(c: &Comparison) -> Vec<TeamChapter> {
    c.teams
        .iter()
        .enumerate()
        .map(|(i, t)| team_chapter(c, i, t))
        .collect()
}

/// The chapter of team `t`, the `index`-th team of `c`.
pub fn team_chapter(c: &Comparison, index: usize, t: &TeamResult) -> TeamChapter {
    let dimension = |id: &str| c.dimension(id).map_or(id.to_string(), |d| d.name.clone());
    let items = |list: &[Standing]| -> Vec<StandingItem> {
        list.iter()
            .map(|s| StandingItem {
                dimension: dimension(&s.dimension_id),
                score: s.score,
                delta: s.delta,
            })
            .collect()
    };
    let standings = [
        (StandingKind::Strengths, &t.strengths),
        (StandingKind::Weaknesses, &t.weaknesses),
        (StandingKind::AheadOfOthers, &t.strengths_vs_others),
        (StandingKind::BehindOthers, &t.weaknesses_vs_others),
    ]
    .into_iter()
    .filter(|(_, list)| !list.is_empty())
    .map(|(kind, list)| Standings {
        kind,
        items: items(list),
    })
    .collect();
    TeamChapter {
        team: t.name.clone(),
        index,
        has_scores: t.has_scores(),
        respondents: t.respondents.iter().map(RespondentInfo::label).collect(),
        standings,
        profile: c
            .dimensions
            .iter()
            .map(|d| ProfilePoint {
                dimension: d.name.clone(),
                score: d.teams.get(index).and_then(|cell| cell.score),
                target: d.target,
            })
            .collect(),
        below_target: t
            .gaps
            .iter()
            .filter(|g| g.gap > 0.0)
            .map(|g| BelowTarget {
                dimension: dimension(&g.dimension_id),
                score: g.score,
                target: g.target,
                gap: g.gap,
            })
            .collect(),
        short_term_plan: t.short_term_plan.clone(),
        roadmap: t.roadmap.clone(),
        disagreements: t.disagreements.iter().map(|d| disagreement(c, d)).collect(),
    }
}

fn disagreement(c: &Comparison, d: &Disagreement) -> DisagreementItem {
    DisagreementItem {
        question_id: d.question_id.clone(),
        question: c
            .question(&d.question_id)
            .map_or(String::new(), |q| q.text.clone()),
        lowest: d.lowest,
        highest: d.highest,
        unknown: d.unknown,
        answered: d.answered,
        answers: d.answers.clone(),
    }
}

impl DisagreementItem {
    /// The levels given, as a range: "2–4", "3", or "–" when nobody gave one.
    pub fn range(&self) -> String {
        match (self.lowest, self.highest) {
            (Some(lo), Some(hi)) if lo != hi => format!("{lo}–{hi}"),
            (Some(lo), _) => lo.to_string(),
            _ => "–".into(),
        }
    }
}
