//! The cover page: a band in the accent colour holding the title and subtitle, the facts
//! (organisation, assessment, teams, date, author…) as small labels over their values in two
//! columns, the table of contents with page numbers (each entry a link to its page), an
//! optional note and the confidentiality line at the foot.

use super::fonts::{Face, Metrics};
use super::layout::baseline;
use super::page::{Item, Stroke, Target};
use super::style::{
    ACCENT, ACCENT_LIGHT, CONTENT_WIDTH, MARGIN_LEFT, MUTED, PAGE_WIDTH, RULE, Rgb, SMALL_SIZE,
    Sheet, TEXT, WHITE, mm,
};
use super::text::{Line, ellipsize, wrap_plain};
use crate::report::document::{Cover, Document};

const BAND_HEIGHT: f32 = mm(80.0);
const MAX_VALUE_LINES: usize = 4;
const LABEL_SIZE: f32 = 7.6;
const VALUE_SIZE: f32 = 11.0;
const VALUE_LEADING: f32 = 14.5;
const COLUMN_GAP: f32 = 18.0;
const ENTRY_SIZE: f32 = 10.0;
const ENTRY_LEADING: f32 = 16.0;

/// Type size, line height and colour of one kind of cover text.
#[derive(Clone, Copy)]
struct Look(f32, f32, Rgb);

/// Draws `lines` from `top` down at `x`; returns the y under the last line.
fn push_lines(
    items: &mut Vec<Item>,
    lines: &[Line],
    x: f32,
    top: f32,
    look: Look,
    m: &Metrics,
) -> f32 {
    let Look(size, leading, color) = look;
    let mut y = top;
    for line in lines {
        let mut lx = x;
        for run in &line.runs {
            let width = m.width(&run.text, run.face, size);
            items.push(Item::Text {
                x: lx,
                y: baseline(y, leading, size),
                size,
                face: run.face,
                color,
                text: run.text.clone(),
                width,
            });
            lx += width;
        }
        y += leading;
    }
    y
}

/// One string with its baseline at (x, y), in `face` at `size` and `color`.
fn text(
    items: &mut Vec<Item>,
    (x, y): (f32, f32),
    (size, face, color): (f32, Face, Rgb),
    t: String,
    m: &Metrics,
) {
    let width = m.width(&t, face, size);
    items.push(Item::Text {
        x,
        y,
        size,
        face,
        color,
        text: t,
        width,
    });
}

/// `value` wrapped to `width`, at most `MAX_VALUE_LINES` lines, the last cut with "…".
fn value_lines(value: &str, width: f32, m: &Metrics) -> Vec<Line> {
    let mut lines = wrap_plain(value, Face::Regular, width, VALUE_SIZE, m);
    if lines.len() > MAX_VALUE_LINES {
        let rest: Vec<String> = lines[MAX_VALUE_LINES - 1..]
            .iter()
            .map(Line::text)
            .collect();
        let last = ellipsize(&rest.join(" "), Face::Regular, width, VALUE_SIZE, m);
        lines.truncate(MAX_VALUE_LINES - 1);
        lines.extend(wrap_plain(&last, Face::Regular, width + 1.0, VALUE_SIZE, m));
    }
    lines
}

