//! The message catalogue of the faces: every word the workshop screen (`tui`) and the commands
//! (`commands`) show, in English and French. The report has its own (`report::labels`); both
//! share one language type, [`Lang`], and one rule to choose it.
//!
//! # Choosing the language
//! - Screens and commands about one assessment speak its questionnaire's language
//!   ([`for_questionnaire`]): French for the `fr` edition, English otherwise.
//! - Those about none (the home screen, `list`) follow the locale ([`for_locale`]).
//! - The global `--lang en|fr` overrides both (and the report's language).
//!
//! # Using it
//! A fixed message is a [`Text`], both languages side by side, read with
//! [`Text::get`]: `room::REVEAL.get(lang)`. Key tables hold `Text`s too, so a table's help
//! and footer come out in the screen's language. A message with numbers or names in it is a
//! function taking the language first: `room::votes_in(lang, 3, 5)`. Add a message next to
//! those of its screen (one submodule per screen family); write the French one at the same
//! time, never a placeholder.
//!
//! # French typography
//! The rules of `report::labels`, checked by a test over every file of this catalogue: a
//! narrow no-break space (U+202F, `\u{202f}`) before « : », « ; », « ? », « ! » and « % » and
//! inside guillemets; the typographic apostrophe ’; a decimal comma (2,6). Key names are
//! French on French screens (Entrée, Échap, Maj, Suppr).

pub mod cli;
pub mod dashboard;
pub mod errors;
pub mod keys;
pub mod questionnaire;
pub mod room;
pub mod screens;
pub mod teams;

pub use crate::report::Lang;

/// The narrow no-break space French puts before « : ; ? ! % » and inside guillemets.
pub const NNBSP: char = '\u{202f}';

/// A name between French guillemets, with the narrow no-break spaces: « «\u{202f}Paris\u{202f}» »
/// (for the French text of errors, see `crate::error::Error::fr`).
pub fn guill(name: &str) -> String {
    format!("«{NNBSP}{name}{NNBSP}»")
}

/// One message in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub fr: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, fr: &'static str) -> Text {
        Text { en, fr }
    }

    /// The message in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

/// The language of screens and messages about an assessment: `forced` (`--lang`) when given,
/// else its questionnaire's `language` tag (French for "fr", "fr-CA"…).
pub fn for_questionnaire(forced: Option<Lang>, language: &str) -> Lang {
    forced.unwrap_or_else(|| Lang::from_tag(language))
}

/// The language of screens and messages about no assessment in particular (the home screen
/// lists assessments in several languages): `forced` when given, else the locale as
/// [`locale_from`] found it ("fr_FR.UTF-8" is French; "C", none or another language is
/// English).
pub fn for_locale(forced: Option<Lang>, locale: Option<&str>) -> Lang {
    forced.unwrap_or_else(|| locale.map_or(Lang::En, Lang::from_tag))
}

/// The locale that decides the language of messages, from the environment's `LC_ALL`,
/// `LC_MESSAGES` and `LANG` (in that order of precedence, as POSIX has it): the first one set
/// and not empty. The faces read the environment and pass the values in.
pub fn locale_from<'a>(
    lc_all: Option<&'a str>,
    lc_messages: Option<&'a str>,
    lang: Option<&'a str>,
) -> Option<&'a str> {
    [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.trim().is_empty())
}

/// "Title: " before a value: "Title: " / « Titre : ».
pub fn colon(lang: Lang, title: &str) -> String {
    lang.labels().colon(title)
}

/// A decimal number as `lang` writes it: "2.5" / « 2,5 ».
pub fn decimal(lang: Lang, text: String) -> String {
    lang.labels().decimal(text)
}

/// A score to one decimal ("2.5" / « 2,5 »), or "–".
pub fn score(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(
        || "–".to_string(),
        |v| decimal(lang, crate::domain::scoring::shown(v)),
    )
}

/// A share (0–1) as a whole percentage: "100%" / « 100 % ».
pub fn pct(lang: Lang, share: f64) -> String {
    lang.labels().pct(share)
}

/// "1 respondent", "3 respondents": a count with its noun agreed, never "respondent(s)".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A count with its noun from a pair of `Text`s (singular, plural).
pub fn count_of(lang: Lang, n: usize, noun: (Text, Text)) -> String {
    count(n, noun.0.get(lang), noun.1.get(lang))
}

/// A quotation: "“text”" / « « texte » ».
pub fn quote(lang: Lang, text: &str) -> String {
    lang.labels().quote(text)
}

