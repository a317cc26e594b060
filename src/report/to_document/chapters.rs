//! The report's later chapters on the Document: one per team (strengths, weaknesses, gap to
//! target, short-term plan, roadmap), learn-from-each-other, disagreements, and the appendix.

use crate::commands::table::{difference, score, signed};
use crate::domain::compare::{Comparison, Recommendation, TeamResult};
use crate::report::document::{Align, BarChart, Block, Column, Row, Series, Span, Table};

pub(super) fn team(blocks: &mut Vec<Block>, c: &Comparison, t: &TeamResult) {
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, t.name.clone()));
    if !t.has_scores() {
        blocks.push(Block::Callout {
            title: Some("No answers yet".to_string()),
            text: vec![Span::plain(format!(
                "Nobody in {} has answered yet: no scores, gaps or recommendations.",
                t.name
            ))],
        });
        return;
    }
    let people: Vec<String> = t
        .respondents
        .iter()
        .map(|r| match r.role {
            Some(role) => format!("{} ({role})", r.name),
            None => r.name.clone(),
        })
        .collect();
    blocks.push(Block::Paragraph(vec![
        Span::bold(format!("Respondents ({}): ", people.len())),
        Span::plain(people.join(", ")),
    ]));
    let name = |id: &str| c.dimension(id).map_or(id.to_string(), |d| d.name.clone());
    let standings = |list: &[crate::domain::compare::Standing], against: &str| -> Vec<Vec<Span>> {
        list.iter()
            .map(|s| {
                vec![
                    Span::bold(name(&s.dimension_id)),
                    Span::plain(format!(
                        " {} ({} {against})",
                        score(Some(s.score)),
                        signed(Some(s.delta))
                    )),
                ]
            })
            .collect()
    };
    for (title, list, against) in [
        ("Strengths", &t.strengths, "against the team's average"),
        ("Weaknesses", &t.weaknesses, "against the team's average"),
        (
            "Ahead of the other teams",
            &t.strengths_vs_others,
            "against the others' mean",
        ),
        (
            "Behind the other teams",
            &t.weaknesses_vs_others,
            "against the others' mean",
        ),
    ] {
        if !list.is_empty() {
            blocks.push(Block::heading(2, title));
            blocks.push(Block::Bullets(standings(list, against)));
        }
    }
    blocks.push(Block::heading(2, "Gap to target"));
    let ti = c.team_index(&t.name).unwrap_or(0);
    blocks.push(Block::BarChart(BarChart {
        title: None,
        categories: c.dimensions.iter().map(|d| d.name.clone()).collect(),
        series: vec![Series {
            name: t.name.clone(),
            values: c.dimensions.iter().map(|d| d.teams[ti].score).collect(),
        }],
        target: Some(Series {
            name: "Target".to_string(),
            values: c.dimensions.iter().map(|d| Some(d.target)).collect(),
        }),
        // Level 1 is the origin, as on the radar: there is no level 0.
        min: 1.0,
        max: c.questionnaire.levels.len() as f64,
    }));
    let below: Vec<&crate::domain::compare::DimensionGap> =
        t.gaps.iter().filter(|g| g.gap > 0.0).collect();
    if below.is_empty() {
        blocks.push(Block::paragraph("Every dimension meets its target."));
    } else {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new("Dimension below target", 3.0, Align::Left),
                Column::new("Score", 0.8, Align::Right),
                Column::new("Target", 0.8, Align::Right),
                Column::new("Gap", 0.8, Align::Right),
            ],
            rows: below
                .iter()
                .map(|g| {
                    Row::new([
                        name(&g.dimension_id),
                        score(Some(g.score)),
                        score(Some(g.target)),
                        score(difference(Some(g.target), Some(g.score))),
                    ])
                })
                .collect(),
            caption: None,
        }));
    }
    blocks.push(Block::heading(2, "Short-term plan"));
    if t.short_term_plan.is_empty() {
        blocks.push(Block::paragraph(
            "No low- or medium-effort step is needed: every question meets its target or needs a larger change (see the roadmap).",
        ));
    } else {
        blocks.push(steps_table(&t.short_term_plan));
    }
    if !t.roadmap.is_empty() {
        blocks.push(Block::heading(2, "Roadmap"));
        blocks.push(steps_table(&t.roadmap));
    }
}

fn steps_table(list: &[Recommendation]) -> Block {
    Block::Table(Table {
        // Widths keep "10", "medium" and "Priority" on one line on A4.
        columns: vec![
            Column::new("#", 0.8, Align::Right),
            Column::new("Question", 2.6, Align::Left),
            Column::new("Step", 1.5, Align::Left),
            Column::new("Effort", 1.1, Align::Left),
            Column::new("Priority", 1.2, Align::Right),
            Column::new("Action", 4.2, Align::Left),
        ],
        rows: list
            .iter()
            .map(|r| {
                Row::new([
                    r.rank.to_string(),
                    format!("{}: {}", r.question_id, r.question),
                    format!("{} → {}", r.from_label, r.to_label),
                    r.effort.to_string(),
                    format!("{:.2}", r.priority),
                    r.text.clone(),
                ])
            })
            .collect(),
        caption: Some("Priority = (target − median) × dimension weight.".to_string()),
    })
}

