//! How the teams see each other (issue 17), end to end through the built binary: answers about
//! another team (`answer --about`) kept out of that team's own scores and compared with them,
//! requests between teams (`request add | list | respond | edit | withdraw`) with their bad
//! inputs, the report's chapter in French, and both travelling with `export` / `collect`.

use serde_json::Value;
use std::fs;
use std::path::Path;

mod support {
    pub mod cli;
    pub mod pdf_checks;
}
use support::cli::{clean_failure, ok, run, stdout};

/// Two teams, Dev and Ops, on `questionnaire`; Dev rates its build 4 and 3 (median 3.5), Ops
/// rates its own 2; Ops' two respondents rate Dev's build 1 and 2 (median 1.5).
fn two_teams(data: &Path, questionnaire: &str) {
    ok(&run(
        data,
        &[
            "new",
            "w",
            "--team",
            "Dev",
            "--team",
            "Ops",
            "--questionnaire",
            questionnaire,
        ],
    ));
    for (team, who, about, level) in [
        ("Dev", "Ann", None, "4"),
        ("Dev", "Bob", None, "3"),
        ("Ops", "Cid", None, "2"),
        ("Ops", "Cid", Some("Dev"), "1"),
        ("Ops", "Dan", Some("dev"), "2"),
    ] {
        let set = format!("ci.build={level}");
        let mut args = vec![
            "answer",
            "w",
            "--team",
            team,
            "--respondent",
            who,
            "--set",
            &set,
        ];
        if let Some(a) = about {
            args.extend(["--about", a]);
        }
        ok(&run(data, &args));
    }
}

fn compare_json(data: &Path) -> Value {
    serde_json::from_str(&ok(&run(data, &["compare", "w", "--format", "json"]))).unwrap()
}

fn requests_file(data: &Path) -> Option<Vec<u8>> {
    fs::read(data.join("assessments/w/requests.json")).ok()
}

/// The id `request add` printed: "Request r-xxxxxx recorded: …".
fn added_id(out: &str) -> String {
    out.split_whitespace()
        .nth(1)
        .filter(|id| id.starts_with("r-"))
        .unwrap_or_else(|| panic!("no id in {out:?}"))
        .to_string()
}

#[test]
fn answers_about_another_team_never_count_in_its_scores_and_give_the_gap() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_teams(d, "en");
    // Stored apart from the team's own answers.
    let perceptions = d.join("assessments/w/perceptions");
    let folders: Vec<_> = fs::read_dir(&perceptions).unwrap().collect();
    assert_eq!(folders.len(), 1, "one folder: the sheets about Dev");
    let own = fs::read_dir(d.join("assessments/w/responses"))
        .unwrap()
        .count();
    assert_eq!(own, 3, "Ann, Bob and Cid's own sheets only");
    let c = compare_json(d);
    let dev = &c["teams"][0];
    assert_eq!(dev["name"], "Dev");
    assert_eq!(dev["respondents"].as_array().unwrap().len(), 2);
    let build = c["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "ci.build")
        .unwrap();
    assert_eq!(
        build["teams"][0]["median"], 3.5,
        "Ops' 1 and 2 are not Dev's"
    );
    assert_eq!(
        build["teams"][1]["median"], 2.0,
        "Cid's own answer, not his view of Dev"
    );
    // The "as seen by" view: one team seen (Dev), by Ops, the gap seen − self.
    let p = c["perception"].as_array().unwrap();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0]["team"], "Dev");
    assert_eq!(p[0]["seen_by"][0]["team"], "Ops");
    assert_eq!(p[0]["seen_by"][0]["respondents"], 2);
    let gap = &p[0]["largest_gaps"][0];
    assert_eq!(gap["question_id"], "ci.build");
    assert_eq!(
        (gap["self"].as_f64(), gap["seen"].as_f64()),
        (Some(3.5), Some(1.5))
    );
    assert_eq!(gap["gap"].as_f64(), Some(-2.0));
    // Answering about one's own team with --about is refused, nothing written.
    let before = fs::read_dir(&perceptions).unwrap().count();
    let o = run(
        d,
        &[
            "answer",
            "w",
            "--team",
            "Dev",
            "--respondent",
            "Ann",
            "--about",
            "DEV",
            "--set",
            "ci.build=1",
        ],
    );
    let err = clean_failure(&o, 2);
    assert!(err.contains("--about"), "{err}");
    let o = run(
        d,
        &[
            "answer",
            "w",
            "--team",
            "Dev",
            "--respondent",
            "Ann",
            "--about",
            "Sec",
            "--set",
            "ci.build=1",
        ],
    );
    assert!(clean_failure(&o, 2).contains("team \"Sec\""));
    assert_eq!(fs::read_dir(&perceptions).unwrap().count(), before);
}

