//! The demo: stores a ready-made, answered assessment so that a newcomer sees every view with
//! real-looking data in two commands. It goes through the same store calls as real answers.

mod bank;

use super::Workspace;
use crate::app::i18n::errors::{NameOf, name_error};
use crate::app::i18n::{NNBSP as S, guill};
use crate::clock::now_stamp;
use crate::domain::metrics::TeamFigures;
use crate::domain::names::check_name;
use crate::domain::{Assessment, ResponseSheet, default_questionnaire};
use crate::error::Error;

/// Creates the demo assessment `name`; never overwrites an existing one. Returns it with its
/// sheets, as stored.
pub fn create(ws: &Workspace, name: &str) -> Result<(Assessment, Vec<ResponseSheet>), Error> {
    let name = check_name(name).map_err(|e| name_error(NameOf::Assessment, &e))?;
    if ws.exists(&name) {
        return Err(already_exists(ws, &name));
    }
    let now = now_stamp();
    let (assessment, sheets) = bank_demo(&name, &now);
    ws.store().create(&assessment, &now)?;
    for sheet in &sheets {
        ws.store().save_sheet(&name, sheet, &now)?;
    }
    super::metrics::record_all(ws, &name, &bank_figures(&now))?;
    // How the sites see each other, and what they ask of each other (issue 17's meeting).
    for sheet in bank_perceptions(&assessment.questionnaire) {
        ws.store().update_perception(
            &name,
            &sheet.team,
            &sheet.respondent,
            sheet.about.as_deref().unwrap_or_default(),
            &now,
            |disk| {
                let base = ResponseSheet::perception(
                    &sheet.team,
                    &sheet.respondent,
                    sheet.about.as_deref().unwrap_or_default(),
                );
                let (merged, _) =
                    crate::domain::merge::apply_changes(disk.as_ref(), &base, &sheet, &now);
                Ok::<_, crate::store::StoreError>((Some(merged), ()))
            },
        )?;
    }
    let mut requests = bank_requests(&now);
    for r in &mut requests {
        r.id = super::requests::fresh_id(&now, &r.text);
    }
    ws.store()
        .update_requests(&name, &now, |_| Ok::<_, Error>((Some(requests), ())))?;
    Ok((assessment, sheets))
}

/// The refusal of a demo name already taken: nothing is ever overwritten.
fn already_exists(ws: &Workspace, name: &str) -> Error {
    let root = ws.root().display();
    Error::usage(format!(
        "an assessment named \"{name}\" already exists in {root}; nothing was changed (pick another name with --name)"
    ))
    .fr(format!(
        "une évaluation nommée {} existe déjà dans {root}{S}; rien n’a été modifié (choisissez un autre nom avec --name)",
        guill(name)
    ))
}

/// One round of the demo: the assessment and its sheets, as stored.
pub type DemoRound = (Assessment, Vec<ResponseSheet>);

