//! Requirement lists: what one team asks of another ("every release comes with a rollback
//! procedure tested in pre-production"), and the other team's answer. In the e-commerce and
//! bank cases, each department wrote the list it would put on the other and heard the other's
//! reaction in a meeting; these records are that list.
//!
//! Each request has an id unique across laptops (made by `app::requests` from the time and
//! randomness), the asking team (`by`) and the receiving one (`to`), and fields that change
//! apart: the asking team's text, question and priority, its withdrawal, and the receiving
//! team's response (a status and a note). Each field carries the time it was given, so copies
//! from several laptops merge field by field with `merge::pick`, as sheets do.
//!
//! A withdrawn request stays in the list (so that collecting an older copy does not bring it
//! back) and is left out of the views.

use super::merge::{Prefer, Side, Timed, pick};
use super::names::same_name;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest request text accepted: a requirement is a sentence or two, and it is printed in a
/// table cell of the report.
pub const MAX_TEXT_CHARS: usize = 600;
/// Longest response note accepted.
pub const MAX_NOTE_CHARS: usize = 600;

/// How much the asking team cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }

    pub fn parse(text: &str) -> Option<Priority> {
        Priority::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The receiving team's answer to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not answered yet.
    #[default]
    Open,
    /// The receiving team agrees to do it.
    Accepted,
    /// To be talked over before deciding.
    Discuss,
    /// The receiving team will not do it (its note says why).
    Refused,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Open,
        Status::Accepted,
        Status::Discuss,
        Status::Refused,
    ];
    /// The answers a receiving team gives (`open` is where a request starts).
    pub const RESPONSES: [Status; 3] = [Status::Accepted, Status::Discuss, Status::Refused];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Accepted => "accepted",
            Status::Discuss => "discuss",
            Status::Refused => "refused",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One team's request to another, as stored in the assessment's `requests.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// `r-` and six letters or digits; unique across laptops.
    pub id: String,
    /// The asking team, spelled as in the assessment.
    pub by: String,
    /// The receiving team.
    pub to: String,
    pub created_at: String,
    pub text: String,
    pub text_at: String,
    /// The question the request is about, when it is about one (a question id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// When `question` was last set or cleared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_at: Option<String>,
    #[serde(default)]
    pub priority: Priority,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_at: Option<String>,
    /// The receiving team's response.
    #[serde(default)]
    pub status: Status,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the response (status and note together) was given; `None` while open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responded_at: Option<String>,
    /// When the asking team withdrew the request; `None` while it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_at: Option<String>,
}

impl Request {
    /// A new open request, made `now`.
    pub fn new(id: &str, by: &str, to: &str, text: &str, now: &str) -> Request {
        Request {
            id: id.to_string(),
            by: by.to_string(),
            to: to.to_string(),
            created_at: now.to_string(),
            text: text.to_string(),
            text_at: now.to_string(),
            question: None,
            question_at: None,
            priority: Priority::default(),
            priority_at: None,
            status: Status::Open,
            note: String::new(),
            responded_at: None,
            withdrawn_at: None,
        }
    }

    pub fn withdrawn(&self) -> bool {
        self.withdrawn_at.is_some()
    }

    /// Whether the request goes from `by` to `to` (names compared as people type them).
    pub fn between(&self, by: &str, to: &str) -> bool {
        same_name(&self.by, by) && same_name(&self.to, to)
    }

    /// Every time the request holds, for checks such as "dated in the future".
    pub fn times(&self) -> impl Iterator<Item = &str> {
        [
            Some(self.created_at.as_str()),
            Some(self.text_at.as_str()),
            self.question_at.as_deref(),
            self.priority_at.as_deref(),
            self.responded_at.as_deref(),
            self.withdrawn_at.as_deref(),
        ]
        .into_iter()
        .flatten()
    }
}

/// Whether `id` has the shape of a request id (what `new_id` makes), compared in lower case.
pub fn is_request_id(id: &str) -> bool {
    id.strip_prefix("r-")
        .is_some_and(|rest| rest.len() == ID_CHARS && rest.chars().all(|c| ID_ALPHABET.contains(c)))
}

/// Letters and digits of ids: no 0/o, 1/l/i, which read alike when said aloud or projected.
const ID_ALPHABET: &str = "23456789abcdefghjkmnpqrstuvwxyz";
const ID_CHARS: usize = 6;

/// An id from 128 bits of `seed` (the caller mixes in the time and randomness): `r-` and six
/// characters, about 30 bits, which keeps two laptops' ids apart in practice; `collect`
/// reports the rare clash rather than merging two requests into one.
pub fn new_id(seed: u128) -> String {
    let alphabet: Vec<char> = ID_ALPHABET.chars().collect();
    let base = alphabet.len() as u128;
    let mut rest = seed;
    let mut out = String::from("r-");
    for _ in 0..ID_CHARS {
        out.push(alphabet[(rest % base) as usize]);
        rest /= base;
    }
    out
}

/// Why a request's text or note was refused: a typed reason each face words in its language
/// (`app::i18n::errors::bad_text`); [`BadText::english`] is the English wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadText {
    Empty,
    TooLong { chars: usize, max: usize },
    Control,
    Layout(char),
}

impl BadText {
    /// The reason in English, `what` naming the text ("--note").
    pub fn english(&self, what: &str) -> String {
        match self {
            BadText::Empty => format!("{what} must not be empty"),
            BadText::TooLong { chars, max } => {
                format!(
                    "{what} is {chars} characters long; keep it under {max} (a sentence or two)"
                )
            }
            BadText::Control => format!("{what} must not contain control characters"),
            BadText::Layout(c) => format!(
                "{what} must not contain the invisible layout character U+{:04X}",
                u32::from(*c)
            ),
        }
    }
}

impl BadText {
    /// [`BadText::english`] in French (`what` already French; typography of `app::i18n`).
    pub fn french(&self, what: &str) -> String {
        const S: char = '\u{202f}';
        match self {
            BadText::Empty => format!("{what} ne doit pas être vide"),
            BadText::TooLong { chars, max } => {
                format!("{what} fait {chars} caractères{S}; restez sous {max} (une phrase ou deux)")
            }
            BadText::Control => format!("{what} ne doit pas contenir de caractère de contrôle"),
            BadText::Layout(c) => format!(
                "{what} ne doit pas contenir le caractère invisible de mise en page U+{:04X}",
                u32::from(*c)
            ),
        }
    }
}

/// The text of a request or note as stored: trimmed, runs of whitespace (line breaks
/// included) as one space; or why it cannot be one (empty, too long, holding control or
/// layout characters).
pub fn check_text(text: &str, max: usize) -> Result<String, BadText> {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.is_empty() {
        return Err(BadText::Empty);
    }
    let chars = joined.chars().count();
    if chars > max {
        return Err(BadText::TooLong { chars, max });
    }
    if joined.chars().any(char::is_control) {
        return Err(BadText::Control);
    }
    if let Some(c) = joined.chars().find(|&c| super::names::is_layout_control(c)) {
        return Err(BadText::Layout(c));
    }
    Ok(joined)
}

/// [`check_text`] with the reason in English, naming `what` (for files read back, whose
/// errors name the file and field).
pub fn clean_text(what: &str, text: &str, max: usize) -> Result<String, String> {
    check_text(text, max).map_err(|e| e.english(what))
}

/// What merging a collected list of requests into this laptop's did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestsMerge {
    /// Requests this laptop did not have.
    pub added: usize,
    /// Fields where the collected value replaced a different one here.
    pub updated: usize,
    /// Fields both sides gave different values: (request id, field, kept, dropped).
    pub conflicts: Vec<RequestConflict>,
    /// Collected requests whose id is already another request here (different teams or
    /// creation time): left out, never merged into the wrong one.
    pub clashes: Vec<String>,
}

impl RequestsMerge {
    pub fn changed(&self) -> bool {
        self.added > 0 || self.updated > 0
    }
}

/// A field of one request given different values on two laptops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestConflict {
    pub id: String,
    /// "text", "question", "priority", "response".
    pub field: &'static str,
    pub kept: String,
    pub dropped: String,
}

/// Merges `theirs` (collected) into `mine`, request by request and field by field by the time
/// each field was given. Collecting the same list twice changes nothing the second time.
pub fn merge_requests(
    mine: &[Request],
    theirs: &[Request],
    prefer: Prefer,
) -> (Vec<Request>, RequestsMerge) {
    let mut out: Vec<Request> = mine.to_vec();
    let mut report = RequestsMerge::default();
    for t in theirs {
        let Some(m) = out.iter_mut().find(|m| m.id.eq_ignore_ascii_case(&t.id)) else {
            out.push(t.clone());
            report.added += 1;
            continue;
        };
        if !(same_name(&m.by, &t.by) && same_name(&m.to, &t.to) && m.created_at == t.created_at) {
            report.clashes.push(t.id.clone());
            continue;
        }
        let id = m.id.clone();
        let mut field = |name: &'static str,
                         mine: (String, Option<String>),
                         theirs: (String, Option<String>)|
         -> bool {
            if mine.0 == theirs.0 {
                return false;
            }
            // A field only the collected copy has (no time here) is taken, like an answer.
            let side = if mine.1.is_none() && theirs.1.is_some() {
                Side::Theirs
            } else {
                pick(
                    &Timed {
                        value: &mine.0,
                        at: mine.1.clone(),
                    },
                    &Timed {
                        value: &theirs.0,
                        at: theirs.1.clone(),
                    },
                    prefer,
                )
            };
            if mine.1.is_some() {
                let (kept, dropped) = match side {
                    Side::Mine => (mine.0, theirs.0),
                    Side::Theirs => (theirs.0, mine.0),
                };
                report.conflicts.push(RequestConflict {
                    id: id.clone(),
                    field: name,
                    kept,
                    dropped,
                });
            }
            side == Side::Theirs
        };
        let mut updated = 0;
        if field(
            "text",
            (m.text.clone(), Some(m.text_at.clone())),
            (t.text.clone(), Some(t.text_at.clone())),
        ) {
            m.text.clone_from(&t.text);
            m.text_at.clone_from(&t.text_at);
            updated += 1;
        }
        if field(
            "question",
            (
                m.question.clone().unwrap_or_default(),
                m.question_at.clone(),
            ),
            (
                t.question.clone().unwrap_or_default(),
                t.question_at.clone(),
            ),
        ) {
            m.question.clone_from(&t.question);
            m.question_at.clone_from(&t.question_at);
            updated += 1;
        }
        if field(
            "priority",
            (m.priority.to_string(), m.priority_at.clone()),
            (t.priority.to_string(), t.priority_at.clone()),
        ) {
            m.priority = t.priority;
            m.priority_at.clone_from(&t.priority_at);
            updated += 1;
        }
        let response = |r: &Request| {
            if r.note.is_empty() {
                r.status.to_string()
            } else {
                format!("{} «{}»", r.status, r.note)
            }
        };
        if field(
            "response",
            (response(m), m.responded_at.clone()),
            (response(t), t.responded_at.clone()),
        ) {
            m.status = t.status;
            m.note.clone_from(&t.note);
            m.responded_at.clone_from(&t.responded_at);
            updated += 1;
        }
        // Withdrawing is for good: whichever copy was withdrawn, the request is.
        if m.withdrawn_at.is_none() && t.withdrawn_at.is_some() {
            m.withdrawn_at.clone_from(&t.withdrawn_at);
            updated += 1;
        }
        report.updated += updated;
    }
    sort(&mut out);
    (out, report)
}

/// The order requests are stored and listed in: by creation, then id.
pub fn sort(requests: &mut [Request]) {
    requests.sort_by(|a, b| (&a.created_at, &a.id).cmp(&(&b.created_at, &b.id)));
}

/// The standing requests from `by` to `to`, in stored order.
pub fn standing<'r>(requests: &'r [Request], by: &str, to: &str) -> Vec<&'r Request> {
    requests
        .iter()
        .filter(|r| !r.withdrawn() && r.between(by, to))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const T1: &str = "2026-11-01T09:00:00.000Z";
    const T2: &str = "2026-11-01T10:00:00.000Z";

    fn request() -> Request {
        Request::new("r-abc234", "Ops", "Dev", "Rollback tested", T1)
    }

    #[test]
    fn ids_have_one_shape_and_differ_with_the_seed() {
        let a = new_id(1);
        let b = new_id(2);
        assert!(is_request_id(&a) && is_request_id(&b), "{a} {b}");
        assert_ne!(a, b);
        assert!(!is_request_id("r-abc"));
        assert!(!is_request_id("r-abc10l"), "0, 1 and l are not id letters");
        assert!(!is_request_id("x-abc234"));
    }

    #[test]
    fn texts_are_trimmed_joined_and_refused_when_empty_or_hostile() {
        assert_eq!(
            clean_text("the request", "  Every release\n  has a rollback ", 100).unwrap(),
            "Every release has a rollback"
        );
        assert!(clean_text("the request", " \n ", 100).is_err());
        assert!(clean_text("the request", &"a".repeat(101), 100).is_err());
        assert!(clean_text("the request", "a\u{7}b", 100).is_err());
        assert!(clean_text("the request", "a\u{202e}b", 100).is_err());
    }

    #[test]
    fn collecting_merges_field_by_field_by_time_and_is_idempotent() {
        let mine = vec![request()];
        let mut edited = request();
        edited.text = "Rollback tested in pre-production".into();
        edited.text_at = T2.into();
        let mut answered = request();
        answered.status = Status::Accepted;
        answered.note = "from the next release".into();
        answered.responded_at = Some(T2.into());
        // The text edited on one laptop, the response given on another: both are kept.
        let (out, report) = merge_requests(&mine, &[edited.clone()], Prefer::Newer);
        let (out, second) = merge_requests(&out, &[answered], Prefer::Newer);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text, "Rollback tested in pre-production");
        assert_eq!(out[0].status, Status::Accepted);
        assert_eq!(out[0].note, "from the next release");
        assert_eq!((report.updated, second.updated), (1, 1));
        let (again, third) = merge_requests(&out, &[edited], Prefer::Newer);
        assert_eq!(again, out, "an older copy changes nothing");
        assert!(!third.changed());
        // A request only the other laptop has is added; a withdrawal sticks.
        let mut other = Request::new("r-zzz234", "Dev", "Ops", "Logs", T2);
        other.withdrawn_at = Some(T2.into());
        let (out, report) = merge_requests(&out, &[other], Prefer::Newer);
        assert_eq!((out.len(), report.added), (2, 1));
        assert!(standing(&out, "dev", "ops").is_empty());
    }

    #[test]
    fn two_requests_sharing_an_id_are_never_merged() {
        let mine = vec![request()];
        let clash = Request::new("r-abc234", "Dev", "Ops", "Something else", T2);
        let (out, report) = merge_requests(&mine, &[clash], Prefer::Newer);
        assert_eq!(out, mine);
        assert_eq!(report.clashes, ["r-abc234"]);
    }
}
