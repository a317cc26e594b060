//! The store: round trips, atomic and locked writes, versioned files, names that cannot escape
//! or collide, version-1 files migrated without a copy left behind.

use devops_maturity::domain::{Answer, Assessment, ResponseSheet, default_questionnaire};
use devops_maturity::store::names::{sheet_file, sheet_file_v1};
use devops_maturity::store::{Store, StoreError, safe_stem_v1, write_atomic};
use std::fs;
use std::path::{Path, PathBuf};

const NOW: &str = "2026-11-21T10:00:00.000Z";

fn assessment(name: &str, teams: &[&str]) -> Assessment {
    Assessment::new(
        name,
        NOW,
        teams.iter().map(std::string::ToString::to_string).collect(),
        default_questionnaire(),
        None,
    )
}

/// Every file under `dir`, lock files left out (they hold nothing).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else if !path.to_string_lossy().ends_with(".lock") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn responses(store: &Store, name: &str) -> PathBuf {
    store.assessment_dir(name).join("responses")
}

#[test]
fn assessment_and_sheets_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let a = assessment("bank-2026", &["Équipe Paris", "Nantes"]);
    store.create(&a, NOW).unwrap();
    let mut sheet = ResponseSheet::new("Équipe Paris", "Zoé");
    sheet.set_answer("ci.branching", Answer::Level(3));
    sheet.set_comment("ci.branching", "Branches de 3 semaines, « merge hell »");
    store.save_sheet("bank-2026", &sheet, NOW).unwrap();

    let loaded = store.load("bank-2026").unwrap();
    assert_eq!(loaded.assessment, a);
    assert_eq!(loaded.sheets.len(), 1);
    let stored = &loaded.sheets[0];
    assert_eq!(stored.answer("ci.branching"), Some(Answer::Level(3)));
    assert_eq!(
        stored.answered_at("ci.branching"),
        Some(NOW),
        "answers carry their time"
    );
    assert_eq!(
        stored.comment("ci.branching"),
        sheet.comment("ci.branching")
    );
    assert!(loaded.unreadable.is_empty());
    assert_eq!(
        store
            .load_sheet("bank-2026", "Équipe Paris", "Zoé")
            .unwrap()
            .as_ref(),
        Some(stored)
    );
    assert_eq!(
        store.load_sheet("bank-2026", "Nantes", "Zoé").unwrap(),
        None
    );
    // Found whatever the case of the name.
    assert_eq!(
        store.load("BANK-2026").unwrap().assessment.name,
        "bank-2026"
    );
    let listed = store.list().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].as_ref().unwrap().assessment.name, "bank-2026");
}

#[test]
fn creating_twice_is_refused_and_keeps_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["A"]), NOW).unwrap();
    let err = store.create(&assessment("x", &["B"]), NOW).unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }), "{err}");
    let err = store.create(&assessment("X", &["B"]), NOW).unwrap_err();
    assert!(
        matches!(err, StoreError::AlreadyExists { .. }),
        "another case is the same: {err}"
    );
    assert_eq!(store.load("x").unwrap().assessment.teams, vec!["A"]);
}

#[test]
fn an_unknown_assessment_suggests_the_closest() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("bank-2026", &["A"]), NOW).unwrap();
    let err = store.load("bank-2062").unwrap_err().to_string();
    assert!(err.contains("did you mean \"bank-2026\""), "{err}");
}

#[test]
fn files_carry_a_format_version_and_newer_ones_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["a"]), NOW).unwrap();
    let mut sheet = ResponseSheet::new("a", "r");
    sheet.set_answer("ci.branching", Answer::Level(2));
    store.save_sheet("x", &sheet, NOW).unwrap();
    let path = responses(&store, "x").join(sheet_file("a", "r"));
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"format_version\": 2"), "{text}");

    let newer = text.replace("\"format_version\": 2", "\"format_version\": 99");
    fs::write(&path, &newer).unwrap();
    let err = store.save_sheet("x", &sheet, NOW).unwrap_err();
    assert!(err.to_string().contains("newer devops-maturity"), "{err}");
    assert!(err.to_string().contains(&sheet_file("a", "r")), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    // Loading reports the file instead of failing the whole assessment.
    assert_eq!(store.load("x").unwrap().unreadable.len(), 1);
}

