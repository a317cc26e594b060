//! The action plan a workshop commits to: one per assessment (`plan.json`), a list of actions,
//! each with an id people quote ("a7f3q"), a title, where it came from (a roadmap step, a
//! synchronisation initiative, a question or nothing), the team or teams it belongs to (two or
//! more: a joint action), an owner, a due date, a horizon, a status with its dated changes, a
//! "done when" criterion and dated notes.
//!
//! Every field a person edits carries the time it was set ([`Stamped`]), so two laptops that
//! edited different fields of one action both keep theirs when `collect` merges the copies
//! ([`merge`], deciding each field with `merge::pick`, the rule of sheets); notes and status
//! changes are lists and merge by union. Removing an action leaves a tombstone (`removed_at`)
//! so an older copy collected later cannot bring it back.
//!
//! Pure: no clock and no randomness here. Callers pass `now` (a canonical stamp), `today` (an
//! ISO date) and the entropy of new ids.

use super::compare::{Comparison, Initiative, Recommendation};
use super::merge::{Prefer, Side, Timed, pick};
use super::roadmap::HORIZON_MONTHS;
use crate::error::Wording;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// Where an action stands. Any change is allowed (a done action can be reopened) and dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Suggested (by `plan propose`, or added), not agreed yet.
    Proposed,
    Agreed,
    InProgress,
    Done,
    /// Decided against; kept so `plan propose` does not suggest it again.
    Dropped,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Proposed,
        Status::Agreed,
        Status::InProgress,
        Status::Done,
        Status::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Agreed => "agreed",
            Status::InProgress => "in-progress",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }

    /// `proposed`, `agreed`, `in-progress` (also `in progress`, `in_progress`), `done`,
    /// `dropped`, in any case.
    pub fn parse(text: &str) -> Result<Status, String> {
        let key = text.trim().to_ascii_lowercase().replace([' ', '_'], "-");
        Status::ALL
            .into_iter()
            .find(|s| s.as_str() == key)
            .ok_or_else(|| {
                format!(
                    "unknown status \"{}\"; use one of {}",
                    text.trim(),
                    Status::ALL.map(Status::as_str).join(", ")
                )
            })
    }

    /// Still to do: everything but `done` and `dropped`. Open actions can be late, and are
    /// carried into the next round.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Done | Status::Dropped)
    }

    /// Agreed by the workshop (and possibly under way or finished).
    pub fn is_committed(self) -> bool {
        matches!(self, Status::Agreed | Status::InProgress | Status::Done)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The roadmap's horizons, in months: 0–3, 3–6, 6–12 (`roadmap::HORIZON_MONTHS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Horizon {
    #[serde(rename = "0-3")]
    First,
    #[serde(rename = "3-6")]
    Second,
    #[serde(rename = "6-12")]
    Third,
}

impl Horizon {
    pub const ALL: [Horizon; 3] = [Horizon::First, Horizon::Second, Horizon::Third];

    pub fn months(self) -> (u8, u8) {
        HORIZON_MONTHS[self as usize]
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Horizon::First => "0-3",
            Horizon::Second => "3-6",
            Horizon::Third => "6-12",
        }
    }

    /// The horizon starting at `from_month`.
    pub fn starting(from_month: u8) -> Option<Horizon> {
        Horizon::ALL
            .into_iter()
            .find(|h| h.months().0 == from_month)
    }

    /// `0-3`, `3-6` or `6-12` (an en dash or "months" after it are fine).
    pub fn parse(text: &str) -> Result<Horizon, String> {
        let key: String = text
            .trim()
            .trim_end_matches("months")
            .trim_end_matches("mois")
            .trim()
            .replace(['–', '—'], "-")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        Horizon::ALL
            .into_iter()
            .find(|h| h.as_str() == key)
            .ok_or_else(|| {
                format!(
                    "unknown horizon \"{}\"; use 0-3, 3-6 or 6-12 (months)",
                    text.trim()
                )
            })
    }
}

