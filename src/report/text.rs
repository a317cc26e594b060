//! `compare --format text`: the comparison for a terminal or a plain e-mail. Tables fit 80
//! columns: beyond 4 teams, score columns come in blocks of 4. Teams are named by a
//! letter in tables (legend at the top) because site names are long.

use crate::domain::compare::{Comparison, Recommendation};
use crate::domain::metrics::clusters::PROFILES_SOURCE;
use crate::domain::metrics::derive::FROM_ANSWERS;
use crate::domain::metrics::{Delivery, Key, KeyReading, Origin, TeamRhythm, steps_label};
use crate::domain::text::printable_lines;
use crate::report::chapter::{DisagreementItem, StandingKind, TeamChapter, team_chapters};
use crate::report::format::{difference, fit, pct, right, scale_line, score, signed, wrap};
use crate::report::labels::Labels;
use crate::report::perception::{COMPARE_GAPS, pairs};
use std::fmt::Write;

/// Team columns per table block: a row is 2 + 31 (label) + 2 + 6 (target) + 7 per team + 8
/// (delta or range), so 4 teams fit 80 columns.
const TEAMS_PER_BLOCK: usize = 4;
const LABEL: usize = 31;
const WIDTH: usize = 78;

/// The short name of team `i` in tables: A…Z, then T27, T28…
pub fn team_letter(i: usize, count: usize) -> String {
    if count <= 26 {
        char::from(b'A' + i as u8).to_string()
    } else {
        format!("T{}", i + 1)
    }
}

pub fn render(c: &Comparison) -> String {
    render_in(c, crate::report::Lang::from_tag(&c.questionnaire.language))
}

/// `render` with the perception section in `lang` (`--lang`, else the questionnaire's).
pub fn render_in(c: &Comparison, lang: crate::report::Lang) -> String {
    // Names and comments come from files: no control character reaches the terminal
    // (`domain::text`).
    printable_lines(&render_raw(c, lang.labels())).into_owned()
}

fn render_raw(c: &Comparison, l: &Labels) -> String {
    let mut out = String::new();
    header(&mut out, c);
    teams_table(&mut out, c);
    delivery(&mut out, c);
    if !c.has_answers() {
        out.push_str(
            "\nNo answers yet: nothing to compare. Record some with `devops-maturity answer`.\n",
        );
        perception(&mut out, c, l);
        return out;
    }
    dimensions_table(&mut out, c);
    progress(&mut out, c);
    if c.teams.len() == 2 {
        question_differences(&mut out, c);
    }
    two_speed(&mut out, c);
    pairings(&mut out, c);
    perception(&mut out, c, l);
    for chapter in team_chapters(c) {
        team_section(&mut out, &chapter);
        role_splits(&mut out, c, chapter.index);
    }
    out
}

fn header(out: &mut String, c: &Comparison) {
    let q = &c.questionnaire;
    let _ = writeln!(out, "Comparison of \"{}\" — {}", c.assessment, q.title);
    let _ = writeln!(out, "Levels: {}", scale_line(&q.levels));
    if let Some(short) = c.short_form {
        let _ = writeln!(
            out,
            "Short form: {} of {} questions asked; every number is over those.",
            short.asked, short.of
        );
    }
    let _ = writeln!(
        out,
        "Scores are medians of the respondents' levels; gap = target − score; + is ahead."
    );
    let _ = writeln!(
        out,
        "A step's priority is its gap × the weight of its dimension."
    );
}

fn teams_table(out: &mut String, c: &Comparison) {
    let n = c.teams.len();
    let _ = writeln!(
        out,
        "\nTeams{}  {}  {}  {}  {}  {}  {}",
        " ".repeat(LABEL - 1),
        right("Resp.", 5),
        right("Answered", 8),
        right("Score", 5),
        right("%", 4),
        right("Target", 6),
        right("Gap", 4)
    );
    for (i, t) in c.teams.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {} {}  {}  {}  {}  {}  {}  {}",
            fit(&team_letter(i, n), 3),
            fit(&t.name, LABEL - 2),
            right(&t.respondents.len().to_string(), 5),
            right(&pct(t.coverage), 8),
            right(&score(t.overall), 5),
            right(
                &t.overall_percent.map_or("–".into(), |p| format!("{p:.0}%")),
                4
            ),
            right(&score(Some(t.target)), 6),
            // Target and score as shown, so the gap column adds up.
            right(&score(difference(Some(t.target), t.overall)), 4)
        );
    }
}