#[test]
fn a_corrupt_file_is_reported_with_its_path_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["A"]), NOW).unwrap();
    let path = responses(&store, "x").join(sheet_file("a", "r"));
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, "{ truncated").unwrap();
    let err = store
        .save_sheet("x", &ResponseSheet::new("a", "r"), NOW)
        .unwrap_err();
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "{ truncated");

    fs::write(store.assessment_dir("x").join("assessment.json"), "[]").unwrap();
    let err = store.load("x").unwrap_err();
    assert!(err.to_string().contains("assessment.json"), "{err}");
}

#[test]
fn an_interrupted_write_leaves_the_previous_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("file.json");
    write_atomic(&target, b"old").unwrap();
    // A crash between writing the temp file and the rename leaves a stray temp file behind:
    // the real file still holds the old content, and the next write replaces it cleanly.
    fs::write(dir.path().join(".file.json.123.0.tmp"), b"half-writ").unwrap();
    assert_eq!(fs::read(&target).unwrap(), b"old");
    // A write that fails (the target is a directory, so the rename fails) leaves no temp file
    // and does not touch what was there.
    let blocked = dir.path().join("blocked");
    fs::create_dir(&blocked).unwrap();
    fs::write(blocked.join("keep"), b"kept").unwrap();
    assert!(write_atomic(&blocked, b"new").is_err());
    assert_eq!(fs::read(blocked.join("keep")).unwrap(), b"kept");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".blocked"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_temporary_file_left_by_a_crash_is_removed_by_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(".file.json.999.0.tmp");
    fs::write(&stale, b"half").unwrap();
    // Old enough to be a crash's, not a write in progress.
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let fresh = dir.path().join(".other.json.998.0.tmp");
    fs::write(&fresh, b"in progress").unwrap();
    write_atomic(&dir.path().join("file.json"), b"new").unwrap();
    assert!(!stale.exists(), "the crash's temp file is gone");
    assert!(
        fresh.exists(),
        "a fresh one may belong to a write in progress"
    );
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["a"]), NOW).unwrap();
    let mut sheet = ResponseSheet::new("a", "r");
    sheet.set_answer("ci.branching", Answer::Level(2));
    store.save_sheet("x", &sheet, NOW).unwrap();
    let path = responses(&store, "x").join(sheet_file("a", "r"));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    sheet.set_answer("ci.branching", Answer::Level(3));
    store.save_sheet("x", &sheet, NOW).unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn files_with_a_byte_order_mark_load() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["a"]), NOW).unwrap();
    let mut sheet = ResponseSheet::new("a", "r");
    sheet.set_answer("ci.branching", Answer::Level(2));
    store.save_sheet("x", &sheet, NOW).unwrap();
    for path in [
        responses(&store, "x").join(sheet_file("a", "r")),
        store.assessment_dir("x").join("assessment.json"),
    ] {
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("\u{feff}{text}")).unwrap();
    }
    let loaded = store.load("x").unwrap();
    assert!(loaded.unreadable.is_empty(), "{:?}", loaded.unreadable);
    assert_eq!(loaded.sheets.len(), 1);
}

#[test]
fn a_failed_create_leaves_no_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    // The assessment's folder cannot be written: a file sits where "assessments" should be.
    fs::write(dir.path().join("assessments"), b"not a folder").unwrap();
    assert!(store.create(&assessment("x", &["a"]), NOW).is_err());
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn stray_temp_and_lock_files_are_not_read_as_sheets() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["A"]), NOW).unwrap();
    let responses = responses(&store, "x");
    fs::create_dir_all(&responses).unwrap();
    fs::write(responses.join(".a__r.json.1.0.tmp"), "{").unwrap();
    fs::write(responses.join(".a--r--0.json.lock"), "").unwrap();
    let loaded = store.load("x").unwrap();
    assert!(loaded.sheets.is_empty() && loaded.unreadable.is_empty());
}

