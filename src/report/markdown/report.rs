//! The report as Markdown, in the PDF's model and order (`to_document`): cover facts and
//! contents, synthesis (key messages, heatmap), maturity profile, synchronisation plan, one
//! chapter per team, method and limits, appendix. Markdown has no colour: the heatmap marks
//! each bin with a symbol that fills as the team nears its target.

use super::{bold_title, cell};
use crate::domain::Effort;
use crate::domain::compare::Recommendation;
use crate::domain::roadmap::LATER_STEPS;
use crate::domain::text::printable_lines;
use crate::report::Report;
use crate::report::format::difference;
use crate::report::labels::{PlanLabels, SINGLE};
use crate::report::model::Appendix;
use crate::report::model::PlanItem;
use std::fmt::Write;

/// Heatmap symbols, target met first: the fuller, the nearer the target.
pub(super) const BIN_SYMBOLS: [&str; 5] = ["●", "◕", "◑", "◔", "○"];

/// A heading's anchor as code forges make it: lower case, spaces to hyphens, punctuation out.
fn anchor(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() {
                Some(c.to_lowercase().next().unwrap_or(c))
            } else if c == ' ' || c == '-' {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

pub fn render_report(r: &Report) -> String {
    // Names and comments come from files: no control character reaches the page or the
    // terminal that prints it (`domain::text`).
    printable_lines(&report_text(r)).into_owned()
}

fn report_text(r: &Report) -> String {
    let c = &r.comparison;
    let m = &r.report;
    let l = r.labels();
    let mut out = format!("# {}\n\n", cell(&m.title));
    let mut facts = Vec::new();
    if !m.organisation.is_empty() {
        facts.push((l.organisation, m.organisation.clone()));
    }
    facts.push((l.assessment, m.assessment.clone()));
    facts.push((l.date, m.date.clone()));
    facts.push((l.questionnaire, m.questionnaire.clone()));
    if !m.author.is_empty() {
        facts.push((l.author, m.author.clone()));
    }
    if let Some(round) = &m.round {
        facts.push((l.round, round.clone()));
    }
    // Two hundred names would fill the page's head: a portfolio gives their number.
    let teams = if crate::report::portfolio::is_portfolio(m.teams.len()) {
        m.teams.len().to_string()
    } else {
        m.teams.join(", ")
    };
    facts.push((l.teams, teams));
    let facts: Vec<String> = facts
        .iter()
        .map(|(k, v)| format!("{}{}", bold_title(l, k), cell(v)))
        .collect();
    let _ = writeln!(out, "{}\n", facts.join("  \n"));
    if let Some(line) = &m.confidential {
        let _ = writeln!(out, "**{}**\n", cell(line));
    }
    // More than eight teams: the portfolio layout (`super::portfolio`), as in the PDF. It leaves
    // out the per-team rhythm, profile, progress, synchronisation and perception chapters,
    // which grow with the number of teams; the comparison JSON carries them.
    let many = crate::report::portfolio::is_portfolio(c.teams.len())
        .then(|| crate::report::portfolio::Portfolio::of(c));
    // The chapters, as the PDF's table of contents lists them.
    let mut chapters = vec![l.synthesis.to_string()];
    if many.is_some() {
        if r.summary.has_answers {
            chapters.extend(super::portfolio::chapters(r));
            chapters.push(l.method.to_string());
            if r.presentation.appendix != Appendix::None {
                chapters.push(l.appendix.to_string());
            }
        }
    } else if c.delivery.has_readings() {
        chapters.push(l.rhythm_heading().to_string());
    }
    if many.is_none() && r.summary.has_answers {
        chapters.push(l.maturity_profile.to_string());
        if c.progress.is_some() {
            chapters.push(PlanLabels::of(r.lang).progress.to_string());
        }
        if c.teams.len() >= 2 {
            chapters.push(l.synchronisation_plan.to_string());
        }
        if crate::report::perception::has_chapter(c) {
            chapters.push(l.perception_chapter().to_string());
        }
        chapters.extend(c.teams.iter().map(|t| t.name.clone()));
        chapters.push(l.method.to_string());
        if r.presentation.appendix != Appendix::None {
            chapters.push(l.appendix.to_string());
        }
    }
    let _ = writeln!(out, "## {}\n", l.contents);
    for ch in &chapters {
        let _ = writeln!(out, "- [{}](#{})", cell(ch), anchor(ch));
    }
    out.push('\n');

    synthesis(&mut out, r, many.as_ref());
    if let Some(p) = &many {
        if r.summary.has_answers {
            super::portfolio::body(&mut out, r, p);
            method(&mut out, r);
            appendix(&mut out, r);
        }
        return out;
    }
    rhythm(&mut out, r);
    if !r.summary.has_answers {
        return out;
    }
    profile(&mut out, r);
    progress(&mut out, r);
    if c.teams.len() >= 2 {
        synchronisation(&mut out, r);
    }
    super::perception::chapter(&mut out, r);
    for t in &r.chapters {
        team(&mut out, r, t);
    }
    method(&mut out, r);
    appendix(&mut out, r);
    out
}

/// The delivery rhythm, as the PDF's page after the synthesis: one row per key, one column per
/// team, the team's cluster last; then the gaps in words.
fn rhythm(out: &mut String, r: &Report) {
    use crate::domain::metrics::Key;
    let c = &r.comparison;
    let d = &c.delivery;
    if !d.has_readings() {
        return;
    }
    let l = r.labels();
    let _ = writeln!(out, "## {}\n\n{}\n", l.rhythm_heading(), l.rhythm_intro());
    let heads: Vec<&str> = Key::ALL.iter().map(|&k| l.key_column(k)).collect();
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|{}---|",
        l.team,
        heads.join(" | "),
        l.cluster_column(),
        "---|".repeat(heads.len())
    );
    let mut provisional = false;
    for t in &c.teams {
        let rhythm = d.team(&t.name);
        let cells: Vec<String> = Key::ALL
            .iter()
            .map(|&key| match rhythm.and_then(|tr| tr.reading(key)) {
                Some(reading) => {
                    provisional |= reading.origin == crate::domain::metrics::Origin::Questionnaire;
                    cell(&l.reading_cell(reading))
                }
                None => l.no_figure().to_string(),
            })
            .collect();
        let cluster = rhythm.and_then(|tr| tr.cluster).map_or_else(
            || l.no_figure().to_string(),
            |k| format!("**{}**", l.cluster_label(k)),
        );
        let _ = writeln!(
            out,
            "| {} | {} | {cluster} |",
            cell(&t.name),
            cells.join(" | ")
        );
    }
    out.push('\n');
    let _ = writeln!(out, "{}\n", l.rhythm_caption(provisional));
    for g in &d.gaps {
        let text = if l.is_fr() {
            g.text_fr()
        } else {
            g.text.clone()
        };
        let _ = writeln!(out, "- {}.", cell(&text));
    }
    if !d.gaps.is_empty() {
        out.push('\n');
    }
}

/// Why answers are missing: files left unread, then what read files hold that is not counted.
fn missing_notes(r: &Report) -> Vec<String> {
    r.labels()
        .missing_notes(&r.report.skipped_files, &r.report.not_counted)
}

fn synthesis(out: &mut String, r: &Report, many: Option<&crate::report::portfolio::Portfolio>) {
    let c = &r.comparison;
    let l = r.labels();
    let _ = writeln!(out, "## {}\n", l.synthesis);
    let missing = missing_notes(r);
    if !missing.is_empty() {
        let _ = writeln!(
            out,
            "> {}{}\n",
            bold_title(l, l.answers_missing),
            cell(&missing.join(" "))
        );
    }
    if !r.summary.has_answers {
        let _ = writeln!(out, "**{}.** {}\n", l.no_answers_yet, l.nobody_answered);
        return;
    }
    let _ = writeln!(out, "### {}\n", l.key_messages);
    for m in &r.synthesis.messages {
        let _ = writeln!(out, "- {}", cell(&m.text));
    }
    out.push('\n');
    if let Some(p) = many {
        super::portfolio::synthesis(out, r, p);
        return;
    }
    let _ = writeln!(out, "### {}\n", l.heatmap);
    let names: Vec<String> = c.teams.iter().map(|t| cell(&t.name)).collect();
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|--:|{}",
        l.dimension,
        l.target,
        names.join(" | "),
        ":-:|".repeat(names.len())
    );
    let mut single = false;
    for row in &r.synthesis.heatmap {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|hc| {
                single |= hc.single_answer;
                match hc.bin.index() {
                    None => l.not_assessed.to_string(),
                    Some(i) => format!(
                        "{} {}{}",
                        BIN_SYMBOLS[usize::from(i)],
                        l.score(hc.score),
                        if hc.single_answer { SINGLE } else { "" }
                    ),
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell(&row.dimension),
            l.score(Some(row.target)),
            cells.join(" | ")
        );
    }
    let key: Vec<String> = BIN_SYMBOLS
        .iter()
        .zip(l.bins)
        .map(|(s, b)| format!("{s} {b}"))
        .collect();
    let _ = writeln!(
        out,
        "\n{} · {}\n\n{}\n",
        key.join(" · "),
        l.not_assessed,
        cell(&l.heatmap_caption(c.questionnaire.levels.len(), single, true))
    );
}

fn profile(out: &mut String, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let top = c.questionnaire.levels.len();
    let _ = writeln!(out, "## {}\n", l.maturity_profile);
    for t in &r.summary.teams {
        let detail = match &t.level_label {
            Some(label) => format!(
                "{} · {}",
                l.card_detail(label, &l.score(Some(t.target)), r.method.weighted_target),
                l.answered_by(t.questions_answered, t.respondents)
            ),
            None => l.no_answers_sentence.to_string(),
        };
        let _ = writeln!(
            out,
            "- **{}**{}{} — {}",
            cell(&t.team),
            l.colon(""),
            l.out_of(t.overall, top),
            cell(&detail)
        );
    }
    let n = c.teams.len();
    let _ = writeln!(out, "\n### {}\n", l.scores_per_dimension);
    let mut head = format!("| {} | {} |", l.dimension, l.target);
    let mut rule = "|---|--:|".to_string();
    for t in &c.teams {
        let _ = write!(
            head,
            " {} | {} | {} |",
            cell(&t.name),
            l.answers_short,
            l.coverage_short
        );
        rule.push_str("--:|--:|--:|");
    }
    match n {
        1 => {}
        2 => {
            head.push_str(" Δ |");
            rule.push_str("--:|");
        }
        _ => {
            let _ = write!(head, " {} |", l.range);
            rule.push_str("--:|");
        }
    }
    let _ = writeln!(out, "{head}\n{rule}");
    for (d, hr) in c.dimensions.iter().zip(&r.synthesis.heatmap) {
        let mut line = format!("| {} | {} |", cell(&d.name), l.score(Some(d.target)));
        for (tc, hc) in d.teams.iter().zip(&hr.cells) {
            let _ = write!(
                line,
                " {}{} | {} | {} |",
                l.score(tc.score),
                if hc.single_answer { SINGLE } else { "" },
                hc.answers,
                l.pct(tc.coverage)
            );
        }
        match n {
            1 => {}
            2 => {
                let _ = write!(
                    line,
                    " {} |",
                    l.signed(difference(d.teams[0].score, d.teams[1].score))
                );
            }
            _ => {
                let _ = write!(line, " {} |", l.score(d.range));
            }
        }
        let _ = writeln!(out, "{line}");
    }
    let mut line = format!(
        "| **{}** | {} |",
        l.overall,
        l.score(Some(c.teams.first().map_or(0.0, |t| t.target)))
    );
    for (ti, t) in c.teams.iter().enumerate() {
        let answers: usize = c.questions.iter().map(|q| q.teams[ti].levels.len()).sum();
        let _ = write!(
            line,
            " **{}** | {answers} | {} |",
            l.score(t.overall),
            l.pct(t.coverage)
        );
    }
    match n {
        1 => {}
        2 => {
            let _ = write!(
                line,
                " {} |",
                l.signed(difference(c.teams[0].overall, c.teams[1].overall))
            );
        }
        _ => line.push_str(" |"),
    }
    let _ = writeln!(out, "{line}");
    let pair = (n == 2).then(|| (c.teams[0].name.as_str(), c.teams[1].name.as_str()));
    let mut caption = l.scores_caption(c.questionnaire.levels.len(), pair, n > 2);
    if r.method.single_answer_medians > 0 {
        caption.push_str(&format!(
            " {}",
            l.single_answer_caveat(r.method.single_answer_medians)
        ));
    }
    let _ = writeln!(out, "\n{}\n", cell(&caption));
}

fn synchronisation(out: &mut String, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let _ = writeln!(out, "## {}\n", l.synchronisation_plan);
    if let Some(plan) = &r.plan
        && !plan.joint.is_empty()
    {
        let p = PlanLabels::of(r.lang);
        let _ = writeln!(out, "### {}\n", p.joint_actions);
        actions_table(out, r, &plan.joint, true);
    }
    if c.synchronisation.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_sync());
        return;
    }
    let _ = writeln!(
        out,
        "{}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
        l.sync_intro(c.teams.len()),
        l.dimension,
        l.leads,
        l.adopts,
        l.milestone
    );
    let median_of = |question_id: &str, team: &str, fallback: f64| {
        c.team_index(team)
            .and_then(|ti| c.question(question_id).map(|q| l.median(&q.teams[ti])))
            .unwrap_or_else(|| l.score(Some(fallback)))
    };
    for i in &c.synchronisation {
        let followers: Vec<String> = i
            .followers
            .iter()
            .map(|f| format!("{} {}", cell(&f.team), l.score(Some(f.score))))
            .collect();
        let lowest = i.followers.first().map_or("", |f| f.team.as_str());
        let practices: Vec<String> = i
            .practices
            .iter()
            .map(|p| {
                cell(&l.practice(
                    &p.title,
                    &median_of(&p.question_id, &i.leader, p.leader_median),
                    &median_of(&p.question_id, lowest, p.follower_median),
                    &p.practice,
                ))
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} {} → {} | {} | {} |",
            cell(&i.dimension),
            cell(&i.leader),
            l.score(Some(i.leader_score)),
            followers.join(", "),
            practices.join("<br>"),
            cell(&l.milestone_text(i.milestone_level, &i.milestone_label, i.followers.len() + 1))
        );
    }
    out.push('\n');
}

