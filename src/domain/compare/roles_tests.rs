//! Owner-based recommendations and role splits, on a hand-built questionnaire. Every expected
//! number is worked out in the comments from the answers written in the test.

use super::*;
use crate::domain::answers::{Answer, ResponseSheet};
use crate::domain::questionnaire::{Questionnaire, Role};
use serde_json::json;

/// Five levels, one dimension "d" (weight 2), target 4. Each step's text names itself.
/// - `tests`: owned by dev (and qa);
/// - `done`: owned by dev;
/// - `runbook`: owned by ops;
/// - `plain`: no owners.
fn questionnaire() -> Questionnaire {
    let question = |id: &str, owners: &[&str]| {
        json!({
            "id": id,
            "text": format!("How is {id} done?"),
            "owners": owners,
            "descriptors": (1..=5).map(|l| format!("{id} at level {l}")).collect::<Vec<_>>(),
            "recommendations": (1..5).map(|l| json!({
                "effort": "low",
                "text": format!("{id}: step {l} to {}", l + 1),
            })).collect::<Vec<_>>(),
        })
    };
    let text = json!({
        "id": "roles", "version": "1", "title": "Roles", "language": "en",
        "levels": ["1", "2", "3", "4", "5"],
        "dimensions": [{"id": "d", "name": "D", "description": "d", "weight": 2.0, "questions": [
            question("tests", &["dev", "qa"]),
            question("done", &["dev"]),
            question("runbook", &["ops"]),
            question("plain", &[]),
        ]}]
    });
    Questionnaire::from_json(&text.to_string()).expect("test questionnaire is valid")
}

fn sheet(who: &str, role: Option<Role>, answers: &[(&str, u8)]) -> ResponseSheet {
    let mut s = ResponseSheet::new("T", who);
    s.role = role;
    for (id, level) in answers {
        s.set_answer(id, Answer::Level(*level));
    }
    s
}

/// Three business respondents, two developers, one respondent without a role.
///
/// | question | business  | dev   | no role | team median       | owners' median |
/// |----------|-----------|-------|---------|-------------------|----------------|
/// | tests    | 1, 1, 1   | 3, 3  | –       | [1,1,1,3,3] → 1   | dev [3,3] → 3  |
/// | done     | 1, 1, 1   | 4, 4  | –       | [1,1,1,4,4] → 1   | dev [4,4] → 4  |
/// | runbook  | 1, 1, 2   | 3, 3  | –       | [1,1,2,3,3] → 2   | no ops: team   |
/// | plain    | 1, 2, 2   | 2, 2  | 5       | [1,2,2,2,2,5] → 2 | no owners      |
fn sheets() -> Vec<ResponseSheet> {
    let business = Some(Role::Business);
    let dev = Some(Role::Dev);
    vec![
        sheet(
            "b1",
            business,
            &[("tests", 1), ("done", 1), ("runbook", 1), ("plain", 1)],
        ),
        sheet(
            "b2",
            business,
            &[("tests", 1), ("done", 1), ("runbook", 1), ("plain", 2)],
        ),
        sheet(
            "b3",
            business,
            &[("tests", 1), ("done", 1), ("runbook", 2), ("plain", 2)],
        ),
        sheet(
            "d1",
            dev,
            &[("tests", 3), ("done", 4), ("runbook", 3), ("plain", 2)],
        ),
        sheet(
            "d2",
            dev,
            &[("tests", 3), ("done", 4), ("runbook", 3), ("plain", 2)],
        ),
        sheet("x", None, &[("plain", 5)]),
    ]
}

fn run(sheets: &[ResponseSheet], options: &CompareOptions) -> Comparison {
    let a = Assessment::new(
        "roles",
        "2026-01-01T00:00:00Z",
        vec!["T".into()],
        questionnaire(),
        Some(4.0),
    );
    compare(&a, sheets, &["T".to_string()], options)
}

fn steps(c: &Comparison) -> Vec<&Recommendation> {
    let t = &c.teams[0];
    t.short_term_plan.iter().chain(&t.roadmap).collect()
}

fn step<'c>(c: &'c Comparison, id: &str) -> Option<&'c Recommendation> {
    steps(c).into_iter().find(|r| r.question_id == id)
}

