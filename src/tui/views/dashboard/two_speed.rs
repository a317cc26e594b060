//! The two-speed view: every question at least two compared teams answered, the largest gap
//! between the teams' medians first, with each team's median and how many answered; Enter opens
//! a question's answers and comments, team by team. The gaps are the engine's
//! (`QuestionRow::range`); nothing here recomputes one.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width};
use super::super::common::styled;
use super::{Body, answers, cut, hanging, marker, score};
use crate::app::i18n::{Lang, dashboard as d, teams as t};
use ratatui::text::{Line, Span};

/// Cells of one team's figures: "● 3.0 n4 ".
const TEAM_CELLS: usize = 10;

pub fn list(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Body {
    let c = &dash.comparison;
    let lang = dash.lang;
    let mut lines = Vec::new();
    if !dash.several() {
        lines.push(cut(d::TWO_TEAMS.get(lang), width_cells, theme.question));
        return Body {
            lines,
            selected: None,
        };
    }
    let order = dash.two_speed_order();
    lines.push(cut(d::TWO_SPEED_INTRO.get(lang), width_cells, theme.dim));
    // As many teams as fit beside a readable title; the gap is always shown.
    let fit_teams = width_cells.saturating_sub(30 + 9) / TEAM_CELLS;
    if dash.teams.len() > fit_teams.max(1) {
        return extremes(dash, theme, width_cells, &order, lines);
    }
    let shown = dash.teams.len().min(fit_teams).max(1);
    let title_w = width_cells
        .saturating_sub(2 + shown * TEAM_CELLS + 9)
        .max(12);
    let mut head = vec![styled(
        format!("  {:<title_w$}", d::QUESTION.get(lang)),
        theme.dim,
    )];
    for t in 0..shown {
        head.push(marker(theme, t));
        head.push(styled(
            format!(
                " {:<w$}",
                fit(&dash.teams[t], TEAM_CELLS - 3),
                w = TEAM_CELLS - 2
            ),
            theme.team(t),
        ));
    }
    head.push(styled(format!("{:>7}", d::GAP.get(lang)), theme.dim));
    lines.push(Line::from(head));
    if order.is_empty() {
        lines.push(cut(d::NO_TWO.get(lang), width_cells, theme.question));
    }
    let mut selected = None;
    for (row, &qi) in order.iter().enumerate() {
        let q = &c.questions[qi];
        let on = row == dash.row;
        if on {
            selected = Some(lines.len());
        }
        let lead = if on { "▶ " } else { "  " };
        let mut spans: Vec<Span> = vec![styled(
            format!("{lead}{:<title_w$}", fit(&q.title, title_w)),
            if on { theme.highlight } else { theme.question },
        )];
        for (t, cell) in q.teams.iter().take(shown).enumerate() {
            spans.push(marker(theme, t));
            let text = match cell.median {
                Some(_) => format!(" {:>3} n{:<3}", num(lang, cell.median), cell.levels.len()),
                None => format!(" {:<w$}", "–", w = TEAM_CELLS - 2),
            };
            spans.push(styled(text, theme.team(t)));
        }
        spans.push(styled(
            format!(" {:>6}", num(lang, q.range)),
            if q.range.is_some_and(|r| r >= c.options.two_speed_levels) {
                theme.error
            } else {
                theme.base
            },
        ));
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        if on && used < width_cells {
            spans.push(styled(" ".repeat(width_cells - used), theme.highlight));
        }
        lines.push(Line::from(spans));
    }
    Body { lines, selected }
}

/// More teams than columns (a department's 200): each question's two ends instead, the team
/// with the lowest median and the one with the highest (the first in the comparison's order
/// among equal medians), then the gap between them.
fn extremes(
    dash: &Dashboard,
    theme: &Theme,
    width_cells: usize,
    order: &[usize],
    mut lines: Vec<Line<'static>>,
) -> Body {
    let c = &dash.comparison;
    let lang = dash.lang;
    // The lead, the title and a space, two ends "Équipe 012 — Lyon 1.0 ", the gap: a third
    // of the row for each end, within reason.
    let room = width_cells.saturating_sub(2 + 7);
    let end_w = (room.saturating_sub(1) / 3).clamp(12, 40);
    let title_w = room.saturating_sub(2 * end_w + 1).max(12);
    let name_w = end_w - 5;
    lines.push(Line::from(vec![
        styled(
            format!("  {:<w$}", d::QUESTION.get(lang), w = title_w + 1),
            theme.dim,
        ),
        styled(
            format!("{:<end_w$}", fit(t::LOWEST.get(lang), end_w - 1)),
            theme.dim,
        ),
        styled(
            format!("{:<end_w$}", fit(t::HIGHEST.get(lang), end_w - 1)),
            theme.dim,
        ),
        styled(format!("{:>7}", d::GAP.get(lang)), theme.dim),
    ]));
    if order.is_empty() {
        lines.push(cut(d::NO_TWO.get(lang), width_cells, theme.question));
    }
    let mut selected = None;
    for (row, &qi) in order.iter().enumerate() {
        let q = &c.questions[qi];
        let on = row == dash.row;
        if on {
            selected = Some(lines.len());
        }
        let answered = || {
            q.teams
                .iter()
                .enumerate()
                .filter_map(|(t, cell)| cell.median.map(|m| (t, m)))
        };
        let low = answered().min_by(|a, b| a.1.total_cmp(&b.1));
        let high = answered().reduce(|best, x| if x.1 > best.1 { x } else { best });
        let end = |team: Option<(usize, f64)>| match team {
            Some((t, m)) => format!(
                "{:<name_w$} {:>3} ",
                fit(&dash.teams[t], name_w),
                num(lang, Some(m))
            ),
            None => format!("{:<end_w$}", "–"),
        };
        let lead = if on { "▶ " } else { "  " };
        let mut spans: Vec<Span> = vec![
            styled(
                format!("{lead}{:<title_w$} ", fit(&q.title, title_w)),
                if on { theme.highlight } else { theme.question },
            ),
            styled(end(low), theme.base),
            styled(end(high), theme.base),
            styled(
                format!(" {:>6}", num(lang, q.range)),
                if q.range.is_some_and(|r| r >= c.options.two_speed_levels) {
                    theme.error
                } else {
                    theme.base
                },
            ),
        ];
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        if on && used < width_cells {
            spans.push(styled(" ".repeat(width_cells - used), theme.highlight));
        }
        lines.push(Line::from(spans));
    }
    Body { lines, selected }
}

/// One question opened from the list: its text, then each team's median, n and answers.
pub fn question(
    dash: &Dashboard,
    theme: &Theme,
    width_cells: usize,
    qi: usize,
) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let Some(q) = c.questions.get(qi) else {
        return Vec::new();
    };
    let lang = dash.lang;
    let mut lines = vec![cut(&q.title, width_cells, theme.accent)];
    lines.extend(hanging("", &q.text, width_cells, theme.question));
    lines.push(cut(
        &d::question_gap(lang, &num(lang, q.range)),
        width_cells,
        theme.dim,
    ));
    for (t, cell) in q.teams.iter().enumerate() {
        lines.push(Line::from(""));
        lines.push(Line::from(vec![
            marker(theme, t),
            styled(format!(" {}", dash.teams[t]), theme.team(t)),
            styled(
                d::team_cell(
                    lang,
                    &num(lang, cell.median),
                    cell.levels.len(),
                    cell.not_applicable,
                    cell.unknown,
                ),
                theme.question,
            ),
        ]));
        lines.extend(answers(lang, &cell.answers, theme, 4, width_cells));
    }
    lines.push(Line::from(""));
    lines.push(cut(d::ESC_BACK.get(lang), width_cells, theme.dim));
    lines
}

/// A median or gap as the dashboard's language writes it: "2.5" / « 2,5 », or "–".
fn num(lang: Lang, value: Option<f64>) -> String {
    score(lang, value)
}
