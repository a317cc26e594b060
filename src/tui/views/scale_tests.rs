//! A department's 200 teams on the workshop screens: the overview's pages of teams, the team
//! picker and the home screen narrowed by a typed filter (English and French), and every
//! dashboard view drawn and scrolled with 200 teams without a panic or an overflow.

use super::super::app::{App, Screen};
use super::super::dashboard::{DashView, Dashboard};
use super::super::message::Msg;
use super::super::theme::Theme;
use super::super::update::update;
use super::super::wizard::Origin;
use crate::app::Loaded;
use crate::app::i18n::Lang;
use crate::domain::{Answer, Assessment, Questionnaire, ResponseSheet, default_questionnaire};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SITES: [&str; 5] = ["Paris", "Lyon", "Nantes", "Lille", "Sète"];

/// 200 teams of two respondents over five sites ("Équipe 007 — Nantes"), each team with its
/// own profile so overall scores differ; with the French questionnaire when `french`.
fn two_hundred(french: bool) -> Loaded {
    let q = if french {
        Questionnaire::from_json(crate::domain::FRENCH_QUESTIONNAIRE_JSON).unwrap()
    } else {
        default_questionnaire()
    };
    let teams: Vec<String> = (0..200)
        .map(|i| format!("Équipe {:03} — {}", i + 1, SITES[i % SITES.len()]))
        .collect();
    // A deterministic scramble: each team its own level per dimension, each respondent within
    // a level of it.
    let mix = |a: usize, b: usize, c: usize| {
        let mut x = (a as u64 + 1)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .wrapping_add((b as u64 + 1).wrapping_mul(0xBF58_476D_1CE4_E5B9))
            .wrapping_add(c as u64);
        x ^= x >> 31;
        x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
        (x ^ (x >> 29)) as usize
    };
    let mut sheets = Vec::new();
    for (ti, team) in teams.iter().enumerate() {
        for r in 0..2 {
            let mut sheet = ResponseSheet::new(team, &format!("Répondant {r}"));
            for (di, dimension) in q.dimensions.iter().enumerate() {
                let base = 1 + mix(ti, di, 0) % 5;
                for (qi, question) in dimension.questions.iter().enumerate() {
                    let level = (base + mix(ti, qi, r + 1) % 3)
                        .saturating_sub(1)
                        .clamp(1, 5);
                    sheet.set_answer(&question.id, Answer::Level(level as u8));
                }
            }
            sheets.push(sheet);
        }
    }
    Loaded {
        assessment: Assessment::new("department", "2026-01-01T00:00:00Z", teams, q, None),
        sheets,
        figures: Vec::new(),
        perceptions: Vec::new(),
        requests: Vec::new(),
        unreadable: Vec::new(),
    }
}

fn dashboard_app(loaded: Loaded) -> App {
    let teams = loaded.assessment.teams.clone();
    let dash = Dashboard::new(&loaded, teams, Origin::Home);
    let mut app = App::new(Theme::monochrome(), "/data");
    app.entries = vec![Ok(loaded)];
    app.screen = Screen::Dashboard(Box::new(dash));
    app
}

fn home_app(lang: Lang) -> App {
    let mut app = App::new(Theme::monochrome(), "/data");
    app.locale_lang = lang;
    app.entries = vec![Ok(two_hundred(lang == Lang::Fr))];
    app
}

fn dash(app: &App) -> &Dashboard {
    match &app.screen {
        Screen::Dashboard(d) => d,
        other => panic!("expected the dashboard, got {other:?}"),
    }
}

fn press(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn render(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    if (app.width, app.height) != (width, height) {
        update(app, Msg::Resize { width, height });
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(&*app, f.area())).unwrap();
    terminal
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The overall score of the team named on a summary line of the overview.
fn overall_of(app: &App, line: &str) -> Option<f64> {
    let d = dash(app);
    d.comparison
        .teams
        .iter()
        .find(|t| line.contains(&format!("{} ", t.name)))
        .and_then(|t| t.overall)
}

#[test]
fn the_overview_shows_a_page_of_teams_by_overall_score() {
    let mut app = dashboard_app(two_hundred(false));
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("overview_200_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(
        screen.contains("Teams 1–5 of 200, by overall score"),
        "{screen}"
    );
    // The page's teams are the five best, best first.
    let order = dash(&app).overview_order();
    let scores: Vec<f64> = screen.lines().filter_map(|l| overall_of(&app, l)).collect();
    assert_eq!(scores.len(), 5, "{screen}");
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let best = dash(&app).comparison.teams[order[0]].overall.unwrap();
    assert_eq!(scores[0], best);
    // Every dimension is on the one screen.
    for dim in &dash(&app).comparison.dimensions {
        let start: String = dim.name.chars().take(16).collect();
        assert!(screen.contains(&start), "{} missing:\n{screen}", dim.name);
    }
    let wide = render(&mut app, 200, 50);
    assert_snapshot!("overview_200_200x50", wide.backend());
    assert!(text(&wide).contains("Teams 1–10 of 200"));
}

#[test]
fn brackets_turn_the_overview_pages_and_stop_at_both_ends() {
    let mut app = dashboard_app(two_hundred(false));
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char(']'));
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Teams 11–15 of 200"), "{screen}");
    press(&mut app, KeyCode::Char('['));
    assert!(text(&render(&mut app, 80, 24)).contains("Teams 6–10 of 200"));
    for _ in 0..60 {
        press(&mut app, KeyCode::Char(']'));
    }
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Teams 196–200 of 200"), "{screen}");
    // The last page holds the lowest score.
    let order = dash(&app).overview_order();
    let worst = dash(&app).comparison.teams[order[199]].name.clone();
    assert!(screen.contains(&worst), "{worst} missing:\n{screen}");
    for _ in 0..60 {
        press(&mut app, KeyCode::Char('['));
    }
    assert!(text(&render(&mut app, 80, 24)).contains("Teams 1–5 of 200"));
    // The keys are in the help, from the key table.
    press(&mut app, KeyCode::Char('?'));
    let help = text(&render(&mut app, 80, 24));
    assert!(
        help.contains("[ ]") && help.contains("next page of teams"),
        "{help}"
    );
}

#[test]
fn a_french_overview_pages_in_french() {
    let mut app = dashboard_app(two_hundred(true));
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("overview_200_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(
        screen.contains("Équipes 1 à 5 sur 200, par score global décroissant"),
        "{screen}"
    );
    for english in ["Teams", "teams", "of", "target", "people", "page"] {
        let words: Vec<&str> = screen.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&english), "{english:?}:\n{screen}");
    }
}

