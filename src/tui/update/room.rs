//! Keys and outcomes of the workshop room: the participants screen, the hidden votes, the
//! reveal, the room's note and agreed level, latecomers and leavers, the review. Accepting and
//! every change of the room's record are effects (`AcceptVotes`, `ChangeRoom`); the screen
//! moves on once the store answered, so what it shows as accepted is on disk.

use super::super::app::{AboutFind, App, Screen};
use super::super::filter::{Picked, TeamFilter, pick_key};
use super::super::input::{TextArea, TextInput};
use super::super::keymap::{self, Action};
use super::super::message::Effect;
use super::super::room::{ReviewRow, Room, RoomMode, RoomSetup, Seat};
use super::super::wizard::Origin;
use crate::app::i18n::room as t;
use crate::app::room::{Accept, Accepted, Opened, Vote, match_participant, parse_timebox};
use crate::domain::room::{Participant, RoomChange, TeamRoom};
use crate::domain::{Answer, ResponseSheet};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Options given on the command line (`workshop --participant … --timebox … --anonymous`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoomOptions {
    /// Participants in vote order: the participants screen is skipped.
    pub participants: Vec<Participant>,
    pub timebox: Option<u64>,
    pub anonymous: bool,
}

/// Home's `w`: open the room of the selected team (its assessment and sheets are re-read).
pub fn open_from_home(app: &mut App) -> Vec<Effect> {
    let Some((loaded, team)) = app.selected_team() else {
        return Vec::new();
    };
    vec![Effect::OpenRoom {
        assessment: loaded.assessment.name.clone(),
        team: team.to_string(),
        about: None,
    }]
}

/// The room's data arrived: its participants screen, or the room itself when the command line
/// named the participants.
pub fn opened(app: &mut App, result: Result<Box<Opened>, String>, origin: Origin) {
    let opened = match result {
        Ok(opened) => *opened,
        Err(e) => {
            app.error(e);
            return;
        }
    };
    let lang = app.lang_for(&opened.loaded.assessment.questionnaire.language);
    app.screen = Screen::RoomSetup(Box::new(RoomSetup::new(opened, origin, lang)));
}

/// Opens the room straight away with `options`' participants (`workshop --participant`).
pub fn open_room(app: &mut App, opened: &Opened, origin: Origin, options: RoomOptions) {
    let lang = app.lang_for(&opened.loaded.assessment.questionnaire.language);
    let mut room = Room::new(opened, options.participants, origin, app.now, lang);
    room.timebox = options.timebox;
    room.anonymous = options.anonymous;
    app.screen = Screen::Room(Box::new(room));
}

fn setup(app: &mut App) -> Option<&mut RoomSetup> {
    match &mut app.screen {
        Screen::RoomSetup(s) => Some(s),
        _ => None,
    }
}

fn room(app: &mut App) -> Option<&mut Room> {
    match &mut app.screen {
        Screen::Room(r) => Some(r),
        _ => None,
    }
}

/// Leaving the room or its participants screen: back home (re-read), or the end of the program.
fn leave(app: &mut App, origin: Origin) -> Vec<Effect> {
    if origin == Origin::Home {
        app.screen = Screen::Home;
        vec![Effect::Reload]
    } else {
        app.quit = true;
        Vec::new()
    }
}

// ---------------------------------------------------------------------------------------------
// The participants screen.

pub fn setup_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let page = crate::tui::views::about_rows(app.height);
    let Some(s) = setup(app) else {
        return Vec::new();
    };
    if s.find.is_some() {
        setup_find_key(app, key, page);
        return Vec::new();
    }
    let text_row = s.cursor == 0 || s.cursor == s.timebox_row();
    // `/` in an empty field (or on a row without one) finds the team to assess by name: no
    // name or timebox starts with it.
    let typed = match s.cursor {
        0 => !s.name.value.is_empty(),
        c if c == s.timebox_row() => !s.timebox.value.is_empty(),
        _ => false,
    };
    let choices = s.about_choices();
    if !typed
        && choices.len() > 1
        && keymap::action(keymap::ROOM_SETUP, &key) == Some(Action::Filter)
    {
        s.error = None;
        s.find = Some(AboutFind {
            filter: TeamFilter {
                typing: true,
                ..TeamFilter::default()
            },
            cursor: s.about_position(&choices),
            error: None,
        });
        return Vec::new();
    }
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if text_row && plain && matches!(key.code, KeyCode::Char(_)) {
        let input = if s.cursor == 0 {
            &mut s.name
        } else {
            &mut s.timebox
        };
        input.handle(key);
        s.error = None;
        return Vec::new();
    }
    let Some(action) = keymap::action(keymap::ROOM_SETUP, &key) else {
        if text_row {
            let input = if s.cursor == 0 {
                &mut s.name
            } else {
                &mut s.timebox
            };
            input.handle(key);
        }
        return Vec::new();
    };
    let rows = s.anonymous_row() + 1;
    match action {
        Action::HighlightUp => s.cursor = (s.cursor + rows - 1) % rows,
        Action::HighlightDown => s.cursor = (s.cursor + 1) % rows,
        Action::About => {
            // The team's own practices, then each other team of the assessment in turn.
            let mut choices: Vec<Option<String>> = vec![None];
            choices.extend(s.opened.other_teams().into_iter().map(Some));
            let n = choices.len();
            let at = choices
                .iter()
                .position(|c| *c == s.opened.about)
                .unwrap_or(0);
            let back = key.code == KeyCode::BackTab || key.modifiers.contains(KeyModifiers::SHIFT);
            let next = if back { (at + n - 1) % n } else { (at + 1) % n };
            s.opened.about.clone_from(&choices[next]);
            s.error = None;
        }
        Action::Tick => {
            if s.cursor == s.anonymous_row() {
                s.anonymous = !s.anonymous;
            } else if let Some(p) = s.cursor.checked_sub(1).and_then(|i| s.people.get_mut(i)) {
                p.present = !p.present;
            }
        }
        Action::Start if s.cursor == 0 && !s.name.value.trim().is_empty() => add_person(s),
        Action::Start => return start(app),
        Action::Back => {
            let origin = s.origin;
            return leave(app, origin);
        }
        Action::Help => app.help = true,
        _ => {}
    }
    Vec::new()
}

