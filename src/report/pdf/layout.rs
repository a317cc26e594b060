//! Page layout: flows a document's blocks down the pages. Owns the cursor and page breaking:
//! headings stay with the start of what follows, paragraphs and lists break between lines
//! (never leaving a lone first or last line behind), boxes and charts move whole to the next
//! page. Tables, heatmaps, charts, boxes and the cover have files of their own.
//!
//! A cover with a table of contents takes two passes: the first finds the page of every
//! chapter, the second draws the cover with them. The contents only ever fill the cover page,
//! so both passes break pages alike.

use super::fonts::{Face, Metrics};
use super::page::{Item, Page, Stroke};
use super::style::{
    ACCENT, BLOCK_GAP, BODY_LEADING, BODY_SIZE, CONTENT_WIDTH, HEADER_BASELINE, MARGIN_LEFT,
    MARGIN_RIGHT, MARGIN_TOP, MUTED, PAGE_WIDTH, RULE, Rgb, SMALL_SIZE, Sheet, TEXT, mm,
};
use super::text::{Line, wrap, wrap_plain};
use super::{bars, boxes, cover, heatmap, radar, table};
use crate::report::document::{Block, Document, Span};

/// The cursor over the pages being filled.
pub struct Layout<'m> {
    pub m: &'m Metrics,
    pub sheet: Sheet,
    pub pages: Vec<Page>,
    /// Top of the free space on the current page.
    pub y: f32,
    /// The next item starts a new page (after a page break or a cover).
    pending_break: bool,
}

