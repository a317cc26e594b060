//! Word wrapping measured in terminal cells, shared by the views (to draw) and `update` (to know
//! how far to scroll and where a click landed). Ratatui's own wrapping cannot report line counts.
//! Lines break only at breaking spaces: French no-break spaces (« prêt ? ») stay inside words.

use crate::domain::text::{printable, printable_lines};
use crate::domain::typography::is_breaking_space;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of `text` in terminal cells.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Wraps `text` into lines of at most `width` cells. Explicit newlines are kept (comments are
/// multi-line); words longer than a line are split rather than cut; no-break spaces are kept as
/// they are and never broken at. Always returns at least one line.
///
/// `textwrap` does the line breaking and measures display width (wide and combining
/// characters); words are separated at breaking spaces only, runs of them counting as one, so
/// that the line count `update` computes for scrolling is the one the view draws.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // Names and comments come from files: their control characters are shown as marks
    // (`domain::text`) rather than silently left out by ratatui.
    let text = printable_lines(text);
    let options = textwrap::Options::new(width.max(1))
        .break_words(true)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let words: Vec<&str> = paragraph
            .split(is_breaking_space)
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            out.push(String::new());
            continue;
        }
        let joined = words.join(" ");
        out.extend(
            textwrap::wrap(&joined, &options)
                .into_iter()
                .map(std::borrow::Cow::into_owned),
        );
    }
    out
}

/// Cuts `text` to `width` cells, ending with "…" when something was cut, so nothing disappears
/// without a visible hint.
pub fn fit(text: &str, width: usize) -> String {
    // As in `wrap`: a name's control characters are shown as marks.
    let text = printable(text);
    let text = text.as_ref();
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Cuts the middle of `text` to fit `width` cells, keeping its start and, longer, its end:
/// "/tmp/…/responses/equipe-paris__alice.json". For paths, whose file name matters most.
pub fn shorten_middle(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width < 5 {
        return fit(text, width);
    }
    let chars: Vec<char> = text.chars().collect();
    let head_room = (width - 1) / 3;
    let mut head = String::new();
    let mut used = 0;
    for c in &chars {
        let w = c.width().unwrap_or(0);
        if used + w > head_room {
            break;
        }
        head.push(*c);
        used += w;
    }
    let tail_room = width - 1 - used;
    let mut tail: Vec<char> = Vec::new();
    let mut tail_used = 0;
    for c in chars.iter().rev() {
        let w = c.width().unwrap_or(0);
        if tail_used + w > tail_room {
            break;
        }
        tail.push(*c);
        tail_used += w;
    }
    tail.reverse();
    format!("{head}…{}", tail.into_iter().collect::<String>())
}

/// An error or warning over at most `max_rows` lines of `width` cells: words too long for a
/// line (paths) are shortened in the middle rather than split, and a message still too long
/// ends with "…" on its last row.
pub fn wrap_message(text: &str, width: usize, max_rows: usize) -> Vec<String> {
    let width = width.max(1);
    let words: Vec<String> = text.split(' ').map(|w| shorten_middle(w, width)).collect();
    let mut rows = wrap(&words.join(" "), width);
    if rows.len() > max_rows.max(1) {
        rows.truncate(max_rows.max(1));
        if let Some(last) = rows.pop() {
            rows.push(fit(&format!("{last} …"), width));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_on_words_and_keeps_newlines() {
        assert_eq!(
            wrap("the quick brown fox", 10),
            vec!["the quick", "brown fox"]
        );
        assert_eq!(wrap("a\n\nb", 10), vec!["a", "", "b"]);
        assert_eq!(wrap("", 10), vec![""]);
    }

    #[test]
    fn never_breaks_at_a_no_break_space() {
        // "prêt ?" with a narrow no-break space, "10 %" with a no-break space.
        let text = "Tout est pr\u{ea}t\u{202f}? Oui, \u{e0} 10\u{a0}% pr\u{e8}s.";
        // From the width of the longest word ("prêt ?"), so no word has to be split.
        for width in 6..30 {
            let lines = wrap(text, width);
            for line in &lines {
                assert!(!line.starts_with(['?', '%']), "{line:?} at {width}");
            }
            let joined = lines.join(" ");
            assert!(joined.contains("t\u{202f}?"), "{joined:?} at {width}");
            assert!(joined.contains("10\u{a0}%"), "{joined:?} at {width}");
        }
        assert_eq!(
            wrap(text, 12),
            [
                "Tout est",
                "pr\u{ea}t\u{202f}? Oui,",
                "\u{e0} 10\u{a0}% pr\u{e8}s."
            ]
        );
    }

    #[test]
    fn splits_words_longer_than_a_line() {
        assert_eq!(wrap("abcdefgh ij", 3), vec!["abc", "def", "gh", "ij"]);
    }

    #[test]
    fn counts_accents_as_one_cell_and_wide_chars_as_two() {
        assert_eq!(wrap("équipe à Nantes", 8), vec!["équipe à", "Nantes"]);
        assert_eq!(width("日本"), 4);
    }

    #[test]
    fn fit_marks_cut_text() {
        assert_eq!(fit("Culture and collaboration", 10), "Culture a…");
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn messages_wrap_and_shorten_long_paths_in_the_middle() {
        let path =
            "/tmp/xyz/data2/assessments/bank-2026/responses/equipe-paris-78897a9a__alice.json";
        let short = shorten_middle(path, 40);
        assert_eq!(width(&short), 40);
        assert!(short.starts_with("/tmp/"));
        assert!(short.ends_with("__alice.json"));
        let rows = wrap_message(&format!("Permission denied (os error 13) — {path}"), 40, 3);
        assert_eq!(rows[0], "Permission denied (os error 13) —");
        assert_eq!(rows[1], short);
        assert!(rows.iter().all(|r| width(r) <= 40));
        let cut = wrap_message(&"word ".repeat(40), 20, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'));
    }
}
