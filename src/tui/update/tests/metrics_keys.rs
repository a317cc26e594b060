//! The delivery-figures form: opened with `m`, ←/→ choose, typing gives a value, Enter records
//! only what the form gives (checked first), Esc records nothing.

use super::*;
use crate::domain::metrics::{Key, Source};
use crate::tui::metrics_form::{Entry, MetricsForm, SOURCE_ROW};

fn form(app: &App) -> &MetricsForm {
    match &app.screen {
        Screen::Metrics(f) => f,
        other => panic!("expected the figures form, got {other:?}"),
    }
}

fn opened() -> App {
    let mut app = home_app();
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(form(&app).team, "Paris");
    app
}

#[test]
fn m_opens_the_selected_teams_form_with_every_key_unchanged() {
    let mut app = home_app();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('m'));
    let f = form(&app);
    assert_eq!(f.team, "Nantes");
    assert_eq!(f.rows.len(), Key::ALL.len());
    assert!(f.rows.iter().all(|r| r.entry == Entry::Unchanged));
}

#[test]
fn enter_records_the_band_and_the_value_given_with_the_source() {
    let mut app = opened();
    press(&mut app, KeyCode::Right); // deployment frequency: on demand
    press(&mut app, KeyCode::Down);
    typed(&mut app, "2d");
    for _ in 0..SOURCE_ROW - 1 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Right);
    let effects = press(&mut app, KeyCode::Enter);
    let [
        Effect::RecordFigures {
            assessment,
            checked,
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(assessment, "bank-2026");
    assert_eq!(checked.team, "Paris");
    assert_eq!(checked.source, Source::Measured);
    assert_eq!(
        checked.values,
        vec![
            (
                Key::DeployFrequency,
                Key::DeployFrequency.parse_value("band:on-demand").unwrap()
            ),
            (Key::LeadTime, Key::LeadTime.parse_value("2d").unwrap()),
        ]
    );
}

#[test]
fn a_value_that_does_not_parse_is_refused_on_its_row_and_nothing_is_recorded() {
    let mut app = opened();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    typed(&mut app, "140%");
    press(&mut app, KeyCode::Up);
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "{effects:?}");
    let f = form(&app);
    assert_eq!(f.focus, 2, "the focus goes to the refused row");
    let (row, message) = f.error.clone().unwrap();
    assert_eq!(row, 2);
    assert!(message.contains("more than 100%"), "{message}");
}

#[test]
fn enter_with_nothing_given_asks_for_a_figure() {
    let mut app = opened();
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let (_, message) = form(&app).error.clone().unwrap();
    assert!(message.contains("at least one figure"), "{message}");
}

#[test]
fn esc_leaves_without_recording_and_a_recorded_line_goes_home() {
    let mut app = opened();
    typed(&mut app, "3/week");
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert!(matches!(app.screen, Screen::Home));
    let mut app = opened();
    let effects = update(
        &mut app,
        Msg::FiguresRecorded(Ok("Recorded for Paris (unknown): lead time 2d.".into())),
    );
    assert_eq!(effects, vec![Effect::Reload]);
    assert!(matches!(app.screen, Screen::Home));
    assert_eq!(
        app.select_after_reload,
        Some(("bank-2026".into(), "Paris".into()))
    );
    assert!(app.status.unwrap().text.starts_with("Recorded for Paris"));
}

#[test]
fn a_failed_record_keeps_the_form_with_the_reason() {
    let mut app = opened();
    typed(&mut app, "3/week");
    update(&mut app, Msg::FiguresRecorded(Err("disk full".into())));
    let f = form(&app);
    assert_eq!(f.error.as_ref().map(|e| e.1.as_str()), Some("disk full"));
    assert_eq!(
        MetricsForm::given(&f.rows[0]).as_deref(),
        Some("3/week"),
        "what was typed is still there"
    );
}
