//! The radar (spider) chart: level rings with their numbers, one spoke per axis with its name
//! outside the outer ring, one outlined polygon per series with its own colour, dash and
//! marker, the target as a dark dashed outline, and a legend underneath.
//!
//! Axis names wrap to at most three lines; names that would still collide with a neighbour
//! are pushed apart vertically, and the chart grows to hold them.

use std::f32::consts::PI;

use super::fonts::{Face, Metrics};
use super::layout::Chart;
use super::legend::{self, Entry};
use super::page::{Item, Stroke};
use super::style::{GRID, MUTED, Rgb, TARGET, TEXT, WHITE, series_style};
use super::text::{Line, Run, ellipsize, wrap_plain};
use crate::report::document::{Radar, Series};

const LABEL_SIZE: f32 = 8.3;
const LABEL_LEADING: f32 = 10.0;
const LABEL_WIDTH: f32 = 96.0;
const LABEL_GAP: f32 = 9.0;
const TARGET_DASH: &[f32] = &[7.0, 3.0];

struct Label {
    lines: Vec<Line>,
    /// Box: left, top, width, height.
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    /// -1 right-aligned (left side), 0 centred, 1 left-aligned (right side).
    align: i8,
}

fn label_lines(name: &str, m: &Metrics) -> Vec<Line> {
    let mut lines = wrap_plain(name, Face::Regular, LABEL_WIDTH, LABEL_SIZE, m);
    if lines.len() > 3 {
        let rest: Vec<String> = lines[2..].iter().map(Line::text).collect();
        let last = ellipsize(&rest.join(" "), Face::Regular, LABEL_WIDTH, LABEL_SIZE, m);
        lines.truncate(2);
        lines.push(Line {
            width: m.width(&last, Face::Regular, LABEL_SIZE),
            runs: vec![Run {
                text: last,
                face: Face::Regular,
            }],
        });
    }
    lines
}

/// Pushes overlapping label boxes apart vertically, the upper one up and the lower one down.
fn separate(labels: &mut [Label]) {
    for _ in 0..60 {
        let mut moved = false;
        for i in 0..labels.len() {
            for j in (i + 1)..labels.len() {
                let (a, b) = (&labels[i], &labels[j]);
                let overlap_x = a.x < b.x + b.w + 4.0 && b.x < a.x + a.w + 4.0;
                let overlap_y = (a.y + a.h + 2.0).min(b.y + b.h + 2.0) - a.y.max(b.y);
                if overlap_x && overlap_y > 0.0 {
                    let shift = overlap_y / 2.0 + 0.1;
                    let (upper, lower) = if a.y + a.h / 2.0 <= b.y + b.h / 2.0 {
                        (i, j)
                    } else {
                        (j, i)
                    };
                    labels[upper].y -= shift;
                    labels[lower].y += shift;
                    moved = true;
                }
            }
        }
        if !moved {
            break;
        }
    }
}

