//! `report`, end to end: every format from the demo, from one team and from twelve teams. The
//! PDF's text is extracted and checked against the numbers of `compare --format json`.

use devops_maturity::app::demo::bank_demo;
use devops_maturity::domain::{
    Answer, Assessment, CompareOptions, ResponseSheet, default_questionnaire,
};
use devops_maturity::report::{Report, ReportOptions, markdown};
use devops_maturity::store::Store;
use serde_json::Value;
use std::fs;
use std::path::Path;

mod support {
    pub mod cli;
    pub mod pdf_checks;
}
use support::cli::{clean_failure, ok, run};

const PARIS: &str = "DSI historique — Paris";
const NANTES: &str = "Start-up — Nantes";

fn pdf_pages(path: &Path) -> Vec<String> {
    let bytes = fs::read(path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    support::pdf_checks::extract_pages(&bytes)
}

/// Whitespace collapsed, so line breaks chosen by the layout do not matter.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn report(data: &Path, name: &str, file: &str, extra: &[&str]) -> std::path::PathBuf {
    let out = data.join(file);
    let path = out.display().to_string();
    let mut args = vec!["report", name, "--output", &path];
    args.extend_from_slice(extra);
    ok(&run(data, &args));
    out
}

/// `count` teams written through the store API, two respondents each, answers spread so teams
/// differ; "Équipe 1 — site n°1" comments one question.
fn many_teams(data: &Path, name: &str, count: usize) {
    let store = Store::new(data);
    let q = default_questionnaire();
    let teams: Vec<String> = (1..=count)
        .map(|i| format!("Équipe {i} — site n°{i}"))
        .collect();
    let a = Assessment::new(name, "2026-01-01T00:00:00Z", teams.clone(), q.clone(), None);
    store.create(&a, "2026-01-01T00:00:00Z").unwrap();
    for (ti, team) in teams.iter().enumerate() {
        for r in 0..2 {
            let mut sheet = ResponseSheet::new(team, &format!("Répondant {r}"));
            for (qi, (_, question)) in q.questions().enumerate() {
                let level = 1 + ((ti + qi * (r + 1)) % 5) as u8;
                sheet.set_answer(&question.id, Answer::Level(level));
            }
            if ti == 0 && r == 0 {
                sheet.set_comment("deploy.cadence", "Déploiement le vendredi à 22 h, hélas.");
            }
            store
                .save_sheet(name, &sheet, "2026-01-01T00:00:00Z")
                .unwrap();
        }
    }
}

