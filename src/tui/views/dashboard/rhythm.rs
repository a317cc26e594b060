//! The rhythm view: the teams' delivery rhythms, one row per team with the four DORA keys as
//! columns and the team's cluster on the right; under each value its Quick Check band and the
//! cluster that key alone is nearest to; then the gaps between teams. Everything comes from
//! `domain::metrics` through the comparison's `delivery`.
//!
//! Many teams (a department's 200, from the count where the dashboard offers `p`) are grouped
//! by cluster instead, Elite first, under a line counting each cluster's teams: one row per
//! team with each key's Quick Check band, a page of them at a time (`[` `]`, as the overview),
//! `p` turning to the page of a team found by name.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width, wrap};
use super::super::common::styled;
use super::{cut, hanging, marker, wrapped};
use crate::app::i18n::{Lang, Text, dashboard as t9n, teams as teams_text};
use crate::domain::metrics::derive::{FROM_ANSWERS, FROM_ANSWERS_FR};
use crate::domain::metrics::{Cluster, Key, KeyReading, Origin, TeamRhythm, Value};
use ratatui::text::{Line, Span};

/// From this many compared teams on, the view groups them by cluster (the dashboard offers `p`
/// from the same count): four rows per team would make 200 teams 800 rows.
const GROUP_FROM: usize = 10;

/// Whether the view groups the teams by cluster, a row each.
pub fn grouped(dash: &Dashboard) -> bool {
    dash.teams.len() >= GROUP_FROM && dash.comparison.delivery.has_readings()
}

