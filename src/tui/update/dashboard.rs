//! Keys of the comparison dashboard: views, scrolling, the drill-down, the team picker and the
//! export prompt. The comparison itself is the engine's; choosing other teams runs it again.

use super::super::app::{App, Screen};
use super::super::dashboard::{
    DashView, Dashboard, EXPORT_ANONYMOUS, ExportPrompt, Pick, RequestKind, RequestPrompt,
    TeamPicker,
};
use super::super::filter::{FilterKey, Picked, keep_selection, pick_key as pick_key_in};
use super::super::input::TextInput;
use super::super::keymap::{self, Action};
use super::super::layout::{dashboard_areas, keep_visible};
use super::super::message::{Effect, ExportOutcome};
use super::super::views::dashboard::{body, overview_turn_page, rhythm_grouped, rhythm_turn_page};
use super::super::wizard::Origin;
use crate::app::i18n::dashboard as d;
use crate::app::i18n::teams as teams_text;
use crate::domain::requests::Status;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

/// `c` on the home screen: every team of the selected assessment.
pub fn open_from_home(app: &mut App) -> Vec<Effect> {
    let Some((loaded, _)) = app.selected_team() else {
        return Vec::new();
    };
    let teams = loaded.assessment.teams.clone();
    // The figures came with the assessment (`Loaded::figures`): `update` stays pure.
    let mut dash = Dashboard::new(loaded, teams, Origin::Home)
        .with_figures(&loaded.assessment.questionnaire, loaded.figures.clone());
    let load = Effect::LoadPlan {
        assessment: loaded.assessment.name.clone(),
    };
    if let Some(lang) = app.forced_lang {
        dash.lang = lang;
    }
    app.screen = Screen::Dashboard(Box::new(dash));
    // The plan comes from the store, like every read: the Plans view shows it once loaded.
    vec![load]
}

