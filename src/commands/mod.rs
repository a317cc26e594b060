//! What each command does, over the domain and the store. `main` only parses and dispatches.

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
pub mod compare;
pub mod demo;
mod import;
mod questionnaire;
pub mod report;
pub mod table;

pub use questionnaire::{load_questionnaire, render_markdown as render_questionnaire_markdown};

use crate::cli::{Cli, Command};
use crate::error::CliError;
use crate::store::Store;

/// Resolves the data directory: `--data-dir`, then `DEVOPS_MATURITY_DATA` (both via clap), then
/// the platform default.
pub fn store_for(cli: &Cli) -> Result<Store, CliError> {
    match &cli.data_dir {
        Some(dir) if dir.as_os_str().is_empty() => Err(CliError::usage(
            "--data-dir / DEVOPS_MATURITY_DATA must not be empty",
        )),
        Some(dir) => Ok(Store::new(dir)),
        None => Ok(Store::new(Store::default_root()?)),
    }
}

pub fn run(cli: Cli) -> Result<(), CliError> {
    let Some(command) = &cli.command else {
        // No arguments: the workshop's home screen.
        return crate::tui::run_home(&store_for(&cli)?);
    };
    match command {
        Command::Questionnaire(q) => questionnaire::run(q),
        Command::New(args) => assessment::new(&store_for(&cli)?, args),
        Command::List => assessment::list(&store_for(&cli)?),
        Command::Show(args) => assessment::show(&store_for(&cli)?, args),
        Command::AddTeam(args) => assessment::add_team(&store_for(&cli)?, args),
        Command::Answer(args) => assessment::answer(&store_for(&cli)?, args),
        Command::Import(args) => import::run(&store_for(&cli)?, args),
        Command::Compare(args) => compare::run(&store_for(&cli)?, args),
        Command::Report(args) => report::run(&store_for(&cli)?, args),
        Command::Demo(args) => demo::run(&store_for(&cli)?, args, cli.data_dir.as_deref()),
    }
}

/// Writes to stdout; a broken pipe ends output quietly instead of panicking.
pub fn emit(text: &str) -> Result<(), CliError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::failure(format!("cannot write output: {e}"))),
    }
}

/// Writes to stderr, ignoring failures: there is nowhere left to report them.
pub fn emit_err(text: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}