fn dimensions_table(out: &mut String, c: &Comparison) {
    let n = c.teams.len();
    let indices: Vec<usize> = (0..n).collect();
    for block in indices.chunks(TEAMS_PER_BLOCK) {
        let last = block.last() == Some(&(n - 1));
        let extra = match n {
            2 => format!("  {}", right("Δ A−B", 6)),
            1 => String::new(),
            _ if last => format!("  {}", right("Range", 6)),
            _ => String::new(),
        };
        let heads: String = block
            .iter()
            .flat_map(|&i| ["  ".to_string(), right(&team_letter(i, n), 5)])
            .collect();
        let _ = writeln!(
            out,
            "\n{}  {}{heads}{extra}",
            fit("Dimension scores", LABEL + 2),
            right("Target", 6)
        );
        for d in &c.dimensions {
            let cells: String = block
                .iter()
                .flat_map(|&i| ["  ".to_string(), right(&score(d.teams[i].score), 5)])
                .collect();
            let extra = match n {
                2 => format!(
                    "  {}",
                    right(&signed(difference(d.teams[0].score, d.teams[1].score)), 6)
                ),
                1 => String::new(),
                _ if last => format!("  {}", right(&score(d.range), 6)),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {}  {}{cells}{extra}",
                fit(&d.name, LABEL),
                right(&score(Some(d.target)), 6)
            );
        }
    }
}

fn question_differences(out: &mut String, c: &Comparison) {
    let pair = c.pair(0, 1);
    let top: Vec<_> = pair
        .deltas
        .questions
        .iter()
        .filter(|d| d.delta.abs() >= 1.0)
        .take(10)
        .collect();
    if top.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\nLargest differences by question (A − B, 1 level or more)"
    );
    for d in top {
        let text = c.question(&d.question_id).map_or("", |q| q.text.as_str());
        let _ = writeln!(
            out,
            "  {}  {} {} {}  {}",
            fit(&d.question_id, 26),
            right(&score(Some(d.a)), 3),
            right(&score(Some(d.b)), 3),
            right(&signed(difference(Some(d.a), Some(d.b))), 5),
            fit(text, WIDTH - 44)
        );
    }
}

