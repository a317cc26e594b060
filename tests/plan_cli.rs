//! The action plan and follow-up rounds through the built binary: `plan propose|list|add|set|
//! remove`, bad input to each (one line, exit 2, `plan.json` byte-identical), the scripted round
//! trip of issue 15 (demo → plan → report → follow-up → higher answers → progress), `demo
//! --rounds 2`, `history`, and plans travelling between laptops with `export` / `collect`.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support {
    pub mod cli;
    pub mod pdf_checks;
}
use support::cli::{clean_failure, ok, run, stdout};

const PARIS: &str = "DSI historique — Paris";
const NANTES: &str = "Start-up — Nantes";

/// `run` with the tool's clock set: "late" and every stamp depend on it.
fn run_at(data: &Path, now: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(args)
        .env("DEVOPS_MATURITY_DATA", data)
        .env("DEVOPS_MATURITY_NOW", now)
        .env("NO_COLOR", "1")
        .output()
        .expect("binary runs")
}

fn plan_file(data: &Path, name: &str) -> PathBuf {
    data.join("assessments").join(name).join("plan.json")
}

fn plan_json(data: &Path, name: &str, extra: &[&str]) -> Value {
    let mut args = vec!["plan", "list", name, "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&ok(&run(data, &args))).unwrap()
}

fn actions(v: &Value) -> &Vec<Value> {
    v["actions"].as_array().unwrap()
}

/// The id of the first proposed step of `team`.
fn first_step_of(v: &Value, team: &str) -> (String, String, u64) {
    let a = actions(v)
        .iter()
        .find(|a| a["origin"]["kind"] == "step" && a["teams"][0] == team)
        .expect("a step of the team");
    (
        a["id"].as_str().unwrap().to_string(),
        a["origin"]["question"].as_str().unwrap().to_string(),
        a["origin"]["to"].as_u64().unwrap(),
    )
}

#[test]
fn bad_input_to_every_plan_subcommand_is_one_line_exit_2_and_leaves_plan_json_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    ok(&run(d, &["plan", "propose", "bank-demo"]));
    let (id, _, _) = first_step_of(&plan_json(d, "bank-demo", &[]), PARIS);
    ok(&run(
        d,
        &["plan", "set", "bank-demo", &id, "--owner", "Claire"],
    ));
    let before = fs::read(plan_file(d, "bank-demo")).unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["plan", "set", "bank-demo", &id, "--due", "2027-02-30"],
            "--due: \"2027-02-30\" is not a date",
        ),
        (
            vec!["plan", "set", "bank-demo", "zzzzz", "--owner", "Karim"],
            "no action \"zzzzz\" in the plan of \"bank-demo\"",
        ),
        (
            vec!["plan", "set", "bank-demo", &id, "--status", "finished"],
            "--status: unknown status \"finished\"; use one of proposed, agreed, in-progress, done, dropped",
        ),
        (
            vec!["plan", "set", "bank-demo", &id, "--horizon", "1-2"],
            "--horizon: unknown horizon \"1-2\"",
        ),
        // A valid field next to a bad one: nothing of the request is written.
        (
            vec![
                "plan",
                "set",
                "bank-demo",
                &id,
                "--owner",
                "Karim",
                "--due",
                "31/03/2027",
            ],
            "--due: \"31/03/2027\" is not a date",
        ),
        (
            vec![
                "plan",
                "add",
                "bank-demo",
                "--title",
                "Rota",
                "--team",
                "Lyon",
            ],
            "--team: team \"Lyon\" is not part of \"bank-demo\"",
        ),
        (
            vec![
                "plan",
                "add",
                "bank-demo",
                "--title",
                "Rota",
                "--team",
                PARIS,
                "--due",
                "2027-13-01",
            ],
            "--due: \"2027-13-01\" is not a date",
        ),
        (
            vec![
                "plan",
                "add",
                "bank-demo",
                "--title",
                "Rota",
                "--team",
                PARIS,
                "--status",
                "someday",
            ],
            "--status: unknown status \"someday\"",
        ),
        (
            vec![
                "plan",
                "add",
                "bank-demo",
                "--title",
                "Rota",
                "--team",
                PARIS,
                "--question",
                "no.such",
            ],
            "--question: no question \"no.such\"",
        ),
        (
            vec!["plan", "remove", "bank-demo", "zzzzz"],
            "no action \"zzzzz\" in the plan of \"bank-demo\"",
        ),
        (
            vec!["plan", "list", "bank-demo", "--status", "finished"],
            "--status: unknown status \"finished\"",
        ),
        (
            vec!["plan", "list", "bank-demo", "--team", "Lyon"],
            "--team: team \"Lyon\" is not part of \"bank-demo\"",
        ),
        (
            vec!["plan", "propose", "no-such-assessment"],
            "no assessment named \"no-such-assessment\"",
        ),
    ];
    for (args, expected) in cases {
        let line = clean_failure(&run(d, &args), 2);
        assert!(line.contains(expected), "{args:?}: {line}");
        assert_eq!(
            fs::read(plan_file(d, "bank-demo")).unwrap(),
            before,
            "{args:?} changed plan.json"
        );
    }
    // A broken plan file is reported by path and never overwritten.
    fs::write(
        plan_file(d, "bank-demo"),
        b"{\"format\": \"devops-maturity/plan\"",
    )
    .unwrap();
    let broken = fs::read(plan_file(d, "bank-demo")).unwrap();
    let line = clean_failure(
        &run(d, &["plan", "set", "bank-demo", &id, "--owner", "X"]),
        1,
    );
    assert!(line.contains("plan.json"), "{line}");
    assert_eq!(fs::read(plan_file(d, "bank-demo")).unwrap(), broken);
}

