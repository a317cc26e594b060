//! Every key of the workshop room, without a disk: the participants screen, the hidden votes,
//! the reveal, accepting, the room's own changes, latecomers, leavers and the review.

use super::*;
use crate::app::room::{Accept, Accepted, Opened, Vote};
use crate::domain::room::{Participant, RoomChange, Rooms, TeamRoom};
use crate::tui::room::{Room, RoomMode, RoomSetup};
use crate::tui::update::room::{RoomOptions, open_room, opened};
use std::time::Duration;

fn opened_paris(sheets: Vec<ResponseSheet>, record: TeamRoom) -> Opened {
    Opened {
        loaded: Loaded {
            assessment: assessment(),
            sheets,
            figures: Vec::new(),
            perceptions: Vec::new(),
            requests: Vec::new(),
            unreadable: Vec::new(),
        },
        team: "Paris".into(),
        about: None,
        rooms: Rooms {
            teams: vec![record],
        },
    }
}

fn three() -> Vec<Participant> {
    vec![
        Participant::new("Alice", Some(Role::Dev)),
        Participant::new("Bob", None),
        Participant::new("Karim", Some(Role::Ops)),
    ]
}

/// A room of Alice, Bob and Karim, opened from home, on the first question.
fn room_app() -> App {
    let mut app = App::new(Theme::monochrome(), "/data");
    let mut bob = ResponseSheet::new("Paris", "Bob");
    let first = assessment()
        .questionnaire
        .questions()
        .next()
        .unwrap()
        .1
        .id
        .clone();
    bob.set_answer(&first, Answer::Level(2));
    open_room(
        &mut app,
        &opened_paris(vec![bob], TeamRoom::new("Paris")),
        Origin::Home,
        RoomOptions {
            participants: three(),
            timebox: Some(180),
            anonymous: false,
        },
    );
    app
}

fn room(app: &App) -> &Room {
    match &app.screen {
        Screen::Room(r) => r,
        other => panic!("expected the room, got {other:?}"),
    }
}

