//! The portfolio layout of the report body (more than eight teams, `report::portfolio`). The
//! synthesis holds, under the key messages, the teams furthest from target and the ranking per
//! dimension, so that the weakest teams and the common weaknesses are on the first pages
//! whatever the number of teams; the portfolio chapter then gives the roadmap most teams need,
//! the clusters of similar teams, the widest disagreements and the heatmap of every team ×
//! dimension (teams sorted by overall score, the target on the first row: several pages with
//! hundreds of teams, so it comes last); then the delivery rhythm, the progress and the plan,
//! and the perception gaps, each counted over the portfolio and only when there is data; then
//! the chapters of the teams named with `--team-pages` only.

use super::Fit;
use crate::domain::compare::Comparison;
use crate::report::Report;
use crate::report::document::{
    Align, Block, Cell, Column, Heatmap, HeatmapCell, HeatmapRow, Row, Span, Table, Tone,
};
use crate::report::labels::SINGLE;
use crate::report::labels::portfolio::{PortfolioWords, words};
use crate::report::model::GapBin;
use crate::report::portfolio::Portfolio;

/// The words of the portfolio in the report's language.
fn w(r: &Report) -> &'static PortfolioWords {
    words(r.lang)
}

/// "1 = Culture and collaboration; 2 = …": the dimensions by number, for narrow columns.
fn dimension_legend(r: &Report) -> String {
    let l = r.labels();
    r.comparison
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| format!("{} = {}", i + 1, d.name))
        .collect::<Vec<_>>()
        .join(l.semicolon())
}

/// The heatmap of the synthesis: one row per team, sorted by overall score, after a first row
/// with the targets; one column for the overall score and one per dimension (numbered).
fn heatmap(r: &Report, p: &Portfolio) -> Block {
    let c = &r.comparison;
    let l = r.labels();
    let mut columns = vec![l.overall.to_string()];
    columns.extend((1..=c.dimensions.len()).map(|i| i.to_string()));
    let target_overall = c.teams.first().map_or(0.0, |t| t.target);
    let mut rows = vec![HeatmapRow {
        label: l.target.to_string(),
        cells: std::iter::once(target_overall)
            .chain(c.dimensions.iter().map(|d| d.target))
            .map(|t| HeatmapCell {
                text: l.score(Some(t)),
                tone: None,
            })
            .collect(),
    }];
    let mut single = false;
    for (rank, &ti) in p.order.iter().enumerate() {
        let t = &c.teams[ti];
        let mut cells = vec![HeatmapCell {
            text: l.score(t.overall),
            tone: GapBin::of(t.overall, t.target).index(),
        }];
        for row in &r.synthesis.heatmap {
            let cell = &row.cells[ti];
            single |= cell.single_answer;
            cells.push(HeatmapCell {
                text: match cell.bin {
                    GapBin::NotAssessed => "–".to_string(),
                    _ if cell.single_answer => l.score(cell.score) + SINGLE,
                    _ => l.score(cell.score),
                },
                tone: cell.bin.index(),
            });
        }
        rows.push(HeatmapRow {
            label: format!("{}. {}", rank + 1, t.name),
            cells,
        });
    }
    let mut caption = l.heatmap_caption(c.questionnaire.levels.len(), single, false);
    caption.push(' ');
    caption.push_str(&w(r).heatmap_note(&dimension_legend(r)));
    let mut key: Vec<(Option<u8>, String)> = l
        .bins
        .iter()
        .enumerate()
        .map(|(i, b)| (Some(i as u8), (*b).to_string()))
        .collect();
    key.push((None, format!("{} / {}", l.target, l.not_assessed)));
    Block::Heatmap(Heatmap {
        columns,
        rows,
        legend: key,
        caption: Some(caption),
    })
}

/// The synthesis after its key messages: the weakest teams, then each dimension's ranking.
pub(super) fn synthesis(blocks: &mut Vec<Block>, r: &Report, p: &Portfolio) {
    furthest(blocks, r, p);
    // The twelve weakest teams take most of the synthesis page: the ranking gets a page of its
    // own rather than one row under them and the rest overleaf.
    blocks.push(Block::PageBreak);
    ranking(blocks, r, p);
    blocks.push(Block::PageBreak);
}

