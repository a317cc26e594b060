//! The new-assessment and add-team forms.

use super::super::app::{AddTeamForm, App, NewAssessmentForm};
use super::super::wrap::wrap;
use super::common::{content_area, footer_typing, header, input_line, styled};
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
        header(buf, area, "New assessment", "", theme);
        let content = content_area(area);
        let w = usize::from(content.width);
        let mut lines: Vec<Line> = Vec::new();
        let intro = if self.form.first_run {
            "Welcome! There is no assessment yet. An assessment is one campaign: several teams answer the same questionnaire, then their results are compared."
        } else {
            "An assessment is one campaign: several teams answer the same questionnaire, then their results are compared."
        };
        lines.extend(
            wrap(intro, w)
                .into_iter()
                .map(|l| Line::from(styled(l, theme.base))),
        );
        lines.push(Line::from(""));
        let fields = [
            ("Name", "e.g. bank-2026"),
            ("Teams", "separate teams with commas, e.g. Paris, Nantes"),
            (
                "Questionnaire",
                "type en or leave empty: the built-in DevOps questionnaire; fr: its French edition; or a JSON file path",
            ),
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
                ("Enter", "next field / create"),
                ("Tab ↑↓", "move"),
                ("Esc", "cancel"),
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
        header(
            buf,
            area,
            &format!("Add a team to {}", self.form.assessment),
            "",
            theme,
        );
        let content = content_area(area);
        let w = usize::from(content.width);
        let mut lines = Vec::new();
        if let Some(loaded) = self.app.loaded(&self.form.assessment) {
            let teams = format!("Teams so far: {}", loaded.assessment.teams.join(", "));
            lines.extend(
                wrap(&teams, w)
                    .into_iter()
                    .map(|l| Line::from(styled(l, theme.dim))),
            );
            lines.push(Line::from(""));
        }
        lines.push(field(
            "Team",
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
        footer_typing(self.app, area, buf, &[("Enter", "add"), ("Esc", "cancel")]);
    }
}
