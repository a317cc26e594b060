//! Engine tests on small hand-built questionnaires. Every expected number is worked out by hand
//! in the comments next to it, from the answers written in the test.

use super::*;
use crate::domain::answers::{Answer, ResponseSheet};
use crate::domain::questionnaire::{Effort, Questionnaire, Role};
use crate::domain::{Assessment, Targets};
use serde_json::json;
use std::collections::BTreeMap;

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-6
}

macro_rules! assert_close {
    ($actual:expr, $expected:expr) => {{
        let (a, e): (f64, f64) = ($actual, $expected);
        assert!(close(a, e), "{} = {a}, expected {e}", stringify!($actual));
    }};
}

/// A question whose descriptors and steps name themselves, so tests can see which was picked.
fn question(id: &str, weight: f64, levels: usize, efforts: &[&str]) -> serde_json::Value {
    json!({
        "id": id,
        "text": format!("Question {id}?"),
        "weight": weight,
        "descriptors": (1..=levels).map(|l| format!("{id} at level {l}")).collect::<Vec<_>>(),
        "recommendations": efforts.iter().enumerate().map(|(i, e)| json!({
            "effort": e,
            "text": format!("{id}: step {} to {}", i + 1, i + 2),
        })).collect::<Vec<_>>(),
    })
}

/// Four levels; "build" weighs 2 (questions b1, b2 weigh 1), "run" weighs 1 (r1 weighs 2,
/// r2 weighs 1).
fn scale4() -> Questionnaire {
    let text = json!({
        "id": "scale4", "version": "1", "title": "Four levels", "language": "en",
        "levels": ["None", "Basic", "Good", "Great"],
        "dimensions": [
            {"id": "build", "name": "Build", "description": "d", "weight": 2.0, "questions": [
                question("b1", 1.0, 4, &["low", "medium", "high"]),
                question("b2", 1.0, 4, &["high", "low", "medium"]),
            ]},
            {"id": "run", "name": "Run", "description": "d", "weight": 1.0, "questions": [
                question("r1", 2.0, 4, &["medium", "low", "low"]),
                question("r2", 1.0, 4, &["low", "medium", "low"]),
            ]},
        ]
    });
    Questionnaire::from_json(&text.to_string()).expect("test questionnaire is valid")
}

fn sheet(team: &str, who: &str, answers: &[(&str, &str)]) -> ResponseSheet {
    let mut s = ResponseSheet::new(team, who);
    for (id, a) in answers {
        s.set_answer(id, Answer::parse(a).expect("test answer parses"));
    }
    s
}

fn assessment(
    q: Questionnaire,
    teams: &[&str],
    default: f64,
    overrides: &[(&str, f64)],
) -> Assessment {
    Assessment {
        name: "test".into(),
        created_at: "2026-01-01T00:00:00Z".into(),
        teams: teams.iter().map(std::string::ToString::to_string).collect(),
        targets: Targets {
            default,
            dimensions: overrides
                .iter()
                .map(|(d, t)| (d.to_string(), *t))
                .collect::<BTreeMap<_, _>>(),
        },
        questionnaire: q,
        scope: None,
        follows: None,
    }
}

/// Team A (3 respondents) and team B (2), targets: 3 by default, 3.5 for "run".
///
/// A: b1 = [3,3,4] → median 3; b2 = [2,4,2] → 2 (spread 2); r1 = [1,2,1] → 1;
///    r2 = [?,?,2] → 2 with 2 unknown of 3 answers.
///    build = (3 + 2) / 2 = 2.5; run = (1×2 + 2×1) / 3 = 4/3; overall = (2.5×2 + 4/3) / 3 = 19/9.
/// B: b1 = [1,2] → 1.5; b2 = [1,1] → 1; r1 = [4,3] → 3.5; r2 = [3,3] → 3.
///    build = (1.5 + 1) / 2 = 1.25; run = (3.5×2 + 3) / 3 = 10/3; overall = (2.5 + 10/3) / 3 = 35/18.
fn two_teams() -> (Assessment, Vec<ResponseSheet>) {
    let a = assessment(scale4(), &["A", "B"], 3.0, &[("run", 3.5)]);
    let sheets = vec![
        sheet(
            "A",
            "a1",
            &[("b1", "3"), ("b2", "2"), ("r1", "1"), ("r2", "unknown")],
        ),
        sheet(
            "A",
            "a2",
            &[("b1", "3"), ("b2", "4"), ("r1", "2"), ("r2", "unknown")],
        ),
        sheet(
            "A",
            "a3",
            &[("b1", "4"), ("b2", "2"), ("r1", "1"), ("r2", "2")],
        ),
        sheet(
            "B",
            "b1",
            &[("b1", "1"), ("b2", "1"), ("r1", "4"), ("r2", "3")],
        ),
        sheet(
            "B",
            "b2",
            &[("b1", "2"), ("b2", "1"), ("r1", "3"), ("r2", "3")],
        ),
    ];
    (a, sheets)
}

