//! The short form end to end: `new --short`, every face reading only its questions,
//! `add-questions`, and answers that import between short and full assessments.

use serde_json::Value;
use std::fs;
use std::path::Path;

mod support {
    pub mod cli;
}
use support::cli::{clean_failure, ok, run};

fn assessment_file(d: &Path, name: &str) -> String {
    fs::read_to_string(d.join(format!("assessments/{name}/assessment.json"))).unwrap()
}

fn stored(d: &Path, name: &str) -> Value {
    serde_json::from_str(&assessment_file(d, name)).unwrap()
}

fn core_ids(assessment: &Value) -> Vec<String> {
    assessment["questionnaire"]["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["questions"].as_array().unwrap())
        .filter(|q| q["core"] == true)
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect()
}

fn compared_ids(d: &Path, name: &str) -> Vec<String> {
    let c: Value =
        serde_json::from_str(&ok(&run(d, &["compare", name, "--format", "json"]))).unwrap();
    c["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_short_form_asks_the_core_questions_of_the_same_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = ok(&run(d, &["new", "short", "--team", "Paris", "--short"]));
    assert!(
        out.contains("Short form: the 20 core questions in 13 dimensions"),
        "{out}"
    );
    assert!(
        out.contains("devops-maturity add-questions short --all"),
        "{out}"
    );
    ok(&run(d, &["new", "full", "--team", "Paris"]));
    let (short, full) = (stored(d, "short"), stored(d, "full"));
    // The same questionnaire, whole, so answers compare and import.
    assert_eq!(short["questionnaire"], full["questionnaire"]);
    let core = core_ids(&short);
    assert_eq!(core.len(), 20);
    let scope: Vec<String> = short["scope"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(scope, core);
    assert!(
        full.get("scope").is_none(),
        "a full assessment has no scope"
    );

    // compare (and so the report and the dashboard) sees the core questions only.
    assert_eq!(compared_ids(d, "short"), core);
    let c: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "short", "--format", "json"]))).unwrap();
    assert_eq!(c["short_form"], serde_json::json!({"asked": 20, "of": 69}));
    let c: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "full", "--format", "json"]))).unwrap();
    assert!(c["short_form"].is_null());
    let text = ok(&run(d, &["compare", "short", "--format", "text"]));
    assert!(
        text.contains("Short form: 20 of 69 questions asked"),
        "{text}"
    );
    assert_eq!(compared_ids(d, "full").len(), 69);

    // Answers outside the scope are refused, and nothing is saved.
    let err = clean_failure(
        &run(
            d,
            &[
                "answer",
                "short",
                "--team",
                "Paris",
                "--respondent",
                "Alice",
                "--set",
                "ci.build=3",
                "--set",
                "change.emergency=2",
            ],
        ),
        2,
    );
    assert!(
        err.contains("\"change.emergency\" is not in the short form of \"short\""),
        "{err}"
    );
    assert!(err.contains("add-questions short --question change.emergency"));
    assert!(
        !d.join("assessments/short/responses").exists() || {
            fs::read_dir(d.join("assessments/short/responses"))
                .unwrap()
                .next()
                .is_none()
        }
    );

    // Coverage is over the questions asked: 2 of 20 is 10 %.
    let out = ok(&run(
        d,
        &[
            "answer",
            "short",
            "--team",
            "Paris",
            "--respondent",
            "Alice",
            "--set",
            "ci.build=3",
            "--set",
            "deploy.cadence=2",
        ],
    ));
    assert!(out.contains("10% of the questionnaire answered"), "{out}");
    let show = ok(&run(d, &["show", "short"]));
    assert!(show.contains("Short form: 20 of 69 questions"), "{show}");
    assert!(
        show.contains("Paris — 1 respondent, coverage 10%"),
        "{show}"
    );
    let list = ok(&run(d, &["list"]));
    assert!(list.contains("short form: 20 of 69 questions"), "{list}");
}

