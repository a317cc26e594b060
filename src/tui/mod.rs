//! The interactive terminal UI: home screen and questionnaire wizard.

use crate::domain::Role;
use crate::error::CliError;
use crate::store::Store;

pub fn run_wizard(
    _store: &Store,
    _name: &str,
    _team: &str,
    _respondent: &str,
    _role: Option<Role>,
) -> Result<(), CliError> {
    Err(CliError::usage(
        "the interactive wizard is not built yet; use --set",
    ))
}
