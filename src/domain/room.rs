//! The workshop room: the whole team votes on one question at once on the projected screen, the
//! votes stay hidden until every present participant has voted, then the reveal shows the
//! distribution, the median and the spread, and flags the question for discussion. Accepting
//! writes each participant's vote to their own sheet (the same sheets as the wizard, so scores,
//! spreads and disagreements are unchanged); what belongs to the room itself — its notes, the
//! level it agreed on, the parking lot and its progress — is kept once per team here.
//!
//! Pure: the tally and the room's record with the time each field was given, so copies from
//! other laptops merge field by field like sheets (`merge::pick`).

use super::answers::Answer;
use super::merge::{Prefer, Side, Timed, pick};
use super::names::same_name;
use super::questionnaire::{Question, Role};
use super::scoring::{median, spread};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// From this spread of levels the reveal asks the room to discuss before accepting.
pub const DISCUSS_SPREAD: u8 = 2;

/// Someone in the room, in vote order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The respondent whose sheet receives the votes, spelled as stored.
    pub name: String,
    /// Questions meant for other roles are not theirs to vote on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Absent participants (not ticked, or marked `-`) do not vote.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub present: bool,
}

fn yes() -> bool {
    true
}

// serde's `skip_serializing_if` passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_yes(b: &bool) -> bool {
    *b
}

// Same reason as `is_yes`.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_no(b: &bool) -> bool {
    !*b
}

impl Participant {
    pub fn new(name: &str, role: Option<Role>) -> Participant {
        Participant {
            name: name.to_string(),
            role,
            present: true,
        }
    }

    /// Whether this participant votes on `question`: present, and the question is meant for
    /// their role.
    pub fn votes_on(&self, question: &Question) -> bool {
        self.present && question.applies_to(self.role)
    }
}

/// What the room recorded about one question. Each field carries the time it was given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionRoom {
    /// The room's note: the reasoning behind the consensus, the dissent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_at: Option<String>,
    /// The level the room agreed on, when it did (scores still come from the votes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed_at: Option<String>,
    /// On the parking lot: to come back to.
    #[serde(default, skip_serializing_if = "is_no")]
    pub parked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parked_at: Option<String>,
    /// When the votes were accepted, each written to its voter's sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<String>,
    /// Who voted, in vote order, when the votes were accepted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voters: Vec<String>,
    /// Seconds the room spent on the question before accepting it: the pace of the workshop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u64>,
}

impl QuestionRoom {
    pub fn accepted(&self) -> bool {
        self.accepted_at.is_some()
    }

    fn is_empty(&self) -> bool {
        *self == QuestionRoom::default()
    }
}

/// One team's room.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamRoom {
    pub team: String,
    /// `Some`: the room of `team` assessing this other team's practices (its votes go to the
    /// participants' perception sheets); kept apart from the team's own room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// The last list of participants, in vote order (offered again when the room reopens).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants_at: Option<String>,
    /// Per question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub questions: BTreeMap<String, QuestionRoom>,
}

/// Every team's room of an assessment: the body of its room file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rooms {
    #[serde(default)]
    pub teams: Vec<TeamRoom>,
}

impl Rooms {
    /// The room of `team` on its own practices (name compared as names are), if it met.
    pub fn team(&self, team: &str) -> Option<&TeamRoom> {
        self.pair(team, None)
    }

    /// The room of `team` assessing `about` (`None`: its own practices), if it met.
    pub fn pair(&self, team: &str, about: Option<&str>) -> Option<&TeamRoom> {
        self.teams.iter().find(|t| t.is(team, about))
    }

    /// The room of `team` assessing `about` (`None`: its own practices), created empty when it
    /// never met.
    pub fn pair_mut(&mut self, team: &str, about: Option<&str>) -> &mut TeamRoom {
        if let Some(i) = self.teams.iter().position(|t| t.is(team, about)) {
            &mut self.teams[i]
        } else {
            self.teams.push(TeamRoom::about(team, about));
            self.teams.last_mut().expect("just pushed")
        }
    }

    /// The room's note on a question of `team`, when it wrote one.
    pub fn note(&self, team: &str, question: &str) -> Option<&str> {
        self.team(team)?
            .questions
            .get(question)
            .map(|q| q.note.as_str())
            .filter(|n| !n.trim().is_empty())
    }
}

/// A change the room makes to its record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomChange {
    Note {
        question: String,
        text: String,
    },
    Agreed {
        question: String,
        level: Option<u8>,
    },
    Parked {
        question: String,
        parked: bool,
    },
    Participants(Vec<Participant>),
    /// The votes were written to the voters' sheets.
    Accepted {
        question: String,
        voters: Vec<String>,
        seconds: u64,
    },
}