pub fn key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Dashboard(dash) = &app.screen else {
        return Vec::new();
    };
    if dash.export.is_some() {
        return export_key(app, key);
    }
    if dash.request.is_some() {
        return request_key(app, key);
    }
    if dash.picker.is_some() {
        picker_key(app, key);
        return Vec::new();
    }
    let (height, order_len) = (body_height(app), dash.list_len());
    let (width, app_height) = (app.width, app.height);
    if let Some(effects) = super::plan::key(app, key, height) {
        return effects;
    }
    let Screen::Dashboard(dash) = &mut app.screen else {
        return Vec::new();
    };
    let listing =
        matches!(dash.view, DashView::Differences | DashView::TwoSpeed) && dash.drill.is_none();
    if dash.view == DashView::Overview
        && let Some(action) = keymap::action(keymap::OVERVIEW, &key)
    {
        let body = dashboard_areas(Rect::new(0, 0, width, app_height)).body;
        let forward = action == Action::NextPage;
        dash.overview_first = overview_turn_page(
            dash,
            usize::from(body.width),
            usize::from(body.height),
            forward,
        );
        dash.scroll = 0;
        return Vec::new();
    }
    if dash.view == DashView::Rhythm
        && let Some(action) = keymap::action(keymap::OVERVIEW, &key)
    {
        let body = dashboard_areas(Rect::new(0, 0, width, app_height)).body;
        dash.rhythm_first =
            rhythm_turn_page(dash, usize::from(body.height), action == Action::NextPage);
        dash.scroll = 0;
        return Vec::new();
    }
    match key.code {
        KeyCode::Char(c @ '1'..='7') => {
            show(dash, DashView::ALL[usize::from(c as u8 - b'1')]);
        }
        KeyCode::Tab => {
            let n = DashView::ALL.len();
            show(dash, DashView::ALL[(dash.view.index() + 1) % n]);
        }
        KeyCode::BackTab => {
            let n = DashView::ALL.len();
            show(dash, DashView::ALL[(dash.view.index() + n - 1) % n]);
        }
        KeyCode::Down | KeyCode::Char('j') if listing => {
            dash.row = (dash.row + 1).min(order_len.saturating_sub(1));
        }
        KeyCode::Up | KeyCode::Char('k') if listing => dash.row = dash.row.saturating_sub(1),
        KeyCode::PageDown if listing => {
            dash.row = (dash.row + height.max(2) - 1).min(order_len.saturating_sub(1));
        }
        KeyCode::PageUp if listing => dash.row = dash.row.saturating_sub(height.max(2) - 1),
        KeyCode::Home if listing => dash.row = 0,
        KeyCode::End if listing => dash.row = order_len.saturating_sub(1),
        KeyCode::Enter if listing && order_len > 0 => {
            dash.drill = if dash.view == DashView::TwoSpeed {
                dash.two_speed_order().get(dash.row).copied()
            } else {
                dash.difference_order().get(dash.row).copied()
            };
            dash.scroll = 0;
        }
        KeyCode::Down | KeyCode::Char('j') => dash.scroll += 1,
        KeyCode::Up | KeyCode::Char('k') => dash.scroll = dash.scroll.saturating_sub(1),
        KeyCode::PageDown | KeyCode::Char(' ') => dash.scroll += height.max(2) - 1,
        KeyCode::PageUp => dash.scroll = dash.scroll.saturating_sub(height.max(2) - 1),
        KeyCode::Home => dash.scroll = 0,
        KeyCode::End => dash.scroll = usize::MAX,
        KeyCode::Esc | KeyCode::Left | KeyCode::Char('h') | KeyCode::Backspace
            if dash.drill.is_some() =>
        {
            dash.drill = None;
        }
        KeyCode::Left | KeyCode::Right | KeyCode::Char('h' | 'l')
            if matches!(dash.view, DashView::Plans | DashView::Discuss) =>
        {
            let n = dash.teams.len();
            let forward = matches!(key.code, KeyCode::Right | KeyCode::Char('l'));
            dash.team = (dash.team + if forward { 1 } else { n - 1 }) % n;
            dash.scroll = 0;
        }
        KeyCode::Char(side @ ('a' | 'b')) if dash.several() && dash.drill.is_none() => {
            let n = dash.teams.len();
            let (mine, other) = if side == 'a' {
                (&mut dash.pair.0, dash.pair.1)
            } else {
                (&mut dash.pair.1, dash.pair.0)
            };
            // The next team that is not the other side.
            *mine = (1..n)
                .map(|step| (*mine + step) % n)
                .find(|t| *t != other)
                .unwrap_or(*mine);
            // The perception view shows the new pair; any other view goes to the differences.
            if dash.view != DashView::Perception {
                dash.view = DashView::Differences;
            }
            dash.row = 0;
            dash.scroll = 0;
        }
        KeyCode::Char(c @ ('n' | 'm' | 'r'))
            if dash.view == DashView::Perception && dash.several() =>
        {
            dash.request = request_prompt(dash, c);
            return Vec::new();
        }
        KeyCode::Char('p') if dash.several() && dash.drill.is_none() => {
            dash.picker = Some(match dash.view {
                DashView::Plans | DashView::Discuss => TeamPicker::pick(Pick::Team, dash.team),
                // The rhythm view's groups: the page of the team found.
                DashView::Rhythm if rhythm_grouped(dash) => {
                    TeamPicker::pick(Pick::Team, dash.rhythm_found.unwrap_or(0))
                }
                _ => TeamPicker::pick(Pick::First, dash.pair.0),
            });
            return Vec::new();
        }
        KeyCode::Char('t') => {
            let all = app_teams(app);
            if let Screen::Dashboard(dash) = &mut app.screen {
                dash.picker = Some(TeamPicker::new(
                    all.iter().map(|t| dash.teams.contains(t)).collect(),
                ));
            }
            return Vec::new();
        }
        KeyCode::Char('e') => {
            dash.export = Some(ExportPrompt::new(
                &dash.assessment,
                &dash.report_title,
                dash.lang,
            ));
        }
        KeyCode::Char('?') => app.help = true,
        KeyCode::Esc | KeyCode::Char('q') => {
            if dash.origin == Origin::CommandLine {
                app.quit = true;
            } else {
                app.screen = Screen::Home;
            }
            return Vec::new();
        }
        _ => {}
    }
    settle(app);
    Vec::new()
}

