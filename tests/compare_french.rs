//! `compare` on a French assessment speaks French from the first line to the last: the text
//! view and the Markdown page have French headings, no English word of the tool's own, French
//! numbers (decimal comma, « 55 % ») and a true minus; `--lang en` brings the English back.

use std::path::Path;

mod support {
    pub mod cli;
}
use support::cli::{ok, run};

const NNBSP: char = '\u{202f}';

/// The English words of `compare`'s text and Markdown outputs (headings, column headers,
/// sentences, notes); none may be in a French one. Not "of" (the DORA report's title), nor
/// "pull request", "build" and the like: the French questionnaire's own words are content.
const ENGLISH: [&str; 59] = [
    "Comparison",
    "Levels",
    "medians",
    "respondents",
    "the",
    "and",
    "is",
    "ahead",
    "behind",
    "Teams",
    "Team",
    "Resp",
    "Answered",
    "Target",
    "Gap",
    "gap",
    "target",
    "Range",
    "Largest",
    "differences",
    "level",
    "levels",
    "more",
    "Two-speed",
    "apart",
    "Learn",
    "learn",
    "from",
    "each",
    "other",
    "can",
    "respondent",
    "Strengths",
    "Weaknesses",
    "vs",
    "own",
    "average",
    "others",
    "Below",
    "Short-term",
    "plan",
    "Roadmap",
    "priority",
    "low",
    "medium",
    "high",
    "To",
    "discuss",
    "Delivery",
    "rhythm",
    "value",
    "band",
    "nearest",
    "Cluster",
    "Clusters",
    "steps",
    "key",
    "splits",
    "Recommendation",
];

fn assert_french(text: &str) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    for english in ENGLISH {
        assert!(
            !words.contains(&english),
            "{english:?} in a French comparison:\n{text}"
        );
    }
    let chars: Vec<char> = text.chars().collect();
    for w in chars.windows(3) {
        assert!(
            !(w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit()),
            "a decimal point in a French comparison: {:?}\n{text}",
            w.iter().collect::<String>()
        );
    }
    // Signed differences with a true minus: no hyphen before a digit after a space or "(".
    for w in chars.windows(3) {
        assert!(
            !((w[0] == ' ' || w[0] == '(') && w[1] == '-' && w[2].is_ascii_digit()),
            "a hyphen for a minus in a French comparison\n{text}"
        );
    }
}

/// Two French teams, two respondents each, disagreeing on some questions, one with delivery
/// figures: every section of `compare` has something to say.
fn french_assessment(d: &Path) {
    ok(&run(
        d,
        &[
            "new",
            "banque",
            "--questionnaire",
            "fr",
            "--team",
            "Paris",
            "--team",
            "Nantes",
        ],
    ));
    let answers: [(&str, &str, [u8; 6]); 4] = [
        ("Paris", "Alice", [3, 4, 5, 4, 1, 2]),
        ("Paris", "Bob", [2, 1, 4, 3, 2, 4]),
        ("Nantes", "Chloé", [1, 2, 2, 1, 4, 3]),
        ("Nantes", "David", [2, 2, 1, 2, 5, 3]),
    ];
    let ids = [
        "culture.shared-goals",
        "culture.blameless",
        "ci.build",
        "deploy.pipeline",
        "deploy.rollback",
        "flow.wip",
    ];
    for (team, who, levels) in answers {
        let sets: Vec<String> = ids
            .iter()
            .zip(levels)
            .map(|(id, l)| format!("{id}={l}"))
            .collect();
        let mut args = vec!["answer", "banque", "--team", team, "--respondent", who];
        for s in &sets {
            args.extend(["--set", s.as_str()]);
        }
        ok(&run(d, &args));
    }
    ok(&run(
        d,
        &[
            "metrics",
            "set",
            "banque",
            "--team",
            "Paris",
            "--deploy-frequency",
            "2/week",
            "--lead-time",
            "3d",
            "--change-failure-rate",
            "12.5%",
            "--rework-rate",
            "8%",
        ],
    ));
    ok(&run(
        d,
        &[
            "metrics",
            "set",
            "banque",
            "--team",
            "Nantes",
            "--deploy-frequency",
            "1/month",
            "--lead-time",
            "6w",
        ],
    ));
}

