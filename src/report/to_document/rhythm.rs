//! The "Delivery rhythm" page, right after the synthesis: each team's four DORA keys in their
//! Quick Check bands, coloured by the 2024 cluster each is nearest to, the team's cluster, and a
//! chart of the bands side by side — what "two delivery rhythms" looks like in figures.

use super::team_headers;
use crate::domain::compare::Comparison;
use crate::domain::metrics::{Cluster, Key, Origin};
use crate::report::Labels;
use crate::report::document::{BarChart, Block, Heatmap, HeatmapCell, HeatmapRow, Series};

/// Characters of a team name in a column header (three lines of it).
const NAME_CHARS: usize = 40;

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
    let (columns, legend) = team_headers(c, l, NAME_CHARS);
    let mut provisional = false;
    let mut rows: Vec<HeatmapRow> = Key::ALL
        .iter()
        .map(|&key| HeatmapRow {
            label: l.key_title(key).to_string(),
            cells: c
                .teams
                .iter()
                .map(|t| match d.team(&t.name).and_then(|r| r.reading(key)) {
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
                .collect(),
        })
        .collect();
    rows.push(HeatmapRow {
        label: l.cluster_row().to_string(),
        cells: c
            .teams
            .iter()
            .map(|t| {
                let cluster = d.team(&t.name).and_then(|r| r.cluster);
                HeatmapCell {
                    text: cluster.map_or_else(
                        || l.no_figure().to_string(),
                        |k| l.cluster_label(k).to_string(),
                    ),
                    tone: cluster.map(tone),
                }
            })
            .collect(),
    });
    let mut caption = l.rhythm_caption(provisional);
    if let Some(legend) = legend {
        caption.push_str(&format!(" {legend}."));
    }
    blocks.push(Block::Heatmap(Heatmap {
        columns,
        rows,
        legend: [Cluster::Elite, Cluster::High, Cluster::Medium, Cluster::Low]
            .into_iter()
            .map(|k| (Some(tone(k)), l.cluster_label(k).to_string()))
            .collect(),
        caption: Some(caption),
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
    // The three keys with bands, as bars: one colour per team, as in every chart.
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
