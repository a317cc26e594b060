//! The one synchronous loop: draw, wait for a terminal event (read on a thread of its own, see
//! `events`), `update`, carry out effects against the store, repeat. Also the only place that
//! sets up and restores the terminal, and that notices it has to stop: a signal or a terminal
//! that went away.

use super::app::App;
use super::events::{Events, Next};
use super::message::{Effect, ExportOutcome, Msg};
use super::problem::{describe, describe_in};
use super::update::update;
use crate::app::assessments::NewAssessment;
use crate::app::i18n::{Lang, NNBSP as S};
use crate::app::report::{ReportRequest, write};
use crate::app::{Failure, Loaded, Workspace, assessments};
use crate::error::{Error, Wording};
use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use std::collections::VecDeque;
use std::io::{IsTerminal, Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often the loop looks at the stop flag and the terminal while no input arrives: short
/// enough that `kill` or a closed window ends the program at once, long enough to cost nothing.
const TICK: Duration = Duration::from_millis(100);

/// Refuses early, with a usable message, when there is no terminal to draw on (a pipe, a CI job):
/// ratatui would otherwise panic or draw escape codes into a file.
pub fn ensure_terminal() -> Result<(), Error> {
    if std::io::stdin().is_terminal() && stdout().is_terminal() {
        Ok(())
    } else {
        Err(Error::usage(
            "the workshop screen needs an interactive terminal; in scripts use `devops-maturity list`, `show` or `answer --set`",
        )
        .fr(format!(
            "l’écran d’atelier a besoin d’un terminal interactif{S}; dans un script, utilisez `devops-maturity list`, `show` ou `answer --set`"
        )))
    }
}

/// Why the loop ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum End {
    /// The user left.
    Quit,
    /// SIGTERM, SIGHUP or SIGINT.
    Signal,
    /// The terminal went away (closed window, `tmux kill-session`, dropped SSH); why.
    TerminalGone(Wording),
}

/// Runs the TUI until the user leaves. The terminal is restored on every way out: normal exit,
/// panic (hooks installed here and by ratatui), SIGTERM/SIGHUP/SIGINT (a closed laptop lid over
/// SSH, `kill`), and a terminal that went away: those end the loop like `q`, after keeping
/// whatever was pending (a comment being typed). Every confirmed answer is already on disk.
/// Answers that could not be saved make this an error (exit 1), said after the restore.
pub fn run(ws: &Workspace, app: App) -> Result<(), Error> {
    ensure_terminal()?;
    let mut terminal = ratatui::try_init().map_err(|e| {
        Error::failure(format!("cannot set up the terminal: {e}"))
            .fr(format!("impossible de préparer le terminal{S}: {e}"))
    })?;
    // Runs before ratatui's own hook (which leaves raw mode and the alternate screen).
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, Show);
        ratatui_hook(info);
    }));
    let stop = Arc::new(AtomicBool::new(false));
    let signals: Vec<_> = [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ]
    .into_iter()
    .filter_map(|s| signal_hook::flag::register(s, Arc::clone(&stop)).ok())
    .collect();
    let _ = execute!(stdout(), EnableMouseCapture);
    let (app, end) = match Events::start() {
        Ok(events) => run_loop(&mut terminal, ws, app, &stop, &events),
        Err(e) => (app, End::TerminalGone(super::events::cannot_read(&e))),
    };
    for id in signals {
        signal_hook::low_level::unregister(id);
    }
    // Each step may fail on a terminal that is gone; none of that is worth reporting, and
    // ratatui would report it with `eprintln!`, which panics on a closed stderr (the panic hook
    // then panics again and the process aborts): `try_restore`, not `restore`.
    let _ = execute!(stdout(), DisableMouseCapture);
    let _ = ratatui::try_restore();
    // Showing the cursor through the terminal clears its "cursor hidden" flag. When that fails,
    // its `Drop` would try again and `eprintln!` the failure: it is forgotten instead, which
    // only skips freeing its buffers just before the program ends.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    if let Some(reason) = app.unsaved() {
        // The reason is the status line of the screen, already in the screen's language.
        return Err(
            Error::failure(format!("some answers were not saved: {reason}")).fr(format!(
                "des réponses n’ont pas été enregistrées{S}: {reason}"
            )),
        );
    }
    if let End::TerminalGone(why) = end {
        // Usually nobody reads this (stderr was the terminal); a redirected stderr keeps it.
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{}", closing_note(app.screen_lang(), &why));
    }
    Ok(())
}