/// Team C, one respondent: b1 = 4, b2 = 3, r1 = 4, r2 = n/a.
/// build = (4 + 3) / 2 = 3.5; run = 4 (r2 has no median, so only r1 counts); overall =
/// (3.5×2 + 4) / 3 = 11/3.
fn team_c() -> ResponseSheet {
    sheet(
        "C",
        "c1",
        &[("b1", "4"), ("b2", "3"), ("r1", "4"), ("r2", "n/a")],
    )
}

fn names(teams: &[&str]) -> Vec<String> {
    teams.iter().map(std::string::ToString::to_string).collect()
}

fn run(a: &Assessment, sheets: &[ResponseSheet], teams: &[&str]) -> Comparison {
    compare(a, sheets, &names(teams), &CompareOptions::default())
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|i| id(i).to_string()).collect()
}

#[test]
fn team_scores_are_weighted_medians() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    let (ta, tb) = (&c.teams[0], &c.teams[1]);
    assert_eq!(ta.name, "A");
    assert_close!(ta.overall.unwrap(), 19.0 / 9.0);
    assert_close!(tb.overall.unwrap(), 35.0 / 18.0);
    // On 4 levels, 19/9 is (19/9 − 1) / 3 = 10/27 of the way up: 37.04 %.
    assert_close!(ta.overall_percent.unwrap(), 1000.0 / 27.0);
    assert_close!(ta.coverage, 1.0);
    assert_eq!(ids(&ta.respondents, |r| &r.name), ["a1", "a2", "a3"]);

    let build = c.dimension("build").unwrap();
    assert_close!(build.teams[0].score.unwrap(), 2.5);
    assert_close!(build.teams[1].score.unwrap(), 1.25);
    assert_close!(build.target, 3.0);
    assert_close!(build.teams[0].gap.unwrap(), 0.5);
    assert_close!(build.range.unwrap(), 1.25);
    let run_dim = c.dimension("run").unwrap();
    assert_close!(run_dim.target, 3.5);
    // 3.5 − 4/3 = 13/6.
    assert_close!(run_dim.teams[0].gap.unwrap(), 13.0 / 6.0);
    // Team target: (3×2 + 3.5×1) / 3 = 19/6; A's gap 19/6 − 19/9 = 19/18.
    assert_close!(ta.target, 19.0 / 6.0);
    assert_close!(ta.gap.unwrap(), 19.0 / 18.0);
}

#[test]
fn question_cells_keep_the_answers_behind_the_median() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    let b2 = &c.question("b2").unwrap().teams[0];
    assert_eq!(b2.levels, [2, 4, 2]);
    assert_close!(b2.median.unwrap(), 2.0);
    assert_eq!(b2.spread, Some(2));
    let who: Vec<(&str, Option<Answer>)> = b2
        .answers
        .iter()
        .map(|r| (r.respondent.as_str(), r.answer))
        .collect();
    assert_eq!(
        who,
        [
            ("a1", Some(Answer::Level(2))),
            ("a2", Some(Answer::Level(4))),
            ("a3", Some(Answer::Level(2)))
        ]
    );
    let r2 = &c.question("r2").unwrap().teams[0];
    assert_eq!((r2.levels.clone(), r2.unknown), (vec![2], 2));
    // B's b1 = [1, 2]: the median of an even count is the mean of the middle two, level 1.
    let b1 = &c.question("b1").unwrap().teams[1];
    assert_close!(b1.median.unwrap(), 1.5);
    assert_eq!(b1.level, Some(1));
    assert_close!(b1.gap.unwrap(), 1.5);
}

#[test]
fn strengths_and_weaknesses_against_own_average_and_the_other_team() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    let ta = &c.teams[0];
    // A: build 2.5 − 19/9 = +7/18; run 4/3 − 19/9 = −7/9.
    assert_eq!(ids(&ta.strengths, |s| &s.dimension_id), ["build"]);
    assert_close!(ta.strengths[0].delta, 7.0 / 18.0);
    assert_eq!(ids(&ta.weaknesses, |s| &s.dimension_id), ["run"]);
    assert_close!(ta.weaknesses[0].delta, -7.0 / 9.0);
    // Against B: build 2.5 − 1.25 = +1.25; run 4/3 − 10/3 = −2.
    assert_eq!(ids(&ta.strengths_vs_others, |s| &s.dimension_id), ["build"]);
    assert_close!(ta.strengths_vs_others[0].delta, 1.25);
    assert_close!(ta.weaknesses_vs_others[0].delta, -2.0);
    assert_close!(ta.weaknesses_vs_others[0].reference, 10.0 / 3.0);
    // B is the mirror image: run is its strength on both counts.
    let tb = &c.teams[1];
    assert_eq!(ids(&tb.strengths, |s| &s.dimension_id), ["run"]);
    assert_eq!(ids(&tb.strengths_vs_others, |s| &s.dimension_id), ["run"]);
    assert_eq!(
        ids(&tb.weaknesses_vs_others, |s| &s.dimension_id),
        ["build"]
    );
    // Largest gap first: A's run gap 13/6 before build's 0.5.
    assert_eq!(ids(&ta.gaps, |g| &g.dimension_id), ["run", "build"]);
}

