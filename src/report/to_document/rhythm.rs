//! The "Delivery rhythm" page, right after the synthesis: each team's four DORA keys in their
//! Quick Check bands, coloured by the 2024 cluster each is nearest to, the team's cluster, and a
//! chart of the bands side by side — what "two delivery rhythms" looks like in figures. With
//! more than eight teams (`portfolio_page`), counts per key and cluster instead of one row per
//! team.

use crate::domain::compare::Comparison;
use crate::domain::metrics::{Cluster, Delivery, Key, Origin, TeamRhythm};
use crate::report::Labels;
use crate::report::document::{
    Align, BarChart, Block, Cell, Column, Heatmap, HeatmapCell, HeatmapRow, Row, Series, Table,
};
use crate::report::labels::portfolio::PortfolioWords;

/// The heatmap tone of a cluster: elite the best colour, low the worst used.
fn tone(cluster: Cluster) -> u8 {
    match cluster {
        Cluster::Elite => 0,
        Cluster::High => 1,
        Cluster::Medium => 2,
        Cluster::Low => 3,
    }
}

/// The page, when at least one team has a reading (figures or provisional bands).
pub(super) fn page(blocks: &mut Vec<Block>, c: &Comparison, l: &Labels) {
    let d = &c.delivery;
    if !d.has_readings() {
        return;
    }
    blocks.push(Block::heading(1, l.rhythm_heading()));
    blocks.push(Block::paragraph(l.rhythm_intro()));
    // One row per team, one column per key: the team's name stays whole however many teams
    // there are, and five keys and the cluster always fit the page's width.
    let mut columns: Vec<String> = Key::ALL
        .iter()
        .map(|&k| l.key_column(k).to_string())
        .collect();
    columns.push(l.cluster_column().to_string());
    let mut provisional = false;
    let rows: Vec<HeatmapRow> = c
        .teams
        .iter()
        .map(|t| {
            let rhythm = d.team(&t.name);
            let mut cells: Vec<HeatmapCell> = Key::ALL
                .iter()
                .map(|&key| match rhythm.and_then(|r| r.reading(key)) {
                    Some(r) => {
                        provisional |= r.origin == Origin::Questionnaire;
                        HeatmapCell {
                            text: l.reading_cell(r),
                            tone: r.nearest_cluster.map(tone),
                        }
                    }
                    None => HeatmapCell {
                        text: l.no_figure().to_string(),
                        tone: None,
                    },
                })
                .collect();
            let cluster = rhythm.and_then(|r| r.cluster);
            cells.push(HeatmapCell {
                text: cluster.map_or_else(
                    || l.no_figure().to_string(),
                    |k| l.cluster_label(k).to_string(),
                ),
                tone: cluster.map(tone),
            });
            HeatmapRow {
                label: t.name.clone(),
                cells,
            }
        })
        .collect();
    blocks.push(Block::Heatmap(Heatmap {
        columns,
        rows,
        legend: [Cluster::Elite, Cluster::High, Cluster::Medium, Cluster::Low]
            .into_iter()
            .map(|k| (Some(tone(k)), l.cluster_label(k).to_string()))
            .collect(),
        caption: Some(l.rhythm_caption(provisional)),
    }));
    gap_bullets(blocks, d, l);
    // The three keys with bands, as bars: one colour per team, as in every chart. Beyond four
    // teams the bars are too thin to read and the table above says it all.
    if c.teams.len() > 4 {
        blocks.push(Block::PageBreak);
        return;
    }
    let banded = [Key::DeployFrequency, Key::LeadTime, Key::RecoveryTime];
    blocks.push(Block::BarChart(BarChart {
        title: Some(l.rhythm_chart().to_string()),
        categories: banded.iter().map(|&k| l.key_title(k).to_string()).collect(),
        series: c
            .teams
            .iter()
            .map(|t| Series {
                name: t.name.clone(),
                values: banded
                    .iter()
                    .map(|&k| {
                        d.team(&t.name)
                            .and_then(|r| r.reading(k))
                            .and_then(|r| r.parsed.band())
                            .map(|b| f64::from(b.step()) + 1.0)
                    })
                    .collect(),
            })
            .collect(),
        target: None,
        min: 0.0,
        max: 6.0,
    }));
    blocks.push(Block::PageBreak);
}

