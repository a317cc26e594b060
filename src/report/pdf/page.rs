//! Laid-out pages: positioned text and shapes in points, y growing downwards from the top edge.
//! Layout produces these; `emit` turns them into PDF operations. Keeping this step in between
//! lets tests check geometry (nothing past a margin) and lets the font be trimmed to exactly
//! the characters drawn.

use super::fonts::Face;
use super::style::{Marker, Rgb};

/// Outline of a path: colour, thickness and dash pattern (empty = solid).
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub color: Rgb,
    pub width: f32,
    pub dash: &'static [f32],
}

impl Stroke {
    pub fn solid(color: Rgb, width: f32) -> Stroke {
        Stroke {
            color,
            width,
            dash: &[],
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `y` is the baseline; `width` the measured advance, kept for geometry checks.
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: String,
        width: f32,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
    /// An open or closed polyline.
    Path {
        points: Vec<(f32, f32)>,
        closed: bool,
        stroke: Stroke,
    },
    /// A filled polygon; `opacity` below 1 lets what is under it show through.
    Fill {
        points: Vec<(f32, f32)>,
        color: Rgb,
        opacity: f32,
    },
    /// A data-point marker centred on (x, y), `size` points across.
    Marker {
        x: f32,
        y: f32,
        size: f32,
        kind: Marker,
        color: Rgb,
    },
    /// A clickable area (top-left corner, width, height); paints nothing.
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        target: Target,
    },
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A web address.
    Uri(String),
    /// A page of this document, 1-based.
    Page(usize),
}

impl Item {
    pub fn translate(&mut self, dx: f32, dy: f32) {
        let shift = |points: &mut Vec<(f32, f32)>| {
            for p in points.iter_mut() {
                p.0 += dx;
                p.1 += dy;
            }
        };
        match self {
            Item::Text { x, y, .. }
            | Item::Rect { x, y, .. }
            | Item::Marker { x, y, .. }
            | Item::Link { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Item::Path { points, .. } | Item::Fill { points, .. } => shift(points),
        }
    }

    /// Horizontal extent (left, right) of what this item paints.
    pub fn x_extent(&self) -> (f32, f32) {
        match self {
            Item::Text { x, width, .. } => (*x, x + width),
            Item::Rect { x, w, .. } | Item::Link { x, w, .. } => (*x, x + w),
            Item::Marker { x, size, .. } => (x - size / 2.0, x + size / 2.0),
            Item::Path { points, .. } | Item::Fill { points, .. } => {
                points.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
                    (lo.min(p.0), hi.max(p.0))
                })
            }
        }
    }
}

/// One page's items, painted in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
    /// Cover pages get no running header or page number.
    pub is_cover: bool,
    /// Chapter titles starting on this page, for the PDF outline (the viewer's sidebar).
    pub bookmarks: Vec<String>,
}

impl Page {
    /// The page's text in drawing order, one string per text item (for tests and debugging).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|item| match item {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}
