//! `demo` and `compare`, end to end through the built binary. The JSON is checked against
//! numbers recomputed here from the stored answer files, independently of the crate's code.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

mod support {
    pub mod cli;
}
use support::cli::{clean_failure, ok, run};

const PARIS: &str = "DSI historique — Paris";
const NANTES: &str = "Start-up — Nantes";

fn with_demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    ok(&run(dir.path(), &["demo"]));
    dir
}

/// The whole document, answers, pairs and roadmaps included.
fn compare_json(data: &Path, extra: &[&str]) -> Value {
    let mut args = vec![
        "compare",
        "bank-demo",
        "--format",
        "json",
        "--detail",
        "answers,pairs,roadmaps",
    ];
    args.extend_from_slice(extra);
    serde_json::from_str(&ok(&run(data, &args))).expect("compare --format json is JSON")
}

/// The stored answers, read straight from the files: team → question → levels given.
fn stored_levels(data: &Path) -> BTreeMap<String, BTreeMap<String, Vec<f64>>> {
    let dir = data.join("assessments/bank-demo/responses");
    let mut out: BTreeMap<String, BTreeMap<String, Vec<f64>>> = BTreeMap::new();
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let sheet: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let team = sheet["team"].as_str().unwrap().to_string();
        for (id, record) in sheet["answers"].as_object().unwrap() {
            if let Some(level) = record["answer"].as_f64() {
                out.entry(team.clone())
                    .or_default()
                    .entry(id.clone())
                    .or_default()
                    .push(level);
            }
        }
    }
    out
}

/// The stored answers with the respondent's role: team → question → [(role, level)].
fn stored_levels_by_role(data: &Path) -> BTreeMap<String, BTreeMap<String, Vec<(String, f64)>>> {
    let dir = data.join("assessments/bank-demo/responses");
    let mut out: BTreeMap<String, BTreeMap<String, Vec<(String, f64)>>> = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let sheet: Value =
            serde_json::from_str(&fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        let team = sheet["team"].as_str().unwrap().to_string();
        let role = sheet["role"].as_str().unwrap_or("").to_string();
        for (id, record) in sheet["answers"].as_object().unwrap() {
            if let Some(level) = record["answer"].as_f64() {
                out.entry(team.clone())
                    .or_default()
                    .entry(id.clone())
                    .or_default()
                    .push((role.clone(), level));
            }
        }
    }
    out
}

fn median(levels: &[f64]) -> Option<f64> {
    let mut v = levels.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some(f64::midpoint(v[n / 2 - 1], v[n / 2])),
    }
}

fn close(a: f64, b: f64) -> bool {
    // The JSON rounds to 4 decimals.
    (a - b).abs() < 1e-4
}

#[test]
fn demo_json_matches_numbers_recomputed_from_the_answer_files() {
    let dir = with_demo();
    let c = compare_json(dir.path(), &[]);
    assert_eq!(c["format"], "devops-maturity/comparison");
    assert_eq!(c["format_version"], 3);
    assert_eq!(
        c["detail"],
        serde_json::json!({"answers": true, "pairs": true, "roadmaps": true})
    );
    let teams: Vec<&str> = c["teams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(teams, [PARIS, NANTES]);

    let assessment: Value = serde_json::from_str(
        &fs::read_to_string(dir.path().join("assessments/bank-demo/assessment.json")).unwrap(),
    )
    .unwrap();
    let q = &assessment["questionnaire"];
    let levels = stored_levels(dir.path());
    for (ti, team) in teams.iter().enumerate() {
        let mine = &levels[*team];
        let (mut overall_sum, mut overall_weight) = (0.0, 0.0);
        for (di, dim) in q["dimensions"].as_array().unwrap().iter().enumerate() {
            let (mut sum, mut weight) = (0.0, 0.0);
            for question in dim["questions"].as_array().unwrap() {
                let id = question["id"].as_str().unwrap();
                let w = question["weight"].as_f64().unwrap_or(1.0);
                if let Some(m) = mine.get(id).and_then(|l| median(l)) {
                    sum += m * w;
                    weight += w;
                    let row = c["questions"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|r| r["id"] == id)
                        .unwrap();
                    let cell = &row["teams"][ti];
                    assert!(close(cell["median"].as_f64().unwrap(), m), "{team} {id}");
                }
            }
            let score = sum / weight;
            let cell = &c["dimensions"][di]["teams"][ti];
            assert_eq!(c["dimensions"][di]["id"], dim["id"]);
            assert!(
                close(cell["score"].as_f64().unwrap(), score),
                "{team} {}: {} vs {score}",
                dim["id"],
                cell["score"]
            );
            let dw = dim["weight"].as_f64().unwrap_or(1.0);
            overall_sum += score * dw;
            overall_weight += dw;
        }
        let overall = overall_sum / overall_weight;
        assert!(
            close(c["teams"][ti]["overall"].as_f64().unwrap(), overall),
            "{team}"
        );
    }
    // Pair delta A − B on deploy: Paris is the slow one.
    let deploy = c["pairs"][0]["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dimension_id"] == "deploy")
        .unwrap();
    assert!(deploy["delta"].as_f64().unwrap() < -1.0, "{deploy}");
    assert!(close(
        deploy["delta"].as_f64().unwrap(),
        deploy["a"].as_f64().unwrap() - deploy["b"].as_f64().unwrap()
    ));
}

