//! Answers never lost or mixed across processes and laptops: concurrent `answer` processes,
//! conflicts, respondent management with tombstones, `export` and `collect`.

mod support {
    pub mod cli;
}
use devops_maturity::app::Workspace;
use devops_maturity::domain::{Answer, ResponseSheet, default_questionnaire};
use std::fs;
use std::path::Path;
use std::process::Command;
use support::cli::{clean_failure, ok, run, stderr};

fn new_bank(d: &Path) {
    ok(&run(
        d,
        &[
            "new",
            "bank",
            "--team",
            "Équipe Paris",
            "--team",
            "Start-up Nantes",
        ],
    ));
}

fn set(d: &Path, team: &str, who: &str, sets: &[&str]) -> std::process::Output {
    let mut args = vec!["answer", "bank", "--team", team, "--respondent", who];
    for s in sets {
        args.push("--set");
        args.push(s);
    }
    run(d, &args)
}

fn sheet(d: &Path, team: &str, who: &str) -> ResponseSheet {
    Workspace::open(d)
        .load_sheet("bank", team, who)
        .unwrap()
        .unwrap_or_else(|| panic!("no sheet for {who}"))
}

/// Every file under `dir` (locks left out), with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == ".locks") {
            continue;
        }
        if path.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.push((path.display().to_string(), fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn two_processes_saving_different_questions_at_once_keep_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new_bank(d);
    let ids: Vec<String> = default_questionnaire()
        .questions()
        .map(|(_, q)| q.id.clone())
        .take(24)
        .collect();
    // Pairs of processes started together, each setting its own question of the same sheet.
    for pair in ids.chunks(2) {
        let children: Vec<_> = pair
            .iter()
            .map(|id| {
                Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
                    .args([
                        "answer",
                        "bank",
                        "--team",
                        "Équipe Paris",
                        "--respondent",
                        "Alice",
                        "--set",
                        &format!("{id}=3"),
                    ])
                    .env("DEVOPS_MATURITY_DATA", d)
                    .output_spawn()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let alice = sheet(d, "Équipe Paris", "Alice");
    let lost: Vec<&String> = ids.iter().filter(|id| alice.answer(id).is_none()).collect();
    assert!(lost.is_empty(), "lost answers: {lost:?}");
}

trait SpawnQuiet {
    fn output_spawn(&mut self) -> std::process::Child;
}

impl SpawnQuiet for Command {
    fn output_spawn(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }
}

#[test]
fn a_save_from_a_stale_read_keeps_the_other_answers_and_reports_the_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new_bank(d);
    ok(&set(d, "Équipe Paris", "Alice", &["ci.build=2"]));
    let ws = Workspace::open(d);
    // A wizard read the sheet…
    let base = sheet(d, "Équipe Paris", "Alice");
    // …then a script changed ci.build and answered deploy.rollback…
    ok(&set(
        d,
        "Équipe Paris",
        "Alice",
        &["ci.build=5", "deploy.rollback=4"],
    ));
    // …and the wizard saves its own change of ci.build.
    let mut mine = base.clone();
    mine.set_answer("ci.build", Answer::Level(3));
    let saved = ws.save_changes("bank", &base, &mine).unwrap();
    assert_eq!(
        saved.sheet.answer("deploy.rollback"),
        Some(Answer::Level(4))
    );
    assert_eq!(
        saved.sheet.answer("ci.build"),
        Some(Answer::Level(3)),
        "the newer wins"
    );
    assert_eq!(saved.conflicts.len(), 1);
    assert_eq!(saved.conflicts[0].question_id, "ci.build");
    assert_eq!(saved.conflicts[0].dropped, "5");
    // Enter on an unchanged answer writes nothing, not even its time.
    let before = sheet(d, "Équipe Paris", "Alice");
    let again = ws.save_changes("bank", &before, &before.clone()).unwrap();
    assert_eq!(again.sheet, before);
}

#[test]
fn names_give_distinct_sheets_or_clear_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new_bank(d);
    ok(&set(d, "Équipe Paris", "Hélène", &["ci.build=2"]));
    // NFD spelling of the same name, other case: the same respondent.
    ok(&set(
        d,
        "équipe paris",
        "he\u{301}le\u{300}ne",
        &["deploy.rollback=3"],
    ));
    let helene = sheet(d, "Équipe Paris", "Hélène");
    assert_eq!(helene.answer("deploy.rollback"), Some(Answer::Level(3)));
    // Only similar: refused, naming the existing respondent; --new-respondent adds someone.
    let err = clean_failure(&set(d, "Équipe Paris", "Helene", &["ci.build=4"]), 2);
    assert!(err.contains("looks like \"Hélène\""), "{err}");
    let mut args = vec![
        "answer",
        "bank",
        "--team",
        "Équipe Paris",
        "--respondent",
        "Helene",
        "--set",
        "ci.build=4",
        "--new-respondent",
    ];
    ok(&run(d, &args));
    assert_eq!(
        sheet(d, "Équipe Paris", "Helene").answer("ci.build"),
        Some(Answer::Level(4))
    );
    assert_eq!(
        sheet(d, "Équipe Paris", "Hélène").answer("ci.build"),
        Some(Answer::Level(2))
    );
    // A team spelled with another dash: "did you mean", no advice to add a duplicate.
    ok(&run(d, &["add-team", "bank", "Ops — ITIL"]));
    let err = clean_failure(&set(d, "Ops - ITIL", "Zoé", &["ci.build=1"]), 2);
    assert!(err.contains("did you mean \"Ops — ITIL\""), "{err}");
    assert!(!err.contains("add-team"), "{err}");
    // An assessment in another case is found; a typo gets a suggestion.
    ok(&run(d, &["show", "BANK"]));
    let err = clean_failure(&run(d, &["show", "bnak"]), 2);
    assert!(err.contains("did you mean \"bank\""), "{err}");
    // A role change needs --change-role.
    ok(&run(
        d,
        &[
            "answer",
            "bank",
            "--team",
            "Équipe Paris",
            "--respondent",
            "Bob",
            "--role",
            "ops",
            "--set",
            "ci.build=2",
        ],
    ));
    args = vec![
        "answer",
        "bank",
        "--team",
        "Équipe Paris",
        "--respondent",
        "Bob",
        "--role",
        "dev",
        "--set",
        "ci.build=3",
    ];
    let err = clean_failure(&run(d, &args), 2);
    assert!(err.contains("--change-role"), "{err}");
    args.push("--change-role");
    ok(&run(d, &args));
    assert_eq!(
        sheet(d, "Équipe Paris", "Bob").role,
        Some(devops_maturity::domain::Role::Dev)
    );
}

#[test]
fn respondents_are_renamed_merged_deleted_and_restored_without_losing_answers() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new_bank(d);
    ok(&set(
        d,
        "Équipe Paris",
        "Helene",
        &["ci.build=2", "deploy.rollback=2"],
    ));
    ok(&run(
        d,
        &[
            "answer",
            "bank",
            "--team",
            "Équipe Paris",
            "--respondent",
            "Hélène",
            "--new-respondent",
            "--set",
            "ci.build=4",
        ],
    ));
    let out = ok(&run(
        d,
        &[
            "respondent",
            "merge",
            "bank",
            "--team",
            "Équipe Paris",
            "Helene",
            "Hélène",
        ],
    ));
    assert!(out.contains("Merged Helene into Hélène"), "{out}");
    let helene = sheet(d, "Équipe Paris", "Hélène");
    assert_eq!(
        helene.answer("deploy.rollback"),
        Some(Answer::Level(2)),
        "added"
    );
    assert_eq!(
        helene.answer("ci.build"),
        Some(Answer::Level(4)),
        "the newer kept"
    );
    assert!(
        Workspace::open(d)
            .load_sheet("bank", "Équipe Paris", "Helene")
            .unwrap()
            .is_none()
    );

    ok(&run(
        d,
        &[
            "respondent",
            "rename",
            "bank",
            "--team",
            "Équipe Paris",
            "Hélène",
            "Hélène Dupont",
        ],
    ));
    assert_eq!(
        sheet(d, "Équipe Paris", "Hélène Dupont").answer("deploy.rollback"),
        Some(Answer::Level(2))
    );
    let out = ok(&run(
        d,
        &[
            "respondent",
            "delete",
            "bank",
            "--team",
            "Équipe Paris",
            "Hélène Dupont",
        ],
    ));
    assert!(out.contains("respondent restore"), "{out}");
    assert!(!ok(&run(d, &["show", "bank"])).contains("1 respondent"));
    ok(&run(
        d,
        &[
            "respondent",
            "restore",
            "bank",
            "--team",
            "Équipe Paris",
            "Hélène Dupont",
        ],
    ));
    assert_eq!(
        sheet(d, "Équipe Paris", "Hélène Dupont").answer("ci.build"),
        Some(Answer::Level(4))
    );
    let err = clean_failure(
        &run(
            d,
            &[
                "respondent",
                "delete",
                "bank",
                "--team",
                "Équipe Paris",
                "Nobody",
            ],
        ),
        2,
    );
    assert!(err.contains("no respondent \"Nobody\""), "{err}");
    // A whole assessment goes to the trash and comes back.
    ok(&run(d, &["delete", "bank"]));
    clean_failure(&run(d, &["show", "bank"]), 2);
    ok(&run(d, &["restore", "bank"]));
    ok(&run(d, &["show", "bank"]));
}

/// Two laptops: answers on both, a rename on one, `export` there, `collect` here.
#[test]
fn two_laptops_merge_through_export_and_collect() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    let (h, t) = (here.path(), there.path());
    new_bank(h);
    // The other laptop got a copy of the assessment before the workshop.
    fs::create_dir_all(t.join("assessments")).unwrap();
    let src = Workspace::open(h).assessment_dir("bank");
    fs::create_dir_all(t.join("assessments/bank")).unwrap();
    fs::copy(
        src.join("assessment.json"),
        t.join("assessments/bank/assessment.json"),
    )
    .unwrap();

    ok(&set(h, "Équipe Paris", "Alice", &["ci.build=2"]));
    ok(&set(
        t,
        "Start-up Nantes",
        "Léa",
        &["ci.build=5", "deploy.rollback=4"],
    ));
    ok(&set(t, "Start-up Nantes", "Tom", &["ci.build=4"]));
    ok(&set(t, "Équipe Paris", "Alice", &["deploy.rollback=1"]));
    ok(&run(
        t,
        &[
            "respondent",
            "rename",
            "bank",
            "--team",
            "Start-up Nantes",
            "Léa",
            "Léa Robin",
        ],
    ));
    let zip = t.join("nantes.zip");
    let out = ok(&run(
        t,
        &["export", "bank", "-o", &zip.display().to_string()],
    ));
    assert!(out.contains("3 sheets"), "{out}");

    // A dry run writes nothing.
    let before = snapshot(h);
    let out = ok(&run(
        h,
        &["collect", "bank", &zip.display().to_string(), "--dry-run"],
    ));
    assert!(out.contains("Dry run"), "{out}");
    assert_eq!(snapshot(h), before);

    let out = ok(&run(h, &["collect", "bank", &zip.display().to_string()]));
    assert!(out.contains("new respondents: 2"), "{out}");
    let alice = sheet(h, "Équipe Paris", "Alice");
    assert_eq!(alice.answer("ci.build"), Some(Answer::Level(2)));
    assert_eq!(alice.answer("deploy.rollback"), Some(Answer::Level(1)));
    assert_eq!(
        sheet(h, "Start-up Nantes", "Léa Robin").answer("ci.build"),
        Some(Answer::Level(5))
    );
    let shown = ok(&run(h, &["show", "bank"]));
    assert!(shown.contains("Start-up Nantes — 2 respondents"), "{shown}");
    assert!(shown.contains("Équipe Paris — 1 respondent"), "{shown}");

    // Collecting the same again changes nothing and says so.
    let after = snapshot(h);
    let out = ok(&run(h, &["collect", "bank", &zip.display().to_string()]));
    assert!(out.contains("Nothing new"), "{out}");
    assert_eq!(snapshot(h), after);

    // Tom is deleted here; an older copy collected later does not bring him back.
    ok(&run(
        h,
        &[
            "respondent",
            "delete",
            "bank",
            "--team",
            "Start-up Nantes",
            "Tom",
        ],
    ));
    let out = run(h, &["collect", "bank", &zip.display().to_string()]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{err}");
    assert!(err.contains("was deleted here"), "{err}");
    assert!(
        Workspace::open(h)
            .load_sheet("bank", "Start-up Nantes", "Tom")
            .unwrap()
            .is_none()
    );

    // A copied folder works as well as a zip.
    let folder = t.join("assessments/bank");
    let out = ok(&run(h, &["collect", "bank", &folder.display().to_string()]));
    assert!(out.contains("Nothing new"), "{out}");
}

#[test]
fn collect_refuses_what_it_must_and_writes_nothing() {
    let here = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    let (h, o) = (here.path(), other.path());
    new_bank(h);
    ok(&set(h, "Équipe Paris", "Alice", &["ci.build=2"]));
    // Another laptop's assessment with a team this one does not have.
    ok(&run(o, &["new", "bank", "--team", "Nantes"]));
    ok(&set_in(o, "Nantes", "Léa", "ci.build=5"));
    let before = snapshot(h);
    let folder = Workspace::open(o).assessment_dir("bank");
    let err = refused(&run(h, &["collect", "bank", &folder.display().to_string()]));
    assert!(
        err.contains("team \"Nantes\" is not part of \"bank\""),
        "{err}"
    );
    assert!(err.contains("--map-team"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(snapshot(h), before);
    // Mapped, it goes in.
    ok(&run(
        h,
        &[
            "collect",
            "bank",
            &folder.display().to_string(),
            "--map-team",
            "Nantes=Start-up Nantes",
        ],
    ));
    assert_eq!(
        sheet(h, "Start-up Nantes", "Léa").answer("ci.build"),
        Some(Answer::Level(5))
    );

    // Another questionnaire: refused; an unreadable file: refused; --skip-refused takes the rest.
    let fr = other.path().join("fr");
    ok(&run(
        &fr,
        &[
            "new",
            "bank",
            "--team",
            "Équipe Paris",
            "--questionnaire",
            "fr",
        ],
    ));
    ok(&run(
        &fr,
        &[
            "answer",
            "bank",
            "--team",
            "Équipe Paris",
            "--respondent",
            "Zoé",
            "--set",
            "ci.build=1",
        ],
    ));
    let fr_folder = Workspace::open(&fr).assessment_dir("bank");
    let err = refused(&run(
        h,
        &["collect", "bank", &fr_folder.display().to_string()],
    ));
    assert!(err.contains("devops-fr"), "{err}");
    let broken = o.join("broken.json");
    fs::write(&broken, "{ cut").unwrap();
    let before = snapshot(h);
    let err = refused(&run(h, &["collect", "bank", &broken.display().to_string()]));
    assert!(err.contains("broken.json"), "{err}");
    assert_eq!(snapshot(h), before);
}

/// A refused collect: exit 2, each refused file named on its own line, then the error.
fn refused(o: &std::process::Output) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("error: "),
        "{err}"
    );
    err
}

fn set_in(d: &Path, team: &str, who: &str, item: &str) -> std::process::Output {
    run(
        d,
        &[
            "answer",
            "bank",
            "--team",
            team,
            "--respondent",
            who,
            "--set",
            item,
        ],
    )
}

#[test]
fn delivery_figures_travel_with_export_and_collect() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    let (h, t) = (here.path(), there.path());
    new_bank(h);
    new_bank(t);
    ok(&run(
        t,
        &[
            "metrics",
            "set",
            "bank",
            "--team",
            "Start-up Nantes",
            "--lead-time",
            "4h",
            "--source",
            "measured",
        ],
    ));
    let zip = t.join("nantes.zip");
    ok(&run(
        t,
        &["export", "bank", "-o", &zip.display().to_string()],
    ));
    let out = ok(&run(h, &["collect", "bank", &zip.display().to_string()]));
    assert!(
        out.contains("delivery figures updated for: Start-up Nantes"),
        "{out}"
    );
    assert!(ok(&run(h, &["metrics", "show", "bank"])).contains("Lead time for changes: 4h"));
    let out = ok(&run(h, &["collect", "bank", &zip.display().to_string()]));
    assert!(out.contains("Nothing new"), "{out}");
}

