//! The heatmap: a row label, then one coloured cell per column holding its text (a score, or
//! "not assessed" on grey), the column headers repeated on every page it spans, and a legend
//! of the colours underneath. Rows move to the next page whole.

use super::fonts::{Face, Metrics};
use super::layout::{Layout, baseline};
use super::page::{Item, Stroke};
use super::style::{
    BLOCK_GAP, CONTENT_WIDTH, HEAT, HEAT_NONE, MARGIN_LEFT, MUTED, RULE, Rgb, SMALL_SIZE, TEXT,
};
use super::text::{Line, ellipsize, wrap_plain};
use crate::report::document::Heatmap;

const LABEL_SIZE: f32 = 8.2;
const LABEL_LEADING: f32 = 9.6;
const HEAD_SIZE: f32 = 7.8;
const HEAD_LEADING: f32 = 9.4;
const VALUE_SIZE: f32 = 8.6;
const SMALL_VALUE: f32 = 6.3;
const PAD: f32 = 2.4;
const GAP: f32 = 1.2;
const MIN_CELL: f32 = 24.0;
const MAX_CELL: f32 = 78.0;

struct Geometry {
    label_w: f32,
    cell_w: f32,
    header: Vec<Vec<Line>>,
    header_h: f32,
}

fn geometry(h: &Heatmap, m: &Metrics) -> Geometry {
    let n = h.columns.len().max(1);
    let longest = h
        .rows
        .iter()
        .map(|r| m.width(&r.label, Face::Regular, LABEL_SIZE))
        .fold(0.0, f32::max);
    // A header never breaks inside a word while the row labels can give up width: they wrap
    // on two lines, a cut header word reads as two words.
    let widest_word = h
        .columns
        .iter()
        .flat_map(|c| c.split_whitespace())
        .map(|w| m.width(w, Face::Bold, HEAD_SIZE) + 2.0 * PAD + 1.0)
        .fold(MIN_CELL, f32::max)
        .min(MAX_CELL);
    let label_w = (longest + 2.0 * PAD + 2.0)
        .clamp(110.0, 190.0)
        .min(CONTENT_WIDTH - n as f32 * widest_word)
        .max(110.0)
        .min(CONTENT_WIDTH - n as f32 * MIN_CELL);
    let cell_w = ((CONTENT_WIDTH - label_w) / n as f32).min(MAX_CELL);
    let header: Vec<Vec<Line>> = h
        .columns
        .iter()
        .map(|c| {
            let mut lines = wrap_plain(c, Face::Bold, cell_w - 2.0 * PAD, HEAD_SIZE, m);
            if lines.len() > 3 {
                let rest: Vec<String> = lines[2..].iter().map(Line::text).collect();
                let last = ellipsize(
                    &rest.join(" "),
                    Face::Bold,
                    cell_w - 2.0 * PAD,
                    HEAD_SIZE,
                    m,
                );
                lines.truncate(2);
                lines.extend(wrap_plain(
                    &last,
                    Face::Bold,
                    cell_w - 2.0 * PAD + 1.0,
                    HEAD_SIZE,
                    m,
                ));
            }
            lines
        })
        .collect();
    let header_lines = header.iter().map(Vec::len).max().unwrap_or(1).max(1);
    Geometry {
        label_w,
        cell_w,
        header,
        header_h: header_lines as f32 * HEAD_LEADING + 2.0 * PAD,
    }
}

fn label_lines(text: &str, g: &Geometry, m: &Metrics) -> Vec<Line> {
    let width = g.label_w - 2.0 * PAD;
    let mut lines = wrap_plain(text, Face::Regular, width, LABEL_SIZE, m);
    // Three lines before an ellipsis: a row label may be a long team name, whole on three.
    if lines.len() > 3 {
        let rest: Vec<String> = lines[2..].iter().map(Line::text).collect();
        let last = ellipsize(&rest.join(" "), Face::Regular, width, LABEL_SIZE, m);
        lines.truncate(2);
        lines.extend(wrap_plain(&last, Face::Regular, width + 1.0, LABEL_SIZE, m));
    }
    lines
}

fn row_height(lines: usize) -> f32 {
    (lines.max(1) as f32 * LABEL_LEADING).max(12.0) + 2.0 * PAD
}

/// The header and the first row: what must share a page with a heading above.
pub fn lead_height(h: &Heatmap, m: &Metrics) -> f32 {
    let g = geometry(h, m);
    let first = h
        .rows
        .first()
        .map_or(0.0, |r| row_height(label_lines(&r.label, &g, m).len()));
    g.header_h + first
}

fn colours(tone: Option<u8>) -> (Rgb, Rgb) {
    tone.and_then(|t| HEAT.get(usize::from(t)).copied())
        .unwrap_or(HEAT_NONE)
}

fn header(l: &mut Layout, g: &Geometry) {
    let top = l.y;
    for (i, lines) in g.header.iter().enumerate() {
        let x = MARGIN_LEFT + g.label_w + i as f32 * g.cell_w;
        // Bottom-aligned, so one-line names sit on the cells like the others.
        let first = top + g.header_h - PAD - lines.len() as f32 * HEAD_LEADING;
        for (k, line) in lines.iter().enumerate() {
            let lx = x + (g.cell_w - line.width) / 2.0;
            let line_top = first + k as f32 * HEAD_LEADING;
            l.draw_line(
                line,
                lx,
                baseline(line_top, HEAD_LEADING, HEAD_SIZE),
                HEAD_SIZE,
                TEXT,
            );
        }
    }
    l.y = top + g.header_h;
}