#[test]
fn demo_recommendations_and_pairings_follow_the_stated_rules() {
    let dir = with_demo();
    let c = compare_json(dir.path(), &[]);
    let assessment: Value = serde_json::from_str(
        &fs::read_to_string(dir.path().join("assessments/bank-demo/assessment.json")).unwrap(),
    )
    .unwrap();
    let question = |id: &str| {
        assessment["questionnaire"]["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| {
                d["questions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(move |q| (d, q))
            })
            .find(|(_, q)| q["id"] == id)
            .unwrap()
    };
    let by_role = stored_levels_by_role(dir.path());
    let mut moved_by_owners = 0;
    for team in c["teams"].as_array().unwrap() {
        let plan = team["short_term_plan"].as_array().unwrap();
        let roadmap = team["roadmap"].as_array().unwrap();
        assert_eq!(plan.len(), 5, "{}", team["name"]);
        let mut previous = f64::INFINITY;
        let mut all: Vec<&Value> = plan.iter().chain(roadmap).collect();
        all.sort_by_key(|r| r["rank"].as_u64().unwrap());
        // Where each step starts, recomputed: the median of the levels given by respondents
        // whose role is among the question's owners, or everyone's median when none answered.
        let answers = &by_role[team["name"].as_str().unwrap()];
        let start_of = |id: &str| -> Option<(f64, Vec<String>)> {
            let (_, q) = question(id);
            let owners: Vec<&str> = q["owners"]
                .as_array()
                .map(|o| o.iter().map(|r| r.as_str().unwrap()).collect())
                .unwrap_or_default();
            let given = answers.get(id)?;
            let owned: Vec<&(String, f64)> = given
                .iter()
                .filter(|(role, _)| owners.contains(&role.as_str()))
                .collect();
            let levels: Vec<f64> = owned.iter().map(|(_, l)| *l).collect();
            let mut roles: Vec<String> = owned.iter().map(|(r, _)| r.clone()).collect();
            roles.sort();
            roles.dedup();
            Some((median(&levels)?, roles))
        };
        // Every question whose start is below target has a step, and no other.
        let mut expected: Vec<String> = Vec::new();
        for (id, given) in answers {
            let Some(team_median) = median(&given.iter().map(|(_, l)| *l).collect::<Vec<_>>())
            else {
                continue;
            };
            let start = start_of(id).map_or(team_median, |(m, _)| m);
            let target = c["questions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|row| row["id"] == id.as_str())
                .map(|row| row["target"].as_f64().unwrap())
                .unwrap();
            if target - start > 1e-9 {
                expected.push(id.clone());
            }
        }
        let mut listed: Vec<String> = all
            .iter()
            .map(|r| r["question_id"].as_str().unwrap().to_string())
            .collect();
        listed.sort();
        assert_eq!(listed, expected, "{}", team["name"]);
        for r in all {
            let id = r["question_id"].as_str().unwrap();
            let (dim, q) = question(id);
            let team_median = r["median"].as_f64().unwrap();
            let median = if let Some((owners_median, roles)) = start_of(id) {
                let owners = &r["owners"];
                assert!(
                    close(owners["median"].as_f64().unwrap(), owners_median),
                    "{r}"
                );
                let mut named: Vec<String> = owners["roles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_string())
                    .collect();
                named.sort();
                assert_eq!(named, roles, "{r}");
                if owners_median.floor() != team_median.floor() {
                    moved_by_owners += 1;
                }
                owners_median
            } else {
                assert!(r["owners"].is_null(), "{r}");
                team_median
            };
            let from = r["from_level"].as_u64().unwrap();
            // The next level from the starting median rounded down, not the top.
            assert_eq!(from, median.floor() as u64);
            assert_eq!(r["to_level"].as_u64().unwrap(), from + 1);
            assert_eq!(r["text"], q["recommendations"][from as usize - 1]["text"]);
            assert_eq!(
                r["effort"],
                q["recommendations"][from as usize - 1]["effort"]
            );
            let target = r["target"].as_f64().unwrap();
            let gap = target - median;
            assert!(gap > 0.0 && close(r["gap"].as_f64().unwrap(), gap));
            let priority = gap * dim["weight"].as_f64().unwrap_or(1.0);
            assert!(close(r["priority"].as_f64().unwrap(), priority));
            assert!(priority <= previous + 1e-9, "ranked by priority");
            previous = priority;
        }
        assert!(plan.iter().all(|r| r["effort"] != "high"));

        // Role splits, recomputed: two roles' medians 2 or more apart.
        let mut splits: Vec<String> = Vec::new();
        for (id, given) in answers {
            let mut roles: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
            for (role, level) in given.iter().filter(|(r, _)| !r.is_empty()) {
                roles.entry(role).or_default().push(*level);
            }
            let medians: Vec<f64> = roles.values().filter_map(|l| median(l)).collect();
            let hi = medians.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let lo = medians.iter().copied().fold(f64::INFINITY, f64::min);
            if medians.len() >= 2 && hi - lo >= 2.0 - 1e-9 {
                splits.push(id.clone());
            }
        }
        let mut found: Vec<String> = team["role_splits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["question_id"].as_str().unwrap().to_string())
            .collect();
        found.sort();
        assert_eq!(found, splits, "{}", team["name"]);
    }
    assert!(
        moved_by_owners > 0,
        "in the demo, some steps start from another level than the team's"
    );
    let pairs = c["learn_from_each_other"].as_array().unwrap();
    assert!(!pairs.is_empty());
    for p in pairs {
        let lead = p["leader_median"].as_f64().unwrap() - p["learner_median"].as_f64().unwrap();
        assert!(lead >= 1.5, "{p}");
        assert_ne!(p["leader"], p["learner"]);
    }
    let pair = |learner: &str, q: &str| {
        pairs
            .iter()
            .any(|p| p["learner"] == learner && p["question_id"] == q)
    };
    assert!(
        pair(PARIS, "deploy.cadence"),
        "Paris learns fast delivery from Nantes"
    );
    assert!(
        pair(NANTES, "incidents.problem"),
        "Nantes learns problem management from Paris"
    );
}

#[test]
fn text_and_markdown_read_as_a_comparison_of_the_two_sites() {
    let dir = with_demo();
    let text = ok(&run(dir.path(), &["compare", "bank-demo"]));
    for needle in [
        "Comparison of \"bank-demo\"",
        PARIS,
        NANTES,
        "Dimension scores",
        "Two-speed questions",
        "Learn from each other",
        "Short-term plan",
        "Roadmap",
        "To discuss",
        "Role splits (roles 2 or more levels apart: ask each role what it sees)",
        "management 4 (owner) · ops 3 · security 3 · dev 2",
        "Starts from the owners' level (",
        "«Après l'incident de paiement de mars",
    ] {
        assert!(text.contains(needle), "text lacks {needle:?}");
    }
    assert!(
        !text
            .split_whitespace()
            .any(|w| ["NaN", "inf", "-inf", "+inf"].contains(&w)),
        "a number came out as NaN or infinity"
    );
    // Meant for an 80-column terminal.
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 80, "a line is {widest} characters wide");

    let md = ok(&run(
        dir.path(),
        &["compare", "bank-demo", "--format", "markdown"],
    ));
    assert!(md.starts_with("# Comparison of bank-demo\n"));
    assert!(md.contains(&format!("| Dimension | Target | {PARIS} | {NANTES} | Δ |")));
    assert!(md.contains(&format!("### {NANTES} can learn from {PARIS}")));
    assert!(
        md.contains("«Après l'incident de paiement de mars"),
        "comments of disagreements"
    );
    assert!(md.contains("\n## Role splits\n"), "{md}");
    assert!(md.contains(&format!(
        "| {NANTES} | Alerting | 2.0 | dev 3 (owner) · ops 1 (owner) |"
    )));
    assert!(md.contains("\n## Steps that start from the owners' level\n"));
    // Every table row has as many cells as its header.
    let mut columns = 0;
    for line in md.lines() {
        if line.starts_with('|') {
            let cells = line.replace("\\|", "").matches('|').count();
            if columns == 0 {
                columns = cells;
            }
            assert_eq!(cells, columns, "ragged table row: {line}");
        } else {
            columns = 0;
        }
    }
}

/// The ids of the questionnaire's questions, as the comparison's JSON lists them.
fn question_ids(data: &Path) -> Vec<String> {
    let json = compare_json(data, &[]);
    let ids: Vec<String> = json["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.len() > 40, "{ids:?}");
    ids
}

/// Reports label questions by title: no `dimension.question` id anywhere in the text or the
/// Markdown of the demo, whose every section (largest differences, two-speed questions,
/// pairings, plans, disagreements, role splits, owners' steps) names questions.
#[test]
fn text_and_markdown_name_questions_by_title_never_by_id() {
    let dir = with_demo();
    let ids = question_ids(dir.path());
    let text = ok(&run(dir.path(), &["compare", "bank-demo"]));
    let md = ok(&run(
        dir.path(),
        &["compare", "bank-demo", "--format", "markdown"],
    ));
    for (name, out) in [("text", &text), ("markdown", &md)] {
        for id in &ids {
            assert!(
                !out.contains(id.as_str()),
                "{id} in the {name} output:\n{out}"
            );
        }
    }
    // The largest differences: the title, then A, B and the delta; no cut question text.
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("Deployment frequency ") && l.ends_with("−4.0"))
        .unwrap_or_else(|| panic!("no delta line for Deployment frequency:\n{text}"));
    assert!(line.contains(" 1.0 5.0  −4.0"), "{line}");
    assert!(
        !text.contains("How often does the team put chang…"),
        "{text}"
    );
    for needle in [
        "  - Blameless handling of failures (levels 2 to 4)",
        "  - Deployment frequency (A 1.0 → B 5.0): The team deploys on demand",
        "[medium] Deployment frequency: Initial → Managed, priority 4.50",
    ] {
        assert!(text.contains(needle), "{needle:?} missing:\n{text}");
    }
    assert!(md.contains("| Deployment frequency | "), "{md}");
}

#[test]
fn teams_can_be_picked_and_a_wrong_name_is_a_clear_usage_error() {
    let dir = with_demo();
    let d = dir.path();
    // Case-insensitive, in the order given.
    let c = compare_json(d, &["--team", "start-up — nantes", "--team", PARIS]);
    assert_eq!(c["teams"][0]["name"], NANTES);
    assert_eq!(c["pairs"][0]["a"], NANTES);
    let single = compare_json(d, &["--team", PARIS]);
    assert_eq!(single["teams"].as_array().unwrap().len(), 1);
    assert_eq!(single["pairs"].as_array().unwrap().len(), 0);
    assert!(
        single["teams"][0]["short_term_plan"]
            .as_array()
            .unwrap()
            .len()
            == 5
    );

    let err = clean_failure(&run(d, &["compare", "bank-demo", "--team", "Lyon"]), 2);
    assert!(
        err.contains("\"Lyon\"") && err.contains(PARIS) && err.contains(NANTES),
        "{err}"
    );
    let err = clean_failure(
        &run(
            d,
            &["compare", "bank-demo", "--team", PARIS, "--team", PARIS],
        ),
        2,
    );
    assert!(err.contains("twice"), "{err}");
    let err = clean_failure(&run(d, &["compare", "no-such"]), 2);
    assert!(err.contains("no-such"), "{err}");
}

#[test]
fn demo_refuses_to_overwrite_and_tells_what_to_run_next() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let first = ok(&run(d, &["demo"]));
    assert!(
        first.contains("\n  devops-maturity compare bank-demo\n"),
        "{first}"
    );
    assert!(first.lines().all(|l| l.chars().count() <= 80), "{first}");
    // Given with --data-dir rather than the environment, the hint repeats it.
    let flagged = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args([
            "--data-dir",
            &d.display().to_string(),
            "demo",
            "--name",
            "flag",
        ])
        .env_remove("DEVOPS_MATURITY_DATA")
        .output()
        .unwrap();
    let hint = ok(&flagged);
    assert!(
        hint.contains(&format!(
            "devops-maturity --data-dir {} compare flag",
            d.display()
        )) || hint.contains("--data-dir '"),
        "{hint}"
    );
    let file = d.join("assessments/bank-demo/assessment.json");
    let before = fs::read(&file).unwrap();
    let err = clean_failure(&run(d, &["demo"]), 2);
    assert!(
        err.contains("already exists") && err.contains("--name"),
        "{err}"
    );
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "the existing demo was touched"
    );
    let other = ok(&run(d, &["demo", "--name", "démo 2"]));
    assert!(other.contains("compare 'démo 2'"), "{other}");
    // Same seed, same answers: both demos compare identically apart from their names and
    // their requests' ids and times (ids are drawn afresh by each demo, so two laptops' demos
    // never share one).
    let without_ids = |name: &str| {
        let text = ok(&run(d, &["compare", name, "--format", "json"]));
        let mut v: Value =
            serde_json::from_str(&text.replace("\"bank-demo\"", "\"démo 2\"")).unwrap();
        let requests = v["requests"].as_array_mut().unwrap();
        assert_eq!(requests.len(), 4, "two requests each way");
        for r in requests.iter_mut() {
            assert!(r["id"].as_str().unwrap().starts_with("r-"));
            r["id"] = Value::Null;
            // Each demo's requests carry the time it was made.
            for (_, v) in r
                .as_object_mut()
                .unwrap()
                .iter_mut()
                .filter(|(k, _)| k.ends_with("_at"))
            {
                *v = Value::Null;
            }
        }
        requests.sort_by_key(|r| r["text"].as_str().unwrap().to_string());
        v
    };
    assert_eq!(without_ids("bank-demo"), without_ids("démo 2"));
}