/// A key in the participants screen's "assess which team?" finder (`/`): the respondent
/// picker's keys (`filter::pick_key`, the dashboard's `p`) over the room's choices; Enter
/// assesses the team at the cursor, Esc with nothing typed goes back to the participants.
fn setup_find_key(app: &mut App, key: KeyEvent, page: usize) {
    let Some(s) = setup(app) else {
        return;
    };
    let choices = s.about_choices();
    let lang = s.lang;
    let Some(find) = &mut s.find else {
        return;
    };
    let picked = pick_key(
        &mut find.filter,
        &mut find.cursor,
        &mut find.error,
        &choices,
        page,
        key,
        lang,
    );
    match picked {
        Picked::Chosen(at) => {
            s.find = None;
            s.opened.about = (at > 0).then(|| choices[at].clone());
            s.error = None;
        }
        Picked::Cancel => s.find = None,
        Picked::Help => app.help = true,
        Picked::Stay => {}
    }
}

/// The name typed on the participants screen joins the list, ticked, last in vote order.
fn add_person(s: &mut RoomSetup) {
    let known = s.opened.known();
    let sheets: Vec<&ResponseSheet> = known.iter().collect();
    match match_participant(s.lang, &sheets, &s.name.value) {
        Ok(p) => {
            if let Some(listed) = s
                .people
                .iter_mut()
                .find(|q| crate::domain::names::same_name(&q.name, &p.name))
            {
                if listed.present {
                    s.error = Some(t::twice(s.lang, &listed.name));
                    return;
                }
                listed.present = true;
                if p.role.is_some() {
                    listed.role = p.role;
                }
            } else {
                s.people.push(p);
            }
            s.name = TextInput::default();
            s.error = None;
        }
        Err(e) => s.error = Some(e),
    }
}

/// Enter away from the name field: the room opens with the ticked participants.
fn start(app: &mut App) -> Vec<Effect> {
    let now = app.now;
    let Some(s) = setup(app) else {
        return Vec::new();
    };
    let timebox = match parse_timebox(s.lang, &s.timebox.value) {
        Ok(t) => t,
        Err(e) => {
            s.error = Some(e);
            s.cursor = s.timebox_row();
            return Vec::new();
        }
    };
    let present = s.present();
    if present.is_empty() {
        s.error = Some(t::NOBODY.get(s.lang).to_string());
        return Vec::new();
    }
    let mut room = Room::new(&s.opened, present.clone(), s.origin, now, s.lang);
    room.timebox = timebox;
    room.anonymous = s.anonymous;
    let effect = change(&room, RoomChange::Participants(present));
    app.screen = Screen::Room(Box::new(room));
    vec![effect]
}

