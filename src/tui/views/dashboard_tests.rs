//! Snapshots of every dashboard view at 80×24 and 200×50, with the two sites of the demo and
//! with twelve teams, plus checks that do not depend on reading snapshots (markers without
//! colour, one colour per team, the size guard).

use super::super::app::{App, Screen};
use super::super::dashboard::{DashView, Dashboard, ExportPrompt, TeamPicker};
use super::super::message::{ExportOutcome, Msg};
use super::super::theme::{Theme, team_marker};
use super::super::update::update;
use super::super::wizard::Origin;
use crate::app::Loaded;
use crate::app::demo::{bank_demo, bank_figures};
use crate::domain::{Answer, Assessment, ResponseSheet, default_questionnaire};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

fn demo() -> Loaded {
    let (assessment, sheets) = bank_demo("bank-demo", "2026-03-12T09:30:00Z");
    Loaded {
        assessment,
        sheets,
        figures: Vec::new(),
        perceptions: Vec::new(),
        requests: Vec::new(),
        unreadable: Vec::new(),
    }
}

/// Twelve teams of two respondents with different profiles, and one comment.
fn twelve() -> Loaded {
    let q = default_questionnaire();
    let teams: Vec<String> = (1..=12)
        .map(|i| format!("Équipe {i} — site n°{i}"))
        .collect();
    let mut sheets = Vec::new();
    for (ti, team) in teams.iter().enumerate() {
        for r in 0..2 {
            let mut sheet = ResponseSheet::new(team, &format!("Répondant {r}"));
            for (qi, (_, question)) in q.questions().enumerate() {
                let level = 1 + ((ti + qi * (r + 1)) % 5) as u8;
                sheet.set_answer(&question.id, Answer::Level(level));
            }
            if ti == 0 && r == 0 {
                sheet.set_comment("deploy.cadence", "Déploiement le vendredi à 22 h, hélas.");
            }
            sheets.push(sheet);
        }
    }
    Loaded {
        assessment: Assessment::new("twelve", "2026-01-01T00:00:00Z", teams, q, None),
        sheets,
        figures: Vec::new(),
        perceptions: Vec::new(),
        requests: Vec::new(),
        unreadable: Vec::new(),
    }
}

fn app_with(loaded: Loaded, theme: Theme) -> App {
    let teams = loaded.assessment.teams.clone();
    let dash = Dashboard::new(&loaded, teams, Origin::Home);
    let mut app = App::new(theme, "/data");
    app.entries = vec![Ok(loaded)];
    app.screen = Screen::Dashboard(Box::new(dash));
    app
}