#[test]
fn propose_skips_origins_already_in_the_plan_dropped_included() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let first = ok(&run(d, &["plan", "propose", "bank-demo"]));
    let all = plan_json(d, "bank-demo", &[]);
    let n = actions(&all).len();
    assert!(first.contains(&format!("Proposed {n} actions")), "{first}");
    // Both teams' roadmaps and the synchronisation initiatives (joint actions).
    assert!(actions(&all).iter().any(|a| a["teams"][0] == PARIS));
    assert!(actions(&all).iter().any(|a| a["teams"][0] == NANTES));
    assert!(actions(&all).iter().any(|a| a["joint"] == true));
    let (id, _, _) = first_step_of(&all, PARIS);
    ok(&run(
        d,
        &["plan", "set", "bank-demo", &id, "--status", "dropped"],
    ));
    let again = ok(&run(d, &["plan", "propose", "bank-demo"]));
    assert!(again.starts_with("Nothing new to propose"), "{again}");
    assert_eq!(actions(&plan_json(d, "bank-demo", &[])).len(), n);
    // Removed (not dropped): proposed again, under a new id.
    ok(&run(d, &["plan", "remove", "bank-demo", &id]));
    assert_eq!(actions(&plan_json(d, "bank-demo", &[])).len(), n - 1);
    assert!(ok(&run(d, &["plan", "propose", "bank-demo"])).contains("Proposed 1 action"));
    let now = plan_json(d, "bank-demo", &[]);
    assert_eq!(actions(&now).len(), n);
    assert!(actions(&now).iter().all(|a| a["id"] != id.as_str()));
    // Filters.
    let dropped = plan_json(d, "bank-demo", &["--status", "dropped"]);
    assert!(actions(&dropped).is_empty());
    let nantes = plan_json(d, "bank-demo", &["--team", "start-up — nantes"]);
    assert!(
        actions(&nantes)
            .iter()
            .all(|a| a["teams"].as_array().unwrap().iter().any(|t| t == NANTES))
    );
}

#[test]
fn a_joint_action_is_added_and_the_french_csv_opens_in_a_spreadsheet() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(
        d,
        &[
            "new",
            "banque",
            "--team",
            "Paris",
            "--team",
            "Nantes",
            "--questionnaire",
            "fr",
        ],
    ));
    let out = ok(&run_at(
        d,
        "2027-01-10T09:00:00Z",
        &[
            "plan",
            "add",
            "banque",
            "--title",
            "Astreinte commune",
            "--team",
            "paris",
            "--team",
            "Nantes",
            "--owner",
            "Zoé Lefèvre",
            "--due",
            "2027-01-05",
            "--horizon",
            "0-3",
            "--status",
            "agreed",
            "--note",
            "Budget validé",
        ],
    ));
    // The assessment is French: so is the line that confirms it.
    assert!(
        out.contains(" (Paris + Nantes) ajoutée au plan\u{202f}: Astreinte commune"),
        "{out}"
    );
    let csv = stdout(&run_at(
        d,
        "2027-01-10T09:00:00Z",
        &["plan", "list", "banque", "--format", "csv"],
    ));
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        lines.next().unwrap(),
        "Réf.;Action;Équipes;Responsable;Échéance;Horizon;Statut;En retard;C’est fait quand;Origine;Notes"
    );
    let row: Vec<&str> = lines.next().unwrap().split(';').collect();
    assert_eq!(
        &row[1..8],
        [
            "Astreinte commune",
            "Paris, Nantes",
            "Zoé Lefèvre",
            "2027-01-05",
            "0–3 mois",
            "convenue",
            "en retard"
        ]
    );
    assert!(row[10].ends_with("Budget validé"), "{row:?}");
    // Not late the day it is due.
    let csv = stdout(&run_at(
        d,
        "2027-01-05T09:00:00Z",
        &["plan", "list", "banque", "--format", "csv"],
    ));
    assert!(csv.contains(";convenue;;"), "{csv}");
}