// ---------------------------------------------------------------------------------------------
// The room.

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let now = app.now;
    let Some(r) = room(app) else {
        return Vec::new();
    };
    if r.accepting {
        // The store answers within the same step of the loop; a key in between waits.
        return Vec::new();
    }
    match &r.mode {
        RoomMode::Main => main_key(app, key, now),
        RoomMode::Note(_) => note_key(app, key),
        RoomMode::Agree => agree_key(app, key),
        RoomMode::Review { .. } => review_key(app, key, now),
        RoomMode::Latecomer { .. } => latecomer_key(app, key),
        RoomMode::Absent { .. } => absent_key(app, key),
    }
}

fn change(r: &Room, change: RoomChange) -> Effect {
    Effect::ChangeRoom {
        assessment: r.assessment.name.clone(),
        team: r.team.clone(),
        about: r.about.clone(),
        change,
    }
}

fn main_key(app: &mut App, key: KeyEvent, now: std::time::Duration) -> Vec<Effect> {
    let Some(r) = room(app) else {
        return Vec::new();
    };
    let table = if r.revealed {
        keymap::ROOM_REVEAL
    } else {
        keymap::ROOM_VOTE
    };
    let Some(action) = keymap::action(table, &key) else {
        return Vec::new();
    };
    let lang = r.lang;
    let levels = r.level_count();
    match action {
        Action::Vote | Action::VoteNotApplicable | Action::VoteUnknown => {
            let answer = match (action, key.code) {
                (Action::VoteNotApplicable, _) => Answer::NotApplicable,
                (Action::VoteUnknown, _) => Answer::Unknown,
                (_, KeyCode::Char(d)) => Answer::Level(d as u8 - b'0'),
                _ => return Vec::new(),
            };
            if let Answer::Level(l) = answer
                && !(1..=levels).contains(&l)
            {
                app.error(t::levels_go(lang, levels));
                return Vec::new();
            }
            match r.next_voter() {
                Some(seat) => {
                    r.votes[seat] = Some(answer);
                    r.entered.push(seat);
                }
                None if r.voters().is_empty() => app.error(t::NOBODY_VOTES.get(lang)),
                None => app.info(t::ALL_VOTED.get(lang)),
            }
        }
        Action::Undo => match r.entered.pop() {
            Some(seat) => r.votes[seat] = None,
            None => app.info(t::NO_VOTE_YET.get(lang)),
        },
        Action::Reveal => {
            if r.all_voted() {
                r.revealed = true;
            } else if let Some(seat) = r.next_voter() {
                let who = r.seats[seat].participant.name.clone();
                app.error(t::waiting_for(lang, &who));
            } else {
                app.error(t::NOBODY_VOTES.get(lang));
            }
        }
        Action::Accept => return accept(app, now),
        Action::Revote => r.clear_votes(),
        Action::Agree => r.mode = RoomMode::Agree,
        Action::PreviousQuestion => {
            if r.pos == 0 {
                app.info(t::FIRST_QUESTION.get(lang));
            } else {
                let pos = r.pos - 1;
                r.go_to(pos, now);
            }
        }
        Action::NextQuestion => {
            if r.pos + 1 >= r.asked.len() {
                r.mode = RoomMode::Review {
                    selected: 0,
                    end: false,
                };
            } else {
                let pos = r.pos + 1;
                r.go_to(pos, now);
            }
        }
        Action::Park => {
            let id = r.question_id();
            let parked = !r.record.parked(&id);
            let c = RoomChange::Parked {
                question: id,
                parked,
            };
            let effect = change(r, c);
            app.info(if parked {
                t::PARKED.get(lang)
            } else {
                t::UNPARKED.get(lang)
            });
            return vec![effect];
        }
        Action::Review => {
            r.mode = RoomMode::Review {
                selected: 0,
                end: false,
            };
        }
        Action::Note => {
            let note = r.here().map_or("", |q| q.note.as_str()).to_string();
            r.mode = RoomMode::Note(TextArea::new(&note));
        }
        Action::Latecomer => {
            r.mode = RoomMode::Latecomer {
                input: TextInput::default(),
                error: None,
            };
        }
        Action::Absent if r.seats.iter().any(|s| s.participant.present) => {
            r.mode = RoomMode::Absent { selected: 0 };
        }
        Action::ScrollUp => r.scroll = r.scroll.saturating_sub(1),
        Action::ScrollDown => r.scroll += 1,
        Action::Help => app.help = true,
        Action::Leave => {
            let origin = r.origin;
            return leave(app, origin);
        }
        _ => {}
    }
    Vec::new()
}

