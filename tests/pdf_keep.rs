//! PDF pagination rules a reader notices: a heading and a table header never end a page
//! without the table's first row, a table's last row never goes alone to the next page, and
//! question ids in narrow columns break at their dots, not mid-word.

mod support {
    pub mod pdf_checks;
}

use devops_maturity::report::document::*;
use devops_maturity::report::pdf::layout;
use devops_maturity::report::pdf::page::Page;
use support::pdf_checks::*;

fn page_of(pages: &[Page], needle: &str) -> usize {
    pages
        .iter()
        .position(|p| p.texts().any(|t| t.contains(needle)))
        .unwrap_or_else(|| panic!("{needle} not found"))
}

fn table(rows: Vec<Row>) -> Table {
    Table {
        columns: vec![
            Column::new("Équipe", 1.0, Align::Left),
            Column::new("Action", 3.0, Align::Left),
        ],
        rows,
        caption: None,
        ..Default::default()
    }
}

#[test]
fn a_heading_and_table_header_always_share_a_page_with_the_first_row() {
    // The first row is tall (a long action): it once moved to the next page alone, leaving
    // the heading and the header at the bottom of the page before.
    for words in (400..800).step_by(8) {
        let first = Row::new(["FIRSTROW".to_string(), filler(90, "a")]);
        let second = Row::new(["SECONDROW".to_string(), "court".to_string()]);
        let pages = layout(&doc(vec![
            Block::paragraph(filler(words, "f")),
            Block::heading(2, "Top short-term actions"),
            Block::Table(table(vec![first, second])),
        ]));
        let heading = page_of(&pages, "Top short-term actions");
        assert_eq!(heading, page_of(&pages, "FIRSTROW"), "{words} words before");
        assert_eq!(heading, page_of(&pages, "Action"), "{words} words before");
    }
}

#[test]
fn the_last_row_of_a_table_never_goes_alone_to_the_next_page() {
    let mut checked = 0;
    for words in (300..900).step_by(10) {
        let rows = (0..5)
            .map(|i| Row::new([format!("ROW{i}"), filler(30, "r")]))
            .collect();
        let pages = layout(&doc(vec![
            Block::paragraph(filler(words, "f")),
            Block::Table(table(rows)),
        ]));
        let last = page_of(&pages, "ROW4");
        if last != page_of(&pages, "ROW0") {
            checked += 1;
            assert_eq!(last, page_of(&pages, "ROW3"), "{words} words before");
        }
    }
    assert!(checked > 0, "no case split the table");
}

#[test]
fn question_ids_in_narrow_columns_break_at_dots_not_mid_word() {
    // Column widths from just wide enough for "maintainability:" to wide enough for most of
    // the id: the id once broke as "security.dependencie" / "s:".
    for tenth in 16..30 {
        let narrow = Table {
            columns: vec![
                Column::new("Question", tenth as f32 / 10.0, Align::Left),
                Column::new("Vide", 8.0, Align::Left),
            ],
            rows: vec![
                Row::new([
                    "security.dependencies: How are vulnerable libraries found?",
                    "",
                ]),
                Row::new(["testing.maintainability: Is the code easy to change?", ""]),
            ],
            caption: None,
            ..Default::default()
        };
        let pages = layout(&doc(vec![Block::Table(narrow)]));
        let texts: Vec<&str> = pages.iter().flat_map(Page::texts).collect();
        for t in &texts {
            let last = t.split(' ').next_back().unwrap_or("");
            let ends_word = last.ends_with('.');
            for id in ["security.dependencies:", "testing.maintainability:"] {
                // A line may end after the dot, or hold a whole id; nothing in between.
                let after_dot = id.split('.').nth(1).unwrap();
                let cut_inside = (id.starts_with(last) && last != id && !ends_word)
                    || (after_dot.starts_with(last) && last != after_dot && last.len() > 3);
                assert!(!cut_inside, "id cut as {t:?} at width {tenth}: {texts:?}");
            }
        }
    }
}

#[test]
fn a_label_rows_rows_never_lose_it_across_pages() {
    // Groups of a label and three tall rows, shifted down the first page so that every kind of
    // break happens: between groups, inside a group, right after a label.
    let mut continued = 0;
    for words in (0..600).step_by(37) {
        let mut rows = Vec::new();
        for g in 0..8 {
            rows.push(Row::label(
                format!("GROUP{g} label"),
                format!("GROUP{g} (suite)"),
            ));
            for r in 0..3 {
                rows.push(Row::new([format!("G{g}R{r}"), filler(40 + 10 * r, "x")]));
            }
        }
        let mut blocks = Vec::new();
        if words > 0 {
            blocks.push(Block::paragraph(filler(words, "f")));
        }
        blocks.push(Block::Table(table(rows)));
        let pages = layout(&doc(blocks));
        for g in 0..8 {
            for r in 0..3 {
                let page = page_of(&pages, &format!("G{g}R{r}"));
                // The group's label, or its repetition, is on every page holding its rows…
                let texts: Vec<&str> = pages[page].texts().collect();
                let labelled = texts.iter().any(|t| t.starts_with(&format!("GROUP{g} ")));
                assert!(
                    labelled,
                    "{words} words: G{g}R{r} on page {page} without its label"
                );
                if texts.contains(&format!("GROUP{g} (suite)").as_str()) {
                    continued += 1;
                }
            }
            // …and a label never ends a page: its first row is on the same page.
            assert_eq!(
                page_of(&pages, &format!("GROUP{g} label")),
                page_of(&pages, &format!("G{g}R0")),
                "{words} words: GROUP{g} ends a page"
            );
        }
    }
    assert!(continued > 0, "no group was ever continued on a next page");
}