#[test]
fn pair_deltas_are_sorted_by_size_and_signed_a_minus_b() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    assert_eq!(c.pairs.len(), 1);
    let p = &c.pairs[0];
    assert_eq!((p.a.as_str(), p.b.as_str()), ("A", "B"));
    // 19/9 − 35/18 = 3/18.
    assert_close!(p.overall.unwrap(), 1.0 / 6.0);
    assert_eq!(
        ids(&p.deltas.dimensions, |d| &d.dimension_id),
        ["run", "build"]
    );
    assert_close!(p.deltas.dimensions[0].delta, -2.0);
    assert_close!(p.deltas.dimensions[1].delta, 1.25);
    // r1: 1 − 3.5 = −2.5; b1: 3 − 1.5 = 1.5; b2: 2 − 1 = 1; r2: 2 − 3 = −1 (tie with b2:
    // questionnaire order).
    assert_eq!(
        ids(&p.deltas.questions, |d| &d.question_id),
        ["r1", "b1", "b2", "r2"]
    );
    let deltas: Vec<f64> = p.deltas.questions.iter().map(|d| d.delta).collect();
    assert!(
        deltas
            .iter()
            .zip([-2.5, 1.5, 1.0, -1.0])
            .all(|(x, e)| close(*x, e)),
        "{deltas:?}"
    );
    // The same pair computed on demand, and reversed.
    assert_eq!(c.pair(0, 1), *p);
    assert_close!(c.pair(1, 0).deltas.dimensions[0].delta, 2.0);
    // With two teams, "versus the others" is the pair delta (up to rounding: it goes through
    // a mean).
    let vs = &c.teams[0].versus_others_deltas;
    assert_eq!(
        ids(&vs.questions, |d| &d.question_id),
        ids(&p.deltas.questions, |d| &d.question_id)
    );
    for (x, y) in vs.dimensions.iter().zip(&p.deltas.dimensions) {
        assert_eq!(x.dimension_id, y.dimension_id);
        assert_close!(x.delta, y.delta);
    }
}

#[test]
fn two_speed_and_pairings_between_two_teams() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    // Only r1 (A 1, B 3.5) is 2+ levels apart.
    assert_eq!(ids(&c.two_speed, |f| &f.question_id), ["r1"]);
    let f = &c.two_speed[0];
    assert_close!(f.distance, 2.5);
    assert_eq!(ids(&f.ahead, |t| &t.team), ["B"]);
    assert_eq!(ids(&f.behind, |t| &t.team), ["A"]);
    // 1.5+ ahead: r1 (B over A by 2.5) and b1 (A 3 over B 1.5, exactly 1.5). Widest first.
    let pairs: Vec<(&str, &str, &str)> = c
        .learn_from_each_other
        .iter()
        .map(|p| {
            (
                p.question_id.as_str(),
                p.learner.as_str(),
                p.leader.as_str(),
            )
        })
        .collect();
    assert_eq!(pairs, [("r1", "A", "B"), ("b1", "B", "A")]);
    let r1 = &c.learn_from_each_other[0];
    assert_close!(r1.distance, 2.5);
    // B's median 3.5 has reached level 3: that is the practice A would borrow.
    assert_eq!(r1.leader_practice, "r1 at level 3");
    assert!(r1.text.contains("A could pair with B"), "{}", r1.text);
    assert!(
        r1.text.contains("level 3.5 (Good)") && r1.text.contains("at 1 (None)"),
        "{}",
        r1.text
    );
}