#[test]
fn requests_round_trip_and_bad_input_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_teams(d, "en");
    let text = "Every release comes with a rollback procedure tested in pre-production";
    let out = ok(&run(
        d,
        &[
            "request",
            "add",
            "w",
            "--by",
            "ops",
            "--to",
            "Dev",
            text,
            "--question",
            "deploy.rollback",
            "--priority",
            "high",
        ],
    ));
    let id = added_id(&out);
    let second = added_id(&ok(&run(
        d,
        &[
            "request",
            "add",
            "w",
            "--by",
            "Dev",
            "--to",
            "Ops",
            "Read access to production logs",
        ],
    )));
    assert_ne!(id, second);
    let stored = requests_file(d).unwrap();
    // Bad input: one line, exit 2, the file byte for byte as it was.
    for (args, says) in [
        (
            vec!["request", "add", "w", "--by", "Sec", "--to", "Dev", "x"],
            "--by Sec",
        ),
        (
            vec!["request", "add", "w", "--by", "Ops", "--to", "ops", "x"],
            "cannot ask itself",
        ),
        (
            vec!["request", "add", "w", "--by", "Ops", "--to", "Dev", "  \n "],
            "must not be empty",
        ),
        (
            vec![
                "request",
                "add",
                "w",
                "--by",
                "Ops",
                "--to",
                "Dev",
                "x",
                "--question",
                "ci.buld",
            ],
            "ci.buld",
        ),
        (
            vec![
                "request", "respond", "w", "r-zzzzzz", "--status", "accepted",
            ],
            "no request r-zzzzzz",
        ),
        (
            vec!["request", "respond", "w", "42", "--status", "accepted"],
            "not a request id",
        ),
        (
            vec!["request", "list", "w", "--to", "Nobody"],
            "--to Nobody",
        ),
    ] {
        let err = clean_failure(&run(d, &args), 2);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(requests_file(d).unwrap(), stored, "{args:?} wrote");
    }
    ok(&run(
        d,
        &[
            "request",
            "respond",
            "w",
            &id,
            "--status",
            "accepted",
            "--note",
            "From the March release",
        ],
    ));
    ok(&run(
        d,
        &["request", "edit", "w", &second, "--priority", "low"],
    ));
    let list: Value = serde_json::from_str(&ok(&run(
        d,
        &["request", "list", "w", "--to", "dev", "--format", "json"],
    )))
    .unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "only the request to Dev");
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["by"], "Ops");
    assert_eq!(list[0]["text"], text);
    assert_eq!(list[0]["question"], "deploy.rollback");
    assert_eq!(list[0]["priority"], "high");
    assert_eq!(list[0]["status"], "accepted");
    assert_eq!(list[0]["note"], "From the March release");
    let text_list = ok(&run(d, &["request", "list", "w"]));
    assert!(
        text_list.contains(&format!("{second}  Dev → Ops  low  open")),
        "{text_list}"
    );
    assert!(
        text_list.contains("about: "),
        "the question by title: {text_list}"
    );
    // Withdrawn: out of the list, and no longer answerable.
    ok(&run(d, &["request", "withdraw", "w", &second]));
    let after = ok(&run(d, &["request", "list", "w"]));
    assert!(!after.contains(&second), "{after}");
    let err = clean_failure(
        &run(
            d,
            &["request", "respond", "w", &second, "--status", "refused"],
        ),
        2,
    );
    assert!(err.contains("withdrawn"), "{err}");
    // A hand-broken file is reported by path and never overwritten.
    let path = d.join("assessments/w/requests.json");
    fs::write(&path, "{ not json").unwrap();
    let err = clean_failure(
        &run(
            d,
            &["request", "add", "w", "--by", "Ops", "--to", "Dev", "x"],
        ),
        1,
    );
    assert!(err.contains("requests.json"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "{ not json");
}

