//! A team's plans (the roadmap in three horizons, chosen by the report's rule, then
//! learn-from-each-other pairs) and what to discuss: where its roles see a practice far apart,
//! and the questions its respondents disagree on.

use super::super::super::dashboard::{Dashboard, PlanEntry};
use super::super::super::theme::{Theme, team_marker};
use super::super::super::wrap::fit;
use super::super::common::styled;
use super::{answers, cut, hanging, marker, score, wrapped};
use crate::app::i18n::{Lang, Text, colon, dashboard as t9n, decimal};
use crate::domain::compare::show_level;
use crate::domain::compare::{DisagreementReason, Recommendation};
use crate::report::labels::PlanLabels;
use ratatui::text::Line;

/// "● DSI historique — Paris · overall 2.6 of 5 · target 4.0", and how to see another team.
fn team_title(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let t = dash.team.min(c.teams.len() - 1);
    let team = &c.teams[t];
    let lang = dash.lang;
    let mut rest = t9n::team_overall(
        lang,
        &score(lang, team.overall),
        c.questionnaire.levels.len(),
        &score(lang, Some(team.target)),
    );
    if dash.several() {
        rest.push_str(&t9n::team_of(lang, t + 1, c.teams.len()));
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
    let lang = dash.lang;
    let t = |x: Text| x.get(lang);
    let mut lines = vec![cut(t(t9n::ACTION_PLAN), width_cells, theme.accent)];
    if let Some(form) = &dash.plan_form {
        let title = if form.id.is_some() {
            t9n::owner_due_of(lang, form.id.as_deref().unwrap_or(""))
        } else {
            t9n::new_joint_action(lang, &dash.teams.join(" + "))
        };
        lines.push(cut(
            &format!("{title}{}", t(t9n::FORM_KEYS)),
            width_cells,
            theme.header,
        ));
        let mut fields = vec![(1, t(t9n::OWNER), &form.owner), (2, t(t9n::DUE), &form.due)];
        if form.id.is_none() {
            fields.insert(0, (0, t(t9n::TITLE), &form.title));
        }
        for (i, label, input) in fields {
            let style = if form.focus == i {
                theme.highlight
            } else {
                theme.base
            };
            let cursor = if form.focus == i { "▏" } else { "" };
            lines.push(cut(
                &format!("  {}{}{cursor}", colon(lang, label), input.value),
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
        (Some(id), _) => lines.push(cut(&t9n::remove_action(lang, id), width_cells, theme.error)),
        (None, Some((text, error))) => lines.push(cut(
            text,
            width_cells,
            if *error { theme.error } else { theme.saved },
        )),
        (None, None) => {}
    }
    lines.push(cut(
        &format!(
            "   {:<6} {:<12} {:<26} {}",
            t(t9n::ID),
            t(t9n::STATUS),
            t(t9n::OWNER_DUE),
            t(t9n::ACTION)
        ),
        width_cells,
        theme.dim,
    ));
    let entries = dash.plan_entries();
    if entries.is_empty() {
        lines.push(cut(t(t9n::NOTHING_PLANNED), width_cells, theme.base));
    }
    let today = crate::app::plan::today();
    for (i, e) in entries.iter().enumerate() {
        let mark = if i == dash.plan_row { "▶" } else { " " };
        let (text, style) = match e {
            PlanEntry::Action(a) => {
                let status_word = PlanLabels::of(lang).status(a.status());
                let status = if a.is_late(&today) {
                    t9n::late(lang, status_word)
                } else {
                    status_word.to_string()
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
                let joint = if a.is_joint() { t(t9n::JOINT) } else { "" };
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
                    "+",
                    t(t9n::NOT_IN_PLAN),
                    "",
                    step.title,
                    step.from_level,
                    step.to_level
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
    let lang = dash.lang;
    let tr = |x: Text| x.get(lang);
    lines.extend(action_plan(dash, theme, width_cells));
    if !team.has_scores() {
        lines.push(cut(
            tr(t9n::NO_ANSWERS_NOTHING),
            width_cells,
            theme.question,
        ));
        return lines;
    }
    // The horizons of the report's roadmap (`domain::roadmap`): the same rule, the same steps.
    lines.extend(wrapped(tr(t9n::ROADMAP_RULE), 0, width_cells, theme.accent));
    if team.horizons.iter().all(|h| h.steps.is_empty()) {
        lines.push(cut(tr(t9n::NOTHING_BELOW), width_cells, theme.base));
    }
    for horizon in &team.horizons {
        lines.push(Line::from(""));
        lines.push(cut(
            &t9n::horizon_heading(
                lang,
                horizon.from_month,
                horizon.to_month,
                horizon.steps.len(),
            ),
            width_cells,
            theme.accent,
        ));
        for r in &horizon.steps {
            lines.extend(step(dash, r, theme, width_cells));
        }
    }
    lines.push(Line::from(""));
    lines.push(cut(tr(t9n::LEARN), width_cells, theme.accent));
    if !dash.several() {
        lines.push(cut(tr(t9n::COMPARE_TO_LEARN), width_cells, theme.base));
        return lines;
    }
    let groups: Vec<_> = c
        .pairings_by_team_pair()
        .into_iter()
        .filter(|g| g[0].learner == team.name || g[0].leader == team.name)
        .collect();
    if groups.is_empty() {
        lines.push(cut(tr(t9n::NO_PAIRING), width_cells, theme.base));
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
            styled(tr(t9n::CAN_LEARN_FROM), theme.question),
            marker(theme, di),
            styled(format!(" {leader}"), theme.team(di)),
            styled(t9n::on_questions(lang, group.len()), theme.question),
        ]));
        for p in group {
            let question = c.question(&p.question_id).map_or("", |q| q.text.as_str());
            lines.extend(hanging(
                "  • ",
                &format!(
                    "{question} ({} {}, {} {})",
                    team_marker(di),
                    score(lang, Some(p.leader_median)),
                    team_marker(li),
                    score(lang, Some(p.learner_median))
                ),
                width_cells,
                theme.question,
            ));
            lines.extend(wrapped(
                &t9n::leader_does(lang, leader, &p.leader_practice),
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
    let lang = dash.lang;
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
        &t9n::step_line(
            lang,
            &format!("{} {}", r.from_level, r.from_label),
            &format!("{} {}", r.to_level, r.to_label),
            &lang.labels().effort_value(r.effort),
            &score(lang, Some(r.gap)),
        ),
        width_cells,
        theme.saved,
    ));
    if let Some(owners) = r.owners.as_ref().filter(|_| r.owners_moved_it()) {
        lines.extend(wrapped(
            &t9n::owners_level(
                lang,
                &owners
                    .roles
                    .iter()
                    .map(|r| crate::app::i18n::role(lang, *r))
                    .collect::<Vec<_>>()
                    .join(", "),
                &decimal(lang, show_level(owners.median)),
                &score(lang, Some(r.median)),
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
    let lang = dash.lang;
    lines.extend(role_splits(dash, theme, width_cells));
    lines.push(Line::from(""));
    lines.push(cut(
        &t9n::to_discuss(lang, team.disagreements.len()),
        width_cells,
        theme.accent,
    ));
    lines.extend(wrapped(
        &t9n::disagreement_rule(lang, c.options.disagreement_spread),
        0,
        width_cells,
        theme.dim,
    ));
    if team.disagreements.is_empty() {
        lines.push(cut(
            t9n::AGREE_EVERYWHERE.get(lang),
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
                DisagreementReason::Spread => t9n::levels_spread(
                    lang,
                    d.lowest.unwrap_or(0),
                    d.highest.unwrap_or(0),
                    d.spread.unwrap_or(0),
                ),
                DisagreementReason::Unknown => t9n::answered_unknown(lang, d.unknown, d.answered),
            });
        }
        lines.push(cut(
            &format!("    {}", why.join(" · ")),
            width_cells,
            theme.saved,
        ));
        lines.extend(answers(lang, &d.answers, theme, 4, width_cells));
    }
    lines
}

/// The team's role splits, first in the Discuss view: they name roles, so the room can ask each
/// role what it sees before going through individual answers.
fn role_splits(dash: &Dashboard, theme: &Theme, width_cells: usize) -> Vec<Line<'static>> {
    let c = &dash.comparison;
    let team = &c.teams[dash.team.min(c.teams.len() - 1)];
    let lang = dash.lang;
    let apart = decimal(lang, format!("{}", c.options.role_split_levels));
    let mut lines = vec![cut(
        &t9n::role_splits(lang, team.role_splits.len()),
        width_cells,
        theme.accent,
    )];
    if team.role_splits.is_empty() {
        let why = if team.respondents.iter().any(|r| r.role.is_some()) {
            t9n::no_role_split(lang, &apart)
        } else {
            t9n::NO_ROLES.get(lang).to_string()
        };
        lines.extend(wrapped(&why, 0, width_cells, theme.base));
        return lines;
    }
    lines.extend(wrapped(
        &t9n::role_split_rule(lang, &apart),
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
        lines.extend(wrapped(&roles_text(lang, s), 4, width_cells, theme.saved));
    }
    lines
}

/// "dev 3 (owner) · qa 2.5 · business 1" in `lang`: the roles of a split, highest first, as
/// `RoleSplit::roles_text` names them, with French role names and decimal commas.
fn roles_text(lang: Lang, split: &crate::domain::compare::RoleSplit) -> String {
    split
        .roles
        .iter()
        .map(|r| {
            format!(
                "{} {}{}",
                crate::app::i18n::role(lang, r.role),
                decimal(lang, show_level(r.median)),
                if r.owner {
                    t9n::OWNER_MARK.get(lang)
                } else {
                    ""
                }
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
