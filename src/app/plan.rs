//! The action plan's use cases, for `plan …` and the dashboard's Plans view alike: propose the
//! report's roadmap and synchronisation initiatives, add, change and remove actions, list them.
//!
//! Every value typed is checked before the plan is touched (dates against the calendar, teams
//! against the assessment, statuses, horizons, questions); an unknown id is refused under the
//! plan's lock before anything is written. A refused request leaves `plan.json` byte for byte
//! as it was.

use super::Workspace;
use super::compare::comparison_for;
use crate::app::i18n::{NNBSP as S, guill};
use crate::clock::now_stamp;
use crate::domain::plan::{
    self, Action, Horizon, Origin, Plan, Proposal, Status, fresh_id, split_done_when,
};
use crate::domain::{Assessment, CompareOptions};
use crate::error::Error;

/// Entropy for a new action id: the process's random hasher keys (seeded by the system),
/// the time and a counter, so two laptops adding actions offline draw different ids.
fn entropy() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u32(std::process::id());
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    h.finish()
}

/// Today (ISO date) by the tool's clock (`DEVOPS_MATURITY_NOW` in tests): what "late" uses.
pub fn today() -> String {
    now_stamp().get(..10).unwrap_or_default().to_string()
}

/// The stored plan of `name` (empty when it has none), checked on reading.
pub fn load(ws: &Workspace, name: &str) -> Result<Plan, Error> {
    Ok(ws.store().plan(name)?.unwrap_or_default())
}

/// Whether `name` has a plan file.
pub fn exists(ws: &Workspace, name: &str) -> Result<bool, Error> {
    Ok(ws.store().plan(name)?.is_some())
}

fn update<T>(
    ws: &Workspace,
    name: &str,
    change: impl FnOnce(Plan, &str) -> Result<(Option<Plan>, T), Error>,
) -> Result<T, Error> {
    let now = now_stamp();
    ws.store().update_plan(name, &now, |p| change(p, &now))
}

/// What `plan propose` added.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposed {
    pub added: Vec<Action>,
    /// Proposals left out because an action of the same origin is in the plan already.
    pub already: usize,
}

/// The action a proposal becomes: its title and "done when" from the recommendation (or the
/// initiative), its horizon from the roadmap.
pub(crate) fn action_of(p: &Proposal, id: String, now: &str, a: &Assessment) -> Action {
    let fr = a.questionnaire.language.starts_with("fr");
    let (title, done_when, horizon) = match p {
        Proposal::Step { horizon, step, .. } => {
            let (what, when) = split_done_when(&step.text);
            let title = if what.is_empty() {
                step.title.clone()
            } else {
                what
            };
            let when = when.unwrap_or_else(|| {
                if fr {
                    format!("{} au niveau {}", step.title, step.to_level)
                } else {
                    format!("{} at level {}", step.title, step.to_level)
                }
            });
            (title, when, Some(*horizon))
        }
        Proposal::Initiative(i) => {
            let title = if fr {
                format!("Synchroniser «{S}{}{S}» sur {}", i.dimension, i.leader)
            } else {
                format!("Synchronise “{}” on {}", i.dimension, i.leader)
            };
            let when = if fr {
                format!(
                    "chaque équipe au niveau {} ({})",
                    i.milestone_level, i.milestone_label
                )
            } else {
                format!(
                    "every team at level {} ({})",
                    i.milestone_level, i.milestone_label
                )
            };
            (title, when, None)
        }
    };
    let mut action = Action::new(id, p.origin(), p.teams(), &title, now);
    action.set_done_when(&done_when, now);
    action.set_horizon(horizon, now);
    action
}

/// `plan propose`: adds the report's roadmap steps and synchronisation initiatives as
/// `proposed`, leaving out those whose origin is in the plan already, whatever their status.
pub fn propose(ws: &Workspace, name: &str) -> Result<Proposed, Error> {
    let loaded = ws.load(name)?;
    let comparison = comparison_for(
        &loaded,
        &[],
        &CompareOptions::default(),
        crate::domain::compare::Detail::ALL,
    )?;
    update(ws, &loaded.assessment.name, |mut stored, now| {
        let all = plan::proposals(&comparison, &Plan::default()).len();
        let fresh = plan::proposals(&comparison, &stored);
        let mut added = Vec::new();
        for p in &fresh {
            let id = {
                let taken = stored.ids();
                fresh_id(&taken, entropy)
            };
            let action = action_of(p, id, now, &loaded.assessment);
            stored.actions.push(action.clone());
            added.push(action);
        }
        let out = Proposed {
            already: all - fresh.len(),
            added,
        };
        Ok(((!out.added.is_empty()).then_some(stored), out))
    })
}

