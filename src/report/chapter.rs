//! The per-team chapter, built once from the comparison and rendered by every format (the
//! text of `compare`, Markdown, the PDF): who answered, where the team is strong and weak,
//! which dimensions are below target, its short-term plan and roadmap, and the questions its
//! respondents disagree on; for the report also its strengths and weaknesses by question, its
//! phased roadmap and its quick-wins matrix (`TeamHighlights`). Renderers only choose words and
//! layout; what goes in a chapter is decided here.

use crate::domain::compare::{
    Comparison, Disagreement, Recommendation, RespondentAnswer, RespondentInfo, Standing,
    TeamResult,
};
use crate::domain::roadmap::Horizon;
use crate::domain::{Effort, scoring};
use serde::Serialize;

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
    /// The phased roadmap (`domain::roadmap`).
    pub horizons: Vec<Horizon>,
    pub highlights: TeamHighlights,
}

/// A dimension further than this from the team's average (in printed scores) is a strength
/// or a weakness; within it, neither.
pub const STANDOUT: f64 = 0.25;
/// Strengths and weaknesses listed per team, and questions named per dimension.
const STANDOUT_DIMENSIONS: usize = 3;
const STANDOUT_QUESTIONS: usize = 2;
/// Impact (gap × dimension weight) at which a step is of high, or of medium, impact.
pub const HIGH_IMPACT: f64 = 2.0;
pub const MEDIUM_IMPACT: f64 = 1.0;

/// What the report says of one team beyond the comparison: strengths and weaknesses by
/// question, and its quick-wins matrix. Serialised in the report's JSON (`highlights`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TeamHighlights {
    pub team: String,
    /// The team's overall score, the reference of strengths and weaknesses.
    pub average: Option<f64>,
    /// Dimensions more than `STANDOUT` above the average, furthest first (at most 3).
    pub strengths: Vec<DimensionHighlight>,
    /// Dimensions more than `STANDOUT` below the average, furthest first (at most 3).
    pub weaknesses: Vec<DimensionHighlight>,
    /// The team's next step on every question below target, by effort and impact.
    pub quick_wins: Vec<QuickWinCell>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionHighlight {
    pub dimension_id: String,
    pub dimension: String,
    pub score: f64,
    /// Score minus the team's average, as the difference of the printed values.
    pub delta: f64,
    /// The dimension's highest (strengths) or lowest (weaknesses) questions, at most two.
    pub questions: Vec<QuestionMention>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionMention {
    pub question_id: String,
    pub title: String,
    pub median: f64,
    /// The median rests on a single answer.
    pub single_answer: bool,
}

/// One cell of the quick-wins matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuickWinCell {
    /// 0 high impact (gap × weight ≥ 2), 1 medium (≥ 1), 2 low.
    pub impact: u8,
    pub effort: Effort,
    /// Highest impact first.
    pub steps: Vec<QuickStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuickStep {
    pub question_id: String,
    pub title: String,
    pub priority: f64,
}

/// The impact band of a step's gap × weight: 0 high, 1 medium, 2 low.
pub fn impact_band(priority: f64) -> u8 {
    if priority + 1e-9 >= HIGH_IMPACT {
        0
    } else if priority + 1e-9 >= MEDIUM_IMPACT {
        1
    } else {
        2
    }
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
    /// The question's label (`QuestionRow::title`): what text and Markdown name it by.
    pub title: String,
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
        horizons: t.horizons.clone(),
        highlights: highlights(c, index, t),
    }
}

/// Strengths, weaknesses and quick wins of team `t`, the `index`-th of `c`.
pub fn highlights(c: &Comparison, index: usize, t: &TeamResult) -> TeamHighlights {
    let mut strengths = Vec::new();
    let mut weaknesses = Vec::new();
    if let Some(average) = t.overall {
        for d in &c.dimensions {
            let Some(score) = d.teams[index].score else {
                continue;
            };
            let delta = scoring::shown_difference(score, average);
            let strong = delta > STANDOUT + 1e-9;
            if !strong && delta >= -STANDOUT - 1e-9 {
                continue;
            }
            let mut questions: Vec<QuestionMention> = c
                .questions
                .iter()
                .filter(|q| q.dimension_id == d.id)
                .filter_map(|q| {
                    let cell = &q.teams[index];
                    Some(QuestionMention {
                        question_id: q.id.clone(),
                        title: q.title.clone(),
                        median: cell.median?,
                        single_answer: cell.levels.len() == 1,
                    })
                })
                .collect();
            // Stable: equal medians keep questionnaire order.
            if strong {
                questions.sort_by(|a, b| b.median.total_cmp(&a.median));
            } else {
                questions.sort_by(|a, b| a.median.total_cmp(&b.median));
            }
            questions.truncate(STANDOUT_QUESTIONS);
            let item = DimensionHighlight {
                dimension_id: d.id.clone(),
                dimension: d.name.clone(),
                score,
                delta,
                questions,
            };
            if strong {
                strengths.push(item);
            } else {
                weaknesses.push(item);
            }
        }
    }
    strengths.sort_by(|a, b| b.delta.total_cmp(&a.delta));
    weaknesses.sort_by(|a, b| a.delta.total_cmp(&b.delta));
    strengths.truncate(STANDOUT_DIMENSIONS);
    weaknesses.truncate(STANDOUT_DIMENSIONS);

    let mut steps: Vec<&Recommendation> = t.short_term_plan.iter().chain(&t.roadmap).collect();
    steps.sort_by(|a, b| b.priority.total_cmp(&a.priority).then(a.rank.cmp(&b.rank)));
    let mut quick_wins = Vec::new();
    for impact in 0..3 {
        for effort in [Effort::Low, Effort::Medium, Effort::High] {
            quick_wins.push(QuickWinCell {
                impact,
                effort,
                steps: steps
                    .iter()
                    .filter(|s| s.effort == effort && impact_band(s.priority) == impact)
                    .map(|s| QuickStep {
                        question_id: s.question_id.clone(),
                        title: s.title.clone(),
                        priority: s.priority,
                    })
                    .collect(),
            });
        }
    }
    TeamHighlights {
        team: t.name.clone(),
        average: t.overall,
        strengths,
        weaknesses,
        quick_wins,
    }
}

fn disagreement(c: &Comparison, d: &Disagreement) -> DisagreementItem {
    DisagreementItem {
        question_id: d.question_id.clone(),
        question: c
            .question(&d.question_id)
            .map_or(String::new(), |q| q.text.clone()),
        title: c.question_title(&d.question_id).to_string(),
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
