//! Keys and results for the screens around the wizard: home, forms, pickers, results.

use super::super::app::{
    AboutFind, AddTeamForm, App, FORM_NAME, FORM_QUESTIONNAIRE, FORM_TEAMS, NewAssessmentForm,
    PickerAction, RespondentPicker, ResultsScreen, RolePicker, Screen,
};
use super::super::filter::{FilterKey, Picked, TeamFilter, pick_key};
use super::super::input::TextInput;
use super::super::keymap::{self, Action};
use super::super::layout::{home_lines, home_list_area, home_offset, results_rows};
use super::super::message::Effect;
use super::super::wizard::{Origin, ROLE_CHOICES, Wizard};
use super::wizard::keep_highlight_visible;
use crate::app::Loaded;
use crate::app::answers::{RespondentMatch, match_respondent};
use crate::app::assessments::{Field, check_assessment_name, check_new_team, check_teams};
use crate::domain::{Assessment, ResponseSheet, Role};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

pub fn listed(app: &mut App, entries: Vec<Result<Loaded, String>>) {
    let previous = app
        .selected_team()
        .map(|(l, t)| (l.assessment.name.clone(), t.to_string()));
    app.entries = entries;
    let wanted = app.select_after_reload.take().or(previous);
    let rows = app.team_rows();
    let found = wanted.and_then(|(a, t)| {
        rows.iter().position(|&(e, ti)| {
            app.entries[e]
                .as_ref()
                .is_ok_and(|l| l.assessment.name == a && l.assessment.teams[ti] == t)
        })
    });
    app.home_selected = found.unwrap_or(app.home_selected.min(rows.len().saturating_sub(1)));
}

pub fn move_selection(app: &mut App, down: bool) {
    let count = app.team_rows().len();
    if count == 0 {
        return;
    }
    app.home_selected = if down {
        (app.home_selected + 1).min(count - 1)
    } else {
        app.home_selected.saturating_sub(1)
    };
}

pub fn click(app: &mut App, row: u16) {
    let list = home_list_area(app.area());
    if row < list.y || row >= list.y + list.height {
        return;
    }
    let lines = home_lines(app);
    let offset = home_offset(app, &lines, usize::from(list.height));
    if let Some(team_row) = lines
        .get(offset + usize::from(row - list.y))
        .and_then(|l| l.team_row())
    {
        app.home_selected = team_row;
    }
}

pub fn home_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let selected = app
        .selected_team()
        .map(|(l, t)| (l.assessment.name.clone(), t.to_string()));
    match app.home_filter.key(key) {
        FilterKey::Changed => {
            // The selected team stays selected while the filter keeps it; else the first kept.
            let rows = app.team_rows();
            app.home_selected = selected
                .and_then(|(a, t)| {
                    rows.iter().position(|&(e, ti)| {
                        app.entries[e]
                            .as_ref()
                            .is_ok_and(|l| l.assessment.name == a && l.assessment.teams[ti] == t)
                    })
                })
                .unwrap_or(0);
            return Vec::new();
        }
        FilterKey::Kept => return Vec::new(),
        FilterKey::Screen if app.home_filter.typing => {
            // Typing: only the arrows are the list's (`keymap::TEAM_FILTER`).
            match keymap::action(keymap::TEAM_FILTER, &key) {
                Some(Action::HighlightUp) => move_selection(app, false),
                Some(Action::HighlightDown) => move_selection(app, true),
                _ => {}
            }
            return Vec::new();
        }
        FilterKey::Screen => {}
    }
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => move_selection(app, false),
        KeyCode::Down | KeyCode::Char('j') => move_selection(app, true),
        KeyCode::Char('n') => app.screen = Screen::NewAssessment(NewAssessmentForm::default()),
        KeyCode::Char('c') => return super::dashboard::open_from_home(app),
        KeyCode::Char('m') => super::metrics::open(app),
        KeyCode::Char('w') => return super::room::open_from_home(app),
        KeyCode::Char('?') => app.help = true,
        KeyCode::Char('q') | KeyCode::Esc => app.quit = true,
        // No team at all (not only none the filter keeps): Enter starts one.
        KeyCode::Enter if app.team_rows().is_empty() && !app.home_filter.narrows() => {
            app.screen = Screen::NewAssessment(NewAssessmentForm::default());
        }
        KeyCode::Enter | KeyCode::Char('t' | 'r') => {
            let Some((loaded, team)) = app.selected_team() else {
                return Vec::new();
            };
            let (assessment, team) = (loaded.assessment.name.clone(), team.to_string());
            app.screen = match key.code {
                KeyCode::Enter => Screen::Respondents(RespondentPicker {
                    about: None,
                    selected: usize::from(!app.respondents(&assessment, &team).is_empty()),
                    assessment,
                    team,
                    new_name: TextInput::default(),
                    error: None,
                    similar: None,
                    find: None,
                    action: None,
                }),
                KeyCode::Char('t') => Screen::AddTeam(AddTeamForm {
                    assessment,
                    team: TextInput::default(),
                    error: None,
                }),
                _ => Screen::Results(ResultsScreen {
                    assessment,
                    team,
                    scroll: 0,
                }),
            };
        }
        _ => {}
    }
    Vec::new()
}

