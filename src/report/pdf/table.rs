//! Tables: columns share the text width by their relative widths, each at least as wide as
//! the longest word of its header (so a header never breaks inside a word), cells wrap on
//! measured widths, rows alternate a light tint, the header row repeats on every page the
//! table spans. A row moves to the next page whole unless it is taller than a page, then it is
//! split between lines. Label rows (`Row::label`) span the table, never end a page, and are
//! repeated under the header when their rows continue on the next page.

use super::fonts::{Face, Metrics};
use super::layout::{Layout, baseline};
use super::page::{Item, Stroke, Target};
use super::style::{
    ACCENT, ACCENT_LIGHT, BAD, CONTENT_WIDTH, GOOD, LINK, MARGIN_LEFT, MUTED, RULE, SMALL_SIZE,
    TABLE_LEADING, TABLE_SIZE, TEXT, WHITE, ZEBRA,
};
use super::text::{Line, wrap_plain};
use crate::report::document::{Align, Row, Table, Tone};

const PAD_X: f32 = 4.5;
const PAD_Y: f32 = 3.5;
/// A compact table's body type: size and leading.
const COMPACT_SIZE: f32 = 8.0;
const COMPACT_LEADING: f32 = 10.4;
const COMPACT_PAD_Y: f32 = 2.6;
/// No column is widened beyond this share of the width to hold its longest word (a URL
/// breaks instead).
const MAX_WORD_SHARE: f32 = 0.22;

/// Body type of a table: size, leading and vertical padding of its rows.
#[derive(Clone, Copy)]
struct Type {
    size: f32,
    leading: f32,
    pad_y: f32,
}

const NORMAL: Type = Type {
    size: TABLE_SIZE,
    leading: TABLE_LEADING,
    pad_y: PAD_Y,
};

fn type_of(t: &Table) -> Type {
    if t.compact {
        Type {
            size: COMPACT_SIZE,
            leading: COMPACT_LEADING,
            pad_y: COMPACT_PAD_Y,
        }
    } else {
        NORMAL
    }
}

struct Prepared {
    /// Lines of each cell, one entry per column (a label row has one entry, the whole width).
    cells: Vec<Vec<Line>>,
    /// Per cell and line: the address a line opens (a reference), if any.
    links: Vec<Vec<Option<String>>>,
    /// Font size of each cell: headers shrink so that a word is not cut in a narrow column.
    sizes: Vec<f32>,
    tones: Vec<Tone>,
    /// Number of lines of the tallest cell (at least 1).
    lines: usize,
    emphasis: bool,
    label: bool,
    ty: Type,
}

/// Smallest size a header may shrink to.
const MIN_HEADER_SIZE: f32 = 6.8;

/// The words of `text` as line breaking sees them: no-break spaces hold words together.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(crate::domain::typography::is_breaking_space)
        .filter(|w| !w.is_empty())
}

fn longest_word(text: &str, size: f32, m: &Metrics) -> f32 {
    words(text)
        .map(|w| m.width(w, Face::Bold, size))
        .fold(0.0, f32::max)
}

