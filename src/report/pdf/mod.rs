//! The PDF renderer: lays a [`Document`] out on A4 or Letter pages and writes it with printpdf.
//!
//! Layout (`layout`, `table`, `heatmap`, `radar`, `bars`, `cover`) measures every string with the real
//! glyph advances of the embedded `DejaVu` Sans (`fonts`, `text`) and produces positioned items
//! (`page`); `emit` turns those into PDF operations, embedding the fonts trimmed to the
//! characters actually drawn. Same document in, same bytes out.

mod bars;
mod boxes;
mod cover;
mod emit;
pub mod fonts;
mod heatmap;
mod layout;
mod legend;
pub mod page;
mod radar;
pub mod style;
mod table;
pub mod text;

use std::fmt;

use crate::report::document::Document;

/// Why a PDF could not be produced.
#[derive(Debug)]
pub struct PdfError(pub String);

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PdfError {}

/// Lays `doc` out into pages of positioned text and shapes, page numbers included.
pub fn layout(doc: &Document) -> Vec<page::Page> {
    let metrics = fonts::Metrics::new();
    let mut pages = layout::layout(doc, &metrics);
    layout::decorate(&mut pages, doc, &metrics);
    pages
}

/// Renders `doc` to the bytes of a PDF file.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    write(&layout(doc), doc)
}

/// The bytes of a PDF file from pages laid out by [`layout`].
pub fn write(pages: &[page::Page], doc: &Document) -> Result<Vec<u8>, PdfError> {
    emit::to_pdf(pages, doc)
}

/// Every chapter (level-1 heading) after the cover with the number of pages it takes, up to
/// the next chapter or the end.
pub fn chapter_spans(pages: &[page::Page]) -> Vec<(String, usize)> {
    let starts: Vec<(String, usize)> = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.is_cover)
        .flat_map(|(i, p)| p.bookmarks.iter().map(move |t| (t.clone(), i)))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(k, (title, start))| {
            let end = starts.get(k + 1).map_or(pages.len(), |next| next.1);
            // A chapter that begins on the page where the previous one ends counts that page.
            (title.clone(), end.max(start + 1) - start)
        })
        .collect()
}