#[test]
fn the_step_starts_from_the_owners_median_not_the_teams() {
    let c = run(&sheets(), &CompareOptions::default());
    // The team's score is still everyone's median: 1 on `tests`.
    let cell = &c.question("tests").unwrap().teams[0];
    assert_eq!(cell.median, Some(1.0));
    assert_eq!(cell.level, Some(1));

    let tests = step(&c, "tests").expect("tests is below target for its owners too");
    // Developers (the owners) are at 3: the step is 3 → 4, not "step 1 to 2".
    assert_eq!((tests.from_level, tests.to_level), (3, 4));
    assert_eq!(tests.text, "tests: step 3 to 4");
    assert_eq!(
        tests.median, 1.0,
        "the recommendation keeps the team's median"
    );
    let owners = tests.owners.as_ref().expect("the owners answered");
    // qa owns it too but nobody from qa answered: only dev is named.
    assert_eq!(owners.roles, [Role::Dev]);
    assert_eq!(owners.median, 3.0);
    assert_eq!(owners.respondents, 2);
    // gap = 4 − 3 (the owners' median), priority = 1 × 2.
    assert_eq!(tests.gap, 1.0);
    assert_eq!(tests.priority, 2.0);
    assert!(tests.owners_moved_it());
}

#[test]
fn owners_at_target_get_no_step_though_the_team_median_is_below() {
    let c = run(&sheets(), &CompareOptions::default());
    assert_eq!(c.question("done").unwrap().teams[0].median, Some(1.0));
    assert!(
        step(&c, "done").is_none(),
        "developers own `done` and are at the target 4: {:?}",
        step(&c, "done")
    );
}

#[test]
fn without_answering_owners_the_step_starts_from_the_team() {
    let c = run(&sheets(), &CompareOptions::default());
    // runbook is owned by ops, and nobody from ops answered: team median 2 → step 2 → 3.
    let runbook = step(&c, "runbook").unwrap();
    assert_eq!((runbook.from_level, runbook.to_level), (2, 3));
    assert!(runbook.owners.is_none());
    assert_eq!(runbook.gap, 2.0);
    // plain has no owners at all: team median 2.
    let plain = step(&c, "plain").unwrap();
    assert_eq!(plain.from_level, 2);
    assert!(plain.owners.is_none());
    assert!(!plain.owners_moved_it());
    // Ranked by priority: runbook and plain (gap 2 × 2 = 4) before tests (1 × 2 = 2).
    let order: Vec<&str> = steps(&c).iter().map(|r| r.question_id.as_str()).collect();
    assert_eq!(order, ["runbook", "plain", "tests"]);
}

#[test]
fn owners_whose_median_matches_the_team_are_named_but_move_nothing() {
    // Only the two developers answer `tests` (3 and 3): team and owners both at 3.
    let mut only_dev = sheets();
    only_dev.retain(|s| s.role == Some(Role::Dev));
    let c = run(&only_dev, &CompareOptions::default());
    let tests = step(&c, "tests").unwrap();
    assert_eq!(tests.from_level, 3);
    assert!(tests.owners.is_some());
    assert!(!tests.owners_moved_it());
}

#[test]
fn role_splits_name_the_roles_two_levels_or_more_apart() {
    let c = run(&sheets(), &CompareOptions::default());
    let splits = &c.teams[0].role_splits;
    // done: dev 4 − business 1 = 3; tests: dev 3 − business 1 = 2; runbook: dev 3 − business 1
    // = 2. plain: dev 2 − business 2 = 0 (the respondent without a role, at 5, is left out).
    let found: Vec<(&str, f64)> = splits
        .iter()
        .map(|s| (s.question_id.as_str(), s.distance))
        .collect();
    assert_eq!(found, [("done", 3.0), ("tests", 2.0), ("runbook", 2.0)]);
    let tests = &splits[1];
    let roles: Vec<(Role, f64, usize, bool)> = tests
        .roles
        .iter()
        .map(|r| (r.role, r.median, r.respondents, r.owner))
        .collect();
    assert_eq!(
        roles,
        [(Role::Dev, 3.0, 2, true), (Role::Business, 1.0, 3, false)]
    );
    // The JSON names roles, never people.
    let json = serde_json::to_string(&c.teams[0].role_splits).unwrap();
    for name in ["b1", "b2", "d1", "\"x\""] {
        assert!(!json.contains(name), "{name} in {json}");
    }
    assert!(json.contains("\"role\":\"business\""), "{json}");
}

#[test]
fn the_role_split_threshold_is_an_option() {
    let options = CompareOptions {
        role_split_levels: 2.5,
        ..CompareOptions::default()
    };
    let c = run(&sheets(), &options);
    let found: Vec<&str> = c.teams[0]
        .role_splits
        .iter()
        .map(|s| s.question_id.as_str())
        .collect();
    assert_eq!(found, ["done"]);
}

#[test]
fn one_role_alone_is_never_a_split() {
    // Developers only, far apart from each other (1 and 5): a disagreement, not a role split.
    let sheets = vec![
        sheet("d1", Some(Role::Dev), &[("tests", 1)]),
        sheet("d2", Some(Role::Dev), &[("tests", 5)]),
    ];
    let c = run(&sheets, &CompareOptions::default());
    assert!(c.teams[0].role_splits.is_empty());
    assert_eq!(c.teams[0].disagreements.len(), 1);
}
