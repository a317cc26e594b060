//! `update`: the one place the TUI's state changes. Pure: it reads a message, changes `App` and
//! returns the effects (saves, loads) for the event loop to carry out.

mod dashboard;
mod home;
mod metrics;
mod plan;
pub mod room;
mod wizard;

pub use home::open as open_wizard;

#[cfg(test)]
mod tests;

use super::app::{App, NOT_SAVED, Screen, Status};
use super::layout::too_small;
use super::message::{Effect, Msg};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Resize { width, height } => {
            app.width = width;
            app.height = height;
            let area = app.area();
            if let Screen::Wizard(w) = &mut app.screen {
                // Without a highlight, lay the question out afresh: all levels in view if they fit.
                if w.highlight.is_none() {
                    w.scroll = None;
                }
                wizard::keep_highlight_visible(w, area);
            }
            dashboard::settle(app);
            Vec::new()
        }
        Msg::Listed(entries) => {
            home::listed(app, entries);
            Vec::new()
        }
        Msg::Saved(Ok(saved)) => {
            wizard::saved(app, saved);
            Vec::new()
        }
        Msg::SheetReloaded(Ok(stored)) => {
            wizard::reloaded(app, stored);
            Vec::new()
        }
        // Picking up others' answers is a convenience: a failed re-read changes nothing.
        Msg::SheetReloaded(Err(_)) => Vec::new(),
        Msg::Tick => wizard::tick(app),
        Msg::RespondentChanged(result) => home::respondent_changed(app, result),
        Msg::Saved(Err(e)) => {
            app.save_error = Some(Status {
                text: format!("{NOT_SAVED}{e}"),
                error: true,
            });
            Vec::new()
        }
        Msg::Exported(outcome) => {
            dashboard::exported(app, outcome);
            Vec::new()
        }
        Msg::PlanLoaded(result) => {
            plan::plan_result(app, result.map(|p| (p, None)));
            Vec::new()
        }
        Msg::PlanChanged(result) => {
            plan::plan_result(app, result.map(|(p, done)| (p, Some(done))));
            Vec::new()
        }
        Msg::RequestsChanged(result) => {
            dashboard::requests_changed(app, result);
            Vec::new()
        }
        Msg::Created(result) => home::created(app, result),
        Msg::FiguresRecorded(result) => metrics::recorded(app, result),
        Msg::TeamAdded(result) => home::team_added(app, result),
        Msg::WizardLoaded {
            result,
            team,
            respondent,
            role,
            about,
        } => home::wizard_loaded(app, result, &team, &respondent, role, about.as_deref()),
        Msg::RoomOpened(result) => {
            room::opened(app, result, super::wizard::Origin::Home);
            Vec::new()
        }
        Msg::VotesAccepted(result) => {
            room::accepted(app, result);
            Vec::new()
        }
        Msg::RoomChanged(result) => {
            room::changed(app, result);
            Vec::new()
        }
        Msg::Key(key) => on_key(app, key),
        Msg::Shutdown => shut_down(app),
        Msg::Click { column, row } => {
            if too_small(app.area()) {
                return Vec::new();
            }
            if app.help {
                close_help(app);
                return Vec::new();
            }
            match app.screen {
                Screen::Wizard(_) => wizard::click(app, column, row),
                Screen::Home => {
                    home::click(app, row);
                    Vec::new()
                }
                _ => Vec::new(),
            }
        }
        Msg::Wheel { down } => {
            if too_small(app.area()) {
                return Vec::new();
            }
            if app.help {
                help_key(app, if down { KeyCode::Down } else { KeyCode::Up });
                return Vec::new();
            }
            match app.screen {
                Screen::Wizard(_) => wizard::wheel(app, down),
                Screen::Results(_) => home::results_scroll(app, down),
                Screen::Dashboard(_) => dashboard::wheel(app, down),
                Screen::Home => home::move_selection(app, down),
                _ => {}
            }
            Vec::new()
        }
    }
}

/// Ends the program without losing anything pending: a comment being typed is stored, and
/// answers a failed save left in memory get one more try.
fn shut_down(app: &mut App) -> Vec<Effect> {
    let effects = wizard::keep_pending(app);
    app.quit = true;
    effects
}

fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if key.kind == KeyEventKind::Release {
        return Vec::new();
    }
    if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
        // Ctrl+C leaves from anywhere, like a signal.
        return shut_down(app);
    }
    if too_small(app.area()) {
        // The screen shows only "enlarge the terminal": keys typed blind must not change answers.
        return Vec::new();
    }
    if app.help {
        help_key(app, key.code);
        return Vec::new();
    }
    if key.code == KeyCode::F(1) {
        app.help = true;
        return Vec::new();
    }
    app.status = None;
    if !matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) {
        app.leave_armed = false;
    }
    match app.screen {
        Screen::Home => home::home_key(app, key),
        Screen::NewAssessment(_) => home::new_assessment_key(app, key),
        Screen::AddTeam(_) => home::add_team_key(app, key),
        Screen::Respondents(_) => home::respondents_key(app, key),
        Screen::Role(_) => home::role_key(app, key),
        Screen::Results(_) => {
            home::results_key(app, key);
            Vec::new()
        }
        Screen::Wizard(_) => wizard::key(app, key),
        Screen::Dashboard(_) => dashboard::key(app, key),
        Screen::Metrics(_) => metrics::key(app, key),
        Screen::RoomSetup(_) => room::setup_key(app, key),
        Screen::Room(_) => room::key(app, key),
    }
}

/// A key while the help box is open: it closes, or it scrolls when taller than the screen
/// (80×24 holds fewer rows than the dashboard's keys); any other key does nothing.
fn help_key(app: &mut App, code: KeyCode) {
    let max = crate::tui::views::help_max_scroll(app, app.area());
    let page = usize::from(app.height.saturating_sub(3)).max(1);
    let at = app.help_scroll.min(max);
    app.help_scroll = match code {
        KeyCode::Esc | KeyCode::Char('?' | 'q') | KeyCode::F(1) | KeyCode::Enter => {
            close_help(app);
            return;
        }
        KeyCode::Up | KeyCode::Char('k') => at.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => (at + 1).min(max),
        KeyCode::PageUp => at.saturating_sub(page),
        KeyCode::PageDown => (at + page).min(max),
        KeyCode::Home => 0,
        KeyCode::End => max,
        _ => at,
    };
}

/// The help box closes; it opens again at its top.
fn close_help(app: &mut App) {
    app.help = false;
    app.help_scroll = 0;
}

impl App {
    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.width, self.height)
    }
}
