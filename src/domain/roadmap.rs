//! A team's phased roadmap: its next-level steps spread over three horizons (0–3, 3–6 and
//! 6–12 months), chosen by one rule that the report states and the dashboard's Plans view
//! shows, so both always agree:
//!
//! - The candidates are, for every question whose median is below the target, the
//!   questionnaire's steps from the team's level up to the level that reaches the target,
//!   one level at a time.
//! - Each horizon takes, among the steps it may take, the **lowest effort first** and, at equal
//!   effort, the **highest gap × dimension weight** (then the heavier question, then
//!   questionnaire order).
//! - A question's steps come **in order, one per horizon**: its step to level 3 may only be
//!   taken in a horizon after the one that took its step to level 2.
//! - The first horizon holds `first` steps (`report --short-term N`, default 5), the others
//!   [`LATER_STEPS`] each. What does not fit stays in the full backlog (`TeamResult::
//!   short_term_plan` and `roadmap`, the report's appendix).

use super::compare::{EPSILON, QuestionRow, Recommendation};
use super::questionnaire::Questionnaire;
use serde::Serialize;

/// The horizons, in months from the report: 0–3, 3–6, 6–12.
pub const HORIZON_MONTHS: [(u8, u8); 3] = [(0, 3), (3, 6), (6, 12)];

/// Steps in each horizon after the first.
pub const LATER_STEPS: usize = 5;

/// One horizon of a team's roadmap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Horizon {
    pub from_month: u8,
    pub to_month: u8,
    /// In the order the rule took them. `rank` numbers the steps across the three horizons
    /// (1 is the first step of 0–3 months). `gap` is the gap at the step's start:
    /// target − median for a question's first step, target − `from_level` for the next ones;
    /// `priority` is that gap × the dimension's weight.
    pub steps: Vec<Recommendation>,
}

/// The three horizons of team `ti`, the first holding at most `first` steps.
pub fn horizons(
    q: &Questionnaire,
    questions: &[QuestionRow],
    ti: usize,
    first: usize,
) -> Vec<Horizon> {
    let queues = candidates(q, questions, ti);
    // Per question: the next step to take, and the horizon that took the previous one.
    let mut next = vec![0usize; queues.len()];
    let mut last_taken: Vec<Option<usize>> = vec![None; queues.len()];
    let mut rank = 0;
    let mut out = Vec::with_capacity(HORIZON_MONTHS.len());
    for (h, &(from_month, to_month)) in HORIZON_MONTHS.iter().enumerate() {
        let size = if h == 0 { first } else { LATER_STEPS };
        let mut open: Vec<usize> = (0..queues.len())
            .filter(|&i| next[i] < queues[i].steps.len() && last_taken[i].is_none_or(|l| l < h))
            .collect();
        // Stable: equal keys keep questionnaire order.
        open.sort_by(|&a, &b| {
            let (x, y) = (&queues[a].steps[next[a]], &queues[b].steps[next[b]]);
            x.effort
                .cmp(&y.effort)
                .then(y.priority.total_cmp(&x.priority))
                .then(queues[b].weight.total_cmp(&queues[a].weight))
        });
        let mut steps = Vec::with_capacity(size);
        for i in open.into_iter().take(size) {
            let mut step = queues[i].steps[next[i]].clone();
            rank += 1;
            step.rank = rank;
            steps.push(step);
            next[i] += 1;
            last_taken[i] = Some(h);
        }
        out.push(Horizon {
            from_month,
            to_month,
            steps,
        });
    }
    out
}

/// A question's steps toward its target, lowest level first.
struct Queue {
    /// The question's weight, the second tie-break.
    weight: f64,
    steps: Vec<Recommendation>,
}

