//! The rhythm view: the teams' delivery rhythms, one row per team with the four DORA keys as
//! columns and the team's cluster on the right; under each value its Quick Check band and the
//! cluster that key alone is nearest to; then the gaps between teams. Everything comes from
//! `domain::metrics` through the comparison's `delivery`.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width, wrap};
use super::super::common::styled;
use super::{cut, hanging, marker, wrapped};
use crate::app::i18n::{Lang, Text, dashboard as t9n};
use crate::domain::metrics::derive::{FROM_ANSWERS, FROM_ANSWERS_FR};
use crate::domain::metrics::{Key, KeyReading, Origin, TeamRhythm, Value};
use ratatui::text::{Line, Span};

pub fn lines(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let d = &dash.comparison.delivery;
    let lang = dash.lang;
    let t = |x: Text| x.get(lang);
    let mut lines = vec![cut(t(t9n::RHYTHM_INTRO), width_cells, theme.dim)];
    lines.push(Line::from(""));
    if !d.has_readings() {
        lines.extend(wrapped(t(t9n::NO_FIGURES), 0, width_cells, theme.question));
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

/// What "≈" means, the gaps between teams, the widest one, the source.
fn notes(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let d = &dash.comparison.delivery;
    let lang = dash.lang;
    let mut lines = Vec::new();
    if d.teams
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