/// The portfolio chapter, then the team pages asked for.
pub(super) fn body(blocks: &mut Vec<Block>, r: &Report, p: &Portfolio, fit: Fit) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    blocks.push(Block::heading(1, pw.portfolio));
    let named: Vec<String> = r
        .team_pages
        .iter()
        .map(|&ti| c.teams[ti].name.clone())
        .collect();
    // How to get team pages, under the chapter's title (under the heatmap, which fills its
    // pages, it stood alone on a page of its own); or, when there are some, that they follow,
    // just before them.
    if named.is_empty() {
        blocks.push(Block::Note(pw.team_pages_note(&named)));
    }
    roadmap(blocks, r, p);
    clusters(blocks, r, p);
    disagreements(blocks, r, p);
    blocks.push(Block::heading(2, l.heatmap));
    blocks.push(heatmap(r, p));
    // The delivery rhythm, the progress since the previous round and the plan, and what the
    // teams said about each other, each counted over the portfolio, when there is any.
    super::rhythm::portfolio_page(blocks, c, l, pw, &p.order);
    progress(blocks, r);
    super::perception::portfolio_chapter(blocks, r);
    if !named.is_empty() {
        blocks.push(Block::Note(pw.team_pages_note(&named)));
    }
    // In the order asked.
    for &ti in &r.team_pages {
        if let Some(chapter) = r.chapters.iter().find(|ch| ch.index == ti) {
            super::team(blocks, r, chapter, fit);
        }
    }
}

/// Late actions listed on the portfolio's progress page.
const LATE_SHOWN: usize = 12;
/// Teams named among the largest gains and drops.
const MOVERS: usize = 5;
/// The smallest change printed as one (scores have one decimal).
const MOVED: f64 = 0.05;