pub fn new_assessment_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::NewAssessment(form) = &mut app.screen else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Esc => {
            app.screen = Screen::Home;
            return Vec::new();
        }
        KeyCode::Tab | KeyCode::Down => form.focus = (form.focus + 1) % form.fields.len(),
        KeyCode::BackTab | KeyCode::Up => {
            form.focus = (form.focus + form.fields.len() - 1) % form.fields.len();
        }
        KeyCode::Enter if form.focus + 1 < form.fields.len() => form.focus += 1,
        KeyCode::Enter => match validate_new(form) {
            Ok(effect) => {
                form.error = None;
                return vec![effect];
            }
            Err(e) => form.error = Some(e),
        },
        _ => {
            form.fields[form.focus].handle(key);
        }
    }
    Vec::new()
}

/// Checks the form with the rules `devops-maturity new` applies (`app::assessments`), and
/// focuses the field that is wrong.
fn validate_new(form: &mut NewAssessmentForm) -> Result<Effect, String> {
    let checked = check_assessment_name(&form.fields[FORM_NAME].value).and_then(|name| {
        let raw: Vec<String> = form.fields[FORM_TEAMS]
            .value
            .split(',')
            .filter(|t| !t.trim().is_empty())
            .map(str::to_string)
            .collect();
        Ok((name, check_teams(&raw)?))
    });
    let (name, teams) = checked.map_err(|e| {
        form.focus = match e.field {
            Field::Name => FORM_NAME,
            Field::Questionnaire => FORM_QUESTIONNAIRE,
            Field::Teams | Field::Target => FORM_TEAMS,
        };
        e.error.message
    })?;
    let questionnaire = form.fields[FORM_QUESTIONNAIRE].value.trim();
    Ok(Effect::CreateAssessment {
        name,
        teams,
        questionnaire: (!questionnaire.is_empty()).then(|| questionnaire.to_string()),
    })
}

pub fn created(app: &mut App, result: Result<String, String>) -> Vec<Effect> {
    match result {
        Ok(name) => {
            let first_team = app.pending_first_team();
            app.select_after_reload = first_team.map(|t| (name.clone(), t));
            app.screen = Screen::Home;
            let text = crate::app::i18n::screens::created_assessment(app.home_lang(), &name);
            app.info(text);
            vec![Effect::Reload]
        }
        Err(e) => {
            if let Screen::NewAssessment(form) = &mut app.screen {
                form.error = Some(e);
            } else {
                app.error(e);
            }
            Vec::new()
        }
    }
}

impl App {
    /// The first team typed in the new-assessment form, to select it once it is stored.
    fn pending_first_team(&self) -> Option<String> {
        let Screen::NewAssessment(form) = &self.screen else {
            return None;
        };
        form.fields[FORM_TEAMS]
            .value
            .split(',')
            .map(str::trim)
            .find(|t| !t.is_empty())
            .map(str::to_string)
    }
}

pub fn add_team_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let checked = match &app.screen {
        Screen::AddTeam(form) => app
            .loaded(&form.assessment)
            .map(|l| check_new_team(&l.assessment, &form.team.value)),
        _ => return Vec::new(),
    };
    let Screen::AddTeam(form) = &mut app.screen else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Esc => app.screen = Screen::Home,
        KeyCode::Enter => match checked {
            Some(Ok(team)) => {
                return vec![Effect::AddTeam {
                    assessment: form.assessment.clone(),
                    team,
                }];
            }
            Some(Err(e)) => form.error = Some(e.message),
            // The assessment went away meanwhile: the store says why when asked.
            None => {
                return vec![Effect::AddTeam {
                    assessment: form.assessment.clone(),
                    team: form.team.value.clone(),
                }];
            }
        },
        _ => {
            form.team.handle(key);
        }
    }
    Vec::new()
}