#[test]
fn the_team_picker_narrows_as_letters_are_typed() {
    let mut app = dashboard_app(two_hundred(false));
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('t'));
    // Every team is chosen: `a` chooses none, and Enter refuses to compare none.
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Enter);
    let picker = dash(&app).picker.clone().expect("still open");
    assert_eq!(
        picker.error.as_deref(),
        Some("Choose at least one team (Space).")
    );
    // Letters are keys in the picker (a: all, x: include): they type only after `/`.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "lyon 01");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("picker_200_filter_80x24", terminal.backend());
    let screen = text(&terminal);
    let kept: Vec<String> = dash(&app)
        .teams
        .iter()
        .filter(|t| t.contains("Lyon") && t.contains(" 01"))
        .cloned()
        .collect();
    assert!(
        screen.contains(&format!("Filter: lyon 01▏  {} of 200 teams", kept.len())),
        "{screen}"
    );
    assert!(screen.contains("Équipe 012 — Lyon"), "{screen}");
    assert!(!screen.contains("Paris"), "{screen}");
    // Enter keeps the filter and gives the keys back: `a` chooses only the teams listed.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Enter);
    let d = dash(&app);
    assert!(d.picker.is_none());
    assert_eq!(d.teams, kept);
}

#[test]
fn the_picker_keeps_its_team_while_the_filter_narrows_and_widens() {
    let mut app = dashboard_app(two_hundred(false));
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('t'));
    for _ in 0..6 {
        press(&mut app, KeyCode::Down);
    }
    let picker = |app: &App| dash(app).picker.clone().unwrap();
    // Équipe 007 — Lyon.
    assert_eq!(picker(&app).cursor, 6);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "lyon");
    assert_eq!(picker(&app).cursor, 6, "still listed: still selected");
    // Space types a space while typing: it does not tick the team.
    type_text(&mut app, " ");
    assert!(picker(&app).chosen[6]);
    type_text(&mut app, "paris");
    assert_eq!(picker(&app).cursor, 6, "no team listed: the cursor waits");
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("No team matches the filter"), "{screen}");
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    assert_eq!(picker(&app).filter.input.value, "lyon ");
    assert_eq!(picker(&app).cursor, 6);
    press(&mut app, KeyCode::Down);
    assert_eq!(picker(&app).cursor, 11, "the next Lyon team");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char(' '));
    assert!(!picker(&app).chosen[11], "Space ticks once typing stopped");
    // Esc clears the filter, the cursor stays; a second Esc closes the picker.
    press(&mut app, KeyCode::Esc);
    assert!(!picker(&app).filter.narrows());
    assert_eq!(picker(&app).cursor, 11);
    press(&mut app, KeyCode::Esc);
    assert!(dash(&app).picker.is_none());
}

#[test]
fn a_french_picker_filters_in_french_and_ignores_accents() {
    let mut app = dashboard_app(two_hundred(true));
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "SETE 19");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("picker_200_filter_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(
        screen.contains("Filtre\u{202f}: SETE 19▏  2 équipes sur 200"),
        "{screen}"
    );
    assert!(screen.contains("Équipe 190 — Sète"), "{screen}");
    for english in ["Filter", "teams", "of", "choose", "clear", "keep"] {
        let words: Vec<&str> = screen.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&english), "{english:?}:\n{screen}");
    }
}

