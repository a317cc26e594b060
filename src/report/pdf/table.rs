//! Tables: columns share the text width by their relative widths, cells wrap on measured
//! widths, rows alternate a light tint, the header row repeats on every page the table spans.
//! A row moves to the next page whole unless it is taller than a page, then it is split
//! between lines.

use super::fonts::{Face, Metrics};
use super::layout::{Layout, baseline};
use super::page::{Item, Stroke};
use super::style::{
    ACCENT, ACCENT_LIGHT, BAD, CONTENT_BOTTOM, CONTENT_WIDTH, GOOD, MARGIN_LEFT, MARGIN_TOP, MUTED,
    RULE, SMALL_SIZE, TABLE_LEADING, TABLE_SIZE, TEXT, WHITE, ZEBRA,
};
use super::text::{Line, wrap_plain};
use crate::report::document::{Align, Table, Tone};

const PAD_X: f32 = 4.5;
const PAD_Y: f32 = 3.5;

struct Prepared {
    /// Lines of each cell, one entry per column.
    cells: Vec<Vec<Line>>,
    /// Font size of each cell: headers shrink so that a word is not cut in a narrow column.
    sizes: Vec<f32>,
    tones: Vec<Tone>,
    /// Number of lines of the tallest cell (at least 1).
    lines: usize,
    emphasis: bool,
}

fn column_widths(t: &Table) -> Vec<f32> {
    let total: f32 = t.columns.iter().map(|c| c.width.max(0.01)).sum();
    t.columns
        .iter()
        .map(|c| c.width.max(0.01) / total * CONTENT_WIDTH)
        .collect()
}

/// Smallest size a header may shrink to before its words get cut.
const MIN_HEADER_SIZE: f32 = 6.8;

/// The header size at which the longest word of `text` fits in `width`.
fn header_size(text: &str, width: f32, m: &Metrics) -> f32 {
    let widest = text
        .split(crate::domain::typography::is_breaking_space)
        .map(|w| m.width(w, Face::Bold, TABLE_SIZE))
        .fold(0.0, f32::max);
    if widest <= width {
        TABLE_SIZE
    } else {
        (TABLE_SIZE * width / widest).max(MIN_HEADER_SIZE)
    }
}

fn prepare_header(t: &Table, widths: &[f32], m: &Metrics) -> Prepared {
    let sizes: Vec<f32> = t
        .columns
        .iter()
        .zip(widths)
        .map(|(c, w)| header_size(&c.header, w - 2.0 * PAD_X, m))
        .collect();
    let cells: Vec<Vec<Line>> = t
        .columns
        .iter()
        .zip(widths)
        .zip(&sizes)
        .map(|((c, w), size)| wrap_plain(&c.header, Face::Bold, w - 2.0 * PAD_X, *size, m))
        .collect();
    let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    Prepared {
        tones: vec![Tone::Normal; cells.len()],
        sizes,
        cells,
        lines,
        emphasis: false,
    }
}

fn prepare_rows(t: &Table, widths: &[f32], m: &Metrics) -> Vec<Prepared> {
    t.rows
        .iter()
        .map(|row| {
            let mut cells = Vec::with_capacity(widths.len());
            let mut tones = Vec::with_capacity(widths.len());
            for (i, w) in widths.iter().enumerate() {
                let cell = row.cells.get(i);
                let bold = row.emphasis || cell.is_some_and(|c| c.bold);
                let face = if bold { Face::Bold } else { Face::Regular };
                let text = cell.map_or("", |c| c.text.as_str());
                cells.push(wrap_plain(text, face, w - 2.0 * PAD_X, TABLE_SIZE, m));
                tones.push(cell.map_or(Tone::Normal, |c| c.tone));
            }
            let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
            Prepared {
                sizes: vec![TABLE_SIZE; cells.len()],
                cells,
                tones,
                lines,
                emphasis: row.emphasis,
            }
        })
        .collect()
}

fn height(lines: usize) -> f32 {
    lines as f32 * TABLE_LEADING + 2.0 * PAD_Y
}

/// Height of the header plus the whole first row (at most a page), which must share a page
/// with a heading above. `place` keeps exactly this much together, so a heading and a header
/// never end a page without a body row.
pub fn lead_height(t: &Table, m: &Metrics) -> f32 {
    if t.columns.is_empty() {
        return 0.0;
    }
    let widths = column_widths(t);
    let header = prepare_header(t, &widths, m);
    let rows = prepare_rows(
        &Table {
            rows: t.rows.iter().take(1).cloned().collect(),
            ..t.clone()
        },
        &widths,
        m,
    );
    head_and_first(height(header.lines), &rows)
}

