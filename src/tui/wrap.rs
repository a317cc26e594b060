//! Word wrapping measured in terminal cells, shared by the views (to draw) and `update` (to know
//! how far to scroll and where a click landed). Ratatui's own wrapping cannot report line counts.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of `text` in terminal cells.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Wraps `text` into lines of at most `width` cells. Explicit newlines are kept (comments are
/// multi-line); words longer than a line are split rather than cut. Always returns at least one
/// line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in paragraph.split_whitespace() {
            let word_width = word.width();
            if line_width > 0 && line_width + 1 + word_width <= width {
                line.push(' ');
                line.push_str(word);
                line_width += 1 + word_width;
                continue;
            }
            if line_width > 0 {
                out.push(std::mem::take(&mut line));
                line_width = 0;
            }
            if word_width <= width {
                line.push_str(word);
                line_width = word_width;
                continue;
            }
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if line_width + w > width && line_width > 0 {
                    out.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(c);
                line_width += w;
            }
        }
        out.push(line);
    }
    out
}

/// Cuts `text` to `width` cells, ending with "…" when something was cut, so nothing disappears
/// without a visible hint.
pub fn fit(text: &str, width: usize) -> String {
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
}
