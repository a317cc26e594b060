//! The workshop room's state: who takes part and in which order (the order votes are typed
//! in), whose practices are assessed (the team's own, or another team's as it sees them), the
//! question on screen, the votes entered so far (hidden until the reveal), and what
//! the room recorded (notes, agreed levels, parking lot, progress). Pure: accepting and every
//! change of the room's record are effects the event loop carries out (`app::room`).

use super::input::{TextArea, TextInput};
use super::wizard::{Origin, QRef};
use crate::app::i18n::Lang;
use crate::app::room::Opened;
use crate::domain::room::{Participant, Tally, TeamRoom, resume_at, tally};
use crate::domain::{Answer, Assessment, Dimension, Question, ResponseSheet};
use std::time::Duration;

/// Someone in the room: who they are, and their sheet as last read or written (to show what a
/// vote replaces).
#[derive(Debug, Clone, PartialEq)]
pub struct Seat {
    pub participant: Participant,
    pub sheet: ResponseSheet,
}

/// What the room screen is doing besides showing the question.
#[derive(Debug, Clone, PartialEq)]
pub enum RoomMode {
    Main,
    /// Editing the room's note on the question.
    Note(TextArea),
    /// `=` was typed: the next digit is the agreed level (0 clears it).
    Agree,
    /// The parking lot and the questions not accepted; `selected` indexes `review_rows()`.
    /// `end`: every question was accepted, the room is at its end.
    Review {
        selected: usize,
        end: bool,
    },
    /// A participant arrives: their name (Name or Name:role).
    Latecomer {
        input: TextInput,
        error: Option<String>,
    },
    /// A participant leaves: `selected` indexes the present participants.
    Absent {
        selected: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    /// As asked: a short form's questions only.
    pub assessment: Assessment,
    pub team: String,
    /// `Some`: the team assesses this other team's practices; every sheet here is a
    /// perception sheet about it.
    pub about: Option<String>,
    pub origin: Origin,
    pub seats: Vec<Seat>,
    /// What the room recorded, as stored (or as this process changed it, before the store
    /// answered).
    pub record: TeamRoom,
    /// Every question of the assessment, in order.
    pub asked: Vec<QRef>,
    /// Index into `asked`.
    pub pos: usize,
    /// The votes on the current question, one per seat.
    pub votes: Vec<Option<Answer>>,
    /// Seats in the order their votes were typed, so Backspace takes the last one back.
    pub entered: Vec<usize>,
    pub revealed: bool,
    pub mode: RoomMode,
    /// The reveal shows counts, never names.
    pub anonymous: bool,
    /// Seconds per question, counted down in the header.
    pub timebox: Option<u64>,
    /// The event loop's clock when the current question opened.
    pub opened_at: Duration,
    /// First line of the question's levels shown (the voting screen scrolls at 80×24).
    pub scroll: usize,
    /// The sheets the votes go to as loaded (the team's own, or its sheets about `about`),
    /// for a latecomer who already answered.
    pub team_sheets: Vec<ResponseSheet>,
    /// The team's respondents as stored (`Opened::known`), to match a latecomer's name.
    pub known: Vec<ResponseSheet>,
    /// The language of the room's screens.
    pub lang: Lang,
    /// Votes were sent to be written and the store has not answered yet: keys wait.
    pub accepting: bool,
}

/// An empty sheet of `respondent` of `team`: about their own practices, or about `about`.
fn empty_sheet(team: &str, about: Option<&str>, respondent: &str) -> ResponseSheet {
    match about {
        Some(other) => ResponseSheet::perception(team, respondent, other),
        None => ResponseSheet::new(team, respondent),
    }
}

/// A row of the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewRow {
    Parked(usize),
    Open(usize),
}

