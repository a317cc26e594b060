//! The `?` overlay: every key of the current screen.

use super::super::app::{App, Screen};
use super::super::wizard::Mode;
use super::common::{popup, styled};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

pub struct HelpView<'a> {
    pub app: &'a App,
}

/// The keys of a screen, as (keys, what they do). Also the source of truth for the help tests.
pub fn keys_for(app: &App) -> Vec<(String, String)> {
    let s = |k: &str, v: &str| (k.to_string(), v.to_string());
    match &app.screen {
        Screen::Home => vec![
            s("↑ ↓  j k", "choose a team"),
            s("Enter", "answer for the team: pick or add a respondent"),
            s("c", "compare the assessment's teams: the dashboard"),
            s("r", "the team's results"),
            s("n", "new assessment"),
            s("t", "add a team to the assessment"),
            s("mouse", "click a team to choose it"),
            s("? F1", "this help"),
            s("q Esc", "quit"),
        ],
        Screen::NewAssessment(_) | Screen::AddTeam(_) => vec![
            s("Enter", "next field; on the last field, create"),
            s("Tab ↑ ↓", "move between fields"),
            s("← → Home End", "move in the text"),
            s("Ctrl+U", "clear to the start of the field"),
            s("F1", "this help (? is typed as text here)"),
            s("Esc", "cancel"),
        ],
        Screen::Respondents(_) => vec![
            s("↑ ↓", "choose"),
            s("Enter", "start, or resume where the respondent stopped"),
            s("F1", "this help (? is typed as text here)"),
            s("Esc", "back"),
        ],
        Screen::Role(_) => vec![
            s("↑ ↓  j k", "choose"),
            s("Enter", "start answering with this role"),
            s("? F1", "this help"),
            s("Esc", "back"),
        ],
        Screen::Results(_) => vec![
            s("↑ ↓  j k", "scroll"),
            s("? F1", "this help"),
            s("Esc q", "back to the assessments"),
        ],
        Screen::Dashboard(d) if d.export.is_some() => vec![
            s("Enter", "write the report (the extension picks the format)"),
            s("y / n", "replace an existing file / keep it"),
            s("Esc", "cancel"),
        ],
        Screen::Dashboard(d) if d.picker.is_some() => vec![
            s("↑ ↓", "choose a team"),
            s("Space x", "include or leave out the team"),
            s("a", "all teams (again: none)"),
            s("Enter", "compare the chosen teams"),
            s("Esc", "cancel"),
        ],
        Screen::Dashboard(_) => vec![
            s("1 2 3 4  Tab", "overview, differences, plans, discuss"),
            s("↑ ↓  j k", "scroll; in differences, choose a dimension"),
            s("PgUp PgDn", "a page up / down"),
            s("Enter", "differences: the questions of the dimension"),
            s("a  b", "differences: the next team on each side"),
            s("← →", "plans, discuss: the other teams"),
            s("t", "choose the teams to compare"),
            s("e", "export the report (PDF, Markdown, JSON, CSV)"),
            s("Esc q", "back (from a dimension: to the list)"),
        ],
        Screen::Wizard(w) => match w.mode {
            Mode::Review { .. } => vec![
                s("↑ ↓  j k", "choose an unanswered question"),
                s("Enter", "go to it"),
                s("Esc ← h", "back to the questions"),
                s("q", "finish: everything is already saved"),
            ],
            Mode::Comment(_) => vec![
                s("Esc Ctrl+S", "save the comment and close"),
                s("Enter", "new line"),
                s("arrows Home End", "move in the text"),
            ],
            _ => {
                let n = w.level_count();
                vec![
                    (format!("1–{n}"), "highlight that level".to_string()),
                    s("↑ ↓  j k", "move the highlight (and scroll past the ends)"),
                    s("Enter", "save the highlighted level, next question"),
                    s("n", "save n/a (does not apply), next question"),
                    s("u", "save unknown (nobody knows), next question"),
                    s("← →  h l", "previous / next question"),
                    s("PgUp PgDn", "previous / next dimension"),
                    s("c", "comment on the question (the room's reasoning)"),
                    s("r", "respondent's role: other roles' questions are skipped"),
                    s("f", "review: unanswered and skipped questions"),
                    s(
                        "mouse",
                        "click a level to highlight, again to save; wheel scrolls",
                    ),
                    s("q Esc", "leave: every answer is already saved"),
                ]
            }
        },
    }
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.app.theme;
        let keys = keys_for(self.app);
        let key_width = keys
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(4)
            + 2;
        let height = keys.len() as u16 + 6;
        let inner = popup(buf, area, 76, height, "Keys", theme);
        let mut lines: Vec<Line> = keys
            .into_iter()
            .map(|(k, what)| {
                Line::from(vec![
                    styled(format!("{k:<key_width$}"), theme.accent),
                    styled(what, theme.base),
                ])
            })
            .collect();
        lines.push(Line::from(""));
        lines.push(Line::from(styled(
            "Every answer and comment is saved the moment it is given. Esc or ? closes this.",
            theme.dim,
        )));
        // Said once here rather than on every footer: why some screens show F1 and others ?.
        lines.push(Line::from(styled(
            "Where ? is typed as text (forms, names, comments), F1 opens this help.",
            theme.dim,
        )));
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .render(inner, buf);
    }
}
