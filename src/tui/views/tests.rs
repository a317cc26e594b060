//! Snapshots of every screen on ratatui's `TestBackend`, at 80×24 (the smallest comfortable size)
//! and 200×50 (a projector), plus checks that do not depend on reading snapshots.

use super::super::app::{
    AddTeamForm, App, NewAssessmentForm, RespondentPicker, ResultsScreen, RolePicker, Screen,
};
use super::super::input::{TextArea, TextInput};
use super::super::message::Msg;
use super::super::theme::Theme;
use super::super::update::update;
use super::super::wizard::{Mode, Origin, Wizard};
use crate::app::Loaded;
use crate::app::i18n::Lang;
use crate::domain::typography::is_breaking_space;
use crate::domain::{Answer, Assessment, ResponseSheet, Role, default_questionnaire};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

fn assessment() -> Assessment {
    Assessment::new(
        "bank-2026",
        "2026-03-02T09:00:00Z",
        vec!["Équipe Paris".into(), "Start-up Nantes".into()],
        default_questionnaire(),
        None,
    )
}

fn sheet(team: &str, who: &str, role: Option<Role>, answered: usize, level: u8) -> ResponseSheet {
    let mut s = ResponseSheet::new(team, who);
    s.role = role;
    let q = default_questionnaire();
    for (_, question) in q
        .questions()
        .filter(|(_, q)| q.applies_to(role))
        .take(answered)
    {
        s.set_answer(&question.id, Answer::Level(level));
    }
    s
}

fn home_app() -> App {
    let mut app = App::new(
        Theme::monochrome(),
        "/home/facilitator/.local/share/devops-maturity",
    );
    let mut retail = Assessment::new(
        "retail-pilot",
        "2026-02-10T09:00:00Z",
        vec!["Ops/Run".into()],
        default_questionnaire(),
        None,
    );
    retail.targets.default = 3.0;
    app.entries = vec![
        Ok(Loaded {
            assessment: assessment(),
            sheets: vec![
                sheet("Équipe Paris", "Alice", Some(Role::Dev), 30, 3),
                // Bob answered every question.
                sheet("Équipe Paris", "Bob", None, usize::MAX, 2),
            ],
            figures: Vec::new(),
            perceptions: Vec::new(),
            requests: Vec::new(),
            unreadable: Vec::new(),
        }),
        Err("cannot be read (expected value at line 1 column 1); the file was left untouched — /tmp/.tmpXk3v9/data2/assessments/broken-assessment-78897a9a/assessment.json".into()),
        Ok(Loaded {
            assessment: retail,
            sheets: Vec::new(),
            figures: Vec::new(),
            perceptions: Vec::new(),
            requests: Vec::new(),
            unreadable: Vec::new(),
        }),
    ];
    app
}

fn wizard_app() -> App {
    let mut app = App::new(Theme::monochrome(), "/data");
    let mut s = sheet("Équipe Paris", "Alice", Some(Role::Dev), 3, 2);
    let q = default_questionnaire();
    let id = q.dimensions[0].questions[3].id.clone();
    s.set_comment(
        &id,
        "Déjà discuté à Nantes : l'équipe préfère\nune revue à froid.",
    );
    s.set_answer(&id, Answer::Level(3));
    let mut w = Wizard::new(assessment(), s, Origin::Home);
    let pos = w
        .asked
        .iter()
        .position(|r| r.dim == 0 && r.question == 3)
        .unwrap();
    w.go_to(pos);
    w.highlight = Some(4);
    app.screen = Screen::Wizard(Box::new(w));
    app
}

/// Renders `app` at a size, after telling `update` the size as the event loop does.
fn render(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    if (app.width, app.height) != (width, height) {
        update(app, Msg::Resize { width, height });
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(&*app, f.area())).unwrap();
    terminal
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
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

fn press_key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    update(app, Msg::Key(KeyEvent::new(code, modifiers)));
}

fn wiz_highlight(app: &App) -> Option<u8> {
    match &app.screen {
        Screen::Wizard(w) => w.highlight,
        _ => None,
    }
}