fn dash_mut(app: &mut App) -> &mut Dashboard {
    match &mut app.screen {
        Screen::Dashboard(d) => d,
        other => panic!("expected the dashboard, got {other:?}"),
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

/// Snapshots the app, set up by `setup`, at both sizes as `name_80x24` and `name_200x50`.
fn snap(name: &str, loaded: fn() -> Loaded, setup: impl Fn(&mut Dashboard)) {
    for (w, h) in SIZES {
        let mut app = app_with(loaded(), Theme::monochrome());
        setup(dash_mut(&mut app));
        let terminal = render(&mut app, w, h);
        assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    }
}

fn view(v: DashView) -> impl Fn(&mut Dashboard) {
    move |d| d.view = v
}

#[test]
fn overview_two_sites() {
    snap("overview_2", demo, view(DashView::Overview));
}

#[test]
fn two_speed_two_sites() {
    snap("two_speed_2", demo, |d| {
        d.view = DashView::TwoSpeed;
        d.row = 1;
    });
}

#[test]
fn two_speed_question_two_sites() {
    snap("two_speed_question_2", demo, |d| {
        d.view = DashView::TwoSpeed;
        d.drill = d.two_speed_order().first().copied();
    });
}

#[test]
fn the_compact_overview_shows_every_dimension_at_80x24() {
    let mut app = app_with(demo(), Theme::monochrome());
    let screen = text(&render(&mut app, 80, 24));
    let d = &dash_mut(&mut app).comparison;
    for dim in &d.dimensions {
        let start: String = dim.name.chars().take(20).collect();
        assert!(screen.contains(&start), "{} missing:\n{screen}", dim.name);
    }
}

#[test]
fn differences_two_sites() {
    snap("differences_2", demo, |d| {
        d.view = DashView::Differences;
        d.row = 2;
    });
}

#[test]
fn drill_down_two_sites() {
    snap("drill_2", demo, |d| {
        d.view = DashView::Differences;
        d.drill = d.difference_order().first().copied();
    });
}

#[test]
fn plans_two_sites() {
    snap("plans_2", demo, view(DashView::Plans));
}

#[test]
fn plans_with_an_action_plan_and_a_form_80x24() {
    use crate::domain::plan::{Action, Origin as PlanOrigin, Plan, Status};
    let now = "2026-11-01T09:00:00.000Z";
    let mut app = app_with(demo(), Theme::monochrome());
    let d = dash_mut(&mut app);
    d.view = DashView::Plans;
    let team = d.teams[0].clone();
    let steps: Vec<_> = d.comparison.teams[0].horizons[0].steps.clone();
    let mut done = Action::new(
        "a7f3q".into(),
        PlanOrigin::Step {
            question: steps[0].question_id.clone(),
            from: steps[0].from_level,
            to: steps[0].to_level,
        },
        vec![team.clone()],
        &steps[0].title,
        now,
    );
    done.set_status(Status::Agreed, now);
    done.set_owner("Claire Dubois", now);
    // Far in the past and far ahead: the snapshot does not depend on today's date.
    done.set_due(Some("2020-03-31".into()), now);
    let mut joint = Action::new(
        "k2m9x".into(),
        PlanOrigin::Free,
        d.teams.clone(),
        "Shared on-call rota",
        now,
    );
    joint.set_status(Status::InProgress, now);
    joint.set_due(Some("2099-06-30".into()), now);
    d.plan = Plan {
        actions: vec![done, joint],
    };
    d.plan_row = 1;
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("plans_plan_80x24", terminal.backend());
    // The owner-and-date form over the list.
    update(
        &mut app,
        Msg::Key(ratatui::crossterm::event::KeyEvent::from(
            ratatui::crossterm::event::KeyCode::Char('o'),
        )),
    );
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("plans_form_80x24", terminal.backend());
}

#[test]
fn discuss_two_sites() {
    snap("discuss_2", demo, |d| {
        d.view = DashView::Discuss;
        d.team = 1;
    });
}

/// The demo with its answers about the other site and its requests, as `demo` stores them.
fn demo_seen() -> Loaded {
    let mut loaded = demo();
    loaded.perceptions = crate::app::demo::bank_perceptions(&loaded.assessment.questionnaire);
    loaded.requests = crate::app::demo::bank_requests("2026-03-12T09:30:00Z");
    loaded
}

#[test]
fn perception_two_sites() {
    snap("perception_2", demo_seen, view(DashView::Perception));
}

#[test]
fn perception_two_sites_scrolled_to_the_gaps_and_requests() {
    // The end of the view at 80×24: the largest gaps and the requests both ways.
    let mut app = app_with(demo_seen(), Theme::monochrome());
    dash_mut(&mut app).view = DashView::Perception;
    let body = super::super::layout::dashboard_areas(ratatui::layout::Rect::new(0, 0, 80, 24)).body;
    let lines = super::dashboard::body(
        dash_mut(&mut app),
        &Theme::monochrome(),
        usize::from(body.width),
        usize::from(body.height),
    )
    .lines;
    let at = lines
        .iter()
        .position(|l| l.to_string().starts_with("Largest perception gaps"))
        .expect("the gaps section");
    dash_mut(&mut app).scroll = at;
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("perception_2_gaps_80x24", terminal.backend());
    let screen = text(&terminal);
    assert!(screen.contains("rates itself"), "{screen}");
    // The rest of the requests, further down.
    dash_mut(&mut app).scroll = usize::MAX;
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Start-up — Nantes asks DSI historique — Paris"),
        "{screen}"
    );
    assert!(screen.contains("refused"), "{screen}");
}

#[test]
fn perception_answer_pop_up() {
    // The second standing request of the pair, "discuss" chosen, a note being typed.
    snap("perception_answer_2", demo_seen, |d| {
        d.view = DashView::Perception;
        let requests: Vec<_> = d
            .comparison
            .requests
            .iter()
            .map(|r| (r.id.clone(), r.by.clone(), r.to.clone(), r.text.clone()))
            .collect();
        d.request = Some(super::super::dashboard::RequestPrompt {
            kind: super::super::dashboard::RequestKind::Respond {
                requests,
                cursor: 1,
                status: crate::domain::requests::Status::Discuss,
            },
            text: super::super::input::TextInput::new("À voir avec Paris"),
            error: None,
        });
    });
}

#[test]
fn perception_without_answers_about_each_other_says_how_to_give_them() {
    let mut app = app_with(demo(), Theme::monochrome());
    dash_mut(&mut app).view = DashView::Perception;
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Neither team answered about the other"),
        "{screen}"
    );
    assert!(screen.contains("--about"), "{screen}");
}

/// The demo's delivery figures in the dashboard, as `run_dashboard` adds them.
fn with_demo_figures(d: &mut Dashboard) {
    let figures = bank_figures("2026-03-12T09:30:00Z");
    d.comparison.set_figures(&default_questionnaire(), &figures);
    d.figures = figures;
}