/// Widths in proportion to the columns' relative widths, raised where needed so that the
/// longest word of every header fits (at full size if the table allows, else at the smallest
/// header size) and the longest word of every cell too (up to a share of the width); the other
/// columns give up the difference in proportion.
fn column_widths(t: &Table, m: &Metrics) -> Vec<f32> {
    let weights: Vec<f32> = t.columns.iter().map(|c| c.width.max(0.01)).collect();
    let ty = type_of(t);
    let body: Vec<f32> = (0..t.columns.len())
        .map(|i| {
            let widest = t
                .rows
                .iter()
                .filter(|r| !r.label)
                .filter_map(|r| Some((r.cells.get(i)?, r.emphasis)))
                .map(|(c, emphasis)| (c, c.bold || emphasis))
                .map(|(c, bold)| {
                    let face = if bold { Face::Bold } else { Face::Regular };
                    words(&c.text)
                        .map(|w| m.width(w, face, ty.size))
                        .fold(0.0, f32::max)
                })
                .fold(0.0, f32::max);
            (widest + 2.0 * PAD_X + 0.5).min(CONTENT_WIDTH * MAX_WORD_SHARE)
        })
        .collect();
    let mins_at = |size: f32| -> Vec<f32> {
        t.columns
            .iter()
            .zip(&body)
            .map(|(c, b)| (longest_word(&c.header, size, m) + 2.0 * PAD_X + 0.5).max(*b))
            .collect()
    };
    let proportional = |fixed: &[Option<f32>]| -> Vec<f32> {
        let taken: f32 = fixed.iter().flatten().sum();
        let free: f32 = weights
            .iter()
            .zip(fixed)
            .filter(|(_, f)| f.is_none())
            .map(|(w, _)| w)
            .sum();
        weights
            .iter()
            .zip(fixed)
            .map(|(w, f)| f.unwrap_or(w / free.max(0.01) * (CONTENT_WIDTH - taken)))
            .collect()
    };
    let mut mins = mins_at(TABLE_SIZE);
    if mins.iter().sum::<f32>() >= CONTENT_WIDTH {
        mins = mins_at(MIN_HEADER_SIZE);
    }
    if mins.iter().sum::<f32>() >= CONTENT_WIDTH {
        return proportional(&vec![None; weights.len()]);
    }
    let mut fixed: Vec<Option<f32>> = vec![None; weights.len()];
    loop {
        let widths = proportional(&fixed);
        let mut changed = false;
        for (i, (w, min)) in widths.iter().zip(&mins).enumerate() {
            if fixed[i].is_none() && w < min {
                fixed[i] = Some(*min);
                changed = true;
            }
        }
        if !changed {
            return widths;
        }
    }
}

/// The header size at which the longest word of `text` fits in `width`.
fn header_size(text: &str, width: f32, m: &Metrics) -> f32 {
    let widest = longest_word(text, TABLE_SIZE, m);
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
        links: cells.iter().map(|c| vec![None; c.len()]).collect(),
        sizes,
        cells,
        lines,
        emphasis: false,
        label: false,
        ty: NORMAL,
    }
}

/// A label row: its text across the table, bold, then its links.
fn prepare_label(
    text: &str,
    links: &[crate::report::document::Link],
    ty: Type,
    m: &Metrics,
) -> Prepared {
    let inner = CONTENT_WIDTH - 2.0 * PAD_X;
    let mut lines = wrap_plain(text, Face::Bold, inner, ty.size, m);
    let mut targets = vec![None; lines.len()];
    for link in links {
        let wrapped = wrap_plain(&link.text, Face::Regular, inner, ty.size, m);
        targets.extend(wrapped.iter().map(|_| Some(link.url.clone())));
        lines.extend(wrapped);
    }
    Prepared {
        links: vec![targets],
        lines: lines.len().max(1),
        cells: vec![lines],
        sizes: vec![ty.size],
        tones: vec![Tone::Normal],
        emphasis: false,
        label: true,
        ty,
    }
}

fn prepare_row(row: &Row, widths: &[f32], ty: Type, m: &Metrics) -> Prepared {
    if row.label {
        let first = row.cells.first();
        return prepare_label(
            first.map_or("", |c| c.text.as_str()),
            first.map_or(&[], |c| c.links.as_slice()),
            ty,
            m,
        );
    }
    let mut cells = Vec::with_capacity(widths.len());
    let mut links = Vec::with_capacity(widths.len());
    let mut tones = Vec::with_capacity(widths.len());
    for (i, w) in widths.iter().enumerate() {
        let cell = row.cells.get(i);
        let bold = row.emphasis || cell.is_some_and(|c| c.bold);
        let face = if bold { Face::Bold } else { Face::Regular };
        let text = cell.map_or("", |c| c.text.as_str());
        let inner = w - 2.0 * PAD_X;
        let mut lines = wrap_plain(text, face, inner, ty.size, m);
        let mut targets = vec![None; lines.len()];
        for link in cell.map_or(&[][..], |c| c.links.as_slice()) {
            let wrapped = wrap_plain(&link.text, Face::Regular, inner, ty.size, m);
            targets.extend(wrapped.iter().map(|_| Some(link.url.clone())));
            lines.extend(wrapped);
        }
        cells.push(lines);
        links.push(targets);
        tones.push(cell.map_or(Tone::Normal, |c| c.tone));
    }
    let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
    Prepared {
        sizes: vec![ty.size; cells.len()],
        cells,
        links,
        tones,
        lines,
        emphasis: row.emphasis,
        label: false,
        ty,
    }
}