fn show(dash: &mut Dashboard, view: DashView) {
    dash.view = view;
    dash.drill = None;
    dash.scroll = 0;
    dash.row = 0;
}

/// Every team of the dashboard's assessment.
fn app_teams(app: &App) -> Vec<String> {
    let Screen::Dashboard(dash) = &app.screen else {
        return Vec::new();
    };
    app.loaded(&dash.assessment)
        .map(|l| l.assessment.teams.clone())
        .unwrap_or_default()
}

fn body_height(app: &App) -> usize {
    usize::from(dashboard_areas(app.area()).body.height)
}

/// Keeps the scroll position within the body and the selected row of the differences list in
/// view; called after every change and on resize.
pub fn settle(app: &mut App) {
    let area = dashboard_areas(app.area()).body;
    let theme = app.theme.clone();
    let Screen::Dashboard(dash) = &mut app.screen else {
        return;
    };
    let height = usize::from(area.height);
    let body = body(dash, &theme, usize::from(area.width), height);
    if let Some(line) = body.selected {
        dash.scroll = if dash.row == 0 {
            // The first row brings the headings back into view.
            0
        } else {
            keep_visible(dash.scroll, &(line..line + 1), height)
        };
    }
    dash.scroll = dash.scroll.min(body.lines.len().saturating_sub(height));
}

pub fn wheel(app: &mut App, down: bool) {
    let Screen::Dashboard(dash) = &mut app.screen else {
        return;
    };
    if dash.picker.is_some() || dash.export.is_some() || dash.request.is_some() {
        return;
    }
    dash.scroll = if down {
        dash.scroll + 3
    } else {
        dash.scroll.saturating_sub(3)
    };
    let selected =
        matches!(dash.view, DashView::Differences | DashView::TwoSpeed) && dash.drill.is_none();
    if selected {
        // The wheel scrolls the list; the selection stays where it was unless it left the view.
        dash.row = if down {
            dash.row + 3
        } else {
            dash.row.saturating_sub(3)
        };
        dash.row = dash.row.min(dash.list_len().saturating_sub(1));
    }
    settle(app);
}

