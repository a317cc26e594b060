//! Laid-out pages to PDF bytes with printpdf 0.12: trims both fonts to the characters drawn,
//! converts items to operations (flipping y: printpdf's origin is bottom-left), sets the
//! metadata, and makes the output deterministic.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, ExtendedGraphicsState,
    ExtendedGraphicsStateId, FontId, HighlightingMode, Line, LineDashPattern, LinePoint,
    LinkAnnotation, Mm, Op, PageAnnotId, PageAnnotation, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem,
    WindingOrder,
};

use super::PdfError;
use super::fonts::{self, Face};
use super::page::{Item, Page, Stroke, Target};
use super::style::{Marker, PAGE_HEIGHT, Rgb, Sheet};
use crate::report::document::Document;

/// Characters drawn in each face, so each face is trimmed to exactly what the pages need.
fn used_chars(pages: &[Page]) -> BTreeMap<Face, BTreeSet<char>> {
    let mut used: BTreeMap<Face, BTreeSet<char>> = BTreeMap::new();
    for item in pages.iter().flat_map(|p| &p.items) {
        if let Item::Text { face, text, .. } = item {
            used.entry(*face).or_default().extend(text.chars());
        }
    }
    used
}

/// Loads a face into the document under a fixed id (printpdf's own ids are random per call,
/// which would make two renders of the same document differ).
fn add_face(doc: &mut PdfDocument, face: Face, chars: &BTreeSet<char>) -> Result<FontId, PdfError> {
    let (bytes, id, name) = match face {
        Face::Regular => (fonts::REGULAR_TTF, "F1", "DejaVuSans"),
        Face::Bold => (fonts::BOLD_TTF, "F2", "DejaVuSans-Bold"),
    };
    // A face that cannot be trimmed is embedded whole: bigger, but every glyph is there.
    let (program, name) = match fonts::trim(bytes, chars) {
        // The six-letter tag marks a subset font program (PDF 1.7, 9.6.4).
        Ok(trimmed) => (
            trimmed,
            format!("{}+{name}", &["DVSREG", "DVSBLD"][face as usize]),
        ),
        Err(_) => (bytes.to_vec(), name.to_string()),
    };
    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&program, 0, &mut warnings)
        .ok_or_else(|| PdfError(format!("cannot load the embedded {face:?} font")))?;
    parsed.font_name = Some(name);
    let id = FontId(id.to_string());
    doc.resources
        .fonts
        .map
        .insert(id.clone(), printpdf::font::PdfFont::new(parsed));
    Ok(id)
}

fn color(c: Rgb) -> Color {
    let f = |v: u8| f32::from(v) / 255.0;
    Color::Rgb(printpdf::Rgb::new(f(c.0), f(c.1), f(c.2), None))
}

/// Layout coordinates (y down from the top of an A4-high frame) to PDF ones (origin
/// bottom-left). `to_pdf` first moves every item so that this frame lands on the real sheet.
fn at(x: f32, y: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_HEIGHT - y),
    }
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: at(x, y),
        bezier: false,
    }
}

fn control(x: f32, y: f32) -> LinePoint {
    LinePoint {
        bezier: true,
        ..point(x, y)
    }
}

fn set_stroke(ops: &mut Vec<Op>, stroke: &Stroke) {
    ops.push(Op::SetOutlineColor {
        col: color(stroke.color),
    });
    ops.push(Op::SetOutlineThickness {
        pt: Pt(stroke.width),
    });
    ops.push(Op::SetLineDashPattern {
        dash: LineDashPattern::new(0.0, stroke.dash),
    });
}

fn fill(ops: &mut Vec<Op>, points: Vec<LinePoint>) {
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing { points }],
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    });
}

/// A circle as four cubic Béziers.
fn circle(x: f32, y: f32, r: f32) -> Vec<LinePoint> {
    let k = 0.552_284_8 * r;
    vec![
        point(x + r, y),
        control(x + r, y + k),
        control(x + k, y + r),
        point(x, y + r),
        control(x - k, y + r),
        control(x - r, y + k),
        point(x - r, y),
        control(x - r, y - k),
        control(x - k, y - r),
        point(x, y - r),
        control(x + k, y - r),
        control(x + r, y - k),
        point(x + r, y),
    ]
}

