//! Hostile and bad data, end to end (issue 11): names and comments holding escape sequences
//! never reach a terminal or a file as control characters, CSV cells never start a formula,
//! the questionnaire inside `assessment.json` is validated on load, and answers that are read
//! but not counted are reported by every command that scores.

use devops_maturity::domain::{Answer, Assessment, ResponseSheet, default_questionnaire};
use devops_maturity::store::Store;
use std::path::Path;

mod support {
    pub mod cli;
    pub mod pdf_checks;
}
use support::cli::{clean_failure, ok, run, stderr, stdout};

const NOW: &str = "2026-11-21T10:00:00.000Z";

/// Retitles the terminal window, rings the bell and clears the screen when printed raw.
const EVIL: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J";

fn store_with(d: &Path, name: &str, teams: &[&str], sheets: &[ResponseSheet]) -> Store {
    let store = Store::new(d);
    let a = Assessment::new(
        name,
        NOW,
        teams.iter().map(|t| (*t).to_string()).collect(),
        default_questionnaire(),
        Some(3.0),
    );
    store.create(&a, NOW).unwrap();
    for s in sheets {
        store.save_sheet(name, s, NOW).unwrap();
    }
    store
}

fn sheet(team: &str, who: &str, answers: &[(&str, u8)], comment: &str) -> ResponseSheet {
    let mut s = ResponseSheet::new(team, who);
    for (id, level) in answers {
        s.set_answer(id, Answer::Level(*level));
    }
    if !comment.is_empty() {
        s.set_comment(answers[0].0, comment);
    }
    s
}

/// A control character other than the line break and the tab, or a bidirectional control.
fn hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !bytes.contains(&0x1b),
        "{what}: an ESC byte got out:\n{text}"
    );
    assert!(
        !bytes.contains(&0x07),
        "{what}: a BEL byte got out:\n{text}"
    );
    // A lone carriage return rewrites the line; CSV's CRLF is fine.
    let lone_cr = text
        .match_indices('\r')
        .any(|(i, _)| !text[i..].starts_with("\r\n"));
    assert!(!lone_cr, "{what}: a lone carriage return got out");
    if let Some(c) = text.chars().find(|&c| hostile(c)) {
        panic!("{what}: {c:?} got out:\n{text}");
    }
}

#[test]
fn no_text_output_lets_an_escape_sequence_through() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let paris = format!("Paris{EVIL}");
    store_with(
        d,
        "bank",
        &[&paris, "Nantes"],
        &[
            sheet(
                &paris,
                &format!("Eve{EVIL}"),
                &[("ci.branching", 2), ("ci.build", 3)],
                &format!("line one\n{EVIL}\rover\u{9b}31m\u{202e}reversed"),
            ),
            sheet(
                "Nantes",
                "Bob",
                &[("ci.branching", 4), ("ci.build", 4)],
                "fine",
            ),
        ],
    );
    let out = d.join("out");
    std::fs::create_dir(&out).unwrap();
    let commands: Vec<Vec<String>> = [
        vec!["list"],
        vec!["show", "bank"],
        vec!["compare", "bank", "--format", "text"],
        vec!["compare", "bank", "--format", "markdown"],
        vec!["compare", "bank", "--format", "json"],
        vec!["report", "bank", "-o", "-", "--format", "markdown"],
        vec!["report", "bank", "-o", "-", "--format", "csv"],
        vec![
            "report",
            "bank",
            "-o",
            "-",
            "--format",
            "csv",
            "--delimiter",
            "\t",
        ],
        vec!["report", "bank", "-o", "-", "--format", "json"],
        vec!["metrics", "show", "bank"],
        // Errors and warnings quote what was typed or read.
        vec!["show", "bank\u{1b}[2J"],
        vec![
            "answer",
            "bank",
            "--team",
            "Lyon\u{1b}]0;x\u{7}",
            "--respondent",
            "Al",
            "--set",
            "ci.build=2",
        ],
    ]
    .iter()
    .map(|c| c.iter().map(|s| (*s).to_string()).collect())
    .collect();
    for args in &commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(d, &args);
        assert_clean(&format!("{args:?} stdout"), &o.stdout);
        assert_clean(&format!("{args:?} stderr"), &o.stderr);
    }
    // The names are shown, with their controls as visible marks.
    let shown = ok(&run(d, &["show", "bank"]));
    assert!(shown.contains("Paris␛]0;pwned␇␛[2J"), "{shown}");
    let listed = ok(&run(d, &["list"]));
    assert!(listed.contains("Eve␛]0;pwned␇"), "{listed}");
    // An error quotes what was typed, visibly.
    let err = stderr(&run(d, &["show", "bank\u{1b}[2J"]));
    assert!(err.contains("bank␛[2J"), "{err}");
    // JSON keeps the data: the escapes are JSON's own, and decode to the stored name.
    let json: serde_json::Value =
        serde_json::from_str(&ok(&run(d, &["compare", "bank", "--format", "json"]))).unwrap();
    assert!(
        json.to_string().contains("Paris\\u001b]0;pwned\\u0007"),
        "{json}"
    );
    // Reports written to files, the PDF's text aside.
    for file in ["r.md", "r.csv", "r.json"] {
        let path = out.join(file);
        let o = run(d, &["report", "bank", "-o", path.to_str().unwrap()]);
        assert!(o.status.success(), "{file}: {}", stderr(&o));
        assert_clean(file, &std::fs::read(&path).unwrap());
        assert_clean(&format!("{file} stderr"), &o.stderr);
    }
    let md = std::fs::read_to_string(out.join("r.md")).unwrap();
    assert!(md.contains("line one\n") || md.contains("line one"), "{md}");
    assert!(md.contains("␛[2J␍over\\u009b31m\\u202ereversed"), "{md}");
}

