//! Every class of questionnaire error gets a message naming the offending id or path, and the
//! shipped questionnaires are valid.

use devops_maturity::domain::questionnaire::ParseError;
use devops_maturity::domain::{Questionnaire, Role, builtin_questionnaire};
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

// ---- Fields added in version 2 of the format ----

fn question(v: &mut Value) -> &mut Value {
    &mut v["dimensions"][0]["questions"][0]
}

/// The mini questionnaire with a second question, to test rules across questions.
fn mini_with_two_questions() -> Value {
    let mut v = mini();
    let mut second = question(&mut v).clone();
    second["id"] = json!("delivery.rollback");
    second["text"] = json!("How is a failed deployment undone?");
    v["dimensions"][0]["questions"]
        .as_array_mut()
        .unwrap()
        .push(second);
    v
}

#[test]
fn the_new_optional_fields_are_read() {
    let mut v = mini();
    let q = question(&mut v);
    q["title"] = json!("Deploying to production");
    q["owners"] = json!(["ops"]);
    q["core"] = json!(true);
    q["formerly"] = json!(["deploy.pipeline"]);
    q["references"] = json!([
        {"title": "DORA: Deployment automation", "url": "https://dora.dev/capabilities/deployment-automation/"}
    ]);
    q["roles"] = json!(["dev", "ops", "qa", "change-manager", "risk"]);
    let parsed = Questionnaire::from_json(&v.to_string()).unwrap();
    let (_, q) = parsed.question("delivery.deploy").unwrap();
    assert_eq!(q.title.as_deref(), Some("Deploying to production"));
    assert_eq!(q.display_title(), "Deploying to production");
    assert_eq!(q.owners, [Role::Ops]);
    assert!(q.core);
    assert_eq!(q.formerly, ["deploy.pipeline"]);
    assert_eq!(
        q.references[0].url,
        "https://dora.dev/capabilities/deployment-automation/"
    );
    assert_eq!(
        q.roles,
        [
            Role::Dev,
            Role::Ops,
            Role::Qa,
            Role::ChangeManager,
            Role::Risk
        ]
    );
    // Absent, they take their defaults.
    let plain = Questionnaire::from_json(&mini().to_string()).unwrap();
    let (_, q) = plain.question("delivery.deploy").unwrap();
    assert!(q.title.is_none() && q.owners.is_empty() && !q.core);
    assert!(q.formerly.is_empty() && q.references.is_empty());
}

#[test]
fn the_new_roles_have_their_exact_names() {
    for (role, name) in [
        (Role::Qa, "qa"),
        (Role::ChangeManager, "change-manager"),
        (Role::Risk, "risk"),
    ] {
        assert_eq!(role.as_str(), name);
        assert_eq!(Role::parse(name), Some(role));
        assert_eq!(serde_json::to_value(role).unwrap(), json!(name));
        assert!(Role::ALL.contains(&role));
    }
    let mut v = mini();
    question(&mut v)["roles"] = json!(["change_manager"]);
    assert!(problems(&v).contains("unknown variant `change_manager`"));
}

#[test]
fn titles_are_short_single_line_and_unique() {
    let mut v = mini();
    question(&mut v)["title"] = json!("x".repeat(49));
    assert!(
        problems(&v).contains(".title: has 49 characters; a title has at most 48"),
        "{}",
        problems(&v)
    );
    // 48 characters, accents counted once each, are fine.
    let mut v = mini();
    question(&mut v)["title"] = json!("é".repeat(48));
    assert!(Questionnaire::from_json(&v.to_string()).is_ok());
    let mut v = mini();
    question(&mut v)["title"] = json!("  ");
    assert!(problems(&v).contains(".title: is empty"));
    let mut v = mini_with_two_questions();
    v["dimensions"][0]["questions"][0]["title"] = json!("Deployment");
    v["dimensions"][0]["questions"][1]["title"] = json!("deployment ");
    let text = problems(&v);
    assert!(
        text.contains(
            "question \"delivery.rollback\" (dimensions[0].questions[1]).title: \"deployment\" is also the title of question \"delivery.deploy\""
        ),
        "{text}"
    );
}