#[test]
fn the_report_chapter_is_french_and_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_teams(d, "fr");
    let id = added_id(&ok(&run(
        d,
        &[
            "request",
            "add",
            "w",
            "--by",
            "Ops",
            "--to",
            "Dev",
            "Un retour arrière testé",
            "--priority",
            "high",
        ],
    )));
    ok(&run(
        d,
        &[
            "request", "respond", "w", &id, "--status", "discuss", "--note", "En mars",
        ],
    ));
    ok(&run(
        d,
        &[
            "request",
            "add",
            "w",
            "--by",
            "Dev",
            "--to",
            "Ops",
            "Les logs sans ticket",
        ],
    ));
    let out = d.join("r.pdf");
    ok(&run(
        d,
        &["report", "w", "--output", &out.display().to_string()],
    ));
    let text = support::pdf_checks::extract_text(&fs::read(&out).unwrap());
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let fr = devops_maturity::domain::Questionnaire::from_json(
        devops_maturity::domain::builtin_questionnaire("fr").unwrap(),
    )
    .unwrap();
    let title = fr
        .question("ci.build")
        .map(|(_, q)| devops_maturity::domain::titles::question_title(&fr.id, q))
        .unwrap();
    let nb = '\u{202f}';
    for expected in [
        "Comment les équipes se voient".to_string(),
        "Dev (par elle-même)".to_string(),
        "Dev vue par Ops".to_string(),
        "Plus grands écarts de perception".to_string(),
        format!("Ops évalue Dev à 1,5 sur «{nb}{title}{nb}»{nb}; Dev s’évalue à 3,5 (écart −2,0)."),
        "Demandes entre équipes".to_string(),
        "Ops demande à Dev".to_string(),
        "Un retour arrière testé".to_string(),
        "haute".to_string(),
        format!("à discuter{nb}: En mars"),
        "Dev demande à Ops".to_string(),
        "ouverte, sans réponse".to_string(),
    ] {
        let spaced = expected.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&spaced), "missing {expected:?} in:\n{text}");
    }
    // The synthesis leads with the widest gap too; every gap with a true minus.
    assert!(text.contains("Plus grand écart de perception"), "{text}");
    assert!(!text.contains("-2,0"), "a hyphen for a minus:\n{text}");
    for english in [
        "How the teams see each other",
        "seen by",
        "Requests between",
        "open, no",
    ] {
        assert!(!text.contains(english), "English {english:?} in:\n{text}");
    }
    // The Markdown carries the same chapter, in the contents too.
    let md = d.join("r.md");
    ok(&run(
        d,
        &["report", "w", "--output", &md.display().to_string()],
    ));
    let md = fs::read_to_string(md).unwrap();
    assert!(md.contains("- [Comment les équipes se voient]"), "{md}");
    assert!(
        md.contains("| Ops demande à Dev | Un retour arrière testé | haute |"),
        "{md}"
    );
}

