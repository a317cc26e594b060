//! Snapshots of the workshop room at 80×24 and 200×50, in English and French: the participants
//! screen, the hidden votes, the reveal and the anonymous reveal, the review; plus checks that
//! do not depend on reading snapshots (the reveal of 12 fits at 80×24, no English word on the
//! French screens).

use super::super::app::{App, Screen};
use super::super::input::TextInput;
use super::super::message::Msg;
use super::super::room::{RoomMode, RoomSetup};
use super::super::theme::Theme;
use super::super::update::room::{RoomOptions, open_room};
use super::super::update::update;
use super::super::wizard::Origin;
use crate::app::Loaded;
use crate::app::i18n::Lang;
use crate::app::room::Opened;
use crate::domain::room::{Participant, RoomChange, Rooms, TeamRoom};
use crate::domain::{
    Answer, Assessment, FRENCH_QUESTIONNAIRE_JSON, Questionnaire, ResponseSheet, Role,
    default_questionnaire,
};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::Duration;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

fn questionnaire(lang: Lang) -> Questionnaire {
    match lang {
        Lang::En => default_questionnaire(),
        Lang::Fr => Questionnaire::from_json(FRENCH_QUESTIONNAIRE_JSON).unwrap(),
    }
}

fn opened(lang: Lang) -> Opened {
    let assessment = Assessment::new(
        "bank-2026",
        "2026-03-02T09:00:00Z",
        vec!["Équipe Paris".into()],
        questionnaire(lang),
        None,
    );
    let first = assessment
        .questionnaire
        .questions()
        .next()
        .unwrap()
        .1
        .id
        .clone();
    let mut bob = ResponseSheet::new("Équipe Paris", "Bob");
    bob.set_answer(&first, Answer::Level(2));
    let mut record = TeamRoom::new("Équipe Paris");
    let second = assessment
        .questionnaire
        .questions()
        .nth(1)
        .unwrap()
        .1
        .id
        .clone();
    record.apply(
        &RoomChange::Parked {
            question: second,
            parked: true,
        },
        "2026-03-02T09:30:00.000Z",
    );
    Opened {
        loaded: Loaded {
            assessment,
            sheets: vec![bob],
            figures: Vec::new(),
            perceptions: Vec::new(),
            requests: Vec::new(),
            unreadable: Vec::new(),
        },
        team: "Équipe Paris".into(),
        about: None,
        rooms: Rooms {
            teams: vec![record],
        },
    }
}

fn people(n: usize) -> Vec<Participant> {
    let names = [
        "Alice", "Bob", "Karim", "Zoé", "Hélène", "Marc", "Inès", "Paul", "Sami", "Léa", "Hugo",
        "Nadia", "Yann", "Chloé", "Omar", "Julie", "Rémi", "Anne", "Théo", "Sarah",
    ];
    names
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, name)| {
            let role = match i {
                0 => Some(Role::Dev),
                2 => Some(Role::Ops),
                _ => None,
            };
            Participant::new(name, role)
        })
        .collect()
}

fn room_app(lang: Lang, n: usize, anonymous: bool) -> App {
    let mut app = App::new(Theme::monochrome(), "/data");
    app.now = Duration::from_secs(1000);
    open_room(
        &mut app,
        &opened(lang),
        Origin::Home,
        RoomOptions {
            participants: people(n),
            timebox: Some(180),
            anonymous,
        },
    );
    // 42 seconds on the question.
    app.now = Duration::from_secs(1042);
    app
}

fn press(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn render(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    update(app, Msg::Resize { width, height });
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(&*app, f.area())).unwrap();
    terminal
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let terminal = render(app, w, h);
        assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    }
}

fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Fr => "fr",
    }
}

/// Words of the English screens that must never show on a French one (whole words: the
/// French « accepter » is not the English "accept").
const ENGLISH: [&str; 17] = [
    "of", "voted", "reveal", "accept", "Median", "spread", "Discuss", "Replaces", "New", "Timebox",
    "keys", "review", "stay", "hidden", "move", "back", "leave",
];

fn no_english(screen: &str) {
    // The questionnaire's own words are French; the chrome must be too.
    for word in screen.split(|c: char| !c.is_alphabetic()) {
        assert!(
            !ENGLISH.contains(&word),
            "English {word:?} on a French screen:\n{screen}"
        );
    }
}

