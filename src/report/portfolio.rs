//! The portfolio view of a comparison of many teams (more than [`PORTFOLIO_TEAMS`]): what a
//! transformation office reads instead of one chapter per team. Built from the comparison
//! alone, each part by a rule a reader can check (also stated in the report):
//!
//! - **order**: teams by overall score, highest first (teams without a score last, ties in
//!   the comparison's order);
//! - **rankings**: per dimension, the median and quartiles of the team scores, how many teams
//!   meet the target, the lowest and the highest teams; from them, which dimensions are
//!   uneven (the middle half of the teams a level or more apart), common weaknesses (one team
//!   in four or fewer at target) and which uneven ones have teams to learn from (more than
//!   one team in ten at target);
//! - **overall**: the quartiles of the overall scores and how many teams meet the target or
//!   are more than a level below it;
//! - **furthest**: the teams with the largest gap between target and overall score;
//! - **disagreements**: the teams with the most questions in disagreement (the comparison's
//!   rule), each with its widest one, and the questions most teams disagree on;
//! - **clusters**: teams grouped by their two weakest dimensions (the two largest gaps among
//!   the dimensions below target, ties in questionnaire order), groups of two teams or more,
//!   largest first; a team with fewer than two dimensions below target is in none;
//! - **roadmap**: the questions most teams have a step on (a question below target), each with
//!   the step most of them take next.

use crate::domain::Effort;
use crate::domain::compare::{Comparison, EPSILON};
use std::collections::HashMap;

/// Above this many teams the report switches to the portfolio layout.
pub const PORTFOLIO_TEAMS: usize = 8;
/// Teams listed as lowest and as highest per dimension.
pub const RANKED: usize = 3;
/// Teams listed as furthest from target.
pub const FURTHEST: usize = 12;
/// Teams listed with the most disagreements, and questions most often disagreed on.
pub const DISAGREEING: usize = 10;
/// Clusters listed.
pub const CLUSTERS: usize = 12;
/// Steps of the portfolio roadmap.
pub const COMMON_STEPS: usize = 10;
/// A dimension is uneven when its quartiles (as printed) lie this many levels apart or more:
/// the middle half of the teams spans a level. The extremes would not do: with two hundred
/// teams some pair is always far apart.
pub const UNEVEN_LEVELS: f64 = 1.0;
/// A dimension is a common weakness, weak almost everywhere, when at most one team in this
/// many meets its target.
pub const WEAK_ONE_IN: usize = 4;
/// An uneven dimension has teams to learn from when more than one team in this many meets
/// its target.
pub const LEARN_ONE_IN: usize = 10;

/// Whether `teams` compared teams call for the portfolio layout.
pub fn is_portfolio(teams: usize) -> bool {
    teams > PORTFOLIO_TEAMS
}

#[derive(Debug, Clone, PartialEq)]
pub struct Portfolio {
    /// Team indices, highest overall score first; teams without a score last.
    pub order: Vec<usize>,
    /// One per dimension, in questionnaire order.
    pub rankings: Vec<DimensionRanking>,
    /// Teams below target, largest gap first, at most [`FURTHEST`].
    pub furthest: Vec<TeamGap>,
    /// Most questions in disagreement first, at most [`DISAGREEING`].
    pub disagreeing: Vec<TeamDisagreements>,
    /// Questions (indices into `Comparison::questions`) and how many teams disagree on each,
    /// most teams first, at most [`DISAGREEING`].
    pub disputed: Vec<(usize, usize)>,
    /// Largest first, at most [`CLUSTERS`].
    pub clusters: Vec<Cluster>,
    /// Teams whose two weakest dimensions no other team shares.
    pub unclustered: usize,
    /// Clusters of two teams or more in all (some may be left out of `clusters`).
    pub cluster_count: usize,
    /// Most teams first, at most [`COMMON_STEPS`].
    pub roadmap: Vec<CommonStep>,
    /// `None` when no team has an overall score.
    pub overall: Option<OverallSpread>,
}