/// The portfolio's progress page (more than eight teams), in place of one chart per team:
/// per dimension and overall, the median change and how many teams moved up, stayed or moved
/// down; the teams that gained and lost most; then the plan: its actions by status and the
/// late ones. Only the plan part when there is no previous round; nothing without either.
pub(super) fn progress(blocks: &mut Vec<Block>, r: &Report) {
    let l = r.labels();
    let p = crate::report::labels::PlanLabels::of(r.lang);
    let pw = w(r);
    let plan = r.plan.as_ref().filter(|s| s.completion.total > 0);
    let progress = r.comparison.progress.as_ref();
    if progress.is_none() && plan.is_none() {
        return;
    }
    blocks.push(Block::PageBreak);
    if let Some(pr) = progress {
        blocks.push(Block::heading(1, p.progress));
        blocks.push(Block::paragraph(pw.progress_intro(pr.rounds.len())));
        let counts = |changes: &[Option<f64>]| {
            let mut moved: Vec<f64> = changes.iter().flatten().copied().collect();
            moved.sort_by(f64::total_cmp);
            // As printed: a change shown as 0.0 is none (`tone_of`).
            let up = moved.iter().filter(|c| **c >= MOVED).count();
            let down = moved.iter().filter(|c| **c <= -MOVED).count();
            (
                crate::report::portfolio::median(&moved),
                up,
                moved.len() - up - down,
                down,
            )
        };
        let row = |name: String, changes: Vec<Option<f64>>| {
            let (median, up, same, down) = counts(&changes);
            Row::new([
                Cell::from(name),
                Cell::toned(l.signed(median), super::tone_of(median)),
                Cell::from(up.to_string()),
                Cell::from(same.to_string()),
                Cell::toned(
                    down.to_string(),
                    if down > 0 { Tone::Bad } else { Tone::Normal },
                ),
            ])
        };
        let mut rows = vec![
            row(
                l.overall.to_string(),
                pr.teams.iter().map(|t| t.overall.change).collect(),
            )
            .emphasized(),
        ];
        let dimensions = pr.teams.first().map_or(0, |t| t.dimensions.len());
        for di in 0..dimensions {
            let name = pr.teams[0].dimensions[di].dimension.clone();
            rows.push(row(
                name,
                pr.teams
                    .iter()
                    .map(|t| t.dimensions.get(di).and_then(|d| d.change.change))
                    .collect(),
            ));
        }
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.dimension, 3.0, Align::Left),
                Column::new(pw.median_change, 1.2, Align::Right),
                Column::new(pw.teams_up, 1.0, Align::Right),
                Column::new(pw.teams_same, 1.0, Align::Right),
                Column::new(pw.teams_down, 1.0, Align::Right),
            ],
            rows,
            caption: Some(pw.progress_note(pr.teams.len())),
            compact: true,
        }));
        // The largest overall gains and drops, side by side.
        let mut moved: Vec<(&str, f64)> = pr
            .teams
            .iter()
            .filter_map(|t| t.overall.change.map(|c| (t.team.as_str(), c)))
            .collect();
        moved.sort_by(|a, b| b.1.total_cmp(&a.1));
        let list = |teams: Vec<&(&str, f64)>| {
            teams
                .iter()
                .map(|(t, c)| format!("{t} {}", l.signed(Some(*c))))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let gains = list(moved.iter().filter(|m| m.1 >= MOVED).take(MOVERS).collect());
        let drops = list(
            moved
                .iter()
                .rev()
                .filter(|m| m.1 <= -MOVED)
                .take(MOVERS)
                .collect(),
        );
        if !gains.is_empty() || !drops.is_empty() {
            blocks.push(Block::Table(Table {
                columns: vec![
                    Column::new(pw.largest_gains, 1.0, Align::Left),
                    Column::new(pw.largest_drops, 1.0, Align::Left),
                ],
                rows: vec![Row::new([gains, drops])],
                caption: None,
                compact: true,
            }));
        }
    } else {
        blocks.push(Block::heading(1, pw.action_plan));
    }
    let Some(plan) = plan else {
        return;
    };
    blocks.push(Block::Paragraph(vec![
        Span::bold(l.colon(p.completion)),
        Span::plain(p.completion_line(&plan.completion)),
    ]));
    let late: Vec<&crate::report::model::PlanItem> = plan
        .agreed
        .iter()
        .chain(&plan.joint)
        .filter(|a| a.late)
        .collect();
    if late.is_empty() {
        return;
    }
    blocks.push(Block::heading(2, pw.late_actions));
    let rows = late
        .iter()
        .take(LATE_SHOWN)
        .map(|a| {
            Row::new([
                Cell::from(a.title.clone()),
                Cell::from(a.teams.join(", ")),
                Cell::from(if a.owner.is_empty() {
                    p.nobody.to_string()
                } else {
                    a.owner.clone()
                }),
                Cell::toned(
                    a.due.as_deref().map_or_else(String::new, |d| l.date_of(d)),
                    Tone::Bad,
                ),
            ])
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(p.action, 3.6, Align::Left),
            Column::new(p.teams, 2.2, Align::Left),
            Column::new(p.owner, 1.6, Align::Left),
            Column::new(p.due, 1.3, Align::Left),
        ],
        rows,
        caption: Some(pw.late_note(late.len().min(LATE_SHOWN), late.len())),
        compact: true,
    }));
}

fn team_name(c: &Comparison, ti: usize) -> String {
    c.teams[ti].name.clone()
}

fn ranking(blocks: &mut Vec<Block>, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    blocks.push(Block::heading(2, pw.ranking));
    let list = |teams: &[(usize, f64)]| {
        teams
            .iter()
            .map(|&(ti, s)| format!("{} {}", team_name(c, ti), l.score(Some(s))))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let rows = p
        .rankings
        .iter()
        .map(|k| {
            let d = &c.dimensions[k.dimension];
            Row::new([
                Cell::from(format!("{}. {}", k.dimension + 1, d.name)),
                Cell::from(l.score(Some(d.target))),
                Cell::from(l.score(k.median)),
                Cell::from(k.quartiles.map_or_else(
                    || "–".to_string(),
                    |q| pw.between_cell(&l.score(Some(q.q1)), &l.score(Some(q.q3))),
                )),
                Cell::toned(
                    l.of(k.met, k.scored),
                    if k.met * 2 < k.scored {
                        Tone::Bad
                    } else {
                        Tone::Normal
                    },
                ),
                Cell::from(list(&k.lowest)),
                Cell::from(list(&k.highest)),
            ])
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(l.dimension, 2.4, Align::Left),
            Column::new(l.target, 0.8, Align::Right),
            Column::new(pw.median_of_teams, 1.0, Align::Right),
            Column::new(pw.middle_half, 1.0, Align::Right),
            Column::new(pw.at_target, 1.2, Align::Right),
            Column::new(pw.lowest, 1.8, Align::Left),
            Column::new(pw.highest, 1.8, Align::Left),
        ],
        rows,
        caption: Some(pw.ranking_note(c.teams.len())),
        compact: true,
    }));
}

