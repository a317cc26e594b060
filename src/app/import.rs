//! Importing: bring the answers of one assessment into another that uses the same questions,
//! e.g. a team that answered the French edition into an English assessment, so they compare.

use super::Workspace;
use crate::clock::now_stamp;
use crate::error::Error;

/// Which answers to bring where.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRequest {
    /// The assessment that receives the answers.
    pub into: String,
    /// The assessment the answers come from.
    pub from: String,
    /// Only these teams of `from`; every team when empty.
    pub teams: Vec<String>,
}

/// What `import` did.
#[derive(Debug)]
pub struct Imported {
    pub sheets: usize,
    pub from: String,
    pub into: String,
    /// Teams of `from` the receiving assessment did not have yet.
    pub added_teams: Vec<String>,
    /// Response files of `from` that could not be read and were left out.
    pub unreadable: Vec<super::StoreError>,
}

pub fn run(ws: &Workspace, args: &ImportRequest) -> Result<Imported, Error> {
    let store = ws.store();
    if store.assessment_dir(&args.into) == store.assessment_dir(&args.from) {
        return Err(Error::usage("--from names the assessment itself"));
    }
    let target = store.load(&args.into)?;
    let source = store.load(&args.from)?;
    let (tq, sq) = (
        &target.assessment.questionnaire,
        &source.assessment.questionnaire,
    );
    if let Some(why) = tq.structure_mismatch(sq) {
        return Err(Error::usage(format!(
            "cannot import \"{}\" into \"{}\": {why}",
            source.assessment.name, target.assessment.name
        )));
    }
    let wanted: Vec<&str> = if args.teams.is_empty() {
        source.assessment.teams.iter().map(String::as_str).collect()
    } else {
        args.teams
            .iter()
            .map(|t| {
                source.assessment.find_team(t).ok_or_else(|| {
                    Error::usage(format!(
                        "team \"{t}\" is not part of \"{}\" (teams: {})",
                        source.assessment.name,
                        source.assessment.teams.join(", ")
                    ))
                })
            })
            .collect::<Result<_, _>>()?
    };
    let sheets: Vec<_> = source
        .sheets
        .iter()
        .filter(|s| wanted.contains(&s.team.as_str()))
        .collect();
    // Check every sheet before writing any, so a refusal leaves the target as it was.
    for sheet in &sheets {
        if let Some(existing) = target
            .sheets
            .iter()
            .find(|t| t.team == sheet.team && t.respondent == sheet.respondent)
            && !existing.same_answers(sheet)
        {
            return Err(Error::usage(format!(
                "\"{}\" already holds different answers from {} ({}); nothing was imported",
                target.assessment.name, sheet.respondent, sheet.team
            )));
        }
    }
    let now = now_stamp();
    let mut assessment = target.assessment.clone();
    let mut added = Vec::new();
    for team in &wanted {
        if assessment.find_team(team).is_none() {
            assessment.teams.push(team.to_string());
            added.push(team.to_string());
        }
    }
    if !added.is_empty() {
        ws.update(&assessment)?;
    }
    for sheet in &sheets {
        store.merge_sheet(&assessment.name, sheet, &now)?;
    }
    Ok(Imported {
        sheets: sheets.len(),
        from: source.assessment.name.clone(),
        into: assessment.name,
        added_teams: added,
        unreadable: source.unreadable,
    })
}
