//! Maps the [`Report`] onto the format-neutral [`Document`] the PDF renderer lays out, in the
//! order a manager reads: cover, executive summary, maturity profile (radar and score table),
//! two-speed questions, one chapter per team (strengths, weaknesses, gap to target, short-term
//! plan, roadmap), learn-from-each-other, disagreements to follow up, and an appendix with every
//! question's answers and comments.

use crate::domain::compare::Comparison;
use crate::report::document::{
    Align, Block, Cell, Column, Cover, Document, KeyFigure, Radar, Row, Series, Span, Table, Tone,
};
use crate::report::format::{difference, pct, score, signed};
use crate::report::{Labels, Report};

mod chapters;

use chapters::{appendix, disagreements, learn, team};

/// Above this many teams, score tables name teams by letter (legend in the caption).
const NAMED_COLUMNS: usize = 4;

pub fn to_document(r: &Report) -> Document {
    let c = &r.comparison;
    let m = &r.report;
    let l = r.labels();
    let mut blocks = vec![cover(r)];
    summary(&mut blocks, r);
    if r.summary.has_answers {
        profile(&mut blocks, c, l);
        two_speed(&mut blocks, c, l);
        for chapter in &r.chapters {
            team(&mut blocks, chapter, c.questionnaire.levels.len(), l);
        }
        learn(&mut blocks, c, l);
        disagreements(&mut blocks, c, &r.chapters, l);
        appendix(&mut blocks, c, l);
    }
    Document {
        title: m.title.clone(),
        subtitle: Some(l.subtitle(&m.assessment)),
        author: m.author.clone(),
        date: m.date.clone(),
        created: Some(m.created.clone()),
        running_header: format!("{} — {}", m.title, m.assessment),
        blocks,
    }
}

fn cover(r: &Report) -> Block {
    let m = &r.report;
    let l = r.labels();
    let mut facts = vec![
        (l.assessment.to_string(), m.assessment.clone()),
        (l.questionnaire.to_string(), m.questionnaire.clone()),
        (l.teams.to_string(), m.teams.join(", ")),
        (l.date.to_string(), m.date.clone()),
    ];
    if !m.author.is_empty() {
        facts.push((l.author.to_string(), m.author.clone()));
    }
    let top = r.comparison.questionnaire.levels.len();
    Block::Cover(Cover {
        title: m.title.clone(),
        subtitle: Some(l.subtitle(&m.assessment)),
        facts,
        note: Some(l.cover_note(top)),
    })
}