/// Enter after the reveal: every vote to its participant's sheet, in vote order.
fn accept(app: &mut App, now: std::time::Duration) -> Vec<Effect> {
    let Some(r) = room(app) else {
        return Vec::new();
    };
    let votes = r
        .given()
        .into_iter()
        .map(|(seat, answer)| Vote {
            respondent: r.seats[seat].participant.name.clone(),
            role: r.seats[seat].participant.role,
            answer,
        })
        .collect();
    r.accepting = true;
    vec![Effect::AcceptVotes(Accept {
        assessment: r.assessment.name.clone(),
        team: r.team.clone(),
        about: r.about.clone(),
        question: r.question_id(),
        votes,
        seconds: r.on_question(now),
    })]
}

/// The store wrote the votes: the seats take their sheets as stored, the room moves to the next
/// question not accepted yet (or to the end review).
pub fn accepted(app: &mut App, result: Result<Box<Accepted>, String>) {
    let now = app.now;
    let Some(r) = room(app) else {
        return;
    };
    r.accepting = false;
    let done = match result {
        Ok(done) => *done,
        Err(e) => {
            // Nothing moved: the votes stay on screen, revealed, to accept again.
            let text = t::not_accepted(r.lang, &e);
            app.error(text);
            return;
        }
    };
    for sheet in done.sheets {
        if let Some(seat) = r
            .seats
            .iter_mut()
            .find(|s| s.participant.name == sheet.respondent)
        {
            seat.sheet = sheet.clone();
        }
        if let Some(kept) = r
            .team_sheets
            .iter_mut()
            .find(|s| s.respondent == sheet.respondent)
        {
            *kept = sheet;
        } else {
            r.team_sheets.push(sheet);
        }
    }
    r.record = done.room;
    let lang = r.lang;
    let number = r.pos + 1;
    match r.resume_from(r.pos + 1) {
        Some(pos) => r.go_to(pos, now),
        None => {
            r.mode = RoomMode::Review {
                selected: 0,
                end: true,
            };
        }
    }
    match done.conflicts.first() {
        Some((who, c)) => app.error(t::conflict(lang, who, &c.kept.clone())),
        None => app.info(t::accepted(lang, number)),
    }
}

/// The store changed the room's record: the screen shows it as stored.
pub fn changed(app: &mut App, result: Result<TeamRoom, String>) {
    let Some(r) = room(app) else {
        return;
    };
    match result {
        Ok(record) => r.record = record,
        Err(e) => {
            let text = t::not_recorded(r.lang, &e);
            app.error(text);
        }
    }
}

fn note_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Some(r) = room(app) else {
        return Vec::new();
    };
    let RoomMode::Note(editor) = &mut r.mode else {
        return Vec::new();
    };
    let save = key.code == KeyCode::Esc
        || (key.code == KeyCode::Char('s') && key.modifiers.contains(KeyModifiers::CONTROL));
    if !save {
        editor.handle(key);
        return Vec::new();
    }
    let text = editor.text();
    r.mode = RoomMode::Main;
    let c = RoomChange::Note {
        question: r.question_id(),
        text,
    };
    vec![change(r, c)]
}

fn agree_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Some(r) = room(app) else {
        return Vec::new();
    };
    r.mode = RoomMode::Main;
    let KeyCode::Char(d @ '0'..='9') = key.code else {
        // Any other key cancels.
        return Vec::new();
    };
    let level = d as u8 - b'0';
    if level > r.level_count() {
        let text = t::levels_go(r.lang, r.level_count());
        app.error(text);
        return Vec::new();
    }
    let c = RoomChange::Agreed {
        question: r.question_id(),
        level: (level > 0).then_some(level),
    };
    vec![change(r, c)]
}

