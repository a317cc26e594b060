//! Horizontal grouped bar chart: one group per category (name on the left), one bar per series
//! ending in the series' marker (so bars stay apart in grayscale), the target as a dark tick
//! across each group, a value scale on top and a legend underneath. Bars get thinner as
//! series multiply; a chart taller than a page is cut into several, between groups.

use super::fonts::{Face, Metrics};
use super::layout::Chart;
use super::legend::{self, Entry};
use super::page::{Item, Stroke};
use super::style::{GRID, MUTED, TARGET, TEXT, ZEBRA, series_style};
use super::text::{Line, ellipsize, wrap_plain};
use crate::report::document::BarChart;

const LABEL_SIZE: f32 = 8.3;
const LABEL_LEADING: f32 = 10.0;
const GROUP_PAD: f32 = 5.0;
const SCALE_HEIGHT: f32 = 16.0;

/// The chart scale, repaired when the caller's bounds are not finite or not increasing.
pub fn scale_bounds(min: f64, max: f64) -> (f64, f64) {
    let min = if min.is_finite() { min } else { 0.0 };
    let max = if max.is_finite() && max > min {
        max
    } else {
        min + 1.0
    };
    (min, max)
}

/// Round steps for a value scale spanning `span`: about five to ten ticks.
pub fn scale_step(span: f64) -> f64 {
    let magnitude = 10f64.powf(span.abs().max(1e-9).log10().floor());
    [0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|s| s * magnitude)
        .find(|s| span / s <= 6.0)
        .unwrap_or(magnitude * 10.0)
}