pub(super) fn team(out: &mut String, r: &Report, t: &crate::report::chapter::TeamChapter) {
    let c = &r.comparison;
    let l = r.labels();
    let _ = writeln!(out, "## {}\n", cell(&t.team));
    if !t.has_scores {
        let _ = writeln!(out, "{}\n", l.nobody_in_team(&cell(&t.team)));
        return;
    }
    let names: Vec<String> = c.teams[t.index]
        .respondents
        .iter()
        .map(|p| cell(&l.respondent(p)))
        .collect();
    let _ = writeln!(out, "{}\n", l.respondents_line(&names));
    let h = &t.highlights;
    let _ = writeln!(out, "{}\n", l.standings_intro(&l.score(h.average)));
    for (title, list, strengths) in [
        (l.strengths, &h.strengths, true),
        (l.weaknesses, &h.weaknesses, false),
    ] {
        let _ = writeln!(out, "### {title}\n");
        if list.is_empty() {
            let _ = writeln!(out, "{}\n", l.no_standing(strengths));
            continue;
        }
        for d in list {
            let questions: Vec<String> = d
                .questions
                .iter()
                .map(|q| {
                    format!(
                        "{} ({}{})",
                        cell(&q.title),
                        l.score(Some(q.median)),
                        if q.single_answer { SINGLE } else { "" }
                    )
                })
                .collect();
            let questions = if questions.is_empty() {
                String::new()
            } else {
                l.colon("") + &questions.join(", ")
            };
            let _ = writeln!(
                out,
                "- **{}** {} ({}){questions}",
                cell(&d.dimension),
                l.score(Some(d.score)),
                l.signed(Some(d.delta)),
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "### {}\n\n{}\n",
        l.roadmap,
        l.roadmap_rule(c.options.short_term_size, LATER_STEPS)
    );
    for horizon in &t.horizons {
        let _ = writeln!(
            out,
            "#### {}\n",
            l.horizon(horizon.from_month, horizon.to_month)
        );
        if horizon.steps.is_empty() {
            let _ = writeln!(out, "{}\n", l.empty_horizon);
            continue;
        }
        steps_table(out, r, &horizon.steps.iter().collect::<Vec<_>>(), false);
    }
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
            let _ = writeln!(out, "### {}\n", p.agreed_actions);
            actions_table(out, r, &agreed, false);
        }
        let proposed = mine(&plan.proposed);
        if !proposed.is_empty() {
            let _ = writeln!(out, "### {}\n\n{}\n", p.proposals, p.proposals_intro);
            for a in &proposed {
                let _ = writeln!(out, "- {}", cell(&a.title));
            }
            out.push('\n');
        }
    }
    let _ = writeln!(
        out,
        "### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
        l.quick_wins, l.impact, l.effort_columns[0], l.effort_columns[1], l.effort_columns[2]
    );
    for impact in 0..3u8 {
        let mut line = format!("| **{}** |", l.impact_rows[usize::from(impact)]);
        for effort in [Effort::Low, Effort::Medium, Effort::High] {
            let steps = h
                .quick_wins
                .iter()
                .find(|q| q.impact == impact && q.effort == effort)
                .map_or(&[][..], |q| q.steps.as_slice());
            let titles: Vec<String> = steps.iter().map(|s| cell(&s.title)).collect();
            let _ = write!(
                line,
                " {} |",
                if titles.is_empty() {
                    "–".to_string()
                } else {
                    titles.join("<br>")
                }
            );
        }
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "\n{}\n", l.quick_wins_caption);
}

