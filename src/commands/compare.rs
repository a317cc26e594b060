//! `compare`: the comparison of a stored assessment as text, Markdown or JSON, or the dashboard
//! on a terminal.

use crate::app::Workspace;
use crate::app::compare::{comparison_with_progress, select_teams};
use crate::cli::{CompareArgs, CompareDetail, CompareFormat};
use crate::domain::CompareOptions;
use crate::domain::compare::Detail;
use crate::error::Error;
use crate::report::{json, markdown, text};
use std::io::IsTerminal;

pub fn run(
    ws: &Workspace,
    args: &CompareArgs,
    lang: Option<crate::report::Lang>,
) -> Result<(), Error> {
    if !args.detail.is_empty() && args.format != Some(CompareFormat::Json) {
        return Err(Error::usage(
            "--detail applies to --format json only; add --format json or leave --detail out",
        ));
    }
    let loaded = ws.load(&args.name)?;
    super::assessment::warn_unread(ws, &loaded);
    let options = CompareOptions {
        short_term_size: args.short_term,
        ..CompareOptions::default()
    };
    // On a terminal without --format, the dashboard; piped or with --format, printed output.
    if args.format.is_none() && std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        let teams = select_teams(&loaded.assessment, &args.teams)?;
        return crate::tui::run_dashboard(ws, loaded, teams, options, lang);
    }
    let mut comparison = comparison_with_progress(ws, &loaded, &args.teams, &options)?;
    // The answers are in the comparison (when asked for); the sheets are no longer needed.
    drop(loaded);
    if args.format == Some(CompareFormat::Json) {
        comparison.limit_detail(Detail {
            answers: args.detail.contains(&CompareDetail::Answers),
            pairs: args.detail.contains(&CompareDetail::Pairs),
        });
    }
    let lang =
        lang.unwrap_or_else(|| crate::report::Lang::from_tag(&comparison.questionnaire.language));
    let out = match args.format.unwrap_or(CompareFormat::Text) {
        CompareFormat::Text => text::render_in(&comparison, lang),
        CompareFormat::Markdown => markdown::render_comparison_in(&comparison, lang),
        CompareFormat::Json => json::render_comparison(&comparison)?,
    };
    say_raw!("{out}");
    Ok(())
}