/// Where an action came from. Fixed when the action is made.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Origin {
    /// A step of a team's roadmap: question `question` from level `from` to `to`.
    Step { question: String, from: u8, to: u8 },
    /// The synchronisation initiative on dimension `dimension`.
    Initiative { dimension: String },
    /// Added by hand about a question.
    Question { question: String },
    /// Added by hand: the title says it all.
    Free,
}

impl Origin {
    /// The question the action moves, if any.
    pub fn question(&self) -> Option<&str> {
        match self {
            Origin::Step { question, .. } | Origin::Question { question } => Some(question),
            Origin::Initiative { .. } | Origin::Free => None,
        }
    }

    /// The level the action aims at on its question (a step's `to`).
    pub fn target_level(&self) -> Option<u8> {
        match self {
            Origin::Step { to, .. } => Some(*to),
            _ => None,
        }
    }
}

/// A value and when it was set (canonical RFC 3339 stamp).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stamped<T> {
    pub value: T,
    pub at: String,
}

impl<T: PartialEq> Stamped<T> {
    pub fn new(value: T, at: &str) -> Stamped<T> {
        Stamped {
            value,
            at: at.to_string(),
        }
    }

    /// Sets the value at `now`; the same value keeps its time. Returns whether it changed.
    fn set(&mut self, value: T, now: &str) -> bool {
        if self.value == value {
            return false;
        }
        self.value = value;
        now.clone_into(&mut self.at);
        true
    }

    /// Takes `theirs` when it differs and `pick` says it is newer. Returns whether it did.
    fn merge(&mut self, theirs: &Stamped<T>) -> bool
    where
        T: Clone,
    {
        if self.value == theirs.value {
            return false;
        }
        let side = pick(
            &Timed {
                value: &self.value,
                at: Some(self.at.clone()),
            },
            &Timed {
                value: &theirs.value,
                at: Some(theirs.at.clone()),
            },
            Prefer::Newer,
        );
        if side == Side::Theirs {
            self.value = theirs.value.clone();
            self.at.clone_from(&theirs.at);
            true
        } else {
            false
        }
    }
}

/// A dated note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub at: String,
    pub text: String,
}

/// A dated change of status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: Status,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Short, stable, unique across laptops ([`new_id`]).
    pub id: String,
    pub created_at: String,
    pub origin: Origin,
    /// The team, or teams of a joint action, as spelled in the assessment.
    pub teams: Vec<String>,
    pub title: Stamped<String>,
    /// Free text; empty: nobody yet.
    pub owner: Stamped<String>,
    /// ISO date (`2027-03-31`).
    pub due: Stamped<Option<String>>,
    pub horizon: Stamped<Option<Horizon>>,
    pub status: Stamped<Status>,
    /// How the room will know it is done (from the recommendation, editable).
    pub done_when: Stamped<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Every status the action had, oldest first (the first is its creation).
    pub history: Vec<StatusChange>,
    /// The round (assessment) this action was carried from, for a follow-up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<String>,
    /// Removed (`plan remove`): kept as a tombstone so a collected copy cannot bring it back,
    /// hidden everywhere else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_at: Option<String>,
}

impl Action {
    /// A new action, `proposed`, every field stamped `now`.
    pub fn new(id: String, origin: Origin, teams: Vec<String>, title: &str, now: &str) -> Action {
        Action {
            id,
            created_at: now.to_string(),
            origin,
            teams,
            title: Stamped::new(title.to_string(), now),
            owner: Stamped::new(String::new(), now),
            due: Stamped::new(None, now),
            horizon: Stamped::new(None, now),
            status: Stamped::new(Status::Proposed, now),
            done_when: Stamped::new(String::new(), now),
            notes: Vec::new(),
            history: vec![StatusChange {
                status: Status::Proposed,
                at: now.to_string(),
            }],
            carried_from: None,
            removed_at: None,
        }
    }

