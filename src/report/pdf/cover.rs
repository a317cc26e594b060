//! The cover page: a band in the accent colour holding the title and subtitle, then the facts
//! (assessment, teams, date, author) as small labels over larger values, and an optional note
//! at the foot of the page.

use super::fonts::{Face, Metrics};
use super::layout::baseline;
use super::page::Item;
use super::style::{
    ACCENT, ACCENT_LIGHT, CONTENT_WIDTH, MARGIN_LEFT, MUTED, PAGE_HEIGHT, PAGE_WIDTH, Rgb,
    SMALL_SIZE, TEXT, WHITE, mm,
};
use super::text::{Line, ellipsize, wrap_plain};
use crate::report::document::{Cover, Document};

const BAND_HEIGHT: f32 = mm(112.0);
const MAX_VALUE_LINES: usize = 9;

/// Type size, line height and colour of one kind of cover text.
#[derive(Clone, Copy)]
struct Look(f32, f32, Rgb);

/// Draws `lines` from `top` down; returns the y under the last line.
fn push_lines(items: &mut Vec<Item>, lines: &[Line], top: f32, look: Look, m: &Metrics) -> f32 {
    let Look(size, leading, color) = look;
    let x = MARGIN_LEFT;
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

pub fn draw(c: &Cover, doc: &Document, m: &Metrics) -> Vec<Item> {
    let mut items = vec![
        Item::Rect {
            x: 0.0,
            y: 0.0,
            w: PAGE_WIDTH,
            h: BAND_HEIGHT,
            fill: Some(ACCENT),
            stroke: None,
        },
        Item::Rect {
            x: 0.0,
            y: BAND_HEIGHT,
            w: PAGE_WIDTH,
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
    let mut title_lines = wrap_plain(title, Face::Bold, CONTENT_WIDTH, 28.0, m);
    title_lines.truncate(4);
    let subtitle = c.subtitle.as_deref().or(doc.subtitle.as_deref());
    let mut subtitle_lines = subtitle.map_or_else(Vec::new, |s| {
        wrap_plain(s, Face::Regular, CONTENT_WIDTH, 14.0, m)
    });
    subtitle_lines.truncate(3);
    // Title block sits on the band's lower part, whatever its number of lines.
    let block = title_lines.len() as f32 * 34.0 + subtitle_lines.len() as f32 * 19.0 + 8.0;
    let top = BAND_HEIGHT - mm(18.0) - block;
    let y = push_lines(&mut items, &title_lines, top, Look(28.0, 34.0, WHITE), m);
    push_lines(
        &mut items,
        &subtitle_lines,
        y + 8.0,
        Look(14.0, 19.0, ACCENT_LIGHT),
        m,
    );

    let mut y = BAND_HEIGHT + mm(20.0);
    let foot = PAGE_HEIGHT - mm(32.0);
    for (label, value) in &c.facts {
        if y > foot - 40.0 {
            break;
        }
        let label = ellipsize(&label.to_uppercase(), Face::Bold, CONTENT_WIDTH, 7.8, m);
        let width = m.width(&label, Face::Bold, 7.8);
        items.push(Item::Text {
            x: MARGIN_LEFT,
            y: y + 8.0,
            size: 7.8,
            face: Face::Bold,
            color: MUTED,
            text: label,
            width,
        });
        y += 13.0;
        let mut lines = wrap_plain(value, Face::Regular, CONTENT_WIDTH, 12.5, m);
        if lines.len() > MAX_VALUE_LINES {
            let rest: Vec<String> = lines[MAX_VALUE_LINES - 1..]
                .iter()
                .map(Line::text)
                .collect();
            let last = ellipsize(&rest.join(" "), Face::Regular, CONTENT_WIDTH, 12.5, m);
            lines.truncate(MAX_VALUE_LINES - 1);
            lines.extend(wrap_plain(
                &last,
                Face::Regular,
                CONTENT_WIDTH + 1.0,
                12.5,
                m,
            ));
        }
        y = push_lines(&mut items, &lines, y, Look(12.5, 17.0, TEXT), m) + 14.0;
    }

    if let Some(note) = &c.note {
        let lines = wrap_plain(note, Face::Regular, CONTENT_WIDTH, SMALL_SIZE, m);
        let lines = &lines[..lines.len().min(4)];
        let top = foot + mm(14.0) - lines.len() as f32 * 11.0;
        items.push(Item::Path {
            points: vec![(MARGIN_LEFT, top - 6.0), (MARGIN_LEFT + 42.0, top - 6.0)],
            closed: false,
            stroke: super::page::Stroke::solid(ACCENT, 1.5),
        });
        push_lines(&mut items, lines, top, Look(SMALL_SIZE, 11.0, MUTED), m);
    }
    items
}
