//! Narrowing a list of teams by typing: the home screen's teams and the dashboard's team
//! picker. `/` starts typing (letters are already keys on those screens); typed letters narrow
//! the list (case, accents, spaces and punctuation do not count: `domain::names::filter_keeps`),
//! Backspace widens it, Esc clears it, Enter or Tab stops typing and keeps it. The list's
//! selection is the screen's: it stays on its team while the list narrows and widens.

use super::input::TextInput;
use super::keymap::{self, Action};
use crate::domain::names::filter_keeps;
use ratatui::crossterm::event::KeyEvent;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamFilter {
    pub input: TextInput,
    /// Keys go to the filter (after `/`), not to the screen's actions.
    pub typing: bool,
}

/// What a key did to the filter, for the screen to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKey {
    /// The text changed: the list is narrowed (or widened) again.
    Changed,
    /// Typing stopped, the text kept, or the key was taken and changed nothing.
    Kept,
    /// Not a filter key (arrows while typing, every key when not): the screen's.
    Screen,
}

impl TeamFilter {
    /// Whether anything is typed that narrows the list.
    pub fn narrows(&self) -> bool {
        !self.input.value.trim().is_empty()
    }

    /// Whether the list keeps `name` with what is typed.
    pub fn keeps(&self, name: &str) -> bool {
        filter_keeps(name, &self.input.value)
    }

    /// The filter's part of a key: `/` starts typing; while typing, the `TEAM_FILTER` table
    /// (Esc clears, Enter and Tab stop, arrows are the list's) and text editing; when not
    /// typing, Esc clears a filter still narrowing the list (a second Esc is the screen's).
    pub fn key(&mut self, key: KeyEvent) -> FilterKey {
        if !self.typing {
            return match keymap::action(keymap::FILTER_START, &key) {
                Some(Action::Filter) => {
                    self.typing = true;
                    FilterKey::Kept
                }
                Some(Action::ClearFilter) if self.narrows() => {
                    self.input = TextInput::default();
                    FilterKey::Changed
                }
                _ => FilterKey::Screen,
            };
        }
        match keymap::action(keymap::TEAM_FILTER, &key) {
            Some(Action::ClearFilter) => {
                self.typing = false;
                let had = !self.input.value.is_empty();
                self.input = TextInput::default();
                if had {
                    FilterKey::Changed
                } else {
                    FilterKey::Kept
                }
            }
            Some(Action::Back) => {
                self.typing = false;
                FilterKey::Kept
            }
            Some(Action::HighlightUp | Action::HighlightDown | Action::Help) => FilterKey::Screen,
            _ => {
                let before = self.input.value.clone();
                if self.input.handle(key) {
                    if self.input.value == before {
                        FilterKey::Kept
                    } else {
                        FilterKey::Changed
                    }
                } else {
                    FilterKey::Kept
                }
            }
        }
    }
}

/// The position to select in `visible` (indices of the kept items, in order) so the selection
/// survives filtering: where `current` is when it is still kept, else the first kept item.
pub fn keep_selection(visible: &[usize], current: usize) -> Option<usize> {
    visible
        .iter()
        .position(|&i| i == current)
        .or((!visible.is_empty()).then_some(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn press(f: &mut TeamFilter, code: KeyCode) -> FilterKey {
        f.key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn slash_starts_typing_then_letters_narrow_and_backspace_widens() {
        let mut f = TeamFilter::default();
        assert_eq!(press(&mut f, KeyCode::Char('x')), FilterKey::Screen);
        assert_eq!(press(&mut f, KeyCode::Char('/')), FilterKey::Kept);
        assert!(f.typing);
        for c in "éq 7".chars() {
            assert_eq!(press(&mut f, KeyCode::Char(c)), FilterKey::Changed);
        }
        assert!(f.keeps("Équipe 7") && !f.keeps("Équipe 8"));
        assert_eq!(press(&mut f, KeyCode::Backspace), FilterKey::Changed);
        assert_eq!(f.input.value, "éq ");
        assert!(f.keeps("Équipe 8"));
        // Arrows move in the list while typing.
        assert_eq!(press(&mut f, KeyCode::Down), FilterKey::Screen);
        // Enter stops typing and keeps the text: letters are the screen's keys again.
        assert_eq!(press(&mut f, KeyCode::Enter), FilterKey::Kept);
        assert!(!f.typing && f.narrows());
        assert_eq!(press(&mut f, KeyCode::Char('a')), FilterKey::Screen);
        // Esc clears it; a second Esc is the screen's (cancel, back).
        assert_eq!(press(&mut f, KeyCode::Esc), FilterKey::Changed);
        assert!(!f.narrows());
        assert_eq!(press(&mut f, KeyCode::Esc), FilterKey::Screen);
    }

    #[test]
    fn esc_while_typing_clears_and_stops() {
        let mut f = TeamFilter::default();
        press(&mut f, KeyCode::Char('/'));
        press(&mut f, KeyCode::Char('p'));
        assert_eq!(press(&mut f, KeyCode::Esc), FilterKey::Changed);
        assert!(!f.typing && f.input.value.is_empty());
    }

    #[test]
    fn the_selection_stays_on_its_team_or_goes_to_the_first_kept() {
        assert_eq!(keep_selection(&[2, 5, 9], 5), Some(1));
        assert_eq!(keep_selection(&[2, 5, 9], 4), Some(0));
        assert_eq!(keep_selection(&[], 4), None);
    }
}