/// Snapshots `app` at both sizes under `name_80x24` and `name_200x50`.
fn snap(name: &str, mut app: App) {
    for (w, h) in SIZES {
        let terminal = render(&mut app, w, h);
        assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn home() {
    snap("home", home_app());
}

#[test]
fn home_empty() {
    let mut app = App::new(Theme::monochrome(), "/data");
    app.info("Answers are saved.");
    snap("home_empty", app);
}

#[test]
fn new_assessment_first_run() {
    let mut app = App::new(Theme::monochrome(), "/data");
    let mut form = NewAssessmentForm {
        first_run: true,
        ..NewAssessmentForm::default()
    };
    form.fields[0] = TextInput::new("bank-2026");
    form.fields[1] = TextInput::new("Équipe Paris, Start-up Nantes");
    form.focus = 1;
    form.error = Some("team \"Paris\" is given twice".into());
    app.screen = Screen::NewAssessment(form);
    snap("new_assessment", app);
}

#[test]
fn add_team() {
    let mut app = home_app();
    app.screen = Screen::AddTeam(AddTeamForm {
        assessment: "bank-2026".into(),
        team: TextInput::new("Ops/Run"),
        error: None,
    });
    snap("add_team", app);
}

#[test]
fn respondents() {
    let mut app = home_app();
    app.screen = Screen::Respondents(RespondentPicker {
        about: None,
        assessment: "bank-2026".into(),
        team: "Équipe Paris".into(),
        selected: 1,
        new_name: TextInput::default(),
        error: None,
        similar: None,
        find: None,
        action: None,
    });
    snap("respondents", app);
}

#[test]
fn respondents_confirm_delete() {
    let mut app = home_app();
    app.screen = Screen::Respondents(RespondentPicker {
        about: None,
        assessment: "bank-2026".into(),
        team: "Équipe Paris".into(),
        selected: 1,
        new_name: TextInput::default(),
        error: None,
        similar: None,
        find: None,
        action: Some(super::super::app::PickerAction::ConfirmDelete {
            who: "Alice".into(),
        }),
    });
    snap("respondents_confirm_delete", app);
}

#[test]
fn role() {
    let mut app = home_app();
    app.screen = Screen::Role(RolePicker {
        about: None,
        assessment: "bank-2026".into(),
        team: "Équipe Paris".into(),
        respondent: "Chloé".into(),
        selected: 2,
    });
    snap("role", app);
}

#[test]
fn results() {
    let mut app = home_app();
    app.screen = Screen::Results(ResultsScreen {
        assessment: "bank-2026".into(),
        team: "Équipe Paris".into(),
        scroll: 0,
    });
    snap("results", app);
}

#[test]
fn wizard_question() {
    let mut app = wizard_app();
    app.info("✓ Saved level 2 (Managed) for question 3");
    snap("wizard_question", app);
}

/// Enter on level 4 while 3 is stored: the prompt names both, both levels show (✓ stored,
/// ▶ highlighted), and so does the comment.
#[test]
fn wizard_replace_prompt() {
    let mut app = wizard_app();
    for (w, h) in SIZES {
        render(&mut app, w, h);
        press_key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
        let terminal = render(&mut app, w, h);
        let text = screen_text(&terminal);
        assert!(
            text.contains("Replace the stored level 3 (Defined) with level 4 (Measured)?"),
            "{text}"
        );
        assert!(text.contains("3 Defined ✓"), "{text}");
        assert!(text.contains("▶ 4 Measured"), "{text}");
        assert!(text.contains("c Comment: Déjà discuté"), "{text}");
        assert!(text.contains("Enter/y replace"), "{text}");
        assert_snapshot!(format!("wizard_replace_prompt_{w}x{h}"), terminal.backend());
        press_key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(wiz_highlight(&app), Some(3), "Esc keeps the stored level");
        if let Screen::Wizard(wz) = &mut app.screen {
            wz.highlight = Some(4);
        }
    }
}

/// n on a question with a stored level asks too, and the prompt fits 80 columns.
#[test]
fn replacing_a_level_by_na_asks_with_both_named() {
    let mut app = wizard_app();
    render(&mut app, 80, 24);
    press_key(&mut app, KeyCode::Char('n'), KeyModifiers::NONE);
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(
        text.contains("Replace the stored level 3 (Defined) with n/a?"),
        "{text}"
    );
}

/// At 80x24, for every question of both built-in editions: a stored level (✓), another
/// highlighted level (▶) and the stored comment all show at once, without scrolling, and so
/// does every level.
#[test]
fn stored_highlighted_and_comment_visible_at_80x24_for_every_question() {
    use crate::domain::{Questionnaire, builtin_questionnaire};
    for edition in ["en", "fr"] {
        let q = Questionnaire::from_json(builtin_questionnaire(edition).unwrap()).unwrap();
        let mut a = assessment();
        a.questionnaire = q.clone();
        let mut sheet = ResponseSheet::new("Équipe Paris", "Alice");
        for (_, question) in q.questions() {
            sheet.set_answer(&question.id, Answer::Level(2));
            sheet.set_comment(
                &question.id,
                "Le CAB du jeudi valide chaque mise en production, lentement.",
            );
        }
        let w = Wizard::new(a, sheet, Origin::Home);
        let total = w.asked.len();
        let mut app = App::new(Theme::monochrome(), "/data");
        app.screen = Screen::Wizard(Box::new(w));
        let stored = format!("2 {} ✓", q.level_label(2));
        for pos in 0..total {
            for highlight in [1, 5] {
                if let Screen::Wizard(w) = &mut app.screen {
                    w.go_to(pos);
                }
                render(&mut app, 80, 24);
                press_key(
                    &mut app,
                    KeyCode::Char(char::from(b'0' + highlight)),
                    KeyModifiers::NONE,
                );
                let text = screen_text(&render(&mut app, 80, 24));
                let at = format!("{edition} {pos}");
                assert!(text.contains(&stored), "{at}:\n{text}");
                let lit = format!("▶ {highlight} {}", q.level_label(highlight));
                assert!(text.contains(&lit), "{at}:\n{text}");
                let label = super::super::layout::comment_label(Lang::from_tag(&q.language));
                assert!(
                    text.contains(&format!("c {label} Le CAB du jeudi")),
                    "{at}:\n{text}"
                );
                for (level, label) in q.levels.iter().enumerate() {
                    assert!(
                        text.contains(&format!("{} {label}", level + 1)),
                        "{at}: level {label} hidden:\n{text}"
                    );
                }
            }
        }
    }
}

/// A stored n/a shows when the question opens at 80x24 (it is on the n / u line, below the
/// levels, and nowhere else).
#[test]
fn a_stored_na_shows_when_the_question_opens_at_80x24() {
    let mut app = App::new(Theme::monochrome(), "/data");
    let mut sheet = ResponseSheet::new("Équipe Paris", "Alice");
    let q = default_questionnaire();
    for (_, question) in q.questions() {
        sheet.set_answer(&question.id, Answer::NotApplicable);
    }
    let w = Wizard::new(assessment(), sheet, Origin::Home);
    let total = w.asked.len();
    app.screen = Screen::Wizard(Box::new(w));
    for pos in 0..total {
        if let Screen::Wizard(w) = &mut app.screen {
            w.go_to(pos);
        }
        let text = screen_text(&render(&mut app, 80, 24));
        assert!(text.contains("not applicable ✓"), "{pos}:\n{text}");
        assert!(text.contains("1 Initial"), "{pos}:\n{text}");
    }
}

#[test]
fn wizard_comment_editor() {
    let mut app = wizard_app();
    if let Screen::Wizard(w) = &mut app.screen {
        w.mode = Mode::Comment(TextArea::new(
            "Déjà discuté à Nantes : l'équipe préfère\nune revue à froid.",
        ));
    }
    snap("wizard_comment", app);
}

#[test]
fn wizard_role_picker() {
    let mut app = wizard_app();
    if let Screen::Wizard(w) = &mut app.screen {
        w.mode = Mode::Role { selected: 1 };
    }
    snap("wizard_role", app);
}

#[test]
fn review() {
    let mut app = wizard_app();
    if let Screen::Wizard(w) = &mut app.screen {
        w.mode = Mode::Review { selected: 1 };
    }
    snap("review", app);
}

#[test]
fn help_overlay() {
    let mut app = wizard_app();
    app.help = true;
    snap("help", app);
}

#[test]
fn too_small_says_so_down_to_one_cell() {
    for (w, h) in [(20, 5), (59, 24), (80, 15), (1, 1)] {
        let mut app = wizard_app();
        let terminal = render(&mut app, w, h);
        let text = screen_text(&terminal);
        if w >= 20 {
            assert!(text.contains("Enlarge"), "{w}x{h}:\n{text}");
            assert!(text.contains(&format!("{w}×{h}")), "{w}x{h}:\n{text}");
        } else {
            assert_eq!(text, "E");
        }
    }
    let mut app = wizard_app();
    assert_snapshot!("too_small_20x5", render(&mut app, 20, 5).backend());
}

/// The descriptors of every level show at once at 80×24 for every question of the default
/// questionnaire (the room discusses them side by side).
#[test]
fn all_levels_visible_at_80x24_for_every_default_question() {
    let mut app = App::new(Theme::monochrome(), "/data");
    let w = Wizard::new(
        assessment(),
        ResponseSheet::new("Équipe Paris", "Alice"),
        Origin::Home,
    );
    let total = w.asked.len();
    app.screen = Screen::Wizard(Box::new(w));
    for pos in 0..total {
        if let Screen::Wizard(w) = &mut app.screen {
            w.go_to(pos);
        }
        let text = screen_text(&render(&mut app, 80, 24));
        let q = default_questionnaire();
        for (level, label) in q.levels.iter().enumerate() {
            assert!(
                text.contains(&format!("{} {label} —", level + 1)),
                "question {pos}: level {label} not visible at 80x24:\n{text}"
            );
        }
        let last_descriptor_word = match &app.screen {
            Screen::Wizard(w) => w.current().unwrap().1.descriptors[4]
                .split(is_breaking_space)
                .next_back()
                .unwrap()
                .to_string(),
            _ => unreachable!(),
        };
        assert!(
            text.contains(&last_descriptor_word),
            "question {pos}: end of level 5 cut:\n{text}"
        );
    }
}

/// With `NO_COLOR` the screens use no colour at all, and the selection still shows (▶ marker).
#[test]
fn monochrome_theme_uses_no_colour_and_marks_the_selection() {
    for mut app in [home_app(), wizard_app()] {
        let terminal = render(&mut app, 80, 24);
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert_eq!(cell.fg, Color::Reset);
            assert_eq!(cell.bg, Color::Reset);
        }
        assert!(screen_text(&terminal).contains('▶'));
    }
}

/// A comment too long to show above the levels at 80x24 starts there, cut with a visible mark;
/// Home shows it whole and the scroll keys reach its end.
#[test]
fn long_comment_shows_its_start_and_the_rest_is_reachable() {
    let mut app = wizard_app();
    if let Screen::Wizard(w) = &mut app.screen {
        let id = w.current().unwrap().1.id.clone();
        let long = "Une très longue remarque sur la chaîne de déploiement. ".repeat(20);
        w.sheet.set_comment(&id, &format!("{long}Dernier mot."));
    }
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("c Comment: Une très longue"), "{text}");
    assert!(text.contains("… (Home: rest)"), "{text}");
    assert!(!text.contains("Dernier mot."), "{text}");
    assert!(
        text.contains("5 Optimizing"),
        "every level still shows:\n{text}"
    );
    press_key(&mut app, KeyCode::Home, KeyModifiers::NONE);
    for _ in 0..40 {
        press_key(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
    }
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("Dernier mot."), "{text}");
    assert!(text.contains("▲ more above"), "{text}");
    assert_eq!(
        wiz_highlight(&app),
        Some(4),
        "scrolling moved the highlight"
    );
}