/// The line left on stderr when the terminal went away, in the language of the screen that
/// was showing: "note: the terminal was closed; every answer is saved".
fn closing_note(lang: Lang, why: &Wording) -> String {
    let note = crate::app::i18n::cli::note(lang);
    match lang {
        Lang::En => format!("{note}{}; every answer is saved", why.en),
        Lang::Fr => format!("{note}{}{S}; chaque réponse est enregistrée", why.fr),
    }
}

fn run_loop(
    terminal: &mut DefaultTerminal,
    ws: &Workspace,
    mut app: App,
    stop: &AtomicBool,
    events: &Events,
) -> (App, End) {
    let size = match terminal.size() {
        Ok(size) => size,
        Err(e) => {
            let why = Wording::new(format!("terminal: {e}"), format!("terminal{S}: {e}"));
            return shut_down(app, ws, End::TerminalGone(why));
        }
    };
    apply(
        &mut app,
        ws,
        Msg::Resize {
            width: size.width,
            height: size.height,
        },
    );
    loop {
        if let Err(e) = terminal.draw(|frame| frame.render_widget(&app, frame.area())) {
            let end = End::TerminalGone(Wording::new(
                format!("cannot draw on the terminal: {e}"),
                format!("impossible de dessiner sur le terminal{S}: {e}"),
            ));
            return shut_down(app, ws, end);
        }
        if app.quit {
            return (app, End::Quit);
        }
        // Wait for one event, then take whatever else is already queued (key repeat, a paste)
        // before drawing again: one frame per burst keeps the screen in step with the keyboard.
        // The stop flag and the terminal are looked at before every event, so a burst cannot
        // hide a signal.
        let mut next = events.next(TICK);
        loop {
            if let Some(end) = interrupted(stop, events) {
                return shut_down(app, ws, end);
            }
            match next {
                Next::Event(ev) => {
                    if let Some(msg) = to_msg(ev) {
                        apply(&mut app, ws, msg);
                    }
                    if app.quit {
                        break;
                    }
                    next = events.queued();
                }
                Next::Idle => {
                    apply(&mut app, ws, Msg::Tick);
                    break;
                }
                Next::Gone(why) => return shut_down(app, ws, End::TerminalGone(why)),
            }
        }
    }
}

/// A stop signal arrived or the terminal went away.
fn interrupted(stop: &AtomicBool, events: &Events) -> Option<End> {
    if stop.load(Ordering::Relaxed) {
        return Some(End::Signal);
    }
    events.terminal_gone().map(End::TerminalGone)
}

/// Ends the loop from outside the user's hands: what was pending is saved first.
fn shut_down(mut app: App, ws: &Workspace, end: End) -> (App, End) {
    apply(&mut app, ws, Msg::Shutdown);
    (app, end)
}

// Takes the event by value: it is consumed by the read loop that calls this.
#[allow(clippy::needless_pass_by_value)]
fn to_msg(ev: Event) -> Option<Msg> {
    match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(Msg::Key(key)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Msg::Wheel { down: true }),
            MouseEventKind::ScrollUp => Some(Msg::Wheel { down: false }),
            // Motion and drags would only cost redraws.
            _ => None,
        },
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        // Pasted text arrives as keys when bracketed paste is off (the default).
        _ => None,
    }
}

/// When the loop's clock started: the first time it was read.
fn started() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}

/// Feeds a message to `update` and carries out the effects it asks for, feeding their outcomes
/// back, until nothing is left to do.
pub fn apply(app: &mut App, ws: &Workspace, msg: Msg) {
    app.now = started().elapsed();
    let mut effects: VecDeque<Effect> = update(app, msg).into();
    while let Some(effect) = effects.pop_front() {
        // Errors are said in the language of the screen that asked (the wizard, dashboard or
        // room of a French assessment speaks French).
        let lang = app.screen_lang();
        let outcome = execute(ws, effect, lang);
        effects.extend(update(app, outcome));
    }
}