fn furthest(blocks: &mut Vec<Block>, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    blocks.push(Block::heading(2, pw.furthest));
    let rows = p
        .furthest
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let weakest = g
                .weakest
                .iter()
                .map(|&di| {
                    let d = &c.dimensions[di];
                    format!("{} {}", d.name, l.score(d.teams[g.team].score))
                })
                .collect::<Vec<_>>()
                .join(", ");
            Row::new([
                Cell::from((i + 1).to_string()),
                Cell::from(team_name(c, g.team)),
                Cell::from(l.score(Some(g.overall))),
                Cell::from(l.score(Some(g.target))),
                Cell::toned(l.score(Some(g.gap)), Tone::Bad),
                Cell::from(weakest),
            ])
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new("#", 0.4, Align::Right),
            Column::new(l.team, 2.2, Align::Left),
            Column::new(l.overall, 0.9, Align::Right),
            Column::new(l.target, 0.8, Align::Right),
            Column::new(l.gap, 0.7, Align::Right),
            Column::new(pw.weakest_dimensions, 4.0, Align::Left),
        ],
        rows,
        caption: Some(pw.furthest_note(p.furthest.len())),
        compact: true,
    }));
}

fn disagreements(blocks: &mut Vec<Block>, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    if p.disagreeing.is_empty() {
        return;
    }
    blocks.push(Block::heading(2, pw.disagreements));
    let rows = p
        .disagreeing
        .iter()
        .map(|t| {
            let widest = t.widest.map_or(String::new(), |(qi, lo, hi, unknown)| {
                let q = &c.questions[qi];
                let mut text = q.title.clone();
                if let (Some(lo), Some(hi)) = (lo, hi)
                    && hi > lo
                {
                    text.push_str(&format!(" ({})", pw.levels_range(lo, hi)));
                }
                if unknown > 0 {
                    text.push_str(&format!(
                        " — {} × {}",
                        unknown,
                        l.answer(Some(crate::domain::Answer::Unknown))
                    ));
                }
                text
            });
            Row::new([
                Cell::from(team_name(c, t.team)),
                Cell::from(l.of(t.count, c.questions.len())),
                Cell::from(widest),
            ])
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(l.team, 2.2, Align::Left),
            Column::new(pw.in_disagreement, 1.3, Align::Right),
            Column::new(pw.widest, 5.0, Align::Left),
        ],
        rows,
        caption: Some(pw.disagreements_note(c.options.disagreement_spread)),
        compact: true,
    }));
    if !p.disputed.is_empty() {
        let items: Vec<String> = p
            .disputed
            .iter()
            .take(5)
            .map(|&(qi, n)| format!("{} ({})", c.questions[qi].title, pw.teams_count(n)))
            .collect();
        blocks.push(Block::paragraph(pw.disputed(&items)));
    }
}

fn clusters(blocks: &mut Vec<Block>, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    blocks.push(Block::heading(2, pw.clusters));
    let rows = p
        .clusters
        .iter()
        .map(|k| {
            let dims = k
                .dimensions
                .iter()
                .map(|&di| c.dimensions[di].name.clone())
                .collect::<Vec<_>>()
                .join(" + ");
            let teams = k
                .teams
                .iter()
                .map(|&ti| team_name(c, ti))
                .collect::<Vec<_>>()
                .join(", ");
            Row::new([
                Cell::from(dims),
                Cell::from(k.teams.len().to_string()),
                Cell::from(teams),
            ])
        })
        .collect();
    if !p.clusters.is_empty() {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(pw.shared_weakest, 3.2, Align::Left),
                Column::new(l.teams, 0.9, Align::Right),
                Column::new(l.team, 5.0, Align::Left),
            ],
            rows,
            caption: None,
            compact: true,
        }));
    }
    blocks.push(Block::Note(pw.clusters_note(
        p.clusters.len(),
        p.cluster_count,
        p.unclustered,
    )));
}

