//! The PDF renderer end to end: documents built in code are rendered, and the text is read
//! back with pdf-extract (as a reader's copy/paste or search would) or checked on the laid-out
//! pages (geometry: margins, what shares a page).

mod support {
    pub mod pdf_checks;
    pub mod sample_document;
}

use devops_maturity::report::document::*;
use devops_maturity::report::pdf::page::Page;
use devops_maturity::report::pdf::{layout, render};
use support::pdf_checks::*;
use support::sample_document::{sample_document, team_name};

#[test]
fn accented_text_is_extractable_as_utf8() {
    let bytes = render(&doc(vec![
        Block::heading(1, "Synthèse"),
        Block::paragraph(
            "Équipe Paris — déploiement continu, à l'échelle: « ça marche ». Œuvre, naïve, façade.",
        ),
    ]))
    .unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = squash(&extract_pages(&bytes).concat());
    assert!(
        text.contains("Équipe Paris — déploiement continu"),
        "{text}"
    );
    assert!(text.contains("« ça marche »"), "{text}");
    assert!(text.contains("Œuvre, naïve, façade."), "{text}");
    assert!(text.contains("Synthèse"), "{text}");
}

#[test]
fn metadata_names_title_and_author_and_chapters_are_in_the_outline() {
    let bytes = render(&doc(vec![Block::paragraph("x")])).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/Author"), "no author entry");
    assert!(raw.contains("D:20260312093000"), "creation date not set");
    assert!(!raw.contains("/Outlines"), "outline without chapters");

    let bytes = render(&doc(vec![
        Block::heading(1, "Synthèse"),
        Block::heading(2, "Détail"),
    ]))
    .unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/Outlines"), "chapter not in the outline");
    assert_eq!(
        raw.matches("/Dest").count(),
        1,
        "only level-1 headings are chapters"
    );
}

#[test]
fn same_document_gives_the_same_bytes() {
    let d = sample_document(2);
    let first = render(&d).unwrap();
    let second = render(&d).unwrap();
    assert!(first == second, "two renders of one document differ");
    let other = render(&sample_document(3)).unwrap();
    assert_ne!(first, other);
}

#[test]
fn every_page_but_the_cover_has_header_and_page_number() {
    let mut blocks = vec![Block::Cover(Cover {
        title: "Rapport".to_string(),
        ..Cover::default()
    })];
    blocks.push(Block::paragraph(filler(1500, "mot")));
    let bytes = render(&doc(blocks)).unwrap();
    let pages = extract_pages(&bytes);
    let total = pages.len();
    assert!(total >= 4, "{total} pages");
    assert!(!pages[0].contains("page 1 /"), "cover has a page number");
    for (i, page) in pages.iter().enumerate().skip(1) {
        assert!(
            page.contains(&format!("page {} / {total}", i + 1)),
            "page {}: {page}",
            i + 1
        );
        assert!(
            page.contains("Maturité DevOps — Acme"),
            "page {} has no header",
            i + 1
        );
    }
}

#[test]
fn no_word_is_lost_when_a_paragraph_breaks_across_pages() {
    let words = filler(2000, "w");
    let bytes = render(&doc(vec![Block::paragraph(words.clone())])).unwrap();
    let pages = extract_pages(&bytes);
    assert!(pages.len() >= 4);
    let text = squash(&pages.concat());
    // Every word once, in order (headers and page numbers sit between pages).
    let found: Vec<&str> = text
        .split(' ')
        .filter(|w| w.len() == 5 && w.starts_with('w'))
        .collect();
    let expected: Vec<&str> = words.split(' ').collect();
    assert_eq!(found, expected);
}

#[test]
fn page_count_grows_with_content() {
    let count = |n: usize| layout(&doc(vec![Block::paragraph(filler(n, "x"))])).len();
    let (small, medium, large) = (count(100), count(1200), count(4000));
    assert_eq!(small, 1);
    assert!(small < medium && medium < large, "{small} {medium} {large}");
    let teams = |n| layout(&sample_document(n)).len();
    assert!(teams(1) < teams(3) && teams(3) < teams(6));
}

