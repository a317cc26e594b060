//! Markdown: the comparison (`compare --format markdown`) and the full report
//! (`markdown/report.rs`, the PDF's model and order), as pages that render well on a code forge
//! or a wiki. Tables use full team names (Markdown tables may be wide: the forge scrolls them).

use crate::domain::compare::{Comparison, Recommendation, RespondentAnswer};
use crate::domain::metrics::{Delivery, Key, KeyReading, Origin};
use crate::domain::text::printable_lines;
use crate::report::chapter::{StandingKind, TeamChapter, team_chapters};
use crate::report::format::difference;
use crate::report::{Labels, labels};
use std::fmt::Write;

mod perception;
mod portfolio;
mod report;

pub use report::render_report;

/// Escapes what would break a table cell or start unwanted formatting.
pub fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

/// `compare --format markdown`: a page titled after the assessment.
pub fn render_comparison(c: &Comparison) -> String {
    render_comparison_in(c, crate::report::Lang::from_tag(&c.questionnaire.language))
}

/// `render_comparison` with the perception section in `lang` (`--lang`, else the
/// questionnaire's language).
pub fn render_comparison_in(c: &Comparison, lang: crate::report::Lang) -> String {
    let l = lang.labels();
    let mut out = format!("# {}\n\n", l.md_cmp_title(&cell(&c.assessment)));
    // A French questionnaire gives a French page, numbers and typography included.
    comparison_body(&mut out, c, &team_chapters(c), l);
    perception::comparison_section(&mut out, c, l);
    if let Some(pr) = &c.progress {
        out.push('\n');
        report::progress_section(&mut out, pr, l, labels::PlanLabels::of(lang));
    }
    delivery(&mut out, &c.delivery, l);
    roles_sections(&mut out, c, l);
    // Names and comments come from files: see `domain::text`.
    printable_lines(&out).into_owned()
}

/// `compare --format markdown` only: the steps that start from the owners' level rather than
/// the team's median, and the role splits of every team.
fn roles_sections(out: &mut String, c: &Comparison, l: &Labels) {
    let moved: Vec<(&str, &Recommendation)> = c
        .teams
        .iter()
        .flat_map(|t| {
            t.short_term_plan
                .iter()
                .chain(&t.roadmap)
                .filter(|r| r.owners_moved_it())
                .map(move |r| (t.name.as_str(), r))
        })
        .collect();
    if !moved.is_empty() {
        let _ = writeln!(out, "{}", l.md_owners_section());
        for (team, r) in moved {
            let owners = r
                .owners
                .as_ref()
                .map(|o| l.owners_text(o))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} → {} |",
                cell(team),
                r.rank,
                cell(&r.title),
                cell(&owners),
                l.score(Some(r.median)),
                cell(&r.from_label),
                cell(&r.to_label)
            );
        }
    }
    if c.teams.iter().all(|t| t.role_splits.is_empty()) {
        return;
    }
    let _ = writeln!(
        out,
        "{}",
        l.md_role_splits_section(c.options.role_split_levels)
    );
    for t in &c.teams {
        for s in &t.role_splits {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&t.name),
                cell(c.question_title(&s.question_id)),
                l.score(Some(s.distance)),
                cell(&l.role_split_text(s))
            );
        }
    }
}

/// `## Delivery rhythm`: one row per team, each key's value with its band and the cluster
/// nearest on that key, the team's cluster; then the gaps between teams. (The report's own
/// delivery page is built by the report, not here.)
fn delivery(out: &mut String, d: &Delivery, l: &Labels) {
    let _ = writeln!(out, "\n## {}\n", l.rhythm_heading());
    if !d.has_readings() {
        let _ = writeln!(out, "{}", l.md_no_figures());
        return;
    }
    let _ = writeln!(out, "{}\n", l.md_rhythm_intro());
    let heads: Vec<&str> = Key::FOUR.iter().map(|&k| l.key_title(k)).collect();
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|{}---|",
        l.team,
        heads.join(" | "),
        l.cmp_rhythm_heads().1,
        "---|".repeat(heads.len())
    );
    let provisional = l.cmp_rhythm_rows().1;
    for t in &d.teams {
        let cells: Vec<String> = Key::FOUR
            .iter()
            .map(|&k| t.reading(k).map_or("–".to_string(), |r| reading_cell(r, l)))
            .collect();
        let cluster = match (t.cluster, t.distance) {
            (Some(c), Some(x)) => format!(
                "**{}** ({}{})",
                l.cluster_label(c),
                l.steps(x),
                if t.provisional {
                    format!(", {provisional}")
                } else {
                    String::new()
                }
            ),
            _ => "–".to_string(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {cluster} |",
            cell(&t.team),
            cells.join(" | ")
        );
    }
    let rework: Vec<String> = d
        .teams
        .iter()
        .filter_map(|t| {
            let r = t.reading(Key::ReworkRate)?;
            Some(format!("{} {}", cell(&t.team), cell(&l.value_cell(r))))
        })
        .collect();
    if !rework.is_empty() {
        let _ = writeln!(
            out,
            "\n{}{}.",
            l.colon(l.md_rework()),
            rework.join(l.semicolon())
        );
    }
    let questions = crate::report::text::provisional_questions(d);
    if !questions.is_empty() {
        let list = questions
            .iter()
            .map(|q| cell(q))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(out, "\n{}", l.cmp_provisional_note(&list));
    }
    if !d.gaps.is_empty() {
        out.push('\n');
        for g in &d.gaps {
            let _ = writeln!(out, "- {}.", cell(&l.key_gap(g)));
        }
    }
    if let Some(key) = d.widest_gap
        && let Some(g) = d.gap(key)
    {
        let _ = writeln!(out, "\n{}", l.md_widest_key(key, g.steps));
    }
    let _ = writeln!(out, "\n{}", l.cmp_clusters_source());
}