#[test]
fn rhythm_two_sites_with_their_figures() {
    snap("rhythm_2", demo, |d| {
        with_demo_figures(d);
        d.view = DashView::Rhythm;
    });
}

#[test]
fn rhythm_two_sites_from_their_answers_only() {
    snap("rhythm_2_answers", demo, view(DashView::Rhythm));
}

#[test]
fn rhythm_twelve_teams() {
    snap("rhythm_12", twelve, view(DashView::Rhythm));
}

#[test]
fn the_rhythm_view_shows_each_key_and_keeps_figures_when_teams_change() {
    let mut app = app_with(demo(), Theme::monochrome());
    let d = dash_mut(&mut app);
    with_demo_figures(d);
    d.view = DashView::Rhythm;
    let screen = text(&render(&mut app, 80, 24));
    for needle in [
        "1/month",
        "on demand",
        "Medium",
        "High",
        "1–6 months",
        "elite",
        "≈120×",
    ] {
        assert!(screen.contains(needle), "{needle:?} missing:\n{screen}");
    }
    let loaded = demo();
    let d = dash_mut(&mut app);
    d.set_teams(&loaded, vec![loaded.assessment.teams[1].clone()]);
    assert_eq!(d.view, DashView::Rhythm);
    assert_eq!(d.comparison.delivery.teams.len(), 1);
    let nantes = &d.comparison.delivery.teams[0];
    assert_eq!(
        nantes
            .reading(crate::domain::metrics::Key::LeadTime)
            .unwrap()
            .value,
        "4h"
    );
}

#[test]
fn team_picker_two_sites() {
    snap("picker_2", demo, |d| {
        let mut picker = TeamPicker::new(vec![true, false]);
        picker.cursor = 1;
        d.picker = Some(picker);
    });
}

#[test]
fn export_asking_to_replace() {
    snap("export_replace", demo, |d| {
        let mut prompt = ExportPrompt::new(&d.assessment, &d.report_title, d.lang);
        prompt.confirm_overwrite = true;
        d.export = Some(prompt);
    });
}

#[test]
fn a_long_export_error_is_shown_whole() {
    // An unreadable response file: a long path, the reason and the way out must all show.
    let error = "1 response file cannot be read, first: /home/claire/.local/share/devops-maturity/assessments/bank-demo/responses/dsi-historique-paris-3ef0bd7d__julien-moreau-9267c2ef.json: key must be a string at line 1 column 3; fix or move it, or pass --skip-unreadable";
    let mut app = app_with(demo(), Theme::monochrome());
    let d = dash_mut(&mut app);
    let mut prompt = ExportPrompt::new(&d.assessment, &d.report_title, d.lang);
    prompt.error = Some(error.to_string());
    d.export = Some(prompt);
    let screen = text(&render(&mut app, 80, 24));
    for needle in [
        "1 response file cannot be read",
        "line 1",
        "--skip-unreadable",
    ] {
        assert!(screen.contains(needle), "{needle:?} missing:\n{screen}");
    }
}

#[test]
fn one_team_differences_are_gaps_to_target() {
    snap("differences_1", demo, |d| {
        let loaded = demo();
        d.set_teams(&loaded, vec![loaded.assessment.teams[1].clone()]);
        d.view = DashView::Differences;
    });
}

#[test]
fn overview_twelve_teams() {
    snap("overview_12", twelve, view(DashView::Overview));
}

#[test]
fn differences_twelve_teams() {
    snap("differences_12", twelve, |d| {
        d.view = DashView::Differences;
        d.pair = (0, 11);
    });
}

#[test]
fn drill_down_twelve_teams() {
    snap("drill_12", twelve, |d| {
        d.view = DashView::Differences;
        d.drill = d
            .comparison
            .dimensions
            .iter()
            .position(|x| x.id == "deploy");
    });
}

#[test]
fn plans_twelve_teams() {
    snap("plans_12", twelve, |d| {
        d.view = DashView::Plans;
        d.team = 3;
    });
}

#[test]
fn discuss_twelve_teams() {
    snap("discuss_12", twelve, view(DashView::Discuss));
}

#[test]
fn team_picker_twelve_teams_scrolls() {
    snap("picker_12", twelve, |d| {
        let mut picker = TeamPicker::new((0..12).map(|i| i % 3 != 0).collect());
        picker.cursor = 11;
        d.picker = Some(picker);
    });
}

