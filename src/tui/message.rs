//! What happens to the TUI (`Msg`) and what it asks the outside world to do (`Effect`).
//! `update` turns messages into state changes and effects; the event loop carries the effects out
//! against the store and reports back with more messages. Keeping disk access out of `update`
//! lets every key be tested without a terminal or a data directory.

use crate::app::room::{Accept, Accepted, Opened};
use crate::app::{Loaded, Saved};
use crate::domain::room::{RoomChange, TeamRoom};
use crate::domain::{Assessment, ResponseSheet, Role};
use ratatui::crossterm::event::KeyEvent;

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// Left mouse button pressed at a screen cell.
    Click {
        column: u16,
        row: u16,
    },
    /// Mouse wheel; `down` scrolls towards the end.
    Wheel {
        down: bool,
    },
    Resize {
        width: u16,
        height: u16,
    },
    /// The program must end now (a signal, the terminal went away): keep what is pending (a
    /// comment being typed, answers a failed save left in memory), then quit.
    Shutdown,
    /// The store's assessments, re-read (errors as one-line messages).
    Listed(Vec<Result<Loaded, String>>),
    /// Outcome of a `SaveSheet`: the sheet as stored now and the questions another process
    /// changed meanwhile.
    Saved(Result<Saved, String>),
    /// Outcome of a `RenameRespondent` or `DeleteRespondent`: what to say, or why not.
    RespondentChanged(Result<String, String>),
    /// Outcome of a `ReloadSheet`: the respondent's sheet as stored now (`None`: none yet).
    SheetReloaded(Result<Option<ResponseSheet>, String>),
    /// Nothing happened for a tick (100 ms): time for retries.
    Tick,
    /// Outcome of a `CreateAssessment`: the stored name.
    Created(Result<String, String>),
    /// Outcome of an `AddTeam`: (assessment, team).
    TeamAdded(Result<(String, String), String>),
    /// Outcome of a `RecordFigures`: what was recorded, in a sentence, or why not.
    FiguresRecorded(Result<String, String>),
    /// Outcome of an `ExportReport`.
    Exported(ExportOutcome),
    /// Outcome of a `LoadPlan`: the assessment's plan (empty when it has none).
    PlanLoaded(Result<crate::domain::plan::Plan, String>),
    /// Outcome of a `ChangePlan`: the plan as stored now and what was done, or why not.
    PlanChanged(Result<(crate::domain::plan::Plan, String), String>),
    /// Outcome of an `AddRequest` or `RespondRequest`: what to say and every request of the
    /// assessment as stored now, or why not.
    RequestsChanged(Result<(String, Vec<crate::domain::requests::Request>), String>),
    /// Outcome of an `OpenWizard`: the assessment and the respondent's sheet if one exists.
    WizardLoaded {
        result: Result<Box<(Assessment, Option<ResponseSheet>)>, String>,
        team: String,
        respondent: String,
        role: Option<Option<Role>>,
        /// As in `OpenWizard`.
        about: Option<String>,
    },
    /// Outcome of an `OpenRoom`: what the team's room needs.
    RoomOpened(Result<Box<Opened>, String>),
    /// Outcome of an `AcceptVotes`: the voters' sheets and the room as stored now.
    VotesAccepted(Result<Box<Accepted>, String>),
    /// Outcome of a `ChangeRoom`: the team's room as stored now.
    RoomChanged(Result<TeamRoom, String>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExportOutcome {
    /// What was written, where: "Wrote /home/…/bank-demo-report.pdf (PDF, 180 KB)".
    Written(String),
    /// The file exists and `force` was not given: nothing was written.
    Exists,
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
// Effects live for one step of the loop; boxing the sheets would only add noise.
#[allow(clippy::large_enum_variant)]
pub enum Effect {
    /// Re-read every assessment (after leaving the wizard, creating or adding).
    Reload,
    /// Save what `sheet` changed since `base` (the sheet as last read or saved), right now,
    /// under the sheet's lock.
    SaveSheet {
        assessment: String,
        base: ResponseSheet,
        sheet: ResponseSheet,
    },
    /// `respondent rename`, from the picker.
    RenameRespondent {
        assessment: String,
        team: String,
        from: String,
        to: String,
        /// The language of the line that says it was done, or why not.
        lang: crate::app::i18n::Lang,
    },
    /// `respondent delete` (to the trash), from the picker, after a confirmation.
    DeleteRespondent {
        assessment: String,
        team: String,
        who: String,
        /// The language of the line that says it was done, or why not.
        lang: crate::app::i18n::Lang,
    },
    /// Re-read a respondent's sheet (the wizard, moving between questions, picks up answers
    /// other processes saved).
    ReloadSheet {
        assessment: String,
        team: String,
        respondent: String,
    },
    CreateAssessment {
        name: String,
        teams: Vec<String>,
        /// A built-in edition or a file path; `None` is the default questionnaire.
        questionnaire: Option<String>,
    },
    AddTeam {
        assessment: String,
        team: String,
    },
    /// Load an assessment and a respondent's sheet, then open the wizard. `role`: `Some` sets the
    /// respondent's role (`Some(None)`: every question), `None` keeps the stored one.
    OpenWizard {
        assessment: String,
        team: String,
        respondent: String,
        role: Option<Option<Role>>,
        /// Answering about another team: its name (the sheet is a perception sheet).
        about: Option<String>,
    },
    /// `metrics set`, from the figures form: a request the form has checked.
    RecordFigures {
        assessment: String,
        checked: crate::app::metrics::Checked,
        /// The language of the sentence that says what was recorded.
        lang: crate::app::i18n::Lang,
    },
    /// Read the assessment's action plan (the dashboard's Plans view edits it).
    LoadPlan {
        assessment: String,
    },
    /// Change the plan at once, as the `plan` commands do, then read it back.
    ChangePlan {
        assessment: String,
        change: PlanChange,
        /// The language of the sentence that says what was done.
        lang: crate::app::i18n::Lang,
    },
    /// `request add`, from the perception view.
    AddRequest {
        assessment: String,
        by: String,
        to: String,
        text: String,
        lang: crate::app::i18n::Lang,
    },
    /// `request respond`, from the perception view.
    RespondRequest {
        assessment: String,
        id: String,
        status: crate::domain::requests::Status,
        note: String,
        lang: crate::app::i18n::Lang,
    },
    /// Write the report of the compared teams, as the `report` command does. `force`: replace
    /// an existing file (asked for explicitly).
    ExportReport {
        assessment: String,
        teams: Vec<String>,
        path: String,
        force: bool,
        /// Steps in each team's short-term plan.
        short_term: usize,
        /// `--title`, `--author` (`None`: the report's defaults), `--anonymous`.
        title: Option<String>,
        author: Option<String>,
        anonymous: bool,
    },
    /// Load what the workshop room of a team needs, then show its participants screen.
    OpenRoom {
        assessment: String,
        team: String,
        /// Another team whose practices the room assesses (`None`: the team's own).
        about: Option<String>,
    },
    /// Write each vote of a question to its participant's sheet, then record it as accepted.
    AcceptVotes(Accept),
    /// One change of the room's own record (note, agreed level, parking lot, participants).
    ChangeRoom {
        assessment: String,
        team: String,
        /// As in `OpenRoom`: which of the team's rooms.
        about: Option<String>,
        change: RoomChange,
    },
}

/// One edit of the action plan from the Plans view.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanChange {
    /// Agree a roadmap step of `team` (making its action if the plan has none).
    Agree {
        team: String,
        origin: crate::domain::plan::Origin,
    },
    /// Change fields of an action (`plan set`).
    Set {
        id: String,
        fields: crate::app::plan::Fields,
    },
    /// A new action (`plan add`), joint when it has several teams.
    Add(crate::app::plan::NewAction),
    /// `plan remove`.
    Remove { id: String },
}
