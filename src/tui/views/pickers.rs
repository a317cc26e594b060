//! Choosing who answers for a team, and their role.

use super::super::app::{App, PickerAction, RespondentPicker, RolePicker};
use super::super::keymap;
use super::super::layout::list_offset;
use super::super::wizard::{ROLE_CHOICES, role_choice_text_in, role_label_in};
use super::super::wrap::{fit, wrap};
use super::common::{
    Hint, TeamListPopup, content_area, footer, footer_typing, header, input_line, marked, styled,
    table_hints,
};
use crate::app::i18n::{Lang, Text, keys, screens};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub struct RespondentView<'a> {
    pub app: &'a App,
    pub picker: &'a RespondentPicker,
}

impl Widget for &RespondentView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let p = self.picker;
        let lang = app.screen_lang();
        let t = |x: Text| x.get(lang);
        header(
            buf,
            area,
            &format!(
                "{} · {} · {}",
                p.assessment,
                p.team,
                t(screens::WHO_IS_ANSWERING)
            ),
            "",
            theme,
        );
        let content = content_area(area);
        let w = usize::from(content.width);
        let mut lines = Vec::new();
        lines.extend(
            wrap(t(screens::RESPONDENT_INTRO), w)
                .into_iter()
                .map(|l| Line::from(styled(l, theme.dim))),
        );
        lines.push(Line::from(""));
        // Whose practices, when there is another team to answer about.
        let choices = app.about_choices(&p.assessment, &p.team);
        if choices.len() > 1 {
            let find = choices.len() > FIND_FROM;
            let text = screens::answering_about(lang, &p.team, p.about.as_deref(), find);
            let style = if p.about.is_some() {
                theme.highlight
            } else {
                theme.dim
            };
            for row in wrap(&text, w) {
                lines.push(Line::from(styled(row, style)));
            }
            lines.push(Line::from(""));
        }
        let on_new = p.selected == 0;
        let label = t(screens::NEW_RESPONDENT);
        let mut new_row = vec![styled(
            format!("{}{label}", if on_new { "▶ " } else { "  " }),
            if on_new { theme.highlight } else { theme.base },
        )];
        new_row.push(Span::raw(" "));
        new_row.extend(input_line(&p.new_name, w.saturating_sub(20).min(50), on_new, theme).spans);
        lines.push(Line::from(new_row));
        if let Some(e) = &p.error {
            for row in wrap(&format!("⚠ {e}"), w.saturating_sub(2)) {
                lines.push(Line::from(styled(format!("  {row}"), theme.error)));
            }
        }
        match &p.action {
            Some(PickerAction::Rename { from, to }) => {
                let label = screens::rename_to(lang, from);
                let mut row = vec![styled(fit(&label, w / 2), theme.highlight)];
                row.extend(
                    input_line(
                        to,
                        w.saturating_sub(label.chars().count()).min(50),
                        true,
                        theme,
                    )
                    .spans,
                );
                lines.push(Line::from(row));
            }
            Some(PickerAction::ConfirmDelete { who }) => {
                let text = screens::confirm_delete(lang, who);
                for row in wrap(&text, w.saturating_sub(2)) {
                    lines.push(Line::from(styled(format!("  {row}"), theme.error)));
                }
            }
            None => {}
        }
        lines.push(Line::from(""));
        // About another team, each row counts the sheet about it, not the respondent's own.
        let sheets = app.picker_sheets(&p.assessment, &p.team, p.about.as_deref());
        // A short form asks (and counts) only the questions in its scope.
        let asked = app.loaded(&p.assessment).map(|l| l.assessment.as_asked());
        let questionnaire = asked.as_deref().map(|a| &a.questionnaire);
        if !sheets.is_empty() {
            lines.push(Line::from(styled(t(screens::RESUME), theme.accent)));
            let room = usize::from(content.height).saturating_sub(lines.len());
            let offset = list_offset(p.selected.saturating_sub(1), sheets.len(), room);
            for (i, sheet) in sheets.iter().enumerate().skip(offset).take(room) {
                let (answered, of) = questionnaire.map_or((0, 0), |q| {
                    let asked = sheet.applicable(q);
                    let answered = asked.iter().filter(|id| sheet.answer(id).is_some()).count();
                    (answered, asked.len())
                });
                let text = screens::resume_row(
                    lang,
                    &sheet.respondent,
                    role_label_in(lang, sheet.role),
                    answered,
                    of,
                );
                lines.push(marked(
                    fit(&text, w.saturating_sub(2)),
                    p.selected == i + 1,
                    theme,
                ));
            }
        }
        Paragraph::new(lines).render(content, buf);
        if let Some(find) = &p.find {
            let rows: Vec<String> = choices
                .iter()
                .enumerate()
                .map(|(i, team)| {
                    if i == 0 {
                        screens::own_practices(lang, team)
                    } else {
                        team.clone()
                    }
                })
                .collect();
            TeamListPopup {
                title: t(screens::ABOUT_WHICH),
                head: t(crate::app::i18n::teams::TYPE_A_NAME),
                teams: &choices,
                rows: &rows,
                filter: &find.filter,
                cursor: find.cursor,
                error: find.error.as_deref(),
                lang,
                theme,
            }
            .render(area, buf);
            let hints = keymap::footer(keymap::TEAM_PICK, 5, lang);
            footer_typing(app, area, buf, &table_hints(&hints));
            return;
        }
        let fixed: &[Hint] = match &p.action {
            Some(PickerAction::Rename { .. }) => &[
                Hint::new(t(keys::ENTER), t(screens::RENAME)),
                Hint::out(t(keys::ESC), t(screens::CANCEL)),
            ],
            Some(PickerAction::ConfirmDelete { .. }) => &[
                Hint::new(if lang == Lang::Fr { "o" } else { "y" }, t(screens::DELETE)),
                Hint::out(t(keys::N_ESC), t(screens::KEEP)),
            ],
            None => &[],
        };
        if !fixed.is_empty() {
            footer_typing(app, area, buf, fixed);
            return;
        }
        let table = if on_new {
            keymap::RESPONDENT_NEW
        } else {
            keymap::RESPONDENT_SHEET
        };
        let hints = keymap::footer(table, 5, lang);
        footer_typing(app, area, buf, &table_hints(&hints));
    }
}