/// Carries out one effect through the use cases. Errors come back as one-line messages to show,
/// in `lang` (the screen's language) unless the effect carries its own.
pub fn execute(ws: &Workspace, effect: Effect, lang: Lang) -> Msg {
    let fr = lang == Lang::Fr;
    let describe = |e: &crate::app::StoreError| describe_in(lang, e);
    match effect {
        Effect::Reload => Msg::Listed(list(ws)),
        Effect::SaveSheet {
            assessment,
            base,
            sheet,
        } => Msg::Saved(
            ws.save_changes(&assessment, &base, &sheet)
                .map_err(|e| describe(&e)),
        ),
        Effect::RenameRespondent {
            assessment,
            team,
            from,
            to,
            lang,
        } => Msg::RespondentChanged(
            crate::app::respondents::rename(
                ws,
                &crate::app::respondents::Who {
                    assessment,
                    team,
                    respondent: from,
                },
                &to,
            )
            .map(|m| crate::app::i18n::cli::renamed(lang, &m.from, &m.into, &m.team))
            .map_err(|e| e.message_in(lang == Lang::Fr).to_string()),
        ),
        Effect::DeleteRespondent {
            assessment,
            team,
            who,
            lang,
        } => Msg::RespondentChanged(
            crate::app::respondents::delete(
                ws,
                &crate::app::respondents::Who {
                    assessment,
                    team,
                    respondent: who,
                },
            )
            .map(|d| crate::app::i18n::screens::moved_to_trash(lang, &d.respondent))
            .map_err(|e| e.message_in(lang == Lang::Fr).to_string()),
        ),
        Effect::ReloadSheet {
            assessment,
            team,
            respondent,
        } => Msg::SheetReloaded(
            ws.load_sheet(&assessment, &team, &respondent)
                .map_err(|e| describe(&e)),
        ),
        Effect::CreateAssessment {
            name,
            teams,
            questionnaire,
        } => Msg::Created(
            assessments::create(
                ws,
                &NewAssessment {
                    name,
                    teams,
                    questionnaire,
                    target: None,
                    short: false,
                },
            )
            .map(|a| a.name)
            .map_err(|f| failure(&f, lang)),
        ),
        Effect::AddTeam { assessment, team } => Msg::TeamAdded(
            assessments::add_team(ws, &assessment, &team).map_err(|f| failure(&f, lang)),
        ),
        Effect::OpenWizard {
            assessment,
            team,
            respondent,
            role,
            about,
        } => Msg::WizardLoaded {
            result: (|| {
                let a = ws.load(&assessment).map_err(|e| describe(&e))?.assessment;
                let sheet = match &about {
                    Some(other) => ws.load_perception(&assessment, &team, &respondent, other),
                    None => ws.load_sheet(&assessment, &team, &respondent),
                }
                .map_err(|e| describe(&e))?;
                Ok(Box::new((a, sheet)))
            })(),
            team,
            respondent,
            role,
            about,
        },
        Effect::RecordFigures {
            assessment,
            checked,
            lang,
        } => Msg::FiguresRecorded(
            crate::app::metrics::record_checked(
                ws,
                &assessment,
                &checked,
                &crate::clock::now_stamp(),
            )
            .map(|written| crate::app::metrics::recorded_line(&written.team, &checked, lang))
            .map_err(|f| failure(&f, lang)),
        ),
        Effect::ExportReport {
            assessment,
            teams,
            path,
            force,
            short_term,
            title,
            author,
            anonymous,
        } => Msg::Exported(export(
            ws,
            lang,
            &assessment,
            &teams,
            &expand_home(&path),
            force,
            ExportChoices {
                short_term,
                title,
                author,
                anonymous,
            },
        )),
        Effect::LoadPlan { assessment } => Msg::PlanLoaded(
            crate::app::plan::load(ws, &assessment).map_err(|e| e.message_in(fr).to_string()),
        ),
        Effect::ChangePlan {
            assessment,
            change,
            lang,
        } => Msg::PlanChanged(change_plan(ws, &assessment, change, lang)),
        Effect::AddRequest {
            assessment,
            by,
            to,
            text,
            lang,
        } => Msg::RequestsChanged(
            crate::app::requests::add(
                ws,
                &crate::app::requests::NewRequest {
                    assessment: assessment.clone(),
                    by,
                    to,
                    text,
                    ..Default::default()
                },
            )
            .and_then(|r| {
                let all = crate::app::requests::all(ws, &assessment)?;
                Ok((
                    crate::app::i18n::dashboard::request_recorded(lang, &r.id, &r.by, &r.to),
                    all,
                ))
            })
            .map_err(|e| e.message_in(lang == Lang::Fr).to_string()),
        ),
        Effect::RespondRequest {
            assessment,
            id,
            status,
            note,
            lang,
        } => Msg::RequestsChanged(
            crate::app::requests::respond(
                ws,
                &assessment,
                &id,
                status,
                Some(note.as_str()).filter(|n| !n.trim().is_empty()),
            )
            .and_then(|r| {
                let all = crate::app::requests::all(ws, &assessment)?;
                Ok((
                    crate::app::i18n::dashboard::request_answered(
                        lang,
                        &r.id,
                        &r.to,
                        crate::app::i18n::dashboard::request_status(lang, r.status),
                    ),
                    all,
                ))
            })
            .map_err(|e| e.message_in(lang == Lang::Fr).to_string()),
        ),
        Effect::OpenRoom {
            assessment,
            team,
            about,
        } => Msg::RoomOpened(
            crate::app::room::open(ws, &assessment, &team, about.as_deref())
                .map(Box::new)
                .map_err(|e| e.message_in(fr).to_string()),
        ),
        Effect::AcceptVotes(request) => Msg::VotesAccepted(
            crate::app::room::accept(ws, &request)
                .map(Box::new)
                .map_err(|f| failure(&f, lang)),
        ),
        Effect::ChangeRoom {
            assessment,
            team,
            about,
            change,
        } => Msg::RoomChanged(
            crate::app::room::change(ws, &assessment, &team, about.as_deref(), &change)
                .map_err(|e| describe(&e)),
        ),
    }
}

