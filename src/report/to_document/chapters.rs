//! The report's later parts on the Document: one chapter per team (strengths and weaknesses by
//! question, roadmap in three horizons, quick-wins matrix), method and limits, and the
//! appendix (ranked backlog, every answer and comment).

use super::{Fit, links, team_headers};
use crate::domain::Effort;
use crate::domain::compare::{Comparison, Recommendation, RespondentAnswer};
use crate::domain::roadmap::LATER_STEPS;
use crate::report::chapter::{DimensionHighlight, TeamChapter};
use crate::report::document::{Align, Block, Cell, Column, Row, Span, Table, Tone};
use crate::report::format::difference;
use crate::report::labels::{PlanLabels, SINGLE};
use crate::report::model::Appendix;
use crate::report::model::PlanItem;
use crate::report::{Labels, Report};

pub(super) fn team(blocks: &mut Vec<Block>, r: &Report, t: &TeamChapter, fit: Fit) {
    let c = &r.comparison;
    let l = r.labels();
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, t.team.clone()));
    if !t.has_scores {
        blocks.push(Block::Callout {
            title: Some(l.no_answers_yet.to_string()),
            text: vec![Span::plain(l.nobody_in_team(&t.team))],
        });
        return;
    }
    let team = &c.teams[t.index];
    let names: Vec<String> = team.respondents.iter().map(|p| l.respondent(p)).collect();
    blocks.push(Block::paragraph(l.respondents_line(&names)));
    let h = &t.highlights;
    // Strengths and weaknesses side by side: two lists a page would otherwise stack.
    let column = |list: &[DimensionHighlight], strengths: bool| -> String {
        if list.is_empty() {
            return l.no_standing(strengths).to_string();
        }
        list.iter()
            .map(|d| format!("• {}", standing(l, d, fit.standout_questions)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(l.strengths, 1.0, Align::Left),
            Column::new(l.weaknesses, 1.0, Align::Left),
        ],
        rows: vec![Row::new([
            column(&h.strengths, true),
            column(&h.weaknesses, false),
        ])],
        caption: Some(l.standings_intro(&l.score(h.average))),
        compact: true,
    }));
    blocks.push(Block::heading(2, l.roadmap));
    blocks.push(Block::Note(
        l.roadmap_rule(c.options.short_term_size, LATER_STEPS),
    ));
    let mut rows = Vec::new();
    for horizon in &t.horizons {
        let name = l.horizon(horizon.from_month, horizon.to_month);
        rows.push(Row::label(name.clone(), format!("{name} {}", l.continued)));
        if horizon.steps.is_empty() {
            rows.push(Row::new([
                Cell::from(""),
                Cell::toned(l.empty_horizon, Tone::Muted),
            ]));
        }
        for s in &horizon.steps {
            rows.push(step_row(c, l, s, false, fit.roadmap_links));
        }
    }
    blocks.push(Block::Table(Table {
        columns: step_columns(l, false),
        rows,
        caption: None,
        compact: true,
    }));
    if let Some(plan) = &r.plan {
        let p = PlanLabels::of(r.lang);
        let mine = |items: &[PlanItem]| -> Vec<PlanItem> {
            items
                .iter()
                .filter(|a| a.teams.iter().any(|x| x == &t.team))
                .cloned()
                .collect()
        };
        let agreed = mine(&plan.agreed);
        if !agreed.is_empty() {
            blocks.push(Block::heading(2, p.agreed_actions));
            blocks.push(actions_table(r, &agreed, false));
        }
        let proposed = mine(&plan.proposed);
        if !proposed.is_empty() {
            blocks.push(Block::heading(3, p.proposals));
            blocks.push(Block::Note(p.proposals_intro.to_string()));
            blocks.push(Block::bullets(proposed.iter().map(|a| a.title.clone())));
        }
    }
    blocks.push(Block::heading(2, l.quick_wins));
    blocks.push(quick_wins(l, t, fit));
}

