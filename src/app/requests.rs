//! Requirement lists: recording what one team asks of another (`request add`, `edit`,
//! `withdraw`, the asking team's side) and the receiving team's response (`request respond`).
//! Every input is checked before the list is touched — both teams exist and differ, the text
//! is a sentence, the question exists, the id is known — so a refused request writes nothing;
//! the change itself is one locked, atomic read-change-write of `requests.json`.

use super::Workspace;
use super::answers::find_team;
use crate::app::i18n::errors::text_error;
use crate::app::i18n::{NNBSP as S, guill};
use crate::clock::now_stamp;
use crate::domain::requests::{
    MAX_NOTE_CHARS, MAX_TEXT_CHARS, Priority, Request, Status, check_text, is_request_id, new_id,
};
use crate::domain::{Assessment, names::same_name};
use crate::error::Error;

/// A new request, as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewRequest {
    pub assessment: String,
    pub by: String,
    pub to: String,
    pub text: String,
    pub question: Option<String>,
    pub priority: Option<Priority>,
}

/// A change the asking team makes to its request; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestEdit {
    pub text: Option<String>,
    /// `Some(None)`: about no question any more.
    pub question: Option<Option<String>>,
    pub priority: Option<Priority>,
}

/// The standing requests of an assessment, optionally only those by / to a team (checked).
pub fn list(
    ws: &Workspace,
    name: &str,
    by: Option<&str>,
    to: Option<&str>,
) -> Result<(Assessment, Vec<Request>), Error> {
    let assessment = ws.store().assessment(name)?;
    let by = by.map(|t| team_flag(&assessment, "--by", t)).transpose()?;
    let to = to.map(|t| team_flag(&assessment, "--to", t)).transpose()?;
    let requests = ws
        .store()
        .read_requests(&assessment.name)?
        .into_iter()
        .filter(|r| !r.withdrawn())
        .filter(|r| by.as_deref().is_none_or(|b| same_name(&r.by, b)))
        .filter(|r| to.as_deref().is_none_or(|t| same_name(&r.to, t)))
        .collect();
    Ok((assessment, requests))
}

/// Every request of an assessment as stored, withdrawn ones included (for views that keep the
/// whole list, such as the dashboard).
pub fn all(ws: &Workspace, name: &str) -> Result<Vec<Request>, Error> {
    Ok(ws.store().read_requests(name)?)
}

/// Records a new open request; returns it (with its new id).
pub fn add(ws: &Workspace, new: &NewRequest) -> Result<Request, Error> {
    let assessment = ws.store().assessment(&new.assessment)?;
    let by = team_flag(&assessment, "--by", &new.by)?;
    let to = team_flag(&assessment, "--to", &new.to)?;
    if by == to {
        return Err(Error::usage(format!(
            "--by {by} --to {to}: a team cannot ask itself; nothing was written"
        ))
        .fr(format!(
            "--by {by} --to {to}{S}: une équipe ne peut pas se demander quelque chose à elle-même{S}; rien n’a été écrit"
        )));
    }
    let text = check_text(&new.text, MAX_TEXT_CHARS)
        .map_err(|e| text_error(("the request's text", "le texte de la demande"), &e))?;
    let question = new
        .question
        .as_deref()
        .map(|q| question_id(&assessment, q))
        .transpose()?;
    let now = now_stamp();
    let mut request = Request::new("", &by, &to, &text, &now);
    if let Some(q) = question {
        request.question = Some(q);
        request.question_at = Some(now.clone());
    }
    if let Some(p) = new.priority {
        request.priority = p;
        request.priority_at = Some(now.clone());
    }
    ws.store()
        .update_requests(&assessment.name, &now, |mut list| {
            // An id no request of this list has (a clash is as rare as 1 in 10⁹; retried).
            let mut salt = 0u64;
            request.id = loop {
                let id = new_id(seed(&now, salt));
                if !list.iter().any(|r| r.id.eq_ignore_ascii_case(&id)) {
                    break id;
                }
                salt += 1;
            };
            list.push(request.clone());
            Ok::<_, Error>((Some(list), request))
        })
}

/// Records the receiving team's response (status and note together).
pub fn respond(
    ws: &Workspace,
    name: &str,
    id: &str,
    status: Status,
    note: Option<&str>,
) -> Result<Request, Error> {
    let assessment = ws.store().assessment(name)?;
    let note = note
        .map(|n| check_text(n, MAX_NOTE_CHARS).map_err(|e| text_error(("--note", "--note"), &e)))
        .transpose()?
        .unwrap_or_default();
    change(ws, &assessment, id, |r, now| {
        if r.status == status && r.note == note {
            return false;
        }
        r.status = status;
        r.note.clone_from(&note);
        r.responded_at = Some(now.to_string());
        true
    })
}

