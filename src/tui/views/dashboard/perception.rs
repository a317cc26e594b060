//! The perception view for the dashboard's pair of teams (`a` / `b` change them): per dimension,
//! each team's own score next to the other's view of it, as bars; the largest perception gaps;
//! the requests both ways with their responses. The same data as the report's chapter
//! (`report::perception`), so the screen and the PDF shown in the meeting agree.

use super::super::super::dashboard::Dashboard;
use super::super::super::theme::Theme;
use super::super::super::wrap::{fit, width};
use super::super::common::styled;
use super::{cut, hanging, marker, score, signed};
use crate::app::i18n::{Lang, Text, dashboard as t9n};
use crate::domain::scoring::percent;
use crate::report::format::difference;
use crate::report::perception::{Pair, pairs};
use ratatui::text::{Line, Span};

pub fn lines(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let lang = dash.lang;
    let t = |x: Text| x.get(lang);
    let mut lines = Vec::new();
    if !dash.several() {
        lines.push(cut(t(t9n::NEEDS_TWO), width_cells, theme.question));
        return lines;
    }
    let (ai, bi) = (dash.pair.0.min(dash.pair.1), dash.pair.0.max(dash.pair.1));
    let (a, b) = (&dash.teams[ai], &dash.teams[bi]);
    lines.push(Line::from(vec![
        styled(t(t9n::HOW), theme.base),
        marker(theme, ai),
        styled(format!(" {a}{}", t(t9n::AND)), theme.base),
        marker(theme, bi),
        styled(format!(" {b}{}", t(t9n::SEE_EACH_OTHER)), theme.base),
    ]));
    let all = pairs(c);
    let Some(pair) = all.iter().find(|p| p.a == a.as_str() && p.b == b.as_str()) else {
        lines.push(Line::from(""));
        lines.extend(hanging(
            "",
            &t9n::neither_answered(lang, a, b),
            width_cells,
            theme.question,
        ));
        return lines;
    };
    lines.push(Line::from(vec![
        styled("█", theme.gauge_full),
        styled(t(t9n::SEES_ITSELF), theme.dim),
        styled("▒", theme.gauge_full),
        styled(t(t9n::OTHER_SEES), theme.dim),
    ]));
    lines.push(Line::from(""));
    if pair.has_views() {
        bars(&mut lines, dash, theme, width_cells, pair, (ai, bi));
        gaps(
            &mut lines,
            lang,
            theme,
            width_cells,
            pair,
            c.options.perception_gap_levels,
        );
    }
    requests(&mut lines, lang, theme, width_cells, pair);
    lines
}

fn bars(
    lines: &mut Vec<Line<'static>>,
    dash: &Dashboard,
    theme: &Theme,
    width_cells: usize,
    pair: &Pair<'_>,
    (ai, bi): (usize, usize),
) {
    let levels = dash.comparison.questionnaire.levels.len() as u8;
    let lang = dash.lang;
    let name_w = (width_cells / 4).clamp(10, 30);
    // "by Start-up — Nantes" whole on a wide screen; cut on 80 columns.
    let label_w = if width_cells >= 120 {
        width(&t9n::by_team(lang, pair.a))
            .max(width(&t9n::by_team(lang, pair.b)))
            .clamp(12, 32)
    } else {
        12
    };
    // name │ marker label │ bar │ " 3.5" │ "  −1.5"
    let bar_w = width_cells
        .saturating_sub(name_w + 2 + 2 + label_w + 1 + 5 + 7)
        .clamp(6, 60);
    let (a, b) = (pair.a, pair.b);
    for row in &pair.rows {
        let name = row
            .dimension
            .clone()
            .unwrap_or_else(|| lang.labels().overall.to_string());
        let self_word = t9n::SELF.get(lang).to_string();
        let entries = [
            (ai, self_word.clone(), row.a_self, false, None),
            (
                ai,
                t9n::by_team(lang, b),
                row.a_seen,
                true,
                difference(row.a_seen, row.a_self),
            ),
            (bi, self_word, row.b_self, false, None),
            (
                bi,
                t9n::by_team(lang, a),
                row.b_seen,
                true,
                difference(row.b_seen, row.b_self),
            ),
        ];
        for (i, (team, label, value, seen, gap)) in entries.into_iter().enumerate() {
            let mut spans: Vec<Span> = Vec::new();
            let shown_name = if i == 0 {
                fit(&name, name_w)
            } else {
                String::new()
            };
            let style = if row.dimension.is_none() {
                theme.highlight
            } else {
                theme.question
            };
            spans.push(styled(format!("{shown_name:<name_w$}  "), style));
            if seen {
                spans.push(styled("  ", theme.base));
            } else {
                spans.push(marker(theme, team));
                spans.push(styled(" ", theme.base));
            }
            spans.push(styled(
                format!("{:<label_w$} ", fit(&label, label_w)),
                theme.team(team),
            ));
            let filled = value
                .map(|v| percent(v, levels))
                .map_or(0, |p| ((p / 100.0) * bar_w as f64).round() as usize)
                .min(bar_w);
            let fill = if seen { "▒" } else { "█" };
            spans.push(styled(fill.repeat(filled), theme.team(team)));
            spans.push(styled("░".repeat(bar_w - filled), theme.gauge_empty));
            spans.push(styled(
                format!(" {:>4}", score(lang, value)),
                theme.team(team),
            ));
            if let Some(g) = gap {
                let style = if g.abs() >= 1.0 {
                    theme.highlight
                } else {
                    theme.dim
                };
                spans.push(styled(format!("  {:>5}", signed(lang, g)), style));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::from(""));
    }
}

fn gaps(
    lines: &mut Vec<Line<'static>>,
    lang: Lang,
    theme: &Theme,
    width_cells: usize,
    pair: &Pair<'_>,
    threshold: f64,
) {
    lines.push(cut(
        &t9n::largest_gaps(lang, threshold),
        width_cells,
        theme.accent,
    ));
    if pair.gaps.is_empty() {
        lines.push(cut(t9n::NONE.get(lang), width_cells, theme.dim));
    }
    for (team, g) in &pair.gaps {
        lines.extend(hanging(
            "• ",
            &lang
                .labels()
                .perception_gap_line(&g.by, team, &g.title, g.seen, g.self_median),
            width_cells,
            theme.base,
        ));
    }
    lines.push(Line::from(""));
}

fn requests(
    lines: &mut Vec<Line<'static>>,
    lang: Lang,
    theme: &Theme,
    width_cells: usize,
    pair: &Pair<'_>,
) {
    let labels = lang.labels();
    for (by, to) in [(pair.a, pair.b), (pair.b, pair.a)] {
        let mine: Vec<_> = pair.requests.iter().filter(|r| r.between(by, to)).collect();
        lines.push(cut(
            &t9n::asks_count(lang, by, to, mine.len()),
            width_cells,
            theme.accent,
        ));
        if mine.is_empty() {
            lines.push(cut(labels.no_requests(), width_cells, theme.dim));
        }
        for r in mine {
            let prefix = format!("• {} ", r.id);
            lines.extend(hanging(
                &prefix,
                &format!("[{}] {}", labels.request_priority(r.priority), r.text),
                width_cells,
                theme.base,
            ));
            let response = labels.request_response(r);
            lines.extend(hanging(
                &" ".repeat(width(&prefix)),
                &format!("→ {response}"),
                width_cells,
                theme.dim,
            ));
        }
        lines.push(Line::from(""));
    }
}
