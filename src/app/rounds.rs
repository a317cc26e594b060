//! Re-assessment rounds: `new NAME --follow-up PREVIOUS` starts a round of the same teams,
//! questionnaire, targets and scope with the previous round's open actions carried over;
//! `history` walks the chain back to the first round; the progress of a follow-up against the
//! rounds before it is added to its comparison (`compare`, the report, the dashboard).
//!
//! The previous round is only read, never written: it stays as it was.

use super::assessments::check_assessment_name;
use super::{Failure, Workspace};
use crate::clock::now_stamp;
use crate::domain::compare::Detail;
use crate::domain::plan::Action;
use crate::domain::progress::{Progress, Round, progress};
use crate::domain::{Assessment, CompareOptions, Comparison, compare};
use crate::error::Error;
use crate::store::Loaded;
use std::collections::HashSet;

/// Longest chain walked: a loop in hand-edited files (a round following itself) stops here.
const MAX_ROUNDS: usize = 50;

/// What `new --follow-up` created.
#[derive(Debug, Clone)]
pub struct FollowUp {
    pub assessment: Assessment,
    /// The open actions carried over from the previous round.
    pub carried: Vec<Action>,
}

/// Creates the round after `previous`: its teams, questionnaire, targets and scope, no
/// respondents, and its plan's open actions (not done, not dropped) with their ids, owners,
/// dates and history. Everything is read and checked before anything is written.
pub fn follow_up(ws: &Workspace, name: &str, previous: &str) -> Result<FollowUp, Failure> {
    let name = check_assessment_name(name)?;
    let before = ws.store().assessment(previous)?;
    let plan = ws.store().plan(&before.name)?.unwrap_or_default();
    let carried = plan.carried(&before.name);
    let now = now_stamp();
    let mut assessment = Assessment::new(
        &name,
        &now,
        before.teams.clone(),
        before.questionnaire.clone(),
        None,
    );
    assessment.targets = before.targets.clone();
    assessment.scope.clone_from(&before.scope);
    assessment.follows = Some(before.name.clone());
    ws.store().create(&assessment, &now)?;
    if !carried.actions.is_empty() {
        let to_write = carried.clone();
        ws.store().update_plan(&assessment.name, &now, |_| {
            Ok::<_, crate::store::StoreError>((Some(to_write), ()))
        })?;
    }
    Ok(FollowUp {
        assessment,
        carried: carried.actions,
    })
}

/// The rounds of `loaded`'s chain before it, the first first (empty for a first round). A
/// round that cannot be found (deleted) ends the chain there; its name is returned.
pub fn earlier_rounds(
    ws: &Workspace,
    loaded: &Loaded,
) -> Result<(Vec<Loaded>, Option<String>), Error> {
    earlier_rounds_read(ws, &loaded.assessment, |name| ws.load(name))
}

/// [`earlier_rounds`] read by `read` (with or without their sheets).
fn earlier_rounds_read(
    ws: &Workspace,
    assessment: &Assessment,
    read: impl Fn(&str) -> Result<Loaded, crate::store::StoreError>,
) -> Result<(Vec<Loaded>, Option<String>), Error> {
    let mut out: Vec<Loaded> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(crate::domain::names::name_key(&assessment.name));
    let mut next = assessment.follows.clone();
    while let Some(name) = next.take() {
        if out.len() >= MAX_ROUNDS || !seen.insert(crate::domain::names::name_key(&name)) {
            break;
        }
        if !ws.exists(&name) {
            out.reverse();
            return Ok((out, Some(name)));
        }
        let round = read(&name)?;
        next.clone_from(&round.assessment.follows);
        out.push(round);
    }
    out.reverse();
    Ok((out, None))
}

/// One round as `history` lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRound {
    pub name: String,
    pub created_at: String,
    /// Respondents who answered.
    pub respondents: usize,
    /// Each team's overall score (`None`: no answers yet).
    pub teams: Vec<(String, Option<f64>)>,
}

/// The chain of `name`, the first round first, `name` last; and a round it follows that is no
/// longer there.
pub fn history(ws: &Workspace, name: &str) -> Result<(Vec<HistoryRound>, Option<String>), Error> {
    let loaded = ws.load(name)?;
    let (earlier, missing) = earlier_rounds(ws, &loaded)?;
    let rounds = earlier
        .iter()
        .chain(std::iter::once(&loaded))
        .map(|l| {
            let c = compare(
                &l.assessment,
                &l.sheets,
                &l.assessment.teams,
                &CompareOptions::default(),
            );
            HistoryRound {
                name: l.assessment.name.clone(),
                created_at: l.assessment.created_at.clone(),
                respondents: l.sheets.len(),
                teams: c
                    .teams
                    .iter()
                    .map(|t| (t.name.clone(), t.overall))
                    .collect(),
            }
        })
        .collect();
    Ok((rounds, missing))
}

fn round_of(a: &Assessment) -> Round {
    Round {
        assessment: a.name.clone(),
        created_at: a.created_at.clone(),
    }
}

/// The progress of a follow-up round's comparison against the rounds before it (each compared
/// on the same teams, those it has), the previous round's plan and this one's; `None` for a
/// first round.
pub fn progress_for(
    ws: &Workspace,
    assessment: &Assessment,
    current: &Comparison,
    options: &CompareOptions,
) -> Result<Option<Progress>, Error> {
    if assessment.follows.is_none() {
        return Ok(None);
    }
    // The earlier rounds' sheets are read team by team, as the current round's are
    // (`compare::from_store`): a follow-up of two hundred teams never holds them all.
    let (earlier, _) =
        earlier_rounds_read(ws, assessment, |name| ws.store().load_without_sheets(name))?;
    let Some(previous) = earlier.last() else {
        return Ok(None);
    };
    let mut compared: Vec<(Round, Comparison)> = Vec::with_capacity(earlier.len());
    for l in &earlier {
        let teams: Vec<String> = current
            .teams
            .iter()
            .filter_map(|t| l.assessment.find_team(&t.name).map(str::to_string))
            .collect();
        // Scores only: the earlier rounds' delivery figures, answers and pairs are not part
        // of the progress (it reads overall, dimension and question scores).
        let (c, _) = super::compare::from_store(ws, &l.assessment, &teams, options, Detail::NONE)?;
        compared.push((round_of(&l.assessment), c));
    }
    let previous_plan = ws
        .store()
        .plan(&previous.assessment.name)?
        .unwrap_or_default();
    let this_plan = ws.store().plan(&assessment.name)?.unwrap_or_default();
    let actions: Vec<&Action> = previous_plan
        .actions
        .iter()
        .chain(this_plan.actions.iter())
        .collect();
    Ok(progress(
        (&round_of(assessment), current),
        &compared,
        &actions,
        &super::plan::today(),
    ))
}
