//! How long a report takes, from loaded answers to the bytes of the file: the demo in every
//! format, and PDFs for 12 and 50 teams (10 respondents each, default questionnaire).
//! Targets: demo PDF under 200 ms, 50 teams under 2 s, in release.
//!
//! Run: `cargo bench --bench report`
//!
//! Measured on the 2-core development machine (release): demo PDF 38 ms (132 KB, 34 pages),
//! demo Markdown / JSON / CSV under 1 ms; 12 teams PDF 254 ms (680 KB); 50 teams PDF 1.05 s
//! (2.7 MB).

use devops_maturity::app::demo::bank_demo;
use devops_maturity::domain::{
    Answer, Assessment, CompareOptions, ResponseSheet, compare, default_questionnaire,
};
use devops_maturity::report::Format as ReportFormat;
use devops_maturity::report::render;
use devops_maturity::report::{Report, ReportOptions};
use std::hint::black_box;
use std::time::{Duration, Instant};

const CREATED: &str = "2026-03-12T09:30:00Z";

fn teams(count: usize) -> (Assessment, Vec<ResponseSheet>) {
    let q = default_questionnaire();
    let names: Vec<String> = (0..count)
        .map(|i| format!("Équipe {i:02} — site"))
        .collect();
    let mut sheets = Vec::new();
    for (ti, team) in names.iter().enumerate() {
        for r in 0..10 {
            let mut sheet = ResponseSheet::new(team, &format!("Répondant {r}"));
            for (qi, (_, question)) in q.questions().enumerate() {
                let level = 1 + ((ti * 7 + qi * 3 + r) % 5) as u8;
                sheet.set_answer(&question.id, Answer::Level(level));
                if (ti + qi + r) % 17 == 0 {
                    sheet.set_comment(&question.id, "On en discute à la rétro de jeudi.");
                }
            }
            sheets.push(sheet);
        }
    }
    let a = Assessment::new("bench", CREATED, names, q, None);
    (a, sheets)
}

/// Comparison, report model and rendering: everything after loading the files.
fn produce(a: &Assessment, sheets: &[ResponseSheet], format: ReportFormat) -> usize {
    let c = compare(a, sheets, &a.teams, &CompareOptions::default());
    let report = Report::build(
        c,
        &ReportOptions {
            title: None,
            author: Some("Claire Dubois".into()),
            created: CREATED.into(),
            ..ReportOptions::default()
        },
    );
    render(&report, format).map_or(0, |b| b.len())
}

fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, Duration, usize) {
    let mut size = 0;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            size = black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2], size)
}

fn main() {
    println!("report: comparison + model + rendering (min, median)");
    let (demo, demo_sheets) = bank_demo("bank-demo", CREATED);
    for format in [
        ReportFormat::Pdf,
        ReportFormat::Markdown,
        ReportFormat::Json,
        ReportFormat::Csv,
    ] {
        let (min, med, size) = time(10, || produce(&demo, &demo_sheets, format));
        println!(
            "  demo {:<9} {:8.1} ms {:8.1} ms   {:>7} KB",
            format!("{format:?}"),
            min.as_secs_f64() * 1e3,
            med.as_secs_f64() * 1e3,
            size / 1000
        );
    }
    for count in [12, 50] {
        let (a, sheets) = teams(count);
        let (min, med, size) = time(3, || produce(&a, &sheets, ReportFormat::Pdf));
        println!(
            "  {count} teams PDF {:8.1} ms {:8.1} ms   {:>7} KB",
            min.as_secs_f64() * 1e3,
            med.as_secs_f64() * 1e3,
            size / 1000
        );
    }
}
