//! Keys, clicks and wheel in the wizard: highlighting, answering, moving, commenting, reviewing.
//! Every change to the sheet returns a `SaveSheet` effect, so it is on disk before the next key.
//! A stored answer changes only when the room confirms: arrows move the highlight, scroll keys
//! and the wheel the text, and Enter on another level asks before replacing.

use super::super::app::{App, Screen};
use super::super::input::TextArea;
use super::super::keymap::{self, Action};
use super::super::layout::{
    keep_visible, level_at, max_scroll, resolved_scroll, wizard_areas, wizard_body,
};
use super::super::message::Effect;
use super::super::wizard::{Mode, Origin, ROLE_CHOICES, Wizard, role_label_in};
use crate::app::i18n::screens;
use crate::domain::{Answer, ResponseSheet};
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
    let before = (w.pos, w.mode == Mode::Question);
    let mut effects = match w.mode {
        Mode::Question => question_key(app, key),
        Mode::Replace { with } => replace_key(app, key, with),
        Mode::Comment(_) => comment_key(app, key),
        Mode::Review { .. } => review_key(app, key),
        Mode::Role { .. } => role_key(app, key),
    };
    // Moving to another question picks up what other processes saved meanwhile, once this
    // process's own changes are on disk (a pending change would be shadowed).
    if let Some(w) = wizard(app)
        && (w.pos, w.mode == Mode::Question) != before
        && w.mode == Mode::Question
        && effects.is_empty()
        && w.in_sync()
    {
        effects.push(reload(w));
    }
    effects
}

/// The sheet after a save: what is stored now becomes the wizard's; a question another process
/// changed meanwhile is said.
pub fn saved(app: &mut App, saved: crate::app::Saved) {
    app.save_error = None;
    app.save_retry = 0;
    let Some(w) = wizard(app) else {
        return;
    };
    if saved.sheet.team != w.sheet.team || saved.sheet.respondent != w.sheet.respondent {
        return;
    }
    w.take_stored(saved.sheet);
    if let Some(c) = saved.conflicts.first() {
        let what = w
            .assessment
            .questionnaire
            .question(&c.question_id)
            .map_or_else(
                || "the role".to_string(),
                |(_, q)| format!("\"{}\"", q.display_title()),
            );
        let text = if c.kept_mine {
            format!(
                "⚠ {what} was also changed elsewhere ({}); this answer ({}) is kept",
                c.dropped, c.kept
            )
        } else {
            format!(
                "⚠ {what} was changed elsewhere after this answer: the stored {} is kept, not {}",
                c.kept, c.dropped
            )
        };
        app.error(text);
    }
}

/// The sheet re-read from disk: taken when nothing of this process is pending.
pub fn reloaded(app: &mut App, stored: Option<ResponseSheet>) {
    let Some(w) = wizard(app) else {
        return;
    };
    if !w.in_sync() {
        return;
    }
    let stored = stored.unwrap_or_else(|| ResponseSheet::new(&w.sheet.team, &w.sheet.respondent));
    if stored.team == w.sheet.team && stored.respondent == w.sheet.respondent {
        w.take_stored(stored);
    }
}

/// A save that failed because another process held the sheet: tried again every second.
pub fn tick(app: &mut App) -> Vec<Effect> {
    if app.save_error.is_none() {
        return Vec::new();
    }
    app.save_retry += 1;
    if !app.save_retry.is_multiple_of(RETRY_TICKS) {
        return Vec::new();
    }
    match wizard(app) {
        Some(w) if !w.in_sync() => vec![save(w)],
        _ => Vec::new(),
    }
}

/// Ticks (100 ms each) between two tries of a failed save.
const RETRY_TICKS: u32 = 10;

fn save(w: &Wizard) -> Effect {
    Effect::SaveSheet {
        assessment: w.assessment.name.clone(),
        base: w.base.clone(),
        sheet: w.sheet.clone(),
    }
}

/// Re-reads the respondent's sheet, to show what other processes saved.
fn reload(w: &Wizard) -> Effect {
    Effect::ReloadSheet {
        assessment: w.assessment.name.clone(),
        team: w.sheet.team.clone(),
        respondent: w.sheet.respondent.clone(),
    }
}

