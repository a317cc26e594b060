//! `compare`: runs the comparison engine on a stored assessment and prints it as text, Markdown
//! or JSON. Text lives here; Markdown and JSON are shared with the report (`crate::report`).

mod text;

pub use crate::report::json::render_comparison as render_json;
pub use crate::report::markdown::render_comparison as render_markdown;
pub use text::render as render_text;

use crate::cli::{CompareArgs, CompareFormat};
use crate::domain::{Assessment, CompareOptions, Comparison, compare};
use crate::error::CliError;
use crate::store::{Loaded, Store};
use std::io::IsTerminal;

pub fn run(store: &Store, args: &CompareArgs) -> Result<(), CliError> {
    let loaded = store.load(&args.name)?;
    for e in &loaded.unreadable {
        warn!("warning: {e}");
    }
    let options = CompareOptions {
        short_term_size: args.short_term,
        ..CompareOptions::default()
    };
    // On a terminal without --format, the dashboard; piped or with --format, printed output.
    if args.format.is_none() && std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        let teams = select_teams(&loaded.assessment, &args.teams)?;
        return crate::tui::run_dashboard(store, loaded, teams, options);
    }
    let comparison = comparison_for(&loaded, &args.teams, &options)?;
    let out = match args.format.unwrap_or(CompareFormat::Text) {
        CompareFormat::Text => render_text(&comparison),
        CompareFormat::Markdown => render_markdown(&comparison),
        CompareFormat::Json => render_json(&comparison)?,
    };
    say_raw!("{out}");
    Ok(())
}

/// Runs the engine on the chosen teams of a loaded assessment (all teams when none are named).
/// Shared by every front end (`compare`, the report, the dashboard) so they pick teams alike.
pub fn comparison_for(
    loaded: &Loaded,
    teams: &[String],
    options: &CompareOptions,
) -> Result<Comparison, CliError> {
    let teams = select_teams(&loaded.assessment, teams)?;
    Ok(compare(&loaded.assessment, &loaded.sheets, &teams, options))
}

/// The teams named on the command line, spelled as in the assessment, in the order given; every
/// team when the list is empty. An unknown or repeated name is a usage error naming the teams.
pub fn select_teams(assessment: &Assessment, wanted: &[String]) -> Result<Vec<String>, CliError> {
    if wanted.is_empty() {
        return Ok(assessment.teams.clone());
    }
    let mut out: Vec<String> = Vec::with_capacity(wanted.len());
    for name in wanted {
        let team = assessment.find_team(name).ok_or_else(|| {
            CliError::usage(format!(
                "team \"{}\" is not part of \"{}\" (teams: {})",
                name.trim(),
                assessment.name,
                assessment.teams.join(", ")
            ))
        })?;
        if out.iter().any(|t| t == team) {
            return Err(CliError::usage(format!(
                "team \"{team}\" is given twice with --team"
            )));
        }
        out.push(team.to_string());
    }
    Ok(out)
}
