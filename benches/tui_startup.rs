//! Start-up to first frame: from spawning the binary in a pseudo-terminal to the wizard's first
//! question (and the home screen) being on the emulated screen. Includes process start, reading
//! the assessment, terminal set-up and the first draw.
//!
//! Run: `cargo bench --bench tui_startup`
//!
//! Recorded on the 2-core build machine (target: under 50 ms): first wizard frame mean 4.2 ms
//! (median 3.9, max 6.5 ms over 30 runs); first home frame mean 3.6 ms (max 4.9 ms).

#[path = "../tests/pty/mod.rs"]
mod pty;

use pty::Tui;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 30;

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    println!(
        "{name}: mean {mean:?}, median {:?}, min {:?}, max {:?} ({} runs)",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        times.len()
    );
}

fn time_to(data: &std::path::Path, args: &[&str], text: &str) -> Duration {
    let start = Instant::now();
    let mut tui = Tui::start(data, args, 80, 24);
    tui.wait_for(text);
    let elapsed = start.elapsed();
    tui.send("q");
    tui.wait_exit();
    elapsed
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let out = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(["new", "bank-2026", "--team", "Paris", "--team", "Nantes"])
        .env("DEVOPS_MATURITY_DATA", data)
        .output()
        .unwrap();
    assert!(out.status.success());
    let wizard = [
        "answer",
        "bank-2026",
        "--team",
        "Paris",
        "--respondent",
        "Alice",
    ];
    let _ = time_to(data, &wizard, "Question 1 of 57");
    report(
        "start-up to first wizard frame",
        (0..RUNS)
            .map(|_| time_to(data, &wizard, "Question 1 of 57"))
            .collect(),
    );
    report(
        "start-up to first home frame",
        (0..RUNS).map(|_| time_to(data, &[], "bank-2026")).collect(),
    );
}