impl<'m> Layout<'m> {
    pub fn new(m: &'m Metrics, sheet: Sheet) -> Layout<'m> {
        Layout {
            m,
            sheet,
            pages: Vec::new(),
            y: MARGIN_TOP,
            pending_break: true,
        }
    }

    /// Makes sure there is a page to draw on.
    fn open(&mut self) {
        if self.pending_break || self.pages.is_empty() {
            self.pages.push(Page::default());
            self.y = MARGIN_TOP;
            self.pending_break = false;
        }
    }

    pub fn new_page(&mut self) {
        self.pending_break = true;
        self.open();
    }

    /// Whether nothing has been placed on the current page's text area yet.
    pub fn at_top(&self) -> bool {
        self.pending_break || self.pages.is_empty() || self.y <= MARGIN_TOP + 0.01
    }

    /// Bottom of the text area.
    pub fn bottom(&self) -> f32 {
        self.sheet.content_bottom()
    }

    /// Height of a whole page's text area.
    pub fn page_room(&self) -> f32 {
        self.sheet.room()
    }

    /// Free height left on the current page.
    pub fn room(&self) -> f32 {
        if self.pending_break || self.pages.is_empty() {
            self.page_room()
        } else {
            self.bottom() - self.y
        }
    }

    /// Starts a new page unless `height` fits in what is left of this one. On an empty page
    /// nothing moves: the caller has to cope with content taller than a page.
    pub fn ensure(&mut self, height: f32) {
        if height > self.room() + 0.01 && !self.at_top() {
            self.new_page();
        }
        self.open();
    }

    /// Vertical space, dropped at the top of a page (it would only push content down).
    pub fn gap(&mut self, height: f32) {
        if !self.at_top() {
            self.y = (self.y + height).min(self.bottom());
        }
    }

    pub fn push(&mut self, item: Item) {
        self.open();
        self.pages
            .last_mut()
            .expect("open made a page")
            .items
            .push(item);
    }

    /// Draws `line` with its left edge at `x` and its baseline at `baseline`.
    pub fn draw_line(&mut self, line: &Line, x: f32, baseline: f32, size: f32, color: Rgb) {
        let mut x = x;
        for run in &line.runs {
            let width = self.m.width(&run.text, run.face, size);
            self.push(Item::Text {
                x,
                y: baseline,
                size,
                face: run.face,
                color,
                text: run.text.clone(),
                width,
            });
            x += width;
        }
    }

    /// Places lines one under the other from the cursor, breaking pages between lines. Keeps
    /// at least two lines together at the bottom of a page and at the top of the next.
    /// Returns the page index and top of the first line.
    pub fn flow(
        &mut self,
        lines: &[Line],
        x: f32,
        size: f32,
        leading: f32,
        color: Rgb,
    ) -> (usize, f32) {
        let mut first = None;
        let mut rest = lines;
        while !rest.is_empty() {
            self.open();
            let mut fit = ((self.room() + 0.01) / leading).floor() as usize;
            if fit < rest.len() {
                if rest.len() - fit == 1 && fit >= 3 {
                    fit -= 1;
                }
                if fit < 2.min(rest.len()) && !self.at_top() {
                    self.new_page();
                    continue;
                }
            }
            let count = fit.clamp(1, rest.len());
            first.get_or_insert((self.pages.len() - 1, self.y));
            for line in &rest[..count] {
                let baseline = baseline(self.y, leading, size);
                self.draw_line(line, x, baseline, size, color);
                self.y += leading;
            }
            rest = &rest[count..];
            if !rest.is_empty() {
                self.new_page();
            }
        }
        first.unwrap_or((self.pages.len().saturating_sub(1), self.y))
    }
}

/// Baseline that centres capitals of `size` in a line box of `leading` starting at `top`.
pub fn baseline(top: f32, leading: f32, size: f32) -> f32 {
    top + leading / 2.0 + size * 0.36
}

/// Size, leading, space before, space after and colour of a heading level.
fn heading_style(level: u8) -> (f32, f32, f32, f32, Rgb) {
    match level {
        0 | 1 => (18.0, 23.0, 20.0, 10.0, ACCENT),
        2 => (13.0, 17.0, 14.0, 4.0, ACCENT),
        _ => (10.8, 14.0, 9.0, 3.5, TEXT),
    }
}

pub fn layout(doc: &Document, m: &Metrics) -> Vec<Page> {
    let first = pass(doc, m, &[]);
    let wants_contents = doc
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Cover(c) if c.contents.is_some()));
    if !wants_contents {
        return first;
    }
    let entries: Vec<(String, usize)> = first
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.is_cover)
        .flat_map(|(i, p)| p.bookmarks.iter().map(move |t| (t.clone(), i + 1)))
        .collect();
    // A long appendix makes the first pass hundreds of megabytes: gone before the second.
    drop(first);
    pass(doc, m, &entries)
}

/// One layout of the whole document; `contents` are the chapters and pages the cover lists.
fn pass(doc: &Document, m: &Metrics, contents: &[(String, usize)]) -> Vec<Page> {
    let mut l = Layout::new(m, Sheet::of(doc.paper));
    for (i, block) in doc.blocks.iter().enumerate() {
        let next = doc.blocks.get(i + 1);
        place(&mut l, block, next, doc, contents);
    }
    if l.pages.is_empty() {
        l.open();
    }
    l.pages
}

