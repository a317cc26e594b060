//! `compare`: the comparison of a stored assessment as text, Markdown or JSON, or the dashboard
//! on a terminal.

use crate::app::Workspace;
use crate::app::compare::{FromStore, comparison_from_store, select_teams};
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
    let json = args.format == Some(CompareFormat::Json);
    if !args.detail.is_empty() && !json {
        return Err(Error::usage(
            "--detail applies to --format json only; add --format json or leave --detail out",
        )
        .fr("--detail ne vaut que pour --format json\u{202f}; ajoutez --format json ou retirez --detail"));
    }
    if args.pretty && !json {
        return Err(Error::usage(
            "--pretty applies to --format json only; add --format json or leave --pretty out",
        )
        .fr("--pretty ne vaut que pour --format json\u{202f}; ajoutez --format json ou retirez --pretty"));
    }
    let options = CompareOptions {
        short_term_size: args.short_term,
        ..CompareOptions::default()
    };
    // On a terminal without --format, the dashboard; piped or with --format, printed output.
    if args.format.is_none() && std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        let loaded = ws.load(&args.name)?;
        super::assessment::warn_unread(ws, &loaded, lang);
        let teams = select_teams(&loaded.assessment, &args.teams)?;
        return crate::tui::run_dashboard(ws, loaded, teams, options, lang);
    }
    // The JSON holds only the detail asked for, and the rest is not computed; the text and the
    // Markdown show everything.
    let detail = if json {
        Detail {
            answers: args.detail.contains(&CompareDetail::Answers),
            pairs: args.detail.contains(&CompareDetail::Pairs),
            roadmaps: args.detail.contains(&CompareDetail::Roadmaps),
        }
    } else {
        Detail::ALL
    };
    // The sheets are read team by team and dropped once digested (with two hundred teams
    // they were most of the memory); the warnings come before any output, as they did.
    let FromStore {
        comparison,
        loaded,
        strays,
    } = comparison_from_store(ws, &args.name, &args.teams, &options, detail)?;
    super::assessment::warn_read(&loaded, &strays, lang);
    drop(loaded);
    let lang =
        lang.unwrap_or_else(|| crate::report::Lang::from_tag(&comparison.questionnaire.language));
    let out = match args.format.unwrap_or(CompareFormat::Text) {
        CompareFormat::Text => text::render_in(&comparison, lang),
        CompareFormat::Markdown => markdown::render_comparison_in(&comparison, lang),
        CompareFormat::Json => return write_json(&comparison, args.pretty),
    };
    say_raw!("{out}");
    Ok(())
}

/// The JSON document straight to the output as it is encoded: with hundreds of teams its text
/// would be the largest thing in memory.
fn write_json(comparison: &crate::domain::Comparison, pretty: bool) -> Result<(), Error> {
    let out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    match json::write_comparison(out, comparison, pretty) {
        Ok(()) => Ok(()),
        // A reader that stops early (`| head`) is not an error, as for every output.
        Err(e) if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) => Ok(()),
        Err(e) if e.is_io() => Err(super::output_error(&e)),
        Err(e) => Err(super::encode_error(
            ("the comparison", "la comparaison"),
            &e,
        )),
    }
}