pub fn lines(
    dash: &Dashboard,
    theme: &Theme,
    width_cells: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let d = &dash.comparison.delivery;
    let lang = dash.lang;
    let t = |x: Text| x.get(lang);
    let mut lines = vec![cut(t(t9n::RHYTHM_INTRO), width_cells, theme.dim)];
    lines.push(Line::from(""));
    if !d.has_readings() {
        lines.extend(wrapped(t(t9n::NO_FIGURES), 0, width_cells, theme.question));
        return lines;
    }
    if grouped(dash) {
        lines.extend(grouped_lines(dash, theme, width_cells, height));
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
    for h in t9n::RHYTHM_HEADS {
        head.push(styled(column(t(h), col), theme.accent));
    }
    head.push(styled(t(t9n::CLUSTER), theme.accent));
    lines.push(Line::from(head));
    for (i, t) in d.teams.iter().enumerate() {
        let names = wrap(&t.team, name_w);
        let rows = [
            // A provisional reading shows "≈ level N" above its band.
            (cells(t, |r| value_cell(lang, r)), cluster_cell(lang, t)),
            (
                cells(t, |r| band_short(lang, r)),
                t.distance.map_or(String::new(), |x| t9n::steps(lang, x)),
            ),
            (
                cells(t, |r| {
                    r.nearest_cluster
                        .map_or("–", |c| match lang {
                            Lang::En => c.as_str(),
                            Lang::Fr => c.label_fr(),
                        })
                        .to_string()
                }),
                if t.provisional {
                    t9n::PROVISIONAL.get(lang).into()
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
    lines.extend(notes(dash, theme, width_cells, true));
    lines
}

/// Rows of a grouped page above its teams: the intro, a blank, the cluster counts, the page
/// line, the column heads.
const GROUPED_CHROME: usize = 5;

/// The teams of the grouped view's page: positions `first..end` of `Dashboard::rhythm_order`.
pub struct Page {
    pub order: Vec<usize>,
    pub first: usize,
    pub end: usize,
    pub paged: bool,
}

/// Rows the teams at positions `from..to` of the order take: one each, and a heading for each
/// cluster among them (the order keeps a cluster's teams together).
fn rows_of(clusters: &[Option<Cluster>], from: usize, to: usize) -> usize {
    let slice = &clusters[from..to];
    let headings =
        slice.windows(2).filter(|w| w[0] != w[1]).count() + usize::from(!slice.is_empty());
    slice.len() + headings
}

fn clusters_in_order(dash: &Dashboard, order: &[usize]) -> Vec<Option<Cluster>> {
    order
        .iter()
        .map(|&t| dash.comparison.delivery.teams[t].cluster)
        .collect()
}

/// Rows a page of teams has in a body of `height` rows (never fewer than two).
fn room(height: usize) -> usize {
    height.saturating_sub(GROUPED_CHROME).max(2)
}

/// The grouped view's page at this body height: from `Dashboard::rhythm_first` as many teams
/// as fit with their cluster headings; all of them, unpaged, when they fit.
pub fn page(dash: &Dashboard, height: usize) -> Page {
    let order = dash.rhythm_order();
    let n = order.len();
    let clusters = clusters_in_order(dash, &order);
    let room = room(height);
    // Without the page line, one more row.
    if rows_of(&clusters, 0, n) <= room + 1 {
        return Page {
            order,
            first: 0,
            end: n,
            paged: false,
        };
    }
    let first = dash.rhythm_first.min(n.saturating_sub(1));
    let mut end = first + 1;
    while end < n && rows_of(&clusters, first, end + 1) <= room {
        end += 1;
    }
    Page {
        order,
        first,
        end: end.min(n),
        paged: true,
    }
}

/// The position `first` of the previous (`forward` false) or next page of the grouped view.
pub fn turn_page(dash: &Dashboard, height: usize, forward: bool) -> usize {
    let page = page(dash, height);
    if !page.paged {
        return 0;
    }
    if forward {
        return if page.end < page.order.len() {
            page.end
        } else {
            page.first
        };
    }
    let clusters = clusters_in_order(dash, &page.order);
    let room = room(height);
    let mut start = page.first;
    while start > 0 && rows_of(&clusters, start - 1, page.first) <= room {
        start -= 1;
    }
    start
}

/// The grouped view below the intro: the cluster counts, the page line, the column heads, the
/// page's teams under their cluster's heading, then the notes.
fn grouped_lines(
    dash: &Dashboard,
    theme: &Theme,
    width_cells: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let d = &dash.comparison.delivery;
    let lang = dash.lang;
    let t = |x: Text| x.get(lang);
    let label = |c: Option<Cluster>| {
        c.map_or_else(
            || t(t9n::NO_CLUSTER).to_string(),
            |c| lang.labels().cluster_label(c).to_string(),
        )
    };
    let counts = d.cluster_counts();
    let named: Vec<(String, usize)> = counts.iter().map(|&(c, n)| (label(c), n)).collect();
    let mut lines = vec![cut(
        &t9n::cluster_counts(lang, &named),
        width_cells,
        theme.question,
    )];
    let page = page(dash, height);
    if page.paged {
        let mut text = teams_text::rhythm_page(lang, page.first + 1, page.end, page.order.len());
        if width(&text) + width(teams_text::PAGE_KEYS.get(lang)) <= width_cells {
            text.push_str(teams_text::PAGE_KEYS.get(lang));
        }
        lines.push(cut(&text, width_cells, theme.accent));
    }
    // Each key column as wide as its longest band among all the teams (the same on every
    // page), a cell kept free as the gap: « 1 sem. à 1 mois » is not cut.
    let rows: Vec<Vec<String>> = d
        .teams
        .iter()
        .map(|r| cells(r, |k| band_short(lang, k)))
        .collect();
    let cols: Vec<usize> = t9n::RHYTHM_HEADS
        .iter()
        .enumerate()
        .map(|(k, h)| {
            rows.iter()
                .map(|r| width(&r[k]))
                .chain(std::iter::once(width(t(*h))))
                .max()
                .unwrap_or(0)
                .clamp(6, 16)
                + 1
        })
        .collect();
    // The cluster is the heading: the name has the room a cluster column took.
    let name_w = width_cells
        .saturating_sub(2 + cols.iter().sum::<usize>() + 2)
        .clamp(8, 40);
    let mut head = vec![styled(" ".repeat(name_w + 2), theme.base)];
    for (h, &col) in t9n::RHYTHM_HEADS.iter().zip(&cols) {
        head.push(styled(column(t(*h), col), theme.accent));
    }
    lines.push(Line::from(head));
    let mut previous = None;
    for (at, &team) in page.order[page.first..page.end].iter().enumerate() {
        let r = &d.teams[team];
        if at == 0 || previous != Some(r.cluster) {
            let n = counts
                .iter()
                .find(|(c, _)| *c == r.cluster)
                .map_or(0, |x| x.1);
            lines.push(cut(
                &format!("{} · {}", label(r.cluster), teams_text::count(lang, n)),
                width_cells,
                theme.accent,
            ));
        }
        previous = Some(r.cluster);
        let found = dash.rhythm_found == Some(team);
        let (style, name_style) = if found {
            (theme.highlight, theme.highlight)
        } else {
            (theme.question, theme.base)
        };
        let mut spans = vec![styled(if found { "▶ " } else { "  " }, style)];
        spans.push(styled(column(&r.team, name_w + 1), name_style));
        for (cell, &col) in rows[team].iter().zip(&cols) {
            spans.push(styled(column(cell, col), style));
        }
        spans.push(styled(if r.provisional { "≈" } else { "" }, style));
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    lines.extend(wrapped(t(t9n::GROUPED_NOTE), 0, width_cells, theme.dim));
    lines.extend(notes(dash, theme, width_cells, false));
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

fn cluster_cell(lang: Lang, t: &TeamRhythm) -> String {
    t.cluster.map_or("–".to_string(), |c| {
        lang.labels().cluster_label(c).to_string()
    })
}

/// `KeyReading::value_cell` in `lang`: the value as recorded, a band by its short label, a
/// provisional reading as "≈ level N".
fn value_cell(lang: Lang, r: &KeyReading) -> String {
    if lang == Lang::En {
        return r.value_cell();
    }
    if r.origin == Origin::Questionnaire {
        return t9n::approx_level(lang, r.level.unwrap_or_default());
    }
    match r.parsed {
        Value::FrequencyBand(b) | Value::DurationBand(b) => b.short_fr(r.key.kind()).to_string(),
        Value::OnDemand => t9n::ON_DEMAND.get(lang).to_string(),
        // "3 par semaine" is too long for a cell: "3/sem.".
        Value::Frequency { .. } => r
            .parsed
            .shown(true)
            .replace(" par semaine", "/sem.")
            .replace(" par ", "/"),
        other => other.shown(true),
    }
}

/// `KeyReading::band_short` in `lang`.
fn band_short(lang: Lang, r: &KeyReading) -> String {
    if lang == Lang::En {
        return r.band_short();
    }
    match r.parsed.band() {
        Some(b) => b.short_fr(r.key.kind()).to_string(),
        None => r.parsed.shown(true),
    }
}

/// What "≈ level N" means (`levels`: the table shows them), the gaps between teams, the widest
/// one, the source.
fn notes(dash: &Dashboard, theme: &Theme, width_cells: usize, levels: bool) -> Vec<Line<'static>> {
    let d = &dash.comparison.delivery;
    let lang = dash.lang;
    let mut lines = Vec::new();
    if levels
        && d.teams
            .iter()
            .any(|t| t.readings.iter().any(|r| r.origin == Origin::Questionnaire))
    {
        lines.extend(wrapped(
            &format!(
                "{}{}",
                t9n::LEVEL_N_NOTE.get(lang),
                match lang {
                    Lang::En => FROM_ANSWERS,
                    Lang::Fr => FROM_ANSWERS_FR,
                }
            ),
            0,
            width_cells,
            theme.dim,
        ));
    }
    for g in &d.gaps {
        lines.extend(hanging(
            "• ",
            &format!(
                "{}.",
                match lang {
                    Lang::En => g.text.clone(),
                    Lang::Fr => g.text_fr(),
                }
            ),
            width_cells,
            theme.question,
        ));
    }
    if let Some(key) = d.widest_gap
        && let Some(g) = d.gap(key)
    {
        lines.extend(wrapped(
            &t9n::splits_most(
                lang,
                &match lang {
                    Lang::En => key.name().to_string(),
                    Lang::Fr => lang.labels().key_title(key).to_lowercase(),
                },
                &t9n::steps(lang, g.steps),
            ),
            0,
            width_cells,
            theme.accent,
        ));
    }
    lines.push(Line::from(""));
    lines.extend(wrapped(
        &t9n::clusters_source(lang),
        0,
        width_cells,
        theme.dim,
    ));
    lines
}