fn place(
    l: &mut Layout,
    block: &Block,
    next: Option<&Block>,
    doc: &Document,
    contents: &[(String, usize)],
) {
    match block {
        Block::Cover(c) => {
            if !l.pages.is_empty() && !l.at_top() {
                l.new_page();
            }
            l.open();
            let items = cover::draw(c, doc, l.m, l.sheet, contents);
            let page = l.pages.last_mut().expect("open made a page");
            page.is_cover = true;
            page.items.extend(items);
            l.pending_break = true;
        }
        Block::Heading { level, text } => heading(l, *level, text, next),
        Block::Paragraph(spans) => {
            let lines = wrap(spans, CONTENT_WIDTH, BODY_SIZE, l.m);
            l.flow(&lines, MARGIN_LEFT, BODY_SIZE, BODY_LEADING, TEXT);
            l.gap(BLOCK_GAP);
        }
        Block::Bullets(items) => bullets(l, items),
        Block::KeyFigures(figures) => boxes::key_figures(l, figures),
        Block::Callout { title, text } => boxes::callout(l, title.as_deref(), text),
        Block::Table(t) => {
            table::place(l, t);
            l.gap(BLOCK_GAP + 4.0);
        }
        Block::Heatmap(h) => {
            heatmap::place(l, h);
            l.gap(BLOCK_GAP + 4.0);
        }
        Block::Note(text) => {
            let lines = wrap_plain(text, Face::Regular, CONTENT_WIDTH, SMALL_SIZE, l.m);
            l.flow(&lines, MARGIN_LEFT, SMALL_SIZE, 10.5, MUTED);
            l.gap(BLOCK_GAP);
        }
        Block::Radar(r) => {
            let chart = radar::draw(r, l.m, CONTENT_WIDTH);
            place_chart(l, chart);
        }
        Block::BarChart(b) => {
            for chart in bars::draw(b, l.m, CONTENT_WIDTH, l.page_room()) {
                place_chart(l, chart);
            }
        }
        Block::Spacer(height) => {
            let h = if height.is_finite() {
                mm(height.max(0.0))
            } else {
                0.0
            };
            if h > l.room() {
                l.new_page();
            } else {
                l.gap(h);
            }
        }
        Block::PageBreak => {
            if !l.at_top() {
                l.pending_break = true;
            }
        }
    }
}

/// Items drawn relative to (0, 0) with their total height.
pub struct Chart {
    pub items: Vec<Item>,
    pub height: f32,
}

fn place_chart(l: &mut Layout, chart: Chart) {
    l.ensure(chart.height);
    let top = l.y;
    for mut item in chart.items {
        item.translate(MARGIN_LEFT, top);
        l.push(item);
    }
    l.y += chart.height;
    l.gap(BLOCK_GAP + 4.0);
}

fn heading(l: &mut Layout, level: u8, text: &str, next: Option<&Block>) {
    let (size, leading, before, after, color) = heading_style(level);
    let lines = wrap_plain(text, Face::Bold, CONTENT_WIDTH, size, l.m);
    let own = lines.len() as f32 * leading + after + if level <= 1 { 4.0 } else { 0.0 };
    let keep = own + next.map_or(0.0, |b| lead_height(b, l.m, l.page_room()));
    if !l.at_top() && before + keep > l.room() {
        l.new_page();
    }
    l.gap(before);
    l.open();
    if level <= 1 {
        let page = l.pages.last_mut().expect("open made a page");
        page.bookmarks.push(text.to_string());
    }
    for line in &lines {
        let baseline = baseline(l.y, leading, size);
        l.draw_line(line, MARGIN_LEFT, baseline, size, color);
        l.y += leading;
    }
    if level <= 1 {
        l.y += 2.0;
        l.push(Item::Path {
            points: vec![(MARGIN_LEFT, l.y), (MARGIN_LEFT + 42.0, l.y)],
            closed: false,
            stroke: Stroke::solid(ACCENT, 2.0),
        });
        l.y += 2.0;
    }
    l.y += after;
}