#[test]
fn without_colour_every_team_keeps_its_marker_and_nothing_is_coloured() {
    let mut app = app_with(twelve(), Theme::monochrome());
    let terminal = render(&mut app, 200, 50);
    let screen = text(&terminal);
    // The first page of the overview: ten teams, by overall score.
    let page: Vec<usize> = dash_mut(&mut app).overview_order()[..10].to_vec();
    assert!(screen.contains("Teams 1–10 of 12"), "{screen}");
    for i in page {
        let line = screen
            .lines()
            .find(|l| l.contains(&format!("Équipe {} — site n°{} ", i + 1, i + 1)))
            .unwrap_or_else(|| panic!("team {i} in the summary:\n{screen}"));
        assert!(
            line.trim_start().starts_with(&team_marker(i)),
            "team {i} has its marker: {line}"
        );
    }
    let markers: std::collections::HashSet<String> = (0..12).map(team_marker).collect();
    assert_eq!(markers.len(), 12, "twelve different markers");
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "no colour under NO_COLOR"
    );
}

#[test]
fn in_colour_each_team_draws_its_bars_in_its_own_colour() {
    let mut app = app_with(demo(), Theme::high_contrast());
    let terminal = render(&mut app, 80, 24);
    let buffer = terminal.backend().buffer();
    let screen = text(&terminal);
    // The compact overview: each team's marker on the dimension's scale, in its colour.
    let bar_colour = |marker: &str| {
        let y = screen
            .lines()
            .position(|l| l.contains("Culture"))
            .unwrap_or_else(|| panic!("the first dimension:\n{screen}"));
        let x = screen
            .lines()
            .nth(y)
            .unwrap()
            .chars()
            .position(|c| c.to_string() == marker)
            .unwrap_or_else(|| panic!("{marker} on the row:\n{screen}"));
        buffer[(x as u16, y as u16)].fg
    };
    let (a, b) = (bar_colour(&team_marker(0)), bar_colour(&team_marker(1)));
    assert_ne!(a, b);
    assert_ne!(a, Color::Reset);
}

#[test]
fn a_terminal_below_the_minimum_says_to_enlarge_it() {
    let mut app = app_with(demo(), Theme::monochrome());
    let screen = text(&render(&mut app, 59, 16));
    assert!(screen.contains("Enlarge the terminal"), "{screen}");
}

#[test]
fn the_export_result_says_where_the_file_went() {
    let mut app = app_with(demo(), Theme::monochrome());
    dash_mut(&mut app).export = Some(ExportPrompt::new(
        "bank-demo",
        "DevOps maturity",
        crate::app::i18n::Lang::En,
    ));
    update(
        &mut app,
        Msg::Exported(ExportOutcome::Written(
            "Wrote /home/claire/bank-demo-report.pdf (PDF, 131 KB)".into(),
        )),
    );
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Wrote /home/claire/bank-demo-report.pdf (PDF, 131 KB)"),
        "{screen}"
    );
    assert!(!screen.contains("Export the report"), "the prompt closed");
}

#[test]
fn the_discuss_view_names_the_roles_of_each_split_and_no_one_in_them() {
    let mut app = app_with(demo(), Theme::monochrome());
    let d = dash_mut(&mut app);
    d.view = DashView::Discuss;
    d.team = 1;
    let nantes = d.comparison.teams[1].clone();
    assert!(!nantes.role_splits.is_empty(), "the demo has role splits");
    let screen = text(&render(&mut app, 200, 50));
    let heading = format!(
        "ROLE SPLITS — {}",
        crate::app::i18n::count(nantes.role_splits.len(), "question", "questions")
    );
    let start = screen
        .find(&heading)
        .unwrap_or_else(|| panic!("{heading} missing:\n{screen}"));
    let end = screen.find("TO DISCUSS").expect("then the disagreements");
    assert!(start < end, "the role splits come first:\n{screen}");
    let section = &screen[start..end];
    for split in &nantes.role_splits {
        assert!(section.contains(&split.roles_text()), "{section}");
    }
    for person in &nantes.respondents {
        assert!(
            !section.contains(&person.name),
            "{} in:\n{section}",
            person.name
        );
    }
}

#[test]
fn differences_list_every_dimension_and_say_which_a_team_did_not_assess() {
    let mut loaded = demo();
    // Nantes never answered the first dimension.
    let first: Vec<String> = loaded.assessment.questionnaire.dimensions[0]
        .questions
        .iter()
        .map(|q| q.id.clone())
        .collect();
    let nantes = loaded.assessment.teams[1].clone();
    for sheet in loaded.sheets.iter_mut().filter(|s| s.team == nantes) {
        sheet.answers.retain(|id, _| !first.contains(id));
    }
    let mut app = App::new(Theme::monochrome(), "/data");
    let dash = Dashboard::new(&loaded, loaded.assessment.teams.clone(), Origin::Home);
    app.entries = vec![Ok(loaded)];
    app.screen = Screen::Dashboard(Box::new(dash));
    let d = dash_mut(&mut app);
    d.view = DashView::Differences;
    let count = d.comparison.dimensions.len();
    assert_eq!(
        d.difference_order().len(),
        count,
        "every dimension is listed"
    );
    let name: String = d.comparison.dimensions[0].name.chars().take(20).collect();
    let screen = text(&render(&mut app, 200, 50));
    let row = screen
        .lines()
        .find(|l| l.contains(&name))
        .unwrap_or_else(|| panic!("{name} missing:\n{screen}"));
    assert!(row.contains("not assessed by ■"), "{row}");
}

