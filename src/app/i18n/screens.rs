//! Messages of the screens around the room: the wizard (question screen, comment, role,
//! review), the shared footer, and the status lines they show.

use super::{Lang, Text};

pub const NA: Text = Text::new("n/a", "s.o.");
pub const UNKNOWN: Text = Text::new("unknown", "ne sait pas");
pub const ALL_KEYS: Text = Text::new("all keys", "toutes les touches");
/// The help box's bottom border when its keys are more than the screen's rows: which way it
/// scrolls, and the keys that do it.
pub fn help_more(lang: Lang, above: bool, below: bool) -> String {
    let arrows = match (above, below) {
        (true, true) => "▲▼",
        (true, false) => "▲",
        _ => "▼",
    };
    match lang {
        Lang::En => format!(" {arrows} more: ↑↓ PgUp PgDn "),
        Lang::Fr => format!(" {arrows} suite\u{202f}: ↑↓ PgPréc PgSuiv "),
    }
}

/// After the help key when the footer row is too short for every hint and "all keys".
pub const HELP_WORD: Text = Text::new("help", "aide");

// The wizard.
pub const NOT_APPLICABLE_LONG: Text = Text::new("not applicable", "sans objet");
pub const UNKNOWN_LONG: Text = Text::new("unknown, nobody knows", "ne sait pas, personne ne sait");
pub const ADD_COMMENT: Text = Text::new(
    "add a comment: the room's reasoning",
    "ajouter un commentaire\u{202f}: le raisonnement de la salle",
);
pub const COMMENT_LABEL: Text = Text::new("Comment:", "Commentaire\u{202f}:");
pub const COMMENT_TITLE: Text = Text::new(
    "Comment: the room's reasoning",
    "Commentaire\u{202f}: le raisonnement de la salle",
);
pub const SAVE_CLOSE: Text = Text::new(" save and close   ", " enregistrer et fermer   ");
pub const OR: Text = Text::new(" or ", " ou ");
pub const NEW_LINE: Text = Text::new(" new line", " nouvelle ligne");
pub const SAVE_CLOSE_SHORT: Text = Text::new("save & close", "enregistrer et fermer");
pub const NEW_LINE_SHORT: Text = Text::new("new line", "nouvelle ligne");
pub const ROLE_TITLE: Text = Text::new("Respondent's role", "Rôle du répondant");
pub const ROLE_INTRO: Text = Text::new(
    "Questions meant for other roles are skipped and listed in the review.",
    "Les questions destinées à d’autres rôles sont écartées et listées dans le bilan.",
);
pub const ANY_ROLE: Text = Text::new(
    "any role (all questions)",
    "tout rôle (toutes les questions)",
);
pub const DIMENSIONS: Text = Text::new("Dimensions", "Dimensions");
pub const SKIPPED: Text = Text::new("skipped", "écartée");
pub const MORE: Text = Text::new("  ▼ more", "  ▼ suite");
pub const MORE_ABOVE: Text = Text::new(
    "▲ more above (Shift+↑ or wheel)",
    "▲ suite plus haut (Maj+↑ ou molette)",
);
pub const MORE_BELOW: Text = Text::new(
    "▼ more below (Shift+↓ or wheel)",
    "▼ suite plus bas (Maj+↓ ou molette)",
);
pub const NOT_SAVED_TITLE: Text = Text::new("Not saved", "Non enregistré");
pub const CHOOSE: Text = Text::new("choose", "choisir");
pub const MOVE: Text = Text::new("move", "déplacer");
pub const CANCEL: Text = Text::new("cancel", "annuler");
pub const ROLE: Text = Text::new("role", "rôle");
pub const LEAVE: Text = Text::new("leave", "quitter");
pub const FIRST_QUESTION: Text =
    Text::new("This is the first question", "C’est la première question");
pub const FIRST_DIMENSION: Text =
    Text::new("This is the first dimension", "C’est la première dimension");