fn picker_key(app: &mut App, key: KeyEvent) {
    let Screen::Dashboard(dash) = &app.screen else {
        return;
    };
    if dash.picker.as_ref().is_some_and(|p| p.pick.is_some()) {
        pick_key(app, key);
        settle(app);
        return;
    }
    let Some(loaded) = app.loaded(&dash.assessment) else {
        return;
    };
    let all = loaded.assessment.teams.clone();
    let page = popups_rows(app);
    let mut apply: Option<Vec<String>> = None;
    let Screen::Dashboard(dash) = &mut app.screen else {
        return;
    };
    let lang = dash.lang;
    let Some(picker) = &mut dash.picker else {
        return;
    };
    match picker.filter.key(key) {
        FilterKey::Changed => {
            // The cursor stays on its team while the filter keeps it, else goes to the first
            // team kept; with none kept it stays put, to come back when the filter widens.
            let visible = picker.visible(&all);
            if let Some(at) = keep_selection(&visible, picker.cursor) {
                picker.cursor = visible[at];
            }
            picker.error = None;
            return;
        }
        FilterKey::Kept => return,
        FilterKey::Screen => {}
    }
    let table = if picker.filter.typing {
        keymap::TEAM_FILTER
    } else {
        keymap::TEAM_PICKER
    };
    let visible = picker.visible(&all);
    let at = visible.iter().position(|&i| i == picker.cursor);
    let last = visible.len().saturating_sub(1);
    let go = |to: usize| visible.get(to.min(last)).copied();
    let moved = match keymap::action(table, &key) {
        Some(Action::HighlightUp) => at.and_then(|p| go(p.saturating_sub(1))),
        Some(Action::HighlightDown) => go(at.map_or(0, |p| p + 1)),
        Some(Action::Top) => go(0),
        Some(Action::Bottom) => go(last),
        Some(Action::PreviousPage) => at.and_then(|p| go(p.saturating_sub(page))),
        Some(Action::NextPage) => go(at.map_or(0, |p| p + page)),
        Some(Action::Tick) => {
            if let (Some(_), Some(c)) = (at, picker.chosen.get_mut(picker.cursor)) {
                *c = !*c;
            }
            picker.error = None;
            None
        }
        Some(Action::All) => {
            // All the teams listed, or none when they all are: a quick way to start from
            // scratch; with a filter, only the teams it keeps.
            let every = visible.iter().all(|&i| picker.chosen[i]);
            for &i in &visible {
                picker.chosen[i] = !every;
            }
            picker.error = None;
            None
        }
        Some(Action::Start) => {
            let teams: Vec<String> = all
                .iter()
                .zip(&picker.chosen)
                .filter(|(_, c)| **c)
                .map(|(t, _)| t.clone())
                .collect();
            if teams.is_empty() {
                picker.error = Some(teams_text::CHOOSE_ONE.get(lang).into());
            } else {
                apply = Some(teams);
            }
            None
        }
        Some(Action::Back) => {
            dash.picker = None;
            None
        }
        Some(Action::Help) => {
            app.help = true;
            None
        }
        _ => None,
    };
    if let (Some(to), Screen::Dashboard(dash)) = (moved, &mut app.screen)
        && let Some(picker) = &mut dash.picker
    {
        picker.cursor = to;
    }
    if let Some(teams) = apply {
        let n = teams.len();
        let loaded_name = dash_name(app);
        // Cloned out of `entries` so the dashboard can be borrowed mutably alongside.
        let loaded = app
            .entries
            .iter()
            .filter_map(|e| e.as_ref().ok())
            .find(|l| l.assessment.name == loaded_name);
        if let (Some(loaded), Screen::Dashboard(dash)) = (loaded, &mut app.screen) {
            dash.set_teams(loaded, teams);
        }
        app.info(teams_text::comparing(lang, n));
        settle(app);
    }
}

/// A key in the one-team pick (`p`): letters narrow the compared teams, Enter chooses.
fn pick_key(app: &mut App, key: KeyEvent) {
    let page = popups_rows(app);
    let Screen::Dashboard(dash) = &mut app.screen else {
        return;
    };
    let lang = dash.lang;
    let Some(picker) = &mut dash.picker else {
        return;
    };
    let Some(pick) = picker.pick else {
        return;
    };
    let team = match pick_key_in(
        &mut picker.filter,
        &mut picker.cursor,
        &mut picker.error,
        &dash.teams,
        page,
        key,
        lang,
    ) {
        Picked::Chosen(team) => team,
        Picked::Cancel => {
            dash.picker = None;
            return;
        }
        Picked::Help => {
            app.help = true;
            return;
        }
        Picked::Stay => return,
    };
    match pick {
        Pick::Team if dash.view == DashView::Rhythm => {
            dash.rhythm_found = Some(team);
            // Its page starts with it.
            dash.rhythm_first = dash
                .rhythm_order()
                .iter()
                .position(|&t| t == team)
                .unwrap_or(0);
            dash.scroll = 0;
            dash.picker = None;
        }
        Pick::Team => {
            dash.team = team;
            dash.scroll = 0;
            dash.picker = None;
        }
        Pick::First => {
            // The second pick starts on the pair's other team, or the next one.
            let n = dash.teams.len();
            let other = if dash.pair.1 == team {
                (team + 1) % n
            } else {
                dash.pair.1
            };
            dash.picker = Some(TeamPicker::pick(Pick::Second { first: team }, other));
        }
        Pick::Second { first } if first == team => {
            picker.error = Some(teams_text::OTHER_THAN_FIRST.get(lang).into());
        }
        Pick::Second { first } => {
            dash.pair = (first, team);
            if dash.view != DashView::Perception {
                dash.view = DashView::Differences;
            }
            dash.drill = None;
            dash.row = 0;
            dash.scroll = 0;
            dash.picker = None;
        }
    }
}