    pub fn status(&self) -> Status {
        self.status.value
    }

    pub fn is_joint(&self) -> bool {
        self.teams.len() > 1
    }

    pub fn is_removed(&self) -> bool {
        self.removed_at.is_some()
    }

    /// Open with a due date before `today` (ISO date): late.
    pub fn is_late(&self, today: &str) -> bool {
        self.status().is_open()
            && self
                .due
                .value
                .as_deref()
                .is_some_and(|due| due < today.get(..10).unwrap_or(today))
    }

    /// Whether the action belongs to `team` (alone or jointly).
    pub fn has_team(&self, team: &str) -> bool {
        self.teams.iter().any(|t| super::names::same_name(t, team))
    }

    /// Changes the status at `now`, recording the change. Returns whether it changed.
    pub fn set_status(&mut self, status: Status, now: &str) -> bool {
        let changed = self.status.set(status, now);
        if changed {
            self.history.push(StatusChange {
                status,
                at: now.to_string(),
            });
        }
        changed
    }

    pub fn set_title(&mut self, title: &str, now: &str) -> bool {
        self.title.set(title.to_string(), now)
    }

    pub fn set_owner(&mut self, owner: &str, now: &str) -> bool {
        self.owner.set(owner.to_string(), now)
    }

    pub fn set_due(&mut self, due: Option<String>, now: &str) -> bool {
        self.due.set(due, now)
    }

    pub fn set_horizon(&mut self, horizon: Option<Horizon>, now: &str) -> bool {
        self.horizon.set(horizon, now)
    }

    pub fn set_done_when(&mut self, done_when: &str, now: &str) -> bool {
        self.done_when.set(done_when.to_string(), now)
    }

    pub fn add_note(&mut self, text: &str, now: &str) {
        self.notes.push(Note {
            at: now.to_string(),
            text: text.to_string(),
        });
    }

    /// The key `plan propose` compares origins by: an initiative is one per dimension; a step
    /// or question is one per team.
    fn origin_key(&self) -> Option<String> {
        origin_key(&self.origin, &self.teams)
    }

    /// Merges another laptop's copy of this action into this one, field by field.
    fn merge(&mut self, theirs: &Action) -> usize {
        let mut updated = 0;
        updated += usize::from(self.title.merge(&theirs.title));
        updated += usize::from(self.owner.merge(&theirs.owner));
        updated += usize::from(self.due.merge(&theirs.due));
        updated += usize::from(self.horizon.merge(&theirs.horizon));
        updated += usize::from(self.status.merge(&theirs.status));
        updated += usize::from(self.done_when.merge(&theirs.done_when));
        for note in &theirs.notes {
            if !self.notes.contains(note) {
                self.notes.push(note.clone());
                updated += 1;
            }
        }
        self.notes.sort_by(|a, b| a.at.cmp(&b.at));
        for change in &theirs.history {
            if !self.history.contains(change) {
                self.history.push(change.clone());
            }
        }
        self.history.sort_by(|a, b| a.at.cmp(&b.at));
        if self.removed_at.is_none() && theirs.removed_at.is_some() {
            self.removed_at.clone_from(&theirs.removed_at);
            updated += 1;
        }
        if theirs.created_at < self.created_at {
            self.created_at.clone_from(&theirs.created_at);
        }
        if self.carried_from.is_none() {
            self.carried_from.clone_from(&theirs.carried_from);
        }
        updated
    }
}

fn origin_key(origin: &Origin, teams: &[String]) -> Option<String> {
    let team = || {
        teams
            .first()
            .map(|t| super::names::name_key(t))
            .unwrap_or_default()
    };
    match origin {
        Origin::Step { question, from, to } => {
            Some(format!("step {question} {from} {to} {}", team()))
        }
        Origin::Initiative { dimension } => Some(format!("initiative {dimension}")),
        Origin::Question { .. } | Origin::Free => None,
    }
}

