//! The dashboard's keys: views, the differences list and its drill-down, teams, export.

use super::super::super::app::{App, Screen};
use super::super::super::dashboard::{DashView, Dashboard};
use super::super::super::message::{Effect, ExportOutcome, Msg};
use super::super::super::theme::Theme;
use super::super::super::wizard::Origin;
use super::super::update;
use super::{home_app, press, typed};
use crate::app::Loaded;
use crate::app::demo::bank_demo;
use ratatui::crossterm::event::KeyCode;

fn demo_app(origin: Origin) -> App {
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
    let dash = Dashboard::new(&loaded, teams, origin);
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

#[test]
fn c_on_the_home_screen_compares_every_team_of_the_assessment() {
    let mut app = home_app();
    press(&mut app, KeyCode::Char('c'));
    let d = dash(&app);
    assert_eq!(d.teams, vec!["Paris", "Nantes"]);
    assert_eq!(d.view, DashView::Overview);
    assert_eq!(d.origin, Origin::Home);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home));
    assert!(!app.quit);
}

#[test]
fn from_the_command_line_leaving_quits() {
    let mut app = demo_app(Origin::CommandLine);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn number_keys_and_tab_switch_views() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(dash(&app).view, DashView::Plans);
    press(&mut app, KeyCode::Tab);
    assert_eq!(dash(&app).view, DashView::Discuss);
    press(&mut app, KeyCode::Tab);
    assert_eq!(dash(&app).view, DashView::Rhythm);
    press(&mut app, KeyCode::Tab);
    assert_eq!(dash(&app).view, DashView::Perception);
    press(&mut app, KeyCode::Tab);
    assert_eq!(dash(&app).view, DashView::TwoSpeed);
    press(&mut app, KeyCode::Tab);
    assert_eq!(dash(&app).view, DashView::Overview);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(dash(&app).view, DashView::TwoSpeed);
    press(&mut app, KeyCode::Char('7'));
    assert_eq!(dash(&app).view, DashView::TwoSpeed);
    press(&mut app, KeyCode::Char('6'));
    assert_eq!(dash(&app).view, DashView::Perception);
    // a and b change the pair and stay on the perception view.
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(dash(&app).view, DashView::Perception);
    press(&mut app, KeyCode::Char('5'));
    assert_eq!(dash(&app).view, DashView::Rhythm);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(dash(&app).view, DashView::Discuss);
}

#[test]
fn scrolling_stops_at_the_end_of_the_view() {
    let mut app = demo_app(Origin::Home);
    // The overview of 13 dimensions fits at 80x24 with two teams; the disagreements do not.
    // (In the plans, ↓ moves the selected action instead.)
    press(&mut app, KeyCode::Down);
    assert_eq!(dash(&app).scroll, 0, "the overview fits: nothing to scroll");
    press(&mut app, KeyCode::Char('4'));
    for _ in 0..500 {
        press(&mut app, KeyCode::Down);
    }
    let at_end = dash(&app).scroll;
    assert!(at_end > 0, "the disagreements scroll at 80x24");
    press(&mut app, KeyCode::Up);
    assert_eq!(dash(&app).scroll, at_end - 1, "one up moves at once");
    press(&mut app, KeyCode::Home);
    assert_eq!(dash(&app).scroll, 0);
    // A taller screen shows more: the position is brought back within the end.
    press(&mut app, KeyCode::End);
    update(
        &mut app,
        Msg::Resize {
            width: 200,
            height: 50,
        },
    );
    assert!(dash(&app).scroll < at_end);
}

#[test]
fn enter_on_the_differences_list_opens_the_selected_dimension() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('2'));
    let order = dash(&app).difference_order();
    let c = &dash(&app).comparison;
    // Largest gap between the two sites first: the engine's order of the pair's deltas.
    let pair = c.pair(0, 1);
    let expected: Vec<&str> = pair
        .deltas
        .dimensions
        .iter()
        .map(|d| d.dimension_id.as_str())
        .collect();
    let shown: Vec<&str> = order.iter().map(|&i| c.dimensions[i].id.as_str()).collect();
    assert_eq!(shown, expected);
    assert_eq!(
        shown[0], "deploy",
        "deployment is where the sites differ most"
    );
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(dash(&app).drill, Some(order[1]));
    press(&mut app, KeyCode::Esc);
    assert_eq!(dash(&app).drill, None);
    assert_eq!(dash(&app).row, 1, "back on the same row");
    assert!(
        matches!(app.screen, Screen::Dashboard(_)),
        "Esc left only the drill-down"
    );
}

