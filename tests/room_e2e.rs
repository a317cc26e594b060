//! The workshop room with the real binary in a pseudo-terminal: a room of three votes, reveals
//! and accepts into the three participants' own sheets; the parking lot shows in the review;
//! a `kill -9` mid-question loses nothing accepted and the room resumes where it stopped, with a
//! timebox in the header, a latecomer (`+`) and a participant absent from there on (`-`).

mod pty;

use devops_maturity::domain::default_questionnaire;
use pty::{DOWN, ENTER, Tui};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

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

/// Every stored sheet of the data directory, by respondent.
fn sheets(data: &Path) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for dir in std::fs::read_dir(data.join("assessments")).unwrap() {
        let responses = dir.unwrap().path().join("responses");
        let Ok(files) = std::fs::read_dir(responses) else {
            continue;
        };
        for f in files {
            let path = f.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let v: Value =
                    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                out.push((v["respondent"].as_str().unwrap().to_string(), v));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A respondent's stored answer to a question: 3, "n/a"…
fn answer(data: &Path, who: &str, id: &str) -> Option<Value> {
    let all = sheets(data);
    let (_, sheet) = all.iter().find(|(name, _)| name == who)?;
    let a = &sheet["answers"][id];
    if a.is_null() {
        return None;
    }
    // An answer is stored with its time: {"level": 3, "at": …} or a bare value.
    Some(
        a.get("answer")
            .or_else(|| a.get("level"))
            .unwrap_or(a)
            .clone(),
    )
}

fn ids(n: usize) -> Vec<String> {
    default_questionnaire()
        .questions()
        .take(n)
        .map(|(_, q)| q.id.clone())
        .collect()
}

fn room_file(data: &Path) -> Value {
    let dir = std::fs::read_dir(data.join("assessments"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    serde_json::from_str(&std::fs::read_to_string(dir.join("room.json")).unwrap()).unwrap()
}

/// The row of the screen that starts (after spaces) with `start`.
fn row(screen: &str, start: &str) -> String {
    screen
        .lines()
        .find(|l| l.trim_start().starts_with(start))
        .unwrap_or_default()
        .to_string()
}

#[cfg(unix)]
#[test]
fn a_room_of_three_votes_reveals_accepts_parks_and_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    let q = ids(3);
    // The participants screen: three names typed, in vote order.
    let args = ["workshop", "bank-2026", "--team", "Paris"];
    let mut tui = Tui::start(data, &args, 80, 24);
    tui.wait_for("workshop room: participants");
    for name in ["Alice:dev", "Bob", "Karim:ops"] {
        tui.send(name);
        tui.send(ENTER);
    }
    tui.wait_for("3. Karim (ops)");
    // Down to the timebox field, then Enter opens the room.
    for _ in 0..4 {
        tui.send(DOWN);
    }
    tui.send(ENTER);
    tui.wait_for("Question 1 of 69");
    tui.send("3");
    tui.send("4");
    let hidden = tui.wait_for("2 of 3");
    assert!(
        !hidden.contains("██"),
        "votes show before the reveal:\n{hidden}"
    );
    tui.send("2");
    tui.wait_for("3 of 3");
    tui.send(ENTER);
    let reveal = tui.wait_for("Median");
    assert!(row(&reveal, "2 Managed").contains("Karim"), "{reveal}");
    assert!(row(&reveal, "3 Defined").contains("Alice"), "{reveal}");
    assert!(row(&reveal, "4 Measured").contains("Bob"), "{reveal}");
    assert!(reveal.contains("Discuss"), "{reveal}");
    // The room's note: kept once, in the room file, and shown in the report.
    tui.send("c");
    tui.wait_for("The room’s note");
    tui.send("Bob has seen the nightly pipeline");
    tui.wait_for("nightly pipeline");
    tui.escape("Room’s note: Bob has seen");
    tui.send(ENTER);
    tui.wait_for("Question 2 of 69");
    assert_eq!(answer(data, "Alice", &q[0]), Some(Value::from(3)));
    assert_eq!(answer(data, "Bob", &q[0]), Some(Value::from(4)));
    assert_eq!(answer(data, "Karim", &q[0]), Some(Value::from(2)));
    // Park question 2; the review lists it.
    tui.send("p");
    tui.wait_for("Parked");
    tui.send("f");
    let review = tui.wait_for("Parking lot");
    let title = default_questionnaire()
        .questions()
        .nth(1)
        .unwrap()
        .1
        .display_title();
    let parked_row = review
        .lines()
        .skip_while(|l| !l.contains("Parking lot"))
        .nth(1)
        .unwrap_or_default();
    assert!(parked_row.contains(&title), "{review}");
    tui.escape("0 of 3");
    // Votes on question 2, half typed, then SIGKILL: question 1 stays accepted.
    tui.send("1");
    tui.send("1");
    tui.wait_for("2 of 3");
    let status = Command::new("kill")
        .args(["-9", &tui.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(!tui.wait_exit());
    drop(tui);
    assert_eq!(answer(data, "Bob", &q[0]), Some(Value::from(4)));
    assert_eq!(
        answer(data, "Alice", &q[1]),
        None,
        "a vote not accepted is not stored"
    );
    let rooms = room_file(data);
    let paris = &rooms["teams"][0];
    assert!(paris["questions"][&q[0]]["accepted_at"].is_string());
    assert_eq!(paris["questions"][&q[1]]["parked"], Value::Bool(true));
    // Back in the room with the same participants: it resumes on question 2.
    let args = [
        "workshop",
        "bank-2026",
        "--team",
        "Paris",
        "--participant",
        "Alice",
        "--participant",
        "Bob",
        "--participant",
        "Karim",
        "--timebox",
        "2m",
    ];
    let mut tui = Tui::start(data, &args, 200, 50);
    let screen = tui.wait_for("Question 2 of 69");
    // The timebox: a countdown from 2:00 in the header, beside where the room is, and the
    // time used so far under it.
    let header = screen.lines().next().unwrap_or_default().to_string();
    assert!(
        header.contains("Question 2 of 69 · ⏱ 2:00") || header.contains("Question 2 of 69 · ⏱ 1:5"),
        "{screen}"
    );
    assert!(
        screen.lines().nth(1).unwrap_or_default().contains("so far"),
        "{screen}"
    );
    // `+`: Zoé arrives late and votes last.
    tui.send("+");
    tui.wait_for("A participant arrives");
    tui.send("Zoé");
    tui.send(ENTER);
    tui.wait_for("Zoé joins the room");
    tui.wait_for("0 of 4");
    // `-`: Bob leaves (second in the list): from here on he does not vote.
    tui.send("-");
    tui.wait_for("Who leaves?");
    tui.send(DOWN);
    tui.send(ENTER);
    tui.wait_for("Bob is absent from here on");
    tui.wait_for("0 of 3");
    // Alice, Karim, Zoé vote 1, 2, 3; the reveal names them; accept stores their sheets.
    tui.send("1");
    tui.send("2");
    tui.send("3");
    tui.wait_for("3 of 3");
    tui.send(ENTER);
    let reveal = tui.wait_for("Median");
    assert!(row(&reveal, "3 Defined").contains("Zoé"), "{reveal}");
    for level in [
        "1 Initial",
        "2 Managed",
        "3 Defined",
        "4 Measured",
        "5 Optimizing",
    ] {
        assert!(
            !row(&reveal, level).contains("Bob"),
            "an absent participant in the reveal:\n{reveal}"
        );
    }
    tui.send(ENTER);
    tui.wait_for("Question 3 of 69");
    assert_eq!(answer(data, "Alice", &q[1]), Some(Value::from(1)));
    assert_eq!(answer(data, "Karim", &q[1]), Some(Value::from(2)));
    assert_eq!(answer(data, "Zoé", &q[1]), Some(Value::from(3)));
    assert_eq!(
        answer(data, "Bob", &q[1]),
        None,
        "Bob left before question 2"
    );
    tui.send("q");
    assert!(tui.wait_exit());
    tui.assert_terminal_restored();
    // The report shows the note as the room's comment, under the question.
    let md = data.join("report.md");
    cli(data, &["report", "bank-2026", "-o", md.to_str().unwrap()]);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.contains("Workshop room") && text.contains("Bob has seen the nightly pipeline"),
        "the room's note is missing from the report"
    );
    for sheet in sheets(data) {
        assert!(
            !sheet.1.to_string().contains("nightly pipeline"),
            "the note is the room's, not copied into {}'s sheet",
            sheet.0
        );
    }
}

#[test]
fn workshop_refuses_bad_flags_with_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "bank-2026", "--team", "Paris"]);
    for (args, expected) in [
        (
            vec!["workshop", "bank-2026", "--team", "Lyon"],
            "team \"Lyon\"",
        ),
        (
            vec![
                "workshop",
                "bank-2026",
                "--team",
                "Paris",
                "--timebox",
                "soon",
            ],
            "--timebox",
        ),
        (
            vec![
                "workshop",
                "bank-2026",
                "--team",
                "Paris",
                "--participant",
                "Bob:chef",
            ],
            "--participant Bob:chef",
        ),
        (
            vec![
                "workshop",
                "bank-2026",
                "--team",
                "Paris",
                "--participant",
                "Bob",
                "--participant",
                "bob",
            ],
            "already a participant",
        ),
        (
            vec![
                "workshop",
                "bank-2026",
                "--team",
                "Paris",
                "--about",
                "paris",
            ],
            "--about paris",
        ),
        (
            vec![
                "workshop",
                "bank-2026",
                "--team",
                "Paris",
                "--about",
                "Lyon",
            ],
            "--about",
        ),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
            .args(&args)
            .env("DEVOPS_MATURITY_DATA", data)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    assert!(sheets(data).is_empty(), "nothing written");
}

/// Every perception sheet of the data directory (`perceptions/<team>/…`), by respondent.
fn perception_sheets(data: &Path) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for dir in std::fs::read_dir(data.join("assessments")).unwrap() {
        let Ok(folders) = std::fs::read_dir(dir.unwrap().path().join("perceptions")) else {
            continue;
        };
        for folder in folders {
            let folder = folder.unwrap().path();
            if !folder.is_dir() {
                continue;
            }
            for f in std::fs::read_dir(folder).unwrap() {
                let path = f.unwrap().path();
                if path.extension().is_some_and(|e| e == "json") {
                    let v: Value =
                        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                    out.push((v["respondent"].as_str().unwrap().to_string(), v));
                }
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Tab on the participants screen: the room of Ops assesses Dev. The accepted votes go to each
/// participant's perception sheet about Dev, never to their own sheet; the room's progress is
/// kept for (Ops, Dev), apart from Ops's own room, which still starts at question 1; and
/// `--about` opens the same room from the command line.
#[cfg(unix)]
#[test]
fn a_room_about_another_team_writes_perception_sheets_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    cli(data, &["new", "org", "--team", "Ops", "--team", "Dev"]);
    let q = ids(2);
    let set = format!("{}=4", q[0]);
    cli(
        data,
        &[
            "answer",
            "org",
            "--team",
            "Ops",
            "--respondent",
            "Alice",
            "--set",
            &set,
        ],
    );
    let mut tui = Tui::start(data, &["workshop", "org", "--team", "Ops"], 80, 24);
    tui.wait_for("workshop room: participants");
    tui.wait_for("Assessed: Ops's own practices");
    for name in ["Alice", "Bob"] {
        tui.send(name);
        tui.send(ENTER);
    }
    tui.wait_for("2. Bob");
    tui.send("\t");
    tui.wait_for("org · Ops about Dev");
    tui.send(ENTER);
    let screen = tui.wait_for("Question 1 of 69");
    assert!(screen.contains("Ops about Dev"), "{screen}");
    tui.send("1");
    tui.send("2");
    tui.wait_for("2 of 2");
    tui.send(ENTER);
    tui.wait_for("Median");
    tui.send(ENTER);
    tui.wait_for("Question 2 of 69");
    tui.send("q");
    assert!(tui.wait_exit());
    // Own sheets: Alice's 4 untouched, Bob has none.
    assert_eq!(answer(data, "Alice", &q[0]), Some(Value::from(4)));
    assert_eq!(sheets(data).len(), 1, "{:?}", sheets(data));
    let about = perception_sheets(data);
    assert_eq!(about.len(), 2, "{about:?}");
    for ((who, sheet), level) in about.iter().zip([1, 2]) {
        assert_eq!(sheet["team"], "Ops", "{who}");
        assert_eq!(sheet["about"], "Dev", "{who}");
        let a = &sheet["answers"][&q[0]];
        assert_eq!(
            a.get("level").or(a.get("answer")).unwrap_or(a),
            &Value::from(level)
        );
    }
    let rooms = room_file(data);
    let pair = rooms["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["about"] == "Dev")
        .expect("the room about Dev is recorded");
    assert_eq!(pair["team"], "Ops");
    assert!(pair["questions"][&q[0]]["accepted_at"].is_string());
    // Ops's own room never met on question 1: it opens there.
    let own = ["workshop", "org", "--team", "Ops", "--participant", "Alice"];
    let mut tui = Tui::start(data, &own, 80, 24);
    let screen = tui.wait_for("Question 1 of 69");
    assert!(!screen.contains("about Dev"), "{screen}");
    tui.send("q");
    assert!(tui.wait_exit());
    // The room about Dev from the command line resumes on question 2.
    let about_dev = [
        "workshop",
        "org",
        "--team",
        "Ops",
        "--about",
        "dev",
        "--participant",
        "Bob",
    ];
    let mut tui = Tui::start(data, &about_dev, 80, 24);
    tui.wait_for("Question 2 of 69");
    tui.send("q");
    assert!(tui.wait_exit());
    tui.assert_terminal_restored();
    // Dev's own scores count none of it.
    let out = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(["compare", "org", "--format", "json"])
        .env("DEVOPS_MATURITY_DATA", data)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let dev = json["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Dev")
        .unwrap();
    assert!(dev["overall"].is_null(), "{dev}");
    assert_eq!(dev["coverage"], Value::from(0.0), "{dev}");
    assert_eq!(dev["respondents"], Value::Array(Vec::new()), "{dev}");
}
