//! `compare --format text`: the comparison for a terminal or a plain e-mail. Tables fit 80
//! columns: beyond 4 teams, score columns come in blocks of 4. Teams are named by a
//! letter in tables (legend at the top) because site names are long.

use crate::domain::compare::{Comparison, Recommendation};
use crate::domain::metrics::derive::FROM_ANSWERS;
use crate::domain::metrics::{Delivery, Key, KeyReading, Origin, TeamRhythm, steps_label};
use crate::domain::text::printable_lines;
use crate::domain::titles::TITLE_CHARS;
use crate::report::chapter::{DisagreementItem, TeamChapter, team_chapters};
use crate::report::format::{difference, fit, right, scale_line, wrap};
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
    header(&mut out, c, l);
    teams_table(&mut out, c, l);
    delivery(&mut out, c, l);
    if !c.has_answers() {
        let _ = writeln!(out, "\n{}", l.cmp_no_answers());
        perception(&mut out, c, l);
        return out;
    }
    dimensions_table(&mut out, c, l);
    progress(&mut out, c, l);
    if c.teams.len() == 2 {
        question_differences(&mut out, c, l);
    }
    two_speed(&mut out, c, l);
    pairings(&mut out, c, l);
    perception(&mut out, c, l);
    for chapter in team_chapters(c) {
        team_section(&mut out, &chapter, l);
        role_splits(&mut out, c, chapter.index, l);
    }
    out
}

fn header(out: &mut String, c: &Comparison, l: &Labels) {
    let q = &c.questionnaire;
    let _ = writeln!(out, "{}", l.cmp_title(&c.assessment, &q.title));
    let _ = writeln!(out, "{}{}", l.colon(l.levels), scale_line(&q.levels));
    if let Some(short) = c.short_form {
        let _ = writeln!(out, "{}", l.cmp_short_form(short.asked, short.of));
    }
    let _ = writeln!(out, "{}", l.cmp_scores_note());
    let _ = writeln!(out, "{}", l.cmp_priority_note());
}

/// A column as wide as its header or `min`, whichever is wider (French headers are longer).
fn width(head: &str, min: usize) -> usize {
    head.chars().count().max(min)
}

fn teams_table(out: &mut String, c: &Comparison, l: &Labels) {
    let n = c.teams.len();
    let heads = [
        (l.cmp_resp_short(), 5),
        (l.md_answered, 8),
        (l.score, 5),
        ("%", 4),
        (l.target, 6),
        (l.gap, 4),
    ];
    let widths: Vec<usize> = heads.iter().map(|&(h, w)| width(h, w)).collect();
    let head: String = heads
        .iter()
        .zip(&widths)
        .flat_map(|(&(h, _), &w)| ["  ".to_string(), right(h, w)])
        .collect();
    let _ = writeln!(out, "\n{}{head}", fit(l.teams, LABEL + 4));
    for (i, t) in c.teams.iter().enumerate() {
        let cells = [
            t.respondents.len().to_string(),
            l.pct(t.coverage),
            l.score(t.overall),
            t.overall_percent.map_or("–".into(), |p| l.percent(p)),
            l.score(Some(t.target)),
            // Target and score as shown, so the gap column adds up.
            l.score(difference(Some(t.target), t.overall)),
        ];
        let row: String = cells
            .iter()
            .zip(&widths)
            .flat_map(|(text, &w)| ["  ".to_string(), right(text, w)])
            .collect();
        let _ = writeln!(
            out,
            "  {} {}{row}",
            fit(&team_letter(i, n), 3),
            fit(&t.name, LABEL - 2),
        );
    }
}

