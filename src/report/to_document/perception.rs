//! The chapter "How the teams see each other" for the PDF (`report::perception`): per pair of
//! teams, the self vs seen table, the largest gaps and the requests both ways, on at most two
//! pages; the lists it cuts go to the appendix. With more than eight teams (`portfolio_chapter`),
//! the widest gaps of all pairs in one table instead of a section per pair.

use crate::domain::compare::PerceptionGap;
use crate::report::Report;
use crate::report::document::{Align, Block, Cell, Column, Row, Span, Table};
use crate::report::format::difference;
use crate::report::labels::Labels;
use crate::report::labels::portfolio::words;
use crate::report::model::Appendix;
use crate::report::perception::{CHAPTER_GAPS, CHAPTER_REQUESTS, Pair, pairs};

use super::tone_of;

fn shown(r: &Report, limit: usize) -> usize {
    if r.presentation.appendix == Appendix::None {
        usize::MAX
    } else {
        limit
    }
}

pub(super) fn chapter(blocks: &mut Vec<Block>, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let pairs = pairs(c);
    if pairs.is_empty() {
        return;
    }
    blocks.push(Block::heading(1, l.perception_chapter()));
    blocks.push(Block::paragraph(l.perception_intro()));
    let appendix = r.presentation.appendix != Appendix::None;
    for p in &pairs {
        if pairs.len() > 1 {
            blocks.push(Block::heading(2, l.pair_heading(p.a, p.b)));
        }
        if p.has_views() {
            blocks.push(views_table(l, p));
            blocks.push(Block::heading(3, l.largest_perception_gaps()));
            if p.gaps.is_empty() {
                blocks.push(Block::paragraph(
                    l.no_perception_gap(c.options.perception_gap_levels),
                ));
            } else {
                blocks.push(gap_list(l, p, shown(r, CHAPTER_GAPS)));
                if p.more_gaps() > 0 && appendix {
                    blocks.push(Block::Note(l.more_in_appendix(p.more_gaps())));
                }
            }
        }
        blocks.push(Block::heading(3, l.requests_between()));
        if p.requests.is_empty() {
            blocks.push(Block::paragraph(l.no_requests()));
        } else {
            blocks.push(requests_table(l, p, shown(r, CHAPTER_REQUESTS)));
            if p.more_requests() > 0 && appendix {
                blocks.push(Block::Note(l.more_in_appendix(p.more_requests())));
            }
        }
        if !p.notes.is_empty() {
            blocks.push(Block::heading(3, l.room_notes_about()));
            blocks.push(room_notes(l, p));
        }
    }
    blocks.push(Block::PageBreak);
}

/// "**Ops about Dev** — Test automation: note", one bullet per note.
fn room_notes(l: &Labels, p: &Pair<'_>) -> Block {
    Block::Bullets(
        p.notes
            .iter()
            .map(|n| {
                vec![
                    Span::bold(l.room_about(&n.by, &n.about)),
                    Span::plain(format!(" — {}{}", l.colon(&n.title), n.note)),
                ]
            })
            .collect(),
    )
}

/// The appendix sections with the lists the chapter cut (none when it cut nothing).
pub(super) fn appendix(blocks: &mut Vec<Block>, r: &Report) {
    let l = r.labels();
    let pairs = pairs(&r.comparison);
    // The portfolio's chapter shows the widest gaps of all pairs and no request.
    let portfolio = crate::report::portfolio::is_portfolio(r.comparison.teams.len());
    let cut_gaps = if portfolio {
        pairs.iter().map(|p| p.gaps.len()).sum::<usize>() > PORTFOLIO_GAPS
    } else {
        pairs.iter().any(|p| p.more_gaps() > 0)
    };
    let cut_requests = if portfolio {
        pairs.iter().any(|p| !p.requests.is_empty())
    } else {
        pairs.iter().any(|p| p.more_requests() > 0)
    };
    if cut_gaps {
        blocks.push(Block::heading(2, l.all_perception_gaps()));
        for p in pairs.iter().filter(|p| !p.gaps.is_empty()) {
            blocks.push(Block::heading(3, l.pair_heading(p.a, p.b)));
            blocks.push(gap_list(l, p, usize::MAX));
        }
    }
    if cut_requests {
        blocks.push(Block::heading(2, l.all_requests()));
        for p in pairs.iter().filter(|p| !p.requests.is_empty()) {
            blocks.push(Block::heading(3, l.pair_heading(p.a, p.b)));
            blocks.push(requests_table(l, p, usize::MAX));
        }
    }
}

/// Gaps listed in the portfolio's perception chapter.
const PORTFOLIO_GAPS: usize = 15;

/// Every pair's gaps, widest first (ties in pair order).
fn widest_gaps<'c>(pairs: &[Pair<'c>]) -> Vec<(&'c str, &'c PerceptionGap)> {
    let mut gaps: Vec<(&str, &PerceptionGap)> =
        pairs.iter().flat_map(|p| p.gaps.iter().copied()).collect();
    gaps.sort_by(|a, b| b.1.gap.abs().total_cmp(&a.1.gap.abs()));
    gaps
}