#[test]
fn an_assessment_without_answers_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["new", "empty", "--team", "A", "--team", "B"]));
    let text = ok(&run(d, &["compare", "empty"]));
    assert!(text.contains("No answers yet"), "{text}");
    let md = ok(&run(d, &["compare", "empty", "--format", "markdown"]));
    assert!(md.contains("No answers yet"), "{md}");
    let json: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "empty", "--format", "json"]))).unwrap();
    assert_eq!(json["teams"][0]["overall"], Value::Null);
    assert_eq!(json["two_speed"].as_array().unwrap().len(), 0);
}

/// Twelve teams written through the store API: answers spread so that teams differ.
fn twelve_teams(data: &Path) {
    use devops_maturity::domain::{Answer, Assessment, ResponseSheet, default_questionnaire};
    use devops_maturity::store::Store;
    let store = Store::new(data);
    let q = default_questionnaire();
    let teams: Vec<String> = (1..=12)
        .map(|i| format!("Équipe {i} — site n°{i}"))
        .collect();
    let a = Assessment::new(
        "twelve",
        "2026-01-01T00:00:00Z",
        teams.clone(),
        q.clone(),
        None,
    );
    store.create(&a, "2026-01-01T00:00:00Z").unwrap();
    for (ti, team) in teams.iter().enumerate() {
        for r in 0..2 {
            let mut sheet = ResponseSheet::new(team, &format!("R{r}"));
            for (qi, (_, question)) in q.questions().enumerate() {
                let level = 1 + ((ti + qi * (r + 1)) % 5) as u8;
                sheet.set_answer(&question.id, Answer::Level(level));
            }
            store
                .save_sheet("twelve", &sheet, "2026-01-01T00:00:00Z")
                .unwrap();
        }
    }
}

