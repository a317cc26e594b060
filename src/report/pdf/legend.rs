//! Chart furniture shared by the radar and bar charts: the title line, and legends (one entry
//! per series: line sample with its dash, its marker, its name), laid out in as many columns as
//! the longest name allows.

use super::fonts::{Face, Metrics};
use super::page::{Item, Stroke};
use super::style::{Marker, Rgb, TEXT};
use super::text::ellipsize;

/// A chart's title on its first line, cut with "…" to the chart's width.
pub fn title(title: &str, width: f32, m: &Metrics) -> Item {
    let text = ellipsize(title, Face::Bold, width, 10.5, m);
    let w = m.width(&text, Face::Bold, 10.5);
    Item::Text {
        x: 0.0,
        y: 12.0,
        size: 10.5,
        face: Face::Bold,
        color: TEXT,
        text,
        width: w,
    }
}

const SIZE: f32 = 8.5;
const ROW: f32 = 14.0;
const SAMPLE: f32 = 26.0;

/// How an entry's sample is drawn.
pub struct Entry {
    pub name: String,
    pub color: Rgb,
    pub dash: &'static [f32],
    pub line_width: f32,
    pub marker: Option<Marker>,
}

/// Items of the legend, from y = 0 down, and its height.
pub fn draw(entries: &[Entry], m: &Metrics, width: f32) -> (Vec<Item>, f32) {
    if entries.is_empty() {
        return (Vec::new(), 0.0);
    }
    let longest = entries
        .iter()
        .map(|e| m.width(&e.name, Face::Regular, SIZE))
        .fold(0.0, f32::max);
    let cell = SAMPLE + 6.0 + longest + 16.0;
    let columns = ((width / cell).floor() as usize)
        .clamp(1, 4)
        .min(entries.len());
    let cell = width / columns as f32;
    let rows = entries.len().div_ceil(columns);
    let mut items = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        // Column-major, so a reader goes down the first column first.
        let (col, row) = (i / rows, i % rows);
        let x = col as f32 * cell;
        let mid = row as f32 * ROW + ROW / 2.0;
        items.push(Item::Path {
            points: vec![(x + 1.0, mid), (x + SAMPLE - 1.0, mid)],
            closed: false,
            stroke: Stroke {
                color: e.color,
                width: e.line_width,
                dash: e.dash,
            },
        });
        if let Some(kind) = e.marker {
            items.push(Item::Marker {
                x: x + SAMPLE / 2.0,
                y: mid,
                size: 5.5,
                kind,
                color: e.color,
            });
        }
        let name = ellipsize(&e.name, Face::Regular, cell - SAMPLE - 10.0, SIZE, m);
        let name_width = m.width(&name, Face::Regular, SIZE);
        items.push(Item::Text {
            x: x + SAMPLE + 5.0,
            y: mid + SIZE * 0.36,
            size: SIZE,
            face: Face::Regular,
            color: TEXT,
            text: name,
            width: name_width,
        });
    }
    (items, rows as f32 * ROW)
}
