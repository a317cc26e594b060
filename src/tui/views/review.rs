//! The review before finishing: unanswered questions to jump to, and questions skipped for the
//! respondent's role.

use super::super::app::App;
use super::super::layout::list_offset;
use super::super::wizard::{Mode, Wizard, role_label_in};
use super::super::wrap::{fit, wrap};
use super::common::{Hint, content_area, footer, header, marked, styled};
use crate::app::i18n::{keys, screens};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

pub struct ReviewView<'a> {
    pub app: &'a App,
    pub wizard: &'a Wizard,
}

impl Widget for &ReviewView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let w = self.wizard;
        let theme = &self.app.theme;
        let lang = w.lang;
        let selected = match w.mode {
            Mode::Review { selected } => selected,
            _ => 0,
        };
        header(
            buf,
            area,
            &format!(
                "{} · {} · {} · {}",
                w.assessment.name,
                w.sheet.team,
                w.sheet.respondent,
                screens::REVIEW.get(lang)
            ),
            "",
            theme,
        );
        let content = content_area(area);
        let cells = usize::from(content.width);
        let height = usize::from(content.height);
        let unanswered = w.unanswered();
        let skipped = w.skipped();
        let mut lines = vec![
            Line::from(styled(screens::REVIEW_TITLE.get(lang), theme.accent)),
            Line::from(styled(
                fit(
                    &screens::review_count(lang, w.answered_count(), w.asked.len()),
                    cells,
                ),
                theme.base,
            )),
            Line::from(""),
        ];
        // Skipped questions get at most a third of the room, unanswered ones the rest.
        let skipped_rows = if skipped.is_empty() {
            0
        } else {
            (skipped.len() + 2).min(height / 3).max(3)
        };
        if unanswered.is_empty() {
            lines.push(Line::from(styled(
                screens::ALL_ANSWERED.get(lang),
                theme.saved,
            )));
        } else {
            lines.push(Line::from(styled(
                screens::unanswered(lang, unanswered.len()),
                theme.accent,
            )));
            let rows = height.saturating_sub(lines.len() + skipped_rows + 1).max(1);
            let offset = list_offset(selected, unanswered.len(), rows);
            for (i, &pos) in unanswered.iter().enumerate().skip(offset).take(rows) {
                let (dim, q) = w.get(w.asked[pos]);
                let text = format!("{} · {}", dim.name, q.text);
                lines.push(marked(
                    fit(&text, cells.saturating_sub(2)),
                    i == selected,
                    theme,
                ));
            }
            if offset + rows < unanswered.len() {
                lines.push(Line::from(styled(
                    screens::more_below(lang, unanswered.len() - offset - rows),
                    theme.dim,
                )));
            }
        }
        if !skipped.is_empty() {
            lines.push(Line::from(""));
            let title =
                screens::skipped_title(lang, role_label_in(lang, w.sheet.role), skipped.len());
            for l in wrap(&title, cells) {
                lines.push(Line::from(styled(l, theme.accent)));
            }
            let room = height.saturating_sub(lines.len());
            let shown = if skipped.len() > room {
                room.saturating_sub(1)
            } else {
                skipped.len()
            };
            for r in skipped.iter().take(shown) {
                let (dim, q) = w.get(*r);
                lines.push(Line::from(styled(
                    fit(&format!("  {} · {}", dim.name, q.text), cells),
                    theme.dim,
                )));
            }
            if shown < skipped.len() {
                lines.push(Line::from(styled(
                    screens::and_more(lang, skipped.len() - shown),
                    theme.dim,
                )));
            }
        }
        Paragraph::new(lines).render(content, buf);
        footer(
            self.app,
            area,
            buf,
            &[
                Hint::new(keys::ENTER.get(lang), screens::GO_TO_QUESTION.get(lang)),
                Hint::out("q", screens::FINISH.get(lang)),
                Hint::last("↑↓", screens::CHOOSE.get(lang)),
                Hint::out(
                    keys::ESC_LEFT.get(lang),
                    screens::BACK_TO_QUESTIONS.get(lang),
                ),
            ],
        );
    }
}