#[test]
fn the_round_trip_from_plan_to_follow_up_shows_progress() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let t0 = "2026-12-01T09:00:00Z";
    ok(&run_at(d, t0, &["demo"]));
    ok(&run_at(d, t0, &["plan", "propose", "bank-demo"]));
    let plan = plan_json(d, "bank-demo", &[]);
    let (id, question, to) = first_step_of(&plan, PARIS);
    let joint = actions(&plan).iter().find(|a| a["joint"] == true).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    ok(&run_at(
        d,
        t0,
        &[
            "plan",
            "set",
            "bank-demo",
            &id,
            "--status",
            "agreed",
            "--owner",
            "Claire Dubois",
            "--due",
            "2027-03-31",
        ],
    ));
    ok(&run_at(
        d,
        t0,
        &[
            "plan",
            "set",
            "bank-demo",
            &joint,
            "--status",
            "in-progress",
            "--owner",
            "Comité DevOps",
            "--due",
            "2027-02-28",
        ],
    ));
    let md = d.join("r1.md");
    ok(&run_at(
        d,
        t0,
        &["report", "bank-demo", "-o", md.to_str().unwrap()],
    ));
    let text = fs::read_to_string(&md).unwrap();
    let agreed = text
        .find("### Agreed actions")
        .expect("agreed actions in the roadmap");
    let row = &text[agreed..];
    assert!(
        row.contains("| Claire Dubois | 31 March 2027 | agreed |"),
        "{row}"
    );
    assert!(
        text.contains("### Joint actions"),
        "joint actions under the sync plan"
    );
    assert!(text.contains("| Comité DevOps | 28 February 2027 | in progress |"));
    assert!(text.contains("### Proposed, not agreed yet"));
    // The body never names a question by its id.
    assert!(!text[..text.find("## Appendix").unwrap_or(text.len())].contains(&question));

    // The next round: same teams, the open actions carried with their ids, owners and dates.
    let t1 = "2027-06-01T09:00:00Z";
    let first_plan = fs::read(plan_file(d, "bank-demo")).unwrap();
    let out = ok(&run_at(
        d,
        t1,
        &["new", "bank-2027", "--follow-up", "bank-demo"],
    ));
    assert!(out.contains("Carried over"), "{out}");
    let carried: Value = serde_json::from_str(&ok(&run_at(
        d,
        t1,
        &["plan", "list", "bank-2027", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(actions(&carried).len(), actions(&plan).len());
    let a = actions(&carried)
        .iter()
        .find(|a| a["id"] == id.as_str())
        .unwrap();
    assert_eq!(a["owner"], "Claire Dubois");
    assert_eq!(a["due"], "2027-03-31");
    assert_eq!(a["carried_from"], "bank-demo");
    // Late now by the tool's clock: open and due before 2027-06-01.
    assert_eq!(a["late"], true);
    // Respondents start empty.
    assert!(
        fs::read_dir(d.join("assessments/bank-2027/responses"))
            .map_or(true, |mut e| e.next().is_none())
    );

    // Paris answers, the step's question at its target level; the action is done.
    for who in ["Alice", "Bruno"] {
        let set = format!("{question}={to}");
        ok(&run_at(
            d,
            t1,
            &[
                "answer",
                "bank-2027",
                "--team",
                PARIS,
                "--respondent",
                who,
                "--set",
                &set,
            ],
        ));
    }
    ok(&run_at(
        d,
        t1,
        &["plan", "set", "bank-2027", &id, "--status", "done"],
    ));
    let json: Value = serde_json::from_str(&ok(&run_at(
        d,
        t1,
        &["compare", "bank-2027", "--format", "json"],
    )))
    .unwrap();
    let p = &json["progress"];
    assert_eq!(p["previous"], "bank-demo");
    assert_eq!(p["first"], "bank-demo");
    assert_eq!(p["rounds"].as_array().unwrap().len(), 2);
    let before: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "bank-demo", "--format", "json"]))).unwrap();
    assert!(
        before.get("progress").is_none(),
        "a first round has no progress"
    );
    let paris = &p["teams"][0];
    assert_eq!(paris["team"], PARIS);
    let dim = question.split('.').next().unwrap();
    let row = paris["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["dimension_id"] == dim)
        .unwrap();
    let then = before["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == dim)
        .unwrap()["teams"][0]["score"]
        .as_f64()
        .unwrap();
    let now = json["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == dim)
        .unwrap()["teams"][0]["score"]
        .as_f64()
        .unwrap();
    assert_eq!(row["then"].as_f64().unwrap(), then);
    assert_eq!(row["now"].as_f64().unwrap(), now);
    // The change is the difference of the shown (one-decimal) scores.
    let shown = |v: f64| (v * 10.0).round() / 10.0;
    let change = row["change"].as_f64().unwrap();
    assert!((change - (shown(now) - shown(then))).abs() < 1e-9, "{row}");
    // Nantes answered nothing in the new round: no score now, no change.
    assert!(p["teams"][1]["overall"]["now"].is_null());
    assert!(p["teams"][1]["overall"]["change"].is_null());
    // The step's question moved by a level or more and reached the level aimed at.
    let moved = paris["moved"].as_array().unwrap();
    assert!(
        moved.iter().any(|m| m["question_id"] == question.as_str()),
        "{moved:?}"
    );
    let done = p["done"].as_array().unwrap();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0]["id"], id.as_str());
    assert_eq!(done[0]["target_level"].as_u64(), Some(to));
    assert_eq!(done[0]["teams"][0]["reached"], true);
    assert_eq!(p["plan"]["done"], 1);
    // The joint action, in progress and due 2027-02-28, is late by the tool's clock.
    assert_eq!(p["plan"]["late"], 1);
    let earlier: Value = serde_json::from_str(&ok(&run_at(
        d,
        "2027-02-01T09:00:00Z",
        &["compare", "bank-2027", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(earlier["progress"]["plan"]["late"], 0);
    // Everything done here was done in the new round: the first round is as it was.
    assert_eq!(fs::read(plan_file(d, "bank-demo")).unwrap(), first_plan);

    // The PDF has its progress page, the round on the cover, owners in the roadmap.
    let pdf = d.join("r2.pdf");
    ok(&run_at(
        d,
        t1,
        &["report", "bank-2027", "-o", pdf.to_str().unwrap()],
    ));
    let pages = support::pdf_checks::extract_pages(&fs::read(&pdf).unwrap());
    let squashed: Vec<String> = pages
        .iter()
        .map(|p| support::pdf_checks::squash(p))
        .collect();
    let progress: Vec<&String> = squashed
        .iter()
        .filter(|p| p.starts_with_progress())
        .collect();
    assert_eq!(progress.len(), 1, "one progress page");
    assert!(progress[0].contains("Round 1"), "{}", progress[0]);
    assert!(progress[0].contains("Plan completion:"), "{}", progress[0]);
    assert!(
        squashed
            .iter()
            .any(|p| p.contains("Round 2 of 2 (follows bank-demo)"))
    );
    assert!(squashed.iter().any(|p| p.contains("Claire Dubois")));
    // `history` lists both rounds with their dates and scores.
    let history = ok(&run(d, &["history", "bank-2027"]));
    assert!(
        history.starts_with("1. bank-demo  (2026-12-01"),
        "{history}"
    );
    assert!(history.contains("2. bank-2027  (2027-06-01"), "{history}");
}

trait ProgressPage {
    fn starts_with_progress(&self) -> bool;
}

impl ProgressPage for String {
    /// The progress page, not the contents line that names it.
    fn starts_with_progress(&self) -> bool {
        self.contains("Progress since the previous round Scores of every round")
    }
}

#[test]
fn demo_with_two_rounds_has_a_history_and_done_actions_checked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = ok(&run(d, &["demo", "--rounds", "2"]));
    assert!(out.contains("history bank-demo-2"), "{out}");
    let history = ok(&run(d, &["history", "bank-demo-2"]));
    assert_eq!(history.matches(". bank-demo").count(), 2, "{history}");
    let json: Value = serde_json::from_str(&ok(&run(
        d,
        &["compare", "bank-demo-2", "--format", "json"],
    )))
    .unwrap();
    let p = &json["progress"];
    let done = p["done"].as_array().unwrap();
    assert!(done.len() >= 4, "{done:?}");
    // Most done steps reached their level; one did not (the demo says so).
    let reached = |v: bool| {
        done.iter()
            .filter(|x| x["teams"][0]["reached"] == v)
            .count()
    };
    assert!(reached(true) >= 3);
    assert_eq!(reached(false), 1);
    let paris = &p["teams"][0]["overall"];
    assert!(paris["now"].as_f64().unwrap() > paris["then"].as_f64().unwrap());
    // The demo refuses to overwrite: both names are checked before anything is written.
    let line = clean_failure(&run(d, &["demo", "--rounds", "2"]), 2);
    assert!(line.contains("already exists"), "{line}");
    let text = ok(&run(d, &["compare", "bank-demo-2", "--format", "text"]));
    assert!(text.contains("Progress since \"bank-demo\""), "{text}");
}

#[test]
fn two_laptops_editing_different_fields_of_one_action_merge_field_by_field() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    let (h, t) = (here.path(), there.path());
    ok(&run_at(h, "2026-12-01T09:00:00Z", &["demo"]));
    ok(&run_at(
        h,
        "2026-12-01T09:01:00Z",
        &["plan", "propose", "bank-demo"],
    ));
    let (id, _, _) = first_step_of(&plan_json(h, "bank-demo", &[]), PARIS);
    // The other laptop gets a copy of the assessment and its plan.
    let zip = h.join("all.zip");
    ok(&run(
        h,
        &["export", "bank-demo", "-o", zip.to_str().unwrap()],
    ));
    ok(&run_at(t, "2026-12-01T09:02:00Z", &["demo"]));
    ok(&run_at(
        t,
        "2026-12-01T09:03:00Z",
        &["collect", "bank-demo", zip.to_str().unwrap()],
    ));
    assert_eq!(
        actions(&plan_json(t, "bank-demo", &[])).len(),
        actions(&plan_json(h, "bank-demo", &[])).len()
    );
    // Offline: here sets the owner, there the due date and status, and adds an action.
    ok(&run_at(
        h,
        "2026-12-02T10:00:00Z",
        &["plan", "set", "bank-demo", &id, "--owner", "Claire"],
    ));
    ok(&run_at(
        t,
        "2026-12-02T11:00:00Z",
        &[
            "plan",
            "set",
            "bank-demo",
            &id,
            "--due",
            "2027-03-31",
            "--status",
            "agreed",
        ],
    ));
    ok(&run_at(
        t,
        "2026-12-02T11:05:00Z",
        &[
            "plan",
            "add",
            "bank-demo",
            "--title",
            "Shared rota",
            "--team",
            NANTES,
        ],
    ));
    let back = t.join("there.zip");
    ok(&run(
        t,
        &["export", "bank-demo", "-o", back.to_str().unwrap()],
    ));
    let out = ok(&run_at(
        h,
        "2026-12-03T09:00:00Z",
        &["collect", "bank-demo", back.to_str().unwrap()],
    ));
    assert!(out.contains("action plan: 1 action added"), "{out}");
    let merged = plan_json(h, "bank-demo", &[]);
    let a = actions(&merged)
        .iter()
        .find(|a| a["id"] == id.as_str())
        .unwrap();
    assert_eq!(a["owner"], "Claire");
    assert_eq!(a["due"], "2027-03-31");
    assert_eq!(a["status"], "agreed");
    assert!(actions(&merged).iter().any(|a| a["title"] == "Shared rota"));
    // Collecting the same copy again changes nothing.
    let before = fs::read(plan_file(h, "bank-demo")).unwrap();
    ok(&run(h, &["collect", "bank-demo", back.to_str().unwrap()]));
    assert_eq!(fs::read(plan_file(h, "bank-demo")).unwrap(), before);
}

#[test]
fn an_anonymous_report_names_an_owner_who_answered_by_role() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let json: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "bank-demo", "--format", "json"]))).unwrap();
    let who = json["teams"][0]["respondents"][0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    ok(&run(d, &["plan", "propose", "bank-demo"]));
    let (id, _, _) = first_step_of(&plan_json(d, "bank-demo", &[]), PARIS);
    ok(&run(
        d,
        &[
            "plan",
            "set",
            "bank-demo",
            &id,
            "--status",
            "agreed",
            "--owner",
            &who,
        ],
    ));
    let named = d.join("named.md");
    ok(&run(
        d,
        &["report", "bank-demo", "-o", named.to_str().unwrap()],
    ));
    assert!(
        fs::read_to_string(&named)
            .unwrap()
            .contains(&format!("| {who} |"))
    );
    let anonymous = d.join("anonymous.md");
    ok(&run(
        d,
        &[
            "report",
            "bank-demo",
            "-o",
            anonymous.to_str().unwrap(),
            "--anonymous",
        ],
    ));
    let text = fs::read_to_string(&anonymous).unwrap();
    assert!(!text.contains(&who), "{who} named in an anonymous report");
    let agreed = &text[text.find("### Agreed actions").unwrap()..];
    let row = agreed.lines().nth(4).unwrap();
    assert!(!row.contains("to be named"), "{row}");
}