/// How the teams see each other, per pair that answered about each other or asked each other
/// something: each side's own score and the other's view of it per dimension answered about,
/// the widest gaps of the threshold or more by question title (`COMPARE_GAPS`; the JSON has
/// them all), the requests both ways with their responses. In `l`'s language (French numbers
/// and typography); nothing when the teams said nothing.
fn perception(out: &mut String, c: &Comparison, l: &Labels) {
    let pairs = pairs(c);
    if pairs.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", l.perception_chapter());
    for p in &pairs {
        let _ = writeln!(out, "\n  {}", l.pair_heading(p.a, p.b));
        for line in wrap(&l.perception_key(p.a, p.b), WIDTH - 2) {
            let _ = writeln!(out, "  {line}");
        }
        if p.has_views() {
            let _ = writeln!(
                out,
                "\n  {}  {} {} {}  {} {} {}",
                fit(l.dimension, LABEL),
                right(&l.self_short("A"), 6),
                right(&l.by_short("B"), 6),
                right(l.gap, 6),
                right(&l.self_short("B"), 6),
                right(&l.by_short("A"), 6),
                right(l.gap, 6),
            );
            // A working view: only the dimensions some side answered about the other.
            for row in p
                .rows
                .iter()
                .filter(|r| r.seen_any() || r.dimension.is_none())
            {
                let name = row.dimension.as_deref().unwrap_or(l.overall);
                let _ = writeln!(
                    out,
                    "  {}  {} {} {}  {} {} {}",
                    fit(name, LABEL),
                    right(&l.score(row.a_self), 6),
                    right(&l.score(row.a_seen), 6),
                    right(&l.gap_signed(difference(row.a_seen, row.a_self)), 6),
                    right(&l.score(row.b_self), 6),
                    right(&l.score(row.b_seen), 6),
                    right(&l.gap_signed(difference(row.b_seen, row.b_self)), 6),
                );
            }
            let _ = writeln!(out, "\n  {}", l.largest_perception_gaps());
            if p.gaps.is_empty() {
                let none = l.no_perception_gap(c.options.perception_gap_levels);
                bullet(out, "    ", &none);
            }
            for (team, g) in p.shown_gaps(COMPARE_GAPS) {
                let text = l.perception_gap_line(&g.by, team, &g.title, g.seen, g.self_median);
                bullet(out, "  - ", &text);
            }
            if p.gaps.len() > COMPARE_GAPS {
                bullet(
                    out,
                    "    ",
                    &l.more_gaps_in_json(p.gaps.len() - COMPARE_GAPS),
                );
            }
        }
        let _ = writeln!(out, "\n  {}", l.requests_between());
        if p.requests.is_empty() {
            let _ = writeln!(out, "    {}", l.no_requests());
        }
        for r in &p.requests {
            let head = format!(
                "{} ({})",
                l.asks(&r.by, &r.to),
                l.request_priority(r.priority)
            );
            bullet(out, "  - ", &format!("{}{}", l.colon(&head), r.text));
            bullet(
                out,
                "      ",
                &format!("{}{}", l.colon(l.response_word()), l.request_response(r)),
            );
        }
    }
}

fn two_speed(out: &mut String, c: &Comparison) {
    if c.two_speed.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\nTwo-speed questions (team medians {} or more levels apart)",
        c.options.two_speed_levels
    );
    let n = c.teams.len();
    let letter = |name: &str| {
        c.team_index(name)
            .map_or_else(|| name.to_string(), |i| team_letter(i, n))
    };
    for f in &c.two_speed {
        let text = c.question(&f.question_id).map_or("", |q| q.text.as_str());
        let side = |levels: &[crate::domain::compare::TeamLevel]| {
            levels
                .iter()
                .map(|t| format!("{} {}", letter(&t.team), score(Some(t.median))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "  {}  {}",
            fit(&f.question_id, 26),
            fit(text, WIDTH - 28)
        );
        bullet(out, "      ahead: ", &side(&f.ahead));
        bullet(out, "     behind: ", &side(&f.behind));
    }
}

fn pairings(out: &mut String, c: &Comparison) {
    if c.learn_from_each_other.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\nLearn from each other (a team {} or more levels ahead on a question)",
        c.options.pairing_levels
    );
    let n = c.teams.len();
    let letter = |name: &str| {
        c.team_index(name)
            .map_or_else(|| name.to_string(), |i| team_letter(i, n))
    };
    for group in c.pairings_by_team_pair() {
        let first = group[0];
        let _ = writeln!(
            out,
            "  {} can learn from {} on {} question(s):",
            first.learner,
            first.leader,
            group.len()
        );
        for p in group {
            bullet(
                out,
                "  - ",
                &format!(
                    "{} ({} {} → {} {}): {}",
                    p.question_id,
                    letter(&p.learner),
                    score(Some(p.learner_median)),
                    letter(&p.leader),
                    score(Some(p.leader_median)),
                    p.leader_practice
                ),
            );
        }
    }
}

/// Width of a key's column in the delivery table: the longest short band label fits.
const KEY_COLUMN: usize = 12;