/// A role as this language names it: "ops" / « exploitation ».
pub fn role(lang: Lang, role: crate::domain::Role) -> &'static str {
    lang.labels().role(role)
}

/// A role typed by a user: its id (`dev`, `change-manager`) or its French name
/// (« exploitation », « recette »), case and accents as typed.
pub fn parse_role(text: &str) -> Option<crate::domain::Role> {
    let key = crate::domain::names::name_key(text);
    crate::domain::Role::parse(text).or_else(|| {
        crate::domain::Role::ALL.into_iter().find(|r| {
            crate::domain::names::name_key(crate::report::labels::FR.role(*r)) == key
                || crate::domain::names::name_key(&crate::report::labels::FR.role_header(*r)) == key
        })
    })
}

/// An answer as shown on screen: "3", "n/a" / « s.o. », "unknown" / « ne sait pas ».
pub fn answer(lang: Lang, answer: crate::domain::Answer) -> String {
    match answer {
        crate::domain::Answer::Level(l) => l.to_string(),
        crate::domain::Answer::NotApplicable => screens::NA.get(lang).to_string(),
        crate::domain::Answer::Unknown => screens::UNKNOWN.get(lang).to_string(),
    }
}

/// "level 2 (Managed)" / « niveau 2 (Maîtrisé) », "n/a", "unknown": how status lines and
/// prompts name an answer.
pub fn answer_text(lang: Lang, answer: crate::domain::Answer, level_label: &str) -> String {
    match answer {
        crate::domain::Answer::Level(l) => lang.labels().level(l, level_label),
        other => self::answer(lang, other),
    }
}

