//! A team's plans (the roadmap in three horizons, chosen by the report's rule, then
//! learn-from-each-other pairs) and what to discuss: where its roles see a practice far apart,
//! and the questions its respondents disagree on.

use super::super::super::dashboard::{Dashboard, PlanEntry};
use super::super::super::theme::{Theme, team_marker};
use super::super::super::wrap::fit;
use super::super::common::styled;
use super::{answers, cut, hanging, marker, score, wrapped};
use crate::domain::compare::{DisagreementReason, Recommendation};
use ratatui::text::Line;

/// "● DSI historique — Paris · overall 2.6 of 5 · target 4.0", and how to see another team.
fn team_title(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let t = dash.team.min(c.teams.len() - 1);
    let team = &c.teams[t];
    let mut rest = format!(
        " · overall {} of {} · target {}",
        score(team.overall),
        c.questionnaire.levels.len(),
        score(Some(team.target))
    );
    if dash.several() {
        rest.push_str(&format!(" · team {} of {} (← →)", t + 1, c.teams.len()));
    }
    let name = fit(&team.name, width_cells.saturating_sub(2));
    let room = width_cells.saturating_sub(super::width(&name) + 2);
    vec![
        Line::from(vec![
            marker(theme, t),
            styled(format!(" {name}"), theme.team(t)),
            styled(fit(&rest, room), theme.question),
        ]),
        Line::from(""),
    ]
}

/// The team's action plan, editable: its actions then the roadmap steps not in it yet, the
/// selected one marked; the form or the confirmation above the list when open. The first
/// entry is at body line `update::plan::LIST_TOP` (one more with a status line).
fn action_plan(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let mut lines = vec![cut(
        "ACTION PLAN — a accept · o owner, due · s status · n joint action · x remove",
        width_cells,
        theme.accent,
    )];
    if let Some(form) = &dash.plan_form {
        let title = if form.id.is_some() {
            format!("Owner and due date of {}", form.id.as_deref().unwrap_or(""))
        } else {
            format!("New joint action for {}", dash.teams.join(" + "))
        };
        lines.push(cut(
            &format!("{title} — Tab next field · Enter save · Esc cancel"),
            width_cells,
            theme.header,
        ));
        let mut fields = vec![
            (1, "Owner", &form.owner),
            (2, "Due (YYYY-MM-DD)", &form.due),
        ];
        if form.id.is_none() {
            fields.insert(0, (0, "Title", &form.title));
        }
        for (i, label, input) in fields {
            let style = if form.focus == i {
                theme.highlight
            } else {
                theme.base
            };
            let cursor = if form.focus == i { "▏" } else { "" };
            lines.push(cut(
                &format!("  {label}: {}{cursor}", input.value),
                width_cells,
                style,
            ));
        }
        if let Some(e) = &form.error {
            lines.push(cut(&format!("  {e}"), width_cells, theme.error));
        }
        lines.push(Line::from(""));
        return lines;
    }
    match (&dash.plan_confirm, &dash.plan_status) {
        (Some(id), _) => lines.push(cut(
            &format!("Remove action {id} from the plan? y remove · any other key keeps it"),
            width_cells,
            theme.error,
        )),
        (None, Some((text, error))) => lines.push(cut(
            text,
            width_cells,
            if *error { theme.error } else { theme.saved },
        )),
        (None, None) => {}
    }
    lines.push(cut(
        "   ID     STATUS       OWNER · DUE                ACTION",
        width_cells,
        theme.dim,
    ));
    let entries = dash.plan_entries();
    if entries.is_empty() {
        lines.push(cut(
            "   Nothing planned and nothing below target.",
            width_cells,
            theme.base,
        ));
    }
    let today = crate::app::plan::today();
    for (i, e) in entries.iter().enumerate() {
        let mark = if i == dash.plan_row { "▶" } else { " " };
        let (text, style) = match e {
            PlanEntry::Action(a) => {
                let status = if a.is_late(&today) {
                    format!("{} late", a.status())
                } else {
                    a.status().to_string()
                };
                // "Claire · 2027-03-31", "Claire", "2027-03-31" or "—".
                let who_when = [Some(a.owner.value.clone()), a.due.value.clone()]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                let who_when = if who_when.is_empty() {
                    "—".to_string()
                } else {
                    who_when
                };
                let joint = if a.is_joint() { "[joint] " } else { "" };
                (
                    format!(
                        " {mark} {:<6} {:<12} {:<26} {joint}{}",
                        a.id,
                        fit(&status, 12),
                        fit(&who_when, 26),
                        a.title.value
                    ),
                    if a.is_late(&today) {
                        theme.error
                    } else {
                        theme.question
                    },
                )
            }
            PlanEntry::Step(step) => (
                format!(
                    " {mark} {:<6} {:<12} {:<26} {} ({} → {})",
                    "+", "not in plan", "", step.title, step.from_level, step.to_level
                ),
                theme.dim,
            ),
        };
        let style = if i == dash.plan_row {
            theme.highlight
        } else {
            style
        };
        lines.push(cut(&text, width_cells, style));
    }
    lines.push(Line::from(""));
    lines
}