/// A table of steps: rank, question by title (with its id in the appendix), step, effort,
/// [priority,] action with the question's references.
fn steps_table(out: &mut String, r: &Report, steps: &[&Recommendation], ranked: bool) {
    let c = &r.comparison;
    let l = r.labels();
    if ranked {
        let _ = writeln!(
            out,
            "| # | {} | {} | {} | {} | {} |\n|--:|---|---|---|--:|---|",
            l.question, l.step, l.effort, l.priority, l.action
        );
    } else {
        let _ = writeln!(
            out,
            "| # | {} | {} | {} | {} |\n|--:|---|---|---|---|",
            l.question, l.step, l.effort, l.action
        );
    }
    for s in steps {
        let question = if ranked {
            format!("{} (`{}`)", cell(&s.title), s.question_id)
        } else {
            cell(&s.title)
        };
        let mut action = cell(&s.text);
        if let Some(q) = c.question(&s.question_id) {
            for reference in &q.references {
                let _ = write!(
                    action,
                    "<br>[{}]({})",
                    cell(&reference.title),
                    reference.url
                );
            }
        }
        let step = cell(&l.step_value(s.from_level, s.to_level, &s.to_label));
        if ranked {
            let _ = writeln!(
                out,
                "| {} | {question} | {step} | {} | {} | {action} |",
                s.rank,
                l.effort_value(s.effort),
                l.priority_value(s.priority)
            );
        } else {
            let _ = writeln!(
                out,
                "| {} | {question} | {step} | {} | {action} |",
                s.rank,
                l.effort_value(s.effort)
            );
        }
    }
    out.push('\n');
}

