//! `import`: bring the answers of one assessment into another that uses the same questions,
//! e.g. a team that answered the French edition into an English assessment, so they compare.

use crate::cli::ImportArgs;
use crate::clock::now_rfc3339;
use crate::error::CliError;
use crate::store::Store;

pub fn run(store: &Store, args: &ImportArgs) -> Result<(), CliError> {
    if store.assessment_dir(&args.name) == store.assessment_dir(&args.from) {
        return Err(CliError::usage("--from names the assessment itself"));
    }
    let target = store.load(&args.name)?;
    let source = store.load(&args.from)?;
    for e in &source.unreadable {
        warn!("warning: {e}");
    }
    let (tq, sq) = (
        &target.assessment.questionnaire,
        &source.assessment.questionnaire,
    );
    if let Some(why) = tq.structure_mismatch(sq) {
        return Err(CliError::usage(format!(
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
                    CliError::usage(format!(
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
            && existing != *sheet
        {
            return Err(CliError::usage(format!(
                "\"{}\" already holds different answers from {} ({}); nothing was imported",
                target.assessment.name, sheet.respondent, sheet.team
            )));
        }
    }
    let now = now_rfc3339();
    let mut assessment = target.assessment.clone();
    let mut added = Vec::new();
    for team in &wanted {
        if assessment.find_team(team).is_none() {
            assessment.teams.push(team.to_string());
            added.push(team.to_string());
        }
    }
    if !added.is_empty() {
        store.update(&assessment, &now)?;
    }
    for sheet in &sheets {
        store.save_sheet(&assessment.name, sheet, &now)?;
    }
    say!(
        "Imported {} respondent sheet(s) from \"{}\" into \"{}\"{}",
        sheets.len(),
        source.assessment.name,
        assessment.name,
        if added.is_empty() {
            String::new()
        } else {
            format!("; new team(s): {}", added.join(", "))
        }
    );
    Ok(())
}
