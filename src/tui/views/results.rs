//! A team's results: one bar per dimension against the target. The comparison of teams is the
//! dashboard's job; this is the quick look during a workshop.

use super::super::app::{App, ResultsScreen};
use super::super::layout::results_rows;
use super::super::wrap::{fit, width};
use super::common::{Hint, content_area, footer, header, styled};
use crate::app::i18n::{Lang, Text, keys, screens};
use crate::domain::scoring::{LOW_COVERAGE, percent, score_team, shown};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub struct ResultsView<'a> {
    pub app: &'a App,
    pub results: &'a ResultsScreen,
}

impl Widget for &ResultsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let r = self.results;
        let lang = app.screen_lang();
        let t = |x: Text| x.get(lang);
        header(
            buf,
            area,
            &format!(
                "{} · {} · {}",
                t(screens::RESULTS_TITLE),
                r.assessment,
                r.team
            ),
            "",
            theme,
        );
        let content = content_area(area);
        let keys = [
            Hint::last("↑↓", t(screens::SCROLL)),
            Hint::out(t(keys::ESC), t(screens::BACK)),
        ];
        let Some(loaded) = app.loaded(&r.assessment) else {
            Paragraph::new(t(screens::UNREADABLE_ASSESSMENT)).render(content, buf);
            footer(app, area, buf, &keys);
            return;
        };
        let asked = loaded.assessment.as_asked();
        let a = asked.as_ref();
        let q = &a.questionnaire;
        let levels = q.level_count();
        let ts = score_team(q, &r.team, &loaded.sheets);
        let cells = usize::from(content.width);
        let overall = ts
            .overall
            .map_or(t(screens::NO_ANSWERS_YET).to_string(), |o| {
                let score = if lang == Lang::Fr {
                    shown(o).replace('.', ",")
                } else {
                    shown(o)
                };
                screens::overall(lang, &score, levels, percent(o, levels))
            });
        // The coverage sits right after the overall: a score from few answers must not read
        // as the team's level.
        let low = ts.overall.is_some() && ts.coverage < LOW_COVERAGE;
        let coverage = screens::coverage(lang, low, ts.coverage * 100.0);
        let people = format!(" · {}", screens::respondent_count(lang, ts.respondents));
        let summary_room = cells.saturating_sub(width(&overall) + 3);
        let people_room = summary_room.saturating_sub(width(&coverage));
        let caveat = if low {
            Line::from(styled(fit(t(screens::LOW_COVERAGE), cells), theme.error))
        } else {
            Line::from("")
        };
        let mut lines = vec![
            Line::from(vec![
                styled(overall.clone(), theme.question),
                styled(" · ", theme.dim),
                styled(
                    fit(&coverage, summary_room),
                    if low { theme.error } else { theme.base },
                ),
                styled(fit(&people, people_room), theme.dim),
            ]),
            Line::from(vec![
                styled("█", theme.gauge_full),
                styled(t(screens::SCORE_LEGEND), theme.dim),
                styled("┃", theme.accent),
                styled(
                    fit(
                        &crate::app::i18n::dashboard::scale(
                            lang,
                            q.level_label(1),
                            levels,
                            q.level_label(levels),
                        ),
                        cells.saturating_sub(10),
                    ),
                    theme.dim,
                ),
            ]),
            caveat,
        ];
        let name_width = q
            .dimensions
            .iter()
            .map(|d| width(&d.name))
            .max()
            .unwrap_or(10)
            .clamp(10, 36)
            .min(cells / 3);
        let tail = 28;
        let bar_cells = cells.saturating_sub(name_width + 2 + tail).clamp(5, 50);
        let rows = results_rows(area);
        let max_scroll = q.dimensions.len().saturating_sub(rows);
        let scroll = r.scroll.min(max_scroll);
        for (dim, ds) in q
            .dimensions
            .iter()
            .zip(&ts.dimensions)
            .skip(scroll)
            .take(rows)
        {
            let target = a.targets.for_dimension(&dim.id);
            let mut spans = vec![styled(
                format!("{:<name_width$}  ", fit(&dim.name, name_width)),
                theme.base,
            )];
            spans.extend(bar(
                ds.score.map(|s| percent(s, levels)),
                percent(target, levels),
                bar_cells,
                app,
            ));
            let score = ds
                .score
                .map_or("  –".to_string(), |s| format!("{:>3}", shown(s)));
            spans.push(styled(
                screens::dimension_tail(lang, &score, target, ds.coverage * 100.0),
                theme.base,
            ));
            lines.push(Line::from(spans));
        }
        if scroll + rows < q.dimensions.len() {
            lines.truncate(lines.len().saturating_sub(1));
            lines.push(Line::from(styled(t(screens::MORE_BELOW_DOWN), theme.dim)));
        }
        Paragraph::new(lines).render(content, buf);
        footer(app, area, buf, &keys);
    }
}

/// A score bar with the target marked: "██████░░┃░░".
fn bar(score_pct: Option<f64>, target_pct: f64, cells: usize, app: &App) -> Vec<Span<'static>> {
    let theme = &app.theme;
    let filled = score_pct.map_or(0, |p| ((p / 100.0) * cells as f64).round() as usize);
    let target = (((target_pct / 100.0) * cells as f64).round() as usize).min(cells - 1);
    (0..cells)
        .map(|i| {
            if i == target {
                styled("┃", theme.accent)
            } else if i < filled {
                styled("█", theme.gauge_full)
            } else {
                styled("░", theme.gauge_empty)
            }
        })
        .collect()
}