fn marker(ops: &mut Vec<Op>, kind: Marker, x: f32, y: f32, size: f32, c: Rgb) {
    let h = size / 2.0;
    ops.push(Op::SetFillColor { col: color(c) });
    let polygon = |pts: &[(f32, f32)]| pts.iter().map(|(px, py)| point(x + px, y + py)).collect();
    match kind {
        Marker::Circle => fill(ops, circle(x, y, h)),
        Marker::Square => fill(
            ops,
            polygon(&[
                (-h * 0.85, -h * 0.85),
                (h * 0.85, -h * 0.85),
                (h * 0.85, h * 0.85),
                (-h * 0.85, h * 0.85),
            ]),
        ),
        Marker::Triangle => fill(
            ops,
            polygon(&[(0.0, -h * 1.1), (h * 1.05, h * 0.8), (-h * 1.05, h * 0.8)]),
        ),
        Marker::TriangleDown => fill(
            ops,
            polygon(&[(0.0, h * 1.1), (h * 1.05, -h * 0.8), (-h * 1.05, -h * 0.8)]),
        ),
        Marker::Diamond => fill(
            ops,
            polygon(&[
                (0.0, -h * 1.15),
                (h * 1.15, 0.0),
                (0.0, h * 1.15),
                (-h * 1.15, 0.0),
            ]),
        ),
        Marker::Cross => {
            set_stroke(ops, &Stroke::solid(c, size * 0.3));
            for (a, b) in [((-h, -h), (h, h)), ((-h, h), (h, -h))] {
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(x + a.0, y + a.1), point(x + b.0, y + b.1)],
                        is_closed: false,
                    },
                });
            }
        }
    }
}

struct Resources {
    fonts: BTreeMap<Face, FontId>,
    opacity: BTreeMap<u32, ExtendedGraphicsStateId>,
}

fn page_ops(page: &Page, res: &Resources) -> Vec<Op> {
    let mut ops = Vec::new();
    for item in &page.items {
        match item {
            Item::Text {
                x,
                y,
                size,
                face,
                color: c,
                text,
                ..
            } => {
                ops.push(Op::SetFillColor { col: color(*c) });
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(res.fonts[face].clone()),
                    size: Pt(*size),
                });
                ops.push(Op::SetTextCursor { pos: at(*x, *y) });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
                ops.push(Op::EndTextSection);
            }
            Item::Rect {
                x,
                y,
                w,
                h,
                fill: f,
                stroke,
            } => {
                let corners = vec![
                    point(*x, *y),
                    point(x + w, *y),
                    point(x + w, y + h),
                    point(*x, y + h),
                ];
                if let Some(c) = f {
                    ops.push(Op::SetFillColor { col: color(*c) });
                    fill(&mut ops, corners.clone());
                }
                if let Some(s) = stroke {
                    set_stroke(&mut ops, s);
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: corners,
                            is_closed: true,
                        },
                    });
                }
            }
            Item::Path {
                points,
                closed,
                stroke,
            } => {
                set_stroke(&mut ops, stroke);
                ops.push(Op::DrawLine {
                    line: Line {
                        points: points.iter().map(|p| point(p.0, p.1)).collect(),
                        is_closed: *closed,
                    },
                });
            }
            Item::Fill {
                points,
                color: c,
                opacity,
            } => {
                let gs = res.opacity.get(&opacity_key(*opacity));
                if let Some(gs) = gs {
                    ops.push(Op::SaveGraphicsState);
                    ops.push(Op::LoadGraphicsState { gs: gs.clone() });
                }
                ops.push(Op::SetFillColor { col: color(*c) });
                fill(&mut ops, points.iter().map(|p| point(p.0, p.1)).collect());
                if gs.is_some() {
                    ops.push(Op::RestoreGraphicsState);
                }
            }
            Item::Marker {
                x,
                y,
                size,
                kind,
                color: c,
            } => marker(&mut ops, *kind, *x, *y, *size, *c),
            Item::Link { x, y, w, h, target } => {
                let lower_left = at(*x, y + h);
                let actions = match target {
                    Target::Uri(url) => Actions::Uri(url.clone()),
                    Target::Page(page) => Actions::Goto(Destination::Xyz {
                        page: *page,
                        left: None,
                        top: None,
                        zoom: None,
                    }),
                };
                ops.push(Op::LinkAnnotation {
                    link: LinkAnnotation::new(
                        Rect::from_xywh(lower_left.x, lower_left.y, Pt(*w), Pt(*h)),
                        actions,
                        // No border: the text's colour says it is a link.
                        Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                        Some(ColorArray::Transparent),
                        Some(HighlightingMode::Invert),
                    ),
                });
            }
        }
    }
    ops
}