/// An assessment's plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub actions: Vec<Action>,
}

impl Plan {
    /// The actions that are not removed, in plan order.
    pub fn live(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| !a.is_removed())
    }

    pub fn is_empty(&self) -> bool {
        self.live().next().is_none()
    }

    /// The live action `id` (any case).
    pub fn find(&self, id: &str) -> Option<&Action> {
        let id = id.trim().to_ascii_lowercase();
        self.live().find(|a| a.id == id)
    }

    pub fn find_mut(&mut self, id: &str) -> Option<&mut Action> {
        let id = id.trim().to_ascii_lowercase();
        self.actions
            .iter_mut()
            .find(|a| !a.is_removed() && a.id == id)
    }

    /// Every id in the plan, tombstones included (a new id must differ from all of them).
    pub fn ids(&self) -> HashSet<&str> {
        self.actions.iter().map(|a| a.id.as_str()).collect()
    }

    /// Whether a live action already has this origin (whatever its status, dropped included).
    pub fn has_origin(&self, origin: &Origin, teams: &[String]) -> bool {
        let Some(key) = origin_key(origin, teams) else {
            return false;
        };
        self.live().any(|a| a.origin_key().as_deref() == Some(&key))
    }

    /// The plan a follow-up round starts with: the open actions, with their ids, owners,
    /// dates and history, marked as carried from `round` (unless carried before).
    #[must_use]
    pub fn carried(&self, round: &str) -> Plan {
        Plan {
            actions: self
                .live()
                .filter(|a| a.status().is_open())
                .cloned()
                .map(|mut a| {
                    if a.carried_from.is_none() {
                        a.carried_from = Some(round.to_string());
                    }
                    a
                })
                .collect(),
        }
    }

    /// Why the stored plan cannot be read, or `None`: ids well-formed and unique, at least one
    /// team per action, due dates real dates; in both languages (the store says it of the file).
    pub fn problem(&self) -> Option<Wording> {
        const S: char = '\u{202f}';
        let mut seen = HashSet::new();
        for a in &self.actions {
            let id = &a.id;
            if !is_id(id) {
                return Some(Wording::new(
                    format!(
                        "action id \"{id}\" is not an id (3 to 12 lowercase letters and digits)"
                    ),
                    format!(
                        "l’identifiant d’action «{S}{id}{S}» n’en est pas un (3 à 12 lettres minuscules et chiffres)"
                    ),
                ));
            }
            if !seen.insert(id.as_str()) {
                return Some(Wording::new(
                    format!("action id \"{id}\" appears twice"),
                    format!("l’identifiant d’action «{S}{id}{S}» figure deux fois"),
                ));
            }
            if a.teams.is_empty() {
                return Some(Wording::new(
                    format!("action {id} has no team"),
                    format!("l’action {id} n’a aucune équipe"),
                ));
            }
            if let Some(due) = &a.due.value
                && let Err(why) = parse_date(due)
            {
                return Some(Wording::new(
                    format!("action {id}: due {why}"),
                    format!(
                        "action {id}{S}: l’échéance «{S}{}{S}» n’est pas une date{S}; donnez une date ISO comme 2027-03-31",
                        due.trim()
                    ),
                ));
            }
            if a.history.is_empty() {
                return Some(Wording::new(
                    format!("action {id} has no status history"),
                    format!("l’action {id} n’a aucun historique de statut"),
                ));
            }
        }
        None
    }

    /// Merges another laptop's plan into this one: actions this one lacks are added, the
    /// others merged field by field (the later setting wins). Merging twice changes nothing
    /// the second time.
    #[must_use]
    pub fn merge(&self, theirs: &Plan) -> (Plan, PlanMerge) {
        let mut out = self.clone();
        let mut report = PlanMerge::default();
        for action in &theirs.actions {
            if let Some(mine) = out.actions.iter_mut().find(|a| a.id == action.id) {
                report.updated += mine.merge(action);
            } else {
                out.actions.push(action.clone());
                if !action.is_removed() {
                    report.added += 1;
                }
            }
        }
        (out, report)
    }
}