#[test]
fn recommendations_take_the_next_level_ranked_by_gap_times_dimension_weight() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    // A (b1 is at target 3): r1 gap 3.5 − 1 = 2.5 × weight 1 = 2.5, from level 1;
    // b2 gap 3 − 2 = 1 × 2 = 2, from level 2; r2 gap 3.5 − 2 = 1.5 × 1 = 1.5, from level 2.
    let ta = &c.teams[0];
    let all: Vec<&Recommendation> = ta.short_term_plan.iter().chain(&ta.roadmap).collect();
    let got: Vec<(&str, u8, u8, f64, &str)> = all
        .iter()
        .map(|r| {
            (
                r.question_id.as_str(),
                r.from_level,
                r.to_level,
                r.priority,
                r.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("r1", 1, 2, 2.5, "r1: step 1 to 2"),
            ("b2", 2, 3, 2.0, "b2: step 2 to 3"),
            ("r2", 2, 3, 1.5, "r2: step 2 to 3"),
        ]
    );
    assert_eq!(
        ta.short_term_plan.len(),
        3,
        "all three are low or medium effort"
    );
    assert_eq!(ta.short_term_plan[1].effort, Effort::Low);
    assert_eq!(
        (
            ta.short_term_plan[0].from_label.as_str(),
            ta.short_term_plan[0].to_label.as_str()
        ),
        ("None", "Basic")
    );

    // B: b2 gap 3 − 1 = 2 × 2 = 4 (step 1→2 is high effort); b1 gap 1.5 × 2 = 3 from level 1;
    // r2 gap 3.5 − 3 = 0.5 × 1 = 0.5 from level 3; r1 (3.5) meets its target.
    let tb = &c.teams[1];
    assert_eq!(ids(&tb.short_term_plan, |r| &r.question_id), ["b1", "r2"]);
    assert_eq!(ids(&tb.roadmap, |r| &r.question_id), ["b2"]);
    assert_eq!(
        tb.roadmap[0].rank, 1,
        "high effort goes to the roadmap but keeps its rank"
    );
    assert_eq!(tb.roadmap[0].effort, Effort::High);
    assert_eq!(tb.short_term_plan[0].rank, 2);
    assert_close!(tb.short_term_plan[1].priority, 0.5);
    assert_eq!(tb.short_term_plan[1].text, "r2: step 3 to 4");
}

#[test]
fn disagreements_flag_spread_and_unknown() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    let ta = &c.teams[0];
    // b2 levels [2,4,2] spread 2; r2 has 2 unknown out of 3 answers (≥ 1/3).
    let got: Vec<(&str, Vec<DisagreementReason>)> = ta
        .disagreements
        .iter()
        .map(|d| (d.question_id.as_str(), d.reasons.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("b2", vec![DisagreementReason::Spread]),
            ("r2", vec![DisagreementReason::Unknown]),
        ]
    );
    let b2 = &ta.disagreements[0];
    assert_eq!((b2.lowest, b2.highest, b2.answered), (Some(2), Some(4), 3));
    assert_eq!(b2.answers.len(), 3);
    // B's spreads are all 1 or 0.
    assert!(c.teams[1].disagreements.is_empty());
}

#[test]
fn three_teams_compare_each_against_the_mean_of_the_others() {
    let (a, mut sheets) = two_teams();
    sheets.push(team_c());
    let c = run(&a, &sheets, &["A", "B", "C"]);
    let ta = &c.teams[0];
    // build: 2.5 − (1.25 + 3.5)/2 = 0.125; run: 4/3 − (10/3 + 4)/2 = −7/3.
    let build = &c.dimension("build").unwrap().teams[0];
    assert_close!(build.versus_others.unwrap(), 0.125);
    let run_cell = &c.dimension("run").unwrap().teams[0];
    assert_close!(run_cell.versus_others.unwrap(), -7.0 / 3.0);
    // overall: 19/9 − (35/18 + 11/3)/2 = 19/9 − 101/36 = −25/36.
    assert_close!(ta.versus_others.unwrap(), -25.0 / 36.0);
    assert_eq!(
        ids(&ta.versus_others_deltas.dimensions, |d| &d.dimension_id),
        ["run", "build"]
    );
    // r1 versus others: 1 − (3.5 + 4)/2 = −2.75; r2: C answered n/a, so only B counts: 2 − 3 = −1.
    let q = &ta.versus_others_deltas.questions;
    assert_eq!(q[0].question_id, "r1");
    assert_close!(q[0].delta, -2.75);
    let r2 = q.iter().find(|d| d.question_id == "r2").unwrap();
    assert_close!(r2.b, 3.0);
    assert_eq!(c.pairs.len(), 3);
    let pair_names: Vec<(String, String)> =
        c.pairs.iter().map(|p| (p.a.clone(), p.b.clone())).collect();
    assert_eq!(
        pair_names,
        [
            ("A".into(), "B".into()),
            ("A".into(), "C".into()),
            ("B".into(), "C".into())
        ]
    );
    // C overall 11/3; range of run: 4 − 4/3 = 8/3.
    assert_close!(c.teams[2].overall.unwrap(), 11.0 / 3.0);
    assert_close!(c.dimension("run").unwrap().range.unwrap(), 8.0 / 3.0);
}

