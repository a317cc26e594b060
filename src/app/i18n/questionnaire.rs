//! The words of `questionnaire validate|coverage` and of the rules a questionnaire file breaks:
//! the domain gives the place and the typed reason (`domain::questionnaire::Problem`), the
//! typography findings (`domain::typography::Finding`) and the coverage, this module says them
//! in English and French and builds the [`Error`] that carries both.
//!
//! What serde says of a file that is not JSON of the right shape ("expected `,` or `}`",
//! "unknown field `x`") stays as serde wrote it, inside a French sentence: those texts name
//! the JSON as it is typed, and serde has no French.

use super::{Lang, NNBSP as S, count, guill};
use crate::domain::questionnaire::{MAX_LEVELS, MAX_TITLE_CHARS, MIN_LEVELS};
use crate::domain::questionnaire::{ParseError, Place, Problem, Reason};
use crate::domain::typography::{Finding, Issue, Warning};
use crate::error::Error;

/// Where a problem is, in `lang` (the ids between guillemets in French).
pub fn place(lang: Lang, at: &Place) -> String {
    match lang {
        Lang::En => at.to_string(),
        Lang::Fr => at.quoted(&format!("«{S}"), &format!("{S}»")),
    }
}

/// A delivery figure named in a French sentence, lower case: « délai de mise en production ».
fn figure(key: crate::domain::metrics::Key) -> String {
    let title = key.title_fr();
    let mut chars = title.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

/// Why the rule is broken, in French (`Display` is the English).
pub fn reason_fr(reason: &Reason) -> String {
    let g = |t: &str| guill(t);
    let id_chars = format!("{}, {} et {}", g("-"), g("_"), g("."));
    match reason {
        Reason::Empty => "ne doit pas être vide".to_string(),
        Reason::NotLanguageTag(tag) => format!(
            "{} n’est pas une étiquette de langue BCP-47 comme {} ou {}",
            g(tag),
            g("en"),
            g("fr-CA")
        ),
        Reason::LevelCount(n) => format!(
            "a {}{S}; un questionnaire en a de {MIN_LEVELS} à {MAX_LEVELS}",
            count(*n, "niveau", "niveaux")
        ),
        Reason::DuplicateLevel(label) => format!("niveau {} en double", g(label)),
        Reason::NoDimension => "il faut au moins une dimension".to_string(),
        Reason::DuplicateDimension(id) => format!("identifiant de dimension {} en double", g(id)),
        Reason::NoQuestion => "il faut au moins une question".to_string(),
        Reason::DuplicateQuestion(id) => format!("identifiant de question {} en double", g(id)),
        Reason::IdCharacters(id) => format!(
            "{} ne peut contenir que des lettres, des chiffres, {id_chars}",
            g(id)
        ),
        Reason::TitleEmpty => {
            format!("est vide{S}; donnez un titre court ou retirez le champ")
        }
        Reason::TitleTooLong(chars) => {
            format!("fait {chars} caractères{S}; un titre en a {MAX_TITLE_CHARS} au plus")
        }
        Reason::TitleLines => "doit tenir sur une ligne".to_string(),
        Reason::TitleTaken { title, other } => format!(
            "{} est aussi le titre de la question {}",
            g(title),
            g(other)
        ),
        Reason::HelpEmpty => format!("est vide{S}; retirez plutôt le champ"),
        Reason::DescriptorCount { has, levels } => format!(
            "a {}{S}; il en faut exactement un par niveau ({levels})",
            count(*has, "descripteur", "descripteurs")
        ),
        Reason::MissingRecommendation { has, wanted } => format!(
            "recommandation manquante{S}: {} pour {}, il en faut une par niveau sous le plus haut",
            count(*has, "donnée", "données"),
            count(*wanted, "niveau", "niveaux")
        ),
        Reason::TooManyRecommendations { has, wanted } => format!(
            "a {}{S}; il en faut exactement une par niveau sous le plus haut ({wanted})",
            count(*has, "recommandation", "recommandations")
        ),
        Reason::RoleTwice(role) => format!("rôle {} cité deux fois", g(role.as_str())),
        Reason::OwnerNotAsked(role) => format!(
            "{} porte la pratique mais ne fait pas partie des rôles à qui la question est posée",
            g(role.as_str())
        ),
        Reason::FormerNotId(old) => format!(
            "{} n’est pas un identifiant de question (lettres, chiffres, {id_chars})",
            g(old)
        ),
        Reason::FormerOwnId => format!(
            "est l’identifiant de la question elle-même{S}; ne citez que des identifiants antérieurs"
        ),
        Reason::Twice(text) => format!("{} cité deux fois", g(text)),
        Reason::NotVersion(since) => {
            format!("{} n’est pas une version comme {}", g(since), g("2.0.0"))
        }
        Reason::SinceLater { since, version } => format!(
            "{} est postérieure à la version du questionnaire lui-même, {}",
            g(since),
            g(version)
        ),
        Reason::NotUrl(url) => format!(
            "{} n’est pas une adresse web commençant par https:// ou http://",
            g(url)
        ),
        Reason::UnknownCapability(c) => format!(
            "capacité inconnue {} (le catalogue est questionnaires/capabilities.json)",
            g(c)
        ),
        Reason::CapabilityTwice(c) => format!("capacité {} citée deux fois", g(c)),
        Reason::MeasuredTwice { key, first } => format!(
            "{} ({}) est déjà mesuré par la question {}{S}; une question par indicateur",
            g(key.id()),
            figure(*key),
            g(first)
        ),
        Reason::FormerIsCurrent(old) => format!(
            "{} est l’identifiant d’une question actuelle{S}; une réponse donnée sous cet identifiant irait à deux questions",
            g(old)
        ),
        Reason::BandCount { has, levels, key } => format!(
            "a {}{S}; il en faut exactement une par niveau ({levels}), null pour un niveau qui ne dit rien de l’indicateur ({})",
            count(*has, "entrée", "entrées"),
            figure(*key)
        ),
        Reason::BadBand { key, bad } => super::errors::bad_value(Lang::Fr, *key, bad),
        Reason::WorseBand {
            entry,
            key,
            level,
            before,
        } => format!(
            "{} est moins bon que {} au niveau {level} ({}){S}; un niveau plus haut ne peut pas signifier une livraison plus lente ou moins stable",
            g(entry),
            g(before),
            figure(*key)
        ),
        Reason::NoBand => format!(
            "ne donne de tranche à aucun niveau{S}; retirez plutôt le champ {}",
            g("measures")
        ),
        Reason::NotPositive(weight) => format!(
            "{} n’est pas un nombre positif",
            super::decimal(Lang::Fr, weight.to_string())
        ),
    }
}

/// One problem as a line, in `lang`: "levels[2]: must not be empty" / « levels[2] : ne doit
/// pas être vide ».
pub fn problem(lang: Lang, p: &Problem) -> String {
    match lang {
        Lang::En => p.to_string(),
        Lang::Fr => format!("{}{S}: {}", place(lang, &p.at), reason_fr(&p.reason)),
    }
}

/// Why a questionnaire text was refused, in `lang`: the first problem and how many more.
pub fn parse_error(lang: Lang, e: &ParseError) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        // serde's own words stay as it wrote them (see the module's note).
        ParseError::Syntax {
            path,
            line,
            column,
            message,
        } => {
            let at = if path.is_empty() || path == "." || path == "?" {
                String::new()
            } else {
                format!(" ({path})")
            };
            format!("ligne {line}, colonne {column}{at}{S}: {message}")
        }
        ParseError::Invalid(problems) => {
            let first = problems
                .first()
                .map(|p| problem(lang, p))
                .unwrap_or_default();
            match problems.len() {
                0 | 1 => first,
                2 => format!("{first} (et 1 autre problème)"),
                n => format!("{first} (et {} autres problèmes)", n - 1),
            }
        }
    }
}

