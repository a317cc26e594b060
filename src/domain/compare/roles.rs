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
use crate::domain::questionnaire::{MAX_LEVELS, Question, Questionnaire, Role};

/// Where a team's step on one question starts.
pub(super) struct Start {
    /// The owners' median when any owner gave a level, else the team's.
    pub median: f64,
    /// The owners' median and how many gave a level, and which owner roles did.
    owners: Option<(f64, usize, [bool; Role::ALL.len()])>,
}

impl Start {
    /// What the recommendation says about the owners, when the step starts from them. Built
    /// only for the steps made, not for every question of every team.
    pub fn owners(&self) -> Option<OwnersLevel> {
        let (median, respondents, answered) = self.owners?;
        Some(OwnersLevel {
            roles: Role::ALL
                .into_iter()
                .filter(|r| answered[*r as usize])
                .collect(),
            median,
            respondents,
        })
    }
}

/// The start of the team's step on `question`, or `None` when nobody gave a level.
pub(super) fn start(question: &Question, cell: &QuestionCell, levels: u8) -> Option<Start> {
    let team = cell.median?;
    let owners = owners_level(question, &Tally::of(cell, levels));
    Some(Start {
        median: owners.map_or(team, |(median, _, _)| median),
        owners,
    })
}

/// How many respondents of each role gave each level, for one team and question. Counted on
/// the stack, with no allocation: this runs for every team and question of a comparison.
struct Tally {
    /// `counts[role][level]`, roles in `Role::ALL` order, levels `1..=MAX_LEVELS`.
    counts: [[u32; MAX_LEVELS + 1]; Role::ALL.len()],
}

impl Tally {
    /// Respondents without a role, and levels off the scale, are left out.
    fn of(cell: &QuestionCell, levels: u8) -> Tally {
        let mut counts = [[0; MAX_LEVELS + 1]; Role::ALL.len()];
        for a in &cell.answers {
            if let (Some(role), Some(level)) = (a.role, a.answer.and_then(Answer::level))
                && (1..=levels).contains(&level)
            {
                counts[role as usize][usize::from(level)] += 1;
            }
        }
        Tally { counts }
    }
}

/// The median of the levels counted in `histogram` (index = level), as `scoring::median`
/// computes it from the levels themselves: the middle one, or the mean of the two middle ones.
fn histogram_median(histogram: &[u32; MAX_LEVELS + 1]) -> Option<(f64, usize)> {
    let n: u32 = histogram.iter().sum();
    if n == 0 {
        return None;
    }
    // The level of the k-th smallest answer (0-based).
    let kth = |k: u32| {
        let mut seen = 0;
        for (level, &count) in histogram.iter().enumerate() {
            seen += count;
            if seen > k {
                return level as f64;
            }
        }
        0.0
    };
    let median = if n % 2 == 1 {
        kth(n / 2)
    } else {
        f64::midpoint(kth(n / 2 - 1), kth(n / 2))
    };
    Some((median, n as usize))
}

/// The median of the levels given by respondents whose role owns the practice, how many gave
/// one, and which owner roles did.
fn owners_level(
    question: &Question,
    tally: &Tally,
) -> Option<(f64, usize, [bool; Role::ALL.len()])> {
    if question.owners.is_empty() {
        return None;
    }
    let mut histogram = [0; MAX_LEVELS + 1];
    let mut answered = [false; Role::ALL.len()];
    for &role in &question.owners {
        let counts = &tally.counts[role as usize];
        answered[role as usize] = counts.iter().any(|&c| c > 0);
        for (sum, c) in histogram.iter_mut().zip(counts) {
            *sum += c;
        }
    }
    let (median, respondents) = histogram_median(&histogram)?;
    Some((median, respondents, answered))
}

/// The median of each role that gave a level, highest first (ties in role order).
fn role_medians(question: &Question, tally: &Tally) -> Vec<RoleMedian> {
    let mut out: Vec<RoleMedian> = Role::ALL
        .into_iter()
        .filter_map(|role| {
            let (median, respondents) = histogram_median(&tally.counts[role as usize])?;
            Some(RoleMedian {
                role,
                median,
                respondents,
                owner: question.owners.contains(&role),
            })
        })
        .collect();
    // Stable: equal medians stay in role order.
    out.sort_by(|a, b| b.median.total_cmp(&a.median));
    out
}

/// Highest minus lowest role median, when at least two roles gave a level; no allocation, so
/// the questions that are no split cost little.
fn role_distance(tally: &Tally) -> Option<f64> {
    let (mut lo, mut hi, mut roles) = (f64::INFINITY, f64::NEG_INFINITY, 0);
    for counts in &tally.counts {
        if let Some((median, _)) = histogram_median(counts) {
            lo = lo.min(median);
            hi = hi.max(median);
            roles += 1;
        }
    }
    (roles >= 2).then_some(hi - lo)
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
            let cell = &row.teams[ti];
            // Role medians lie between the lowest and highest level given: a cell whose
            // spread is below the threshold cannot hold a split.
            if f64::from(cell.spread?) + EPSILON < options.role_split_levels {
                return None;
            }
            let tally = Tally::of(cell, levels);
            let distance = role_distance(&tally)?;
            (distance + EPSILON >= options.role_split_levels).then(|| RoleSplit {
                question_id: question.id.clone(),
                dimension_id: dimension.id.clone(),
                distance,
                roles: role_medians(question, &tally),
            })
        })
        .collect();
    out.sort_by(|a, b| b.distance.total_cmp(&a.distance));
    out
}