#[test]
fn answers_about_others_and_requests_travel_with_export_and_collect() {
    let home = tempfile::tempdir().unwrap();
    let away = tempfile::tempdir().unwrap();
    two_teams(home.path(), "en");
    let id = added_id(&ok(&run(
        home.path(),
        &[
            "request",
            "add",
            "w",
            "--by",
            "Ops",
            "--to",
            "Dev",
            "Rollback tested",
        ],
    )));
    let zip = away.path().join("site.zip");
    ok(&run(
        home.path(),
        &["export", "w", "-o", &zip.display().to_string()],
    ));
    // Another laptop with the same assessment and no answers collects the site's zip.
    ok(&run(
        away.path(),
        &["new", "w", "--team", "Dev", "--team", "Ops"],
    ));
    let out = ok(&run(
        away.path(),
        &["collect", "w", &zip.display().to_string()],
    ));
    let c = compare_json(away.path());
    assert_eq!(c["perception"][0]["seen_by"][0]["respondents"], 2, "{out}");
    assert_eq!(c["requests"][0]["id"], id.as_str());
    // Answered there, collected back home: the response arrives, nothing doubles.
    ok(&run(
        away.path(),
        &[
            "request", "respond", "w", &id, "--status", "refused", "--note", "No",
        ],
    ));
    let back = home.path().join("back.zip");
    ok(&run(
        away.path(),
        &["export", "w", "-o", &back.display().to_string()],
    ));
    ok(&run(
        home.path(),
        &["collect", "w", &back.display().to_string()],
    ));
    let again = stdout(&run(
        home.path(),
        &["collect", "w", &back.display().to_string()],
    ));
    let list: Value = serde_json::from_str(&ok(&run(
        home.path(),
        &["request", "list", "w", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["status"], "refused");
    assert_eq!(list[0]["note"], "No");
    let c = compare_json(home.path());
    assert_eq!(
        c["perception"][0]["seen_by"][0]["respondents"], 2,
        "{again}"
    );
}

#[test]
fn a_sheet_about_another_team_in_the_wrong_place_is_reported_and_never_counted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_teams(d, "en");
    let base = d.join("assessments/w");
    let folder = fs::read_dir(base.join("perceptions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .unwrap();
    let sheet = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    // Copied by hand among the responses: Ops' view of Dev is not an Ops answer.
    let name = sheet.file_name().unwrap();
    fs::copy(&sheet, base.join("responses").join(name)).unwrap();
    // And a copy in the folder of another team than the one it is about.
    let elsewhere = base.join("perceptions/ops--0000");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::copy(&sheet, elsewhere.join(name)).unwrap();
    let o = run(d, &["compare", "w", "--format", "json"]);
    let err = support::cli::stderr(&o);
    assert!(err.contains("belong in perceptions/"), "{err}");
    assert!(err.contains("folder of another team"), "{err}");
    let c: Value = serde_json::from_str(&ok(&o)).unwrap();
    let build = c["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "ci.build")
        .unwrap();
    assert_eq!(build["teams"][1]["median"], 2.0, "Ops' own answer only");
    assert_eq!(
        c["perception"][0]["seen_by"][0]["respondents"], 2,
        "no third view"
    );
}

/// Every perception sheet file under the assessment `w`, as (file name, team, respondent,
/// about, the ci.build answer).
fn perception_files(data: &Path) -> Vec<(String, String, String, String, Value)> {
    let mut out = Vec::new();
    let Ok(folders) = fs::read_dir(data.join("assessments/w/perceptions")) else {
        return out;
    };
    for folder in folders {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for f in fs::read_dir(&folder).unwrap() {
            let path = f.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let v: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
                let a = &v["answers"]["ci.build"];
                let level = a.get("level").or(a.get("answer")).unwrap_or(a).clone();
                out.push((
                    path.file_name().unwrap().to_string_lossy().into_owned(),
                    v["team"].as_str().unwrap().to_string(),
                    v["respondent"].as_str().unwrap().to_string(),
                    v["about"].as_str().unwrap().to_string(),
                    level,
                ));
            }
        }
    }
    out.sort_by(|a, b| a.2.cmp(&b.2));
    out
}

/// The respondents of Ops who answered about Dev, with their ci.build answer.
fn about_dev(data: &Path) -> Vec<(String, Value)> {
    perception_files(data)
        .into_iter()
        .map(|(_, team, who, about, level)| {
            assert_eq!((team.as_str(), about.as_str()), ("Ops", "Dev"));
            (who, level)
        })
        .collect()
}

/// `respondent rename | merge | delete | restore` carry the respondent's sheets about other
/// teams: renamed with them, merged by the same rule as the own sheet, trashed and brought back
/// with them; never left behind under the old name, never orphaned.
#[test]
fn respondent_commands_carry_the_sheets_about_other_teams() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_teams(d, "en");
    let seen = |d: &Path| compare_json(d)["perception"].to_string();
    let before = seen(d);
    // Rename Cid (own sheet and a sheet about Dev): both follow.
    let out = ok(&run(
        d,
        &["respondent", "rename", "w", "--team", "Ops", "Cid", "Cy"],
    ));
    assert!(out.contains("answers about Dev followed"), "{out}");
    assert_eq!(
        about_dev(d),
        [
            ("Cy".to_string(), Value::from(1)),
            ("Dan".to_string(), Value::from(2))
        ]
    );
    assert_eq!(seen(d), before, "the view of Dev is unchanged by a rename");
    // Dan only answered about Dev: he can be renamed too, without gaining an own sheet.
    ok(&run(
        d,
        &["respondent", "rename", "w", "--team", "Ops", "dan", "Dana"],
    ));
    assert_eq!(about_dev(d)[1].0, "Dana");
    assert!(
        !fs::read_dir(d.join("assessments/w/responses"))
            .unwrap()
            .any(|f| f.unwrap().file_name().to_string_lossy().contains("dana")),
        "no empty own sheet made for Dana"
    );
    // Merge Dana into Cy: one sheet about Dev, the newer answer (Dana's 2) kept, the other
    // reported; Dana's file gone.
    let merged = run(
        d,
        &["respondent", "merge", "w", "--team", "Ops", "Dana", "Cy"],
    );
    let out = ok(&merged);
    assert!(out.contains("answers about Dev followed"), "{out}");
    let err = String::from_utf8_lossy(&merged.stderr);
    assert!(
        err.contains("note: about Dev:"),
        "the other answer is reported: {err}"
    );
    assert_eq!(about_dev(d), [("Cy".to_string(), Value::from(2))]);
    let after_merge = seen(d);
    // Delete Cy: own sheet and sheet about Dev to the trash; Dev is seen by nobody now.
    let out = ok(&run(
        d,
        &["respondent", "delete", "w", "--team", "Ops", "Cy"],
    ));
    assert_eq!(
        out.matches(".json").count(),
        2,
        "both sheets trashed: {out}"
    );
    assert!(about_dev(d).is_empty(), "a sheet about Dev left behind");
    assert_ne!(seen(d), after_merge, "Cy's view of Dev still counts");
    // Restore: both back, as they were.
    ok(&run(
        d,
        &["respondent", "restore", "w", "--team", "Ops", "cy"],
    ));
    assert_eq!(about_dev(d), [("Cy".to_string(), Value::from(2))]);
    assert_eq!(seen(d), after_merge);
    let own = ok(&run(d, &["compare", "w", "--format", "json"]));
    assert!(own.contains("\"Cy\""), "Cy's own sheet is back: {own}");
    // Nothing left in the trash to restore a second time.
    clean_failure(
        &run(d, &["respondent", "restore", "w", "--team", "Ops", "Cy"]),
        2,
    );
}

/// Text as one line: the text comparison wraps its sentences at 78 columns.
fn flat(text: &str) -> String {
    text.split([' ', '\n'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two requests each way, one answered each way.
fn requests_both_ways(d: &Path, texts: [&str; 4], note: &str) {
    let mut ids = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let (by, to) = if i < 2 {
            ("Ops", "Dev")
        } else {
            ("Dev", "Ops")
        };
        ids.push(added_id(&ok(&run(
            d,
            &["request", "add", "w", "--by", by, "--to", to, text],
        ))));
    }
    ok(&run(
        d,
        &[
            "request", "respond", "w", &ids[0], "--status", "accepted", "--note", note,
        ],
    ));
    ok(&run(
        d,
        &["request", "respond", "w", &ids[2], "--status", "refused"],
    ));
}

/// `compare` as text and as Markdown shows how the teams see each other: self vs seen per
/// dimension with the gap (a true minus), the gaps by question title (never its id), the
/// requests both ways with their responses; in French for a French questionnaire.
#[test]
fn compare_text_and_markdown_show_how_the_teams_see_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_teams(d, "en");
    let plain = ok(&run(d, &["compare", "w"]));
    let md = ok(&run(d, &["compare", "w", "--format", "markdown"]));
    for out in [&flat(&plain), &md] {
        assert!(out.contains("How the teams see each other"), "{out}");
        // Ops sees Dev's build at 1.5, Dev itself at 3.5.
        assert!(
            out.contains("Ops rates Dev 1.5 on “Automatic build and tests on every change”; Dev rates itself 3.5 (gap −2.0)"),
            "{out}"
        );
        assert!(!out.contains("gap -2.0"), "a hyphen for a minus: {out}");
        assert!(out.contains("No requests."), "{out}");
    }
    let row = plain
        .lines()
        .find(|l| l.trim_start().starts_with("Source control and integration") && l.contains('−'))
        .unwrap_or_else(|| panic!("no self vs seen row:\n{plain}"));
    let cells: Vec<&str> = row.split_whitespace().rev().take(6).collect();
    assert_eq!(cells, ["–", "–", "2.0", "−2.0", "1.5", "3.5"], "{row}");
    assert!(
        md.contains("| Source control and integration | 3.5 | 1.5 | −2.0 | 2.0 | – | – |"),
        "{md}"
    );
    // Dimensions nobody answered about the other are left out of the working view.
    let section = &plain[plain.find("How the teams see each other").unwrap()..];
    assert!(!section.contains("Culture and collaboration"), "{section}");
    requests_both_ways(
        d,
        [
            "A rollback procedure tested in pre-production",
            "Deploy on Tuesdays only",
            "Read access to production logs",
            "A shared on-call rota",
        ],
        "from the March release",
    );
    let plain = ok(&run(d, &["compare", "w"]));
    let md = ok(&run(d, &["compare", "w", "--format", "markdown"]));
    for out in [&flat(&plain), &md] {
        for text in [
            "A rollback procedure tested in pre-production",
            "Deploy on Tuesdays only",
            "Read access to production logs",
            "A shared on-call rota",
            "accepted: from the March release",
            "refused",
            "Ops asks Dev",
            "Dev asks Ops",
        ] {
            assert!(out.contains(text), "{text:?} missing:\n{out}");
        }
    }
    // French: words, numbers and typography.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    two_teams(d, "fr");
    requests_both_ways(
        d,
        [
            "Un retour arrière testé",
            "Livrer le mardi",
            "Accès aux journaux",
            "Une astreinte commune",
        ],
        "dès la version de mars",
    );
    let plain = ok(&run(d, &["compare", "w"]));
    let md = ok(&run(d, &["compare", "w", "--format", "markdown"]));
    for out in [&flat(&plain), &md] {
        assert!(out.contains("Comment les équipes se voient"), "{out}");
        assert!(out.contains("(écart −2,0)"), "{out}");
        assert!(out.contains("Ops évalue Dev à 1,5 sur «\u{202f}"), "{out}");
        assert!(
            out.contains("acceptée\u{202f}: dès la version de mars"),
            "{out}"
        );
        assert!(out.contains("Ops demande à Dev"), "{out}");
        let start = out.find("Comment les équipes se voient").unwrap();
        let section = &out[start..];
        let end = section.find("== Dev ==").or(section.find("## Delivery"));
        let section = &section[..end.unwrap_or(section.len())];
        assert!(!section.contains("ci.build"), "a question id: {section}");
    }
    // Without answers about each other or requests, no section.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["new", "w", "--team", "Dev", "--team", "Ops"]));
    ok(&run(
        d,
        &[
            "answer",
            "w",
            "--team",
            "Dev",
            "--respondent",
            "Ann",
            "--set",
            "ci.build=3",
        ],
    ));
    for format in ["text", "markdown"] {
        let out = ok(&run(d, &["compare", "w", "--format", format]));
        assert!(!out.contains("How the teams see each other"), "{out}");
    }
}

/// The notes of a workshop room Ops held about Dev reach the report's chapter on how the teams
/// see each other, labelled "Ops about Dev" by question title, in PDF and Markdown, English and
/// French; the notes of Dev's own room stay with Dev's answers, not in that chapter.
#[test]
fn notes_of_a_room_about_another_team_are_in_the_perception_chapter() {
    for (lang, heading, label, title) in [
        (
            "en",
            "Workshop notes of one team about the other",
            "Ops about Dev",
            "Automatic build and tests on every change",
        ),
        (
            "fr",
            "Notes des ateliers d’une équipe sur l’autre",
            "Ops à propos de Dev",
            "Build et tests automatiques à chaque changement\u{202f}:",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        two_teams(d, lang);
        let room = r#"{"format":"devops-maturity/room","format_version":1,"updated_at":"2026-01-01T00:00:00.000Z","teams":[{"team":"Dev","questions":{"ci.build":{"note":"Own room note","note_at":"2026-01-01T00:00:00.000Z"}}},{"team":"Ops","about":"Dev","questions":{"ci.build":{"note":"Builds break every Friday","note_at":"2026-01-01T00:00:00.000Z"}}}]}"#;
        fs::write(d.join("assessments/w/room.json"), room).unwrap();
        let md = d.join("r.md");
        ok(&run(
            d,
            &["report", "w", "--output", &md.display().to_string()],
        ));
        let md = fs::read_to_string(md).unwrap();
        let chapter = md
            .split("\n## ")
            .find(|s| s.contains(heading))
            .unwrap_or_else(|| panic!("{lang}: no room notes in the chapter:\n{md}"));
        let line = format!("- **{label}** — {title}");
        assert!(
            chapter.contains(&line),
            "{lang}: {line:?} missing:\n{chapter}"
        );
        assert!(chapter.contains("Builds break every Friday"), "{chapter}");
        assert!(!chapter.contains("Own room note"), "{chapter}");
        let pdf = d.join("r.pdf");
        ok(&run(
            d,
            &["report", "w", "--output", &pdf.display().to_string()],
        ));
        let text = support::pdf_checks::extract_text(&fs::read(&pdf).unwrap());
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for needle in [heading, label, "Builds break every Friday"] {
            let needle = needle.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                text.contains(&needle),
                "{lang}: {needle:?} not in the PDF:\n{text}"
            );
        }
    }
}
