//! Keys, clicks and wheel in the wizard: highlighting, answering, moving, commenting, reviewing.
//! Every change to the sheet returns a `SaveSheet` effect, so it is on disk before the next key.

use super::super::app::{App, Screen};
use super::super::input::TextArea;
use super::super::layout::{
    keep_visible, level_at, max_scroll, resolved_scroll, wizard_areas, wizard_body,
};
use super::super::message::Effect;
use super::super::wizard::{Mode, Origin, ROLE_CHOICES, Wizard, role_label};
use crate::domain::Answer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

/// The wizard on screen, or nothing for other screens.
fn wizard(app: &mut App) -> Option<&mut Wizard> {
    match &mut app.screen {
        Screen::Wizard(w) => Some(w),
        _ => None,
    }
}

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    match w.mode {
        Mode::Question => question_key(app, key),
        Mode::Comment(_) => comment_key(app, key),
        Mode::Review { .. } => review_key(app, key),
        Mode::Role { .. } => role_key(app, key),
    }
}

fn save(w: &Wizard) -> Effect {
    Effect::SaveSheet {
        assessment: w.assessment.name.clone(),
        sheet: w.sheet.clone(),
    }
}

fn question_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    if w.asked.is_empty() {
        // A role that is asked nothing: only changing role or leaving make sense.
        return match key.code {
            KeyCode::Char('r') => open_role(w),
            KeyCode::Char('?') => {
                app.help = true;
                Vec::new()
            }
            KeyCode::Char('q') | KeyCode::Esc => leave(app),
            _ => Vec::new(),
        };
    }
    let levels = w.level_count();
    match key.code {
        KeyCode::Char(d @ '1'..='9') => {
            let level = d as u8 - b'0';
            if level <= levels {
                w.highlight = Some(level);
                keep_highlight_visible(w, area);
            } else {
                app.error(format!("Levels go from 1 to {levels}"));
            }
        }
        KeyCode::Up | KeyCode::Char('k') => move_highlight(w, area, false),
        KeyCode::Down | KeyCode::Char('j') => move_highlight(w, area, true),
        KeyCode::Enter => match w.highlight {
            Some(level) => return answer(app, Answer::Level(level)),
            None if w.current_answer().is_some() => advance(w, area),
            None => app.error(format!(
                "Choose a level first: 1–{levels} or ↑/↓, then Enter (n = n/a, u = unknown)"
            )),
        },
        KeyCode::Char('n') => return answer(app, Answer::NotApplicable),
        KeyCode::Char('u') => return answer(app, Answer::Unknown),
        KeyCode::Left | KeyCode::Char('h') => {
            if w.pos > 0 {
                go_to(w, w.pos - 1, area);
            } else {
                app.info("This is the first question");
            }
        }
        KeyCode::Right | KeyCode::Char('l') => advance(w, area),
        KeyCode::PageUp => match w.dimension_step(false) {
            Some(pos) => go_to(w, pos, area),
            None if w.pos > 0 => go_to(w, 0, area),
            None => app.info("This is the first dimension"),
        },
        KeyCode::PageDown => match w.dimension_step(true) {
            Some(pos) => go_to(w, pos, area),
            None => w.mode = Mode::Review { selected: 0 },
        },
        KeyCode::Char('c') => {
            let id = w.current().map(|(_, q)| q.id.clone()).unwrap_or_default();
            w.mode = Mode::Comment(TextArea::new(w.sheet.comment(&id)));
        }
        KeyCode::Char('r') => return open_role(w),
        KeyCode::Char('f') => w.mode = Mode::Review { selected: 0 },
        KeyCode::Char('?') => app.help = true,
        KeyCode::Char('q') | KeyCode::Esc => return leave(app),
        _ => {}
    }
    Vec::new()
}

fn open_role(w: &mut Wizard) -> Vec<Effect> {
    let selected = ROLE_CHOICES
        .iter()
        .position(|r| *r == w.sheet.role)
        .unwrap_or(0);
    w.mode = Mode::Role { selected };
    Vec::new()
}