#[test]
fn hostile_names_stay_inside_the_assessment_directory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    let store = Store::new(&root);
    let hostile = [
        "../etc",
        "..",
        "/abs/path",
        "Ops/Run",
        "a\\b",
        "con",
        ".hidden",
        "Équipe Paris",
    ];
    let a = assessment("../../escape", &hostile);
    store.create(&a, NOW).unwrap();
    for team in hostile {
        let mut s = ResponseSheet::new(team, "../../../root");
        s.set_answer("ci.branching", Answer::Level(1));
        store.save_sheet("../../escape", &s, NOW).unwrap();
    }
    // Nothing outside the data directory; everything under its assessment directory.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    let files = files_under(&root);
    assert_eq!(files.len(), 1 + hostile.len());
    let assessment_dir = store.assessment_dir("../../escape");
    assert!(assessment_dir.starts_with(root.join("assessments")));
    for f in &files {
        assert!(f.starts_with(&assessment_dir), "{}", f.display());
    }
    let loaded = store.load("../../escape").unwrap();
    let mut teams: Vec<_> = loaded.sheets.iter().map(|s| s.team.as_str()).collect();
    teams.sort_unstable();
    let mut expected = hostile.to_vec();
    expected.sort_unstable();
    assert_eq!(teams, expected);
}

#[test]
fn names_that_are_one_for_people_share_one_sheet_and_others_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store
        .create(&assessment("x", &["a__b", "a", "Paris"]), NOW)
        .unwrap();
    // Version 1 put these two in one file ("a__b__c.json").
    let mut one = ResponseSheet::new("a__b", "c");
    one.set_answer("ci.branching", Answer::Level(1));
    let mut two = ResponseSheet::new("a", "b__c");
    two.set_answer("ci.branching", Answer::Level(5));
    store.save_sheet("x", &one, NOW).unwrap();
    store.save_sheet("x", &two, NOW).unwrap();
    // "Élodie" typed with a combining accent is the same respondent.
    let mut nfc = ResponseSheet::new("Paris", "\u{c9}lodie");
    nfc.set_answer("ci.branching", Answer::Level(2));
    store.save_sheet("x", &nfc, NOW).unwrap();
    let mut nfd = ResponseSheet::new("Paris", "E\u{301}lodie");
    nfd.set_answer("deploy.rollback", Answer::Level(3));
    store.save_sheet("x", &nfd, NOW).unwrap();
    let loaded = store.load("x").unwrap();
    assert_eq!(loaded.sheets.len(), 3, "{:?}", loaded.sheets);
    let elodie = loaded.sheets.iter().find(|s| s.team == "Paris").unwrap();
    assert_eq!(elodie.answer("ci.branching"), Some(Answer::Level(2)));
    assert_eq!(elodie.answer("deploy.rollback"), Some(Answer::Level(3)));
}

/// Writes a version-1 sheet file as an earlier build did.
fn write_v1(responses: &Path, team: &str, respondent: &str, answers: &str, updated_at: &str) {
    fs::create_dir_all(responses).unwrap();
    let text = format!(
        "{{\n  \"format\": \"devops-maturity/responses\",\n  \"format_version\": 1,\n  \"updated_at\": \"{updated_at}\",\n  \"team\": \"{team}\",\n  \"respondent\": \"{respondent}\",\n  \"answers\": {answers}\n}}\n"
    );
    fs::write(responses.join(sheet_file_v1(team, respondent)), text).unwrap();
}