#[test]
fn a_and_b_choose_the_teams_of_the_differences_and_never_the_same_twice() {
    let (assessment, sheets) = bank_demo("bank-demo", "2026-03-12T09:30:00Z");
    let mut assessment = assessment;
    assessment.teams.push("Lyon".into());
    let loaded = Loaded {
        assessment,
        sheets,
        figures: Vec::new(),
        perceptions: Vec::new(),
        requests: Vec::new(),
        unreadable: Vec::new(),
    };
    let teams = loaded.assessment.teams.clone();
    let mut app = App::new(Theme::monochrome(), "/data");
    app.screen = Screen::Dashboard(Box::new(Dashboard::new(&loaded, teams, Origin::Home)));
    app.entries = vec![Ok(loaded)];
    assert_eq!(dash(&app).pair, (0, 1));
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(dash(&app).pair, (2, 1), "a skips team 1, the other side");
    assert_eq!(dash(&app).view, DashView::Differences);
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(dash(&app).pair, (2, 0));
}

#[test]
fn left_and_right_walk_the_teams_of_the_plans() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Right);
    assert_eq!(dash(&app).team, 1);
    press(&mut app, KeyCode::Right);
    assert_eq!(dash(&app).team, 0, "wraps around");
    press(&mut app, KeyCode::Left);
    assert_eq!(dash(&app).team, 1);
}

#[test]
fn the_team_picker_compares_the_chosen_teams_and_refuses_none() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(dash(&app).picker.as_ref().unwrap().chosen, vec![true, true]);
    // Leaving both out is refused with a message; nothing changes.
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    let picker = dash(&app).picker.as_ref().unwrap();
    assert!(picker.error.as_deref().unwrap().contains("at least one"));
    assert_eq!(dash(&app).teams.len(), 2);
    // Only Nantes: a one-team comparison, gaps to target.
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    let d = dash(&app);
    assert!(d.picker.is_none());
    assert_eq!(d.teams, vec!["Start-up — Nantes"]);
    assert_eq!(d.comparison.teams.len(), 1);
    assert!(!d.several());
    let gaps: Vec<usize> = d.difference_order();
    assert_eq!(gaps.len(), d.comparison.teams[0].gaps.len());
    // Esc closes the picker without changing the teams.
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(dash(&app).teams.len(), 1);
}

#[test]
fn export_asks_for_a_path_and_asks_again_before_replacing() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('e'));
    let prompt = dash(&app).export.as_ref().unwrap();
    assert_eq!(prompt.path.value, "./bank-demo-report.pdf");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::ExportReport {
            assessment: "bank-demo".into(),
            teams: dash(&app).teams.clone(),
            path: "./bank-demo-report.pdf".into(),
            force: false,
            short_term: 5,
            title: Some(dash(&app).report_title.clone()),
            author: None,
            anonymous: false,
        }]
    );
    update(&mut app, Msg::Exported(ExportOutcome::Exists));
    assert!(dash(&app).export.as_ref().unwrap().confirm_overwrite);
    // While asking, letters answer the question instead of editing the path.
    assert!(press(&mut app, KeyCode::Char('x')).is_empty());
    assert_eq!(
        dash(&app).export.as_ref().unwrap().path.value,
        "./bank-demo-report.pdf"
    );
    // n: keep the file and edit the name.
    press(&mut app, KeyCode::Char('n'));
    assert!(!dash(&app).export.as_ref().unwrap().confirm_overwrite);
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, ".md");
    match press(&mut app, KeyCode::Enter).as_slice() {
        [Effect::ExportReport { path, force, .. }] => {
            assert_eq!(path, "./bank-demo-report.md");
            assert!(!force);
        }
        other => panic!("{other:?}"),
    }
    update(&mut app, Msg::Exported(ExportOutcome::Exists));
    match press(&mut app, KeyCode::Char('y')).as_slice() {
        [Effect::ExportReport { force, .. }] => assert!(force, "y replaces"),
        other => panic!("{other:?}"),
    }
    update(
        &mut app,
        Msg::Exported(ExportOutcome::Written(
            "Wrote /tmp/x.md (Markdown, 12 KB)".into(),
        )),
    );
    assert!(dash(&app).export.is_none());
    assert_eq!(
        app.visible_status().unwrap().text,
        "Wrote /tmp/x.md (Markdown, 12 KB)"
    );
}

