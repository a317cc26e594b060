//! The "Delivery rhythm" page, right after the synthesis: each team's four DORA keys in their
//! Quick Check bands, coloured by the 2024 cluster each is nearest to, the team's cluster, and a
//! chart of the bands side by side — what "two delivery rhythms" looks like in figures.

use crate::domain::compare::Comparison;
use crate::domain::metrics::{Cluster, Key, Origin};
use crate::report::Labels;
use crate::report::document::{BarChart, Block, Heatmap, HeatmapCell, HeatmapRow, Series};

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
    // The gaps between the teams, in words.
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
