//! Markdown: the comparison (`compare --format markdown`) and the full report, as pages that
//! render well on a code forge or a wiki. Tables use full team names (Markdown tables may be
//! wide: the forge scrolls them).

use crate::commands::table::{difference, pct, score, signed};
use crate::domain::compare::{Comparison, Recommendation, Standing, TeamResult};
use crate::report::Report;
use std::fmt::Write;

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
    let mut out = format!("# Comparison of {}\n\n", cell(&c.assessment));
    comparison_body(&mut out, c);
    out
}

/// Everything the comparison found, as `##` sections: scale, teams, dimension scores,
/// two-speed questions, learn-from-each-other, then one section per team.
pub fn comparison_body(out: &mut String, c: &Comparison) {
    let q = &c.questionnaire;
    let scale: Vec<String> = q
        .levels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {}", i + 1, cell(l)))
        .collect();
    let _ = writeln!(
        out,
        "Questionnaire: {} ({} {}). Levels: {}.\n",
        cell(&q.title),
        cell(&q.id),
        cell(&q.version),
        scale.join(" · ")
    );
    let _ = writeln!(
        out,
        "Scores are medians of the respondents' levels; gap = target − score; + means ahead.\n"
    );
    let _ = writeln!(out, "## Teams\n");
    let _ = writeln!(
        out,
        "| Team | Respondents | Answered | Score | % | Target | Gap |\n|---|--:|--:|--:|--:|--:|--:|"
    );
    for t in &c.teams {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&t.name),
            t.respondents.len(),
            pct(t.coverage),
            score(t.overall),
            t.overall_percent.map_or("–".into(), |p| format!("{p:.0}%")),
            score(Some(t.target)),
            score(difference(Some(t.target), t.overall))
        );
    }
    if !c.has_answers() {
        let _ = writeln!(out, "\nNo answers yet: nothing to compare.");
        return;
    }
    dimensions(out, c);
    two_speed(out, c);
    if !c.learn_from_each_other.is_empty() {
        let _ = writeln!(
            out,
            "\n## Learn from each other\n\nWhere a team is {} or more levels ahead on a question, the other could pair with it or borrow its practice.",
            c.options.pairing_levels
        );
        for group in c.pairings_by_team_pair() {
            let (learner, leader) = (cell(&group[0].learner), cell(&group[0].leader));
            let _ = writeln!(
                out,
                "\n### {learner} can learn from {leader}\n\n| Question | {learner} | {leader} | What {leader} does |\n|---|--:|--:|---|"
            );
            for p in group {
                let text = c.question(&p.question_id).map_or("", |q| q.text.as_str());
                let _ = writeln!(
                    out,
                    "| `{}` {} | {} | {} | {} |",
                    p.question_id,
                    cell(text),
                    score(Some(p.learner_median)),
                    score(Some(p.leader_median)),
                    cell(&p.leader_practice)
                );
            }
        }
    }
    for t in &c.teams {
        team(out, c, t);
    }
}

fn dimensions(out: &mut String, c: &Comparison) {
    let n = c.teams.len();
    let names: Vec<String> = c.teams.iter().map(|t| cell(&t.name)).collect();
    let extra_head = match n {
        1 => "",
        2 => " Δ |",
        _ => " Range |",
    };
    let _ = writeln!(
        out,
        "\n## Scores per dimension\n\n| Dimension | Target | {} |{extra_head}",
        names.join(" | ")
    );
    let _ = writeln!(
        out,
        "|---|--:|{}{}",
        "--:|".repeat(n),
        if n > 1 { "--:|" } else { "" }
    );
    for d in &c.dimensions {
        let scores: Vec<String> = d.teams.iter().map(|t| score(t.score)).collect();
        let extra = match n {
            1 => String::new(),
            2 => format!(
                " {} |",
                signed(difference(d.teams[0].score, d.teams[1].score))
            ),
            _ => format!(" {} |", score(d.range)),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |{extra}",
            cell(&d.name),
            score(Some(d.target)),
            scores.join(" | ")
        );
    }
    if n == 2 {
        let _ = writeln!(out, "\nΔ = {} − {}.", names[0], names[1]);
    }
}