#[test]
fn a_question_without_title_shows_its_text_cut_at_a_word() {
    let mut v = mini();
    question(&mut v)["text"] =
        json!("When the main line build breaks, how quickly is it fixed, and by whom?");
    let parsed = Questionnaire::from_json(&v.to_string()).unwrap();
    let (_, q) = parsed.question("delivery.deploy").unwrap();
    let shown = q.display_title();
    assert_eq!(shown, "When the main line build breaks, how quickly is…");
    assert!(shown.chars().count() <= 48);
    // A text that fits is shown whole; a cut never ends on a comma.
    assert_eq!(
        devops_maturity::domain::questionnaire::cut_at_word("How is a release deployed?", 48),
        "How is a release deployed?"
    );
    assert_eq!(
        devops_maturity::domain::questionnaire::cut_at_word("Who builds, deploys and runs it?", 14),
        "Who builds…"
    );
    // French: never cut between a word and its « ? ».
    assert_eq!(
        devops_maturity::domain::questionnaire::cut_at_word(
            "Qui est prévenu\u{202f}? Et quand\u{202f}?",
            19
        ),
        "Qui est prévenu\u{202f}?…"
    );
}

#[test]
fn references_need_a_title_and_a_web_address() {
    let mut v = mini();
    question(&mut v)["references"] = json!([
        {"title": "", "url": "https://dora.dev/"},
        {"title": "Intranet", "url": "intranet/page"},
        {"title": "DORA", "url": "https://dora.dev/"},
        {"title": "Spaces", "url": "https://dora.dev/a b"}
    ]);
    let text = problems(&v);
    assert!(
        text.contains(".references[0].title: must not be empty"),
        "{text}"
    );
    assert!(
        text.contains(
            ".references[1].url: \"intranet/page\" is not a web address starting with https:// or http://"
        ),
        "{text}"
    );
    assert!(
        text.contains(".references[2].url: \"https://dora.dev/\" listed twice"),
        "{text}"
    );
    assert!(text.contains(".references[3].url"), "{text}");
    let mut v = mini();
    question(&mut v)["references"] = json!([{"title": "DORA", "link": "https://dora.dev/"}]);
    assert!(problems(&v).contains("unknown field `link`"));
}

#[test]
fn owners_must_be_roles_asked_the_question() {
    let mut v = mini();
    question(&mut v)["owners"] = json!(["ops", "security", "ops"]);
    let text = problems(&v);
    assert!(
        text.contains(
            ".owners[1]: \"security\" owns the practice but is not among the roles asked this question"
        ),
        "{text}"
    );
    assert!(
        text.contains(".owners[2]: role \"ops\" listed twice"),
        "{text}"
    );
    // A question open to every role may name any owner.
    let mut v = mini();
    question(&mut v)["roles"] = json!([]);
    question(&mut v)["owners"] = json!(["risk"]);
    assert!(Questionnaire::from_json(&v.to_string()).is_ok());
    let mut v = mini();
    question(&mut v)["owners"] = json!(["auditor"]);
    assert!(problems(&v).contains("owners[0]"));
}

#[test]
fn core_is_a_boolean() {
    let mut v = mini();
    question(&mut v)["core"] = json!("yes");
    assert!(problems(&v).contains("core"), "{}", problems(&v));
}

