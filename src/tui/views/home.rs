//! The home screen: assessments with their teams, respondents and coverage.

use super::super::app::App;
use super::super::layout::{
    HomeLine, home_lines, home_list_area, home_offset, sheet_problem_rows, unreadable_rows,
};
use super::super::wrap::{fit, width};
use super::common::{footer, gauge, header, plural, styled};
use crate::domain::scoring::score_team;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub struct HomeView<'a> {
    pub app: &'a App,
}

const GAUGE_CELLS: usize = 10;

impl Widget for &HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        header(
            buf,
            area,
            "DevOps maturity · workshops",
            &format!("data: {}", app.data_dir),
            theme,
        );
        let list = home_list_area(area);
        let lines = home_lines(app);
        if lines.is_empty() {
            let text = vec![
                Line::from(styled("No assessments yet.", theme.question)),
                Line::from(""),
                Line::from(vec![
                    styled("Press ", theme.base),
                    styled("n", theme.accent),
                    styled(
                        " to create one: give it a name and the teams taking part.",
                        theme.base,
                    ),
                ]),
            ];
            Paragraph::new(text).render(list, buf);
        } else {
            let height = usize::from(list.height);
            let offset = home_offset(app, &lines, height);
            let name_width = team_name_width(app);
            let rendered: Vec<Line> = lines
                .iter()
                .skip(offset)
                .take(height)
                .map(|l| self.line(*l, usize::from(list.width), name_width))
                .collect();
            Paragraph::new(rendered).render(list, buf);
            let more_above = offset > 0;
            let more_below = offset + height < lines.len();
            if more_above {
                buf.set_string(list.x, list.y - 1, "▲ more above", theme.dim);
            }
            if more_below {
                buf.set_string(list.x, list.y + list.height, "▼ more below", theme.dim);
            }
        }
        let keys: &[(&str, &str)] = if app.team_rows().is_empty() {
            &[("n", "new assessment"), ("q", "quit")]
        } else {
            &[
                ("Enter", "answer"),
                ("w", "room"),
                ("c", "compare"),
                ("r", "results"),
                ("n", "new assessment"),
                ("q", "quit"),
                ("t", "add team"),
                ("↑↓", "choose team"),
            ]
        };
        footer(app, area, buf, keys);
    }
}

impl HomeView<'_> {
    fn line(&self, line: HomeLine, width_cells: usize, name_width: usize) -> Line<'static> {
        let app = self.app;
        let theme = &app.theme;
        match line {
            HomeLine::Blank => Line::from(""),
            HomeLine::Unreadable { entry, row } => {
                let msg = app.entries[entry]
                    .as_ref()
                    .err()
                    .cloned()
                    .unwrap_or_default();
                let text = unreadable_rows(&msg, width_cells as u16)
                    .into_iter()
                    .nth(row)
                    .unwrap_or_default();
                Line::from(styled(text, theme.error))
            }
            HomeLine::Assessment(e) => {
                let Ok(loaded) = &app.entries[e] else {
                    return Line::from("");
                };
                let a = &loaded.assessment;
                let name = fit(&a.name, width_cells);
                // The date is kept whole; the questionnaire's title gives way first.
                let questions = if a.is_short() {
                    format!(
                        "short form, {} of {} questions",
                        a.asked_count(),
                        a.questionnaire.question_count()
                    )
                } else {
                    format!("{} questions", a.questionnaire.question_count())
                };
                let tail = format!(
                    " · {questions} · {}",
                    &a.created_at[..a.created_at.len().min(10)],
                );
                let room = width_cells.saturating_sub(width(&name) + 3);
                let rest = if width(&tail) + 2 <= room {
                    format!(
                        "   {}{tail}",
                        fit(&a.questionnaire.title, room - width(&tail))
                    )
                } else {
                    format!("   {}", fit(tail.trim_start_matches(" · "), room))
                };
                Line::from(vec![styled(name, theme.accent), styled(rest, theme.dim)])
            }
            HomeLine::SheetsWarning(e) => {
                let Ok(loaded) = &app.entries[e] else {
                    return Line::from("");
                };
                let n = loaded.unreadable.len();
                let selected_here = app
                    .team_rows()
                    .get(app.home_selected)
                    .is_some_and(|&(entry, _)| entry == e);
                let files = plural(n, "response file", "response files");
                let text = if selected_here {
                    let they = if n == 1 { "it is" } else { "they are" };
                    format!("⚠ {files} cannot be read — {they} left untouched")
                } else {
                    format!("⚠ {files} cannot be read, left untouched · select a team for why")
                };
                Line::from(styled(fit(&text, width_cells), theme.error))
            }
            HomeLine::SheetProblem { entry, row } => {
                let Ok(loaded) = &app.entries[entry] else {
                    return Line::from("");
                };
                let text = sheet_problem_rows(loaded, width_cells as u16)
                    .into_iter()
                    .nth(row)
                    .unwrap_or_default();
                Line::from(styled(text, theme.error))
            }
            HomeLine::Team { entry, team, row } => {
                let Ok(loaded) = &app.entries[entry] else {
                    return Line::from("");
                };
                let a = &loaded.assessment;
                let team_name = &a.teams[team];
                let score = score_team(&a.as_asked().questionnaire, team_name, &loaded.sheets);
                let people: Vec<&str> = loaded
                    .sheets
                    .iter()
                    .filter(|s| &s.team == team_name)
                    .map(|s| s.respondent.as_str())
                    .collect();
                let selected = row == app.home_selected;
                let name = format!(
                    "{} {:<w$}",
                    if selected { "▶" } else { " " },
                    fit(team_name, name_width),
                    w = name_width
                );
                let mut spans = vec![
                    styled(
                        name,
                        if selected {
                            theme.highlight
                        } else {
                            theme.base
                        },
                    ),
                    Span::raw("  "),
                ];
                spans.extend(gauge(score.coverage, GAUGE_CELLS, theme));
                spans.push(styled(
                    format!(" {:>3.0}% answered", score.coverage * 100.0),
                    theme.base,
                ));
                let used = 2 + name_width + 2 + GAUGE_CELLS + 14;
                let who = match people.len() {
                    0 if !loaded.unreadable.is_empty() => "  no readable respondent".into(),
                    0 => "  no respondent yet".to_string(),
                    1 => format!("  1 respondent: {}", people[0]),
                    n => format!("  {n} respondents: {}", people.join(", ")),
                };
                spans.push(styled(
                    fit(&who, width_cells.saturating_sub(used)),
                    theme.dim,
                ));
                Line::from(spans)
            }
        }
    }
}

/// Team names line up in one column, as wide as the longest (within reason).
fn team_name_width(app: &App) -> usize {
    app.entries
        .iter()
        .filter_map(|e| e.as_ref().ok())
        .flat_map(|l| l.assessment.teams.iter())
        .map(|t| width(t))
        .max()
        .unwrap_or(8)
        .clamp(8, 24)
}
