//! Findings across teams: pairwise deltas, two-speed questions and learn-from-each-other pairs.

use super::{
    CompareOptions, Comparison, Deltas, DimensionDelta, EPSILON, PairDeltas, Pairing,
    QuestionDelta, QuestionRow, TeamLevel, TwoSpeedFinding, level_of,
};
use crate::domain::questionnaire::Questionnaire;

pub(super) fn pair(c: &Comparison, a: usize, b: usize) -> PairDeltas {
    let mut deltas = Deltas {
        dimensions: c
            .dimensions
            .iter()
            .filter_map(|d| {
                let (x, y) = (d.teams[a].score?, d.teams[b].score?);
                Some(DimensionDelta {
                    dimension_id: d.id.clone(),
                    a: x,
                    b: y,
                    delta: x - y,
                })
            })
            .collect(),
        questions: c
            .questions
            .iter()
            .filter_map(|row| {
                let (x, y) = (row.teams[a].median?, row.teams[b].median?);
                Some(QuestionDelta {
                    question_id: row.id.clone(),
                    dimension_id: row.dimension_id.clone(),
                    a: x,
                    b: y,
                    delta: x - y,
                })
            })
            .collect(),
    };
    deltas.sort();
    PairDeltas {
        a: c.teams[a].name.clone(),
        b: c.teams[b].name.clone(),
        overall: c.teams[a]
            .overall
            .zip(c.teams[b].overall)
            .map(|(x, y)| x - y),
        deltas,
    }
}

pub(super) fn two_speed(
    questions: &[QuestionRow],
    options: &CompareOptions,
) -> Vec<TwoSpeedFinding> {
    let threshold = options.two_speed_levels;
    let mut out: Vec<TwoSpeedFinding> = questions
        .iter()
        .filter_map(|row| {
            let medians: Vec<(&str, f64)> = row
                .teams
                .iter()
                .filter_map(|c| Some((c.team.as_str(), c.median?)))
                .collect();
            let max = medians
                .iter()
                .map(|m| m.1)
                .fold(f64::NEG_INFINITY, f64::max);
            let min = medians.iter().map(|m| m.1).fold(f64::INFINITY, f64::min);
            if medians.len() < 2 || max - min + EPSILON < threshold {
                return None;
            }
            let level = |(team, median): &(&str, f64)| TeamLevel {
                team: team.to_string(),
                median: *median,
            };
            // Split at the midpoint so that no team is listed on both sides when the range is
            // wide; each side still has a partner on the other side at least `threshold` away
            // (the lowest team is behind, the highest ahead).
            let middle = f64::midpoint(max, min);
            let mut ahead: Vec<TeamLevel> = medians
                .iter()
                .filter(|m| m.1 > middle + EPSILON && m.1 + EPSILON >= min + threshold)
                .map(level)
                .collect();
            let mut behind: Vec<TeamLevel> = medians
                .iter()
                .filter(|m| m.1 <= middle + EPSILON && m.1 <= max - threshold + EPSILON)
                .map(level)
                .collect();
            ahead.sort_by(|x, y| y.median.total_cmp(&x.median));
            behind.sort_by(|x, y| x.median.total_cmp(&y.median));
            Some(TwoSpeedFinding {
                question_id: row.id.clone(),
                dimension_id: row.dimension_id.clone(),
                distance: max - min,
                ahead,
                behind,
            })
        })
        .collect();
    out.sort_by(|x, y| y.distance.total_cmp(&x.distance));
    out
}

pub(super) fn pairings(
    q: &Questionnaire,
    questions: &[QuestionRow],
    options: &CompareOptions,
) -> Vec<Pairing> {
    let mut out: Vec<(f64, Pairing)> = Vec::new();
    for ((dimension, question), row) in q.questions().zip(questions) {
        // The model team for this question: highest median, then most agreed (smallest
        // spread), then listing order. Being the highest, it is ahead of everyone it can be.
        let Some((li, leader_median)) = row
            .teams
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, c.median?, c.spread.unwrap_or(0))))
            .reduce(|best, next| {
                let better = next.1 > best.1 + EPSILON
                    || ((next.1 - best.1).abs() <= EPSILON && next.2 < best.2);
                if better { next } else { best }
            })
            .map(|(i, m, _)| (i, m))
        else {
            continue;
        };
        let leader = &row.teams[li].team;
        let practice = usize::from(level_of(leader_median))
            .checked_sub(1)
            .and_then(|i| question.descriptors.get(i))
            .cloned()
            .unwrap_or_default();
        for (i, cell) in row.teams.iter().enumerate() {
            let Some(median) = cell.median else { continue };
            let distance = leader_median - median;
            if i == li || distance + EPSILON < options.pairing_levels {
                continue;
            }
            let text = format!(
                "{learner} could pair with {leader} on \"{question}\": {leader} is at level {lm} ({ll}), {learner} at {m} ({l}).",
                learner = cell.team,
                question = question.text,
                lm = show_level(leader_median),
                ll = q.level_label(level_of(leader_median)),
                m = show_level(median),
                l = q.level_label(level_of(median)),
            );
            out.push((
                dimension.weight,
                Pairing {
                    question_id: row.id.clone(),
                    dimension_id: row.dimension_id.clone(),
                    learner: cell.team.clone(),
                    learner_median: median,
                    leader: leader.clone(),
                    leader_median,
                    distance,
                    leader_practice: practice.clone(),
                    text,
                },
            ));
        }
    }
    // Widest gaps first, then heavier dimensions; stable, so questionnaire order breaks ties.
    out.sort_by(|(wa, a), (wb, b)| b.distance.total_cmp(&a.distance).then(wb.total_cmp(wa)));
    out.into_iter().map(|(_, p)| p).collect()
}

/// A median as people say it: "3" or "2.5".
pub fn show_level(median: f64) -> String {
    if (median - median.round()).abs() < EPSILON {
        format!("{}", median.round())
    } else {
        format!("{median:.1}")
    }
}
