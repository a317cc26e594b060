//! A synthetic, report-shaped document for the PDF renderer's tests, benchmark and sample
//! binary: cover, summary, radar, score table, one section per team, long appendix table.
//! Values come from a fixed formula, so the same team count always gives the same document.

#![allow(dead_code)]

use devops_maturity::report::document::{
    Align, BarChart, Block, Cell, Column, Cover, Document, KeyFigure, Radar, Row, Series, Span,
    Table, Tone,
};

pub const DIMENSIONS: [&str; 13] = [
    "Culture & collaboration",
    "Continuous integration",
    "Continuous delivery & deployment",
    "Test automation",
    "Infrastructure as code",
    "Observability & monitoring",
    "Security (DevSecOps)",
    "Architecture & loose coupling",
    "Version control & trunk-based development",
    "Database change management",
    "Incident management & learning from failure",
    "Product & value-stream thinking",
    "Déploiement et gestion des versions en production",
];

pub fn team_name(i: usize) -> String {
    const BASE: [&str; 12] = [
        "Équipe Paris — déploiement",
        "Lyon Platform",
        "Marseille Payments",
        "Berlin Checkout",
        "Nantes Data",
        "Lille Mobile",
        "Toulouse Search",
        "Bordeaux Identity",
        "Grenoble Logistics",
        "Strasbourg Billing",
        "Nice Customer Care",
        "Rennes Infrastructure",
    ];
    if i < BASE.len() {
        BASE[i].to_string()
    } else {
        format!("Site {} — équipe n°{}", i + 1, i + 1)
    }
}

/// Score of team `t` on dimension `d`, between 0.5 and 4.8, deterministic.
pub fn score(t: usize, d: usize) -> f64 {
    let x = ((t * 37 + d * 11 + t * d * 7) % 43) as f64 / 43.0;
    ((0.5 + x * 4.3) * 10.0).round() / 10.0
}

pub fn target(d: usize) -> f64 {
    [4.0, 3.5, 4.0, 3.5, 3.0][d % 5]
}

const LONG_COMMENT: &str = "Les mises en production se font encore à la main le vendredi soir; \
    l'équipe souhaite automatiser le déploiement et ajouter des tests de bout en bout avant \
    de réduire la taille des lots. Responsables: ops-team@example.com, \
    https://wiki.example.com/plateforme/deploiement/procedure-de-mise-en-production-v2";

