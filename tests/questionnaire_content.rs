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
    assert_eq!(
        (en.version.as_str(), fr.version.as_str()),
        ("2.0.0", "2.0.0")
    );
    assert_eq!(fr.levels[1], "Géré");
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
            assert_eq!(qe.owners, qf.owners, "{}", qe.id);
            assert_eq!(qe.core, qf.core, "{}", qe.id);
            assert_eq!(qe.formerly, qf.formerly, "{}", qe.id);
            // The same level → band table: a French team at level 2 must get the English
            // team's provisional band.
            assert_eq!(qe.measures, qf.measures, "{}", qe.id);
            assert_eq!(qe.levels_since, qf.levels_since, "{}", qe.id);
            let urls = |q: &devops_maturity::domain::Question| {
                q.references
                    .iter()
                    .map(|r| r.url.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(urls(qe), urls(qf), "{}", qe.id);
            assert!(qe.title.is_some() && qf.title.is_some(), "{}", qe.id);
            // A French edition that is still English is not a French edition.
            assert_ne!(qe.text, qf.text, "{}", qe.id);
            assert_ne!(qe.title, qf.title, "{}", qe.id);
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
        .args([
            "questionnaire",
            "coverage",
            "fr",
            "--strict",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("31 of 31 capabilities measured"));
    // Without --lang, the French edition's coverage is in French.
    let o = Command::new(bin)
        .args(["questionnaire", "coverage", "fr", "--strict"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("31 capacités mesurées sur 31"), "{out}");
    assert!(
        out.contains("Chaque capacité est mesurée par au moins une question."),
        "{out}"
    );
    assert!(!out.contains("capabilities"), "{out}");

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

#[test]
fn both_editions_pass_the_french_typography_check_and_follow_the_house_style() {
    use devops_maturity::domain::typography::{NBSP, NNBSP, french_warnings};
    let fr = edition("fr");
    let warnings: Vec<String> = french_warnings(&fr)
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
    // The check accepts either no-break space; the edition uses the stricter house style:
    // narrow before ; ? !, full before : and inside « ».
    let raw = builtin_questionnaire("fr").unwrap();
    for (bad, why) in [
        (format!("{NBSP};"), "NBSP before ;"),
        (format!("{NBSP}?"), "NBSP before ?"),
        (format!("{NBSP}!"), "NBSP before !"),
        (format!("{NNBSP}:"), "NNBSP before :"),
        (format!("«{NNBSP}"), "NNBSP after «"),
        (format!("{NNBSP}»"), "NNBSP before »"),
    ] {
        assert!(!raw.contains(&bad), "{why}");
    }
    // English has no French typography, and the check leaves it alone.
    assert!(french_warnings(&edition("en")).is_empty());
}

#[test]
fn every_question_has_a_title_and_references_to_its_dora_capabilities() {
    for name in ["en", "fr"] {
        let q = edition(name);
        for (_, question) in q.questions() {
            let title = question.title.as_deref().unwrap_or_default();
            assert!(!title.is_empty(), "{name} {}", question.id);
            assert_eq!(question.display_title(), title);
            for cap in &question.capabilities {
                let url = &devops_maturity::domain::capabilities::find(cap)
                    .unwrap()
                    .url;
                assert!(
                    question.references.iter().any(|r| &r.url == url),
                    "{name} {}: no reference to {url}",
                    question.id
                );
            }
            assert!(
                question
                    .references
                    .iter()
                    .all(|r| r.url.starts_with("https://")),
                "{name} {}",
                question.id
            );
        }
        // The catalog points at DORA's own pages.
        for c in catalog() {
            assert!(
                c.url.starts_with("https://dora.dev/capabilities/"),
                "{}",
                c.id
            );
        }
    }
}

#[test]
fn the_short_form_is_about_twenty_questions_covering_every_dimension() {
    let q = edition("en");
    let core: Vec<&str> = q
        .questions()
        .filter(|(_, q)| q.core)
        .map(|(_, q)| q.id.as_str())
        .collect();
    assert!((18..=22).contains(&core.len()), "{core:?}");
    for d in &q.dimensions {
        assert!(
            d.questions.iter().any(|q| q.core),
            "no core question in {}",
            d.id
        );
    }
    // The practices the issue names for a first diagnosis.
    for id in [
        "culture.blameless",
        "organisation.ownership",
        "flow.batch-size",
        "ci.build",
        "testing.automation",
        "deploy.pipeline",
        "deploy.rollback",
        "deploy.zero-downtime",
        "deploy.cadence",
        "change.approval",
        "infra.as-code",
        "monitoring.apm",
        "monitoring.alerting",
        "incidents.problem",
        "incidents.restore",
        "security.pipeline",
        "architecture.coupling",
    ] {
        assert!(core.contains(&id), "{id} is not core");
    }
}

#[test]
fn every_question_names_owners_among_the_roles_it_asks() {
    use devops_maturity::domain::Role;
    for name in ["en", "fr"] {
        let q = edition(name);
        for (_, question) in q.questions() {
            assert!(!question.owners.is_empty(), "{name} {}", question.id);
        }
        // The new roles are used where they own the practice.
        let owned_by = |role: Role| {
            q.questions()
                .filter(|(_, q)| q.owners.contains(&role))
                .map(|(_, q)| q.id.clone())
                .collect::<Vec<_>>()
        };
        assert!(owned_by(Role::ChangeManager).contains(&"change.approval".to_string()));
        assert!(owned_by(Role::Risk).contains(&"incidents.reporting".to_string()));
        assert!(owned_by(Role::Qa).contains(&"testing.automation".to_string()));
        // Roles the review found missing.
        let roles = |id: &str| q.question(id).unwrap().1.roles.clone();
        assert!(roles("change.traceability").contains(&Role::Dev));
        assert!(roles("flow.user-focus").contains(&Role::Ops));
        assert!(roles("organisation.tool-choice").contains(&Role::Security));
    }
}

#[test]
fn every_1x_question_id_is_kept_or_named_in_formerly() {
    let v1 = Questionnaire::from_json(include_str!("fixtures/devops-1.0.0.json")).unwrap();
    let v2 = edition("en");
    let v1_ids: HashSet<&str> = v1.questions().map(|(_, q)| q.id.as_str()).collect();
    let former: HashSet<&str> = v2
        .questions()
        .flat_map(|(_, q)| q.formerly.iter().map(String::as_str))
        .collect();
    for id in &v1_ids {
        assert!(
            v2.question(id).is_some() || former.contains(id),
            "1.x question {id} is neither kept nor mapped"
        );
    }
    for id in &former {
        assert!(
            v1_ids.contains(id),
            "formerly names {id}, which 1.x did not have"
        );
    }
    // The splits of the issue, each half pointing back at the compound question.
    for (old, new) in [
        (
            "measurement.throughput",
            ["measurement.deploy-frequency", "measurement.lead-time"],
        ),
        (
            "measurement.stability",
            ["measurement.change-fail-rate", "measurement.recovery-time"],
        ),
        (
            "culture.well-being",
            ["culture.workload", "culture.deployment-pain"],
        ),
    ] {
        for id in new {
            assert_eq!(v2.question(id).unwrap().1.formerly, [old], "{id}");
        }
    }
}

/// The glossary of questionnaires/README.md: in a bank, « livraison » is handing a package to
/// production, so a release is always a « mise en production »; and masked data is
/// « pseudonymisée ».
#[test]
fn the_french_edition_keeps_livraison_for_its_bank_meaning() {
    let fr = edition("fr");
    let mut texts: Vec<(String, &str)> = Vec::new();
    for d in &fr.dimensions {
        texts.push((d.id.clone(), &d.name));
        texts.push((d.id.clone(), &d.description));
        for q in &d.questions {
            texts.push((q.id.clone(), &q.text));
            texts.push((q.id.clone(), q.title.as_deref().unwrap()));
            texts.push((q.id.clone(), q.help.as_deref().unwrap_or("")));
            texts.extend(q.descriptors.iter().map(|s| (q.id.clone(), s.as_str())));
            texts.extend(
                q.recommendations
                    .iter()
                    .map(|r| (q.id.clone(), r.text.as_str())),
            );
        }
    }
    for (id, text) in texts {
        for (i, _) in text.match_indices("livr") {
            // « délivrés » is another word.
            if text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            {
                continue;
            }
            let word: String = text[i..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            assert!(
                ["livrables", "livrable", "livrent"].contains(&word.as_str()),
                "{id}: « {word} » in « {text} »"
            );
        }
        // Masked data that can be traced back stays personal data: pseudonymisée. The one
        // mention of « anonymisée » is the help saying it is not.
        for (i, _) in text.match_indices("anonymisé") {
            assert!(
                text[..i].ends_with("pas "),
                "{id}: pseudonymisé, not anonymisé: {text}"
            );
        }
    }
}

#[test]
fn both_editions_tag_the_questions_whose_levels_state_a_delivery_figure() {
    use devops_maturity::domain::metrics::Key;
    for name in ["en", "fr"] {
        let q = edition(name);
        let tagged: Vec<(String, Key, usize)> = q
            .questions()
            .filter_map(|(_, question)| {
                let m = question.measures.as_ref()?;
                Some((question.id.clone(), m.key, m.bands.iter().flatten().count()))
            })
            .collect();
        // The measurement.* questions ask whether the team *knows* its figure, not what it is:
        // their levels say nothing about the figure, so they carry no tag.
        assert_eq!(
            tagged,
            [
                ("flow.batch-size".to_string(), Key::LeadTime, 5),
                ("deploy.cadence".to_string(), Key::DeployFrequency, 5),
                ("incidents.restore".to_string(), Key::RecoveryTime, 5),
            ],
            "{name}"
        );
    }
}
