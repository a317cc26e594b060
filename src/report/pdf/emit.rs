//! Laid-out pages to PDF bytes with printpdf 0.12: trims both fonts to the characters drawn,
//! converts items to operations (flipping y: printpdf's origin is bottom-left), sets the
//! metadata, and makes the output deterministic.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Color, ExtendedGraphicsState, ExtendedGraphicsStateId, FontId, Line, LineDashPattern,
    LinePoint, Mm, Op, PageAnnotId, PageAnnotation, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, TextItem,
    WindingOrder,
};

use lopdf::{Dictionary, Document as LoDocument, Object, ObjectId};

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
            // Annotations of the page's dictionary (`annotations`), not drawn.
            Item::Link { .. } => {}
        }
    }
    ops
}

/// The page's links as annotation dictionaries for its `/Annots` (`page_ops` leaves them out),
/// written here rather than by printpdf: its dictionaries of a 2,000-page appendix's tens of
/// thousands of links took ~75 MB until the file was written. These keep what a viewer reads
/// (the area, no border, the action) and leave out the defaults printpdf spells out
/// (`/H /I`, an empty `/C`). `pages`: every page's object, for links to a page.
fn annotations(page: &Page, pages: &[ObjectId]) -> Vec<Object> {
    page.items
        .iter()
        .filter_map(|item| {
            let Item::Link { x, y, w, h, target } = item else {
                return None;
            };
            let lower_left = at(*x, y + h);
            let action = match target {
                Target::Uri(url) => Dictionary::from_iter(vec![
                    ("S", Object::from("URI")),
                    ("URI", Object::string_literal(url.as_bytes())),
                ]),
                Target::Page(n) => Dictionary::from_iter(vec![
                    ("S", Object::from("GoTo")),
                    (
                        "D",
                        Object::Array(vec![
                            n.checked_sub(1)
                                .and_then(|i| pages.get(i))
                                .map_or(Object::Null, |id| Object::Reference(*id)),
                            Object::from("XYZ"),
                            Object::Null,
                            Object::Null,
                            Object::Null,
                        ]),
                    ),
                ]),
            };
            let rect = [
                lower_left.x.0,
                lower_left.y.0,
                lower_left.x.0 + w,
                lower_left.y.0 + h,
            ];
            Some(Object::Dictionary(Dictionary::from_iter(vec![
                ("Type", Object::from("Annot")),
                ("Subtype", Object::from("Link")),
                (
                    "Rect",
                    Object::Array(rect.into_iter().map(Object::Real).collect()),
                ),
                // No border: the text's colour says it is a link.
                ("Border", Object::Array(vec![Object::Integer(0); 3])),
                ("A", Object::Dictionary(action)),
            ])))
        })
        .collect()
}

fn opacity_key(opacity: f32) -> u32 {
    (opacity.clamp(0.0, 1.0) * 1000.0).round() as u32
}

/// Pages converted and serialised together: the operations and uncompressed content streams
/// of this many pages at most are alive at once, however long the document.
const CHUNK: usize = 48;