fn method(out: &mut String, r: &Report) {
    let c = &r.comparison;
    let l = r.labels();
    let m = &r.method;
    let _ = writeln!(out, "## {}\n\n### {}\n", l.method, l.who_answered);
    let mut roles: Vec<Option<crate::domain::Role>> = Vec::new();
    for t in &m.respondents {
        for tally in &t.roles {
            if !roles.contains(&tally.role) {
                roles.push(tally.role);
            }
        }
    }
    roles.sort_by_key(|r| r.map_or(usize::MAX, |r| r as usize));
    let headers: Vec<String> = roles
        .iter()
        .map(|role| match role {
            Some(role) => l.role_header(*role),
            None if m.anonymous => l.other_roles.to_string(),
            None => l.no_role.to_string(),
        })
        .collect();
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|--:|{}",
        l.team,
        l.respondents,
        headers.join(" | "),
        "--:|".repeat(headers.len())
    );
    // A portfolio sums the teams on one row, as the PDF does: two hundred rows tell no more.
    let portfolio = crate::report::portfolio::is_portfolio(c.teams.len());
    let total = portfolio.then(|| super::portfolio::all_teams(r, &roles));
    let rows: Vec<&crate::report::model::TeamRoles> = match &total {
        Some(t) => vec![t],
        None => m.respondents.iter().collect(),
    };
    for t in rows {
        let counts: Vec<String> = roles
            .iter()
            .map(|role| {
                t.roles
                    .iter()
                    .find(|x| x.role == *role)
                    .map_or("–".to_string(), |x| x.count.to_string())
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell(&t.team),
            t.respondents,
            counts.join(" | ")
        );
    }
    let _ = writeln!(out, "\n### {}\n", l.coverage_per_dimension);
    // As in the PDF: only the dimensions some team did not answer in full.
    let partial: Vec<_> = m
        .coverage
        .iter()
        .filter(|row| row.teams.iter().any(|s| *s < 1.0))
        .collect();
    if partial.is_empty() {
        let _ = writeln!(out, "{}", l.full_coverage);
    } else if portfolio {
        super::portfolio::coverage(out, r);
    } else {
        let names: Vec<String> = c.teams.iter().map(|t| cell(&t.name)).collect();
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|{}",
            l.dimension,
            names.join(" | "),
            "--:|".repeat(names.len())
        );
        for row in &partial {
            let shares: Vec<String> = row
                .teams
                .iter()
                .map(|s| {
                    if *s + 1e-9 < crate::domain::scoring::LOW_COVERAGE {
                        format!("⚠ {}", l.pct(*s))
                    } else {
                        l.pct(*s)
                    }
                })
                .collect();
            let _ = writeln!(out, "| {} | {} |", cell(&row.dimension), shares.join(" | "));
        }
        let others = if partial.len() < m.coverage.len() {
            format!("{} ", l.coverage_others_full())
        } else {
            String::new()
        };
        let _ = writeln!(out, "\n{others}{}", l.coverage_caption());
    }
    let _ = writeln!(out, "\n### {}\n", l.scoring_rules);
    let mut rules = l.rules(c.questionnaire.levels.len(), m.weighted_target);
    // A portfolio's key messages follow rules of their own (`model::portfolio_messages`).
    if portfolio {
        rules.extend(
            crate::report::labels::portfolio::words(r.lang)
                .message_rules(crate::report::portfolio::PORTFOLIO_TEAMS),
        );
    }
    for rule in rules {
        let _ = writeln!(out, "- {rule}");
    }
    let _ = writeln!(out, "\n### {}\n", l.caveats);
    if m.single_answer_medians > 0 {
        let _ = writeln!(out, "- {}", l.single_answer_caveat(m.single_answer_medians));
    }
    if m.low_coverage.is_empty() {
        let _ = writeln!(out, "- {}", l.no_low_coverage);
    } else {
        // A portfolio may have hundreds: the first ones, then how many more.
        let shown = if portfolio {
            super::portfolio::LOW_COVERAGE_ITEMS
        } else {
            usize::MAX
        };
        let mut items: Vec<String> = m
            .low_coverage
            .iter()
            .take(shown)
            .map(|x| {
                format!(
                    "{} — {} ({})",
                    cell(&x.dimension),
                    cell(&x.team),
                    l.pct(x.coverage)
                )
            })
            .collect();
        if m.low_coverage.len() > items.len() {
            items.push(l.more(m.low_coverage.len() - items.len()));
        }
        let _ = writeln!(out, "- {}", l.low_coverage_caveat(&items));
    }
    if m.disagreements > 0 {
        let _ = writeln!(
            out,
            "- {}",
            l.disagreement_caveat(m.disagreements, c.options.disagreement_spread)
        );
    }
    if m.anonymous {
        let _ = writeln!(out, "- {}", cell(l.anonymity_note));
    }
    for note in missing_notes(r) {
        let _ = writeln!(out, "- {}", cell(&note));
    }
    out.push('\n');
}