#[test]
fn csv_text_cells_never_start_a_formula_and_numbers_stay_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let formula = "=HYPERLINK(\"http://evil.example\",\"ok\")";
    store_with(
        d,
        "bank",
        &[formula, "@Nantes"],
        &[
            sheet(
                formula,
                "+Eve",
                &[("ci.branching", 2)],
                "-1 step, =cmd|' /C calc'!A0",
            ),
            sheet("@Nantes", "Bob", &[("ci.branching", 4)], ""),
        ],
    );
    let text = ok(&run(d, &["report", "bank", "-o", "-", "--format", "csv"]));
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = rows.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (team, comments, versus) = (column("team"), column("comments"), column("versus_others"));
    let mut negative = 0;
    let mut seen = 0;
    for row in rows.records() {
        let row = row.unwrap();
        for cell in &row {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell:?} in {row:?}");
        }
        assert!(
            row[team] == format!("'{formula}") || &row[team] == "'@Nantes",
            "{row:?}"
        );
        if !row[comments].is_empty() {
            assert_eq!(&row[comments], "'+Eve: -1 step, =cmd|' /C calc'!A0");
            seen += 1;
        }
        // Numbers are not text cells: a negative one keeps its sign and no quote.
        if row[versus].starts_with('-') {
            assert!(row[versus].parse::<f64>().is_ok(), "{row:?}");
            negative += 1;
        }
    }
    assert_eq!(seen, 1);
    assert!(negative > 0, "{text}");
}

#[test]
fn an_embedded_questionnaire_is_validated_on_load() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let store = store_with(
        d,
        "bank",
        &["Paris"],
        &[sheet("Paris", "Eve", &[("ci.build", 3)], "")],
    );
    let file = store.assessment_dir("bank").join("assessment.json");
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    // 256 levels: counted in a u8, the scale would have 0 levels and no answer would fit.
    value["questionnaire"]["levels"] = (1..=256).map(|i| format!("L{i}")).collect();
    let edited = serde_json::to_string_pretty(&value).unwrap();
    std::fs::write(&file, &edited).unwrap();
    for args in [
        vec!["show", "bank"],
        vec!["compare", "bank", "--format", "text"],
        vec!["report", "bank", "-o", "-"],
    ] {
        let o = run(d, &args);
        let err = clean_failure(&o, 1);
        assert!(err.contains("assessment.json"), "{args:?}: {err}");
        assert!(err.contains("has 256 levels"), "{args:?}: {err}");
        assert!(stdout(&o).is_empty(), "{args:?}");
    }
    // `list` shows the others and warns of this one.
    let o = run(d, &["list"]);
    assert!(stderr(&o).contains("has 256 levels"), "{}", stderr(&o));
    // Nothing was rewritten.
    assert_eq!(std::fs::read_to_string(&file).unwrap(), edited);
}