impl Room {
    /// The room of `opened`'s team with `participants` in vote order, at the first question not
    /// accepted yet (or at the end review when every question is).
    pub fn new(
        opened: &Opened,
        participants: Vec<Participant>,
        origin: Origin,
        now: Duration,
        lang: Lang,
    ) -> Room {
        let assessment = opened.loaded.assessment.clone().into_asked();
        let team_sheets = opened.sheets();
        let about = opened.about.clone();
        let seats = participants
            .into_iter()
            .map(|participant| {
                let sheet = team_sheets
                    .iter()
                    .find(|s| s.respondent == participant.name)
                    .cloned()
                    .unwrap_or_else(|| {
                        empty_sheet(&opened.team, about.as_deref(), &participant.name)
                    });
                Seat { participant, sheet }
            })
            .collect();
        let asked = assessment
            .questionnaire
            .dimensions
            .iter()
            .enumerate()
            .flat_map(|(d, dim)| {
                (0..dim.questions.len()).map(move |q| QRef {
                    dim: d,
                    question: q,
                })
            })
            .collect();
        let mut room = Room {
            assessment,
            team: opened.team.clone(),
            about,
            origin,
            seats,
            record: opened.record(),
            asked,
            pos: 0,
            votes: Vec::new(),
            entered: Vec::new(),
            revealed: false,
            mode: RoomMode::Main,
            anonymous: false,
            timebox: None,
            opened_at: now,
            scroll: 0,
            team_sheets,
            known: opened.known(),
            lang,
            accepting: false,
        };
        if let Some(pos) = room.resume_from(0) {
            room.go_to(pos, now);
        } else {
            room.go_to(0, now);
            room.mode = RoomMode::Review {
                selected: 0,
                end: true,
            };
        }
        room
    }

    /// An empty sheet of a participant who has none yet: their own, or about `about`.
    pub fn empty_sheet(&self, respondent: &str) -> ResponseSheet {
        empty_sheet(&self.team, self.about.as_deref(), respondent)
    }

    pub fn participants(&self) -> Vec<Participant> {
        self.seats.iter().map(|s| s.participant.clone()).collect()
    }

    pub fn level_count(&self) -> u8 {
        self.assessment.questionnaire.level_count()
    }

    pub fn get(&self, r: QRef) -> (&Dimension, &Question) {
        let dim = &self.assessment.questionnaire.dimensions[r.dim];
        (dim, &dim.questions[r.question])
    }

    pub fn current(&self) -> Option<(&Dimension, &Question)> {
        self.asked.get(self.pos).map(|r| self.get(*r))
    }

    pub fn question_id(&self) -> String {
        self.current()
            .map(|(_, q)| q.id.clone())
            .unwrap_or_default()
    }

    /// Seats that vote on the current question, in vote order.
    pub fn voters(&self) -> Vec<usize> {
        let Some((_, q)) = self.current() else {
            return Vec::new();
        };
        (0..self.seats.len())
            .filter(|&i| self.seats[i].participant.votes_on(q))
            .collect()
    }

    /// The seat whose vote is typed next, in participant order.
    pub fn next_voter(&self) -> Option<usize> {
        self.voters().into_iter().find(|&i| self.votes[i].is_none())
    }

    pub fn all_voted(&self) -> bool {
        let voters = self.voters();
        !voters.is_empty() && voters.iter().all(|&i| self.votes[i].is_some())
    }

    /// The votes given, with their seats, in participant order.
    pub fn given(&self) -> Vec<(usize, Answer)> {
        self.voters()
            .into_iter()
            .filter_map(|i| self.votes[i].map(|a| (i, a)))
            .collect()
    }

    /// The reveal: each level with who voted it (indices into `given()`).
    pub fn tally(&self) -> Tally {
        let answers: Vec<Answer> = self.given().into_iter().map(|(_, a)| a).collect();
        tally(&answers, self.level_count())
    }

    /// Moves to a question: its votes start empty, hidden; its clock starts.
    pub fn go_to(&mut self, pos: usize, now: Duration) {
        self.pos = pos.min(self.asked.len().saturating_sub(1));
        self.votes = vec![None; self.seats.len()];
        self.entered.clear();
        self.revealed = false;
        self.opened_at = now;
        self.scroll = 0;
        self.mode = RoomMode::Main;
    }

    /// Clears the votes of the current question (re-vote); its clock keeps running.
    pub fn clear_votes(&mut self) {
        self.votes = vec![None; self.seats.len()];
        self.entered.clear();
        self.revealed = false;
    }

    fn asked_questions(&self) -> Vec<&Question> {
        self.asked.iter().map(|r| self.get(*r).1).collect()
    }

    /// The first question from `from` on (then from the start) not accepted yet that a present
    /// participant votes on.
    pub fn resume_from(&self, from: usize) -> Option<usize> {
        let questions = self.asked_questions();
        let participants = self.participants();
        let later = questions.get(from..).unwrap_or(&[]);
        resume_at(later, &self.record, &participants)
            .map(|p| p + from)
            .or_else(|| resume_at(&questions, &self.record, &participants))
    }

