//! The report as a consultant's deliverable, end to end through `report`: the synthesis's
//! sentences for a hand-built comparison, the roadmap's horizons in the PDF, the heatmap's
//! colours, anonymity in every format, the page budget, and the cover and layout options.

use devops_maturity::domain::{Answer, Assessment, Questionnaire, ResponseSheet};
use devops_maturity::report::pdf::page::{Item, Page};
use devops_maturity::report::pdf::style::HEAT;
use devops_maturity::report::{Report, ReportOptions};
use devops_maturity::store::Store;
use serde_json::{Value, json};
use std::fs;
use std::path::{Path, PathBuf};

mod support {
    pub mod cli;
    pub mod pdf_checks;
}
use support::cli::{clean_failure, ok, run};
use support::pdf_checks::{extract_pages, squash};

/// A question with a title, steps that name themselves ("Step b1 1-2.") and efforts: low up to
/// level 3, medium to 4, high to 5.
fn question(id: &str, title: &str) -> Value {
    json!({
        "id": id, "title": title, "text": format!("Long text of question {id}, never shown in the body?"),
        "descriptors": (1..=5).map(|l| format!("Practice {id} at level {l}.")).collect::<Vec<_>>(),
        "recommendations": (1..=4).map(|l| json!({
            "effort": match l { 1 | 2 => "low", 3 => "medium", _ => "high" },
            "text": format!("Step {id} {l}-{}.", l + 1),
        })).collect::<Vec<_>>(),
    })
}

/// Five dimensions; Build weighs 2, the others 1 (mean weight 1.2: only Build is above it).
fn questionnaire() -> Questionnaire {
    let mut b1 = question("b1", "Build on commit");
    b1["references"] = json!([{"title": "DORA: Continuous integration",
        "url": "https://dora.dev/capabilities/continuous-integration/"}]);
    let dim = |id: &str, name: &str, weight: f64, questions: Vec<Value>| json!({"id": id, "name": name, "description": "d", "weight": weight, "questions": questions});
    let text = json!({
        "id": "delivery-check", "version": "1", "title": "Change delivery check", "language": "en",
        "levels": ["Ad hoc", "Basic", "Managed", "Measured", "Optimised"],
        "dimensions": [
            dim("build", "Build", 2.0, vec![b1, question("b2", "Trunk based")]),
            dim("run", "Run", 1.0, vec![question("r1", "On-call rota"), question("r2", "Post-mortems")]),
            dim("learn", "Learning", 1.0, vec![question("l1", "Time to learn"), question("l2", "Blameless reviews")]),
            dim("secure", "Security", 1.0, vec![question("s1", "Dependency scanning"), question("s2", "Secrets handling")]),
            dim("data", "Data", 1.0, vec![question("d1", "Test data"), question("d2", "Data masking")]),
        ]
    });
    Questionnaire::from_json(&text.to_string()).expect("valid")
}

const NAMES: [&str; 4] = ["Alice Martin", "Bruno Petit", "Chloé Durand", "David Roux"];

/// North (two devs) and South (one ops, one security person), both respondents of a team
/// giving the same levels, target 4:
/// North: Build 1.5 (b1 1, b2 2), Run 4, Learning 3, Security 2.5 (s1 2, s2 3), Data 2;
///        overall (1.5×2 + 4 + 3 + 2.5 + 2) / 6 = 2.4167.
/// South: Build 4, Run 1.5 (r1 2, r2 1), Learning 3.5 (l1 4, l2 3), Security 2.5 (s1 3,
///        s2 2), Data not answered; overall (4×2 + 1.5 + 3.5 + 2.5) / 5 = 3.1.
fn assessment(data: &Path, name: &str) {
    let store = Store::new(data);
    let q = questionnaire();
    let teams = vec!["North".to_string(), "South".to_string()];
    let a = Assessment::new(name, "2026-01-01T00:00:00Z", teams, q, Some(4.0));
    store.create(&a, "2026-01-01T00:00:00Z").unwrap();
    let north = [
        ("b1", 1),
        ("b2", 2),
        ("r1", 4),
        ("r2", 4),
        ("l1", 3),
        ("l2", 3),
        ("s1", 2),
        ("s2", 3),
        ("d1", 2),
        ("d2", 2),
    ];
    let south = [
        ("b1", 4),
        ("b2", 4),
        ("r1", 2),
        ("r2", 1),
        ("l1", 4),
        ("l2", 3),
        ("s1", 3),
        ("s2", 2),
    ];
    for (team, who, role, levels) in [
        ("North", NAMES[0], "dev", &north[..]),
        ("North", NAMES[1], "dev", &north[..]),
        ("South", NAMES[2], "ops", &south[..]),
        ("South", NAMES[3], "security", &south[..]),
    ] {
        let mut sheet = ResponseSheet::new(team, who);
        sheet.role = devops_maturity::domain::Role::parse(role);
        for (id, level) in levels {
            sheet.set_answer(id, Answer::Level(*level));
        }
        if who == NAMES[2] {
            sheet.set_comment("r2", "Nobody writes anything down after an incident.");
        }
        store
            .save_sheet(name, &sheet, "2026-01-01T00:00:00Z")
            .unwrap();
    }
}