fn summary(blocks: &mut Vec<Block>, r: &Report) {
    let c = &r.comparison;
    let top = c.questionnaire.levels.len();
    let l = r.labels();
    blocks.push(Block::heading(1, l.executive_summary));
    if !r.report.skipped_files.is_empty() {
        blocks.push(Block::Callout {
            title: Some(l.answers_missing.to_string()),
            text: vec![Span::plain(l.skipped_note(&r.report.skipped_files))],
        });
    }
    if !r.summary.has_answers {
        blocks.push(Block::Callout {
            title: Some(l.no_answers_yet.to_string()),
            text: vec![Span::plain(l.nobody_answered)],
        });
        return;
    }
    let scale: Vec<String> = c
        .questionnaire
        .levels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {l}", i + 1))
        .collect();
    blocks.push(Block::Paragraph(vec![
        Span::plain(l.this_report_compares()),
        Span::bold(l.teams_count(c.teams.len())),
        Span::plain(l.compares_rest(c.dimensions.len(), c.questions.len(), &scale.join(" · "))),
    ]));
    blocks.push(Block::KeyFigures(
        r.summary
            .teams
            .iter()
            .map(|t| KeyFigure {
                value: t
                    .overall
                    .map_or("–".to_string(), |o| format!("{} / {top}", score(Some(o)))),
                label: t.team.clone(),
                detail: Some(match &t.level_label {
                    Some(label) => l.card_detail(
                        label,
                        &score(Some(t.target)),
                        &answered(l, t.coverage, c.questions.len()),
                    ),
                    None => l.no_answers_sentence.to_string(),
                }),
                // A score from a few answers looks as solid as any other: say so on the card.
                warning: (t.overall.is_some() && t.coverage < LOW_COVERAGE)
                    .then(|| l.low_coverage(&pct(t.coverage))),
            })
            .collect(),
    ));
    let lines: Vec<Vec<Span>> = r
        .summary
        .teams
        .iter()
        .filter(|t| t.overall.is_some())
        .map(|t| {
            let mut spans = vec![Span::bold(t.team.clone())];
            let mut text = l.team_line(t.respondents, &pct(t.coverage));
            if !t.strongest.is_empty() {
                text.push_str(&l.listed(l.strongest, &t.strongest.join(", ")));
            }
            if !t.weakest.is_empty() {
                text.push_str(&l.listed(l.weakest, &t.weakest.join(", ")));
            }
            spans.push(Span::plain(text));
            spans
        })
        .collect();
    blocks.push(Block::Bullets(lines));
    if !r.summary.biggest_differences.is_empty() {
        blocks.push(Block::heading(2, l.biggest_differences));
        blocks.push(Block::Bullets(
            r.summary
                .biggest_differences
                .iter()
                .map(|d| {
                    vec![
                        Span::bold(d.dimension.clone()),
                        Span::plain(format!(
                            "{}{} {}, {} {} — {}.",
                            l.colon(""),
                            d.highest_team,
                            score(Some(d.highest)),
                            d.lowest_team,
                            score(Some(d.lowest)),
                            l.levels_apart(&score(difference(Some(d.highest), Some(d.lowest))))
                        )),
                    ]
                })
                .collect(),
        ));
    }
    if !r.summary.first_actions.is_empty() {
        blocks.push(Block::heading(2, l.top_actions));
        blocks.push(Block::Table(Table {
            columns: vec![
                Column::new(l.team, 1.6, Align::Left),
                Column::new(l.step, 1.9, Align::Left),
                Column::new(l.effort, 1.1, Align::Left),
                Column::new(l.action, 4.4, Align::Left),
            ],
            rows: r
                .summary
                .first_actions
                .iter()
                .map(|a| {
                    Row::new([
                        a.team.clone(),
                        format!("{}: {} → {}", a.question_id, a.from_label, a.to_label),
                        l.effort_value(a.effort),
                        a.text.clone(),
                    ])
                })
                .collect(),
            caption: Some(l.first_actions_caption.to_string()),
        }));
    }
}

/// Team names for table headers: full names for a few teams, letters for many.
fn team_headers(c: &Comparison) -> (Vec<String>, Option<String>) {
    if c.teams.len() <= NAMED_COLUMNS {
        return (c.teams.iter().map(|t| t.name.clone()).collect(), None);
    }
    let letters: Vec<String> = (0..c.teams.len())
        .map(|i| letter(i, c.teams.len()))
        .collect();
    let legend = letters
        .iter()
        .zip(&c.teams)
        .map(|(l, t)| format!("{l} = {}", t.name))
        .collect::<Vec<_>>()
        .join("; ");
    (letters, Some(legend))
}

fn letter(i: usize, count: usize) -> String {
    if count <= 26 {
        char::from(b'A' + i as u8).to_string()
    } else {
        format!("T{}", i + 1)
    }
}