#[test]
fn twelve_teams_stay_readable_in_80_columns_and_list_every_pair() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    twelve_teams(d);
    let text = ok(&run(d, &["compare", "twelve"]));
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 80, "a line is {widest} characters wide");
    // Score columns come in blocks of 4 teams: A–D, E–H, I–L (range at the end).
    assert_eq!(text.matches("\nDimension scores").count(), 3, "{text}");
    assert!(text.contains("  L   Équipe 12 — site n°12"));
    let c: Value = serde_json::from_str(&ok(&run(
        d,
        &["compare", "twelve", "--format", "json", "--detail", "pairs"],
    )))
    .unwrap();
    assert_eq!(c["teams"].as_array().unwrap().len(), 12);
    assert_eq!(c["pairs"].as_array().unwrap().len(), 66);
    assert_eq!(c["pairs_omitted"], false);
    for f in c["two_speed"].as_array().unwrap() {
        let names = |side: &str| -> Vec<String> {
            f[side]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["team"].as_str().unwrap().to_string())
                .collect()
        };
        let (ahead, behind) = (names("ahead"), names("behind"));
        assert!(!ahead.is_empty() && !behind.is_empty());
        assert!(ahead.iter().all(|t| !behind.contains(t)), "{f}");
    }
    let md = ok(&run(d, &["compare", "twelve", "--format", "markdown"]));
    assert!(md.contains("| Dimension | Target | Équipe 1 — site n°1 |"));
    assert!(md.contains("| Range |"));
}