fn report(data: &Path, name: &str, file: &str, extra: &[&str]) -> PathBuf {
    let out = data.join(file);
    let path = out.display().to_string();
    let mut args = vec!["report", name, "--output", &path];
    args.extend_from_slice(extra);
    ok(&run(data, &args));
    out
}

fn pdf_pages(path: &Path) -> Vec<String> {
    extract_pages(&fs::read(path).unwrap())
        .iter()
        .map(|p| squash(p))
        .collect()
}

const NORTH: &str = "North is at level 2 (Basic), 2.4 / 5 against a target of 4.0; strongest in Run and Learning, weakest in Build and Data; first: Build on commit and Trunk based.";
const SOUTH: &str = "South is at level 3 (Managed), 3.1 / 5 against a target of 4.0; strongest in Build and Learning, weakest in Run and Security; first: Post-mortems and On-call rota.";
const TWO_SPEED: &str = "Two speeds: the teams are a level or more apart on 2 of 5 dimensions, most of all Build (South 4.0, North 1.5: 2.5 levels) and Run (North 4.0, South 1.5: 2.5 levels).";
const RISK: &str =
    "Riskiest, on the dimensions that weigh most: Build at 1.5 for North (4 answers).";

#[test]
fn the_synthesis_says_each_teams_level_the_two_speeds_the_risk_and_the_first_actions() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assessment(d, "check");
    let own = "Both sites ship, at two speeds.";
    let pdf = report(d, "check", "r.pdf", &["--message", own]);
    let pages = pdf_pages(&pdf);
    // Page 2 is the synthesis: the consultant's message first, then the four from the data.
    let synthesis = &pages[1];
    assert!(synthesis.starts_with("Synthesis"), "{synthesis}");
    assert!(
        synthesis.contains("Change delivery check — gap report"),
        "the title, from the questionnaire's, in the running header: {synthesis}"
    );
    let mut at = 0;
    for sentence in [own, NORTH, SOUTH, TWO_SPEED, RISK] {
        let found = synthesis[at..]
            .find(sentence)
            .unwrap_or_else(|| panic!("{sentence:?} missing or out of order in {synthesis}"));
        at += found + sentence.len();
    }
    // Bodies label questions by title, never by id or text.
    assert!(!synthesis.contains("b1") && !synthesis.contains("Long text"));
    // The same sentences in the JSON, with their kinds.
    let json = report(d, "check", "r.json", &["--message", own]);
    let v: Value = serde_json::from_str(&fs::read_to_string(json).unwrap()).unwrap();
    let messages: Vec<(&str, &str)> = v["synthesis"]["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["kind"].as_str().unwrap(), m["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        messages,
        [
            ("consultant", own),
            ("team", NORTH),
            ("team", SOUTH),
            ("two_speed", TWO_SPEED),
            ("risk", RISK)
        ]
    );
    // Five at most: two messages of one's own push the last one from the data out.
    let md = fs::read_to_string(report(
        d,
        "check",
        "r.md",
        &["--message", own, "--message", "Second."],
    ))
    .unwrap();
    assert!(
        md.contains(&format!("- {own}\n- Second.\n- {NORTH}\n")),
        "{md}"
    );
    assert!(md.contains(TWO_SPEED) && !md.contains("Riskiest"), "{md}");
}