fn long_table(rows: usize) -> Table {
    Table {
        columns: vec![
            Column::new("Question", 3.0, Align::Left),
            Column::new("Équipe", 1.5, Align::Left),
            Column::new("Médiane", 0.6, Align::Right),
            Column::new("Commentaires", 3.0, Align::Left),
        ],
        rows: (0..rows)
            .map(|i| {
                let comment = if i % 7 == 0 {
                    filler(40, "c")
                } else {
                    String::new()
                };
                Row::new([
                    format!("row-{i:03} Comment livrez-vous?"),
                    team_name(i % 5),
                    format!("{}.5", i % 5),
                    comment,
                ])
            })
            .collect(),
        caption: Some("Fin du tableau.".to_string()),
        ..Default::default()
    }
}

#[test]
fn tables_break_across_pages_repeating_the_header_and_keeping_every_row() {
    let bytes = render(&doc(vec![
        Block::heading(2, "Annexe"),
        Block::Table(long_table(150)),
    ]))
    .unwrap();
    let pages = extract_pages(&bytes);
    assert!(pages.len() >= 3, "{} pages", pages.len());
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Commentaires"),
            "header missing on page {}",
            i + 1
        );
    }
    let text = squash(&pages.concat());
    for i in 0..150 {
        assert_eq!(text.matches(&format!("row-{i:03} ")).count(), 1, "row {i}");
    }
    assert!(text.contains("Fin du tableau."));
}

#[test]
fn a_row_taller_than_a_page_is_split_not_cut() {
    let table = Table {
        columns: vec![
            Column::new("Clé", 1.0, Align::Left),
            Column::new("Texte", 4.0, Align::Left),
        ],
        rows: vec![Row::new(["seule".to_string(), filler(1200, "t")])],
        caption: None,
        ..Default::default()
    };
    let bytes = render(&doc(vec![Block::Table(table)])).unwrap();
    let pages = extract_pages(&bytes);
    assert!(pages.len() >= 2);
    let text = squash(&pages.concat());
    let found = text
        .split(' ')
        .filter(|w| w.len() == 5 && w.starts_with('t'))
        .count();
    assert_eq!(found, 1200);
}

#[test]
fn long_words_and_texts_never_cross_the_margins() {
    let long = "Anticonstitutionnellementdéploiementcontinuautomatisé".repeat(3);
    let url =
        "https://wiki.example.com/plateforme/déploiement/procédure-de-mise-en-production-version-2";
    let blocks = vec![
        Block::Cover(Cover {
            title: long.clone(),
            subtitle: Some(long.clone()),
            facts: vec![(
                "Équipes".to_string(),
                (0..60).map(team_name).collect::<Vec<_>>().join(", "),
            )],
            note: Some(long.clone()),
            // The contents list this long chapter title; the confidentiality line is as long.
            contents: Some(Contents::titled(long.clone())),
            confidential: Some(long.clone()),
        }),
        Block::heading(1, long.clone()),
        Block::paragraph(format!("{long} {url} fin")),
        Block::bullets([long.clone(), url.to_string()]),
        Block::KeyFigures(vec![
            KeyFigure {
                value: long.clone(),
                label: long.clone(),
                detail: Some(url.to_string()),
                warning: Some(long.clone()),
            };
            5
        ]),
        Block::Callout {
            title: Some(long.clone()),
            text: vec![Span::plain(url)],
        },
        Block::Table(Table {
            columns: vec![
                Column::new(long.clone(), 1.0, Align::Left),
                Column::new("n", 0.3, Align::Right),
            ],
            rows: vec![Row::new([long.clone(), long.clone()])],
            caption: Some(long.clone()),
            ..Default::default()
        }),
    ];
    let pages = layout(&doc(blocks));
    assert_inside_margins(&pages);
    let text: String = pages.iter().flat_map(Page::texts).collect();
    assert!(text.contains("procédure-de-mise-en-production"), "url lost");
}