#[test]
fn the_home_screen_filters_its_teams_and_keeps_the_selection() {
    let mut app = home_app(Lang::En);
    render(&mut app, 80, 24);
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("/ filter"),
        "the hint with a long list:\n{screen}"
    );
    for _ in 0..21 {
        press(&mut app, KeyCode::Down);
    }
    let selected = |app: &App| app.selected_team().map(|(_, t)| t.to_string());
    assert_eq!(selected(&app).as_deref(), Some("Équipe 022 — Lyon"));
    // `n` is "new assessment": letters type only after `/`.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "lyon 2");
    assert_eq!(selected(&app).as_deref(), Some("Équipe 022 — Lyon"));
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("home_200_filter_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(screen.contains("Filter: lyon 2▏  "), "{screen}");
    assert!(!screen.contains("Paris"), "{screen}");
    assert!(matches!(app.screen, Screen::Home));
    // Enter stops typing; the next Enter answers for the selected team.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    assert_eq!(selected(&app).as_deref(), Some("Équipe 027 — Lyon"));
    // Esc clears the filter (it does not quit); the selection stays on its team.
    press(&mut app, KeyCode::Esc);
    assert!(!app.quit);
    assert_eq!(selected(&app).as_deref(), Some("Équipe 027 — Lyon"));
    assert_eq!(app.team_rows().len(), 200);
    press(&mut app, KeyCode::Enter);
    assert!(
        matches!(&app.screen, Screen::Respondents(p) if p.team == "Équipe 027 — Lyon"),
        "{:?}",
        app.screen
    );
}

#[test]
fn a_french_home_filters_in_french() {
    let mut app = home_app(Lang::Fr);
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "équipe 10");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("home_200_filter_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    let kept = (1..=200)
        .filter(|n| format!("{n:03}").contains("10"))
        .count();
    assert!(
        screen.contains(&format!(
            "Filtre\u{202f}: équipe 10▏  {kept} équipes sur 200"
        )),
        "{screen}"
    );
    type_text(&mut app, "x");
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Aucune équipe ne correspond au filtre"),
        "{screen}"
    );
    // Nothing to select: keys that act on a team do nothing.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn p_finds_the_pair_of_teams_by_name() {
    let mut app = dashboard_app(two_hundred(false));
    render(&mut app, 80, 24);
    let index = |app: &App, name: &str| dash(app).teams.iter().position(|t| t == name).unwrap();
    // From the overview: the pair, then the differences between them.
    press(&mut app, KeyCode::Char('p'));
    // Letters type at once: none is a key in this list.
    type_text(&mut app, "lyon 01");
    press(&mut app, KeyCode::Down);
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("pick_200_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(
        screen.contains("Choose the first team of the pair"),
        "{screen}"
    );
    assert!(screen.contains("▶ Équipe 017 — Lyon"), "{screen}");
    press(&mut app, KeyCode::Enter);
    // The same team again is refused.
    type_text(&mut app, "017");
    press(&mut app, KeyCode::Enter);
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("First team: Équipe 017 — Lyon"), "{screen}");
    assert!(
        screen.contains("Choose a team other than the first."),
        "{screen}"
    );
    // Esc clears the filter first; then a name finds the second team.
    press(&mut app, KeyCode::Esc);
    assert!(dash(&app).picker.is_some());
    type_text(&mut app, "SÈTE 190");
    press(&mut app, KeyCode::Enter);
    let d = dash(&app);
    assert!(d.picker.is_none());
    assert_eq!(
        d.pair,
        (
            index(&app, "Équipe 017 — Lyon"),
            index(&app, "Équipe 190 — Sète")
        )
    );
    assert_eq!(d.view, DashView::Differences);
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Équipe 017 — Lyon") && screen.contains("Équipe 190 — Sète"),
        "{screen}"
    );
    assert!(screen.contains("p find a team"), "{screen}");
    // On the plans: the team shown.
    if let Screen::Dashboard(d) = &mut app.screen {
        d.view = DashView::Plans;
    }
    press(&mut app, KeyCode::Char('p'));
    type_text(&mut app, "150");
    press(&mut app, KeyCode::Enter);
    assert_eq!(dash(&app).team, index(&app, "Équipe 150 — Sète"));
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Équipe 150 — Sète"), "{screen}");
    // Esc with nothing typed cancels.
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Esc);
    assert!(dash(&app).picker.is_none());
    assert_eq!(dash(&app).team, index(&app, "Équipe 150 — Sète"));
}

#[test]
fn a_french_pick_speaks_french() {
    let mut app = dashboard_app(two_hundred(true));
    if let Screen::Dashboard(d) = &mut app.screen {
        d.view = DashView::Differences;
    }
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Char('p'));
    type_text(&mut app, "nantes 1");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("pick_200_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(
        screen.contains("Choisir la première équipe de la paire"),
        "{screen}"
    );
    for english in ["Choose", "Filter", "teams", "of", "choose", "cancel"] {
        let words: Vec<&str> = screen.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&english), "{english:?}:\n{screen}");
    }
}

#[test]
fn two_speed_names_each_questions_two_ends_when_the_teams_do_not_fit() {
    let mut app = dashboard_app(two_hundred(false));
    if let Screen::Dashboard(d) = &mut app.screen {
        d.view = DashView::TwoSpeed;
    }
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("two_speed_200_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(
        screen.contains("lowest median") && screen.contains("highest median"),
        "{screen}"
    );
    // The first row: the question with the widest gap, its lowest and highest team.
    let d = dash(&app);
    let q = &d.comparison.questions[d.two_speed_order()[0]];
    let medians: Vec<(usize, f64)> = q
        .teams
        .iter()
        .enumerate()
        .filter_map(|(t, c)| c.median.map(|m| (t, m)))
        .collect();
    let low = medians.iter().map(|x| x.1).fold(f64::MAX, f64::min);
    let high = medians.iter().map(|x| x.1).fold(f64::MIN, f64::max);
    let first_low = medians.iter().find(|x| x.1 == low).unwrap().0;
    let first_high = medians.iter().find(|x| x.1 == high).unwrap().0;
    let row = screen
        .lines()
        .find(|l| l.starts_with("  ▶ "))
        .unwrap_or_else(|| panic!("{screen}"));
    // "Équipe 006": the site may be cut.
    let name = |t: usize| d.teams[t].chars().take(10).collect::<String>();
    let at_low = row.find(&name(first_low));
    let at_high = row.find(&name(first_high));
    assert!(at_low.is_some() && at_high > at_low, "{row}");
    assert!(
        row.trim_end().ends_with(&format!("{:.1}", high - low)),
        "{row}"
    );
}