/// `demo --rounds 2`: the demo assessment `name` dated six months ago with its agreed plan,
/// then `NAME-2`, a follow-up round today: the same sites, part of the plan done and the
/// levels of those questions reached (all but one, which shows a done action that did not
/// move its question). Both names are checked before anything is written.
pub fn create_rounds(ws: &Workspace, name: &str) -> Result<(DemoRound, DemoRound), Error> {
    use crate::domain::plan::{Plan, Status, proposals};
    let name = check_name(name).map_err(|e| name_error(NameOf::Assessment, &e))?;
    let second = format!("{name}-2");
    for n in [&name, &second] {
        if ws.exists(n) {
            return Err(already_exists(ws, n));
        }
    }
    let now_secs = crate::clock::now().unix_timestamp();
    let at = |days_ago: i64| {
        let secs = u64::try_from(now_secs - days_ago * 86_400).unwrap_or_default();
        crate::clock::canonical_stamp(&crate::clock::format_rfc3339(secs)).unwrap_or_default()
    };
    let date = |days_ago: i64| at(days_ago).get(..10).unwrap_or_default().to_string();
    let then = at(182);
    // Round 1, six months ago.
    let (first, sheets) = bank_demo(&name, &then);
    ws.store().create(&first, &then)?;
    for sheet in &sheets {
        ws.store().save_sheet(&name, sheet, &then)?;
    }
    super::metrics::record_all(ws, &name, &bank_figures(&then))?;
    // Its plan: everything proposed; the first horizon and the initiatives agreed, owned, dated.
    let comparison = crate::domain::compare(
        &first,
        &sheets,
        &first.teams,
        &crate::domain::CompareOptions::default(),
    );
    let mut plan = Plan::default();
    for (i, p) in proposals(&comparison, &Plan::default()).iter().enumerate() {
        let id = crate::domain::plan::new_id(0x9e37_79b9_7f4a_7c15_u64.wrapping_mul(i as u64 + 1));
        let mut action = super::plan::action_of(p, id, &then, &first);
        // The workshop agrees the first six months: the first two horizons and the initiatives.
        let soon = matches!(
            action.horizon.value,
            Some(crate::domain::plan::Horizon::First | crate::domain::plan::Horizon::Second)
        );
        let initiative = action.is_joint();
        if soon || initiative {
            let agreed = at(180);
            action.set_status(Status::Agreed, &agreed);
            let owner = if initiative {
                "Comité DevOps"
            } else if action.teams[0] == first.teams[0] {
                "Claire Dubois"
            } else {
                "Karim Benali"
            };
            action.set_owner(owner, &agreed);
            action.set_due(Some(date(if initiative { -30 } else { 90 })), &agreed);
        }
        plan.actions.push(action);
    }
    ws.store().update_plan(&name, &then, |_| {
        Ok::<_, crate::store::StoreError>((Some(plan.clone()), ()))
    })?;
    // Round 2, today: the open actions carried over, most of the agreed steps done.
    let now = now_stamp();
    let mut next = first.clone();
    next.name.clone_from(&second);
    next.created_at.clone_from(&now);
    next.follows = Some(name.clone());
    let mut carried = plan.carried(&name);
    let done_at = at(40);
    let mut raised: Vec<(String, String, u8)> = Vec::new();
    let steps: Vec<usize> = carried
        .actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.status() == Status::Agreed && !a.is_joint())
        .map(|(i, _)| i)
        .collect();
    // Two of every three agreed steps done, their questions at the level aimed at; but the
    // last done step of the team listed last did not move its question (the report says so).
    let done: Vec<usize> = steps.iter().copied().filter(|i| i % 3 != 2).collect();
    let unmoved = done
        .iter()
        .rev()
        .find(|&&i| {
            let a = &carried.actions[i];
            a.has_team(first.teams.last().map_or("", String::as_str))
                && a.origin.target_level().is_some_and(|to| {
                    a.origin.question().is_some_and(|q| {
                        comparison
                            .question(q)
                            .and_then(|row| {
                                let ti = comparison.team_index(&a.teams[0])?;
                                row.teams[ti].median
                            })
                            .is_some_and(|m| crate::domain::compare::level_of(m) < to)
                    })
                })
        })
        .copied();
    for &i in &done {
        let a = &mut carried.actions[i];
        a.set_status(Status::Done, &done_at);
        if Some(i) != unmoved
            && let crate::domain::plan::Origin::Step { question, to, .. } = &a.origin
        {
            raised.push((a.teams[0].clone(), question.clone(), *to));
        }
    }
    if let Some(&i) = steps.iter().find(|i| *i % 3 == 2) {
        carried.actions[i].set_status(Status::InProgress, &at(100));
    }
    let mut sheets2 = sheets.clone();
    for sheet in &mut sheets2 {
        for record in sheet.answers.values_mut() {
            record.answered_at = None;
        }
        for (team, question, to) in &raised {
            if &sheet.team == team {
                let current = match sheet.answers.get(question).and_then(|r| r.answer) {
                    Some(crate::domain::Answer::Level(l)) => l,
                    _ => 0,
                };
                sheet.set_answer(question, crate::domain::Answer::Level(current.max(*to)));
            }
        }
    }
    ws.store().create(&next, &now)?;
    for sheet in &sheets2 {
        ws.store().save_sheet(&second, sheet, &now)?;
    }
    super::metrics::record_all(ws, &second, &bank_figures(&now))?;
    ws.store().update_plan(&second, &now, |_| {
        Ok::<_, crate::store::StoreError>((Some(carried), ()))
    })?;
    Ok(((first, sheets), (next, sheets2)))
}

/// The demo's answers about the other site (perception sheets), in memory.
pub fn bank_perceptions(q: &crate::domain::Questionnaire) -> Vec<ResponseSheet> {
    bank::perceptions(q)
}

/// The demo's requests between the sites, made and answered at `at`, with fixed ids.
pub fn bank_requests(at: &str) -> Vec<crate::domain::requests::Request> {
    bank::requests(at)
}

/// The demo's delivery figures (Paris monthly and stable, Nantes on demand and fragile), as
/// `create` will record them: also for tests and screens that need them without a store.
pub fn bank_figures(recorded_at: &str) -> Vec<TeamFigures> {
    bank::figures(recorded_at)
}

/// The demo assessment and its answers, in memory: what `demo` stores, also used by tests and
/// benchmarks that need realistic data without a data directory.
pub fn bank_demo(name: &str, created_at: &str) -> (Assessment, Vec<ResponseSheet>) {
    let questionnaire = default_questionnaire();
    let sheets = bank::sheets(&questionnaire);
    let mut assessment = Assessment::new(name, created_at, bank::teams(), questionnaire, None);
    // The bank accepts a modular monolith for now: a lower bar for architecture shows how
    // per-dimension targets work.
    assessment
        .targets
        .dimensions
        .insert("architecture".to_string(), 3.0);
    (assessment, sheets)
}