#[test]
fn a_failed_export_keeps_the_prompt_with_the_error() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('e'));
    update(
        &mut app,
        Msg::Exported(ExportOutcome::Failed(
            "cannot tell the format of x.txt from its extension".into(),
        )),
    );
    let prompt = dash(&app).export.as_ref().unwrap();
    assert!(prompt.error.as_deref().unwrap().contains("x.txt"));
    press(&mut app, KeyCode::Esc);
    assert!(dash(&app).export.is_none());
    assert!(matches!(app.screen, Screen::Dashboard(_)));
}

#[test]
fn keys_typed_while_the_terminal_is_too_small_change_nothing() {
    let mut app = demo_app(Origin::Home);
    update(
        &mut app,
        Msg::Resize {
            width: 40,
            height: 10,
        },
    );
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Char('3'));
    assert!(dash(&app).export.is_none());
    assert_eq!(dash(&app).view, DashView::Overview);
}

#[test]
fn the_short_term_size_given_on_the_command_line_reaches_plans_and_export() {
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
    let options = crate::domain::CompareOptions {
        short_term_size: 2,
        ..Default::default()
    };
    let board = Dashboard::with_options(&loaded, teams.clone(), Origin::CommandLine, options);
    assert!(
        board
            .comparison
            .teams
            .iter()
            .all(|t| t.short_term_plan.len() == 2)
    );
    let mut app = App::new(Theme::monochrome(), "/data");
    app.screen = Screen::Dashboard(Box::new(board));
    // Choosing teams again keeps the option.
    if let Screen::Dashboard(d) = &mut app.screen {
        d.set_teams(&loaded, teams);
    }
    app.entries = vec![Ok(loaded)];
    assert!(
        dash(&app)
            .comparison
            .teams
            .iter()
            .all(|t| t.short_term_plan.len() == 2)
    );
    press(&mut app, KeyCode::Char('e'));
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::ExportReport { short_term: 2, .. }]
        ),
        "{effects:?}"
    );
}

#[test]
fn the_perception_view_adds_a_request_and_takes_the_stored_list_back() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('6'));
    // Nothing to answer yet: r opens nothing.
    press(&mut app, KeyCode::Char('r'));
    assert!(dash(&app).request.is_none());
    // m: from the second team of the pair to the first.
    press(&mut app, KeyCode::Char('m'));
    assert!(dash(&app).request.is_some());
    // An empty text is refused in the pop-up, with no effect.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(dash(&app).request.as_ref().unwrap().error.is_some());
    typed(&mut app, "Logs without a ticket");
    let effects = press(&mut app, KeyCode::Enter);
    let (paris, nantes) = (dash(&app).teams[0].clone(), dash(&app).teams[1].clone());
    assert_eq!(
        effects,
        vec![Effect::AddRequest {
            assessment: "bank-demo".into(),
            by: nantes.clone(),
            to: paris.clone(),
            text: "Logs without a ticket".into(),
            lang: crate::app::i18n::Lang::En,
        }]
    );
    // The event loop reports the list as stored: the view and the loaded assessment take it.
    let stored = crate::domain::requests::Request::new(
        "r-abc234",
        &nantes,
        &paris,
        "Logs without a ticket",
        "2026-03-12T09:30:00.000Z",
    );
    update(
        &mut app,
        Msg::RequestsChanged(Ok((
            "Request r-abc234 recorded".into(),
            vec![stored.clone()],
        ))),
    );
    assert!(dash(&app).request.is_none());
    assert_eq!(dash(&app).comparison.requests, vec![stored.clone()]);
    assert_eq!(app.entries[0].as_ref().unwrap().requests, vec![stored]);
    // r now answers it: Tab moves from accepted to discuss, the note is typed.
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "In March");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::RespondRequest {
            assessment: "bank-demo".into(),
            id: "r-abc234".into(),
            status: crate::domain::requests::Status::Discuss,
            note: "In March".into(),
            lang: crate::app::i18n::Lang::En,
        }]
    );
    // A refusal from the store stays in the pop-up; Esc closes it.
    update(
        &mut app,
        Msg::RequestsChanged(Err("request r-abc234 was withdrawn".into())),
    );
    assert_eq!(
        dash(&app).request.as_ref().unwrap().error.as_deref(),
        Some("request r-abc234 was withdrawn")
    );
    press(&mut app, KeyCode::Esc);
    assert!(dash(&app).request.is_none());
    assert_eq!(
        dash(&app).view,
        DashView::Perception,
        "Esc closes the pop-up only"
    );
}