#[test]
fn typing_in_a_form_shows_the_text_and_help_key_is_f1() {
    let mut app = App::new(Theme::monochrome(), "/data");
    app.screen = Screen::NewAssessment(NewAssessmentForm::default());
    for c in "Équipe à Lyon?".chars() {
        update(
            &mut app,
            Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("[Équipe à Lyon?"), "{text}");
    assert!(text.contains("F1 all keys"), "{text}");
    assert!(!app.help, "? is text in a form");
}

#[test]
fn shrinking_keeps_the_position_whole_and_every_level_in_view() {
    let mut app = wizard_app();
    if let Screen::Wizard(w) = &mut app.screen {
        w.highlight = None;
    }
    render(&mut app, 200, 50);
    let text = screen_text(&render(&mut app, 80, 24));
    for label in ["1 Initial", "5 Optimizing"] {
        assert!(
            text.contains(label),
            "{label} hidden after shrinking:\n{text}"
        );
    }
    // At the minimum size not every level fits: the levels start at the top, the help
    // scrolled away above them.
    render(&mut app, 200, 50);
    let text = screen_text(&render(&mut app, 60, 16));
    assert!(text.contains("Question 4 of 68"), "{text}");
    assert!(text.contains("1 Initial"), "{text}");
    assert!(text.contains("▲ more above"), "{text}");
}

#[test]
fn a_failed_save_is_shown_whole_over_the_question() {
    let mut app = wizard_app();
    update(
        &mut app,
        Msg::Saved(Err("/data/assessments/bank-2026/responses/equipe-paris__alice.json: cannot be read (expected value at line 1 column 1); the file was left untouched".into())),
    );
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("Not saved"), "{text}");
    assert!(text.contains("NOT SAVED: /data/assessments"), "{text}");
    assert!(text.contains("untouched"), "the reason is not cut:\n{text}");
    assert_snapshot!("save_failed_80x24", render(&mut app, 80, 24).backend());
}