/// Agrees a roadmap step of `team` (the dashboard's `a`): the action of that origin when the
/// plan has it, else a new one made as `plan propose` makes it; `agreed` either way.
pub fn agree(ws: &Workspace, name: &str, team: &str, origin: &Origin) -> Result<Action, Error> {
    let loaded = ws.load(name)?;
    let comparison = comparison_for(
        &loaded,
        &[],
        &CompareOptions::default(),
        crate::domain::compare::Detail::ALL,
    )?;
    update(ws, &loaded.assessment.name, |mut stored, now| {
        if let Some(a) = stored
            .actions
            .iter_mut()
            .find(|a| !a.is_removed() && &a.origin == origin && a.has_team(team))
        {
            let changed = a.set_status(Status::Agreed, now);
            let out = a.clone();
            return Ok((changed.then_some(stored), out));
        }
        let proposal = plan::proposals(&comparison, &stored)
            .into_iter()
            .find(|p| {
                &p.origin() == origin
                    && p.teams()
                        .iter()
                        .any(|t| crate::domain::names::same_name(t, team))
            })
            .ok_or_else(|| {
                Error::usage("that step is no longer in the team's roadmap")
                    .fr("cette étape ne fait plus partie de la feuille de route de l’équipe")
            })?;
        let id = fresh_id(&stored.ids(), entropy);
        let mut action = action_of(&proposal, id, now, &loaded.assessment);
        action.set_status(Status::Agreed, now);
        stored.actions.push(action.clone());
        Ok((Some(stored), action))
    })
}

/// Fields of an action as typed (CLI flags or a form), every one optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    pub title: Option<String>,
    pub owner: Option<String>,
    /// An ISO date; empty clears it.
    pub due: Option<String>,
    /// `0-3`, `3-6` or `6-12`; empty clears it.
    pub horizon: Option<String>,
    pub status: Option<String>,
    pub done_when: Option<String>,
    /// A note to add.
    pub note: Option<String>,
}

/// A change to an optional value: set it, or clear it (`--due ""`).
#[derive(Debug, Clone, PartialEq)]
enum Edit<T> {
    Set(T),
    Clear,
}

impl<T> Edit<T> {
    fn into_option(self) -> Option<T> {
        match self {
            Edit::Set(v) => Some(v),
            Edit::Clear => None,
        }
    }
}

/// The checked fields; `None`: leave the field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
struct Checked {
    title: Option<String>,
    owner: Option<String>,
    due: Option<Edit<String>>,
    horizon: Option<Edit<Horizon>>,
    status: Option<Status>,
    done_when: Option<String>,
    note: Option<String>,
}

/// The status a `--status` flag names, or an error naming the flag.
fn status(text: &str) -> Result<Status, Error> {
    Status::parse(text).map_err(|e| {
        Error::usage(format!("--status: {e}")).fr(format!(
            "--status{S}: statut inconnu {}{S}; utilisez l’un de {}",
            guill(text.trim()),
            Status::ALL.map(Status::as_str).join(", ")
        ))
    })
}

fn check_fields(f: &Fields) -> Result<Checked, Error> {
    let text = |flag: &str, v: &Option<String>, may_be_empty: bool| -> Result<_, Error> {
        match v {
            Some(t) if !may_be_empty && t.trim().is_empty() => {
                Err(Error::usage(format!("{flag} must not be empty"))
                    .fr(format!("{flag} ne doit pas être vide")))
            }
            Some(t) if t.contains(['\n', '\r']) => Err(Error::usage(format!(
                "{flag} must be one line (no line breaks)"
            ))
            .fr(format!(
                "{flag} doit tenir sur une ligne (sans saut de ligne)"
            ))),
            Some(t) => Ok(Some(t.trim().to_string())),
            None => Ok(None),
        }
    };
    Ok(Checked {
        title: text("--title", &f.title, false)?,
        owner: text("--owner", &f.owner, true)?,
        due: match f.due.as_deref().map(str::trim) {
            None => None,
            Some("") => Some(Edit::Clear),
            Some(d) => Some(Edit::Set(plan::parse_date(d).map_err(|e| {
                Error::usage(format!("--due: {e}")).fr(format!(
                    "--due{S}: {} n’est pas une date{S}; donnez une date ISO comme 2027-03-31",
                    guill(d)
                ))
            })?)),
        },
        horizon: match f.horizon.as_deref().map(str::trim) {
            None => None,
            Some("") => Some(Edit::Clear),
            Some(h) => Some(Edit::Set(Horizon::parse(h).map_err(|e| {
                Error::usage(format!("--horizon: {e}")).fr(format!(
                    "--horizon{S}: horizon inconnu {}{S}; utilisez 0-3, 3-6 ou 6-12 (mois)",
                    guill(h)
                ))
            })?)),
        },
        status: f.status.as_deref().map(status).transpose()?,
        done_when: text("--done-when", &f.done_when, true)?,
        note: text("--note", &f.note, false)?,
    })
}

