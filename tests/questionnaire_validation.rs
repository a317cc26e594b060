//! Every class of questionnaire error gets a message naming the offending id or path, and the
//! shipped questionnaires are valid.

use devops_maturity::domain::questionnaire::ParseError;
use devops_maturity::domain::{Questionnaire, builtin_questionnaire};
use serde_json::{Value, json};

fn mini() -> Value {
    serde_json::from_str(include_str!("fixtures/mini.json")).unwrap()
}

fn problems(v: &Value) -> String {
    match Questionnaire::from_json(&v.to_string()) {
        Ok(_) => panic!("expected a validation error"),
        Err(ParseError::Invalid(p)) => p
            .iter()
            .map(std::string::ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        Err(other) => other.to_string(),
    }
}

#[test]
fn the_documented_example_is_valid() {
    let q = Questionnaire::from_json(&mini().to_string()).unwrap();
    assert_eq!(
        q.summary(),
        "Mini DevOps check (mini 1.0.0, en): 1 dimensions, 1 questions, 3 levels"
    );
}

#[test]
fn the_shipped_questionnaires_are_valid_and_big_enough() {
    for edition in ["en", "fr"] {
        let q = Questionnaire::from_json(builtin_questionnaire(edition).unwrap()).unwrap();
        assert!(
            q.dimensions.len() >= 10,
            "{edition}: {} dimensions",
            q.dimensions.len()
        );
        assert!(
            q.question_count() >= 45,
            "{edition}: {} questions",
            q.question_count()
        );
        assert_eq!(q.levels.len(), 5);
        for (_, question) in q.questions() {
            assert_eq!(question.descriptors.len(), 5, "{}", question.id);
            assert_eq!(question.recommendations.len(), 4, "{}", question.id);
        }
    }
}

#[test]
fn broken_json_reports_line_and_column() {
    let err = Questionnaire::from_json("{\n  \"id\": \"x\",\n  \"version\": }").unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("line 3:14"), "{text}");
}

#[test]
fn unknown_fields_are_rejected_with_their_path() {
    let mut v = mini();
    v["dimensions"][0]["questions"][0]["decriptors"] = json!([]);
    let text = problems(&v);
    assert!(
        text.contains("dimensions[0].questions[0].decriptors"),
        "{text}"
    );
    assert!(text.contains("unknown field `decriptors`"), "{text}");
}

#[test]
fn duplicate_ids_are_named() {
    let mut v = mini();
    let q = v["dimensions"][0]["questions"][0].clone();
    v["dimensions"][0]["questions"]
        .as_array_mut()
        .unwrap()
        .push(q);
    let d = v["dimensions"][0].clone();
    v["dimensions"].as_array_mut().unwrap().push(d);
    let text = problems(&v);
    assert!(
        text.contains("duplicate question id \"delivery.deploy\""),
        "{text}"
    );
    assert!(
        text.contains("duplicate dimension id \"delivery\""),
        "{text}"
    );
}

#[test]
fn wrong_descriptor_count_is_named() {
    let mut v = mini();
    v["dimensions"][0]["questions"][0]["descriptors"]
        .as_array_mut()
        .unwrap()
        .pop();
    let text = problems(&v);
    assert!(text.contains("question \"delivery.deploy\""), "{text}");
    assert!(
        text.contains("has 2 descriptors; needs exactly one per level (3)"),
        "{text}"
    );
}

#[test]
fn missing_recommendation_is_named() {
    let mut v = mini();
    v["dimensions"][0]["questions"][0]["recommendations"]
        .as_array_mut()
        .unwrap()
        .pop();
    let text = problems(&v);
    assert!(text.contains("delivery.deploy"), "{text}");
    assert!(text.contains("missing recommendation"), "{text}");
}

#[test]
fn empty_text_is_named() {
    let mut v = mini();
    v["dimensions"][0]["questions"][0]["text"] = json!("  ");
    v["dimensions"][0]["questions"][0]["descriptors"][1] = json!("");
    let text = problems(&v);
    assert!(
        text.contains(
            "question \"delivery.deploy\" (dimensions[0].questions[0]).text: must not be empty"
        ),
        "{text}"
    );
    assert!(
        text.contains(".descriptors[1]: must not be empty"),
        "{text}"
    );
}

#[test]
fn level_count_outside_three_to_seven_is_refused() {
    for n in [2usize, 8] {
        let mut v = mini();
        v["levels"] = json!((1..=n).map(|i| format!("L{i}")).collect::<Vec<_>>());
        let text = problems(&v);
        assert!(
            text.contains(&format!(
                "levels: has {n} levels; a questionnaire needs 3 to 7"
            )),
            "{text}"
        );
    }
}

#[test]
fn bad_effort_role_and_weight_are_refused() {
    let mut v = mini();
    v["dimensions"][0]["questions"][0]["recommendations"][0]["effort"] = json!("tiny");
    assert!(problems(&v).contains("unknown variant `tiny`"));
    let mut v = mini();
    v["dimensions"][0]["questions"][0]["roles"] = json!(["devs"]);
    assert!(problems(&v).contains("roles[0]"));
    let mut v = mini();
    v["dimensions"][0]["weight"] = json!(-1);
    assert!(problems(&v).contains("weight: -1 is not a positive number"));
}

#[test]
fn a_four_level_french_questionnaire_validates() {
    let v = json!({
        "id": "maturite-fr", "version": "0.1", "title": "Diagnostic de maturité", "language": "fr-FR",
        "levels": ["Débutant", "En progrès", "Maîtrisé", "Exemplaire"],
        "dimensions": [{
            "id": "livraison", "name": "Livraison", "description": "Comment une version arrive en production.",
            "questions": [{
                "id": "livraison.mep", "text": "Comment se passe une mise en production ?",
                "descriptors": ["À la main, la nuit.", "Par script.", "Par pipeline.", "En continu, sans coupure."],
                "recommendations": [
                    {"effort": "low", "text": "Écrire le script."},
                    {"effort": "medium", "text": "Brancher le script sur la CI."},
                    {"effort": "high", "text": "Déployer sans fenêtre de maintenance."}
                ]
            }]
        }]
    });
    let q = Questionnaire::from_json(&v.to_string()).unwrap();
    assert_eq!(q.level_count(), 4);
    assert_eq!(q.level_label(3), "Maîtrisé");
}

#[test]
fn hostile_input_never_panics() {
    for text in [
        "",
        "null",
        "[]",
        "\u{0}",
        "{\"id\": 1}",
        "{}",
        &"[".repeat(10_000),
        "{\"levels\": [\"a\"]}",
    ] {
        assert!(Questionnaire::from_json(text).is_err());
    }
}
