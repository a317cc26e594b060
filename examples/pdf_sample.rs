//! Writes a synthetic report PDF so its pages can be looked at:
//! `cargo run --release --example pdf_sample -- 3 /tmp/sample.pdf`, then
//! `pdftoppm -png -r 60 /tmp/sample.pdf /tmp/page`.

#[path = "../tests/support/sample_document.rs"]
mod sample_document;

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let teams: usize = args.next().map_or(Ok(3), |a| a.parse())?;
    let path = args.next().unwrap_or_else(|| "/tmp/sample.pdf".to_string());
    let doc = sample_document::sample_document(teams);
    let start = Instant::now();
    let bytes = devops_maturity::report::pdf::render(&doc)?;
    let elapsed = start.elapsed();
    let pages = devops_maturity::report::pdf::layout(&doc).len();
    std::fs::write(&path, &bytes)?;
    println!(
        "{path}: {teams} teams, {pages} pages, {} KB, rendered in {elapsed:.1?}",
        bytes.len() / 1024
    );
    Ok(())
}
