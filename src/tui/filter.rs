//! Narrowing a list of teams by typing: the home screen's teams and the dashboard's team
//! picker. `/` starts typing (letters are already keys on those screens); typed letters narrow
//! the list (case, accents, spaces and punctuation do not count: `domain::names::filter_keeps`),
//! Backspace widens it, Esc clears it, Enter or Tab stops typing and keeps it. The list's
//! selection is the screen's: it stays on its team while the list narrows and widens.
//!
//! Choosing one team by name (`pick_key`, the `TEAM_PICK` keys) is shared by the dashboard's
//! `p` and the respondent picker's "about which team?" finder: letters type straight into the
//! filter there, Enter takes the team at the cursor.

use super::input::TextInput;
use super::keymap::{self, Action};
use crate::app::i18n::{Lang, teams as teams_text};
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

    /// The teams the filter keeps (indices into `all`), in order.
    pub fn visible(&self, all: &[String]) -> Vec<usize> {
        (0..all.len()).filter(|&i| self.keeps(&all[i])).collect()
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

/// What a key did in a one-team pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    /// Enter on a listed team: this one (index into the list).
    Chosen(usize),
    /// Esc with nothing typed.
    Cancel,
    /// F1.
    Help,
    /// The cursor moved, the filter changed, an error was said, or nothing happened.
    Stay,
}

/// A key in a one-team pick over `teams` (`keymap::TEAM_PICK`): letters narrow the list (the
/// cursor stays on its team while it is kept), ↑↓ and `page`-long PgUp/PgDn move among the
/// teams kept, Enter chooses the one at the cursor (with none kept: says so in `error`), Esc
/// clears what is typed, else cancels.
pub fn pick_key(
    filter: &mut TeamFilter,
    cursor: &mut usize,
    error: &mut Option<String>,
    teams: &[String],
    page: usize,
    key: KeyEvent,
    lang: Lang,
) -> Picked {
    let visible = filter.visible(teams);
    let at = visible.iter().position(|&i| i == *cursor);
    let last = visible.len().saturating_sub(1);
    let go = |to: usize| visible.get(to.min(last)).copied();
    let page = page.max(1);
    let moved = match keymap::action(keymap::TEAM_PICK, &key) {
        Some(Action::Help) => return Picked::Help,
        Some(Action::HighlightUp) => at.and_then(|p| go(p.saturating_sub(1))),
        Some(Action::HighlightDown) => go(at.map_or(0, |p| p + 1)),
        Some(Action::PreviousPage) => at.and_then(|p| go(p.saturating_sub(page))),
        Some(Action::NextPage) => go(at.map_or(0, |p| p + page)),
        Some(Action::Start) => {
            if at.is_some() {
                return Picked::Chosen(*cursor);
            }
            *error = Some(teams_text::NO_MATCH.get(lang).into());
            None
        }
        Some(Action::Back) if filter.narrows() => {
            filter.input = TextInput::default();
            *error = None;
            None
        }
        Some(Action::Back) => return Picked::Cancel,
        _ => {
            if filter.input.handle(key) {
                *error = None;
                let visible = filter.visible(teams);
                keep_selection(&visible, *cursor).map(|p| visible[p])
            } else {
                None
            }
        }
    };
    if let Some(to) = moved {
        *cursor = to;
    }
    Picked::Stay
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
