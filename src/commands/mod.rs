//! The command-line face: each command turns its parsed arguments into a request for `app`,
//! calls it and prints the outcome. `main` only parses and dispatches; the work is in `app`.

/// `println!` that survives a closed pipe (`… | head`): a reader that went away is not an error.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::commands::emit(&format!("{}\n", format_args!($($arg)*)))?
    };
}

/// `eprintln!` that survives a closed stderr (`… 2>&1 | head`): warnings are best effort.
macro_rules! warn {
    ($($arg:tt)*) => {
        $crate::commands::emit_err(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// `print!` with the same guarantee as `say!`.
macro_rules! say_raw {
    ($($arg:tt)*) => {
        $crate::commands::emit(&format!($($arg)*))?
    };
}

mod assessment;
mod collect;
mod compare;
mod demo;
mod import;
mod metrics;
mod plan;
mod questionnaire;
mod report;
mod requests;
mod respondents;
mod workshop;

pub use questionnaire::render_markdown as render_questionnaire_markdown;

use crate::app::Workspace;
use crate::app::i18n::{self, Lang};
use crate::cli::{Cli, Command};
use crate::domain::text::printable_lines;
use crate::error::Error;

pub fn run(cli: &Cli) -> Result<(), Error> {
    // `--data-dir`, then `DEVOPS_MATURITY_DATA` (both via clap), then the platform default.
    let workspace = || Workspace::locate(cli.data_dir.as_deref());
    let lang = cli.lang.map(report::lang_of);
    let Some(command) = &cli.command else {
        // No arguments: the workshop's home screen.
        return crate::tui::run_home(&workspace()?, lang);
    };
    match command {
        Command::Questionnaire(q) => questionnaire::run(q),
        Command::Metrics(m) => metrics::run(&workspace()?, m, lang),
        Command::Plan(p) => plan::run(&workspace()?, p, lang),
        Command::History(args) => assessment::history(&workspace()?, &args.name, lang),
        Command::Request(r) => requests::run(&workspace()?, r, lang),
        Command::New(args) => assessment::new(&workspace()?, args, lang),
        Command::List => assessment::list(&workspace()?, lang),
        Command::Show(args) => assessment::show(&workspace()?, args, lang),
        Command::AddTeam(args) => assessment::add_team(&workspace()?, args, lang),
        Command::AddQuestions(args) => assessment::add_questions(&workspace()?, args),
        Command::Answer(args) => assessment::answer(&workspace()?, args, lang),
        Command::Import(args) => import::run(&workspace()?, args, lang),
        Command::Compare(args) => compare::run(&workspace()?, args, lang),
        Command::Report(args) => report::run(&workspace()?, args, cli.lang),
        Command::Workshop(args) => workshop::run(&workspace()?, args, lang),
        Command::Demo(args) => demo::run(&workspace()?, args, cli.data_dir.as_deref()),
        Command::Respondent(c) => respondents::run(&workspace()?, c, lang),
        Command::Collect(args) => collect::collect(&workspace()?, args, lang),
        Command::Export(args) => collect::export(&workspace()?, args, lang),
        Command::Delete(args) => respondents::delete_assessment(&workspace()?, &args.name, lang),
        Command::Restore(args) => respondents::restore_assessment(&workspace()?, &args.name, lang),
    }
}

/// The language of a command about the assessment `name`: `--lang`, else its questionnaire's;
/// when it cannot be read (the command then fails on it), the locale's.
pub fn lang_for(ws: &Workspace, name: &str, forced: Option<Lang>) -> Lang {
    forced.unwrap_or_else(|| {
        ws.assessment(name).map_or_else(
            |_| locale_lang(None),
            |a| i18n::for_questionnaire(None, &a.questionnaire.language),
        )
    })
}

/// The language of a command about no assessment in particular: `--lang`, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn locale_lang(forced: Option<Lang>) -> Lang {
    let var = |k| std::env::var(k).ok();
    let (all, messages, lang) = (var("LC_ALL"), var("LC_MESSAGES"), var("LANG"));
    i18n::for_locale(
        forced,
        i18n::locale_from(all.as_deref(), messages.as_deref(), lang.as_deref()),
    )
}

/// A conflict as one warning line: "question ci.build was also changed elsewhere: kept 3
/// (2026-12-01 10:12), not 2 (2026-12-01 10:11)".
pub fn conflict_line(lang: Lang, c: &crate::app::Conflict) -> String {
    use crate::domain::merge::FieldKind;
    use i18n::cli::ConflictField;
    let at = |t: &Option<String>| {
        t.as_deref()
            .map(|t| format!(" ({} UTC)", t.get(..16).unwrap_or(t).replace('T', " ")))
            .unwrap_or_default()
    };
    let what = match c.field {
        FieldKind::Answer => ConflictField::Answer(&c.question_id),
        FieldKind::Comment => ConflictField::Comment(&c.question_id),
        FieldKind::Role => ConflictField::Role,
    };
    i18n::cli::conflict(
        lang,
        what,
        &format!("{}{}", c.kept, at(&c.kept_at)),
        &format!("{}{}", c.dropped, at(&c.dropped_at)),
    )
}

/// Writes to stdout; a broken pipe ends output quietly instead of panicking. Whatever the
/// command put together, no control character but the line break reaches the terminal (see
/// `domain::text`): names and comments read from files may hold escape sequences, and one
/// missed where it was formatted must still not retitle or clear the user's terminal.
pub fn emit(text: &str) -> Result<(), Error> {
    use std::io::Write;
    let text = printable_lines(text);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::failure(format!("cannot write output: {e}"))),
    }
}

/// Writes to stderr, ignoring failures: there is nowhere left to report them. Neutralised like
/// [`emit`]: warnings and errors quote names and file names.
pub fn emit_err(text: &str) {
    use std::io::Write;
    let text = printable_lines(text);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}
