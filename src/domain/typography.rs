//! Which spaces a line may break at: French text keeps its no-break spaces (before « ? »,
//! inside « ») as they are, and wrappers must neither break there nor print ordinary spaces.

/// No-break space (U+00A0): before « : » and « % », inside « ».
pub const NBSP: char = '\u{a0}';
/// Narrow no-break space (U+202F): before « ; », « ? » and « ! ».
pub const NNBSP: char = '\u{202f}';

/// Whether a line may break at `c`. Rust's `char::is_whitespace` (and `split_whitespace`) also
/// say yes for the no-break spaces, so a wrapper using them would move « ? » to the next line
/// and print an ordinary space where the text had a no-break one.
pub fn is_breaking_space(c: char) -> bool {
    c.is_whitespace() && !is_no_break_space(c)
}

/// U+00A0, U+202F and the figure space U+2007.
pub fn is_no_break_space(c: char) -> bool {
    matches!(c, NBSP | NNBSP | '\u{2007}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_break_spaces_are_not_breaking_spaces() {
        assert!(is_breaking_space(' '));
        assert!(is_breaking_space('\t'));
        assert!(is_breaking_space('\n'));
        for c in [NBSP, NNBSP, '\u{2007}'] {
            assert!(c.is_whitespace(), "the reason this module exists");
            assert!(!is_breaking_space(c), "{c:?}");
        }
    }
}
