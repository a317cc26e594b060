//! Messages about long lists of teams (a department's 200): the overview's pages of teams and
//! the filter typed on the home screen and in the dashboard's team picker.

use super::{Lang, Text};

/// "Teams 1–6 of 200, by overall score, highest first (– no answers, last)".
pub fn page(lang: Lang, first: usize, last: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Teams {first}–{last} of {total}, by overall score, highest first"),
        Lang::Fr => format!("Équipes {first} à {last} sur {total}, par score global décroissant"),
    }
}

/// The rhythm view's page line: "Teams 1–12 of 200, by cluster, Elite first".
pub fn rhythm_page(lang: Lang, first: usize, last: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Teams {first}–{last} of {total}, by cluster, Elite first"),
        Lang::Fr => format!("Équipes {first} à {last} sur {total}, par groupe, Élite d’abord"),
    }
}

/// "1 team", "98 teams" / « 1 équipe », « 98 équipes ».
pub fn count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 team".to_string(),
        (Lang::En, n) => format!("{n} teams"),
        (Lang::Fr, 0 | 1) => format!("{n} équipe"),
        (Lang::Fr, n) => format!("{n} équipes"),
    }
}

/// After the page line while it fits: how to page.
pub const PAGE_KEYS: Text = Text::new(" · [ ] other teams", " · [ ] autres équipes");

/// "Filter: par▏  12 of 200 teams" (the cursor only while typing).
pub fn filter(lang: Lang, typed: &str, typing: bool, shown: usize, total: usize) -> String {
    let cursor = if typing { "▏" } else { "" };
    match lang {
        Lang::En => format!("Filter: {typed}{cursor}  {shown} of {total} teams"),
        Lang::Fr => format!("Filtre\u{202f}: {typed}{cursor}  {shown} équipes sur {total}"),
    }
}

pub const NO_MATCH: Text = Text::new(
    "No team matches the filter: Backspace widens it, Esc clears it.",
    "Aucune équipe ne correspond au filtre\u{202f}: Retour arr. l’élargit, Échap l’efface.",
);

/// The picker refuses to compare no team.
pub const CHOOSE_ONE: Text = Text::new(
    "Choose at least one team (Space).",
    "Choisissez au moins une équipe (Espace).",
);

/// The status line once other teams are compared.
pub fn comparing(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "Comparing 1 team: gaps to target.".to_string(),
        (Lang::En, n) => format!("Comparing {n} teams."),
        (Lang::Fr, 1) => "Comparaison d’une équipe\u{202f}: écarts à la cible.".to_string(),
        (Lang::Fr, n) => format!("Comparaison de {n} équipes."),
    }
}

// Choosing one team by name (`p` on the dashboard).
pub const PICK_TEAM: Text = Text::new("Choose the team", "Choisir l’équipe");
pub const PICK_FIRST: Text = Text::new(
    "Choose the first team of the pair",
    "Choisir la première équipe de la paire",
);
pub const PICK_SECOND: Text = Text::new(
    "Choose the second team of the pair",
    "Choisir la seconde équipe de la paire",
);
pub const TYPE_A_NAME: Text = Text::new(
    "Type part of a name; Enter chooses the team at the cursor.",
    "Tapez une partie du nom\u{202f}; Entrée choisit l’équipe du curseur.",
);

/// "First team: Équipe 012 — Lyon".
pub fn first_team(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("First team: {name}"),
        Lang::Fr => format!("Première équipe\u{202f}: {name}"),
    }
}

pub const OTHER_THAN_FIRST: Text = Text::new(
    "Choose a team other than the first.",
    "Choisissez une autre équipe que la première.",
);

// The two-speed view with more teams than columns: the two ends of each question.
pub const LOWEST: Text = Text::new("lowest median", "médiane la plus basse");
pub const HIGHEST: Text = Text::new("highest median", "médiane la plus haute");