/// Applies checked fields at `now`; returns whether anything changed.
fn apply(a: &mut Action, c: &Checked, now: &str) -> bool {
    let mut changed = false;
    if let Some(t) = &c.title {
        changed |= a.set_title(t, now);
    }
    if let Some(o) = &c.owner {
        changed |= a.set_owner(o, now);
    }
    if let Some(d) = &c.due {
        changed |= a.set_due(d.clone().into_option(), now);
    }
    if let Some(h) = &c.horizon {
        changed |= a.set_horizon(h.clone().into_option(), now);
    }
    if let Some(s) = c.status {
        changed |= a.set_status(s, now);
    }
    if let Some(w) = &c.done_when {
        changed |= a.set_done_when(w, now);
    }
    if let Some(n) = &c.note {
        a.add_note(n, now);
        changed = true;
    }
    changed
}

/// What `plan add` asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewAction {
    pub teams: Vec<String>,
    /// A question id the action is about; `None`: free text.
    pub question: Option<String>,
    /// `title` is required.
    pub fields: Fields,
}

/// The teams typed, spelled as in the assessment, each once; at least one.
pub fn check_teams(a: &Assessment, teams: &[String]) -> Result<Vec<String>, Error> {
    if teams.is_empty() {
        return Err(Error::usage(format!(
            "--team: give the team the action belongs to (teams: {})",
            a.teams.join(", ")
        ))
        .fr(format!(
            "--team{S}: donnez l’équipe à qui revient l’action (équipes{S}: {})",
            a.teams.join(", ")
        )));
    }
    let mut out: Vec<String> = Vec::new();
    for t in teams {
        let team = a.find_team(t).ok_or_else(|| {
            Error::usage(format!(
                "--team: team \"{}\" is not part of \"{}\" (teams: {})",
                t.trim(),
                a.name,
                a.teams.join(", ")
            ))
            .fr(format!(
                "--team{S}: l’équipe {} ne fait pas partie de {} (équipes{S}: {})",
                guill(t.trim()),
                guill(&a.name),
                a.teams.join(", ")
            ))
        })?;
        if out.iter().any(|o| o == team) {
            return Err(
                Error::usage(format!("--team: team \"{team}\" is given twice")).fr(format!(
                    "--team{S}: l’équipe {} est donnée deux fois",
                    guill(team)
                )),
            );
        }
        out.push(team.to_string());
    }
    Ok(out)
}

/// `plan add`: a new action (two teams or more: a joint action), `proposed` unless a status is
/// given.
pub fn add(ws: &Workspace, name: &str, req: &NewAction) -> Result<Action, Error> {
    let assessment = ws.store().assessment(name)?;
    let teams = check_teams(&assessment, &req.teams)?;
    let checked = check_fields(&req.fields)?;
    let Some(title) = checked.title.clone() else {
        return Err(Error::usage("--title: give the action a title")
            .fr(format!("--title{S}: donnez un titre à l’action")));
    };
    let origin = match req.question.as_deref().map(str::trim) {
        None => Origin::Free,
        Some(q) => {
            if assessment.questionnaire.question(q).is_none() {
                return Err(Error::usage(format!(
                    "--question: no question \"{q}\" in questionnaire \"{}\" (ids: `devops-maturity questionnaire show`)",
                    assessment.questionnaire.id
                ))
                .fr(format!(
                    "--question{S}: aucune question {} dans le questionnaire {} (identifiants{S}: `devops-maturity questionnaire show`)",
                    guill(q),
                    guill(&assessment.questionnaire.id)
                )));
            }
            Origin::Question {
                question: q.to_string(),
            }
        }
    };
    update(ws, &assessment.name, |mut stored, now| {
        let id = fresh_id(&stored.ids(), entropy);
        let mut action = Action::new(id, origin, teams, &title, now);
        apply(&mut action, &checked, now);
        stored.actions.push(action.clone());
        Ok((Some(stored), action))
    })
}

