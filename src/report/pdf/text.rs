//! Line breaking on measured glyph widths: rich text (regular and bold runs) is cut into lines
//! no wider than a given width. Words break at spaces, never at no-break spaces (U+00A0,
//! U+202F), which stay in the text as they are; a word wider than a whole line is cut,
//! after the last hyphen, slash, dot or underscore that fits (so ids break at their dots), so
//! nothing ever runs past a margin.

use super::fonts::{Face, Metrics};
use crate::domain::typography::is_breaking_space;
use crate::report::document::Span;

/// A run of text in one face, within a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub face: Face,
}

/// One laid-out line: its runs in order and its measured width in points.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

impl Line {
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    fn push(&mut self, text: &str, face: Face, width: f32) {
        match self.runs.last_mut() {
            Some(last) if last.face == face => last.text.push_str(text),
            _ => self.runs.push(Run {
                text: text.to_string(),
                face,
            }),
        }
        self.width += width;
    }
}

/// A word: the characters between two spaces, possibly in several faces.
struct Word {
    pieces: Vec<(String, Face)>,
    width: f32,
    /// Face of the space before it (`None` at the start of a line or paragraph).
    space_before: Option<Face>,
    /// A line break (`\n`) comes before it.
    newline_before: bool,
}

fn words(spans: &[Span], size: f32, metrics: &Metrics) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current: Vec<(String, Face)> = Vec::new();
    let mut space_before = None;
    let mut newline_before = false;
    let mut finish = |current: &mut Vec<(String, Face)>,
                      space_before: &mut Option<Face>,
                      newline_before: &mut bool| {
        if current.is_empty() {
            return;
        }
        let pieces = std::mem::take(current);
        let width = pieces.iter().map(|(t, f)| metrics.width(t, *f, size)).sum();
        out.push(Word {
            pieces,
            width,
            space_before: space_before.take(),
            newline_before: std::mem::take(newline_before),
        });
    };
    for span in spans {
        let face = if span.bold { Face::Bold } else { Face::Regular };
        for c in span.text.chars() {
            match c {
                '\n' => {
                    finish(&mut current, &mut space_before, &mut newline_before);
                    newline_before = true;
                    space_before = None;
                }
                c if is_breaking_space(c) => {
                    finish(&mut current, &mut space_before, &mut newline_before);
                    space_before = Some(face);
                }
                c => match current.last_mut() {
                    Some((text, f)) if *f == face => text.push(c),
                    _ => current.push((c.to_string(), face)),
                },
            }
        }
    }
    finish(&mut current, &mut space_before, &mut newline_before);
    glue(out, size, metrics)
}

/// Punctuation that must not start a line ("Paris —", French "prêt :") or end one ("« ça").
fn glues_left(word: &Word) -> bool {
    word.pieces.len() == 1 && word.pieces[0].0.chars().all(|c| "—–:;!?»%".contains(c))
}

fn glues_right(word: &Word) -> bool {
    word.pieces.len() == 1 && word.pieces[0].0 == "«"
}

/// Joins such punctuation to its neighbour word across the space, so no line breaks there.
fn glue(words: Vec<Word>, size: f32, metrics: &Metrics) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut pending_right: Option<Word> = None;
    for mut word in words {
        if let Some(mut left) = pending_right.take() {
            if word.newline_before || word.space_before.is_none() {
                out.push(left);
            } else {
                let space = word.space_before.unwrap_or(Face::Regular);
                left.pieces.push((" ".to_string(), space));
                left.width += metrics.width(" ", space, size) + word.width;
                left.pieces.append(&mut word.pieces);
                word = left;
            }
        }
        let joins_previous =
            !word.newline_before && word.space_before.is_some() && glues_left(&word);
        match out.last_mut() {
            Some(previous) if joins_previous => {
                let space = word.space_before.unwrap_or(Face::Regular);
                previous.pieces.push((" ".to_string(), space));
                previous.width += metrics.width(" ", space, size) + word.width;
                previous.pieces.append(&mut word.pieces);
            }
            _ if glues_right(&word) => pending_right = Some(word),
            _ => out.push(word),
        }
    }
    out.extend(pending_right);
    out
}

/// Breaks `spans` into lines at most `width` points wide at font `size`.
/// Returns no lines for empty text.
pub fn wrap(spans: &[Span], width: f32, size: f32, metrics: &Metrics) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = Line::default();
    for word in words(spans, size, metrics) {
        if word.newline_before {
            lines.push(std::mem::take(&mut line));
        }
        if !line.runs.is_empty() {
            let space_face = word.space_before.unwrap_or(Face::Regular);
            let space = metrics.width(" ", space_face, size);
            if line.width + space + word.width <= width + 0.01 {
                line.push(" ", space_face, space);
                for (text, face) in &word.pieces {
                    line.push(text, *face, metrics.width(text, *face, size));
                }
                continue;
            }
            lines.push(std::mem::take(&mut line));
        }
        if word.width <= width + 0.01 {
            for (text, face) in &word.pieces {
                line.push(text, *face, metrics.width(text, *face, size));
            }
        } else {
            let mut pieces = break_word(&word, width, size, metrics);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
    }
    if !line.runs.is_empty() {
        lines.push(line);
    }
    lines
}