pub fn sample_document(teams: usize) -> Document {
    let names: Vec<String> = (0..teams).map(team_name).collect();
    let mut blocks = vec![Block::Cover(Cover {
        title: "DevOps maturity assessment — gap report".to_string(),
        subtitle: Some("Assessment: Acme retail platform, spring 2026".to_string()),
        facts: vec![
            ("Assessment".to_string(), "acme-2026".to_string()),
            ("Teams".to_string(), names.join(", ")),
            ("Date".to_string(), "12 March 2026".to_string()),
            ("Author".to_string(), "Claire Dubois, coach DevOps".to_string()),
        ],
        note: Some("Confidential — prepared for the management of Acme. Scores are medians of the respondents' answers on a 0–5 scale.".to_string()),
        ..Default::default()
    })];

    blocks.push(Block::heading(1, "Executive summary"));
    blocks.push(Block::Paragraph(vec![
        Span::plain("This report compares "),
        Span::bold(format!("{teams} teams")),
        Span::plain(" on 13 dimensions of DevOps maturity. Scores run from 0 (not started) to 5 (optimising); the target set for this assessment is shown as a dashed outline. Overall, the teams stand at a "),
        Span::bold("defined"),
        Span::plain(" level, with the largest differences in deployment automation and observability."),
    ]));
    blocks.push(Block::KeyFigures(
        names
            .iter()
            .take(4)
            .enumerate()
            .map(|(t, name)| KeyFigure {
                value: format!(
                    "{:.1} / 5",
                    (0..13).map(|d| score(t, d)).sum::<f64>() / 13.0
                ),
                label: format!("{name} — overall level"),
                detail: Some(if t % 2 == 0 { "Defined" } else { "Managed" }.to_string()),
                warning: None,
            })
            .collect(),
    ));
    blocks.push(Block::heading(2, "Biggest differences between the teams"));
    blocks.push(Block::bullets([
        "Continuous delivery & deployment: 3.1 points between the most and the least advanced team.",
        "Observability & monitoring: 2.4 points; one team has no alerting on customer-facing errors.",
        "Test automation: 2.0 points; manual regression campaigns still gate every release in two teams.",
    ]));
    blocks.push(Block::heading(2, "Top short-term actions"));
    blocks.push(Block::Bullets(vec![
        vec![Span::bold("Automate the deployment pipeline"), Span::plain(" for the payment service (2 weeks, owner: platform team).")],
        vec![Span::bold("Add alerting"), Span::plain(" on the error budget of the checkout API.")],
        vec![Span::plain("Share the trunk-based development guide of Lyon with the other teams; pair for one sprint.")],
    ]));

    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, "Maturity profile"));
    blocks.push(Block::paragraph("Each polygon is one team; the further out, the more mature. The dashed outline is the target."));
    blocks.push(Block::Radar(Radar {
        title: None,
        axes: DIMENSIONS
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
        series: names
            .iter()
            .take(12)
            .enumerate()
            .map(|(t, name)| Series {
                name: name.clone(),
                values: (0..13).map(|d| Some(score(t, d))).collect(),
            })
            .collect(),
        target: Some(Series {
            name: "Target".to_string(),
            values: (0..13).map(|d| Some(target(d))).collect(),
        }),
        min: 0.0,
        max: 5.0,
    }));

    blocks.push(Block::heading(2, "Scores per dimension"));
    let shown = teams.min(3);
    let mut columns = vec![Column::new("Dimension", 3.2, Align::Left)];
    columns.extend(
        names
            .iter()
            .take(shown)
            .map(|n| Column::new(n.clone(), 1.3, Align::Right)),
    );
    columns.push(Column::new("Target", 0.9, Align::Right));
    columns.push(Column::new("Spread", 0.9, Align::Right));
    let mut rows: Vec<Row> = (0..13)
        .map(|d| {
            let mut cells = vec![Cell::from(DIMENSIONS[d])];
            let values: Vec<f64> = (0..teams).map(|t| score(t, d)).collect();
            cells.extend(values.iter().take(shown).map(|v| {
                Cell::toned(
                    format!("{v:.1}"),
                    if *v >= target(d) {
                        Tone::Good
                    } else {
                        Tone::Normal
                    },
                )
            }));
            cells.push(Cell::from(format!("{:.1}", target(d))));
            let spread = values.iter().copied().fold(f64::MIN, f64::max)
                - values.iter().copied().fold(f64::MAX, f64::min);
            cells.push(Cell::toned(
                format!("{spread:.1}"),
                if spread > 2.0 {
                    Tone::Bad
                } else {
                    Tone::Normal
                },
            ));
            Row {
                cells,
                emphasis: false,
                ..Default::default()
            }
        })
        .collect();
    let mut overall = vec![Cell::from("Overall")];
    overall.extend((0..shown).map(|t| {
        Cell::from(format!(
            "{:.1}",
            (0..13).map(|d| score(t, d)).sum::<f64>() / 13.0
        ))
    }));
    rows.push(Row {
        cells: overall,
        emphasis: true,
        ..Default::default()
    });
    blocks.push(Block::Table(Table { columns, rows, caption: Some("Scores are medians on a 0–5 scale; green where the target is reached, red spreads above 2 points.".to_string()), ..Default::default() }));

    for (t, name) in names.iter().enumerate() {
        blocks.push(Block::heading(1, name.clone()));
        blocks.push(Block::heading(2, "Strengths"));
        blocks.push(Block::bullets(
            (0..13)
                .filter(|d| score(t, *d) >= 3.5)
                .take(3)
                .map(|d| format!("{} ({:.1})", DIMENSIONS[d], score(t, d))),
        ));
        blocks.push(Block::heading(2, "Weaknesses"));
        blocks.push(Block::bullets(
            (0..13)
                .filter(|d| score(t, *d) < 2.0)
                .take(3)
                .map(|d| format!("{} ({:.1})", DIMENSIONS[d], score(t, d))),
        ));
        blocks.push(Block::heading(2, "Gap to target"));
        blocks.push(Block::BarChart(BarChart {
            title: None,
            categories: DIMENSIONS
                .iter()
                .map(std::string::ToString::to_string)
                .collect(),
            series: vec![Series {
                name: name.clone(),
                values: (0..13).map(|d| Some(score(t, d))).collect(),
            }],
            target: Some(Series {
                name: "Target".to_string(),
                values: (0..13).map(|d| Some(target(d))).collect(),
            }),
            min: 0.0,
            max: 5.0,
        }));
        blocks.push(Block::heading(2, "Short-term plan"));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new("Action", 4.0, Align::Left),
                Column::new("Dimension", 2.2, Align::Left),
                Column::new("Effort", 0.9, Align::Center),
            ],
            rows: (0..4)
                .map(|k| Row::new([
                    format!("Action {} for {name}: automate one manual step of the release and measure the lead time before and after.", k + 1),
                    DIMENSIONS[(t + k) % 13].to_string(),
                    ["S", "M", "L"][k % 3].to_string(),
                ]))
                .collect(),
            caption: None,
            ..Default::default()
        }));
        blocks.push(Block::heading(2, "Roadmap"));
        blocks.push(Block::paragraph(format!("Over the next two quarters, {name} moves from manual releases to a pipeline that deploys every merged change to a staging environment, then to production behind feature flags. {LONG_COMMENT}")));
    }

    blocks.push(Block::heading(1, "Appendix — every question"));
    blocks.push(Block::Callout {
        title: Some("How to read this table".to_string()),
        text: vec![Span::plain("One row per question and team: the median answer, the spread between respondents, and their comments as written.")],
    });
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new("Question", 3.0, Align::Left),
            Column::new("Team", 1.6, Align::Left),
            Column::new("Median", 0.8, Align::Right),
            Column::new("Spread", 0.8, Align::Right),
            Column::new("Comments", 3.6, Align::Left),
        ],
        rows: (0..57)
            .flat_map(|q| {
                let names = &names;
                (0..teams).map(move |t| {
                    let comment = match (q + t) % 5 {
                        0 => LONG_COMMENT.to_string(),
                        1 => "Pas de supervision des batchs de nuit.".to_string(),
                        _ => String::new(),
                    };
                    Row::new([
                        format!("Q{:02}. How often does the team deploy to production, and how long does it take?", q + 1),
                        names[t].clone(),
                        format!("{:.1}", score(t, q % 13)),
                        format!("{}", (q + t) % 3),
                        comment,
                    ])
                })
            })
            .collect(),
        caption: None,
        ..Default::default()
    }));

    Document {
        title: "DevOps maturity assessment — gap report".to_string(),
        subtitle: Some("Acme retail platform".to_string()),
        author: "Claire Dubois".to_string(),
        date: "12 March 2026".to_string(),
        created: Some("2026-03-12T09:30:00Z".to_string()),
        running_header: "DevOps maturity — Acme retail platform".to_string(),
        blocks,
        ..Default::default()
    }
}

