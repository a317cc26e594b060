//! Progress between rounds: a follow-up assessment (`new NAME --follow-up PREVIOUS`) against
//! the round before it and the first of its chain. Per team and dimension the score then and
//! now and the change (the difference of the shown scores, `scoring::shown_difference`, so the
//! three numbers on a line add up), the questions whose median moved by a level or more, for
//! each action marked `done` whether its question reached the level it aimed at, and the
//! plan's completion.
//!
//! Pure: the caller compares every round of the chain and passes the comparisons.

use super::compare::{Comparison, EPSILON, level_of};
use super::names::same_name;
use super::plan::{Action, Completion, Status};
use super::scoring::shown_difference;
use serde::Serialize;

/// One round of the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Round {
    pub assessment: String,
    /// When the round's assessment was created (RFC 3339).
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// The round this one follows.
    pub previous: String,
    /// The first round of the chain (the same as `previous` for a second round).
    pub first: String,
    /// Every round of the chain, the first first, this one last.
    pub rounds: Vec<Round>,
    /// One per compared team, in the comparison's team order.
    pub teams: Vec<TeamProgress>,
    /// Every action marked `done` (in the previous round's plan or this one's).
    pub done: Vec<DoneCheck>,
    /// The plan's actions by status: the previous round's and this round's, each once.
    pub plan: Completion,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamProgress {
    pub team: String,
    pub overall: Change,
    /// Questionnaire order.
    pub dimensions: Vec<DimensionChange>,
    /// Questions whose median moved by a level or more since the previous round, largest
    /// move first.
    pub moved: Vec<QuestionMove>,
}

/// A score in the previous round, now, and the change; `None` where there is no score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    pub then: Option<f64>,
    pub now: Option<f64>,
    /// `now − then` of the shown scores.
    pub change: Option<f64>,
    /// The score in the first round of the chain.
    pub first: Option<f64>,
}