#[test]
fn the_roadmap_takes_three_horizons_in_the_order_of_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assessment(d, "check");
    let pages = pdf_pages(&report(d, "check", "r.pdf", &["--short-term", "3"]));
    let north: String = pages
        .iter()
        .skip_while(|p| !p.contains("North 2 respondents"))
        .take_while(|p| !p.contains("South 2 respondents"))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        north.contains("at most 3 steps for 0–3 months and 5 for each later horizon"),
        "the rule, in one sentence: {north}"
    );
    // Lowest effort first, then gap × weight (Build weighs 2); a question's next level one
    // horizon later; three steps, then five, then five.
    let expected = [
        "0–3 months",
        "Step b1 1-2.",
        "Step b2 2-3.",
        "Step s1 2-3.",
        "3–6 months",
        "Step b1 2-3.",
        "Step d1 2-3.",
        "Step d2 2-3.",
        "Step b2 3-4.",
        "Step l1 3-4.",
        "6–12 months",
        "Step b1 3-4.",
        "Step l2 3-4.",
        "Step s1 3-4.",
        "Step s2 3-4.",
        "Step d1 3-4.",
        "Quick-wins matrix",
    ];
    let mut at = 0;
    for needle in expected {
        let found = north[at..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order in {north}"));
        at += found + needle.len();
    }
    let roadmap = &north[..north.find("Quick-wins matrix").unwrap()];
    // Nothing else: no fourth step in 0–3 months, no step of a question at target (Run).
    let steps: usize = ["Step b", "Step d", "Step l", "Step r", "Step s"]
        .iter()
        .map(|s| roadmap.matches(s).count())
        .sum();
    assert_eq!(steps, 13, "{roadmap}");
    assert!(!roadmap.contains("Step r"), "{roadmap}");
    // Questions by title; the step's level and its label.
    assert!(
        roadmap.contains("1 Build on commit 1 → 2 Basic low Step b1 1-2."),
        "{roadmap}"
    );
}

/// The fill of the heatmap cell drawn under the text `value` in the row labelled `row`.
fn cell_fill(page: &Page, row: &str, nth: usize) -> (u8, u8, u8) {
    let row_y = page
        .items
        .iter()
        .find_map(|i| match i {
            Item::Text { text, y, .. } if text == row => Some(*y),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no row {row}"));
    let mut cells: Vec<(f32, (u8, u8, u8))> = page
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Rect {
                x,
                y,
                h,
                fill: Some(c),
                ..
            } if *y <= row_y && row_y <= y + h && *x > 150.0 => Some((*x, (c.0, c.1, c.2))),
            _ => None,
        })
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells[nth].1
}