#[test]
fn a_french_dashboard_frame_overview_and_two_speed_speak_french() {
    let mut app = app_with(demo(), Theme::monochrome());
    dash_mut(&mut app).lang = crate::app::i18n::Lang::Fr;
    for view in [DashView::Overview, DashView::TwoSpeed] {
        dash_mut(&mut app).view = view;
        let screen = text(&render(&mut app, 80, 24));
        for english in [
            "Compare", "Overview", "teams", "views", "scroll", "export", "target", "people",
            "answered", "gap", "median", "all", "keys",
        ] {
            let words: Vec<&str> = screen.split(|c: char| !c.is_alphanumeric()).collect();
            assert!(
                !words.contains(&english),
                "{english:?} on a French screen:\n{screen}"
            );
        }
        assert!(
            screen.contains("Comparer") && screen.contains("2 équipes"),
            "{screen}"
        );
    }
    snap("overview_2_fr", demo, |d| {
        d.lang = crate::app::i18n::Lang::Fr;
    });
    let d = dash_mut(&mut app);
    let mut prompt = ExportPrompt::new(&d.assessment, &d.report_title, d.lang);
    prompt.confirm_overwrite = true;
    d.export = Some(prompt);
    let screen = text(&render(&mut app, 80, 24));
    for french in [
        "Exporter le rapport",
        "Titre",
        "Ce fichier existe déjà.",
        "o remplacer",
    ] {
        assert!(screen.contains(french), "{french:?} missing:\n{screen}");
    }
    for english in ["Write", "Title", "exists", "Replace"] {
        assert!(
            !screen.contains(english),
            "{english:?} on a French screen:\n{screen}"
        );
    }
}

/// The Perception view of a French dashboard: French words, decimal commas, a true minus, the
/// report's typography; no English word of the view's own.
#[test]
fn a_french_perception_view_speaks_french() {
    let mut app = app_with(demo_seen(), Theme::monochrome());
    dash_mut(&mut app).view = DashView::Perception;
    dash_mut(&mut app).lang = crate::app::i18n::Lang::Fr;
    let all: String = super::dashboard::body(dash_mut(&mut app), &Theme::monochrome(), 120, 1000)
        .lines
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect();
    for french in [
        "se voient",
        "vue par l’équipe elle-même",
        "écart = vue − soi",
        "Plus grands écarts de perception (1,5\u{a0}niveau ou plus)",
        "s’évalue à",
        "demande à",
        "Global",
    ] {
        assert!(all.contains(french), "{french:?} missing:\n{all}");
    }
    assert!(all.contains(",5") && all.contains('−'), "{all}");
    for english in [
        "see each other",
        "as the team",
        "rates itself",
        " asks ",
        "Overall",
        " self ",
        "No requests",
        "open, no",
    ] {
        assert!(!all.contains(english), "English {english:?} in:\n{all}");
    }
}

// ---- The French edition: every view in French, with nothing left in English ----------------

/// The demo on the French questionnaire (the same question ids): French questions, levels and
/// recommendations, so every word on screen is the tool's own or the questionnaire's.
fn demo_fr() -> Loaded {
    let mut loaded = demo_seen();
    loaded.assessment.questionnaire =
        crate::domain::Questionnaire::from_json(crate::domain::FRENCH_QUESTIONNAIRE_JSON).unwrap();
    loaded
}

/// English words the dashboard's own texts used; none may be on a French screen. (Not "of"
/// nor "owner": the DORA report's title and the French questionnaire's "product owner" are
/// content, not the tool’s words; nor "request": its "pull request".)
const ENGLISH: [&str; 57] = [
    "the",
    "and",
    "to",
    "by",
    "with",
    "target",
    "gap",
    "overall",
    "minus",
    "ahead",
    "median",
    "spread",
    "level",
    "levels",
    "answers",
    "answered",
    "unknown",
    "Owner",
    "due",
    "Due",
    "STATUS",
    "late",
    "joint",
    "ROADMAP",
    "MONTHS",
    "steps",
    "step",
    "LEARN",
    "DISCUSS",
    "SPLITS",
    "roles",
    "self",
    "seen",
    "asks",
    "requests",
    "None",
    "Cluster",
    "provisional",
    "Deployments",
    "Failures",
    "Recovery",
    "Lead",
    "time",
    "apart",
    "Clusters",
    "save",
    "cancel",
    "more",
    "new",
    "answer",
    "scroll",
    "views",
    "export",
    "back",
    "quit",
    "assessed",
    "Enter",
];