pub fn plans(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let mut lines = team_title(dash, theme, width_cells);
    let t = dash.team.min(c.teams.len() - 1);
    let team = &c.teams[t];
    lines.extend(action_plan(dash, theme, width_cells));
    if !team.has_scores() {
        lines.push(cut(
            "No answers yet from this team: nothing to recommend.",
            width_cells,
            theme.question,
        ));
        return lines;
    }
    // The horizons of the report's roadmap (`domain::roadmap`): the same rule, the same steps.
    lines.extend(wrapped(
        "ROADMAP — lowest effort first, then largest gap × weight; a question's next level one horizon later",
        0,
        width_cells,
        theme.accent,
    ));
    if team.horizons.iter().all(|h| h.steps.is_empty()) {
        lines.push(cut(
            "Nothing below target: every question meets its target.",
            width_cells,
            theme.base,
        ));
    }
    for horizon in &team.horizons {
        lines.push(Line::from(""));
        lines.push(cut(
            &format!(
                "{}–{} MONTHS — {} step{}",
                horizon.from_month,
                horizon.to_month,
                horizon.steps.len(),
                if horizon.steps.len() == 1 { "" } else { "s" }
            ),
            width_cells,
            theme.accent,
        ));
        for r in &horizon.steps {
            lines.extend(step(dash, r, theme, width_cells));
        }
    }
    lines.push(Line::from(""));
    lines.push(cut("LEARN FROM EACH OTHER", width_cells, theme.accent));
    if !dash.several() {
        lines.push(cut(
            "Compare with other teams (t) to see who can learn from whom.",
            width_cells,
            theme.base,
        ));
        return lines;
    }
    let groups: Vec<_> = c
        .pairings_by_team_pair()
        .into_iter()
        .filter(|g| g[0].learner == team.name || g[0].leader == team.name)
        .collect();
    if groups.is_empty() {
        lines.push(cut(
            "No other team is 1.5 levels ahead or behind on any question.",
            width_cells,
            theme.base,
        ));
    }
    for group in groups {
        let (learner, leader) = (&group[0].learner, &group[0].leader);
        let (li, di) = (
            c.team_index(learner).unwrap_or(0),
            c.team_index(leader).unwrap_or(0),
        );
        lines.push(Line::from(vec![
            marker(theme, li),
            styled(format!(" {learner}"), theme.team(li)),
            styled(" can learn from ", theme.question),
            marker(theme, di),
            styled(format!(" {leader}"), theme.team(di)),
            styled(
                format!(
                    " on {} question{}:",
                    group.len(),
                    if group.len() == 1 { "" } else { "s" }
                ),
                theme.question,
            ),
        ]));
        for p in group {
            let question = c.question(&p.question_id).map_or("", |q| q.text.as_str());
            lines.extend(hanging(
                "  • ",
                &format!(
                    "{question} ({} {}, {} {})",
                    team_marker(di),
                    score(Some(p.leader_median)),
                    team_marker(li),
                    score(Some(p.learner_median))
                ),
                width_cells,
                theme.question,
            ));
            lines.extend(wrapped(
                &format!("{leader} does: {}", p.leader_practice),
                4,
                width_cells,
                theme.base,
            ));
        }
        lines.push(Line::from(""));
    }
    lines
}