pub const ANSWERS_SAVED: Text = Text::new(
    "Answers are saved. Pick a team and press Enter to continue.",
    "Les réponses sont enregistrées. Choisissez une équipe et appuyez sur Entrée pour continuer.",
);
pub const KEPT_TRYING: Text = Text::new(
    " — the answers given since are kept on screen and saved with the next successful save.",
    " — les réponses données depuis restent à l’écran et seront enregistrées avec le prochain enregistrement réussi.",
);

pub const MOUSE_HELP: Text = Text::new(
    "click a level to highlight, again to save; the wheel scrolls",
    "cliquer un niveau pour le surligner, encore pour l’enregistrer\u{202f}; la molette fait défiler",
);

// The review.
pub const REVIEW: Text = Text::new("review", "bilan");
pub const REVIEW_TITLE: Text = Text::new("Review before finishing", "Bilan avant de terminer");
pub const ALL_ANSWERED: Text = Text::new(
    "✓ Every question asked is answered.",
    "✓ Chaque question posée a une réponse.",
);
pub const GO_TO_QUESTION: Text = Text::new("go to question", "aller à la question");
pub const FINISH: Text = Text::new("finish", "terminer");
pub const BACK_TO_QUESTIONS: Text = Text::new("back to questions", "retour aux questions");

/// "Question 4 of 57" / « Question 4 sur 57 ».
pub fn question_of(lang: Lang, n: usize, of: usize) -> String {
    super::room::question_of(lang, n, of)
}

/// " · dimension 2 of 13 · question 4 of 6".
pub fn where_in(lang: Lang, dim: usize, dims: usize, k: usize, of: usize) -> String {
    match lang {
        Lang::En => format!(" · dimension {dim} of {dims} · question {k} of {of}"),
        Lang::Fr => format!(" · dimension {dim} sur {dims} · question {k} sur {of}"),
    }
}

/// " 12 of 57 answered".
pub fn answered_of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!(" {n} of {of} answered"),
        Lang::Fr => format!(
            " {n} sur {of} {}",
            if n > 1 { "répondues" } else { "répondue" }
        ),
    }
}

/// "dev — 68 of 69 questions", for the role pickers.
pub fn role_choice(lang: Lang, role: &str, asked: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{role} — {asked} of {of} questions"),
        Lang::Fr => format!("{role} — {asked} questions sur {of}"),
    }
}

pub fn no_question_for_role(lang: Lang, role: &str) -> String {
    match lang {
        Lang::En => format!(
            "No question of this questionnaire is meant for the role \"{role}\". Press r to choose another role."
        ),
        Lang::Fr => format!(
            "Aucune question de ce questionnaire n’est destinée au rôle «\u{202f}{role}\u{202f}». Appuyez sur r pour choisir un autre rôle."
        ),
    }
}

/// "3 questions skipped for role dev (listed in the review, f)".
pub fn skipped_for(lang: Lang, n: usize, role: &str) -> String {
    match lang {
        Lang::En => format!(
            "{} skipped for role {role} (listed in the review, f)",
            super::count(n, "question", "questions")
        ),
        Lang::Fr => format!(
            "{} pour le rôle {role} (listées dans le bilan, f)",
            super::count(n, "question écartée", "questions écartées")
        ),
    }
}

/// "Replace the stored level 2 (Managed) with level 5 (Optimizing)?".
pub fn replace(lang: Lang, old: &str, new: &str, long: bool) -> String {
    match (lang, long) {
        (Lang::En, true) => format!("Replace the stored {old} with {new}?"),
        (Lang::En, false) => format!("Replace {old} with {new}?"),
        (Lang::Fr, true) => format!("Remplacer la réponse enregistrée, {old}, par {new}\u{202f}?"),
        (Lang::Fr, false) => format!("Remplacer {old} par {new}\u{202f}?"),
    }
}

pub fn levels_go(lang: Lang, levels: u8) -> String {
    match lang {
        Lang::En => format!("Levels go from 1 to {levels}"),
        Lang::Fr => format!("Les niveaux vont de 1 à {levels}"),
    }
}