/// The question screen, as `keymap::QUESTION` says.
fn question_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let area = app.area();
    let Some(action) = keymap::action(keymap::QUESTION, &key) else {
        return Vec::new();
    };
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    if w.asked.is_empty() {
        // A role that is asked nothing: only changing role or leaving make sense.
        return match action {
            Action::Role => open_role(w),
            Action::Help => {
                app.help = true;
                Vec::new()
            }
            Action::Leave => leave(app),
            _ => Vec::new(),
        };
    }
    let levels = w.level_count();
    match action {
        Action::HighlightLevel => {
            let KeyCode::Char(d) = key.code else {
                return Vec::new();
            };
            let level = d as u8 - b'0';
            if level <= levels {
                w.highlight = Some(level);
                keep_highlight_visible(w, area);
            } else {
                let text = screens::levels_go(w.lang, levels);
                app.error(text);
            }
        }
        Action::HighlightUp => move_highlight(w, area, false),
        Action::HighlightDown => move_highlight(w, area, true),
        Action::Save => match (w.highlight, w.current_answer()) {
            (Some(level), _) => return choose(app, Answer::Level(level)),
            (None, Some(stored)) => return choose(app, stored),
            (None, None) => {
                let text = screens::choose_first(w.lang, levels);
                app.error(text);
            }
        },
        Action::NotApplicable => return choose(app, Answer::NotApplicable),
        Action::Unknown => return choose(app, Answer::Unknown),
        Action::PreviousQuestion => {
            if w.pos > 0 {
                go_to(w, w.pos - 1, area);
            } else {
                let text = screens::FIRST_QUESTION.get(w.lang);
                app.info(text);
            }
        }
        Action::NextQuestion => advance(w, area),
        Action::PreviousDimension => match w.dimension_step(false) {
            Some(pos) => go_to(w, pos, area),
            None if w.pos > 0 => go_to(w, 0, area),
            None => {
                let text = screens::FIRST_DIMENSION.get(w.lang);
                app.info(text);
            }
        },
        Action::NextDimension => match w.dimension_step(true) {
            Some(pos) => go_to(w, pos, area),
            None => w.mode = Mode::Review { selected: 0 },
        },
        Action::ScrollUp => scroll_by(w, area, -1),
        Action::ScrollDown => scroll_by(w, area, 1),
        Action::Top => {
            w.whole_text = true;
            w.scroll = Some(0);
        }
        Action::Bottom => scroll_by(w, area, isize::MAX),
        Action::Comment => {
            let id = w.current().map(|(_, q)| q.id.clone()).unwrap_or_default();
            w.mode = Mode::Comment(TextArea::new(w.sheet.comment(&id)));
        }
        Action::Role => return open_role(w),
        Action::Review => w.mode = Mode::Review { selected: 0 },
        Action::Help => app.help = true,
        Action::Leave => return leave(app),
        // Keys of other tables.
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

/// ↑/↓ walk the levels and stop at the first and last; they never scroll past them (the
/// scroll keys and the wheel do), so reading down to the comment cannot move the highlight.
fn move_highlight(w: &mut Wizard, area: Rect, down: bool) {
    let levels = w.level_count();
    w.highlight = Some(match (w.highlight, down) {
        (None, _) => 1,
        (Some(l), true) => (l + 1).min(levels),
        (Some(l), false) => l.saturating_sub(1).max(1),
    });
    keep_highlight_visible(w, area);
}

/// The room chose `answer` (Enter, n, u, a second click). On an unanswered question it is saved
/// at once; the answer already stored is kept as it is (nothing is rewritten); another stored
/// answer is replaced only once the room confirms.
fn choose(app: &mut App, answer: Answer) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    match w.current_answer() {
        None => save_answer(app, answer, None),
        Some(stored) if stored == answer => {
            let text = screens::kept(w.lang, &w.answer_text(stored), Some(w.pos + 1));
            advance(w, area);
            app.info(text);
            Vec::new()
        }
        Some(_) => {
            w.mode = Mode::Replace { with: answer };
            keep_highlight_visible(w, area);
            Vec::new()
        }
    }
}

