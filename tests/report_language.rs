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

const FRENCH_HEADINGS: [&str; 7] = [
    "## Synthèse",
    "### Scores par axe",
    "## Plan de synchronisation",
    "### Feuille de route",
    "## Méthode et limites",
    "## Annexe",
    "### Toutes les réponses et tous les commentaires",
];

const ENGLISH_HEADINGS: [&str; 7] = [
    "## Synthesis",
    "### Scores per dimension",
    "## Synchronisation plan",
    "### Roadmap",
    "## Method and limits",
    "## Appendix",
    "### Every answer and comment",
];

#[test]
fn a_french_assessment_gives_a_french_markdown_report() {
    let dir = tempfile::tempdir().unwrap();
    french_assessment(dir.path());
    let md = fs::read_to_string(report(dir.path(), "r.md", &[])).unwrap();
    for heading in FRENCH_HEADINGS {
        assert!(md.contains(heading), "missing {heading:?} in:\n{md}");
    }
    // The title is the questionnaire's; French spacing and apostrophe.
    assert!(
        md.starts_with("# Évaluation de la maturité DevOps — rapport d’écarts\n"),
        "{md}"
    );
    assert!(md.contains("**Évaluation\u{202f}:** fr-demo"), "{md}");
    assert!(md.contains("| Équipe | Médiane | Dispersion | Écart | Réponses et commentaires |"));
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
        "Plan de synchronisation",
        "Feuille de route",
        "Méthode et limites",
        "Annexe",
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
        "Synthesis",
        "Maturity profile",
        "Gap to target",
        "Roadmap",
        "Synchronisation plan",
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
    assert!(md.contains("— gap report"));
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

/// Three French teams written through the store: roles of every kind, a dimension one team
/// skipped, `n/a` and « ne sait pas » answers, comments.
fn three_french_teams(data: &Path) {
    use devops_maturity::domain::{
        Answer, Assessment, Questionnaire, ResponseSheet, Role, builtin_questionnaire,
    };
    let store = devops_maturity::store::Store::new(data);
    let q = Questionnaire::from_json(builtin_questionnaire("fr").unwrap()).unwrap();
    let teams: Vec<String> = [
        "DSI historique — Paris",
        "Agence Lyon",
        "Filiale numérique — Bordeaux",
    ]
    .map(String::from)
    .to_vec();
    let a = Assessment::new(
        "fr3",
        "2026-01-01T00:00:00Z",
        teams.clone(),
        q.clone(),
        Some(3.5),
    );
    store.create(&a, "2026-01-01T00:00:00Z").unwrap();
    let people: [&[(&str, Role)]; 3] = [
        &[
            ("Sophie Martin", Role::Management),
            ("Karim Benali", Role::Ops),
            ("Julien Moreau", Role::Dev),
            ("Thomas Girard", Role::Dev),
        ],
        &[
            ("Claire Dubois", Role::Dev),
            ("Marc Petit", Role::Ops),
            ("Inès Haddad", Role::Security),
        ],
        &[
            ("Léa Robin", Role::Dev),
            ("Hugo Lambert", Role::Dev),
            ("Maxime Guérin", Role::Ops),
            ("Camille Perrot", Role::Business),
        ],
    ];
    for (ti, team) in teams.iter().enumerate() {
        for (ri, (who, role)) in people[ti].iter().enumerate() {
            let mut sheet = ResponseSheet::new(team, who);
            sheet.role = Some(*role);
            for (di, (d, question)) in q.questions().enumerate() {
                if !question.applies_to(Some(*role)) || (ti == 1 && d.id == "measurement") {
                    continue;
                }
                let answer = match (ti * 7 + di * 3 + ri) % 23 {
                    0 => Answer::NotApplicable,
                    1 => Answer::Unknown,
                    k => Answer::Level(1 + ((ti + di + k) % 5) as u8),
                };
                sheet.set_answer(&question.id, answer);
            }
            if ri == 1 {
                sheet.set_comment(
                    "incidents.on-call",
                    "Pas d'astreinte : on s'appelle le week-end.",
                );
            }
            store
                .save_sheet("fr3", &sheet, "2026-01-01T00:00:00Z")
                .unwrap();
        }
    }
}

/// Words of the report's English that no French sentence uses (the French questionnaire says
/// "dev", "ops" and "management" itself, so those are not on the list).
const ENGLISH: [&str; 58] = [
    "the",
    "and",
    "with",
    "to",
    "is",
    "are",
    "at",
    "for",
    "by",
    "from",
    "per",
    "Team",
    "team",
    "target",
    "Target",
    "gap",
    "Gap",
    "median",
    "Median",
    "spread",
    "Spread",
    "unknown",
    "low",
    "medium",
    "high",
    "months",
    "Step",
    "Roadmap",
    "Strengths",
    "Weaknesses",
    "Respondent",
    "Respondents",
    "answers",
    "answered",
    "level",
    "levels",
    "Contents",
    "Synthesis",
    "Appendix",
    "Method",
    "limits",
    "Confidential",
    "Coverage",
    "Priority",
    "below",
    "assessed",
    "security",
    "business",
    "first",
    "Riskiest",
    "speeds",
    "Both",
    "Leads",
    "Joint",
    "Overall",
    "Range",
    "Further",
    "Dimension",
];

/// English words of `text`, question ids (the appendix's "security.dependencies") left out.
fn english_words(text: &str) -> Vec<String> {
    let q = devops_maturity::domain::Questionnaire::from_json(
        devops_maturity::domain::builtin_questionnaire("fr").unwrap(),
    )
    .unwrap();
    // An id in a narrow column breaks after a dot or a hyphen ("measurement.end-to-" / "end"):
    // join such lines back before taking the ids out.
    let mut text = text
        .lines()
        .map(str::trim)
        .fold(String::new(), |mut acc, line| {
            if !acc.is_empty() && !acc.ends_with(['-', '.']) {
                acc.push('\n');
            }
            acc.push_str(line);
            acc
        });
    for (_, question) in q.questions() {
        text = text.replace(&question.id, "");
    }
    // Links to the (English) DORA pages are addresses, not words of the report.
    let text: String = text
        .split_whitespace()
        .map(|w| match w.find("http") {
            Some(i) => &w[..i],
            None => w,
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut found: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| ENGLISH.contains(w))
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn a_french_three_team_report_is_french_throughout_and_keeps_its_page_budget() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    three_french_teams(d);
    let out = d.join("fr3.pdf");
    ok(&run(
        d,
        &["report", "fr3", "--output", &out.display().to_string()],
    ));
    let pages = support::pdf_checks::extract_pages(&fs::read(&out).unwrap());
    let text = pages.join("\n");
    for page in &pages {
        let found = english_words(page);
        assert!(
            found.is_empty(),
            "English {found:?} in the PDF page: {page}"
        );
    }
    for english in ["n/a", "Cov.", "not assessed", "0.5", "short-term"] {
        assert!(!text.contains(english), "{english:?} in the PDF");
    }
    // French numbers and spacing in what the report writes.
    assert!(
        text.contains("100\u{202f}%"),
        "no narrow no-break space before %"
    );
    let squashed = support::pdf_checks::squash(&text);
    for french in [
        "Qui a répondu",
        "Développement",
        "Exploitation",
        "ne sait pas",
        "sans objet",
        "0–3 mois",
        "Jalon commun",
        "Sommaire",
        "Confidentiel",
    ] {
        assert!(squashed.contains(french), "{french:?} missing from the PDF");
    }
    assert!(
        !regex_like_decimal_point(&text),
        "a decimal point in a French PDF"
    );
    // Cover through the method page in 14 pages at most; the synthesis on one page.
    let cover = support::pdf_checks::squash(&pages[0]);
    let page_of = |title: &str| -> usize {
        let at = cover.rfind(&format!("{title} ")).unwrap();
        cover[at + title.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(
        page_of("Rythme de mise en production") - page_of("Synthèse"),
        1
    );
    assert_eq!(
        page_of("Profil de maturité") - page_of("Rythme de mise en production"),
        1
    );
    assert!(page_of("Méthode et limites") <= 14, "{cover}");
    assert!(page_of("Annexe") - page_of("Méthode et limites") == 1);
}

/// Whether `text` has a digit, a point and a digit: "2.6" rather than "2,6".
fn regex_like_decimal_point(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit())
}

#[test]
fn french_table_headers_never_break_inside_a_word() {
    use devops_maturity::report::pdf::page::Item;
    use devops_maturity::report::pdf::style::WHITE;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    three_french_teams(d);
    let loaded = devops_maturity::app::Workspace::open(d)
        .load("fr3")
        .unwrap();
    let c = devops_maturity::domain::compare(
        &loaded.assessment,
        &loaded.sheets,
        &loaded.assessment.teams,
        &devops_maturity::domain::CompareOptions::default(),
    );
    let report = devops_maturity::report::Report::build(
        c,
        &devops_maturity::report::ReportOptions::default(),
    );
    let (_, pages) = devops_maturity::report::fitted_pdf(&report);
    // Header cells are white on the accent colour; every word in them must be whole.
    let l = &devops_maturity::report::labels::FR;
    let mut words: Vec<String> = [
        l.dimension,
        l.target,
        l.team,
        l.median,
        l.spread,
        l.gap,
        l.answers_and_comments,
        l.question,
        l.step,
        l.effort,
        l.action,
        l.priority,
        l.respondents,
        l.leads,
        l.adopts,
        l.milestone,
        l.impact,
        l.answers_short,
        l.coverage_short,
        l.range,
        l.strengths,
        l.weaknesses,
        l.other_roles,
        l.no_role,
    ]
    .iter()
    .chain(l.effort_columns.iter())
    .flat_map(|h| h.split_whitespace())
    .map(str::to_string)
    .collect();
    for role in devops_maturity::domain::Role::ALL {
        words.push(l.role_header(role));
    }
    words.extend(["#", "Δ", "A", "B", "C"].map(String::from));
    // The rhythm table's cells name a team's DORA cluster, white on the cluster's colour.
    for cluster in devops_maturity::domain::metrics::Cluster::ALL {
        words.extend(
            l.cluster_label(cluster)
                .split_whitespace()
                .map(String::from),
        );
    }
    let mut headers = 0;
    for page in pages.iter().filter(|p| !p.is_cover) {
        for item in &page.items {
            // White on a heatmap cell is a score or a provisional band (≈), not a header.
            if let Item::Text { text, color, .. } = item
                && *color == WHITE
                && !text.starts_with(|c: char| c.is_ascii_digit() || c == '≈')
            {
                headers += 1;
                for word in text.split_whitespace() {
                    assert!(
                        words.contains(&word.to_string()),
                        "header cut inside a word: {word:?} in {text:?}"
                    );
                }
            }
        }
    }
    assert!(headers > 50, "{headers} header texts");
}

#[test]
fn a_french_csv_uses_semicolons_decimal_commas_and_french_words() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    three_french_teams(d);
    let out = d.join("fr3.csv");
    let path = out.display().to_string();
    ok(&run(d, &["report", "fr3", "--output", &path]));
    let csv = fs::read_to_string(&out).unwrap();
    let csv = csv.strip_prefix('\u{feff}').unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(
        lines[0].starts_with("équipe;axe_id;axe;question_id;question;médiane;niveau;dispersion"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with(";commentaires;titre;horizon"),
        "{}",
        lines[0]
    );
    // A half-level median with a decimal comma, French efforts and plans; no English value.
    assert!(
        lines.iter().any(|l| l.contains(";2,5;")),
        "no decimal comma"
    );
    assert!(lines.iter().any(|l| l.contains(";court terme;")));
    assert!(
        lines
            .iter()
            .any(|l| l.contains(";faible;") || l.contains(";moyen;"))
    );
    assert!(lines.iter().any(|l| l.contains("0–3 mois")));
    for english in [
        ";low;",
        ";medium;",
        ";high;",
        ";short-term;",
        ";roadmap;",
        "months",
    ] {
        assert!(!csv.contains(english), "{english:?} in the French CSV");
    }
    // Every row has the header's number of fields (the comma in "2,5" is no separator).
    let fields = |line: &str| {
        csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(line.as_bytes())
            .records()
            .next()
            .unwrap()
            .unwrap()
            .len()
    };
    assert!(lines.iter().all(|l| fields(l) == 23));
    // --delimiter takes over: commas, with the decimal commas quoted.
    ok(&run(
        d,
        &[
            "report",
            "fr3",
            "--output",
            &path,
            "--force",
            "--delimiter",
            ",",
        ],
    ));
    let csv = fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("\u{feff}équipe,axe_id,"), "{csv}");
    assert!(csv.contains(",\"2,5\","), "decimal comma quoted");
}

#[test]
fn a_french_markdown_report_has_no_english_either() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    three_french_teams(d);
    let out = d.join("fr3.md");
    ok(&run(
        d,
        &["report", "fr3", "--output", &out.display().to_string()],
    ));
    let md = fs::read_to_string(&out).unwrap();
    assert_eq!(
        english_words(&md),
        Vec::<String>::new(),
        "English in the Markdown"
    );
    assert!(md.contains("ne sait pas") && md.contains("100\u{202f}%"));
}