#[test]
fn every_view_draws_and_scrolls_with_200_teams() {
    let mut app = dashboard_app(two_hundred(false));
    for view in DashView::ALL {
        for (w, h) in [(80, 24), (200, 50), (60, 16)] {
            if let Screen::Dashboard(d) = &mut app.screen {
                d.view = view;
                d.drill = None;
                d.row = 0;
                d.scroll = 0;
            }
            render(&mut app, w, h);
            for key in [
                KeyCode::End,
                KeyCode::PageDown,
                KeyCode::Down,
                KeyCode::Char('b'),
                KeyCode::Right,
                KeyCode::Enter,
                KeyCode::End,
                KeyCode::PageUp,
            ] {
                press(&mut app, key);
                let screen = text(&render(&mut app, w, h));
                assert!(!screen.trim().is_empty(), "{view:?} at {w}x{h}");
                if matches!(app.screen, Screen::Home) {
                    panic!("{view:?}: {key:?} left the dashboard");
                }
            }
            // Whatever happened, the view is in bounds and reachable.
            let d = dash(&app);
            assert!(d.team < d.teams.len() && d.pair.0 < d.teams.len() && d.pair.1 < d.teams.len());
        }
    }
}

fn picker(app: &App) -> &super::super::app::RespondentPicker {
    match &app.screen {
        Screen::Respondents(p) => p,
        other => panic!("expected the respondent picker, got {other:?}"),
    }
}

/// The home screen's respondent picker for "Équipe 022 — Lyon", on its first respondent.
fn respondents_200(lang: Lang) -> App {
    let mut app = home_app(lang);
    render(&mut app, 80, 24);
    for _ in 0..21 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(picker(&app).team, "Équipe 022 — Lyon");
    assert_eq!(picker(&app).selected, 1);
    app
}

#[test]
fn slash_finds_the_team_a_respondent_answers_about_among_200() {
    let mut app = respondents_200(Lang::En);
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Tab: another team · /: find one"),
        "{screen}"
    );
    // Tab still steps one team at a time, Shift+Tab back (past the own team: the last one).
    press(&mut app, KeyCode::Tab);
    assert_eq!(picker(&app).about.as_deref(), Some("Équipe 001 — Paris"));
    press(&mut app, KeyCode::BackTab);
    assert_eq!(picker(&app).about, None);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(picker(&app).about.as_deref(), Some("Équipe 200 — Sète"));
    // `/` opens the list on the team answered about; letters narrow it at once.
    press(&mut app, KeyCode::Char('/'));
    let find = picker(&app).find.clone().expect("the list is open");
    assert!(find.filter.typing);
    assert_eq!(find.cursor, 199, "Équipe 200 — Sète, last of the choices");
    type_text(&mut app, "SETE 19");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("respondents_about_200_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(screen.contains("Answer about which team?"), "{screen}");
    assert!(
        screen.contains("Filter: SETE 19▏  2 of 200 teams"),
        "{screen}"
    );
    assert!(screen.contains("▶ Équipe 190 — Sète"), "{screen}");
    assert!(screen.contains("  Équipe 195 — Sète"), "{screen}");
    assert!(!screen.contains("Paris"), "{screen}");
    // The keys of the list, from its key table.
    assert!(screen.contains("Enter take it"), "{screen}");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let p = picker(&app);
    assert!(p.find.is_none());
    assert_eq!(p.about.as_deref(), Some("Équipe 195 — Sète"));
    assert_eq!(p.selected, 1, "still on the same respondent");
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("About: Équipe 195 — Sète, as Équipe 022 — Lyon sees it"),
        "{screen}"
    );
    // Enter resumes (here: starts) that respondent's sheet about the team found.
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
    );
    assert_eq!(
        effects,
        vec![super::super::message::Effect::OpenWizard {
            assessment: "department".into(),
            team: "Équipe 022 — Lyon".into(),
            respondent: "Répondant 0".into(),
            role: None,
            about: Some("Équipe 195 — Sète".into()),
        }]
    );
}

#[test]
fn the_about_list_goes_back_to_the_own_team_and_esc_clears_then_cancels() {
    let mut app = respondents_200(Lang::En);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert_eq!(picker(&app).about.as_deref(), Some("Équipe 002 — Lyon"));
    // The own team is the list's first row, named as such.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "lyon 02");
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Équipe 022 — Lyon · its own practices"),
        "{screen}"
    );
    // Esc clears what is typed (the list is whole again), a second Esc closes it unchanged.
    press(&mut app, KeyCode::Esc);
    let find = picker(&app).find.clone().expect("still open");
    assert!(!find.filter.narrows());
    press(&mut app, KeyCode::Esc);
    assert!(picker(&app).find.is_none());
    assert_eq!(picker(&app).about.as_deref(), Some("Équipe 002 — Lyon"));
    // A name nothing matches: Enter says so and keeps the list open.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "zzz");
    press(&mut app, KeyCode::Enter);
    let find = picker(&app).find.clone().expect("still open");
    assert_eq!(
        find.error.as_deref(),
        Some("No team matches the filter: Backspace widens it, Esc clears it.")
    );
    // Back to the own team by name.
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "022");
    press(&mut app, KeyCode::Enter);
    assert_eq!(picker(&app).about, None);
    // `/` after a name typed is part of the name: only an empty name opens the list.
    type_text(&mut app, "Ana/");
    let p = picker(&app);
    assert!(p.find.is_none());
    assert_eq!(p.new_name.value, "Ana/");
    assert_eq!(p.selected, 0);
}