#[test]
fn version_1_files_load_and_are_rewritten_in_version_2_without_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store
        .create(&assessment("x", &["Équipe Paris"]), NOW)
        .unwrap();
    let responses = responses(&store, "x");
    write_v1(
        &responses,
        "Équipe Paris",
        "Zoé",
        r#"{ "ci.branching": { "answer": 2, "comment": "trunk" } }"#,
        "2026-10-01T08:00:00Z",
    );
    let loaded = store.load("x").unwrap();
    let sheet = &loaded.sheets[0];
    assert_eq!(sheet.answer("ci.branching"), Some(Answer::Level(2)));
    // A version-1 answer takes the file's time.
    assert_eq!(
        sheet.answered_at("ci.branching"),
        Some("2026-10-01T08:00:00.000Z")
    );
    let mut changed = sheet.clone();
    changed.set_answer("deploy.rollback", Answer::Level(3));
    store.save_sheet("x", &changed, NOW).unwrap();
    let files: Vec<String> = fs::read_dir(&responses)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    assert_eq!(
        files,
        [sheet_file("Équipe Paris", "Zoé")],
        "no copy left behind"
    );
    let again = store
        .load_sheet("x", "Équipe Paris", "Zoé")
        .unwrap()
        .unwrap();
    assert_eq!(again.answer("ci.branching"), Some(Answer::Level(2)));
    assert_eq!(
        again.answered_at("ci.branching"),
        Some("2026-10-01T08:00:00.000Z")
    );
    assert_eq!(again.answer("deploy.rollback"), Some(Answer::Level(3)));
    // The old name of the folder of a version-1 assessment still finds it.
    assert!(safe_stem_v1("x") == "x");
}

#[test]
fn version_1_twins_spelled_differently_merge_by_time() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["Paris"]), NOW).unwrap();
    let responses = responses(&store, "x");
    write_v1(
        &responses,
        "Paris",
        "Alice",
        r#"{ "ci.branching": { "answer": 2 } }"#,
        "2026-10-01T08:00:00Z",
    );
    write_v1(
        &responses,
        "paris",
        "alice",
        r#"{ "ci.branching": { "answer": 4 }, "deploy.rollback": { "answer": 1 } }"#,
        "2026-10-02T08:00:00Z",
    );
    let loaded = store.load("x").unwrap();
    assert_eq!(loaded.sheets.len(), 1);
    assert_eq!(
        loaded.sheets[0].answer("ci.branching"),
        Some(Answer::Level(4))
    );
    assert_eq!(
        loaded.sheets[0].answer("deploy.rollback"),
        Some(Answer::Level(1))
    );
    let sheet = loaded.sheets[0].clone();
    store.save_sheet("x", &sheet, NOW).unwrap();
    let left = files_under(&responses);
    assert_eq!(left.len(), 1, "{left:?}");
}

#[test]
fn a_sheet_copied_under_another_name_is_reported_and_never_merged() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["Paris"]), NOW).unwrap();
    let mut alice = ResponseSheet::new("Paris", "Alice");
    alice.set_answer("ci.branching", Answer::Level(2));
    store.save_sheet("x", &alice, NOW).unwrap();
    let responses = responses(&store, "x");
    // Bob's file name, Alice's answers.
    fs::copy(
        responses.join(sheet_file("Paris", "Alice")),
        responses.join(sheet_file("Paris", "Bob")),
    )
    .unwrap();
    let loaded = store.load("x").unwrap();
    assert_eq!(loaded.sheets.len(), 1);
    assert!(
        matches!(&loaded.unreadable[..], [StoreError::Misnamed { respondent, .. }] if respondent == "Alice"),
        "{:?}",
        loaded.unreadable
    );
    // Saving Alice or Bob is not blocked by it.
    let mut bob = ResponseSheet::new("Paris", "Bob");
    bob.set_answer("ci.branching", Answer::Level(4));
    store.save_sheet("x", &bob, NOW).unwrap();
    assert_eq!(
        store.misnamed_sheets("x").unwrap().len(),
        0,
        "Bob's save replaced it"
    );
}