/// One recommendation: rank, question, the step from one level to the next, effort, what to do.
fn step(
    dash: &Dashboard,
    r: &Recommendation,
    theme: &Theme,
    width_cells: usize,
) -> Vec<Line<'static>> {
    let dimension = dash
        .comparison
        .dimension(&r.dimension_id)
        .map_or("", |d| d.name.as_str());
    let mut lines = hanging(
        &format!("{:>2}. ", r.rank),
        &format!("{dimension} › {}", r.question),
        width_cells,
        theme.question,
    );
    lines.push(cut(
        &format!(
            "    {} {} → {} {} · {} effort · gap {}",
            r.from_level,
            r.from_label,
            r.to_level,
            r.to_label,
            r.effort.as_str(),
            score(Some(r.gap))
        ),
        width_cells,
        theme.saved,
    ));
    if let Some(owners) = r.owners.as_ref().filter(|_| r.owners_moved_it()) {
        lines.extend(wrapped(
            &format!(
                "starts from the owners' level: {} (team median {})",
                owners.text(),
                score(Some(r.median))
            ),
            4,
            width_cells,
            theme.dim,
        ));
    }
    lines.extend(wrapped(&r.text, 4, width_cells, theme.base));
    lines
}

pub fn discuss(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let mut lines = team_title(dash, theme, width_cells);
    let t = dash.team.min(c.teams.len() - 1);
    let team = &c.teams[t];
    lines.extend(role_splits(dash, theme, width_cells));
    lines.push(Line::from(""));
    lines.push(cut(
        &format!("TO DISCUSS — {} question(s)", team.disagreements.len()),
        width_cells,
        theme.accent,
    ));
    lines.extend(wrapped(
        &format!(
            "Respondents of the team gave levels {} or more apart, or many answered “unknown”.",
            c.options.disagreement_spread
        ),
        0,
        width_cells,
        theme.dim,
    ));
    if team.disagreements.is_empty() {
        lines.push(cut(
            "The respondents of this team agree on every question.",
            width_cells,
            theme.base,
        ));
    }
    for (n, d) in team.disagreements.iter().enumerate() {
        lines.push(Line::from(""));
        let question = c.question(&d.question_id).map_or("", |q| q.text.as_str());
        lines.extend(hanging(
            &format!("{:>2}. ", n + 1),
            question,
            width_cells,
            theme.question,
        ));
        let mut why = Vec::new();
        for reason in &d.reasons {
            why.push(match reason {
                DisagreementReason::Spread => format!(
                    "levels {} to {} (spread {})",
                    d.lowest.unwrap_or(0),
                    d.highest.unwrap_or(0),
                    d.spread.unwrap_or(0)
                ),
                DisagreementReason::Unknown => {
                    format!("{} of {} answered “unknown”", d.unknown, d.answered)
                }
            });
        }
        lines.push(cut(
            &format!("    {}", why.join(" · ")),
            width_cells,
            theme.saved,
        ));
        lines.extend(answers(&d.answers, theme, 4, width_cells));
    }
    lines
}

/// The team's role splits, first in the Discuss view: they name roles, so the room can ask each
/// role what it sees before going through individual answers.
fn role_splits(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let team = &c.teams[dash.team.min(c.teams.len() - 1)];
    let apart = c.options.role_split_levels;
    let mut lines = vec![cut(
        &format!("ROLE SPLITS — {} question(s)", team.role_splits.len()),
        width_cells,
        theme.accent,
    )];
    if team.role_splits.is_empty() {
        let why = if team.respondents.iter().any(|r| r.role.is_some()) {
            format!("No two roles of this team are {apart} or more levels apart.")
        } else {
            "Nobody in this team gave a role: give roles to see where roles differ.".to_string()
        };
        lines.extend(wrapped(&why, 0, width_cells, theme.base));
        return lines;
    }
    lines.extend(wrapped(
        &format!("Roles of the team {apart} or more levels apart (role medians): ask each role what it sees."),
        0,
        width_cells,
        theme.dim,
    ));
    for (n, s) in team.role_splits.iter().enumerate() {
        let question = c.question(&s.question_id).map_or("", |q| q.text.as_str());
        lines.extend(hanging(
            &format!("{:>2}. ", n + 1),
            question,
            width_cells,
            theme.question,
        ));
        lines.extend(wrapped(&s.roles_text(), 4, width_cells, theme.saved));
    }
    lines
}
