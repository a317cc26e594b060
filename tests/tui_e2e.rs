//! The real binary in a pseudo-terminal: keystrokes in, screens and stored files checked.

mod pty;

use devops_maturity::domain::default_questionnaire;
use pty::{DOWN, ENTER, LEFT, SHIFT_DOWN, Tui};
use serde_json::Value;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn cli(data: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(args)
        .env("DEVOPS_MATURITY_DATA", data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The one response file of the data directory, as JSON.
fn only_sheet(data: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(only_sheet_path(data)).unwrap()).unwrap()
}

/// Ids of the default questionnaire's first `n` questions.
fn first_ids(n: usize) -> Vec<String> {
    default_questionnaire()
        .questions()
        .take(n)
        .map(|(_, q)| q.id.clone())
        .collect()
}

fn answers(sheet: &Value) -> &serde_json::Map<String, Value> {
    sheet["answers"].as_object().unwrap()
}

#[test]
fn wizard_answers_survive_quit_and_resume_at_first_unanswered() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(
        data,
        &["new", "bank-2026", "--team", "Paris", "--team", "Nantes"],
    );
    let args = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Alice",
    ];

    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 1 of 69");
    tui.send("3");
    tui.send(ENTER);
    tui.wait_for("Question 2 of 69");
    tui.send("n");
    tui.wait_for("Question 3 of 69");
    tui.send("u");
    tui.wait_for("Question 4 of 69");
    // Arrows walk the levels from the top: ↓↓ is level 2.
    tui.send(DOWN);
    tui.send(DOWN);
    tui.send(ENTER);
    tui.wait_for("Question 5 of 69");
    tui.send("c");
    tui.wait_for("Comment: the room's reasoning");
    tui.send("Équipe à l'aise");
    tui.send(ENTER);
    tui.send("deuxième ligne");
    tui.wait_for("deuxième ligne");
    tui.escape("Comment saved");
    tui.send("5");
    tui.send(ENTER);
    tui.wait_for("Question 6 of 69");
    // Shrinking below the minimum shows a message, growing back shows the question again.
    tui.resize(20, 5);
    tui.wait_for("Enlarge");
    tui.resize(80, 24);
    tui.wait_for("Question 6 of 69");
    tui.send("q");
    assert!(tui.wait_exit());
    tui.assert_terminal_restored();

    let sheet = only_sheet(data);
    let ids = first_ids(5);
    let got = answers(&sheet);
    assert_eq!(
        got.len(),
        5,
        "exactly the five answered questions: {sheet:#}"
    );
    assert_eq!(got[&ids[0]]["answer"], 3);
    assert_eq!(got[&ids[1]]["answer"], "n/a");
    assert_eq!(got[&ids[2]]["answer"], "unknown");
    assert_eq!(got[&ids[3]]["answer"], 2);
    assert_eq!(got[&ids[4]]["answer"], 5);
    assert_eq!(got[&ids[4]]["comment"], "Équipe à l'aise\ndeuxième ligne");
    assert_eq!(sheet["team"], "Paris");
    assert_eq!(sheet["respondent"], "Alice");

    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 6 of 69");
    tui.send(LEFT);
    // Each text is waited for on its own: the screen may be read while a frame is half drawn.
    tui.wait_for("Question 5 of 69");
    tui.wait_for("5 Optimizing ✓");
    tui.send("q");
    assert!(tui.wait_exit());
    assert_eq!(
        only_sheet(data)["answers"],
        sheet["answers"],
        "resuming changed nothing"
    );
}