pub fn draw(
    c: &Cover,
    doc: &Document,
    m: &Metrics,
    sheet: Sheet,
    contents: &[(String, usize)],
) -> Vec<Item> {
    // The band spans the whole sheet, whatever its width.
    let left = -sheet.x_offset();
    let mut items = vec![
        Item::Rect {
            x: left,
            y: 0.0,
            w: sheet.width,
            h: BAND_HEIGHT,
            fill: Some(ACCENT),
            stroke: None,
        },
        Item::Rect {
            x: left,
            y: BAND_HEIGHT,
            w: sheet.width,
            h: 4.0,
            fill: Some(ACCENT_LIGHT),
            stroke: None,
        },
    ];
    let title = if c.title.is_empty() {
        &doc.title
    } else {
        &c.title
    };
    let mut title_lines = wrap_plain(title, Face::Bold, CONTENT_WIDTH, 26.0, m);
    title_lines.truncate(3);
    let subtitle = c.subtitle.as_deref().or(doc.subtitle.as_deref());
    let mut subtitle_lines = subtitle.map_or_else(Vec::new, |s| {
        wrap_plain(s, Face::Regular, CONTENT_WIDTH, 13.0, m)
    });
    subtitle_lines.truncate(2);
    // Title block sits on the band's lower part, whatever its number of lines.
    let block = title_lines.len() as f32 * 31.0 + subtitle_lines.len() as f32 * 17.0 + 8.0;
    let top = BAND_HEIGHT - mm(14.0) - block;
    let y = push_lines(
        &mut items,
        &title_lines,
        MARGIN_LEFT,
        top,
        Look(26.0, 31.0, WHITE),
        m,
    );
    push_lines(
        &mut items,
        &subtitle_lines,
        MARGIN_LEFT,
        y + 8.0,
        Look(13.0, 17.0, ACCENT_LIGHT),
        m,
    );

    // Facts in two columns; one whose value needs more than a line of a column takes a row.
    let column = (CONTENT_WIDTH - COLUMN_GAP) / 2.0;
    let mut y = BAND_HEIGHT + mm(12.0);
    let mut col = 0;
    let mut row_bottom = y;
    for (label, value) in &c.facts {
        let half = value_lines(value, column, m);
        let wide = half.len() > 1;
        if wide && col == 1 {
            y = row_bottom;
            col = 0;
        }
        let (x, width) = if wide {
            (MARGIN_LEFT, CONTENT_WIDTH)
        } else {
            (MARGIN_LEFT + col as f32 * (column + COLUMN_GAP), column)
        };
        let label = ellipsize(&label.to_uppercase(), Face::Bold, width, LABEL_SIZE, m);
        text(
            &mut items,
            (x, y + 8.0),
            (LABEL_SIZE, Face::Bold, MUTED),
            label,
            m,
        );
        let lines = if wide {
            value_lines(value, CONTENT_WIDTH, m)
        } else {
            half
        };
        let bottom = push_lines(
            &mut items,
            &lines,
            x,
            y + 12.0,
            Look(VALUE_SIZE, VALUE_LEADING, TEXT),
            m,
        ) + 9.0;
        row_bottom = row_bottom.max(bottom);
        if wide || col == 1 {
            y = row_bottom;
            col = 0;
        } else {
            col = 1;
        }
    }
    let mut y = row_bottom.max(y);

    let foot = sheet.height - mm(20.0);
    if let Some(toc) = &c.contents {
        y += mm(6.0);
        items.push(Item::Path {
            points: vec![(MARGIN_LEFT, y), (MARGIN_LEFT + CONTENT_WIDTH, y)],
            closed: false,
            stroke: Stroke::solid(RULE, 0.6),
        });
        y += 8.0;
        text(
            &mut items,
            (MARGIN_LEFT, y + 13.0),
            (13.0, Face::Bold, ACCENT),
            ellipsize(&toc.title, Face::Bold, CONTENT_WIDTH, 13.0, m),
            m,
        );
        y += 24.0;
        // Two columns when one would run into the foot.
        let room = foot - mm(16.0) - y;
        let per_column = ((room / ENTRY_LEADING).floor() as usize).max(1);
        let columns = if contents.len() > per_column { 2 } else { 1 };
        let width = if columns == 2 { column } else { CONTENT_WIDTH };
        let rows = contents.len().div_ceil(columns).min(per_column);
        for (i, (title, page)) in contents.iter().enumerate().take(rows * columns) {
            let (c, r) = (i / rows, i % rows);
            let x = MARGIN_LEFT + c as f32 * (column + COLUMN_GAP);
            let top = y + r as f32 * ENTRY_LEADING;
            let number = page.to_string();
            let number_w = m.width(&number, Face::Regular, ENTRY_SIZE);
            let title = ellipsize(title, Face::Regular, width - number_w - 24.0, ENTRY_SIZE, m);
            let title_w = m.width(&title, Face::Regular, ENTRY_SIZE);
            let base = baseline(top, ENTRY_LEADING, ENTRY_SIZE);
            text(
                &mut items,
                (x, base),
                (ENTRY_SIZE, Face::Regular, TEXT),
                title,
                m,
            );
            text(
                &mut items,
                (x + width - number_w, base),
                (ENTRY_SIZE, Face::Regular, TEXT),
                number,
                m,
            );
            // A dotted leader from the title to its page number.
            items.push(Item::Path {
                points: vec![
                    (x + title_w + 6.0, base),
                    (x + width - number_w - 6.0, base),
                ],
                closed: false,
                stroke: Stroke {
                    color: RULE,
                    width: 0.8,
                    dash: &[0.8, 2.4],
                },
            });
            items.push(Item::Link {
                x,
                y: top,
                w: width,
                h: ENTRY_LEADING,
                target: Target::Page(*page),
            });
        }
    }

    let mut bottom = foot;
    if let Some(line) = &c.confidential {
        let line = ellipsize(line, Face::Bold, CONTENT_WIDTH, 9.0, m);
        let w = m.width(&line, Face::Bold, 9.0);
        items.push(Item::Path {
            points: vec![
                (MARGIN_LEFT, foot - 14.0),
                (PAGE_WIDTH - MARGIN_LEFT, foot - 14.0),
            ],
            closed: false,
            stroke: Stroke::solid(ACCENT, 1.0),
        });
        items.push(Item::Text {
            x: MARGIN_LEFT,
            y: foot,
            size: 9.0,
            face: Face::Bold,
            color: ACCENT,
            text: line,
            width: w,
        });
        bottom = foot - 24.0;
    }
    if let Some(note) = &c.note {
        let lines = wrap_plain(note, Face::Regular, CONTENT_WIDTH, SMALL_SIZE, m);
        let lines = &lines[..lines.len().min(3)];
        let top = bottom - lines.len() as f32 * 11.0;
        push_lines(
            &mut items,
            lines,
            MARGIN_LEFT,
            top,
            Look(SMALL_SIZE, 11.0, MUTED),
            m,
        );
    }
    items
}
