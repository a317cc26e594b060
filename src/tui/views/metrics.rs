//! The delivery-figures form: one row per DORA key with what it will record (a band chosen with
//! ←/→, or a typed value with its band next to it), what is stored now under it, then the
//! source and the period; the reason an Enter recorded nothing at the bottom.

use super::super::app::App;
use super::super::metrics_form::{Entry, FigureRow, MetricsForm, PERIOD_ROW, SOURCE_ROW, choices};
use super::super::wrap::{fit, wrap};
use super::common::{Hint, content_area, footer_typing, header, input_line, styled};
use crate::app::i18n::{Lang, Text, keys, screens};
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
        let lang = form.lang;
        let t = |x: Text| x.get(lang);
        let key_title = |k: crate::domain::metrics::Key| {
            if lang == Lang::Fr {
                k.title_fr()
            } else {
                k.title()
            }
        };
        header(
            buf,
            area,
            &format!("{} — {}", t(screens::FIGURES_TITLE), form.team),
            &form.assessment,
            theme,
        );
        let content = content_area(area);
        let w = usize::from(content.width);
        let label_w = LABEL_WIDTH.min(w / 2);
        let value_w = w.saturating_sub(label_w + 1);
        let mut lines: Vec<Line> = wrap(t(screens::FIGURES_INTRO), w)
            .into_iter()
            .map(|l| Line::from(styled(l, theme.dim)))
            .collect();
        lines.push(Line::from(""));
        for (i, row) in form.rows.iter().enumerate() {
            let focused = form.focus == i;
            let mut spans = vec![label(key_title(row.key), focused, label_w, self.app)];
            spans.extend(entry(row, focused, value_w, self.app, lang));
            lines.push(Line::from(spans));
            let now = format!(
                "{}{}",
                t(screens::FIGURES_NOW),
                row.stored
                    .as_deref()
                    .unwrap_or(t(screens::FIGURES_NOT_RECORDED))
            );
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(label_w + 1)),
                styled(fit(&now, value_w), theme.dim),
            ]));
        }
        let source_focused = form.focus == SOURCE_ROW;
        lines.push(Line::from(vec![
            label(
                t(screens::FIGURES_SOURCE),
                source_focused,
                label_w,
                self.app,
            ),
            styled(
                format!("◀ {} ▶", screens::source_word(form.source, lang)),
                if source_focused {
                    theme.highlight
                } else {
                    theme.base
                },
            ),
        ]));
        let period_focused = form.focus == PERIOD_ROW;
        let mut period = vec![label(
            t(screens::FIGURES_PERIOD),
            period_focused,
            label_w,
            self.app,
        )];
        period.extend(input_line(&form.period, INPUT_WIDTH + 4, period_focused, theme).spans);
        lines.push(Line::from(period));
        lines.push(Line::from(""));
        if let Some((row, e)) = &form.error {
            let what = match *row {
                SOURCE_ROW => t(screens::FIGURES_SOURCE_WORD),
                PERIOD_ROW => t(screens::FIGURES_PERIOD_WORD),
                r => form
                    .rows
                    .get(r)
                    .map_or(t(screens::FIGURES_FIGURES_WORD), |r| key_title(r.key)),
            };
            let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
            for l in wrap(&format!("⚠ {what}{colon} {e}"), w) {
                lines.push(Line::from(styled(l, theme.error)));
            }
        }
        Paragraph::new(lines).render(content, buf);
        footer_typing(
            self.app,
            area,
            buf,
            &[
                Hint::new(t(keys::ENTER), t(screens::FIGURES_RECORD)),
                Hint::new("←→", t(screens::FIGURES_BAND)),
                Hint::last("↑↓", t(screens::FIGURES_ROW)),
                Hint::out(t(keys::ESC), t(screens::CANCEL)),
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
fn entry(
    row: &FigureRow,
    focused: bool,
    width: usize,
    app: &App,
    lang: Lang,
) -> Vec<Span<'static>> {
    let theme = &app.theme;
    let t = |x: Text| x.get(lang);
    match &row.entry {
        Entry::Unchanged => {
            let text = if row.stored.is_some() {
                t(screens::FIGURES_KEEP)
            } else {
                t(screens::FIGURES_NOT_GIVEN)
            };
            vec![styled(
                text,
                if focused { theme.highlight } else { theme.dim },
            )]
        }
        Entry::Choice(i) => {
            let shown = choices(row.key, lang).get(*i).map_or("", |(_, l)| *l);
            vec![styled(
                format!("◀ {} ▶", fit(shown, width.saturating_sub(4))),
                if focused { theme.highlight } else { theme.base },
            )]
        }
        Entry::Typed(input) => {
            let mut spans = input_line(input, INPUT_WIDTH, focused, theme).spans;
            let preview = match MetricsForm::preview(row) {
                Some(Ok(v)) => v.band().map_or_else(String::new, |b| {
                    let kind = row.key.kind();
                    let short = if lang == Lang::Fr {
                        b.short_fr(kind)
                    } else {
                        b.short(kind)
                    };
                    format!(" → {short}")
                }),
                Some(Err(_)) => t(screens::FIGURES_NOT_A_VALUE).to_string(),
                None => String::new(),
            };
            let style = if preview.starts_with(" ✗") {
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