pub fn choose_first(lang: Lang, levels: u8) -> String {
    match lang {
        Lang::En => {
            format!("Choose a level first: 1–{levels} or ↑/↓, then Enter (n = n/a, u = unknown)")
        }
        Lang::Fr => format!(
            "Choisissez d’abord un niveau\u{202f}: 1–{levels} ou ↑/↓, puis Entrée (n = s.o., u = ne sait pas)"
        ),
    }
}

pub fn not_saved(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::En => format!("Answers were not saved: {reason}"),
        Lang::Fr => format!("Des réponses n’ont pas été enregistrées\u{202f}: {reason}"),
    }
}

/// "12 of 57 questions answered. Every answer and comment is already saved."
pub fn review_count(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => {
            format!("{n} of {of} questions answered. Every answer and comment is already saved.")
        }
        Lang::Fr => format!(
            "{} sur {of}. Chaque réponse et chaque commentaire sont déjà enregistrés.",
            super::count(n, "question répondue", "questions répondues")
        ),
    }
}

pub fn unanswered(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("Unanswered ({n}): Enter goes to the question"),
        Lang::Fr => format!("Sans réponse ({n})\u{202f}: Entrée va à la question"),
    }
}

pub fn more_below(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("  ▼ {n} more below"),
        Lang::Fr => format!("  ▼ {n} de plus en dessous"),
    }
}

pub fn skipped_title(lang: Lang, role: &str, n: usize) -> String {
    match lang {
        Lang::En => format!("Skipped for role {role} ({n}): not asked, not counted"),
        Lang::Fr => format!("Écartées pour le rôle {role} ({n})\u{202f}: ni posées, ni comptées"),
    }
}

pub fn and_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("  … and {n} more"),
        Lang::Fr => format!("  … et {n} de plus"),
    }
}

pub fn kept(lang: Lang, what: &str, n: Option<usize>) -> String {
    match (lang, n) {
        (Lang::En, Some(n)) => format!("✓ Kept {what} for question {n}"),
        (Lang::En, None) => format!("Kept {what}"),
        (Lang::Fr, Some(n)) => format!("✓ Conservé {what} pour la question {n}"),
        (Lang::Fr, None) => format!("Conservé {what}"),
    }
}

pub fn saved(lang: Lang, what: &str, n: usize, replacing: Option<&str>) -> String {
    match (lang, replacing) {
        (Lang::En, None) => format!("✓ Saved {what} for question {n}"),
        (Lang::En, Some(old)) => format!("✓ Saved {what} for question {n}, replacing {old}"),
        (Lang::Fr, None) => format!("✓ Enregistré {what} pour la question {n}"),
        (Lang::Fr, Some(old)) => {
            format!("✓ Enregistré {what} pour la question {n}, à la place de {old}")
        }
    }
}

pub fn role_set(lang: Lang, role: &str, asked: usize, skipped: usize) -> String {
    match lang {
        Lang::En => format!(
            "Role: {role}, {asked} questions asked, {skipped} skipped (listed in the review, f)"
        ),
        Lang::Fr => format!(
            "Rôle\u{202f}: {role}, {asked} questions posées, {skipped} écartées (listées dans le bilan, f)"
        ),
    }
}