pub fn team_added(app: &mut App, result: Result<(String, String), String>) -> Vec<Effect> {
    match result {
        Ok((assessment, team)) => {
            let lang = app.home_lang();
            app.info(format!(
                "{}.",
                crate::app::i18n::cli::team_added(lang, &team, &assessment)
            ));
            app.select_after_reload = Some((assessment, team));
            app.screen = Screen::Home;
            vec![Effect::Reload]
        }
        Err(e) => {
            if let Screen::AddTeam(form) = &mut app.screen {
                form.error = Some(e);
            } else {
                app.error(e);
            }
            Vec::new()
        }
    }
}

/// Keys while the picker asks about renaming or deleting a respondent.
fn picker_action_key(
    picker: &mut RespondentPicker,
    key: KeyEvent,
    lang: crate::app::i18n::Lang,
) -> Vec<Effect> {
    match picker.action.as_mut() {
        Some(PickerAction::Rename { from, to }) => match key.code {
            KeyCode::Esc => picker.action = None,
            KeyCode::Enter => {
                let effect = Effect::RenameRespondent {
                    assessment: picker.assessment.clone(),
                    team: picker.team.clone(),
                    from: from.clone(),
                    to: to.value.clone(),
                    lang,
                };
                picker.action = None;
                return vec![effect];
            }
            _ => {
                to.handle(key);
            }
        },
        Some(PickerAction::ConfirmDelete { who }) => match key.code {
            // « o » (oui) on a French screen.
            KeyCode::Char('y' | 'Y' | 'o' | 'O') | KeyCode::Enter => {
                let effect = Effect::DeleteRespondent {
                    assessment: picker.assessment.clone(),
                    team: picker.team.clone(),
                    who: who.clone(),
                    lang,
                };
                picker.action = None;
                return vec![effect];
            }
            KeyCode::Char('n' | 'N') | KeyCode::Esc => picker.action = None,
            _ => {}
        },
        None => {}
    }
    Vec::new()
}

/// After a rename or deletion from the picker: said, and the list re-read.
pub fn respondent_changed(app: &mut App, result: Result<String, String>) -> Vec<Effect> {
    match result {
        Ok(text) => {
            if let Screen::Respondents(p) = &mut app.screen {
                p.selected = 0;
            }
            app.info(text);
            vec![Effect::Reload]
        }
        Err(e) => {
            if let Screen::Respondents(p) = &mut app.screen {
                p.error = Some(e);
            } else {
                app.error(e);
            }
            Vec::new()
        }
    }
}