#[test]
fn errors_show_their_reason_first_and_wrap_at_80_columns() {
    let mut app = home_app();
    app.save_error = Some(crate::tui::app::Status {
        text: "NOT SAVED: Permission denied (os error 13) — /tmp/.tmpXk3v9/data2/assessments/bank-2026/responses/equipe-paris-78897a9a__alice.json".into(),
        error: true,
    });
    let text = screen_text(&render(&mut app, 80, 24));
    // The unreadable assessment's reason and its file name both show.
    assert!(
        text.contains("⚠ cannot be read (expected value at line 1 column 1); the file"),
        "{text}"
    );
    assert!(text.contains("/assessment.json"), "{text}");
    // The failed save: reason on the first row, the path shortened in the middle after it.
    assert!(
        text.contains("NOT SAVED: Permission denied (os error 13) —"),
        "{text}"
    );
    assert!(
        text.contains("…") && text.contains("equipe-paris-78897a9a__alice.json"),
        "{text}"
    );
    let rows: Vec<&str> = text.lines().collect();
    assert!(
        rows[23].contains("? help"),
        "hints stay on the last row: {text}"
    );
}

#[test]
fn unreadable_response_files_are_flagged_with_their_reason_when_selected() {
    let mut app = home_app();
    if let Ok(loaded) = &mut app.entries[0] {
        loaded.sheets.clear();
        for who in ["alice", "bob"] {
            loaded.unreadable.push(crate::app::StoreError::Corrupt {
                path: format!("/data/assessments/bank-2026/responses/equipe-paris__{who}.json")
                    .into(),
                reason: "expected value at line 1 column 1".into(),
                reason_fr: None,
            });
        }
    }
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(
        text.contains("⚠ 2 response files cannot be read — they are left untouched"),
        "{text}"
    );
    assert!(text.contains("no readable respondent"), "{text}");
    assert!(
        text.contains("· cannot be read (expected value at line 1 column 1)"),
        "{text}"
    );
    assert!(text.contains("equipe-paris__bob.json"), "{text}");
    // With a team of another assessment selected, the warning stays and the reasons give way.
    app.home_selected = app.team_rows().len() - 1;
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(
        text.contains("left untouched · select a team for why"),
        "{text}"
    );
    assert!(!text.contains("equipe-paris__bob.json"), "{text}");
}