/// What merging a collected plan did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanMerge {
    /// Actions this laptop did not have.
    pub added: usize,
    /// Fields (and notes) the collected copy changed.
    pub updated: usize,
}

impl PlanMerge {
    pub fn changed(&self) -> bool {
        self.added > 0 || self.updated > 0
    }
}

/// The letters of ids: digits and lowercase letters without i, l, o and u (Crockford's
/// base 32), so an id read aloud or copied by hand is not mistaken for another.
const ID_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Characters of a new id: 32⁵ ≈ 33 million ids, so two laptops adding a few hundred actions
/// offline draw the same one with a chance of about one in a thousand million.
pub const ID_LENGTH: usize = 5;

fn is_id(id: &str) -> bool {
    (3..=12).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
}

/// An id from 64 bits of entropy (the caller's: time, process and a random seed).
pub fn new_id(entropy: u64) -> String {
    let mut bits = entropy;
    let mut out = String::with_capacity(ID_LENGTH);
    for _ in 0..ID_LENGTH {
        out.push(char::from(ID_ALPHABET[(bits & 31) as usize]));
        bits >>= 5;
    }
    out
}

/// An id no action of `taken` has, drawing entropy from `draw` until one is free.
pub fn fresh_id<S: std::hash::BuildHasher>(
    taken: &HashSet<&str, S>,
    mut draw: impl FnMut() -> u64,
) -> String {
    loop {
        let id = new_id(draw());
        if !taken.contains(id.as_str()) {
            return id;
        }
    }
}

/// An ISO date (`2027-03-31`), checked against the calendar: `2027-02-30` is refused.
pub fn parse_date(text: &str) -> Result<String, String> {
    let t = text.trim();
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match time::Date::parse(t, &format) {
        Ok(date) if t.len() == 10 => Ok(date.to_string()),
        _ => Err(format!(
            "\"{t}\" is not a date; give an ISO date such as 2027-03-31"
        )),
    }
}

/// Counts of a plan's actions by status, and how many are late.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Completion {
    pub total: usize,
    pub proposed: usize,
    pub agreed: usize,
    pub in_progress: usize,
    pub done: usize,
    pub dropped: usize,
    /// Open actions past their due date.
    pub late: usize,
}

impl Completion {
    pub fn of<'a>(actions: impl IntoIterator<Item = &'a Action>, today: &str) -> Completion {
        let mut c = Completion::default();
        for a in actions {
            c.total += 1;
            match a.status() {
                Status::Proposed => c.proposed += 1,
                Status::Agreed => c.agreed += 1,
                Status::InProgress => c.in_progress += 1,
                Status::Done => c.done += 1,
                Status::Dropped => c.dropped += 1,
            }
            c.late += usize::from(a.is_late(today));
        }
        c
    }

    /// Actions the workshop agreed to (agreed, in progress or done).
    pub fn committed(&self) -> usize {
        self.agreed + self.in_progress + self.done
    }
}

/// Splits a recommendation into what to do and its "done when" criterion: "Do X; done when
/// Y." → ("Do X", "Y"); the French edition's « c’est fait quand » after its semicolon likewise.
pub fn split_done_when(text: &str) -> (String, Option<String>) {
    // Searched in the text as written, so the French spaces elsewhere in it are kept.
    const MARKERS: [&str; 4] = [
        "; done when",
        "\u{202f}; c’est fait quand",
        "\u{a0}; c’est fait quand",
        "; c’est fait quand",
    ];
    let found = MARKERS
        .iter()
        .filter_map(|m| text.find(m).map(|at| (at, m.len())))
        .min();
    match found {
        Some((at, len)) => {
            let what = text[..at].trim().to_string();
            let rest = text[at + len..]
                .trim_start_matches(',')
                .trim()
                .trim_end_matches('.')
                .trim()
                .to_string();
            (what, (!rest.is_empty()).then_some(rest))
        }
        None => (text.trim().trim_end_matches('.').to_string(), None),
    }
}

