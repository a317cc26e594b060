//! The demo: stores a ready-made, answered assessment so that a newcomer sees every view with
//! real-looking data in two commands. It goes through the same store calls as real answers.

mod bank;

use super::Workspace;
use crate::clock::now_stamp;
use crate::domain::metrics::TeamFigures;
use crate::domain::names::clean_name;
use crate::domain::{Assessment, ResponseSheet, default_questionnaire};
use crate::error::Error;

/// Creates the demo assessment `name`; never overwrites an existing one. Returns it with its
/// sheets, as stored.
pub fn create(ws: &Workspace, name: &str) -> Result<(Assessment, Vec<ResponseSheet>), Error> {
    let name = clean_name("assessment name", name).map_err(Error::usage)?;
    if ws.exists(&name) {
        return Err(Error::usage(format!(
            "an assessment named \"{name}\" already exists in {}; nothing was changed (pick another name with --name)",
            ws.root().display()
        )));
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