/// The height of the part of `block` that must share a page with a heading above it, on pages
/// whose text area is `room` high.
fn lead_height(block: &Block, m: &Metrics, room: f32) -> f32 {
    let lines = |spans: &[Span], width: f32| wrap(spans, width, BODY_SIZE, m).len().min(3);
    match block {
        Block::Paragraph(spans) => lines(spans, CONTENT_WIDTH) as f32 * BODY_LEADING,
        Block::Bullets(items) => items.first().map_or(0.0, |i| {
            lines(i, CONTENT_WIDTH - BULLET_INDENT) as f32 * BODY_LEADING
        }),
        Block::Heading { level, .. } => {
            let (_, leading, before, after, _) = heading_style(*level);
            before + leading + after + 3.0 * BODY_LEADING
        }
        Block::KeyFigures(f) if !f.is_empty() => {
            boxes::figure_row_height(&f[..f.len().min(4)], m, 120.0)
        }
        Block::Callout { title, text } => {
            boxes::callout_height(title.as_deref(), text, m).min(160.0)
        }
        Block::Table(t) => table::lead_height(t, m, room),
        Block::Heatmap(h) => heatmap::lead_height(h, m).min(room),
        Block::Note(text) => {
            wrap_plain(text, Face::Regular, CONTENT_WIDTH, SMALL_SIZE, m)
                .len()
                .min(3) as f32
                * 10.5
        }
        Block::Radar(r) => radar::draw(r, m, CONTENT_WIDTH).height,
        Block::BarChart(b) => bars::draw(b, m, CONTENT_WIDTH, room)
            .first()
            .map_or(0.0, |c| c.height),
        _ => 3.0 * BODY_LEADING,
    }
}

const BULLET_INDENT: f32 = 14.0;

fn bullets(l: &mut Layout, items: &[Vec<Span>]) {
    for item in items {
        let lines = wrap(item, CONTENT_WIDTH - BULLET_INDENT, BODY_SIZE, l.m);
        if lines.is_empty() {
            continue;
        }
        let (page, top) = l.flow(
            &lines,
            MARGIN_LEFT + BULLET_INDENT,
            BODY_SIZE,
            BODY_LEADING,
            TEXT,
        );
        let bullet = Item::Text {
            x: MARGIN_LEFT + 3.0,
            y: baseline(top, BODY_LEADING, BODY_SIZE),
            size: BODY_SIZE,
            face: Face::Bold,
            color: ACCENT,
            text: "•".to_string(),
            width: l.m.width("•", Face::Bold, BODY_SIZE),
        };
        l.pages[page].items.push(bullet);
        l.y += 2.5;
    }
    l.gap(BLOCK_GAP - 2.5);
}

/// Adds the running header and "page N / M" to every page but the cover.
pub fn decorate(pages: &mut [Page], doc: &Document, m: &Metrics) {
    let total = pages.len();
    let footer = Sheet::of(doc.paper).footer_baseline();
    for (i, page) in pages.iter_mut().enumerate() {
        if page.is_cover {
            continue;
        }
        let size = SMALL_SIZE;
        let date = super::text::ellipsize(&doc.date, Face::Regular, CONTENT_WIDTH * 0.3, size, m);
        let date_width = m.width(&date, Face::Regular, size);
        let header = super::text::ellipsize(
            &doc.running_header,
            Face::Regular,
            CONTENT_WIDTH - date_width - 12.0,
            size,
            m,
        );
        let mut text = |x: f32, y: f32, text: String, color: Rgb| {
            let width = m.width(&text, Face::Regular, size);
            page.items.push(Item::Text {
                x,
                y,
                size,
                face: Face::Regular,
                color,
                text,
                width,
            });
        };
        text(MARGIN_LEFT, HEADER_BASELINE, header, MUTED);
        text(
            PAGE_WIDTH - MARGIN_RIGHT - date_width,
            HEADER_BASELINE,
            date,
            MUTED,
        );
        let number = format!("page {} / {}", i + 1, total);
        let number_width = m.width(&number, Face::Regular, size);
        text(
            PAGE_WIDTH - MARGIN_RIGHT - number_width,
            footer,
            number,
            MUTED,
        );
        let author =
            super::text::ellipsize(&doc.author, Face::Regular, CONTENT_WIDTH * 0.6, size, m);
        text(MARGIN_LEFT, footer, author, MUTED);
        page.items.push(Item::Path {
            points: vec![
                (MARGIN_LEFT, HEADER_BASELINE + 5.0),
                (PAGE_WIDTH - MARGIN_RIGHT, HEADER_BASELINE + 5.0),
            ],
            closed: false,
            stroke: Stroke::solid(RULE, 0.5),
        });
    }
}