/// The agreed actions as a table: what, [teams,] who, when, status (late in bold red), how
/// the room will know it is done.
pub(super) fn actions_table(r: &Report, items: &[PlanItem], with_teams: bool) -> Block {
    let l = r.labels();
    let p = PlanLabels::of(r.lang);
    let mut columns = vec![Column::new(p.action, 3.2, Align::Left)];
    if with_teams {
        columns.push(Column::new(p.teams, 1.6, Align::Left));
    }
    columns.extend([
        Column::new(p.owner, 1.5, Align::Left),
        Column::new(p.due, 1.3, Align::Left),
        Column::new(p.status, 1.2, Align::Left),
        Column::new(p.done_when, 2.8, Align::Left),
    ]);
    let rows = items
        .iter()
        .map(|a| {
            let mut cells = vec![Cell::from(a.title.clone())];
            if with_teams {
                cells.push(Cell::from(a.teams.join(", ")));
            }
            cells.push(if a.owner.is_empty() {
                Cell::toned(p.nobody, Tone::Muted)
            } else {
                Cell::from(a.owner.clone())
            });
            cells.push(Cell::from(
                a.due.as_deref().map_or_else(String::new, |d| l.date_of(d)),
            ));
            cells.push(if a.late {
                Cell::toned(format!("{}, {}", p.status(a.status), p.late), Tone::Bad)
            } else {
                Cell::from(p.status(a.status))
            });
            cells.push(Cell::from(a.done_when.clone()));
            Row::new(cells)
        })
        .collect();
    Block::Table(Table {
        columns,
        rows,
        caption: None,
        compact: true,
    })
}

/// "Change management 3.3 (+0.7): Change traceability (4.0), Standard changes (4.0)".
fn standing(l: &Labels, d: &DimensionHighlight, count: usize) -> String {
    let questions = d
        .questions
        .iter()
        .take(count)
        .map(|q| {
            let mut m = l.score(Some(q.median));
            if q.single_answer {
                m.push_str(SINGLE);
            }
            format!("{} ({m})", q.title)
        })
        .collect::<Vec<_>>()
        .join(", ");
    let head = format!(
        "{} {} ({})",
        d.dimension,
        l.score(Some(d.score)),
        l.signed(Some(d.delta))
    );
    if questions.is_empty() {
        head
    } else {
        l.colon(&head) + &questions
    }
}

fn step_columns(l: &Labels, ranked: bool) -> Vec<Column> {
    let mut columns = vec![
        Column::new("#", 0.45, Align::Right),
        Column::new(l.question, if ranked { 2.6 } else { 2.8 }, Align::Left),
        // Wide enough for "3 → 4 Measured" on one line.
        Column::new(l.step, if ranked { 1.8 } else { 1.6 }, Align::Left),
        Column::new(l.effort, 0.9, Align::Left),
    ];
    if ranked {
        columns.push(Column::new(l.priority, 0.9, Align::Right));
    }
    columns.push(Column::new(
        l.action,
        if ranked { 3.7 } else { 4.6 },
        Align::Left,
    ));
    columns
}

/// A step as a table row: rank, question (by title; with its id in the appendix), the level
/// step, the effort, [the priority,] what to do and the question's references.
fn step_row(
    c: &Comparison,
    l: &Labels,
    s: &Recommendation,
    ranked: bool,
    roadmap_links: usize,
) -> Row {
    let question = if ranked {
        format!("{} ({})", s.title, s.question_id)
    } else {
        s.title.clone()
    };
    let mut cells = vec![
        Cell::from(s.rank.to_string()),
        Cell::from(question),
        Cell::from(l.step_value(s.from_level, s.to_level, &s.to_label)),
        Cell::from(l.effort_value(s.effort)),
    ];
    if ranked {
        cells.push(Cell::from(l.priority_value(s.priority)));
    }
    // The roadmap links as much reading as the page allows; the appendix backlog all of it.
    let mut links = links(c, &s.question_id);
    if !ranked {
        links.truncate(roadmap_links);
    }
    cells.push(Cell {
        text: s.text.clone(),
        links,
        ..Cell::default()
    });
    Row::new(cells)
}

