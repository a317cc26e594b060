//! The built binary, end to end, in a temporary data directory.

use std::process::Command;

mod support {
    pub mod cli;
}
use support::cli::{clean_failure as assert_clean_failure, run, stderr, stdout};

#[test]
fn new_answer_show_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = run(
        d,
        &[
            "new",
            "bank-2026",
            "--team",
            "Équipe Paris",
            "--team",
            "Nantes",
            "--target",
            "3",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Created assessment \"bank-2026\" with 2 teams"));

    for (who, level) in [("Alice", "2"), ("Bob", "4")] {
        let o = run(
            d,
            &[
                "answer",
                "bank-2026",
                "--team",
                "équipe paris",
                "--respondent",
                who,
                "--set",
                &format!("ci.branching={level}"),
                "--set",
                "ci.build=n/a",
                "--set",
                "deploy.pipeline=unknown",
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = run(
        d,
        &[
            "answer",
            "bank-2026",
            "--team",
            "Nantes",
            "--respondent",
            "Chloé",
            "--set",
            "ci.branching=5",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));

    let o = run(d, &["show", "bank-2026"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Target: level 3"), "{text}");
    assert!(text.contains("Équipe Paris — 2 respondents"), "{text}");
    assert!(text.contains("Nantes — 1 respondent"), "{text}");
    // Paris answered ci.branching with 2 and 4: median 3, the only scored question of the
    // "ci" dimension, so that dimension reads 3.0 (50 %) with a spread of 2.0; two of its
    // five questions have an answer (ci.build is n/a), 40 %.
    let ci_line = text
        .lines()
        .skip_while(|l| !l.starts_with("Équipe Paris"))
        .find(|l| l.trim_start().starts_with("Source control"))
        .unwrap_or_else(|| panic!("no ci line in {text}"));
    let cells: Vec<&str> = ci_line.split_whitespace().rev().take(5).collect();
    assert_eq!(cells, vec!["40%", "2.0", "3.0", "50%", "3.0"], "{ci_line}");

    let o = run(d, &["list"]);
    assert!(stdout(&o).contains("bank-2026"));
    assert!(
        stdout(&o).contains("2 respondents (Alice, Bob)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn bad_answers_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &["new", "x", "--team", "A"]).status.success());
    let o = run(
        d,
        &[
            "answer",
            "x",
            "--team",
            "A",
            "--respondent",
            "r",
            "--set",
            "ci.branching=2",
        ],
    );
    assert!(o.status.success());
    let sheet = d.join("assessments/x/responses");
    let before: Vec<_> = std::fs::read_dir(&sheet)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();

    for bad in [
        vec!["--set", "ci.branching=3", "--set", "no.such=2"],
        vec!["--set", "ci.branching=6"],
        vec!["--set", "ci.branching=0"],
        vec!["--set", "ci.branching=maybe"],
        vec!["--set", "=3"],
    ] {
        let mut args = vec!["answer", "x", "--team", "A", "--respondent", "r"];
        args.extend(bad.iter());
        let o = run(d, &args);
        assert_clean_failure(&o, 2);
    }
    let after: Vec<_> = std::fs::read_dir(&sheet)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(before, after);

    let err = assert_clean_failure(
        &run(
            d,
            &[
                "answer",
                "x",
                "--team",
                "Z",
                "--respondent",
                "r",
                "--set",
                "ci.branching=1",
            ],
        ),
        2,
    );
    assert!(err.contains("team \"Z\" is not part of \"x\""), "{err}");
    let err = assert_clean_failure(&run(d, &["show", "nope"]), 2);
    assert!(err.contains("no assessment named \"nope\""), "{err}");
    let err = assert_clean_failure(&run(d, &["new", "x", "--team", "B"]), 2);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn questionnaire_validate_reports_file_and_position() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = env!("CARGO_MANIFEST_DIR");
    let o = run(
        d,
        &[
            "questionnaire",
            "validate",
            &format!("{root}/questionnaires/devops.json"),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("13 dimensions, 69 questions, 5 levels"),
        "{}",
        stdout(&o)
    );

    let broken = d.join("broken.json");
    std::fs::write(&broken, "{\n \"id\": \"x\",,\n}").unwrap();
    let err = assert_clean_failure(
        &run(d, &["questionnaire", "validate", broken.to_str().unwrap()]),
        2,
    );
    assert!(
        err.contains("broken.json: line 2:12: key must be a string"),
        "{err}"
    );

    let err = assert_clean_failure(
        &run(d, &["questionnaire", "validate", "/no/such/file.json"]),
        2,
    );
    assert!(err.contains("/no/such/file.json"), "{err}");
}

#[test]
fn an_independent_four_level_questionnaire_starts_an_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = d.join("q.json");
    std::fs::write(&file, serde_json::json!({
        "id": "fr4", "version": "1", "title": "Diagnostic", "language": "fr",
        "levels": ["Débutant", "Intermédiaire", "Avancé", "Expert"],
        "dimensions": [{"id": "livraison", "name": "Livraison", "description": "Mise en production.",
            "questions": [{"id": "mep", "text": "Comment livrez-vous ?",
                "descriptors": ["À la main.", "Script.", "Pipeline.", "Continu."],
                "recommendations": [{"effort": "low", "text": "Écrire un script."},
                    {"effort": "medium", "text": "Une CI."}, {"effort": "high", "text": "Le continu."}]}]}]
    }).to_string()).unwrap();
    let o = run(
        d,
        &[
            "new",
            "diag",
            "--team",
            "Équipe",
            "--questionnaire",
            file.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // The assessment keeps its own copy: deleting the file must not matter.
    std::fs::remove_file(&file).unwrap();
    let o = run(
        d,
        &[
            "answer",
            "diag",
            "--team",
            "Équipe",
            "--respondent",
            "r",
            "--set",
            "mep=4",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // A French questionnaire: `show` speaks French, numbers included.
    let text = stdout(&run(d, &["show", "diag"]));
    assert!(text.contains("ensemble 4,0 (100\u{202f}%)"), "{text}");
    let text = stdout(&run(d, &["--lang", "en", "show", "diag"]));
    assert!(text.contains("overall 4.0 (100%)"), "{text}");
    assert_clean_failure(
        &run(
            d,
            &[
                "answer",
                "diag",
                "--team",
                "Équipe",
                "--respondent",
                "r",
                "--set",
                "mep=5",
            ],
        ),
        2,
    );
}

#[test]
fn a_hostile_team_name_writes_nothing_outside_the_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = run(
        &data,
        &[
            "new",
            "../../x",
            "--team",
            "../../../etc",
            "--team",
            "/tmp/evil",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(
        &data,
        &[
            "answer",
            "../../x",
            "--team",
            "../../../etc",
            "--respondent",
            "../..",
            "--set",
            "ci.branching=1",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let top: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(top, vec!["data"]);
    assert!(stdout(&run(&data, &["show", "../../x"])).contains("../../../etc — 1 respondent"));
}

#[test]
fn help_shows_examples_and_bad_usage_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Examples:"));
    let o = run(dir.path(), &["new", "x"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn answers_given_in_the_french_edition_compare_with_english_ones() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &["new", "en", "--team", "Nantes"]).status.success());
    assert!(
        run(
            d,
            &[
                "new",
                "fr",
                "--team",
                "Équipe Paris",
                "--questionnaire",
                "fr"
            ]
        )
        .status
        .success()
    );
    assert!(
        run(
            d,
            &[
                "answer",
                "fr",
                "--team",
                "Équipe Paris",
                "--respondent",
                "Zoé",
                "--set",
                "ci.branching=2"
            ]
        )
        .status
        .success()
    );
    assert!(
        run(
            d,
            &[
                "answer",
                "en",
                "--team",
                "Nantes",
                "--respondent",
                "Bob",
                "--set",
                "ci.branching=4"
            ]
        )
        .status
        .success()
    );
    let o = run(d, &["import", "en", "--from", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("new team(s): Équipe Paris"));
    let text = stdout(&run(d, &["show", "en"]));
    assert!(
        text.contains("Équipe Paris — 1 respondent, coverage 1%, overall 2.0 (25%)"),
        "{text}"
    );
    assert!(
        text.contains("Nantes — 1 respondent, coverage 1%, overall 4.0 (75%)"),
        "{text}"
    );

    // Changed answers on the source side are not silently overwritten on the target side.
    assert!(
        run(
            d,
            &[
                "answer",
                "fr",
                "--team",
                "Équipe Paris",
                "--respondent",
                "Zoé",
                "--set",
                "ci.branching=3"
            ]
        )
        .status
        .success()
    );
    let err = assert_clean_failure(&run(d, &["import", "en", "--from", "fr"]), 2);
    assert!(
        err.contains("already holds different answers from Zoé"),
        "{err}"
    );

    let mini = d.join("mini.json");
    std::fs::write(&mini, include_str!("fixtures/mini.json")).unwrap();
    assert!(
        run(
            d,
            &[
                "new",
                "mini",
                "--team",
                "X",
                "--questionnaire",
                mini.to_str().unwrap()
            ]
        )
        .status
        .success()
    );
    let err = assert_clean_failure(&run(d, &["import", "en", "--from", "mini"]), 2);
    assert!(
        err.contains("\"devops\" has 5 levels, \"mini\" has 3"),
        "{err}"
    );
}

#[test]
fn warnings_to_a_closed_stderr_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &["new", "x", "--team", "a"]).status.success());
    let responses = d.join("assessments/x/responses");
    std::fs::create_dir_all(&responses).unwrap();
    std::fs::write(responses.join("a__broken.json"), "{ cut").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(["list"])
        .env("DEVOPS_MATURITY_DATA", d)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the warning is written, as `2>&1 | head -c 1` would.
    drop(child.stderr.take());
    assert_eq!(child.wait().unwrap().code(), Some(0));
    // With stderr open, the unreadable file is named.
    let err = stderr(&run(d, &["list"]));
    assert!(err.contains("a__broken.json: cannot be read"), "{err}");
}

#[test]
fn setting_one_question_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &["new", "x", "--team", "a"]).status.success());
    let o = run(
        d,
        &[
            "answer",
            "x",
            "--team",
            "a",
            "--respondent",
            "r",
            "--set",
            "ci.build=4",
            "--set",
            "ci.build=2",
        ],
    );
    let err = assert_clean_failure(&o, 2);
    assert!(err.contains("question \"ci.build\" is set twice"), "{err}");
    assert!(!d.join("assessments/x/responses").exists());
    let o = run(
        d,
        &[
            "answer",
            "x",
            "--team",
            "a",
            "--respondent",
            "r",
            "--set",
            "ci.build=4",
            "--comment",
            "ci.build=ok",
        ],
    );
    assert!(
        stdout(&o).contains("Saved 1 answer and 1 comment for r (a)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_questionnaire_saved_with_a_byte_order_mark_validates() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bom.json");
    std::fs::write(
        &file,
        format!("\u{feff}{}", include_str!("fixtures/mini.json")),
    )
    .unwrap();
    let o = run(
        dir.path(),
        &["questionnaire", "validate", file.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_respondent_name_typed_in_another_case_resumes_the_same_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &["new", "x", "--team", "Paris"]).status.success());
    assert!(
        run(
            d,
            &[
                "answer",
                "x",
                "--team",
                "Paris",
                "--respondent",
                "Élodie",
                "--set",
                "ci.build=4"
            ]
        )
        .status
        .success()
    );
    let o = run(
        d,
        &[
            "answer",
            "x",
            "--team",
            "paris",
            "--respondent",
            " élodie ",
            "--set",
            "ci.branching=2",
        ],
    );
    assert!(stdout(&o).contains("for Élodie (Paris)"), "{}", stdout(&o));
    let files: Vec<_> = std::fs::read_dir(d.join("assessments/x/responses"))
        .unwrap()
        .filter(|e| {
            !e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .collect();
    assert_eq!(files.len(), 1);
    assert!(stdout(&run(d, &["list"])).contains("1 respondent (Élodie)"));
}
