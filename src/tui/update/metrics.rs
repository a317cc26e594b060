//! Keys of the delivery-figures form: ↑/↓ (Tab) move between rows, ←/→ pick a band or a
//! source, typing gives a value, Enter records what the form gives, Esc leaves without
//! recording. The request is checked here, before any effect, with `metrics set`'s checks.

use super::super::app::{App, Screen};
use super::super::message::Effect;
use super::super::metrics_form::{MetricsForm, PERIOD_ROW, ROWS};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// `m` on the home screen: the selected team's form.
pub fn open(app: &mut App) {
    let Some((loaded, team)) = app.selected_team() else {
        return;
    };
    let lang = app.lang_for(&loaded.assessment.questionnaire.language);
    let form = MetricsForm::new(loaded, team, lang);
    app.screen = Screen::Metrics(Box::new(form));
}

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Metrics(form) = &app.screen else {
        return Vec::new();
    };
    if key.code == KeyCode::Enter {
        let Some(loaded) = app.loaded(&form.assessment) else {
            return Vec::new();
        };
        return match form.check(loaded) {
            Ok(checked) => vec![Effect::RecordFigures {
                assessment: form.assessment.clone(),
                checked,
                lang: form.lang,
            }],
            Err((row, message)) => {
                if let Screen::Metrics(form) = &mut app.screen {
                    form.focus = row;
                    form.error = Some((row, message));
                }
                Vec::new()
            }
        };
    }
    let Screen::Metrics(form) = &mut app.screen else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Esc => {
            let lang = form.lang;
            app.screen = Screen::Home;
            app.info(crate::app::i18n::screens::FIGURES_NOTHING.get(lang));
        }
        KeyCode::Down | KeyCode::Tab => form.focus = (form.focus + 1) % ROWS,
        KeyCode::Up | KeyCode::BackTab => form.focus = (form.focus + ROWS - 1) % ROWS,
        // In the period's text, ←/→ move the cursor; elsewhere they choose.
        KeyCode::Left | KeyCode::Right if form.focus != PERIOD_ROW => {
            form.cycle(key.code == KeyCode::Right);
            form.error = None;
        }
        _ => {
            if form.edit(key) {
                form.error = None;
            }
        }
    }
    Vec::new()
}

/// The outcome of recording: back home with the sentence the command line prints, or the
/// form again with the reason.
pub fn recorded(app: &mut App, result: Result<String, String>) -> Vec<Effect> {
    match result {
        Ok(line) => {
            if let Screen::Metrics(form) = &app.screen {
                app.select_after_reload = Some((form.assessment.clone(), form.team.clone()));
            }
            app.screen = Screen::Home;
            app.info(line);
            vec![Effect::Reload]
        }
        Err(e) => {
            if let Screen::Metrics(form) = &mut app.screen {
                let row = form.focus;
                form.error = Some((row, e));
            } else {
                app.error(e);
            }
            Vec::new()
        }
    }
}