fn quick_wins(l: &Labels, t: &TeamChapter, fit: Fit) -> Block {
    let efforts = [Effort::Low, Effort::Medium, Effort::High];
    let rows = (0..3u8)
        .map(|impact| {
            let mut cells = vec![Cell {
                text: l.impact_rows[usize::from(impact)].to_string(),
                bold: true,
                ..Cell::default()
            }];
            for effort in efforts {
                let steps = t
                    .highlights
                    .quick_wins
                    .iter()
                    .find(|q| q.impact == impact && q.effort == effort)
                    .map_or(&[][..], |q| q.steps.as_slice());
                let quick = impact == 0 && effort == Effort::Low;
                let shown = if quick {
                    fit.quick_win_titles
                } else {
                    fit.matrix_titles
                };
                let mut names: Vec<String> = steps
                    .iter()
                    .take(shown)
                    .map(|s| format!("• {}", s.title))
                    .collect();
                if steps.len() > shown {
                    names.push(l.more(steps.len() - shown));
                }
                let text = if names.is_empty() {
                    "–".to_string()
                } else {
                    names.join("\n")
                };
                // The quick wins: low effort, high impact.
                let tone = if quick { Tone::Good } else { Tone::Normal };
                cells.push(Cell::toned(text, tone));
            }
            Row::new(cells)
        })
        .collect();
    let mut columns = vec![Column::new(l.impact, 1.1, Align::Left)];
    columns.extend(
        l.effort_columns
            .iter()
            .map(|e| Column::new(*e, 2.0, Align::Left)),
    );
    Block::Table(Table {
        columns,
        rows,
        caption: Some(l.quick_wins_caption.to_string()),
        compact: true,
    })
}