#[test]
fn export_asks_for_title_author_and_anonymity_too() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('e'));
    let prompt = dash(&app).export.as_ref().unwrap();
    assert!(!prompt.title.value.is_empty(), "the title is prefilled");
    assert!(!prompt.anonymous);
    press(&mut app, KeyCode::Tab);
    super::ctrl(&mut app, 'u');
    typed(&mut app, "Diagnostic 2026");
    press(&mut app, KeyCode::Tab);
    typed(&mut app, "Claire");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char(' '));
    // Space on the other fields is typed text, not a toggle.
    press(&mut app, KeyCode::BackTab);
    typed(&mut app, " D.");
    match press(&mut app, KeyCode::Enter).as_slice() {
        [
            Effect::ExportReport {
                title,
                author,
                anonymous,
                path,
                ..
            },
        ] => {
            assert_eq!(title.as_deref(), Some("Diagnostic 2026"));
            assert_eq!(author.as_deref(), Some("Claire D."));
            assert!(*anonymous);
            assert_eq!(path, "./bank-demo-report.pdf");
        }
        other => panic!("{other:?}"),
    }
    // An emptied title or author means the report's default.
    press(&mut app, KeyCode::BackTab);
    super::ctrl(&mut app, 'u');
    match press(&mut app, KeyCode::Enter).as_slice() {
        [Effect::ExportReport { title, .. }] => assert_eq!(*title, None),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_default_report_name_has_no_spaces() {
    use crate::tui::dashboard::default_report_path;
    assert_eq!(
        default_report_path("Banque 2026 / Paris", crate::app::i18n::Lang::En),
        "./Banque-2026---Paris-report.pdf"
    );
    assert_eq!(
        default_report_path("bank-demo", crate::app::i18n::Lang::En),
        "./bank-demo-report.pdf"
    );
    assert_eq!(
        default_report_path("banque", crate::app::i18n::Lang::Fr),
        "./banque-rapport.pdf"
    );
}

#[test]
fn the_two_speed_view_lists_questions_by_gap_and_enter_opens_the_answers() {
    let mut app = demo_app(Origin::Home);
    press(&mut app, KeyCode::Char('7'));
    let order = dash(&app).two_speed_order();
    assert!(
        order.len() > 10,
        "the demo's two sites answered most questions"
    );
    let q = &dash(&app).comparison.questions;
    let gaps: Vec<f64> = order.iter().map(|&i| q[i].range.unwrap_or(0.0)).collect();
    assert!(
        gaps.windows(2).all(|w| w[0] >= w[1]),
        "largest gap first: {gaps:?}"
    );
    press(&mut app, KeyCode::Down);
    assert_eq!(dash(&app).row, 1);
    press(&mut app, KeyCode::Enter);
    assert_eq!(dash(&app).drill, Some(order[1]));
    press(&mut app, KeyCode::Esc);
    assert_eq!(dash(&app).drill, None);
    assert_eq!(dash(&app).view, DashView::TwoSpeed);
}