pub fn respondents_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Respondents(picker) = &app.screen else {
        return Vec::new();
    };
    if picker.find.is_some() {
        about_find_key(app, key);
        return Vec::new();
    }
    let existing: Vec<(String, Option<Role>)> = app
        .picker_sheets(&picker.assessment, &picker.team, picker.about.as_deref())
        .iter()
        .map(|s| (s.respondent.clone(), s.role))
        .collect();
    // Whose practices (Tab, `/`): the team's own, then each other team of the assessment.
    let choices = app.about_choices(&picker.assessment, &picker.team);
    // The confirmation or refusal is said in the picker's language.
    let lang = app.screen_lang();
    let Screen::Respondents(picker) = &mut app.screen else {
        return Vec::new();
    };
    if picker.action.is_some() {
        return picker_action_key(picker, key, lang);
    }
    let on_new = picker.selected == 0;
    let table = if on_new {
        keymap::RESPONDENT_NEW
    } else {
        keymap::RESPONDENT_SHEET
    };
    match keymap::action(table, &key) {
        Some(Action::Rename) => {
            let (from, _) = existing[picker.selected - 1].clone();
            picker.error = None;
            picker.action = Some(PickerAction::Rename {
                to: TextInput::new(&from),
                from,
            });
        }
        Some(Action::Delete) => {
            let (who, _) = existing[picker.selected - 1].clone();
            picker.error = None;
            picker.action = Some(PickerAction::ConfirmDelete { who });
        }
        Some(Action::Back) => app.screen = Screen::Home,
        // Whose practices: the team's own, then each other team of the assessment in turn.
        Some(Action::About) => {
            let n = choices.len();
            if n > 1 {
                let at = about_position(&choices, picker.about.as_deref());
                let next = if key.code == KeyCode::Tab {
                    (at + 1) % n
                } else {
                    (at + n - 1) % n
                };
                set_about(app, &choices, next);
            }
        }
        // A name never starts with `/`: typed first, it finds the team to answer about.
        Some(Action::Filter) if picker.new_name.value.is_empty() && choices.len() > 1 => {
            picker.error = None;
            picker.find = Some(AboutFind {
                filter: TeamFilter {
                    typing: true,
                    ..TeamFilter::default()
                },
                cursor: about_position(&choices, picker.about.as_deref()),
                error: None,
            });
        }
        Some(Action::HighlightUp) => picker.selected = picker.selected.saturating_sub(1),
        Some(Action::HighlightDown) => {
            picker.selected = (picker.selected + 1).min(existing.len());
        }
        Some(Action::Start) if on_new => {
            let typed = existing.iter().map(|(r, _)| r.as_str());
            let name = match match_respondent(typed, &picker.new_name.value) {
                // The same person typed again resumes their sheet rather than starting a twin.
                Ok(RespondentMatch::Existing(same)) => {
                    return vec![open_wizard(picker, same, None)];
                }
                Ok(RespondentMatch::New(name)) => name,
                // Asked once; Enter again means "someone else".
                Ok(RespondentMatch::Similar { typed, existing })
                    if picker.similar.as_deref() == Some(existing.as_str()) =>
                {
                    typed
                }
                Ok(RespondentMatch::Similar { typed, existing }) => {
                    picker.error = Some(crate::app::i18n::screens::looks_like(
                        lang, &typed, &existing,
                    ));
                    picker.similar = Some(existing);
                    return Vec::new();
                }
                Err(e) => {
                    picker.error = Some(crate::app::i18n::errors::bad_name(
                        lang,
                        crate::app::i18n::errors::NameOf::Respondent,
                        &e,
                    ));
                    return Vec::new();
                }
            };
            let picker = picker.clone();
            app.screen = Screen::Role(RolePicker {
                assessment: picker.assessment,
                team: picker.team,
                respondent: name,
                selected: 0,
                about: picker.about,
            });
        }
        Some(Action::Start) => {
            let (name, _) = existing[picker.selected - 1].clone();
            return vec![open_wizard(picker, name, None)];
        }
        // Typing anywhere types the name of a new respondent.
        _ => {
            if picker.new_name.handle(key) {
                picker.selected = 0;
                picker.error = None;
                picker.similar = None;
            }
        }
    }
    Vec::new()
}

/// Where `about` is among the picker's `choices` (`App::about_choices`): 0, the team's own,
/// for `None` or a team no longer in the assessment.
fn about_position(choices: &[String], about: Option<&str>) -> usize {
    about
        .and_then(|a| choices.iter().skip(1).position(|c| c == a))
        .map_or(0, |p| p + 1)
}

/// The picker answers about `choices[at]` (the first: the team's own practices), on the same
/// row when it still lists one.
fn set_about(app: &mut App, choices: &[String], at: usize) {
    let Screen::Respondents(picker) = &app.screen else {
        return;
    };
    let about = (at > 0).then(|| choices[at].clone());
    // The rows of another team's sheets may be fewer: stay on one.
    let rows = app
        .picker_sheets(&picker.assessment, &picker.team, about.as_deref())
        .len();
    if let Screen::Respondents(picker) = &mut app.screen {
        picker.about = about;
        picker.selected = picker.selected.min(rows);
    }
}

/// A key in the "about which team?" finder (`/`): the dashboard's `p` keys over the picker's
/// choices; Enter answers about the team at the cursor, Esc with nothing typed goes back.
fn about_find_key(app: &mut App, key: KeyEvent) {
    let page = crate::tui::views::about_rows(app.height);
    let lang = app.screen_lang();
    let Screen::Respondents(picker) = &app.screen else {
        return;
    };
    let choices = app.about_choices(&picker.assessment, &picker.team);
    let Screen::Respondents(picker) = &mut app.screen else {
        return;
    };
    let Some(find) = &mut picker.find else {
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
            picker.find = None;
            set_about(app, &choices, at);
        }
        Picked::Cancel => picker.find = None,
        Picked::Help => app.help = true,
        Picked::Stay => {}
    }
}