/// The gaps between the teams ahead and behind on each key, in words.
fn gap_bullets(blocks: &mut Vec<Block>, d: &Delivery, l: &Labels) {
    let gaps: Vec<Vec<crate::report::document::Span>> = d
        .gaps
        .iter()
        .map(|g| {
            let text = if l.is_fr() {
                g.text_fr()
            } else {
                g.text.clone()
            };
            vec![crate::report::document::Span::plain(format!("{text}."))]
        })
        .collect();
    if !gaps.is_empty() {
        blocks.push(Block::Bullets(gaps));
    }
}

/// Team names listed in a cell of the portfolio's rhythm page before "+N more".
const NAMED: usize = 16;

/// The portfolio's rhythm page (more than eight teams): two hundred rows would take pages, so
/// it counts instead. How many teams each key's reading puts nearest each cluster (the last row:
/// the teams' own clusters), then the teams in each cluster, the lowest-performing first, and
/// the gaps between the teams ahead and behind in words. `order`: teams by overall score,
/// highest first (`Portfolio::order`); within a cluster the lowest scores come first.
pub(super) fn portfolio_page(
    blocks: &mut Vec<Block>,
    c: &Comparison,
    l: &Labels,
    pw: &PortfolioWords,
    order: &[usize],
) {
    let d = &c.delivery;
    if !d.has_readings() {
        return;
    }
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, l.rhythm_heading()));
    blocks.push(Block::paragraph(l.rhythm_intro()));
    let clusters = [Cluster::Elite, Cluster::High, Cluster::Medium, Cluster::Low];
    let mut columns: Vec<String> = clusters
        .iter()
        .map(|&k| l.cluster_label(k).to_string())
        .collect();
    columns.push(l.no_figure().to_string());
    let mut provisional = false;
    let count_row = |label: String, of: &dyn Fn(&TeamRhythm) -> Option<Cluster>| {
        let mut counts = [0usize; 5];
        for t in &c.teams {
            let slot = d.team(&t.name).and_then(of).map_or(4, |k| tone(k) as usize);
            counts[slot] += 1;
        }
        HeatmapRow {
            label,
            cells: counts
                .iter()
                .enumerate()
                .map(|(i, &n)| HeatmapCell {
                    text: n.to_string(),
                    tone: (i < 4 && n > 0).then_some(i as u8),
                })
                .collect(),
        }
    };
    let mut rows: Vec<HeatmapRow> = Key::ALL
        .iter()
        .map(|&key| {
            count_row(l.key_column(key).to_string(), &|r: &TeamRhythm| {
                r.reading(key).and_then(|x| x.nearest_cluster)
            })
        })
        .collect();
    rows.push(count_row(
        l.cluster_column().to_string(),
        &|r: &TeamRhythm| r.cluster,
    ));
    provisional |= d.teams.iter().any(|t| t.provisional);
    let mut caption = l.rhythm_caption(provisional);
    caption.push(' ');
    caption.push_str(&pw.rhythm_note(c.teams.len()));
    blocks.push(Block::Heatmap(Heatmap {
        columns,
        rows,
        legend: clusters
            .iter()
            .map(|&k| (Some(tone(k)), l.cluster_label(k).to_string()))
            .collect(),
        caption: Some(caption),
    }));
    // The teams of each cluster, lowest-performing cluster first, lowest score first.
    let rows: Vec<Row> = clusters
        .iter()
        .rev()
        .filter_map(|&k| {
            let teams: Vec<&str> = order
                .iter()
                .rev()
                .map(|&ti| c.teams[ti].name.as_str())
                .filter(|name| d.team(name).and_then(|r| r.cluster) == Some(k))
                .collect();
            if teams.is_empty() {
                return None;
            }
            let mut names = teams
                .iter()
                .take(NAMED)
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            if teams.len() > NAMED {
                names.push_str(&format!(" {}", l.more(teams.len() - NAMED)));
            }
            Some(Row::new([
                Cell::from(l.cluster_label(k).to_string()),
                Cell::from(teams.len().to_string()),
                Cell::from(names),
            ]))
        })
        .collect();
    if !rows.is_empty() {
        blocks.push(Block::heading(2, pw.teams_by_cluster));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.cluster_column(), 1.4, Align::Left),
                Column::new(l.teams, 0.8, Align::Right),
                Column::new(l.team, 6.0, Align::Left),
            ],
            rows,
            caption: Some(pw.teams_by_cluster_note.to_string()),
            compact: true,
        }));
    }
    gap_bullets(blocks, d, l);
    // No break after: what follows starts its own page (and the team-pages note stays here).
}
