//! Maps the [`Report`] onto the format-neutral [`Document`] the PDF renderer lays out, in the
//! order a manager reads: the cover with its table of contents; the one-page synthesis (key
//! messages and the heatmap of gaps to target); the maturity profile (score cards, radar,
//! score table); the synchronisation plan (two teams or more); one chapter per team (strengths
//! and weaknesses by question, roadmap in three horizons, quick-wins matrix); method and
//! limits; and the appendix (ranked backlog, every answer and comment).
//!
//! Markdown follows the same order (`markdown::render_report`). Questions are labelled by
//! title everywhere in the body; ids appear only in the appendix.

use crate::domain::compare::Comparison;
use crate::report::document::{
    Align, BarChart, Block, Cell, Column, Contents, Cover, Document, Heatmap, HeatmapCell,
    HeatmapRow, KeyFigure, Link, Radar, Row, Series, Span, Table, Tone,
};
use crate::report::format::difference;
use crate::report::model::GapBin;
use crate::report::{Labels, Report};

mod chapters;
mod perception;
mod portfolio;
mod rhythm;

use chapters::{appendix, method, team};

/// Above this many teams, tables and the heatmap name teams by letter (legend in the caption).
pub const NAMED_COLUMNS: usize = 4;
/// Longest team name shown in full over a heatmap column, and over a score table column.
const HEATMAP_NAME: usize = 40;
pub const TABLE_NAME: usize = 24;
/// Teams whose score table shows each team's answers and coverage next to its score.
const DETAILED_TEAMS: usize = 3;
use crate::report::labels::SINGLE;

/// How much detail the dense parts carry. The PDF renderer tries [`Fit::LEVELS`] in order and
/// keeps the first whose team chapters hold on two pages (`report::render`); the JSON and
/// Markdown always carry everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Titles named per cell of the quick-wins matrix before "+N more"…
    pub matrix_titles: usize,
    /// …and in its quick-wins cell (low effort, high impact), what the matrix is read for.
    pub quick_win_titles: usize,
    /// Practices named per initiative of the synchronisation plan (one when there are many
    /// initiatives).
    pub practices: usize,
    /// Questions named per strong or weak dimension.
    pub standout_questions: usize,
    /// Links to further reading under each roadmap step (the appendix backlog links them all).
    pub roadmap_links: usize,
}

impl Fit {
    pub const LEVELS: [Fit; 4] = [
        Fit {
            matrix_titles: 2,
            quick_win_titles: 4,
            practices: 2,
            standout_questions: 2,
            roadmap_links: 1,
        },
        Fit {
            matrix_titles: 1,
            quick_win_titles: 3,
            practices: 1,
            standout_questions: 1,
            roadmap_links: 1,
        },
        Fit {
            matrix_titles: 0,
            quick_win_titles: 2,
            practices: 1,
            standout_questions: 0,
            roadmap_links: 1,
        },
        // Long steps (a questionnaire with many references): the roadmap keeps its words and
        // the appendix its links.
        Fit {
            matrix_titles: 0,
            quick_win_titles: 1,
            practices: 1,
            standout_questions: 0,
            roadmap_links: 0,
        },
    ];
}

impl Default for Fit {
    fn default() -> Fit {
        Fit::LEVELS[0]
    }
}

/// Initiatives above which each names a single practice.
const FEW_INITIATIVES: usize = 5;

pub fn to_document(r: &Report) -> Document {
    to_document_fit(r, Fit::default())
}

/// The document with the dense parts cut to `fit`.
pub fn to_document_fit(r: &Report, fit: Fit) -> Document {
    let c = &r.comparison;
    let m = &r.report;
    let l = r.labels();
    let mut blocks = vec![cover(r)];
    // More than eight teams: the portfolio layout (`portfolio`) after the messages, with
    // portfolio-sized rhythm, progress and perception pages (counts and the widest gaps rather
    // than a row or a section per team); the comparison JSON carries every team's.
    let many = crate::report::portfolio::is_portfolio(c.teams.len())
        .then(|| crate::report::portfolio::Portfolio::of(c));
    synthesis(&mut blocks, r, many.as_ref());
    if let Some(p) = &many
        && r.summary.has_answers
    {
        portfolio::body(&mut blocks, r, p, fit);
        method(&mut blocks, r);
        appendix(&mut blocks, r);
    } else if r.summary.has_answers {
        rhythm::page(&mut blocks, c, l);
        profile(&mut blocks, r);
        progress(&mut blocks, r);
        if c.teams.len() >= 2 {
            synchronisation(&mut blocks, r, fit);
        }
        perception::chapter(&mut blocks, r);
        for chapter in &r.chapters {
            team(&mut blocks, r, chapter, fit);
        }
        method(&mut blocks, r);
        appendix(&mut blocks, r);
    }
    let context = if m.organisation.is_empty() {
        &m.assessment
    } else {
        &m.organisation
    };
    Document {
        title: m.title.clone(),
        subtitle: Some(l.subtitle(&m.assessment)),
        author: m.author.clone(),
        date: m.date.clone(),
        created: Some(m.created.clone()),
        running_header: format!("{} — {context}", m.title),
        blocks,
        paper: r.presentation.paper,
    }
}