#[cfg(unix)]
#[test]
fn killing_the_process_loses_nothing_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let args = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Bob",
    ];
    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 1 of 69");
    tui.send("c");
    tui.wait_for("Comment: the room's reasoning");
    tui.send("CAB le jeudi, très lent");
    tui.wait_for("très lent");
    tui.escape("Comment saved");
    tui.send("2");
    tui.send(ENTER);
    tui.wait_for("Saved level 2 (Managed) for question 1");
    tui.send("4");
    tui.send(ENTER);
    tui.wait_for("Saved level 4 (Measured) for question 2");
    // A level highlighted but not confirmed with Enter, then SIGKILL: no chance to clean up.
    tui.send("1");
    let status = Command::new("kill")
        .args(["-9", &tui.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(!tui.wait_exit());

    // `only_sheet` also checks that no temporary file was left next to the sheet.
    let sheet = only_sheet(data);
    let ids = first_ids(3);
    let got = answers(&sheet);
    assert_eq!(got.len(), 2, "{sheet:#}");
    assert_eq!(got[&ids[0]]["answer"], 2);
    assert_eq!(got[&ids[0]]["comment"], "CAB le jeudi, très lent");
    assert_eq!(got[&ids[1]]["answer"], 4);
    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 3 of 69");
    tui.send("q");
    assert!(tui.wait_exit());
}

#[test]
fn termination_signals_restore_the_terminal_and_keep_answers() {
    for signal in ["TERM", "HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path();
        cli(data, &["new", "bank-2026", "--team", "Paris"]);
        let args = [
            "answer",
            "bank-2026",
            "--team",
            "Paris",
            "--respondent",
            "Eve",
        ];
        let mut tui = Tui::start(data, &args, 80, 24);
        tui.wait_for("Question 1 of 69");
        tui.send("3");
        tui.send(ENTER);
        tui.wait_for("Saved level 3 (Defined) for question 1");
        let status = Command::new("kill")
            .args(["-s", signal, &tui.pid().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        // The loop ends as if the user had left: a normal exit, terminal back as it was.
        assert!(tui.wait_exit(), "SIG{signal}: not a clean exit");
        tui.assert_terminal_restored();
        assert_eq!(answers(&only_sheet(data))[&first_ids(1)[0]]["answer"], 3);
    }
}

/// The path of the one response file of the data directory.
fn only_sheet_path(data: &Path) -> std::path::PathBuf {
    let dir = data.join("assessments");
    let mut files = Vec::new();
    for assessment in std::fs::read_dir(&dir).unwrap() {
        let responses = assessment.unwrap().path().join("responses");
        if let Ok(entries) = std::fs::read_dir(responses) {
            files.extend(entries.map(|e| e.unwrap().path()));
        }
    }
    assert_eq!(files.len(), 1, "{files:?}");
    files.remove(0)
}

/// Well under a loaded CI machine's worst case, far under "forever": before the fix the program
/// spun in crossterm's read loop at 40 % CPU and never exited.
const GONE_WITHIN: Duration = Duration::from_secs(5);

/// A closed window, `tmux kill-session` or a dropped SSH connection: the program notices, keeps
/// the answers and ends by itself instead of spinning on a terminal that is gone.
#[test]
fn closing_the_terminal_ends_the_program_and_keeps_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let args = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Hugo",
    ];
    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 1 of 69");
    tui.send("3");
    tui.send(ENTER);
    tui.wait_for("Saved level 3 (Defined) for question 1");
    let closed = Instant::now();
    tui.close_terminal();
    let code = tui.wait_exit_within(GONE_WITHIN);
    assert!(
        code.is_some(),
        "still running {GONE_WITHIN:?} after its terminal was closed"
    );
    eprintln!("exited {:?} after the terminal closed", closed.elapsed());
    assert_eq!(code, Some(0), "every answer is saved: a normal exit");
    assert_eq!(answers(&only_sheet(data))[&first_ids(1)[0]]["answer"], 3);
}

/// The same without the hang-up signal (blocked, as a wrapper may leave it): the program sees
/// for itself that its terminal is gone, and a comment still being typed is saved.
#[cfg(target_os = "linux")]
#[test]
fn a_closed_terminal_is_noticed_without_a_hangup_signal_and_the_open_comment_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let bin = env!("CARGO_BIN_EXE_devops-maturity");
    let args = [
        "--block-signal=HUP",
        bin,
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Inès",
    ];
    let mut tui = Tui::start_program(data, "env", &args, 80, 24);
    tui.wait_for("Question 1 of 69");
    tui.send("2");
    tui.send(ENTER);
    tui.wait_for("Saved level 2 (Managed) for question 1");
    tui.send("c");
    tui.wait_for("Comment: the room's reasoning");
    tui.send("pas encore validé");
    tui.wait_for("pas encore validé");
    tui.close_terminal();
    assert!(
        tui.wait_exit_within(GONE_WITHIN).is_some(),
        "still running {GONE_WITHIN:?} after its terminal was closed"
    );
    let sheet = only_sheet(data);
    let ids = first_ids(2);
    let got = answers(&sheet);
    assert_eq!(got[&ids[0]]["answer"], 2);
    assert_eq!(
        got[&ids[1]]["comment"], "pas encore validé",
        "the comment being typed: {sheet:#}"
    );
}

/// A save that fails (here: the sheet was damaged behind the wizard's back) and leaving anyway:
/// the exit code and one line on the restored terminal say answers were lost.
#[test]
fn leaving_with_answers_that_could_not_be_saved_exits_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let args = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Jade",
    ];
    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 1 of 69");
    tui.send("3");
    tui.send(ENTER);
    tui.wait_for("Saved level 3 (Defined) for question 1");
    // Saving refuses to overwrite a file it cannot read, so the next save fails (also as root,
    // where permissions would not stop it).
    std::fs::write(only_sheet_path(data), "not json").unwrap();
    tui.send("4");
    tui.send(ENTER);
    tui.wait_for("NOT SAVED");
    tui.send("q");
    tui.wait_for("q again");
    tui.send("q");
    assert_eq!(tui.wait_exit_code(), 1);
    tui.assert_terminal_restored();
    // After the restore, on the normal screen, with the reason.
    let screen = tui.wait_for("error: some answers were not saved");
    assert!(screen.contains("cannot be read"), "{screen}");
    assert_eq!(
        std::fs::read_to_string(only_sheet_path(data)).unwrap(),
        "not json",
        "the damaged file was left as it was"
    );
}