fn profile(blocks: &mut Vec<Block>, c: &Comparison, l: &Labels) {
    let top = c.questionnaire.levels.len() as f64;
    // No page break: the summary rarely fills its page, and a heading never ends a page.
    blocks.push(Block::heading(1, l.maturity_profile));
    // The explanation is the chart's title rather than a paragraph, so that the heading moves
    // to the next page with the chart instead of staying behind with the text.
    blocks.push(Block::Radar(Radar {
        // Short: chart titles stay on one line.
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
        max: top,
    }));
    blocks.push(Block::heading(2, l.scores_per_dimension));
    let (headers, legend) = team_headers(c);
    let n = c.teams.len();
    // With many teams, score columns narrow to what "4.5" in bold needs, and the dimension
    // column gives way; "Target" and "Range" keep room for their header.
    let (label_width, team_width) = if n <= NAMED_COLUMNS {
        (3.0, 1.3)
    } else {
        (2.2, 0.75)
    };
    let mut columns = vec![
        Column::new(l.dimension, label_width, Align::Left),
        Column::new(l.target, 1.2, Align::Right),
    ];
    columns.extend(
        headers
            .iter()
            .map(|h| Column::new(h.clone(), team_width, Align::Right)),
    );
    match n {
        1 => {}
        2 => columns.push(Column::new("Δ", 0.8, Align::Right)),
        _ => columns.push(Column::new(l.range, 1.2, Align::Right)),
    }
    let mut rows: Vec<Row> = c
        .dimensions
        .iter()
        .map(|d| {
            let mut cells = vec![
                Cell::from(d.name.clone()),
                Cell::from(score(Some(d.target))),
            ];
            cells.extend(d.teams.iter().map(|cell| {
                let reached = cell.score.is_some_and(|s| s + 1e-9 >= d.target);
                Cell::toned(
                    score(cell.score),
                    if reached { Tone::Good } else { Tone::Normal },
                )
            }));
            match n {
                1 => {}
                2 => {
                    let delta = difference(d.teams[0].score, d.teams[1].score);
                    cells.push(Cell::toned(signed(delta), tone_of(delta)));
                }
                _ => cells.push(Cell::from(score(d.range))),
            }
            Row::new(cells)
        })
        .collect();
    let mut overall = vec![
        Cell::from(l.overall),
        Cell::from(score(Some(c.teams.first().map_or(0.0, |t| t.target)))),
    ];
    overall.extend(c.teams.iter().map(|t| Cell::from(score(t.overall))));
    match n {
        1 => {}
        2 => {
            let delta = difference(c.teams[0].overall, c.teams[1].overall);
            overall.push(Cell::toned(signed(delta), tone_of(delta)));
        }
        _ => overall.push(Cell::from("")),
    }
    rows.push(Row::new(overall).emphasized());
    let mut caption = l.scores_caption(c.questionnaire.levels.len());
    if n == 2 {
        caption.push_str(&format!(" Δ = {} − {}.", c.teams[0].name, c.teams[1].name));
    } else if n > 2 {
        caption.push_str(l.range_caption);
    }
    if let Some(legend) = legend {
        caption.push_str(&format!(" {legend}."));
    }
    blocks.push(Block::Table(Table {
        columns,
        rows,
        caption: Some(caption),
    }));
}

/// Below this share of questions answered, a headline score is flagged as unreliable.
const LOW_COVERAGE: f64 = 0.5;

/// "3 answers, 5% answered": how many questions the team answered, and the share.
fn answered(l: &Labels, coverage: f64, questions: usize) -> String {
    let count = (coverage * questions as f64).round() as usize;
    l.answered(count, &pct(coverage))
}

fn tone_of(delta: Option<f64>) -> Tone {
    match delta {
        Some(d) if d >= 0.05 => Tone::Good,
        Some(d) if d <= -0.05 => Tone::Bad,
        _ => Tone::Normal,
    }
}

fn two_speed(blocks: &mut Vec<Block>, c: &Comparison, l: &Labels) {
    if c.two_speed.is_empty() {
        return;
    }
    blocks.push(Block::heading(2, l.two_speed));
    blocks.push(Block::paragraph(
        l.two_speed_intro(c.options.two_speed_levels),
    ));
    // Many teams: letters, as in the score table, or the lists would fill pages.
    let (_, legend) = team_headers(c);
    let short = |team: &str| match (&legend, c.team_index(team)) {
        (Some(_), Some(i)) => letter(i, c.teams.len()),
        _ => team.to_string(),
    };
    let side = |list: &[crate::domain::compare::TeamLevel]| {
        list.iter()
            .map(|t| format!("{} ({})", short(&t.team), score(Some(t.median))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    blocks.push(Block::Table(Table {
        columns: vec![
            Column::new(l.question, 3.6, Align::Left),
            Column::new(l.ahead, 2.0, Align::Left),
            Column::new(l.behind, 2.0, Align::Left),
        ],
        rows: c
            .two_speed
            .iter()
            .map(|f| {
                let text = c.question(&f.question_id).map_or("", |q| q.text.as_str());
                Row::new([
                    format!("{}: {text}", f.question_id),
                    side(&f.ahead),
                    side(&f.behind),
                ])
            })
            .collect(),
        caption: legend.map(|l| format!("{l}.")),
    }));
}