/// ↑/↓ walk the levels; past the first or last level they scroll the body instead, so the help
/// text above and the comment below stay reachable without a mouse.
fn move_highlight(w: &mut Wizard, area: Rect, down: bool) {
    let levels = w.level_count();
    match (w.highlight, down) {
        (None, _) => w.highlight = Some(1),
        (Some(l), true) if l < levels => w.highlight = Some(l + 1),
        (Some(l), false) if l > 1 => w.highlight = Some(l - 1),
        (Some(_), _) => {
            scroll_by(w, area, if down { 1 } else { -1 });
            return;
        }
    }
    keep_highlight_visible(w, area);
}

fn answer(app: &mut App, answer: Answer) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    let Some((_, question)) = w.current() else {
        return Vec::new();
    };
    let id = question.id.clone();
    let number = w.pos + 1;
    let label = match answer {
        Answer::Level(l) => format!("level {l} ({})", w.questionnaire().level_label(l)),
        Answer::NotApplicable => "n/a".to_string(),
        Answer::Unknown => "unknown".to_string(),
    };
    w.sheet.set_answer(&id, answer);
    let effect = save(w);
    advance(w, area);
    app.info(format!("✓ Saved {label} for question {number}"));
    vec![effect]
}

/// Next question, or the review after the last one.
fn advance(w: &mut Wizard, area: Rect) {
    if w.pos + 1 < w.asked.len() {
        go_to(w, w.pos + 1, area);
    } else {
        w.mode = Mode::Review { selected: 0 };
    }
}

fn go_to(w: &mut Wizard, pos: usize, area: Rect) {
    w.go_to(pos);
    keep_highlight_visible(w, area);
}

/// Scrolls just enough for the highlighted level to be fully visible (when it fits at all).
pub fn keep_highlight_visible(w: &mut Wizard, area: Rect) {
    let areas = wizard_areas(area, w);
    let height = usize::from(areas.body.height);
    let body = wizard_body(w, areas.body.width, areas.body.height);
    let mut scroll = resolved_scroll(w, &body, height);
    if let Some(range) = w
        .highlight
        .and_then(|l| body.levels.get(usize::from(l) - 1))
    {
        scroll = keep_visible(scroll, range, height);
    }
    w.scroll = Some(scroll.min(max_scroll(&body, height)));
}

fn scroll_by(w: &mut Wizard, area: Rect, delta: isize) {
    let areas = wizard_areas(area, w);
    let body = wizard_body(w, areas.body.width, areas.body.height);
    let height = usize::from(areas.body.height);
    let max = max_scroll(&body, height);
    let scroll = resolved_scroll(w, &body, height);
    if delta < 0 && scroll == 0 && body.hint_cut {
        // Up past the top: the cut hint shows whole, the last level may go below.
        w.whole_hint = true;
        w.scroll = Some(0);
        return;
    }
    w.scroll = Some(scroll.saturating_add_signed(delta).min(max));
}

pub fn wheel(app: &mut App, down: bool) {
    let area = app.area();
    if let Some(w) = wizard(app)
        && w.mode == Mode::Question
    {
        scroll_by(w, area, if down { 3 } else { -3 });
    }
}

/// A click on a level highlights it; a click on the highlighted level saves it, like Enter.
pub fn click(app: &mut App, column: u16, row: u16) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    if w.mode != Mode::Question {
        return Vec::new();
    }
    match level_at(w, area, column, row) {
        Some(level) if w.highlight == Some(level) => answer(app, Answer::Level(level)),
        Some(level) => {
            w.highlight = Some(level);
            keep_highlight_visible(w, area);
            Vec::new()
        }
        None => Vec::new(),
    }
}