#[test]
fn the_respondent_pickers_help_comes_from_its_key_table() {
    let mut app = respondents_200(Lang::En);
    press(&mut app, KeyCode::F(1));
    let help = text(&render(&mut app, 80, 24));
    for needle in [
        "Tab Shift+Tab",
        "find the team to answer about",
        "F2",
        "Del",
    ] {
        assert!(help.contains(needle), "{needle:?} missing:\n{help}");
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::F(1));
    let help = text(&render(&mut app, 80, 24));
    assert!(help.contains("choose the team at the cursor"), "{help}");
}

#[test]
fn a_french_about_list_speaks_french() {
    let mut app = respondents_200(Lang::Fr);
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("/\u{a0}: la chercher par son nom"),
        "{screen}"
    );
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "nantes 1");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("respondents_about_200_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(
        screen.contains("Répondre sur quelle équipe\u{202f}?"),
        "{screen}"
    );
    for english in [
        "Answer", "about", "Filter", "teams", "of", "team", "take", "clear", "cancel", "own",
    ] {
        let words: Vec<&str> = screen.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&english), "{english:?}:\n{screen}");
    }
    press(&mut app, KeyCode::Esc);
    type_text(&mut app, "022");
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Équipe 022 — Lyon · ses propres pratiques"),
        "{screen}"
    );
}

fn rhythm_app(french: bool) -> App {
    let mut app = dashboard_app(two_hundred(french));
    if let Screen::Dashboard(d) = &mut app.screen {
        d.view = DashView::Rhythm;
    }
    app
}

/// The page line's "Teams 14–26 of 200": (14, 26).
fn rhythm_page_shown(screen: &str) -> (usize, usize) {
    let line = screen
        .lines()
        .find(|l| l.contains("Teams ") && l.contains(" of 200"))
        .unwrap_or_else(|| panic!("no page line:\n{screen}"));
    let range = line
        .split("Teams ")
        .nth(1)
        .unwrap()
        .split(" of")
        .next()
        .unwrap();
    let (a, b) = range.split_once('–').unwrap();
    (a.trim().parse().unwrap(), b.trim().parse().unwrap())
}

#[test]
fn the_rhythm_view_groups_200_teams_by_cluster_a_page_at_a_time() {
    let mut app = rhythm_app(false);
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("rhythm_200_80x24", terminal.backend());
    let screen = text(&terminal);
    // Every team is counted in one cluster, and the line says each count.
    let counts = dash(&app).comparison.delivery.cluster_counts();
    assert!(counts.len() >= 2, "{counts:?}");
    assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), 200);
    let line = screen
        .lines()
        .find(|l| l.trim_start().starts_with("Clusters: "))
        .unwrap_or_else(|| panic!("{screen}"));
    for (c, n) in &counts {
        let label = c.map_or("No cluster", |c| c.label());
        assert!(
            line.contains(&format!("{label} {n}")),
            "{label} {n}: {line}"
        );
    }
    // The first page: the first teams of the order, best cluster first, under its heading.
    let (first, last) = rhythm_page_shown(&screen);
    assert_eq!(first, 1);
    assert!(
        last >= 10,
        "a page holds more than the four-row layout's 4 teams"
    );
    let order = dash(&app).rhythm_order();
    let rhythms = dash(&app).comparison.delivery.teams.clone();
    let best = counts[0].0.map_or("No cluster", |c| c.label());
    assert!(
        screen.contains(&format!("{best} · {} teams", counts[0].1)),
        "{screen}"
    );
    for &t in &order[..last] {
        assert!(
            screen.contains(&rhythms[t].team),
            "{} missing",
            rhythms[t].team
        );
    }
    assert!(!screen.contains(&rhythms[order[last]].team), "{screen}");
    assert!(
        order
            .windows(2)
            .all(|w| rhythms[w[0]].cluster >= rhythms[w[1]].cluster)
    );
    assert!(screen.contains("[ ] other teams"), "{screen}");
    // ] turns to the next page, [ back; both stop at the ends.
    press(&mut app, KeyCode::Char(']'));
    let (next, _) = rhythm_page_shown(&text(&render(&mut app, 80, 24)));
    assert_eq!(next, last + 1);
    press(&mut app, KeyCode::Char('['));
    assert_eq!(
        rhythm_page_shown(&text(&render(&mut app, 80, 24))),
        (1, last)
    );
    for _ in 0..60 {
        press(&mut app, KeyCode::Char(']'));
    }
    let screen = text(&render(&mut app, 80, 24));
    assert_eq!(rhythm_page_shown(&screen).1, 200, "{screen}");
    let worst = &rhythms[order[199]].team;
    assert!(screen.contains(worst.as_str()), "{worst}:\n{screen}");
    for _ in 0..60 {
        press(&mut app, KeyCode::Char('['));
    }
    assert_eq!(rhythm_page_shown(&text(&render(&mut app, 80, 24))).0, 1);
    // The notes (gaps between teams, the source) are below, in reach of ↓.
    press(&mut app, KeyCode::End);
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Clusters: DORA, Accelerate"), "{screen}");
    press(&mut app, KeyCode::Home);
    let wide = render(&mut app, 200, 50);
    assert_snapshot!("rhythm_200_200x50", wide.backend());
    // The keys are in the help, from the key table.
    press(&mut app, KeyCode::Char('?'));
    let help = text(&render(&mut app, 80, 24));
    assert!(
        help.contains("overview, rhythm: previous / next page of teams"),
        "{help}"
    );
}

