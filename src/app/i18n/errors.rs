//! The words of the errors whose reason comes from the pure domain as a typed value (a name, a
//! request's text, a delivery figure, answers carried between questionnaires): the domain says
//! what is wrong, this module says it in English and French, and builds the [`Error`] that
//! carries both.

use super::{Lang, NNBSP as S, guill};
use crate::domain::names::{BadName, MAX_NAME_CHARS};
use crate::error::Error;

/// What a checked name is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameOf {
    Assessment,
    Team,
    Respondent,
    Participant,
}

impl NameOf {
    fn english(self) -> &'static str {
        match self {
            NameOf::Assessment => "assessment name",
            NameOf::Team => "team name",
            NameOf::Respondent => "respondent name",
            NameOf::Participant => "participant name",
        }
    }

    fn french(self) -> &'static str {
        match self {
            NameOf::Assessment => "le nom de l’évaluation",
            NameOf::Team => "le nom de l’équipe",
            NameOf::Respondent => "le nom du répondant",
            NameOf::Participant => "le nom du participant",
        }
    }
}

/// Why a name is refused, in `lang`: "team name must not be empty" / « le nom de l’équipe ne
/// doit pas être vide ».
pub fn bad_name(lang: Lang, of: NameOf, e: &BadName) -> String {
    if lang == Lang::En {
        return e.english(of.english());
    }
    let what = of.french();
    match e {
        BadName::Empty => format!("{what} ne doit pas être vide"),
        BadName::TooLong { start } => format!(
            "{what} {} dépasse {MAX_NAME_CHARS} caractères",
            guill(&format!("{start}…"))
        ),
        BadName::Control => format!("{what} ne doit pas contenir de caractère de contrôle"),
        BadName::Layout(c) => format!(
            "{what} ne doit pas contenir le caractère invisible de mise en page U+{:04X} (il peut faire passer un nom pour un autre)",
            u32::from(*c)
        ),
    }
}

/// The refusal of a name as an error (exit 2) in both languages.
pub fn name_error(of: NameOf, e: &BadName) -> Error {
    Error::usage(bad_name(Lang::En, of, e)).fr(bad_name(Lang::Fr, of, e))
}

/// Why a request's text or note is refused, in `lang`: the reasons of
/// `domain::requests::check_text`, `what` named in each language.
pub fn bad_text(lang: Lang, what: (&str, &str), e: &crate::domain::requests::BadText) -> String {
    if lang == Lang::En {
        return e.english(what.0);
    }
    // The French lives next to the English in the domain: the store says it too, of a
    // requests file read back.
    e.french(what.1)
}

/// The refusal of a request's text or note (nothing was written) in both languages.
pub fn text_error(what: (&str, &str), e: &crate::domain::requests::BadText) -> Error {
    Error::usage(format!(
        "{}; nothing was written",
        bad_text(Lang::En, what, e)
    ))
    .fr(format!(
        "{}{S}; rien n’a été écrit",
        bad_text(Lang::Fr, what, e)
    ))
}

/// A delivery figure as French names it in a sentence, with its article.
fn figure_fr(key: crate::domain::metrics::Key) -> &'static str {
    use crate::domain::metrics::Key;
    match key {
        Key::DeployFrequency => "une fréquence de déploiement",
        Key::LeadTime => "un délai de mise en production",
        Key::ChangeFailureRate => "un taux d’échec des changements",
        Key::RecoveryTime => "un délai de rétablissement",
        Key::ReworkRate => "un taux de reprise",
    }
}

/// The forms a value of `kind` may take, in French (the units stay as they are typed).
fn accepted_fr(kind: crate::domain::metrics::Kind) -> String {
    use crate::domain::metrics::{Band, Kind};
    match kind {
        Kind::Frequency => format!(
            "N/day, N/week, N/month ou N/year (par ex. 3/week), on-demand, ou une tranche{S}: {}",
            Band::ids(kind)
        ),
        Kind::Duration => format!(
            "un nombre et une unité, 45m (ou 45min), 4h, 2d, 3w, 2mo, ou une tranche{S}: {}",
            Band::ids(kind)
        ),
        Kind::Rate => {
            "un pourcentage de 0 à 100 (par ex. 12% ou 12,5%) ou une plage comme band:10-20%"
                .to_string()
        }
    }
}

/// Why a typed delivery figure is refused, in `lang`, with the forms accepted (the caller
/// puts the flag or the field in front).
pub fn bad_value(
    lang: Lang,
    key: crate::domain::metrics::Key,
    e: &crate::domain::metrics::value::BadValue,
) -> String {
    use crate::domain::metrics::value::Why;
    if lang == Lang::En {
        return e.english(key.name());
    }
    let t = guill(&e.text);
    let why = match e.why {
        Why::Missing => "aucune valeur donnée".to_string(),
        Why::NotABand => format!("{t} n’est pas une tranche connue"),
        Why::NotThisKind => format!("{t} n’est pas {}", figure_fr(key)),
        Why::Negative => format!("{t}{S}: la valeur ne peut pas être négative"),
        Why::Zero => format!("{t}{S}: la valeur doit être supérieure à 0"),
        Why::TooPrecise(n) => format!("{t} a trop de décimales ({n} au plus)"),
        Why::TooLarge => format!("{t} est trop grand pour être {}", figure_fr(key)),
        Why::OverHundred => format!("{t} dépasse 100{S}%"),
    };
    format!("{why}{S}; formes acceptées{S}: {}", accepted_fr(e.kind))
}

/// Why answers cannot be carried between two questionnaires, in French (`Display` is the
/// English).
pub fn carry_fr(e: &crate::domain::carry::CarryError) -> String {
    use crate::domain::carry::CarryError;
    match e {
        CarryError::Scales {
            into,
            into_levels,
            from,
            from_levels,
        } => format!(
            "{} a {into_levels} niveaux, {} en a {from_levels}",
            guill(into),
            guill(from)
        ),
        CarryError::NoPlace {
            question,
            from,
            into,
        } => format!(
            "la question {} de {} n’a pas de place dans {} (ni par son identifiant ni par le «{S}formerly{S}» d’une question)",
            guill(question),
            from.replace('"', ""),
            into.replace('"', "")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_name_reads_in_both_languages() {
        let e = name_error(NameOf::Team, &BadName::Empty);
        assert_eq!(e.message, "team name must not be empty");
        assert_eq!(
            e.message_in(true),
            "le nom de l’équipe ne doit pas être vide"
        );
        assert_eq!(e.code, 2);
        let long = name_error(
            NameOf::Respondent,
            &BadName::TooLong {
                start: "Jean".into(),
            },
        );
        assert_eq!(
            long.message_in(true),
            "le nom du répondant «\u{202f}Jean…\u{202f}» dépasse 80 caractères"
        );
        let layout = bad_name(Lang::Fr, NameOf::Assessment, &BadName::Layout('\u{202e}'));
        assert!(layout.contains("U+202E"), "{layout}");
    }
}
