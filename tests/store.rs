//! The store: round trips, atomic writes, versioned files and names that cannot escape.

use devops_maturity::domain::{Answer, Assessment, ResponseSheet, default_questionnaire};
use devops_maturity::store::{Store, StoreError, safe_stem, write_atomic};
use std::fs;
use std::path::Path;

const NOW: &str = "2026-11-21T10:00:00Z";

fn assessment(name: &str, teams: &[&str]) -> Assessment {
    Assessment::new(
        name,
        NOW,
        teams.iter().map(std::string::ToString::to_string).collect(),
        default_questionnaire(),
        None,
    )
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path.display().to_string());
        }
    }
    out
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
    assert_eq!(loaded.sheets, vec![sheet.clone()]);
    assert!(loaded.unreadable.is_empty());
    assert_eq!(
        store
            .load_sheet("bank-2026", "Équipe Paris", "Zoé")
            .unwrap(),
        Some(sheet)
    );
    assert_eq!(
        store.load_sheet("bank-2026", "Nantes", "Zoé").unwrap(),
        None
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
    assert_eq!(store.load("x").unwrap().assessment.teams, vec!["A"]);
}

#[test]
fn files_carry_a_format_version_and_newer_ones_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["a"]), NOW).unwrap();
    let mut sheet = ResponseSheet::new("a", "r");
    sheet.set_answer("ci.branching", Answer::Level(2));
    store.save_sheet("x", &sheet, NOW).unwrap();
    let path = dir.path().join("assessments/x/responses/a__r.json");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"format_version\": 1"), "{text}");

    let newer = text.replace("\"format_version\": 1", "\"format_version\": 99");
    fs::write(&path, &newer).unwrap();
    let err = store.save_sheet("x", &sheet, NOW).unwrap_err();
    assert!(err.to_string().contains("newer devops-maturity"), "{err}");
    assert!(err.to_string().contains("a__r.json"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    // Loading reports the file instead of failing the whole assessment.
    assert_eq!(store.load("x").unwrap().unreadable.len(), 1);
}

#[test]
fn a_corrupt_file_is_reported_with_its_path_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["A"]), NOW).unwrap();
    let path = dir.path().join("assessments/x/responses/a__r.json");
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

    fs::write(dir.path().join("assessments/x/assessment.json"), "[]").unwrap();
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
fn stray_temp_files_are_not_read_as_sheets() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.create(&assessment("x", &["A"]), NOW).unwrap();
    let responses = dir.path().join("assessments/x/responses");
    fs::create_dir_all(&responses).unwrap();
    fs::write(responses.join(".a__r.json.1.0.tmp"), "{").unwrap();
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
        assert!(Path::new(f).starts_with(&assessment_dir), "{f}");
    }
    let loaded = store.load("../../escape").unwrap();
    let mut teams: Vec<_> = loaded.sheets.iter().map(|s| s.team.as_str()).collect();
    teams.sort_unstable();
    let mut expected = hostile.to_vec();
    expected.sort_unstable();
    assert_eq!(teams, expected);
}

#[test]
fn safe_stems_are_plain_and_distinct() {
    assert_eq!(safe_stem("bank-2026"), "bank-2026");
    assert!(safe_stem("Équipe Paris").starts_with("equipe-paris-"));
    assert_ne!(safe_stem("Paris"), safe_stem("paris"));
    assert_ne!(safe_stem("Ops/Run"), safe_stem("Ops Run"));
    for name in ["..", "../etc", "a/b", "con", "", "日本"] {
        let stem = safe_stem(name);
        assert!(
            !stem.is_empty() && !stem.starts_with('.'),
            "{name} -> {stem}"
        );
        assert!(
            stem.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            "{stem}"
        );
    }
}