#[test]
fn results_flag_an_overall_built_on_low_coverage() {
    let mut app = home_app();
    if let Ok(loaded) = &mut app.entries[0] {
        loaded
            .sheets
            .push(sheet("Start-up Nantes", "Zoé", None, 7, 4));
    }
    app.screen = Screen::Results(ResultsScreen {
        assessment: "bank-2026".into(),
        team: "Start-up Nantes".into(),
        scroll: 0,
    });
    let text = screen_text(&render(&mut app, 80, 24));
    let summary = text.lines().nth(2).unwrap();
    assert!(
        summary.contains("overall 4.0 of 5 (75%) · ⚠ only 10% of questions answered"),
        "{text}"
    );
    assert!(summary.contains("1 respondent"), "{text}");
    assert!(text.contains("⚠ Low coverage"), "{text}");
    // Full coverage: no warning.
    app.screen = Screen::Results(ResultsScreen {
        assessment: "bank-2026".into(),
        team: "Équipe Paris".into(),
        scroll: 0,
    });
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(!text.contains("⚠"), "{text}");
    assert!(
        text.contains("100% of questions answered · 2 respondents"),
        "{text}"
    );
}

/// The hint (how to ask the question) is never scrolled out of sight when a question opens at
/// 80x24, in either built-in edition, and every level still shows.
#[test]
fn every_question_opens_with_its_hint_and_all_levels_at_80x24_in_both_editions() {
    use crate::domain::{Questionnaire, builtin_questionnaire};
    for edition in ["en", "fr"] {
        let q = Questionnaire::from_json(builtin_questionnaire(edition).unwrap()).unwrap();
        let mut a = assessment();
        a.questionnaire = q.clone();
        let w = Wizard::new(a, ResponseSheet::new("Équipe Paris", "Alice"), Origin::Home);
        let total = w.asked.len();
        let mut app = App::new(Theme::monochrome(), "/data");
        app.screen = Screen::Wizard(Box::new(w));
        for pos in 0..total {
            if let Screen::Wizard(w) = &mut app.screen {
                w.go_to(pos);
            }
            let text = screen_text(&render(&mut app, 80, 24));
            let (_, question) = match &app.screen {
                Screen::Wizard(w) => w.current().unwrap(),
                _ => unreachable!(),
            };
            if let Some(help) = &question.help {
                // Words as the wrapper sees them: « prêt ? » is one word.
                let start: String = help
                    .split(is_breaking_space)
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    text.contains(&start),
                    "{edition} {pos}: hint hidden:\n{text}"
                );
            }
            assert!(
                !text.contains("▲ more above"),
                "{edition} {pos}: opens scrolled:\n{text}"
            );
            for (level, label) in q.levels.iter().enumerate() {
                assert!(
                    text.contains(&format!("{} {label} —", level + 1)),
                    "{edition} {pos}: level {label} not visible:\n{text}"
                );
            }
        }
    }
}