/// The delivery rhythm: per team three rows (the value, its band, the cluster nearest on that
/// key alone) under the four keys, the team's cluster on the right; then the gaps between
/// teams and the key that splits them most.
fn delivery(out: &mut String, c: &Comparison) {
    let d = &c.delivery;
    if !d.has_readings() {
        let _ = writeln!(
            out,
            "\nDelivery rhythm: no figures yet (record them with `devops-maturity metrics set`)."
        );
        return;
    }
    let _ = writeln!(
        out,
        "\nDelivery rhythm (DORA keys, Quick Check bands, clusters of the 2024 DORA report)"
    );
    let heads: String = ["Deployments", "Lead time", "Failures", "Recovery"]
        .iter()
        .fold(String::new(), |mut acc, h| {
            acc.push(' ');
            acc.push_str(&fit(h, KEY_COLUMN));
            acc
        });
    let _ = writeln!(out, "{}{heads} Cluster", " ".repeat(12));
    let n = d.teams.len();
    for (i, t) in d.teams.iter().enumerate() {
        let letter = fit(&team_letter(i, n), 3);
        let cluster = t.cluster.map_or("–".to_string(), |c| c.label().to_string());
        let distance = t.distance.map_or(String::new(), steps_label);
        let rows = [
            ("value", cells(t, KeyReading::value_cell), cluster),
            ("band", cells(t, KeyReading::band_cell), distance),
            (
                "nearest",
                cells(t, |r| {
                    r.nearest_cluster.map_or("–", |c| c.as_str()).to_string()
                }),
                if t.provisional {
                    "provisional".into()
                } else {
                    String::new()
                },
            ),
        ];
        for (row, (label, cells, right_cell)) in rows.into_iter().enumerate() {
            let lead = if row == 0 {
                letter.clone()
            } else {
                " ".repeat(3)
            };
            let line = format!("  {lead}{}{cells} {right_cell}", fit(label, 7));
            let _ = writeln!(out, "{}", line.trim_end());
        }
        if let Some(r) = t.reading(Key::ReworkRate) {
            let _ = writeln!(out, "     rework rate {}", r.value_cell());
        }
    }
    delivery_notes(out, d);
}

/// The four key cells of a team's row.
fn cells(t: &TeamRhythm, cell: impl Fn(&KeyReading) -> String) -> String {
    Key::FOUR.iter().fold(String::new(), |mut acc, &k| {
        acc.push(' ');
        acc.push_str(&fit(
            &t.reading(k).map_or("–".to_string(), &cell),
            KEY_COLUMN,
        ));
        acc
    })
}

/// What "≈" means, the gaps between teams, the widest one, and the source of the clusters.
fn delivery_notes(out: &mut String, d: &Delivery) {
    let questions: Vec<String> = provisional_questions(d);
    if !questions.is_empty() {
        bullet(
            out,
            "  ",
            &format!(
                "≈: provisional band {FROM_ANSWERS} (the team's level on {}).",
                questions.join(", ")
            ),
        );
    }
    for g in &d.gaps {
        bullet(out, "  - ", &format!("{}.", g.text));
    }
    if let Some(key) = d.widest_gap
        && let Some(g) = d.gap(key)
    {
        bullet(
            out,
            "  ",
            &format!(
                "The key that splits them most: {} ({} apart).",
                key.name(),
                steps_label(g.steps)
            ),
        );
    }
    bullet(out, "  ", &format!("Clusters: {PROFILES_SOURCE}."));
}

/// The titles of the questions behind the provisional readings, in key order, each once.
pub fn provisional_questions(d: &Delivery) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for key in Key::ALL {
        for t in &d.teams {
            if let Some(r) = t.reading(key)
                && r.origin == Origin::Questionnaire
                && let Some(title) = r.question_title.clone().or_else(|| r.question_id.clone())
                && !out.contains(&title)
            {
                out.push(title);
            }
        }
    }
    out
}

