//! The wizard's key tables: which keys do what on the question screen and in the "replace the
//! stored answer?" prompt. One table per screen drives the key handler (`update::wizard`), the
//! `?` help and the footer hints, so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key does on the question screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A digit: highlight that level.
    HighlightLevel,
    HighlightUp,
    HighlightDown,
    /// Save the highlighted level (asking first if it replaces another stored answer).
    Save,
    NotApplicable,
    Unknown,
    Comment,
    Leave,
    PreviousQuestion,
    NextQuestion,
    PreviousDimension,
    NextDimension,
    /// Scroll the question text; the highlight stays where it is.
    ScrollUp,
    ScrollDown,
    /// The top of the question text, with a cut hint and comment shown whole.
    Top,
    Bottom,
    Review,
    Role,
    Help,
    /// In the replace prompt: replace the stored answer.
    Replace,
    /// In the replace prompt: keep the stored answer.
    Keep,
}

/// A key with the modifiers it needs. Letters ignore Shift (terminals report it for capitals
/// only), but Ctrl and Alt must match: Ctrl+U or Alt+N typed by mistake answer nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn shift(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::SHIFT,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let mut modifiers = event.modifiers;
        if matches!(event.code, KeyCode::Char(_)) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        event.code == self.code && modifiers == self.modifiers
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Listed(&'static [Key]),
    /// The digits 1–9 (the level count is checked by the handler).
    Digits,
}

/// One line of a key table. `{n}` in `label` and `footer` stands for the number of levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub action: Action,
    pub keys: Keys,
    /// How the help spells the keys: "↑ ↓  j k".
    pub label: &'static str,
    /// What the help says they do.
    pub help: &'static str,
    /// Keys and words in the footer, in table order while they fit; `None`: help only.
    pub footer: Option<(&'static str, &'static str)>,
}

impl Binding {
    fn matches(&self, event: &KeyEvent) -> bool {
        match self.keys {
            Keys::Listed(keys) => keys.iter().any(|k| k.matches(event)),
            Keys::Digits => {
                matches!(event.code, KeyCode::Char('1'..='9'))
                    && !event
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            }
        }
    }
}

/// The question screen. Only ↑/↓ (and j/k, digits, a click) move the highlight; only the scroll
/// keys and the wheel move the text. Before, ↓ past the last level scrolled, so reading down to
/// the comment and pressing Enter could save a level nobody chose.
pub const QUESTION: &[Binding] = &[
    Binding {
        action: Action::HighlightLevel,
        keys: Keys::Digits,
        label: "1–{n}",
        help: "highlight that level",
        footer: Some(("1–{n} ↑↓", "level")),
    },
    Binding {
        action: Action::HighlightUp,
        keys: Keys::Listed(&[key(KeyCode::Up), ch('k')]),
        label: "↑ ↓  j k",
        help: "move the highlight (the text scrolls to show it)",
        footer: None,
    },
    Binding {
        action: Action::HighlightDown,
        keys: Keys::Listed(&[key(KeyCode::Down), ch('j')]),
        label: "",
        help: "",
        footer: None,
    },
    Binding {
        action: Action::Save,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: "Enter",
        help: "save the highlighted level, next question; asks before replacing an answer",
        footer: Some(("Enter", "save")),
    },
    Binding {
        action: Action::NotApplicable,
        keys: Keys::Listed(&[ch('n')]),
        label: "n",
        help: "save n/a (does not apply), next question",
        footer: Some(("n", "n/a")),
    },
    Binding {
        action: Action::Unknown,
        keys: Keys::Listed(&[ch('u')]),
        label: "u",
        help: "save unknown (nobody knows), next question",
        footer: Some(("u", "unknown")),
    },
    Binding {
        action: Action::Comment,
        keys: Keys::Listed(&[ch('c')]),
        label: "c",
        help: "comment on the question (the room's reasoning)",
        footer: Some(("c", "comment")),
    },
    Binding {
        action: Action::Leave,
        keys: Keys::Listed(&[ch('q'), key(KeyCode::Esc)]),
        label: "q Esc",
        help: "leave: every answer is already saved",
        footer: Some(("q", "leave")),
    },
    Binding {
        action: Action::PreviousQuestion,
        keys: Keys::Listed(&[key(KeyCode::Left), ch('h')]),
        label: "← →  h l",
        help: "previous / next question",
        footer: Some(("←→", "question")),
    },
    Binding {
        action: Action::NextQuestion,
        keys: Keys::Listed(&[key(KeyCode::Right), ch('l')]),
        label: "",
        help: "",
        footer: None,
    },
    Binding {
        action: Action::PreviousDimension,
        keys: Keys::Listed(&[key(KeyCode::PageUp)]),
        label: "PgUp PgDn",
        help: "previous / next dimension",
        footer: Some(("PgUp/PgDn", "dimension")),
    },
    Binding {
        action: Action::NextDimension,
        keys: Keys::Listed(&[key(KeyCode::PageDown)]),
        label: "",
        help: "",
        footer: None,
    },
    Binding {
        action: Action::ScrollUp,
        keys: Keys::Listed(&[shift(KeyCode::Up)]),
        label: "Shift+↑ ↓",
        help: "scroll the question text; the highlight stays",
        footer: Some(("Shift+↑↓", "scroll")),
    },
    Binding {
        action: Action::ScrollDown,
        keys: Keys::Listed(&[shift(KeyCode::Down)]),
        label: "",
        help: "",
        footer: None,
    },
    Binding {
        action: Action::Top,
        keys: Keys::Listed(&[key(KeyCode::Home)]),
        label: "Home End",
        help: "top of the text (hint and comment whole) / its end",
        footer: None,
    },
    Binding {
        action: Action::Bottom,
        keys: Keys::Listed(&[key(KeyCode::End)]),
        label: "",
        help: "",
        footer: None,
    },
    Binding {
        action: Action::Review,
        keys: Keys::Listed(&[ch('f')]),
        label: "f",
        help: "review: unanswered and skipped questions",
        footer: Some(("f", "review")),
    },
    Binding {
        action: Action::Role,
        keys: Keys::Listed(&[ch('r')]),
        label: "r",
        help: "respondent's role: other roles' questions are skipped",
        footer: Some(("r", "role")),
    },
    Binding {
        action: Action::Help,
        // F1 is handled before any screen sees the key; listed so the help names it.
        keys: Keys::Listed(&[ch('?'), key(KeyCode::F(1))]),
        label: "? F1",
        help: "this help",
        footer: None,
    },
];