fn cover(r: &Report) -> Block {
    let m = &r.report;
    let l = r.labels();
    let mut facts = Vec::new();
    if !m.organisation.is_empty() {
        facts.push((l.organisation.to_string(), m.organisation.clone()));
    }
    facts.push((l.assessment.to_string(), m.assessment.clone()));
    facts.push((l.date.to_string(), m.date.clone()));
    facts.push((l.questionnaire.to_string(), m.questionnaire.clone()));
    if !m.author.is_empty() {
        facts.push((l.author.to_string(), m.author.clone()));
    }
    if let Some(round) = &m.round {
        facts.push((l.round.to_string(), round.clone()));
    }
    // Two hundred names would fill the cover: a portfolio gives their number.
    let teams = if crate::report::portfolio::is_portfolio(m.teams.len()) {
        m.teams.len().to_string()
    } else {
        m.teams.join(", ")
    };
    facts.push((l.teams.to_string(), teams));
    Block::Cover(Cover {
        title: m.title.clone(),
        subtitle: Some(if m.organisation.is_empty() {
            l.subtitle(&m.assessment)
        } else {
            m.organisation.clone()
        }),
        facts,
        note: None,
        contents: Some(Contents::titled(l.contents)),
        confidential: m.confidential.clone(),
    })
}

/// Team names for column headers: full names for a few teams whose names are at most
/// `max_chars` long, letters otherwise, with the legend ("A = Paris; B = Lyon") to put in a
/// caption. A long name in a narrow column would break inside its words.
pub fn team_headers(c: &Comparison, l: &Labels, max_chars: usize) -> (Vec<String>, Option<String>) {
    let short = c.teams.iter().all(|t| t.name.chars().count() <= max_chars);
    if c.teams.len() <= NAMED_COLUMNS && short {
        return (c.teams.iter().map(|t| t.name.clone()).collect(), None);
    }
    let letters: Vec<String> = (0..c.teams.len())
        .map(|i| crate::report::text::team_letter(i, c.teams.len()))
        .collect();
    let legend = letters
        .iter()
        .zip(&c.teams)
        .map(|(letter, t)| format!("{letter} = {}", t.name))
        .collect::<Vec<_>>()
        .join(l.semicolon());
    (letters, Some(legend))
}