/// `plan add NAME --request ID`: an accepted request between two teams becomes a joint action
/// of both (the asking team and the one that accepted), about the request's question if it
/// names one, titled by the request unless `fields` gives a title. The action's first note
/// names the request, so a request becomes an action once.
pub fn add_from_request(
    ws: &Workspace,
    name: &str,
    request_id: &str,
    fields: &Fields,
) -> Result<Action, Error> {
    use crate::domain::requests::Status as RequestStatus;
    let assessment = ws.store().assessment(name)?;
    let requests = ws.store().read_requests(&assessment.name)?;
    let id = request_id.trim();
    let Some(request) = requests.iter().find(|r| r.id == id && !r.withdrawn()) else {
        let ids: Vec<&str> = requests
            .iter()
            .filter(|r| !r.withdrawn())
            .map(|r| r.id.as_str())
            .collect();
        let (known, connues) = if ids.is_empty() {
            (
                "it has none; `devops-maturity request add` records one".to_string(),
                format!("elle n’en a aucune{S}; `devops-maturity request add` en enregistre une"),
            )
        } else {
            (
                format!("requests: {}", ids.join(", ")),
                format!("demandes{S}: {}", ids.join(", ")),
            )
        };
        return Err(Error::usage(format!(
            "--request: no request \"{id}\" in \"{}\" ({known})",
            assessment.name
        ))
        .fr(format!(
            "--request{S}: aucune demande {} dans {} ({connues})",
            guill(id),
            guill(&assessment.name)
        )));
    };
    if request.status != RequestStatus::Accepted {
        return Err(Error::usage(format!(
            "--request {id}: the request is \"{}\"; only an accepted request becomes a plan action (`devops-maturity request respond {} {id} --status accepted`)",
            request.status, assessment.name
        ))
        .fr(format!(
            "--request {id}{S}: la demande est «{S}{}{S}»{S}; seule une demande acceptée devient une action du plan (`devops-maturity request respond {} {id} --status accepted`)",
            request.status, assessment.name
        )));
    }
    let mark = format!("From request {id}");
    let checked = check_fields(fields)?;
    let title = checked
        .title
        .clone()
        .unwrap_or_else(|| request.text.clone());
    let origin = match &request.question {
        Some(q) if assessment.questionnaire.question(q).is_some() => Origin::Question {
            question: q.clone(),
        },
        _ => Origin::Free,
    };
    let teams = vec![request.to.clone(), request.by.clone()];
    let note = format!("{mark}: {} asks {}", request.by, request.to);
    update(ws, &assessment.name, |mut stored, now| {
        if let Some(existing) = stored.live().find(|a| {
            a.notes
                .iter()
                .any(|n| n.text.starts_with(&format!("{mark}:")))
        }) {
            let action = &existing.id;
            return Err(Error::usage(format!(
                "--request {id}: already in the plan as action {action}"
            ))
            .fr(format!(
                "--request {id}{S}: déjà dans le plan comme action {action}"
            )));
        }
        let id = fresh_id(&stored.ids(), entropy);
        let mut action = Action::new(id, origin.clone(), teams.clone(), &title, now);
        apply(&mut action, &checked, now);
        action.notes.insert(
            0,
            crate::domain::plan::Note {
                at: now.to_string(),
                text: note.clone(),
            },
        );
        stored.actions.push(action.clone());
        Ok((Some(stored), action))
    })
}

fn unknown_id(name: &str, id: &str, plan: &Plan) -> Error {
    let ids: Vec<&str> = plan.live().map(|a| a.id.as_str()).collect();
    let (known, connus) = if ids.is_empty() {
        (
            "the plan is empty; `devops-maturity plan propose` fills it".to_string(),
            format!("le plan est vide{S}; `devops-maturity plan propose` le remplit"),
        )
    } else if ids.len() <= 12 {
        (
            format!("ids: {}", ids.join(", ")),
            format!("identifiants{S}: {}", ids.join(", ")),
        )
    } else {
        (
            "see `devops-maturity plan list`".to_string(),
            "voir `devops-maturity plan list`".to_string(),
        )
    };
    Error::usage(format!(
        "no action \"{}\" in the plan of \"{name}\" ({known})",
        id.trim()
    ))
    .fr(format!(
        "aucune action {} dans le plan de {} ({connus})",
        guill(id.trim()),
        guill(name)
    ))
}