/// The whole body of the current view, every line (not only the first screen), at 80 columns.
fn all_lines(app: &mut App) -> String {
    let body = super::super::layout::dashboard_areas(ratatui::layout::Rect::new(0, 0, 80, 24)).body;
    super::dashboard::body(
        dash_mut(app),
        &Theme::monochrome(),
        usize::from(body.width),
        usize::from(body.height),
    )
    .lines
    .iter()
    .map(ToString::to_string)
    .collect::<Vec<_>>()
    .join("\n")
}

fn assert_french(screen: &str) {
    let words: Vec<&str> = screen
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    for english in ENGLISH {
        assert!(
            !words.contains(&english),
            "{english:?} on a French screen:\n{screen}"
        );
    }
    // French numbers: no decimal point between digits.
    let chars: Vec<char> = screen.chars().collect();
    for w in chars.windows(3) {
        assert!(
            !(w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit()),
            "a decimal point on a French screen:\n{screen}"
        );
    }
}

/// Snapshots a view of the French demo at 80×24, and checks its whole body and the screen
/// (header, tabs, footer) for English words and decimal points.
fn snap_fr(name: &str, setup: impl Fn(&mut Dashboard)) -> String {
    let mut app = app_with(demo_fr(), Theme::monochrome());
    assert_eq!(dash_mut(&mut app).lang, crate::app::i18n::Lang::Fr);
    setup(dash_mut(&mut app));
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!(format!("{name}_fr_80x24"), terminal.backend());
    let screen = text(&terminal);
    assert_french(&screen);
    // The footer's "t teams" (the body may quote the questionnaire's "feature teams").
    assert!(!screen.split_whitespace().any(|w| w == "teams"), "{screen}");
    let body = all_lines(&mut app);
    assert_french(&body);
    format!("{screen}\n{body}")
}

#[test]
fn french_differences_and_their_drill_down() {
    let all = snap_fr("differences_2", view(DashView::Differences));
    assert!(all.contains("moins") && all.contains("devant"), "{all}");
    let all = snap_fr("drill_down_2", |d| {
        d.view = DashView::Differences;
        d.drill = d.difference_order().first().copied();
    });
    assert!(all.contains("médiane") && all.contains("cible"), "{all}");
    // One team: gaps to target, in French.
    let mut app = app_with(demo_fr(), Theme::monochrome());
    let d = dash_mut(&mut app);
    let first = d.teams[0].clone();
    let loaded = demo_fr();
    d.set_teams(&loaded, vec![first]);
    d.view = DashView::Differences;
    let screen = text(&render(&mut app, 80, 24));
    assert_french(&screen);
    assert!(
        screen.contains("écart à la cible par dimension"),
        "{screen}"
    );
}

#[test]
fn french_plans_with_an_action_plan_and_the_roadmap() {
    use crate::domain::plan::{Action, Origin as PlanOrigin, Plan, Status};
    let now = "2026-11-01T09:00:00.000Z";
    let all = snap_fr("plans_2", |d| {
        d.view = DashView::Plans;
        let team = d.teams[0].clone();
        let steps: Vec<_> = d.comparison.teams[0].horizons[0].steps.clone();
        let mut late = Action::new(
            "a7f3q".into(),
            PlanOrigin::Step {
                question: steps[0].question_id.clone(),
                from: steps[0].from_level,
                to: steps[0].to_level,
            },
            vec![team.clone()],
            &steps[0].title,
            now,
        );
        late.set_status(Status::Agreed, now);
        late.set_owner("Claire Dubois", now);
        late.set_due(Some("2020-03-31".into()), now);
        let mut joint = Action::new(
            "k2m9x".into(),
            PlanOrigin::Free,
            d.teams.clone(),
            "Astreinte commune",
            now,
        );
        joint.set_status(Status::InProgress, now);
        joint.set_due(Some("2099-06-30".into()), now);
        d.plan = Plan {
            actions: vec![late, joint],
        };
    });
    for french in [
        "PLAN D’ACTIONS",
        "RESPONSABLE · ÉCHÉANCE",
        "en retard",
        "en cours",
        "[commune]",
        "hors plan",
        "FEUILLE DE ROUTE",
        "MOIS",
        "APPRENDRE LES UNS DES AUTRES",
    ] {
        assert!(all.contains(french), "{french:?} missing:\n{all}");
    }
}

