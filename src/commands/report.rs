//! `report`: the gap report as PDF, Markdown, JSON or CSV, in a file or on standard output.

use crate::app::Workspace;
use crate::app::report::{Presentation, ReportRequest, to_stdout, write};
use crate::cli::{ReportAppendix, ReportArgs, ReportFormat, ReportLang, ReportPaper};
use crate::error::Error;
use crate::report::document::Paper;
use crate::report::model::{Appendix, Confidentiality};
use crate::report::{Format, Lang};

pub fn run(ws: &Workspace, args: &ReportArgs, lang: Option<ReportLang>) -> Result<(), Error> {
    let request = ReportRequest {
        name: &args.name,
        teams: &args.teams,
        output: &args.output,
        format: args.format.map(format_of),
        force: args.force,
        title: args.title.clone(),
        author: args.author.clone(),
        short_term: args.short_term,
        skip_unreadable: args.skip_unreadable,
        lang: lang.map(lang_of),
        anonymous: args.anonymous,
        presentation: Presentation {
            organisation: args.organisation.clone(),
            confidential: match (&args.confidential, args.no_confidential) {
                (_, true) => Confidentiality::Off,
                (Some(text), false) => Confidentiality::Custom(text.clone()),
                (None, false) => Confidentiality::Standard,
            },
            messages: args.messages.clone(),
            appendix: match args.appendix {
                ReportAppendix::Full => Appendix::Full,
                ReportAppendix::Backlog => Appendix::Backlog,
                ReportAppendix::None => Appendix::None,
            },
            paper: match args.paper {
                ReportPaper::A4 => Paper::A4,
                ReportPaper::Letter => Paper::Letter,
            },
            delimiter: args.delimiter,
            team_pages: args.team_pages.clone(),
        },
    };
    // `--output -`: stdout holds the report itself; a "Wrote" line would corrupt it.
    let stdout = args.output.as_os_str() == "-";
    let written = if stdout {
        let (written, text) = to_stdout(ws, &request)?;
        super::emit(&text)?;
        written
    } else {
        write(ws, &request)?
    };
    for w in &written.warnings {
        warn!("{}{w}", crate::app::i18n::cli::warning(written.lang));
    }
    if !written.has_answers {
        warn!("{}", crate::app::i18n::cli::no_answers_note(written.lang));
    }
    if !stdout {
        say!("{}", written.summary(&args.output.display().to_string()));
    }
    Ok(())
}

/// `--format`'s value as the report's own format.
pub fn format_of(arg: ReportFormat) -> Format {
    match arg {
        ReportFormat::Pdf => Format::Pdf,
        ReportFormat::Markdown => Format::Markdown,
        ReportFormat::Json => Format::Json,
        ReportFormat::Csv => Format::Csv,
    }
}

/// `--lang`'s value as the report's language.
pub fn lang_of(arg: ReportLang) -> Lang {
    match arg {
        ReportLang::En => Lang::En,
        ReportLang::Fr => Lang::Fr,
    }
}