// The home screen (in the locale's language: it lists assessments of several languages).
pub const HOME_TITLE: Text = Text::new("DevOps maturity · workshops", "Maturité DevOps · ateliers");
pub const HOME_DATA: Text = Text::new("data", "données");
pub const HOME_EMPTY: Text = Text::new("No assessments yet.", "Aucune évaluation pour l’instant.");
pub const HOME_PRESS: Text = Text::new("Press ", "Appuyez sur ");
pub const HOME_TO_CREATE: Text = Text::new(
    " to create one: give it a name and the teams taking part.",
    " pour en créer une\u{202f}: donnez-lui un nom et les équipes qui participent.",
);
pub const MORE_ABOVE_SHORT: Text = Text::new("▲ more above", "▲ suite plus haut");
pub const MORE_BELOW_SHORT: Text = Text::new("▼ more below", "▼ suite plus bas");
pub const NEW_ASSESSMENT: Text = Text::new("new assessment", "nouvelle évaluation");
pub const QUIT: Text = Text::new("quit", "quitter");
pub const ANSWER: Text = Text::new("answer", "répondre");
pub const ROOM: Text = Text::new("room", "salle");
pub const COMPARE: Text = Text::new("compare", "comparer");
pub const RESULTS: Text = Text::new("results", "résultats");
pub const ADD_TEAM: Text = Text::new("add team", "ajouter une équipe");
pub const CHOOSE_TEAM: Text = Text::new("choose team", "choisir l’équipe");
pub const FIGURES: Text = Text::new("figures", "indicateurs");
pub const ANSWERED: Text = Text::new("answered", "répondu");
pub const NO_RESPONDENT: Text = Text::new("no respondent yet", "aucun répondant pour l’instant");
pub const NO_READABLE: Text = Text::new("no readable respondent", "aucun répondant lisible");

/// "short form, 30 of 69 questions" / "69 questions".
pub fn questions(lang: Lang, short: Option<usize>, of: usize) -> String {
    match (lang, short) {
        (Lang::En, Some(n)) => format!("short form, {n} of {of} questions"),
        (Lang::Fr, Some(n)) => format!("forme courte, {n} questions sur {of}"),
        // The same word in both languages.
        (_, None) => format!("{of} questions"),
    }
}

/// "1 respondent: Alice", "3 respondents: …".
pub fn respondents(lang: Lang, names: &[&str]) -> String {
    let list = names.join(", ");
    match (lang, names.len()) {
        (Lang::En, 1) => format!("1 respondent: {list}"),
        (Lang::En, n) => format!("{n} respondents: {list}"),
        (Lang::Fr, 1) => format!("1 répondant\u{202f}: {list}"),
        (Lang::Fr, n) => format!("{n} répondants\u{202f}: {list}"),
    }
}

/// "⚠ 2 response files cannot be read — they are left untouched".
pub fn unreadable(lang: Lang, n: usize, selected: bool) -> String {
    match (lang, selected) {
        (Lang::En, true) => format!(
            "⚠ {} cannot be read — {} left untouched",
            super::count(n, "response file", "response files"),
            if n == 1 { "it is" } else { "they are" }
        ),
        (Lang::En, false) => format!(
            "⚠ {} cannot be read, left untouched · select a team for why",
            super::count(n, "response file", "response files")
        ),
        (Lang::Fr, true) => format!(
            "⚠ {} — {} intact{}",
            super::count(
                n,
                "fiche de réponses illisible",
                "fiches de réponses illisibles"
            ),
            if n == 1 { "laissée" } else { "laissées" },
            if n == 1 { "e" } else { "es" }
        ),
        (Lang::Fr, false) => format!(
            "⚠ {}, laissées intactes · choisissez une équipe pour savoir pourquoi",
            super::count(
                n,
                "fiche de réponses illisible",
                "fiches de réponses illisibles"
            )
        ),
    }
}

// The respondent and role pickers.
pub const WHO_IS_ANSWERING: Text = Text::new("who is answering?", "qui répond\u{202f}?");
pub const RESPONDENT_INTRO: Text = Text::new(
    "A respondent is a person, or the whole room answering together. Existing respondents resume where they stopped.",
    "Un répondant est une personne, ou toute la salle qui répond ensemble. Les répondants existants reprennent là où ils s’étaient arrêtés.",
);
pub const NEW_RESPONDENT: Text = Text::new("New respondent: ", "Nouveau répondant\u{202f}: ");
pub const RESUME: Text = Text::new("Resume:", "Reprendre\u{202f}:");
pub const RENAME: Text = Text::new("rename", "renommer");
pub const DELETE: Text = Text::new("delete", "supprimer");
pub const KEEP: Text = Text::new("keep", "garder");
pub const START_RESUME: Text = Text::new("start / resume", "commencer / reprendre");
pub const RESUME_KEY: Text = Text::new("resume", "reprendre");
pub const BACK: Text = Text::new("back", "retour");
pub const ROLE_WORD: Text = Text::new("role", "rôle");