#[test]
fn a_chain_whose_first_round_was_deleted_still_lists_and_compares() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    ok(&run(d, &["new", "bank-2027", "--follow-up", "bank-demo"]));
    ok(&run(d, &["delete", "bank-demo"]));
    let out = run(d, &["history", "bank-2027"]);
    assert!(out.status.success());
    assert!(
        support::cli::stderr(&out).contains("\"bank-demo\" this chain follows is no longer stored"),
        "{}",
        support::cli::stderr(&out)
    );
    assert!(stdout(&out).starts_with("1. bank-2027"), "{}", stdout(&out));
    let json: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "bank-2027", "--format", "json"]))).unwrap();
    assert!(json.get("progress").is_none());
    // A follow-up of a round that does not exist is refused, nothing created.
    let line = clean_failure(&run(d, &["new", "bank-2028", "--follow-up", "nope"]), 2);
    assert!(line.contains("no assessment named \"nope\""), "{line}");
    assert!(!d.join("assessments/bank-2028").exists());
}

/// An accepted request becomes a joint action of both teams, once; a request not accepted, an
/// unknown id or `--team` beside `--request` is refused with one line, exit 2, and `plan.json`
/// is left byte-identical.
#[test]
fn an_accepted_request_becomes_a_joint_action_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let list: Value = serde_json::from_str(&stdout(&run(
        d,
        &["request", "list", "bank-demo", "--format", "json"],
    )))
    .unwrap();
    let requests = list.as_array().unwrap();
    let with = |status: &str| {
        requests
            .iter()
            .find(|r| r["status"] == status)
            .unwrap_or_else(|| panic!("the demo has a request {status}"))
    };
    let accepted = with("accepted");
    let id = accepted["id"].as_str().unwrap();
    let out = run(
        d,
        &[
            "plan",
            "add",
            "bank-demo",
            "--request",
            id,
            "--owner",
            "Hugo",
        ],
    );
    ok(&out);
    let plan = plan_json(d, "bank-demo", &[]);
    let action = actions(&plan)
        .iter()
        .find(|a| a["title"] == accepted["text"])
        .expect("the action is titled by the request");
    let mut teams: Vec<&str> = action["teams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    teams.sort_unstable();
    let mut expected = vec![
        accepted["by"].as_str().unwrap(),
        accepted["to"].as_str().unwrap(),
    ];
    expected.sort_unstable();
    assert_eq!(teams, expected, "a joint action of both teams");
    assert_eq!(action["owner"], "Hugo");
    assert_eq!(action["joint"], true);
    assert_eq!(action["origin"]["question"], accepted["question"]);
    let before = fs::read(plan_file(d, "bank-demo")).unwrap();
    let discussed = with("discuss")["id"].as_str().unwrap();
    for args in [
        vec!["plan", "add", "bank-demo", "--request", id],
        vec!["plan", "add", "bank-demo", "--request", discussed],
        vec!["plan", "add", "bank-demo", "--request", "r-nope00"],
    ] {
        let out = run(d, &args);
        clean_failure(&out, 2);
        assert_eq!(
            fs::read(plan_file(d, "bank-demo")).unwrap(),
            before,
            "{args:?} changed plan.json"
        );
    }
    // --team beside --request is refused by the parser (exit 2), nothing written.
    let out = run(
        d,
        &["plan", "add", "bank-demo", "--request", id, "--team", PARIS],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read(plan_file(d, "bank-demo")).unwrap(), before);
}