/// A duration of `seconds` as a countdown or clock: "2:05", "1:02:05".
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A duration of `seconds` in words, to the minute: "45 min", "1 h 05".
pub fn duration(seconds: u64) -> String {
    let minutes = seconds.div_ceil(60);
    let (h, m) = (minutes / 60, minutes % 60);
    if h > 0 {
        format!("{h} h {m:02}")
    } else {
        format!("{m} min")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_follows_the_flag_then_the_questionnaire_or_the_locale() {
        assert_eq!(for_questionnaire(None, "fr"), Lang::Fr);
        assert_eq!(for_questionnaire(None, "en"), Lang::En);
        assert_eq!(for_questionnaire(Some(Lang::En), "fr"), Lang::En);
        assert_eq!(for_locale(None, Some("fr_FR.UTF-8")), Lang::Fr);
        assert_eq!(for_locale(None, Some("C")), Lang::En);
        assert_eq!(for_locale(None, None), Lang::En);
        assert_eq!(for_locale(Some(Lang::Fr), Some("en_GB.UTF-8")), Lang::Fr);
        assert_eq!(
            locale_from(Some(""), Some("fr_FR.UTF-8"), Some("en_US")),
            Some("fr_FR.UTF-8")
        );
        assert_eq!(locale_from(None, None, Some("en_US")), Some("en_US"));
    }

    #[test]
    fn roles_are_typed_by_id_or_by_their_french_name() {
        use crate::domain::Role;
        assert_eq!(parse_role("ops"), Some(Role::Ops));
        assert_eq!(parse_role("Exploitation"), Some(Role::Ops));
        assert_eq!(parse_role("recette"), Some(Role::Qa));
        assert_eq!(parse_role("change-manager"), Some(Role::ChangeManager));
        assert_eq!(parse_role("chef"), None);
    }

    #[test]
    fn durations_read_as_clocks_and_words() {
        assert_eq!(clock(125), "2:05");
        assert_eq!(clock(3725), "1:02:05");
        assert_eq!(duration(45 * 60), "45 min");
        assert_eq!(duration(65 * 60), "1 h 05");
        assert_eq!(duration(125 * 60), "2 h 05");
        assert_eq!(duration(1), "1 min");
    }

    /// Every string literal of a source file, unescaped enough to check spacing.
    fn literals(source: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = source.chars().peekable();
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            if c == '"' && previous != '\'' {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            if let Some(escaped) = chars.next() {
                                literal.push('\\');
                                literal.push(escaped);
                            }
                        }
                        '"' => break,
                        c => literal.push(c),
                    }
                }
                out.push(literal);
                previous = '"';
                continue;
            }
            previous = c;
        }
        out
    }

    #[test]
    fn french_typography_one_rule_in_every_file_of_the_catalogue() {
        let files = [
            include_str!("mod.rs"),
            include_str!("keys.rs"),
            include_str!("screens.rs"),
            include_str!("dashboard.rs"),
            include_str!("room.rs"),
            include_str!("cli.rs"),
            include_str!("teams.rs"),
            include_str!("errors.rs"),
            include_str!("questionnaire.rs"),
            // The key tables hold their help and footer words in both languages too.
            include_str!("../../tui/keymap.rs"),
            // The French texts of errors written next to their English (`Error::fr`).
            include_str!("../answers.rs"),
            include_str!("../assessments.rs"),
            include_str!("../collect.rs"),
            include_str!("../demo/mod.rs"),
            include_str!("../import.rs"),
            include_str!("../metrics.rs"),
            include_str!("../plan.rs"),
            include_str!("../questionnaires.rs"),
            include_str!("../report.rs"),
            include_str!("../requests.rs"),
            include_str!("../respondents.rs"),
            include_str!("../room.rs"),
            include_str!("../../commands/mod.rs"),
            include_str!("../../commands/assessment.rs"),
            include_str!("../../commands/collect.rs"),
            include_str!("../../report/text.rs"),
            include_str!("../../store/error.rs"),
            // Reasons carried in both languages (`crate::error::Wording`) and faces' errors.
            include_str!("../../store/source.rs"),
            include_str!("../../store/perceptions.rs"),
            include_str!("../../store/files.rs"),
            include_str!("../../store/sheets.rs"),
            include_str!("../../store/room.rs"),
            include_str!("../../store/requests.rs"),
            include_str!("../../store/plan.rs"),
            include_str!("../../domain/plan.rs"),
            include_str!("../../domain/requests.rs"),
            include_str!("../../commands/demo.rs"),
            include_str!("../../tui/events.rs"),
            include_str!("../../commands/questionnaire.rs"),
            include_str!("../../tui/event_loop.rs"),
            include_str!("../../report/mod.rs"),
            include_str!("../../report/json.rs"),
        ];
        let french = |s: &str| s.chars().any(|c| "éèêàâçùûôîœÉÈÀÇ’«»".contains(c));
        let mut checked = 0;
        for source in files {
            let code = source.find("#[cfg(test)]").map_or(source, |i| &source[..i]);
            for literal in literals(code) {
                checked += 1;
                for bad in [" :", " ;", " ?", " !", " %", "« ", " »"] {
                    assert!(
                        !literal.contains(bad),
                        "{bad:?} with an ordinary space in {literal:?}: use \\u{{202f}}"
                    );
                }
                if french(&literal) {
                    assert!(!literal.contains('\''), "ASCII apostrophe in {literal:?}");
                }
            }
        }
        assert!(checked > 150, "only {checked} literals read");
    }

    #[test]
    fn no_french_message_is_left_in_english() {
        // A French message identical to its English one is a forgotten translation, unless it
        // is written the same in both languages (a key name, a symbol, a shared word).
        let shared = [
            "Question",
            "Questions",
            "Dimension",
            "Dimensions",
            "Tab",
            "Participants",
            "Participant",
            "Total",
            "Note",
            "Options",
            "Plans",
            "Initial",
            "Export",
            "Minutes",
            "Ctrl+S",
            "Ctrl+U",
            "F1",
            "F2",
            "↑ ↓",
            "← →",
            "1–{n}",
            "1-5",
            "Tab 1-7",
            "question",
            "questions",
            " score   ",
            "Questionnaire",
            "dimension",
            "Tab ↑ ↓",
            "Tab ↑↓",
            "Votes",
            "absent",
            "vote",
            "note",
            "participants",
            "Source",
            "score",
            "ACTION",
            "action",
        ];
        let files = [
            include_str!("keys.rs"),
            include_str!("screens.rs"),
            include_str!("dashboard.rs"),
            include_str!("room.rs"),
            include_str!("cli.rs"),
            include_str!("teams.rs"),
            include_str!("../../tui/keymap.rs"),
        ];
        let mut pairs = 0;
        for source in files {
            let code = source.find("#[cfg(test)]").map_or(source, |i| &source[..i]);
            for call in code.split("Text::new(").skip(1) {
                let lits = literals(call);
                let (Some(en), Some(fr)) = (lits.first(), lits.get(1)) else {
                    continue;
                };
                pairs += 1;
                let wordy = en.chars().filter(|c| c.is_alphabetic()).count() > 2;
                assert!(
                    en != fr || !wordy || shared.contains(&en.as_str()),
                    "{en:?} is not translated"
                );
            }
        }
        assert!(pairs > 60, "only {pairs} messages read");
    }
}