pub(super) fn learn(blocks: &mut Vec<Block>, c: &Comparison) {
    if c.teams.len() < 2 {
        return;
    }
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, "Learn from each other"));
    let groups = c.pairings_by_team_pair();
    if groups.is_empty() {
        blocks.push(Block::paragraph(format!(
            "No team is {} or more levels ahead of another on any question.",
            c.options.pairing_levels
        )));
        return;
    }
    blocks.push(Block::paragraph(format!(
        "Where one team is {} or more levels ahead on a question, the other could pair with it or borrow its practice.",
        c.options.pairing_levels
    )));
    for group in groups {
        let (learner, leader) = (&group[0].learner, &group[0].leader);
        blocks.push(Block::heading(
            2,
            format!("{learner} can learn from {leader}"),
        ));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new("Question", 3.0, Align::Left),
                Column::new("Levels", 1.2, Align::Left),
                Column::new(format!("What {leader} does"), 4.6, Align::Left),
            ],
            rows: group
                .iter()
                .map(|p| {
                    let text = c.question(&p.question_id).map_or("", |q| q.text.as_str());
                    Row::new([
                        format!("{}: {text}", p.question_id),
                        format!(
                            "{} → {}",
                            score(Some(p.learner_median)),
                            score(Some(p.leader_median))
                        ),
                        p.leader_practice.clone(),
                    ])
                })
                .collect(),
            caption: None,
        }));
    }
}

pub(super) fn disagreements(blocks: &mut Vec<Block>, c: &Comparison) {
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, "Disagreements to follow up"));
    blocks.push(Block::paragraph(format!(
        "Questions where respondents of the same team are {} or more levels apart, or where many answered \"unknown\".",
        c.options.disagreement_spread
    )));
    for t in &c.teams {
        if t.disagreements.is_empty() {
            continue;
        }
        blocks.push(Block::heading(2, t.name.clone()));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new("Question", 3.0, Align::Left),
                Column::new("Levels", 0.8, Align::Left),
                Column::new("Unknown", 0.9, Align::Right),
                Column::new("Answers and comments", 4.6, Align::Left),
            ],
            rows: t
                .disagreements
                .iter()
                .map(|d| {
                    let text = c.question(&d.question_id).map_or("", |q| q.text.as_str());
                    let levels = match (d.lowest, d.highest) {
                        (Some(lo), Some(hi)) if lo != hi => format!("{lo}–{hi}"),
                        (Some(lo), _) => lo.to_string(),
                        _ => "–".to_string(),
                    };
                    Row::new([
                        format!("{}: {text}", d.question_id),
                        levels,
                        format!("{} of {}", d.unknown, d.answered),
                        answers_text(&d.answers),
                    ])
                })
                .collect(),
            caption: None,
        }));
    }
}

fn answers_text(answers: &[crate::domain::compare::RespondentAnswer]) -> String {
    if answers.is_empty() {
        return "–".to_string();
    }
    answers
        .iter()
        .map(|a| {
            let given = a.answer.map_or("–".to_string(), |x| x.to_string());
            if a.comment.is_empty() {
                format!("{}: {given}", a.respondent)
            } else {
                format!("{}: {given} « {} »", a.respondent, a.comment)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn appendix(blocks: &mut Vec<Block>, c: &Comparison) {
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, "Appendix — every question"));
    blocks.push(Block::paragraph(
        "One row per question and team: the median level, the spread between respondents (highest − lowest), the gap to target, and every answer with its comment as written.",
    ));
    for d in &c.dimensions {
        blocks.push(Block::heading(2, d.name.clone()));
        let mut rows = Vec::new();
        for q in c.questions.iter().filter(|q| q.dimension_id == d.id) {
            for (i, cell) in q.teams.iter().enumerate() {
                let question = if i == 0 {
                    format!("{}: {} (target {})", q.id, q.text, score(Some(q.target)))
                } else {
                    String::new()
                };
                rows.push(Row::new([
                    question,
                    cell.team.clone(),
                    score(cell.median),
                    cell.spread.map_or("–".to_string(), |s| s.to_string()),
                    score(difference(Some(q.target), cell.median)),
                    answers_text(&cell.answers),
                ]));
            }
        }
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new("Question", 2.8, Align::Left),
                Column::new("Team", 1.4, Align::Left),
                Column::new("Median", 0.8, Align::Right),
                Column::new("Spread", 0.8, Align::Right),
                Column::new("Gap", 0.6, Align::Right),
                Column::new("Answers and comments", 3.6, Align::Left),
            ],
            rows,
            caption: None,
        }));
    }
}
