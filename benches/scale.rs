//! A department-sized assessment: 200 teams × 10 respondents × the default questionnaire,
//! written to a data directory through the store, then the release binary run on it as a user
//! would, each command under `/usr/bin/time -v` for the whole process's peak memory:
//! `compare --format json` (default and with `--detail answers,pairs,roadmaps`), the Markdown
//! report without appendix, `report --appendix none`, the full report (every answer in the
//! appendix), and `answer --set` of one answer.
//!
//! Targets (issue 18): compare JSON ≤ 200 ms, ≤ 50 MiB, ≤ 5 MB; report without appendix
//! ≤ 2 s and ≤ 300 MiB, body ≤ 40 pages; the full appendix under the same memory bound.
//!
//! Run: `cargo bench --bench scale` (`TEAMS=50` for another size, `KEEP=DIR` to keep the data
//! directory and the PDFs in DIR and reuse them, `BIN=PATH` to time another build of the
//! binary on the same data, `RUNS=N` runs per command, best time and highest peak kept).
//! `apt-get install time` if `/usr/bin/time` is missing.
//!
//! Measured on the 2-core development machine shared with other builds (release, best time
//! and highest peak; times move with the load, peaks and sizes do not):
//!
//! | command | start (a61a116) | 1st pass (784c62b) | 2nd pass (29a8a5b) | now | target |
//! |---|---|---|---|---|---|
//! | `compare --format json` | 1.71 s, 293 MiB, 79.0 MB | 1.04 s, 160 MiB, 22.0 MB | 0.30 s, 66 MiB, 4.84 MB | 0.16 s, 27.5 MiB, 4.84 MB | ≤ 200 ms, ≤ 50 MiB, ≤ 5 MB |
//! | `… --detail answers,pairs,roadmaps` | — | — | 0.70 s, 105 MiB, 40.1 MB | 0.53 s, 66 MiB, 40.1 MB | — |
//! | `report --format markdown --appendix none` | — | — | 1.02 s, 127 MiB, 45 kB | 0.32 s, 91 MiB, 45 kB | — |
//! | `report --appendix none` | 2.80 s, 226 MiB, 461 pages | 1.00 s, 144 MiB, 12 pages | 0.58 s, 139 MiB, 13 pages | 0.39 s, 103 MiB, 13 pages | ≤ 2 s, ≤ 300 MiB, ≤ 40 pages |
//! | `report` (full appendix) | 13.4 s, 756 MiB | 6.7 s, 652 MiB, 2,293 pages | 7.65 s, 285 MiB, 2,294 pages | 5.2 s, 248 MiB, 2,294 pages | ≤ 300 MiB |
//! | `answer --set` | 0.36 s, 47 MiB | 0.06 s, 7.5 MiB | 51 ms, 8.6 MiB | 20 ms, 8.9 MiB | — |
//!
//! "now": `KEEP=/tmp/cfast-scale RUNS=3 cargo bench --bench scale` at load 1.9 (the bench's own
//! build had just finished); `compare --format json` over 40 runs on the quiet machine
//! (`perf stat -r 20`, twice): 0.145 s mean.
//!
//! Where the time and memory went, pass by pass. First: every sheet read twice (the delivery
//! figures re-read the whole assessment), each file parsed through a `serde_json::Value`, each
//! answer's time parsed and formatted again, every answer checked against the questionnaire by
//! a linear search, roadmaps and answer copies built then dropped, 22 MB of indented text built
//! whole. Second: the PDF written 48 pages at a time with its link annotations written by us
//! (printpdf held ~26,000 of them as dictionaries, ~75 MB); compact JSON streamed out; the
//! detail computed only when asked. Third (this one): the 2,000 sheets (~34 MiB) are no longer
//! held at once — `Store::read_by_team` reads one team at a time per core and
//! `TeamDigester` keeps what the comparison needs, for `compare` and the report alike; team
//! scores come from the answers the digest already sorted by question instead of a map lookup
//! per question and sheet; the stray check sorts the question ids once; an answer is read by a
//! visitor rather than an untagged enum; a canonical time is kept as read; only the steps kept
//! get their texts; the cores are asked for once per big read (not per team: it reads cgroup
//! files).
//!
//! What is left: the full appendix is under 300 MiB but still laid out whole before it is
//! written (the contents and the links need every page's number): its laid-out pages, ~40 MB
//! here, grow with it. Of `compare`'s time, parsing the sheets' JSON and opening 2,000 files
//! are most of what remains.

use devops_maturity::domain::{Answer, Assessment, ResponseSheet, Role, default_questionnaire};
use devops_maturity::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RESPONDENTS: usize = 10;
const NOW: &str = "2026-03-12T09:30:00.000Z";

/// xorshift64*: deterministic answers without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Writes the assessment and its sheets. Each team has its own level per dimension (so teams
/// differ, cluster and rank), respondents scatter around it by up to a level (so some
/// disagree), a few answers are unknown or n/a, one in twenty has a comment.
fn generate(store: &Store, name: &str, teams: usize) {
    let q = default_questionnaire();
    let top = q.level_count();
    let names: Vec<String> = (0..teams).map(|i| format!("Équipe {i:03}")).collect();
    let assessment = Assessment::new(name, NOW, names.clone(), q.clone(), None);
    store.create(&assessment, NOW).expect("assessment stored");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let dimensions = q.dimensions.len();
    for team in &names {
        let profile: Vec<u8> = (0..dimensions)
            .map(|_| 1 + (rng.next() % u64::from(top - 1)) as u8)
            .collect();
        for r in 0..RESPONDENTS {
            let mut sheet = ResponseSheet::new(team, &format!("Répondant {r}"));
            sheet.role = Some(Role::ALL[r % Role::ALL.len()]);
            for (di, dimension) in q.dimensions.iter().enumerate() {
                for question in &dimension.questions {
                    let roll = rng.next() % 20;
                    let answer = match roll {
                        0 => Answer::Unknown,
                        1 => Answer::NotApplicable,
                        _ => {
                            let level = i64::from(profile[di]) + (roll % 3) as i64 - 1;
                            Answer::Level(level.clamp(1, i64::from(top)) as u8)
                        }
                    };
                    sheet.set_answer(&question.id, answer);
                    if roll == 2 {
                        sheet.set_comment(&question.id, "On en discute à la rétro de jeudi.");
                    }
                }
            }
            store.save_sheet(name, &sheet, NOW).expect("sheet stored");
        }
    }
}