#[test]
fn answers_read_but_not_counted_are_reported_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut eve = sheet("Paris", "Eve", &[("ci.branching", 2)], "");
    eve.set_answer("ci.nope", Answer::Level(3));
    eve.set_answer("ci.build", Answer::Level(9));
    let store = store_with(
        d,
        "bank",
        &["Paris", "Nantes"],
        &[
            eve,
            sheet("Nantes", "Bob", &[("ci.branching", 4)], ""),
            sheet("Lyon", "Léa", &[("ci.branching", 5)], ""),
        ],
    );
    let responses = store.assessment_dir("bank").join("responses");
    let file_of = |team: &str, who: &str| {
        responses
            .join(devops_maturity::store::names::sheet_file(team, who))
            .display()
            .to_string()
    };
    let (eve_file, lea_file) = (file_of("Paris", "Eve"), file_of("Lyon", "Léa"));
    assert!(Path::new(&eve_file).is_file() && Path::new(&lea_file).is_file());
    for args in [
        vec!["show", "bank"],
        vec!["list"],
        vec!["compare", "bank", "--format", "text"],
        vec!["report", "bank", "-o", "-", "--format", "markdown"],
    ] {
        let o = run(d, &args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        for expected in [
            format!("warning: {eve_file}: answer to unknown question \"ci.nope\" is not counted"),
            format!("warning: {eve_file}: question \"ci.build\": level 9 is outside 1–5"),
            format!("warning: {lea_file}: team \"Lyon\" is not in the assessment"),
        ] {
            assert!(
                err.contains(&expected),
                "{args:?}: no {expected:?} in\n{err}"
            );
        }
    }
    // The report lists them where it lists unreadable files, the question by its title.
    let md = ok(&run(
        d,
        &["report", "bank", "-o", "-", "--format", "markdown"],
    ));
    assert!(
        md.contains("3 items of the response files are not counted"),
        "{md}"
    );
    assert!(md.contains("team “Lyon” is not in the assessment"), "{md}");
    assert!(
        md.contains("“ci.nope”, a question the questionnaire does not have"),
        "{md}"
    );
    assert!(md.contains("level 9 for “"), "{md}");
    assert!(
        !md.contains("level 9 for “ci.build”"),
        "labelled by title, not id: {md}"
    );
    // Anonymous: file names carry respondent names, so only the reasons remain.
    let anon = ok(&run(
        d,
        &[
            "report",
            "bank",
            "-o",
            "-",
            "--format",
            "markdown",
            "--anonymous",
        ],
    ));
    assert!(
        anon.contains("team “Lyon” is not in the assessment"),
        "{anon}"
    );
    assert!(
        !anon.contains("Léa") && !anon.contains("paris--eve"),
        "{anon}"
    );
    // In French, in French words.
    let fr = ok(&run(
        d,
        &[
            "report", "bank", "-o", "-", "--format", "markdown", "--lang", "fr",
        ],
    ));
    assert!(
        fr.contains("3 éléments des fichiers de réponses ne sont pas comptés"),
        "{fr}"
    );
    assert!(
        fr.contains("l’équipe «\u{202f}Lyon\u{202f}» ne fait pas partie"),
        "{fr}"
    );
}

#[test]
fn a_pdf_report_marks_and_names_what_its_font_cannot_show() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (fr, de) = ("Team 🇫🇷", "Team 🇩🇪");
    store_with(
        d,
        "bank",
        &[fr, de],
        &[
            sheet(fr, "Eve", &[("ci.branching", 2)], ""),
            sheet(de, "Bob", &[("ci.branching", 4)], ""),
        ],
    );
    let pdf = d.join("r.pdf");
    let o = run(d, &["report", "bank", "-o", pdf.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for (flag, codes) in [("🇫🇷", "U+1F1EB U+1F1F7"), ("🇩🇪", "U+1F1E9 U+1F1EA")] {
        let expected = format!("warning: the PDF's font cannot show \"{flag}\" ({codes})");
        assert!(err.contains(&expected), "no {expected:?} in\n{err}");
    }
    // Each flag is written once, however often the team is named.
    assert_eq!(err.matches("cannot show").count(), 2, "{err}");
    // The text of the PDF holds the marks; no character vanished.
    let text = support::pdf_checks::extract_text(&std::fs::read(&pdf).unwrap());
    assert!(text.contains("Team \u{fffd}\u{fffd}"), "{text}");
}
