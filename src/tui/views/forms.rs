//! The new-assessment and add-team forms.

use super::super::app::{AddTeamForm, App, NewAssessmentForm};
use super::super::wrap::wrap;
use super::common::{Hint, content_area, footer_typing, header, input_line, styled};
use crate::app::i18n::{Text, keys, screens};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub struct NewAssessmentView<'a> {
    pub app: &'a App,
    pub form: &'a NewAssessmentForm,
}

const LABEL_WIDTH: usize = 16;
/// Widest an input box gets; wider boxes only spread short names across a projected wall.
const INPUT_MAX: usize = 60;

impl Widget for &NewAssessmentView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.app.theme;
        let lang = self.app.screen_lang();
        let t = |x: Text| x.get(lang);
        header(buf, area, t(screens::NEW_ASSESSMENT_TITLE), "", theme);
        let content = content_area(area);
        let w = usize::from(content.width);
        let mut lines: Vec<Line> = Vec::new();
        let intro = if self.form.first_run {
            t(screens::WELCOME)
        } else {
            t(screens::CAMPAIGN)
        };
        lines.extend(
            wrap(intro, w)
                .into_iter()
                .map(|l| Line::from(styled(l, theme.base))),
        );
        lines.push(Line::from(""));
        let fields = [
            (t(screens::NAME), t(screens::NAME_HINT)),
            (t(screens::TEAMS), t(screens::TEAMS_HINT)),
            (t(screens::QUESTIONNAIRE), t(screens::QUESTIONNAIRE_HINT)),
        ];
        let input_width = w.saturating_sub(LABEL_WIDTH).min(INPUT_MAX);
        for (i, (label, hint)) in fields.iter().enumerate() {
            let focused = self.form.focus == i;
            lines.push(field(
                label,
                &self.form.fields[i],
                input_width,
                focused,
                self.app,
            ));
            for h in wrap(hint, w.saturating_sub(LABEL_WIDTH)) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(LABEL_WIDTH)),
                    styled(h, theme.dim),
                ]));
            }
            lines.push(Line::from(""));
        }
        if let Some(e) = &self.form.error {
            for l in wrap(&format!("⚠ {e}"), w) {
                lines.push(Line::from(styled(l, theme.error)));
            }
        }
        Paragraph::new(lines).render(content, buf);
        footer_typing(
            self.app,
            area,
            buf,
            &[
                Hint::new(t(keys::ENTER), t(screens::NEXT_OR_CREATE)),
                Hint::last("Tab ↑↓", t(screens::MOVE)),
                Hint::out(t(keys::ESC), t(screens::CANCEL)),
            ],
        );
    }
}

fn field(
    label: &str,
    input: &super::super::input::TextInput,
    input_width: usize,
    focused: bool,
    app: &App,
) -> Line<'static> {
    let theme = &app.theme;
    let marker = if focused { "▶ " } else { "  " };
    let label_style = if focused { theme.highlight } else { theme.base };
    let mut spans = vec![styled(
        format!("{marker}{label:<w$}", w = LABEL_WIDTH - 3),
        label_style,
    )];
    spans.push(Span::raw(" "));
    spans.extend(input_line(input, input_width, focused, theme).spans);
    Line::from(spans)
}

pub struct AddTeamView<'a> {
    pub app: &'a App,
    pub form: &'a AddTeamForm,
}

impl Widget for &AddTeamView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.app.theme;
        let lang = self.app.screen_lang();
        let t = |x: Text| x.get(lang);
        header(
            buf,
            area,
            &screens::add_team_to(lang, &self.form.assessment),
            "",
            theme,
        );
        let content = content_area(area);
        let w = usize::from(content.width);
        let mut lines = Vec::new();
        if let Some(loaded) = self.app.loaded(&self.form.assessment) {
            let teams = screens::teams_so_far(lang, &loaded.assessment.teams.join(", "));
            lines.extend(
                wrap(&teams, w)
                    .into_iter()
                    .map(|l| Line::from(styled(l, theme.dim))),
            );
            lines.push(Line::from(""));
        }
        lines.push(field(
            t(screens::TEAM),
            &self.form.team,
            w.saturating_sub(LABEL_WIDTH).min(INPUT_MAX),
            true,
            self.app,
        ));
        lines.push(Line::from(""));
        if let Some(e) = &self.form.error {
            for l in wrap(&format!("⚠ {e}"), w) {
                lines.push(Line::from(styled(l, theme.error)));
            }
        }
        Paragraph::new(lines).render(content, buf);
        footer_typing(
            self.app,
            area,
            buf,
            &[
                Hint::new(t(keys::ENTER), t(screens::ADD)),
                Hint::out(t(keys::ESC), t(screens::CANCEL)),
            ],
        );
    }
}