pub fn rename_to(lang: Lang, from: &str) -> String {
    match lang {
        Lang::En => format!("  Rename {from} to: "),
        Lang::Fr => format!("  Renommer {from} en\u{202f}: "),
    }
}

pub fn confirm_delete(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!(
            "Delete {who}? Their sheet goes to the trash (`respondent restore` brings it back). y/Enter delete · n/Esc keep"
        ),
        Lang::Fr => format!(
            "Supprimer {who}\u{202f}? Sa fiche va à la corbeille (`respondent restore` la rétablit). o/Entrée supprimer · n/Échap garder"
        ),
    }
}

/// "Alice · role: dev · 12 of 57 answered".
pub fn resume_row(lang: Lang, who: &str, role: &str, answered: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{who} · role: {role} · {answered} of {of} answered"),
        Lang::Fr => format!("{who} · rôle\u{202f}: {role} · {answered} sur {of} répondues"),
    }
}

pub fn role_question(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!(
            "What is {who}'s role? Questions meant for other roles are skipped, and listed as skipped in the review. The role can be changed later in the wizard (r)."
        ),
        Lang::Fr => format!(
            "Quel est le rôle de {who}\u{202f}? Les questions destinées à d’autres rôles sont écartées et listées comme telles dans le bilan. Le rôle peut être changé plus tard dans le questionnaire (r)."
        ),
    }
}

// The forms.
pub const NEW_ASSESSMENT_TITLE: Text = Text::new("New assessment", "Nouvelle évaluation");
pub const WELCOME: Text = Text::new(
    "Welcome! There is no assessment yet. An assessment is one campaign: several teams answer the same questionnaire, then their results are compared.",
    "Bienvenue\u{202f}! Il n’y a pas encore d’évaluation. Une évaluation est une campagne\u{202f}: plusieurs équipes répondent au même questionnaire, puis leurs résultats sont comparés.",
);
pub const CAMPAIGN: Text = Text::new(
    "An assessment is one campaign: several teams answer the same questionnaire, then their results are compared.",
    "Une évaluation est une campagne\u{202f}: plusieurs équipes répondent au même questionnaire, puis leurs résultats sont comparés.",
);
pub const NAME: Text = Text::new("Name", "Nom");
pub const NAME_HINT: Text = Text::new("e.g. bank-2026", "par ex. banque-2026");
pub const TEAMS: Text = Text::new("Teams", "Équipes");
pub const TEAMS_HINT: Text = Text::new(
    "separate teams with commas, e.g. Paris, Nantes",
    "séparez les équipes par des virgules, par ex. Paris, Nantes",
);
pub const QUESTIONNAIRE: Text = Text::new("Questionnaire", "Questionnaire");
pub const QUESTIONNAIRE_HINT: Text = Text::new(
    "type en or leave empty: the built-in DevOps questionnaire; fr: its French edition; or a JSON file path",
    "tapez fr pour l’édition française du questionnaire DevOps intégré, en ou rien pour l’anglaise, ou le chemin d’un fichier JSON",
);
pub const NEXT_OR_CREATE: Text = Text::new("next field / create", "champ suivant / créer");
pub const TEAM: Text = Text::new("Team", "Équipe");
pub const ADD: Text = Text::new("add", "ajouter");

pub fn add_team_to(lang: Lang, assessment: &str) -> String {
    match lang {
        Lang::En => format!("Add a team to {assessment}"),
        Lang::Fr => format!("Ajouter une équipe à {assessment}"),
    }
}

pub fn teams_so_far(lang: Lang, teams: &str) -> String {
    match lang {
        Lang::En => format!("Teams so far: {teams}"),
        Lang::Fr => format!("Équipes déjà là\u{202f}: {teams}"),
    }
}