/// Changes the asking team's fields of a request.
pub fn edit(ws: &Workspace, name: &str, id: &str, edit: &RequestEdit) -> Result<Request, Error> {
    let assessment = ws.store().assessment(name)?;
    let text = edit
        .text
        .as_deref()
        .map(|t| check_text(t, MAX_TEXT_CHARS).map_err(|e| text_error(("--text", "--text"), &e)))
        .transpose()?;
    let question = match &edit.question {
        Some(Some(q)) => Some(Some(question_id(&assessment, q)?)),
        Some(None) => Some(None),
        None => None,
    };
    change(ws, &assessment, id, |r, now| {
        let mut changed = false;
        if let Some(t) = &text
            && *t != r.text
        {
            r.text.clone_from(t);
            r.text_at = now.to_string();
            changed = true;
        }
        if let Some(q) = &question
            && *q != r.question
        {
            r.question.clone_from(q);
            r.question_at = Some(now.to_string());
            changed = true;
        }
        if let Some(p) = edit.priority
            && p != r.priority
        {
            r.priority = p;
            r.priority_at = Some(now.to_string());
            changed = true;
        }
        changed
    })
}

/// Withdraws a request for good (it stays in the file so an older copy cannot bring it back).
pub fn withdraw(ws: &Workspace, name: &str, id: &str) -> Result<Request, Error> {
    let assessment = ws.store().assessment(name)?;
    change(ws, &assessment, id, |r, now| {
        r.withdrawn_at = Some(now.to_string());
        true
    })
}

/// Applies `apply` to the standing request `id` under the list's lock; writes only when it
/// changed something. Unknown and withdrawn ids are usage errors naming the id.
fn change(
    ws: &Workspace,
    assessment: &Assessment,
    id: &str,
    apply: impl FnOnce(&mut Request, &str) -> bool,
) -> Result<Request, Error> {
    let id = id.trim();
    if !is_request_id(&id.to_ascii_lowercase()) {
        return Err(Error::usage(format!(
            "\"{id}\" is not a request id (r- and six letters or digits, as `request list` shows)"
        ))
        .fr(format!(
            "{} n’est pas un identifiant de demande (r- et six lettres ou chiffres, comme les montre `request list`)",
            guill(id)
        )));
    }
    let now = now_stamp();
    let name = &assessment.name;
    ws.store().update_requests(name, &now, |mut list| {
        let Some(r) = list.iter_mut().find(|r| r.id.eq_ignore_ascii_case(id)) else {
            return Err(Error::usage(format!(
                "no request {id} in \"{name}\"; nothing was written (see `devops-maturity request list {name}`)"
            ))
            .fr(format!(
                "aucune demande {id} dans {}{S}; rien n’a été écrit (voir `devops-maturity request list {name}`)",
                guill(name)
            )));
        };
        if r.withdrawn() {
            return Err(Error::usage(format!(
                "request {id} was withdrawn; nothing was written"
            ))
            .fr(format!(
                "la demande {id} a été retirée{S}; rien n’a été écrit"
            )));
        }
        let changed = apply(r, &now);
        let out = r.clone();
        Ok::<_, Error>((changed.then_some(list), out))
    })
}

/// The team a `--by` / `--to` flag names, or an error naming the flag.
fn team_flag(assessment: &Assessment, flag: &str, team: &str) -> Result<String, Error> {
    let team = team.trim();
    find_team(assessment, team).map_err(|e| {
        e.reworded(
            |m| format!("{flag} {team}: {m}; nothing was written"),
            |m| format!("{flag} {team}{S}: {m}{S}; rien n’a été écrit"),
        )
    })
}

/// The stored id of question `id`, or an error naming it (with the closest ids).
fn question_id(assessment: &Assessment, id: &str) -> Result<String, Error> {
    match assessment.questionnaire.question(id.trim()) {
        Some((_, q)) => Ok(q.id.clone()),
        None => Err(
            super::answers::unknown_question(&assessment.questionnaire, id.trim())
                .prefixed("--question: ", &format!("--question{S}: ")),
        ),
    }
}

/// A new request id, from the time, `salt` text and this process's randomness.
pub fn fresh_id(now: &str, salt: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write(salt.as_bytes());
    new_id(seed(now, h.finish()))
}

/// 128 bits for a new id: this process's random hasher keys (std seeds them from the OS), the
/// time, the process id and a salt, so two laptops adding at the same moment differ.
fn seed(now: &str, salt: u64) -> u128 {
    use std::hash::{BuildHasher, Hasher};
    let keys = std::collections::hash_map::RandomState::new();
    let half = |k: u64| {
        let mut h = keys.build_hasher();
        h.write(now.as_bytes());
        h.write_u32(std::process::id());
        h.write_u64(salt);
        h.write_u64(k);
        h.finish()
    };
    (u128::from(half(1)) << 64) | u128::from(half(2))
}