#[test]
fn three_teams_two_speed_lists_who_is_ahead_and_behind() {
    let (a, mut sheets) = two_teams();
    sheets.push(team_c());
    let c = run(&a, &sheets, &["A", "B", "C"]);
    // r1: A 1, B 3.5, C 4 → distance 3; ahead (≥ 1 + 2): C, B; behind (≤ 4 − 2): A.
    // b1: A 3, B 1.5, C 4 → 2.5; ahead (≥ 3.5): C; behind (≤ 2): B; A is in neither.
    // b2: A 2, B 1, C 3 → 2; ahead: C; behind: B. r2: 2 vs 3 only → not two-speed.
    assert_eq!(ids(&c.two_speed, |f| &f.question_id), ["r1", "b1", "b2"]);
    assert_eq!(ids(&c.two_speed[0].ahead, |t| &t.team), ["C", "B"]);
    assert_eq!(ids(&c.two_speed[0].behind, |t| &t.team), ["A"]);
    assert_eq!(ids(&c.two_speed[1].ahead, |t| &t.team), ["C"]);
    assert_eq!(ids(&c.two_speed[1].behind, |t| &t.team), ["B"]);
    // Pairings name the best team: r1 A ← C (3), b1 B ← C (2.5), b2 B ← C (2). A is 1 behind C
    // on b1 and b2, B is 0.5 behind C on r1, A is 1 behind B on r2: not enough.
    let pairs: Vec<(&str, &str, &str)> = c
        .learn_from_each_other
        .iter()
        .map(|p| {
            (
                p.question_id.as_str(),
                p.learner.as_str(),
                p.leader.as_str(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [("r1", "A", "C"), ("b1", "B", "C"), ("b2", "B", "C")]
    );
}

#[test]
fn equal_leaders_prefer_the_team_that_agrees_with_itself() {
    let a = assessment(scale4(), &["Low", "Split", "Agreed"], 3.0, &[]);
    let sheets = vec![
        sheet("Low", "l", &[("b1", "1")]),
        // Split: [2, 4] → median 3, spread 2. Agreed: [3, 3] → median 3, spread 0.
        sheet("Split", "s1", &[("b1", "2")]),
        sheet("Split", "s2", &[("b1", "4")]),
        sheet("Agreed", "g1", &[("b1", "3")]),
        sheet("Agreed", "g2", &[("b1", "3")]),
    ];
    let c = run(&a, &sheets, &["Low", "Split", "Agreed"]);
    assert_eq!(c.learn_from_each_other.len(), 1);
    assert_eq!(c.learn_from_each_other[0].leader, "Agreed");
    assert_eq!(c.learn_from_each_other[0].learner, "Low");
}

#[test]
fn a_single_team_gets_gaps_and_recommendations_only() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A"]);
    assert_eq!(c.teams.len(), 1);
    assert!(c.pairs.is_empty() && !c.pairs_omitted);
    assert!(c.two_speed.is_empty() && c.learn_from_each_other.is_empty());
    let ta = &c.teams[0];
    assert_eq!(ta.versus_others, None);
    assert!(ta.strengths_vs_others.is_empty() && ta.weaknesses_vs_others.is_empty());
    assert_eq!(ta.versus_others_deltas, Deltas::default());
    // Same numbers as in the two-team comparison: B's answers do not leak in.
    assert_close!(ta.overall.unwrap(), 19.0 / 9.0);
    assert_eq!(
        ids(&ta.short_term_plan, |r| &r.question_id),
        ["r1", "b2", "r2"]
    );
    assert_eq!(ids(&ta.strengths, |s| &s.dimension_id), ["build"]);
}

#[test]
fn a_team_without_answers_is_listed_but_produces_no_findings() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "Nobody"]);
    let empty = &c.teams[1];
    assert!(!empty.has_scores());
    assert_eq!(
        (empty.overall, empty.gap, empty.coverage),
        (None, None, 0.0)
    );
    assert!(empty.short_term_plan.is_empty() && empty.roadmap.is_empty() && empty.gaps.is_empty());
    assert!(empty.respondents.is_empty());
    // A has no one to compare with on any question.
    assert_eq!(c.teams[0].versus_others, None);
    assert!(c.pairs[0].deltas.dimensions.is_empty() && c.pairs[0].overall.is_none());
    assert!(c.two_speed.is_empty() && c.learn_from_each_other.is_empty());
    assert!(c.has_answers());
    let none = run(&a, &[], &["A", "B"]);
    assert!(!none.has_answers());
}

/// Three levels, one dimension of weight 1: q1 (weight 1, step 1→2 high effort), q2 (weight 2,
/// medium), q3 (weight 1, low), q4 (weight 1, medium).
fn scale3() -> Questionnaire {
    let text = json!({
        "id": "scale3", "version": "1", "title": "Three levels", "language": "fr",
        "levels": ["Bas", "Moyen", "Haut"],
        "dimensions": [{"id": "d", "name": "Dimension", "description": "d", "questions": [
            question("q1", 1.0, 3, &["high", "low"]),
            question("q2", 2.0, 3, &["medium", "low"]),
            question("q3", 1.0, 3, &["low", "low"]),
            question("q4", 1.0, 3, &["medium", "low"]),
        ]}]
    });
    Questionnaire::from_json(&text.to_string()).expect("test questionnaire is valid")
}

