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
        Command::Questionnaire(q) => questionnaire::run(q, lang),
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
        Command::Demo(args) => demo::run(&workspace()?, args, cli.data_dir.as_deref(), lang),
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

/// The line `main` prints for a command's error, in the command's language: `--lang`, else
/// the language of the assessment the command is about when it can be read (its
/// questionnaire's; for `new`, the edition or the previous round asked for), else the
/// locale. Decided again here, after the fact, because an error can come before the command
/// got as far as choosing a language (an unknown assessment, a bad flag).
///
/// A message nobody translated yet stays English with its English "error: ", so that no
/// line mixes the two languages.
pub fn error_line(cli: &Cli, e: &Error) -> String {
    let lang = match error_lang(cli) {
        Lang::Fr if e.french.is_some() => Lang::Fr,
        _ => Lang::En,
    };
    format!(
        "{}{}\n",
        i18n::cli::error_word(lang),
        e.message_in(lang == Lang::Fr)
    )
}

fn error_lang(cli: &Cli) -> Lang {
    if let Some(forced) = cli.lang {
        return report::lang_of(forced);
    }
    let from_assessment = |name: &str| {
        let ws = Workspace::locate(cli.data_dir.as_deref()).ok()?;
        let a = ws.assessment(name).ok()?;
        Some(i18n::for_questionnaire(None, &a.questionnaire.language))
    };
    let decided = match &cli.command {
        Some(Command::New(args)) => match (&args.follow_up, args.questionnaire.as_deref()) {
            (Some(previous), _) => from_assessment(previous),
            // The questionnaire asked for, read again (only on this error path).
            (None, Some(source)) => file_lang(source, true),
            (None, None) => None,
        },
        Some(Command::Questionnaire(q)) => {
            use crate::cli::QuestionnaireCommand as Q;
            match q {
                Q::Validate { file } => file_lang(&file.to_string_lossy(), false),
                Q::Show { file, .. } | Q::Coverage { file, .. } => {
                    file.as_deref().and_then(|f| file_lang(f, true))
                }
            }
        }
        Some(command) => assessment_of(command).and_then(from_assessment),
        None => None,
    };
    decided.unwrap_or_else(|| locale_lang(None))
}

/// The language a questionnaire file or built-in edition declares, when it can be read as
/// JSON (valid or not: its errors are the reason for asking).
fn file_lang(source: &str, editions: bool) -> Option<Lang> {
    crate::app::questionnaires::declared_language(source, editions)
        .map(|language| i18n::for_questionnaire(None, &language))
}

/// The assessment a command is about, if it is about one.
fn assessment_of(command: &Command) -> Option<&str> {
    use crate::cli::RespondentCommand as R;
    use crate::cli::{MetricsCommand as M, PlanCommand as P, RequestCommand as Q};
    Some(match command {
        Command::New(a) => &a.name,
        Command::Show(a) => &a.name,
        Command::Answer(a) => &a.name,
        Command::Workshop(a) => &a.name,
        Command::AddTeam(a) => &a.name,
        Command::AddQuestions(a) => &a.name,
        Command::Import(a) => &a.name,
        Command::Compare(a) => &a.name,
        Command::Report(a) => &a.name,
        Command::Collect(a) => &a.name,
        Command::Export(a) => &a.name,
        Command::Delete(a) | Command::Restore(a) | Command::History(a) => &a.name,
        Command::Respondent(
            R::Rename { name, .. }
            | R::Merge { name, .. }
            | R::Delete { name, .. }
            | R::Restore { name, .. },
        ) => name,
        Command::Plan(p) => match p {
            P::Propose(a) => &a.name,
            P::List(a) => &a.name,
            P::Add(a) => &a.name,
            P::Set(a) => &a.name,
            P::Remove(a) => &a.name,
        },
        Command::Request(r) => match r {
            Q::Add(a) => &a.name,
            Q::List(a) => &a.name,
            Q::Respond(a) => &a.name,
            Q::Edit(a) => &a.name,
            Q::Withdraw(a) => &a.name,
        },
        Command::Metrics(m) => match m {
            M::Set(a) => &a.name,
            M::Show(a) => &a.name,
        },
        Command::List | Command::Demo(_) | Command::Questionnaire(_) => return None,
    })
}

/// A file of the data directory that cannot be read, as a warning or error says it in `lang`.
pub fn store_error_in(lang: Lang, e: &crate::app::StoreError) -> String {
    match lang {
        Lang::En => e.to_string(),
        Lang::Fr => e.french(),
    }
}

/// A warning line for each unreadable file, in `lang`.
pub fn warn_unreadable(lang: Lang, unreadable: &[crate::app::StoreError]) {
    for e in unreadable {
        warn!("{}{}", i18n::cli::warning(lang), store_error_in(lang, e));
    }
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
        Err(e) => Err(output_error(&e)),
    }
}

/// Standard output refused the text (a full disk behind a redirection): exit 1, the system's
/// words kept as it wrote them.
pub fn output_error(e: &dyn std::fmt::Display) -> Error {
    Error::failure(format!("cannot write output: {e}"))
        .fr(format!("impossible d’écrire la sortie{}: {e}", i18n::NNBSP))
}

/// A result that could not be turned into JSON (`what`: "the comparison" / « la
/// comparaison »): exit 1.
pub fn encode_error(what: (&str, &str), e: &dyn std::fmt::Display) -> Error {
    Error::failure(format!("cannot encode {}: {e}", what.0)).fr(format!(
        "impossible d’encoder {}{}: {e}",
        what.1,
        i18n::NNBSP
    ))
}

/// Writes to stderr, ignoring failures: there is nowhere left to report them. Neutralised like
/// [`emit`]: warnings and errors quote names and file names.
pub fn emit_err(text: &str) {
    use std::io::Write;
    let text = printable_lines(text);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}
