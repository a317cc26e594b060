//! The overview: each team's overall score and coverage on top, then one row per dimension with
//! every team's marker at its score on one scale and the dimension's target marked. More teams
//! than one screen holds (a department's 200) are shown a page at a time, by overall score.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width};
use super::super::common::styled;
use super::{cut, marker, score};
use crate::app::i18n::{Lang, dashboard as d, teams as t};
use ratatui::text::Line;

/// Most teams on one page of the overview: each keeps a marker of its own on the page.
const PAGE_MOST: usize = 10;

/// The fewest cells of a dimension's scale: below, the markers crowd each other out.
const MIN_TRACK: usize = 20;

/// Each team's score on a dimension's row: " 2.5".
const SCORE_W: usize = 5;

/// The teams of the overview's page: all of them in the assessment's order when they fit on
/// one screen, else a page of them in `Dashboard::overview_order`.
pub struct Page {
    /// Indices into `dash.teams`, in display order.
    pub teams: Vec<usize>,
    /// Position of the first one in the order (0 when not paged).
    pub first: usize,
    pub paged: bool,
}

/// Teams one page of the overview shows in a body of `width` × `height` cells: as many as the
/// scores beside the scale leave `MIN_TRACK` cells for it, and as the summary lines above the
/// dimensions leave rows for (at least four, even on a short screen), at most `PAGE_MOST`.
pub fn page_size(dash: &Dashboard, width: usize, height: usize) -> usize {
    let by_width = width.saturating_sub(name_width(dash, width) + 3 + MIN_TRACK) / SCORE_W;
    // The page line, the legend, a "no answers yet" line, one row per dimension.
    let chrome = 2 + usize::from(!dash.comparison.has_answers());
    let by_height = height.saturating_sub(dash.comparison.dimensions.len() + chrome);
    by_width.min(by_height.max(4)).clamp(1, PAGE_MOST)
}

/// The page of teams shown at this size.
pub fn page(dash: &Dashboard, width: usize, height: usize) -> Page {
    let n = dash.teams.len();
    let size = page_size(dash, width, height);
    if n <= size {
        return Page {
            teams: (0..n).collect(),
            first: 0,
            paged: false,
        };
    }
    let first = dash.overview_first.min(n - size);
    Page {
        teams: dash.overview_order()[first..first + size].to_vec(),
        first,
        paged: true,
    }
}

/// The position `first` of the previous (`forward` false) or next page, within the teams.
pub fn turn_page(dash: &Dashboard, width: usize, height: usize, forward: bool) -> usize {
    let n = dash.teams.len();
    let size = page_size(dash, width, height);
    let first = dash.overview_first.min(n.saturating_sub(size));
    if forward {
        (first + size).min(n.saturating_sub(size))
    } else {
        first.saturating_sub(size)
    }
}

/// Up to this many teams, each team's marker is its own across the dashboard (ten symbols,
/// then letters); past it, markers repeat, so a page numbers its teams' markers from its first.
const UNIQUE_MARKERS: usize = 36;

/// The marker number of the team at `position` on the page, team `team` of the dashboard.
fn marker_of(dash: &Dashboard, position: usize, team: usize) -> usize {
    if dash.teams.len() <= UNIQUE_MARKERS {
        team
    } else {
        position
    }
}

fn name_width(dash: &Dashboard, width_cells: usize) -> usize {
    dash.comparison
        .dimensions
        .iter()
        .map(|d| width(&d.name))
        .max()
        .unwrap_or(10)
        .clamp(10, 34)
        .min(width_cells / 3)
}

pub fn lines(
    dash: &Dashboard,
    theme: &Theme,
    width_cells: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let page = page(dash, width_cells, height);
    compact(dash, theme, width_cells, &page)
}

/// One row per dimension: every team's marker at its score on one scale, the target marked,
/// then each team's score in its colour; so 13 dimensions fit on one 80×24 screen with two or
/// three teams. A team that did not answer a dimension shows "–" and no marker.
fn compact(dash: &Dashboard, theme: &Theme, width_cells: usize, page: &Page) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let levels = c.questionnaire.levels.len().max(2) as u8;
    let lang = dash.lang;
    let mut lines = Vec::new();
    if page.paged {
        let mut text = t::page(
            lang,
            page.first + 1,
            page.first + page.teams.len(),
            dash.teams.len(),
        );
        if width(&text) + width(t::PAGE_KEYS.get(lang)) <= width_cells {
            text.push_str(t::PAGE_KEYS.get(lang));
        }
        lines.push(cut(&text, width_cells, theme.accent));
    }
    lines.extend(summary(dash, theme, width_cells, page));
    // (position on the page, team, marker number)
    let shown: Vec<(usize, usize, usize)> = page
        .teams
        .iter()
        .enumerate()
        .map(|(p, &team)| (p, team, marker_of(dash, p, team)))
        .collect();
    let marks: Vec<String> = shown
        .iter()
        .map(|&(_, _, m)| super::super::super::theme::team_marker(m))
        .collect();
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
    let scores_w = shown.len() * SCORE_W;
    let name_w = name_width(dash, width_cells);
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
        for &(_, team, m) in &shown {
            let Some(v) = row.teams[team].score else {
                continue;
            };
            let mut at = cell_of(v);
            // Two teams on one cell: the later one moves next to it, so both stay visible.
            while cells[at].0 != "·" && cells[at].0 != "┃" && at + 1 < track {
                at += 1;
            }
            cells[at] = (super::super::super::theme::team_marker(m), theme.team(m));
        }
        let mut spans = vec![styled(
            format!("{:<name_w$}  ", fit(&row.name, name_w)),
            theme.question,
        )];
        spans.extend(cells.into_iter().map(|(c, st)| styled(c, st)));
        spans.push(styled(" ", theme.base));
        for &(_, team, m) in &shown {
            let value = score(lang, row.teams[team].score);
            spans.push(styled(format!("{value:>5}"), theme.team(m)));
        }
        lines.push(Line::from(spans));
    }
    lines
}

/// One line per team: marker, name, overall, gap to target, coverage, respondents.
fn summary(dash: &Dashboard, theme: &Theme, width_cells: usize, page: &Page) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let levels = c.questionnaire.levels.len();
    let name_w = page
        .teams
        .iter()
        .map(|&t| width(&dash.teams[t]))
        .max()
        .unwrap_or(8)
        .clamp(8, 28)
        .min(width_cells / 3);
    page.teams
        .iter()
        .enumerate()
        .map(|(p, &team)| {
            let (t, i) = (&c.teams[team], marker_of(dash, p, team));
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