#[test]
fn ties_in_priority_go_to_heavier_questions_then_lower_effort() {
    let a = assessment(scale3(), &["T"], 2.0, &[]);
    // Every question at level 1 against target 2: gap 1 × weight 1 = priority 1 for all.
    // q2 weighs 2 → first; then q3 (low) before q1 (high)… and q4 (medium) before q1.
    let sheets = vec![sheet(
        "T",
        "t",
        &[("q1", "1"), ("q2", "1"), ("q3", "1"), ("q4", "1")],
    )];
    let options = CompareOptions {
        short_term_size: 2,
        ..CompareOptions::default()
    };
    let c = compare(&a, &sheets, &names(&["T"]), &options);
    let t = &c.teams[0];
    assert_eq!(ids(&t.short_term_plan, |r| &r.question_id), ["q2", "q3"]);
    assert_eq!(ids(&t.roadmap, |r| &r.question_id), ["q4", "q1"]);
    let ranks: Vec<usize> = t.roadmap.iter().map(|r| r.rank).collect();
    assert_eq!(ranks, [3, 4]);
}

#[test]
fn unknown_answers_below_a_third_are_not_a_disagreement() {
    let a = assessment(scale3(), &["T"], 2.0, &[]);
    // q1: 1 unknown of 4 answers (25 %) → no. q2: 1 unknown of 3 (33 %) → yes.
    // q3: levels [1, 3] → spread 2 → yes. q4: one respondent, unknown → yes (nobody knows).
    let sheets = vec![
        sheet(
            "T",
            "a",
            &[("q1", "?"), ("q2", "?"), ("q3", "1"), ("q4", "?")],
        ),
        sheet("T", "b", &[("q1", "2"), ("q2", "2"), ("q3", "3")]),
        sheet("T", "c", &[("q1", "2"), ("q2", "n/a")]),
        sheet("T", "d", &[("q1", "2")]),
    ];
    let c = run(&a, &sheets, &["T"]);
    let flagged = ids(&c.teams[0].disagreements, |d| &d.question_id);
    assert_eq!(flagged, ["q3", "q2", "q4"]);
}

#[test]
fn above_the_pairwise_limit_pairs_are_left_out_but_available_on_demand() {
    let (a, sheets) = two_teams();
    let options = CompareOptions {
        max_pairwise_teams: 1,
        ..CompareOptions::default()
    };
    let c = compare(&a, &sheets, &names(&["A", "B"]), &options);
    assert!(c.pairs.is_empty() && c.pairs_omitted);
    assert_close!(c.pair(0, 1).overall.unwrap(), 1.0 / 6.0);
    // Everything else is unaffected.
    assert_eq!(c.two_speed.len(), 1);
}

#[test]
fn roles_of_respondents_are_kept_for_traceability() {
    let (a, mut sheets) = two_teams();
    sheets[0].role = Some(Role::Ops);
    sheets[0].set_comment("b2", "On attend le CAB du jeudi");
    let c = run(&a, &sheets, &["A", "B"]);
    let first = &c.question("b2").unwrap().teams[0].answers[0];
    assert_eq!(first.role, Some(Role::Ops));
    assert_eq!(first.comment, "On attend le CAB du jeudi");
    assert_eq!(c.teams[0].respondents[0].role, Some(Role::Ops));
    // a1 answered all four questions; no role limits apply in this questionnaire.
    assert_close!(c.teams[0].respondents[0].coverage, 1.0);
}

#[test]
fn recommendations_on_the_default_questionnaire_name_the_next_level_not_the_top() {
    let q = crate::domain::default_questionnaire();
    let target = Targets::default_for(&q).default;
    assert_close!(target, 4.0);
    let a = assessment(q.clone(), &["T"], target, &[]);
    // Medians 2 and 2.5 → both at level 2: the step from level 2 to 3 (recommendations[1]).
    let sheets = vec![
        sheet("T", "x", &[("deploy.cadence", "2"), ("ci.build", "2")]),
        sheet("T", "y", &[("deploy.cadence", "2"), ("ci.build", "3")]),
    ];
    let c = run(&a, &sheets, &["T"]);
    let t = &c.teams[0];
    let recs: Vec<&Recommendation> = t.short_term_plan.iter().chain(&t.roadmap).collect();
    assert_eq!(recs.len(), 2);
    for r in recs {
        let (dim, question) = q.question(&r.question_id).unwrap();
        assert_eq!((r.from_level, r.to_level), (2, 3));
        assert_eq!(r.text, question.recommendations[1].text);
        assert_eq!(r.to_label, q.levels[2]);
        assert_close!(r.priority, r.gap * dim.weight);
    }
    // deploy weighs 1.5 and ci 1.5 too: cadence gap 2 → 3, ci.build gap 1.5 → 2.25.
    assert_eq!(t.short_term_plan[0].question_id, "deploy.cadence");
    assert_close!(t.short_term_plan[0].priority, 3.0);
    assert_close!(t.short_term_plan[1].priority, 2.25);
}

