//! Markdown: the comparison (`compare --format markdown`) and the full report, as pages that
//! render well on a code forge or a wiki. Tables use full team names (Markdown tables may be
//! wide: the forge scrolls them).

use crate::domain::compare::{Comparison, Recommendation, RespondentAnswer};
use crate::report::chapter::{StandingKind, TeamChapter, team_chapters};
use crate::report::format::{difference, pct, score, signed};
use crate::report::{Labels, Report, labels};
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
    if let Some(short) = c.short_form {
        out.push_str(&format!(
            "Short form: {} of {} questions asked; every number is over those.\n\n",
            short.asked, short.of
        ));
    }
    // `compare` is a working view for the facilitator, not a document for management: English.
    comparison_body(&mut out, c, &team_chapters(c), &labels::EN);
    roles_sections(&mut out, c);
    out
}

/// `compare --format markdown` only: the steps that start from the owners' level rather than
/// the team's median, and the role splits of every team.
fn roles_sections(out: &mut String, c: &Comparison) {
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
        let _ = writeln!(
            out,
            "\n## Steps that start from the owners' level\n\n\
             Where the roles that own a practice answered, the team's step starts from their \
             median; the team's score stays everyone's median.\n\n\
             | Team | # | Question | Owners | Team median | Step |\n|---|--:|---|---|--:|---|"
        );
        for (team, r) in moved {
            let owners = r
                .owners
                .as_ref()
                .map(crate::domain::compare::OwnersLevel::text)
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | `{}` {} | {} | {} | {} → {} |",
                cell(team),
                r.rank,
                r.question_id,
                cell(&r.question),
                cell(&owners),
                score(Some(r.median)),
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
        "\n## Role splits\n\n\
         Inside a team, roles whose medians are {} or more levels apart on a question: ask each \
         role what it sees.\n\n| Team | Question | Apart | Roles |\n|---|---|--:|---|",
        c.options.role_split_levels
    );
    for t in &c.teams {
        for s in &t.role_splits {
            let text = c.question(&s.question_id).map_or("", |q| q.text.as_str());
            let _ = writeln!(
                out,
                "| {} | `{}` {} | {} | {} |",
                cell(&t.name),
                s.question_id,
                cell(text),
                score(Some(s.distance)),
                cell(&s.roles_text())
            );
        }
    }
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
            pct(t.coverage),
            score(t.overall),
            t.overall_percent.map_or("–".into(), |p| format!("{p:.0}%")),
            score(Some(t.target)),
            score(difference(Some(t.target), t.overall))
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
                    score(Some(s.score)),
                    signed(Some(s.delta))
                )
            })
            .collect();
        let _ = writeln!(out, "- {}{}", bold_title(l, title), items.join("; "));
    }
    if !t.below_target.is_empty() {
        let below: Vec<String> = t
            .below_target
            .iter()
            .map(|g| format!("{} {}", cell(&g.dimension), signed(Some(-g.gap))))
            .collect();
        let _ = writeln!(
            out,
            "- {}{}",
            bold_title(l, l.md_below_target),
            below.join("; ")
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
            let answers: Vec<String> = d.answers.iter().map(answer_cell).collect();
            let _ = writeln!(
                out,
                "| `{}` {} | {} | {} | {} |",
                d.question_id,
                cell(&d.question),
                d.range(),
                l.of(d.unknown, d.answered),
                answers.join("; ")
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
            "| {} | {} | `{}` {} | {} → {} | {:.2} | {} |",
            r.rank,
            l.effort_value(r.effort),
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
    let l = r.labels();
    let mut out = format!("# {}\n\n", cell(&m.title));
    let mut facts = vec![
        format!("{}{}", bold_title(l, l.assessment), cell(&m.assessment)),
        format!("{}{}", bold_title(l, l.teams), cell(&m.teams.join(", "))),
        format!("{}{}", bold_title(l, l.date), cell(&m.date)),
    ];
    if !m.author.is_empty() {
        facts.push(format!("{}{}", bold_title(l, l.author), cell(&m.author)));
    }
    let _ = writeln!(out, "{}\n", facts.join("  \n"));
    if !m.skipped_files.is_empty() {
        let _ = writeln!(
            out,
            "> {}{}\n",
            bold_title(l, l.answers_missing),
            cell(&l.skipped_note(&m.skipped_files))
        );
    }
    summary(&mut out, r);
    comparison_body(&mut out, c, &r.chapters, l);
    if r.summary.has_answers {
        appendix(&mut out, c, l);
    }
    out
}

fn summary(out: &mut String, r: &Report) {
    let top = r.comparison.questionnaire.levels.len();
    let l = r.labels();
    let _ = writeln!(out, "## {}\n", l.executive_summary);
    if !r.summary.has_answers {
        let _ = writeln!(out, "{}\n", l.md_summary_no_answers);
        return;
    }
    for t in &r.summary.teams {
        let Some(overall) = t.overall else {
            let _ = writeln!(
                out,
                "- **{}**{}{}.",
                cell(&t.team),
                l.colon(""),
                l.no_answers_sentence
            );
            continue;
        };
        let mut line = format!(
            "- **{}**{}{}",
            cell(&t.team),
            l.colon(""),
            l.md_team_summary(
                &score(Some(overall)),
                top,
                &cell(t.level_label.as_deref().unwrap_or("?")),
                &score(Some(t.target)),
                t.respondents,
                &pct(t.coverage)
            )
        );
        if !t.strongest.is_empty() {
            line.push_str(&l.listed(l.strongest, &cell(&t.strongest.join(", "))));
        }
        if !t.weakest.is_empty() {
            line.push_str(&l.listed(l.weakest, &cell(&t.weakest.join(", "))));
        }
        let _ = writeln!(out, "{line}");
    }
    if !r.summary.biggest_differences.is_empty() {
        let _ = writeln!(out, "\n**{}**\n", l.biggest_differences);
        for d in &r.summary.biggest_differences {
            let _ = writeln!(
                out,
                "- {}{}{} {}, {} {} ({}).",
                cell(&d.dimension),
                l.colon(""),
                cell(&d.highest_team),
                score(Some(d.highest)),
                cell(&d.lowest_team),
                score(Some(d.lowest)),
                l.levels_apart(&score(difference(Some(d.highest), Some(d.lowest))))
            );
        }
    }
    if !r.summary.first_actions.is_empty() {
        let _ = writeln!(
            out,
            "\n**{}**\n\n| {} | # | {} | {} | {} |\n|---|--:|---|---|---|",
            l.first_actions, l.team, l.effort, l.step, l.action
        );
        for a in &r.summary.first_actions {
            let _ = writeln!(
                out,
                "| {} | {} | {} | `{}` {} → {} | {} |",
                cell(&a.team),
                a.rank,
                l.effort_value(a.effort),
                a.question_id,
                cell(&a.from_label),
                cell(&a.to_label),
                cell(&a.text)
            );
        }
    }
    out.push('\n');
}

fn appendix(out: &mut String, c: &Comparison, l: &Labels) {
    let _ = writeln!(out, "\n## {}\n\n{}", l.md_appendix, l.md_appendix_intro);
    for d in &c.dimensions {
        let _ = writeln!(out, "\n### {}", cell(&d.name));
        for q in c.questions.iter().filter(|q| q.dimension_id == d.id) {
            let _ = writeln!(
                out,
                "\n**`{}`** {} {}\n\n| {} | {} | {} | {} | {} |\n|---|--:|--:|--:|---|",
                q.id,
                cell(&q.text),
                l.target_in_parens(&score(Some(q.target))),
                l.team,
                l.median,
                l.spread,
                l.gap,
                l.md_answers
            );
            for t in &q.teams {
                let answers: Vec<String> = t.answers.iter().map(answer_cell).collect();
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

/// One respondent's answer in a table cell: "Name: 3 «comment»".
fn answer_cell(a: &RespondentAnswer) -> String {
    let given = a.answer.map_or("–".to_string(), |x| x.to_string());
    if a.comment.is_empty() {
        format!("{}: {given}", cell(&a.respondent))
    } else {
        format!("{}: {given} «{}»", cell(&a.respondent), cell(&a.comment))
    }
}