pub(super) fn method(blocks: &mut Vec<Block>, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let m = &r.method;
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, l.method));
    blocks.push(Block::heading(2, l.who_answered));
    // The roles anyone holds, in a fixed order, then no role.
    let mut roles: Vec<Option<crate::domain::Role>> = Vec::new();
    for t in &m.respondents {
        for tally in &t.roles {
            if !roles.contains(&tally.role) {
                roles.push(tally.role);
            }
        }
    }
    roles.sort_by_key(|r| r.map_or(usize::MAX, |r| r as usize));
    let mut columns = vec![
        Column::new(l.team, 2.6, Align::Left),
        Column::new(l.respondents, 1.1, Align::Right),
    ];
    for role in &roles {
        let header = match role {
            Some(role) => l.role_header(*role),
            None if m.anonymous => l.other_roles.to_string(),
            None => l.no_role.to_string(),
        };
        columns.push(Column::new(header, 1.0, Align::Right));
    }
    let portfolio = crate::report::portfolio::is_portfolio(c.teams.len());
    // A portfolio sums the teams on one row: two hundred rows would tell nothing more.
    let total = portfolio.then(|| crate::report::model::TeamRoles {
        team: format!(
            "{} ({})",
            crate::report::labels::portfolio::words(r.lang).all_teams,
            c.teams.len()
        ),
        respondents: m.respondents.iter().map(|t| t.respondents).sum(),
        roles: roles
            .iter()
            .map(|role| crate::report::model::RoleTally {
                role: *role,
                count: m
                    .respondents
                    .iter()
                    .flat_map(|t| &t.roles)
                    .filter(|x| x.role == *role)
                    .map(|x| x.count)
                    .sum(),
            })
            .collect(),
    });
    let rows = total
        .iter()
        .chain(if portfolio {
            &[][..]
        } else {
            &m.respondents[..]
        })
        .map(|t| {
            let mut cells = vec![
                Cell::from(t.team.clone()),
                Cell::from(t.respondents.to_string()),
            ];
            for role in &roles {
                let count = t
                    .roles
                    .iter()
                    .find(|x| x.role == *role)
                    .map_or(0, |x| x.count);
                cells.push(Cell::toned(
                    if count == 0 {
                        "–".to_string()
                    } else {
                        count.to_string()
                    },
                    Tone::Normal,
                ));
            }
            Row::new(cells)
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns,
        rows,
        caption: m.anonymous.then(|| l.anonymity_note.to_string()),
        compact: true,
    }));

    blocks.push(Block::heading(2, l.coverage_per_dimension));
    if m.coverage
        .iter()
        .all(|row| row.teams.iter().all(|s| *s >= 1.0))
    {
        blocks.push(Block::paragraph(l.full_coverage));
    } else if portfolio {
        blocks.push(portfolio_coverage(r));
    } else {
        let (headers, legend) = team_headers(c, l, super::TABLE_NAME);
        let mut columns = vec![Column::new(l.dimension, 3.0, Align::Left)];
        let width = if c.teams.len() <= super::NAMED_COLUMNS {
            1.3
        } else {
            0.75
        };
        columns.extend(
            headers
                .into_iter()
                .map(|h| Column::new(h, width, Align::Right)),
        );
        // Only the dimensions some team did not answer in full: the rest reads 100 % throughout.
        let partial: Vec<_> = m
            .coverage
            .iter()
            .filter(|row| row.teams.iter().any(|s| *s < 1.0))
            .collect();
        let rows = partial
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::from(row.dimension.clone())];
                for share in &row.teams {
                    let low = *share + 1e-9 < crate::domain::scoring::LOW_COVERAGE;
                    cells.push(if low {
                        Cell::toned(format!("⚠ {}", l.pct(*share)), Tone::Bad)
                    } else {
                        Cell::toned(l.pct(*share), Tone::Normal)
                    });
                }
                Row::new(cells)
            })
            .collect();
        let mut caption = l.coverage_caption().to_string();
        if partial.len() < m.coverage.len() {
            caption = format!("{} {caption}", l.coverage_others_full());
        }
        if let Some(legend) = legend {
            caption.push_str(&format!(" {legend}."));
        }
        blocks.push(Block::Table(Table {
            columns,
            rows,
            caption: Some(caption),
            compact: true,
        }));
    }

    blocks.push(Block::heading(2, l.scoring_rules));
    let mut rules = l.rules(c.questionnaire.levels.len(), m.weighted_target);
    // A portfolio's key messages follow rules of their own (`model::portfolio_messages`).
    if portfolio {
        rules.extend(
            crate::report::labels::portfolio::words(r.lang)
                .message_rules(crate::report::portfolio::PORTFOLIO_TEAMS),
        );
    }
    blocks.push(Block::bullets(rules));
    blocks.push(Block::heading(2, l.caveats));
    let mut caveats = Vec::new();
    if m.single_answer_medians > 0 {
        caveats.push(l.single_answer_caveat(m.single_answer_medians));
    }
    if m.low_coverage.is_empty() {
        caveats.push(l.no_low_coverage.to_string());
    } else {
        // A portfolio may have hundreds: the first ones, then how many more.
        let shown = if portfolio {
            LOW_COVERAGE_ITEMS
        } else {
            usize::MAX
        };
        let mut items: Vec<String> = m
            .low_coverage
            .iter()
            .take(shown)
            .map(|x| {
                if c.teams.len() > 1 {
                    format!("{} — {} ({})", x.dimension, x.team, l.pct(x.coverage))
                } else {
                    format!("{} ({})", x.dimension, l.pct(x.coverage))
                }
            })
            .collect();
        if m.low_coverage.len() > items.len() {
            items.push(l.more(m.low_coverage.len() - items.len()));
        }
        caveats.push(l.low_coverage_caveat(&items));
    }
    if m.disagreements > 0 {
        caveats.push(l.disagreement_caveat(m.disagreements, c.options.disagreement_spread));
    }
    if m.anonymous {
        caveats.push(l.anonymity_note.to_string());
    }
    caveats.extend(l.missing_notes(&r.report.skipped_files, &r.report.not_counted));
    blocks.push(Block::bullets(caveats));
}

/// Low-coverage cells a portfolio's caveats name.
const LOW_COVERAGE_ITEMS: usize = 8;