#[test]
fn p_turns_the_rhythm_view_to_the_page_of_a_team_found_by_name() {
    let mut app = rhythm_app(false);
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("p find a team"), "{screen}");
    press(&mut app, KeyCode::Char('p'));
    type_text(&mut app, "sete 190");
    press(&mut app, KeyCode::Enter);
    let d = dash(&app);
    assert!(d.picker.is_none());
    assert_eq!(d.view, DashView::Rhythm, "the view stays");
    let team = d
        .teams
        .iter()
        .position(|t| t == "Équipe 190 — Sète")
        .unwrap();
    assert_eq!(d.rhythm_found, Some(team));
    let at = d.rhythm_order().iter().position(|&t| t == team).unwrap();
    let screen = text(&render(&mut app, 80, 24));
    assert_eq!(rhythm_page_shown(&screen).0, at + 1, "{screen}");
    assert!(screen.contains("▶ Équipe 190 — Sète"), "{screen}");
    // Its cluster's heading is on the page above it.
    let cluster = dash(&app).comparison.delivery.teams[team]
        .cluster
        .map_or("No cluster", |c| c.label());
    assert!(screen.contains(&format!("{cluster} · ")), "{screen}");
}

#[test]
fn a_french_rhythm_view_groups_in_french() {
    let mut app = rhythm_app(true);
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("rhythm_200_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(screen.contains("Groupes\u{202f}: "), "{screen}");
    assert!(screen.contains("Équipes 1 à "), "{screen}");
    assert!(screen.contains(" équipes"), "{screen}");
    for english in [
        "Teams", "teams", "of", "Clusters", "cluster", "Elite", "High", "Medium", "Low", "find",
        "other",
    ] {
        let words: Vec<&str> = screen.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&english), "{english:?}:\n{screen}");
    }
    press(&mut app, KeyCode::End);
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Une ligne par équipe"), "{screen}");
}

/// The workshop room's participants screen for "Équipe 022 — Lyon" of the 200 teams.
fn room_setup_200(lang: Lang) -> App {
    use super::super::room::RoomSetup;
    let opened = crate::app::room::Opened {
        loaded: two_hundred(lang == Lang::Fr),
        team: "Équipe 022 — Lyon".into(),
        about: None,
        rooms: crate::domain::room::Rooms::default(),
    };
    let mut app = App::new(Theme::monochrome(), "/data");
    app.locale_lang = lang;
    app.entries = vec![Ok(two_hundred(lang == Lang::Fr))];
    app.screen = Screen::RoomSetup(Box::new(RoomSetup::new(opened, Origin::Home, lang)));
    app
}

fn room_setup(app: &App) -> &super::super::room::RoomSetup {
    match &app.screen {
        Screen::RoomSetup(s) => s,
        other => panic!("expected the participants screen, got {other:?}"),
    }
}

/// The participants screen finds the team whose practices the room assesses with the
/// respondent picker's `/` list (its keys, its filter, its pop-up); Tab still steps.
#[test]
fn slash_finds_the_team_the_room_assesses_among_200() {
    let mut app = room_setup_200(Lang::En);
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Tab: another team · /: find"), "{screen}");
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        room_setup(&app).opened.about.as_deref(),
        Some("Équipe 001 — Paris")
    );
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(
        room_setup(&app).opened.about.as_deref(),
        Some("Équipe 200 — Sète")
    );
    // `/` on the empty name field opens the list on the team assessed; letters narrow it.
    press(&mut app, KeyCode::Char('/'));
    let find = room_setup(&app).find.clone().expect("the list is open");
    assert!(find.filter.typing);
    assert_eq!(find.cursor, 199);
    assert_eq!(room_setup(&app).name.value, "", "the / is not typed");
    type_text(&mut app, "SETE 19");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("room_find_200_80x24", terminal.backend());
    let screen = text(&terminal);
    for needle in [
        "Assess which team's practices?",
        "Filter: SETE 19▏  2 of 200 teams",
        "▶ Équipe 190 — Sète",
        "  Équipe 195 — Sète",
        "Enter take it",
        "Esc clear/cancel",
    ] {
        assert!(screen.contains(needle), "{needle:?} missing:\n{screen}");
    }
    assert!(!screen.contains("Paris"), "{screen}");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let s = room_setup(&app);
    assert!(s.find.is_none());
    assert_eq!(s.opened.about.as_deref(), Some("Équipe 195 — Sète"));
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Assessed: Équipe 195 — Sète, as Équipe 022 — Lyon sees it"),
        "{screen}"
    );
    // Its help is the list's.
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::F(1));
    let help = text(&render(&mut app, 80, 24));
    assert!(help.contains("choose the team at the cursor"), "{help}");
    press(&mut app, KeyCode::Esc);
    // Esc clears what is typed, a second Esc closes the list unchanged.
    type_text(&mut app, "zzz");
    press(&mut app, KeyCode::Enter);
    assert!(room_setup(&app).find.as_ref().unwrap().error.is_some());
    press(&mut app, KeyCode::Esc);
    assert!(!room_setup(&app).find.as_ref().unwrap().filter.narrows());
    press(&mut app, KeyCode::Esc);
    assert!(room_setup(&app).find.is_none());
    assert_eq!(
        room_setup(&app).opened.about.as_deref(),
        Some("Équipe 195 — Sète")
    );
    // The team's own practices, by name: the list's first row says so.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "lyon 02");
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Équipe 022 — Lyon · its own practices"),
        "{screen}"
    );
    type_text(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    assert_eq!(room_setup(&app).opened.about, None);
    // In a name being typed, `/` is text; on a participant's row it opens the list.
    type_text(&mut app, "Ana/");
    assert_eq!(room_setup(&app).name.value, "Ana/");
    assert!(room_setup(&app).find.is_none());
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('/'));
    assert!(room_setup(&app).find.is_some());
}

