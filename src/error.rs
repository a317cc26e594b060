//! The error every use case and command returns: a one-line message and the exit code it maps
//! to. Every layer may use it (see docs/architecture.md); each face decides how to show it.
//!
//! A message the user is likely to meet carries its French text too ([`Error::fr`]): the face
//! that prints it knows the language of the command (the assessment's, `--lang`, the locale)
//! and picks one with [`Error::message_in`]. This module depends on no language type (every
//! layer uses it, the catalogue lives above), hence the `french: bool`. A message without
//! French falls back to English rather than to nothing.

use std::fmt;
use std::process::ExitCode;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The English text: always there.
    pub message: String,
    /// The French text of the same message, when it was written.
    pub french: Option<String>,
    /// 2 for usage and input errors the user can fix, 1 for other failures.
    pub code: u8,
}

impl Error {
    /// Something the user typed or gave is wrong: exit code 2.
    pub fn usage(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            french: None,
            code: 2,
        }
    }

    /// Anything else (a disk, a file someone else broke): exit code 1.
    pub fn failure(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            french: None,
            code: 1,
        }
    }

    /// The same error with its French text (French typography: U+202F before « : ; ? ! »
    /// and inside « », the apostrophe ’).
    #[must_use]
    pub fn fr(mut self, french: impl Into<String>) -> Error {
        self.french = Some(french.into());
        self
    }

    /// The message in French when `french` and it was written, else in English.
    pub fn message_in(&self, french: bool) -> &str {
        match (&self.french, french) {
            (Some(fr), true) => fr,
            _ => &self.message,
        }
    }

    /// The same error with `en` / `fr` put before its message in each language ("--about: …"),
    /// keeping the French of the inner error when it has one.
    #[must_use]
    pub fn prefixed(self, en: &str, fr: &str) -> Error {
        self.reworded(|m| format!("{en}{m}"), |m| format!("{fr}{m}"))
    }

    /// The same error, its message put into a sentence in each language (`en` gets the
    /// English message, `fr` the French one, or the English when there is none).
    #[must_use]
    pub fn reworded(
        self,
        en: impl FnOnce(&str) -> String,
        fr: impl FnOnce(&str) -> String,
    ) -> Error {
        Error {
            french: Some(fr(self.message_in(true))),
            message: en(&self.message),
            code: self.code,
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.code)
    }
}

/// A message in both languages that is not an error: a warning, or why a file was left out
/// while the command went on (`collect`'s "refused:" lines). The face that prints it picks
/// the language, as for [`Error::message_in`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Wording {
    pub en: String,
    /// French typography, as for [`Error::fr`].
    pub fr: String,
}

impl Wording {
    pub fn new(en: impl Into<String>, fr: impl Into<String>) -> Wording {
        Wording {
            en: en.into(),
            fr: fr.into(),
        }
    }

    /// The message in French when `french`, else in English.
    pub fn in_french(&self, french: bool) -> &str {
        if french { &self.fr } else { &self.en }
    }
}

impl fmt::Display for Wording {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn french_is_picked_when_written_and_english_otherwise() {
        let e =
            Error::usage("team \"Lyon\" is unknown").fr("équipe «\u{202f}Lyon\u{202f}» inconnue");
        assert_eq!(e.message_in(false), "team \"Lyon\" is unknown");
        assert_eq!(e.message_in(true), "équipe «\u{202f}Lyon\u{202f}» inconnue");
        assert_eq!(e.code, 2);
        let plain = Error::failure("disk full");
        assert_eq!(plain.message_in(true), "disk full");
        let p = e.prefixed("--about: ", "--about\u{202f}: ");
        assert_eq!(p.message, "--about: team \"Lyon\" is unknown");
        assert_eq!(
            p.message_in(true),
            "--about\u{202f}: équipe «\u{202f}Lyon\u{202f}» inconnue"
        );
    }
}
