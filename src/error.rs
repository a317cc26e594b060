//! The error every command returns, carrying the exit code it maps to.

use crate::domain::ParseError;
use crate::store::StoreError;
use std::fmt;
use std::process::ExitCode;

#[derive(Debug)]
pub struct CliError {
    pub message: String,
    /// 2 for usage and input errors the user can fix, 1 for other failures.
    pub code: u8,
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 2,
        }
    }

    pub fn failure(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 1,
        }
    }

    /// A questionnaire that failed to parse, named by where it came from.
    pub fn questionnaire(source: &str, err: &ParseError) -> CliError {
        CliError::usage(format!("{source}: {err}"))
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.code)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> CliError {
        if e.is_user_error() {
            CliError::usage(e.to_string())
        } else {
            CliError::failure(e.to_string())
        }
    }
}
