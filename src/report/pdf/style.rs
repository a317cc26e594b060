//! The look of the report in one place: page geometry, type sizes, colours and the styles that
//! keep chart series apart in colour and in grayscale print.
//!
//! Layout works in an A4-wide frame (`PAGE_WIDTH`, margins, `CONTENT_WIDTH`) whatever the
//! paper: a wider sheet centres that frame (`Sheet::x_offset`), a taller or shorter one moves
//! the bottom of the text area (`Sheet::content_bottom`).

/// Millimetres to points.
pub const fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

pub const PAGE_WIDTH: f32 = 595.276;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const MARGIN_LEFT: f32 = mm(22.0);
pub const MARGIN_RIGHT: f32 = mm(22.0);
/// Top of the text area; the running header sits above it.
pub const MARGIN_TOP: f32 = mm(26.0);
/// Bottom of the text area; the page number sits below it.
pub const MARGIN_BOTTOM: f32 = mm(24.0);
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
pub const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - MARGIN_BOTTOM;
pub const HEADER_BASELINE: f32 = mm(15.0);
pub const FOOTER_BASELINE: f32 = PAGE_HEIGHT - mm(13.0);

/// The sheet a document is printed on, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sheet {
    pub width: f32,
    pub height: f32,
}

impl Sheet {
    pub fn of(paper: crate::report::document::Paper) -> Sheet {
        match paper {
            crate::report::document::Paper::A4 => Sheet {
                width: PAGE_WIDTH,
                height: PAGE_HEIGHT,
            },
            crate::report::document::Paper::Letter => Sheet {
                width: 612.0,
                height: 792.0,
            },
        }
    }

    /// Bottom of the text area; the page number sits below it.
    pub fn content_bottom(self) -> f32 {
        self.height - MARGIN_BOTTOM
    }

    pub fn footer_baseline(self) -> f32 {
        self.height - mm(13.0)
    }

    /// How far the A4-wide layout frame moves right to sit centred on this sheet.
    pub fn x_offset(self) -> f32 {
        (self.width - PAGE_WIDTH) / 2.0
    }

    /// Height of the text area.
    pub fn room(self) -> f32 {
        self.content_bottom() - MARGIN_TOP
    }
}

pub const BODY_SIZE: f32 = 10.0;
pub const BODY_LEADING: f32 = 14.5;
pub const SMALL_SIZE: f32 = 8.0;
pub const TABLE_SIZE: f32 = 8.8;
pub const TABLE_LEADING: f32 = 11.8;
/// Space after a paragraph, list or table.
pub const BLOCK_GAP: f32 = 8.0;

/// An sRGB colour, 0–255 per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const TEXT: Rgb = Rgb(0x22, 0x2B, 0x33);
pub const MUTED: Rgb = Rgb(0x6B, 0x76, 0x80);
pub const ACCENT: Rgb = Rgb(0x0E, 0x5A, 0x7E);
pub const ACCENT_LIGHT: Rgb = Rgb(0xE4, 0xEF, 0xF5);
pub const RULE: Rgb = Rgb(0xC9, 0xD1, 0xD8);
pub const ZEBRA: Rgb = Rgb(0xF4, 0xF6, 0xF8);
pub const GOOD: Rgb = Rgb(0x1E, 0x7B, 0x4A);
pub const BAD: Rgb = Rgb(0xB3, 0x3A, 0x2B);
pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);
pub const GRID: Rgb = Rgb(0xD5, 0xDB, 0xE0);
pub const TARGET: Rgb = Rgb(0x33, 0x33, 0x33);
pub const LINK: Rgb = Rgb(0x0B, 0x5C, 0xAD);

/// Heatmap bins, best to worst (target met; ≤ 0.5, ≤ 1, ≤ 2 and > 2 below): `ColorBrewer`'s
/// `RdYlBu`, which stays distinguishable with the common colour-vision deficiencies, with the
/// text colour that reads on each.
pub const HEAT: [(Rgb, Rgb); 5] = [
    (Rgb(0x2C, 0x7B, 0xB6), WHITE),
    (Rgb(0xAB, 0xD9, 0xE9), TEXT),
    (Rgb(0xFF, 0xFF, 0xBF), TEXT),
    (Rgb(0xFD, 0xAE, 0x61), TEXT),
    (Rgb(0xD7, 0x19, 0x1C), WHITE),
];
/// A heatmap cell with nothing to show ("not assessed").
pub const HEAT_NONE: (Rgb, Rgb) = (Rgb(0xE6, 0xE8, 0xEB), MUTED);

/// The shape drawn at each data point of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
    Cross,
}

/// How one chart series is drawn: colour, dash pattern (points on, off…) and marker.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesStyle {
    pub color: Rgb,
    pub dash: &'static [f32],
    pub marker: Marker,
}

/// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), without its
/// yellow, which vanishes on white paper, plus two darker tones to reach eight.
const PALETTE: [Rgb; 8] = [
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0x00, 0x9E, 0x73),
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0x56, 0xB4, 0xE9),
    Rgb(0xE6, 0x9F, 0x00),
    Rgb(0x5D, 0x3A, 0x9B),
    Rgb(0x7A, 0x5C, 0x2E),
];
const MARKERS: [Marker; 6] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::TriangleDown,
    Marker::Cross,
];
const DASHES: [&[f32]; 5] = [
    &[],
    &[5.0, 2.5],
    &[1.2, 2.0],
    &[6.0, 2.0, 1.2, 2.0],
    &[3.0, 3.0],
];

/// The style of series `index`. Markers and dashes cycle with co-prime periods (6 and 5), so no
/// two of the first 30 series share both, and they stay apart printed in gray; colours add to it.
pub fn series_style(index: usize) -> SeriesStyle {
    SeriesStyle {
        color: PALETTE[index % PALETTE.len()],
        dash: DASHES[index % DASHES.len()],
        marker: MARKERS[index % MARKERS.len()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_series_all_differ_in_marker_or_dash() {
        for a in 0..12 {
            for b in (a + 1)..12 {
                let (sa, sb) = (series_style(a), series_style(b));
                assert!(
                    sa.marker != sb.marker || sa.dash != sb.dash,
                    "series {a} and {b} look alike in gray"
                );
            }
        }
    }
}
