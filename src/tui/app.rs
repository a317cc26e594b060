//! The TUI's whole state: which screen is shown, its inputs and selections, the assessments read
//! from the store, the status line. Screens are an enum so that a new one (the comparison
//! dashboard) is one variant, one view and one branch in `update`.

use super::dashboard::Dashboard;
use super::input::TextInput;
use super::room::{Room, RoomSetup};
use super::theme::Theme;
use super::wizard::Wizard;
use crate::app::Loaded;
use crate::domain::ResponseSheet;

#[derive(Debug)]
pub struct App {
    pub screen: Screen,
    pub theme: Theme,
    /// The data directory, shown on the home screen so people know where answers go.
    pub data_dir: String,
    /// Assessments as last read from the store; unreadable ones as one-line messages.
    pub entries: Vec<Result<Loaded, String>>,
    /// Index into `team_rows()`.
    pub home_selected: usize,
    /// Letters typed after `/` on the home screen: only the teams they match are listed.
    pub home_filter: super::filter::TeamFilter,
    /// Team to select once the next reload arrives: (assessment, team).
    pub select_after_reload: Option<(String, String)>,
    pub status: Option<Status>,
    /// The last save failed: shown instead of any other status until a save succeeds, since
    /// answers given meanwhile exist only in memory.
    /// Ticks counted since a save failed, to retry it every second (a busy sheet).
    pub save_retry: u32,
    pub save_error: Option<Status>,
    /// Leaving was refused once because answers are unsaved; the same key again leaves anyway.
    pub leave_armed: bool,
    /// Answers that existed only in memory were dropped: a wizard was left after a failed save.
    /// Why the save failed. The program then ends with an error, even if later saves succeed.
    pub lost: Option<String>,
    /// The key-help overlay is open.
    pub help: bool,
    /// Its first row shown, when it is taller than the screen.
    pub help_scroll: usize,
    /// Terminal size, for laying out scrolling and mouse hits the way the view draws them.
    pub width: u16,
    pub height: u16,
    pub quit: bool,
    /// `--lang`: the language of every screen, whatever the questionnaire's. `None`: screens
    /// about an assessment speak its questionnaire's language, the others the locale's.
    pub forced_lang: Option<crate::app::i18n::Lang>,
    /// The locale's language, for the screens about no assessment in particular (home).
    pub locale_lang: crate::app::i18n::Lang,
    /// The event loop's clock (time since it started), set before every message: the room's
    /// timebox and pace count with it, and `update` stays pure.
    pub now: std::time::Duration,
}

/// How a failed save starts on the status line.
pub const NOT_SAVED: &str = "NOT SAVED: ";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

#[derive(Debug)]
pub enum Screen {
    Home,
    NewAssessment(NewAssessmentForm),
    AddTeam(AddTeamForm),
    Respondents(RespondentPicker),
    Role(RolePicker),
    Wizard(Box<Wizard>),
    Results(ResultsScreen),
    Dashboard(Box<Dashboard>),
    /// A team's delivery figures (`m` on the home screen).
    Metrics(Box<super::metrics_form::MetricsForm>),
    /// The workshop room's participants screen.
    RoomSetup(Box<RoomSetup>),
    /// The workshop room: one question, the whole team votes.
    Room(Box<Room>),
}