// Three cases: keep the stored role (None), every question (Some(None)), one role.
#[allow(clippy::option_option)]
fn open_wizard(
    picker: &RespondentPicker,
    respondent: String,
    role: Option<Option<Role>>,
) -> Effect {
    Effect::OpenWizard {
        assessment: picker.assessment.clone(),
        team: picker.team.clone(),
        respondent,
        role,
        about: picker.about.clone(),
    }
}

pub fn role_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Screen::Role(picker) = &mut app.screen else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => picker.selected = picker.selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => {
            picker.selected = (picker.selected + 1).min(ROLE_CHOICES.len() - 1);
        }
        KeyCode::Enter => {
            return vec![Effect::OpenWizard {
                assessment: picker.assessment.clone(),
                team: picker.team.clone(),
                respondent: picker.respondent.clone(),
                role: Some(ROLE_CHOICES[picker.selected]),
                about: picker.about.clone(),
            }];
        }
        KeyCode::Esc => {
            let picker = picker.clone();
            app.screen = Screen::Respondents(RespondentPicker {
                about: picker.about.clone(),
                new_name: TextInput::new(&picker.respondent),
                assessment: picker.assessment,
                team: picker.team,
                selected: 0,
                error: None,
                similar: None,
                find: None,
                action: None,
            });
        }
        KeyCode::Char('?') => app.help = true,
        _ => {}
    }
    Vec::new()
}

// `role`: as in `open_wizard`.
#[allow(clippy::option_option)]
pub fn wizard_loaded(
    app: &mut App,
    result: Result<Box<(Assessment, Option<ResponseSheet>)>, String>,
    team: &str,
    respondent: &str,
    role: Option<Option<Role>>,
    about: Option<&str>,
) -> Vec<Effect> {
    let (assessment, sheet) = match result {
        Ok(found) => *found,
        Err(e) => {
            app.error(e);
            return Vec::new();
        }
    };
    let sheet = sheet.unwrap_or_else(|| match about {
        Some(other) => ResponseSheet::perception(team, respondent, other),
        None => ResponseSheet::new(team, respondent),
    });
    let (mut wizard, effects) = open(assessment, sheet, Origin::Home, role);
    if let Some(lang) = app.forced_lang {
        wizard.lang = lang;
    }
    app.status = None;
    app.screen = Screen::Wizard(Box::new(wizard));
    let area = app.area();
    if let Screen::Wizard(w) = &mut app.screen {
        keep_highlight_visible(w, area);
    }
    effects
}

/// Builds a wizard, applying a role given at opening; a role change is saved at once like any
/// other change to the sheet.
pub fn open(
    assessment: Assessment,
    sheet: ResponseSheet,
    origin: Origin,
    role: Option<Option<Role>>,
) -> (Wizard, Vec<Effect>) {
    let mut sheet = sheet;
    let mut effects = Vec::new();
    let base = sheet.clone();
    if let Some(role) = role.filter(|r| *r != sheet.role) {
        sheet.set_role(role);
        effects.push(Effect::SaveSheet {
            assessment: assessment.name.clone(),
            base: base.clone(),
            sheet: sheet.clone(),
        });
    }
    let mut wizard = Wizard::new(assessment, sheet, origin);
    // The base is the sheet as read: the role change above is the first save's content.
    wizard.base = base;
    (wizard, effects)
}

pub fn results_key(app: &mut App, key: KeyEvent) {
    match key.code {
        KeyCode::Esc | KeyCode::Char('q' | 'h') | KeyCode::Left => {
            app.screen = Screen::Home;
        }
        KeyCode::Down | KeyCode::Char('j') => results_scroll(app, true),
        KeyCode::Up | KeyCode::Char('k') => results_scroll(app, false),
        KeyCode::Char('?') => app.help = true,
        _ => {}
    }
}

pub fn results_scroll(app: &mut App, down: bool) {
    let rows = results_rows(app.area());
    let Screen::Results(r) = &app.screen else {
        return;
    };
    let dimensions = app.loaded(&r.assessment).map_or(0, |l| {
        l.assessment.as_asked().questionnaire.dimensions.len()
    });
    let max = dimensions.saturating_sub(rows);
    if let Screen::Results(r) = &mut app.screen {
        r.scroll = if down {
            (r.scroll + 1).min(max)
        } else {
            r.scroll.saturating_sub(1)
        };
    }
}