/// Leaves the wizard: back home, or out of the program when it was opened from the command line.
fn leave(app: &mut App) -> Vec<Effect> {
    if app.save_error.is_some() && !app.leave_armed {
        app.leave_armed = true;
        app.info("q again: leave without the unsaved answers");
        return Vec::new();
    }
    app.leave_armed = false;
    // The unsaved answers leave memory with the wizard: the program will end with an error.
    let dropped = app.unsaved();
    if app.lost.is_none() {
        app.lost = dropped.clone();
    }
    let origin = wizard(app).map(|w| w.origin);
    match origin {
        Some(Origin::Home) => {
            app.screen = Screen::Home;
            match dropped {
                Some(reason) => app.error(format!("Answers were not saved: {reason}")),
                None => app.info("Answers are saved. Pick a team and press Enter to continue."),
            }
            vec![Effect::Reload]
        }
        _ => {
            app.quit = true;
            Vec::new()
        }
    }
}

fn comment_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let save_keys = key.code == KeyCode::Esc
        || (key.code == KeyCode::Char('s') && key.modifiers.contains(KeyModifiers::CONTROL));
    if save_keys {
        return finish_comment(app);
    }
    if let Some(w) = wizard(app)
        && let Mode::Comment(area) = &mut w.mode
    {
        area.handle(key);
    }
    Vec::new()
}

/// Stores the comment being edited (if any) and closes the editor. Nothing typed is thrown away:
/// to drop a comment, clear its text.
pub fn finish_comment(app: &mut App) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    let Mode::Comment(editor) = &w.mode else {
        return Vec::new();
    };
    let text = editor.text();
    w.mode = Mode::Question;
    let Some((_, question)) = w.current() else {
        return Vec::new();
    };
    let id = question.id.clone();
    if w.sheet.comment(&id) == text.trim_end() {
        return Vec::new();
    }
    w.sheet.set_comment(&id, &text);
    let effect = save(w);
    keep_highlight_visible(w, area);
    app.info("✓ Comment saved");
    vec![effect]
}

/// What must not be lost when the program ends now: the comment being typed, or, after a failed
/// save, the sheet with the answers that exist only in memory (one more try).
pub fn keep_pending(app: &mut App) -> Vec<Effect> {
    let mut effects = finish_comment(app);
    let failed = app.save_error.is_some();
    if effects.is_empty()
        && failed
        && let Some(w) = wizard(app)
    {
        effects.push(save(w));
    }
    effects
}

fn review_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    let Mode::Review { selected } = w.mode else {
        return Vec::new();
    };
    let unanswered = w.unanswered();
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => {
            w.mode = Mode::Review {
                selected: selected.saturating_sub(1),
            };
        }
        KeyCode::Down | KeyCode::Char('j') => {
            w.mode = Mode::Review {
                selected: (selected + 1).min(unanswered.len().saturating_sub(1)),
            };
        }
        KeyCode::Enter => {
            if let Some(&pos) = unanswered.get(selected) {
                go_to(w, pos, area);
            }
        }
        KeyCode::Esc | KeyCode::Left | KeyCode::Char('h') => go_to(w, w.pos, area),
        KeyCode::Char('q') => return leave(app),
        KeyCode::Char('?') => app.help = true,
        _ => {}
    }
    Vec::new()
}

fn role_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    let Mode::Role { selected } = w.mode else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => {
            w.mode = Mode::Role {
                selected: selected.saturating_sub(1),
            };
        }
        KeyCode::Down | KeyCode::Char('j') => {
            w.mode = Mode::Role {
                selected: (selected + 1).min(ROLE_CHOICES.len() - 1),
            };
        }
        KeyCode::Enter => {
            let role = ROLE_CHOICES[selected];
            let changed = role != w.sheet.role;
            w.set_role(role);
            let effect = save(w);
            let (asked, skipped) = (w.asked.len(), w.skipped().len());
            go_to(w, w.pos, area);
            app.info(format!(
                "Role: {}, {asked} questions asked, {skipped} skipped (listed in the review, f)",
                role_label(role)
            ));
            if changed {
                return vec![effect];
            }
        }
        KeyCode::Esc => go_to(w, w.pos, area),
        KeyCode::Char('?') => app.help = true,
        _ => {}
    }
    Vec::new()
}