#[test]
fn formerly_ids_are_unambiguous() {
    // A split: two questions claim the same former id. Allowed.
    let mut v = mini_with_two_questions();
    v["dimensions"][0]["questions"][0]["formerly"] = json!(["delivery.release"]);
    v["dimensions"][0]["questions"][1]["formerly"] = json!(["delivery.release"]);
    assert!(Questionnaire::from_json(&v.to_string()).is_ok());
    // A former id that is still a current id would send an old answer two ways.
    let mut v = mini_with_two_questions();
    v["dimensions"][0]["questions"][1]["formerly"] = json!(["delivery.deploy"]);
    let text = problems(&v);
    assert!(
        text.contains(
            "question \"delivery.rollback\" (dimensions[0].questions[1]).formerly[0]: \"delivery.deploy\" is the id of a current question; an answer given to it would map to two questions"
        ),
        "{text}"
    );
    let mut v = mini();
    question(&mut v)["formerly"] = json!(["delivery.deploy", "old id", "x.y", "x.y"]);
    let text = problems(&v);
    assert!(
        text.contains(".formerly[0]: is the question's own id"),
        "{text}"
    );
    assert!(
        text.contains(".formerly[1]: \"old id\" is not a question id"),
        "{text}"
    );
    assert!(
        text.contains(".formerly[3]: \"x.y\" listed twice"),
        "{text}"
    );
}

#[test]
fn a_version_1_copy_is_written_back_unchanged() {
    // What version 1 of the tool stored in every assessment: the questionnaire as serialized
    // by its own structs. Reading it and writing it again must give the same bytes, and none of
    // the version 2 fields may appear.
    let v1 = Questionnaire::from_json(include_str!("fixtures/devops-1.0.0.json")).unwrap();
    assert_eq!(v1.version, "1.0.0");
    let stored = serde_json::to_string_pretty(&v1).unwrap();
    let again = serde_json::to_string_pretty(&Questionnaire::from_json(&stored).unwrap()).unwrap();
    assert_eq!(stored, again);
    let value: Value = serde_json::from_str(&stored).unwrap();
    let v1_keys = [
        "id",
        "text",
        "help",
        "roles",
        "capabilities",
        "weight",
        "descriptors",
        "recommendations",
    ];
    for d in value["dimensions"].as_array().unwrap() {
        for q in d["questions"].as_array().unwrap() {
            for key in q.as_object().unwrap().keys() {
                assert!(v1_keys.contains(&key.as_str()), "{key} in {}", q["id"]);
            }
        }
    }
}

fn validate(file: &std::path::Path, lang: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(["questionnaire", "validate", file.to_str().unwrap()])
        .args(lang)
        .output()
        .unwrap()
}

