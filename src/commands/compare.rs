//! `compare`: the comparison of a stored assessment as text, Markdown or JSON, or the dashboard
//! on a terminal.

use crate::app::Workspace;
use crate::app::compare::{comparison_for, select_teams};
use crate::cli::{CompareArgs, CompareFormat};
use crate::domain::CompareOptions;
use crate::error::Error;
use crate::report::{json, markdown, text};
use std::io::IsTerminal;

pub fn run(
    ws: &Workspace,
    args: &CompareArgs,
    lang: Option<crate::report::Lang>,
) -> Result<(), Error> {
    let loaded = ws.load(&args.name)?;
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
        return crate::tui::run_dashboard(ws, loaded, teams, options, lang);
    }
    let comparison = comparison_for(ws, &loaded, &args.teams, &options)?;
    let out = match args.format.unwrap_or(CompareFormat::Text) {
        CompareFormat::Text => text::render(&comparison),
        CompareFormat::Markdown => markdown::render_comparison(&comparison),
        CompareFormat::Json => json::render_comparison(&comparison)?,
    };
    say_raw!("{out}");
    Ok(())
}