#[test]
fn demo_pdf_text_matches_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let pdf = report(d, "bank-demo", "report.pdf", &["--author", "Zoé Lefèvre"]);
    let c: Value = serde_json::from_str(&ok(&run(
        d,
        &[
            "compare",
            "bank-demo",
            "--format",
            "json",
            "--detail",
            "answers",
        ],
    )))
    .unwrap();
    let pages = pdf_pages(&pdf);
    let all = squash(&pages.join("\n"));
    for needle in [
        PARIS,
        NANTES,
        "Zoé Lefèvre",
        "Synthesis",
        "Maturity profile",
        "Synchronisation plan",
        "Method and limits",
        "Full ranked backlog",
        "Every answer and comment",
        "Nathalie Lefèvre",
        "On attend le CAB du jeudi",
    ] {
        assert!(all.contains(needle), "the PDF lacks {needle:?}");
    }
    let deploy = c["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["id"] == "deploy")
        .unwrap();
    let cell = |ti: usize| format!("{:.1}", deploy["teams"][ti]["score"].as_f64().unwrap());
    // The levels each team gave on the dimension's questions: the table's n.
    let answers = |ti: usize| -> usize {
        c["questions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|q| q["dimension_id"] == "deploy")
            .map(|q| q["teams"][ti]["levels"].as_array().unwrap().len())
            .sum()
    };
    // The score table's row: dimension, target, then per team score, n and coverage.
    let row = format!(
        "Deployment and release 4.0 {} {} 100% {} {} 100%",
        cell(0),
        answers(0),
        cell(1),
        answers(1)
    );
    assert!(all.contains(&row), "the PDF lacks the row {row:?}");
    for team in c["teams"].as_array().unwrap() {
        let overall = format!("{:.1} / 5", team["overall"].as_f64().unwrap());
        assert!(all.contains(&overall), "the PDF lacks {overall}");
        // The first short-term step is in the PDF, as the questionnaire words it.
        let first = team["short_term_plan"][0]["text"].as_str().unwrap();
        assert!(all.contains(&squash(first)), "the PDF lacks {first:?}");
    }
    // Page numbers and the running header on inner pages.
    let last = pages.len();
    assert!(squash(&pages[1]).contains(&format!("page 2 / {last}")));
    // The title comes from the questionnaire's.
    assert!(squash(&pages[1]).contains("DevOps maturity assessment — gap report — bank-demo"));
}

#[test]
fn every_format_from_the_demo_parses_and_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    // The report's JSON carries every detail: compare's with --detail answers,pairs,roadmaps.
    let compare: Value = serde_json::from_str(&ok(&run(
        d,
        &[
            "compare",
            "bank-demo",
            "--format",
            "json",
            "--detail",
            "answers,pairs,roadmaps",
        ],
    )))
    .unwrap();

    // JSON: the compare document plus `report` and `summary`.
    let json = report(
        d,
        "bank-demo",
        "report.json",
        &["--title", "Diagnostic DevOps"],
    );
    let mut r: Value = serde_json::from_str(&fs::read_to_string(json).unwrap()).unwrap();
    assert_eq!(r["report"]["title"], "Diagnostic DevOps");
    assert_eq!(r["summary"]["teams"][0]["team"], PARIS);
    let obj = r.as_object_mut().unwrap();
    for added in ["report", "summary", "synthesis", "highlights", "method"] {
        assert!(obj.remove(added).is_some(), "the report JSON lacks {added}");
    }
    assert_eq!(r, compare);

    // CSV: one row per team × question, numbers as in the comparison.
    let csv = fs::read_to_string(report(d, "bank-demo", "scores.csv", &[])).unwrap();
    // A byte order mark first, so Excel reads the accents as UTF-8.
    let csv = csv.strip_prefix('\u{feff}').expect("UTF-8 BOM");
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 2 * 69);
    assert!(lines[0].starts_with("team,dimension_id,dimension,question_id,question,median"));
    let cadence = lines
        .iter()
        .find(|l| l.starts_with(&format!("{PARIS},deploy,")) && l.contains(",deploy.cadence,"))
        .unwrap();
    let median = compare["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "deploy.cadence")
        .unwrap()["teams"][0]["median"]
        .as_f64()
        .unwrap();
    assert!(
        cadence.contains(&format!(",{},", median as u8)),
        "{cadence}"
    );
    assert!(cadence.contains(",short-term,"), "{cadence}");
    // Columns added since come after the old ones.
    assert!(
        lines[0].ends_with(",recommendation,comments,title,horizon"),
        "{}",
        lines[0]
    );
    // The comments column gathers the team's comments on the question.
    let commented = lines
        .iter()
        .find(|l| l.contains("On attend le CAB du jeudi pour chaque mise en production."))
        .expect("a row with the CAB comment");
    assert!(commented.starts_with(PARIS), "{commented}");

    // Markdown: title, summary, the comparison, the appendix with comments.
    let md = fs::read_to_string(report(d, "bank-demo", "report.md", &[])).unwrap();
    assert!(md.starts_with("# DevOps maturity assessment — gap report\n"));
    for needle in [
        "## Synthesis",
        "### Scores per dimension",
        "## Synchronisation plan",
        "### Every answer and comment",
        "“On attend le CAB du jeudi pour chaque mise en production.”",
    ] {
        assert!(md.contains(needle), "Markdown lacks {needle:?}");
    }
}

