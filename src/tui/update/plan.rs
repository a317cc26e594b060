//! The Plans view's keys: the action plan of the selected team, edited on the spot. `a`
//! accepts the selected step (or agrees a proposed action), `o` sets its owner and due date in a
//! small form, `s` moves its status on, `n` adds a joint action for the compared teams, `x`
//! removes it after a confirmation. Every change is one `ChangePlan` effect, saved at once by
//! the event loop through the `plan` use cases; the plan shown is the one read back.

use super::super::app::{App, Screen};
use super::super::dashboard::{DashView, Dashboard, PlanEntry, PlanForm};
use super::super::input::TextInput;
use super::super::message::{Effect, PlanChange};
use crate::app::i18n::{Lang, dashboard as d};
use crate::app::plan::{Fields, NewAction};
use crate::domain::plan::{Origin, Status, parse_date};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// The first body line of the action list (after the team's title, the heading and the hint).
pub const LIST_TOP: usize = 4;

/// The next status `s` gives: proposed → agreed → in progress → done → dropped → proposed.
pub fn next_status(s: Status) -> Status {
    let i = Status::ALL.iter().position(|x| *x == s).unwrap_or(0);
    Status::ALL[(i + 1) % Status::ALL.len()]
}

fn change(dash: &Dashboard, change: PlanChange) -> Vec<Effect> {
    vec![Effect::ChangePlan {
        assessment: dash.assessment.clone(),
        change,
        lang: dash.lang,
    }]
}

fn selected_team(dash: &Dashboard) -> String {
    let c = &dash.comparison;
    c.teams
        .get(dash.team.min(c.teams.len().saturating_sub(1)))
        .map(|t| t.name.clone())
        .unwrap_or_default()
}

/// The selected entry, copied out of the dashboard.
enum Selected {
    Step(Origin),
    Action(Box<crate::domain::plan::Action>),
}

/// Keys of the Plans view; `None` when the key is not the plan's (scrolling, other views).
pub fn key(app: &mut App, key: KeyEvent, body_height: usize) -> Option<Vec<Effect>> {
    let Screen::Dashboard(dash) = &mut app.screen else {
        return None;
    };
    if dash.view != DashView::Plans || dash.drill.is_some() {
        return None;
    }
    if dash.plan_form.is_some() {
        return Some(form_key(dash, key));
    }
    if let Some(id) = dash.plan_confirm.clone() {
        dash.plan_confirm = None;
        // « o » (oui) on a French screen.
        if matches!(key.code, KeyCode::Char('y' | 'Y'))
            || (dash.lang == Lang::Fr && matches!(key.code, KeyCode::Char('o' | 'O')))
        {
            return Some(change(dash, PlanChange::Remove { id }));
        }
        dash.plan_status = Some((d::NOTHING_REMOVED.get(dash.lang).into(), false));
        return Some(Vec::new());
    }
    let entries = dash.plan_entries();
    let count = entries.len();
    let row = dash.plan_row.min(count.saturating_sub(1));
    // Owned, so the dashboard can change below.
    let selected = entries.get(row).map(|e| match e {
        PlanEntry::Step(step) => Selected::Step(Origin::Step {
            question: step.question_id.clone(),
            from: step.from_level,
            to: step.to_level,
        }),
        PlanEntry::Action(a) => Selected::Action(Box::new((*a).clone())),
    });
    let effects = match (key.code, selected) {
        (KeyCode::Down | KeyCode::Char('j'), _) if count > 0 => {
            dash.plan_row = (row + 1).min(count - 1);
            follow(dash, body_height);
            Vec::new()
        }
        (KeyCode::Up | KeyCode::Char('k'), _) if count > 0 => {
            dash.plan_row = row.saturating_sub(1);
            follow(dash, body_height);
            Vec::new()
        }
        (KeyCode::Char('a'), Some(Selected::Step(origin))) => {
            let team = selected_team(dash);
            change(dash, PlanChange::Agree { team, origin })
        }
        (KeyCode::Char('a'), Some(Selected::Action(a))) => {
            let id = a.id.clone();
            change(
                dash,
                PlanChange::Set {
                    id,
                    fields: Fields {
                        status: Some(Status::Agreed.as_str().into()),
                        ..Fields::default()
                    },
                },
            )
        }
        (KeyCode::Char('s'), Some(Selected::Action(a))) => {
            let (id, status) = (a.id.clone(), next_status(a.status()));
            change(
                dash,
                PlanChange::Set {
                    id,
                    fields: Fields {
                        status: Some(status.as_str().into()),
                        ..Fields::default()
                    },
                },
            )
        }
        (KeyCode::Char('o'), Some(Selected::Action(a))) => {
            dash.plan_form = Some(PlanForm {
                id: Some(a.id.clone()),
                title: TextInput::new(&a.title.value),
                owner: TextInput::new(&a.owner.value),
                due: TextInput::new(a.due.value.as_deref().unwrap_or("")),
                focus: 1,
                error: None,
            });
            Vec::new()
        }
        (KeyCode::Char('x') | KeyCode::Delete, Some(Selected::Action(a))) => {
            dash.plan_confirm = Some(a.id.clone());
            Vec::new()
        }
        (KeyCode::Char('o' | 's' | 'x') | KeyCode::Delete, Some(Selected::Step(_))) => {
            dash.plan_status = Some((d::ACCEPT_FIRST.get(dash.lang).into(), true));
            Vec::new()
        }
        (KeyCode::Char('n'), _) => {
            dash.plan_form = Some(PlanForm::default());
            Vec::new()
        }
        _ => return None,
    };
    Some(effects)
}

