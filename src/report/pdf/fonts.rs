//! The embedded `DejaVu` Sans faces: glyph advances for measuring text (ttf-parser), and trimming
//! a face to the characters a document uses before it is embedded (allsorts).
//!
//! printpdf measures nothing and, without its heavy `text_layout` feature, embeds fonts whole
//! (~750 KB for both faces), so both jobs are done here.

use std::collections::BTreeSet;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use allsorts::tag;

pub const REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub const BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Which of the two faces a piece of text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    Regular,
    Bold,
}

/// What the PDF draws for a character its face has no glyph for (an emoji, a flag, a control
/// character): the replacement character, which both faces have, so nothing vanishes.
pub const MISSING_MARK: char = '\u{fffd}';

/// Characters below this get their advance from a table filled once; the rest are looked up.
const TABLE_CHARS: usize = 0x250;

/// Advance widths of one face, in em units (1.0 = the font size).
struct FaceMetrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    table: Vec<f32>,
}

impl FaceMetrics {
    fn new(bytes: &'static [u8]) -> FaceMetrics {
        let face = ttf_parser::Face::parse(bytes, 0).expect("the embedded DejaVu font parses");
        let units_per_em = f32::from(face.units_per_em());
        let mut metrics = FaceMetrics {
            face,
            units_per_em,
            table: Vec::new(),
        };
        metrics.table = (0..TABLE_CHARS as u32)
            .map(|code| char::from_u32(code).map_or(0.0, |c| metrics.lookup(c)))
            .collect();
        metrics
    }

    fn lookup(&self, c: char) -> f32 {
        // A character the face lacks is drawn as the mark (`super::mark_missing`), so it is
        // measured as the mark.
        let glyph = self
            .face
            .glyph_index(c)
            .or_else(|| self.face.glyph_index(MISSING_MARK))
            .unwrap_or(ttf_parser::GlyphId(0));
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0)) / self.units_per_em
    }

    fn advance(&self, c: char) -> f32 {
        match self.table.get(c as usize) {
            Some(width) => *width,
            None => self.lookup(c),
        }
    }
}

/// Text measuring for both faces.
pub struct Metrics {
    regular: FaceMetrics,
    bold: FaceMetrics,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        Metrics {
            regular: FaceMetrics::new(REGULAR_TTF),
            bold: FaceMetrics::new(BOLD_TTF),
        }
    }

    /// Whether `face` can draw `c`.
    pub fn has_glyph(&self, c: char, face: Face) -> bool {
        let metrics = match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        };
        metrics.face.glyph_index(c).is_some()
    }

    /// Width of `text` at `size` points, in points: the sum of the glyph advances, which is
    /// exactly how far the PDF viewer moves (no kerning is applied on either side).
    pub fn width(&self, text: &str, face: Face, size: f32) -> f32 {
        let metrics = match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        };
        text.chars().map(|c| metrics.advance(c)).sum::<f32>() * size
    }
}

/// Error while trimming a face; the caller falls back to embedding the whole font.
#[derive(Debug)]
pub struct SubsetError(pub String);