/// Where the teams' overall scores lie.
#[derive(Debug, Clone, PartialEq)]
pub struct OverallSpread {
    /// Teams with an overall score.
    pub scored: usize,
    /// The overall target (the same for every team: the dimensions' targets weighted).
    pub target: f64,
    pub quartiles: Quartiles,
    /// Teams whose overall score meets the target (as printed: `GapBin::Met`).
    pub met: usize,
    /// Teams more than a level below the target (as printed: over 1 level short).
    pub far: usize,
}

/// The first quartile, the median and the third quartile of some scores: a quarter of them
/// lie below `q1`, a quarter above `q3`, the middle half between.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quartiles {
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
}

impl Quartiles {
    /// Of values sorted in ascending order; `None` when there are none.
    pub fn of(sorted: &[f64]) -> Option<Quartiles> {
        Some(Quartiles {
            q1: quantile(sorted, 0.25)?,
            median: median(sorted)?,
            q3: quantile(sorted, 0.75)?,
        })
    }

    /// `q3 − q1` on the printed values: the levels the middle half of the teams spans.
    pub fn spread(&self) -> f64 {
        crate::domain::scoring::shown_difference(self.q3, self.q1)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionRanking {
    pub dimension: usize,
    /// Median of the scored teams' scores.
    pub median: Option<f64>,
    /// Quartiles of the scored teams' scores (their median is `median`).
    pub quartiles: Option<Quartiles>,
    pub scored: usize,
    /// Teams whose score meets the target (as printed: `GapBin::Met`).
    pub met: usize,
    /// Lowest first: (team index, score).
    pub lowest: Vec<(usize, f64)>,
    /// Highest first.
    pub highest: Vec<(usize, f64)>,
}

impl DimensionRanking {
    /// The middle half of the teams spans [`UNEVEN_LEVELS`] or more.
    pub fn uneven(&self) -> bool {
        self.quartiles
            .is_some_and(|q| q.spread() >= UNEVEN_LEVELS - EPSILON)
    }

    /// One team in [`WEAK_ONE_IN`] or fewer meets the target: weak almost everywhere.
    pub fn common_weakness(&self) -> bool {
        self.scored > 0 && self.met * WEAK_ONE_IN <= self.scored
    }

    /// Uneven, and more than one team in [`LEARN_ONE_IN`] meets the target: the teams ahead
    /// are the ones to learn from (a common weakness may have some).
    pub fn learn_from(&self) -> bool {
        self.uneven() && self.met * LEARN_ONE_IN > self.scored
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamGap {
    pub team: usize,
    pub overall: f64,
    pub target: f64,
    pub gap: f64,
    /// The two dimensions with the largest gaps (indices into `Comparison::dimensions`).
    pub weakest: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TeamDisagreements {
    pub team: usize,
    /// Questions in disagreement.
    pub count: usize,
    /// The widest: question index, lowest and highest level given, `unknown` answers.
    pub widest: Option<(usize, Option<u8>, Option<u8>, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The two weakest dimensions shared, in questionnaire order.
    pub dimensions: [usize; 2],
    /// Lowest overall first.
    pub teams: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommonStep {
    pub question: usize,
    /// Teams with a step on the question.
    pub teams: usize,
    /// Of those, teams whose 0–3 month horizon holds it.
    pub first_horizon: usize,
    /// The step most of them take next (ties: the lower level).
    pub from_level: u8,
    pub to_level: u8,
    /// Teams taking that very step.
    pub step_teams: usize,
    pub effort: Effort,
    pub text: String,
}

impl Portfolio {
    pub fn of(c: &Comparison) -> Portfolio {
        let overall = |ti: usize| c.teams[ti].overall;
        let mut order: Vec<usize> = (0..c.teams.len()).collect();
        order.sort_by(|&a, &b| match (overall(a), overall(b)) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        let (clusters, unclustered, cluster_count) = clusters(c);
        let (disagreeing, disputed) = disagreements(c);
        Portfolio {
            order,
            rankings: rankings(c),
            furthest: furthest(c),
            disagreeing,
            disputed,
            clusters,
            unclustered,
            cluster_count,
            roadmap: roadmap(c),
            overall: overall_spread(c),
        }
    }
}

/// The median of values sorted in ascending order.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some(f64::midpoint(sorted[n / 2 - 1], sorted[n / 2])),
    }
}

/// The `p`-quantile (0 to 1) of values sorted in ascending order, interpolated between the two
/// nearest ranks (rank `(n − 1) × p`, as a spreadsheet's QUARTILE.INC): the median at 0.5.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let rank = last as f64 * p.clamp(0.0, 1.0);
    let below = rank.floor() as usize;
    let above = (below + 1).min(last);
    let part = rank - below as f64;
    Some(sorted[below] + part * (sorted[above] - sorted[below]))
}

fn overall_spread(c: &Comparison) -> Option<OverallSpread> {
    use crate::report::model::GapBin;
    let teams: Vec<(f64, f64)> = c
        .teams
        .iter()
        .filter_map(|t| Some((t.overall?, t.target)))
        .collect();
    let mut scores: Vec<f64> = teams.iter().map(|t| t.0).collect();
    scores.sort_by(f64::total_cmp);
    let bins: Vec<GapBin> = teams
        .iter()
        .map(|&(o, target)| GapBin::of(Some(o), target))
        .collect();
    Some(OverallSpread {
        scored: teams.len(),
        target: teams.first()?.1,
        quartiles: Quartiles::of(&scores)?,
        met: bins.iter().filter(|b| **b == GapBin::Met).count(),
        far: bins
            .iter()
            .filter(|b| matches!(b, GapBin::UpToTwo | GapBin::OverTwo))
            .count(),
    })
}

fn rankings(c: &Comparison) -> Vec<DimensionRanking> {
    c.dimensions
        .iter()
        .enumerate()
        .map(|(di, d)| {
            let mut scored: Vec<(usize, f64)> = d
                .teams
                .iter()
                .enumerate()
                .filter_map(|(ti, cell)| Some((ti, cell.score?)))
                .collect();
            // Stable: the comparison's order breaks ties.
            scored.sort_by(|a, b| a.1.total_cmp(&b.1));
            let values: Vec<f64> = scored.iter().map(|s| s.1).collect();
            let met = scored
                .iter()
                .filter(|(_, s)| {
                    crate::report::model::GapBin::of(Some(*s), d.target)
                        == crate::report::model::GapBin::Met
                })
                .count();
            let lowest: Vec<(usize, f64)> = scored.iter().take(RANKED).copied().collect();
            // Highest first; stable again, so a tie still goes to the team listed first.
            let mut descending = scored.clone();
            descending.sort_by(|a, b| b.1.total_cmp(&a.1));
            let highest: Vec<(usize, f64)> = descending
                .into_iter()
                .filter(|x| !lowest.iter().any(|l| l.0 == x.0))
                .take(RANKED)
                .collect();
            DimensionRanking {
                dimension: di,
                median: median(&values),
                quartiles: Quartiles::of(&values),
                scored: scored.len(),
                met,
                lowest,
                highest,
            }
        })
        .collect()
}

fn furthest(c: &Comparison) -> Vec<TeamGap> {
    let index: HashMap<&str, usize> = c
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut out: Vec<TeamGap> = c
        .teams
        .iter()
        .enumerate()
        .filter(|(_, t)| t.gap.is_some_and(|g| g > EPSILON))
        .filter_map(|(ti, t)| {
            Some(TeamGap {
                team: ti,
                overall: t.overall?,
                target: t.target,
                gap: t.gap?,
                weakest: weakest_two(&index, t),
            })
        })
        .collect();
    out.sort_by(|a, b| b.gap.total_cmp(&a.gap));
    out.truncate(FURTHEST);
    out
}

/// The two dimensions with the largest gaps to target among those below it (fewer when fewer
/// are): `gaps` is sorted largest first, stably, so ties stay in questionnaire order.
fn weakest_two(index: &HashMap<&str, usize>, t: &crate::domain::compare::TeamResult) -> Vec<usize> {
    t.gaps
        .iter()
        .filter(|g| {
            crate::report::model::GapBin::of(Some(g.score), g.target)
                != crate::report::model::GapBin::Met
        })
        .take(2)
        .filter_map(|g| index.get(g.dimension_id.as_str()).copied())
        .collect()
}

fn clusters(c: &Comparison) -> (Vec<Cluster>, usize, usize) {
    let index: HashMap<&str, usize> = c
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut groups: HashMap<[usize; 2], Vec<usize>> = HashMap::new();
    let mut scored = 0;
    for (ti, t) in c.teams.iter().enumerate() {
        let weakest = weakest_two(&index, t);
        if let [a, b] = weakest[..] {
            scored += 1;
            groups.entry([a.min(b), a.max(b)]).or_default().push(ti);
        }
    }
    let overall = |ti: &usize| c.teams[*ti].overall.unwrap_or_default();
    let mut clusters: Vec<Cluster> = groups
        .into_iter()
        .filter(|(_, teams)| teams.len() >= 2)
        .map(|(dimensions, mut teams)| {
            teams.sort_by(|a, b| overall(a).total_cmp(&overall(b)));
            Cluster { dimensions, teams }
        })
        .collect();
    clusters.sort_by(|a, b| {
        b.teams
            .len()
            .cmp(&a.teams.len())
            .then(a.dimensions.cmp(&b.dimensions))
    });
    let clustered: usize = clusters.iter().map(|k| k.teams.len()).sum();
    let count = clusters.len();
    clusters.truncate(CLUSTERS);
    (clusters, scored - clustered, count)
}

fn disagreements(c: &Comparison) -> (Vec<TeamDisagreements>, Vec<(usize, usize)>) {
    let index: HashMap<&str, usize> = c
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    let mut per_question = vec![0usize; c.questions.len()];
    let mut teams: Vec<TeamDisagreements> = Vec::new();
    for (ti, t) in c.teams.iter().enumerate() {
        for d in &t.disagreements {
            if let Some(&qi) = index.get(d.question_id.as_str()) {
                per_question[qi] += 1;
            }
        }
        if t.disagreements.is_empty() {
            continue;
        }
        // The team's list is sorted largest spread first, then most unknown.
        let widest = t.disagreements.first().and_then(|d| {
            Some((
                *index.get(d.question_id.as_str())?,
                d.lowest,
                d.highest,
                d.unknown,
            ))
        });
        teams.push(TeamDisagreements {
            team: ti,
            count: t.disagreements.len(),
            widest,
        });
    }
    let spread = |t: &TeamDisagreements| {
        t.widest
            .and_then(|(_, lo, hi, _)| Some(hi? - lo?))
            .unwrap_or(0)
    };
    teams.sort_by(|a, b| b.count.cmp(&a.count).then(spread(b).cmp(&spread(a))));
    teams.truncate(DISAGREEING);
    let mut disputed: Vec<(usize, usize)> = per_question
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .collect();
    disputed.sort_by_key(|d| std::cmp::Reverse(d.1));
    disputed.truncate(DISAGREEING);
    (teams, disputed)
}

fn roadmap(c: &Comparison) -> Vec<CommonStep> {
    struct Tally {
        teams: usize,
        first_horizon: usize,
        priority: f64,
        /// (from, to) → teams, with the step's effort and text.
        steps: HashMap<(u8, u8), (usize, Effort, String)>,
    }
    let index: HashMap<&str, usize> = c
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    let mut tallies: HashMap<usize, Tally> = HashMap::new();
    for t in &c.teams {
        let first: Vec<&str> = t
            .horizons
            .first()
            .map(|h| h.steps.iter().map(|s| s.question_id.as_str()).collect())
            .unwrap_or_default();
        for r in t.short_term_plan.iter().chain(&t.roadmap) {
            let Some(&qi) = index.get(r.question_id.as_str()) else {
                continue;
            };
            let tally = tallies.entry(qi).or_insert_with(|| Tally {
                teams: 0,
                first_horizon: 0,
                priority: 0.0,
                steps: HashMap::new(),
            });
            tally.teams += 1;
            tally.first_horizon += usize::from(first.contains(&r.question_id.as_str()));
            tally.priority += r.priority;
            tally
                .steps
                .entry((r.from_level, r.to_level))
                .or_insert_with(|| (0, r.effort, r.text.clone()))
                .0 += 1;
        }
    }
    let mut out: Vec<(f64, CommonStep)> = tallies
        .into_iter()
        .filter_map(|(qi, t)| {
            let (&(from_level, to_level), (step_teams, effort, text)) = t
                .steps
                .iter()
                .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.0.cmp(a.0)))?;
            Some((
                t.priority,
                CommonStep {
                    question: qi,
                    teams: t.teams,
                    first_horizon: t.first_horizon,
                    from_level,
                    to_level,
                    step_teams: *step_teams,
                    effort: *effort,
                    text: text.clone(),
                },
            ))
        })
        .collect();
    // Most teams first, then the larger summed priority, then questionnaire order.
    out.sort_by(|(pa, a), (pb, b)| {
        b.teams
            .cmp(&a.teams)
            .then(if (pa - pb).abs() <= EPSILON {
                std::cmp::Ordering::Equal
            } else {
                pb.total_cmp(pa)
            })
            .then(a.question.cmp(&b.question))
    });
    out.truncate(COMMON_STEPS);
    out.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::{
        Answer, Assessment, CompareOptions, ResponseSheet, compare, default_questionnaire, scoring,
    };

    /// `teams` teams ("T0", "T1", …) of two respondents on the default questionnaire (target
    /// 4): respondent `r` of team `t` answers question `k` of dimension `d` with
    /// `level(t, d, k, r)`.
    pub(crate) fn portfolio_of(
        teams: usize,
        level: impl Fn(usize, usize, usize, usize) -> u8,
    ) -> Comparison {
        let q = default_questionnaire();
        let teams: Vec<String> = (0..teams).map(|i| format!("T{i}")).collect();
        let a = Assessment::new(
            "p",
            "2026-01-01T00:00:00Z",
            teams.clone(),
            q.clone(),
            Some(4.0),
        );
        let mut sheets = Vec::new();
        for (t, team) in teams.iter().enumerate() {
            for r in 0..2 {
                let mut s = ResponseSheet::new(team, &format!("r{r}"));
                for (d, dim) in q.dimensions.iter().enumerate() {
                    for (k, question) in dim.questions.iter().enumerate() {
                        s.set_answer(&question.id, Answer::Level(level(t, d, k, r)));
                    }
                }
                sheets.push(s);
            }
        }
        compare(&a, &sheets, &teams, &CompareOptions::default())
    }

    /// Ten teams, every question of a dimension answered at the team's level for it:
    /// T0: dimensions 0 and 1 at 1, dimension 2 at 2, the rest at 3; T1–T3: 0 and 1 at 1, the
    /// rest at 3; T4, T5: 5 and 7 at 2, the rest at 3; T6: 3 at 2, the rest at 4; T7–T9: all 4,
    /// except that T9's respondents answer the first question of dimension 3 with 4 and 2 (a
    /// disagreement, median 3).
    pub(crate) fn ten_teams() -> Comparison {
        portfolio_of(10, |t, d, k, r| {
            if t == 9 && d == 3 && k == 0 && r == 1 {
                return 2;
            }
            match (t, d) {
                (0..=3, 0 | 1) => 1,
                (0, 2) | (4 | 5, 5 | 7) | (6, 3) => 2,
                (0..=5, _) => 3,
                _ => 4,
            }
        })
    }

    /// Twelve teams at 3 on every dimension, except that team `t` is at 4 on dimension `t`:
    /// one team in twelve at target on each of the first twelve dimensions, none on the last.
    pub(crate) fn twelve_close_teams() -> Comparison {
        portfolio_of(12, |t, d, _, _| if t == d { 4 } else { 3 })
    }

    fn names(c: &Comparison, teams: &[usize]) -> Vec<String> {
        teams.iter().map(|&t| c.teams[t].name.clone()).collect()
    }

    #[test]
    fn quartiles_interpolate_between_ranks() {
        let q = |v: &[f64], p: f64| quantile(v, p);
        assert_eq!(q(&[1.0, 2.0, 3.0, 4.0], 0.25), Some(1.75));
        assert_eq!(q(&[1.0, 2.0, 3.0, 4.0], 0.75), Some(3.25));
        assert_eq!(q(&[1.0, 2.0, 3.0, 4.0], 0.5), Some(2.5));
        assert_eq!(q(&[3.0], 0.25), Some(3.0));
        assert_eq!(q(&[], 0.5), None);
        let k = Quartiles::of(&[1.0, 1.0, 1.0, 1.0, 3.0, 3.0, 4.0, 4.0, 4.0, 4.0]).unwrap();
        assert_eq!((k.q1, k.median, k.q3), (1.0, 3.0, 4.0));
        // On the printed quartiles: 1.96 and 2.95 read 2.0 and 3.0, a level apart.
        let spread = |q1: f64, q3: f64| Quartiles { q1, median: q1, q3 }.spread();
        assert_eq!(spread(1.96, 2.95), 1.0);
        assert_eq!(spread(2.05, 3.0), 0.9);
    }

    #[test]
    fn dimensions_are_uneven_common_weaknesses_or_have_teams_to_learn_from_by_stated_rules() {
        let k = |met: usize, scored: usize, q1: f64, q3: f64| DimensionRanking {
            dimension: 0,
            median: Some(q1),
            quartiles: Some(Quartiles { q1, median: q1, q3 }),
            scored,
            met,
            lowest: Vec::new(),
            highest: Vec::new(),
        };
        // One team in four at target is a common weakness; one more is not.
        assert!(k(3, 12, 2.0, 2.5).common_weakness());
        assert!(!k(4, 12, 2.0, 2.5).common_weakness());
        // Teams to learn from: uneven, and more than one team in ten at target.
        assert!(k(2, 10, 2.0, 3.0).learn_from() && k(2, 10, 2.0, 3.0).common_weakness());
        assert!(!k(1, 10, 2.0, 3.0).learn_from());
        assert!(!k(5, 10, 2.0, 2.9).learn_from() && !k(5, 10, 2.0, 2.9).uneven());
        assert!(!k(0, 0, 2.0, 3.0).common_weakness());

        let c = ten_teams();
        let p = Portfolio::of(&c);
        // Dimension 0: T0–T3 at 1, T6–T9 at 4: the middle half spans 1 to 4, four at target.
        let d0 = &p.rankings[0];
        assert!(d0.uneven() && d0.learn_from() && !d0.common_weakness());
        // Dimension 3: T6 at 2, T0–T5 at 3, T9 just under 4 and T7, T8 at 4: the middle half
        // 3.0 to 3.6, two teams in ten at target.
        let d3 = &p.rankings[3];
        let q = d3.quartiles.unwrap();
        assert_eq!((q.q1, scoring::round1(q.q3)), (3.0, 3.6));
        assert!(!d3.uneven() && d3.common_weakness() && !d3.learn_from());
        assert_eq!(p.rankings.iter().filter(|k| k.learn_from()).count(), 12);
        // Overall: T7, T8 and T9 (3.98, printed 4.0) meet the target; T0–T5 are 1.2 to 1.4
        // below it.
        let o = p.overall.as_ref().unwrap();
        assert_eq!((o.scored, o.met, o.far, o.target), (10, 3, 6, 4.0));
        assert_eq!(
            [o.quartiles.q1, o.quartiles.median, o.quartiles.q3].map(scoring::round1),
            [2.7, 2.8, 3.9]
        );

        // Twelve teams at 3 with one at 4 per dimension: every dimension a common weakness,
        // none uneven; no team more than a level below target.
        let p = Portfolio::of(&twelve_close_teams());
        assert!(
            p.rankings
                .iter()
                .all(|k| k.common_weakness() && !k.uneven() && !k.learn_from())
        );
        let o = p.overall.unwrap();
        assert_eq!((o.met, o.far), (0, 0));
    }

    #[test]
    fn teams_are_ordered_by_overall_and_the_furthest_from_target_come_first() {
        let c = ten_teams();
        let p = Portfolio::of(&c);
        assert!(is_portfolio(c.teams.len()) && !is_portfolio(PORTFOLIO_TEAMS));
        let overall: Vec<f64> = p
            .order
            .iter()
            .map(|&t| c.teams[t].overall.unwrap())
            .collect();
        assert!(overall.windows(2).all(|w| w[0] >= w[1]), "{overall:?}");
        assert_eq!(names(&c, &p.order[..2]), ["T7", "T8"]);
        assert_eq!(c.teams[*p.order.last().unwrap()].name, "T0");
        assert_eq!(c.teams[p.furthest[0].team].name, "T0");
        // T0's two largest gaps: dimensions 0 and 1 (3 levels short), not 2 (2 short).
        assert_eq!(p.furthest[0].weakest, [0, 1]);
        let gaps: Vec<f64> = p.furthest.iter().map(|g| g.gap).collect();
        assert!(gaps.windows(2).all(|w| w[0] >= w[1]), "{gaps:?}");
        // T7 and T8 meet the target: no gap to list.
        assert!(p.furthest.iter().all(|g| g.gap > 0.0));
    }

    #[test]
    fn clusters_group_teams_by_their_two_weakest_dimensions_below_target() {
        let c = ten_teams();
        let p = Portfolio::of(&c);
        assert_eq!(p.cluster_count, 2);
        assert_eq!(p.clusters[0].dimensions, [0, 1]);
        // Lowest overall first: T0 is below T1–T3.
        assert_eq!(names(&c, &p.clusters[0].teams), ["T0", "T1", "T2", "T3"]);
        assert_eq!(p.clusters[1].dimensions, [5, 7]);
        assert_eq!(names(&c, &p.clusters[1].teams), ["T4", "T5"]);
        // T6 and T9 have one dimension below target, T7 and T8 none: no pair, in no cluster.
        assert_eq!(p.unclustered, 0);
    }

    #[test]
    fn rankings_give_the_median_the_teams_at_target_and_both_ends() {
        let c = ten_teams();
        let p = Portfolio::of(&c);
        let d0 = &p.rankings[0];
        // Scores on dimension 0: T0–T3 at 1, T4, T5 at 3, T6–T9 at 4 (ties: listing order).
        assert_eq!(d0.scored, 10);
        assert_eq!(
            names(&c, &d0.lowest.iter().map(|x| x.0).collect::<Vec<_>>()),
            ["T0", "T1", "T2"]
        );
        assert_eq!(
            names(&c, &d0.highest.iter().map(|x| x.0).collect::<Vec<_>>()),
            ["T6", "T7", "T8"]
        );
        assert_eq!(d0.lowest[0].1, 1.0);
        // Sorted: 1, 1, 1, 1, 3, 3, 4, 4, 4, 4: the fifth and sixth are both 3.
        assert_eq!(d0.median, Some(3.0));
        let d3 = &p.rankings[3];
        // Dimension 3: T0–T5 at 3, T6 at 2, T7 and T8 at 4, T9 just under (one median of 3).
        assert_eq!(d3.met, 2);
        assert_eq!(c.teams[d3.lowest[0].0].name, "T6");
    }

    #[test]
    fn the_roadmap_leads_with_the_step_most_teams_need_and_disagreements_are_counted() {
        let c = ten_teams();
        let p = Portfolio::of(&c);
        let first = &p.roadmap[0];
        // The first question of dimension 3 is below target for T0–T5 (at 3), T6 (at 2) and T9
        // (median 3): 8 teams, the most of any question; 7 of them step from 3 to 4.
        let q3 = c
            .questions
            .iter()
            .position(|q| q.dimension_id == c.dimensions[3].id)
            .unwrap();
        assert_eq!(first.question, q3);
        assert_eq!(first.teams, 8);
        assert_eq!(
            (first.from_level, first.to_level, first.step_teams),
            (3, 4, 7)
        );
        let teams: Vec<usize> = p.roadmap.iter().map(|s| s.teams).collect();
        assert!(teams.windows(2).all(|w| w[0] >= w[1]), "{teams:?}");
        // Only T9 disagrees, on that question (levels 2 and 4).
        assert_eq!(p.disagreeing.len(), 1);
        assert_eq!(c.teams[p.disagreeing[0].team].name, "T9");
        assert_eq!(p.disagreeing[0].widest, Some((q3, Some(2), Some(4), 0)));
        assert_eq!(p.disputed, [(q3, 1)]);
    }
}