/// Coverage per dimension over many teams: the lowest, the median, and how many teams answered
/// under half of the dimension's questions.
fn portfolio_coverage(r: &Report) -> Block {
    let l = r.labels();
    let pw = crate::report::labels::portfolio::words(r.lang);
    let rows = r
        .method
        .coverage
        .iter()
        .map(|row| {
            let mut shares = row.teams.clone();
            shares.sort_by(f64::total_cmp);
            let lowest = shares.first().copied().unwrap_or_default();
            let median = shares.get(shares.len() / 2).copied().unwrap_or_default();
            let under = shares
                .iter()
                .filter(|s| **s + 1e-9 < crate::domain::scoring::LOW_COVERAGE)
                .count();
            Row::new([
                Cell::from(row.dimension.clone()),
                Cell::toned(
                    l.pct(lowest),
                    if under > 0 { Tone::Bad } else { Tone::Normal },
                ),
                Cell::from(l.pct(median)),
                Cell::from(under.to_string()),
            ])
        })
        .collect();
    Block::Table(Table {
        columns: vec![
            Column::new(l.dimension, 3.0, Align::Left),
            Column::new(pw.lowest_coverage, 1.2, Align::Right),
            Column::new(pw.median_coverage, 1.2, Align::Right),
            Column::new(pw.under_half, 1.4, Align::Right),
        ],
        rows,
        caption: Some(l.coverage_caption().to_string()),
        compact: true,
    })
}

fn answers_text(l: &Labels, answers: &[RespondentAnswer]) -> String {
    if answers.is_empty() {
        return "–".to_string();
    }
    answers
        .iter()
        .map(|a| l.answer_by(a))
        .collect::<Vec<_>>()
        .join(l.semicolon())
}

pub(super) fn appendix(blocks: &mut Vec<Block>, r: &Report) {
    let mode = r.presentation.appendix;
    if mode == Appendix::None {
        return;
    }
    let c = &r.comparison;
    let l = r.labels();
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, l.appendix));
    blocks.push(Block::heading(2, l.backlog));
    blocks.push(Block::paragraph(l.backlog_intro));
    for t in &r.chapters {
        let mut steps: Vec<&Recommendation> = t.short_term_plan.iter().chain(&t.roadmap).collect();
        if steps.is_empty() {
            continue;
        }
        steps.sort_by_key(|s| s.rank);
        blocks.push(Block::heading(3, t.team.clone()));
        blocks.push(Block::Table(Table {
            columns: step_columns(l, true),
            rows: steps
                .iter()
                .map(|s| step_row(c, l, s, true, usize::MAX))
                .collect(),
            caption: None,
            compact: true,
        }));
    }
    super::perception::appendix(blocks, r);
    if mode != Appendix::Full {
        return;
    }
    blocks.push(Block::heading(2, l.every_answer));
    blocks.push(Block::paragraph(l.appendix_intro));
    for d in &c.dimensions {
        blocks.push(Block::heading(3, d.name.clone()));
        let mut rows = Vec::new();
        for q in c.questions.iter().filter(|q| q.dimension_id == d.id) {
            // The full text after the title, unless the title is the text.
            let text = if q.text.trim() == q.title {
                String::new()
            } else {
                format!(" — {}", q.text)
            };
            let label = format!(
                "{} ({}){text} {}",
                q.title,
                q.id,
                l.target_in_parens(&l.score(Some(q.target)))
            );
            let repeated = format!("{} ({}) {}", q.title, q.id, l.continued);
            let mut row = Row::label(label, repeated);
            row.cells[0].links = links(c, &q.id);
            rows.push(row);
            for cell in &q.teams {
                rows.push(Row::new([
                    cell.team.clone(),
                    l.median(cell),
                    cell.spread.map_or("–".to_string(), |s| s.to_string()),
                    l.score(difference(Some(q.target), cell.median)),
                    answers_text(l, &cell.answers),
                ]));
            }
        }
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.team, 1.8, Align::Left),
                Column::new(l.median, 0.9, Align::Right),
                Column::new(l.spread, 1.0, Align::Right),
                Column::new(l.gap, 0.7, Align::Right),
                Column::new(l.answers_and_comments, 5.4, Align::Left),
            ],
            rows,
            caption: None,
            compact: true,
        }));
    }
}