/// A questionnaire refused, named by where it came from (`source`: a file, or the built-in
/// edition `builtin`), as an error (exit 2) in both languages.
pub fn questionnaire_error(source: &str, builtin: bool, e: &ParseError) -> Error {
    let (en, fr) = if builtin {
        (
            format!("built-in \"{source}\""),
            format!("questionnaire intégré {}", guill(source)),
        )
    } else {
        (source.to_string(), source.to_string())
    };
    Error::usage(format!("{en}: {}", parse_error(Lang::En, e)))
        .fr(format!("{fr}{S}: {}", parse_error(Lang::Fr, e)))
}

/// What a typography finding is, and what to type instead, in French.
fn issue_fr(issue: Issue) -> (String, &'static str) {
    let wanted = |sign: char| {
        if matches!(sign, ';' | '?' | '!') {
            "mettez une espace fine insécable (U+202F)"
        } else {
            "mettez une espace insécable (U+00A0)"
        }
    };
    let nbsp = "mettez une espace insécable (U+00A0)";
    let sign = |c: char| guill(&c.to_string());
    match issue {
        Issue::SpaceBefore(c) => (format!("espace ordinaire avant {}", sign(c)), wanted(c)),
        Issue::NothingBefore(c) => (format!("aucune espace avant {}", sign(c)), wanted(c)),
        Issue::SpaceAfterOpening => ("espace ordinaire après le guillemet ouvrant".into(), nbsp),
        Issue::NothingAfterOpening => ("aucune espace après le guillemet ouvrant".into(), nbsp),
        Issue::SpaceBeforeClosing => ("espace ordinaire avant le guillemet fermant".into(), nbsp),
        Issue::NothingBeforeClosing => ("aucune espace avant le guillemet fermant".into(), nbsp),
        Issue::Apostrophe => ("apostrophe droite".into(), "mettez ’ (U+2019)"),
        Issue::DoubleQuote => (
            "guillemet droit".into(),
            "mettez des guillemets français avec des espaces insécables à l’intérieur",
        ),
    }
}

