//! The workshop room: the participants screen, the hidden votes, the reveal, the review, and
//! the `workshop` command's messages.

use super::{Lang, Text};
use crate::domain::Role;

pub const PARTICIPANT_NAME: Text = Text::new("participant name", "le nom du participant");

/// Why a typed participant name is refused (the reasons of `names::clean_name`), in `lang`.
pub fn name_error(lang: Lang, name: &str, english: String) -> String {
    if lang == Lang::En {
        return english;
    }
    let trimmed = name.trim();
    if trimmed.is_empty() {
        "le nom du participant ne doit pas être vide".to_string()
    } else if trimmed.chars().any(char::is_control) {
        "le nom du participant ne doit pas contenir de caractère de contrôle".to_string()
    } else if trimmed.chars().count() > 80 {
        "le nom du participant est trop long".to_string()
    } else {
        "le nom du participant contient un caractère invisible de mise en page".to_string()
    }
}

pub fn unknown_role(lang: Lang, role: &str) -> String {
    let ids: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    match lang {
        Lang::En => format!("unknown role \"{role}\"; roles: {}", ids.join(", ")),
        Lang::Fr => {
            let names: Vec<&str> = Role::ALL
                .iter()
                .map(|r| crate::report::labels::FR.role(*r))
                .collect();
            format!(
                "rôle «\u{202f}{role}\u{202f}» inconnu\u{202f}; rôles\u{202f}: {}",
                names.join(", ")
            )
        }
    }
}

pub fn role_differs(lang: Lang, who: &str, current: Role, wanted: Role) -> String {
    match lang {
        Lang::En => format!(
            "{who} answers as {current}, not {wanted}; leave the role out, or change it with `devops-maturity answer … --role {wanted} --change-role`"
        ),
        Lang::Fr => format!(
            "{who} répond comme {}, pas comme {}\u{202f}; omettez le rôle, ou changez-le avec `devops-maturity answer … --role {wanted} --change-role`",
            super::role(lang, current),
            super::role(lang, wanted)
        ),
    }
}

pub fn looks_like(lang: Lang, typed: &str, existing: &str) -> String {
    match lang {
        Lang::En => format!(
            "\"{typed}\" looks like \"{existing}\", who already answers for the team; type \"{existing}\", or a name that tells them apart"
        ),
        Lang::Fr => format!(
            "«\u{202f}{typed}\u{202f}» ressemble à «\u{202f}{existing}\u{202f}», qui répond déjà pour l’équipe\u{202f}; tapez «\u{202f}{existing}\u{202f}», ou un nom qui les distingue"
        ),
    }
}

pub fn twice(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("{name} is already a participant"),
        Lang::Fr => format!("{name} participe déjà"),
    }
}

pub fn bad_timebox(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!(
            "timebox \"{text}\": give minutes (3, 3m), seconds (90s) or both (2m30s, 2:30), up to 24 hours"
        ),
        Lang::Fr => format!(
            "durée «\u{202f}{text}\u{202f}»\u{202f}: en minutes (3, 3m), en secondes (90s) ou les deux (2m30s, 2:30), 24 heures au plus"
        ),
    }
}
