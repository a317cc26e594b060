//! Choosing the teams to compare and running the comparison engine on them: shared by
//! `compare`, the report and the dashboard so they pick teams alike.

use crate::app::i18n::{NNBSP as S, guill};
use crate::domain::compare::{Detail, compare_with};
use crate::domain::{Assessment, CompareOptions, Comparison};
use crate::error::Error;
use crate::store::Loaded;

/// Runs the engine on the chosen teams of a loaded assessment (all teams when none are named),
/// with the teams' delivery figures, their perception answers and requests, all as `loaded`
/// holds them: nothing is read again (the figures once came from a second read of the whole
/// assessment, every sheet included). Only the `detail` asked for is made (`compare_with`).
pub fn comparison_for(
    loaded: &Loaded,
    teams: &[String],
    options: &CompareOptions,
    detail: Detail,
) -> Result<Comparison, Error> {
    let teams = select_teams(&loaded.assessment, teams)?;
    let mut comparison = compare_with(&loaded.assessment, &loaded.sheets, &teams, options, detail);
    comparison.set_figures(&loaded.assessment.questionnaire, &loaded.figures);
    // How the compared teams see each other and what they ask of each other.
    comparison.set_perceptions(&loaded.assessment, &loaded.perceptions);
    comparison.set_requests(&loaded.requests);
    Ok(comparison)
}

/// [`comparison_for`] with, for a follow-up round, its progress against the rounds before it
/// (`compare`, the report and the dashboard show it).
pub fn comparison_with_progress(
    ws: &super::Workspace,
    loaded: &Loaded,
    teams: &[String],
    options: &CompareOptions,
    detail: Detail,
) -> Result<Comparison, Error> {
    let mut comparison = comparison_for(loaded, teams, options, detail)?;
    let progress = super::rounds::progress_for(ws, loaded, &comparison, options)?;
    comparison.set_progress(progress);
    Ok(comparison)
}

/// The teams named, spelled as in the assessment, in the order given; every team when the list
/// is empty. An unknown or repeated name is a usage error naming the teams.
pub fn select_teams(assessment: &Assessment, wanted: &[String]) -> Result<Vec<String>, Error> {
    if wanted.is_empty() {
        return Ok(assessment.teams.clone());
    }
    let mut out: Vec<String> = Vec::with_capacity(wanted.len());
    for name in wanted {
        let team = assessment.find_team(name).ok_or_else(|| {
            Error::usage(format!(
                "team \"{}\" is not part of \"{}\" (teams: {})",
                name.trim(),
                assessment.name,
                assessment.teams.join(", ")
            ))
            .fr(format!(
                "l’équipe {} ne fait pas partie de {} (équipes{S}: {})",
                guill(name.trim()),
                guill(&assessment.name),
                assessment.teams.join(", ")
            ))
        })?;
        if out.iter().any(|t| t == team) {
            return Err(
                Error::usage(format!("team \"{team}\" is given twice with --team")).fr(format!(
                    "l’équipe {} est donnée deux fois avec --team",
                    guill(team)
                )),
            );
        }
        out.push(team.to_string());
    }
    Ok(out)
}
