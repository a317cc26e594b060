//! The interactive terminal UI: home screen, questionnaire wizard and comparison dashboard.
//!
//! `app` (state), `message` (messages and effects), `update` (the pure state machine), `views`
//! (drawing), `layout` (positions shared by views and update), `event_loop` (terminal and store),
//! `events` (terminal input on its own thread, and noticing the terminal went away).

pub mod app;
pub mod dashboard;
pub mod event_loop;
pub mod events;
pub mod filter;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod message;
pub mod metrics_form;
pub mod problem;
pub mod room;
pub mod theme;
pub mod update;
pub mod views;
pub mod wizard;
pub mod wrap;

use crate::app::answers::Resolved;
use crate::app::i18n::{self, Lang};
use crate::app::room::Opened;
use crate::app::{Loaded, Workspace};
use crate::domain::CompareOptions;
use crate::error::Error;
use app::{App, NewAssessmentForm, Screen};
use dashboard::Dashboard;
use message::Msg;
use theme::Theme;
use wizard::Origin;

/// `devops-maturity` with no arguments: the home screen. An empty store opens straight on the
/// new-assessment form.
pub fn run_home(ws: &Workspace, lang: Option<Lang>) -> Result<(), Error> {
    event_loop::ensure_terminal()?;
    let mut app = new_app(ws, lang);
    app.entries = event_loop::list(ws);
    if app.entries.is_empty() {
        app.screen = Screen::NewAssessment(NewAssessmentForm {
            first_run: true,
            ..NewAssessmentForm::default()
        });
    }
    event_loop::run(ws, app)
}

/// `devops-maturity answer NAME --team T --respondent R`: the wizard alone; leaving it ends the
/// program. Problems with the assessment or sheet are reported before the screen changes.
pub fn run_wizard(ws: &Workspace, who: &Resolved, lang: Option<Lang>) -> Result<(), Error> {
    event_loop::ensure_terminal()?;
    let sheet = who.load_sheet(ws)?;
    let (mut wizard, effects) = update::open_wizard(
        who.assessment.clone(),
        sheet,
        Origin::CommandLine,
        who.role.map(Some),
    );
    for effect in effects {
        // Printed by `main` as the command's error: English, like the "error: " before it.
        if let Msg::Saved(Err(e)) = event_loop::execute(ws, effect, crate::app::i18n::Lang::En) {
            return Err(Error::failure(e));
        }
    }
    let mut app = new_app(ws, lang);
    if let Some(lang) = lang {
        wizard.lang = lang;
    }
    app.screen = Screen::Wizard(Box::new(wizard));
    event_loop::run(ws, app)
}

/// `devops-maturity compare NAME` on a terminal: the dashboard alone; leaving it ends the program.
/// `teams` were already checked against the assessment (`app::compare::select_teams`).
pub fn run_dashboard(
    ws: &Workspace,
    loaded: Loaded,
    teams: Vec<String>,
    options: CompareOptions,
    lang: Option<Lang>,
) -> Result<(), Error> {
    event_loop::ensure_terminal()?;
    let figures = loaded.figures.clone();
    let mut dash = Dashboard::with_options(&loaded, teams, Origin::CommandLine, options)
        .with_figures(&loaded.assessment.questionnaire, figures);
    dash.plan = crate::app::plan::load(ws, &loaded.assessment.name)?;
    if let Some(lang) = lang {
        dash.lang = lang;
    }
    let mut app = new_app(ws, lang);
    app.entries = vec![Ok(loaded)];
    app.screen = Screen::Dashboard(Box::new(dash));
    event_loop::run(ws, app)
}

/// The application state every entry point starts from: the theme, the data directory shown
/// on the home screen, and the language rules (`--lang`, else the locale for the home screen).
fn new_app(ws: &Workspace, forced: Option<Lang>) -> App {
    let mut app = App::new(Theme::from_env(), &ws.root().display().to_string());
    let var = |name: &str| std::env::var(name).ok();
    let (all, messages, lang) = (var("LC_ALL"), var("LC_MESSAGES"), var("LANG"));
    let locale = i18n::locale_from(all.as_deref(), messages.as_deref(), lang.as_deref());
    app.forced_lang = forced;
    app.locale_lang = i18n::for_locale(None, locale);
    app
}

/// `devops-maturity workshop NAME --team T`: the workshop room alone; leaving it ends the
/// program. With `options.participants` the room opens at once, else on its participants
/// screen.
pub fn run_room(
    ws: &Workspace,
    opened: Opened,
    options: update::room::RoomOptions,
    lang: Option<Lang>,
) -> Result<(), Error> {
    event_loop::ensure_terminal()?;
    let mut app = new_app(ws, lang);
    if options.participants.is_empty() {
        update::room::opened(&mut app, Ok(Box::new(opened)), Origin::CommandLine);
        if let Screen::RoomSetup(setup) = &mut app.screen {
            setup.anonymous = options.anonymous;
            if let Some(t) = options.timebox {
                setup.timebox = input::TextInput::new(&format!("{t}s"));
            }
        }
    } else {
        update::room::open_room(&mut app, &opened, Origin::CommandLine, options);
    }
    event_loop::run(ws, app)
}