/// A typography finding in `lang`: "straight apostrophe (in "…l'équipe…"); use ’ (U+2019)".
pub fn finding(lang: Lang, f: &Finding) -> String {
    if lang == Lang::En {
        return f.to_string();
    }
    let place = if f.count == 1 {
        format!("dans {}", guill(&f.excerpt))
    } else {
        format!("{} fois, d’abord dans {}", f.count, guill(&f.excerpt))
    };
    let (what, advice) = issue_fr(f.issue);
    format!("{what} ({place}){S}; {advice}")
}

/// A typography warning of `questionnaire validate`, its field first.
pub fn warning(lang: Lang, w: &Warning) -> String {
    match lang {
        Lang::En => w.to_string(),
        Lang::Fr => format!("{}{S}: {}", w.path, finding(lang, &w.finding)),
    }
}

/// The line after the warnings: "q.json: 6 French typography warnings (see …)".
pub fn typography_total(lang: Lang, file: &str, n: usize) -> String {
    match lang {
        Lang::En => format!(
            "{file}: {n} French typography warning{} (see questionnaires/README.md)",
            if n == 1 { "" } else { "s" }
        ),
        Lang::Fr => format!(
            "{file}{S}: {} de typographie française (voir questionnaires/README.md)",
            count(n, "avertissement", "avertissements")
        ),
    }
}

/// `questionnaire validate`'s line for a valid file: "q.json: valid: Title (id 1.0, fr): 3
/// dimensions, 12 questions, 5 levels".
pub fn valid(lang: Lang, file: &str, q: &crate::domain::Questionnaire) -> String {
    match lang {
        Lang::En => format!("{file}: valid: {}", q.summary()),
        Lang::Fr => format!(
            "{file}{S}: valide{S}: {} ({} {}, {}){S}: {}, {}, {}",
            q.title,
            q.id,
            q.version,
            q.language,
            count(q.dimensions.len(), "dimension", "dimensions"),
            count(q.question_count(), "question", "questions"),
            count(q.levels.len(), "niveau", "niveaux")
        ),
    }
}

