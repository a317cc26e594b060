//! Lost answers under concurrent writers: `cargo bench --bench concurrency`.
//!
//! 285 rounds; in each, two `answer --set` processes start together on one new respondent's
//! sheet, each setting a different question. Without a locked re-read before each write, the
//! second writer overwrites the first's answer. Prints how many of the 570 saves were lost.
//! `DEVOPS_MATURITY_BIN=/path/to/older/devops-maturity` measures another build.

use std::process::{Command, Stdio};

const ROUNDS: usize = 285;

fn main() {
    let bin = std::env::var("DEVOPS_MATURITY_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_devops-maturity").to_string());
    let dir = std::env::temp_dir().join(format!(
        "devops-maturity-concurrency-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let run = |args: &[&str]| {
        Command::new(&bin)
            .args(args)
            .env("DEVOPS_MATURITY_DATA", &dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("the binary runs")
    };
    assert!(run(&["new", "race", "--team", "Paris"]).success());
    let start = std::time::Instant::now();
    for round in 0..ROUNDS {
        let who = format!("R{round:03}");
        let children: Vec<_> = ["ci.branching=3", "deploy.rollback=4"]
            .iter()
            .map(|set| {
                Command::new(&bin)
                    .args([
                        "answer",
                        "race",
                        "--team",
                        "Paris",
                        "--respondent",
                        &who,
                        "--set",
                        set,
                    ])
                    .env("DEVOPS_MATURITY_DATA", &dir)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("the binary starts")
            })
            .collect();
        for mut child in children {
            let _ = child.wait();
        }
    }
    let elapsed = start.elapsed();
    // Count what is stored, through `compare --format json` (every build has it).
    let out = Command::new(&bin)
        .args(["compare", "race", "--format", "json"])
        .env("DEVOPS_MATURITY_DATA", &dir)
        .output()
        .expect("compare runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut stored = 0;
    for q in json["questions"].as_array().into_iter().flatten() {
        let id = q["id"].as_str().unwrap_or("");
        if id == "ci.branching" || id == "deploy.rollback" {
            for t in q["teams"].as_array().into_iter().flatten() {
                stored += t["levels"].as_array().map_or(0, Vec::len);
            }
        }
    }
    let saves = 2 * ROUNDS;
    println!(
        "concurrent saves: {saves}, stored: {stored}, lost: {} ({bin}), {:.1} s",
        saves - stored,
        elapsed.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