impl Change {
    fn of(first: Option<f64>, then: Option<f64>, now: Option<f64>) -> Change {
        Change {
            then,
            now,
            change: match (now, then) {
                (Some(n), Some(t)) => Some(shown_difference(n, t)),
                _ => None,
            },
            first,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionChange {
    pub dimension_id: String,
    pub dimension: String,
    #[serde(flatten)]
    pub change: Change,
    /// The score in every round of the chain, the first first (this round last).
    pub rounds: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionMove {
    pub question_id: String,
    pub dimension_id: String,
    pub title: String,
    pub then: f64,
    pub now: f64,
    /// `now − then` (medians).
    pub change: f64,
}

/// A `done` action and whether its question got where it aimed, team by team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoneCheck {
    pub id: String,
    pub title: String,
    /// The question the action moves; `None` for an initiative or a free action.
    pub question_id: Option<String>,
    /// The level it aimed at (a roadmap step's `to`); `None` without one.
    pub target_level: Option<u8>,
    pub teams: Vec<Reach>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reach {
    pub team: String,
    /// The team's median on the question now, and its level (rounded down).
    pub median: Option<f64>,
    pub level: Option<u8>,
    /// Whether `level` reached `target_level`; `None` without a target or an answer.
    pub reached: Option<bool>,
}

/// The progress of `now` over the earlier rounds of its chain (`earlier`: the first round
/// first, the previous round last; each with its comparison). `actions` are the previous
/// round's plan and this round's, in that order: an action in both counts once, as this
/// round has it. `today` (ISO date) decides what is late.
pub fn progress(
    now: (&Round, &Comparison),
    earlier: &[(Round, Comparison)],
    actions: &[&Action],
    today: &str,
) -> Option<Progress> {
    let (previous_round, previous) = earlier.last()?;
    let (first_round, first) = earlier.first()?;
    let current = now.1;
    let team_in =
        |c: &Comparison, name: &str| c.teams.iter().position(|t| same_name(&t.name, name));
    let teams = current
        .teams
        .iter()
        .enumerate()
        .map(|(ti, team)| {
            let prev_ti = team_in(previous, &team.name);
            let first_ti = team_in(first, &team.name);
            let overall = Change::of(
                first_ti.and_then(|i| first.teams[i].overall),
                prev_ti.and_then(|i| previous.teams[i].overall),
                team.overall,
            );
            let dimensions = current
                .dimensions
                .iter()
                .map(|d| {
                    let score_in = |c: &Comparison| {
                        let i = team_in(c, &team.name)?;
                        c.dimension(&d.id)?.teams.get(i)?.score
                    };
                    let rounds: Vec<Option<f64>> = earlier
                        .iter()
                        .map(|(_, c)| score_in(c))
                        .chain(std::iter::once(d.teams[ti].score))
                        .collect();
                    DimensionChange {
                        dimension_id: d.id.clone(),
                        dimension: d.name.clone(),
                        change: Change::of(score_in(first), score_in(previous), d.teams[ti].score),
                        rounds,
                    }
                })
                .collect();
            let mut moved: Vec<QuestionMove> = current
                .questions
                .iter()
                .filter_map(|q| {
                    let now = q.teams[ti].median?;
                    let then = previous.question(&q.id)?.teams.get(prev_ti?)?.median?;
                    let change = now - then;
                    (change.abs() + EPSILON >= 1.0).then(|| QuestionMove {
                        question_id: q.id.clone(),
                        dimension_id: q.dimension_id.clone(),
                        title: q.title.clone(),
                        then,
                        now,
                        change,
                    })
                })
                .collect();
            // Stable: equal moves keep questionnaire order.
            moved.sort_by(|a, b| b.change.abs().total_cmp(&a.change.abs()));
            TeamProgress {
                team: team.name.clone(),
                overall,
                dimensions,
                moved,
            }
        })
        .collect();
    // Each action once, this round's copy over the previous round's.
    let mut unique: Vec<&Action> = Vec::new();
    for a in actions.iter().rev().filter(|a| !a.is_removed()) {
        if !unique.iter().any(|u| u.id == a.id) {
            unique.push(a);
        }
    }
    unique.reverse();
    let done = unique
        .iter()
        .filter(|a| a.status() == Status::Done)
        .map(|a| {
            let question_id = a.origin.question().map(str::to_string);
            let target_level = a.origin.target_level();
            let teams = a
                .teams
                .iter()
                .map(|team| {
                    let median = question_id.as_deref().and_then(|q| {
                        let ti = team_in(current, team)?;
                        current.question(q)?.teams.get(ti)?.median
                    });
                    let level = median.map(level_of);
                    Reach {
                        team: team.clone(),
                        median,
                        level,
                        reached: match (level, target_level) {
                            (Some(l), Some(t)) => Some(l >= t),
                            _ => None,
                        },
                    }
                })
                .collect();
            DoneCheck {
                id: a.id.clone(),
                title: a.title.value.clone(),
                question_id,
                target_level,
                teams,
            }
        })
        .collect();
    Some(Progress {
        previous: previous_round.assessment.clone(),
        first: first_round.assessment.clone(),
        rounds: earlier
            .iter()
            .map(|(r, _)| r.clone())
            .chain(std::iter::once(now.0.clone()))
            .collect(),
        teams,
        done,
        plan: Completion::of(unique.iter().copied(), today),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Origin, Plan};
    use crate::domain::{Answer, Assessment, CompareOptions, ResponseSheet, compare};

    fn round(name: &str, levels: &[(&str, u8)]) -> (Round, Comparison) {
        let a = Assessment::new(
            name,
            "2026-01-01T00:00:00Z",
            vec!["Paris".into()],
            crate::domain::default_questionnaire(),
            Some(4.0),
        );
        let mut s = ResponseSheet::new("Paris", "Alice");
        for (id, l) in levels {
            s.set_answer(id, Answer::Level(*l));
        }
        let c = compare(&a, &[s], &a.teams, &CompareOptions::default());
        (
            Round {
                assessment: name.into(),
                created_at: "2026-01-01T00:00:00Z".into(),
            },
            c,
        )
    }

    #[test]
    fn changes_moves_and_done_actions_against_the_previous_round() {
        let r1 = round(
            "r1",
            &[("ci.build", 1), ("ci.branching", 2), ("deploy.cadence", 3)],
        );
        let r2 = round(
            "r2",
            &[("ci.build", 2), ("ci.branching", 2), ("deploy.cadence", 3)],
        );
        let r3 = round(
            "r3",
            &[("ci.build", 4), ("ci.branching", 2), ("deploy.cadence", 2)],
        );
        let mut done = Action::new(
            "aaaaa".into(),
            Origin::Step {
                question: "ci.build".into(),
                from: 2,
                to: 3,
            },
            vec!["Paris".into()],
            "Automate the build",
            "2026-02-01T00:00:00.000Z",
        );
        done.set_status(Status::Done, "2026-05-01T00:00:00.000Z");
        let mut short = done.clone();
        short.id = "bbbbb".into();
        short.origin = Origin::Step {
            question: "deploy.cadence".into(),
            from: 3,
            to: 4,
        };
        let mut late = Action::new(
            "ccccc".into(),
            Origin::Free,
            vec!["Paris".into()],
            "Hire",
            "2026-02-01T00:00:00.000Z",
        );
        late.set_due(Some("2026-06-30".into()), "2026-02-01T00:00:00.000Z");
        let previous_plan = Plan {
            actions: vec![done.clone(), late.clone()],
        };
        let mut late_now = late.clone();
        late_now.set_status(Status::Agreed, "2026-07-01T00:00:00.000Z");
        let actions: Vec<&Action> = previous_plan
            .actions
            .iter()
            .chain([&short, &late_now])
            .collect();
        let earlier = vec![r1, r2];
        let p = progress((&r3.0, &r3.1), &earlier, &actions, "2026-09-01").unwrap();
        assert_eq!((p.previous.as_str(), p.first.as_str()), ("r2", "r1"));
        assert_eq!(p.rounds.len(), 3);
        let t = &p.teams[0];
        let ci = t
            .dimensions
            .iter()
            .find(|d| d.dimension_id == "ci")
            .unwrap();
        assert_eq!(ci.rounds.len(), 3);
        assert_eq!(
            ci.change.change,
            Some(shown_difference(
                ci.change.now.unwrap(),
                ci.change.then.unwrap()
            ))
        );
        assert!(ci.change.change.unwrap() > 0.0);
        // ci.build 2 → 4 and deploy.cadence 3 → 2 moved; ci.branching did not.
        let moved: Vec<(&str, f64)> = t
            .moved
            .iter()
            .map(|m| (m.question_id.as_str(), m.change))
            .collect();
        assert_eq!(moved, [("ci.build", 2.0), ("deploy.cadence", -1.0)]);
        // Done: ci.build reached 3 (it is at 4), deploy.cadence did not reach 4 (at 2).
        let reached: Vec<(&str, Option<bool>)> = p
            .done
            .iter()
            .map(|d| (d.id.as_str(), d.teams[0].reached))
            .collect();
        assert_eq!(reached, [("aaaaa", Some(true)), ("bbbbb", Some(false))]);
        // Three actions once each: two done, the third (this round's copy) agreed and late.
        assert_eq!(
            (p.plan.total, p.plan.done, p.plan.agreed, p.plan.late),
            (3, 2, 1, 1)
        );
    }

    #[test]
    fn a_first_round_has_no_progress() {
        let r = round("r1", &[("ci.build", 1)]);
        assert!(progress((&r.0, &r.1), &[], &[], "2026-09-01").is_none());
    }
}
