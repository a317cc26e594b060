//! Writes a synthetic report PDF so its pages can be looked at:
//! `cargo run --release --example pdf_sample -- 3 /tmp/sample.pdf` (3 teams; `gallery` instead
//! of a number shows every kind of block), then `pdftoppm -png -r 60 /tmp/sample.pdf /tmp/page`.

#[path = "../tests/support/sample_document.rs"]
mod sample_document;

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "3".to_string());
    let path = args.next().unwrap_or_else(|| "/tmp/sample.pdf".to_string());
    let doc = match what.as_str() {
        "gallery" => sample_document::gallery_document(),
        teams => sample_document::sample_document(teams.parse()?),
    };
    let start = Instant::now();
    let bytes = devops_maturity::report::pdf::render(&doc)?;
    let elapsed = start.elapsed();
    let pages = devops_maturity::report::pdf::layout(&doc).len();
    std::fs::write(&path, &bytes)?;
    println!(
        "{path}: {what}, {pages} pages, {} KB, rendered in {elapsed:.1?}",
        bytes.len() / 1024
    );
    Ok(())
}