/// "1/month · 1–6 months · *low*": the value as recorded, its band, the nearest cluster.
fn reading_cell(r: &KeyReading, l: &Labels) -> String {
    let mut parts = Vec::new();
    if r.origin == Origin::Figure {
        parts.push(cell(&l.value_cell(r)));
    }
    let band = cell(&l.band_cell(r));
    if parts.first() != Some(&band) {
        parts.push(band);
    }
    if let Some(c) = r.nearest_cluster {
        parts.push(format!("*{}*", l.cluster_short(c)));
    }
    parts.join(" · ")
}

/// Everything the comparison found, as `##` sections: scale, teams, dimension scores,
/// two-speed questions, learn-from-each-other, then one section per team.
pub fn comparison_body(out: &mut String, c: &Comparison, chapters: &[TeamChapter], l: &Labels) {
    let q = &c.questionnaire;
    let scale: Vec<String> = q
        .levels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {}", i + 1, cell(l)))
        .collect();
    let _ = writeln!(
        out,
        "{}\n",
        l.md_questionnaire_line(
            &cell(&q.title),
            &format!("{} {}", cell(&q.id), cell(&q.version)),
            &scale.join(" · ")
        )
    );
    let _ = writeln!(out, "{}\n", l.md_scores_note);
    let _ = writeln!(out, "## {}\n", l.teams);
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | % | {} | {} |\n|---|--:|--:|--:|--:|--:|--:|",
        l.team, l.respondents, l.md_answered, l.score, l.target, l.gap
    );
    for t in &c.teams {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&t.name),
            t.respondents.len(),
            l.pct(t.coverage),
            l.score(t.overall),
            t.overall_percent.map_or("–".into(), |p| l.percent(p)),
            l.score(Some(t.target)),
            l.score(difference(Some(t.target), t.overall))
        );
    }
    if !c.has_answers() {
        let _ = writeln!(out, "\n{}", l.md_no_answers_compare);
        return;
    }
    dimensions(out, c, l);
    two_speed(out, c, l);
    if !c.learn_from_each_other.is_empty() {
        let intro = if l.lang == labels::Lang::En {
            // The wording `compare --format markdown` has always had.
            format!(
                "Where a team is {} or more levels ahead on a question, the other could pair with it or borrow its practice.",
                c.options.pairing_levels
            )
        } else {
            l.pairing_intro(c.options.pairing_levels)
        };
        let _ = writeln!(out, "\n## {}\n\n{intro}", l.learn_from_each_other);
        for group in c.pairings_by_team_pair() {
            let (learner, leader) = (cell(&group[0].learner), cell(&group[0].leader));
            let _ = writeln!(
                out,
                "\n### {}\n\n| {} | {learner} | {leader} | {} |\n|---|--:|--:|---|",
                l.can_learn_from(&learner, &leader),
                l.question,
                l.what_leader_does(&leader)
            );
            for p in group {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    cell(c.question_title(&p.question_id)),
                    l.score(Some(p.learner_median)),
                    l.score(Some(p.leader_median)),
                    cell(&p.leader_practice)
                );
            }
        }
    }
    for chapter in chapters {
        team(out, chapter, l);
    }
}