#[test]
fn a_french_room_finder_speaks_french() {
    let mut app = room_setup_200(Lang::Fr);
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("· /\u{202f}: la chercher par son nom"),
        "{screen}"
    );
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "nantes 1");
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("room_find_200_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    for needle in [
        "Évaluer les pratiques de quelle équipe\u{202f}?",
        "Entrée la prendre",
        "Échap effacer/annuler",
    ] {
        assert!(screen.contains(needle), "{needle:?} missing:\n{screen}");
    }
    for english in [
        "Assess", "which", "Filter", "teams", "of", "team", "take", "clear", "cancel", "own",
    ] {
        let words: Vec<&str> = screen.split(|c: char| !c.is_alphanumeric()).collect();
        assert!(!words.contains(&english), "{english:?}:\n{screen}");
    }
}

/// The last row of a screen: its footer.
fn footer_row(screen: &str) -> &str {
    screen.lines().last().unwrap_or("")
}

/// At 80 columns a footer drops hints that do not fit, never the way back: the rhythm view
/// with `p` (English and French), the French overview, the French respondent picker (with
/// Del) and the French participants screen.
#[test]
fn footers_at_80_columns_keep_the_way_back_and_the_help() {
    for (french, back, help) in [
        (false, "Esc back", "? help"),
        (true, "Échap retour", "? aide"),
    ] {
        let mut app = rhythm_app(french);
        let screen = text(&render(&mut app, 80, 24));
        let row = footer_row(&screen);
        let find = if french {
            "p chercher une équipe"
        } else {
            "p find a team"
        };
        for needle in [find, back, help] {
            assert!(row.contains(needle), "{needle:?} missing:\n{screen}");
        }
        // At 200 columns every hint shows, with "all keys".
        let screen = text(&render(&mut app, 200, 50));
        let row = footer_row(&screen);
        let (export, all) = if french {
            ("e exporter", "? toutes les touches")
        } else {
            ("e export", "? all keys")
        };
        for needle in [find, back, export, all] {
            assert!(row.contains(needle), "{needle:?} missing at 200:\n{row}");
        }
    }
    let mut app = dashboard_app(two_hundred(true));
    if let Screen::Dashboard(d) = &mut app.screen {
        d.lang = Lang::Fr;
    }
    let screen = text(&render(&mut app, 80, 24));
    assert!(footer_row(&screen).contains("Échap retour"), "{screen}");
    // Differences among 200: p before a b, and the way back, in French too.
    press(&mut app, KeyCode::Char('2'));
    let screen = text(&render(&mut app, 80, 24));
    let row = footer_row(&screen);
    for needle in [
        "Entrée questions",
        "p chercher une équipe",
        "Échap retour",
        "? aide",
    ] {
        assert!(row.contains(needle), "{needle:?} missing:\n{screen}");
    }
    let mut app = respondents_200(Lang::Fr);
    let screen = text(&render(&mut app, 80, 24));
    let row = footer_row(&screen);
    for needle in [
        "Entrée reprendre",
        "F2 renommer",
        "Suppr supprimer",
        "Échap retour",
        "F1 aide",
    ] {
        assert!(row.contains(needle), "{needle:?} missing:\n{screen}");
    }
    let mut app = room_setup_200(Lang::Fr);
    let screen = text(&render(&mut app, 80, 24));
    assert!(footer_row(&screen).contains("Échap retour"), "{screen}");
}