/// The name of the dashboard's assessment.
fn dash_name(app: &App) -> String {
    match &app.screen {
        Screen::Dashboard(dash) => dash.assessment.clone(),
        _ => String::new(),
    }
}

/// Team rows the picker shows at once: what Page Up and Page Down move by.
fn popups_rows(app: &App) -> usize {
    crate::tui::views::dashboard::picker_rows(app.height).max(1)
}

fn export_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Dashboard(dash) = &mut app.screen else {
        return Vec::new();
    };
    let lang = dash.lang;
    let Some(prompt) = &mut dash.export else {
        return Vec::new();
    };
    let path = prompt.path.value.trim().to_string();
    let given = |t: &TextInput| Some(t.value.trim().to_string()).filter(|v| !v.is_empty());
    let (title, author, anonymous) = (
        given(&prompt.title),
        given(&prompt.author),
        prompt.anonymous,
    );
    let write = |force: bool| Effect::ExportReport {
        assessment: dash.assessment.clone(),
        teams: dash.teams.clone(),
        path: path.clone(),
        force,
        short_term: dash.options.short_term_size,
        title: title.clone(),
        author: author.clone(),
        anonymous,
    };
    if prompt.confirm_overwrite {
        match key.code {
            // « o » (oui) on a French screen.
            KeyCode::Char('y' | 'Y' | 'o' | 'O') => {
                prompt.confirm_overwrite = false;
                return vec![write(true)];
            }
            KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                prompt.confirm_overwrite = false;
            }
            _ => {}
        }
        return Vec::new();
    }
    match key.code {
        KeyCode::Esc => dash.export = None,
        KeyCode::Enter if path.is_empty() => {
            prompt.error = Some(d::TYPE_FILE_NAME.get(lang).into());
        }
        KeyCode::Enter => return vec![write(false)],
        KeyCode::Tab | KeyCode::Down => prompt.focus = (prompt.focus + 1) % 4,
        KeyCode::BackTab | KeyCode::Up => prompt.focus = (prompt.focus + 3) % 4,
        KeyCode::Char(' ' | 'x') if prompt.focus == EXPORT_ANONYMOUS => {
            prompt.anonymous = !prompt.anonymous;
        }
        _ => {
            if let Some(field) = prompt.field_mut()
                && field.handle(key)
            {
                prompt.error = None;
            }
        }
    }
    Vec::new()
}

/// The pair of the perception view, in comparison order.
fn perception_pair(dash: &Dashboard) -> (String, String) {
    let (a, b) = (dash.pair.0.min(dash.pair.1), dash.pair.0.max(dash.pair.1));
    (dash.teams[a].clone(), dash.teams[b].clone())
}

/// `n`: a request from the first team of the pair to the second; `m`: the other way; `r`: a
/// response to one of the pair's standing requests (none: nothing opens).
fn request_prompt(dash: &Dashboard, key: char) -> Option<RequestPrompt> {
    let (a, b) = perception_pair(dash);
    let kind = match key {
        'n' => RequestKind::Add { by: a, to: b },
        'm' => RequestKind::Add { by: b, to: a },
        _ => {
            let requests: Vec<(String, String, String, String)> = dash
                .comparison
                .requests
                .iter()
                .filter(|r| !r.withdrawn() && (r.between(&a, &b) || r.between(&b, &a)))
                .map(|r| (r.id.clone(), r.by.clone(), r.to.clone(), r.text.clone()))
                .collect();
            if requests.is_empty() {
                return None;
            }
            RequestKind::Respond {
                requests,
                cursor: 0,
                status: Status::Accepted,
            }
        }
    };
    Some(RequestPrompt {
        kind,
        text: TextInput::new(""),
        error: None,
    })
}