fn appendix(out: &mut String, r: &Report) {
    let mode = r.presentation.appendix;
    if mode == Appendix::None {
        return;
    }
    let c = &r.comparison;
    let l = r.labels();
    let _ = writeln!(
        out,
        "## {}\n\n### {}\n\n{}\n",
        l.appendix, l.backlog, l.backlog_intro
    );
    for t in &r.chapters {
        let mut steps: Vec<&Recommendation> = t.short_term_plan.iter().chain(&t.roadmap).collect();
        if steps.is_empty() {
            continue;
        }
        steps.sort_by_key(|s| s.rank);
        let _ = writeln!(out, "#### {}\n", cell(&t.team));
        steps_table(out, r, &steps, true);
    }
    super::perception::appendix(out, r);
    if mode != Appendix::Full {
        return;
    }
    let _ = writeln!(out, "### {}\n\n{}", l.every_answer, l.appendix_intro);
    for d in &c.dimensions {
        let _ = writeln!(out, "\n#### {}", cell(&d.name));
        for q in c.questions.iter().filter(|q| q.dimension_id == d.id) {
            let mut references = String::new();
            for reference in &q.references {
                let _ = write!(
                    references,
                    " [{}]({})",
                    cell(&reference.title),
                    reference.url
                );
            }
            let text = if q.text.trim() == q.title {
                String::new()
            } else {
                format!(" {}", cell(&q.text))
            };
            let _ = writeln!(
                out,
                "\n**{}** (`{}`){text} {}{references}\n\n| {} | {} | {} | {} | {} |\n|---|--:|--:|--:|---|",
                cell(&q.title),
                q.id,
                l.target_in_parens(&l.score(Some(q.target))),
                l.team,
                l.median,
                l.spread,
                l.gap,
                l.answers_and_comments
            );
            for t in &q.teams {
                let answers: Vec<String> =
                    t.answers.iter().map(|a| cell(&l.answer_by(a))).collect();
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    cell(&t.team),
                    l.median(t),
                    t.spread.map_or("–".to_string(), |s| s.to_string()),
                    l.score(difference(Some(q.target), t.median)),
                    if answers.is_empty() {
                        "–".to_string()
                    } else {
                        answers.join(l.semicolon())
                    }
                );
            }
        }
    }
    out.push('\n');
}