/// Fields of the new-assessment form, in order.
pub const FORM_NAME: usize = 0;
pub const FORM_TEAMS: usize = 1;
pub const FORM_QUESTIONNAIRE: usize = 2;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewAssessmentForm {
    pub fields: [TextInput; 3],
    pub focus: usize,
    pub error: Option<String>,
    /// Shown on a first run with an empty store: the form explains what an assessment is.
    pub first_run: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AddTeamForm {
    pub assessment: String,
    pub team: TextInput,
    pub error: Option<String>,
}

/// Who is answering for a team: a new respondent (row 0) or an existing one (rows 1..).
#[derive(Debug, Clone, PartialEq)]
pub struct RespondentPicker {
    pub assessment: String,
    pub team: String,
    pub selected: usize,
    pub new_name: TextInput,
    pub error: Option<String>,
    /// The new name typed looks like this existing respondent's ("Helene" / "Hélène"): the
    /// picker asked, and a second Enter adds the new name as someone else.
    pub similar: Option<String>,
    /// Renaming or deleting the selected respondent, while it is being asked.
    pub action: Option<PickerAction>,
    /// Whose practices are assessed: `None` the team's own; another team of the assessment
    /// when the respondent answers about it (Tab cycles through them).
    pub about: Option<String>,
    /// `/`: the team to answer about, found by name (200 teams are too many to Tab through).
    pub find: Option<AboutFind>,
}

/// The "about which team?" list of the respondent picker (over `App::about_choices`) and of
/// the room's participants screen (over `RoomSetup::about_choices`), narrowed by what is
/// typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AboutFind {
    pub filter: super::filter::TeamFilter,
    /// The choice at the cursor (index into the choices).
    pub cursor: usize,
    pub error: Option<String>,
}

/// What the respondent picker is asking about an existing respondent.
#[derive(Debug, Clone, PartialEq)]
pub enum PickerAction {
    /// F2: the new name being typed.
    Rename { from: String, to: TextInput },
    /// Delete: waiting for y / Enter (or n / Esc).
    ConfirmDelete { who: String },
}

/// The role of a new respondent, chosen before the wizard opens.
#[derive(Debug, Clone, PartialEq)]
pub struct RolePicker {
    pub assessment: String,
    pub team: String,
    pub respondent: String,
    pub selected: usize,
    /// The team whose practices the respondent assesses, when not their own.
    pub about: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultsScreen {
    pub assessment: String,
    pub team: String,
    pub scroll: usize,
}

impl App {
    pub fn new(theme: Theme, data_dir: &str) -> App {
        App {
            screen: Screen::Home,
            theme,
            data_dir: data_dir.to_string(),
            entries: Vec::new(),
            home_selected: 0,
            home_filter: super::filter::TeamFilter::default(),
            select_after_reload: None,
            status: None,
            save_error: None,
            save_retry: 0,
            leave_armed: false,
            lost: None,
            help: false,
            help_scroll: 0,
            width: 80,
            height: 24,
            quit: false,
            forced_lang: None,
            locale_lang: crate::app::i18n::Lang::En,
            now: std::time::Duration::ZERO,
        }
    }

    /// The language of a screen about an assessment with this questionnaire language tag.
    pub fn lang_for(&self, language: &str) -> crate::app::i18n::Lang {
        crate::app::i18n::for_questionnaire(self.forced_lang, language)
    }

    /// The language of the screen shown: the room's or the wizard's, the dashboard's
    /// assessment's, the respondent and role pickers' and the results' assessment's, else the
    /// home screen's.
    pub fn screen_lang(&self) -> crate::app::i18n::Lang {
        match &self.screen {
            Screen::Room(r) => r.lang,
            Screen::RoomSetup(s) => s.lang,
            Screen::Wizard(w) => w.lang,
            Screen::Dashboard(d) => d.lang,
            Screen::Metrics(f) => f.lang,
            // About one team of an assessment, like the wizard they lead to (or come from).
            Screen::Respondents(RespondentPicker { assessment, .. })
            | Screen::Role(RolePicker { assessment, .. })
            | Screen::Results(ResultsScreen { assessment, .. }) => self.assessment_lang(assessment),
            _ => self.home_lang(),
        }
    }

    /// The language of a screen about the assessment `name`: `--lang`, else its
    /// questionnaire's (the rule of the wizard, the room and the dashboard); the home screen's
    /// while it is not loaded.
    pub fn assessment_lang(&self, name: &str) -> crate::app::i18n::Lang {
        self.loaded(name).map_or_else(
            || self.home_lang(),
            |l| self.lang_for(&l.assessment.questionnaire.language),
        )
    }

    /// The language of the screens about no assessment in particular.
    pub fn home_lang(&self) -> crate::app::i18n::Lang {
        self.forced_lang.unwrap_or(self.locale_lang)
    }