impl TeamRoom {
    pub fn new(team: &str) -> TeamRoom {
        TeamRoom {
            team: team.to_string(),
            ..TeamRoom::default()
        }
    }

    /// The empty room of `team` assessing `about` (`None`: its own practices).
    pub fn about(team: &str, about: Option<&str>) -> TeamRoom {
        TeamRoom {
            about: about.map(str::to_string),
            ..TeamRoom::new(team)
        }
    }

    /// Whether this is the room of `team` assessing `about` (names compared as names are).
    pub fn is(&self, team: &str, about: Option<&str>) -> bool {
        same_name(&self.team, team)
            && match (self.about.as_deref(), about) {
                (None, None) => true,
                (Some(a), Some(b)) => same_name(a, b),
                _ => false,
            }
    }

    pub fn question(&self, id: &str) -> Option<&QuestionRoom> {
        self.questions.get(id)
    }

    pub fn accepted(&self, id: &str) -> bool {
        self.question(id).is_some_and(QuestionRoom::accepted)
    }

    pub fn parked(&self, id: &str) -> bool {
        self.question(id).is_some_and(|q| q.parked)
    }

    /// Applies `change`, stamped `now`. Returns whether anything changed: giving what is
    /// there already changes nothing, not even a time.
    pub fn apply(&mut self, change: &RoomChange, now: &str) -> bool {
        let at = Some(now.to_string());
        let before = self.clone();
        match change {
            RoomChange::Note { question, text } => {
                let q = self.questions.entry(question.clone()).or_default();
                let text = text.trim_end();
                if q.note != text {
                    q.note = text.to_string();
                    q.note_at = at;
                }
            }
            RoomChange::Agreed { question, level } => {
                let q = self.questions.entry(question.clone()).or_default();
                if q.agreed != *level {
                    q.agreed = *level;
                    q.agreed_at = at;
                }
            }
            RoomChange::Parked { question, parked } => {
                let q = self.questions.entry(question.clone()).or_default();
                if q.parked != *parked {
                    q.parked = *parked;
                    q.parked_at = at;
                }
            }
            RoomChange::Participants(list) => {
                if self.participants != *list {
                    self.participants.clone_from(list);
                    self.participants_at = at;
                }
            }
            RoomChange::Accepted {
                question,
                voters,
                seconds,
            } => {
                // Accepting again (after going back and voting again) replaces the record.
                let q = self.questions.entry(question.clone()).or_default();
                q.accepted_at = at;
                q.voters.clone_from(voters);
                q.seconds = Some(*seconds);
            }
        }
        self.questions.retain(|_, q| !q.is_empty());
        *self != before
    }

    /// Seconds spent on the accepted questions among `ids`, and how many they are.
    pub fn pace(&self, ids: &[&str]) -> (u64, usize) {
        ids.iter()
            .filter_map(|id| self.question(id))
            .filter(|q| q.accepted())
            .fold((0, 0), |(s, n), q| (s + q.seconds.unwrap_or(0), n + 1))
    }
}

/// Where the room resumes among `asked` (in order): the first question not accepted yet that
/// some present participant votes on. `None`: every such question is accepted.
pub fn resume_at(
    asked: &[&Question],
    room: &TeamRoom,
    participants: &[Participant],
) -> Option<usize> {
    asked
        .iter()
        .position(|q| !room.accepted(&q.id) && participants.iter().any(|p| p.votes_on(q)))
}

/// The estimate of the time left, in seconds, at the pace of the questions accepted so far:
/// `None` before the first one.
pub fn time_left(spent: u64, accepted: usize, remaining: usize) -> Option<u64> {
    (accepted > 0).then(|| spent * remaining as u64 / accepted as u64)
}

/// The votes of one question, revealed.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    /// Per level, level 1 first: who voted it (indices into the votes given).
    pub levels: Vec<Vec<usize>>,
    pub not_applicable: Vec<usize>,
    pub unknown: Vec<usize>,
    /// Median and spread of the levels (n/a and unknown left out, as in every score).
    pub median: Option<f64>,
    pub spread: Option<u8>,
    /// The room should talk before accepting: the levels are `DISCUSS_SPREAD` or more apart,
    /// or someone does not know.
    pub discuss: bool,
}