/// `metrics show`: every team's figures with their source and period, bands and nearest
/// clusters, the team's cluster, then the gaps between teams.
pub fn render_metrics(assessment: &str, d: &Delivery) -> String {
    let mut out = format!(
        "Delivery rhythm of \"{assessment}\"\nDORA keys, Quick Check bands, clusters of the 2024 DORA report\n"
    );
    for t in &d.teams {
        let cluster = match (t.cluster, t.distance) {
            (Some(c), Some(x)) => format!(
                "cluster {} ({} from its profile{})",
                c.label(),
                steps_label(x),
                if t.provisional { ", provisional" } else { "" }
            ),
            _ => "no cluster: no figure of the four keys".to_string(),
        };
        let _ = writeln!(out, "\n{}: {cluster}", t.team);
        for key in Key::ALL {
            let Some(r) = t.reading(key) else {
                let _ = writeln!(out, "  {}: not given", key.title());
                continue;
            };
            let detail = match r.origin {
                Origin::Figure => {
                    let mut d = r.source.map_or("unknown", |s| s.as_str()).to_string();
                    if let Some(p) = &r.period {
                        d.push_str(&format!(", {p}"));
                    }
                    d
                }
                Origin::Questionnaire => format!(
                    "{FROM_ANSWERS}: level {} on {}",
                    r.level.unwrap_or_default(),
                    r.question_title.as_deref().unwrap_or("?")
                ),
            };
            let nearest = r
                .nearest_cluster
                .map_or(String::new(), |c| format!("nearest cluster {c}"));
            let value = match r.origin {
                Origin::Figure if r.band.is_none() => r.value.clone(),
                Origin::Figure => format!("{} — {}", r.value, r.band_label()),
                Origin::Questionnaire => format!("≈ {}", r.band_label()),
            };
            bullet(&mut out, "  ", &format!("{}: {value}", key.title()));
            bullet(
                &mut out,
                "      ",
                &[nearest, detail]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · "),
            );
        }
    }
    if !d.gaps.is_empty() {
        out.push('\n');
    }
    delivery_notes(&mut out, d);
    out
}

/// Writes `text` wrapped, the first line after `lead`, the rest aligned under it.
fn bullet(out: &mut String, lead: &str, text: &str) {
    let indent = " ".repeat(lead.chars().count());
    for (i, line) in wrap(text, WIDTH - indent.len()).iter().enumerate() {
        let _ = writeln!(out, "{}{line}", if i == 0 { lead } else { &indent });
    }
}

fn team_section(out: &mut String, t: &TeamChapter) {
    let _ = writeln!(out, "\n== {} ==", t.team);
    if !t.has_scores {
        let _ = writeln!(out, "  No answers yet.");
        return;
    }
    bullet(
        out,
        "  ",
        &format!(
            "{} respondent(s): {}",
            t.respondents.len(),
            t.respondents.join(", ")
        ),
    );
    for list in &t.standings {
        let (title, against) = match list.kind {
            StandingKind::Strengths => ("Strengths", "vs own average"),
            StandingKind::Weaknesses => ("Weaknesses", "vs own average"),
            StandingKind::AheadOfOthers => ("Ahead of the others", "vs others"),
            StandingKind::BehindOthers => ("Behind the others", "vs others"),
        };
        let items: Vec<String> = list
            .items
            .iter()
            .map(|s| {
                format!(
                    "{} {} ({} {against})",
                    s.dimension,
                    score(Some(s.score)),
                    signed(Some(s.delta))
                )
            })
            .collect();
        bullet(out, "  ", &format!("{title}: {}", items.join("; ")));
    }
    if t.below_target.is_empty() {
        let _ = writeln!(out, "  Every dimension meets its target.");
    } else {
        let below: Vec<String> = t
            .below_target
            .iter()
            .map(|g| format!("{} {}", g.dimension, signed(Some(-g.gap))))
            .collect();
        bullet(out, "  ", &format!("Below target: {}", below.join("; ")));
    }
    recommendations(out, "Short-term plan", &t.short_term_plan);
    recommendations(out, "Roadmap", &t.roadmap);
    disagreements(out, &t.disagreements);
}