#[test]
fn a_heading_is_never_alone_at_the_bottom_of_a_page() {
    // Fill the page to various depths; the heading must always share its page with the
    // first lines of the paragraph after it.
    for words in (560..760).step_by(6) {
        let pages = layout(&doc(vec![
            Block::paragraph(filler(words, "f")),
            Block::heading(2, "Plan à court terme"),
            Block::paragraph(format!("PREMIER {}", filler(60, "s"))),
        ]));
        let page_of = |needle: &str| {
            pages
                .iter()
                .position(|p| p.texts().any(|t| t.contains(needle)))
                .unwrap()
        };
        assert_eq!(
            page_of("Plan à court terme"),
            page_of("PREMIER"),
            "with {words} words before"
        );
        assert_eq!(
            page_of("PREMIER"),
            page_of("s0001"),
            "lone first line with {words} words"
        );
    }
}

#[test]
fn sample_report_renders_small_and_readable() {
    let d = sample_document(3);
    let bytes = render(&d).unwrap();
    // The fonts are trimmed: whole, they alone weigh ~1.4 MB.
    assert!(bytes.len() < 300_000, "{} bytes", bytes.len());
    let pages = layout(&d);
    assert_inside_margins(&pages);
    for page in &pages {
        assert_no_text_overlaps(page);
    }
    let text = squash(&extract_pages(&bytes).concat());
    assert!(text.contains("Équipe Paris — déploiement"));
    assert!(text.contains("Executive summary"));
    assert!(text.contains("Continuous delivery & deployment"));
}

#[test]
fn a_malformed_creation_date_is_a_clear_error() {
    let mut d = doc(vec![Block::paragraph("x")]);
    d.created = Some("yesterday".to_string());
    let err = render(&d).unwrap_err().to_string();
    assert!(
        err.contains("yesterday") && err.contains("RFC 3339"),
        "{err}"
    );
}

/// The writer serialises pages in chunks (`emit::CHUNK`, 48): on a document of 130 pages every
/// page still gets its own text, in a face whose characters are all extractable (the widths
/// and `ToUnicode` cover characters first drawn on the last pages), and its own links.
#[test]
fn every_page_of_a_long_document_keeps_its_text_and_links() {
    let mut blocks = Vec::new();
    for i in 0..130 {
        // A character only the last page draws, bold and regular.
        let rare = if i == 129 { " Ωmega" } else { "" };
        blocks.push(Block::heading(1, format!("Chapter {i:03}{rare}")));
        blocks.push(Block::paragraph(format!("marker{i:03}{rare}")));
        blocks.push(Block::Table(Table {
            columns: vec![Column::new("Reference", 1.0, Align::Left)],
            rows: vec![Row::new([Cell {
                text: format!("row{i:03}"),
                links: vec![Link {
                    text: format!("read{i:03}"),
                    url: format!("https://example.org/{i:03}"),
                }],
                ..Cell::default()
            }])],
            caption: None,
            compact: true,
        }));
        blocks.push(Block::PageBreak);
    }
    let bytes = render(&doc(blocks)).unwrap();
    let pages = extract_pages(&bytes);
    assert_eq!(pages.len(), 130);
    for (i, page) in pages.iter().enumerate() {
        let page = squash(page);
        assert!(
            page.contains(&format!("marker{i:03}")),
            "page {}: {page}",
            i + 1
        );
        for other in [i.wrapping_sub(1), i + 1] {
            assert!(
                !page.contains(&format!("marker{other:03}")),
                "page {}",
                i + 1
            );
        }
    }
    assert!(squash(&pages[129]).contains("Chapter 129 Ωmega marker129 Ωmega"));
    // Each page's link opens its own address; the outline has every chapter.
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    for (n, id) in pdf.get_pages() {
        let page = pdf.get_dictionary(id).unwrap();
        let annots = page.get(b"Annots").unwrap().as_array().unwrap();
        let uris: Vec<String> = annots
            .iter()
            .map(|a| {
                let uri = a.as_dict().unwrap().get(b"A").unwrap().as_dict().unwrap();
                String::from_utf8_lossy(uri.get(b"URI").unwrap().as_str().unwrap()).into_owned()
            })
            .collect();
        assert_eq!(
            uris,
            [format!("https://example.org/{:03}", n - 1)],
            "page {n}"
        );
    }
    let outline = pdf.get_toc().unwrap();
    assert_eq!(outline.toc.len(), 130);
}