#[test]
fn heatmap_cells_take_the_colour_of_their_gap_bin_and_say_not_assessed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assessment(d, "check");
    let report_model = {
        let loaded = devops_maturity::app::Workspace::open(d)
            .load("check")
            .unwrap();
        let c = devops_maturity::domain::compare(
            &loaded.assessment,
            &loaded.sheets,
            &loaded.assessment.teams,
            &devops_maturity::domain::CompareOptions::default(),
        );
        Report::build(c, &ReportOptions::default())
    };
    let (_, pages) = devops_maturity::report::fitted_pdf(&report_model);
    let synthesis = &pages[1];
    let heat = |i: usize| (HEAT[i].0.0, HEAT[i].0.1, HEAT[i].0.2);
    // North: Build 1.5 (> 2 below), Run 4.0 (met), Learning 3.0 (1 below: ≤ 1), Security 2.5
    // (≤ 2), Data 2.0 (≤ 2). South: Learning 3.5 (≤ 0.5), Data not assessed (grey).
    assert_eq!(cell_fill(synthesis, "Build", 0), heat(4));
    assert_eq!(cell_fill(synthesis, "Build", 1), heat(0));
    assert_eq!(cell_fill(synthesis, "Run", 0), heat(0));
    assert_eq!(cell_fill(synthesis, "Learning", 0), heat(2));
    assert_eq!(cell_fill(synthesis, "Learning", 1), heat(1));
    assert_eq!(cell_fill(synthesis, "Security", 0), heat(3));
    let grey = devops_maturity::report::pdf::style::HEAT_NONE.0;
    assert_eq!(cell_fill(synthesis, "Data", 1), (grey.0, grey.1, grey.2));
    let text: Vec<&str> = synthesis.texts().collect();
    assert!(text.contains(&"not assessed"), "{text:?}");
    for legend in [
        "target met",
        "≤ 0.5 below",
        "0.5–1 below",
        "1–2 below",
        "> 2 below",
    ] {
        assert!(
            text.contains(&legend),
            "legend {legend:?} missing: {text:?}"
        );
    }
    // The same bins in the JSON.
    let bins: Vec<Vec<String>> = report_model
        .synthesis
        .heatmap
        .iter()
        .map(|row| {
            row.cells
                .iter()
                .map(|c| {
                    serde_json::to_value(c.bin)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect()
        })
        .collect();
    assert_eq!(
        bins,
        [
            ["over_two", "met"],
            ["met", "over_two"],
            ["up_to_one", "up_to_half"],
            ["up_to_two", "up_to_two"],
            ["up_to_two", "not_assessed"],
        ]
    );
}

#[test]
fn anonymous_reports_name_no_respondent_in_any_format() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assessment(d, "check");
    ok(&run(d, &["demo"]));
    let demo_names = [
        "Sophie Martin",
        "Karim Benali",
        "Julien Moreau",
        "Nathalie Lefèvre",
        "Thomas Girard",
        "Léa Robin",
        "Hugo Lambert",
        "Maxime Guérin",
        "Camille Perrot",
    ];
    for (name, people, comment) in [
        (
            "check",
            &NAMES[..],
            "Nobody writes anything down after an incident.",
        ),
        (
            "bank-demo",
            &demo_names[..],
            "On attend le CAB du jeudi pour chaque mise en production.",
        ),
    ] {
        let mut texts = Vec::new();
        for file in ["a.pdf", "a.md", "a.csv", "a.json"] {
            let path = report(d, name, &format!("{name}-{file}"), &["--anonymous"]);
            texts.push(if file == "a.pdf" {
                squash(&support::pdf_checks::extract_text(
                    &fs::read(&path).unwrap(),
                ))
            } else {
                fs::read_to_string(&path).unwrap()
            });
        }
        for (text, file) in texts.iter().zip(["PDF", "Markdown", "CSV", "JSON"]) {
            for person in people {
                // First names alone too: "Chloé" would still point at her.
                let first = person.split(' ').next().unwrap();
                assert!(
                    !text.contains(person) && !text.contains(first),
                    "{file} of {name} names {person}"
                );
            }
            // Comments verbatim.
            assert!(text.contains(comment), "{file} of {name} lost a comment");
        }
        let pdf = &texts[0];
        assert!(
            pdf.contains("Respondents are named by role"),
            "method page says so"
        );
    }
    // Two devs are "Dev 1" and "Dev 2"; a lone ops and a lone security person are
    // "Respondent 1" and "Respondent 2", with no role to give them away.
    let json: Value =
        serde_json::from_str(&fs::read_to_string(d.join("check-a.json")).unwrap()).unwrap();
    let people: Vec<(String, Value)> = json["teams"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["respondents"].as_array().unwrap().clone())
        .map(|r| (r["name"].as_str().unwrap().to_string(), r["role"].clone()))
        .collect();
    assert_eq!(
        people,
        [
            ("Dev 1".to_string(), json!("dev")),
            ("Dev 2".to_string(), json!("dev")),
            ("Respondent 1".to_string(), Value::Null),
            ("Respondent 2".to_string(), Value::Null),
        ]
    );
    let comment = json["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "r2")
        .unwrap()["teams"][1]["answers"][0]
        .clone();
    assert_eq!(comment["respondent"], "Respondent 1");
    assert_eq!(comment["role"], Value::Null);
}

#[test]
fn the_demo_keeps_to_the_page_budget_and_the_structure() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let pdf = report(
        d,
        "bank-demo",
        "r.pdf",
        &["--organisation", "Banque Exemple"],
    );
    let pages = pdf_pages(&pdf);
    // The cover: organisation, confidentiality, contents with the page of every chapter.
    let cover = &pages[0];
    for needle in ["Banque Exemple", "Confidential", "Contents"] {
        assert!(cover.contains(needle), "cover lacks {needle:?}: {cover}");
    }
    let chapter_page = |title: &str| -> usize {
        // The last mention: the teams are also named among the facts above the contents.
        let at = cover
            .rfind(&format!("{title} "))
            .unwrap_or_else(|| panic!("{title} not in contents"));
        cover[at + title.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let order = [
        "Synthesis",
        "Delivery rhythm",
        "Maturity profile",
        "Synchronisation plan",
        "How the teams see each other",
        "DSI historique — Paris",
        "Start-up — Nantes",
        "Method and limits",
        "Appendix",
    ];
    let numbers: Vec<usize> = order.iter().map(|t| chapter_page(t)).collect();
    assert!(numbers.windows(2).all(|w| w[0] <= w[1]), "{numbers:?}");
    for (title, page) in order.iter().zip(&numbers) {
        assert!(
            pages[page - 1].contains(title),
            "{title} is not on page {page}"
        );
    }
    // One page of synthesis, one of rhythm; two at most per team; cover to method in 12 pages.
    assert_eq!(numbers[1] - numbers[0], 1, "the synthesis takes one page");
    assert_eq!(numbers[2] - numbers[1], 1, "the rhythm takes one page");
    // The demo's recorded figures: Paris monthly and slow, Nantes on demand; each team's
    // cluster named on the rhythm page, with the gap in words.
    let rhythm = &pages[numbers[1] - 1];
    for needle in [
        "1/month",
        "on demand",
        "DORA cluster",
        "Medium",
        "High",
        "as often as",
    ] {
        assert!(
            rhythm.contains(needle),
            "{needle:?} not on the rhythm page: {rhythm}"
        );
    }
    assert!(
        numbers[6] - numbers[5] <= 2 && numbers[7] - numbers[6] <= 2,
        "{numbers:?}"
    );
    // Cover to method in 12 pages; the rhythm and the perception chapters bring their own
    // budget (one page, two pages).
    let perception = numbers[5] - numbers[4];
    assert!(
        perception <= 2,
        "the perception chapter takes {perception} pages"
    );
    let own_budget = 1 + perception;
    assert!(
        numbers[7] - own_budget <= 12,
        "method and limits on page {} ({own_budget} of rhythm and perception)",
        numbers[7]
    );
    assert_eq!(numbers[8], numbers[7] + 1, "the method takes one page");
    // The body labels questions by title: their ids only come in the appendix.
    let q = devops_maturity::domain::default_questionnaire();
    for (n, page) in pages.iter().enumerate().take(numbers[8] - 1) {
        for (_, question) in q.questions() {
            assert!(
                !page.contains(&question.id),
                "page {} names {}",
                n + 1,
                question.id
            );
        }
    }
}

#[test]
fn cover_and_layout_options_reach_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assessment(d, "check");
    // Letter paper: 8.5 × 11 in.
    let letter = report(d, "check", "letter.pdf", &["--paper", "letter"]);
    let doc = lopdf::Document::load_mem(&fs::read(&letter).unwrap()).unwrap();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).unwrap();
        let media: Vec<f32> = page
            .get(b"MediaBox")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_float().unwrap())
            .collect();
        assert_eq!(
            media.iter().map(|v| v.round() as i32).collect::<Vec<_>>(),
            [0, 0, 612, 792]
        );
    }
    // The question's reference is a link in the roadmap and the appendix.
    // printpdf writes each page's annotations inline in its /Annots array.
    let mut links: Vec<String> = Vec::new();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).unwrap();
        let Ok(annots) = page.get(b"Annots").and_then(lopdf::Object::as_array) else {
            continue;
        };
        for annot in annots {
            let annot = match annot {
                lopdf::Object::Reference(r) => doc.get_dictionary(*r).unwrap(),
                other => other.as_dict().unwrap(),
            };
            if let Ok(uri) = annot
                .get(b"A")
                .and_then(lopdf::Object::as_dict)
                .and_then(|a| a.get(b"URI"))
                .and_then(lopdf::Object::as_str)
            {
                links.push(String::from_utf8_lossy(uri).into_owned());
            }
        }
    }
    assert!(
        links.len() >= 2
            && links
                .iter()
                .all(|l| l == "https://dora.dev/capabilities/continuous-integration/"),
        "{links:?}"
    );
    // A custom confidentiality line, none at all, and the appendix's three sizes.
    let cover = |extra: &[&str], file: &str| pdf_pages(&report(d, "check", file, extra));
    let custom = cover(&["--confidential", "Diffusion restreinte"], "c.pdf");
    assert!(custom[0].contains("Diffusion restreinte") && !custom[0].contains("Confidential"));
    let none = cover(&["--no-confidential"], "n.pdf");
    assert!(!none[0].contains("Confidential"));
    let full = cover(&[], "full.pdf");
    let backlog = cover(&["--appendix", "backlog"], "backlog.pdf");
    let bare = cover(&["--appendix", "none"], "none.pdf");
    let all = |pages: &[String]| pages.join(" ");
    assert!(
        all(&full).contains("Every answer and comment")
            && all(&full).contains("Full ranked backlog")
    );
    assert!(
        all(&backlog).contains("Full ranked backlog")
            && !all(&backlog).contains("Every answer and comment")
    );
    assert!(!all(&bare).contains("Full ranked backlog") && !all(&bare).contains("Appendix"));
    assert!(bare.len() < backlog.len() && backlog.len() < full.len());
    // In the appendix, ids next to titles; the comment verbatim.
    assert!(all(&full).contains("Post-mortems (r2)"));
    assert!(all(&full).contains("“Nobody writes anything down after an incident.”"));
}