fn setup(app: &App) -> &RoomSetup {
    match &app.screen {
        Screen::RoomSetup(s) => s,
        other => panic!("expected the participants screen, got {other:?}"),
    }
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Votes typed in participant order, then Enter: the reveal.
fn vote_and_reveal(app: &mut App, keys: &str) {
    typed(app, keys);
    assert!(press(app, KeyCode::Enter).is_empty());
    assert!(room(app).revealed, "{}", status(app));
}

/// What the store answers to an `AcceptVotes`: each vote in its sheet, the question accepted.
fn stored(app: &App, request: &Accept) -> Msg {
    let r = room(app);
    let mut record = r.record.clone();
    record.apply(
        &RoomChange::Accepted {
            question: request.question.clone(),
            voters: request.votes.iter().map(|v| v.respondent.clone()).collect(),
            seconds: request.seconds,
        },
        "2026-03-02T10:00:00.000Z",
    );
    let sheets = request
        .votes
        .iter()
        .map(|v| {
            let mut s = ResponseSheet::new("Paris", &v.respondent);
            s.set_answer(&request.question, v.answer);
            s
        })
        .collect();
    Msg::VotesAccepted(Ok(Box::new(Accepted {
        sheets,
        room: record,
        conflicts: Vec::new(),
    })))
}

#[test]
fn votes_are_typed_in_participant_order_and_stay_hidden_until_everyone_voted() {
    let mut app = room_app();
    assert_eq!(room(&app).next_voter(), Some(0));
    typed(&mut app, "34");
    let r = room(&app);
    assert_eq!(
        r.votes,
        vec![Some(Answer::Level(3)), Some(Answer::Level(4)), None]
    );
    assert_eq!(r.next_voter(), Some(2));
    // Enter before Karim voted: nothing revealed, and the screen says who is missing.
    press(&mut app, KeyCode::Enter);
    assert!(!room(&app).revealed);
    assert!(status(&app).contains("Karim"), "{}", status(&app));
    // A level outside the scale is refused and given to nobody.
    press(&mut app, KeyCode::Char('9'));
    assert!(status(&app).contains("1 to 5"));
    assert_eq!(room(&app).votes[2], None);
    press(&mut app, KeyCode::Char('2'));
    // A fourth vote has nobody to go to.
    press(&mut app, KeyCode::Char('5'));
    assert!(status(&app).contains("Everyone voted"));
    assert_eq!(
        room(&app).votes,
        vec![
            Some(Answer::Level(3)),
            Some(Answer::Level(4)),
            Some(Answer::Level(2))
        ]
    );
}

#[test]
fn backspace_takes_the_last_vote_back_and_n_u_vote_na_and_unknown() {
    let mut app = room_app();
    typed(&mut app, "3n");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(room(&app).votes, vec![Some(Answer::Level(3)), None, None]);
    assert_eq!(room(&app).next_voter(), Some(1));
    typed(&mut app, "nu");
    assert_eq!(
        room(&app).votes,
        vec![
            Some(Answer::Level(3)),
            Some(Answer::NotApplicable),
            Some(Answer::Unknown)
        ]
    );
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    assert!(status(&app).contains("No vote"));
    assert_eq!(room(&app).votes, vec![None, None, None]);
}

#[test]
fn the_reveal_tallies_and_enter_accepts_every_vote_to_its_participants_sheet() {
    let mut app = room_app();
    let first = room(&app).question_id();
    vote_and_reveal(&mut app, "342");
    let t = room(&app).tally();
    assert_eq!(t.levels[2], vec![0]);
    assert_eq!(t.median, Some(3.0));
    assert!(t.discuss);
    // Bob's stored 2 is replaced by his 4; the screen can say so.
    assert_eq!(room(&app).replaces(1), Some(Answer::Level(2)));
    // Digits after the reveal vote nothing.
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(room(&app).votes[0], Some(Answer::Level(3)));
    app.now = Duration::from_secs(95);
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::AcceptVotes(request)] = effects.as_slice() else {
        panic!("expected AcceptVotes, got {effects:?}");
    };
    assert_eq!(request.question, first);
    assert_eq!(request.seconds, 95);
    assert_eq!(
        request.votes,
        vec![
            Vote {
                respondent: "Alice".into(),
                role: Some(Role::Dev),
                answer: Answer::Level(3)
            },
            Vote {
                respondent: "Bob".into(),
                role: None,
                answer: Answer::Level(4)
            },
            Vote {
                respondent: "Karim".into(),
                role: Some(Role::Ops),
                answer: Answer::Level(2)
            },
        ]
    );
    // Until the store answers, keys wait: nothing is accepted twice.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let answer = stored(&app, request);
    update(&mut app, answer);
    let r = room(&app);
    assert!(r.record.accepted(&first));
    assert_eq!(r.pos, 1, "the room moves to the next question");
    assert!(!r.revealed && r.votes.iter().all(Option::is_none));
    assert_eq!(r.seats[1].sheet.answer(&first), Some(Answer::Level(4)));
    assert!(status(&app).contains("accepted"));
}

#[test]
fn a_failed_accept_keeps_the_votes_revealed_to_try_again() {
    let mut app = room_app();
    vote_and_reveal(&mut app, "342");
    press(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::VotesAccepted(Err("the sheet is busy".into())),
    );
    let r = room(&app);
    assert_eq!(r.pos, 0);
    assert!(r.revealed && !r.accepting);
    assert!(status(&app).contains("NOT SAVED") && status(&app).contains("busy"));
    assert!(matches!(
        press(&mut app, KeyCode::Enter).as_slice(),
        [Effect::AcceptVotes(_)]
    ));
}

#[test]
fn r_revotes_and_equals_records_the_agreed_level() {
    let mut app = room_app();
    vote_and_reveal(&mut app, "342");
    press(&mut app, KeyCode::Char('r'));
    assert!(!room(&app).revealed);
    assert_eq!(room(&app).votes, vec![None, None, None]);
    vote_and_reveal(&mut app, "333");
    press(&mut app, KeyCode::Char('='));
    assert_eq!(room(&app).mode, RoomMode::Agree);
    let effects = press(&mut app, KeyCode::Char('3'));
    assert_eq!(
        effects,
        vec![Effect::ChangeRoom {
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            about: None,
            change: RoomChange::Agreed {
                question: room(&app).question_id(),
                level: Some(3)
            }
        }]
    );
    assert_eq!(room(&app).mode, RoomMode::Main);
    press(&mut app, KeyCode::Char('='));
    let effects = press(&mut app, KeyCode::Char('0'));
    assert!(matches!(
        effects.as_slice(),
        [Effect::ChangeRoom {
            change: RoomChange::Agreed { level: None, .. },
            ..
        }]
    ));
    // Any other key after = cancels.
    press(&mut app, KeyCode::Char('='));
    assert!(press(&mut app, KeyCode::Char('x')).is_empty());
    assert_eq!(room(&app).mode, RoomMode::Main);
}