#[test]
fn validate_warns_about_french_typography_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = json!({
        "id": "mep-fr", "version": "0.1", "title": "Diagnostic de mise en production", "language": "fr-FR",
        "levels": ["Débutant", "En progrès", "Exemplaire"],
        "dimensions": [{
            "id": "mep", "name": "Mise en production", "description": "Comment une version arrive en production.",
            "questions": [{
                "id": "mep.frequence", "text": "À quelle fréquence l'équipe met-elle en production ?",
                "descriptors": [
                    "Quatre fois par an : les dates sont fixées à l'avance.",
                    "Chaque mois ; un \"gel\" bloque décembre.",
                    "À la demande, voir https://dora.dev/capabilities/continuous-delivery/ (10:30, 3:1)."
                ],
                "recommendations": [
                    {"effort": "low", "text": "Mettre en production chaque mois\u{202f}; c’est fait quand trois mois ont suivi ce rythme."},
                    {"effort": "medium", "text": "Mettre en production à la demande\u{202f}; c’est fait quand un mois a compté dix mises en production."}
                ]
            }]
        }]
    });
    let file = dir.path().join("mep-fr.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let o = validate(&file, &["--lang", "en"]);
    assert!(
        o.status.success(),
        "warnings do not make a questionnaire invalid"
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("valid: Diagnostic de mise en production"),
        "{out}"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[..lines.len() - 1],
        [
            "warning: mep.frequence.text: straight apostrophe (in \"…le fréquence l'équipe …\"); use ’ (U+2019)",
            "warning: mep.frequence.text: ordinary space before \"?\" (in \"…en production ?\"); use a narrow no-break space (U+202F)",
            "warning: mep.frequence.descriptors[0]: ordinary space before \":\" (in \"…e fois par an : les da…\"); use a no-break space (U+00A0)",
            "warning: mep.frequence.descriptors[0]: straight apostrophe (in \"…ont fixées à l'avance.\"); use ’ (U+2019)",
            "warning: mep.frequence.descriptors[1]: ordinary space before \";\" (in \"Chaque mois ; un \"ge…\"); use a narrow no-break space (U+202F)",
            "warning: mep.frequence.descriptors[1]: straight double quote (2 times, first in \"…que mois ; un \"gel\" bl…\"); use « » with no-break spaces inside",
        ],
        "{err}"
    );
    assert!(
        lines
            .last()
            .unwrap()
            .ends_with("6 French typography warnings (see questionnaires/README.md)")
    );

    // Without --lang, the French file is checked in French.
    let o = validate(&file, &[]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        out.trim_end(),
        format!(
            "{f}\u{202f}: valide\u{202f}: Diagnostic de mise en production (mep-fr 0.1, fr-FR)\u{202f}: 1 dimension, 1 question, 3 niveaux",
            f = file.display()
        )
    );
    let err = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 7, "{err}");
    assert_eq!(
        lines[0],
        "attention\u{202f}: mep.frequence.text\u{202f}: apostrophe droite (dans «\u{202f}…le fréquence l'équipe …\u{202f}»)\u{202f}; mettez ’ (U+2019)"
    );
    assert_eq!(
        lines[1],
        "attention\u{202f}: mep.frequence.text\u{202f}: espace ordinaire avant «\u{202f}?\u{202f}» (dans «\u{202f}…en production ?\u{202f}»)\u{202f}; mettez une espace fine insécable (U+202F)"
    );
    assert!(
        lines[5].contains("guillemet droit (2 fois, d’abord dans «"),
        "{}",
        lines[5]
    );
    assert!(
        lines[6].ends_with(
            "\u{202f}: 6 avertissements de typographie française (voir questionnaires/README.md)"
        ),
        "{}",
        lines[6]
    );
    for english in ["warning", "straight", "use ", "valid:", "levels"] {
        assert!(
            !err.contains(english) && !out.contains(english),
            "{english}: {err}{out}"
        );
    }

    // The same content in English is not checked: English sets no space before « ? ».
    v["language"] = json!("en");
    std::fs::write(&file, v.to_string()).unwrap();
    let o = validate(&file, &[]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
}

#[test]
fn the_example_in_the_format_documentation_is_valid() {
    let readme = include_str!("../questionnaires/README.md");
    let start = readme.find("```json\n").expect("an example") + "```json\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let q = Questionnaire::from_json(&readme[start..end]).unwrap();
    let (_, deploy) = q.question("delivery.deploy").unwrap();
    assert!(deploy.core && deploy.title.is_some() && !deploy.references.is_empty());
}

#[test]
fn levels_since_is_a_version_not_after_the_questionnaire_s_own() {
    // mini is version 1.0.0.
    let mut v = mini();
    question(&mut v)["levels_since"] = json!("1.0.0");
    let q = Questionnaire::from_json(&v.to_string()).unwrap();
    assert_eq!(
        q.dimensions[0].questions[0].levels_since.as_deref(),
        Some("1.0.0")
    );
    question(&mut v)["levels_since"] = json!("1.10.0");
    assert!(
        problems(&v).contains(
            "levels_since: \"1.10.0\" is later than the questionnaire's own version \"1.0.0\""
        ),
        "{}",
        problems(&v)
    );
    question(&mut v)["levels_since"] = json!("two oh");
    assert!(problems(&v).contains("\"two oh\" is not a version"));
    // Versions compare number by number, not as text.
    let mut v = mini();
    v["version"] = json!("1.10.0");
    question(&mut v)["levels_since"] = json!("1.9.2");
    assert!(Questionnaire::from_json(&v.to_string()).is_ok());
}