/// Draws `b` as one or more charts, each no taller than `max_height`.
pub fn draw(b: &BarChart, m: &Metrics, width: f32, max_height: f32) -> Vec<Chart> {
    if b.categories.is_empty() || (b.series.is_empty() && b.target.is_none()) {
        return Vec::new();
    }
    let (min, max) = scale_bounds(b.min, b.max);
    let label_width = (width * 0.3).min(150.0);
    let x0 = label_width + 10.0;
    let x1 = width - 24.0;
    let x_of = |v: f64| x0 + (x1 - x0) * ((v - min) / (max - min)).clamp(0.0, 1.0) as f32;
    let count = b.series.len().max(1);
    let bar = (6.5 - 0.35 * count as f32).max(3.0);
    let gap = (bar * 0.35).max(1.2);

    let entries: Vec<Entry> = b
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let style = series_style(i);
            Entry {
                name: s.name.clone(),
                color: style.color,
                dash: &[],
                line_width: 5.0,
                marker: Some(style.marker),
            }
        })
        .chain(b.target.iter().map(|t| Entry {
            name: t.name.clone(),
            color: TARGET,
            dash: &[],
            line_width: 1.3,
            marker: None,
        }))
        .collect();
    let (legend_items, legend_height) = legend::draw(&entries, m, width);
    let title_height = if b.title.is_some() { 20.0 } else { 0.0 };
    let fixed = title_height + SCALE_HEIGHT + 12.0 + legend_height;

    let groups: Vec<(Vec<Line>, f32)> = b
        .categories
        .iter()
        .map(|name| {
            let mut lines = wrap_plain(name, Face::Regular, label_width, LABEL_SIZE, m);
            if lines.len() > 2 {
                let rest: Vec<String> = lines[1..].iter().map(Line::text).collect();
                let last = ellipsize(&rest.join(" "), Face::Regular, label_width, LABEL_SIZE, m);
                lines.truncate(1);
                lines.extend(wrap_plain(
                    &last,
                    Face::Regular,
                    label_width + 1.0,
                    LABEL_SIZE,
                    m,
                ));
            }
            let bars_height = count as f32 * (bar + gap) - gap;
            let h = (lines.len() as f32 * LABEL_LEADING).max(bars_height) + 2.0 * GROUP_PAD;
            (lines, h)
        })
        .collect();

    let mut charts = Vec::new();
    let mut start = 0;
    while start < groups.len() {
        let mut end = start;
        let mut used = fixed;
        while end < groups.len() && (end == start || used + groups[end].1 <= max_height) {
            used += groups[end].1;
            end += 1;
        }
        let mut items = Vec::new();
        if let Some(title) = &b.title {
            items.push(legend::title(title, width, m));
        }
        let scale_top = title_height;
        let groups_top = scale_top + SCALE_HEIGHT;
        let groups_height: f32 = groups[start..end].iter().map(|g| g.1).sum();
        // Scale: tick values on top, light vertical lines through all groups.
        let step = scale_step(max - min);
        let mut v = min;
        while v <= max + 1e-9 {
            let x = x_of(v);
            let text = if (v - v.round()).abs() < 1e-9 {
                format!("{v:.0}")
            } else {
                format!("{v:.1}")
            };
            let w = m.width(&text, Face::Regular, 7.0);
            items.push(Item::Text {
                x: x - w / 2.0,
                y: scale_top + 9.0,
                size: 7.0,
                face: Face::Regular,
                color: MUTED,
                text,
                width: w,
            });
            items.push(Item::Path {
                points: vec![(x, groups_top), (x, groups_top + groups_height)],
                closed: false,
                stroke: Stroke::solid(GRID, if (v - min).abs() < 1e-9 { 0.9 } else { 0.5 }),
            });
            v += step;
        }
        let mut y = groups_top;
        for (g, (lines, h)) in groups.iter().enumerate().take(end).skip(start) {
            let label_top = y + (h - lines.len() as f32 * LABEL_LEADING) / 2.0;
            for (k, line) in lines.iter().enumerate() {
                let baseline =
                    label_top + k as f32 * LABEL_LEADING + LABEL_LEADING / 2.0 + LABEL_SIZE * 0.36;
                let text = line.text();
                let w = m.width(&text, Face::Regular, LABEL_SIZE);
                items.push(Item::Text {
                    x: 0.0,
                    y: baseline,
                    size: LABEL_SIZE,
                    face: Face::Regular,
                    color: TEXT,
                    text,
                    width: w,
                });
            }
            let bars_top = y + (h - (count as f32 * (bar + gap) - gap)) / 2.0;
            for (i, series) in b.series.iter().enumerate() {
                let Some(value) = series
                    .values
                    .get(g)
                    .copied()
                    .flatten()
                    .filter(|v| v.is_finite())
                else {
                    continue;
                };
                let style = series_style(i);
                let top = bars_top + i as f32 * (bar + gap);
                let end_x = x_of(value);
                items.push(Item::Rect {
                    x: x0,
                    y: top,
                    w: end_x - x0,
                    h: bar,
                    fill: Some(style.color),
                    stroke: None,
                });
                // Centred on the bar's end, so the marker reads as the value, not past it.
                items.push(Item::Marker {
                    x: end_x,
                    y: top + bar / 2.0,
                    size: bar + 1.5,
                    kind: style.marker,
                    color: style.color,
                });
            }
            if let Some(value) = b
                .target
                .as_ref()
                .and_then(|t| t.values.get(g).copied().flatten().filter(|v| v.is_finite()))
            {
                let x = x_of(value);
                items.push(Item::Path {
                    points: vec![(x, y + 2.0), (x, y + h - 2.0)],
                    closed: false,
                    stroke: Stroke::solid(TARGET, 1.3),
                });
            }
            items.push(Item::Path {
                points: vec![(0.0, y + h), (width, y + h)],
                closed: false,
                stroke: Stroke::solid(ZEBRA, 0.6),
            });
            y += h;
        }
        let legend_top = y + 12.0;
        for item in &legend_items {
            let mut item = item.clone();
            item.translate(0.0, legend_top);
            items.push(item);
        }
        charts.push(Chart {
            items,
            height: legend_top + legend_height,
        });
        start = end;
    }
    charts
}
