//! PDF rendering speed and size on synthetic report-shaped documents: a demo-sized one
//! (3 teams, ~25 pages) and a 50-team one. Targets: demo well under 200 ms, 50 teams under
//! 2 s (release). Run with `cargo bench --bench pdf`.
//!
//! Measured on the 2-core development machine (other builds running):
//! 3 teams: 24 pages, 88 KB, 27–42 ms; 12 teams: 85 pages, 246 KB, 93–145 ms;
//! 50 teams: 342 pages, 870 KB, 0.35–0.55 s. Fonts trimmed to 28 + 25 KB (whole: 741 + 692 KB).

#[path = "../tests/support/sample_document.rs"]
mod sample_document;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use devops_maturity::report::pdf::fonts::{self, Face};
use devops_maturity::report::pdf::page::Item;

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
        let mut chars: [BTreeSet<char>; 2] = Default::default();
        for item in devops_maturity::report::pdf::layout(&doc)
            .iter()
            .flat_map(|p| &p.items)
        {
            if let Item::Text { face, text, .. } = item {
                chars[usize::from(*face == Face::Bold)].extend(text.chars());
            }
        }
        let trimmed = |font, set| fonts::trim(font, set).map_or(0, |f| f.len() / 1024);
        let regular = trimmed(fonts::REGULAR_TTF, &chars[0]);
        let bold = trimmed(fonts::BOLD_TTF, &chars[1]);
        println!(
            "{teams:>2} teams: {pages:>4} pages, {:>6} KB, median {:>7.1?}, min {:>7.1?} ({runs} runs); \
             fonts trimmed to {regular} + {bold} KB (whole: {} + {} KB)",
            size / 1024,
            times[runs / 2],
            times[0],
            fonts::REGULAR_TTF.len() / 1024,
            fonts::BOLD_TTF.len() / 1024,
        );
    }
}