pub fn place(l: &mut Layout, h: &Heatmap) {
    if h.columns.is_empty() {
        return;
    }
    let g = geometry(h, l.m);
    let rows: Vec<Vec<Line>> = h
        .rows
        .iter()
        .map(|r| label_lines(&r.label, &g, l.m))
        .collect();
    let first = rows.first().map_or(0.0, |r| row_height(r.len()));
    l.ensure(g.header_h + first);
    header(l, &g);
    for (row, lines) in h.rows.iter().zip(&rows) {
        let rh = row_height(lines.len());
        if rh > l.room() + 0.01 {
            l.new_page();
            header(l, &g);
        }
        let top = l.y;
        let label_top = top + (rh - lines.len() as f32 * LABEL_LEADING) / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let line_top = label_top + k as f32 * LABEL_LEADING;
            l.draw_line(
                line,
                MARGIN_LEFT + PAD,
                baseline(line_top, LABEL_LEADING, LABEL_SIZE),
                LABEL_SIZE,
                TEXT,
            );
        }
        for (i, cell) in row.cells.iter().enumerate().take(h.columns.len()) {
            let x = MARGIN_LEFT + g.label_w + i as f32 * g.cell_w;
            let (fill, ink) = colours(cell.tone);
            l.push(Item::Rect {
                x: x + GAP / 2.0,
                y: top + GAP / 2.0,
                w: g.cell_w - GAP,
                h: rh - GAP,
                fill: Some(fill),
                stroke: None,
            });
            cell_text(l, &cell.text, x, top, g.cell_w, rh, ink);
        }
        l.push(Item::Path {
            points: vec![(MARGIN_LEFT, top + rh), (MARGIN_LEFT + g.label_w, top + rh)],
            closed: false,
            stroke: Stroke::solid(RULE, 0.4),
        });
        l.y = top + rh;
    }
    l.gap(6.0);
    legend(l, h);
    if let Some(caption) = &h.caption {
        let lines = wrap_plain(caption, Face::Regular, CONTENT_WIDTH, SMALL_SIZE, l.m);
        l.flow(&lines, MARGIN_LEFT, SMALL_SIZE, 10.5, MUTED);
    }
}

/// A cell's text centred in it: bold at the value size when it fits, else smaller on up to two
/// lines ("not assessed" in a narrow column).
fn cell_text(l: &mut Layout, text: &str, x: f32, top: f32, w: f32, h: f32, ink: Rgb) {
    let inner = w - 2.0 * PAD;
    let (lines, size, leading) = if l.m.width(text, Face::Bold, VALUE_SIZE) <= inner {
        (
            wrap_plain(text, Face::Bold, inner + 1.0, VALUE_SIZE, l.m),
            VALUE_SIZE,
            11.0,
        )
    } else {
        let mut lines = wrap_plain(text, Face::Regular, inner, SMALL_VALUE, l.m);
        if lines.len() > 2 {
            let rest: Vec<String> = lines[1..].iter().map(Line::text).collect();
            let last = ellipsize(&rest.join(" "), Face::Regular, inner, SMALL_VALUE, l.m);
            lines.truncate(1);
            lines.extend(wrap_plain(
                &last,
                Face::Regular,
                inner + 1.0,
                SMALL_VALUE,
                l.m,
            ));
        }
        (lines, SMALL_VALUE, 7.4)
    };
    let block = lines.len() as f32 * leading;
    let first = top + (h - block) / 2.0;
    for (k, line) in lines.iter().enumerate() {
        let lx = x + (w - line.width) / 2.0;
        let line_top = first + k as f32 * leading;
        l.draw_line(line, lx, baseline(line_top, leading, size), size, ink);
    }
}

const SWATCH_W: f32 = 16.0;
const SWATCH_H: f32 = 9.0;
const LEGEND_ROW: f32 = 13.0;

/// One swatch and its meaning per colour, flowing left to right over as many rows as needed.
fn legend(l: &mut Layout, h: &Heatmap) {
    if h.legend.is_empty() {
        return;
    }
    let entries: Vec<(Option<u8>, String, f32)> = h
        .legend
        .iter()
        .map(|(tone, text)| {
            let text = ellipsize(
                text,
                Face::Regular,
                CONTENT_WIDTH - SWATCH_W - 6.0,
                SMALL_SIZE,
                l.m,
            );
            let w = l.m.width(&text, Face::Regular, SMALL_SIZE);
            (*tone, text, w)
        })
        .collect();
    let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
    let mut used = 0.0;
    for (i, (_, _, w)) in entries.iter().enumerate() {
        let need = SWATCH_W + 4.0 + w + 14.0;
        if used + need > CONTENT_WIDTH && !rows.last().is_some_and(Vec::is_empty) {
            rows.push(Vec::new());
            used = 0.0;
        }
        rows.last_mut().expect("a row").push(i);
        used += need;
    }
    l.ensure(rows.len() as f32 * LEGEND_ROW);
    for row in rows {
        let top = l.y;
        let mut x = MARGIN_LEFT;
        for i in row {
            let (tone, text, w) = &entries[i];
            let (fill, _) = colours(*tone);
            l.push(Item::Rect {
                x,
                y: top + (LEGEND_ROW - SWATCH_H) / 2.0,
                w: SWATCH_W,
                h: SWATCH_H,
                fill: Some(fill),
                stroke: Some(Stroke::solid(RULE, 0.4)),
            });
            let width = *w;
            l.push(Item::Text {
                x: x + SWATCH_W + 4.0,
                y: baseline(top, LEGEND_ROW, SMALL_SIZE),
                size: SMALL_SIZE,
                face: Face::Regular,
                color: TEXT,
                text: text.clone(),
                width,
            });
            x += SWATCH_W + 4.0 + width + 14.0;
        }
        l.y = top + LEGEND_ROW;
    }
    l.gap(BLOCK_GAP / 2.0);
}