/// The words of `questionnaire coverage`, in `lang`.
pub struct Coverage {
    pub lang: Lang,
}

impl Coverage {
    pub fn heading(&self, title: &str) -> String {
        match self.lang {
            Lang::En => format!("{title} — capabilities measured by each question"),
            Lang::Fr => format!("{title} — capacités mesurées par chaque question"),
        }
    }

    pub fn none(&self) -> &'static str {
        match self.lang {
            Lang::En => "(none)",
            Lang::Fr => "(aucune)",
        }
    }

    pub fn measured(&self, covered: usize, all: usize) -> String {
        match self.lang {
            Lang::En => format!("{covered} of {all} capabilities measured"),
            Lang::Fr => format!("{covered} capacités mesurées sur {all}"),
        }
    }

    /// A group of the catalog (`technical`, `process`, `cultural`) as a heading.
    pub fn group(&self, group: &str) -> String {
        match (self.lang, group) {
            (Lang::Fr, "technical") => "capacités techniques".to_string(),
            (Lang::Fr, "process") => "capacités de processus".to_string(),
            (Lang::Fr, "cultural") => "capacités culturelles".to_string(),
            _ => group.to_string(),
        }
    }

    /// A capability's label: its name in English; in French its id, the catalog naming
    /// capabilities in English only.
    pub fn capability<'c>(&self, cap: &'c crate::domain::capabilities::Capability) -> &'c str {
        match self.lang {
            Lang::En => &cap.name,
            Lang::Fr => &cap.id,
        }
    }

    pub fn not_measured_mark(&self) -> &'static str {
        match self.lang {
            Lang::En => "NOT MEASURED",
            Lang::Fr => "NON MESURÉE",
        }
    }

    pub fn all_measured(&self) -> &'static str {
        match self.lang {
            Lang::En => "Every capability is measured by at least one question.",
            Lang::Fr => "Chaque capacité est mesurée par au moins une question.",
        }
    }

    pub fn not_measured(&self, ids: &str) -> String {
        match self.lang {
            Lang::En => format!("Not measured: {ids}"),
            Lang::Fr => format!("Non mesurées{S}: {ids}"),
        }
    }

    /// `--strict` refused a questionnaire that leaves capabilities unmeasured (exit 1).
    pub fn strict_error(n: usize) -> Error {
        Error::failure(format!(
            "{n} capabilities are not measured by any question (--strict)"
        ))
        .fr(if n == 1 {
            "1 capacité n’est mesurée par aucune question (--strict)".to_string()
        } else {
            format!("{n} capacités ne sont mesurées par aucune question (--strict)")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Questionnaire;

    #[test]
    fn a_problem_reads_in_both_languages_with_its_place() {
        let text = include_str!("../../../tests/fixtures/mini.json")
            .replace("\"levels\": [", "\"levels\": [\"Automated\", ");
        let Err(e) = Questionnaire::from_json(&text) else {
            panic!("a duplicate level is refused")
        };
        assert!(
            e.to_string()
                .starts_with("levels[3]: duplicate level \"Automated\" (and "),
            "{e}"
        );
        assert!(
            parse_error(Lang::Fr, &e).starts_with(&format!(
                "levels[3]{S}: niveau «{S}Automated{S}» en double (et "
            )),
            "{}",
            parse_error(Lang::Fr, &e)
        );
        let at = Place::Question {
            id: "ci.build".into(),
            dimension: 0,
            index: 2,
            field: ".title".into(),
        };
        assert_eq!(
            at.to_string(),
            "question \"ci.build\" (dimensions[0].questions[2]).title"
        );
        assert_eq!(
            place(Lang::Fr, &at),
            format!("question «{S}ci.build{S}» (dimensions[0].questions[2]).title")
        );
    }
}
