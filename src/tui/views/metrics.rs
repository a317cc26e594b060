//! The delivery-figures form: one row per DORA key with what it will record (a band chosen with
//! ←/→, or a typed value with its band next to it), what is stored now under it, then the
//! source and the period; the reason an Enter recorded nothing at the bottom.

use super::super::app::App;
use super::super::metrics_form::{Entry, FigureRow, MetricsForm, PERIOD_ROW, SOURCE_ROW, choices};
use super::super::wrap::{fit, wrap};
use super::common::{content_area, footer_typing, header, input_line, styled};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Cells of the row labels: the longest key title and the selection marker.
const LABEL_WIDTH: usize = 34;
const INPUT_WIDTH: usize = 16;

pub struct MetricsView<'a> {
    pub app: &'a App,
    pub form: &'a MetricsForm,
}

impl Widget for &MetricsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.app.theme;
        let form = self.form;
        header(
            buf,
            area,
            &format!("Delivery figures — {}", form.team),
            &form.assessment,
            theme,
        );
        let content = content_area(area);
        let w = usize::from(content.width);
        let label_w = LABEL_WIDTH.min(w / 2);
        let value_w = w.saturating_sub(label_w + 1);
        let mut lines: Vec<Line> = wrap(
            "←/→ picks a DORA Quick Check band; or type a measured value (3/week, 2d, 12%). A row left as it is keeps the stored figure.",
            w,
        )
        .into_iter()
        .map(|l| Line::from(styled(l, theme.dim)))
        .collect();
        lines.push(Line::from(""));
        for (i, row) in form.rows.iter().enumerate() {
            let focused = form.focus == i;
            let mut spans = vec![label(row.key.title(), focused, label_w, self.app)];
            spans.extend(entry(row, focused, value_w, self.app));
            lines.push(Line::from(spans));
            let now = row
                .stored
                .as_deref()
                .map_or_else(|| "now: not recorded".to_string(), |s| format!("now: {s}"));
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(label_w + 1)),
                styled(fit(&now, value_w), theme.dim),
            ]));
        }
        let source_focused = form.focus == SOURCE_ROW;
        lines.push(Line::from(vec![
            label(
                "Source of the figures given",
                source_focused,
                label_w,
                self.app,
            ),
            styled(
                format!("◀ {} ▶", form.source.as_str()),
                if source_focused {
                    theme.highlight
                } else {
                    theme.base
                },
            ),
        ]));
        let period_focused = form.focus == PERIOD_ROW;
        let mut period = vec![label(
            "Period (2026-Q3, 2026-07…)",
            period_focused,
            label_w,
            self.app,
        )];
        period.extend(input_line(&form.period, INPUT_WIDTH + 4, period_focused, theme).spans);
        lines.push(Line::from(period));
        lines.push(Line::from(""));
        if let Some((row, e)) = &form.error {
            let what = match *row {
                SOURCE_ROW => "Source",
                PERIOD_ROW => "Period",
                r => form.rows.get(r).map_or("Figures", |r| r.key.title()),
            };
            for l in wrap(&format!("⚠ {what}: {e}"), w) {
                lines.push(Line::from(styled(l, theme.error)));
            }
        }
        Paragraph::new(lines).render(content, buf);
        footer_typing(
            self.app,
            area,
            buf,
            &[
                ("Enter", "record"),
                ("←→", "band"),
                ("↑↓", "row"),
                ("Esc", "cancel"),
            ],
        );
    }
}

fn label(text: &str, focused: bool, width: usize, app: &App) -> Span<'static> {
    let marker = if focused { "▶ " } else { "  " };
    let style = if focused {
        app.theme.highlight
    } else {
        app.theme.base
    };
    styled(
        format!("{marker}{:<w$} ", fit(text, width - 2), w = width - 2),
        style,
    )
}

/// What the row will record: a chosen band between arrows, a typed value in a field with its
/// band (or "?" when it does not parse), or "keep" when nothing is given.
fn entry(row: &FigureRow, focused: bool, width: usize, app: &App) -> Vec<Span<'static>> {
    let theme = &app.theme;
    match &row.entry {
        Entry::Unchanged => {
            let text = if row.stored.is_some() {
                "(keep)"
            } else {
                "(not given)"
            };
            vec![styled(
                text,
                if focused { theme.highlight } else { theme.dim },
            )]
        }
        Entry::Choice(i) => {
            let shown = choices(row.key).get(*i).map_or("", |(_, l)| *l);
            vec![styled(
                format!("◀ {} ▶", fit(shown, width.saturating_sub(4))),
                if focused { theme.highlight } else { theme.base },
            )]
        }
        Entry::Typed(input) => {
            let mut spans = input_line(input, INPUT_WIDTH, focused, theme).spans;
            let preview = match MetricsForm::preview(row) {
                Some(Ok(v)) => v
                    .band()
                    .map_or_else(String::new, |b| format!(" → {}", b.short(row.key.kind()))),
                Some(Err(_)) => " ? not a value".to_string(),
                None => String::new(),
            };
            let style = if preview.starts_with(" ?") {
                theme.error
            } else {
                theme.dim
            };
            spans.push(styled(
                fit(&preview, width.saturating_sub(INPUT_WIDTH)),
                style,
            ));
            spans
        }
    }
}
