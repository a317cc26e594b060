//! What the roles of one team say, apart: the level of the roles that own a practice (where
//! the team's recommendation starts), and role splits (two roles of the team seeing a practice
//! two levels or more apart).
//!
//! Why the owners: a team's median mixes everyone. When business answers 1 and developers 3 on
//! test automation, the median of 2 would recommend "require unit tests", which the developers,
//! who own the practice, already do. The step starts from where the owners put it; the team's
//! score stays everyone's median, so no score changes meaning.

use super::{
    CompareOptions, EPSILON, OwnersLevel, QuestionCell, QuestionRow, RoleMedian, RoleSplit,
};
use crate::domain::answers::Answer;
use crate::domain::questionnaire::{Question, Questionnaire, Role};
use crate::domain::scoring::median;

/// Where a team's step on one question starts.
pub(super) struct Start {
    /// The owners' median when any owner gave a level, else the team's.
    pub median: f64,
    pub owners: Option<OwnersLevel>,
}

/// The start of the team's step on `question`, or `None` when nobody gave a level.
pub(super) fn start(question: &Question, cell: &QuestionCell, levels: u8) -> Option<Start> {
    let team = cell.median?;
    let owners = owners_level(question, cell, levels);
    Some(Start {
        median: owners.as_ref().map_or(team, |o| o.median),
        owners,
    })
}

/// The median of the levels given by respondents whose role owns the practice.
fn owners_level(question: &Question, cell: &QuestionCell, levels: u8) -> Option<OwnersLevel> {
    if question.owners.is_empty() {
        return None;
    }
    let mut roles: Vec<Role> = Vec::new();
    let mut given = Vec::new();
    for (role, level) in levels_by_respondent(cell, levels) {
        if question.owners.contains(&role) {
            given.push(level);
            if !roles.contains(&role) {
                roles.push(role);
            }
        }
    }
    roles.sort_unstable();
    Some(OwnersLevel {
        median: median(&given)?,
        respondents: given.len(),
        roles,
    })
}

/// (role, level) of every respondent with a role who gave a level on the scale.
fn levels_by_respondent(cell: &QuestionCell, levels: u8) -> impl Iterator<Item = (Role, u8)> {
    cell.answers.iter().filter_map(move |a| {
        let level = a.answer.and_then(Answer::level)?;
        (1..=levels).contains(&level).then_some((a.role?, level))
    })
}

/// The median of each role that gave a level, highest first (ties in role order).
fn role_medians(question: &Question, cell: &QuestionCell, levels: u8) -> Vec<RoleMedian> {
    let mut by_role: Vec<(Role, Vec<u8>)> = Vec::new();
    for (role, level) in levels_by_respondent(cell, levels) {
        match by_role.iter_mut().find(|(r, _)| *r == role) {
            Some((_, given)) => given.push(level),
            None => by_role.push((role, vec![level])),
        }
    }
    by_role.sort_by_key(|(role, _)| *role);
    let mut out: Vec<RoleMedian> = by_role
        .into_iter()
        .filter_map(|(role, given)| {
            Some(RoleMedian {
                role,
                median: median(&given)?,
                respondents: given.len(),
                owner: question.owners.contains(&role),
            })
        })
        .collect();
    // Stable: equal medians stay in role order.
    out.sort_by(|a, b| b.median.total_cmp(&a.median));
    out
}

/// The questions where two roles of team `ti` are `options.role_split_levels` or more apart,
/// widest first, ties in questionnaire order.
pub(super) fn role_splits(
    q: &Questionnaire,
    questions: &[QuestionRow],
    ti: usize,
    options: &CompareOptions,
) -> Vec<RoleSplit> {
    let levels = q.level_count();
    let mut out: Vec<RoleSplit> = q
        .questions()
        .zip(questions)
        .filter_map(|((dimension, question), row)| {
            let roles = role_medians(question, &row.teams[ti], levels);
            let distance = roles.first()?.median - roles.last()?.median;
            (roles.len() >= 2 && distance + EPSILON >= options.role_split_levels).then(|| {
                RoleSplit {
                    question_id: question.id.clone(),
                    dimension_id: dimension.id.clone(),
                    distance,
                    roles,
                }
            })
        })
        .collect();
    out.sort_by(|a, b| b.distance.total_cmp(&a.distance));
    out
}