#[test]
fn answers_to_questions_the_questionnaire_lacks_are_ignored() {
    let a = assessment(scale4(), &["T"], 3.0, &[]);
    // "a0" sorts before every question id, "c9" between "b2" and "r1", "zz" after all.
    let mut s = sheet(
        "T",
        "t",
        &[
            ("a0", "4"),
            ("b1", "2"),
            ("c9", "1"),
            ("r1", "3"),
            ("zz", "4"),
        ],
    );
    s.set_comment("r2", "comment only");
    let c = run(&a, &[s], &["T"]);
    let answers = |id: &str| c.question(id).unwrap().teams[0].answers.clone();
    assert_eq!(answers("b1")[0].answer, Some(Answer::Level(2)));
    assert!(answers("b2").is_empty());
    assert_eq!(answers("r1")[0].answer, Some(Answer::Level(3)));
    assert_eq!(answers("r2")[0].answer, None);
    assert_eq!(answers("r2")[0].comment, "comment only");
    let total: usize = c.questions.iter().map(|q| q.teams[0].answers.len()).sum();
    assert_eq!(total, 3);
}

#[test]
fn respondent_coverage_matches_the_sheets_own_definition() {
    let q = crate::domain::default_questionnaire();
    let a = assessment(q.clone(), &["T"], 4.0, &[]);
    let mut ops = sheet(
        "T",
        "ops",
        &[
            ("deploy.cadence", "2"),
            ("ci.branching", "3"),
            ("culture.blameless", "?"),
        ],
    );
    ops.role = Some(Role::Ops); // ci.branching is a dev question: not counted for ops
    ops.set_comment("flow.wip", "comment only, no answer");
    let anyone = sheet("T", "anyone", &[("deploy.cadence", "n/a"), ("nope", "3")]);
    let c = run(&a, &[ops.clone(), anyone.clone()], &["T"]);
    let got: Vec<f64> = c.teams[0].respondents.iter().map(|r| r.coverage).collect();
    assert_close!(got[0], ops.coverage(&q));
    assert_close!(got[1], anyone.coverage(&q));
    assert!(got[0] > 0.0 && got[1] > 0.0);
}

#[test]
fn a_wide_two_speed_range_lists_no_team_on_both_sides() {
    let a = assessment(scale4(), &["Low", "Mid", "High", "Near"], 3.0, &[]);
    // b1 medians 1, 2.5, 4, 3: range 3, midpoint 2.5. Ahead (above 2.5 and ≥ 1 + 2 = 3): High,
    // Near. Behind (≤ 2.5 and ≤ 4 − 2 = 2): Low. Mid (2.5) is 1.5 from both ends: neither.
    let sheets = vec![
        sheet("Low", "l", &[("b1", "1")]),
        sheet("Mid", "m1", &[("b1", "2")]),
        sheet("Mid", "m2", &[("b1", "3")]),
        sheet("High", "h", &[("b1", "4")]),
        sheet("Near", "n", &[("b1", "3")]),
    ];
    let c = run(&a, &sheets, &["Low", "Mid", "High", "Near"]);
    let f = &c.two_speed[0];
    assert_eq!(ids(&f.ahead, |t| &t.team), ["High", "Near"]);
    assert_eq!(ids(&f.behind, |t| &t.team), ["Low"]);
    // With the range at 4 levels on a 5-level scale, the middle team at exactly the midpoint
    // (3) is 2 from both ends: it goes behind, not on both sides.
    let q = crate::domain::default_questionnaire();
    let a = assessment(q, &["One", "Three", "Five"], 4.0, &[]);
    let sheets = vec![
        sheet("One", "o", &[("ci.build", "1")]),
        sheet("Three", "t", &[("ci.build", "3")]),
        sheet("Five", "f", &[("ci.build", "5")]),
    ];
    let c = run(&a, &sheets, &["One", "Three", "Five"]);
    let f = &c.two_speed[0];
    assert_eq!(ids(&f.ahead, |t| &t.team), ["Five"]);
    assert_eq!(ids(&f.behind, |t| &t.team), ["One", "Three"]);
}

