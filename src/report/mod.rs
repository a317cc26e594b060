//! Reports: one [`Report`] model built from the comparison engine (`model`), rendered as
//! Markdown, JSON and CSV (one file each), and as PDF through a format-neutral
//! [`document::Document`] (`to_document` maps the report onto it; `pdf` lays it out). The text
//! of `compare` renders the same per-team chapters (`chapter`).
//!
//! Self-contained: this module knows nothing of the store, the command line or the screens; it
//! turns a comparison into bytes.

pub mod chapter;
pub mod csv;
pub mod document;
pub mod format;
pub mod json;
pub mod labels;
pub mod markdown;
pub mod model;
pub mod pdf;
pub mod perception;
pub mod plan;
pub mod portfolio;
pub mod text;
pub mod to_document;

pub use labels::{Labels, Lang};
pub use model::{Report, ReportOptions};

use std::fmt;

/// The file formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Markdown,
    Json,
    Csv,
}

impl Format {
    /// The value of `--format` naming it.
    pub fn flag(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }

    /// Its name for people: "PDF".
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Markdown => "Markdown",
            Format::Json => "JSON",
            Format::Csv => "CSV",
        }
    }
}

/// A report that could not be produced (the PDF writer or the JSON encoder failed), said in
/// both languages (what the writer said stays as it wrote it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError(pub crate::error::Wording);

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.en)
    }
}

impl std::error::Error for RenderError {}

impl From<RenderError> for crate::error::Error {
    fn from(e: RenderError) -> crate::error::Error {
        crate::error::Error::failure(e.0.en).fr(e.0.fr)
    }
}

/// The report in one format, as the bytes of the file.
pub fn render(report: &Report, format: Format) -> Result<Vec<u8>, RenderError> {
    render_checked(report, format).map(|(bytes, _)| bytes)
}

/// [`render`], with the warnings of the rendering: the PDF names each string holding
/// characters its font cannot show (printed as a mark, see `pdf::mark_missing`).
pub fn render_checked(
    report: &Report,
    format: Format,
) -> Result<(Vec<u8>, Vec<String>), RenderError> {
    let mut warnings = Vec::new();
    let bytes = match format {
        Format::Pdf => {
            let (doc, mut pages) = fitted_pdf(report);
            warnings = pdf::mark_missing_in(&mut pages, report.lang == Lang::Fr);
            // The pages are laid out: writing needs the document's metadata, not its blocks.
            let doc = document::Document {
                blocks: Vec::new(),
                ..doc
            };
            pdf::write(pages, &doc).map_err(|e| {
                RenderError(crate::error::Wording::new(
                    format!("cannot produce the PDF: {e}"),
                    format!(
                        "impossible de produire le PDF{}: {e}",
                        crate::report::labels::NNBSP
                    ),
                ))
            })?
        }
        Format::Markdown => markdown::render_report(report).into_bytes(),
        // serde_json escapes C0 controls only; DEL, C1 and bidirectional controls become
        // `\u…` escapes too, which decode to the same data (`domain::text`).
        Format::Json => crate::domain::text::printable_lines(&json::render_report(report)?)
            .into_owned()
            .into_bytes(),
        Format::Csv => csv::render(report).into_bytes(),
    };
    Ok((bytes, warnings))
}

/// The report's document and its pages with the most detail that keeps every team chapter on
/// at most two pages (`to_document::Fit`); the tightest level when none does.
pub fn fitted_pdf(report: &Report) -> (document::Document, Vec<pdf::page::Page>) {
    let teams: Vec<&str> = report
        .comparison
        .teams
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    let mut last = None;
    for fit in to_document::Fit::LEVELS {
        // One layout alive at a time (a full appendix is thousands of pages): a later level
        // that does not fit either replaces this one.
        drop(last.take());
        let doc = to_document::to_document_fit(report, fit);
        let pages = pdf::layout(&doc);
        let spans = pdf::chapter_spans(&pages);
        let fits = spans
            .iter()
            .filter(|(title, _)| teams.contains(&title.as_str()))
            .all(|(_, span)| *span <= TEAM_PAGES);
        if fits {
            return (doc, pages);
        }
        last = Some((doc, pages));
    }
    last.expect("Fit::LEVELS is not empty")
}

/// Pages a team chapter may take in the PDF.
pub const TEAM_PAGES: usize = 2;
