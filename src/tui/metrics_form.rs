//! The delivery-figures form, opened with `m` on a team of the home screen: one row per DORA
//! key, where ←/→ picks one of the DORA Quick Check bands and typing gives a measured value
//! instead (`3/week`, `2d`, `12%`), then the source and the period of what is given. It records
//! what `metrics set` records, through the same checks (`app::metrics::check`).
//!
//! Only the rows given are recorded: a row left untouched keeps the team's stored figure, so
//! the form can correct one key without retyping the others.

use super::input::TextInput;
use crate::app::Loaded;
use crate::app::i18n::{Lang, screens};
use crate::app::metrics::{Field, SetFigures};
use crate::domain::metrics::{Band, Key, Kind, Source, Value};

/// The change failure and rework rate ranges offered as choices: the thresholds of the 2024
/// DORA profiles (5 %, 10 %, 20 %, 40 %) as range ends.
pub const RATE_CHOICES: [(&str, &str, &str); 5] = [
    ("0-5%", "0 to 5 %", "0 à 5\u{202f}%"),
    ("5-10%", "5 to 10 %", "5 à 10\u{202f}%"),
    ("10-20%", "10 to 20 %", "10 à 20\u{202f}%"),
    ("20-40%", "20 to 40 %", "20 à 40\u{202f}%"),
    ("40-100%", "more than 40 %", "plus de 40\u{202f}%"),
];

/// What a key's row will record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Nothing: the stored figure (if any) stays.
    Unchanged,
    /// The n-th choice of the key's bands, fastest first.
    Choice(usize),
    /// A value typed as the command line takes it.
    Typed(TextInput),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub key: Key,
    /// The figure stored now, as the form shows it ("3/week, measured, 2026-Q3").
    pub stored: Option<String>,
    pub entry: Entry,
}

/// Rows after the five keys.
pub const SOURCE_ROW: usize = 5;
pub const PERIOD_ROW: usize = 6;
pub const ROWS: usize = 7;

#[derive(Debug, Clone, PartialEq)]
pub struct MetricsForm {
    pub assessment: String,
    pub team: String,
    pub rows: Vec<FigureRow>,
    pub source: Source,
    pub period: TextInput,
    pub focus: usize,
    /// Why the last Enter recorded nothing, with the row it is about.
    pub error: Option<(usize, String)>,
    /// The screen's language: the questionnaire's, unless `--lang` said another.
    pub lang: Lang,
}

/// The choices of a key, fastest or lowest first: (text given to the parser, label shown in
/// `lang`, the Quick Check's wording).
pub fn choices(key: Key, lang: Lang) -> Vec<(String, &'static str)> {
    let fr = lang == Lang::Fr;
    match key.kind() {
        Kind::Rate => RATE_CHOICES
            .iter()
            .map(|(id, en, fr_label)| (format!("band:{id}"), if fr { *fr_label } else { *en }))
            .collect(),
        kind => Band::ALL
            .iter()
            .rev()
            .map(|b| {
                let label = if fr { b.label_fr(kind) } else { b.label(kind) };
                (format!("band:{}", b.id(kind)), label)
            })
            .collect(),
    }
}

impl MetricsForm {
    /// The form for `team`, showing its stored figures; every row starts unchanged.
    pub fn new(loaded: &Loaded, team: &str, lang: Lang) -> MetricsForm {
        let stored = loaded.figures.iter().find(|f| f.team == team);
        let rows = Key::ALL
            .iter()
            .map(|&key| FigureRow {
                key,
                stored: stored.and_then(|f| f.get(key)).map(|f| {
                    let mut text = format!(
                        "{}, {}",
                        f.value.shown(lang == Lang::Fr),
                        screens::source_word(f.source, lang)
                    );
                    if let Some(p) = &f.period {
                        text.push_str(&format!(", {p}"));
                    }
                    text
                }),
                entry: Entry::Unchanged,
            })
            .collect();
        MetricsForm {
            assessment: loaded.assessment.name.clone(),
            team: team.to_string(),
            rows,
            source: Source::Unknown,
            period: TextInput::default(),
            focus: 0,
            error: None,
            lang,
        }
    }

    /// ←/→ on a key row: the previous or next band (from unchanged or a typed value, the first
    /// or the last); on the source row: the previous or next source.
    pub fn cycle(&mut self, forward: bool) {
        if self.focus == SOURCE_ROW {
            let all = Source::ALL;
            let at = all.iter().position(|s| *s == self.source).unwrap_or(0);
            let n = all.len();
            self.source = all[if forward {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            }];
            return;
        }
        let Some(row) = self.rows.get_mut(self.focus) else {
            return;
        };
        let n = choices(row.key, self.lang).len();
        row.entry = Entry::Choice(match (&row.entry, forward) {
            (Entry::Choice(i), true) => (i + 1) % n,
            (Entry::Choice(i), false) => (i + n - 1) % n,
            (_, true) => 0,
            (_, false) => n - 1,
        });
    }