fn roadmap(blocks: &mut Vec<Block>, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    if p.roadmap.is_empty() {
        return;
    }
    blocks.push(Block::heading(2, pw.roadmap));
    let rows = p
        .roadmap
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let q = &c.questions[s.question];
            Row::new([
                Cell::from((i + 1).to_string()),
                Cell::from(q.title.clone()),
                Cell::from(l.of(s.teams, c.teams.len())),
                Cell::from(s.first_horizon.to_string()),
                Cell::from(pw.step_with_teams(
                    &l.step_value(s.from_level, s.to_level, c.level_label(s.to_level)),
                    s.step_teams,
                )),
                Cell::from(l.effort_value(s.effort)),
                Cell::from(s.text.clone()),
            ])
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new("#", 0.4, Align::Right),
            Column::new(l.question, 2.0, Align::Left),
            Column::new(pw.teams_needing, 1.0, Align::Right),
            Column::new(pw.in_first_horizon, 0.9, Align::Right),
            Column::new(pw.most_common_step, 1.7, Align::Left),
            Column::new(l.effort, 0.8, Align::Left),
            Column::new(l.action, 3.4, Align::Left),
        ],
        rows,
        caption: Some(pw.roadmap_note(c.teams.len())),
        compact: true,
    }));
}

#[cfg(test)]
mod tests {
    use crate::report::document::{Block, Cover, Heatmap};
    use crate::report::model::Appendix;
    use crate::report::{Report, ReportOptions};

    fn report(team_pages: &[&str]) -> Report {
        Report::build(
            crate::report::portfolio::tests::ten_teams(),
            &ReportOptions {
                created: "2026-03-12T09:30:00Z".to_string(),
                team_pages: team_pages.iter().map(|t| (*t).to_string()).collect(),
                appendix: Appendix::None,
                ..ReportOptions::default()
            },
        )
    }

    fn headings(blocks: &[Block], wanted: u8) -> Vec<String> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, text } if *level == wanted => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn ten_teams_get_the_portfolio_and_only_the_team_pages_asked_for() {
        let doc = crate::report::to_document::to_document(&report(&["T3", "T0"]));
        // Team chapters only for the teams named, in the order named, after the portfolio's
        // own chapters (the teams answered the measurement questions: a rhythm; no previous
        // round, plan or perception sheets: nothing else).
        assert_eq!(
            headings(&doc.blocks, 1),
            [
                "Synthesis",
                "Portfolio",
                "Delivery rhythm",
                "T3",
                "T0",
                "Method and limits"
            ]
        );
        let sections = headings(&doc.blocks, 2);
        let at = |s: &str| sections.iter().position(|x| x == s).unwrap();
        // The weakest teams and the ranking lead, the long heatmap comes last.
        assert!(at("Teams furthest from target") < at("Ranking per dimension"));
        assert!(at("Ranking per dimension") < at("Portfolio roadmap: the steps most teams need"));
        assert!(at("Teams with similar profiles") < at("Gap to target, team by dimension"));
        let Some(Block::Cover(Cover { facts, .. })) = doc.blocks.first() else {
            panic!("no cover")
        };
        assert!(
            facts.iter().any(|(k, v)| k == "Teams" && v == "10"),
            "{facts:?}"
        );
        let heatmap = doc
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Heatmap(h) => Some(h),
                _ => None,
            })
            .unwrap();
        let Heatmap { columns, rows, .. } = heatmap;
        // Overall then the 13 dimensions; the target row, then the teams by overall score.
        assert_eq!(columns.len(), 14);
        assert_eq!(rows[0].label, "Target");
        assert_eq!(rows.len(), 11);
        assert!(rows[1].label.starts_with("1. T7"), "{}", rows[1].label);
        assert_eq!(rows[10].label, "10. T0");
        // No team pages asked: none, and the note says how to get them.
        let doc = crate::report::to_document::to_document(&report(&[]));
        assert_eq!(
            headings(&doc.blocks, 1),
            [
                "Synthesis",
                "Portfolio",
                "Delivery rhythm",
                "Method and limits"
            ]
        );
        assert!(
            doc.blocks
                .iter()
                .any(|b| matches!(b, Block::Note(n) if n.contains("--team-pages")))
        );
    }
}