#[test]
fn json_leaves_answers_pairs_and_roadmaps_out_unless_asked() {
    let dir = with_demo();
    let d = dir.path();
    let full = compare_json(d, &[]);
    let slim_text = ok(&run(d, &["compare", "bank-demo", "--format", "json"]));
    let slim: Value = serde_json::from_str(&slim_text).unwrap();
    assert_eq!(
        slim["detail"],
        serde_json::json!({"answers": false, "pairs": false, "roadmaps": false})
    );
    // Compact by default, one line; --pretty indents the same document.
    assert_eq!(slim_text.lines().count(), 1, "{slim_text}");
    let pretty_text = ok(&run(
        d,
        &["compare", "bank-demo", "--format", "json", "--pretty"],
    ));
    assert!(pretty_text.lines().count() > 1000);
    assert!(pretty_text.starts_with("{\n  \"format\": \"devops-maturity/comparison\","));
    assert_eq!(serde_json::from_str::<Value>(&pretty_text).unwrap(), slim);
    assert!(pretty_text.len() > slim_text.len() + 1000);
    // Each team keeps its first steps and how many it has in all; the rest of its roadmap and
    // its horizons come with --detail roadmaps.
    for (s, f) in slim["teams"]
        .as_array()
        .unwrap()
        .iter()
        .zip(full["teams"].as_array().unwrap())
    {
        assert_eq!(s["short_term_plan"], f["short_term_plan"]);
        assert!(!s["short_term_plan"].as_array().unwrap().is_empty());
        assert_eq!(s["roadmap"], serde_json::json!([]));
        assert_eq!(s["horizons"], serde_json::json!([]));
        let later = f["roadmap"].as_array().unwrap().len();
        assert!(later > 0 && f["horizons"].as_array().unwrap().len() == 3);
        assert_eq!(s["steps"], f["steps"]);
        assert_eq!(
            s["steps"].as_u64().unwrap() as usize,
            s["short_term_plan"].as_array().unwrap().len() + later
        );
    }
    assert_eq!(slim["pairs"].as_array().unwrap().len(), 0);
    assert_eq!(slim["pairs_omitted"], true);
    assert_eq!(full["pairs"].as_array().unwrap().len(), 1);
    assert_eq!(full["pairs_omitted"], false);
    let cells = |c: &Value| -> Vec<Value> {
        c["questions"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|q| q["teams"].as_array().unwrap().clone())
            .collect()
    };
    assert!(
        cells(&slim)
            .iter()
            .all(|cell| cell.get("answers").is_none())
    );
    assert!(
        cells(&full)
            .iter()
            .any(|cell| cell["answers"].as_array().is_some_and(|a| !a.is_empty()))
    );
    let disagreements = |c: &Value| -> Vec<Value> {
        c["teams"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|t| t["disagreements"].as_array().unwrap().clone())
            .collect()
    };
    assert!(!disagreements(&slim).is_empty());
    assert!(
        disagreements(&slim)
            .iter()
            .all(|x| x.get("answers").is_none())
    );
    // Levels, role splits and team-against-team findings go with their detail too.
    assert!(cells(&slim).iter().all(|cell| cell.get("levels").is_none()));
    assert!(
        cells(&full)
            .iter()
            .all(|cell| cell["levels"].as_array().is_some_and(|l| !l.is_empty()))
    );
    assert!(!full["learn_from_each_other"].as_array().unwrap().is_empty());
    assert_eq!(slim["learn_from_each_other"], serde_json::json!([]));
    assert!(!full["two_speed"].as_array().unwrap().is_empty());
    assert_eq!(slim["two_speed"], serde_json::json!([]));
    let splits = |c: &Value| -> usize {
        c["teams"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["role_splits"].as_array().unwrap().len())
            .sum()
    };
    assert!(splits(&full) > 0);
    assert_eq!(splits(&slim), 0);
    // The numbers are the same with or without the detail: only what was asked for differs.
    let strip = |mut c: Value| {
        for q in c["questions"].as_array_mut().unwrap() {
            for cell in q["teams"].as_array_mut().unwrap() {
                cell.as_object_mut().unwrap().remove("answers");
                cell.as_object_mut().unwrap().remove("levels");
            }
        }
        for t in c["teams"].as_array_mut().unwrap() {
            for x in t["disagreements"].as_array_mut().unwrap() {
                x.as_object_mut().unwrap().remove("answers");
            }
            let t = t.as_object_mut().unwrap();
            for k in ["role_splits", "versus_others_deltas", "roadmap", "horizons"] {
                t.remove(k);
            }
        }
        let o = c.as_object_mut().unwrap();
        for k in [
            "pairs",
            "pairs_omitted",
            "detail",
            "two_speed",
            "learn_from_each_other",
        ] {
            o.remove(k);
        }
        c
    };
    assert_eq!(strip(full), strip(slim));
    // Only one of the two.
    let answers: Value = serde_json::from_str(&ok(&run(
        d,
        &[
            "compare",
            "bank-demo",
            "--format",
            "json",
            "--detail",
            "answers",
        ],
    )))
    .unwrap();
    assert_eq!(
        answers["detail"],
        serde_json::json!({"answers": true, "pairs": false, "roadmaps": false})
    );
    assert_eq!(answers["pairs"].as_array().unwrap().len(), 0);
    // --detail without JSON, or an unknown part, is a usage error.
    let out = run(
        d,
        &[
            "compare",
            "bank-demo",
            "--format",
            "text",
            "--detail",
            "answers",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--detail applies to --format json"));
    let out = run(
        d,
        &["compare", "bank-demo", "--format", "markdown", "--pretty"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--pretty applies to --format json"));
    let out = run(
        d,
        &[
            "compare",
            "bank-demo",
            "--format",
            "json",
            "--detail",
            "everything",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
}