pub fn draw(r: &Radar, m: &Metrics, width: f32) -> Chart {
    let n = r.axes.len();
    if n == 0 {
        return Chart {
            items: Vec::new(),
            height: 0.0,
        };
    }
    let (min, max) = super::bars::scale_bounds(r.min, r.max);
    let radius = (width / 2.0 - LABEL_GAP - LABEL_WIDTH).min(150.0);
    let cx = width / 2.0;
    let angle = |i: usize| -PI / 2.0 + i as f32 * 2.0 * PI / n as f32;
    let point = |i: usize, v: f64| {
        let share = ((v - min) / (max - min)).clamp(0.0, 1.0) as f32;
        let a = angle(i);
        (cx + radius * share * a.cos(), radius * share * a.sin())
    };
    let mut items = Vec::new();

    // Rings and spokes, centred on (cx, 0) for now; everything moves down at the end.
    let step = super::bars::scale_step(max - min);
    let mut level = min + step;
    while level <= max + 1e-9 {
        let points: Vec<(f32, f32)> = (0..n).map(|i| point(i, level)).collect();
        let outer = (level - max).abs() < 1e-9;
        items.push(Item::Path {
            points,
            closed: true,
            stroke: Stroke::solid(GRID, if outer { 0.9 } else { 0.5 }),
        });
        level += step;
    }
    for i in 0..n {
        items.push(Item::Path {
            points: vec![point(i, min), point(i, max)],
            closed: false,
            stroke: Stroke::solid(GRID, 0.5),
        });
    }

    let few = r.series.len() <= 3;
    let marker_size = if r.series.len() > 6 { 4.6 } else { 5.6 };
    for (index, series) in r.series.iter().enumerate() {
        let style = series_style(index);
        let points: Vec<Option<(f32, f32)>> = (0..n)
            .map(|i| {
                series
                    .values
                    .get(i)
                    .copied()
                    .flatten()
                    .filter(|v| v.is_finite())
                    .map(|v| point(i, v))
            })
            .collect();
        let stroke = Stroke {
            color: style.color,
            width: 1.5,
            dash: style.dash,
        };
        if few && points.iter().all(Option::is_some) {
            items.push(Item::Fill {
                points: points.iter().flatten().copied().collect(),
                color: style.color,
                opacity: 0.10,
            });
        }
        polygon(&mut items, &points, stroke);
        for p in points.iter().flatten() {
            items.push(Item::Marker {
                x: p.0,
                y: p.1,
                size: marker_size,
                kind: style.marker,
                color: style.color,
            });
        }
    }
    if let Some(target) = &r.target {
        let points: Vec<Option<(f32, f32)>> = (0..n)
            .map(|i| {
                target
                    .values
                    .get(i)
                    .copied()
                    .flatten()
                    .filter(|v| v.is_finite())
                    .map(|v| point(i, v))
            })
            .collect();
        polygon(
            &mut items,
            &points,
            Stroke {
                color: TARGET,
                width: 1.3,
                dash: TARGET_DASH,
            },
        );
    }

    // Ring numbers along the top spoke, on a small, mostly opaque white
    // patch drawn over the series, so the scale stays readable however many lines cross there.
    let mut level = min + step;
    while level <= max + 1e-9 {
        let text = format_level(level);
        let size = 7.0;
        let w = m.width(&text, Face::Regular, size);
        let (_, y) = point(0, level);
        let (x0, y0, x1, y1) = (cx + 2.0, y + 1.0, cx + w + 4.0, y + size + 2.0);
        items.push(Item::Fill {
            points: vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
            color: WHITE,
            opacity: 0.8,
        });
        items.push(Item::Text {
            x: cx + 3.0,
            y: y + 1.0 + size * 0.85,
            size,
            face: Face::Regular,
            color: MUTED,
            text,
            width: w,
        });
        level += step;
    }

    // Axis names outside the outer ring.
    let mut labels: Vec<Label> = (0..n)
        .map(|i| {
            let lines = label_lines(&r.axes[i], m);
            let a = angle(i);
            let (c, s) = (a.cos(), a.sin());
            let ax = cx + (radius + LABEL_GAP) * c;
            let ay = (radius + LABEL_GAP) * s;
            let w = lines.iter().map(|l| l.width).fold(0.0, f32::max);
            let h = lines.len() as f32 * LABEL_LEADING;
            let align = if c > 0.2 {
                1
            } else if c < -0.2 {
                -1
            } else {
                0
            };
            let x = match align {
                1 => ax,
                -1 => ax - w,
                _ => ax - w / 2.0,
            };
            let y = if s < -0.3 {
                ay - h
            } else if s > 0.3 {
                ay
            } else {
                ay - h / 2.0
            };
            Label {
                lines,
                x,
                y,
                w,
                h,
                align,
            }
        })
        .collect();
    separate(&mut labels);
    for label in &labels {
        for (k, line) in label.lines.iter().enumerate() {
            let x = match label.align {
                1 => label.x,
                -1 => label.x + label.w - line.width,
                _ => label.x + (label.w - line.width) / 2.0,
            };
            let baseline =
                label.y + k as f32 * LABEL_LEADING + LABEL_LEADING / 2.0 + LABEL_SIZE * 0.36;
            push_line(&mut items, line, x, baseline, LABEL_SIZE, TEXT, m);
        }
    }

    // Move everything below the title, then add the legend under the lowest label.
    let title_height = if r.title.is_some() { 20.0 } else { 0.0 };
    // The outer ring's corners lie on the axes; with few axes it stays well inside the circle.
    let ring_top = (0..n).map(|i| radius * angle(i).sin()).fold(0.0, f32::min);
    let ring_bottom = (0..n).map(|i| radius * angle(i).sin()).fold(0.0, f32::max);
    let top = labels.iter().map(|l| l.y).fold(ring_top, f32::min);
    let bottom = labels.iter().map(|l| l.y + l.h).fold(ring_bottom, f32::max);
    let shift = title_height + 4.0 - top;
    for item in &mut items {
        item.translate(0.0, shift);
    }
    if let Some(title) = &r.title {
        items.push(legend::title(title, width, m));
    }
    let legend_top = bottom + shift + 14.0;
    let (legend_items, legend_height) = legend::draw(&legend_entries(r), m, width);
    for mut item in legend_items {
        item.translate(0.0, legend_top);
        items.push(item);
    }
    Chart {
        items,
        height: legend_top + legend_height,
    }
}

fn legend_entries(r: &Radar) -> Vec<Entry> {
    let mut entries: Vec<Entry> = r
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let style = series_style(i);
            Entry {
                name: s.name.clone(),
                color: style.color,
                dash: style.dash,
                line_width: 1.5,
                marker: Some(style.marker),
            }
        })
        .collect();
    if let Some(Series { name, .. }) = &r.target {
        entries.push(Entry {
            name: name.clone(),
            color: TARGET,
            dash: TARGET_DASH,
            line_width: 1.3,
            marker: None,
        });
    }
    entries
}

/// Strokes the outline through the points that exist; a missing value breaks the outline.
fn polygon(items: &mut Vec<Item>, points: &[Option<(f32, f32)>], stroke: Stroke) {
    if points.iter().all(Option::is_some) {
        items.push(Item::Path {
            points: points.iter().flatten().copied().collect(),
            closed: true,
            stroke,
        });
        return;
    }
    let n = points.len();
    for i in 0..n {
        if let (Some(a), Some(b)) = (points[i], points[(i + 1) % n])
            && n > 1
        {
            items.push(Item::Path {
                points: vec![a, b],
                closed: false,
                stroke: stroke.clone(),
            });
        }
    }
}

fn format_level(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn push_line(
    items: &mut Vec<Item>,
    line: &Line,
    x: f32,
    baseline: f32,
    size: f32,
    color: Rgb,
    m: &Metrics,
) {
    let mut x = x;
    for run in &line.runs {
        let width = m.width(&run.text, run.face, size);
        items.push(Item::Text {
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
