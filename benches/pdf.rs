//! PDF rendering speed and size on synthetic report-shaped documents: a demo-sized one
//! (3 teams, ~25 pages) and a 50-team one. Targets: demo well under 200 ms, 50 teams under
//! 2 s (release). Run with `cargo bench --bench pdf`.

#[path = "../tests/support/sample_document.rs"]
mod sample_document;

use std::time::{Duration, Instant};

fn main() {
    for (teams, runs) in [(3, 20), (12, 5), (50, 3)] {
        let doc = sample_document::sample_document(teams);
        let pages = devops_maturity::report::pdf::layout(&doc).len();
        let mut times: Vec<Duration> = Vec::with_capacity(runs);
        let mut size = 0;
        for _ in 0..runs {
            let start = Instant::now();
            let bytes = devops_maturity::report::pdf::render(&doc).expect("renders");
            times.push(start.elapsed());
            size = bytes.len();
        }
        times.sort();
        println!(
            "{teams:>2} teams: {pages:>4} pages, {:>6} KB, median {:>7.1?}, min {:>7.1?} ({runs} runs)",
            size / 1024,
            times[runs / 2],
            times[0],
        );
    }
}