#[test]
fn the_synchronisation_plan_has_one_initiative_per_dimension_a_level_apart() {
    // build: A 2.5, B 1.25 (1.25 apart); run: A 4/3, B 10/3 (2 apart): both get one.
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    let plan = &c.synchronisation;
    assert_eq!(
        ids(plan, |i| &i.dimension_id),
        ["run", "build"],
        "widest first"
    );

    let run_dim = &plan[0];
    assert_eq!(run_dim.leader, "B");
    assert_close!(run_dim.leader_score, 10.0 / 3.0);
    assert_eq!(ids(&run_dim.followers, |f| &f.team), ["A"]);
    assert_close!(run_dim.distance, 2.0);
    // r1: B 3.5 vs A 1 (2.5 ahead); r2: B 3 vs A 2 (1 ahead): both a level or more.
    assert_eq!(ids(&run_dim.practices, |p| &p.question_id), ["r1", "r2"]);
    assert_eq!(run_dim.practices[0].title, "Question r1?");
    assert_eq!(run_dim.practices[0].level, 3);
    assert_eq!(run_dim.practices[0].level_label, "Good");
    assert_eq!(run_dim.practices[0].practice, "r1 at level 3");
    assert_close!(run_dim.practices[0].follower_median, 1.0);
    // B is at level 3; the run target 3.5 is met at level 4, so the joint level is 3.
    assert_eq!(
        (run_dim.milestone_level, run_dim.milestone_label.as_str()),
        (3, "Good")
    );

    let build = &plan[1];
    assert_eq!(build.leader, "A");
    assert_eq!(ids(&build.practices, |p| &p.question_id), ["b1", "b2"]);
    // A is at level 2 (2.5), B at 1 (1.25): the joint level is A's, 2.
    assert_eq!(build.milestone_level, 2);

    // A higher threshold leaves out the build dimension (1.25 apart).
    let options = CompareOptions {
        synchronisation_levels: 1.5,
        ..CompareOptions::default()
    };
    let c = compare(&a, &sheets, &names(&["A", "B"]), &options);
    assert_eq!(ids(&c.synchronisation, |i| &i.dimension_id), ["run"]);
    // One team: nobody to synchronise with.
    assert!(run(&a, &sheets, &["A"]).synchronisation.is_empty());
}

#[test]
fn question_rows_and_steps_carry_the_question_title() {
    let (a, sheets) = two_teams();
    let c = run(&a, &sheets, &["A", "B"]);
    assert_eq!(c.question("b1").unwrap().title, "Question b1?");
    let step = &c.teams[1].short_term_plan[0];
    assert_eq!(step.title, c.question(&step.question_id).unwrap().title);
}

#[test]
fn pairings_group_by_learner_and_leader_in_the_order_of_their_first_pairing() {
    let (a, mut sheets) = two_teams();
    let a = Assessment {
        teams: names(&["A", "B", "C"]),
        ..a
    };
    sheets.push(team_c());
    let c = run(&a, &sheets, &["A", "B", "C"]);
    let groups = c.pairings_by_team_pair();
    // Every pairing once, in a group of its own pair, and the groups in first-seen order.
    assert_eq!(
        groups.iter().map(Vec::len).sum::<usize>(),
        c.learn_from_each_other.len()
    );
    let mut firsts = Vec::new();
    for g in &groups {
        assert!(
            g.iter()
                .all(|p| p.learner == g[0].learner && p.leader == g[0].leader)
        );
        firsts.push((g[0].learner.clone(), g[0].leader.clone()));
    }
    let mut seen: Vec<(String, String)> = Vec::new();
    for p in &c.learn_from_each_other {
        let pair = (p.learner.clone(), p.leader.clone());
        if !seen.contains(&pair) {
            seen.push(pair);
        }
    }
    assert_eq!(firsts, seen);
    assert!(groups.len() >= 2, "{groups:?}");
}

/// The digest scores a team from the answers it sorted by question; every edge that
/// `score_team_sheets` handles must come out the same: answers to questions the
/// questionnaire does not have, levels off the scale, n/a and unknown, comments without an
/// answer, and a short form's questions out of scope.
#[test]
fn the_digest_scores_as_score_team_sheets_does() {
    let mut alice = sheet("A", "Alice", &[("b1", "3"), ("b2", "n/a"), ("r1", "?")]);
    alice.set_answer("zz.unknown", Answer::Level(2));
    alice.set_answer("a0.unknown", Answer::Level(1));
    alice.set_comment("r2", "only a comment");
    let mut bob = sheet("A", "Bob", &[("b1", "4"), ("b2", "9"), ("r2", "1")]);
    bob.set_answer("r1", Answer::Level(0));
    let carol = sheet("A", "Carol", &[("b1", "1"), ("r1", "2"), ("r2", "4")]);
    let sheets = [&alice, &bob, &carol];
    let full = assessment(scale4(), &["A"], 3.0, &[]);
    let mut short = full.clone();
    short.set_scope(["b2", "r1"]);
    for a in [&full, &short] {
        let asked = a.as_asked();
        for detail in [Detail::NONE, Detail::ALL] {
            let digest = TeamDigester::new(a, detail).digest("A", &sheets);
            let expected =
                crate::domain::scoring::score_team_sheets(&asked.questionnaire, "A", &sheets);
            assert_eq!(digest.score, expected, "scope {:?}, {detail:?}", a.scope);
        }
    }
    // And the numbers themselves: b1 = [3,4,1] → 3; b2 = n/a and 9 (off a scale of 4) → none.
    let digest = TeamDigester::new(&full, Detail::NONE).digest("A", &sheets);
    let b = &digest.score.dimensions[0];
    assert_eq!(b.questions[0].levels, [3, 4, 1]);
    assert_eq!(b.questions[0].median, Some(3.0));
    assert_eq!(
        (b.questions[1].not_applicable, b.questions[1].median),
        (1, None)
    );
}
