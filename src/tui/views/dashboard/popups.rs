//! The dashboard's pop-ups: choosing the compared teams, and where to write the report.

use super::super::super::app::App;
use super::super::super::dashboard::{
    Dashboard, EXPORT_ANONYMOUS, EXPORT_AUTHOR, EXPORT_PATH, EXPORT_TITLE, ExportPrompt, Pick,
    RequestKind, RequestPrompt, TeamPicker,
};
use super::super::super::wrap::fit;
use super::super::common::{TeamListPopup, input_line, popup, styled};
use super::cut;
use crate::app::i18n::{dashboard as d, teams as t};
use crate::domain::requests::Status;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

pub struct TeamPickerView<'a> {
    pub app: &'a App,
    pub dash: &'a Dashboard,
    pub picker: &'a TeamPicker,
}

impl Widget for &TeamPickerView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.app.theme;
        let lang = self.dash.lang;
        let Some(loaded) = self.app.loaded(&self.dash.assessment) else {
            return;
        };
        let picker = self.picker;
        // Which teams are compared: all of the assessment's; one of them: the compared ones.
        let teams = if picker.pick.is_some() {
            &self.dash.teams
        } else {
            &loaded.assessment.teams
        };
        let title = match picker.pick {
            None => d::TEAMS_TO_COMPARE,
            Some(Pick::Team) => t::PICK_TEAM,
            Some(Pick::First) => t::PICK_FIRST,
            Some(Pick::Second { .. }) => t::PICK_SECOND,
        };
        let chosen = picker.chosen.iter().filter(|c| **c).count();
        let head = match picker.pick {
            None => d::chosen(lang, chosen, teams.len()),
            Some(Pick::Second { first }) => t::first_team(lang, &teams[first]),
            Some(_) => t::TYPE_A_NAME.get(lang).to_string(),
        };
        let rows: Vec<String> = if picker.pick.is_some() {
            teams.clone()
        } else {
            teams
                .iter()
                .zip(&picker.chosen)
                .map(|(team, c)| format!("{} {team}", if *c { "[x]" } else { "[ ]" }))
                .collect()
        };
        TeamListPopup {
            title: title.get(lang),
            head: &head,
            teams,
            rows: &rows,
            filter: &picker.filter,
            cursor: picker.cursor,
            error: picker.error.as_deref(),
            lang,
            theme,
        }
        .render(area, buf);
    }
}

pub struct ExportView<'a> {
    pub app: &'a App,
    pub prompt: &'a ExportPrompt,
    pub lang: crate::app::i18n::Lang,
}