fn two_speed(out: &mut String, c: &Comparison) {
    if c.two_speed.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n## Two-speed questions\n\nTeam medians {} or more levels apart.\n\n| Question | Ahead | Behind |\n|---|---|---|",
        c.options.two_speed_levels
    );
    for f in &c.two_speed {
        let text = c.question(&f.question_id).map_or("", |q| q.text.as_str());
        let side = |list: &[crate::domain::compare::TeamLevel]| {
            list.iter()
                .map(|t| format!("{} ({})", cell(&t.team), score(Some(t.median))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "| `{}` {} | {} | {} |",
            f.question_id,
            cell(text),
            side(&f.ahead),
            side(&f.behind)
        );
    }
}

fn team(out: &mut String, c: &Comparison, t: &TeamResult) {
    let _ = writeln!(out, "\n## {}\n", cell(&t.name));
    if !t.has_scores() {
        let _ = writeln!(out, "No answers yet.");
        return;
    }
    let people: Vec<String> = t
        .respondents
        .iter()
        .map(|r| match r.role {
            Some(role) => format!("{} ({role})", cell(&r.name)),
            None => cell(&r.name),
        })
        .collect();
    let _ = writeln!(out, "Respondents: {}.\n", people.join(", "));
    let dim_name = |id: &str| c.dimension(id).map_or(id.to_string(), |d| cell(&d.name));
    let list = |items: &[Standing]| {
        items
            .iter()
            .map(|s| {
                format!(
                    "{} {} ({})",
                    dim_name(&s.dimension_id),
                    score(Some(s.score)),
                    signed(Some(s.delta))
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    for (title, items) in [
        ("Strengths (vs own average)", &t.strengths),
        ("Weaknesses (vs own average)", &t.weaknesses),
        ("Ahead of the others", &t.strengths_vs_others),
        ("Behind the others", &t.weaknesses_vs_others),
    ] {
        if !items.is_empty() {
            let _ = writeln!(out, "- **{title}:** {}", list(items));
        }
    }
    let below: Vec<String> = t
        .gaps
        .iter()
        .filter(|g| g.gap > 0.0)
        .map(|g| format!("{} {}", dim_name(&g.dimension_id), signed(Some(-g.gap))))
        .collect();
    if !below.is_empty() {
        let _ = writeln!(out, "- **Below target:** {}", below.join("; "));
    }
    recommendations(out, "Short-term plan", &t.short_term_plan);
    recommendations(out, "Roadmap", &t.roadmap);
    if !t.disagreements.is_empty() {
        let _ = writeln!(
            out,
            "\n### To discuss\n\n| Question | Levels | Unknown | Answers |\n|---|---|--:|---|"
        );
        for d in &t.disagreements {
            let text = c.question(&d.question_id).map_or("", |q| q.text.as_str());
            let levels = match (d.lowest, d.highest) {
                (Some(lo), Some(hi)) if lo != hi => format!("{lo}–{hi}"),
                (Some(lo), _) => lo.to_string(),
                _ => "–".into(),
            };
            let answers: Vec<String> = d
                .answers
                .iter()
                .map(|a| {
                    let given = a.answer.map_or("–".to_string(), |x| x.to_string());
                    if a.comment.is_empty() {
                        format!("{}: {given}", cell(&a.respondent))
                    } else {
                        format!("{}: {given} «{}»", cell(&a.respondent), cell(&a.comment))
                    }
                })
                .collect();
            let _ = writeln!(
                out,
                "| `{}` {} | {levels} | {} of {} | {} |",
                d.question_id,
                cell(text),
                d.unknown,
                d.answered,
                answers.join("; ")
            );
        }
    }
}

fn recommendations(out: &mut String, title: &str, list: &[Recommendation]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n### {title}\n\n| # | Effort | Question | Step | Priority | Recommendation |\n|--:|---|---|---|--:|---|"
    );
    for r in list {
        let _ = writeln!(
            out,
            "| {} | {} | `{}` {} | {} → {} | {:.2} | {} |",
            r.rank,
            r.effort,
            r.question_id,
            cell(&r.question),
            cell(&r.from_label),
            cell(&r.to_label),
            r.priority,
            cell(&r.text)
        );
    }
}

/// The full report: metadata, executive summary, the comparison, and an appendix with every
/// question's answers.
pub fn render_report(r: &Report) -> String {
    let c = &r.comparison;
    let m = &r.report;
    let mut out = format!("# {}\n\n", cell(&m.title));
    let mut facts = vec![
        format!("**Assessment:** {}", cell(&m.assessment)),
        format!("**Teams:** {}", cell(&m.teams.join(", "))),
        format!("**Date:** {}", cell(&m.date)),
    ];
    if !m.author.is_empty() {
        facts.push(format!("**Author:** {}", cell(&m.author)));
    }
    let _ = writeln!(out, "{}\n", facts.join("  \n"));
    if !m.skipped_files.is_empty() {
        let _ = writeln!(
            out,
            "> **Answers missing:** {}\n",
            cell(&skipped_note(&m.skipped_files))
        );
    }
    summary(&mut out, r);
    comparison_body(&mut out, c);
    if r.summary.has_answers {
        appendix(&mut out, c);
    }
    out
}

/// What the report says when response files were skipped (`report --skip-unreadable`); shared
/// by the Markdown and PDF renderings.
pub fn skipped_note(files: &[String]) -> String {
    let count = match files.len() {
        1 => "1 response file could not be read and is".to_string(),
        n => format!("{n} response files could not be read and are"),
    };
    format!(
        "{count} left out of this report, so its scores miss those answers: {}.",
        files.join("; ")
    )
}

fn summary(out: &mut String, r: &Report) {
    let top = r.comparison.questionnaire.levels.len();
    let _ = writeln!(out, "## Executive summary\n");
    if !r.summary.has_answers {
        let _ = writeln!(
            out,
            "No answers yet: none of the teams has answered the questionnaire, so there is nothing to compare or recommend.\n"
        );
        return;
    }
    for t in &r.summary.teams {
        let Some(overall) = t.overall else {
            let _ = writeln!(out, "- **{}**: no answers yet.", cell(&t.team));
            continue;
        };
        let mut line = format!(
            "- **{}**: level {} / {top} ({}), target {}, {} respondent(s), {} answered.",
            cell(&t.team),
            score(Some(overall)),
            cell(t.level_label.as_deref().unwrap_or("?")),
            score(Some(t.target)),
            t.respondents,
            pct(t.coverage)
        );
        if !t.strongest.is_empty() {
            let _ = write!(line, " Strongest: {}.", cell(&t.strongest.join(", ")));
        }
        if !t.weakest.is_empty() {
            let _ = write!(line, " Weakest: {}.", cell(&t.weakest.join(", ")));
        }
        let _ = writeln!(out, "{line}");
    }
    if !r.summary.biggest_differences.is_empty() {
        let _ = writeln!(out, "\n**Biggest differences between the teams**\n");
        for d in &r.summary.biggest_differences {
            let _ = writeln!(
                out,
                "- {}: {} {}, {} {} ({} levels apart).",
                cell(&d.dimension),
                cell(&d.highest_team),
                score(Some(d.highest)),
                cell(&d.lowest_team),
                score(Some(d.lowest)),
                score(difference(Some(d.highest), Some(d.lowest)))
            );
        }
    }
    if !r.summary.first_actions.is_empty() {
        let _ = writeln!(
            out,
            "\n**First actions**\n\n| Team | # | Effort | Step | Action |\n|---|--:|---|---|---|"
        );
        for a in &r.summary.first_actions {
            let _ = writeln!(
                out,
                "| {} | {} | {} | `{}` {} → {} | {} |",
                cell(&a.team),
                a.rank,
                a.effort,
                a.question_id,
                cell(&a.from_label),
                cell(&a.to_label),
                cell(&a.text)
            );
        }
    }
    out.push('\n');
}

fn appendix(out: &mut String, c: &Comparison) {
    let _ = writeln!(
        out,
        "\n## Appendix: every question\n\nEach team's median, spread (highest − lowest level given), gap to target, and every answer with its comment."
    );
    for d in &c.dimensions {
        let _ = writeln!(out, "\n### {}", cell(&d.name));
        for q in c.questions.iter().filter(|q| q.dimension_id == d.id) {
            let _ = writeln!(
                out,
                "\n**`{}`** {} (target {})\n\n| Team | Median | Spread | Gap | Answers |\n|---|--:|--:|--:|---|",
                q.id,
                cell(&q.text),
                score(Some(q.target))
            );
            for t in &q.teams {
                let answers: Vec<String> = t
                    .answers
                    .iter()
                    .map(|a| {
                        let given = a.answer.map_or("–".to_string(), |x| x.to_string());
                        if a.comment.is_empty() {
                            format!("{}: {given}", cell(&a.respondent))
                        } else {
                            format!("{}: {given} «{}»", cell(&a.respondent), cell(&a.comment))
                        }
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    cell(&t.team),
                    score(t.median),
                    t.spread.map_or("–".to_string(), |s| s.to_string()),
                    score(difference(Some(q.target), t.median)),
                    if answers.is_empty() {
                        "–".to_string()
                    } else {
                        answers.join("; ")
                    }
                );
            }
        }
    }
}