    /// A typing key on a key row: a chosen band gives way to the typed value; Backspace on a
    /// choice (or on an emptied value) goes back to unchanged. Returns whether it was handled.
    pub fn edit(&mut self, key: ratatui::crossterm::event::KeyEvent) -> bool {
        use ratatui::crossterm::event::KeyCode;
        if self.focus == PERIOD_ROW {
            return self.period.handle(key);
        }
        let Some(row) = self.rows.get_mut(self.focus) else {
            return false;
        };
        match (&mut row.entry, key.code) {
            (Entry::Choice(_) | Entry::Unchanged, KeyCode::Backspace | KeyCode::Delete) => {
                row.entry = Entry::Unchanged;
                true
            }
            (Entry::Typed(input), _) => {
                let handled = input.handle(key);
                if input.value.is_empty() {
                    row.entry = Entry::Unchanged;
                }
                handled
            }
            (_, KeyCode::Char(_)) => {
                let mut input = TextInput::default();
                let handled = input.handle(key);
                if handled {
                    row.entry = Entry::Typed(input);
                }
                handled
            }
            _ => false,
        }
    }

    /// The text a row gives the parser, if it gives any.
    pub fn given(row: &FigureRow) -> Option<String> {
        match &row.entry {
            Entry::Unchanged => None,
            Entry::Choice(i) => choices(row.key, Lang::En).get(*i).map(|(t, _)| t.clone()),
            Entry::Typed(input) => Some(input.value.clone()),
        }
    }

    /// What a row's entry parses to, for the preview next to it: `None` when unchanged.
    pub fn preview(row: &FigureRow) -> Option<Result<Value, String>> {
        Self::given(row).map(|t| row.key.parse_value(&t))
    }

    /// The request the form stands for, in `metrics set`'s terms.
    pub fn texts(&self) -> (Vec<(Key, String)>, String) {
        let values = self
            .rows
            .iter()
            .filter_map(|r| Self::given(r).map(|t| (r.key, t)))
            .collect();
        (values, self.period.value.trim().to_string())
    }

    /// Checks the form against the assessment as `metrics set` would; a refusal names the row.
    pub fn check(&self, loaded: &Loaded) -> Result<crate::app::metrics::Checked, (usize, String)> {
        let (values, period) = self.texts();
        let req = SetFigures {
            assessment: &self.assessment,
            team: &self.team,
            values: values.iter().map(|(k, t)| (*k, t.as_str())).collect(),
            source: Some(self.source.as_str()),
            period: (!period.is_empty()).then_some(period.as_str()),
        };
        crate::app::metrics::check(&loaded.assessment, &req).map_err(|e| {
            let row = match e.field {
                Field::Value(k) => Key::ALL.iter().position(|x| *x == k).unwrap_or(0),
                Field::Source => SOURCE_ROW,
                Field::Period => PERIOD_ROW,
                Field::Team | Field::Figures => self.focus,
            };
            let message = match e.field {
                Field::Figures => screens::FIGURES_GIVE_ONE.get(self.lang).to_string(),
                _ => e.message_in(self.lang).to_string(),
            };
            (row, message)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn form() -> MetricsForm {
        MetricsForm {
            assessment: "a".into(),
            team: "Paris".into(),
            rows: Key::ALL
                .iter()
                .map(|&key| FigureRow {
                    key,
                    stored: None,
                    entry: Entry::Unchanged,
                })
                .collect(),
            source: Source::Unknown,
            period: TextInput::default(),
            focus: 0,
            error: None,
            lang: Lang::En,
        }
    }

    #[test]
    fn every_choice_parses_as_its_key() {
        for key in Key::ALL {
            let all = choices(key, Lang::Fr);
            assert!(all.len() >= 5, "{key}");
            for (text, _) in all {
                assert!(key.parse_value(&text).is_ok(), "{key}: {text}");
            }
        }
    }

    #[test]
    fn arrows_cycle_the_bands_and_wrap_around() {
        let mut f = form();
        f.cycle(false);
        assert_eq!(
            f.rows[0].entry,
            Entry::Choice(5),
            "← from unchanged: the last"
        );
        f.cycle(true);
        assert_eq!(
            f.rows[0].entry,
            Entry::Choice(0),
            "→ past the last: the first"
        );
        assert_eq!(
            MetricsForm::given(&f.rows[0]).as_deref(),
            Some("band:on-demand")
        );
        f.focus = SOURCE_ROW;
        f.cycle(true);
        assert_eq!(f.source, Source::Measured);
    }

    #[test]
    fn typing_replaces_a_choice_and_backspace_goes_back_to_unchanged() {
        let mut f = form();
        f.focus = 1;
        f.cycle(true);
        for c in "2d".chars() {
            assert!(f.edit(press(KeyCode::Char(c))));
        }
        assert_eq!(MetricsForm::given(&f.rows[1]).as_deref(), Some("2d"));
        assert!(matches!(
            MetricsForm::preview(&f.rows[1]),
            Some(Ok(Value::Duration { .. }))
        ));
        f.edit(press(KeyCode::Backspace));
        f.edit(press(KeyCode::Backspace));
        assert_eq!(f.rows[1].entry, Entry::Unchanged);
        f.cycle(true);
        f.edit(press(KeyCode::Backspace));
        assert_eq!(f.rows[1].entry, Entry::Unchanged);
    }

    #[test]
    fn only_the_rows_given_are_in_the_request() {
        let mut f = form();
        f.focus = 2;
        for c in "12%".chars() {
            f.edit(press(KeyCode::Char(c)));
        }
        f.focus = PERIOD_ROW;
        for c in "2026-Q3".chars() {
            f.edit(press(KeyCode::Char(c)));
        }
        let (values, period) = f.texts();
        assert_eq!(values, vec![(Key::ChangeFailureRate, "12%".to_string())]);
        assert_eq!(period, "2026-Q3");
    }
}
