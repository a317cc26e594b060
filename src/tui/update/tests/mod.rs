//! `update` without a terminal or a disk: keys in, state and effects out. Shared fixtures here,
//! the wizard's keys and the other screens' keys in their own files.

mod dashboard_keys;
mod home_keys;
mod metrics_keys;
mod plan_keys;
mod room_keys;
mod wizard_keys;

use super::super::app::{App, NewAssessmentForm, Screen};
use super::super::message::{Effect, Msg};
use super::super::theme::Theme;
use super::super::wizard::{Mode, Origin, Wizard};
use super::update;
use crate::app::Loaded;
use crate::domain::{Answer, Assessment, ResponseSheet, Role, default_questionnaire};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub(super) fn assessment() -> Assessment {
    Assessment::new(
        "bank-2026",
        "2026-03-02T09:00:00Z",
        vec!["Paris".into(), "Nantes".into()],
        default_questionnaire(),
        None,
    )
}

pub(super) fn wizard_app(origin: Origin) -> App {
    let mut app = App::new(Theme::monochrome(), "/data");
    let w = Wizard::new(assessment(), ResponseSheet::new("Paris", "Alice"), origin);
    app.screen = Screen::Wizard(Box::new(w));
    app
}

pub(super) fn home_app() -> App {
    let mut app = App::new(Theme::monochrome(), "/data");
    let mut bob = ResponseSheet::new("Paris", "Bob");
    bob.role = Some(Role::Ops);
    app.entries = vec![Ok(Loaded {
        assessment: assessment(),
        sheets: vec![bob],
        figures: Vec::new(),
        perceptions: Vec::new(),
        requests: Vec::new(),
        unreadable: Vec::new(),
    })];
    app
}

pub(super) fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub(super) fn press_with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, modifiers)))
}

pub(super) fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

pub(super) fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

pub(super) fn wiz(app: &App) -> &Wizard {
    match &app.screen {
        Screen::Wizard(w) => w,
        other => panic!("expected the wizard, got {other:?}"),
    }
}

pub(super) fn saved_sheet(effects: &[Effect]) -> &ResponseSheet {
    match effects {
        [
            Effect::SaveSheet {
                assessment, sheet, ..
            },
        ] => {
            assert_eq!(assessment, "bank-2026");
            sheet
        }
        other => panic!("expected one SaveSheet, got {other:?}"),
    }
}

/// A successful save of what the wizard shows (or of an empty sheet once it is closed).
pub(super) fn saved_ok(app: &App) -> Msg {
    let sheet = match &app.screen {
        Screen::Wizard(w) => w.sheet.clone(),
        _ => ResponseSheet::new("Elsewhere", "Someone"),
    };
    Msg::Saved(Ok(crate::app::Saved {
        sheet,
        conflicts: Vec::new(),
    }))
}

pub(super) fn current_id(app: &App) -> String {
    wiz(app).current().unwrap().1.id.clone()
}