#[test]
fn existing_files_are_kept_unless_forced_and_formats_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let out = d.join("report.md");
    fs::write(&out, "mine").unwrap();
    let path = out.display().to_string();
    let err = clean_failure(&run(d, &["report", "bank-demo", "--output", &path]), 2);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "mine");
    ok(&run(
        d,
        &["report", "bank-demo", "--output", &path, "--force"],
    ));
    assert!(fs::read_to_string(&out).unwrap().starts_with("# DevOps"));

    let odd = d.join("report.docx").display().to_string();
    let err = clean_failure(&run(d, &["report", "bank-demo", "--output", &odd]), 2);
    assert!(err.contains(".pdf, .md, .json or .csv"), "{err}");
    assert!(!d.join("report.docx").exists());
    // --format names the format of an extension the tool does not know.
    ok(&run(
        d,
        &["report", "bank-demo", "--output", &odd, "--format", "csv"],
    ));
    assert!(
        fs::read_to_string(d.join("report.docx"))
            .unwrap()
            .starts_with("\u{feff}team,")
    );

    let err = clean_failure(
        &run(
            d,
            &[
                "report",
                "bank-demo",
                "--output",
                &path,
                "--force",
                "--team",
                "Lyon",
            ],
        ),
        2,
    );
    assert!(err.contains("\"Lyon\""), "{err}");
    // No temporary files left next to the output.
    let leftovers: Vec<_> = fs::read_dir(d)
        .unwrap()
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn an_assessment_without_answers_says_so_instead_of_drawing_empty_charts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(
        d,
        &["new", "empty", "--team", "Équipe A", "--team", "B"],
    ));
    let pdf = report(d, "empty", "empty.pdf", &[]);
    let pages = pdf_pages(&pdf);
    let all = squash(&pages.join("\n"));
    assert!(all.contains("No answers yet"), "{all}");
    assert!(!all.contains("Maturity profile"));
    assert!(
        pages.len() <= 3,
        "{} pages for an empty report",
        pages.len()
    );
    let md = fs::read_to_string(report(d, "empty", "empty.md", &[])).unwrap();
    assert!(md.contains("No answers yet"));
    assert!(!md.contains("## Appendix"));
}

#[test]
fn pages_grow_with_the_number_of_teams() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    many_teams(d, "twelve", 12);
    ok(&run(d, &["demo"]));
    let one = pdf_pages(&report(d, "bank-demo", "one.pdf", &["--team", NANTES])).len();
    let two = pdf_pages(&report(d, "bank-demo", "two.pdf", &[])).len();
    let twelve_pages = pdf_pages(&report(d, "twelve", "twelve.pdf", &[]));
    assert!(
        one < two && two < twelve_pages.len(),
        "{one} {two} {}",
        twelve_pages.len()
    );
    let all = squash(&twelve_pages.join("\n"));
    assert!(all.contains("Équipe 12 — site n°12"));
    assert!(all.contains("Déploiement le vendredi à 22 h, hélas."));
    // Twelve teams (more than eight): the portfolio layout. The synthesis leads with the teams
    // furthest from target; a chapter per team only when asked for.
    let synthesis = squash(&twelve_pages[1]);
    assert!(
        synthesis.contains("Teams furthest from target"),
        "{synthesis}"
    );
    assert!(all.contains("Portfolio roadmap: the steps most teams need"));
    assert!(all.contains("Teams with similar profiles"));
    assert!(all.contains("No team pages in this report"));
    let path = |f: &str| d.join(f).display().to_string();
    let asked = pdf_pages(&report(
        d,
        "twelve",
        "asked.pdf",
        &["--team-pages", "équipe 3 — site n°3", "--appendix", "none"],
    ));
    let asked_all = squash(&asked.join("\n"));
    assert!(
        asked_all.contains("Team pages (--team-pages) follow: Équipe 3 — site n°3."),
        "{asked_all}"
    );
    assert!(asked.len() < twelve_pages.len());
    // A team that is not in the assessment, or not among the teams included, is refused.
    let err = clean_failure(
        &run(
            d,
            &[
                "report",
                "twelve",
                "-o",
                &path("x.pdf"),
                "--team-pages",
                "Lyon",
            ],
        ),
        2,
    );
    assert!(
        err.contains("--team-pages") && err.contains("Lyon"),
        "{err}"
    );
    let err = clean_failure(
        &run(
            d,
            &[
                "report",
                "twelve",
                "-o",
                &path("x.pdf"),
                "--team",
                "Équipe 1 — site n°1",
                "--team-pages",
                "Équipe 2 — site n°2",
            ],
        ),
        2,
    );
    assert!(
        err.contains("not among the teams the report includes"),
        "{err}"
    );
    assert!(!d.join("x.pdf").exists());
    let one_team =
        fs::read_to_string(report(d, "bank-demo", "one.md", &["--team", NANTES])).unwrap();
    assert!(!one_team.contains("## Learn from each other"));
    assert!(!one_team.contains(PARIS));
}