impl Widget for &ExportView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.app.theme;
        let lang = self.lang;
        let width = area.width.saturating_sub(8).min(90);
        // Borders and one column of padding each side.
        let text_w = usize::from(width.saturating_sub(4)).max(1);
        // An error such as an unreadable response file names a long path and the reason: the
        // popup grows (up to 6 lines of error) so it is read whole.
        let error_lines = match (&self.prompt.error, self.prompt.confirm_overwrite) {
            (Some(e), false) => super::super::super::wrap::wrap(e, text_w).len().clamp(2, 6),
            _ => 2,
        };
        let inner = popup(
            buf,
            area,
            width,
            9 + error_lines as u16,
            d::EXPORT_TITLE.get(lang),
            theme,
        );
        let w = usize::from(inner.width);
        let p = self.prompt;
        let asking = !p.confirm_overwrite;
        let field = |label: &str, input, at: usize| {
            let label = format!("{label:<10}");
            let mut spans = vec![styled(
                label.clone(),
                if p.focus == at {
                    theme.accent
                } else {
                    theme.base
                },
            )];
            spans.extend(
                input_line(
                    input,
                    w.saturating_sub(label.len()),
                    asking && p.focus == at,
                    theme,
                )
                .spans,
            );
            Line::from(spans)
        };
        let anonymous = format!(
            "[{}] {}",
            if p.anonymous { "x" } else { " " },
            d::ANONYMOUS.get(lang)
        );
        let mut lines = vec![
            cut(d::WRITE_TO.get(lang), w, theme.question),
            input_line(&p.path, w, asking && p.focus == EXPORT_PATH, theme),
            cut(d::EXTENSION.get(lang), w, theme.dim),
            field(d::TITLE.get(lang), &p.title, EXPORT_TITLE),
            field(d::AUTHOR.get(lang), &p.author, EXPORT_AUTHOR),
            Line::from(styled(
                fit(&anonymous, w),
                if p.focus == EXPORT_ANONYMOUS {
                    theme.highlight
                } else {
                    theme.base
                },
            )),
            Line::from(""),
        ];
        if self.prompt.confirm_overwrite {
            lines.push(cut(d::EXISTS.get(lang), w, theme.error));
            lines.push(Line::from(vec![
                styled(d::REPLACE_IT.get(lang), theme.question),
                styled(
                    if lang == crate::app::i18n::Lang::Fr {
                        "o"
                    } else {
                        "y"
                    },
                    theme.accent,
                ),
                styled(d::REPLACE.get(lang), theme.base),
                styled("n", theme.accent),
                styled(d::KEEP_RENAME.get(lang), theme.base),
            ]));
        } else if let Some(e) = &self.prompt.error {
            lines.extend(
                super::super::super::wrap::wrap(e, w)
                    .into_iter()
                    .take(error_lines)
                    .map(|l| Line::from(styled(l, theme.error))),
            );
        } else {
            lines.push(cut(d::NEVER_REPLACED.get(lang), w, theme.dim));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

/// Adding a request to the other team, or answering one (perception view).
pub struct RequestView<'a> {
    pub app: &'a App,
    pub prompt: &'a RequestPrompt,
    pub lang: crate::app::i18n::Lang,
}

impl Widget for &RequestView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.app.theme;
        let lang = self.lang;
        let width = area.width.saturating_sub(8).min(90);
        let text_w = usize::from(width.saturating_sub(4)).max(1);
        let (title, mut lines) = match &self.prompt.kind {
            RequestKind::Add { by, to } => (
                d::NEW_REQUEST_TITLE.get(lang).to_string(),
                vec![cut(&d::asks_colon(lang, by, to), text_w, theme.question)],
            ),
            RequestKind::Respond {
                requests,
                cursor,
                status,
            } => {
                let (id, by, to, text) = &requests[*cursor];
                let mut lines = vec![cut(
                    &d::asks_which(lang, by, to, cursor + 1, requests.len()),
                    text_w,
                    theme.question,
                )];
                lines.extend(
                    super::super::super::wrap::wrap(&format!("{id} {text}"), text_w)
                        .into_iter()
                        .take(3)
                        .map(|l| Line::from(styled(l, theme.base))),
                );
                let mut choice = vec![styled(d::answers_tab(lang, to), theme.question)];
                for s in Status::RESPONSES {
                    let style = if s == *status {
                        theme.highlight
                    } else {
                        theme.dim
                    };
                    choice.push(styled(format!(" {} ", d::request_status(lang, s)), style));
                }
                lines.push(Line::from(choice));
                lines.push(cut(d::NOTE_OPTIONAL.get(lang), text_w, theme.question));
                (d::ANSWER_REQUEST_TITLE.get(lang).to_string(), lines)
            }
        };
        lines.push(input_line(&self.prompt.text, text_w, true, theme));
        lines.push(Line::from(""));
        match &self.prompt.error {
            Some(e) => lines.extend(
                super::super::super::wrap::wrap(e, text_w)
                    .into_iter()
                    .take(3)
                    .map(|l| Line::from(styled(l, theme.error))),
            ),
            None => lines.push(cut(d::ENTER_SAVES.get(lang), text_w, theme.dim)),
        }
        let inner = popup(buf, area, width, lines.len() as u16 + 2, &title, theme);
        Paragraph::new(lines).render(inner, buf);
    }
}