/// `plan set`: changes the fields given of action `id`; each change dated. Returns the action
/// as stored and whether anything changed (nothing changed: nothing is written).
pub fn set(ws: &Workspace, name: &str, id: &str, fields: &Fields) -> Result<(Action, bool), Error> {
    let assessment = ws.store().assessment(name)?;
    let checked = check_fields(fields)?;
    if checked == Checked::default() {
        return Err(Error::usage(
            "plan set: give at least one of --title, --owner, --due, --horizon, --status, --done-when, --note",
        )
        .fr(format!(
            "plan set{S}: donnez au moins l’un de --title, --owner, --due, --horizon, --status, --done-when, --note"
        )));
    }
    update(ws, &assessment.name, |mut stored, now| {
        let Some(action) = stored.find_mut(id) else {
            return Err(unknown_id(&assessment.name, id, &stored));
        };
        let changed = apply(action, &checked, now);
        let out = action.clone();
        Ok((changed.then_some(stored), (out, changed)))
    })
}

/// `plan remove`: removes action `id` (kept as a tombstone so a copy collected later cannot
/// bring it back). Returns the removed action.
pub fn remove(ws: &Workspace, name: &str, id: &str) -> Result<Action, Error> {
    let assessment = ws.store().assessment(name)?;
    update(ws, &assessment.name, |mut stored, now| {
        let Some(action) = stored.find_mut(id) else {
            return Err(unknown_id(&assessment.name, id, &stored));
        };
        action.removed_at = Some(now.to_string());
        let out = action.clone();
        Ok((Some(stored), out))
    })
}

/// `plan list`'s filters, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFilter {
    pub team: Option<String>,
    pub status: Option<String>,
}

/// The live actions of `name`'s plan matching the filter, in plan order, with the assessment.
pub fn list(
    ws: &Workspace,
    name: &str,
    filter: &ListFilter,
) -> Result<(Assessment, Vec<Action>), Error> {
    let assessment = ws.store().assessment(name)?;
    let team = match &filter.team {
        Some(t) => Some(check_teams(&assessment, std::slice::from_ref(t))?.remove(0)),
        None => None,
    };
    let status = filter.status.as_deref().map(status).transpose()?;
    let plan = load(ws, &assessment.name)?;
    let actions = plan
        .live()
        .filter(|a| team.as_deref().is_none_or(|t| a.has_team(t)))
        .filter(|a| status.is_none_or(|s| a.status() == s))
        .cloned()
        .collect();
    Ok((assessment, actions))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields {
        Fields::default()
    }

    #[test]
    fn typed_fields_are_checked_before_anything() {
        let bad = |f: Fields| check_fields(&f).unwrap_err().message;
        assert!(
            bad(Fields {
                due: Some("2027-02-30".into()),
                ..fields()
            })
            .starts_with("--due: \"2027-02-30\" is not a date")
        );
        assert!(
            bad(Fields {
                status: Some("finished".into()),
                ..fields()
            })
            .starts_with("--status: unknown status")
        );
        assert!(
            bad(Fields {
                horizon: Some("1-2".into()),
                ..fields()
            })
            .starts_with("--horizon:")
        );
        assert!(
            bad(Fields {
                title: Some("  ".into()),
                ..fields()
            })
            .contains("--title must not be empty")
        );
        let ok = check_fields(&Fields {
            due: Some(String::new()),
            horizon: Some("3-6".into()),
            status: Some("in progress".into()),
            ..fields()
        })
        .unwrap();
        assert_eq!(ok.due, Some(Edit::Clear));
        assert_eq!(ok.horizon, Some(Edit::Set(Horizon::Second)));
        assert_eq!(ok.status, Some(Status::InProgress));
    }

    #[test]
    fn ids_drawn_here_differ() {
        let a: std::collections::HashSet<u64> = (0..100).map(|_| entropy()).collect();
        assert_eq!(a.len(), 100);
    }
}