#[test]
fn concurrent_saves_of_different_questions_keep_every_answer() {
    // Two writers read the same sheet, each changes a different question, both save: the lock
    // and the re-read keep both answers (without them the second save wrote back what it read).
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["Paris"]), NOW).unwrap();
    let q = default_questionnaire();
    let ids: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let store = store.clone();
            let ids = ids.clone();
            std::thread::spawn(move || {
                for (i, id) in ids.iter().enumerate().filter(|(i, _)| i % 4 == t) {
                    let mut one = ResponseSheet::new("Paris", "Alice");
                    one.set_answer(id, Answer::Level((i % 5 + 1) as u8));
                    store.save_sheet("x", &one, NOW).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let sheet = store.load_sheet("x", "Paris", "Alice").unwrap().unwrap();
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(
            sheet.answer(id),
            Some(Answer::Level((i % 5 + 1) as u8)),
            "{id}"
        );
    }
}

#[test]
fn deleted_respondents_and_assessments_go_to_the_trash_and_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["Paris"]), NOW).unwrap();
    let mut alice = ResponseSheet::new("Paris", "Alice");
    alice.set_answer("ci.branching", Answer::Level(2));
    store.save_sheet("x", &alice, NOW).unwrap();
    let trashed = store
        .trash_sheet("x", "Paris", "Alice", NOW)
        .unwrap()
        .unwrap();
    assert!(trashed.exists());
    assert!(store.load("x").unwrap().sheets.is_empty());
    let (path, back) = store.trashed_sheet("x", "paris", "alice").unwrap().unwrap();
    assert_eq!(path, trashed);
    assert_eq!(back.answer("ci.branching"), Some(Answer::Level(2)));

    let moved = store.trash_assessment("x", NOW).unwrap();
    assert!(moved.starts_with(dir.path().join("trash")));
    assert!(!store.exists("x"));
    assert_eq!(store.restore_assessment("X").unwrap(), "x");
    assert!(store.exists("x"));
    let err = store.restore_assessment("x").unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
}

#[test]
fn a_teams_sheets_are_read_without_the_other_teams_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store
        .create(&assessment("x", &["Paris", "Paris Sud", "Lyon"]), NOW)
        .unwrap();
    for (team, who) in [
        ("Paris", "Alice"),
        ("Paris", "Bob"),
        ("Paris Sud", "Carol"),
        ("Lyon", "Dan"),
    ] {
        let mut s = ResponseSheet::new(team, who);
        s.set_answer("ci.branching", Answer::Level(2));
        store.save_sheet("x", &s, NOW).unwrap();
    }
    let responses = responses(&store, "x");
    // A version-1 file of Paris, not yet migrated: found by reading it.
    write_v1(
        &responses,
        "Paris",
        "Eve",
        r#"{"ci.branching": {"answer": 3}}"#,
        "2026-01-01T00:00:00Z",
    );
    // A broken file of another team: reading Paris's sheets does not even open it.
    fs::write(responses.join(sheet_file("Lyon", "Zoé")), "{ not json").unwrap();
    let (sheets, unreadable) = store.team_sheets("x", "paris").unwrap();
    let mut who: Vec<(&str, &str)> = sheets
        .iter()
        .map(|s| (s.team.as_str(), s.respondent.as_str()))
        .collect();
    who.sort_unstable();
    // "Paris Sud" shares the slug's beginning but is another team.
    assert_eq!(
        who,
        [("Paris", "Alice"), ("Paris", "Bob"), ("Paris", "Eve")]
    );
    assert!(unreadable.is_empty(), "{unreadable:?}");
    let eve = sheets.iter().find(|s| s.respondent == "Eve").unwrap();
    assert_eq!(eve.answer("ci.branching"), Some(Answer::Level(3)));
    // The whole load still reports the broken file.
    assert_eq!(store.load("x").unwrap().unreadable.len(), 1);
    let (lyon, bad) = store.team_sheets("x", "Lyon").unwrap();
    assert_eq!((lyon.len(), bad.len()), (1, 1));
}