fn review_key(app: &mut App, key: KeyEvent, now: std::time::Duration) -> Vec<Effect> {
    let Some(r) = room(app) else {
        return Vec::new();
    };
    let RoomMode::Review { selected, end } = r.mode else {
        return Vec::new();
    };
    let rows = r.review_rows();
    match keymap::action(keymap::ROOM_REVIEW, &key) {
        Some(Action::HighlightUp) => {
            r.mode = RoomMode::Review {
                selected: selected.saturating_sub(1),
                end,
            };
        }
        Some(Action::HighlightDown) => {
            r.mode = RoomMode::Review {
                selected: (selected + 1).min(rows.len().saturating_sub(1)),
                end,
            };
        }
        Some(Action::Start) => {
            if let Some(ReviewRow::Parked(i) | ReviewRow::Open(i)) = rows.get(selected) {
                r.go_to(*i, now);
            }
        }
        Some(Action::Back) => {
            // Back to the question on screen, its votes cleared (they were for before).
            let pos = r.pos;
            r.go_to(pos, now);
        }
        Some(Action::Help) => app.help = true,
        Some(Action::Leave) => {
            let origin = r.origin;
            return leave(app, origin);
        }
        _ => {}
    }
    Vec::new()
}

fn latecomer_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Some(r) = room(app) else {
        return Vec::new();
    };
    let lang = r.lang;
    let RoomMode::Latecomer { input, error } = &mut r.mode else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Esc => {
            r.mode = RoomMode::Main;
            return Vec::new();
        }
        KeyCode::Enter => {}
        _ => {
            input.handle(key);
            *error = None;
            return Vec::new();
        }
    }
    let typed = input.value.clone();
    let mut sheets: Vec<&ResponseSheet> = r.known.iter().collect();
    // Participants without a sheet yet count as respondents too: "Zoe" is refused next to Zoé.
    let pending: Vec<ResponseSheet> = r
        .seats
        .iter()
        .filter(|s| !r.known.iter().any(|t| t.respondent == s.sheet.respondent))
        .map(|s| s.sheet.clone())
        .collect();
    sheets.extend(pending.iter());
    let p = match match_participant(lang, &sheets, &typed) {
        Ok(p) => p,
        Err(e) => {
            if let RoomMode::Latecomer { error, .. } = &mut r.mode {
                *error = Some(e);
            }
            return Vec::new();
        }
    };
    if let Some(seat) = r
        .seats
        .iter_mut()
        .find(|s| crate::domain::names::same_name(&s.participant.name, &p.name))
    {
        if seat.participant.present {
            let text = t::twice(lang, &seat.participant.name);
            if let RoomMode::Latecomer { error, .. } = &mut r.mode {
                *error = Some(text);
            }
            return Vec::new();
        }
        seat.participant.present = true;
    } else {
        let sheet = r
            .team_sheets
            .iter()
            .find(|s| s.respondent == p.name)
            .cloned()
            .unwrap_or_else(|| r.empty_sheet(&p.name));
        r.seats.push(Seat {
            participant: p.clone(),
            sheet,
        });
        r.votes.push(None);
    }
    r.mode = RoomMode::Main;
    // The newcomer may vote on this question: the reveal waits for them.
    if r.revealed && !r.all_voted() {
        r.revealed = false;
    }
    app.info(t::joined(lang, &p.name));
    let r = room(app).expect("the room is on screen");
    vec![change(r, RoomChange::Participants(r.participants()))]
}

fn absent_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Some(r) = room(app) else {
        return Vec::new();
    };
    let RoomMode::Absent { selected } = r.mode else {
        return Vec::new();
    };
    let lang = r.lang;
    let present: Vec<usize> = (0..r.seats.len())
        .filter(|&i| r.seats[i].participant.present)
        .collect();
    match key.code {
        KeyCode::Esc => r.mode = RoomMode::Main,
        KeyCode::Up | KeyCode::Char('k') => {
            r.mode = RoomMode::Absent {
                selected: selected.saturating_sub(1),
            };
        }
        KeyCode::Down | KeyCode::Char('j') => {
            r.mode = RoomMode::Absent {
                selected: (selected + 1).min(present.len().saturating_sub(1)),
            };
        }
        KeyCode::Enter => {
            let Some(&seat) = present.get(selected) else {
                r.mode = RoomMode::Main;
                return Vec::new();
            };
            r.seats[seat].participant.present = false;
            r.votes[seat] = None;
            r.entered.retain(|&s| s != seat);
            r.mode = RoomMode::Main;
            if r.revealed && !r.all_voted() {
                r.revealed = false;
            }
            let who = r.seats[seat].participant.name.clone();
            let effect = change(r, RoomChange::Participants(r.participants()));
            app.info(t::left(lang, &who));
            return vec![effect];
        }
        _ => {}
    }
    Vec::new()
}