/// Tallies `votes` (one per voter, in vote order) on a scale of `levels` levels; levels
/// outside the scale are not counted.
pub fn tally(votes: &[Answer], levels: u8) -> Tally {
    let mut out = Tally {
        levels: vec![Vec::new(); usize::from(levels)],
        not_applicable: Vec::new(),
        unknown: Vec::new(),
        median: None,
        spread: None,
        discuss: false,
    };
    let mut given = Vec::new();
    for (i, vote) in votes.iter().enumerate() {
        match vote {
            Answer::Level(l) if (1..=levels).contains(l) => {
                out.levels[usize::from(*l) - 1].push(i);
                given.push(*l);
            }
            Answer::Level(_) => {}
            Answer::NotApplicable => out.not_applicable.push(i),
            Answer::Unknown => out.unknown.push(i),
        }
    }
    out.median = median(&given);
    out.spread = spread(&given);
    out.discuss = out.spread.is_some_and(|s| s >= DISCUSS_SPREAD) || !out.unknown.is_empty();
    out
}

/// One field of the record from `mine` or `theirs`, the newer winning (ties: mine).
fn newer<T: Clone>(
    mine: (&T, &Option<String>),
    theirs: (&T, &Option<String>),
) -> (T, Option<String>) {
    let m = Timed {
        value: (),
        at: mine.1.clone(),
    };
    let t = Timed {
        value: (),
        at: theirs.1.clone(),
    };
    match pick(&m, &t, Prefer::Newer) {
        Side::Mine => (mine.0.clone(), mine.1.clone()),
        Side::Theirs => (theirs.0.clone(), theirs.1.clone()),
    }
}

fn merge_question(mine: &QuestionRoom, theirs: &QuestionRoom) -> QuestionRoom {
    let (note, note_at) = newer((&mine.note, &mine.note_at), (&theirs.note, &theirs.note_at));
    let (agreed, agreed_at) = newer(
        (&mine.agreed, &mine.agreed_at),
        (&theirs.agreed, &theirs.agreed_at),
    );
    let (parked, parked_at) = newer(
        (&mine.parked, &mine.parked_at),
        (&theirs.parked, &theirs.parked_at),
    );
    // The acceptance's voters and time go together.
    let ((voters, seconds), accepted_at) = newer(
        (&(mine.voters.clone(), mine.seconds), &mine.accepted_at),
        (
            &(theirs.voters.clone(), theirs.seconds),
            &theirs.accepted_at,
        ),
    );
    QuestionRoom {
        note,
        note_at,
        agreed,
        agreed_at,
        parked,
        parked_at,
        accepted_at,
        voters,
        seconds,
    }
}

