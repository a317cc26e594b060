//! The report's later chapters on the Document: one per team (strengths, weaknesses, gap to
//! target, short-term plan, roadmap), learn-from-each-other, disagreements, and the appendix.

use crate::domain::compare::{Comparison, Recommendation};
use crate::report::Labels;
use crate::report::chapter::{StandingKind, TeamChapter};
use crate::report::document::{Align, BarChart, Block, Column, Row, Series, Span, Table};
use crate::report::format::{difference, score, signed};

pub(super) fn team(blocks: &mut Vec<Block>, t: &TeamChapter, levels: usize, l: &Labels) {
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, t.team.clone()));
    if !t.has_scores {
        blocks.push(Block::Callout {
            title: Some(l.no_answers_yet.to_string()),
            text: vec![Span::plain(l.nobody_in_team(&t.team))],
        });
        return;
    }
    blocks.push(Block::Paragraph(vec![
        Span::bold(l.colon(&format!("{} ({})", l.respondents, t.respondents.len()))),
        Span::plain(t.respondents.join(", ")),
    ]));
    for list in &t.standings {
        let title = match list.kind {
            StandingKind::Strengths => l.strengths,
            StandingKind::Weaknesses => l.weaknesses,
            StandingKind::AheadOfOthers => l.ahead_of_others,
            StandingKind::BehindOthers => l.behind_others,
        };
        let against = if list.kind.against_own_average() {
            l.against_own_average
        } else {
            l.against_others_mean
        };
        blocks.push(Block::heading(2, title));
        blocks.push(Block::Bullets(
            list.items
                .iter()
                .map(|s| {
                    vec![
                        Span::bold(s.dimension.clone()),
                        Span::plain(format!(
                            " {} ({} {against})",
                            score(Some(s.score)),
                            signed(Some(s.delta))
                        )),
                    ]
                })
                .collect(),
        ));
    }
    blocks.push(Block::heading(2, l.gap_to_target));
    blocks.push(Block::BarChart(BarChart {
        title: None,
        categories: t.profile.iter().map(|p| p.dimension.clone()).collect(),
        series: vec![Series {
            name: t.team.clone(),
            values: t.profile.iter().map(|p| p.score).collect(),
        }],
        target: Some(Series {
            name: l.target.to_string(),
            values: t.profile.iter().map(|p| Some(p.target)).collect(),
        }),
        // Level 1 is the origin, as on the radar: there is no level 0.
        min: 1.0,
        max: levels as f64,
    }));
    if t.below_target.is_empty() {
        blocks.push(Block::paragraph(l.all_targets_met));
    } else {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.dimension_below_target, 3.0, Align::Left),
                Column::new(l.score, 0.8, Align::Right),
                Column::new(l.target, 0.8, Align::Right),
                Column::new(l.gap, 0.8, Align::Right),
            ],
            rows: t
                .below_target
                .iter()
                .map(|g| {
                    Row::new([
                        g.dimension.clone(),
                        score(Some(g.score)),
                        score(Some(g.target)),
                        score(difference(Some(g.target), Some(g.score))),
                    ])
                })
                .collect(),
            caption: None,
        }));
    }
    blocks.push(Block::heading(2, l.short_term_plan));
    if t.short_term_plan.is_empty() {
        blocks.push(Block::paragraph(l.no_short_term_step));
    } else {
        blocks.push(steps_table(&t.short_term_plan, l));
    }
    if !t.roadmap.is_empty() {
        blocks.push(Block::heading(2, l.roadmap));
        blocks.push(steps_table(&t.roadmap, l));
    }
}

fn steps_table(list: &[Recommendation], l: &Labels) -> Block {
    Block::Table(Table {
        // Widths keep "10", "medium" and "Priority" on one line on A4.
        columns: vec![
            Column::new("#", 0.8, Align::Right),
            Column::new(l.question, 2.6, Align::Left),
            Column::new(l.step, 1.5, Align::Left),
            Column::new(l.effort, 1.1, Align::Left),
            Column::new(l.priority, 1.2, Align::Right),
            Column::new(l.action, 4.2, Align::Left),
        ],
        rows: list
            .iter()
            .map(|r| {
                Row::new([
                    r.rank.to_string(),
                    format!("{}: {}", r.question_id, r.question),
                    format!("{} → {}", r.from_label, r.to_label),
                    l.effort_value(r.effort),
                    format!("{:.2}", r.priority),
                    r.text.clone(),
                ])
            })
            .collect(),
        caption: Some(l.priority_caption.to_string()),
    })
}

pub(super) fn learn(blocks: &mut Vec<Block>, c: &Comparison, l: &Labels) {
    if c.teams.len() < 2 {
        return;
    }
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, l.learn_from_each_other));
    let groups = c.pairings_by_team_pair();
    if groups.is_empty() {
        blocks.push(Block::paragraph(l.no_pairing(c.options.pairing_levels)));
        return;
    }
    blocks.push(Block::paragraph(l.pairing_intro(c.options.pairing_levels)));
    for group in groups {
        let (learner, leader) = (&group[0].learner, &group[0].leader);
        blocks.push(Block::heading(2, l.can_learn_from(learner, leader)));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.question, 3.0, Align::Left),
                Column::new(l.levels, 1.2, Align::Left),
                Column::new(l.what_leader_does(leader), 4.6, Align::Left),
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

pub(super) fn disagreements(
    blocks: &mut Vec<Block>,
    c: &Comparison,
    chapters: &[TeamChapter],
    l: &Labels,
) {
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, l.disagreements));
    blocks.push(Block::paragraph(
        l.disagreements_intro(c.options.disagreement_spread),
    ));
    for t in chapters {
        if t.disagreements.is_empty() {
            continue;
        }
        blocks.push(Block::heading(2, t.team.clone()));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.question, 3.0, Align::Left),
                Column::new(l.levels, 0.8, Align::Left),
                Column::new(l.unknown, 0.9, Align::Right),
                Column::new(l.answers_and_comments, 4.6, Align::Left),
            ],
            rows: t
                .disagreements
                .iter()
                .map(|d| {
                    Row::new([
                        format!("{}: {}", d.question_id, d.question),
                        d.range(),
                        l.of(d.unknown, d.answered),
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

pub(super) fn appendix(blocks: &mut Vec<Block>, c: &Comparison, l: &Labels) {
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, l.appendix));
    blocks.push(Block::paragraph(l.appendix_intro));
    for d in &c.dimensions {
        blocks.push(Block::heading(2, d.name.clone()));
        let mut rows = Vec::new();
        for q in c.questions.iter().filter(|q| q.dimension_id == d.id) {
            for (i, cell) in q.teams.iter().enumerate() {
                let question = if i == 0 {
                    format!(
                        "{}: {} {}",
                        q.id,
                        q.text,
                        l.target_in_parens(&score(Some(q.target)))
                    )
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
                Column::new(l.question, 2.8, Align::Left),
                Column::new(l.team, 1.4, Align::Left),
                Column::new(l.median, 0.8, Align::Right),
                Column::new(l.spread, 0.8, Align::Right),
                Column::new(l.gap, 0.6, Align::Right),
                Column::new(l.answers_and_comments, 3.6, Align::Left),
            ],
            rows,
            caption: None,
        }));
    }
}