/// The portfolio's perception chapter (more than eight teams): one section per pair would be
/// hundreds; instead how many pairs answered about each other or asked each other something,
/// and the widest gaps across all of them in one table. The appendix lists every pair's gaps
/// and requests.
pub(super) fn portfolio_chapter(blocks: &mut Vec<Block>, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = words(r.lang);
    let pairs = pairs(c);
    if pairs.is_empty() {
        return;
    }
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, l.perception_chapter()));
    blocks.push(Block::paragraph(l.perception_intro()));
    let viewed = pairs.iter().filter(|p| p.has_views()).count();
    let asking = pairs.iter().filter(|p| !p.requests.is_empty()).count();
    let requests: usize = pairs.iter().map(|p| p.requests.len()).sum();
    blocks.push(Block::paragraph(pw.perception_summary(
        viewed,
        asking,
        requests,
        r.presentation.appendix != Appendix::None,
    )));
    blocks.push(Block::heading(2, l.largest_perception_gaps()));
    let gaps = widest_gaps(&pairs);
    if gaps.is_empty() {
        blocks.push(Block::paragraph(
            l.no_perception_gap(c.options.perception_gap_levels),
        ));
    } else {
        let rows = gaps
            .iter()
            .take(PORTFOLIO_GAPS)
            .map(|(team, g)| {
                Row::new([
                    Cell::from((*team).to_string()),
                    Cell::from(g.by.clone()),
                    Cell::from(g.title.clone()),
                    Cell::from(l.score(Some(g.seen))),
                    Cell::from(l.score(Some(g.self_median))),
                    Cell::toned(l.signed(Some(g.gap)), tone_of(Some(g.gap))),
                ])
            })
            .collect();
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.team, 1.8, Align::Left),
                Column::new(pw.seen_by, 1.8, Align::Left),
                Column::new(l.question, 2.8, Align::Left),
                Column::new(pw.seen, 0.8, Align::Right),
                Column::new(pw.own, 0.8, Align::Right),
                Column::new(l.gap, 0.7, Align::Right),
            ],
            rows,
            caption: Some(pw.perception_gaps_note(gaps.len().min(PORTFOLIO_GAPS), gaps.len())),
            compact: true,
        }));
    }
    // No break after: what follows starts its own page (and the team-pages note stays here).
}

fn views_table(l: &Labels, p: &Pair<'_>) -> Block {
    let gap_cell = |seen: Option<f64>, own: Option<f64>| {
        let gap = difference(seen, own);
        Cell::toned(l.gap_signed(gap), tone_of(gap))
    };
    let rows = p
        .rows
        .iter()
        .map(|row| {
            let r = Row::new([
                Cell::from(
                    row.dimension
                        .clone()
                        .unwrap_or_else(|| l.overall.to_string()),
                ),
                Cell::from(l.score(row.a_self)),
                Cell::from(l.score(row.a_seen)),
                gap_cell(row.a_seen, row.a_self),
                Cell::from(l.score(row.b_self)),
                Cell::from(l.score(row.b_seen)),
                gap_cell(row.b_seen, row.b_self),
            ]);
            if row.dimension.is_none() {
                r.emphasized()
            } else {
                r
            }
        })
        .collect();
    Block::Table(Table {
        columns: vec![
            Column::new(l.dimension, 2.6, Align::Left),
            Column::new(l.self_view(p.a), 1.3, Align::Right),
            Column::new(l.seen_by(p.a, p.b), 1.3, Align::Right),
            Column::new(l.gap, 0.9, Align::Right),
            Column::new(l.self_view(p.b), 1.3, Align::Right),
            Column::new(l.seen_by(p.b, p.a), 1.3, Align::Right),
            Column::new(l.gap, 0.9, Align::Right),
        ],
        rows,
        caption: None,
        compact: true,
    })
}

fn gap_list(l: &Labels, p: &Pair<'_>, limit: usize) -> Block {
    Block::bullets(
        p.shown_gaps(limit)
            .into_iter()
            .map(|(team, g)| l.perception_gap_line(&g.by, team, &g.title, g.seen, g.self_median)),
    )
}

fn requests_table(l: &Labels, p: &Pair<'_>, limit: usize) -> Block {
    // One label row per direction ("Paris asks Nantes"), its requests under it.
    let mut rows = Vec::new();
    let mut direction: Option<(&str, &str)> = None;
    for r in p.requests.iter().take(limit) {
        if direction != Some((r.by.as_str(), r.to.as_str())) {
            direction = Some((r.by.as_str(), r.to.as_str()));
            let asks = l.asks(&r.by, &r.to);
            rows.push(Row::label(asks.clone(), format!("{asks} {}", l.continued)));
        }
        rows.push(Row::new([
            r.text.clone(),
            l.request_priority(r.priority).to_string(),
            l.request_response(r),
        ]));
    }
    Block::Table(Table {
        columns: vec![
            Column::new(l.request_word(), 4.4, Align::Left),
            Column::new(l.priority, 1.0, Align::Left),
            Column::new(l.response_word(), 3.4, Align::Left),
        ],
        rows,
        caption: None,
        compact: true,
    })
}