/// Agreed actions: what, who, when, where it stands, how the room will know it is done.
fn actions_table(out: &mut String, r: &Report, items: &[PlanItem], with_teams: bool) {
    let l = r.labels();
    let p = PlanLabels::of(r.lang);
    let teams_header = if with_teams {
        format!(" {} |", p.teams)
    } else {
        String::new()
    };
    let rule = if with_teams { "---|" } else { "" };
    let _ = writeln!(
        out,
        "| {} |{teams_header} {} | {} | {} | {} |\n|---|{rule}---|---|---|---|",
        p.action, p.owner, p.due, p.status, p.done_when
    );
    for a in items {
        let teams = if with_teams {
            format!(" {} |", cell(&a.teams.join(", ")))
        } else {
            String::new()
        };
        let status = if a.late {
            format!("{}, **{}**", p.status(a.status), p.late)
        } else {
            p.status(a.status).to_string()
        };
        let _ = writeln!(
            out,
            "| {} |{teams} {} | {} | {status} | {} |",
            cell(&a.title),
            if a.owner.is_empty() {
                p.nobody.to_string()
            } else {
                cell(&a.owner)
            },
            a.due.as_deref().map_or_else(String::new, |d| l.date_of(d)),
            cell(&a.done_when)
        );
    }
    out.push('\n');
}