fn dimensions_table(out: &mut String, c: &Comparison, l: &Labels) {
    let n = c.teams.len();
    let indices: Vec<usize> = (0..n).collect();
    let target_w = width(l.target, 6);
    let range_w = width(l.range, 6);
    for block in indices.chunks(TEAMS_PER_BLOCK) {
        let last = block.last() == Some(&(n - 1));
        let extra = match n {
            2 => format!("  {}", right("Δ A−B", 6)),
            1 => String::new(),
            _ if last => format!("  {}", right(l.range, range_w)),
            _ => String::new(),
        };
        let heads: String = block
            .iter()
            .flat_map(|&i| ["  ".to_string(), right(&team_letter(i, n), 5)])
            .collect();
        let _ = writeln!(
            out,
            "\n{}  {}{heads}{extra}",
            fit(l.cmp_dimension_scores(), LABEL + 2),
            right(l.target, target_w)
        );
        for d in &c.dimensions {
            let cells: String = block
                .iter()
                .flat_map(|&i| ["  ".to_string(), right(&l.score(d.teams[i].score), 5)])
                .collect();
            let extra = match n {
                2 => format!(
                    "  {}",
                    right(
                        &l.gap_signed(difference(d.teams[0].score, d.teams[1].score)),
                        6
                    )
                ),
                1 => String::new(),
                _ if last => format!("  {}", right(&l.score(d.range), range_w)),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {}  {}{cells}{extra}",
                fit(&d.name, LABEL),
                right(&l.score(Some(d.target)), target_w)
            );
        }
    }
}