/// Every line of the help of the home screen, the respondent picker, the participants screen,
/// the room and the wizard is reachable at 80×24 (scrolled with ↓ when it is taller), in
/// English and French: each key and the start of what it does, and the last note.
#[test]
fn every_help_box_is_whole_at_80x24_in_both_languages() {
    use super::super::wizard::Wizard;
    for lang in [Lang::En, Lang::Fr] {
        let mut apps: Vec<(&str, App)> = vec![
            ("home", home_app(lang)),
            ("respondents", respondents_200(lang)),
            ("participants", room_setup_200(lang)),
        ];
        // The room, once a participant is ticked and it opens.
        let mut room = room_setup_200(lang);
        press(&mut room, KeyCode::Down);
        press(&mut room, KeyCode::Char(' '));
        press(&mut room, KeyCode::Enter);
        assert!(matches!(room.screen, Screen::Room(_)), "{:?}", room.screen);
        apps.push(("room", room));
        let mut wizard = home_app(lang);
        let loaded = two_hundred(lang == Lang::Fr);
        let sheet = loaded.sheets[0].clone();
        wizard.screen = Screen::Wizard(Box::new(Wizard::new(
            loaded.assessment,
            sheet,
            Origin::Home,
        )));
        apps.push(("wizard", wizard));
        for (name, mut app) in apps {
            render(&mut app, 80, 24);
            press(&mut app, KeyCode::F(1));
            assert!(app.help, "{name}: F1 opens the help");
            let keys = super::help::keys_for(&app);
            let mut seen = text(&render(&mut app, 80, 24));
            let max = crate::tui::views::help_max_scroll(&app, app.area());
            for _ in 0..max {
                press(&mut app, KeyCode::Down);
                seen.push('\n');
                seen.push_str(&text(&render(&mut app, 80, 24)));
            }
            for (k, what) in &keys {
                assert!(
                    seen.contains(&format!("│ {k} ")),
                    "{name} {lang:?}: {k:?} missing:\n{seen}"
                );
                let start: String = what.split(' ').take(2).collect::<Vec<_>>().join(" ");
                assert!(
                    seen.contains(&start),
                    "{name} {lang:?}: {start:?} missing:\n{seen}"
                );
            }
            // The last words of the last note.
            let last_note = match name {
                "participants" | "room" => crate::app::i18n::room::HELP_NOTE.get(lang),
                _ if lang == Lang::Fr => "F1 ouvre cette aide.",
                _ => "F1 opens this help.",
            };
            let tail: String = last_note
                .split(' ')
                .rev()
                .take(3)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                seen.contains(&tail),
                "{name} {lang:?}: {tail:?} missing:\n{seen}"
            );
        }
    }
}

/// The respondent picker speaks its assessment's language, like the wizard after it: a
/// French assessment with an English locale gets a French picker (and role picker), its
/// "looks like an existing respondent" question in French; --lang still wins.
#[test]
fn the_respondent_picker_follows_the_assessments_language() {
    let mut app = home_app(Lang::En);
    app.entries = vec![Ok(two_hundred(true))];
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Respondents(_)));
    assert_eq!(app.screen_lang(), Lang::Fr);
    let screen = text(&render(&mut app, 80, 24));
    for needle in ["qui répond", "Nouveau répondant", "Échap retour"] {
        assert!(screen.contains(needle), "{needle:?} missing:\n{screen}");
    }
    press(&mut app, KeyCode::Up);
    type_text(&mut app, "repondant 0");
    press(&mut app, KeyCode::Enter);
    let error = picker(&app).error.clone().unwrap_or_default();
    assert_eq!(
        error,
        "«\u{202f}repondant 0\u{202f}» ressemble à «\u{202f}Répondant 0\u{202f}», qui répond déjà\u{202f}: Entrée à nouveau ajoute «\u{202f}repondant 0\u{202f}» comme une autre personne\u{202f}; ↓ choisit «\u{202f}Répondant 0\u{202f}»"
    );
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("ressemble à"), "{screen}");
    // Enter again: someone else, and the role picker in French too.
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Role(_)), "{:?}", app.screen);
    assert_eq!(app.screen_lang(), Lang::Fr);
    press(&mut app, KeyCode::F(1));
    let help = text(&render(&mut app, 80, 24));
    assert!(help.contains("commencer à répondre avec ce rôle"), "{help}");
    // --lang en: English whatever the questionnaire.
    let mut app = home_app(Lang::Fr);
    app.entries = vec![Ok(two_hundred(true))];
    app.forced_lang = Some(Lang::En);
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "repondant 0");
    press(&mut app, KeyCode::Enter);
    let p = picker(&app);
    assert!(
        p.error
            .as_deref()
            .is_some_and(|e| e.starts_with("\"repondant 0\" looks like \"Répondant 0\"")),
        "{p:?}"
    );
    // An English assessment with a French locale: English.
    let mut app = home_app(Lang::Fr);
    app.entries = vec![Ok(two_hundred(false))];
    render(&mut app, 80, 24);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen_lang(), Lang::En);
}

/// The home screen's line once the new-assessment form created one: in the home screen's
/// language.
#[test]
fn created_and_added_say_so_in_the_home_screens_language() {
    let mut app = home_app(Lang::Fr);
    update(&mut app, Msg::Created(Ok("atelier-2026".into())));
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some(
            "«\u{202f}atelier-2026\u{202f}» créée. Choisissez une équipe, puis Entrée pour répondre."
        )
    );
    update(
        &mut app,
        Msg::TeamAdded(Ok(("atelier-2026".into(), "Lyon".into()))),
    );
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Équipe «\u{202f}Lyon\u{202f}» ajoutée à «\u{202f}atelier-2026\u{202f}».")
    );
    let mut app = home_app(Lang::En);
    update(&mut app, Msg::Created(Ok("atelier-2026".into())));
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Created \"atelier-2026\". Pick a team and press Enter to start answering.")
    );
}
