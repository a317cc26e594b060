//! Scoring: medians, spreads, n/a and unknown, weights, and scales of different sizes.

use devops_maturity::domain::scoring::{median, percent, score_team, spread, weighted_mean};
use devops_maturity::domain::{Answer, Questionnaire, ResponseSheet};

/// Two dimensions: "a" (weight 1) with questions a1 (weight 1) and a2 (weight 3),
/// "b" (weight 3) with question b1.
fn questionnaire(levels: usize) -> Questionnaire {
    let labels: Vec<String> = (1..=levels).map(|i| format!("L{i}")).collect();
    let question = |id: &str, weight: f64| {
        serde_json::json!({
            "id": id, "text": format!("Question {id}?"), "weight": weight,
            "descriptors": labels.iter().map(|l| format!("does {l}")).collect::<Vec<_>>(),
            "recommendations": (1..levels).map(|i| serde_json::json!({"effort": "low", "text": format!("step {i}")})).collect::<Vec<_>>(),
        })
    };
    let json = serde_json::json!({
        "id": "t", "version": "1", "title": "T", "language": "en", "levels": labels,
        "dimensions": [
            {"id": "a", "name": "A", "description": "d", "weight": 1.0,
             "questions": [question("a1", 1.0), question("a2", 3.0)]},
            {"id": "b", "name": "B", "description": "d", "weight": 3.0,
             "questions": [question("b1", 1.0)]},
        ]
    });
    Questionnaire::from_json(&json.to_string()).expect("valid test questionnaire")
}

fn sheet(team: &str, who: &str, answers: &[(&str, Answer)]) -> ResponseSheet {
    let mut s = ResponseSheet::new(team, who);
    for (id, a) in answers {
        s.set_answer(id, *a);
    }
    s
}

#[test]
fn median_of_odd_and_even_counts() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[4]), Some(4.0));
    assert_eq!(median(&[5, 1, 3]), Some(3.0));
    assert_eq!(median(&[1, 4, 2, 5]), Some(3.0));
    assert_eq!(median(&[2, 3]), Some(2.5));
}

#[test]
fn spread_is_max_minus_min() {
    assert_eq!(spread(&[]), None);
    assert_eq!(spread(&[3]), Some(0));
    assert_eq!(spread(&[2, 5, 4]), Some(3));
}

#[test]
fn weighted_mean_skips_missing_values() {
    assert_eq!(
        weighted_mean([(Some(2.0), 1.0), (Some(4.0), 3.0)]),
        Some(3.5)
    );
    assert_eq!(weighted_mean([(None, 5.0), (Some(4.0), 1.0)]), Some(4.0));
    assert_eq!(weighted_mean([(None, 1.0)]), None);
}

#[test]
fn team_scores_follow_question_and_dimension_weights() {
    let q = questionnaire(5);
    let sheets = vec![
        sheet(
            "Paris",
            "A",
            &[
                ("a1", Answer::Level(1)),
                ("a2", Answer::Level(3)),
                ("b1", Answer::Level(5)),
            ],
        ),
        sheet(
            "Paris",
            "B",
            &[
                ("a1", Answer::Level(3)),
                ("a2", Answer::Level(3)),
                ("b1", Answer::Level(4)),
            ],
        ),
        // Another team's answers must not leak in.
        sheet("Nantes", "C", &[("a1", Answer::Level(5))]),
    ];
    let ts = score_team(&q, "Paris", &sheets);
    assert_eq!(ts.respondents, 2);
    let a1 = ts.question("a1").unwrap();
    assert_eq!(a1.levels, vec![1, 3]);
    assert_eq!(a1.median, Some(2.0));
    assert_eq!(a1.spread, Some(2));
    // Dimension a: (2.0 * 1 + 3.0 * 3) / 4 = 2.75
    assert_eq!(ts.dimension("a").unwrap().score, Some(2.75));
    // Dimension b: median of 5 and 4 = 4.5
    assert_eq!(ts.dimension("b").unwrap().score, Some(4.5));
    // Overall: (2.75 * 1 + 4.5 * 3) / 4 = 4.0625
    assert_eq!(ts.overall, Some(4.0625));
    assert_eq!(ts.coverage, 1.0);
}