#[test]
fn add_questions_extends_the_scope_and_refuses_bad_input_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["new", "s", "--team", "Paris", "--short"]));
    let before = assessment_file(d, "s");

    for (args, needle) in [
        (
            vec!["add-questions", "s", "--question", "nope"],
            "\"s\" has no question \"nope\"; nothing was changed",
        ),
        (
            vec![
                "add-questions",
                "s",
                "--question",
                "change.emergency",
                "--question",
                "nope",
            ],
            "has no question \"nope\"",
        ),
        (vec!["add-questions", "nobody", "--all"], "nobody"),
    ] {
        let err = clean_failure(&run(d, &args), 2);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(assessment_file(d, "s"), before, "{args:?} wrote the file");
    }
    // Neither --all nor --question, or both: clap's usage error, exit 2.
    for args in [
        vec!["add-questions", "s"],
        vec!["add-questions", "s", "--all", "--question", "ci.build"],
    ] {
        let o = run(d, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(assessment_file(d, "s"), before);
    }

    let out = ok(&run(
        d,
        &[
            "add-questions",
            "s",
            "--question",
            "change.emergency",
            "--question",
            "ci.build",
        ],
    ));
    assert!(
        out.contains("Added 1 question to \"s\"; it now asks 21 of 69 questions (short form)"),
        "{out}"
    );
    assert!(out.contains("Already asked: ci.build"), "{out}");
    let ids = compared_ids(d, "s");
    assert_eq!(ids.len(), 21);
    assert!(ids.contains(&"change.emergency".to_string()));
    // The scope stays in questionnaire order.
    let scope = stored(d, "s")["scope"].clone();
    let position = |id: &str| scope.as_array().unwrap().iter().position(|v| v == id);
    assert!(position("change.approval") < position("change.emergency"));

    let out = ok(&run(d, &["add-questions", "s", "--all"]));
    assert!(out.contains("Added 48 questions to \"s\"; it now asks all 69 questions"));
    // A full assessment again: written without a scope, like one created full.
    assert!(stored(d, "s").get("scope").is_none());
    assert_eq!(compared_ids(d, "s").len(), 69);
    let again = assessment_file(d, "s");
    let out = ok(&run(d, &["add-questions", "s", "--all"]));
    assert!(out.contains("Nothing to add: \"s\" already asks all 69 questions"));
    assert_eq!(
        assessment_file(d, "s"),
        again,
        "nothing to add writes nothing"
    );
}

#[test]
fn answers_import_between_short_and_full_assessments_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["new", "full", "--team", "Paris"]));
    ok(&run(d, &["new", "short", "--team", "Paris", "--short"]));
    ok(&run(
        d,
        &[
            "answer",
            "full",
            "--team",
            "Paris",
            "--respondent",
            "Alice",
            "--set",
            "ci.build=4",
            "--set",
            "change.emergency=2",
        ],
    ));
    let out = ok(&run(d, &["import", "short", "--from", "full"]));
    assert!(out.contains("Imported 1 respondent sheet "), "{out}");
    assert!(
        out.contains("1 answer to a question outside the short form of \"short\" is kept"),
        "{out}"
    );
    // Scored on ci.build only until the question is added.
    let c: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "short", "--format", "json"]))).unwrap();
    assert!(
        c["questions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["id"] != "change.emergency")
    );
    ok(&run(
        d,
        &["add-questions", "short", "--question", "change.emergency"],
    ));
    let c: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "short", "--format", "json"]))).unwrap();
    let emergency = c["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "change.emergency")
        .expect("in scope now");
    assert_eq!(emergency["teams"][0]["median"], 2.0);

    // And the other way: the short form's answers into a full assessment.
    ok(&run(d, &["new", "full2", "--team", "Paris"]));
    let out = ok(&run(d, &["import", "full2", "--from", "short"]));
    assert!(out.contains("Imported 1 respondent sheet "), "{out}");
    assert_eq!(
        serde_json::from_str::<Value>(&ok(&run(d, &["compare", "full2", "--format", "json"])))
            .unwrap()["teams"][0]["overall"],
        serde_json::from_str::<Value>(&ok(&run(d, &["compare", "full", "--format", "json"])))
            .unwrap()["teams"][0]["overall"]
    );
}

#[test]
fn a_questionnaire_without_core_questions_has_no_short_form() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mini = d.join("mini.json");
    let mut q: Value = serde_json::from_str(include_str!("fixtures/mini.json")).unwrap();
    for dim in q["dimensions"].as_array_mut().unwrap() {
        for question in dim["questions"].as_array_mut().unwrap() {
            question.as_object_mut().unwrap().remove("core");
        }
    }
    fs::write(&mini, q.to_string()).unwrap();
    let err = clean_failure(
        &run(
            d,
            &[
                "new",
                "m",
                "--team",
                "X",
                "--short",
                "--questionnaire",
                mini.to_str().unwrap(),
            ],
        ),
        2,
    );
    assert!(
        err.contains("--short: questionnaire \"mini\" flags no question as core"),
        "{err}"
    );
    assert!(!d.join("assessments/m").exists(), "nothing was created");
}

#[test]
fn help_shows_the_short_form_and_add_questions() {
    let dir = tempfile::tempdir().unwrap();
    let help = ok(&run(dir.path(), &["new", "--help"]));
    assert!(help.contains("--short"), "{help}");
    assert!(
        help.contains("new bank-2026 --team Paris --short"),
        "{help}"
    );
    let help = ok(&run(dir.path(), &["add-questions", "--help"]));
    assert!(help.contains("add-questions bank-2026 --all"), "{help}");
    assert!(help.contains("--question <ID>"), "{help}");
}
