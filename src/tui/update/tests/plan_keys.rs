//! The Plans view's keys: accept a step, owner and due date in a form, status, a joint action,
//! removal with confirmation. Each change is one `ChangePlan` effect; the plan shown is the one
//! the event loop reads back (`PlanChanged`).

use super::super::super::app::{App, Screen};
use super::super::super::dashboard::{DashView, Dashboard, PlanEntry};
use super::super::super::message::{Effect, Msg, PlanChange};
use super::super::super::theme::Theme;
use super::super::super::wizard::Origin;
use super::super::update;
use super::{home_app, press, typed};
use crate::app::Loaded;
use crate::app::demo::bank_demo;
use crate::app::plan::Fields;
use crate::domain::plan::{Action, Origin as PlanOrigin, Plan, Status};
use ratatui::crossterm::event::KeyCode;

const NOW: &str = "2026-11-01T09:00:00.000Z";

fn plans_app() -> App {
    let (assessment, sheets) = bank_demo("bank-demo", "2026-03-12T09:30:00Z");
    let loaded = Loaded {
        assessment,
        sheets,
        figures: Vec::new(),
        perceptions: Vec::new(),
        requests: Vec::new(),
        unreadable: Vec::new(),
    };
    let teams = loaded.assessment.teams.clone();
    let mut dash = Dashboard::new(&loaded, teams, Origin::Home);
    dash.view = DashView::Plans;
    let mut app = App::new(Theme::monochrome(), "/data");
    app.entries = vec![Ok(loaded)];
    app.screen = Screen::Dashboard(Box::new(dash));
    app
}

fn dash(app: &App) -> &Dashboard {
    match &app.screen {
        Screen::Dashboard(d) => d,
        other => panic!("expected the dashboard, got {other:?}"),
    }
}

/// The first roadmap step of the selected team, as an action of the plan, `status`.
fn with_first_step_in_plan(app: &mut App, status: Status) -> Action {
    let d = dash(app);
    let origin = match d.plan_entries().first() {
        Some(PlanEntry::Step(s)) => PlanOrigin::Step {
            question: s.question_id.clone(),
            from: s.from_level,
            to: s.to_level,
        },
        // Already in the plan (a second call): the same action, another status.
        Some(PlanEntry::Action(a)) => a.origin.clone(),
        None => panic!("an entry first"),
    };
    let mut a = Action::new(
        "a7f3q".into(),
        origin,
        vec![d.teams[0].clone()],
        "Automate the build",
        NOW,
    );
    a.set_status(status, NOW);
    update(
        app,
        Msg::PlanChanged(Ok((
            Plan {
                actions: vec![a.clone()],
            },
            "Saved".into(),
        ))),
    );
    a
}

fn only_change(effects: &[Effect]) -> PlanChange {
    match effects {
        [
            Effect::ChangePlan {
                assessment, change, ..
            },
        ] => {
            assert_eq!(assessment, "bank-demo");
            change.clone()
        }
        other => panic!("one ChangePlan, got {other:?}"),
    }
}

#[test]
fn opening_the_dashboard_from_home_loads_the_plan() {
    let mut app = home_app();
    let effects = press(&mut app, KeyCode::Char('c'));
    assert_eq!(
        effects,
        vec![Effect::LoadPlan {
            assessment: "bank-2026".into()
        }]
    );
}

#[test]
fn a_accepts_the_selected_step_of_the_selected_team() {
    let mut app = plans_app();
    let (team, first) = {
        let d = dash(&app);
        let first = match d.plan_entries().first() {
            Some(PlanEntry::Step(s)) => (*s).clone(),
            other => panic!("{other:?}"),
        };
        (d.teams[0].clone(), first)
    };
    let change = only_change(&press(&mut app, KeyCode::Char('a')));
    assert_eq!(
        change,
        PlanChange::Agree {
            team,
            origin: PlanOrigin::Step {
                question: first.question_id.clone(),
                from: first.from_level,
                to: first.to_level,
            }
        }
    );
    // Down then a: the second step.
    press(&mut app, KeyCode::Down);
    assert_eq!(dash(&app).plan_row, 1);
    match only_change(&press(&mut app, KeyCode::Char('a'))) {
        PlanChange::Agree { origin, .. } => {
            assert_ne!(origin.question(), Some(&*first.question_id));
        }
        other => panic!("{other:?}"),
    }
    // The stored plan comes back: the action is listed first, the step no longer offered.
    let before = dash(&app).plan_entries().len();
    with_first_step_in_plan(&mut app, Status::Agreed);
    let d = dash(&app);
    assert_eq!(d.plan_entries().len(), before);
    assert!(matches!(d.plan_entries()[0], PlanEntry::Action(a) if a.id == "a7f3q"));
    assert_eq!(d.plan_status, Some(("Saved".to_string(), false)));
}