/// A hint cut to keep every level in view stays readable: up past the top shows it whole.
#[test]
fn a_cut_hint_shows_whole_when_scrolling_up_past_the_top() {
    use crate::domain::{Questionnaire, builtin_questionnaire};
    let q = Questionnaire::from_json(builtin_questionnaire("fr").unwrap()).unwrap();
    let help = q.dimensions[0].questions[0].help.clone().unwrap();
    let last_word = help
        .split(is_breaking_space)
        .next_back()
        .unwrap()
        .to_string();
    let mut a = assessment();
    a.questionnaire = q;
    let mut app = App::new(Theme::monochrome(), "/data");
    app.screen = Screen::Wizard(Box::new(Wizard::new(
        a,
        ResponseSheet::new("Équipe Lyon", "Marc"),
        Origin::Home,
    )));
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("… (Début\u{202f}: la suite)"), "{text}");
    assert!(!text.contains(&last_word), "{text}");
    // ↑ moves the highlight only, it no longer scrolls past level 1.
    for _ in 0..2 {
        press_key(&mut app, KeyCode::Up, KeyModifiers::NONE);
    }
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("… (Début\u{202f}: la suite)"), "{text}");
    assert_eq!(wiz_highlight(&app), Some(1));
    press_key(&mut app, KeyCode::Up, KeyModifiers::SHIFT);
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains(&last_word), "{text}");
    assert!(!text.contains("(Home: rest)"), "{text}");
    assert_eq!(
        wiz_highlight(&app),
        Some(1),
        "scrolling moved the highlight"
    );
}

/// The help of the question screen comes from its key table; the replace prompt has its own.
#[test]
fn help_lists_the_keys_of_the_question_screen_and_of_the_prompt() {
    let mut app = wizard_app();
    let lines = super::help::keys_for(&app);
    for keys in [
        "1–5",
        "↑ ↓  j k",
        "Enter",
        "Shift+↑ ↓",
        "Home End",
        "q Esc",
        "mouse",
    ] {
        assert!(
            lines.iter().any(|(k, _)| k == keys),
            "{keys} missing: {lines:?}"
        );
    }
    render(&mut app, 80, 24);
    press_key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let lines = super::help::keys_for(&app);
    assert_eq!(lines[0].0, "Enter y", "{lines:?}");
    assert_eq!(lines[1].0, "Esc n", "{lines:?}");
}