/// Teams past which the "About" line (and the room's "Assessed" line) offers `/` (find one
/// by name) besides Tab: the dashboard's `p` shows from the same count.
pub(super) const FIND_FROM: usize = 9;

pub struct RoleView<'a> {
    pub app: &'a App,
    pub picker: &'a RolePicker,
}

impl Widget for &RoleView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let p = self.picker;
        let lang = app.screen_lang();
        let t = |x: Text| x.get(lang);
        header(
            buf,
            area,
            &format!(
                "{} · {} · {} · {}",
                p.assessment,
                p.team,
                p.respondent,
                t(screens::ROLE_WORD)
            ),
            "",
            theme,
        );
        let content = content_area(area);
        let w = usize::from(content.width);
        let mut lines: Vec<Line> = wrap(&screens::role_question(lang, &p.respondent), w)
            .into_iter()
            .map(|l| Line::from(styled(l, theme.dim)))
            .collect();
        lines.push(Line::from(""));
        // A short form asks (and counts) only the questions in its scope.
        let asked = app.loaded(&p.assessment).map(|l| l.assessment.as_asked());
        let questionnaire = asked.as_deref().map(|a| &a.questionnaire);
        for (i, role) in ROLE_CHOICES.iter().enumerate() {
            let text = questionnaire.map_or_else(
                || role_label_in(lang, *role).to_string(),
                |q| role_choice_text_in(lang, *role, q),
            );
            lines.push(marked(text, i == p.selected, theme));
        }
        Paragraph::new(lines).render(content, buf);
        footer(
            app,
            area,
            buf,
            &[
                Hint::new(t(keys::ENTER), t(screens::CHOOSE)),
                Hint::last("↑↓", t(screens::MOVE)),
                Hint::out(t(keys::ESC), t(screens::BACK)),
            ],
        );
    }
}
