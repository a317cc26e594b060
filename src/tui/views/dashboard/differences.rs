//! The differences view: dimensions sorted by the gap between two teams (or, with one team, by
//! the gap to target), and the drill-down into one dimension's questions.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::{Theme, team_marker};
use super::super::super::wrap::{fit, width};
use super::super::common::styled;
use super::{Body, answers, cut, hanging, marker, score, signed};
use crate::app::i18n::{Text, dashboard as t9n, decimal};
use crate::domain::scoring::{shown, shown_difference};
use ratatui::text::{Line, Span};

/// Cells of each half of a delta bar.
const HALF_MAX: usize = 20;

pub fn list(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Body {
    let c = &dash.comparison;
    let lang = dash.lang;
    let t = |x: Text| x.get(lang);
    let order = dash.difference_order();
    let levels = c.questionnaire.levels.len().max(2) as f64;
    let name_w = order
        .iter()
        .map(|&d| width(&c.dimensions[d].name))
        .max()
        .unwrap_or(10)
        .clamp(10, 32)
        .min(width_cells / 3);
    let (a, b) = dash.pair;
    let mut lines = Vec::new();
    if dash.several() {
        let overall = c.pair(a, b).overall;
        lines.push(Line::from(vec![
            marker(theme, a),
            styled(format!(" {}", c.teams[a].name), theme.team(a)),
            styled(t(t9n::MINUS), theme.question),
            marker(theme, b),
            styled(format!(" {}", c.teams[b].name), theme.team(b)),
            styled(
                t9n::overall_delta(lang, &overall.map_or("–".to_string(), |o| signed(lang, o))),
                theme.question,
            ),
        ]));
    } else {
        lines.push(Line::from(vec![
            marker(theme, 0),
            styled(format!(" {}", c.teams[0].name), theme.team(0)),
            styled(
                fit(
                    t(t9n::GAP_TO_TARGET),
                    width_cells.saturating_sub(width(&c.teams[0].name) + 2),
                ),
                theme.question,
            ),
        ]));
    }
    lines.push(Line::from(""));
    // name │ a │ b │ delta │ bar
    let fixed = 2 + name_w + 2 + 7 + 7 + 7 + 2;
    let half = (width_cells.saturating_sub(fixed + 1) / 2).clamp(4, HALF_MAX);
    let (col_a, col_b, col_d) = if dash.several() {
        (team_col(a), team_col(b), "Δ")
    } else {
        (
            t(t9n::SCORE).to_string(),
            t(t9n::TARGET).to_string(),
            t(t9n::GAP),
        )
    };
    let mut head = vec![
        styled(format!("  {:<name_w$}  ", "Dimension"), theme.dim),
        styled(format!("{col_a:>7}"), theme.team(a)),
        styled(format!("{col_b:>7}"), theme.team(b)),
        styled(format!("{col_d:>7}  "), theme.dim),
    ];
    if dash.several() {
        let left = t9n::ahead_left(lang, &team_marker(b));
        head.push(styled(
            format!("{left:>half$}{}", t9n::ahead_right(lang, &team_marker(a))),
            theme.dim,
        ));
    } else {
        head.push(styled(t(t9n::SHORT_OF_TARGET), theme.dim));
    }
    lines.push(Line::from(head));
    if order.is_empty() {
        lines.push(Line::from(""));
        lines.push(cut(
            if dash.several() {
                t(t9n::NO_COMMON_DIMENSION)
            } else {
                t(t9n::NO_ANSWERS_YET)
            },
            width_cells,
            theme.question,
        ));
        return Body {
            lines,
            selected: None,
        };
    }
    let first = lines.len();
    for (i, &d) in order.iter().enumerate() {
        let row = &c.dimensions[d];
        let selected = i == dash.row;
        let (va, vb, delta) = if dash.several() {
            let (sa, sb) = (row.teams[a].score, row.teams[b].score);
            // The difference of the shown scores, so the three numbers on the row add up.
            (
                sa,
                sb,
                sa.zip(sb).map_or(0.0, |(x, y)| shown_difference(x, y)),
            )
        } else {
            let s = row.teams[0].score;
            let gap = s.map_or(0.0, |s| shown_difference(row.target, s));
            (s, Some(row.target), gap)
        };
        let name_style = if selected {
            theme.highlight
        } else {
            theme.question
        };
        let mut spans = vec![
            styled(
                format!(
                    "{} {:<name_w$}",
                    if selected { "▶" } else { " " },
                    fit(&row.name, name_w)
                ),
                name_style,
            ),
            styled("  ", theme.base),
            styled(format!("{:>7}", score(lang, va)), theme.team(a)),
            styled(format!("{:>7}", score(lang, vb)), theme.team(b)),
            styled(
                format!(
                    "{:>7}  ",
                    if va.is_none() || (dash.several() && vb.is_none()) {
                        // Not assessed by a side: no difference to show.
                        "–".to_string()
                    } else if dash.several() {
                        signed(lang, delta)
                    } else {
                        decimal(lang, shown(delta))
                    }
                ),
                theme.question,
            ),
        ];
        let cells = ((delta.abs() / (levels - 1.0)) * half as f64).round() as usize;
        let cells = cells.min(half);
        // A side with no score: said in words, not left as a silent gap.
        let missing: Vec<usize> = if dash.several() {
            [a, b]
                .into_iter()
                .filter(|&t| row.teams[t].score.is_none())
                .collect()
        } else {
            [0].into_iter()
                .filter(|&t| row.teams[t].score.is_none())
                .collect()
        };
        if !missing.is_empty() {
            let who: Vec<String> = missing.iter().map(|&t| team_marker(t)).collect();
            spans.push(styled(
                t9n::not_assessed_by(lang, &who.join(" ")),
                theme.dim,
            ));
        } else if dash.several() {
            // Left of the axis: b ahead; right: a ahead, each in its team's colour.
            let (left, right) = if delta < 0.0 { (cells, 0) } else { (0, cells) };
            spans.push(styled(" ".repeat(half - left), theme.base));
            spans.push(styled("█".repeat(left), theme.team(b)));
            spans.push(styled("│", theme.dim));
            spans.push(styled("█".repeat(right), theme.team(a)));
        } else {
            spans.push(styled(
                "█".repeat(cells.max(usize::from(delta > 0.0))),
                theme.team(0),
            ));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    lines.push(cut(t(t9n::ENTER_OPENS_DIMENSION), width_cells, theme.dim));
    Body {
        selected: Some(first + dash.row.min(order.len() - 1)),
        lines,
    }
}

/// A team's column heading: its marker.
fn team_col(i: usize) -> String {
    team_marker(i)
}

/// One dimension's questions: each compared team's median, spread and level, who answered
/// what, and the comments.
pub fn drill(
    dash: &Dashboard,
    theme: &Theme,
    width_cells: usize,
    dim: usize,
) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let lang = dash.lang;
    let Some(row) = c.dimensions.get(dim) else {
        return Vec::new();
    };
    let mut lines = vec![cut(
        &t9n::with_target(lang, &row.name, &decimal(lang, shown(row.target))),
        width_cells,
        theme.accent,
    )];
    // Each team's score for the dimension, as many to a line as fit.
    let mut scores: Vec<Span> = Vec::new();
    let mut used = 0;
    for (i, cell) in row.teams.iter().enumerate() {
        let piece = format!(" {} {}   ", fit(&cell.team, 24), score(lang, cell.score));
        let w = 1 + width(&piece);
        if used > 0 && used + w > width_cells {
            lines.push(Line::from(std::mem::take(&mut scores)));
            used = 0;
        }
        used += w;
        scores.push(marker(theme, i));
        scores.push(styled(piece, theme.team(i)));
    }
    lines.push(Line::from(scores));
    for (n, q) in c
        .questions
        .iter()
        .filter(|q| q.dimension_id == row.id)
        .enumerate()
    {
        lines.push(Line::from(""));
        lines.extend(hanging(
            &format!("{}. ", n + 1),
            &q.text,
            width_cells,
            theme.question,
        ));
        for (i, cell) in q.teams.iter().enumerate() {
            let figures = match cell.median {
                Some(m) => t9n::question_figures(
                    lang,
                    &decimal(lang, shown(m)),
                    cell.spread.unwrap_or(0),
                    cell.level.unwrap_or(0),
                    c.level_label(cell.level.unwrap_or(0)),
                ),
                None => t9n::NO_LEVEL_GIVEN.get(lang).to_string(),
            };
            lines.push(Line::from(vec![
                styled("  ", theme.base),
                marker(theme, i),
                styled(
                    format!(" {}", crate::app::i18n::colon(lang, &fit(&cell.team, 28))),
                    theme.team(i),
                ),
                styled(
                    fit(
                        &figures,
                        width_cells.saturating_sub(width(&cell.team).min(28) + 6),
                    ),
                    theme.base,
                ),
            ]));
            lines.extend(answers(lang, &cell.answers, theme, 4, width_cells));
        }
    }
    lines
}