/// One run of the binary: wall time, peak resident memory (KiB) and bytes written to stdout.
struct Run {
    wall: Duration,
    peak_kib: u64,
    stdout_bytes: usize,
    ok: bool,
    stderr: String,
}

fn run(bin: &Path, data: &Path, args: &[&str]) -> Run {
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(bin)
        .args(args)
        .env("DEVOPS_MATURITY_DATA", data)
        .env("DEVOPS_MATURITY_NOW", NOW)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("/usr/bin/time runs (apt-get install time)");
    let wall = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let peak_kib = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let message = stderr
        .lines()
        .take_while(|l| !l.trim_start().starts_with("Command being timed"))
        .collect::<Vec<_>>()
        .join("\n");
    Run {
        wall,
        peak_kib,
        stdout_bytes: out.stdout.len(),
        ok: out.status.success(),
        stderr: message,
    }
}

/// The load average of the last minute: timings on a shared machine mean little without it.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".to_string())
}

/// Pages of a PDF: its `/Type /Page` objects (not `/Pages`).
fn pages(path: &Path) -> usize {
    let Ok(bytes) = std::fs::read(path) else {
        return 0;
    };
    // printpdf writes `/Type/Page` (no space); `/Type/Pages` is the page tree.
    [&b"/Type/Page"[..], &b"/Type /Page"[..]]
        .iter()
        .map(|needle| {
            bytes
                .windows(needle.len() + 1)
                .filter(|w| w.starts_with(needle) && !w[needle.len()].is_ascii_alphabetic())
                .count()
        })
        .sum()
}

fn main() {
    let teams: usize = std::env::var("TEAMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let keep = std::env::var_os("KEEP").map(PathBuf::from);
    let dir = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("devops-maturity-scale-{}", std::process::id()))
    });
    let data = dir.join("data");
    let name = format!("scale-{teams}");
    let store = Store::new(&data);
    let start = Instant::now();
    if store.exists(&name) {
        println!("scale: reusing {}", data.display());
    } else {
        generate(&store, &name, teams);
        println!(
            "scale: {teams} teams × {RESPONDENTS} respondents × {} questions written in {:.1} s ({})",
            default_questionnaire().question_count(),
            start.elapsed().as_secs_f64(),
            data.display()
        );
    }
    // `BIN=path` measures another build (the one before a change) on the same data.
    let bin_var = std::env::var_os("BIN").map(PathBuf::from);
    let bin = bin_var
        .as_deref()
        .unwrap_or(Path::new(env!("CARGO_BIN_EXE_devops-maturity")));
    println!("scale: {} (load {})", bin.display(), load());
    let body = dir.join("body.pdf");
    let full = dir.join("full.pdf");
    let (body_s, full_s) = (body.display().to_string(), full.display().to_string());
    let cases: Vec<(&str, Vec<&str>, Option<&Path>)> = vec![
        (
            "compare --format json",
            vec!["compare", &name, "--format", "json"],
            None,
        ),
        (
            "compare --format json --detail answers,pairs,roadmaps",
            vec![
                "compare",
                &name,
                "--format",
                "json",
                "--detail",
                "answers,pairs,roadmaps",
            ],
            None,
        ),
        (
            "report --format markdown --appendix none",
            vec![
                "report",
                &name,
                "-o",
                "-",
                "--format",
                "markdown",
                "--appendix",
                "none",
            ],
            None,
        ),
        (
            "report --appendix none",
            vec![
                "report",
                &name,
                "-o",
                &body_s,
                "--appendix",
                "none",
                "--force",
            ],
            Some(&body),
        ),
        (
            "report (full appendix)",
            vec!["report", &name, "-o", &full_s, "--force"],
            Some(&full),
        ),
        (
            "answer --set (one answer)",
            vec![
                "answer",
                &name,
                "--team",
                "équipe 007",
                "--respondent",
                "répondant 3",
                "--set",
                "ci.build=3",
            ],
            None,
        ),
    ];
    println!(
        "{:<56} {:>10} {:>10} {:>10} {:>6}",
        "", "best", "peak", "stdout", "pages"
    );
    for (label, args, pdf) in &cases {
        let mut best: Option<Duration> = None;
        let mut peak = 0;
        let mut last = None;
        for _ in 0..runs {
            let r = run(bin, &data, args);
            if !r.ok {
                println!("{label:<56} failed: {}", r.stderr.trim());
                last = None;
                break;
            }
            best = Some(best.map_or(r.wall, |b| b.min(r.wall)));
            peak = peak.max(r.peak_kib);
            last = Some(r);
        }
        let (Some(best), Some(last)) = (best, last) else {
            continue;
        };
        println!(
            "{label:<56} {:>7.0} ms {:>6.1} MiB {:>7.2} MB {:>6}",
            best.as_secs_f64() * 1e3,
            peak as f64 / 1024.0,
            last.stdout_bytes as f64 / 1e6,
            pdf.map_or(String::new(), |p| pages(p).to_string())
        );
    }
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