    /// Questions accepted so far, of those asked.
    pub fn accepted_count(&self) -> usize {
        self.asked_questions()
            .iter()
            .filter(|q| self.record.accepted(&q.id))
            .count()
    }

    /// The review's rows: parked questions first, then those not accepted yet.
    pub fn review_rows(&self) -> Vec<ReviewRow> {
        let questions = self.asked_questions();
        let parked = (0..questions.len())
            .filter(|&i| self.record.parked(&questions[i].id))
            .map(ReviewRow::Parked);
        let open = (0..questions.len())
            .filter(|&i| !self.record.accepted(&questions[i].id))
            .map(ReviewRow::Open);
        parked.chain(open).collect()
    }

    /// Seconds on the current question, by the event loop's clock `now`.
    pub fn on_question(&self, now: Duration) -> u64 {
        now.saturating_sub(self.opened_at).as_secs()
    }

    /// (seconds spent on the accepted questions, how many, how many remain).
    pub fn pace(&self) -> (u64, usize, usize) {
        let questions = self.asked_questions();
        let ids: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
        let (spent, accepted) = self.record.pace(&ids);
        (spent, accepted, ids.len() - accepted)
    }

    /// The stored answer a vote of `seat` on the current question replaces, when it differs.
    pub fn replaces(&self, seat: usize) -> Option<Answer> {
        let stored = self.seats[seat].sheet.answer(&self.question_id())?;
        (self.votes[seat] != Some(stored)).then_some(stored)
    }

    /// The current question's record, if the room made one.
    pub fn here(&self) -> Option<&crate::domain::room::QuestionRoom> {
        self.record.question(&self.question_id())
    }
}

/// The participants screen before the room opens: the team's respondents to tick, names to add,
/// the timebox and whether the reveal is anonymous.
#[derive(Debug)]
pub struct RoomSetup {
    pub opened: Box<Opened>,
    pub origin: Origin,
    /// Everyone listed, in vote order; `present` is the tick.
    pub people: Vec<Participant>,
    /// 0: the new name; 1..=people: a participant; then the timebox, then anonymous.
    pub cursor: usize,
    pub name: TextInput,
    pub timebox: TextInput,
    pub anonymous: bool,
    pub error: Option<String>,
    pub lang: Lang,
    /// `/`: the team whose practices the room assesses, found by name (the respondent
    /// picker's finder: 200 teams are too many to Tab through).
    pub find: Option<super::app::AboutFind>,
}

impl RoomSetup {
    /// The room's last participants (ticked as they were; for a room about another team that
    /// never met, those of the team's own room), then the team's other respondents, not
    /// ticked.
    pub fn new(opened: Opened, origin: Origin, lang: Lang) -> RoomSetup {
        let mut last = opened.record().participants;
        if last.is_empty() && opened.about.is_some() {
            last = opened
                .rooms
                .team(&opened.team)
                .map(|r| r.participants.clone())
                .unwrap_or_default();
        }
        let mut people: Vec<Participant> = last;
        for sheet in &opened.known() {
            if !people.iter().any(|p| p.name == sheet.respondent) {
                let mut p = Participant::new(&sheet.respondent, sheet.role);
                p.present = false;
                people.push(p);
            }
        }
        RoomSetup {
            opened: Box::new(opened),
            origin,
            people,
            cursor: 0,
            name: TextInput::default(),
            timebox: TextInput::default(),
            anonymous: false,
            error: None,
            lang,
            find: None,
        }
    }

    /// Whose practices the room can assess, in Tab order: the team's own (its name first),
    /// then each other team of the assessment.
    pub fn about_choices(&self) -> Vec<String> {
        std::iter::once(self.opened.team.clone())
            .chain(self.opened.other_teams())
            .collect()
    }

    /// Where the team assessed is among `about_choices` (0: the team's own).
    pub fn about_position(&self, choices: &[String]) -> usize {
        self.opened
            .about
            .as_ref()
            .and_then(|a| choices.iter().skip(1).position(|c| c == a))
            .map_or(0, |p| p + 1)
    }

    pub fn timebox_row(&self) -> usize {
        self.people.len() + 1
    }

    pub fn anonymous_row(&self) -> usize {
        self.people.len() + 2
    }

    pub fn present(&self) -> Vec<Participant> {
        self.people.iter().filter(|p| p.present).cloned().collect()
    }
}