#[test]
fn french_plans_form_and_removal_question() {
    use ratatui::crossterm::event::KeyCode;
    let mut app = app_with(demo_fr(), Theme::monochrome());
    dash_mut(&mut app).view = DashView::Plans;
    let key = |c| Msg::Key(ratatui::crossterm::event::KeyEvent::from(c));
    update(&mut app, key(KeyCode::Char('n')));
    let terminal = render(&mut app, 80, 24);
    assert_snapshot!("plans_form_fr_80x24", terminal.backend());
    let screen = text(&terminal);
    assert_french(&screen);
    assert!(screen.contains("Nouvelle action commune"), "{screen}");
    // An empty title is refused in French; a bad date too.
    update(&mut app, key(KeyCode::Enter));
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Donnez un titre à l’action."), "{screen}");
    for c in "Astreinte".chars() {
        update(&mut app, key(KeyCode::Char(c)));
    }
    update(&mut app, key(KeyCode::Tab));
    update(&mut app, key(KeyCode::Tab));
    for c in "demain".chars() {
        update(&mut app, key(KeyCode::Char(c)));
    }
    update(&mut app, key(KeyCode::Enter));
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("n’est pas une date"), "{screen}");
    assert_french(&screen);
    // Removing an action asks in French, and « o » (oui) removes it.
    update(&mut app, key(KeyCode::Esc));
    let d = dash_mut(&mut app);
    d.plan = crate::domain::plan::Plan {
        actions: vec![crate::domain::plan::Action::new(
            "k2m9x".into(),
            crate::domain::plan::Origin::Free,
            d.teams.clone(),
            "Astreinte commune",
            "2026-11-01T09:00:00.000Z",
        )],
    };
    d.plan_row = 0;
    update(&mut app, key(KeyCode::Char('x')));
    let screen = text(&render(&mut app, 80, 24));
    assert!(
        screen.contains("Retirer l’action k2m9x du plan\u{202f}? o retirer"),
        "{screen}"
    );
    let effects = update(&mut app, key(KeyCode::Char('o')));
    assert!(
        matches!(
            effects.as_slice(),
            [crate::tui::message::Effect::ChangePlan {
                change: crate::tui::message::PlanChange::Remove { .. },
                lang: crate::app::i18n::Lang::Fr,
                ..
            }]
        ),
        "{effects:?}"
    );
}

#[test]
fn french_discuss() {
    let all = snap_fr("discuss_2", |d| {
        d.view = DashView::Discuss;
        d.team = 1;
    });
    for french in ["ÉCARTS ENTRE RÔLES", "À DÉBATTRE", "dispersion", "niveaux"] {
        assert!(all.contains(french), "{french:?} missing:\n{all}");
    }
}

#[test]
fn french_rhythm_with_figures_and_from_answers() {
    let all = snap_fr("rhythm_2", |d| {
        let figures = bank_figures("2026-03-12T09:30:00Z");
        let q = crate::domain::Questionnaire::from_json(crate::domain::FRENCH_QUESTIONNAIRE_JSON)
            .unwrap();
        d.comparison.set_figures(&q, &figures);
        d.figures = figures;
        d.view = DashView::Rhythm;
    });
    for french in ["Déploiements", "Groupe", "Groupes", "tranche"] {
        assert!(all.contains(french), "{french:?} missing:\n{all}");
    }
    let all = snap_fr("rhythm_2_answers", view(DashView::Rhythm));
    assert!(all.contains("≈ niveau"), "{all}");
    assert!(all.contains("provisoire"), "{all}");
}

#[test]
fn french_perception_its_gaps_and_the_request_pop_up() {
    let all = snap_fr("perception_2", view(DashView::Perception));
    for french in [
        "se voient",
        "vue par l’autre équipe",
        "soi",
        "Plus grands écarts",
        "demande à",
    ] {
        assert!(all.contains(french), "{french:?} missing:\n{all}");
    }
    snap_fr("perception_answer_2", |d| {
        d.view = DashView::Perception;
        let requests: Vec<_> = d
            .comparison
            .requests
            .iter()
            .map(|r| (r.id.clone(), r.by.clone(), r.to.clone(), r.text.clone()))
            .collect();
        d.request = Some(super::super::dashboard::RequestPrompt {
            kind: super::super::dashboard::RequestKind::Respond {
                requests,
                cursor: 1,
                status: crate::domain::requests::Status::Discuss,
            },
            text: super::super::input::TextInput::new("À voir avec Paris"),
            error: None,
        });
    });
    // Without answers about each other: how to give them, in French.
    let mut loaded = demo_fr();
    loaded.perceptions.clear();
    loaded.requests.clear();
    let mut app = app_with(loaded, Theme::monochrome());
    dash_mut(&mut app).view = DashView::Perception;
    let screen = text(&render(&mut app, 80, 24));
    assert!(screen.contains("Aucune des deux équipes"), "{screen}");
}