#[test]
fn not_applicable_and_unknown_are_excluded_but_counted() {
    let q = questionnaire(5);
    let sheets = vec![
        sheet(
            "T",
            "A",
            &[("a1", Answer::NotApplicable), ("a2", Answer::Unknown)],
        ),
        sheet(
            "T",
            "B",
            &[("a1", Answer::Level(4)), ("a2", Answer::Unknown)],
        ),
    ];
    let ts = score_team(&q, "T", &sheets);
    let a1 = ts.question("a1").unwrap();
    assert_eq!(
        (a1.median, a1.not_applicable, a1.unknown),
        (Some(4.0), 1, 0)
    );
    let a2 = ts.question("a2").unwrap();
    assert_eq!((a2.median, a2.spread, a2.unknown), (None, None, 2));
    // a2 has no level, so dimension a is a1 alone.
    assert_eq!(ts.dimension("a").unwrap().score, Some(4.0));
    // b1 unanswered: 2 of 3 questions answered (unknown counts as answered).
    assert!((ts.coverage - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(ts.dimension("b").unwrap().score, None);
    // Overall falls back to the dimensions that have a score.
    assert_eq!(ts.overall, Some(4.0));
}

#[test]
fn a_team_with_no_answers_has_no_score() {
    let q = questionnaire(3);
    let ts = score_team(&q, "Nobody", &[]);
    assert_eq!((ts.overall, ts.coverage, ts.respondents), (None, 0.0, 0));
}

#[test]
fn percentages_compare_across_scales() {
    assert_eq!(percent(1.0, 5), 0.0);
    assert_eq!(percent(5.0, 5), 100.0);
    assert_eq!(percent(3.0, 5), 50.0);
    assert_eq!(percent(2.0, 3), 50.0);
    assert!((percent(3.0, 4) - 66.666_666).abs() < 1e-3);
    // The same relative position on a 3- and a 7-level scale gives the same percentage.
    assert_eq!(percent(2.0, 3), percent(4.0, 7));
}

#[test]
fn levels_off_the_scale_are_ignored_by_scoring() {
    let q = questionnaire(3);
    let sheets = vec![
        sheet("T", "A", &[("a1", Answer::Level(9))]),
        sheet("T", "B", &[("a1", Answer::Level(2))]),
    ];
    let ts = score_team(&q, "T", &sheets);
    assert_eq!(ts.question("a1").unwrap().levels, vec![2]);
    assert_eq!(sheets[0].stray_answers(&q).len(), 1);
}

#[test]
fn answers_parse_from_user_text() {
    assert_eq!(Answer::parse("3"), Some(Answer::Level(3)));
    assert_eq!(Answer::parse(" N/A "), Some(Answer::NotApplicable));
    assert_eq!(Answer::parse("unknown"), Some(Answer::Unknown));
    assert_eq!(Answer::parse("three"), None);
    assert!(Answer::Level(4).fits(4) && !Answer::Level(5).fits(4) && !Answer::Level(0).fits(4));
}

#[test]
fn answers_round_trip_through_json() {
    let mut s = ResponseSheet::new("Équipe Paris", "Zoé");
    s.set_answer("a1", Answer::Level(2));
    s.set_answer("a2", Answer::NotApplicable);
    s.set_answer("b1", Answer::Unknown);
    s.set_comment("b1", "Personne ne sait — à vérifier\nligne 2");
    let text = serde_json::to_string(&s).unwrap();
    assert!(
        text.contains("\"answer\":2") && text.contains("\"n/a\"") && text.contains("\"unknown\"")
    );
    let back: ResponseSheet = serde_json::from_str(&text).unwrap();
    assert_eq!(back, s);
}
