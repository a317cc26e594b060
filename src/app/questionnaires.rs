//! Loading a questionnaire: a built-in edition by name (`en`, `fr`) or a JSON file, validated.

use crate::app::i18n::questionnaire::questionnaire_error;
use crate::domain::{self, Questionnaire};
use crate::error::Error;
use std::path::Path;

/// A built-in edition name (`en`, `fr`) or a path to a JSON file; `None` is the default edition.
pub fn load(source: Option<&str>) -> Result<Questionnaire, Error> {
    match source {
        None => Ok(domain::default_questionnaire()),
        Some(name) => match domain::builtin_questionnaire(name) {
            Some(text) => {
                Questionnaire::from_json(text).map_err(|e| questionnaire_error(name, true, &e))
            }
            None => read_file(Path::new(name)),
        },
    }
}

/// A questionnaire file, validated; errors name the file.
pub fn read_file(path: &Path) -> Result<Questionnaire, Error> {
    const S: char = crate::app::i18n::NNBSP;
    let shown = path.display();
    // What the system said (`e`) stays as it wrote it, as in the store's French errors.
    let bytes = std::fs::read(path).map_err(|e| {
        Error::usage(format!("{shown}: cannot read: {e}"))
            .fr(format!("{shown}{S}: lecture impossible{S}: {e}"))
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!("{shown}: not UTF-8 text"))
            .fr(format!("{shown}{S}: ce n’est pas du texte UTF-8"))
    })?;
    // Editors on Windows often save JSON with a byte-order mark; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Questionnaire::from_json(text)
        .map_err(|e| questionnaire_error(&path.display().to_string(), false, &e))
}

/// The `language` a questionnaire source says it is in (a built-in edition's, or the field of
/// a file that is JSON, valid or not), to choose the language of its errors; `None` when the
/// file cannot be read as JSON. `editions`: whether `source` may name a built-in edition (as
/// for `new --questionnaire`) or is a file path only (`questionnaire validate`).
pub fn declared_language(source: &str, editions: bool) -> Option<String> {
    let builtin = editions
        .then(|| domain::builtin_questionnaire(source))
        .flatten();
    let text = match builtin {
        Some(text) => text.to_string(),
        None => String::from_utf8(std::fs::read(source).ok()?).ok()?,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value.get("language")?.as_str().map(str::to_string)
}
