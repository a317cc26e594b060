//! The chapter "How the teams see each other" in Markdown (`report::perception`): per pair of
//! teams, the self vs seen table, the largest gaps and the requests both ways; the rest of the
//! lists in the appendix.

use super::cell;
use crate::domain::compare::Comparison;
use crate::report::Report;
use crate::report::format::difference;
use crate::report::labels::Labels;
use crate::report::model::Appendix;
use crate::report::perception::{CHAPTER_GAPS, CHAPTER_REQUESTS, COMPARE_GAPS, Pair, pairs};
use std::fmt::Write;

/// How many of a list the chapter prints: all without an appendix to send the rest to.
fn shown(r: &Report, limit: usize) -> usize {
    if r.presentation.appendix == Appendix::None {
        usize::MAX
    } else {
        limit
    }
}

pub fn chapter(out: &mut String, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let pairs = pairs(c);
    if pairs.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        l.perception_chapter(),
        l.perception_intro()
    );
    for p in &pairs {
        if pairs.len() > 1 {
            let _ = writeln!(out, "### {}\n", cell(&l.pair_heading(p.a, p.b)));
        }
        if p.has_views() {
            views_table(out, l, p);
        }
        if p.has_views() {
            let _ = writeln!(out, "**{}**\n", l.largest_perception_gaps());
            if p.gaps.is_empty() {
                let _ = writeln!(
                    out,
                    "{}\n",
                    l.no_perception_gap(c.options.perception_gap_levels)
                );
            } else {
                gap_list(out, l, p, shown(r, CHAPTER_GAPS));
                if p.more_gaps() > 0 && r.presentation.appendix != Appendix::None {
                    let _ = writeln!(out, "{}\n", l.more_in_appendix(p.more_gaps()));
                }
            }
        }
        let _ = writeln!(out, "**{}**\n", l.requests_between());
        if p.requests.is_empty() {
            let _ = writeln!(out, "{}\n", l.no_requests());
        } else {
            requests_table(out, l, p, shown(r, CHAPTER_REQUESTS));
            if p.more_requests() > 0 && r.presentation.appendix != Appendix::None {
                let _ = writeln!(out, "{}\n", l.more_in_appendix(p.more_requests()));
            }
        }
        room_notes(out, l, p);
    }
}

/// "**Ops about Dev** — Test automation: note", one item per note; nothing without notes.
fn room_notes(out: &mut String, l: &Labels, p: &Pair<'_>) {
    if p.notes.is_empty() {
        return;
    }
    let _ = writeln!(out, "**{}**\n", l.room_notes_about());
    for n in &p.notes {
        let _ = writeln!(
            out,
            "- **{}** — {}{}",
            cell(&l.room_about(&n.by, &n.about)),
            l.colon(&cell(&n.title)),
            cell(&n.note)
        );
    }
    out.push('\n');
}

/// `compare --format markdown`: the same section as the report's chapter, the widest gaps
/// (`COMPARE_GAPS`; the JSON has them all) and every request; nothing when the teams said
/// nothing about each other.
pub fn comparison_section(out: &mut String, c: &Comparison, l: &Labels) {
    let pairs = pairs(c);
    if pairs.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        l.perception_chapter(),
        l.perception_intro()
    );
    for p in &pairs {
        let _ = writeln!(out, "### {}\n", cell(&l.pair_heading(p.a, p.b)));
        if p.has_views() {
            // A working view: only the dimensions some side answered about the other.
            let mut seen = p.clone();
            seen.rows.retain(|r| r.seen_any() || r.dimension.is_none());
            views_table(out, l, &seen);
            let _ = writeln!(out, "**{}**\n", l.largest_perception_gaps());
            if p.gaps.is_empty() {
                let _ = writeln!(
                    out,
                    "{}\n",
                    l.no_perception_gap(c.options.perception_gap_levels)
                );
            } else {
                gap_list(out, l, p, COMPARE_GAPS);
                if p.gaps.len() > COMPARE_GAPS {
                    let more = l.more_gaps_in_json(p.gaps.len() - COMPARE_GAPS);
                    let _ = writeln!(out, "{more}\n");
                }
            }
        }
        let _ = writeln!(out, "**{}**\n", l.requests_between());
        if p.requests.is_empty() {
            let _ = writeln!(out, "{}\n", l.no_requests());
        } else {
            requests_table(out, l, p, usize::MAX);
        }
    }
}

/// The appendix section with the lists the chapter cut (nothing when it cut none).
pub fn appendix(out: &mut String, r: &Report) {
    let l = r.labels();
    let pairs = pairs(&r.comparison);
    if pairs.iter().any(|p| p.more_gaps() > 0) {
        let _ = writeln!(out, "### {}\n", l.all_perception_gaps());
        for p in pairs.iter().filter(|p| !p.gaps.is_empty()) {
            let _ = writeln!(out, "#### {}\n", cell(&l.pair_heading(p.a, p.b)));
            gap_list(out, l, p, usize::MAX);
        }
    }
    if pairs.iter().any(|p| p.more_requests() > 0) {
        let _ = writeln!(out, "### {}\n", l.all_requests());
        for p in pairs.iter().filter(|p| !p.requests.is_empty()) {
            let _ = writeln!(out, "#### {}\n", cell(&l.pair_heading(p.a, p.b)));
            requests_table(out, l, p, usize::MAX);
        }
    }
}

fn views_table(out: &mut String, l: &Labels, p: &Pair<'_>) {
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|--:|--:|",
        l.dimension,
        cell(&l.self_view(p.a)),
        cell(&l.seen_by(p.a, p.b)),
        l.gap,
        cell(&l.self_view(p.b)),
        cell(&l.seen_by(p.b, p.a)),
        l.gap
    );
    for row in &p.rows {
        let name = row
            .dimension
            .as_deref()
            .map_or_else(|| format!("**{}**", l.overall), cell);
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} |",
            l.score(row.a_self),
            l.score(row.a_seen),
            l.gap_signed(difference(row.a_seen, row.a_self)),
            l.score(row.b_self),
            l.score(row.b_seen),
            l.gap_signed(difference(row.b_seen, row.b_self)),
        );
    }
    out.push('\n');
}

fn gap_list(out: &mut String, l: &Labels, p: &Pair<'_>, limit: usize) {
    for (team, g) in p.shown_gaps(limit) {
        let _ = writeln!(
            out,
            "- {}",
            cell(&l.perception_gap_line(&g.by, team, &g.title, g.seen, g.self_median))
        );
    }
    out.push('\n');
}

fn requests_table(out: &mut String, l: &Labels, p: &Pair<'_>, limit: usize) {
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        l.team,
        l.request_word(),
        l.priority,
        l.response_word()
    );
    for r in p.requests.iter().take(limit) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&l.asks(&r.by, &r.to)),
            cell(&r.text),
            l.request_priority(r.priority),
            cell(&l.request_response(r))
        );
    }
    out.push('\n');
}
