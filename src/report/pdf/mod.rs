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

/// Renders `doc` to the bytes of a PDF file (characters the fonts cannot show as
/// [`fonts::MISSING_MARK`], see [`mark_missing`]).
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let mut pages = layout(doc);
    mark_missing(&mut pages);
    write(pages, doc)
}

/// Replaces every character its face cannot draw by [`fonts::MISSING_MARK`] (layout measured
/// it so), rather than let it vanish from the trimmed font: "Team 🇫🇷" and "Team 🇩🇪" would
/// both read "Team". Returns one warning per run of such characters, naming the text it was
/// first found in, so the user can fix the name.
pub fn mark_missing(pages: &mut [page::Page]) -> Vec<String> {
    mark_missing_in(pages, false)
}

/// [`mark_missing`] with the warnings in French when `fr` (the language of the report).
pub fn mark_missing_in(pages: &mut [page::Page], fr: bool) -> Vec<String> {
    let metrics = fonts::Metrics::new();
    let mut warned = std::collections::BTreeSet::new();
    let mut warnings = Vec::new();
    for item in pages.iter_mut().flat_map(|p| &mut p.items) {
        let page::Item::Text { face, text, .. } = item else {
            continue;
        };
        if text.chars().all(|c| metrics.has_glyph(c, *face)) {
            continue;
        }
        // Each run of such characters once ("🇫🇷", whatever the lines and words it is in).
        let mut run = String::new();
        for c in text.chars().chain(std::iter::once(' ')) {
            if !metrics.has_glyph(c, *face) {
                run.push(c);
                continue;
            }
            if run.is_empty() {
                continue;
            }
            let found = std::mem::take(&mut run);
            if !warned.insert(found.clone()) {
                continue;
            }
            let codes: Vec<String> = found
                .chars()
                .map(|c| format!("U+{:04X}", u32::from(c)))
                .collect();
            let shown: String = found.chars().map(|_| fonts::MISSING_MARK).collect();
            warnings.push(if fr {
                format!(
                    "la police du PDF ne peut pas afficher «\u{202f}{found}\u{202f}» ({}) dans «\u{202f}{}\u{202f}»\u{202f}; il est imprimé «\u{202f}{shown}\u{202f}»",
                    codes.join(" "),
                    text.trim()
                )
            } else {
                format!(
                    "the PDF's font cannot show \"{found}\" ({}) in \"{}\"; it is printed as \"{shown}\"",
                    codes.join(" "),
                    text.trim()
                )
            });
        }
        *text = text
            .chars()
            .map(|c| {
                if metrics.has_glyph(c, *face) {
                    c
                } else {
                    fonts::MISSING_MARK
                }
            })
            .collect();
    }
    warnings
}

/// The bytes of a PDF file from pages laid out by [`layout`] (freed as they are written).
pub fn write(pages: Vec<page::Page>, doc: &Document) -> Result<Vec<u8>, PdfError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::document::Block;

    fn texts(pages: &[page::Page]) -> Vec<String> {
        pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                page::Item::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn characters_the_fonts_lack_become_a_mark_and_a_warning() {
        let doc = Document {
            blocks: vec![
                Block::heading(1, "Team 🇫🇷"),
                Block::paragraph("Team 🇩🇪 and Team 🇫🇷 again, Élodie’s « équipe »\u{a0}: ok"),
            ],
            ..Document::default()
        };
        let mut pages = layout(&doc);
        let before = texts(&pages);
        assert!(before.iter().any(|t| t.contains("Team 🇫🇷")), "{before:?}");
        let warnings = mark_missing(&mut pages);
        let after = texts(&pages).join("\n");
        // Each flag is two regional indicators, neither in DejaVu Sans: two marks each.
        assert!(after.contains("Team \u{fffd}\u{fffd}"), "{after}");
        assert!(!after.contains('🇫') && !after.contains('🇩'), "{after}");
        // French typography and accents are drawn as they are.
        assert!(after.contains("Élodie’s « équipe »\u{a0}: ok"), "{after}");
        // One warning per run, wherever it recurs, naming it and where it was found.
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].contains("\"🇫🇷\" (U+1F1EB U+1F1F7) in \"Team 🇫🇷\""),
            "{warnings:?}"
        );
        assert!(
            warnings[1].contains("\"🇩🇪\" (U+1F1E9 U+1F1EA)"),
            "{warnings:?}"
        );
        // Nothing left to mark: a second pass warns of nothing.
        assert!(mark_missing(&mut pages).is_empty());
    }

    #[test]
    fn a_missing_character_is_measured_as_its_mark() {
        let m = fonts::Metrics::new();
        let face = fonts::Face::Regular;
        assert!(!m.has_glyph('🇫', face) && m.has_glyph(fonts::MISSING_MARK, face));
        assert!(m.has_glyph(fonts::MISSING_MARK, fonts::Face::Bold));
        let mark = m.width("\u{fffd}", face, 10.0);
        assert!(mark > 0.0);
        assert!((m.width("🇫", face, 10.0) - mark).abs() < 1e-4);
        assert!((m.width("\u{1b}", face, 10.0) - mark).abs() < 1e-4);
    }
}