impl Prepared {
    /// Height of `lines` of this row's lines, padding included.
    fn height_of(&self, lines: usize) -> f32 {
        lines as f32 * self.ty.leading + 2.0 * self.ty.pad_y
    }

    fn height(&self) -> f32 {
        self.height_of(self.lines)
    }
}

/// Height of the header plus the whole first row (plus the row after a leading label row),
/// at most `room`, which must share a page with a heading above. `place` keeps exactly this
/// much together, so a heading and a header never end a page without a body row.
pub fn lead_height(t: &Table, m: &Metrics, room: f32) -> f32 {
    if t.columns.is_empty() {
        return 0.0;
    }
    let widths = column_widths(t, m);
    let header = prepare_header(t, &widths, m);
    let rows: Vec<Prepared> = t
        .rows
        .iter()
        .take(SMALL_TABLE_ROWS.max(2))
        .map(|r| prepare_row(r, &widths, type_of(t), m))
        .collect();
    let caption_h = caption_lines(t, m).len() as f32 * CAPTION_LEADING
        + if t.caption.is_some() { 4.0 } else { 0.0 };
    lead(header.height(), &rows, t.rows.len(), caption_h, room)
}

/// What must share a page with what comes before the table: the whole of a small table, else
/// the header and the first row (with a leading label row, the row after it too).
fn lead(header_h: f32, rows: &[Prepared], count: usize, caption_h: f32, room: f32) -> f32 {
    if count <= SMALL_TABLE_ROWS {
        let whole = header_h + rows.iter().map(Prepared::height).sum::<f32>() + caption_h;
        if whole <= room * SMALL_TABLE {
            return whole;
        }
    }
    head_and_first(header_h, rows, room)
}

fn caption_lines(t: &Table, m: &Metrics) -> Vec<Line> {
    t.caption.as_ref().map_or(Vec::new(), |c| {
        wrap_plain(c, Face::Regular, CONTENT_WIDTH, SMALL_SIZE, m)
    })
}

/// Rows a table may have and still count as small (read whole, never split).
const SMALL_TABLE_ROWS: usize = 8;
const CAPTION_LEADING: f32 = 10.5;

fn head_and_first(header_h: f32, rows: &[Prepared], room: f32) -> f32 {
    let first = match rows {
        [label, next, ..] if label.label => label.height() + next.height(),
        [first, ..] => first.height(),
        [] => 0.0,
    };
    (header_h + first).min(room)
}

