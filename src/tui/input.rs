//! Text editing for forms (one line) and comments (several lines). Pure state: keys in, text out.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A one-line text field. `cursor` counts characters, not bytes, so accents edit correctly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    pub value: String,
    pub cursor: usize,
}

impl TextInput {
    pub fn new(value: &str) -> TextInput {
        TextInput {
            value: value.to_string(),
            cursor: value.chars().count(),
        }
    }

    /// Applies an editing key; returns false for keys it does not handle (Enter, Tab, Esc…),
    /// which the screen then interprets.
    pub fn handle(&mut self, key: KeyEvent) -> bool {
        edit_line(&mut self.value, &mut self.cursor, key)
    }
}

/// Edits `line` at `cursor` (in characters). Shared by the one-line field and each line of the
/// multi-line editor.
fn edit_line(line: &mut String, cursor: &mut usize, key: KeyEvent) -> bool {
    let len = line.chars().count();
    *cursor = (*cursor).min(len);
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            line.insert(byte_index(line, *cursor), c);
            *cursor += 1;
        }
        KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
            line.replace_range(..byte_index(line, *cursor), "");
            *cursor = 0;
        }
        KeyCode::Backspace if *cursor > 0 => {
            let at = byte_index(line, *cursor - 1);
            line.remove(at);
            *cursor -= 1;
        }
        KeyCode::Delete if *cursor < len => {
            let at = byte_index(line, *cursor);
            line.remove(at);
        }
        KeyCode::Left => *cursor = cursor.saturating_sub(1),
        KeyCode::Right => *cursor = (*cursor + 1).min(len),
        KeyCode::Home => *cursor = 0,
        KeyCode::End => *cursor = len,
        // Backspace at the start / Delete at the end: handled, nothing to do.
        KeyCode::Backspace | KeyCode::Delete => {}
        _ => return false,
    }
    true
}

fn byte_index(s: &str, char_index: usize) -> usize {
    s.char_indices().nth(char_index).map_or(s.len(), |(i, _)| i)
}

/// A multi-line editor for comments: Enter starts a new line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextArea {
    pub lines: Vec<String>,
    pub row: usize,
    pub col: usize,
}

impl TextArea {
    /// Opens `text` with the cursor at its end, where people usually continue typing.
    pub fn new(text: &str) -> TextArea {
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let row = lines.len() - 1;
        let col = lines[row].chars().count();
        TextArea { lines, row, col }
    }

    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    pub fn handle(&mut self, key: KeyEvent) -> bool {
        let len = |s: &String| s.chars().count();
        match key.code {
            KeyCode::Enter => {
                let line = &mut self.lines[self.row];
                let rest = line.split_off(byte_index(line, self.col.min(len(line))));
                self.lines.insert(self.row + 1, rest);
                self.row += 1;
                self.col = 0;
            }
            KeyCode::Backspace if self.col == 0 && self.row > 0 => {
                let line = self.lines.remove(self.row);
                self.row -= 1;
                self.col = len(&self.lines[self.row]);
                self.lines[self.row].push_str(&line);
            }
            KeyCode::Delete
                if self.col >= len(&self.lines[self.row]) && self.row + 1 < self.lines.len() =>
            {
                let next = self.lines.remove(self.row + 1);
                self.lines[self.row].push_str(&next);
            }
            KeyCode::Up if self.row > 0 => {
                self.row -= 1;
                self.col = self.col.min(len(&self.lines[self.row]));
            }
            KeyCode::Down if self.row + 1 < self.lines.len() => {
                self.row += 1;
                self.col = self.col.min(len(&self.lines[self.row]));
            }
            KeyCode::Up | KeyCode::Down => {}
            _ => return edit_line(&mut self.lines[self.row], &mut self.col, key),
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(input: &mut TextInput, text: &str) {
        for c in text.chars() {
            input.handle(key(KeyCode::Char(c)));
        }
    }

    #[test]
    fn edits_accented_text_by_character() {
        let mut input = TextInput::default();
        typed(&mut input, "Équipe à");
        input.handle(key(KeyCode::Left));
        input.handle(key(KeyCode::Backspace));
        assert_eq!(input.value, "Équipeà");
        input.handle(key(KeyCode::Home));
        input.handle(key(KeyCode::Delete));
        assert_eq!(input.value, "quipeà");
        assert!(!input.handle(key(KeyCode::Enter)));
    }

    #[test]
    fn text_area_splits_and_joins_lines() {
        let mut area = TextArea::new("");
        for c in "ab".chars() {
            area.handle(key(KeyCode::Char(c)));
        }
        area.handle(key(KeyCode::Left));
        area.handle(key(KeyCode::Enter));
        assert_eq!(area.text(), "a\nb");
        area.handle(key(KeyCode::Home));
        area.handle(key(KeyCode::Backspace));
        assert_eq!(area.text(), "ab");
        assert_eq!((area.row, area.col), (0, 1));
    }
}