fn head_and_first(header_h: f32, rows: &[Prepared]) -> f32 {
    let first = rows.first().map_or(0.0, |r| height(r.lines));
    (header_h + first).min(CONTENT_BOTTOM - MARGIN_TOP)
}

pub fn place(l: &mut Layout, t: &Table) {
    if t.columns.is_empty() {
        return;
    }
    let widths = column_widths(t);
    let header = prepare_header(t, &widths, l.m);
    let rows = prepare_rows(t, &widths, l.m);
    let header_h = height(header.lines);
    l.ensure(head_and_first(header_h, &rows));
    draw_row(l, &header, &widths, t, 0, header.lines, RowKind::Header);

    for (index, row) in rows.iter().enumerate() {
        // No widow row: when the last row would go alone to the next page, the one before it
        // goes with it (the page before keeps at least one row).
        if index >= 1 && index + 2 == rows.len() {
            let pair = height(row.lines) + height(rows[index + 1].lines);
            let page_room = CONTENT_BOTTOM - MARGIN_TOP - header_h;
            if height(row.lines) <= l.room() + 0.01 && pair > l.room() + 0.01 && pair <= page_room {
                l.new_page();
                draw_row(l, &header, &widths, t, 0, header.lines, RowKind::Header);
            }
        }
        let mut from = 0;
        while from < row.lines {
            let needed = height(row.lines - from);
            if needed <= l.room() + 0.01 {
                draw_row(l, row, &widths, t, from, row.lines, RowKind::Body(index));
                break;
            }
            let page_room = CONTENT_BOTTOM - MARGIN_TOP - header_h;
            let fit = ((l.room() - 2.0 * PAD_Y) / TABLE_LEADING).floor().max(0.0) as usize;
            if (from == 0 && needed <= page_room) || fit < 2 {
                l.new_page();
                draw_row(l, &header, &widths, t, 0, header.lines, RowKind::Header);
                continue;
            }
            draw_row(l, row, &widths, t, from, from + fit, RowKind::Body(index));
            from += fit;
            l.new_page();
            draw_row(l, &header, &widths, t, 0, header.lines, RowKind::Header);
        }
    }

    if let Some(caption) = &t.caption {
        l.y += 4.0;
        let lines = wrap_plain(caption, Face::Regular, CONTENT_WIDTH, SMALL_SIZE, l.m);
        l.flow(&lines, MARGIN_LEFT, SMALL_SIZE, 10.5, MUTED);
    }
}

#[derive(Clone, Copy)]
enum RowKind {
    Header,
    Body(usize),
}

/// Draws lines `from..to` of every cell of `row` as one row at the cursor.
fn draw_row(
    l: &mut Layout,
    row: &Prepared,
    widths: &[f32],
    t: &Table,
    from: usize,
    to: usize,
    kind: RowKind,
) {
    let h = height(to - from);
    let top = l.y;
    let background = match kind {
        RowKind::Header => Some(ACCENT),
        RowKind::Body(_) if row.emphasis => Some(ACCENT_LIGHT),
        RowKind::Body(i) if i % 2 == 1 => Some(ZEBRA),
        RowKind::Body(_) => None,
    };
    if let Some(fill) = background {
        l.push(Item::Rect {
            x: MARGIN_LEFT,
            y: top,
            w: CONTENT_WIDTH,
            h,
            fill: Some(fill),
            stroke: None,
        });
    }
    let mut x = MARGIN_LEFT;
    for (col, width) in widths.iter().enumerate() {
        let align = t.columns[col].align;
        let color = match kind {
            RowKind::Header => WHITE,
            RowKind::Body(_) => match row.tones[col] {
                Tone::Normal => TEXT,
                Tone::Good => GOOD,
                Tone::Bad => BAD,
                Tone::Muted => MUTED,
            },
        };
        let lines = &row.cells[col];
        for (n, line) in lines.iter().enumerate().take(to).skip(from) {
            let lx = match align {
                Align::Left => x + PAD_X,
                Align::Right => x + width - PAD_X - line.width,
                Align::Center => x + (width - line.width) / 2.0,
            };
            let line_top = top + PAD_Y + (n - from) as f32 * TABLE_LEADING;
            let size = row.sizes[col];
            l.draw_line(
                line,
                lx,
                baseline(line_top, TABLE_LEADING, size),
                size,
                color,
            );
        }
        x += width;
    }
    if let RowKind::Body(_) = kind {
        l.push(Item::Path {
            points: vec![
                (MARGIN_LEFT, top + h),
                (MARGIN_LEFT + CONTENT_WIDTH, top + h),
            ],
            closed: false,
            stroke: Stroke::solid(RULE, 0.4),
        });
    }
    l.y = top + h;
}