/// Wraps one plain string in one face.
pub fn wrap_plain(text: &str, face: Face, width: f32, size: f32, metrics: &Metrics) -> Vec<Line> {
    let span = Span {
        text: text.to_string(),
        bold: face == Face::Bold,
    };
    wrap(std::slice::from_ref(&span), width, size, metrics)
}

/// Cuts a word wider than `width` into line-sized pieces.
fn break_word(word: &Word, width: f32, size: f32, metrics: &Metrics) -> Vec<Line> {
    let chars: Vec<(char, Face, f32)> = word
        .pieces
        .iter()
        .flat_map(|(t, f)| t.chars().map(move |c| (c, *f)))
        .map(|(c, f)| (c, f, metrics.width(c.encode_utf8(&mut [0; 4]), f, size)))
        .collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start;
        let mut used = 0.0;
        let mut soft_break = None;
        while end < chars.len() && (end == start || used + chars[end].2 <= width + 0.01) {
            used += chars[end].2;
            if matches!(chars[end].0, '-' | '/' | '_' | '.' | '\\' | ',' | ':') {
                soft_break = Some(end + 1);
            }
            end += 1;
        }
        // Always break after punctuation when there is one on the line: a question id
        // ("security.dependencies") cut mid-word ("dependencie s") reads as a typo, a short
        // first line does not.
        if end < chars.len()
            && let Some(soft) = soft_break
        {
            end = soft;
        }
        let mut line = Line::default();
        for (c, face, w) in &chars[start..end] {
            line.push(c.encode_utf8(&mut [0; 4]), *face, *w);
        }
        lines.push(line);
        start = end;
    }
    lines
}