#[test]
fn s_moves_the_status_on_and_a_agrees_a_proposed_action() {
    let mut app = plans_app();
    with_first_step_in_plan(&mut app, Status::Proposed);
    let set = |status: &str| PlanChange::Set {
        id: "a7f3q".into(),
        fields: Fields {
            status: Some(status.into()),
            ..Fields::default()
        },
    };
    assert_eq!(
        only_change(&press(&mut app, KeyCode::Char('s'))),
        set("agreed")
    );
    assert_eq!(
        only_change(&press(&mut app, KeyCode::Char('a'))),
        set("agreed")
    );
    with_first_step_in_plan(&mut app, Status::Done);
    assert_eq!(
        only_change(&press(&mut app, KeyCode::Char('s'))),
        set("dropped")
    );
}

#[test]
fn o_sets_owner_and_due_date_in_a_form_that_refuses_bad_dates() {
    let mut app = plans_app();
    with_first_step_in_plan(&mut app, Status::Agreed);
    assert!(press(&mut app, KeyCode::Char('o')).is_empty());
    let form = dash(&app).plan_form.clone().expect("the form opens");
    assert_eq!((form.id.as_deref(), form.focus), (Some("a7f3q"), 1));
    typed(&mut app, "Claire");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "2027-02-30");
    // A date that does not exist: the form stays with its error, nothing is sent.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let form = dash(&app).plan_form.clone().unwrap();
    assert!(form.error.unwrap().contains("is not a date"));
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "28");
    let change = only_change(&press(&mut app, KeyCode::Enter));
    assert_eq!(
        change,
        PlanChange::Set {
            id: "a7f3q".into(),
            fields: Fields {
                owner: Some("Claire".into()),
                due: Some("2027-02-28".into()),
                ..Fields::default()
            }
        }
    );
    assert!(dash(&app).plan_form.is_none());
    // Esc closes a form without sending anything.
    press(&mut app, KeyCode::Char('o'));
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert!(dash(&app).plan_form.is_none());
}

#[test]
fn n_adds_a_joint_action_for_the_compared_teams() {
    let mut app = plans_app();
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(dash(&app).plan_form.as_ref().unwrap().focus, 0);
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "a title is needed"
    );
    assert!(dash(&app).plan_form.as_ref().unwrap().error.is_some());
    typed(&mut app, "Shared on-call rota");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "Comité");
    match only_change(&press(&mut app, KeyCode::Enter)) {
        PlanChange::Add(req) => {
            assert_eq!(req.teams, dash(&app).teams);
            assert_eq!(req.teams.len(), 2);
            assert_eq!(req.fields.title.as_deref(), Some("Shared on-call rota"));
            assert_eq!(req.fields.owner.as_deref(), Some("Comité"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn x_removes_only_after_y() {
    let mut app = plans_app();
    with_first_step_in_plan(&mut app, Status::Agreed);
    assert!(press(&mut app, KeyCode::Char('x')).is_empty());
    assert_eq!(dash(&app).plan_confirm.as_deref(), Some("a7f3q"));
    assert!(press(&mut app, KeyCode::Char('n')).is_empty());
    assert!(dash(&app).plan_confirm.is_none());
    assert!(
        dash(&app).plan_form.is_none(),
        "the answer is not a command"
    );
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(
        only_change(&press(&mut app, KeyCode::Char('y'))),
        PlanChange::Remove { id: "a7f3q".into() }
    );
    // A step not in the plan cannot be removed or edited: it says what to do.
    let mut app = plans_app();
    assert!(press(&mut app, KeyCode::Char('x')).is_empty());
    assert!(dash(&app).plan_confirm.is_none());
    assert!(dash(&app).plan_status.as_ref().unwrap().1);
}

#[test]
fn a_refused_change_is_shown_and_other_keys_still_work() {
    let mut app = plans_app();
    update(&mut app, Msg::PlanChanged(Err("busy".into())));
    assert_eq!(
        dash(&app).plan_status,
        Some(("Not saved: busy".to_string(), true))
    );
    // Left / right still choose the team; the list follows it.
    press(&mut app, KeyCode::Right);
    assert_eq!(dash(&app).team, 1);
    assert!(press(&mut app, KeyCode::Char('1')).is_empty());
    assert_eq!(dash(&app).view, DashView::Overview);
}