/// A follow-up round's progress: per team and dimension the score in the first round, the
/// previous one and now, the questions that moved, the done actions and the plan's completion.
fn progress(out: &mut String, r: &Report) {
    if let Some(pr) = &r.comparison.progress {
        progress_section(out, pr, r.labels(), PlanLabels::of(r.lang));
    }
}

/// The progress section in `l`'s and `p`'s language (`compare --format markdown` uses English).
pub fn progress_section(
    out: &mut String,
    pr: &crate::domain::progress::Progress,
    l: &crate::report::Labels,
    p: &PlanLabels,
) {
    let _ = writeln!(out, "## {}\n\n{}\n", p.progress, p.progress_intro);
    let with_first = pr.rounds.len() > 2;
    for t in &pr.teams {
        let _ = writeln!(out, "### {}\n", cell(&t.team));
        let first = if with_first {
            format!(" {} |", p.first_round)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} |{first} {} | {} | {} |\n|---|{}---|---|---|",
            l.dimension,
            p.then,
            p.now,
            p.change,
            if with_first { "---|" } else { "" }
        );
        let rows = t
            .dimensions
            .iter()
            .map(|d| (cell(&d.dimension), d.change))
            .chain(std::iter::once((
                format!("**{}**", cell(l.overall)),
                t.overall,
            )));
        for (name, ch) in rows {
            let first = if with_first {
                format!(" {} |", l.score(ch.first))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "| {name} |{first} {} | {} | {} |",
                l.score(ch.then),
                l.score(ch.now),
                l.signed(ch.change)
            );
        }
        out.push('\n');
        if !t.moved.is_empty() {
            let _ = writeln!(out, "{}\n", l.colon(p.moved).trim_end());
            for m in &t.moved {
                let _ = writeln!(
                    out,
                    "- {}{} → {} ({})",
                    l.colon(&cell(&m.title)),
                    l.score(Some(m.then)),
                    l.score(Some(m.now)),
                    l.signed(Some(m.change))
                );
            }
            out.push('\n');
        }
    }
    if !pr.done.is_empty() {
        let _ = writeln!(out, "### {}\n", p.done_check);
        for d in &pr.done {
            let reach: Vec<String> = d
                .teams
                .iter()
                .map(|x| {
                    let verdict = match x.reached {
                        Some(true) => p.reached,
                        Some(false) => p.not_reached,
                        None => p.no_target,
                    };
                    match x.level {
                        Some(level) if d.target_level.is_some() => {
                            format!(
                                "{} {verdict} ({level} / {})",
                                x.team,
                                d.target_level.unwrap_or(level)
                            )
                        }
                        _ => format!("{} {verdict}", x.team),
                    }
                })
                .collect();
            let _ = writeln!(out, "- {} — {}", cell(&d.title), cell(&reach.join(", ")));
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}{}\n",
        l.colon(p.completion),
        p.completion_line(&pr.plan)
    );
}