/// The references of a question as links.
pub fn links(c: &Comparison, question_id: &str) -> Vec<Link> {
    c.question(question_id)
        .map(|q| {
            q.references
                .iter()
                .map(|r| Link {
                    text: format!("↗ {}", r.title),
                    url: r.url.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn synthesis(
    blocks: &mut Vec<Block>,
    r: &Report,
    many: Option<&crate::report::portfolio::Portfolio>,
) {
    let c = &r.comparison;
    let l = r.labels();
    blocks.push(Block::heading(1, l.synthesis));
    let missing = l.missing_notes(&r.report.skipped_files, &r.report.not_counted);
    if !missing.is_empty() {
        blocks.push(Block::Callout {
            title: Some(l.answers_missing.to_string()),
            text: vec![Span::plain(missing.join(" "))],
        });
    }
    if !r.summary.has_answers {
        blocks.push(Block::Callout {
            title: Some(l.no_answers_yet.to_string()),
            text: vec![Span::plain(l.nobody_answered)],
        });
        return;
    }
    // The messages come straight under the title (no heading of their own): the page holds
    // them and the heatmap of 13 dimensions with room to spare for long team names.
    blocks.push(Block::Bullets(
        r.synthesis
            .messages
            .iter()
            .map(|m| vec![Span::plain(m.text.clone())])
            .collect(),
    ));
    if let Some(p) = many {
        portfolio::synthesis(blocks, r, p);
        return;
    }
    blocks.push(Block::heading(2, l.heatmap));
    // The heatmap's columns hold three lines of a name.
    let (columns, legend) = team_headers(c, l, HEATMAP_NAME);
    let mut single = false;
    let rows = r
        .synthesis
        .heatmap
        .iter()
        .map(|row| HeatmapRow {
            label: row.dimension.clone(),
            cells: row
                .cells
                .iter()
                .map(|cell| {
                    single |= cell.single_answer;
                    HeatmapCell {
                        text: match cell.bin {
                            GapBin::NotAssessed => l.not_assessed.to_string(),
                            _ if cell.single_answer => l.score(cell.score) + SINGLE,
                            _ => l.score(cell.score),
                        },
                        tone: cell.bin.index(),
                    }
                })
                .collect(),
        })
        .collect();
    let mut caption = l.heatmap_caption(c.questionnaire.levels.len(), single, false);
    if let Some(legend) = legend {
        caption.push_str(&format!(" {legend}."));
    }
    let mut key: Vec<(Option<u8>, String)> = l
        .bins
        .iter()
        .enumerate()
        .map(|(i, b)| (Some(i as u8), (*b).to_string()))
        .collect();
    key.push((None, l.not_assessed.to_string()));
    blocks.push(Block::Heatmap(Heatmap {
        columns,
        rows,
        legend: key,
        caption: Some(caption),
    }));
    blocks.push(Block::PageBreak);
}

fn profile(blocks: &mut Vec<Block>, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let top = c.questionnaire.levels.len();
    blocks.push(Block::heading(1, l.maturity_profile));
    let weighted = r.method.weighted_target;
    blocks.push(Block::KeyFigures(
        r.summary
            .teams
            .iter()
            .map(|t| KeyFigure {
                value: l.out_of(t.overall, top),
                label: t.team.clone(),
                detail: Some(match &t.level_label {
                    Some(label) => format!(
                        "{}\n{}",
                        l.card_detail(label, &l.score(Some(t.target)), weighted),
                        l.answered_by(t.questions_answered, t.respondents)
                    ),
                    None => l.no_answers_sentence.to_string(),
                }),
                // A score from a few answers looks as solid as any other: say so on the card.
                warning: (t.overall.is_some() && t.coverage < crate::domain::scoring::LOW_COVERAGE)
                    .then(|| l.low_coverage(&l.pct(t.coverage))),
            })
            .collect(),
    ));
    blocks.push(Block::Radar(Radar {
        title: Some(l.radar_title.to_string()),
        axes: c.dimensions.iter().map(|d| d.name.clone()).collect(),
        series: c
            .teams
            .iter()
            .enumerate()
            .map(|(ti, t)| Series {
                name: t.name.clone(),
                values: c.dimensions.iter().map(|d| d.teams[ti].score).collect(),
            })
            .collect(),
        target: Some(Series {
            name: l.target.to_string(),
            values: c.dimensions.iter().map(|d| Some(d.target)).collect(),
        }),
        min: 1.0,
        max: top as f64,
    }));
    blocks.push(Block::Note(l.radar_caption.to_string()));
    blocks.push(Block::heading(2, l.scores_per_dimension));
    blocks.push(score_table(r));
    // No page break: the synchronisation plan follows the score table on its page.
}

/// Scores per dimension and team, with the target, deltas (two teams) or the range (more),
/// and for up to three teams each team's answers (n) and coverage.
fn score_table(r: &Report) -> Block {
    let c = &r.comparison;
    let l = r.labels();
    let n = c.teams.len();
    let detailed = n <= DETAILED_TEAMS;
    // Narrow columns: a score, its n and coverage share a team's width.
    let (headers, legend) = team_headers(c, l, if detailed { TABLE_NAME } else { 0 });
    let mut columns = vec![
        Column::new(l.dimension, if detailed { 2.6 } else { 2.2 }, Align::Left),
        Column::new(l.target, 1.0, Align::Right),
    ];
    for h in &headers {
        if detailed {
            columns.push(Column::new(h.clone(), 1.1, Align::Right));
            columns.push(Column::new(l.answers_short, 0.55, Align::Right));
            columns.push(Column::new(l.coverage_short, 0.85, Align::Right));
        } else {
            columns.push(Column::new(h.clone(), 0.75, Align::Right));
        }
    }
    match n {
        1 => {}
        2 => columns.push(Column::new("Δ", 0.8, Align::Right)),
        _ => columns.push(Column::new(l.range, 1.1, Align::Right)),
    }
    let heat = &r.synthesis.heatmap;
    let mut rows: Vec<Row> = c
        .dimensions
        .iter()
        .zip(heat)
        .map(|(d, hr)| {
            let mut cells = vec![
                Cell::from(d.name.clone()),
                Cell::from(l.score(Some(d.target))),
            ];
            for (cell, hc) in d.teams.iter().zip(&hr.cells) {
                let mut text = l.score(cell.score);
                if hc.single_answer {
                    text.push_str(SINGLE);
                }
                let tone = if hc.bin == GapBin::Met {
                    Tone::Good
                } else {
                    Tone::Normal
                };
                cells.push(Cell::toned(text, tone));
                if detailed {
                    cells.push(Cell::toned(hc.answers.to_string(), Tone::Muted));
                    let low = cell.coverage + 1e-9 < crate::domain::scoring::LOW_COVERAGE;
                    cells.push(Cell::toned(
                        l.pct(cell.coverage),
                        if low { Tone::Bad } else { Tone::Muted },
                    ));
                }
            }
            match n {
                1 => {}
                2 => {
                    let delta = difference(d.teams[0].score, d.teams[1].score);
                    cells.push(Cell::toned(l.signed(delta), tone_of(delta)));
                }
                _ => cells.push(Cell::from(l.score(d.range))),
            }
            Row::new(cells)
        })
        .collect();
    let mut overall = vec![
        Cell::from(l.overall),
        Cell::from(l.score(Some(c.teams.first().map_or(0.0, |t| t.target)))),
    ];
    for (ti, t) in c.teams.iter().enumerate() {
        overall.push(Cell::from(l.score(t.overall)));
        if detailed {
            let answers: usize = c.questions.iter().map(|q| q.teams[ti].levels.len()).sum();
            overall.push(Cell::from(answers.to_string()));
            overall.push(Cell::from(l.pct(t.coverage)));
        }
    }
    match n {
        1 => {}
        2 => {
            let delta = difference(c.teams[0].overall, c.teams[1].overall);
            overall.push(Cell::toned(l.signed(delta), tone_of(delta)));
        }
        _ => overall.push(Cell::from("")),
    }
    rows.push(Row::new(overall).emphasized());
    let pair = (n == 2).then(|| (c.teams[0].name.as_str(), c.teams[1].name.as_str()));
    let mut caption = l.scores_caption(c.questionnaire.levels.len(), pair, n > 2);
    if r.method.single_answer_medians > 0 {
        caption.push_str(&format!(
            " {}",
            l.single_answer_caveat(r.method.single_answer_medians)
        ));
    }
    if !detailed {
        caption.push_str(&format!(" {}", l.scores_elsewhere()));
    }
    if let Some(legend) = legend {
        caption.push_str(&format!(" {legend}."));
    }
    Block::Table(Table {
        columns,
        rows,
        caption: Some(caption),
        compact: true,
    })
}

pub fn tone_of(delta: Option<f64>) -> Tone {
    match delta {
        Some(d) if d >= 0.05 => Tone::Good,
        Some(d) if d <= -0.05 => Tone::Bad,
        _ => Tone::Normal,
    }
}

/// A follow-up round's progress page: per team, the dimension scores of every round of the
/// chain as grouped bars, then the plan's completion.
fn progress(blocks: &mut Vec<Block>, r: &Report) {
    let Some(pr) = &r.comparison.progress else {
        return;
    };
    let l = r.labels();
    let p = crate::report::labels::PlanLabels::of(r.lang);
    let top = r.comparison.questionnaire.levels.len();
    blocks.push(Block::PageBreak);
    blocks.push(Block::heading(1, p.progress));
    blocks.push(Block::paragraph(p.progress_intro));
    let round_name = |i: usize| {
        let created = &pr.rounds[i].created_at;
        format!(
            "{} {} ({})",
            p.round,
            i + 1,
            l.date_of(created.get(..10).unwrap_or(created))
        )
    };
    // One line of overall scores per team: "Paris: 2.6 → 2.7 (+0.1)".
    let overall_lines: Vec<String> = pr
        .teams
        .iter()
        .map(|t| {
            let mut overall = vec![t.overall.first];
            if pr.rounds.len() > 2 {
                overall.push(t.overall.then);
            }
            overall.push(t.overall.now);
            let overall: Vec<String> = overall.into_iter().map(|v| l.score(v)).collect();
            format!(
                "{}{} ({})",
                l.colon(&t.team),
                overall.join(" → "),
                l.signed(t.overall.change)
            )
        })
        .collect();
    blocks.push(Block::bullets(overall_lines));
    let categories: Vec<String> = pr
        .teams
        .first()
        .map(|t| t.dimensions.iter().map(|d| d.dimension.clone()).collect())
        .unwrap_or_default();
    let series_of = |t: &crate::domain::progress::TeamProgress, i: usize, name: String| Series {
        name,
        values: t
            .dimensions
            .iter()
            .map(|d| d.rounds.get(i).copied().flatten())
            .collect(),
    };
    // Two teams and two rounds share one chart, so the page holds it; more get one per team.
    if pr.teams.len() * pr.rounds.len() <= 4 {
        blocks.push(Block::BarChart(BarChart {
            title: None,
            categories,
            series: pr
                .teams
                .iter()
                .flat_map(|t| {
                    (0..pr.rounds.len())
                        .map(move |i| (t, i))
                        .collect::<Vec<_>>()
                })
                .map(|(t, i)| series_of(t, i, format!("{} — {}", t.team, round_name(i))))
                .collect(),
            target: None,
            min: 1.0,
            max: top as f64,
        }));
    } else {
        for t in &pr.teams {
            blocks.push(Block::heading(2, t.team.clone()));
            blocks.push(Block::BarChart(BarChart {
                title: None,
                categories: categories.clone(),
                series: (0..pr.rounds.len())
                    .map(|i| series_of(t, i, round_name(i)))
                    .collect(),
                target: None,
                min: 1.0,
                max: top as f64,
            }));
        }
    }
    // The plan's completion under the chart, on the same page: done / agreed / late.
    blocks.push(Block::Paragraph(vec![
        Span::bold(l.colon(p.completion)),
        Span::plain(p.completion_line(&pr.plan)),
    ]));
}

fn synchronisation(blocks: &mut Vec<Block>, r: &Report, fit: Fit) {
    let c = &r.comparison;
    let l = r.labels();
    blocks.push(Block::heading(1, l.synchronisation_plan));
    if let Some(plan) = &r.plan
        && !plan.joint.is_empty()
    {
        blocks.push(Block::heading(
            2,
            crate::report::labels::PlanLabels::of(r.lang).joint_actions,
        ));
        blocks.push(chapters::actions_table(r, &plan.joint, true));
    }
    if c.synchronisation.is_empty() {
        blocks.push(Block::paragraph(l.no_sync()));
        blocks.push(Block::PageBreak);
        return;
    }
    blocks.push(Block::paragraph(l.sync_intro(c.teams.len())));
    let practices = if c.synchronisation.len() > FEW_INITIATIVES {
        1
    } else {
        fit.practices
    };
    let single = |question_id: &str, team: &str| {
        let ti = c.team_index(team)?;
        let cell = &c.question(question_id)?.teams[ti];
        Some(l.median(cell))
    };
    let rows = c
        .synchronisation
        .iter()
        .map(|i| {
            let followers = i
                .followers
                .iter()
                .map(|f| format!("{} {}", f.team, l.score(Some(f.score))))
                .collect::<Vec<_>>()
                .join(", ");
            let leads = format!(
                "{} {}\n→ {followers}",
                i.leader,
                l.score(Some(i.leader_score))
            );
            let lowest = i.followers.first().map_or("", |f| f.team.as_str());
            let adopts = i
                .practices
                .iter()
                .take(practices)
                .map(|p| {
                    l.practice(
                        &p.title,
                        &single(&p.question_id, &i.leader)
                            .unwrap_or_else(|| l.score(Some(p.leader_median))),
                        &single(&p.question_id, lowest)
                            .unwrap_or_else(|| l.score(Some(p.follower_median))),
                        &p.practice,
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            Row::new([
                Cell::from(i.dimension.clone()),
                Cell::from(leads),
                Cell::from(adopts),
                Cell::from(l.milestone_text(
                    i.milestone_level,
                    &i.milestone_label,
                    i.followers.len() + 1,
                )),
            ])
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(l.dimension, 1.4, Align::Left),
            Column::new(l.leads, 2.0, Align::Left),
            Column::new(l.adopts, 4.5, Align::Left),
            Column::new(l.milestone, 1.4, Align::Left),
        ],
        rows,
        caption: None,
        compact: true,
    }));
    blocks.push(Block::PageBreak);
}