/// Page 2 holds the whole synthesis: every dimension's heatmap row and the legend; page 3 is
/// the delivery rhythm (the teams answered the measurement questions) and page 4 begins the
/// maturity profile.
fn assert_synthesis_on_one_page(pages: &[String]) {
    let synthesis = squash(&pages[1]);
    assert!(synthesis.starts_with("Synthesis"), "{synthesis}");
    for dimension in default_questionnaire().dimensions.iter().map(|d| &d.name) {
        assert!(
            synthesis.contains(dimension.as_str()),
            "{dimension} not on the synthesis page"
        );
    }
    for legend in [
        "target met",
        "> 2 below",
        "not assessed",
        "the colour gives the gap",
    ] {
        assert!(
            synthesis.contains(legend),
            "{legend:?} not on the synthesis page"
        );
    }
    assert!(
        squash(&pages[2]).starts_with("Delivery rhythm"),
        "{}",
        pages[2]
    );
    assert!(
        squash(&pages[3]).starts_with("Maturity profile"),
        "the rhythm table holds on one page: {}",
        pages[3]
    );
}

#[test]
fn the_synthesis_fits_one_page_with_long_team_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let store = Store::new(d);
    let q = default_questionnaire();
    let teams: Vec<String> = [
        "Direction des systèmes d’information historique — Paris La Défense",
        "Centre de services partagés et d’exploitation — Lyon Part-Dieu",
        "Filiale numérique acquise en 2021 — Nantes, Île de Nantes",
    ]
    .map(String::from)
    .to_vec();
    let a = Assessment::new(
        "long",
        "2026-01-01T00:00:00Z",
        teams.clone(),
        q.clone(),
        None,
    );
    store.create(&a, "2026-01-01T00:00:00Z").unwrap();
    for (ti, team) in teams.iter().enumerate() {
        for r in 0..3 {
            let mut sheet = ResponseSheet::new(team, &format!("Répondant {r}"));
            for (qi, (_, question)) in q.questions().enumerate() {
                let level = 1 + ((ti * 2 + qi * (r + 2)) % 5) as u8;
                sheet.set_answer(&question.id, Answer::Level(level));
            }
            store
                .save_sheet("long", &sheet, "2026-01-01T00:00:00Z")
                .unwrap();
        }
    }
    let pages = pdf_pages(&report(d, "long", "long.pdf", &[]));
    assert_synthesis_on_one_page(&pages);
    // Every name in full in the messages.
    let synthesis = squash(&pages[1]);
    for team in &teams {
        assert!(
            synthesis.contains(&format!("{team} is at level")),
            "{synthesis}"
        );
    }
}

#[test]
fn demo_markdown_report_snapshot() {
    let (assessment, sheets) = bank_demo("bank-demo", "2026-03-12T09:30:00Z");
    let comparison = devops_maturity::domain::compare(
        &assessment,
        &sheets,
        &assessment.teams,
        &CompareOptions::default(),
    );
    let report = Report::build(
        comparison,
        &ReportOptions {
            title: None,
            author: Some("Claire Dubois".to_string()),
            created: "2026-03-12T09:30:00Z".to_string(),
            ..ReportOptions::default()
        },
    );
    insta::assert_snapshot!(markdown::render_report(&report));
}