fn recommendations(out: &mut String, title: &str, list: &[Recommendation]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {title}");
    for r in list {
        bullet(
            out,
            &format!("  {}. ", right(&r.rank.to_string(), 2)),
            &format!(
                "[{}] {}: {} → {}, priority {:.2} ({} × {})",
                r.effort,
                r.question_id,
                r.from_label,
                r.to_label,
                r.priority,
                score(Some(r.gap)),
                r.dimension_weight
            ),
        );
        if let Some(owners) = r.owners.as_ref().filter(|_| r.owners_moved_it()) {
            bullet(
                out,
                "      ",
                &format!(
                    "Starts from the owners' level ({}; team median {}).",
                    owners.text(),
                    score(Some(r.median))
                ),
            );
        }
        bullet(out, "      ", &r.text);
    }
}

/// The team's role splits: roles of the team whose medians are far apart on a question.
fn role_splits(out: &mut String, c: &Comparison, team: usize) {
    let Some(t) = c.teams.get(team).filter(|t| !t.role_splits.is_empty()) else {
        return;
    };
    let _ = writeln!(
        out,
        "  Role splits (roles {} or more levels apart: ask each role what it sees)",
        c.options.role_split_levels
    );
    for s in &t.role_splits {
        let text = c.question(&s.question_id).map_or("", |q| q.text.as_str());
        bullet(out, "  - ", &format!("{}: {text}", s.question_id));
        bullet(out, "      ", &s.roles_text());
    }
}

fn disagreements(out: &mut String, list: &[DisagreementItem]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  To discuss (respondents disagree or do not know)");
    for d in list {
        let what = match (d.lowest, d.highest) {
            (Some(lo), Some(hi)) if lo != hi => format!("levels {lo} to {hi}"),
            (Some(lo), _) => format!("level {lo}"),
            _ => "no level".to_string(),
        };
        let unknown = if d.unknown > 0 {
            format!(", {} of {} unknown", d.unknown, d.answered)
        } else {
            String::new()
        };
        bullet(
            out,
            "  - ",
            &format!("{} ({what}{unknown}): {}", d.question_id, d.question),
        );
        let answers: Vec<String> = d
            .answers
            .iter()
            .map(|a| {
                let given = a.answer.map_or("–".to_string(), |x| x.to_string());
                if a.comment.is_empty() {
                    format!("{} {given}", a.respondent)
                } else {
                    format!("{} {given} «{}»", a.respondent, a.comment)
                }
            })
            .collect();
        bullet(out, "      ", &answers.join("; "));
    }
}

/// A follow-up round: per team and dimension the score then and now and the change, the
/// questions that moved by a level or more, the done actions and the plan's completion.
fn progress(out: &mut String, c: &Comparison) {
    let Some(p) = &c.progress else {
        return;
    };
    let _ = writeln!(
        out,
        "\nProgress since \"{}\" (round {} of the chain from \"{}\")",
        p.previous,
        p.rounds.len(),
        p.first
    );
    for t in &p.teams {
        let _ = writeln!(
            out,
            "  {}: overall {} → {} ({})",
            t.team,
            score(t.overall.then),
            score(t.overall.now),
            signed(t.overall.change)
        );
        for d in &t.dimensions {
            let _ = writeln!(
                out,
                "    {:<30} {:>4} → {:>4}  {:>5}",
                fit(&d.dimension, 30),
                score(d.change.then),
                score(d.change.now),
                signed(d.change.change)
            );
        }
        for m in &t.moved {
            let _ = writeln!(
                out,
                "    moved: {} {} → {} ({})",
                m.title,
                score(Some(m.then)),
                score(Some(m.now)),
                signed(Some(m.change))
            );
        }
    }
    for d in &p.done {
        let reach: Vec<String> = d
            .teams
            .iter()
            .map(|r| {
                let verdict = match r.reached {
                    Some(true) => "reached",
                    Some(false) => "not reached",
                    None => "no level aimed at",
                };
                format!("{} {verdict}", r.team)
            })
            .collect();
        let _ = writeln!(out, "  done {}: {} — {}", d.id, d.title, reach.join(", "));
    }
    let _ = writeln!(
        out,
        "  Plan: {}",
        crate::report::labels::PLAN_EN.completion_line(&p.plan)
    );
}