/// One action `plan propose` suggests: a roadmap step of one team, or a synchronisation
/// initiative of several.
#[derive(Debug, Clone, PartialEq)]
pub enum Proposal<'a> {
    Step {
        team: &'a str,
        horizon: Horizon,
        step: &'a Recommendation,
    },
    Initiative(&'a Initiative),
}

impl Proposal<'_> {
    pub fn origin(&self) -> Origin {
        match self {
            Proposal::Step { step, .. } => Origin::Step {
                question: step.question_id.clone(),
                from: step.from_level,
                to: step.to_level,
            },
            Proposal::Initiative(i) => Origin::Initiative {
                dimension: i.dimension_id.clone(),
            },
        }
    }

    pub fn teams(&self) -> Vec<String> {
        match self {
            Proposal::Step { team, .. } => vec![(*team).to_string()],
            Proposal::Initiative(i) => std::iter::once(i.leader.clone())
                .chain(i.followers.iter().map(|f| f.team.clone()))
                .collect(),
        }
    }
}

/// What `plan propose` suggests from a comparison, in the report's order: each team's roadmap
/// horizon by horizon, then the synchronisation initiatives; those whose origin is already in
/// `plan` (whatever their status) left out.
pub fn proposals<'a>(c: &'a Comparison, plan: &Plan) -> Vec<Proposal<'a>> {
    let mut out = Vec::new();
    for team in &c.teams {
        for h in &team.horizons {
            let Some(horizon) = Horizon::starting(h.from_month) else {
                continue;
            };
            for step in &h.steps {
                out.push(Proposal::Step {
                    team: &team.name,
                    horizon,
                    step,
                });
            }
        }
    }
    out.extend(c.synchronisation.iter().map(Proposal::Initiative));
    out.retain(|p| !plan.has_origin(&p.origin(), &p.teams()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const T1: &str = "2026-11-01T09:00:00.000Z";
    const T2: &str = "2026-11-01T10:00:00.000Z";
    const T3: &str = "2026-11-01T11:00:00.000Z";

    fn action(id: &str) -> Action {
        Action::new(
            id.to_string(),
            Origin::Step {
                question: "ci.build".into(),
                from: 1,
                to: 2,
            },
            vec!["Paris".into()],
            "Automate the build",
            T1,
        )
    }

    #[test]
    fn statuses_and_horizons_read_as_typed() {
        assert_eq!(Status::parse("In progress"), Ok(Status::InProgress));
        assert_eq!(Status::parse("DONE"), Ok(Status::Done));
        let err = Status::parse("finished").unwrap_err();
        assert!(err.contains("unknown status \"finished\""), "{err}");
        assert!(err.contains("proposed, agreed, in-progress, done, dropped"));
        assert_eq!(Horizon::parse("3–6 months"), Ok(Horizon::Second));
        assert_eq!(Horizon::parse("6-12"), Ok(Horizon::Third));
        assert!(Horizon::parse("12-24").is_err());
        assert_eq!(Horizon::First.months(), (0, 3));
        assert_eq!(
            serde_json::to_value(Horizon::Third).unwrap(),
            serde_json::json!("6-12")
        );
        assert_eq!(
            serde_json::to_value(Status::InProgress).unwrap(),
            serde_json::json!("in-progress")
        );
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert_eq!(parse_date(" 2027-03-31 "), Ok("2027-03-31".into()));
        assert_eq!(parse_date("2028-02-29"), Ok("2028-02-29".into()));
        for bad in [
            "2027-02-30",
            "2027-13-01",
            "31/03/2027",
            "2027-3-1",
            "soon",
            "",
        ] {
            let err = parse_date(bad).unwrap_err();
            assert!(err.contains("is not a date"), "{bad}: {err}");
        }
    }

    #[test]
    fn late_is_open_and_past_due() {
        let mut a = action("a7f3q");
        assert!(!a.is_late("2027-01-01"));
        a.set_due(Some("2026-12-31".into()), T2);
        assert!(a.is_late("2027-01-01"));
        assert!(a.is_late("2027-01-01T08:00:00Z"));
        assert!(!a.is_late("2026-12-31"), "due today is not late yet");
        a.set_status(Status::Done, T3);
        assert!(!a.is_late("2027-01-01"));
        assert_eq!(
            a.history.iter().map(|h| h.status).collect::<Vec<_>>(),
            [Status::Proposed, Status::Done]
        );
        // Setting the same status again records nothing.
        assert!(!a.set_status(Status::Done, "2026-11-02T00:00:00.000Z"));
        assert_eq!(a.history.len(), 2);
        assert_eq!(a.status.at, T3);
    }

    #[test]
    fn two_laptops_editing_different_fields_keep_both() {
        let base = action("a7f3q");
        let mut here = base.clone();
        here.set_owner("Claire", T2);
        let mut there = base.clone();
        there.set_due(Some("2027-03-31".into()), T2);
        there.set_status(Status::Agreed, T3);
        there.add_note("Budget approved", T3);
        let mine = Plan {
            actions: vec![here],
        };
        let theirs = Plan {
            actions: vec![there],
        };
        let (merged, report) = mine.merge(&theirs);
        let a = &merged.actions[0];
        assert_eq!(a.owner.value, "Claire");
        assert_eq!(a.due.value.as_deref(), Some("2027-03-31"));
        assert_eq!(a.status(), Status::Agreed);
        assert_eq!(a.notes.len(), 1);
        assert_eq!(a.history.len(), 2);
        assert_eq!(
            report,
            PlanMerge {
                added: 0,
                updated: 3
            }
        );
        // Both edited the owner: the later one wins, whichever side it is on.
        let mut later = theirs.clone();
        later.actions[0].set_owner("Karim", T3);
        let (merged2, _) = merged.merge(&later);
        assert_eq!(merged2.actions[0].owner.value, "Karim");
        let (back, r) = later.merge(&merged);
        assert_eq!(back.actions[0].owner.value, "Karim");
        assert_eq!(back.actions[0].owner.at, T3);
        assert!(r.updated <= 1);
        // Idempotent.
        let (again, second) = merged2.merge(&later);
        assert_eq!(again, merged2);
        assert!(!second.changed());
    }

    #[test]
    fn a_removed_action_stays_removed_and_new_ones_are_added() {
        let mut mine = Plan {
            actions: vec![action("aaaaa")],
        };
        let theirs = Plan {
            actions: vec![action("aaaaa"), action("bbbbb")],
        };
        mine.actions[0].removed_at = Some(T2.into());
        let (merged, report) = mine.merge(&theirs);
        assert_eq!(report.added, 1);
        assert!(merged.find("aaaaa").is_none());
        assert!(merged.find("BBBBB").is_some());
        let (other_way, _) = theirs.merge(&mine);
        assert!(other_way.find("aaaaa").is_none(), "the tombstone wins");
    }

    #[test]
    fn ids_are_short_from_a_safe_alphabet_and_never_taken() {
        let id = new_id(0x1234_5678_9abc_def0);
        assert_eq!(id.len(), ID_LENGTH);
        assert!(
            id.chars()
                .all(|c| c.is_ascii_digit() || (c.is_ascii_lowercase() && !"ilou".contains(c)))
        );
        let taken: HashSet<&str> = [new_id(1).leak() as &str].into_iter().collect();
        let mut draws = [1u64, 1, 2].into_iter();
        assert_eq!(fresh_id(&taken, || draws.next().unwrap()), new_id(2));
        let distinct: HashSet<String> = (0..1000u64).map(|i| new_id(i * 7919)).collect();
        assert_eq!(distinct.len(), 1000);
    }

    #[test]
    fn carried_plans_keep_the_open_actions_with_their_fields() {
        let mut done = action("ddddd");
        done.set_status(Status::Done, T2);
        let mut dropped = action("eeeee");
        dropped.set_status(Status::Dropped, T2);
        let mut open = action("fffff");
        open.set_owner("Claire", T2);
        open.set_status(Status::InProgress, T3);
        let plan = Plan {
            actions: vec![done, dropped, open.clone()],
        };
        let next = plan.carried("bank-demo");
        assert_eq!(next.actions.len(), 1);
        let a = &next.actions[0];
        assert_eq!((a.id.as_str(), a.owner.value.as_str()), ("fffff", "Claire"));
        assert_eq!(a.carried_from.as_deref(), Some("bank-demo"));
        assert_eq!(a.history, open.history);
    }

    #[test]
    fn recommendations_split_into_the_action_and_its_criterion() {
        assert_eq!(
            split_done_when("Add a unit test framework; done when every developer runs them."),
            (
                "Add a unit test framework".to_string(),
                Some("every developer runs them".to_string())
            )
        );
        assert_eq!(
            split_done_when("Ajoutez des tests\u{202f}; c’est fait quand chacun les lance."),
            (
                "Ajoutez des tests".to_string(),
                Some("chacun les lance".to_string())
            )
        );
        assert_eq!(
            split_done_when("Just do it."),
            ("Just do it".to_string(), None)
        );
    }

    #[test]
    fn the_stored_plan_is_checked() {
        let mut plan = Plan {
            actions: vec![action("aaaaa"), action("aaaaa")],
        };
        assert!(plan.problem().unwrap().en.contains("appears twice"));
        plan.actions[1].id = "Bad Id".into();
        assert!(plan.problem().unwrap().en.contains("is not an id"));
        plan.actions[1].id = "bbbbb".into();
        plan.actions[1].due.value = Some("2027-02-30".into());
        assert!(plan.problem().unwrap().en.contains("is not a date"));
        plan.actions[1].due.value = None;
        assert_eq!(plan.problem(), None);
        let json = serde_json::to_value(&plan).unwrap();
        let back: Plan = serde_json::from_value(json).unwrap();
        assert_eq!(back, plan);
    }

    #[test]
    fn proposals_follow_the_roadmap_and_skip_origins_in_the_plan() {
        use crate::app::demo::bank_demo;
        use crate::domain::{CompareOptions, compare};
        let (a, sheets) = bank_demo("bank-demo", "2026-03-12T09:30:00Z");
        let c = compare(&a, &sheets, &a.teams, &CompareOptions::default());
        let all = proposals(&c, &Plan::default());
        let steps = c
            .teams
            .iter()
            .flat_map(|t| &t.horizons)
            .map(|h| h.steps.len())
            .sum::<usize>();
        assert_eq!(all.len(), steps + c.synchronisation.len());
        assert!(!c.synchronisation.is_empty());
        // Dropping the first step keeps it out of the next proposals; the others stay.
        let first = &all[0];
        let mut dropped = Action::new("zzzzz".into(), first.origin(), first.teams(), "x", T1);
        dropped.set_status(Status::Dropped, T2);
        let plan = Plan {
            actions: vec![dropped],
        };
        let again = proposals(&c, &plan);
        assert_eq!(again.len(), all.len() - 1);
        assert!(!again.contains(first));
        // The same step for the other team is another action.
        assert!(
            again
                .iter()
                .any(|p| p.origin() == first.origin() && p.teams() != first.teams())
                || !all.iter().skip(1).any(|p| p.origin() == first.origin())
        );
    }
}
