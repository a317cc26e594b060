//! `import` of a 1.x assessment into a 2.0 one, end to end: answers follow kept, renamed and
//! split questions; the change ladders whose levels moved are left out and listed to ask
//! again; the mapping is printed; a refused import writes nothing.

use serde_json::Value;
use std::fs;
use std::path::Path;

mod support {
    pub mod cli;
}
use support::cli::{clean_failure, ok, run};

fn answer(d: &Path, name: &str, team: &str, who: &str, role: &str, sets: &[&str]) {
    let mut args = vec![
        "answer",
        name,
        "--team",
        team,
        "--respondent",
        who,
        "--role",
        role,
    ];
    for s in sets {
        args.extend(["--set", s]);
    }
    ok(&run(d, &args));
}

fn sheet_answers(d: &Path, name: &str) -> Vec<Value> {
    let dir = d.join(format!("assessments/{name}/responses"));
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn with_old(d: &Path) {
    let v1 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/devops-1.0.0.json");
    ok(&run(
        d,
        &[
            "new",
            "bank-2025",
            "--team",
            "Paris",
            "--questionnaire",
            v1.to_str().unwrap(),
        ],
    ));
    answer(
        d,
        "bank-2025",
        "Paris",
        "Alice",
        "ops",
        &[
            "ci.build=3",
            "measurement.throughput=2",
            "measurement.stability=unknown",
            "change.approval=5",
            "change.traceability=4",
        ],
    );
}

#[test]
fn a_1x_assessment_imports_into_2_0_with_its_mapping_printed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_old(d);
    ok(&run(d, &["new", "bank-2026", "--team", "Paris"]));
    let out = ok(&run(d, &["import", "bank-2026", "--from", "bank-2025"]));
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    // Long items wrap under themselves; read them as one line.
    let out = out.replace("\n    ", " ");
    for needle in [
        "Imported 1 respondent sheet from \"bank-2025\" into \"bank-2026\"",
        "Mapped from devops 1.0.0 onto devops 2.0.0: 3 answers carried, 2 left out",
        "same id: 50 questions",
        "measurement.throughput → measurement.deploy-frequency, measurement.lead-time",
        "measurement.stability → measurement.change-fail-rate, measurement.recovery-time",
        "culture.well-being → culture.workload, culture.deployment-pain",
        "left out, to ask again (their levels changed in 2.0.0): change.approval,",
        "new, unanswered: organisation.group-standards,",
    ] {
        assert!(out.contains(needle), "{needle:?} missing:\n{out}");
    }
    let sheets = sheet_answers(d, "bank-2026");
    assert_eq!(sheets.len(), 1);
    let answers = &sheets[0]["answers"];
    assert_eq!(sheets[0]["role"], "ops");
    assert_eq!(answers["ci.build"]["answer"], 3);
    assert_eq!(answers["measurement.deploy-frequency"]["answer"], 2);
    assert_eq!(answers["measurement.lead-time"]["answer"], 2);
    assert_eq!(answers["measurement.change-fail-rate"]["answer"], "unknown");
    // The 1.x ids are gone, and the moved change ladders were not carried.
    for id in [
        "measurement.throughput",
        "measurement.stability",
        "change.approval",
        "change.traceability",
    ] {
        assert!(answers.get(id).is_none(), "{id} in {answers}");
    }
    // The source is untouched.
    assert_eq!(
        sheet_answers(d, "bank-2025")[0]["answers"]["change.approval"]["answer"],
        5
    );
    // The imported answers score on the 2.0 questions.
    let c: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "bank-2026", "--format", "json"]))).unwrap();
    let lead = c["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "measurement.lead-time")
        .unwrap();
    assert_eq!(lead["teams"][0]["median"], 2.0);

    // Importing again is harmless: the same answers.
    ok(&run(d, &["import", "bank-2026", "--from", "bank-2025"]));
    assert_eq!(sheet_answers(d, "bank-2026"), sheets);
}

#[test]
fn a_2_0_assessment_cannot_go_back_to_1x_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    with_old(d);
    ok(&run(d, &["new", "bank-2026", "--team", "Lyon"]));
    answer(
        d,
        "bank-2026",
        "Lyon",
        "Bob",
        "dev",
        &["change.emergency=2"],
    );
    let before = fs::read_to_string(d.join("assessments/bank-2025/assessment.json")).unwrap();
    let err = clean_failure(&run(d, &["import", "bank-2025", "--from", "bank-2026"]), 2);
    assert!(
        err.contains("cannot import \"bank-2026\" into \"bank-2025\": question \"")
            && err.contains("of \"devops\" 2.0.0 has no place in \"devops\" 1.0.0"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(d.join("assessments/bank-2025/assessment.json")).unwrap(),
        before,
        "no team was added"
    );
    assert_eq!(sheet_answers(d, "bank-2025").len(), 1);
}

#[test]
fn the_same_questions_import_without_a_mapping() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["new", "en", "--team", "Paris"]));
    ok(&run(
        d,
        &["new", "fr", "--team", "Paris", "--questionnaire", "fr"],
    ));
    answer(d, "fr", "Paris", "Zoé", "dev", &["change.approval=4"]);
    let out = ok(&run(d, &["import", "en", "--from", "fr"]));
    assert_eq!(
        out, "Imported 1 respondent sheet from \"fr\" into \"en\"\n",
        "same version: nothing mapped, nothing left out"
    );
    assert_eq!(
        sheet_answers(d, "en")[0]["answers"]["change.approval"]["answer"],
        4
    );
}