#[test]
fn the_french_help_of_the_dashboard_has_every_key() {
    let mut app = app_with(demo_fr(), Theme::monochrome());
    update(
        &mut app,
        Msg::Key(ratatui::crossterm::event::KeyEvent::from(
            ratatui::crossterm::event::KeyCode::Char('?'),
        )),
    );
    let screen = text(&render(&mut app, 200, 50));
    for french in [
        "responsable et échéance",
        "répondre à une demande",
        "statut suivant",
    ] {
        assert!(screen.contains(french), "{french:?} missing:\n{screen}");
    }
    assert_french(&screen);
}

#[test]
fn the_french_export_prompt_reads_whole_at_80x24() {
    let mut app = app_with(demo_fr(), Theme::monochrome());
    let d = dash_mut(&mut app);
    d.export = Some(ExportPrompt::new(&d.assessment, &d.report_title, d.lang));
    let screen = text(&render(&mut app, 80, 24));
    for whole in [
        "./bank-demo-rapport.pdf",
        "Format selon l’extension\u{202f}: .pdf .md .json .csv\u{202f}; ~\u{202f}: votre dossier",
    ] {
        assert!(screen.contains(whole), "{whole:?} missing:\n{screen}");
    }
    assert_french(&screen);
}

/// Every row of the help box, scrolled from its top to its end with ↓ (`help_max_scroll`
/// steps), as one text; and the screens seen on the way.
fn help_scrolled(app: &mut App, width: u16, height: u16) -> (String, Vec<String>) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE)),
    );
    let mut screens = vec![text(&render(app, width, height))];
    let max = crate::tui::views::help_max_scroll(app, app.area());
    for _ in 0..max {
        update(
            app,
            Msg::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)),
        );
        screens.push(text(&render(app, width, height)));
    }
    (screens.join("\n"), screens)
}

/// The dashboard's help at 80×24 has more rows than the screen: ↓, Page Down and End scroll it
/// to its last lines (e export, Esc q, the notes), the bottom border says which way and with
/// which keys, ↑ and Home go back, and it opens again at its top. English and French.
#[test]
fn the_dashboards_help_scrolls_to_its_last_line_at_80x24() {
    use crate::app::i18n::Lang;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |app: &mut App, code| {
        update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    };
    for lang in [Lang::En, Lang::Fr] {
        let mut app = app_with(demo(), Theme::monochrome());
        dash_mut(&mut app).lang = lang;
        let tag = if lang == Lang::Fr { "_fr" } else { "" };
        let (all, screens) = help_scrolled(&mut app, 80, 24);
        assert!(screens.len() > 1, "the help fits at 80x24?\n{}", screens[0]);
        let (first, last) = (&screens[0], screens.last().unwrap());
        let (more, export, back, note) = match lang {
            Lang::En => (
                "▼ more: ↑↓ PgUp PgDn",
                "e          export the report",
                "Esc q      back (from a dimension",
                "F1 opens this help.",
            ),
            Lang::Fr => (
                "▼ suite\u{202f}: ↑↓ PgPréc PgSuiv",
                "exporter le rapport",
                "retour (depuis une dimension",
                "ouvre cette aide.",
            ),
        };
        assert!(first.contains(more), "{first}");
        assert!(!first.contains(note), "{first}");
        for needle in [export, back, note] {
            assert!(
                last.contains(needle),
                "{needle:?} missing at the end:\n{last}"
            );
        }
        assert!(last.contains("▲"), "{last}");
        assert!(!last.contains("▼"), "{last}");
        assert!(all.contains("1-7  Tab"), "{all}");
        // Further down stays at the end; End, Home, PgDn and PgUp jump.
        key(&mut app, KeyCode::Down);
        assert_eq!(text(&render(&mut app, 80, 24)), *last);
        key(&mut app, KeyCode::Home);
        assert_eq!(text(&render(&mut app, 80, 24)), *first);
        key(&mut app, KeyCode::End);
        let terminal = render(&mut app, 80, 24);
        assert_eq!(text(&terminal), *last);
        assert_snapshot!(format!("help_end{tag}_80x24"), terminal.backend());
        key(&mut app, KeyCode::PageUp);
        key(&mut app, KeyCode::PageUp);
        assert_eq!(text(&render(&mut app, 80, 24)), *first);
        key(&mut app, KeyCode::PageDown);
        assert_ne!(text(&render(&mut app, 80, 24)), *first);
        // Closed and opened again: at its top.
        key(&mut app, KeyCode::Esc);
        assert!(!app.help);
        key(&mut app, KeyCode::F(1));
        assert_eq!(text(&render(&mut app, 80, 24)), *first);
        // At 200x50 it fits whole: nothing to scroll, no hint on the border.
        let max =
            crate::tui::views::help_max_scroll(&app, ratatui::layout::Rect::new(0, 0, 200, 50));
        assert_eq!(max, 0);
        let screen = text(&render(&mut app, 200, 50));
        assert!(!screen.contains(more) && screen.contains(note), "{screen}");
    }
}