/// The document as PDF bytes. printpdf serialises a whole `PdfDocument` at once, holding every
/// page's operations and then every page's uncompressed content stream: for a 2,000-page
/// appendix that is most of the process's memory. So the pages go through it in two passes.
/// First a skeleton with every page, empty, the outline,
/// the metadata, the fonts and the opacity states, plus one last page drawing every character
/// used, so that printpdf writes the fonts' widths and `ToUnicode` maps for all of them; that
/// page is then removed. Then the pages [`CHUNK`] at a time through a document holding the same
/// fonts: each page's content stream is compressed and put in place of the skeleton's empty
/// one, its links become annotations of the skeleton's page (`annotations`), and the chunk's
/// operations and laid-out pages are dropped. Font resources keep their names (`F1`, `F2`,
/// `GS…`) in every pass, so the streams refer to the skeleton's resources.
pub fn to_pdf(pages: Vec<Page>, document: &Document) -> Result<Vec<u8>, PdfError> {
    let sheet = Sheet::of(document.paper);
    // Layout centres an A4-wide frame on the sheet and measures y from its top; PDF measures
    // y from the bottom of the sheet, which `at` does for an A4-high one.
    let a4 = sheet == Sheet::of(crate::report::document::Paper::A4);
    let (width, height) = (
        Mm(sheet.width * 25.4 / 72.0),
        Mm(sheet.height * 25.4 / 72.0),
    );
    let mut doc = PdfDocument::new(&document.title);
    let used = used_chars(&pages);
    let mut fonts = BTreeMap::new();
    for (face, chars) in &used {
        fonts.insert(*face, add_face(&mut doc, *face, chars)?);
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
    let mut skeleton: Vec<PdfPage> = pages
        .iter()
        .map(|_| PdfPage::new(width, height, Vec::new()))
        .collect();
    skeleton.push(PdfPage::new(width, height, glyph_ops(&used, &res)));
    doc.with_pages(skeleton);
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
    let mut out = doc.to_lopdf_document(&options, &mut warnings);
    let contents = page_contents(&out)?;
    let Some((&glyph_page, contents)) = contents.split_last() else {
        return Err(PdfError("the PDF has no page".to_string()));
    };
    remove_last_page(&mut out, glyph_page)?;
    out.compress();

    // The chunks: the same fonts and states, no outline (its pages are the skeleton's).
    doc.bookmarks.map.clear();
    // Each chunk's laid-out pages are freed once converted.
    let page_ids: Vec<ObjectId> = contents.iter().map(|&(_, page)| page).collect();
    let mut laid_out = pages.into_iter();
    for targets in contents.chunks(CHUNK) {
        let chunk: Vec<Page> = laid_out
            .by_ref()
            .take(targets.len())
            .map(|p| {
                if a4 {
                    p
                } else {
                    on_sheet(&p, sheet, a4).into_owned()
                }
            })
            .collect();
        doc.pages = chunk
            .iter()
            .map(|p| PdfPage::new(width, height, page_ops(p, &res)))
            .collect();
        let mut part = doc.to_lopdf_document(&options, &mut warnings);
        doc.pages = Vec::new();
        let drawn = page_contents(&part)?;
        for ((&(from, _), &(to, page_id)), laid) in drawn.iter().zip(targets).zip(&chunk) {
            let Some(Object::Stream(mut stream)) = part.objects.remove(&from) else {
                return Err(PdfError(
                    "printpdf wrote a page without content".to_string(),
                ));
            };
            let _ = stream.compress();
            out.objects.insert(to, Object::Stream(stream));
            let links = annotations(laid, &page_ids);
            if !links.is_empty()
                && let Ok(dict) = out.get_dictionary_mut(page_id)
            {
                dict.set("Annots", links);
            }
        }
    }
    let mut bytes = Vec::new();
    out.save_to(&mut bytes)
        .map_err(|e| PdfError(format!("cannot write the PDF: {e}")))?;
    stable_id(&mut bytes);
    Ok(bytes)
}

/// The page moved so that layout's A4-wide, A4-high frame lands on `sheet`.
fn on_sheet(p: &Page, sheet: Sheet, a4: bool) -> std::borrow::Cow<'_, Page> {
    if a4 {
        return std::borrow::Cow::Borrowed(p);
    }
    let mut p = p.clone();
    for item in &mut p.items {
        item.translate(sheet.x_offset(), PAGE_HEIGHT - sheet.height);
    }
    std::borrow::Cow::Owned(p)
}

/// One text section per face drawing every character the pages use in it, on the skeleton's
/// last page (removed before writing).
fn glyph_ops(used: &BTreeMap<Face, BTreeSet<char>>, res: &Resources) -> Vec<Op> {
    let mut ops = Vec::new();
    for (face, chars) in used {
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(res.fonts[face].clone()),
            size: Pt(10.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(chars.iter().collect())],
        });
        ops.push(Op::EndTextSection);
    }
    ops
}

/// Each page's object and the object of its content stream, in page order.
fn page_contents(doc: &LoDocument) -> Result<Vec<(ObjectId, ObjectId)>, PdfError> {
    doc.get_pages()
        .into_values()
        .map(|page| {
            doc.get_dictionary(page)
                .and_then(|d| d.get(b"Contents"))
                .and_then(Object::as_reference)
                .map(|contents| (contents, page))
                .map_err(|e| PdfError(format!("printpdf wrote a page without content: {e}")))
        })
        .collect()
}

/// Removes the skeleton's glyph page: from the page tree and with its objects.
fn remove_last_page(
    doc: &mut LoDocument,
    (contents, page): (ObjectId, ObjectId),
) -> Result<(), PdfError> {
    let resources = doc
        .get_dictionary(page)
        .and_then(|d| d.get(b"Resources"))
        .and_then(Object::as_reference)
        .ok();
    let tree = doc
        .catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(|e| PdfError(format!("printpdf wrote no page tree: {e}")))?;
    let pages = doc
        .get_dictionary_mut(tree)
        .map_err(|e| PdfError(format!("printpdf wrote no page tree: {e}")))?;
    let count = pages.get(b"Count").and_then(Object::as_i64).unwrap_or(1);
    pages.set("Count", count - 1);
    if let Ok(Object::Array(kids)) = pages.get_mut(b"Kids") {
        kids.retain(|k| k.as_reference().ok() != Some(page));
    }
    for id in std::iter::once(page)
        .chain(std::iter::once(contents))
        .chain(resources)
    {
        doc.objects.remove(&id);
    }
    Ok(())
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
