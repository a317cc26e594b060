//! `metrics set`, `metrics show` and the `delivery` object of `compare --format json`, through
//! the built binary.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

mod support {
    pub mod cli;
}
use support::cli::{clean_failure, ok, run};

const PARIS: &str = "DSI historique — Paris";

/// Every file of the data directory with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.display().to_string(), fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn bad_metrics_flags_get_one_line_exit_2_and_leave_every_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let before = snapshot(d);
    for (args, expected) in [
        (
            vec!["--lead-time", "banana"],
            "--lead-time: \"banana\" is not a lead time; accepted: a number and a unit, 45m (or 45min), 4h, 2d, 3w, 2mo, or a band:",
        ),
        (
            vec!["--change-failure-rate", "140%"],
            "--change-failure-rate: \"140%\" is more than 100%; accepted: a percentage from 0% to 100%",
        ),
        // A value starting with "-" reaches our parser, not clap's "unexpected argument".
        (
            vec!["--recovery-time", "-3h"],
            "--recovery-time: \"-3h\": a recovery time cannot be negative; accepted:",
        ),
        (
            vec!["--deploy-frequency", "weekly"],
            "--deploy-frequency: \"weekly\" is not a deployment frequency; accepted: N/day, N/week",
        ),
        (
            vec!["--lead-time", "2d", "--source", "guessed"],
            "--source: \"guessed\" is not a source; accepted: measured, estimated, unknown",
        ),
        (
            vec!["--lead-time", "2d", "--period", "Q3"],
            "--period: \"Q3\" is not a period; accepted:",
        ),
        (
            vec![],
            "metrics set: give at least one figure: --deploy-frequency",
        ),
    ] {
        let mut all = vec!["metrics", "set", "bank-demo", "--team", PARIS];
        all.extend(&args);
        let line = clean_failure(&run(d, &all), 2);
        assert!(
            line.starts_with(&format!("error: {expected}")) || line.starts_with(expected),
            "{args:?}: {line}"
        );
        assert_eq!(snapshot(d), before, "{args:?} changed a file");
    }
    let line = clean_failure(
        &run(
            d,
            &[
                "metrics",
                "set",
                "bank-demo",
                "--team",
                "Lyon",
                "--lead-time",
                "2d",
            ],
        ),
        2,
    );
    assert!(
        line.contains("--team: team \"Lyon\" is not part of \"bank-demo\""),
        "{line}"
    );
    let line = clean_failure(
        &run(
            d,
            &[
                "metrics",
                "set",
                "nowhere",
                "--team",
                "x",
                "--lead-time",
                "2d",
            ],
        ),
        2,
    );
    assert!(line.contains("nowhere"), "{line}");
    assert_eq!(snapshot(d), before);
}

#[test]
fn recorded_figures_are_stored_shown_and_compared() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(
        d,
        &[
            "new",
            "x",
            "--team",
            "DSI historique — Paris",
            "--team",
            "Nantes",
        ],
    ));
    let out = ok(&run(
        d,
        &[
            "metrics",
            "set",
            "x",
            "--team",
            "dsi historique — paris",
            "--lead-time",
            "6w",
            "--deploy-frequency",
            "1/month",
            "--source",
            "measured",
            "--period",
            "2026-Q3",
        ],
    ));
    assert!(out.contains("DSI historique — Paris"), "{out}");
    // A second figure later keeps the first (one key replaced at a time).
    ok(&run(
        d,
        &[
            "metrics",
            "set",
            "x",
            "--team",
            "Nantes",
            "--deploy-frequency",
            "on-demand",
        ],
    ));
    let shown = ok(&run(d, &["metrics", "show", "x"]));
    assert!(shown.contains("6w"), "{shown}");
    assert!(shown.contains("measured, 2026-Q3"), "{shown}");
    let v: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "x", "--format", "json"]))).unwrap();
    let paris = &v["delivery"]["teams"][0];
    let lead = paris["readings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "lead-time")
        .unwrap();
    assert_eq!(lead["origin"], "figure", "{lead}");
    // A bad value afterwards writes nothing.
    let before = snapshot(d);
    clean_failure(
        &run(
            d,
            &[
                "metrics",
                "set",
                "x",
                "--team",
                "Nantes",
                "--lead-time",
                "banana",
            ],
        ),
        2,
    );
    assert_eq!(snapshot(d), before);
}

#[test]
fn compare_json_has_a_delivery_object_with_clusters_and_ratios() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run(d, &["demo"]));
    let v: Value =
        serde_json::from_str(&ok(&run(d, &["compare", "bank-demo", "--format", "json"]))).unwrap();
    let delivery = &v["delivery"];
    let teams = delivery["teams"].as_array().unwrap();
    assert_eq!(teams.len(), 2);
    assert_eq!(teams[0]["team"], PARIS);
    // The demo records both sites' figures: measured or estimated, not provisional.
    for t in teams {
        assert!(t["cluster"].is_string(), "{t}");
        assert_eq!(t["provisional"], false);
    }
    assert_eq!(teams[0]["cluster"], "medium");
    assert_eq!(teams[1]["cluster"], "high");
    let paris_frequency = &teams[0]["readings"][0];
    assert_eq!(paris_frequency["key"], "deploy-frequency");
    assert_eq!(paris_frequency["band"], "1mo-6mo");
    let gap = &delivery["gaps"][0];
    assert_eq!(gap["key"], "deploy-frequency");
    assert_eq!(gap["ahead"], "Start-up — Nantes");
    assert!(gap["factor"].as_f64().unwrap() > 100.0);
    // "On demand" is a band, whose middle makes the ratio approximate.
    assert!(gap["text"].as_str().unwrap().contains("≈"));
    assert_eq!(delivery["widest_gap"], "deploy-frequency");
    assert_eq!(delivery["profiles"].as_array().unwrap().len(), 4);

    // `metrics show --format json` prints the same object.
    let shown: Value = serde_json::from_str(&ok(&run(
        d,
        &["metrics", "show", "bank-demo", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(&shown, delivery);
    let text = ok(&run(d, &["metrics", "show", "bank-demo"]));
    assert!(text.contains(&format!("{PARIS}: cluster ")), "{text}");
    assert!(
        text.contains("Deployment frequency: 1/month — Between once per month and once every six"),
        "{text}"
    );
    assert!(
        text.contains("nearest cluster low · measured, 2026-Q3"),
        "{text}"
    );
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    let compare = ok(&run(d, &["compare", "bank-demo", "--format", "text"]));
    assert!(compare.contains("Delivery rhythm (DORA keys"), "{compare}");
    assert!(
        compare.lines().all(|l| l.chars().count() <= 80),
        "{compare}"
    );
    let md = ok(&run(d, &["compare", "bank-demo", "--format", "markdown"]));
    assert!(md.contains("## Delivery rhythm"), "{md}");
}