/// Coming back to an answered question at 80x24: the comment shows without scrolling, Shift+↓
/// scrolls without touching the highlight, and Enter on a moved highlight asks before replacing
/// the room's answer; Esc keeps it, Enter then moves on without rewriting.
#[test]
fn a_stored_answer_is_replaced_only_after_confirming() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let args = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Lou",
    ];
    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 1 of 69");
    tui.send("c");
    tui.wait_for("Comment: the room's reasoning");
    tui.send("CAB le jeudi");
    tui.wait_for("CAB le jeudi");
    tui.escape("Comment saved");
    tui.send("2");
    tui.send(ENTER);
    tui.wait_for("Question 2 of 69");
    tui.send(LEFT);
    tui.wait_for("Question 1 of 69");
    tui.wait_for("c Comment: CAB le jeudi");
    tui.wait_for("2 Managed ✓");
    // Shift+↓ (xterm: ESC [ 1 ; 2 B) scrolls: the n / u line comes into view, ▶ stays on 2.
    tui.send(SHIFT_DOWN);
    tui.send(SHIFT_DOWN);
    tui.wait_for("not applicable");
    tui.wait_for("▶ 2 Managed ✓");
    tui.send(DOWN);
    tui.send(DOWN);
    tui.send(DOWN);
    tui.wait_for("▶ 5 Optimizing");
    tui.send(ENTER);
    tui.wait_for("Replace the stored level 2 (Managed) with level 5 (Optimizing)?");
    tui.escape("Kept level 2 (Managed)");
    tui.wait_for("▶ 2 Managed ✓");
    let before = std::fs::metadata(only_sheet_path(data))
        .unwrap()
        .modified()
        .unwrap();
    tui.send(ENTER);
    tui.wait_for("Kept level 2 (Managed) for question 1");
    tui.wait_for("Question 2 of 69");
    tui.send("q");
    assert!(tui.wait_exit());
    let sheet = only_sheet(data);
    let first = &answers(&sheet)[&first_ids(1)[0]];
    assert_eq!(first["answer"], 2);
    assert_eq!(first["comment"], "CAB le jeudi");
    let after = std::fs::metadata(only_sheet_path(data))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after, "keeping the answer rewrote the file");
}

#[test]
fn home_screen_creates_an_assessment_and_answers_for_a_new_respondent() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let mut tui = Tui::start(data, &[], 80, 24);
    tui.wait_for("Welcome!");
    tui.send("bank-2026");
    tui.send(ENTER);
    tui.send("Équipe Paris, Nantes");
    tui.send(ENTER);
    tui.send(ENTER);
    tui.wait_for("Created \"bank-2026\"");
    tui.send(ENTER);
    tui.wait_for("who is answering?");
    tui.send("Chloé");
    tui.send(ENTER);
    tui.wait_for("What is Chloé's role?");
    tui.send(DOWN);
    tui.send(DOWN);
    tui.send(ENTER);
    tui.wait_for("Question 1 of 58");
    tui.send("4");
    tui.send(ENTER);
    tui.wait_for("Question 2 of 58");
    tui.send("q");
    tui.wait_for("1 respondent: Chloé");
    tui.wait_for("Nantes");
    tui.send("q");
    assert!(tui.wait_exit());
    tui.assert_terminal_restored();

    let assessment: Value = serde_json::from_str(
        &std::fs::read_to_string(data.join("assessments/bank-2026/assessment.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        assessment["teams"],
        serde_json::json!(["Équipe Paris", "Nantes"])
    );
    let sheet = only_sheet(data);
    assert_eq!(sheet["team"], "Équipe Paris");
    assert_eq!(sheet["respondent"], "Chloé");
    assert_eq!(sheet["role"], "ops");
    assert_eq!(answers(&sheet).len(), 1);
}

#[test]
fn clicking_a_level_highlights_it_and_clicking_again_saves_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let args = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Ana",
    ];
    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("Question 1 of 69");
    // The frame may still be arriving: wait for the level itself before reading its row.
    tui.wait_for("4 Measured");
    let row = tui.row_of("4 Measured").expect("level 4 on screen");
    tui.click(10, row);
    tui.wait_for("▶ 4 Measured");
    // Highlighting may scroll the level list; click where the level is drawn now.
    let row = tui
        .row_of("▶ 4 Measured")
        .expect("highlighted level on screen");
    tui.click(10, row);
    tui.wait_for("Saved level 4 (Measured) for question 1");
    tui.send("q");
    assert!(tui.wait_exit());
    tui.assert_terminal_restored();
    assert_eq!(answers(&only_sheet(data))[&first_ids(1)[0]]["answer"], 4);
}