    /// Every (entry, team) pair the home screen lists, in display order: the teams the filter
    /// keeps.
    pub fn team_rows(&self) -> Vec<(usize, usize)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(e, entry)| entry.as_ref().ok().map(|l| (e, l)))
            .flat_map(|(e, l)| {
                l.assessment
                    .teams
                    .iter()
                    .enumerate()
                    .filter(|(_, name)| self.home_filter.keeps(name))
                    .map(move |(t, _)| (e, t))
            })
            .collect()
    }

    /// The assessment and team selected on the home screen.
    pub fn selected_team(&self) -> Option<(&Loaded, &str)> {
        let (e, t) = *self.team_rows().get(self.home_selected)?;
        let loaded = self.entries[e].as_ref().ok()?;
        Some((loaded, loaded.assessment.teams[t].as_str()))
    }

    pub fn loaded(&self, name: &str) -> Option<&Loaded> {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().ok())
            .find(|l| l.assessment.name == name)
    }

    /// Respondents of a team who already have a sheet, in store order.
    pub fn respondents(&self, assessment: &str, team: &str) -> Vec<&ResponseSheet> {
        self.loaded(assessment).map_or_else(Vec::new, |l| {
            l.sheets.iter().filter(|s| s.team == team).collect()
        })
    }

    /// Whose practices a respondent of `team` can answer about, in Tab order: `team` itself
    /// (its own practices), then each other team of the assessment in its order.
    pub fn about_choices(&self, assessment: &str, team: &str) -> Vec<String> {
        let others = self.loaded(assessment).map_or_else(Vec::new, |l| {
            l.assessment
                .teams
                .iter()
                .filter(|t| *t != team)
                .cloned()
                .collect()
        });
        std::iter::once(team.to_string()).chain(others).collect()
    }

    /// The respondent picker's rows when answering about `about` (`None`: the team's own
    /// practices): each respondent of the team with the sheet whose progress the row shows and
    /// the wizard resumes — their own, or their sheet about `about` (empty before their first
    /// answer about it, with their own role) — then those who only answered about `about`.
    pub fn picker_sheets(
        &self,
        assessment: &str,
        team: &str,
        about: Option<&str>,
    ) -> Vec<ResponseSheet> {
        let own: Vec<ResponseSheet> = self
            .respondents(assessment, team)
            .into_iter()
            .cloned()
            .collect();
        let (Some(other), Some(l)) = (about, self.loaded(assessment)) else {
            return own;
        };
        let views: Vec<&ResponseSheet> = l
            .perceptions
            .iter()
            .filter(|s| s.team == team && s.about.as_deref() == Some(other))
            .collect();
        let mut out: Vec<ResponseSheet> = own
            .iter()
            .map(|mine| {
                let mut sheet = views
                    .iter()
                    .find(|v| v.respondent == mine.respondent)
                    .map_or_else(
                        || ResponseSheet::perception(team, &mine.respondent, other),
                        |v| (*v).clone(),
                    );
                if sheet.role.is_none() {
                    sheet.role = mine.role;
                }
                sheet
            })
            .collect();
        for v in views {
            if !out.iter().any(|s| s.respondent == v.respondent) {
                out.push(v.clone());
            }
        }
        out
    }

    /// The status line's message: a failed save outranks everything else
    /// (except the question "leave anyway?", which is about that failure).
    pub fn visible_status(&self) -> Option<&Status> {
        if self.leave_armed {
            return self.status.as_ref();
        }
        self.save_error.as_ref().or(self.status.as_ref())
    }

    /// Why some answers are not on disk, when leaving now would lose them (or already did):
    /// the last save failed, or a wizard was left after one did.
    pub fn unsaved(&self) -> Option<String> {
        self.lost.clone().or_else(|| {
            self.save_error.as_ref().map(|s| {
                s.text
                    .strip_prefix(NOT_SAVED)
                    .unwrap_or(&s.text)
                    .to_string()
            })
        })
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }
}