#[test]
fn a_french_comparison_in_text_is_french_throughout() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    french_assessment(d);
    let text = ok(&run(d, &["compare", "banque"]));
    for heading in [
        "Comparaison de «\u{202f}banque\u{202f}» — Évaluation de la maturité DevOps",
        "Niveaux\u{202f}: 1 Initial",
        "Équipes",
        "Rythme de mise en production (indicateurs DORA",
        "Scores par dimension",
        "Plus grands écarts par question (A − B, 1 niveau ou plus)",
        "Questions à deux vitesses (médianes des équipes séparées de 2 niveaux ou plus)",
        "Apprendre des autres équipes (une équipe en avance de 1,5 niveau ou plus",
        "== Paris ==",
        "2 répondants\u{202f}: Alice, Bob",
        "Plan d’actions à court terme",
        "À discuter (les répondants divergent ou ne savent pas)",
        "Sous la cible\u{202f}: ",
        "priorité 3,75 (2,5 × 1,5)",
    ] {
        assert!(text.contains(heading), "{heading:?} missing:\n{text}");
    }
    // French numbers: a decimal comma, a no-break space before %, a true minus.
    assert!(text.contains(&format!("9{NNBSP}%")), "{text}");
    assert!(text.contains("3,2"), "{text}");
    assert!(text.contains("\u{2212}3,0"), "{text}");
    assert_french(&text);

    // `--lang en` gives the English view, with the true minus too.
    let english = ok(&run(d, &["compare", "banque", "--lang", "en"]));
    for heading in [
        "Comparison of \"banque\"",
        "Levels: 1 Initial",
        "Dimension scores",
        "Largest differences by question (A − B, 1 level or more)",
        "2 respondent(s): Alice, Bob",
        "Short-term plan",
        "priority 3.75 (2.5 × 1.5)",
        "The key that splits them most",
    ] {
        assert!(english.contains(heading), "{heading:?} missing:\n{english}");
    }
    assert!(english.contains("\u{2212}3.0"), "{english}");
    assert!(!english.contains(" -3.0"), "{english}");
}

#[test]
fn a_french_comparison_in_markdown_is_french_throughout() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    french_assessment(d);
    let page = ok(&run(d, &["compare", "banque", "--format", "markdown"]));
    for heading in [
        "# Comparaison de banque",
        "Niveaux\u{202f}: 1 Initial",
        "## Équipes",
        "| Équipe | Répondants | Répondu | Score | % | Cible | Écart |",
        "## Questions à deux vitesses",
        "## Apprendre des autres équipes",
        "Lorsqu’une équipe a 1,5 niveau d’avance ou plus",
        "### Nantes peut s’inspirer de l’équipe Paris",
        "### Plan d’actions à court terme",
        "### À discuter",
        "**Sous la cible\u{202f}:**",
        "## Rythme de mise en production",
        "| Équipe | Fréquence de déploiement |",
        "Taux de reprise\u{202f}: Paris 8\u{202f}%.",
        "Paris déploie 8,6 fois plus souvent que Nantes.",
        "L’indicateur qui sépare le plus les équipes\u{202f}: **Fréquence de déploiement** (écart de 2 étapes).",
    ] {
        assert!(page.contains(heading), "{heading:?} missing:\n{page}");
    }
    assert!(
        page.contains(&format!("| 9{NNBSP}% | 3,2 | 55{NNBSP}% |")),
        "{page}"
    );
    assert!(page.contains("| 3,75 |"), "{page}");
    assert!(page.contains("(\u{2212}3,0)"), "{page}");
    // The questionnaire's version (devops-fr 2.0.0) is an identifier, not a number.
    assert!(page.contains("(devops-fr 2.0.0)"), "{page}");
    assert_french(&page.replace("devops-fr 2.0.0", "devops-fr"));

    let english = ok(&run(
        d,
        &["compare", "banque", "--format", "markdown", "--lang", "en"],
    ));
    for heading in [
        "# Comparison of banque",
        "## Teams",
        "| Team | Respondents | Answered | Score | % | Target | Gap |",
        "| 9% | 3.2 | 55% |",
        "## Delivery rhythm",
        "The key that splits the teams most: **deployment frequency** (2 steps apart).",
        "Rework rate: Paris 8%.",
    ] {
        assert!(english.contains(heading), "{heading:?} missing:\n{english}");
    }
    assert!(english.contains("(\u{2212}3.0)"), "{english}");
}

/// The French comparison names questions by their French title, never by id, in the text and
/// in the Markdown: the largest differences line up title, A, B and the difference in French
/// numbers; plans and disagreements put a narrow no-break space before the colon.
#[test]
fn a_french_comparison_names_questions_by_their_french_title() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    french_assessment(d);
    let json: serde_json::Value =
        serde_json::from_str(&ok(&run(d, &["compare", "banque", "--format", "json"]))).unwrap();
    let ids: Vec<&str> = json["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"deploy.rollback"), "{ids:?}");
    let text = ok(&run(d, &["compare", "banque"]));
    let page = ok(&run(d, &["compare", "banque", "--format", "markdown"]));
    for (name, out) in [("text", &text), ("markdown", &page)] {
        for id in &ids {
            assert!(!out.contains(id), "{id} in the {name} output:\n{out}");
        }
    }
    let line = text
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("Retour arrière après un déploiement en échec ")
        })
        .unwrap_or_else(|| panic!("no line for the rollback question:\n{text}"));
    assert!(line.ends_with(" 1,5 4,5  \u{2212}3,0"), "{line:?}");
    for needle in [
        format!("[faible] Retour arrière après un déploiement en échec{NNBSP}: Initial → Géré,"),
        "  - Traitement des erreurs sans reproche (niveaux 1 à 4)".to_string(),
        format!("  - Déploiement en production (B 1,5 → A 3,5){NNBSP}: Un pipeline"),
    ] {
        assert!(text.contains(&needle), "{needle:?} missing:\n{text}");
    }
    for needle in [
        "| 1 | faible | Retour arrière après un déploiement en échec | Initial → Géré | 3,75 |",
        "| Build et tests automatiques à chaque changement | Paris (4,5) | Nantes (1,5) |",
    ] {
        assert!(page.contains(needle), "{needle:?} missing:\n{page}");
    }
}