/// Edge cases in one document, to look at: missing radar values, many key figures, a bar
/// chart with twelve series, a "no answers yet" callout, all heading levels, an empty table.
pub fn gallery_document() -> Document {
    let names: Vec<String> = (0..12).map(team_name).collect();
    let blocks = vec![
        Block::heading(1, "Gallery of blocks"),
        Block::Callout {
            title: Some("No answers yet".to_string()),
            text: vec![
                Span::plain("Nobody in "),
                Span::bold("Équipe Paris — déploiement"),
                Span::plain(
                    " has answered; run the workshop first. Charts are left out until answers exist.",
                ),
            ],
        },
        Block::heading(2, "Six key figures"),
        Block::KeyFigures(
            (0..6)
                .map(|i| KeyFigure {
                    value: format!("{}.{} / 5", i % 5, i),
                    label: format!("{} — overall", names[i]),
                    detail: Some(["Initial", "Managed", "Defined"][i % 3].to_string()),
                    warning: None,
                })
                .collect(),
        ),
        Block::heading(
            3,
            "A level-three heading with a rather long title that wraps onto a second line of text",
        ),
        Block::paragraph("Short paragraph."),
        Block::Radar(Radar {
            title: Some("Partial answers: missing values break the outline".to_string()),
            axes: DIMENSIONS[..7]
                .iter()
                .map(std::string::ToString::to_string)
                .collect(),
            series: (0..2)
                .map(|t| Series {
                    name: names[t].clone(),
                    values: (0..7)
                        .map(|d| {
                            if (d + t) % 4 == 1 {
                                None
                            } else {
                                Some(score(t, d))
                            }
                        })
                        .collect(),
                })
                .collect(),
            target: Some(Series {
                name: "Target".to_string(),
                values: (0..7).map(|d| Some(target(d))).collect(),
            }),
            min: 0.0,
            max: 5.0,
        }),
        Block::BarChart(BarChart {
            title: Some("Twelve teams per dimension".to_string()),
            categories: DIMENSIONS
                .iter()
                .map(std::string::ToString::to_string)
                .collect(),
            series: names
                .iter()
                .enumerate()
                .map(|(t, n)| Series {
                    name: n.clone(),
                    values: (0..13).map(|d| Some(score(t, d))).collect(),
                })
                .collect(),
            target: Some(Series {
                name: "Target".to_string(),
                values: (0..13).map(|d| Some(target(d))).collect(),
            }),
            min: 0.0,
            max: 5.0,
        }),
        Block::heading(2, "An empty table"),
        Block::Table(Table {
            columns: vec![
                Column::new("Nothing", 1.0, Align::Left),
                Column::new("here", 1.0, Align::Right),
            ],
            rows: Vec::new(),
            caption: Some("No rows.".to_string()),
            ..Default::default()
        }),
        Block::Radar(Radar {
            title: Some("Three axes, one team".to_string()),
            axes: vec![
                "Flow".to_string(),
                "Feedback".to_string(),
                "Continual learning and experimentation".to_string(),
            ],
            series: vec![Series {
                name: names[0].clone(),
                values: vec![Some(2.0), Some(3.5), Some(1.0)],
            }],
            target: None,
            min: 0.0,
            max: 5.0,
        }),
    ];
    Document {
        title: "Gallery".to_string(),
        subtitle: None,
        author: "Test".to_string(),
        date: "1 April 2026".to_string(),
        created: None,
        running_header: "Gallery — every block".to_string(),
        blocks,
        ..Default::default()
    }
}
