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
mod compare;
mod demo;
mod import;
mod questionnaire;
mod report;

pub use questionnaire::render_markdown as render_questionnaire_markdown;

use crate::app::Workspace;
use crate::cli::{Cli, Command};
use crate::error::Error;

pub fn run(cli: &Cli) -> Result<(), Error> {
    // `--data-dir`, then `DEVOPS_MATURITY_DATA` (both via clap), then the platform default.
    let workspace = || Workspace::locate(cli.data_dir.as_deref());
    let Some(command) = &cli.command else {
        // No arguments: the workshop's home screen.
        return crate::tui::run_home(&workspace()?);
    };
    match command {
        Command::Questionnaire(q) => questionnaire::run(q),
        Command::New(args) => assessment::new(&workspace()?, args),
        Command::List => assessment::list(&workspace()?),
        Command::Show(args) => assessment::show(&workspace()?, args),
        Command::AddTeam(args) => assessment::add_team(&workspace()?, args),
        Command::AddQuestions(args) => assessment::add_questions(&workspace()?, args),
        Command::Answer(args) => assessment::answer(&workspace()?, args),
        Command::Import(args) => import::run(&workspace()?, args),
        Command::Compare(args) => compare::run(&workspace()?, args),
        Command::Report(args) => report::run(&workspace()?, args),
        Command::Demo(args) => demo::run(&workspace()?, args, cli.data_dir.as_deref()),
    }
}

/// Writes to stdout; a broken pipe ends output quietly instead of panicking.
pub fn emit(text: &str) -> Result<(), Error> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::failure(format!("cannot write output: {e}"))),
    }
}

/// Writes to stderr, ignoring failures: there is nowhere left to report them.
pub fn emit_err(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}