/// Applies a change from the Plans view through the same use cases as `plan …`, then reads
/// the plan back; what was done in one line.
fn change_plan(
    ws: &Workspace,
    assessment: &str,
    change: super::message::PlanChange,
    lang: crate::app::i18n::Lang,
) -> Result<(crate::domain::plan::Plan, String), String> {
    use super::message::PlanChange;
    use crate::app::i18n::dashboard as d;
    use crate::app::plan;
    let fr = lang == Lang::Fr;
    let status = |a: &crate::domain::plan::Action| {
        crate::report::labels::PlanLabels::of(lang).status(a.status())
    };
    let done = match change {
        PlanChange::Agree { team, origin } => plan::agree(ws, assessment, &team, &origin)
            .map(|a| d::plan_agreed(lang, &a.id, &a.title.value)),
        PlanChange::Set { id, fields } => plan::set(ws, assessment, &id, &fields)
            .map(|(a, _)| d::plan_saved(lang, &a.id, status(&a))),
        PlanChange::Add(req) => plan::add(ws, assessment, &req)
            .map(|a| d::plan_added(lang, &a.id, &a.teams.join(" + "))),
        PlanChange::Remove { id } => {
            plan::remove(ws, assessment, &id).map(|a| d::plan_removed(lang, &a.id))
        }
    }
    .map_err(|e| e.message_in(fr).to_string())?;
    let stored = plan::load(ws, assessment).map_err(|e| e.message_in(fr).to_string())?;
    Ok((stored, done))
}

/// A refused request in its own words, a store failure reason first, in `lang`.
fn failure(f: &Failure, lang: Lang) -> String {
    match f {
        Failure::Refused(e) => e.message_in(lang == Lang::Fr).to_string(),
        Failure::Store(e) => describe_in(lang, e),
    }
}