#[test]
fn workshop_rooms_travel_with_export_and_collect_field_by_field() {
    use devops_maturity::app::room::change;
    use devops_maturity::domain::room::RoomChange;
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    let (h, t) = (here.path(), there.path());
    new_bank(h);
    new_bank(t);
    let q = default_questionnaire();
    let ids: Vec<String> = q.questions().take(2).map(|(_, q)| q.id.clone()).collect();
    let note = |text: &str| RoomChange::Note {
        question: ids[0].clone(),
        text: text.into(),
    };
    let (wh, wt) = (Workspace::open(h), Workspace::open(t));
    // Here first, there later: there's note is the newer one.
    change(&wh, "bank", "Start-up Nantes", None, &note("here, earlier")).unwrap();
    change(
        &wh,
        "bank",
        "Équipe Paris",
        None,
        &RoomChange::Parked {
            question: ids[1].clone(),
            parked: true,
        },
    )
    .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    change(&wt, "bank", "Start-up Nantes", None, &note("there, later")).unwrap();
    // There, Nantes's room also assessed Paris: a room of its own, travelling apart.
    change(
        &wt,
        "bank",
        "Start-up Nantes",
        Some("Équipe Paris"),
        &note("about Paris"),
    )
    .unwrap();
    let zip = t.join("rooms.zip");
    ok(&run(
        t,
        &["export", "bank", "-o", &zip.display().to_string()],
    ));
    let out = ok(&run(h, &["collect", "bank", &zip.display().to_string()]));
    assert!(
        out.contains(
            "workshop rooms updated for: Start-up Nantes, Start-up Nantes about Équipe Paris"
        ),
        "{out}"
    );
    let rooms = devops_maturity::app::room::rooms(&wh, "bank").unwrap();
    assert_eq!(rooms.note("Start-up Nantes", &ids[0]), Some("there, later"));
    let about = rooms.pair("Start-up Nantes", Some("Équipe Paris")).unwrap();
    assert_eq!(about.question(&ids[0]).unwrap().note, "about Paris");
    assert!(
        rooms.team("Équipe Paris").unwrap().parked(&ids[1]),
        "what only this laptop had is kept"
    );
    let out = ok(&run(h, &["collect", "bank", &zip.display().to_string()]));
    assert!(out.contains("Nothing new"), "{out}");
}