fn question_differences(out: &mut String, c: &Comparison, l: &Labels) {
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
    let _ = writeln!(out, "\n{}", l.cmp_largest_differences());
    // Titles are at most `TITLE_CHARS` long, so the column fits 80 columns uncut.
    let title_w = top
        .iter()
        .map(|d| c.question_title(&d.question_id).chars().count())
        .max()
        .unwrap_or(0)
        .min(TITLE_CHARS);
    for d in top {
        let line = format!(
            "  {}  {} {} {}",
            fit(c.question_title(&d.question_id), title_w),
            right(&l.score(Some(d.a)), 3),
            right(&l.score(Some(d.b)), 3),
            right(&l.gap_signed(difference(Some(d.a), Some(d.b))), 5),
        );
        let _ = writeln!(out, "{line}");
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

fn two_speed(out: &mut String, c: &Comparison, l: &Labels) {
    if c.two_speed.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", l.cmp_two_speed(c.options.two_speed_levels));
    let n = c.teams.len();
    let letter = |name: &str| {
        c.team_index(name)
            .map_or_else(|| name.to_string(), |i| team_letter(i, n))
    };
    // "ahead: " and "behind: " right-aligned on their colons.
    let sides = [l.cmp_side(true), l.cmp_side(false)];
    let side_w = sides.iter().map(|s| s.chars().count()).max().unwrap_or(0) + 5;
    let leads = sides.map(|s| right(&l.colon(s), side_w + 2));
    for f in &c.two_speed {
        let side = |levels: &[crate::domain::compare::TeamLevel]| {
            levels
                .iter()
                .map(|t| format!("{} {}", letter(&t.team), l.score(Some(t.median))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        bullet(out, "  ", c.question_title(&f.question_id));
        bullet(out, &leads[0], &side(&f.ahead));
        bullet(out, &leads[1], &side(&f.behind));
    }
}

fn pairings(out: &mut String, c: &Comparison, l: &Labels) {
    if c.learn_from_each_other.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", l.cmp_pairings(c.options.pairing_levels));
    let n = c.teams.len();
    let letter = |name: &str| {
        c.team_index(name)
            .map_or_else(|| name.to_string(), |i| team_letter(i, n))
    };
    for group in c.pairings_by_team_pair() {
        let first = group[0];
        let _ = writeln!(
            out,
            "  {}",
            l.cmp_can_learn(&first.learner, &first.leader, group.len())
        );
        for p in group {
            let head = format!(
                "{} ({} {} → {} {})",
                c.question_title(&p.question_id),
                letter(&p.learner),
                l.score(Some(p.learner_median)),
                letter(&p.leader),
                l.score(Some(p.leader_median)),
            );
            bullet(
                out,
                "  - ",
                &format!("{}{}", l.colon(&head), p.leader_practice),
            );
        }
    }
}

/// Width of a key's column in the delivery table: the longest short band label fits.
const KEY_COLUMN: usize = 12;

/// The delivery rhythm: per team three rows (the value, its band, the cluster nearest on that
/// key alone) under the four keys, the team's cluster on the right; then the gaps between
/// teams and the key that splits them most.
fn delivery(out: &mut String, c: &Comparison, l: &Labels) {
    let d = &c.delivery;
    if !d.has_readings() {
        let _ = writeln!(out, "\n{}", l.cmp_no_figures());
        return;
    }
    let _ = writeln!(out, "\n{}", l.cmp_rhythm_heading());
    let (keys, cluster_head) = l.cmp_rhythm_heads();
    let heads: String = keys.iter().fold(String::new(), |mut acc, h| {
        acc.push(' ');
        acc.push_str(&fit(h, KEY_COLUMN));
        acc
    });
    let _ = writeln!(out, "{}{heads} {cluster_head}", " ".repeat(12));
    let (row_labels, provisional) = l.cmp_rhythm_rows();
    let n = d.teams.len();
    for (i, t) in d.teams.iter().enumerate() {
        let letter = fit(&team_letter(i, n), 3);
        let cluster = t
            .cluster
            .map_or("–".to_string(), |c| l.cluster_label(c).to_string());
        let distance = t.distance.map_or(String::new(), |x| l.steps(x));
        let rows = [
            (row_labels[0], cells(t, |r| l.value_cell(r)), cluster),
            (row_labels[1], cells(t, |r| l.band_cell(r)), distance),
            (
                row_labels[2],
                cells(t, |r| {
                    r.nearest_cluster
                        .map_or("–", |c| l.cluster_short(c))
                        .to_string()
                }),
                if t.provisional {
                    provisional.into()
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
            let _ = writeln!(out, "     {} {}", l.cmp_rework(), l.value_cell(r));
        }
    }
    delivery_notes(out, d, l);
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
fn delivery_notes(out: &mut String, d: &Delivery, l: &Labels) {
    let questions: Vec<String> = provisional_questions(d);
    if !questions.is_empty() {
        bullet(out, "  ", &l.cmp_provisional_note(&questions.join(", ")));
    }
    for g in &d.gaps {
        bullet(out, "  - ", &format!("{}.", l.key_gap(g)));
    }
    if let Some(key) = d.widest_gap
        && let Some(g) = d.gap(key)
    {
        bullet(out, "  ", &l.cmp_widest_key(key, g.steps));
    }
    bullet(out, "  ", &l.cmp_clusters_source());
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
/// clusters, the team's cluster, then the gaps between teams, in the language of `l` (French
/// numbers, words and spacing for a French assessment).
pub fn render_metrics(assessment: &str, d: &Delivery, l: &Labels) -> String {
    use crate::domain::metrics::derive::FROM_ANSWERS_FR;
    const S: char = '\u{202f}';
    let fr = l.fr();
    let mut out = if fr {
        format!(
            "Rythme de livraison de «{S}{assessment}{S}»\nIndicateurs DORA, tranches du DORA Quick Check, groupes du rapport DORA 2024\n"
        )
    } else {
        format!(
            "Delivery rhythm of \"{assessment}\"\nDORA keys, Quick Check bands, clusters of the 2024 DORA report\n"
        )
    };
    let colon = if fr {
        format!("{S}: ")
    } else {
        ": ".to_string()
    };
    // A rate's percentage as this language writes it ("12.5%" / « 12,5 % »).
    let percent = |text: String| {
        if fr {
            l.decimal(text).replace('%', "\u{202f}%")
        } else {
            text
        }
    };
    for t in &d.teams {
        let cluster = match (t.cluster, t.distance, fr) {
            (Some(c), Some(x), false) => format!(
                "cluster {} ({} from its profile{})",
                c.label(),
                steps_label(x),
                if t.provisional { ", provisional" } else { "" }
            ),
            (Some(c), Some(x), true) => format!(
                "groupe {} (à {} de son profil{})",
                c.label_fr(),
                l.steps(x),
                if t.provisional { ", provisoire" } else { "" }
            ),
            (_, _, false) => "no cluster: no figure of the four keys".to_string(),
            (_, _, true) => {
                format!("aucun groupe{S}: aucun des quatre indicateurs n’est renseigné")
            }
        };
        let _ = writeln!(out, "\n{}{colon}{cluster}", t.team);
        for key in Key::ALL {
            let title = l.key_title(key);
            let Some(r) = t.reading(key) else {
                let _ = writeln!(out, "  {title}{colon}{}", l.no_figure());
                continue;
            };
            let detail = match r.origin {
                Origin::Figure => {
                    let source = r.source.unwrap_or_default();
                    let mut d = if fr {
                        match source {
                            crate::domain::metrics::Source::Measured => "mesurée",
                            crate::domain::metrics::Source::Estimated => "estimée",
                            crate::domain::metrics::Source::Unknown => "source inconnue",
                        }
                    } else {
                        r.source.map_or("unknown", |s| s.as_str())
                    }
                    .to_string();
                    if let Some(p) = &r.period {
                        d.push_str(&format!(", {p}"));
                    }
                    d
                }
                Origin::Questionnaire if fr => format!(
                    "{FROM_ANSWERS_FR}{S}: niveau {} sur {}",
                    r.level.unwrap_or_default(),
                    r.question_title.as_deref().unwrap_or("?")
                ),
                Origin::Questionnaire => format!(
                    "{FROM_ANSWERS}: level {} on {}",
                    r.level.unwrap_or_default(),
                    r.question_title.as_deref().unwrap_or("?")
                ),
            };
            let nearest = match (r.nearest_cluster, fr) {
                (None, _) => String::new(),
                (Some(c), false) => format!("nearest cluster {c}"),
                (Some(c), true) => format!("groupe le plus proche{S}: {}", c.label_fr()),
            };
            let band_label = match (r.parsed.band(), fr) {
                (Some(b), true) => b.label_fr(key.kind()).to_string(),
                _ => percent(r.band_label()),
            };
            let shown = if fr {
                r.parsed.shown(true)
            } else {
                r.value.clone()
            };
            let value = match r.origin {
                Origin::Figure if r.band.is_none() => shown,
                Origin::Figure => format!("{shown} — {band_label}"),
                Origin::Questionnaire if fr => format!("≈\u{a0}{band_label}"),
                Origin::Questionnaire => format!("≈ {band_label}"),
            };
            bullet(&mut out, "  ", &format!("{title}{colon}{value}"));
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
    delivery_notes(&mut out, d, l);
    out
}

/// Writes `text` wrapped, the first line after `lead`, the rest aligned under it.
fn bullet(out: &mut String, lead: &str, text: &str) {
    let indent = " ".repeat(lead.chars().count());
    for (i, line) in wrap(text, WIDTH - indent.len()).iter().enumerate() {
        let _ = writeln!(out, "{}{line}", if i == 0 { lead } else { &indent });
    }
}

fn team_section(out: &mut String, t: &TeamChapter, l: &Labels) {
    let _ = writeln!(out, "\n== {} ==", t.team);
    if !t.has_scores {
        let _ = writeln!(out, "  {}", l.md_team_no_answers);
        return;
    }
    bullet(out, "  ", &l.cmp_respondents(&t.respondents));
    for list in &t.standings {
        let (title, against) = l.cmp_standing(list.kind);
        let items: Vec<String> = list
            .items
            .iter()
            .map(|s| {
                format!(
                    "{} {} ({} {against})",
                    s.dimension,
                    l.score(Some(s.score)),
                    l.gap_signed(Some(s.delta))
                )
            })
            .collect();
        bullet(
            out,
            "  ",
            &format!("{}{}", l.colon(title), items.join(l.semicolon())),
        );
    }
    if t.below_target.is_empty() {
        let _ = writeln!(out, "  {}", l.cmp_all_targets_met());
    } else {
        let below: Vec<String> = t
            .below_target
            .iter()
            .map(|g| format!("{} {}", g.dimension, l.gap_signed(Some(-g.gap))))
            .collect();
        bullet(
            out,
            "  ",
            &format!(
                "{}{}",
                l.colon(l.md_below_target),
                below.join(l.semicolon())
            ),
        );
    }
    recommendations(out, l.short_term_plan, &t.short_term_plan, l);
    recommendations(out, l.roadmap, &t.roadmap, l);
    disagreements(out, &t.disagreements, l);
}

fn recommendations(out: &mut String, title: &str, list: &[Recommendation], l: &Labels) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {title}");
    for r in list {
        bullet(
            out,
            &format!("  {}. ", right(&r.rank.to_string(), 2)),
            &l.cmp_step(r),
        );
        if let Some(owners) = r.owners.as_ref().filter(|_| r.owners_moved_it()) {
            bullet(
                out,
                "      ",
                &l.cmp_owners_start(&l.owners_text(owners), r.median),
            );
        }
        bullet(out, "      ", &r.text);
    }
}

/// The team's role splits: roles of the team whose medians are far apart on a question.
fn role_splits(out: &mut String, c: &Comparison, team: usize, l: &Labels) {
    let Some(t) = c.teams.get(team).filter(|t| !t.role_splits.is_empty()) else {
        return;
    };
    let _ = writeln!(out, "  {}", l.cmp_role_splits(c.options.role_split_levels));
    for s in &t.role_splits {
        bullet(out, "  - ", c.question_title(&s.question_id));
        bullet(out, "      ", &l.role_split_text(s));
    }
}

fn disagreements(out: &mut String, list: &[DisagreementItem], l: &Labels) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {}", l.cmp_to_discuss());
    for d in list {
        let what = l.cmp_levels_span(d.lowest, d.highest);
        let unknown = if d.unknown > 0 {
            l.cmp_unknown(d.unknown, d.answered)
        } else {
            String::new()
        };
        bullet(out, "  - ", &format!("{} ({what}{unknown})", d.title));
        let answers: Vec<String> = d
            .answers
            .iter()
            .map(|a| {
                let given = if l.fr() {
                    l.answer(a.answer)
                } else {
                    a.answer.map_or("–".to_string(), |x| x.to_string())
                };
                if a.comment.is_empty() {
                    format!("{} {given}", a.respondent)
                } else {
                    format!("{} {given} {}", a.respondent, l.cmp_comment(&a.comment))
                }
            })
            .collect();
        bullet(out, "      ", &answers.join(l.semicolon()));
    }
}

/// A follow-up round: per team and dimension the score then and now and the change, the
/// questions that moved by a level or more, the done actions and the plan's completion.
fn progress(out: &mut String, c: &Comparison, l: &Labels) {
    let Some(p) = &c.progress else {
        return;
    };
    let [overall, moved, done, plan] = l.cmp_progress_words();
    let _ = writeln!(
        out,
        "\n{}",
        l.cmp_progress(&p.previous, p.rounds.len(), &p.first)
    );
    for t in &p.teams {
        let _ = writeln!(
            out,
            "  {}{overall} {} → {} ({})",
            l.colon(&t.team),
            l.score(t.overall.then),
            l.score(t.overall.now),
            l.gap_signed(t.overall.change)
        );
        for d in &t.dimensions {
            let _ = writeln!(
                out,
                "    {:<30} {:>4} → {:>4}  {:>5}",
                fit(&d.dimension, 30),
                l.score(d.change.then),
                l.score(d.change.now),
                l.gap_signed(d.change.change)
            );
        }
        for m in &t.moved {
            let _ = writeln!(
                out,
                "    {}{} {} → {} ({})",
                l.colon(moved),
                m.title,
                l.score(Some(m.then)),
                l.score(Some(m.now)),
                l.gap_signed(Some(m.change))
            );
        }
    }
    for d in &p.done {
        let reach: Vec<String> = d
            .teams
            .iter()
            .map(|r| format!("{} {}", r.team, l.cmp_reached(r.reached)))
            .collect();
        let _ = writeln!(
            out,
            "  {}{} — {}",
            l.colon(&format!("{done} {}", d.id)),
            d.title,
            reach.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "  {}{}",
        l.colon(plan),
        crate::report::labels::PlanLabels::of(l.lang).completion_line(&p.plan)
    );
}
