//! How numbers and columns are written in every text output (terminal tables, `compare` text,
//! Markdown, the report): scores to one decimal, deltas that add up, shares as percentages,
//! columns aligned on character counts so accented names line up.

use crate::domain::scoring;

/// Pads or cuts `text` to exactly `width` characters; cut text ends with "…" so nothing
/// disappears silently.
pub fn fit(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        format!("{text}{}", " ".repeat(width - count))
    } else if width == 0 {
        String::new()
    } else {
        let mut cut: String = text.chars().take(width - 1).collect();
        cut.push('…');
        cut
    }
}

/// Right-aligns `text` in `width` characters.
pub fn right(text: &str, width: usize) -> String {
    let count = text.chars().count();
    format!("{}{text}", " ".repeat(width.saturating_sub(count)))
}

/// "1 respondent", "3 respondents": counts read as sentences, not "respondent(s)".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A score to one decimal (halves away from zero, see `scoring::round1`), or "–" when there
/// is none.
pub fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), scoring::shown)
}

/// The difference `a − b` of two scores as shown next to them: the difference of the rounded
/// scores, so the line adds up.
pub fn difference(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    a.zip(b).map(|(a, b)| scoring::shown_difference(a, b))
}

/// The scale as one line: "1 Initial · 2 Managed · 3 Defined".
pub fn scale_line(levels: &[String]) -> String {
    levels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {l}", i + 1))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A share (0–1) as a whole percentage.
pub fn pct(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// Breaks `text` into lines of at most `width` columns at ordinary spaces; a word longer than
/// the width gets a line of its own rather than being cut. Runs of ASCII whitespace (line
/// breaks included) count as one space; no-break spaces (U+00A0, U+202F) bind their neighbours,
/// as French typography needs. `textwrap` measures display width.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let joined = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    let options = textwrap::Options::new(width.max(1))
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    if joined.is_empty() {
        return Vec::new();
    }
    textwrap::wrap(&joined, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// A signed number to one decimal ("+1.2", "-0.5", "0.0"), or "–" when there is none.
pub fn signed(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), scoring::shown_signed)
}

/// `signed` with a true minus sign ("−1.5", U+2212) rather than a hyphen: the perception
/// outputs, where a negative gap is the message and must read as one.
pub fn signed_minus(value: Option<f64>) -> String {
    let text = signed(value);
    match text.strip_prefix('-') {
        Some(rest) => format!("\u{2212}{rest}"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_only_and_keeps_no_break_spaces() {
        assert_eq!(wrap("aa bb  cc\ndd", 5), ["aa bb", "cc dd"]);
        // A word longer than the line stays whole on its own line.
        assert_eq!(
            wrap("a deploy.zero-downtime b", 8),
            ["a", "deploy.zero-downtime", "b"]
        );
        // "Pourquoi ?" never leaves its question mark alone at the start of a line.
        assert_eq!(
            wrap("ab Pourquoi\u{202f}?", 10),
            ["ab", "Pourquoi\u{202f}?"]
        );
        assert!(wrap("  ", 5).is_empty());
    }

    #[test]
    fn a_delta_next_to_two_scores_is_the_difference_of_the_shown_scores() {
        // Formatting each with {:.1} once printed "3.2 1.5 +1.8" and "2.8 3.2 -0.5".
        let (a, b) = (Some(3.25), Some(1.5));
        assert_eq!(
            [score(a), score(b), signed(difference(a, b))],
            ["3.3", "1.5", "+1.8"]
        );
        let (a, b) = (Some(2.75), Some(3.25));
        assert_eq!(
            [score(a), score(b), signed(difference(a, b))],
            ["2.8", "3.3", "-0.5"]
        );
        assert_eq!(signed(difference(Some(2.0), None)), "–");
    }
}
