//! Helpers shared by the PDF tests: a French document shell, text extraction (lopdf), and
//! geometry checks on laid-out pages.

#![allow(dead_code)]

use devops_maturity::report::document::*;
use devops_maturity::report::pdf::page::{Item, Page};
use devops_maturity::report::pdf::style::{
    CONTENT_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_HEIGHT, PAGE_WIDTH,
};

pub fn doc(blocks: Vec<Block>) -> Document {
    Document {
        title: "Rapport de maturité DevOps".to_string(),
        subtitle: Some("Évaluation printemps".to_string()),
        author: "Zoé Lefèvre".to_string(),
        date: "12 mars 2026".to_string(),
        created: Some("2026-03-12T09:30:00Z".to_string()),
        running_header: "Maturité DevOps — Acme".to_string(),
        blocks,
        ..Default::default()
    }
}

/// The text of every page, one positioned string per line, read with the lopdf that printpdf
/// already compiles: our fonts are Identity-H with `ToUnicode` maps, which it decodes exactly, so
/// the test build needs no second PDF library.
pub fn extract_pages(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf reads our PDF");
    doc.get_pages()
        .keys()
        .map(|&n| {
            doc.extract_text(&[n])
                .expect("lopdf extracts the page's text")
        })
        .collect()
}

/// The text of the whole document, pages in order.
pub fn extract_text(bytes: &[u8]) -> String {
    extract_pages(bytes).concat()
}

/// Text with all whitespace collapsed, so line breaks chosen by the layout do not matter.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn filler(words: usize, prefix: &str) -> String {
    (0..words)
        .map(|i| format!("{prefix}{i:04}"))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn assert_inside_margins(pages: &[Page]) {
    for (n, page) in pages.iter().enumerate() {
        for item in &page.items {
            let (left, right) = item.x_extent();
            if let Item::Text { text, y, .. } = item {
                assert!(
                    left >= MARGIN_LEFT - 0.01,
                    "page {}: {text:?} starts at {left}",
                    n + 1
                );
                assert!(
                    right <= PAGE_WIDTH - MARGIN_RIGHT + 0.01,
                    "page {}: {text:?} ends at {right}",
                    n + 1
                );
                assert!(
                    *y > 0.0 && *y < PAGE_HEIGHT,
                    "page {}: {text:?} at y {y}",
                    n + 1
                );
                if !page.is_cover && *y > MARGIN_TOP - 1.0 && *y < CONTENT_BOTTOM + 12.0 {
                    assert!(
                        *y <= CONTENT_BOTTOM,
                        "page {}: {text:?} below the text area",
                        n + 1
                    );
                }
            } else {
                assert!(
                    left >= -0.01 && right <= PAGE_WIDTH + 0.01,
                    "page {}: {item:?}",
                    n + 1
                );
            }
        }
    }
}

fn text_boxes(page: &Page) -> Vec<(f32, f32, f32, f32, String)> {
    page.items
        .iter()
        .filter_map(|item| match item {
            Item::Text {
                x,
                y,
                size,
                width,
                text,
                ..
            } => Some((
                *x,
                y - size * 0.76,
                x + width,
                y + size * 0.24,
                text.clone(),
            )),
            _ => None,
        })
        .collect()
}

pub fn assert_no_text_overlaps(page: &Page) {
    let boxes = text_boxes(page);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let overlap = a.0 < b.2 - 0.5 && b.0 < a.2 - 0.5 && a.1 < b.3 - 0.5 && b.1 < a.3 - 0.5;
            assert!(!overlap, "{:?} overlaps {:?}", a.4, b.4);
        }
    }
}