/// The prompt shown when Enter, n, u or a click would replace a stored answer with another.
pub const REPLACE: &[Binding] = &[
    Binding {
        action: Action::Replace,
        keys: Keys::Listed(&[key(KeyCode::Enter), ch('y')]),
        label: "Enter y",
        help: "replace the stored answer and go to the next question",
        footer: Some(("Enter/y", "replace")),
    },
    Binding {
        action: Action::Keep,
        keys: Keys::Listed(&[key(KeyCode::Esc), ch('n')]),
        label: "Esc n",
        help: "keep the stored answer (the highlight goes back to it)",
        footer: Some(("Esc/n", "keep")),
    },
    Binding {
        action: Action::Help,
        keys: Keys::Listed(&[ch('?'), key(KeyCode::F(1))]),
        label: "? F1",
        help: "this help",
        footer: None,
    },
];

/// What `event` does according to `table`.
pub fn action(table: &[Binding], event: &KeyEvent) -> Option<Action> {
    table.iter().find(|b| b.matches(event)).map(|b| b.action)
}

/// The help lines of a table: (keys, what they do), one per labelled binding.
pub fn help_lines(table: &[Binding], levels: u8) -> Vec<(String, String)> {
    table
        .iter()
        .filter(|b| !b.label.is_empty())
        .map(|b| (fill(b.label, levels), b.help.to_string()))
        .collect()
}

/// The footer hints of a table, in table order: (keys, words).
pub fn footer(table: &[Binding], levels: u8) -> Vec<(String, String)> {
    table
        .iter()
        .filter_map(|b| b.footer)
        .map(|(k, what)| (fill(k, levels), what.to_string()))
        .collect()
}

fn fill(text: &str, levels: u8) -> String {
    text.replace("{n}", &levels.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn every_key_of_a_table_does_one_thing() {
        for table in [QUESTION, REPLACE] {
            let mut seen: Vec<Key> = Vec::new();
            for b in table {
                if let Keys::Listed(keys) = b.keys {
                    for k in keys {
                        assert!(!seen.contains(k), "{k:?} is bound twice");
                        seen.push(*k);
                    }
                }
            }
            assert!(
                !seen
                    .iter()
                    .any(|k| matches!(k.code, KeyCode::Char('1'..='9'))),
                "digits belong to the level binding"
            );
        }
    }

    #[test]
    fn arrows_move_the_highlight_and_shifted_arrows_scroll() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Down, none)),
            Some(Action::HighlightDown)
        );
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Down, KeyModifiers::SHIFT)),
            Some(Action::ScrollDown)
        );
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Up, KeyModifiers::SHIFT)),
            Some(Action::ScrollUp)
        );
        // Ctrl+↓ is neither: it must not move the highlight by surprise.
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Down, KeyModifiers::CONTROL)),
            None
        );
    }

    #[test]
    fn letters_ignore_shift_but_not_ctrl_or_alt() {
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Char('n'), KeyModifiers::NONE)),
            Some(Action::NotApplicable)
        );
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(Action::Help)
        );
        for m in [KeyModifiers::CONTROL, KeyModifiers::ALT] {
            assert_eq!(action(QUESTION, &ev(KeyCode::Char('u'), m)), None);
            assert_eq!(action(QUESTION, &ev(KeyCode::Char('3'), m)), None);
        }
    }

    #[test]
    fn help_and_footer_come_from_the_table() {
        let help = help_lines(QUESTION, 5);
        assert_eq!(
            help[0],
            ("1–5".to_string(), "highlight that level".to_string())
        );
        assert!(help.iter().any(|(k, _)| k == "Shift+↑ ↓"));
        assert!(
            help.iter()
                .all(|(k, what)| !k.is_empty() && !what.is_empty())
        );
        let footer = footer(QUESTION, 4);
        assert_eq!(footer[0], ("1–4 ↑↓".to_string(), "level".to_string()));
        assert_eq!(footer[1].0, "Enter");
    }
}
