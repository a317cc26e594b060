//! `report` refusing what would mislead: unreadable response files (unless
//! `--skip-unreadable`, and then the report says so), and the same refusal on the dashboard's
//! export path, which goes through `app::report::write`.

use devops_maturity::app::Workspace;
use devops_maturity::app::report::{Presentation, ReportRequest, write};
use devops_maturity::store::Store;
use std::fs;
use std::path::{Path, PathBuf};

mod support {
    pub mod cli;
    pub mod pdf_checks;
}
use support::cli::{clean_failure, ok, run};

/// The demo with two response files broken by hand; returns the first broken one (by name).
fn demo_with_broken_files(d: &Path) -> PathBuf {
    ok(&run(d, &["demo"]));
    let responses = Store::new(d).assessment_dir("bank-demo").join("responses");
    let mut files: Vec<PathBuf> = fs::read_dir(&responses)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() > 2,
        "demo has responses in {}",
        responses.display()
    );
    fs::write(&files[0], "{ not json").unwrap();
    fs::write(&files[1], "").unwrap();
    files[0].clone()
}

#[test]
fn unreadable_response_files_stop_the_report_unless_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let broken = demo_with_broken_files(d);
    let out = d.join("r.md");
    let path = out.display().to_string();

    let err = clean_failure(&run(d, &["report", "bank-demo", "--output", &path]), 1);
    assert!(
        err.starts_with("error: 2 response files cannot be read"),
        "{err}"
    );
    assert!(err.contains(&broken.display().to_string()), "{err}");
    assert!(err.contains("--skip-unreadable"), "{err}");
    assert!(!out.exists(), "nothing written on refusal");

    let o = run(
        d,
        &[
            "report",
            "bank-demo",
            "--output",
            &path,
            "--skip-unreadable",
        ],
    );
    ok(&o);
    let md = fs::read_to_string(&out).unwrap();
    assert!(md.contains("**Answers missing:** 2 response files"), "{md}");
    // Markdown escapes the "__" in file names; the respondent part names the file well enough.
    let name = broken.file_name().unwrap().to_string_lossy().into_owned();
    let respondent = name.rsplit("__").next().unwrap();
    assert!(
        md.contains(respondent),
        "skipped file named in the report: {md}"
    );

    let pdf = d.join("r.pdf");
    ok(&run(
        d,
        &[
            "report",
            "bank-demo",
            "--output",
            &pdf.display().to_string(),
            "--skip-unreadable",
        ],
    ));
    let text = support::pdf_checks::extract_text(&fs::read(&pdf).unwrap());
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Answers missing"), "{text}");
    assert!(
        text.contains("2 response files could not be read"),
        "{text}"
    );
}

#[test]
fn the_dashboard_export_path_refuses_unreadable_files_too() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let broken = demo_with_broken_files(d);
    let out = d.join("export.pdf");
    let store = Workspace::open(d);
    let request = ReportRequest {
        name: "bank-demo",
        teams: &[],
        output: &out,
        format: None,
        force: false,
        title: None,
        author: None,
        short_term: 5,
        skip_unreadable: false,
        lang: None,
        anonymous: false,
        presentation: Presentation::default(),
    };
    let err = write(&store, &request).err().expect("refused");
    assert_eq!(err.code, 1);
    assert!(
        err.message.contains(&broken.display().to_string()),
        "{}",
        err.message
    );
    assert!(!out.exists());
}

