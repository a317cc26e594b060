//! Everything about one team: standings, gaps, its deltas against the others, its ranked
//! recommendations and the questions its respondents disagree on.

use super::{
    CompareOptions, Deltas, DimensionDelta, DimensionGap, DimensionRow, Disagreement,
    DisagreementReason, EPSILON, OthersMean, QuestionDelta, QuestionRow, Recommendation,
    RespondentInfo, Standing, TeamResult, level_of, roles,
};
use crate::domain::questionnaire::{Effort, Questionnaire};
use crate::domain::scoring::{TeamScore, percent, weighted_mean};

// The engine's tables and thresholds, the team and what to make of it: one call per team.
#[allow(clippy::too_many_arguments)]
pub(super) fn team_result(
    q: &Questionnaire,
    scores: &[TeamScore],
    respondents: Vec<RespondentInfo>,
    ti: usize,
    dimensions: &[DimensionRow],
    questions: &[QuestionRow],
    options: &CompareOptions,
    detail: super::Detail,
) -> TeamResult {
    let own = &scores[ti];
    let target =
        weighted_mean(dimensions.iter().map(|d| (Some(d.target), d.weight))).unwrap_or_default();
    let overalls: Vec<Option<f64>> = scores.iter().map(|s| s.overall).collect();
    let (strengths, weaknesses) = standings(dimensions, ti, options.standings, |cell| {
        Some((cell.score?, own.overall?))
    });
    let (strengths_vs_others, weaknesses_vs_others) =
        standings(dimensions, ti, options.standings, |cell| {
            let score = cell.score?;
            Some((score, score - cell.versus_others?))
        });
    let mut gaps: Vec<DimensionGap> = dimensions
        .iter()
        .filter_map(|d| {
            let cell = &d.teams[ti];
            Some(DimensionGap {
                dimension_id: d.id.clone(),
                score: cell.score?,
                target: d.target,
                gap: cell.gap?,
            })
        })
        .collect();
    gaps.sort_by(|a, b| b.gap.total_cmp(&a.gap));
    let (short_term_plan, roadmap, steps) =
        recommendations(q, questions, ti, options, detail.roadmaps);
    TeamResult {
        name: own.team.clone(),
        respondents,
        overall: own.overall,
        overall_percent: own.overall.map(|o| percent(o, q.level_count())),
        target,
        gap: own.overall.map(|o| target - o),
        coverage: own.coverage,
        versus_others: OthersMean::new(&overalls).delta(own.overall),
        strengths,
        weaknesses,
        strengths_vs_others,
        weaknesses_vs_others,
        gaps,
        versus_others_deltas: if detail.pairs {
            versus_others(dimensions, questions, ti)
        } else {
            Deltas::default()
        },
        steps,
        short_term_plan,
        roadmap,
        horizons: if detail.roadmaps {
            crate::domain::roadmap::horizons(q, questions, ti, options.short_term_size)
        } else {
            Vec::new()
        },
        disagreements: disagreements(questions, ti, options, detail.answers),
        role_splits: if detail.answers {
            roles::role_splits(q, questions, ti, options)
        } else {
            Vec::new()
        },
    }
}

/// Dimensions above and below a reference, each list most extreme first. `pick` gives the
/// team's score and the reference for one dimension, or `None` to leave it out.
fn standings(
    dimensions: &[DimensionRow],
    ti: usize,
    count: usize,
    pick: impl Fn(&super::DimensionCell) -> Option<(f64, f64)>,
) -> (Vec<Standing>, Vec<Standing>) {
    let all: Vec<Standing> = dimensions
        .iter()
        .filter_map(|d| {
            let (score, reference) = pick(&d.teams[ti])?;
            Some(Standing {
                dimension_id: d.id.clone(),
                score,
                reference,
                delta: score - reference,
            })
        })
        .collect();
    let mut above: Vec<Standing> = all.iter().filter(|s| s.delta > EPSILON).cloned().collect();
    let mut below: Vec<Standing> = all.into_iter().filter(|s| s.delta < -EPSILON).collect();
    // Stable sorts: equal deltas stay in questionnaire order.
    above.sort_by(|a, b| b.delta.total_cmp(&a.delta));
    below.sort_by(|a, b| a.delta.total_cmp(&b.delta));
    above.truncate(count);
    below.truncate(count);
    (above, below)
}

fn versus_others(dimensions: &[DimensionRow], questions: &[QuestionRow], ti: usize) -> Deltas {
    let mut deltas = Deltas {
        dimensions: dimensions
            .iter()
            .filter_map(|d| {
                let cell = &d.teams[ti];
                let delta = cell.versus_others?;
                let a = cell.score?;
                Some(DimensionDelta {
                    dimension_id: d.id.clone(),
                    a,
                    b: a - delta,
                    delta,
                })
            })
            .collect(),
        questions: questions
            .iter()
            .filter_map(|row| {
                let cell = &row.teams[ti];
                let delta = cell.versus_others?;
                let a = cell.median?;
                Some(QuestionDelta {
                    question_id: row.id.clone(),
                    dimension_id: row.dimension_id.clone(),
                    a,
                    b: a - delta,
                    delta,
                })
            })
            .collect(),
    };
    deltas.sort();
    deltas
}