#[test]
fn no_color_draws_without_any_colour() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let args = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Ana",
    ];
    let mut tui = Tui::start_with_env(data, &args, 80, 24, &[("NO_COLOR", "1")]);
    tui.wait_for("Question 1 of 69");
    tui.send("3");
    tui.wait_for("▶ 3 Defined");
    let coloured = tui.with_screen(|s| {
        let (rows, cols) = s.size();
        (0..rows.get())
            .flat_map(|r| (0..cols.get()).map(move |c| (r, c)))
            .filter(|&(r, c)| {
                s.cell(r, c).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
            .count()
    });
    assert_eq!(coloured, 0, "cells with a colour under NO_COLOR");
    tui.send("q");
    assert!(tui.wait_exit());
}

#[test]
fn without_a_terminal_the_tui_refuses_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .env("DEVOPS_MATURITY_DATA", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("interactive terminal"), "{err}");
}

#[test]
fn compare_opens_the_dashboard_which_drills_down_and_exports_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    cli(&data, &["demo"]);
    let pdf = dir.path().join("rapport équipe.pdf");
    let mut tui = Tui::start(&data, &["compare", "bank-demo"], 80, 24);
    tui.wait_for("▶1 Overview");
    tui.wait_for("DSI historique — Paris");
    tui.wait_for("Culture and collaboration");
    tui.send("2");
    tui.wait_for("▶2 Differences");
    tui.wait_for("▶ Deployment and release");
    tui.send(ENTER);
    tui.wait_for("Deployment and release · target 4.0");
    tui.wait_for("median");
    tui.escape("Enter opens the selected dimension");
    tui.send("3");
    // The Plans view opens on the team's action plan, the roadmap's steps not in it yet.
    tui.wait_for("ACTION PLAN");
    tui.wait_for("not in plan");
    tui.send("4");
    tui.wait_for("TO DISCUSS");

    tui.send("e");
    tui.wait_for("./bank-demo-report.pdf");
    // Ctrl+U clears the default path; a path with an accent and a space is typed instead.
    tui.send("\x15");
    tui.send(&pdf.display().to_string());
    tui.send(ENTER);
    tui.wait_for("Wrote");
    let bytes = std::fs::read(&pdf).expect("the report was written");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    let size = bytes.len();

    // The same path again: nothing is replaced until asked; n keeps the file.
    tui.send("e");
    tui.wait_for("./bank-demo-report.pdf");
    tui.send("\x15");
    tui.send(&pdf.display().to_string());
    tui.send(ENTER);
    tui.wait_for("This file already exists.");
    tui.send("n");
    tui.wait_for("Enter writes it");
    // Waiting for the dashboard's own hints: an Esc followed at once by q would read as Alt+q.
    tui.escape("Tab 1-7 views");
    assert_eq!(std::fs::read(&pdf).unwrap().len(), size);
    tui.send("q");
    assert!(tui.wait_exit());
    tui.assert_terminal_restored();
}

#[test]
fn the_plans_view_accepts_a_step_and_sets_its_owner_saved_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    cli(&data, &["demo"]);
    let mut tui = Tui::start(&data, &["compare", "bank-demo"], 80, 24);
    tui.wait_for("▶1 Overview");
    tui.send("3");
    tui.wait_for("not in plan");
    tui.send("a");
    let screen = tui.wait_for("Agreed ");
    let id = screen
        .split("Agreed ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .unwrap()
        .to_string();
    tui.send("o");
    tui.wait_for("Owner and due date of");
    tui.send("Claire Dubois\t2027-02-30");
    tui.send(ENTER);
    tui.wait_for("is not a date");
    tui.send("\x7f\x7f28");
    tui.send(ENTER);
    tui.wait_for(&format!("Saved {id}"));
    tui.wait_for("Claire Dubois · 2027-02-28");
    // Saved already: another process reads it while the dashboard is still open.
    let out = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args([
            "plan",
            "list",
            "bank-demo",
            "--format",
            "json",
            "--status",
            "agreed",
        ])
        .env("DEVOPS_MATURITY_DATA", &data)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let action = &json["actions"][0];
    assert_eq!(action["id"], id.as_str());
    assert_eq!(action["owner"], "Claire Dubois");
    assert_eq!(action["due"], "2027-02-28");
    tui.send("q");
    assert!(tui.wait_exit());
}