#[test]
fn metrics_form() {
    use crate::domain::metrics::{Key, Period, Source, TeamFigures};
    use crate::tui::metrics_form::MetricsForm;
    let mut app = home_app();
    let mut paris = TeamFigures::new("Équipe Paris");
    let lead = Key::LeadTime.parse_value("6w").unwrap();
    paris
        .set(
            Key::LeadTime,
            lead,
            Source::Estimated,
            Some(Period::parse("2026-Q3").unwrap()),
            "2026-10-01T09:00:00.000Z",
        )
        .unwrap();
    if let Ok(loaded) = &mut app.entries[0] {
        loaded.figures.push(paris);
    }
    let loaded = app.entries[0].as_ref().unwrap();
    let mut form = MetricsForm::new(loaded, "Équipe Paris", crate::app::i18n::Lang::En);
    // A band chosen, a value typed, a value that does not parse with its reason.
    form.cycle(true);
    form.focus = 1;
    for c in "2d".chars() {
        form.edit(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    form.focus = 3;
    for c in "banana".chars() {
        form.edit(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    let checked = form.check(loaded);
    let Err(error) = checked else {
        panic!("banana recorded");
    };
    form.error = Some(error);
    app.screen = Screen::Metrics(Box::new(form));
    let text = screen_text(&render(&mut app, 80, 24));
    assert!(text.contains("wk, estimated, 2026-Q3"), "{text}");
    assert!(text.contains("→ 1 day–1 wk"), "{text}");
    assert!(
        text.contains("⚠ Failed-deployment recovery time:"),
        "{text}"
    );
    snap("metrics_form", app);
}

/// Names and comments copied from another laptop may hold escape sequences and bidirectional
/// controls: none reaches a cell (so the terminal), and the names and comments show them as
/// visible marks.
#[test]
fn hostile_names_and_comments_never_reach_the_terminal() {
    const EVIL: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{2066}\u{2028}";
    let team = format!("Paris{EVIL}");
    let who = format!("Eve{EVIL}");
    let mut a = assessment();
    a.name = format!("bank{EVIL}");
    a.teams[0].clone_from(&team);
    let mut s = sheet(&team, &who, None, 3, 2);
    let q = default_questionnaire();
    let id = q.dimensions[0].questions[0].id.clone();
    s.set_comment(&id, &format!("first line\r{EVIL}\nsecond line"));
    let mut home = App::new(Theme::monochrome(), "/data");
    home.entries = vec![Ok(Loaded {
        assessment: a.clone(),
        sheets: vec![s.clone()],
        figures: Vec::new(),
        perceptions: Vec::new(),
        requests: Vec::new(),
        unreadable: Vec::new(),
    })];
    let mut wizard = App::new(Theme::monochrome(), "/data");
    let mut w = Wizard::new(a, s, Origin::Home);
    w.go_to(0);
    wizard.screen = Screen::Wizard(Box::new(w));
    for (name, mut app, expected) in [
        ("home", home, "Paris␛]0;pwned␇␛[2J"),
        ("wizard", wizard, "first line␍␛]0;pwned␇"),
    ] {
        for (width, height) in SIZES {
            let terminal = render(&mut app, width, height);
            let buffer = terminal.backend().buffer();
            for cell in &buffer.content {
                let symbol = cell.symbol();
                assert!(
                    !symbol.chars().any(crate::domain::text::is_hostile),
                    "{name} {width}x{height}: {symbol:?} in a cell"
                );
            }
            let text = screen_text(&terminal);
            assert!(text.contains(expected), "{name} {width}x{height}:\n{text}");
        }
    }
}

/// The home screen follows the locale (or --lang): a French facilitator gets French chrome.
#[test]
fn home_in_french() {
    let mut app = home_app();
    app.locale_lang = Lang::Fr;
    snap("home_fr", app);
    let mut app = home_app();
    app.forced_lang = Some(Lang::Fr);
    let screen = screen_text(&render(&mut app, 80, 24));
    for word in [
        "Maturité DevOps",
        "répondre",
        "salle",
        "répondants\u{202f}:",
    ] {
        assert!(screen.contains(word), "{word:?} missing:\n{screen}");
    }
    for english in ["answered", "respondents", " quit ", "all keys", "answer "] {
        assert!(
            !screen.contains(english),
            "{english:?} on a French screen:\n{screen}"
        );
    }
}

#[test]
fn metrics_form_in_french() {
    use crate::app::i18n::Lang;
    use crate::tui::metrics_form::MetricsForm;
    let mut app = home_app();
    let loaded = app.entries[0].as_ref().unwrap();
    let mut form = MetricsForm::new(loaded, "Équipe Paris", Lang::Fr);
    form.cycle(true);
    form.focus = 1;
    for c in "2d".chars() {
        form.edit(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    app.screen = Screen::Metrics(Box::new(form));
    let text = screen_text(&render(&mut app, 80, 24));
    for french in [
        "Indicateurs de livraison",
        "Fréquence de déploiement",
        "À la demande",
        "→ 1 j à 1 sem.",
        "non enregistré",
        "enregistrer",
        "inconnue",
    ] {
        assert!(text.contains(french), "{french:?} missing:\n{text}");
    }
    for english in [
        "record",
        "band",
        "now:",
        "not given",
        "unknown",
        "Lead time",
    ] {
        assert!(
            !text.contains(english),
            "{english:?} on a French screen:\n{text}"
        );
    }
}

/// About another team, each row of the picker counts the respondent's sheet about it: Alice
/// answered 30 questions about her own team and 5 about Nantes, Bob everything about his own
/// and nothing about Nantes; Zoé answered only about Nantes (3) and is listed too.
#[test]
fn respondents_about_another_team_count_the_sheet_about_it() {
    let mut app = home_app();
    if let Some(Ok(l)) = app.entries.first_mut() {
        let mut alice = sheet("Équipe Paris", "Alice", Some(Role::Dev), 5, 2);
        alice.about = Some("Start-up Nantes".into());
        let mut zoe = sheet("Équipe Paris", "Zoé", None, 3, 4);
        zoe.about = Some("Start-up Nantes".into());
        l.perceptions = vec![alice, zoe];
    }
    let picker = |about: Option<&str>| {
        Screen::Respondents(RespondentPicker {
            about: about.map(str::to_string),
            assessment: "bank-2026".into(),
            team: "Équipe Paris".into(),
            selected: 1,
            new_name: TextInput::default(),
            error: None,
            similar: None,
            find: None,
            action: None,
        })
    };
    let row = |text: &str, who: &str| {
        text.lines()
            .find(|l| l.contains(who))
            .unwrap_or_else(|| panic!("no row for {who}:\n{text}"))
            .to_string()
    };
    app.screen = picker(None);
    let own = screen_text(&render(&mut app, 80, 24));
    assert!(row(&own, "Alice").contains("30 of 68"), "{own}");
    assert!(!own.contains("Zoé"), "{own}");
    app.screen = picker(Some("Start-up Nantes"));
    let about = screen_text(&render(&mut app, 80, 24));
    assert!(row(&about, "Alice").contains(" 5 of 68"), "{about}");
    assert!(row(&about, "Bob").contains(" 0 of 69"), "{about}");
    assert!(row(&about, "Zoé").contains(" 3 of 69"), "{about}");
}

/// The add-team and new-assessment forms' help (F1) is in the form's language: French on a
/// French home screen, every line of it; English otherwise.
#[test]
fn the_forms_help_follows_the_home_screen_s_language() {
    let forms = |app: &mut App, i: usize| {
        app.screen = if i == 0 {
            Screen::NewAssessment(NewAssessmentForm::default())
        } else {
            Screen::AddTeam(AddTeamForm {
                assessment: "bank-2026".into(),
                team: TextInput::new("Ops"),
                error: None,
            })
        };
        app.help = true;
    };
    for i in 0..2 {
        let mut app = home_app();
        app.forced_lang = Some(Lang::Fr);
        forms(&mut app, i);
        let lines = super::help::keys_for(&app);
        assert_eq!(lines[0].0, "Entrée", "{lines:?}");
        assert!(lines.iter().any(|(k, _)| k == "Échap"), "{lines:?}");
        for (keys, what) in &lines {
            for english in [
                "Enter", "Esc", "Home", "next", "field", "move", "clear", "help", "cancel",
            ] {
                assert!(
                    !keys.contains(english) && !what.contains(english),
                    "{english:?} in French help: {keys} {what}"
                );
            }
        }
        let text = screen_text(&render(&mut app, 80, 24));
        assert!(text.contains("champ suivant"), "{text}");
        assert!(text.contains("annuler"), "{text}");
        assert!(!text.contains("next field"), "{text}");
        if i == 1 {
            snap("help_add_team_fr", app);
        }
        let mut app = home_app();
        app.forced_lang = Some(Lang::En);
        forms(&mut app, i);
        let lines = super::help::keys_for(&app);
        assert_eq!(
            lines[0],
            (
                "Enter".into(),
                "next field; on the last field, create".into()
            )
        );
    }
}