impl Deltas {
    /// Largest absolute delta first; stable, so ties stay in questionnaire order.
    pub(super) fn sort(&mut self) {
        self.dimensions
            .sort_by(|x, y| y.delta.abs().total_cmp(&x.delta.abs()));
        self.questions
            .sort_by(|x, y| y.delta.abs().total_cmp(&x.delta.abs()));
    }
}

/// The team's ranked steps, split into the short-term plan and the roadmap, and how many
/// steps there are in all. Without `roadmap` (the detail), only the short-term plan is
/// written out: the steps are ranked first, and only those kept get their texts (two hundred
/// teams have some eight thousand steps, each with a question's and a step's text).
fn recommendations(
    q: &Questionnaire,
    questions: &[QuestionRow],
    ti: usize,
    options: &CompareOptions,
    roadmap: bool,
) -> (Vec<Recommendation>, Vec<Recommendation>, usize) {
    struct Candidate<'q> {
        dimension: &'q crate::domain::questionnaire::Dimension,
        question: &'q crate::domain::questionnaire::Question,
        row: &'q QuestionRow,
        step: &'q crate::domain::questionnaire::Recommendation,
        median: f64,
        from: u8,
        gap: f64,
        priority: f64,
        start: roles::Start,
    }
    let levels = q.level_count();
    let mut all: Vec<Candidate> = Vec::new();
    for ((dimension, question), row) in q.questions().zip(questions) {
        let cell = &row.teams[ti];
        let (Some(median), Some(start)) = (cell.median, roles::start(question, cell, levels))
        else {
            continue;
        };
        let (gap, from) = (row.target - start.median, level_of(start.median));
        if gap <= EPSILON {
            continue;
        }
        // A median below target is below the top level, so the step exists in a valid
        // questionnaire; a target above the scale (hand-edited file) simply yields no step.
        let Some(step) = question.recommendation_from(from) else {
            continue;
        };
        all.push(Candidate {
            dimension,
            question,
            row,
            step,
            median,
            from,
            gap,
            priority: gap * dimension.weight,
            start,
        });
    }
    all.sort_by(|a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then(b.question.weight.total_cmp(&a.question.weight))
            .then(a.step.effort.cmp(&b.step.effort))
    });
    let steps = all.len();
    let write = |rank: usize, c: &Candidate| Recommendation {
        rank,
        question_id: c.question.id.clone(),
        dimension_id: c.dimension.id.clone(),
        question: c.question.text.clone(),
        title: c.row.title.clone(),
        median: c.median,
        from_level: c.from,
        to_level: c.from + 1,
        from_label: q.level_label(c.from).to_string(),
        to_label: q.level_label(c.from + 1).to_string(),
        target: c.row.target,
        gap: c.gap,
        dimension_weight: c.dimension.weight,
        priority: c.priority,
        effort: c.step.effort,
        text: c.step.text.clone(),
        owners: c.start.owners(),
    };
    let mut short_term = Vec::new();
    let mut rest = Vec::new();
    for (i, c) in all.iter().enumerate() {
        if short_term.len() < options.short_term_size && c.step.effort != Effort::High {
            short_term.push(write(i + 1, c));
        } else if roadmap {
            rest.push(write(i + 1, c));
        }
    }
    (short_term, rest, steps)
}

/// The questions the team disagrees on, each with its answers when `answers` (the detail) asks.
fn disagreements(
    questions: &[QuestionRow],
    ti: usize,
    options: &CompareOptions,
    answers: bool,
) -> Vec<Disagreement> {
    let mut out: Vec<Disagreement> = questions
        .iter()
        .filter_map(|row| {
            let cell = &row.teams[ti];
            let answered = cell.levels.len() + cell.not_applicable + cell.unknown;
            let mut reasons = Vec::new();
            if cell
                .spread
                .is_some_and(|s| s >= options.disagreement_spread)
            {
                reasons.push(DisagreementReason::Spread);
            }
            if cell.unknown > 0
                && cell.unknown as f64 + EPSILON >= options.unknown_share * answered as f64
            {
                reasons.push(DisagreementReason::Unknown);
            }
            (!reasons.is_empty()).then(|| Disagreement {
                question_id: row.id.clone(),
                dimension_id: row.dimension_id.clone(),
                reasons,
                spread: cell.spread,
                lowest: cell.levels.iter().min().copied(),
                highest: cell.levels.iter().max().copied(),
                unknown: cell.unknown,
                answered,
                answers: if answers {
                    cell.answers.clone()
                } else {
                    Vec::new()
                },
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.spread
            .unwrap_or(0)
            .cmp(&a.spread.unwrap_or(0))
            .then(b.unknown.cmp(&a.unknown))
    });
    out
}
