//! The shipped content: capability catalog, coverage, parity of the English and French editions,
//! and the Markdown print used for reviews and handouts.

use devops_maturity::commands::render_questionnaire_markdown;
use devops_maturity::domain::capabilities::{catalog, coverage};
use devops_maturity::domain::questionnaire::ParseError;
use devops_maturity::domain::{Questionnaire, builtin_questionnaire};
use std::collections::HashSet;
use std::process::Command;

fn edition(name: &str) -> Questionnaire {
    Questionnaire::from_json(builtin_questionnaire(name).unwrap()).unwrap()
}

#[test]
fn the_catalog_holds_the_31_capabilities_once_each() {
    let cats = catalog();
    assert_eq!(cats.len(), 31);
    let ids: HashSet<_> = cats.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), 31);
    for c in cats {
        assert!(
            ["technical", "process", "cultural"].contains(&c.group.as_str()),
            "{}",
            c.id
        );
        assert!(!c.name.is_empty() && !c.description.is_empty());
    }
    for must in [
        "platform-engineering",
        "user-centric-focus",
        "streamlined-change-approval",
        "well-being",
    ] {
        assert!(ids.contains(must), "{must}");
    }
}

#[test]
fn every_capability_is_measured_by_both_editions() {
    for name in ["en", "fr"] {
        let uncovered: Vec<_> = coverage(&edition(name))
            .into_iter()
            .filter(|(_, qs)| qs.is_empty())
            .map(|(c, _)| c.id.clone())
            .collect();
        assert!(uncovered.is_empty(), "{name}: {uncovered:?}");
    }
}

#[test]
fn editions_have_the_same_ids_levels_and_tags() {
    let (en, fr) = (edition("en"), edition("fr"));
    assert_eq!(en.language, "en");
    assert_eq!(fr.language, "fr");
    assert_eq!(en.levels.len(), fr.levels.len());
    assert_eq!(en.dimensions.len(), fr.dimensions.len());
    for (de, df) in en.dimensions.iter().zip(&fr.dimensions) {
        assert_eq!((&de.id, de.weight), (&df.id, df.weight));
        assert_eq!(de.questions.len(), df.questions.len(), "{}", de.id);
        for (qe, qf) in de.questions.iter().zip(&df.questions) {
            assert_eq!(qe.id, qf.id);
            assert_eq!(qe.roles, qf.roles, "{}", qe.id);
            assert_eq!(qe.capabilities, qf.capabilities, "{}", qe.id);
            assert_eq!(qe.weight, qf.weight, "{}", qe.id);
            assert_eq!(qe.descriptors.len(), qf.descriptors.len(), "{}", qe.id);
            let efforts = |q: &devops_maturity::domain::Question| {
                q.recommendations
                    .iter()
                    .map(|r| r.effort)
                    .collect::<Vec<_>>()
            };
            assert_eq!(efforts(qe), efforts(qf), "{}", qe.id);
            // A French edition that is still English is not a French edition.
            assert_ne!(qe.text, qf.text, "{}", qe.id);
        }
    }
}

#[test]
fn unknown_or_repeated_capability_tags_are_refused() {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/mini.json")).unwrap();
    v["dimensions"][0]["questions"][0]["capabilities"] = serde_json::json!([
        "deployment-automation",
        "teleportation",
        "deployment-automation"
    ]);
    let Err(ParseError::Invalid(problems)) = Questionnaire::from_json(&v.to_string()) else {
        panic!("expected problems")
    };
    let text: Vec<String> = problems
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    assert!(
        text.iter()
            .any(|t| t.contains("capabilities[1]: unknown capability \"teleportation\"")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t
                .contains("capabilities[2]: capability \"deployment-automation\" listed twice")),
        "{text:?}"
    );
}

#[test]
fn coverage_command_is_strict_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_devops-maturity");
    let o = Command::new(bin)
        .args(["questionnaire", "coverage", "fr", "--strict"])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("31 of 31 capabilities measured"));

    // The mini questionnaire tags nothing: every capability is uncovered.
    let file = dir.path().join("mini.json");
    std::fs::write(&file, include_str!("fixtures/mini.json")).unwrap();
    let o = Command::new(bin)
        .args(["questionnaire", "coverage", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("0 of 31 capabilities measured"), "{out}");
    assert!(
        out.contains("delivery.deploy                 (none)"),
        "{out}"
    );
    let o = Command::new(bin)
        .args([
            "questionnaire",
            "coverage",
            file.to_str().unwrap(),
            "--strict",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("31 capabilities are not measured"));
}

#[test]
fn markdown_print_of_a_small_questionnaire() {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/mini.json")).unwrap();
    v["dimensions"][0]["questions"][0]["capabilities"] =
        serde_json::json!(["deployment-automation"]);
    v["dimensions"][0]["questions"][0]["descriptors"][0] = serde_json::json!("Manual | by hand");
    let q = Questionnaire::from_json(&v.to_string()).unwrap();
    insta::assert_snapshot!(render_questionnaire_markdown(&q));
}
