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

/// "1 respondent", "3 respondents": counts read as sentences, not "respondent(s)".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A score to one decimal, or "–" when there is none.
pub fn score(value: Option<f64>) -> String {
    // A tiny negative (a gap of -0.01) would print as "-0.0".
    value.map_or_else(
        || "–".to_string(),
        |v| match format!("{v:.1}") {
            s if s == "-0.0" => "0.0".to_string(),
            s => s,
        },
    )
}

/// A share (0–1) as a whole percentage.
pub fn pct(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// Breaks `text` into lines of at most `width` characters at spaces; a word longer than the
/// width gets a line of its own rather than being cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A signed number to one decimal ("+1.2", "-0.5", "0.0"), or "–" when there is none.
pub fn signed(value: Option<f64>) -> String {
    match value {
        // Keep "-0.0" from appearing for tiny negative values.
        Some(v) if v.abs() < 0.05 => "0.0".to_string(),
        Some(v) => format!("{v:+.1}"),
        None => "–".to_string(),
    }
}