/// A copy of `font` holding only the glyphs of `chars` (plus .notdef and whatever composite
/// glyphs such as "É" are built from), with a Unicode cmap for them. Characters not in `chars`
/// are simply absent from the result, so collect every string before calling this.
pub fn trim(font: &[u8], chars: &BTreeSet<char>) -> Result<Vec<u8>, SubsetError> {
    let err = |e: &dyn std::fmt::Display| SubsetError(e.to_string());
    let face = ttf_parser::Face::parse(font, 0).map_err(|e| err(&e))?;
    let mut glyphs: BTreeSet<u16> = chars
        .iter()
        .filter_map(|c| face.glyph_index(*c))
        .map(|g| g.0)
        .collect();
    glyphs.remove(&0);
    // allsorts requires .notdef first and no duplicates.
    let ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();

    let data = ReadScope::new(font)
        .read::<FontData<'_>>()
        .map_err(|e| err(&e))?;
    let provider = data.table_provider(0).map_err(|e| err(&e))?;
    // Hinting tables (cvt, fpgm, prep) are left out: PDF viewers scale outlines themselves.
    let profile = SubsetProfile::Custom(vec![
        tag::CMAP,
        tag::HEAD,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::NAME,
        tag::OS_2,
        tag::POST,
    ]);
    subset(&provider, &ids, &profile, CmapTarget::Unicode).map_err(|e| err(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_text_is_wider_than_regular() {
        let m = Metrics::new();
        let regular = m.width("Équipe Paris", Face::Regular, 10.0);
        let bold = m.width("Équipe Paris", Face::Bold, 10.0);
        assert!(regular > 40.0 && regular < 80.0, "{regular}");
        assert!(bold > regular * 1.05, "{bold} vs {regular}");
    }

    #[test]
    fn width_scales_with_size_and_adds_up() {
        let m = Metrics::new();
        let a = m.width("déploiement", Face::Regular, 10.0);
        assert!((m.width("déploiement", Face::Regular, 20.0) - 2.0 * a).abs() < 1e-3);
        let ab = m.width("ab", Face::Regular, 10.0);
        let sum = m.width("a", Face::Regular, 10.0) + m.width("b", Face::Regular, 10.0);
        assert!((ab - sum).abs() < 1e-4);
        // Outside the lookup table too.
        assert!(m.width("—…", Face::Regular, 10.0) > 10.0);
    }

    #[test]
    fn french_typography_characters_have_glyphs_in_both_faces() {
        // A character the font lacks would be drawn as an empty box or not at all.
        for font in [REGULAR_TTF, BOLD_TTF] {
            let face = ttf_parser::Face::parse(font, 0).unwrap();
            for c in ['\u{a0}', '\u{202f}', '’', '«', '»', '…', '—', 'œ', 'Œ', 'É'] {
                assert!(face.glyph_index(c).is_some(), "{c:?} has no glyph");
            }
        }
        // The narrow no-break space is narrower than a space, the no-break space as wide.
        let m = Metrics::new();
        let space = m.width(" ", Face::Regular, 10.0);
        assert!(m.width("\u{202f}", Face::Regular, 10.0) < space);
        assert!(m.width("\u{202f}", Face::Regular, 10.0) > 0.0);
        assert!((m.width("\u{a0}", Face::Regular, 10.0) - space).abs() < 1e-4);
        // And they survive trimming.
        let chars: BTreeSet<char> = "prêt\u{202f}? «\u{a0}l’équipe\u{a0}»".chars().collect();
        let trimmed = trim(REGULAR_TTF, &chars).expect("subset");
        let face = ttf_parser::Face::parse(&trimmed, 0).unwrap();
        for c in chars {
            assert!(face.glyph_index(c).is_some(), "{c:?} lost by trimming");
        }
    }

    #[test]
    fn trimmed_font_keeps_only_the_requested_characters() {
        let chars: BTreeSet<char> = "Équipe Paris — déploiement".chars().collect();
        let trimmed = trim(REGULAR_TTF, &chars).expect("subset");
        assert!(trimmed.len() < REGULAR_TTF.len() / 10, "{}", trimmed.len());
        let face = ttf_parser::Face::parse(&trimmed, 0).expect("trimmed font parses");
        for c in chars {
            assert!(face.glyph_index(c).is_some(), "{c:?} missing");
        }
        assert!(face.glyph_index('Z').is_none());
        // Advances survive renumbering.
        let original = ttf_parser::Face::parse(REGULAR_TTF, 0).unwrap();
        let adv = |f: &ttf_parser::Face, c| f.glyph_hor_advance(f.glyph_index(c).unwrap());
        assert_eq!(adv(&face, 'É'), adv(&original, 'É'));
    }
}