pub fn place(l: &mut Layout, t: &Table) {
    if t.columns.is_empty() {
        return;
    }
    let widths = column_widths(t, l.m);
    let header = prepare_header(t, &widths, l.m);
    let ty = type_of(t);
    let rows: Vec<Prepared> = t
        .rows
        .iter()
        .map(|r| prepare_row(r, &widths, ty, l.m))
        .collect();
    // The repeated form of each label row, drawn under the header on a continuation page.
    let repeats: Vec<Option<Prepared>> = t
        .rows
        .iter()
        .map(|r| {
            r.label.then(|| {
                let text = r
                    .cells
                    .get(1)
                    .filter(|c| !c.text.is_empty())
                    .or(r.cells.first());
                prepare_label(text.map_or("", |c| c.text.as_str()), &[], ty, l.m)
            })
        })
        .collect();
    let header_h = header.height();
    // The caption reads with the table: the last row keeps it on its page.
    let caption_lines = caption_lines(t, l.m);
    let caption_h = if caption_lines.is_empty() {
        0.0
    } else {
        4.0 + caption_lines.len() as f32 * CAPTION_LEADING
    };
    // A small table (the quick-wins matrix) is read whole: it moves to the next page rather
    // than split; a long one needs its header and first row together.
    l.ensure(lead(header_h, &rows, rows.len(), caption_h, l.page_room()));
    draw_row(l, &header, &widths, t, 0, header.lines, RowKind::Header);

    // The label row whose rows are being drawn (index into `rows`).
    let mut group: Option<usize> = None;
    let mut body = 0usize;
    for (index, row) in rows.iter().enumerate() {
        if row.label {
            group = Some(index);
        }
        // A fresh page: the header, and the group's label again unless this row is a label.
        let fresh_page = |l: &mut Layout| {
            l.new_page();
            draw_row(l, &header, &widths, t, 0, header.lines, RowKind::Header);
            if !row.label
                && let Some(repeat) = group.and_then(|g| repeats[g].as_ref())
            {
                draw_row(l, repeat, &widths, t, 0, repeat.lines, RowKind::Label);
            }
        };
        let page_room = l.page_room() - header_h;
        if row.label {
            // Never the last thing on a page: it goes with the whole next row (when that fits
            // a page at all).
            let with_next = row.height() + rows.get(index + 1).map_or(0.0, Prepared::height);
            if with_next > l.room() + 0.01 && with_next <= page_room {
                fresh_page(l);
            }
            draw_row(l, row, &widths, t, 0, row.lines, RowKind::Label);
            continue;
        }
        // No widow row: when the last row would go alone to the next page, the one before it
        // goes with it (the page before keeps at least one row).
        if index >= 1 && index + 2 == rows.len() && !rows[index + 1].label {
            let pair = row.height() + rows[index + 1].height();
            if row.height() <= l.room() + 0.01 && pair > l.room() + 0.01 && pair <= page_room {
                fresh_page(l);
            }
        }
        // The last row and the caption go together (when both fit a page).
        if index + 1 == rows.len()
            && caption_h > 0.0
            && row.height() <= l.room() + 0.01
            && row.height() + caption_h > l.room() + 0.01
            && row.height() + caption_h <= page_room
        {
            fresh_page(l);
        }
        let mut from = 0;
        while from < row.lines {
            let needed = row.height_of(row.lines - from);
            if needed <= l.room() + 0.01 {
                draw_row(l, row, &widths, t, from, row.lines, RowKind::Body(body));
                break;
            }
            let fit = ((l.room() - 2.0 * row.ty.pad_y) / row.ty.leading)
                .floor()
                .max(0.0) as usize;
            if (from == 0 && needed <= page_room) || fit < 2 {
                fresh_page(l);
                continue;
            }
            draw_row(l, row, &widths, t, from, from + fit, RowKind::Body(body));
            from += fit;
            fresh_page(l);
        }
        body += 1;
    }

    if !caption_lines.is_empty() {
        l.y += 4.0;
        l.flow(
            &caption_lines,
            MARGIN_LEFT,
            SMALL_SIZE,
            CAPTION_LEADING,
            MUTED,
        );
    }
}

/// Share of a page below which a table is never split.
const SMALL_TABLE: f32 = 0.3;

#[derive(Clone, Copy)]
enum RowKind {
    Header,
    Label,
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
    let h = row.height_of(to - from);
    let Type { leading, pad_y, .. } = row.ty;
    let top = l.y;
    let background = match kind {
        RowKind::Header => Some(ACCENT),
        RowKind::Label => Some(ACCENT_LIGHT),
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
    let full = [CONTENT_WIDTH];
    let widths = if row.label { &full[..] } else { widths };
    let mut x = MARGIN_LEFT;
    for (col, width) in widths.iter().enumerate() {
        let align = if row.label {
            Align::Left
        } else {
            t.columns[col].align
        };
        let color = match kind {
            RowKind::Header => WHITE,
            RowKind::Label => ACCENT,
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
            let line_top = top + pad_y + (n - from) as f32 * leading;
            let size = row.sizes[col];
            let link = row.links[col].get(n).cloned().flatten();
            let color = if link.is_some() { LINK } else { color };
            l.draw_line(line, lx, baseline(line_top, leading, size), size, color);
            if let Some(url) = link {
                l.push(Item::Link {
                    x: lx,
                    y: line_top,
                    w: line.width,
                    h: leading,
                    target: Target::Uri(url),
                });
            }
        }
        x += width;
    }
    if let RowKind::Body(_) | RowKind::Label = kind {
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