/// Keeps the selected entry on screen.
fn follow(dash: &mut Dashboard, body_height: usize) {
    let line = LIST_TOP + dash.plan_row + usize::from(dash.plan_status.is_some());
    dash.scroll = super::super::layout::keep_visible(dash.scroll, &(line..line + 1), body_height);
}

fn form_key(dash: &mut Dashboard, key: KeyEvent) -> Vec<Effect> {
    let Some(form) = dash.plan_form.as_mut() else {
        return Vec::new();
    };
    let first = usize::from(form.id.is_some());
    match key.code {
        KeyCode::Esc => dash.plan_form = None,
        KeyCode::Tab | KeyCode::Down => {
            form.focus = if form.focus >= 2 {
                first
            } else {
                form.focus + 1
            }
        }
        KeyCode::BackTab | KeyCode::Up => {
            form.focus = if form.focus <= first {
                2
            } else {
                form.focus - 1
            }
        }
        KeyCode::Enter => return submit(dash),
        _ => {
            let field = match form.focus {
                0 => &mut form.title,
                1 => &mut form.owner,
                _ => &mut form.due,
            };
            if field.handle(key) {
                form.error = None;
            }
        }
    }
    Vec::new()
}

/// Checks the form (a real date, a title for a new action) and sends the change; a refused
/// form stays open with its error, nothing sent.
fn submit(dash: &mut Dashboard) -> Vec<Effect> {
    let Some(form) = dash.plan_form.as_mut() else {
        return Vec::new();
    };
    let due = form.due.value.trim().to_string();
    if !due.is_empty() && parse_date(&due).is_err() {
        form.error = Some(d::bad_due(dash.lang, &due));
        form.focus = 2;
        return Vec::new();
    }
    let title = form.title.value.trim().to_string();
    if form.id.is_none() && title.is_empty() {
        form.error = Some(d::GIVE_A_TITLE.get(dash.lang).into());
        form.focus = 0;
        return Vec::new();
    }
    let fields = Fields {
        owner: Some(form.owner.value.trim().to_string()),
        due: Some(due),
        ..Fields::default()
    };
    let change_of = match form.id.clone() {
        Some(id) => PlanChange::Set { id, fields },
        None => PlanChange::Add(NewAction {
            teams: dash.teams.clone(),
            question: None,
            fields: Fields {
                title: Some(title),
                ..fields
            },
        }),
    };
    dash.plan_form = None;
    change(dash, change_of)
}

/// `PlanLoaded` / `PlanChanged`: the plan as stored, and what happened.
pub fn plan_result(
    app: &mut App,
    result: Result<(crate::domain::plan::Plan, Option<String>), String>,
) {
    let Screen::Dashboard(dash) = &mut app.screen else {
        return;
    };
    match result {
        Ok((plan, done)) => {
            dash.plan = plan;
            dash.plan_row = dash
                .plan_row
                .min(dash.plan_entries().len().saturating_sub(1));
            dash.plan_status = done.map(|d| (d, false));
        }
        Err(e) => dash.plan_status = Some((d::not_saved(dash.lang, &e), true)),
    }
}
