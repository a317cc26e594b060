//! Plain-text tables for terminal output, aligned on character counts so accented names line up.

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

/// A score to one decimal, or "–" when there is none.
pub fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{v:.1}"))
}

/// A share (0–1) as a whole percentage.
pub fn pct(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}