/// Writes the report through the same use case as the `report` command. An existing file is
/// reported apart, so the dashboard can ask before replacing it.
/// What the export prompt asked besides the path.
struct ExportChoices {
    short_term: usize,
    title: Option<String>,
    author: Option<String>,
    anonymous: bool,
}

/// `~/reports/x.pdf` as the shell would have it: `~` is the home directory. Other paths, and
/// a `~` with no home known, are left as typed.
fn expand_home(path: &str) -> String {
    let home = || std::env::var("HOME").ok().filter(|h| !h.is_empty());
    if path == "~" {
        return home().unwrap_or_else(|| path.to_string());
    }
    match (path.strip_prefix("~/"), home()) {
        (Some(rest), Some(home)) => format!("{}/{rest}", home.trim_end_matches('/')),
        _ => path.to_string(),
    }
}

fn export(
    ws: &Workspace,
    lang: Lang,
    assessment: &str,
    teams: &[String],
    path: &str,
    force: bool,
    choices: ExportChoices,
) -> ExportOutcome {
    let output = std::path::Path::new(path);
    if output.exists() && !output.is_dir() && !force {
        return ExportOutcome::Exists;
    }
    let request = ReportRequest {
        name: assessment,
        teams,
        output,
        format: None,
        force,
        title: choices.title,
        author: choices.author,
        short_term: choices.short_term,
        // The dashboard has no way to ask; unreadable files stop the export with the error.
        skip_unreadable: false,
        // The questionnaire's language decides, as it does for `report` without `--lang`.
        lang: None,
        anonymous: choices.anonymous,
        presentation: crate::app::report::Presentation::default(),
    };
    match write(ws, &request) {
        Ok(written) => {
            // The full path: "./report.pdf" says little about where the file went.
            let shown = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
            ExportOutcome::Written(written.short(&shown.display().to_string()))
        }
        Err(e) => ExportOutcome::Failed(e.message_in(lang == Lang::Fr).to_string()),
    }
}

/// Every assessment in the store; a store that cannot be listed at all shows as one error entry.
pub fn list(ws: &Workspace) -> Vec<Result<Loaded, String>> {
    match ws.list() {
        Ok(all) => all
            .into_iter()
            .map(|e| e.map_err(|e| describe(&e)))
            .collect(),
        Err(e) => vec![Err(describe(&e))],
    }
}

#[cfg(test)]
mod tests {
    use super::expand_home;

    /// The note left when the terminal went away is in the screen's language, all of it.
    #[test]
    fn the_closing_note_is_in_the_screen_s_language() {
        use super::{Lang, Wording, closing_note};
        let why = Wording::new("the terminal was closed", "le terminal a été fermé");
        assert_eq!(
            closing_note(Lang::En, &why),
            "note: the terminal was closed; every answer is saved"
        );
        assert_eq!(
            closing_note(Lang::Fr, &why),
            "note\u{202f}: le terminal a été fermé\u{202f}; chaque réponse est enregistrée"
        );
        let e = std::io::Error::other("EIO");
        let fr = closing_note(Lang::Fr, &crate::tui::events::cannot_read(&e));
        assert_eq!(
            fr,
            "note\u{202f}: impossible de lire le terminal\u{202f}: EIO\u{202f}; chaque réponse est enregistrée"
        );
    }

    #[test]
    fn a_tilde_is_the_home_directory() {
        match std::env::var("HOME").ok().filter(|h| !h.is_empty()) {
            Some(home) => {
                let home = home.trim_end_matches('/').to_string();
                assert_eq!(expand_home("~/r/x.pdf"), format!("{home}/r/x.pdf"));
            }
            None => assert_eq!(expand_home("~/r/x.pdf"), "~/r/x.pdf"),
        }
        assert_eq!(expand_home("./x~y.pdf"), "./x~y.pdf");
        assert_eq!(expand_home("~bob/x.pdf"), "~bob/x.pdf");
    }
}
