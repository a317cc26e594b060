//! Entry point: parse the command line, dispatch, turn errors into one line and an exit code.

#![forbid(unsafe_code)]

use clap::Parser;
use devops_maturity::cli::Cli;
use devops_maturity::commands;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout with exit 0, usage errors to stderr with 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match commands::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // In the command's language (see `commands::error_line`); clap's own usage
            // errors above stay English, as clap writes them.
            commands::emit_err(&commands::error_line(&cli, &e));
            e.exit_code()
        }
    }
}
