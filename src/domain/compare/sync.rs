//! The synchronisation plan: one joint initiative per dimension where the compared teams' scores
//! lie `options.synchronisation_levels` (one level) or more apart. The team with the highest
//! score leads; the teams that far below it adopt its observable practice on the questions
//! where it is furthest ahead; the joint milestone is the level both reach first — the
//! leader's level, no higher than the level that meets the target.

use super::{
    CompareOptions, DimensionRow, EPSILON, Initiative, Practice, QuestionRow, TeamAt, level_of,
};
use crate::domain::questionnaire::Questionnaire;

/// Practices listed per initiative: the questions where the leader is furthest ahead.
pub const MAX_PRACTICES: usize = 2;

pub(super) fn synchronisation(
    q: &Questionnaire,
    dimensions: &[DimensionRow],
    questions: &[QuestionRow],
    options: &CompareOptions,
) -> Vec<Initiative> {
    let threshold = options.synchronisation_levels;
    let mut out: Vec<(f64, Initiative)> = Vec::new();
    for (dimension, row) in q.dimensions.iter().zip(dimensions) {
        // Highest score first; ties keep listing order.
        let Some((li, leader_score)) = row
            .teams
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, c.score?)))
            .reduce(|best, next| {
                if next.1 > best.1 + EPSILON {
                    next
                } else {
                    best
                }
            })
        else {
            continue;
        };
        let mut followers: Vec<(usize, f64)> = row
            .teams
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, c.score?)))
            .filter(|&(i, s)| i != li && leader_score - s + EPSILON >= threshold)
            .collect();
        if followers.is_empty() {
            continue;
        }
        followers.sort_by(|a, b| a.1.total_cmp(&b.1));
        let lowest = followers[0].1;
        let practices = practices(
            q,
            questions,
            &dimension.id,
            li,
            &followers.iter().map(|f| f.0).collect::<Vec<_>>(),
            threshold,
        );
        let reach = ((row.target - EPSILON).ceil().max(1.0) as u8).min(q.level_count());
        let milestone = level_of(leader_score)
            .min(reach)
            .max(level_of(lowest) + 1)
            .min(q.level_count());
        out.push((
            dimension.weight,
            Initiative {
                dimension_id: dimension.id.clone(),
                dimension: dimension.name.clone(),
                leader: row.teams[li].team.clone(),
                leader_score,
                followers: followers
                    .iter()
                    .map(|&(i, score)| TeamAt {
                        team: row.teams[i].team.clone(),
                        score,
                    })
                    .collect(),
                distance: leader_score - lowest,
                practices,
                milestone_level: milestone,
                milestone_label: q.level_label(milestone).to_string(),
            },
        ));
    }
    // Widest first, then heavier dimensions; stable, so questionnaire order breaks ties.
    out.sort_by(|(wa, a), (wb, b)| b.distance.total_cmp(&a.distance).then(wb.total_cmp(wa)));
    out.into_iter().map(|(_, i)| i).collect()
}

/// The leader's practice on the dimension's questions where it is furthest ahead of the
/// lowest follower: those a full `threshold` ahead, or else the one question it leads most.
fn practices(
    q: &Questionnaire,
    questions: &[QuestionRow],
    dimension_id: &str,
    leader: usize,
    followers: &[usize],
    threshold: f64,
) -> Vec<Practice> {
    let mut leads: Vec<(f64, Practice)> = q
        .questions()
        .zip(questions)
        .filter(|((d, _), _)| d.id == dimension_id)
        .filter_map(|((_, question), row)| {
            let leader_median = row.teams[leader].median?;
            let follower_median = followers
                .iter()
                .filter_map(|&f| row.teams[f].median)
                .reduce(f64::min)?;
            let lead = leader_median - follower_median;
            (lead > EPSILON).then(|| {
                let level = level_of(leader_median);
                (
                    lead,
                    Practice {
                        question_id: row.id.clone(),
                        title: row.title.clone(),
                        leader_median,
                        follower_median,
                        level,
                        level_label: q.level_label(level).to_string(),
                        practice: usize::from(level)
                            .checked_sub(1)
                            .and_then(|i| question.descriptors.get(i))
                            .cloned()
                            .unwrap_or_default(),
                    },
                )
            })
        })
        .collect();
    leads.sort_by(|a, b| b.0.total_cmp(&a.0));
    let wide = leads
        .iter()
        .filter(|(lead, _)| lead + EPSILON >= threshold)
        .count();
    leads.truncate(wide.clamp(1, MAX_PRACTICES));
    leads.into_iter().map(|(_, p)| p).collect()
}