#[test]
fn participants_screen() {
    for lang in [Lang::En, Lang::Fr] {
        let mut app = App::new(Theme::monochrome(), "/data");
        let mut setup = RoomSetup::new(opened(lang), Origin::Home, lang);
        setup
            .people
            .push(Participant::new("Alice", Some(Role::Dev)));
        setup.people[0].present = true;
        setup.name = TextInput::new("Karim:ops");
        app.screen = Screen::RoomSetup(Box::new(setup));
        snap(&format!("room_participants_{}", tag(lang)), &mut app);
        if lang == Lang::Fr {
            no_english(&text(&render(&mut app, 80, 24)));
        }
    }
}

#[test]
fn hidden_votes() {
    for lang in [Lang::En, Lang::Fr] {
        let mut app = room_app(lang, 3, false);
        typed(&mut app, "34");
        snap(&format!("room_hidden_{}", tag(lang)), &mut app);
        let screen = text(&render(&mut app, 80, 24));
        // Hidden: a mark per participant who voted, never the level.
        assert!(screen.contains("● Alice") && screen.contains("● Bob"));
        assert!(!screen.contains("██"));
        if lang == Lang::Fr {
            no_english(&screen);
        }
    }
}

#[test]
fn reveal() {
    for lang in [Lang::En, Lang::Fr] {
        let mut app = room_app(lang, 3, false);
        typed(&mut app, "342");
        press(&mut app, KeyCode::Enter);
        snap(&format!("room_reveal_{}", tag(lang)), &mut app);
        let screen = text(&render(&mut app, 80, 24));
        let line = |start: &str| {
            screen
                .lines()
                .find(|l| l.trim_start().starts_with(start))
                .unwrap_or_default()
                .to_string()
        };
        // Each name under its level.
        assert!(line("2 ").contains("Karim"), "{screen}");
        assert!(line("3 ").contains("Alice"), "{screen}");
        assert!(line("4 ").contains("Bob"), "{screen}");
        assert!(
            screen.contains("2 → 4"),
            "what Bob's vote replaces:\n{screen}"
        );
        if lang == Lang::Fr {
            no_english(&screen);
            assert!(screen.contains("Médiane\u{202f}: 3,0"), "{screen}");
        }
    }
}

#[test]
fn anonymous_reveal() {
    for lang in [Lang::En, Lang::Fr] {
        let mut app = room_app(lang, 3, true);
        typed(&mut app, "343");
        press(&mut app, KeyCode::Enter);
        snap(&format!("room_reveal_anonymous_{}", tag(lang)), &mut app);
        let screen = text(&render(&mut app, 80, 24));
        for name in ["Alice", "Bob", "Karim"] {
            let named = screen
                .lines()
                .filter(|l| l.contains(name))
                .all(|l| l.contains("●"));
            assert!(
                named,
                "{name} shows outside the participants' list:\n{screen}"
            );
        }
        assert!(screen.contains("2 vote"), "{screen}");
    }
}

#[test]
fn review() {
    for lang in [Lang::En, Lang::Fr] {
        let mut app = room_app(lang, 3, false);
        press(&mut app, KeyCode::Char('f'));
        assert!(matches!(
            &app.screen,
            Screen::Room(r) if matches!(r.mode, RoomMode::Review { .. })
        ));
        snap(&format!("room_review_{}", tag(lang)), &mut app);
    }
}

#[test]
fn the_reveal_of_twelve_fits_at_80x24() {
    let mut app = room_app(Lang::En, 12, false);
    // Every vote on one level: the longest row of names.
    typed(&mut app, "333333333333");
    press(&mut app, KeyCode::Enter);
    let screen = text(&render(&mut app, 80, 24));
    for name in ["Alice", "Nadia", "Hugo"] {
        assert!(screen.contains(name), "{name} missing:\n{screen}");
    }
    assert!(screen.contains("Median"), "{screen}");
    assert!(!screen.contains("enlarge"), "{screen}");
}

#[test]
fn time_up_shows_in_the_header() {
    let mut app = room_app(Lang::En, 3, false);
    app.now = Duration::from_secs(1000 + 200);
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.lines().next().unwrap().contains("time is up +0:20"),
        "{screen}"
    );
}