#[test]
fn reading_team_by_team_gives_what_a_whole_load_gives() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    // "A+B" and "A B" share the slug "a-b"; "Paris Sud" starts like "Paris".
    let teams = ["Paris", "Paris Sud", "A+B", "A B", "Lyon"];
    store.create(&assessment("x", &teams), NOW).unwrap();
    for (team, who, level) in [
        ("Paris", "Alice", 2),
        ("Paris", "Bob", 3),
        ("Paris Sud", "Carol", 4),
        ("A+B", "Dan", 1),
        ("A B", "Dan", 5),
        ("Lyon", "Zoé", 2),
        // A team the assessment does not have.
        ("Nantes", "Eve", 3),
    ] {
        let mut s = ResponseSheet::new(team, who);
        s.set_answer("ci.branching", Answer::Level(level));
        store.save_sheet("x", &s, NOW).unwrap();
    }
    let responses = responses(&store, "x");
    // Version-1 twins of one Paris respondent, spelled otherwise, and a version-1 Lyon file.
    write_v1(
        &responses,
        "Paris",
        "Fanny",
        r#"{ "ci.branching": { "answer": 2 } }"#,
        "2026-10-01T08:00:00Z",
    );
    write_v1(
        &responses,
        "paris",
        "fanny",
        r#"{ "deploy.rollback": { "answer": 4 } }"#,
        "2026-10-02T08:00:00Z",
    );
    write_v1(
        &responses,
        "Lyon",
        "Gus",
        r#"{ "ci.branching": { "answer": 1 } }"#,
        "2026-10-01T08:00:00Z",
    );
    // A broken file of Lyon, a copy under Bob's name of Alice's, a broken version-1 file.
    fs::write(responses.join(sheet_file("Lyon", "Hugo")), "{ not json").unwrap();
    fs::copy(
        responses.join(sheet_file("Paris", "Alice")),
        responses.join(sheet_file("Paris", "Ivan")),
    )
    .unwrap();
    fs::write(responses.join(sheet_file_v1("Lyon", "Jo")), "[").unwrap();
    // A perception sheet copied into responses/ by hand.
    let mut seen = ResponseSheet::new("Lyon", "Kim");
    seen.about = Some("Paris".into());
    seen.set_answer("ci.branching", Answer::Level(5));
    store.save_sheet("x", &seen, NOW).unwrap();

    let whole = store.load("x").unwrap();
    let names: Vec<String> = teams.iter().map(|t| (*t).to_string()).collect();
    let by_team = store
        .read_by_team("x", &names, |i, sheets| (i, sheets))
        .unwrap();
    assert_eq!(by_team.teams.len(), teams.len());
    for (at, (i, sheets)) in by_team.teams.iter().enumerate() {
        assert_eq!(at, *i, "in the order asked for");
        // Each team's sheets, in the whole load's order, and nothing else.
        let expected: Vec<&ResponseSheet> = whole
            .sheets
            .iter()
            .filter(|s| s.team == teams[at])
            .collect();
        let got: Vec<&ResponseSheet> = sheets.iter().collect();
        assert_eq!(got, expected, "team {}", teams[at]);
    }
    let others: Vec<(&str, &str)> = by_team
        .others
        .iter()
        .map(|s| (s.team.as_str(), s.respondent.as_str()))
        .collect();
    assert_eq!(others, [("Nantes", "Eve")]);
    let in_teams: usize = by_team.teams.iter().map(|(_, s)| s.len()).sum();
    assert_eq!(in_teams + others.len(), whole.sheets.len());
    // The twins merged into one sheet, with both answers.
    let fanny = &by_team.teams[0]
        .1
        .iter()
        .find(|s| s.respondent == "Fanny")
        .unwrap();
    assert_eq!(fanny.answer("deploy.rollback"), Some(Answer::Level(4)));
    assert_eq!(fanny.answer("ci.branching"), Some(Answer::Level(2)));
    // The same files reported, for the same reasons.
    let mut reported: Vec<String> = by_team
        .unreadable
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    let mut expected: Vec<String> = whole
        .unreadable
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    reported.sort();
    expected.sort();
    assert_eq!(reported, expected);
    assert_eq!(reported.len(), 4, "{reported:#?}");
}
