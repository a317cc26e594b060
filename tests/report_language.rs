//! The report speaks the questionnaire's language: a workshop run with the French questionnaire
//! gives French headings, table headers and dates in the Markdown and the PDF, and
//! `report --lang en` brings English back.

use std::fs;
use std::path::{Path, PathBuf};

mod support {
    pub mod cli;
    pub mod pdf_checks;
}
use support::cli::{ok, run};

/// Two teams on the French questionnaire, apart on two questions, with a disagreement.
fn french_assessment(data: &Path) {
    ok(&run(
        data,
        &[
            "new",
            "fr-demo",
            "--team",
            "DSI Paris",
            "--team",
            "Agence Lyon",
            "--questionnaire",
            "fr",
        ],
    ));
    for (team, who, build, pipeline) in [
        ("DSI Paris", "A", "1", "1"),
        ("DSI Paris", "B", "4", "2"),
        ("Agence Lyon", "C", "4", "5"),
    ] {
        let b = format!("ci.build={build}");
        let p = format!("deploy.pipeline={pipeline}");
        ok(&run(
            data,
            &[
                "answer",
                "fr-demo",
                "--team",
                team,
                "--respondent",
                who,
                "--set",
                &b,
                "--set",
                &p,
            ],
        ));
    }
}

fn report(data: &Path, file: &str, extra: &[&str]) -> PathBuf {
    let out = data.join(file);
    let path = out.display().to_string();
    let mut args = vec!["report", "fr-demo", "--output", &path];
    args.extend_from_slice(extra);
    ok(&run(data, &args));
    out
}

const FRENCH_HEADINGS: [&str; 6] = [
    "## Synthèse",
    "## Équipes",
    "## Scores par axe",
    "### Plan d'actions à court terme",
    "## Apprendre des autres équipes",
    "## Annexe : toutes les questions",
];

const ENGLISH_HEADINGS: [&str; 7] = [
    "## Executive summary",
    "## Teams",
    "## Scores per dimension",
    "### Short-term plan",
    "### Roadmap",
    "## Learn from each other",
    "## Appendix: every question",
];

#[test]
fn a_french_assessment_gives_a_french_markdown_report() {
    let dir = tempfile::tempdir().unwrap();
    french_assessment(dir.path());
    let md = fs::read_to_string(report(dir.path(), "r.md", &[])).unwrap();
    for heading in FRENCH_HEADINGS {
        assert!(md.contains(heading), "missing {heading:?} in:\n{md}");
    }
    assert!(md.contains("Maturité DevOps — rapport d'écarts"), "{md}");
    assert!(md.contains("**Évaluation :** fr-demo"), "{md}");
    assert!(md.contains("| Équipe | Médiane | Dispersion | Écart | Réponses |"));
    for heading in ENGLISH_HEADINGS {
        assert!(!md.contains(heading), "English {heading:?} left in:\n{md}");
    }
    for english in [
        "levels apart",
        "Respondents",
        "Strengths",
        "(target ",
        "| Effort | Question | Step |",
        "| low |",
        "| medium |",
        "| high |",
    ] {
        assert!(!md.contains(english), "English {english:?} left in:\n{md}");
    }
}

#[test]
fn a_french_assessment_gives_a_french_pdf() {
    let dir = tempfile::tempdir().unwrap();
    french_assessment(dir.path());
    let bytes = fs::read(report(dir.path(), "r.pdf", &[])).unwrap();
    let text = support::pdf_checks::extract_text(&bytes);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for french in [
        "Synthèse",
        "Profil de maturité",
        "Écart à la cible",
        "Plan d'actions à court terme",
        "Apprendre des autres équipes",
        "Désaccords à discuter",
        "Annexe — toutes les questions",
        "page 2 / ",
    ] {
        assert!(text.contains(french), "missing {french:?} in:\n{text}");
    }
    // The running footer's date is today's, in French.
    let months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    assert!(
        months.iter().any(|m| text.contains(&format!(" {m} 20"))),
        "{text}"
    );
    for english in [
        "Executive summary",
        "Maturity profile",
        "Gap to target",
        "Short-term plan",
        "Learn from each other",
        "Appendix",
        "levels apart",
    ] {
        assert!(
            !text.contains(english),
            "English {english:?} left in:\n{text}"
        );
    }
}

#[test]
fn lang_en_gives_english_headings_on_a_french_assessment() {
    let dir = tempfile::tempdir().unwrap();
    french_assessment(dir.path());
    let md = fs::read_to_string(report(dir.path(), "r.md", &["--lang", "en"])).unwrap();
    for heading in ENGLISH_HEADINGS.iter().filter(|h| !h.contains("Roadmap")) {
        assert!(md.contains(heading), "missing {heading:?} in:\n{md}");
    }
    assert!(md.contains("DevOps maturity — gap report"));
    for heading in FRENCH_HEADINGS {
        assert!(!md.contains(heading), "French {heading:?} in:\n{md}");
    }
    // And the other way: `--lang fr` on the English demo.
    ok(&run(dir.path(), &["demo"]));
    let out = dir.path().join("demo.md");
    let path = out.display().to_string();
    ok(&run(
        dir.path(),
        &["report", "bank-demo", "--output", &path, "--lang", "fr"],
    ));
    let md = fs::read_to_string(out).unwrap();
    assert!(md.contains("## Synthèse"), "{md}");
    assert!(!md.contains("## Executive summary"), "{md}");
}

#[test]
fn an_unknown_lang_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    french_assessment(dir.path());
    let out = dir.path().join("r.md");
    let o = run(
        dir.path(),
        &[
            "report",
            "fr-demo",
            "--output",
            &out.display().to_string(),
            "--lang",
            "de",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
}
