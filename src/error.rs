//! The error every use case and command returns: a one-line message and the exit code it maps
//! to. Every layer may use it (see docs/architecture.md); each face decides how to show it.

use crate::domain::ParseError;
use std::fmt;
use std::process::ExitCode;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub message: String,
    /// 2 for usage and input errors the user can fix, 1 for other failures.
    pub code: u8,
}

impl Error {
    /// Something the user typed or gave is wrong: exit code 2.
    pub fn usage(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            code: 2,
        }
    }

    /// Anything else (a disk, a file someone else broke): exit code 1.
    pub fn failure(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            code: 1,
        }
    }

    /// A questionnaire that failed to parse, named by where it came from.
    pub fn questionnaire(source: &str, err: &ParseError) -> Error {
        Error::usage(format!("{source}: {err}"))
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.code)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
