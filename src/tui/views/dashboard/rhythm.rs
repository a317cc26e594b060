//! The rhythm view: the teams' delivery rhythms, one row per team with the four DORA keys as
//! columns and the team's cluster on the right; under each value its Quick Check band and the
//! cluster that key alone is nearest to; then the gaps between teams. Everything comes from
//! `domain::metrics` through the comparison's `delivery`.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width, wrap};
use super::super::common::styled;
use super::{cut, hanging, marker, wrapped};
use crate::domain::metrics::clusters::PROFILES_SOURCE;
use crate::domain::metrics::derive::FROM_ANSWERS;
use crate::domain::metrics::{Key, KeyReading, Origin, TeamRhythm, steps_label};
use ratatui::text::{Line, Span};

const HEADS: [&str; 4] = ["Deployments", "Lead time", "Failures", "Recovery"];

pub fn lines(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let d = &dash.comparison.delivery;
    let mut lines = vec![cut(
        "DORA keys · Quick Check bands · clusters of the 2024 DORA report",
        width_cells,
        theme.dim,
    )];
    lines.push(Line::from(""));
    if !d.has_readings() {
        lines.extend(wrapped(
            "No delivery figures yet, and no answers to the questions that describe them. Record figures with `devops-maturity metrics set`.",
            0,
            width_cells,
            theme.question,
        ));
        return lines;
    }
    // A key column holds the longest short band label ("1 wk–1 month") and a space; wider
    // screens give the team names the room.
    let col = if width_cells >= 120 { 16 } else { 13 };
    let cluster_w = 11;
    let name_w = width_cells
        .saturating_sub(3 + 4 * col + cluster_w)
        .clamp(8, 30);
    let mut head = vec![styled(" ".repeat(name_w + 3), theme.base)];
    for h in HEADS {
        head.push(styled(column(h, col), theme.accent));
    }
    head.push(styled("Cluster", theme.accent));
    lines.push(Line::from(head));
    for (i, t) in d.teams.iter().enumerate() {
        let names = wrap(&t.team, name_w);
        let rows = [
            // A provisional reading shows "≈ level N" above its band.
            (cells(t, KeyReading::value_cell), cluster_cell(t)),
            (
                cells(t, KeyReading::band_short),
                t.distance.map_or(String::new(), steps_label),
            ),
            (
                cells(t, |r| {
                    r.nearest_cluster.map_or("–", |c| c.as_str()).to_string()
                }),
                if t.provisional {
                    "provisional".into()
                } else {
                    String::new()
                },
            ),
        ];
        for (row, (keys, right)) in rows.into_iter().enumerate() {
            let mut spans: Vec<Span> = Vec::new();
            if row == 0 {
                spans.push(marker(theme, i));
                spans.push(styled(" ", theme.base));
            } else {
                spans.push(styled("  ", theme.base));
            }
            let name = names.get(row).cloned().unwrap_or_default();
            spans.push(styled(column(&name, name_w + 1), theme.team(i)));
            let style = if row == 0 { theme.question } else { theme.dim };
            for cell in keys {
                spans.push(styled(column(&cell, col), style));
            }
            spans.push(styled(fit(&right, cluster_w), style));
            lines.push(Line::from(spans));
        }
        lines.push(Line::from(""));
    }
    lines.extend(notes(dash, theme, width_cells));
    lines
}

/// `text` cut or padded to exactly `w` cells, one cell kept free as the column gap.
fn column(text: &str, w: usize) -> String {
    let cut = fit(text, w.saturating_sub(1));
    let pad = w.saturating_sub(width(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

fn cells(t: &TeamRhythm, cell: impl Fn(&KeyReading) -> String) -> Vec<String> {
    Key::FOUR
        .iter()
        .map(|&k| t.reading(k).map_or("–".to_string(), &cell))
        .collect()
}

fn cluster_cell(t: &TeamRhythm) -> String {
    t.cluster.map_or("–".to_string(), |c| c.label().to_string())
}

/// What "≈" means, the gaps between teams, the widest one, the source.
fn notes(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let d = &dash.comparison.delivery;
    let mut lines = Vec::new();
    if d.teams
        .iter()
        .any(|t| t.readings.iter().any(|r| r.origin == Origin::Questionnaire))
    {
        lines.extend(wrapped(
            &format!("≈ level N: the team's level on the question describing the key; the band under it is provisional, {FROM_ANSWERS}"),
            0,
            width_cells,
            theme.dim,
        ));
    }
    for g in &d.gaps {
        lines.extend(hanging(
            "• ",
            &format!("{}.", g.text),
            width_cells,
            theme.question,
        ));
    }
    if let Some(key) = d.widest_gap
        && let Some(g) = d.gap(key)
    {
        lines.extend(wrapped(
            &format!(
                "Splits them most: {} ({} apart).",
                key.name(),
                steps_label(g.steps)
            ),
            0,
            width_cells,
            theme.accent,
        ));
    }
    lines.push(Line::from(""));
    lines.extend(wrapped(
        &format!("Clusters: {PROFILES_SOURCE}."),
        0,
        width_cells,
        theme.dim,
    ));
    lines
}