#[test]
fn c_writes_the_rooms_note_and_p_parks() {
    let mut app = room_app();
    press(&mut app, KeyCode::Char('c'));
    assert!(matches!(room(&app).mode, RoomMode::Note(_)));
    typed(&mut app, "Dissent: Bob");
    let effects = press(&mut app, KeyCode::Esc);
    let [Effect::ChangeRoom { change, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(
        *change,
        RoomChange::Note {
            question: room(&app).question_id(),
            text: "Dissent: Bob".into()
        }
    );
    let effects = press(&mut app, KeyCode::Char('p'));
    let [Effect::ChangeRoom { change, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let parked = RoomChange::Parked {
        question: room(&app).question_id(),
        parked: true,
    };
    assert_eq!(*change, parked);
    // The store's answer is what the screen shows.
    let mut record = room(&app).record.clone();
    record.apply(&parked, "2026-03-02T10:00:00.000Z");
    update(&mut app, Msg::RoomChanged(Ok(record)));
    assert!(room(&app).record.parked(&room(&app).question_id()));
    // p again takes it off.
    let effects = press(&mut app, KeyCode::Char('p'));
    assert!(matches!(
        effects.as_slice(),
        [Effect::ChangeRoom {
            change: RoomChange::Parked { parked: false, .. },
            ..
        }]
    ));
}

#[test]
fn f_shows_the_review_with_the_parking_lot_first_and_enter_goes_there() {
    let mut app = room_app();
    let mut record = TeamRoom::new("Paris");
    let fifth = room(&app).get(room(&app).asked[4]).1.id.clone();
    record.apply(
        &RoomChange::Parked {
            question: fifth,
            parked: true,
        },
        "2026-03-02T10:00:00.000Z",
    );
    update(&mut app, Msg::RoomChanged(Ok(record)));
    press(&mut app, KeyCode::Char('f'));
    assert!(matches!(
        room(&app).mode,
        RoomMode::Review { selected: 0, .. }
    ));
    assert_eq!(
        room(&app).review_rows()[0],
        crate::tui::room::ReviewRow::Parked(4)
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(room(&app).pos, 4);
    assert_eq!(room(&app).mode, RoomMode::Main);
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Esc);
    assert_eq!(room(&app).pos, 4, "Esc goes back to the question it left");
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Char('q'));
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn arrows_move_between_questions_and_clear_the_votes() {
    let mut app = room_app();
    press(&mut app, KeyCode::Left);
    assert!(status(&app).contains("first question"));
    typed(&mut app, "3");
    press(&mut app, KeyCode::Right);
    assert_eq!(room(&app).pos, 1);
    assert!(room(&app).votes.iter().all(Option::is_none));
    press(&mut app, KeyCode::Left);
    assert_eq!(room(&app).pos, 0);
}

#[test]
fn a_question_for_other_roles_is_voted_only_by_the_participants_it_fits() {
    let mut app = room_app();
    let q = &room(&app).assessment.questionnaire;
    let (pos, _) = room(&app)
        .asked
        .iter()
        .enumerate()
        .map(|(i, r)| (i, &q.dimensions[r.dim].questions[r.question]))
        .find(|(_, question)| {
            question.applies_to(Some(Role::Dev)) && !question.applies_to(Some(Role::Ops))
        })
        .expect("a dev question ops does not answer");
    let now = app.now;
    if let Screen::Room(r) = &mut app.screen {
        r.go_to(pos, now);
    }
    assert_eq!(room(&app).voters(), vec![0, 1]);
    vote_and_reveal(&mut app, "34");
    assert_eq!(room(&app).votes[2], None);
}

#[test]
fn plus_adds_a_latecomer_and_minus_marks_a_leaver_absent() {
    let mut app = room_app();
    press(&mut app, KeyCode::Char('+'));
    typed(&mut app, "Zoé:dev");
    let effects = press(&mut app, KeyCode::Enter);
    let [
        Effect::ChangeRoom {
            change: RoomChange::Participants(list),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(list.len(), 4);
    assert_eq!(list[3], Participant::new("Zoé", Some(Role::Dev)));
    assert_eq!(room(&app).votes.len(), 4);
    // The same name again is refused in the popup.
    press(&mut app, KeyCode::Char('+'));
    typed(&mut app, "zoé");
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert!(matches!(
        &room(&app).mode,
        RoomMode::Latecomer { error: Some(e), .. } if e.contains("already")
    ));
    press(&mut app, KeyCode::Esc);
    // Bob leaves: absent from here on, his vote taken back.
    typed(&mut app, "3");
    press(&mut app, KeyCode::Char('-'));
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    let [
        Effect::ChangeRoom {
            change: RoomChange::Participants(list),
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert!(!list[1].present);
    assert_eq!(room(&app).voters(), vec![0, 2, 3]);
    assert_eq!(room(&app).next_voter(), Some(2));
}

#[test]
fn q_leaves_the_room_home_or_ends_the_program() {
    let mut app = room_app();
    assert_eq!(press(&mut app, KeyCode::Char('q')), vec![Effect::Reload]);
    assert!(matches!(app.screen, Screen::Home));
    let mut app = App::new(Theme::monochrome(), "/data");
    open_room(
        &mut app,
        &opened_paris(Vec::new(), TeamRoom::new("Paris")),
        Origin::CommandLine,
        RoomOptions {
            participants: three(),
            ..RoomOptions::default()
        },
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.quit);
}

#[test]
fn the_room_resumes_at_the_first_question_not_accepted() {
    let mut record = TeamRoom::new("Paris");
    let ids: Vec<String> = assessment()
        .questionnaire
        .questions()
        .take(2)
        .map(|(_, q)| q.id.clone())
        .collect();
    for id in &ids {
        record.apply(
            &RoomChange::Accepted {
                question: id.clone(),
                voters: vec!["Alice".into()],
                seconds: 60,
            },
            "2026-03-02T10:00:00.000Z",
        );
    }
    let mut app = App::new(Theme::monochrome(), "/data");
    open_room(
        &mut app,
        &opened_paris(Vec::new(), record),
        Origin::Home,
        RoomOptions {
            participants: three(),
            ..RoomOptions::default()
        },
    );
    assert_eq!(room(&app).pos, 2);
}

#[test]
fn w_on_home_opens_the_room_and_its_participants_screen_ticks_and_adds() {
    let mut app = home_app();
    assert_eq!(
        press(&mut app, KeyCode::Char('w')),
        vec![Effect::OpenRoom {
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            about: None,
        }]
    );
    let mut bob = ResponseSheet::new("Paris", "Bob");
    bob.role = Some(Role::Ops);
    opened(
        &mut app,
        Ok(Box::new(opened_paris(vec![bob], TeamRoom::new("Paris")))),
        Origin::Home,
    );
    // Bob answered before: listed, not ticked.
    assert_eq!(setup(&app).people.len(), 1);
    assert!(!setup(&app).people[0].present);
    // Enter with nobody present: refused.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert!(setup(&app).error.as_deref().unwrap().contains("Tick"));
    press(&mut app, KeyCode::Char(' '));
    assert!(setup(&app).people[0].present);
    // A new name (with spaces) typed on the name field joins the list.
    press(&mut app, KeyCode::Up);
    typed(&mut app, "Anne Marie:dev");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        setup(&app).people[1],
        Participant::new("Anne Marie", Some(Role::Dev))
    );
    // A bad timebox is refused, naming what was typed.
    let timebox = setup(&app).timebox_row();
    for _ in 0..timebox {
        press(&mut app, KeyCode::Down);
    }
    typed(&mut app, "soon");
    press(&mut app, KeyCode::Enter);
    assert!(setup(&app).error.as_deref().unwrap().contains("soon"));
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "2m");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    assert!(setup(&app).anonymous);
    let effects = press(&mut app, KeyCode::Enter);
    let r = room(&app);
    assert_eq!((r.timebox, r.anonymous), (Some(120), true));
    assert_eq!(
        r.participants()
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Bob", "Anne Marie"]
    );
    assert!(matches!(
        effects.as_slice(),
        [Effect::ChangeRoom {
            change: RoomChange::Participants(_),
            ..
        }]
    ));
}

#[test]
fn esc_on_the_participants_screen_goes_back() {
    let mut app = home_app();
    opened(
        &mut app,
        Ok(Box::new(opened_paris(Vec::new(), TeamRoom::new("Paris")))),
        Origin::Home,
    );
    assert_eq!(press(&mut app, KeyCode::Esc), vec![Effect::Reload]);
    assert!(matches!(app.screen, Screen::Home));
    opened(&mut app, Err("cannot read".into()), Origin::Home);
    assert!(matches!(app.screen, Screen::Home));
    assert!(app.status.as_ref().unwrap().error);
}

#[test]
fn help_opens_on_question_mark_in_the_room_and_on_f1_in_the_participants_screen() {
    let mut app = room_app();
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help);
}

#[test]
fn shift_arrows_scroll_the_levels() {
    let mut app = room_app();
    press_with(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
    press_with(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
    assert_eq!(room(&app).scroll, 2);
    press_with(&mut app, KeyCode::Up, KeyModifiers::SHIFT);
    assert_eq!(room(&app).scroll, 1);
}

/// Tab on the participants screen chooses whose practices the room assesses: the team's own,
/// then each other team. About Nantes, the seats hold Paris's perception sheets about Nantes
/// (never their own sheets), and every vote and change names that room.
#[test]
fn tab_on_the_participants_screen_assesses_another_team() {
    let mut app = home_app();
    press(&mut app, KeyCode::Char('w'));
    let first = assessment()
        .questionnaire
        .questions()
        .next()
        .unwrap()
        .1
        .id
        .clone();
    let mut bob = ResponseSheet::new("Paris", "Bob");
    bob.role = Some(Role::Ops);
    bob.set_answer(&first, Answer::Level(4));
    let mut bob_about = ResponseSheet::perception("Paris", "Bob", "Nantes");
    bob_about.set_answer(&first, Answer::Level(1));
    let mut own = TeamRoom::new("Paris");
    own.apply(
        &RoomChange::Accepted {
            question: first.clone(),
            voters: vec!["Bob".into()],
            seconds: 30,
        },
        "2026-03-02T10:00:00.000Z",
    );
    let mut o = opened_paris(vec![bob], own);
    o.loaded.perceptions = vec![bob_about];
    opened(&mut app, Ok(Box::new(o)), Origin::Home);
    assert_eq!(setup(&app).opened.about, None);
    press(&mut app, KeyCode::Tab);
    assert_eq!(setup(&app).opened.about.as_deref(), Some("Nantes"));
    // Past the last other team, back to the team's own practices; Shift+Tab goes back.
    press(&mut app, KeyCode::Tab);
    assert_eq!(setup(&app).opened.about, None);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(setup(&app).opened.about.as_deref(), Some("Nantes"));
    // Bob is listed (from his own sheet, with his role), ticked, and the room opens.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    let effects = press(&mut app, KeyCode::Enter);
    assert!(matches!(
        effects.as_slice(),
        [Effect::ChangeRoom {
            about: Some(a),
            change: RoomChange::Participants(_),
            ..
        }] if a == "Nantes"
    ));
    let r = room(&app);
    assert_eq!(r.about.as_deref(), Some("Nantes"));
    // The own room accepted the first question; the room about Nantes never met: it starts there.
    assert_eq!(r.pos, 0);
    assert_eq!(r.seats[0].sheet.about.as_deref(), Some("Nantes"));
    assert_eq!(r.seats[0].participant.role, Some(Role::Ops));
    // What the vote replaces is Bob's answer about Nantes (1), not his own (4).
    typed(&mut app, "3");
    assert_eq!(room(&app).replaces(0), Some(Answer::Level(1)));
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::AcceptVotes(request)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(request.about.as_deref(), Some("Nantes"));
    assert_eq!(request.team, "Paris");
    // A latecomer with no sheet gets an empty sheet about Nantes.
    let request = request.clone();
    let mut record = room(&app).record.clone();
    record.apply(
        &RoomChange::Accepted {
            question: request.question.clone(),
            voters: vec!["Bob".into()],
            seconds: 1,
        },
        "2026-03-02T11:00:00.000Z",
    );
    let mut saved = ResponseSheet::perception("Paris", "Bob", "Nantes");
    saved.set_answer(&first, Answer::Level(3));
    update(
        &mut app,
        Msg::VotesAccepted(Ok(Box::new(Accepted {
            sheets: vec![saved],
            room: record,
            conflicts: Vec::new(),
        }))),
    );
    press(&mut app, KeyCode::Char('+'));
    typed(&mut app, "Zoé");
    let effects = press(&mut app, KeyCode::Enter);
    let r = room(&app);
    let zoe = r
        .seats
        .iter()
        .find(|s| s.participant.name == "Zoé")
        .unwrap();
    assert_eq!(zoe.sheet.about.as_deref(), Some("Nantes"));
    assert!(matches!(
        effects.as_slice(),
        [Effect::ChangeRoom { about: Some(a), .. }] if a == "Nantes"
    ));
}