// The team's results.
pub const RESULTS_TITLE: Text = Text::new("Results", "Résultats");
pub const SCROLL: Text = Text::new("scroll", "défiler");
pub const UNREADABLE_ASSESSMENT: Text = Text::new(
    "This assessment could not be read.",
    "Cette évaluation n’a pas pu être lue.",
);
pub const NO_ANSWERS_YET: Text = Text::new("no answers yet", "pas encore de réponse");
pub const LOW_COVERAGE: Text = Text::new(
    "⚠ Low coverage: the scores rest on few answers — read them as provisional.",
    "⚠ Peu de réponses\u{202f}: les scores reposent sur peu de réponses — à lire comme provisoires.",
);
pub const SCORE_LEGEND: Text = Text::new(" score   ", " score   ");
pub const MORE_BELOW_DOWN: Text = Text::new("▼ more below (↓)", "▼ suite plus bas (↓)");

pub fn overall(lang: Lang, score: &str, levels: u8, pct: f64) -> String {
    match lang {
        Lang::En => format!("overall {score} of {levels} ({pct:.0}%)"),
        Lang::Fr => format!("global {score} sur {levels} ({pct:.0}\u{202f}%)"),
    }
}

pub fn coverage(lang: Lang, low: bool, pct: f64) -> String {
    match (lang, low) {
        (Lang::En, true) => format!("⚠ only {pct:.0}% of questions answered"),
        (Lang::En, false) => format!("{pct:.0}% of questions answered"),
        (Lang::Fr, true) => format!("⚠ seulement {pct:.0}\u{202f}% des questions répondues"),
        (Lang::Fr, false) => format!("{pct:.0}\u{202f}% des questions répondues"),
    }
}

pub fn respondent_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => super::count(n, "respondent", "respondents"),
        Lang::Fr => super::count(n, "répondant", "répondants"),
    }
}

/// " 2.5 / 4.0   80% answered".
pub fn dimension_tail(lang: Lang, score: &str, target: f64, pct: f64) -> String {
    match lang {
        Lang::En => format!(" {score} / {target:.1}  {pct:>3.0}% answered"),
        Lang::Fr => format!(
            " {} / {}  {pct:>3.0}\u{202f}% répondu",
            score.replace('.', ","),
            format!("{target:.1}").replace('.', ",")
        ),
    }
}

// ---- The delivery-figures form (`m` on the home screen) ------------------------------------

pub const FIGURES_TITLE: Text = Text::new("Delivery figures", "Indicateurs de livraison");
pub const FIGURES_INTRO: Text = Text::new(
    "←/→ picks a DORA Quick Check band; or type a measured value (3/week, 2d, 12%). A row left as it is keeps the stored figure.",
    "←/→ choisit une tranche du DORA Quick Check\u{202f}; ou tapez une valeur mesurée (3/week, 2d, 12%). Une ligne laissée telle quelle garde l’indicateur enregistré.",
);
pub const FIGURES_NOW: Text = Text::new("now: ", "actuel\u{a0}: ");
pub const FIGURES_NOT_RECORDED: Text = Text::new("not recorded", "non enregistré");
pub const FIGURES_KEEP: Text = Text::new("(keep)", "(inchangé)");
pub const FIGURES_NOT_GIVEN: Text = Text::new("(not given)", "(non renseigné)");
pub const FIGURES_NOT_A_VALUE: Text = Text::new(" ✗ not a value", " ✗ pas une valeur");
pub const FIGURES_SOURCE: Text =
    Text::new("Source of the figures given", "Source des valeurs données");
pub const FIGURES_PERIOD: Text =
    Text::new("Period (2026-Q3, 2026-07…)", "Période (2026-Q3, 2026-07…)");
pub const FIGURES_SOURCE_WORD: Text = Text::new("Source", "Source");
pub const FIGURES_PERIOD_WORD: Text = Text::new("Period", "Période");
pub const FIGURES_FIGURES_WORD: Text = Text::new("Figures", "Indicateurs");
pub const FIGURES_RECORD: Text = Text::new("record", "enregistrer");
pub const FIGURES_BAND: Text = Text::new("band", "tranche");
pub const FIGURES_ROW: Text = Text::new("row", "ligne");
pub const FIGURES_NOTHING: Text = Text::new("Nothing recorded.", "Rien n’a été enregistré.");
pub const FIGURES_GIVE_ONE: Text = Text::new(
    "give at least one figure: pick a band with ←/→ or type a value",
    "donnez au moins un indicateur\u{a0}: choisissez une tranche avec ←/→ ou tapez une valeur",
);