/// `text` shortened with "…" to fit `width`, or as is if it fits.
pub fn ellipsize(text: &str, face: Face, width: f32, size: f32, metrics: &Metrics) -> String {
    if metrics.width(text, face, size) <= width {
        return text.to_string();
    }
    let budget = width - metrics.width("…", face, size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        let w = metrics.width(c.encode_utf8(&mut [0; 4]), face, size);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m() -> Metrics {
        Metrics::new()
    }

    #[test]
    fn every_line_fits_and_no_word_is_lost() {
        let m = m();
        let text = "Équipe Paris — déploiement continu : les équipes livrent plusieurs fois \
                    par jour grâce à une chaîne d'intégration entièrement automatisée.";
        for width in [60.0, 100.0, 180.0, 400.0] {
            let lines = wrap_plain(text, Face::Regular, width, 10.0, &m);
            for line in &lines {
                assert!(line.width <= width + 0.01, "{} > {width}", line.width);
                let measured = m.width(&line.text(), Face::Regular, 10.0);
                assert!((measured - line.width).abs() < 0.01, "width bookkeeping");
            }
            let joined: Vec<String> = lines.iter().map(Line::text).collect();
            let squashed = |s: &str| s.replace(' ', "");
            assert_eq!(squashed(&joined.concat()), squashed(text));
            if width >= 100.0 {
                // Wide enough for every word: breaks happen only at spaces.
                assert_eq!(joined.join(" "), text);
            }
        }
    }

    #[test]
    fn lines_are_filled_greedily() {
        let m = m();
        let width = 150.0;
        let lines = wrap_plain(
            "one two three four five six seven eight nine ten eleven twelve",
            Face::Regular,
            width,
            10.0,
            &m,
        );
        assert!(lines.len() >= 2);
        // The first word of each next line would not have fit on the previous one.
        for pair in lines.windows(2) {
            let next_word = pair[1].text().split(' ').next().unwrap().to_string();
            let with = format!("{} {next_word}", pair[0].text());
            assert!(m.width(&with, Face::Regular, 10.0) > width);
        }
    }

    #[test]
    fn over_long_words_are_cut_to_the_width() {
        let m = m();
        let word = "Kontinuierlicheintegrationsundbereitstellungspipelineverantwortlicher";
        let lines = wrap_plain(word, Face::Bold, 80.0, 10.0, &m);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 80.01));
        let joined: String = lines.iter().map(Line::text).collect();
        assert_eq!(joined, word);
    }

    #[test]
    fn long_paths_break_after_a_slash() {
        let m = m();
        let url = "https://git.example.com/platform/deployment-pipelines/templates/blue-green";
        let lines = wrap_plain(url, Face::Regular, 120.0, 10.0, &m);
        assert!(lines.len() > 1);
        for line in &lines[..lines.len() - 1] {
            let text = line.text();
            assert!(
                text.ends_with(['/', '-', '.']),
                "cut inside a name: {text:?}"
            );
        }
        assert_eq!(lines.iter().map(Line::text).collect::<String>(), url);
    }

    #[test]
    fn bold_runs_are_measured_with_the_bold_face() {
        let m = m();
        let spans = [Span::bold("Paris"), Span::plain(", Lyon et Marseille")];
        let lines = wrap(&spans, 500.0, 10.0, &m);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].runs.len(), 2);
        assert_eq!(lines[0].runs[0].text, "Paris");
        assert_eq!(lines[0].runs[0].face, Face::Bold);
        let expected = m.width("Paris", Face::Bold, 10.0)
            + m.width(", Lyon et Marseille", Face::Regular, 10.0);
        assert!((lines[0].width - expected).abs() < 0.01);
    }

    #[test]
    fn dashes_and_french_punctuation_never_start_a_line() {
        let m = m();
        let text = "Équipe Paris — déploiement, « ça marche » : oui ; vraiment ! 100 %";
        // From a width where every glued unit ("Paris —") fits on a line.
        for width in (90..300).step_by(7) {
            let lines = wrap_plain(text, Face::Bold, width as f32, 10.0, &m);
            for line in &lines {
                let t = line.text();
                assert!(
                    !t.starts_with(['—', ':', ';', '!', '»', '%']),
                    "{t:?} at {width}"
                );
                assert!(!t.ends_with('«'), "{t:?} at {width}");
                assert!(
                    line.width <= width as f32 + 0.01 || !t.contains(' '),
                    "{t:?} too wide"
                );
            }
            let joined: Vec<String> = lines.iter().map(Line::text).collect();
            if width >= 120 {
                assert_eq!(joined.join(" "), text);
            }
        }
    }

    #[test]
    fn no_break_spaces_are_kept_and_never_broken_at() {
        let m = m();
        let text = "Qui d\u{e9}cide\u{202f}? L\u{2019}\u{e9}quipe, \u{e0} 100\u{a0}%, dit «\u{a0}oui\u{a0}»\u{202f}!";
        // From the width of the widest word, so no word has to be cut inside.
        let widest = text
            .split(is_breaking_space)
            .map(|w| m.width(w, Face::Regular, 10.0))
            .fold(0.0, f32::max);
        for width in (widest.ceil() as usize..260).step_by(5) {
            let lines = wrap_plain(text, Face::Regular, width as f32, 10.0, &m);
            let texts: Vec<String> = lines.iter().map(Line::text).collect();
            for t in &texts {
                assert!(!t.starts_with(['?', '%', '»', '!']), "{t:?} at {width}");
                assert!(!t.ends_with('«'), "{t:?} at {width}");
            }
            let joined = texts.concat();
            for kept in [
                "d\u{e9}cide\u{202f}?",
                "100\u{a0}%",
                "«\u{a0}oui\u{a0}»\u{202f}!",
            ] {
                assert!(
                    texts.iter().any(|t| t.contains(kept)),
                    "{texts:?} at {width}"
                );
            }
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
        let one = wrap_plain(text, Face::Regular, 1000.0, 10.0, &m);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].text(), text);
    }

    #[test]
    fn narrow_no_break_spaces_never_break() {
        let m = m();
        let text = "Écart\u{202f}: 100\u{202f}% « ok\u{202f}» Pourquoi\u{202f}?";
        // From a width where the widest bound unit ("Pourquoi ?") fits on a line.
        for width in (60..200).step_by(5) {
            for line in wrap_plain(text, Face::Regular, width as f32, 10.0, &m) {
                let t = line.text();
                assert!(
                    !t.starts_with([':', '%', '?', '\u{202f}']),
                    "{t:?} at {width}"
                );
            }
        }
    }

    #[test]
    fn newlines_force_breaks_and_spaces_collapse() {
        let m = m();
        let lines = wrap_plain("first  line\nsecond", Face::Regular, 500.0, 10.0, &m);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["first line", "second"]);
        assert!(wrap_plain("   ", Face::Regular, 100.0, 10.0, &m).is_empty());
    }

    #[test]
    fn ellipsize_fits_the_width() {
        let m = m();
        let short = ellipsize("Culture", Face::Regular, 100.0, 10.0, &m);
        assert_eq!(short, "Culture");
        let cut = ellipsize(
            "Continuous delivery and deployment",
            Face::Regular,
            60.0,
            10.0,
            &m,
        );
        assert!(cut.ends_with('…'));
        assert!(m.width(&cut, Face::Regular, 10.0) <= 60.0);
    }
}
