//! Messages of the comparison dashboard's frame (header, tabs, footer), its overview and its
//! two-speed view. The other views' bodies are still English (see the follow-up).

use super::{Lang, Text};

pub const COMPARE: Text = Text::new("Compare", "Comparer");
pub const VIEWS: Text = Text::new("views", "vues");
pub const SCROLL: Text = Text::new("scroll", "défiler");
pub const TEAMS: Text = Text::new("teams", "équipes");
pub const EXPORT: Text = Text::new("export", "exporter");
pub const BACK: Text = Text::new("back", "retour");
pub const QUIT: Text = Text::new("quit", "quitter");
pub const BACK_TO_LIST: Text = Text::new("back to the list", "retour à la liste");
pub const QUESTIONS: Text = Text::new("questions", "questions");
pub const ANSWERS: Text = Text::new("answers", "réponses");
pub const CHANGE_TEAMS: Text = Text::new("change teams", "changer d’équipes");
pub const OTHER_TEAM: Text = Text::new("other team", "autre équipe");
pub const REPLACE_FILE: Text = Text::new("replace the file", "remplacer le fichier");
pub const KEEP_IT: Text = Text::new("keep it", "le garder");
pub const WRITE: Text = Text::new("write", "écrire");
pub const CANCEL: Text = Text::new("cancel", "annuler");
pub const INCLUDE: Text = Text::new("include/leave out", "inclure/écarter");
pub const ALL: Text = Text::new("all", "toutes");
pub const EACH_SCORE: Text = Text::new(" each team's score   ", " score de chaque équipe   ");
pub const NO_ANSWER_MARKERS: Text = Text::new(
    "No team has answered yet: the markers appear as answers come in.",
    "Aucune équipe n’a encore répondu\u{202f}: les repères apparaissent avec les réponses.",
);
pub const TWO_TEAMS: Text = Text::new(
    "Two speeds need two teams or more: t chooses the teams to compare.",
    "Deux vitesses demandent au moins deux équipes\u{202f}: t choisit les équipes à comparer.",
);
pub const TWO_SPEED_INTRO: Text = Text::new(
    "Questions by the gap between the teams' medians; n: how many answered. Enter: the answers.",
    "Questions par écart entre les médianes des équipes\u{202f}; n\u{202f}: nombre de réponses. Entrée\u{202f}: les réponses.",
);
pub const QUESTION: Text = Text::new("question", "question");
pub const GAP: Text = Text::new("gap", "écart");
pub const NO_TWO: Text = Text::new(
    "No question has answers from two teams yet.",
    "Aucune question n’a encore de réponses de deux équipes.",
);
pub const ESC_BACK: Text = Text::new(
    "Esc or ←: back to the list",
    "Échap ou ←\u{202f}: retour à la liste",
);

pub fn teams(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 team".to_string(),
        (Lang::En, n) => format!("{n} teams"),
        (Lang::Fr, 1) => "1 équipe".to_string(),
        (Lang::Fr, n) => format!("{n} équipes"),
    }
}

/// " target   scale 1 Initial … 5 Optimizing".
pub fn scale(lang: Lang, low: &str, levels: u8, high: &str) -> String {
    match lang {
        Lang::En => format!(" target   scale 1 {low} … {levels} {high}"),
        Lang::Fr => format!(" cible   échelle 1 {low} … {levels} {high}"),
    }
}

/// "2.6 of 5 · target 3.9 · 100% answered · 5 people", or "no answers yet · 5 people".
pub fn team_summary(
    lang: Lang,
    overall: Option<(&str, &str, f64)>,
    levels: usize,
    people: usize,
) -> String {
    let people = match (lang, people) {
        (Lang::En, 1) => "1 person".to_string(),
        (Lang::En, n) => format!("{n} people"),
        (Lang::Fr, 1) => "1 personne".to_string(),
        (Lang::Fr, n) => format!("{n} personnes"),
    };
    match (lang, overall) {
        (Lang::En, Some((score, target, coverage))) => {
            format!("{score} of {levels} · target {target} · {coverage:.0}% answered · {people}")
        }
        (Lang::En, None) => format!("no answers yet · {people}"),
        (Lang::Fr, Some((score, target, coverage))) => format!(
            "{score} sur {levels} · cible {target} · {coverage:.0}\u{202f}% de réponses · {people}"
        ),
        (Lang::Fr, None) => format!("pas encore de réponse · {people}"),
    }
}

pub fn question_gap(lang: Lang, gap: &str) -> String {
    match lang {
        Lang::En => format!("gap between the teams' medians: {gap}"),
        Lang::Fr => format!("écart entre les médianes des équipes\u{202f}: {gap}"),
    }
}

pub fn team_cell(lang: Lang, median: &str, n: usize, na: usize, unknown: usize) -> String {
    match lang {
        Lang::En => format!("   median {median} · n {n} · n/a {na} · unknown {unknown}"),
        Lang::Fr => format!("   médiane {median} · n {n} · s.o. {na} · ne sait pas {unknown}"),
    }
}

// The team picker and the export prompt.
pub const TEAMS_TO_COMPARE: Text = Text::new("Teams to compare", "Équipes à comparer");
pub const MORE_BELOW: Text = Text::new("▼ more below", "▼ suite plus bas");
pub const EXPORT_TITLE: Text = Text::new("Export the report", "Exporter le rapport");
pub const ANONYMOUS: Text = Text::new(
    "anonymous: respondents named by role (Dev 1, Ops 2)",
    "anonyme\u{202f}: répondants nommés par rôle (Dev 1, Ops 2)",
);
pub const WRITE_TO: Text = Text::new("Write the report to:", "Écrire le rapport dans\u{202f}:");
pub const EXTENSION: Text = Text::new(
    "The extension picks the format: .pdf .md .json .csv; ~ is your home",
    "L’extension choisit le format\u{202f}: .pdf .md .json .csv\u{202f}; ~ est votre dossier personnel",
);
pub const TITLE: Text = Text::new("Title", "Titre");
pub const AUTHOR: Text = Text::new("Author", "Auteur");
pub const EXISTS: Text = Text::new("This file already exists.", "Ce fichier existe déjà.");
pub const REPLACE_IT: Text = Text::new("Replace it?  ", "Le remplacer\u{202f}?  ");
pub const REPLACE: Text = Text::new(" replace   ", " remplacer   ");
pub const KEEP_RENAME: Text = Text::new(" keep it, change the name", " le garder, changer le nom");
pub const NEVER_REPLACED: Text = Text::new(
    "Enter writes it; an existing file is never replaced without asking.",
    "Entrée l’écrit\u{202f}; un fichier existant n’est jamais remplacé sans demander.",
);

pub fn chosen(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{n} of {of} chosen: Space includes or leaves out a team."),
        Lang::Fr => format!("{n} sur {of} choisies\u{202f}: Espace inclut ou écarte une équipe."),
    }
}
