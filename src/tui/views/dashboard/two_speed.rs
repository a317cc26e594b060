//! The two-speed view: every question at least two compared teams answered, the largest gap
//! between the teams' medians first, with each team's median and how many answered; Enter opens
//! a question's answers and comments, team by team. The gaps are the engine's
//! (`QuestionRow::range`); nothing here recomputes one.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width};
use super::super::common::styled;
use super::{Body, answers, cut, hanging, marker, score};
use ratatui::text::{Line, Span};

/// Cells of one team's figures: "● 3.0 n4 ".
const TEAM_CELLS: usize = 10;

pub fn list(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Body {
    let c = &dash.comparison;
    let mut lines = Vec::new();
    if !dash.several() {
        lines.push(cut(
            "Two speeds need two teams or more: t chooses the teams to compare.",
            width_cells,
            theme.question,
        ));
        return Body {
            lines,
            selected: None,
        };
    }
    let order = dash.two_speed_order();
    lines.push(cut(
        "Questions by the gap between the teams' medians; n: how many answered. Enter: the answers.",
        width_cells,
        theme.dim,
    ));
    // As many teams as fit beside a readable title; the gap is always shown.
    let shown = dash
        .teams
        .len()
        .min(width_cells.saturating_sub(30 + 9) / TEAM_CELLS)
        .max(1);
    let title_w = width_cells
        .saturating_sub(2 + shown * TEAM_CELLS + 9)
        .max(12);
    let mut head = vec![styled(format!("  {:<title_w$}", "question"), theme.dim)];
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
    head.push(styled("    gap", theme.dim));
    lines.push(Line::from(head));
    if order.is_empty() {
        lines.push(cut(
            "No question has answers from two teams yet.",
            width_cells,
            theme.question,
        ));
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
                Some(_) => format!(" {:>3} n{:<3}", score(cell.median), cell.levels.len()),
                None => format!(" {:<w$}", "–", w = TEAM_CELLS - 2),
            };
            spans.push(styled(text, theme.team(t)));
        }
        spans.push(styled(
            format!(" {:>6}", score(q.range)),
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
    let mut lines = vec![cut(&q.title, width_cells, theme.accent)];
    lines.extend(hanging("", &q.text, width_cells, theme.question));
    lines.push(cut(
        &format!("gap between the teams' medians: {}", score(q.range)),
        width_cells,
        theme.dim,
    ));
    for (t, cell) in q.teams.iter().enumerate() {
        lines.push(Line::from(""));
        lines.push(Line::from(vec![
            marker(theme, t),
            styled(format!(" {}", dash.teams[t]), theme.team(t)),
            styled(
                format!(
                    "   median {} · n {} · n/a {} · unknown {}",
                    score(cell.median),
                    cell.levels.len(),
                    cell.not_applicable,
                    cell.unknown
                ),
                theme.question,
            ),
        ]));
        lines.extend(answers(&cell.answers, theme, 4, width_cells));
    }
    lines.push(Line::from(""));
    lines.push(cut("Esc or ←: back to the list", width_cells, theme.dim));
    lines
}