fn candidates(q: &Questionnaire, questions: &[QuestionRow], ti: usize) -> Vec<Queue> {
    let top = q.level_count();
    let mut out = Vec::new();
    for ((dimension, question), row) in q.questions().zip(questions) {
        let cell = &row.teams[ti];
        // From the owners' level where they answered, as the engine's recommendations do.
        let Some((median, owners)) = crate::domain::compare::step_start(question, cell, top) else {
            continue;
        };
        let team_median = cell.median.unwrap_or(median);
        let from = crate::domain::compare::level_of(median);
        if median + EPSILON >= row.target {
            continue;
        }
        // The level whose reaching meets the target (3.5 needs level 4), within the scale.
        let last = ((row.target - EPSILON).ceil().max(0.0) as u8).min(top);
        let mut steps = Vec::new();
        for level in from..last {
            let Some(step) = question.recommendation_from(level) else {
                break;
            };
            let start = if level == from {
                median
            } else {
                f64::from(level)
            };
            let gap = row.target - start;
            steps.push(Recommendation {
                rank: 0,
                question_id: question.id.clone(),
                dimension_id: dimension.id.clone(),
                question: question.text.clone(),
                title: row.title.clone(),
                median: team_median,
                from_level: level,
                to_level: level + 1,
                from_label: q.level_label(level).to_string(),
                to_label: q.level_label(level + 1).to_string(),
                target: row.target,
                gap,
                dimension_weight: dimension.weight,
                priority: gap * dimension.weight,
                effort: step.effort,
                text: step.text.clone(),
                owners: if level == from { owners.clone() } else { None },
            });
        }
        if !steps.is_empty() {
            out.push(Queue {
                weight: question.weight,
                steps,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Answer, ResponseSheet};
    use crate::domain::{Assessment, CompareOptions, compare};
    use serde_json::json;

    fn question(id: &str, weight: f64, efforts: [&str; 4]) -> serde_json::Value {
        json!({
            "id": id, "text": format!("Question {id}"), "title": format!("Title {id}"),
            "weight": weight,
            "descriptors": (1..=5).map(|l| format!("{id} at {l}")).collect::<Vec<_>>(),
            "recommendations": efforts.iter().enumerate().map(|(i, e)| json!({
                "effort": e, "text": format!("{id} {}→{}", i + 1, i + 2),
            })).collect::<Vec<_>>(),
        })
    }

    /// Five levels, target 4. The steps toward it, as (effort, gap × dimension weight):
    /// q1 (level 1): 1→2 low 3, 2→3 low 2, 3→4 low 1;  q2 (1): 1→2 medium 3, 2→3 low 2, …;
    /// q8 (3, weight 1) and q3 (3, weight 2): 3→4 low 1;  q4 (4): none;
    /// dimension b weighs 2: q5 (2): 2→3 low 4, 3→4 low 2;  q6 (3): 3→4 low 2;
    /// q7 (1): 1→2 high 6, 2→3 medium 4, 3→4 low 2.
    fn comparison(first: usize, target: f64) -> crate::domain::Comparison {
        let low = ["low"; 4];
        let text = json!({
            "id": "roadmap-test", "version": "1", "title": "T", "language": "en",
            "levels": ["L1", "L2", "L3", "L4", "L5"],
            "dimensions": [
                {"id": "a", "name": "A", "description": "d", "weight": 1.0, "questions": [
                    question("q1", 1.0, low),
                    question("q2", 1.0, ["medium", "low", "low", "low"]),
                    question("q8", 1.0, low),
                    question("q3", 2.0, low),
                    question("q4", 1.0, low),
                ]},
                {"id": "b", "name": "B", "description": "d", "weight": 2.0, "questions": [
                    question("q5", 1.0, ["high", "low", "low", "low"]),
                    question("q6", 1.0, low),
                    question("q7", 1.0, ["high", "medium", "low", "low"]),
                ]},
            ]
        });
        let q = Questionnaire::from_json(&text.to_string()).unwrap();
        let a = Assessment::new(
            "t",
            "2026-01-01T00:00:00Z",
            vec!["T".into()],
            q,
            Some(target),
        );
        let mut sheet = ResponseSheet::new("T", "r");
        for (id, level) in [
            ("q1", 1),
            ("q2", 1),
            ("q8", 3),
            ("q3", 3),
            ("q4", 4),
            ("q5", 2),
            ("q6", 3),
            ("q7", 1),
        ] {
            sheet.set_answer(id, Answer::Level(level));
        }
        let options = CompareOptions {
            short_term_size: first,
            ..CompareOptions::default()
        };
        compare(&a, &[sheet], &a.teams, &options)
    }

    fn steps(h: &Horizon) -> Vec<String> {
        h.steps
            .iter()
            .map(|s| format!("{} {}→{}", s.question_id, s.from_level, s.to_level))
            .collect()
    }

    #[test]
    fn lowest_effort_first_then_gap_times_weight_one_level_per_horizon() {
        let c = comparison(3, 4.0);
        let h = &c.teams[0].horizons;
        assert_eq!(
            h.iter()
                .map(|h| (h.from_month, h.to_month))
                .collect::<Vec<_>>(),
            [(0, 3), (3, 6), (6, 12)]
        );
        // 0–3 months, 3 steps (--short-term 3): the low-effort steps with the most gap × weight.
        assert_eq!(steps(&h[0]), ["q5 2→3", "q1 1→2", "q6 3→4"]);
        // 3–6 months: q1 and q5 go on one level; at priority 2 questionnaire order decides; at 1
        // the heavier q3 comes before q8; low effort exhausted, the medium q2 fills the fifth.
        assert_eq!(
            steps(&h[1]),
            ["q1 2→3", "q5 3→4", "q3 3→4", "q8 3→4", "q2 1→2"]
        );
        // 6–12 months: the next levels, and the high-effort q7 last although its gap × weight
        // (6) is the largest of all.
        assert_eq!(steps(&h[2]), ["q2 2→3", "q1 3→4", "q7 1→2"]);
        // One numbering across the horizons; q4 (at target) never appears.
        let ranks: Vec<usize> = h
            .iter()
            .flat_map(|h| h.steps.iter().map(|s| s.rank))
            .collect();
        assert_eq!(ranks, (1..=11).collect::<Vec<_>>());
        assert!(
            h.iter()
                .all(|h| h.steps.iter().all(|s| s.question_id != "q4"))
        );
        // A later step's gap counts from its own start: q1 2→3 has 4 − 2 = 2 left.
        let q1 = &h[1].steps[0];
        assert_eq!(
            (q1.gap, q1.priority, q1.title.as_str()),
            (2.0, 2.0, "Title q1")
        );
        assert_eq!(q1.text, "q1 2→3");
    }

    #[test]
    fn the_first_horizon_takes_its_size_and_the_others_five() {
        // Five first steps fill 0–3 months; only four questions have a step left for 3–6
        // (q1, q5, q2, q7: one level per horizon), and three for 6–12.
        let c = comparison(5, 4.0);
        let sizes: Vec<usize> = c.teams[0].horizons.iter().map(|h| h.steps.len()).collect();
        assert_eq!(sizes, [5, 4, 3]);
        // With --short-term 1, 3–6 months takes five of the six first steps still open, and
        // 6–12 what is left: q1's next level, q2 and q7.
        let c = comparison(1, 4.0);
        let sizes: Vec<usize> = c.teams[0].horizons.iter().map(|h| h.steps.len()).collect();
        assert_eq!(sizes, [1, 5, 3]);
        let c = comparison(0, 4.0);
        let sizes: Vec<usize> = c.teams[0].horizons.iter().map(|h| h.steps.len()).collect();
        // No first horizon: every question's first step is open to 3–6 months.
        assert_eq!(sizes[0], 0);
        assert_eq!(sizes[1], LATER_STEPS);
    }

    #[test]
    fn a_fractional_target_needs_the_level_above_it() {
        // Target 3.5: q8 and q3 (at 3) still need 3→4; nothing asks for 4→5.
        let c = comparison(20, 3.5);
        let all: Vec<String> = c.teams[0].horizons.iter().flat_map(steps).collect();
        assert!(all.contains(&"q8 3→4".to_string()), "{all:?}");
        assert!(all.iter().all(|s| !s.ends_with("→5")), "{all:?}");
    }
}