fn request_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Dashboard(dash) = &mut app.screen else {
        return Vec::new();
    };
    let assessment = dash.assessment.clone();
    let lang = dash.lang;
    let Some(prompt) = &mut dash.request else {
        return Vec::new();
    };
    let text = prompt.text.value.trim().to_string();
    match (&mut prompt.kind, key.code) {
        (_, KeyCode::Esc) => dash.request = None,
        (RequestKind::Add { .. }, KeyCode::Enter) if text.is_empty() => {
            prompt.error = Some(d::TYPE_REQUEST.get(lang).into());
        }
        (RequestKind::Add { by, to }, KeyCode::Enter) => {
            return vec![Effect::AddRequest {
                assessment,
                by: by.clone(),
                to: to.clone(),
                text,
                lang,
            }];
        }
        (
            RequestKind::Respond {
                requests, cursor, ..
            },
            KeyCode::Up,
        ) => {
            *cursor = cursor.checked_sub(1).unwrap_or(requests.len() - 1);
        }
        (
            RequestKind::Respond {
                requests, cursor, ..
            },
            KeyCode::Down,
        ) => {
            *cursor = (*cursor + 1) % requests.len();
        }
        (RequestKind::Respond { status, .. }, KeyCode::Tab | KeyCode::BackTab) => {
            let all = Status::RESPONSES;
            let i = all.iter().position(|s| s == status).unwrap_or(0);
            let step = if key.code == KeyCode::Tab {
                1
            } else {
                all.len() - 1
            };
            *status = all[(i + step) % all.len()];
        }
        (
            RequestKind::Respond {
                requests,
                cursor,
                status,
            },
            KeyCode::Enter,
        ) => {
            return vec![Effect::RespondRequest {
                assessment,
                id: requests[*cursor].0.clone(),
                status: *status,
                note: text,
                lang,
            }];
        }
        _ => {
            if prompt.text.handle(key) {
                prompt.error = None;
            }
        }
    }
    Vec::new()
}

/// A request saved: the dashboard and the loaded assessment take the list as stored now.
pub fn requests_changed(
    app: &mut App,
    result: Result<(String, Vec<crate::domain::requests::Request>), String>,
) {
    let Screen::Dashboard(dash) = &mut app.screen else {
        return;
    };
    match result {
        Ok((text, list)) => {
            dash.request = None;
            dash.comparison.set_requests(&list);
            let name = dash.assessment.clone();
            for loaded in app.entries.iter_mut().filter_map(|e| e.as_mut().ok()) {
                if loaded.assessment.name == name {
                    loaded.requests.clone_from(&list);
                }
            }
            app.info(text);
        }
        Err(e) => {
            if let Some(prompt) = &mut dash.request {
                prompt.error = Some(e);
            }
        }
    }
    settle(app);
}

pub fn exported(app: &mut App, outcome: ExportOutcome) {
    let Screen::Dashboard(dash) = &mut app.screen else {
        if let ExportOutcome::Written(text) = outcome {
            app.info(text);
        }
        return;
    };
    match outcome {
        ExportOutcome::Written(text) => {
            dash.export = None;
            app.info(text);
        }
        ExportOutcome::Exists => {
            if let Some(prompt) = &mut dash.export {
                prompt.confirm_overwrite = true;
                prompt.error = None;
            }
        }
        ExportOutcome::Failed(e) => match &mut dash.export {
            Some(prompt) => prompt.error = Some(e),
            None => app.error(e),
        },
    }
}