/// A figure's source, as the form shows it.
pub fn source_word(source: crate::domain::metrics::Source, lang: Lang) -> &'static str {
    use crate::domain::metrics::Source;
    match (lang, source) {
        (Lang::Fr, Source::Measured) => "mesurée",
        (Lang::Fr, Source::Estimated) => "estimée",
        (Lang::Fr, Source::Unknown) => "inconnue",
        (Lang::En, s) => s.as_str(),
    }
}

/// The respondent picker's line on whose practices are assessed (Tab changes it).
pub fn answering_about(lang: Lang, team: &str, about: Option<&str>, find: bool) -> String {
    // With many teams, `/` finds one by name rather than Tab through them all.
    let tab = match (lang, about, find) {
        (Lang::En, None, false) => "Tab: answer about another team",
        (Lang::En, Some(_), false) => "Tab: another team",
        (Lang::En, _, true) => "Tab: another team · /: find one by name",
        (Lang::Fr, None, false) => "Tab\u{a0}: répondre sur une autre équipe",
        (Lang::Fr, Some(_), false) => "Tab\u{a0}: une autre équipe",
        (Lang::Fr, _, true) => "Tab\u{a0}: une autre équipe · /\u{a0}: la chercher par son nom",
    };
    match (lang, about) {
        (Lang::En, None) => format!("About: their own team ({team}) · {tab}"),
        (Lang::En, Some(other)) => {
            format!("About: {other}, as {team} sees it (never counted in {other}'s scores) · {tab}")
        }
        (Lang::Fr, None) => format!("À propos de\u{a0}: sa propre équipe ({team}) · {tab}"),
        (Lang::Fr, Some(other)) => format!(
            "À propos de\u{a0}: {other}, vue par {team} (jamais comptée dans ses scores) · {tab}"
        ),
    }
}

/// The title of the respondent picker's `/` list.
pub const ABOUT_WHICH: Text = Text::new(
    "Answer about which team?",
    "Répondre sur quelle équipe\u{202f}?",
);

/// The first row of that list: the team's own practices.
pub fn own_practices(lang: Lang, team: &str) -> String {
    match lang {
        Lang::En => format!("{team} · its own practices"),
        Lang::Fr => format!("{team} · ses propres pratiques"),
    }
}

/// The respondent picker's line after a delete: where the sheets went and how to undo it,
/// short enough for the 80-column status line.
pub fn moved_to_trash(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!("Moved {who} to the trash; undo with `respondent restore`."),
        Lang::Fr => format!("{who} mis à la corbeille\u{202f}; annulez avec `respondent restore`."),
    }
}

/// The respondent picker's question when the name typed looks like an existing respondent's
/// ("Helene" / "Hélène"): a second Enter adds it as someone else.
pub fn looks_like(lang: Lang, typed: &str, existing: &str) -> String {
    let (t, e) = (
        super::cli::quoted(lang, typed),
        super::cli::quoted(lang, existing),
    );
    match lang {
        Lang::En => format!(
            "{t} looks like {e}, who already answers: Enter again adds {t} as someone else; ↓ picks {e}"
        ),
        Lang::Fr => format!(
            "{t} ressemble à {e}, qui répond déjà\u{202f}: Entrée à nouveau ajoute {t} comme une autre personne\u{202f}; ↓ choisit {e}"
        ),
    }
}

/// The home screen's line once the new-assessment form created `name`.
pub fn created_assessment(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Created \"{name}\". Pick a team and press Enter to start answering."),
        Lang::Fr => format!(
            "{} créée. Choisissez une équipe, puis Entrée pour répondre.",
            super::cli::quoted(lang, name)
        ),
    }
}
