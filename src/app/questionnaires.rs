//! Loading a questionnaire: a built-in edition by name (`en`, `fr`) or a JSON file, validated.

use crate::domain::{self, Questionnaire};
use crate::error::Error;
use std::path::Path;

/// A built-in edition name (`en`, `fr`) or a path to a JSON file; `None` is the default edition.
pub fn load(source: Option<&str>) -> Result<Questionnaire, Error> {
    match source {
        None => Ok(domain::default_questionnaire()),
        Some(name) => match domain::builtin_questionnaire(name) {
            Some(text) => Questionnaire::from_json(text)
                .map_err(|e| Error::questionnaire(&format!("built-in \"{name}\""), &e)),
            None => read_file(Path::new(name)),
        },
    }
}

/// A questionnaire file, validated; errors name the file.
pub fn read_file(path: &Path) -> Result<Questionnaire, Error> {
    let bytes = std::fs::read(path)
        .map_err(|e| Error::usage(format!("{}: cannot read: {e}", path.display())))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("{}: not UTF-8 text", path.display())))?;
    // Editors on Windows often save JSON with a byte-order mark; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Questionnaire::from_json(text)
        .map_err(|e| Error::questionnaire(&path.display().to_string(), &e))
}