fn dimensions(out: &mut String, c: &Comparison, l: &Labels) {
    let n = c.teams.len();
    let names: Vec<String> = c.teams.iter().map(|t| cell(&t.name)).collect();
    let extra_head = match n {
        1 => String::new(),
        2 => " Δ |".to_string(),
        _ => format!(" {} |", l.range),
    };
    let _ = writeln!(
        out,
        "\n## {}\n\n| {} | {} | {} |{extra_head}",
        l.scores_per_dimension,
        l.dimension,
        l.target,
        names.join(" | ")
    );
    let _ = writeln!(
        out,
        "|---|--:|{}{}",
        "--:|".repeat(n),
        if n > 1 { "--:|" } else { "" }
    );
    for d in &c.dimensions {
        let scores: Vec<String> = d.teams.iter().map(|t| l.score(t.score)).collect();
        let extra = match n {
            1 => String::new(),
            2 => format!(
                " {} |",
                l.gap_signed(difference(d.teams[0].score, d.teams[1].score))
            ),
            _ => format!(" {} |", l.score(d.range)),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |{extra}",
            cell(&d.name),
            l.score(Some(d.target)),
            scores.join(" | ")
        );
    }
    if n == 2 {
        let _ = writeln!(out, "\nΔ = {} − {}.", names[0], names[1]);
    }
}

fn two_speed(out: &mut String, c: &Comparison, l: &Labels) {
    if c.two_speed.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n\n| {} | {} | {} |\n|---|---|---|",
        l.two_speed,
        l.md_two_speed_intro(c.options.two_speed_levels),
        l.question,
        l.ahead,
        l.behind
    );
    for f in &c.two_speed {
        let side = |list: &[crate::domain::compare::TeamLevel]| {
            list.iter()
                .map(|t| format!("{} ({})", cell(&t.team), l.score(Some(t.median))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell(c.question_title(&f.question_id)),
            side(&f.ahead),
            side(&f.behind)
        );
    }
}

fn team(out: &mut String, t: &TeamChapter, l: &Labels) {
    let _ = writeln!(out, "\n## {}\n", cell(&t.team));
    if !t.has_scores {
        let _ = writeln!(out, "{}", l.md_team_no_answers);
        return;
    }
    let people: Vec<String> = t.respondents.iter().map(|r| cell(r)).collect();
    let _ = writeln!(out, "{}{}.\n", l.colon(l.respondents), people.join(", "));
    for list in &t.standings {
        let title = match list.kind {
            StandingKind::Strengths => l.md_strengths,
            StandingKind::Weaknesses => l.md_weaknesses,
            StandingKind::AheadOfOthers => l.md_ahead,
            StandingKind::BehindOthers => l.md_behind,
        };
        let items: Vec<String> = list
            .items
            .iter()
            .map(|s| {
                format!(
                    "{} {} ({})",
                    cell(&s.dimension),
                    l.score(Some(s.score)),
                    l.gap_signed(Some(s.delta))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "- {}{}",
            bold_title(l, title),
            items.join(l.semicolon())
        );
    }
    if !t.below_target.is_empty() {
        let below: Vec<String> = t
            .below_target
            .iter()
            .map(|g| format!("{} {}", cell(&g.dimension), l.gap_signed(Some(-g.gap))))
            .collect();
        let _ = writeln!(
            out,
            "- {}{}",
            bold_title(l, l.md_below_target),
            below.join(l.semicolon())
        );
    }
    recommendations(out, l.short_term_plan, &t.short_term_plan, l);
    recommendations(out, l.roadmap, &t.roadmap, l);
    if !t.disagreements.is_empty() {
        let _ = writeln!(
            out,
            "\n### {}\n\n| {} | {} | {} | {} |\n|---|---|--:|---|",
            l.md_to_discuss, l.question, l.levels, l.unknown, l.md_answers
        );
        for d in &t.disagreements {
            let answers: Vec<String> = d.answers.iter().map(|a| answer_cell(a, l)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&d.title),
                d.range(),
                l.of(d.unknown, d.answered),
                answers.join(l.semicolon())
            );
        }
    }
}

/// "**Title:** " as a list item's lead-in; French puts a space before the colon.
fn bold_title(l: &Labels, title: &str) -> String {
    let lead = l.colon(title);
    format!("**{}** ", lead.trim_end())
}

fn recommendations(out: &mut String, title: &str, list: &[Recommendation], l: &Labels) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n### {title}\n\n| # | {} | {} | {} | {} | {} |\n|--:|---|---|---|--:|---|",
        l.effort, l.question, l.step, l.priority, l.md_recommendation
    );
    for r in list {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} → {} | {} | {} |",
            r.rank,
            l.effort_value(r.effort),
            cell(&r.title),
            cell(&r.from_label),
            cell(&r.to_label),
            l.priority_value(r.priority),
            cell(&r.text)
        );
    }
}

/// One respondent's answer in a table cell: "Name: 3 «comment»" / « Nom : 3 « commentaire » ».
fn answer_cell(a: &RespondentAnswer, l: &Labels) -> String {
    if l.fr() {
        return cell(&l.answer_by(a));
    }
    let given = a.answer.map_or("–".to_string(), |x| x.to_string());
    if a.comment.is_empty() {
        format!("{}: {given}", cell(&a.respondent))
    } else {
        format!("{}: {given} «{}»", cell(&a.respondent), cell(&a.comment))
    }
}