/// `theirs` (a copy from another laptop) merged into `mine`: per team, per question and per
/// field, the value given last wins. A team or question only one side has is kept.
pub fn merge(mine: &Rooms, theirs: &Rooms) -> Rooms {
    let mut out = mine.clone();
    for their_team in &theirs.teams {
        let here = out.pair_mut(&their_team.team, their_team.about.as_deref());
        let (participants, participants_at) = newer(
            (&here.participants, &here.participants_at),
            (&their_team.participants, &their_team.participants_at),
        );
        here.participants = participants;
        here.participants_at = participants_at;
        for (id, theirs_q) in &their_team.questions {
            let merged = match here.questions.get(id) {
                Some(mine_q) => merge_question(mine_q, theirs_q),
                None => theirs_q.clone(),
            };
            here.questions.insert(id.clone(), merged);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::default_questionnaire;

    #[test]
    fn the_tally_names_who_voted_what_and_flags_a_wide_spread() {
        let t = tally(&[Answer::Level(3), Answer::Level(4), Answer::Level(2)], 5);
        assert_eq!(t.levels[2], vec![0]);
        assert_eq!(t.levels[3], vec![1]);
        assert_eq!(t.levels[1], vec![2]);
        assert_eq!(t.median, Some(3.0));
        assert_eq!(t.spread, Some(2));
        assert!(t.discuss, "2 levels apart is worth a discussion");
        let close = tally(&[Answer::Level(3), Answer::Level(4)], 5);
        assert_eq!(close.median, Some(3.5));
        assert!(!close.discuss);
    }

    #[test]
    fn unknown_asks_for_a_discussion_and_na_counts_apart() {
        let t = tally(
            &[Answer::Level(3), Answer::Unknown, Answer::NotApplicable],
            5,
        );
        assert_eq!(t.unknown, vec![1]);
        assert_eq!(t.not_applicable, vec![2]);
        assert_eq!(t.median, Some(3.0));
        assert_eq!(t.spread, Some(0));
        assert!(t.discuss);
        let none = tally(&[Answer::NotApplicable], 5);
        assert_eq!(
            (none.median, none.spread, none.discuss),
            (None, None, false)
        );
    }

    #[test]
    fn changes_are_stamped_and_the_same_value_changes_nothing() {
        let mut room = TeamRoom::new("Paris");
        let note = RoomChange::Note {
            question: "ci.build".into(),
            text: "Dissent: Bob thinks 2".into(),
        };
        assert!(room.apply(&note, "2026-01-01T10:00:00.000Z"));
        assert!(!room.apply(&note, "2026-01-01T11:00:00.000Z"));
        assert_eq!(
            room.question("ci.build").unwrap().note_at.as_deref(),
            Some("2026-01-01T10:00:00.000Z")
        );
        let park = |parked| RoomChange::Parked {
            question: "ci.test".into(),
            parked,
        };
        assert!(room.apply(&park(true), "2026-01-01T10:01:00.000Z"));
        assert!(room.parked("ci.test"));
        assert!(room.apply(&park(false), "2026-01-01T10:02:00.000Z"));
        assert!(!room.parked("ci.test"));
    }

    #[test]
    fn resume_skips_accepted_questions_and_questions_nobody_present_votes_on() {
        let q = default_questionnaire();
        let asked: Vec<&Question> = q.questions().map(|(_, q)| q).collect();
        let mut room = TeamRoom::new("Paris");
        let people = vec![Participant::new("Alice", None)];
        assert_eq!(resume_at(&asked, &room, &people), Some(0));
        for id in [&asked[0].id, &asked[1].id] {
            room.apply(
                &RoomChange::Accepted {
                    question: id.clone(),
                    voters: vec!["Alice".into()],
                    seconds: 60,
                },
                "2026-01-01T10:00:00.000Z",
            );
        }
        assert_eq!(resume_at(&asked, &room, &people), Some(2));
        let mut away = people.clone();
        away[0].present = false;
        assert_eq!(resume_at(&asked, &room, &away), None);
        let ids: Vec<&str> = asked.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(room.pace(&ids), (120, 2));
        assert_eq!(time_left(120, 2, 10), Some(600));
        assert_eq!(time_left(0, 0, 10), None);
    }

    #[test]
    fn copies_merge_field_by_field_the_later_winning() {
        let mut mine = Rooms::default();
        let mut theirs = Rooms::default();
        mine.pair_mut("Paris", None).apply(
            &RoomChange::Note {
                question: "q1".into(),
                text: "mine".into(),
            },
            "2026-01-01T10:00:00.000Z",
        );
        theirs.pair_mut("paris", None).apply(
            &RoomChange::Note {
                question: "q1".into(),
                text: "theirs, later".into(),
            },
            "2026-01-01T11:00:00.000Z",
        );
        theirs.pair_mut("paris", None).apply(
            &RoomChange::Parked {
                question: "q2".into(),
                parked: true,
            },
            "2026-01-01T09:00:00.000Z",
        );
        mine.pair_mut("Paris", None).apply(
            &RoomChange::Agreed {
                question: "q1".into(),
                level: Some(3),
            },
            "2026-01-01T12:00:00.000Z",
        );
        theirs.pair_mut("Nantes", None).apply(
            &RoomChange::Participants(vec![Participant::new("Zoé", None)]),
            "2026-01-01T09:00:00.000Z",
        );
        let merged = merge(&mine, &theirs);
        let paris = merged.team("Paris").unwrap();
        assert_eq!(paris.question("q1").unwrap().note, "theirs, later");
        assert_eq!(paris.question("q1").unwrap().agreed, Some(3));
        assert!(paris.parked("q2"));
        assert_eq!(merged.team("Nantes").unwrap().participants.len(), 1);
        assert_eq!(
            merge(&merged, &theirs),
            merged,
            "merging again changes nothing"
        );
    }

    #[test]
    fn a_room_about_another_team_is_kept_and_merged_apart_from_the_teams_own() {
        let note = |text: &str| RoomChange::Note {
            question: "q1".into(),
            text: text.into(),
        };
        let mut mine = Rooms::default();
        mine.pair_mut("Ops", None)
            .apply(&note("own"), "2026-01-01T10:00:00.000Z");
        mine.pair_mut("Ops", Some("Dev"))
            .apply(&note("about Dev"), "2026-01-01T10:00:00.000Z");
        assert_eq!(mine.teams.len(), 2);
        assert_eq!(mine.note("Ops", "q1"), Some("own"));
        let about = mine.pair("ops", Some("dev")).unwrap();
        assert_eq!(about.question("q1").unwrap().note, "about Dev");
        assert!(mine.pair("Ops", Some("QA")).is_none());
        let mut theirs = Rooms::default();
        theirs
            .pair_mut("Ops", Some("Dev"))
            .apply(&note("about Dev, later"), "2026-01-01T11:00:00.000Z");
        let merged = merge(&mine, &theirs);
        assert_eq!(merged.teams.len(), 2);
        assert_eq!(merged.note("Ops", "q1"), Some("own"));
        assert_eq!(
            merged
                .pair("Ops", Some("Dev"))
                .unwrap()
                .question("q1")
                .unwrap()
                .note,
            "about Dev, later"
        );
    }
}