fn opacity_key(opacity: f32) -> u32 {
    (opacity.clamp(0.0, 1.0) * 1000.0).round() as u32
}

pub fn to_pdf(pages: &[Page], document: &Document) -> Result<Vec<u8>, PdfError> {
    let sheet = Sheet::of(document.paper);
    // Layout centres an A4-wide frame on the sheet and measures y from its top; PDF measures
    // y from the bottom of the sheet, which `at` does for an A4-high one.
    let moved: Vec<Page>;
    let pages = if sheet == Sheet::of(crate::report::document::Paper::A4) {
        pages
    } else {
        moved = pages
            .iter()
            .map(|p| {
                let mut p = p.clone();
                for item in &mut p.items {
                    item.translate(sheet.x_offset(), PAGE_HEIGHT - sheet.height);
                }
                p
            })
            .collect();
        &moved
    };
    let mut doc = PdfDocument::new(&document.title);
    let mut fonts = BTreeMap::new();
    for (face, chars) in used_chars(pages) {
        fonts.insert(face, add_face(&mut doc, face, &chars)?);
    }
    let mut opacity = BTreeMap::new();
    for item in pages.iter().flat_map(|p| &p.items) {
        if let Item::Fill { opacity: o, .. } = item
            && *o < 1.0
        {
            let key = opacity_key(*o);
            opacity.entry(key).or_insert_with(|| {
                let id = ExtendedGraphicsStateId(format!("GS{key}"));
                let gs = ExtendedGraphicsState::default().with_current_fill_alpha(*o);
                doc.resources.extgstates.map.insert(id.clone(), gs);
                id
            });
        }
    }
    let res = Resources { fonts, opacity };
    let pdf_pages = pages
        .iter()
        .map(|p| {
            PdfPage::new(
                Mm(sheet.width * 25.4 / 72.0),
                Mm(sheet.height * 25.4 / 72.0),
                page_ops(p, &res),
            )
        })
        .collect();
    doc.with_pages(pdf_pages);
    // Chapters in the viewer's outline (printpdf orders them by page, then by name).
    let chapters = pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.bookmarks.iter().map(move |title| (i + 1, title)));
    for (index, (page, title)) in chapters.enumerate() {
        doc.bookmarks.map.insert(
            PageAnnotId(format!("B{index:05}")),
            PageAnnotation {
                name: title.clone(),
                page,
            },
        );
    }

    let info = &mut doc.metadata.info;
    info.author.clone_from(&document.author);
    info.subject = document.subtitle.clone().unwrap_or_default();
    info.creator = "devops-maturity".to_string();
    info.producer = format!("devops-maturity {}", env!("CARGO_PKG_VERSION"));
    if let Some(created) = &document.created {
        let date = crate::clock::parse_rfc3339(created).ok_or_else(|| {
            PdfError(format!(
                "document date {created:?} is not RFC 3339 (2026-03-12T09:30:00Z)"
            ))
        })?;
        // printpdf has its own date type; the Unix time carries the instant across.
        let date = printpdf::OffsetDateTime::from_unix_timestamp(date.unix_timestamp())
            .map_err(|e| PdfError(format!("document date {created:?}: {e}")))?;
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut bytes = doc.save(&options, &mut warnings);
    stable_id(&mut bytes);
    Ok(bytes)
}

/// printpdf fills the trailer's `/ID` from a process-wide counter, so the second render of
/// a document in one process differs from the first. Overwrite both ids with a hash of the
/// file's content (same length, so no offset moves).
fn stable_id(bytes: &mut [u8]) {
    let tail_start = bytes.len().saturating_sub(2048);
    let Some(pos) = find(&bytes[tail_start..], b"/ID").map(|p| p + tail_start) else {
        return;
    };
    let hash = fnv1a(&bytes[..pos]);
    let mut i = pos;
    let mut k = 0u64;
    // Rewrite the characters inside each (...) literal of the array.
    while i < bytes.len() && bytes[i] != b']' {
        if bytes[i] == b'(' {
            i += 1;
            while i < bytes.len() && bytes[i] != b')' {
                let digit = ((hash.rotate_left((k % 64) as u32) >> 3) % 26) as u8;
                bytes[i] = b'A' + digit;
                k += 7;
                i += 1;
            }
        }
        i += 1;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}