/// The room of Équipe Paris about Nantes: the assessment gains Nantes, Bob's sheet about
/// Nantes holds 1 on the first question (his own sheet holds 2).
fn opened_about(lang: Lang) -> Opened {
    let mut o = opened(lang);
    o.loaded.assessment.teams.push("Nantes".into());
    let first = o.loaded.sheets[0].answers.keys().next().unwrap().clone();
    let mut about = ResponseSheet::perception("Équipe Paris", "Bob", "Nantes");
    about.set_answer(&first, Answer::Level(1));
    o.loaded.perceptions.push(about);
    o.about = Some("Nantes".into());
    o
}

/// Whose practices are assessed shows on the participants screen and in every room header
/// ("Équipe Paris about Nantes"); what a vote replaces is the sheet about Nantes.
#[test]
fn a_room_about_another_team_says_so() {
    for lang in [Lang::En, Lang::Fr] {
        let mut app = App::new(Theme::monochrome(), "/data");
        let mut setup = RoomSetup::new(opened_about(lang), Origin::Home, lang);
        setup.people[0].present = true;
        app.screen = Screen::RoomSetup(Box::new(setup));
        let terminal = render(&mut app, 80, 24);
        assert_snapshot!(
            format!("room_about_participants_{}_80x24", tag(lang)),
            terminal.backend()
        );
        let screen = text(&terminal);
        let (who, line) = match lang {
            Lang::En => (
                "Équipe Paris about Nantes",
                "Assessed: Nantes, as Équipe Paris",
            ),
            Lang::Fr => (
                "Équipe Paris à propos de Nantes",
                "Pratiques évaluées\u{202f}: Nantes, vue par Équipe Paris",
            ),
        };
        assert!(screen.contains(who), "{screen}");
        assert!(screen.contains(line), "{screen}");
        let mut app = App::new(Theme::monochrome(), "/data");
        app.now = Duration::from_secs(1000);
        open_room(
            &mut app,
            &opened_about(lang),
            Origin::Home,
            RoomOptions {
                participants: people(3),
                timebox: None,
                anonymous: false,
            },
        );
        typed(&mut app, "343");
        press(&mut app, KeyCode::Enter);
        let terminal = render(&mut app, 80, 24);
        assert_snapshot!(
            format!("room_about_reveal_{}_80x24", tag(lang)),
            terminal.backend()
        );
        let screen = text(&terminal);
        assert!(screen.contains(who), "{screen}");
        // Bob's vote replaces his answer about Nantes (1), not his own (2).
        assert!(screen.contains("1 → 4"), "{screen}");
        assert!(!screen.contains("2 → 4"), "{screen}");
        if lang == Lang::Fr {
            no_english(&screen);
        }
    }
}

#[test]
fn a_reveal_of_more_than_twelve_at_80x24_says_a_larger_screen_is_needed() {
    for lang in [Lang::En, Lang::Fr] {
        // Twenty present: the participants' list alone is taller than an 80×24 room.
        let mut app = room_app(lang, 20, false);
        typed(&mut app, &"3".repeat(20));
        press(&mut app, KeyCode::Enter);
        assert!(matches!(&app.screen, Screen::Room(r) if r.revealed));
        let terminal = render(&mut app, 80, 24);
        assert_snapshot!(
            format!("room_reveal_20_{}_80x24", tag(lang)),
            terminal.backend()
        );
        let screen = text(&terminal);
        let says = match lang {
            Lang::En => "20 participants: enlarge",
            Lang::Fr => "20 participants\u{202f}: agrandissez",
        };
        // The line may wrap: compare word by word.
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words(&screen).contains(&words(says)), "{screen}");
        if lang == Lang::Fr {
            no_english(&screen);
        }
        // At 200×50 the whole reveal fits: every name and vote, the median, no such line.
        let screen = text(&render(&mut app, 200, 50));
        for name in ["Alice", "Nadia", "Sarah"] {
            assert!(screen.contains(name), "{name} missing:\n{screen}");
        }
        assert!(
            !screen.contains("enlarge") && !screen.contains("agrandissez"),
            "{screen}"
        );
        // Sixteen still fit at 80×24 with short names: every vote is on screen and nothing
        // asks for a larger one.
        let mut app = room_app(lang, 16, false);
        typed(&mut app, &"3".repeat(16));
        press(&mut app, KeyCode::Enter);
        let screen = text(&render(&mut app, 80, 24));
        assert!(screen.contains("Julie"), "{screen}");
        assert!(
            !screen.contains("enlarge") && !screen.contains("agrandissez"),
            "{screen}"
        );
    }
}