/// The "replace the stored answer?" prompt, as `keymap::REPLACE` says; other keys do nothing.
fn replace_key(app: &mut App, key: KeyEvent, with: Answer) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    match keymap::action(keymap::REPLACE, &key) {
        Some(Action::Replace) => {
            let stored = w.current_answer();
            w.mode = Mode::Question;
            return save_answer(app, with, stored);
        }
        Some(Action::Keep) => {
            w.mode = Mode::Question;
            let stored = w.current_answer();
            w.highlight = stored.and_then(Answer::level);
            keep_highlight_visible(w, area);
            if let Some(stored) = stored {
                let text = screens::kept(w.lang, &w.answer_text(stored), None);
                app.info(text);
            }
        }
        Some(Action::Help) => app.help = true,
        _ => {}
    }
    Vec::new()
}

/// Stores `answer` for the current question and goes on; `replaced` is the answer it replaces.
fn save_answer(app: &mut App, answer: Answer, replaced: Option<Answer>) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    let Some((_, question)) = w.current() else {
        return Vec::new();
    };
    let id = question.id.clone();
    let old = replaced.map(|old| w.answer_text(old));
    let text = screens::saved(w.lang, &w.answer_text(answer), w.pos + 1, old.as_deref());
    w.sheet.set_answer(&id, answer);
    let effect = save(w);
    advance(w, area);
    app.info(text);
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

/// Scrolls just enough for the highlighted level to be fully visible (when it fits at all), and
/// with it the stored answer when both fit: the room sees what Enter would replace.
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
        let stored = match w.current_answer() {
            Some(Answer::Level(l)) => body.levels.get(usize::from(l) - 1).cloned(),
            Some(_) => body.options.map(|o| o..o + 1),
            None => None,
        };
        if let Some(stored) = stored {
            let both = range.start.min(stored.start)..range.end.max(stored.end);
            if both.len() <= height {
                scroll = keep_visible(scroll, &both, height);
            }
        }
    }
    w.scroll = Some(scroll.min(max_scroll(&body, height)));
}

/// Scrolls the question text by `delta` lines; the highlight stays. Up past the top of a text
/// whose hint or comment was cut shows them whole.
fn scroll_by(w: &mut Wizard, area: Rect, delta: isize) {
    let areas = wizard_areas(area, w);
    let body = wizard_body(w, areas.body.width, areas.body.height);
    let height = usize::from(areas.body.height);
    let max = max_scroll(&body, height);
    let scroll = resolved_scroll(w, &body, height);
    if delta < 0 && scroll == 0 && body.cut {
        // The last level may go below the fold now; it is a scroll away.
        w.whole_text = true;
        w.scroll = Some(0);
        return;
    }
    w.scroll = Some(scroll.saturating_add_signed(delta).min(max));
}

/// The wheel scrolls the question text, never the highlight.
pub fn wheel(app: &mut App, down: bool) {
    let area = app.area();
    if let Some(w) = wizard(app)
        && matches!(w.mode, Mode::Question | Mode::Replace { .. })
    {
        scroll_by(w, area, if down { 3 } else { -3 });
    }
}

/// A click on a level highlights it; a click on the highlighted level chooses it, like Enter.
pub fn click(app: &mut App, column: u16, row: u16) -> Vec<Effect> {
    let area = app.area();
    let Some(w) = wizard(app) else {
        return Vec::new();
    };
    if w.mode != Mode::Question {
        return Vec::new();
    }
    match level_at(w, area, column, row) {
        Some(level) if w.highlight == Some(level) => choose(app, Answer::Level(level)),
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
        app.lost.clone_from(&dropped);
    }
    let origin = wizard(app).map(|w| w.origin);
    if let Some(Origin::Home) = origin {
        app.screen = Screen::Home;
        let lang = app.home_lang();
        match dropped {
            Some(reason) => app.error(screens::not_saved(lang, &reason)),
            None => app.info(screens::ANSWERS_SAVED.get(lang)),
        }
        vec![Effect::Reload]
    } else {
        app.quit = true;
        Vec::new()
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
            let text = screens::role_set(w.lang, role_label_in(w.lang, role), asked, skipped);
            app.info(text);
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