#[test]
fn a_bad_delimiter_or_empty_text_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assessment(d, "check");
    let out = d.join("r.csv").display().to_string();
    for (flag, value) in [
        ("--delimiter", "\""),
        ("--confidential", " "),
        ("--message", ""),
        ("--organisation", " "),
    ] {
        let err = clean_failure(
            &run(d, &["report", "check", "--output", &out, flag, value]),
            2,
        );
        assert!(err.contains(flag), "{err}");
        assert!(!d.join("r.csv").exists());
    }
    // A contradiction of flags is clap's to refuse (its usage text follows the line).
    let o = run(
        d,
        &[
            "report",
            "check",
            "--output",
            &out,
            "--confidential",
            "X",
            "--no-confidential",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(support::cli::stderr(&o).contains("--no-confidential"));
    assert!(!d.join("r.csv").exists());
    // A tab is a fine separator.
    ok(&run(
        d,
        &["report", "check", "--output", &out, "--delimiter", "\t"],
    ));
    let csv = fs::read_to_string(d.join("r.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}team\tdimension_id\t"), "{csv}");
    assert!(
        csv.contains("\tBuild on commit\t0–3 months; 3–6 months; 6–12 months\r\n"),
        "{csv}"
    );
}

/// `devops-maturity` at a given time (plans and rounds are dated by the tool's clock).
fn run_at(data: &Path, now: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(args)
        .env("DEVOPS_MATURITY_DATA", data)
        .env("DEVOPS_MATURITY_NOW", now)
        .env("NO_COLOR", "1")
        .output()
        .expect("binary runs")
}

/// Twelve teams of two respondents over two rounds, each team's level per dimension moving
/// by its own rule, with an agreed action that is late by the second round and a few teams
/// answering about their neighbour.
fn portfolio_rounds(d: &Path) {
    let store = Store::new(d);
    let q = devops_maturity::domain::default_questionnaire();
    let teams: Vec<String> = (1..=12).map(|i| format!("Team {i:02}")).collect();
    let (t0, t1) = ("2026-12-01T09:00:00Z", "2027-06-01T09:00:00Z");
    let level = |round: usize, ti: usize, di: usize| -> u8 {
        let base = 1 + (ti * 7 + di * 3) % 4;
        // Round two: a third of the teams up a level, a third down, a third the same.
        let moved = match (round, ti % 3) {
            (1, 0) => base + 1,
            (1, 1) => base.saturating_sub(1).max(1),
            _ => base,
        };
        moved.min(5) as u8
    };
    let a = Assessment::new("port-1", t0, teams.clone(), q.clone(), None);
    store.create(&a, t0).unwrap();
    let sheets = |name: &str, round: usize, now: &str| {
        for (ti, team) in teams.iter().enumerate() {
            for r in 0..2 {
                let mut sheet = ResponseSheet::new(team, &format!("Person {r}"));
                for (di, d) in q.dimensions.iter().enumerate() {
                    for question in &d.questions {
                        sheet.set_answer(&question.id, Answer::Level(level(round, ti, di)));
                    }
                }
                store.save_sheet(name, &sheet, now).unwrap();
            }
        }
    };
    sheets("port-1", 0, t0);
    ok(&run_at(d, t0, &["plan", "propose", "port-1"]));
    let plan: Value = serde_json::from_str(&ok(&run_at(
        d,
        t0,
        &["plan", "list", "port-1", "--format", "json"],
    )))
    .unwrap();
    let id = plan["actions"][0]["id"].as_str().unwrap().to_string();
    ok(&run_at(
        d,
        t0,
        &[
            "plan",
            "set",
            "port-1",
            &id,
            "--status",
            "agreed",
            "--owner",
            "Claire",
            "--due",
            "2027-03-31",
        ],
    ));
    ok(&run_at(d, t1, &["new", "port-2", "--follow-up", "port-1"]));
    sheets("port-2", 1, t1);
    // Three teams rate their neighbour two levels under its own view.
    for ti in 0..3 {
        let mut sheet = ResponseSheet::perception(&teams[ti], "Observer", &teams[ti + 1]);
        for (di, d) in q.dimensions.iter().enumerate() {
            for question in &d.questions {
                let own = level(1, ti + 1, di);
                sheet.set_answer(&question.id, Answer::Level(own.saturating_sub(2).max(1)));
            }
        }
        store
            .update_perception("port-2", &teams[ti], "Observer", &teams[ti + 1], t1, |_| {
                Ok::<_, devops_maturity::store::StoreError>((Some(sheet), ()))
            })
            .unwrap();
    }
}

#[test]
fn the_portfolio_counts_rhythm_progress_and_perception_within_the_page_budget() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    portfolio_rounds(d);
    let out = d.join("p.pdf");
    ok(&run_at(
        d,
        "2027-06-01T09:00:00Z",
        &["report", "port-2", "-o", out.to_str().unwrap()],
    ));
    let pages = pdf_pages(&out);
    let cover = &pages[0];
    let chapter_page = |title: &str| -> usize {
        let at = cover
            .rfind(&format!("{title} "))
            .unwrap_or_else(|| panic!("{title} not in contents: {cover}"));
        cover[at + title.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let order = [
        "Synthesis",
        "Portfolio",
        "Delivery rhythm",
        "Progress since the previous round",
        "How the teams see each other",
        "Method and limits",
        "Appendix",
    ];
    let numbers: Vec<usize> = order.iter().map(|t| chapter_page(t)).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
    for (title, page) in order.iter().zip(&numbers) {
        assert!(
            pages[page - 1].contains(title),
            "{title} is not on page {page}"
        );
    }
    // Each portfolio-sized page takes one page, whatever the number of teams.
    for k in 2..5 {
        assert_eq!(
            numbers[k + 1] - numbers[k],
            1,
            "{} takes more than a page",
            order[k]
        );
    }
    let page = |k: usize| &pages[numbers[k] - 1];
    // The rhythm counts teams per key and cluster and lists the teams of each cluster.
    let rhythm = page(2);
    for needle in [
        "Deployment frequency",
        "DORA cluster",
        "Teams by DORA cluster",
        "Team 0",
    ] {
        assert!(
            rhythm.contains(needle),
            "{needle:?} not on the rhythm page: {rhythm}"
        );
    }
    // Progress: four of the twelve teams up, four down; the late action with its owner.
    let progress = page(3);
    for needle in [
        "Teams up",
        "Teams down",
        "Largest gains",
        "Largest drops",
        "Late actions",
        "Claire",
        "31 March 2027",
    ] {
        assert!(
            progress.contains(needle),
            "{needle:?} not on the progress page: {progress}"
        );
    }
    assert!(progress.contains("1 late"), "{progress}");
    // Perception: the three pairs, the widest gaps in one table.
    let perception = page(4);
    assert!(
        perception.contains("3 pairs of teams answered about each other"),
        "{perception}"
    );
    assert!(
        perception.contains("Largest perception gaps"),
        "{perception}"
    );
    assert!(
        perception.contains("Team 02") && perception.contains("Team 01"),
        "{perception}"
    );
    // The body, cover to method, within the issue's 40 pages.
    assert!(numbers[5] <= 40, "method and limits on page {}", numbers[5]);
}

/// Twelve teams (more than eight): the synthesis speaks of the middle half of the teams, by
/// the rules the method states, in English and in French; the 2–8 team messages (extremes)
/// are gone. The median and the counts are checked against the JSON report's scores.
#[test]
fn a_portfolio_synthesis_speaks_of_the_whole_spread_in_english_and_french() {
    use devops_maturity::domain::scoring::{round1, shown};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    portfolio_rounds(d);
    let now = "2027-06-01T09:00:00Z";
    let json = d.join("p.json");
    ok(&run_at(
        d,
        now,
        &["report", "port-2", "-o", json.to_str().unwrap()],
    ));
    let r: Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    let teams = r["teams"].as_array().unwrap();
    let mut overall: Vec<f64> = teams
        .iter()
        .map(|t| t["overall"].as_f64().unwrap())
        .collect();
    overall.sort_by(f64::total_cmp);
    assert_eq!(overall.len(), 12);
    let median = shown(f64::midpoint(overall[5], overall[6]));
    let target = teams[0]["target"].as_f64().unwrap();
    let far = overall
        .iter()
        .filter(|o| round1(round1(target) - round1(**o)) > 1.0 + 1e-9)
        .count();
    let kinds: Vec<&str> = r["synthesis"]["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds[..3],
        ["teams", "two_speed", "common_weakness"],
        "{kinds:?}"
    );
    for lang in ["en", "fr"] {
        let out = d.join(format!("p-{lang}.pdf"));
        ok(&run_at(
            d,
            now,
            &[
                "report",
                "port-2",
                "--lang",
                lang,
                "--appendix",
                "none",
                "-o",
                out.to_str().unwrap(),
            ],
        ));
        let pages = pdf_pages(&out);
        let synthesis = &pages[1];
        let method = pages
            .iter()
            .find(|p| p.contains("QUARTILE.INC"))
            .unwrap_or_else(|| panic!("no page states the portfolio rules ({lang})"));
        let (first, spread, common, furthest, few) = if lang == "en" {
            (
                format!(
                    "Overall, the median team scores {median} against a target of {}, and the middle half of the 12 teams",
                    shown(target)
                ),
                [
                    "Spread across the teams: the middle half of the teams spans a level or more on",
                    "Close together: on every dimension the middle half",
                ],
                [
                    "Weak almost everywhere, one team in four or fewer at target",
                    "No dimension is weak almost everywhere",
                ],
                "Teams furthest from target",
                ["range from", "Two speeds", "Riskiest"],
            )
        } else {
            (
                format!(
                    "Au global, l’équipe médiane obtient {} pour une cible de {}, et la moitié centrale des 12 équipes",
                    median.replace('.', ","),
                    shown(target).replace('.', ",")
                ),
                [
                    "Dispersion des équipes : la moitié centrale des équipes s’étend sur un niveau ou plus sur",
                    "Équipes proches : sur chaque axe, la moitié centrale",
                ],
                [
                    "presque partout, une équipe sur quatre ou moins à la cible",
                    "Aucun axe n’est faible presque partout",
                ],
                "Équipes les plus loin de la cible",
                ["vont de", "Deux vitesses", "Risques majeurs"],
            )
        };
        assert!(synthesis.contains(&first), "{lang}: {synthesis}");
        let far_words = match (lang, far) {
            ("en", 0) => "no team is more than a level below target".to_string(),
            ("en", n) => format!(
                "{n} team{} more than a level below target",
                if n == 1 { " is" } else { "s are" }
            ),
            (_, 0) => "aucune équipe n’est à plus d’un niveau sous la cible".to_string(),
            (_, n) => format!(
                "{n} équipe{} à plus d’un niveau sous la cible",
                if n == 1 { " est" } else { "s sont" }
            ),
        };
        assert!(
            synthesis.contains(&far_words),
            "{lang} {far_words:?}: {synthesis}"
        );
        assert!(
            spread.iter().any(|s| synthesis.contains(s)),
            "{lang}: {synthesis}"
        );
        assert!(
            common.iter().any(|s| synthesis.contains(s)),
            "{lang}: {synthesis}"
        );
        for word in few {
            assert!(!synthesis.contains(word), "{lang} {word:?}: {synthesis}");
        }
        // The messages leave the twelve furthest teams their place on the synthesis page.
        assert!(synthesis.contains(furthest), "{lang}: {synthesis}");
        let rule = if lang == "en" {
            "one team in four or fewer meets its target"
        } else {
            "une équipe sur quatre ou moins atteint sa cible"
        };
        assert!(method.contains(rule), "{lang}: {method}");
    }
}
