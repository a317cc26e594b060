//! `import`: the answers of another assessment with the same questions (e.g. the French edition).

use crate::app::Workspace;
use crate::app::import::{ImportRequest, run as import};
use crate::cli::ImportArgs;
use crate::error::Error;

pub fn run(ws: &Workspace, args: &ImportArgs) -> Result<(), Error> {
    let done = import(
        ws,
        &ImportRequest {
            into: args.name.clone(),
            from: args.from.clone(),
            teams: args.teams.clone(),
        },
    )?;
    for e in &done.unreadable {
        warn!("warning: {e}");
    }
    say!(
        "Imported {} respondent sheet(s) from \"{}\" into \"{}\"{}",
        done.sheets,
        done.from,
        done.into,
        if done.added_teams.is_empty() {
            String::new()
        } else {
            format!("; new team(s): {}", done.added_teams.join(", "))
        }
    );
    Ok(())
}
