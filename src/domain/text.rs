//! Text read from files, made safe to show. A name or a comment comes from a sheet that may
//! have been copied from another laptop or edited by hand: printed raw, an escape sequence in
//! it sets the terminal's title, clears the screen or colours everything after it, a carriage
//! return overwrites the line it is on, and a bidirectional override makes one name display
//! as another. Every face shows such text through [`printable`] (one-line fields) or
//! [`printable_lines`] (comments, whole outputs), which replace those characters by visible
//! marks; the stored text is never changed.
//!
//! The marks: C0 controls become their Control Pictures (ESC → `␛`, BEL → `␇`, a line break in
//! a name → `␊`); DEL, C1 controls, bidirectional controls and line/paragraph separators become
//! `\u007f`, `\u009b`, `\u202e`, … — the form JSON uses, so a JSON document passed through
//! [`printable_lines`] still decodes to the same data (JSON writers escape C0 controls
//! themselves, so no picture ever lands inside a JSON string).

use super::names::is_layout_control;
use std::borrow::Cow;

/// Whether `c` must not reach a terminal, a table cell or a spreadsheet as it is: a control
/// character (C0, DEL, C1) or a character that reorders or breaks the text around it.
pub fn is_hostile(c: char) -> bool {
    c.is_control() || is_layout_control(c)
}

/// `text` with every control character, bidirectional control and line separator replaced by
/// a visible mark (see the module documentation), line breaks included: for names, titles and
/// other one-line fields. Borrowed, at no cost, when there is nothing to replace.
pub fn printable(text: &str) -> Cow<'_, str> {
    neutralise(text, false)
}

/// [`printable`] keeping line breaks (`\n`, and `\r\n`) and tabs as they are: for comments,
/// which may hold several lines, and for whole outputs, whose lines are ours (a tab separates
/// the fields of `report --delimiter '\t'`; it moves the cursor, but never back).
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    neutralise(text, true)
}

fn neutralise(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    // Printable ASCII, by far the most common text, has nothing hostile: one pass over bytes.
    if text.bytes().all(|b| (b' '..b'\x7f').contains(&b)) {
        return Cow::Borrowed(text);
    }
    // A line break is `\n`, or `\r\n` (the CSV report ends its rows so); a lone `\r` sends the
    // cursor back over the line and is neutralised.
    let kept = |c: char, next: Option<char>| {
        keep_newlines && (c == '\n' || c == '\t' || (c == '\r' && next == Some('\n')))
    };
    let mut chars = text.chars().peekable();
    let mut first_bad = None;
    let mut at = 0;
    while let Some(c) = chars.next() {
        if is_hostile(c) && !kept(c, chars.peek().copied()) {
            first_bad = Some(at);
            break;
        }
        at += c.len_utf8();
    }
    let Some(start) = first_bad else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..start]);
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        if is_hostile(c) && !kept(c, chars.peek().copied()) {
            push_mark(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A hostile character as one visible character, for text edited in place (the comment
/// editor counts one cell per character): a C0 control as its Control Picture, DEL as `␡`,
/// anything else as `�`. Other characters are returned as they are.
pub fn printable_char(c: char) -> char {
    match u32::from(c) {
        _ if !is_hostile(c) => c,
        code @ 0x00..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// The visible mark of a hostile character.
fn push_mark(out: &mut String, c: char) {
    let code = u32::from(c);
    match code {
        // U+2400 CONTROL PICTURE FOR NULL onwards, in the order of the C0 codes.
        0x00..=0x1f => out.push(char::from_u32(0x2400 + code).unwrap_or('?')),
        _ => out.push_str(&format!("\\u{code:04x}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_marks() {
        assert_eq!(
            printable("Eve\u{1b}]0;pwned\u{7}"),
            "Eve\u{241b}]0;pwned\u{2407}"
        );
        assert_eq!(printable("a\rb\tc\nd\u{7f}"), "a␍b␉c␊d\\u007f");
        assert_eq!(printable("\u{0}"), "␀");
        // C1 controls (CSI is U+009B) and layout characters have no picture.
        assert_eq!(printable("x\u{9b}31m"), "x\\u009b31m");
        assert_eq!(
            printable("Team\u{202e}sdrawkcab\u{2066}\u{2028}"),
            "Team\\u202esdrawkcab\\u2066\\u2028"
        );
    }

    #[test]
    fn one_character_marks_for_editors() {
        let marked: String = "a\u{1b}\u{7}\u{7f}\u{9b}\u{202e}é"
            .chars()
            .map(printable_char)
            .collect();
        assert_eq!(marked, "a␛␇␡��é");
    }

    #[test]
    fn ordinary_text_is_borrowed_untouched() {
        for text in [
            "Élodie",
            "Ops — ITIL",
            "prêt\u{202f}? «\u{a0}oui\u{a0}»",
            "Team 🇫🇷",
            "",
        ] {
            assert!(matches!(printable(text), Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn printable_lines_keeps_line_breaks_only() {
        assert_eq!(
            printable_lines("one\ntwo\r\n\u{1b}[2J\rover"),
            "one\ntwo\r\n␛[2J␍over"
        );
        assert!(matches!(printable_lines("a\nb\tc"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_stays_json_with_the_same_data() {
        let value = serde_json::json!({ "name": "Eve\u{1b}\u{7f}\u{9b}\u{202e}\u{2029}" });
        let text = serde_json::to_string_pretty(&value).unwrap();
        let shown = printable_lines(&text);
        assert!(!shown.chars().any(is_hostile_but_newline), "{shown}");
        let back: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(back, value);
    }

    fn is_hostile_but_newline(c: char) -> bool {
        is_hostile(c) && c != '\n' && c != '\t'
    }

    #[test]
    fn nothing_hostile_survives() {
        let every: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        assert!(!printable(&every).chars().any(is_hostile));
        assert!(!printable_lines(&every).chars().any(is_hostile_but_newline));
    }
}
