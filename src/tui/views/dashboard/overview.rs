//! The overview: each team's overall score and coverage on top, then one bar per dimension per
//! team, side by side, with the dimension's target marked in every bar.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width, wrap};
use super::super::common::styled;
use super::{cut, marker, score};
use crate::app::i18n::{Lang, dashboard as d};
use crate::domain::scoring::percent;
use ratatui::text::{Line, Span};

/// From this width each bar also names its team, not only its marker.
const NAMED_BARS_FROM: usize = 116;

/// Up to this many teams share one row per dimension (a marker each on one scale); more teams
/// get a bar each.
const COMPACT_UP_TO: usize = 4;

pub fn lines(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    if dash.teams.len() <= COMPACT_UP_TO {
        return compact(dash, theme, width_cells);
    }
    let c = &dash.comparison;
    let levels = c.questionnaire.levels.len() as u8;
    let mut lines = summary(dash, theme, width_cells);
    lines.push(Line::from(""));
    lines.push(Line::from(vec![
        styled("█", theme.gauge_full),
        styled(" score  ", theme.dim),
        styled("┃", theme.accent),
        styled(
            fit(
                &format!(
                    " target   scale 1 {} … {levels} {}",
                    c.level_label(1),
                    c.level_label(levels)
                ),
                width_cells.saturating_sub(10),
            ),
            theme.dim,
        ),
    ]));
    lines.push(Line::from(""));
    if !c.has_answers() {
        lines.push(cut(
            "No team has answered yet: the bars appear as answers come in.",
            width_cells,
            theme.question,
        ));
        lines.push(Line::from(""));
    }
    let name_w = c
        .dimensions
        .iter()
        .map(|d| width(&d.name))
        .max()
        .unwrap_or(10)
        .clamp(10, 34)
        .min(width_cells / 3);
    let team_w = if width_cells >= NAMED_BARS_FROM {
        dash.teams
            .iter()
            .map(|t| width(t))
            .max()
            .unwrap_or(8)
            .clamp(8, 24)
    } else {
        0
    };
    // name │ marker (and team) │ bar │ " 2.5"
    let label_w = 2 + if team_w > 0 { team_w + 1 } else { 0 };
    let bar_w = width_cells
        .saturating_sub(name_w + 2 + label_w + 5)
        .clamp(8, 80);
    for row in &c.dimensions {
        let mut name_rows = wrap(&row.name, name_w);
        name_rows.push(format!(
            "{} {}",
            d::TARGET.get(dash.lang),
            score(dash.lang, Some(row.target))
        ));
        let rows = name_rows.len().max(row.teams.len());
        for r in 0..rows {
            let mut spans: Vec<Span> = Vec::new();
            let name = name_rows.get(r).cloned().unwrap_or_default();
            let style = if r + 1 == name_rows.len() {
                theme.dim
            } else {
                theme.question
            };
            spans.push(styled(format!("{:<name_w$}  ", fit(&name, name_w)), style));
            if let Some(cell) = row.teams.get(r) {
                spans.push(marker(theme, r));
                spans.push(styled(" ", theme.base));
                if team_w > 0 {
                    spans.push(styled(
                        format!("{:<team_w$} ", fit(&dash.teams[r], team_w)),
                        theme.team(r),
                    ));
                }
                spans.extend(bar(
                    cell.percent,
                    percent(row.target, levels),
                    bar_w,
                    theme,
                    r,
                ));
                spans.push(styled(
                    format!(" {:>4}", score(dash.lang, cell.score)),
                    theme.team(r),
                ));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::from(""));
    }
    lines
}

/// One row per dimension: every team's marker at its score on one scale, the target marked,
/// then each team's score in its colour; so 13 dimensions fit on one 80×24 screen with two or
/// three teams. A team that did not answer a dimension shows "–" and no marker.
fn compact(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let levels = c.questionnaire.levels.len().max(2) as u8;
    let mut lines = summary(dash, theme, width_cells);
    let marks: Vec<String> = (0..dash.teams.len())
        .map(super::super::super::theme::team_marker)
        .collect();
    let lang = dash.lang;
    lines.push(Line::from(vec![
        styled(marks.join(" "), theme.dim),
        styled(d::EACH_SCORE.get(lang), theme.dim),
        styled("┃", theme.accent),
        styled(
            fit(
                &d::scale(lang, c.level_label(1), levels, c.level_label(levels)),
                width_cells.saturating_sub(30),
            ),
            theme.dim,
        ),
    ]));
    if !c.has_answers() {
        lines.push(cut(
            d::NO_ANSWER_MARKERS.get(lang),
            width_cells,
            theme.question,
        ));
    }
    let n = dash.teams.len();
    let scores_w = n * 5;
    let name_w = c
        .dimensions
        .iter()
        .map(|d| width(&d.name))
        .max()
        .unwrap_or(10)
        .clamp(10, 34)
        .min(width_cells / 3);
    let track = width_cells
        .saturating_sub(name_w + 2 + 1 + scores_w)
        .clamp(8, 100);
    // Level 1 at the first cell, the top level at the last.
    let cell_of = |value: f64| {
        let share = (value - 1.0) / f64::from(levels - 1);
        ((share.clamp(0.0, 1.0) * (track - 1) as f64).round()) as usize
    };
    for row in &c.dimensions {
        let mut cells: Vec<(String, ratatui::style::Style)> =
            vec![("·".to_string(), theme.gauge_empty); track];
        cells[cell_of(row.target)] = ("┃".to_string(), theme.accent);
        for (t, cell) in row.teams.iter().enumerate() {
            let Some(v) = cell.score else { continue };
            let mut at = cell_of(v);
            // Two teams on one cell: the later one moves next to it, so both stay visible.
            while cells[at].0 != "·" && cells[at].0 != "┃" && at + 1 < track {
                at += 1;
            }
            cells[at] = (super::super::super::theme::team_marker(t), theme.team(t));
        }
        let mut spans = vec![styled(
            format!("{:<name_w$}  ", fit(&row.name, name_w)),
            theme.question,
        )];
        spans.extend(cells.into_iter().map(|(c, st)| styled(c, st)));
        spans.push(styled(" ", theme.base));
        for (t, cell) in row.teams.iter().enumerate() {
            let value = score(lang, cell.score);
            spans.push(styled(format!("{value:>5}"), theme.team(t)));
        }
        lines.push(Line::from(spans));
    }
    lines
}

/// One line per team: marker, name, overall, gap to target, coverage, respondents.
fn summary(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let levels = c.questionnaire.levels.len();
    let name_w = dash
        .teams
        .iter()
        .map(|t| width(t))
        .max()
        .unwrap_or(8)
        .clamp(8, 28)
        .min(width_cells / 3);
    c.teams
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let (overall, target) = (
                score(dash.lang, t.overall),
                score(dash.lang, Some(t.target)),
            );
            let figures = d::team_summary(
                dash.lang,
                t.overall
                    .map(|_| (overall.as_str(), target.as_str(), t.coverage * 100.0)),
                levels,
                t.respondents.len(),
            );
            let figures = if dash.lang == Lang::Fr {
                figures.replace('.', ",")
            } else {
                figures
            };
            let rest = width_cells.saturating_sub(name_w + 4);
            Line::from(vec![
                marker(theme, i),
                styled(" ", theme.base),
                styled(
                    format!("{:<name_w$}  ", fit(&t.name, name_w)),
                    theme.team(i),
                ),
                styled(fit(&figures, rest), theme.question),
            ])
        })
        .collect()
}

/// A score bar in the team's colour with the target marked: "██████░░┃░░". No score: empty.
fn bar(
    score_pct: Option<f64>,
    target_pct: f64,
    cells: usize,
    theme: &Theme,
    team: usize,
) -> Vec<Span<'static>> {
    let filled = score_pct.map_or(0, |p| ((p / 100.0) * cells as f64).round() as usize);
    let target = (((target_pct / 100.0) * cells as f64).round() as usize).min(cells - 1);
    let fill = if theme.teams.is_empty() {
        theme.gauge_full
    } else {
        theme.team(team)
    };
    let mut spans = Vec::new();
    // Runs of one kind of cell make one span each.
    let mut run = String::new();
    let mut run_style = None;
    for i in 0..cells {
        let (c, style) = if i == target {
            ("┃", theme.accent)
        } else if i < filled {
            ("█", fill)
        } else {
            ("░", theme.gauge_empty)
        };
        if run_style.is_some_and(|s| s != style) {
            spans.push(styled(std::mem::take(&mut run), run_style.unwrap()));
        }
        run.push_str(c);
        run_style = Some(style);
    }
    if let Some(s) = run_style {
        spans.push(styled(run, s));
    }
    spans
}
