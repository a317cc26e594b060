//! How long the comparison takes as teams grow: 25, 50, 100 and 200 teams × 10 respondents ×
//! the default questionnaire, plus the JSON rendering of the largest one. Respondents have
//! roles (one of each role in turn), so owner-based steps and role splits do their work; with
//! random answers most questions are role splits, a worst case for the findings' size.
//! Target: under 100 ms for 200 teams in release.
//!
//! Run: `cargo bench --bench compare`
//!
//! Measured on the 2-core development machine (release, min of 15 runs) with the 57-question
//! 1.0 edition and no roles: 25 teams 4.2 ms, 50 teams 8.3 ms, 100 teams 26 ms, 200 teams
//! 56 ms; with every pairwise delta listed, 200 teams take about 260 ms (19,900 pairs), hence
//! `max_pairwise_teams`. JSON rendering of the 200-team comparison: 71 ms, 45.6 MB.
//! With the 69-question 2.0 edition and roles, on a machine shared with other builds (load
//! 3–4, so the large cases vary by ±30 %): 2 teams 0.67 ms (0.55 ms with the owner and role
//! split code taken out), 25 teams 8.2–8.7 ms, 100 teams 43–51 ms, 200 teams 94–98 ms on the
//! quietest runs; JSON of 200 teams 168 ms, 70.1 MB.

use devops_maturity::domain::{
    Answer, Assessment, CompareOptions, ResponseSheet, Role, compare, default_questionnaire,
};
use devops_maturity::report::json::render_comparison as render_json;
use std::hint::black_box;
use std::time::{Duration, Instant};

const RESPONDENTS: usize = 10;
const RUNS: usize = 15;

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

fn data(teams: usize) -> (Assessment, Vec<ResponseSheet>, Vec<String>) {
    let q = default_questionnaire();
    let names: Vec<String> = (0..teams).map(|i| format!("Équipe {i:03}")).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut sheets = Vec::with_capacity(teams * RESPONDENTS);
    for (ti, team) in names.iter().enumerate() {
        // Each team has its own profile so that findings (pairs, two-speed) really occur.
        let base = 1 + (ti % 4) as u64;
        for r in 0..RESPONDENTS {
            let mut sheet = ResponseSheet::new(team, &format!("Respondent {r}"));
            // Roles, so owner-based steps and role splits do their real work.
            sheet.role = Some(Role::ALL[r % Role::ALL.len()]);
            for (_, question) in q.questions() {
                let roll = rng.next() % 20;
                let answer = match roll {
                    0 => Answer::Unknown,
                    1 => Answer::NotApplicable,
                    _ => Answer::Level(((base + roll % 3) as u8).min(q.level_count())),
                };
                sheet.set_answer(&question.id, answer);
                if roll == 2 {
                    sheet.set_comment(&question.id, "Commentaire : on en parle jeudi.");
                }
            }
            sheets.push(sheet);
        }
    }
    let a = Assessment::new("bench", "2026-01-01T00:00:00Z", names.clone(), q, None);
    (a, sheets, names)
}

fn time<T>(mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[RUNS / 2])
}

fn ms(d: Duration) -> String {
    format!("{:8.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // PROFILE=1 runs only the 200-team comparison, for `perf record`.
    if std::env::var_os("PROFILE").is_some() {
        let (a, sheets, names) = data(200);
        for _ in 0..30 {
            black_box(compare(&a, &sheets, &names, &CompareOptions::default()));
        }
        return;
    }
    println!(
        "compare: teams × {RESPONDENTS} respondents × {} questions, {RUNS} runs (min, median)",
        default_questionnaire().question_count()
    );
    let defaults = CompareOptions::default();
    let all_pairs = CompareOptions {
        max_pairwise_teams: usize::MAX,
        ..CompareOptions::default()
    };
    for teams in [2, 25, 50, 100, 200] {
        let (a, sheets, names) = data(teams);
        let (min, med) = time(|| compare(&a, &sheets, &names, &defaults));
        let c = compare(&a, &sheets, &names, &defaults);
        println!(
            "  {teams:>3} teams  engine {} {}   ({} pairings, {} two-speed, pairs listed: {})",
            ms(min),
            ms(med),
            c.learn_from_each_other.len(),
            c.two_speed.len(),
            c.pairs.len()
        );
        if teams >= 50 {
            let (min, med) = time(|| compare(&a, &sheets, &names, &all_pairs));
            println!(
                "             with all {} pairwise deltas {} {}",
                teams * (teams - 1) / 2,
                ms(min),
                ms(med)
            );
        }
        if teams == 200 {
            let (min, med) = time(|| render_json(&c).map(|s| s.len()));
            let size = render_json(&c).map_or(0, |s| s.len());
            println!(
                "             JSON rendering {} {}   ({:.1} MB)",
                ms(min),
                ms(med),
                size as f64 / 1e6
            );
        }
    }
}
