//! Boxed blocks: key figures (a row of tinted boxes with a big value) and callouts (a tinted
//! box with an accent bar). Both move to the next page whole.

use super::fonts::{Face, Metrics};
use super::layout::{Layout, baseline};
use super::page::Item;
use super::style::{
    ACCENT, ACCENT_LIGHT, BAD, BLOCK_GAP, BODY_LEADING, BODY_SIZE, CONTENT_WIDTH, MARGIN_LEFT,
    MUTED, TEXT,
};
use super::text::{Line, Run, ellipsize, wrap, wrap_plain};
use crate::report::document::{KeyFigure, Span};

const FIGURE_GAP: f32 = 8.0;
const FIGURE_PAD: f32 = 9.0;

fn figure_columns(count: usize) -> usize {
    match count {
        0..=4 => count.max(1),
        5 | 6 | 9 => 3,
        _ => 4,
    }
}

struct FigureText {
    label: Vec<Line>,
    detail: Vec<Line>,
    warning: Vec<Line>,
}

fn figure_text(f: &KeyFigure, m: &Metrics, width: f32) -> FigureText {
    let inner = width - 2.0 * FIGURE_PAD - 3.0;
    FigureText {
        label: wrap_plain(&f.label, Face::Regular, inner, 8.5, m),
        detail: f
            .detail
            .as_deref()
            .map_or_else(Vec::new, |d| wrap_plain(d, Face::Regular, inner, 8.0, m)),
        warning: f
            .warning
            .as_deref()
            .map_or_else(Vec::new, |d| wrap_plain(d, Face::Bold, inner, 8.0, m)),
    }
}

fn figure_height(t: &FigureText) -> f32 {
    2.0 * FIGURE_PAD
        + 24.0
        + t.label.len() as f32 * 11.0
        + (t.detail.len() + t.warning.len()) as f32 * 10.0
}

pub fn figure_row_height(row: &[KeyFigure], m: &Metrics, width: f32) -> f32 {
    row.iter()
        .map(|f| figure_height(&figure_text(f, m, width)))
        .fold(0.0, f32::max)
}

pub fn key_figures(l: &mut Layout, figures: &[KeyFigure]) {
    let cols = figure_columns(figures.len());
    let width = (CONTENT_WIDTH - FIGURE_GAP * (cols - 1) as f32) / cols as f32;
    for row in figures.chunks(cols) {
        let texts: Vec<FigureText> = row.iter().map(|f| figure_text(f, l.m, width)).collect();
        let height = texts.iter().map(figure_height).fold(0.0, f32::max);
        l.ensure(height);
        let top = l.y;
        for (i, (figure, text)) in row.iter().zip(&texts).enumerate() {
            let x = MARGIN_LEFT + i as f32 * (width + FIGURE_GAP);
            l.push(Item::Rect {
                x,
                y: top,
                w: width,
                h: height,
                fill: Some(ACCENT_LIGHT),
                stroke: None,
            });
            l.push(Item::Rect {
                x,
                y: top,
                w: 3.0,
                h: height,
                fill: Some(if figure.warning.is_some() {
                    BAD
                } else {
                    ACCENT
                }),
                stroke: None,
            });
            let inner_x = x + 3.0 + FIGURE_PAD;
            let value = ellipsize(
                &figure.value,
                Face::Bold,
                width - 2.0 * FIGURE_PAD - 3.0,
                17.0,
                l.m,
            );
            let value_line = Line {
                width: l.m.width(&value, Face::Bold, 17.0),
                runs: vec![Run {
                    text: value,
                    face: Face::Bold,
                }],
            };
            let mut y = top + FIGURE_PAD;
            l.draw_line(&value_line, inner_x, y + 17.0, 17.0, ACCENT);
            y += 24.0;
            for line in &text.label {
                l.draw_line(line, inner_x, baseline(y, 11.0, 8.5), 8.5, TEXT);
                y += 11.0;
            }
            for line in &text.detail {
                l.draw_line(line, inner_x, baseline(y, 10.0, 8.0), 8.0, MUTED);
                y += 10.0;
            }
            for line in &text.warning {
                l.draw_line(line, inner_x, baseline(y, 10.0, 8.0), 8.0, BAD);
                y += 10.0;
            }
        }
        l.y = top + height + FIGURE_GAP;
    }
    l.gap(BLOCK_GAP - FIGURE_GAP + 4.0);
}

const CALLOUT_PAD: f32 = 10.0;

fn callout_lines(title: Option<&str>, text: &[Span], m: &Metrics) -> (Vec<Line>, Vec<Line>) {
    let inner = CONTENT_WIDTH - 2.0 * CALLOUT_PAD - 3.0;
    let title = title.map_or_else(Vec::new, |t| wrap_plain(t, Face::Bold, inner, 10.5, m));
    (title, wrap(text, inner, BODY_SIZE, m))
}

pub fn callout_height(title: Option<&str>, text: &[Span], m: &Metrics) -> f32 {
    let (t, b) = callout_lines(title, text, m);
    2.0 * CALLOUT_PAD + t.len() as f32 * 15.0 + b.len() as f32 * BODY_LEADING
}

pub fn callout(l: &mut Layout, title: Option<&str>, text: &[Span]) {
    let (title_lines, body) = callout_lines(title, text, l.m);
    let height = callout_height(title, text, l.m);
    let x = MARGIN_LEFT + 3.0 + CALLOUT_PAD;
    if height > l.page_room() {
        // Too long for a box on one page: flow it as plain text instead.
        for line in [title_lines, body] {
            l.flow(&line, MARGIN_LEFT, BODY_SIZE, BODY_LEADING, TEXT);
        }
        l.gap(BLOCK_GAP);
        return;
    }
    l.ensure(height);
    let top = l.y;
    l.push(Item::Rect {
        x: MARGIN_LEFT,
        y: top,
        w: CONTENT_WIDTH,
        h: height,
        fill: Some(ACCENT_LIGHT),
        stroke: None,
    });
    l.push(Item::Rect {
        x: MARGIN_LEFT,
        y: top,
        w: 3.0,
        h: height,
        fill: Some(ACCENT),
        stroke: None,
    });
    let mut y = top + CALLOUT_PAD;
    for line in &title_lines {
        l.draw_line(line, x, baseline(y, 15.0, 10.5), 10.5, ACCENT);
        y += 15.0;
    }
    for line in &body {
        l.draw_line(
            line,
            x,
            baseline(y, BODY_LEADING, BODY_SIZE),
            BODY_SIZE,
            TEXT,
        );
        y += BODY_LEADING;
    }
    l.y = top + height;
    l.gap(BLOCK_GAP + 4.0);
}