#[test]
fn headline_cards_show_coverage_and_flag_low_coverage() {
    use devops_maturity::app::demo::bank_demo;
    use devops_maturity::report::document::{Block, KeyFigure};
    use devops_maturity::report::{Report, ReportOptions, to_document};

    let (assessment, mut sheets) = bank_demo("bank-demo", "2026-03-12T09:30:00Z");
    // Nantes keeps only 3 answers of one respondent: a score from 4% of the questionnaire.
    let nantes = sheets[sheets.len() - 1].team.clone();
    let mut kept = sheets
        .iter()
        .find(|s| s.team == nantes)
        .cloned()
        .expect("a Nantes sheet");
    let first: Vec<String> = kept.answers.keys().take(3).cloned().collect();
    kept.answers.retain(|k, _| first.contains(k));
    sheets.retain(|s| s.team != nantes);
    sheets.push(kept);

    let comparison = devops_maturity::domain::compare(
        &assessment,
        &sheets,
        &assessment.teams,
        &devops_maturity::domain::CompareOptions::default(),
    );
    let report = Report::build(comparison, &ReportOptions::default());
    let doc = to_document::to_document(&report);
    let cards: Vec<&KeyFigure> = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::KeyFigures(f) => Some(f.iter().collect()),
            _ => None,
        })
        .expect("headline cards");
    let card = |team: &str| *cards.iter().find(|c| c.label == team).unwrap();
    let low = card(&nantes);
    // Questions and respondents, not "answers"; and the targets differ (architecture 3),
    // so the card says the target is a weighted mean.
    assert!(
        low.detail
            .as_deref()
            .unwrap()
            .contains("target 3.9 (weighted mean)\n3 questions answered by 1 respondent"),
        "{low:?}"
    );
    assert!(
        low.warning.as_deref().unwrap().contains(&format!(
            "Low coverage ({:.0}% of the questions)",
            300.0 / assessment.questionnaire.question_count() as f64
        )),
        "{low:?}"
    );
    let full = cards.iter().find(|c| c.label != nantes).unwrap();
    assert!(
        full.detail.as_deref().unwrap().contains(&format!(
            "{} questions answered by 5 respondents",
            assessment.questionnaire.question_count()
        )),
        "{full:?}"
    );
    assert!(full.warning.is_none(), "{full:?}");
}

#[test]
fn output_into_a_missing_directory_is_an_error_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let out = d.join("no-such-dir").join("r.md");
    let err = clean_failure(
        &run(
            d,
            &[
                "report",
                "bank-demo",
                "--output",
                &out.display().to_string(),
            ],
        ),
        2,
    );
    assert!(
        err.contains("does not exist") && err.contains("no-such-dir"),
        "{err}"
    );
    assert!(!d.join("no-such-dir").exists(), "directory was created");
}

#[test]
fn a_format_that_contradicts_the_extension_is_an_error_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let out = d.join("r.pdf");
    let path = out.display().to_string();
    let err = clean_failure(
        &run(d, &["report", "bank-demo", "--format", "csv", "-o", &path]),
        2,
    );
    assert!(
        err.contains("--format csv") && err.contains("r.pdf"),
        "{err}"
    );
    assert!(!out.exists());
    // Agreeing, or an extension that says nothing, is fine.
    ok(&run(
        d,
        &["report", "bank-demo", "--format", "pdf", "-o", &path],
    ));
    let txt = d.join("r.txt").display().to_string();
    ok(&run(
        d,
        &["report", "bank-demo", "--format", "csv", "-o", &txt],
    ));
    assert!(
        fs::read_to_string(d.join("r.txt"))
            .unwrap()
            .contains("team")
    );
}

#[test]
fn output_dash_writes_text_formats_to_stdout_and_refuses_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let md = ok(&run(d, &["report", "bank-demo", "--output", "-"]));
    assert!(md.starts_with("# DevOps maturity"), "{md}");
    assert!(!md.contains("Wrote"), "status line mixed into the report");
    let json = ok(&run(
        d,
        &["report", "bank-demo", "-o", "-", "--format", "json"],
    ));
    let value: serde_json::Value = serde_json::from_str(&json).expect("stdout is the JSON");
    assert!(value["summary"].is_object());
    let csv = ok(&run(
        d,
        &["report", "bank-demo", "-o", "-", "--format", "csv"],
    ));
    assert!(csv.lines().count() > 50, "{csv}");
    assert!(!d.join("-").exists(), "no file named '-'");

    let o = run(d, &["report", "bank-demo", "-o", "-", "--format", "pdf"]);
    let err = clean_failure(&o, 2);
    assert!(
        err.contains("PDF") && err.contains("standard output"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn the_dashboard_export_never_writes_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let store = Workspace::open(d);
    let request = ReportRequest {
        name: "bank-demo",
        teams: &[],
        output: Path::new("-"),
        format: None,
        force: false,
        title: None,
        author: None,
        short_term: 5,
        skip_unreadable: false,
        lang: None,
        anonymous: false,
        presentation: Presentation::default(),
    };
    let err = write(&store, &request).err().expect("refused");
    assert_eq!(err.code, 2, "{}", err.message);
}
