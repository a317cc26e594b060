//! Messages of the comparison dashboard: its frame (header, tabs, footer), and every view's
//! body (overview, differences, plans, discuss, rhythm, perception, two-speed), its pop-ups and
//! the status lines its keys give.

use super::{Lang, NNBSP, Text};

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
pub const MORE_ABOVE: Text = Text::new("▲ more above", "▲ suite plus haut");
pub const MORE_BOTH: Text = Text::new("▲▼ more", "▲▼ suite");
pub const EXPORT_TITLE: Text = Text::new("Export the report", "Exporter le rapport");
pub const ANONYMOUS: Text = Text::new(
    "anonymous: respondents named by role (Dev 1, Ops 2)",
    "anonyme\u{202f}: répondants nommés par rôle (Dev 1, Ops 2)",
);
pub const WRITE_TO: Text = Text::new("Write the report to:", "Écrire le rapport dans\u{202f}:");
pub const EXTENSION: Text = Text::new(
    "The extension picks the format: .pdf .md .json .csv; ~ is your home",
    // Short enough for the pop-up at 80 columns.
    "Format selon l’extension\u{202f}: .pdf .md .json .csv\u{202f}; ~\u{202f}: votre dossier",
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

// ---- Differences ---------------------------------------------------------------------------

pub const MINUS: Text = Text::new("  minus  ", "  moins  ");
pub const GAP_TO_TARGET: Text = Text::new(
    ": gap to target per dimension",
    "\u{202f}: écart à la cible par dimension",
);
pub const SCORE: Text = Text::new("score", "score");
pub const TARGET: Text = Text::new("target", "cible");
pub const SHORT_OF_TARGET: Text = Text::new("short of target ▶", "sous la cible ▶");
pub const NO_COMMON_DIMENSION: Text = Text::new(
    "These two teams have no scored dimension in common yet.",
    "Ces deux équipes n’ont encore aucune dimension notée en commun.",
);
pub const NO_ANSWERS_YET: Text = Text::new("No answers yet.", "Pas encore de réponse.");
pub const ENTER_OPENS_DIMENSION: Text = Text::new(
    "Enter opens the selected dimension: each question, each team's answers and comments.",
    "Entrée ouvre la dimension choisie\u{202f}: chaque question, les réponses et commentaires de chaque équipe.",
);
pub const NO_LEVEL_GIVEN: Text = Text::new("no level given", "aucun niveau donné");

/// "   overall +0.8" after the pair of teams.
pub fn overall_delta(lang: Lang, delta: &str) -> String {
    match lang {
        Lang::En => format!("   overall {delta}"),
        Lang::Fr => format!("   ensemble {delta}"),
    }
}

/// "■ ahead ◀" / « ■ devant ◀ », left of the axis of the delta bars.
pub fn ahead_left(lang: Lang, marker: &str) -> String {
    match lang {
        Lang::En => format!("{marker} ahead ◀"),
        Lang::Fr => format!("{marker} devant ◀"),
    }
}

/// "│▶ ● ahead", right of the axis.
pub fn ahead_right(lang: Lang, marker: &str) -> String {
    match lang {
        Lang::En => format!("│▶ {marker} ahead"),
        Lang::Fr => format!("│▶ {marker} devant"),
    }
}

/// "not assessed by ■" in place of a bar.
pub fn not_assessed_by(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!("not assessed by {who}"),
        Lang::Fr => format!("non évaluée par {who}"),
    }
}

/// "Delivery · target 3.0" above a dimension's questions.
pub fn with_target(lang: Lang, name: &str, target: &str) -> String {
    match lang {
        Lang::En => format!("{name} · target {target}"),
        Lang::Fr => format!("{name} · cible {target}"),
    }
}

/// "median 2.5 · spread 2 · level 3 Defined".
pub fn question_figures(lang: Lang, median: &str, spread: u8, level: u8, label: &str) -> String {
    match lang {
        Lang::En => format!("median {median} · spread {spread} · level {level} {label}"),
        Lang::Fr => format!("médiane {median} · dispersion {spread} · niveau {level} {label}"),
    }
}

// ---- Plans ---------------------------------------------------------------------------------

pub const ACTION_PLAN: Text = Text::new(
    "ACTION PLAN — a accept · o owner, due · s status · n joint action · x remove",
    "PLAN D’ACTIONS — a accepter · o responsable, échéance · s statut · n action commune · x retirer",
);
pub const FORM_KEYS: Text = Text::new(
    " — Tab next field · Enter save · Esc cancel",
    " — Tab champ suivant · Entrée enregistrer · Échap annuler",
);
pub const OWNER: Text = Text::new("Owner", "Responsable");
pub const DUE: Text = Text::new("Due (YYYY-MM-DD)", "Échéance (AAAA-MM-JJ)");
pub const ID: Text = Text::new("ID", "ID");
pub const STATUS: Text = Text::new("STATUS", "STATUT");
pub const OWNER_DUE: Text = Text::new("OWNER · DUE", "RESPONSABLE · ÉCHÉANCE");
pub const ACTION: Text = Text::new("ACTION", "ACTION");
pub const NOTHING_PLANNED: Text = Text::new(
    "   Nothing planned and nothing below target.",
    "   Rien de prévu et rien sous la cible.",
);
pub const JOINT: Text = Text::new("[joint] ", "[commune] ");
pub const NOT_IN_PLAN: Text = Text::new("not in plan", "hors plan");
pub const NO_ANSWERS_NOTHING: Text = Text::new(
    "No answers yet from this team: nothing to recommend.",
    "Pas encore de réponse de cette équipe\u{202f}: rien à recommander.",
);
pub const ROADMAP_RULE: Text = Text::new(
    "ROADMAP — lowest effort first, then largest gap × weight; a question's next level one horizon later",
    "FEUILLE DE ROUTE — l’effort le plus faible d’abord, puis le plus grand écart × poids\u{202f}; le niveau suivant d’une question un horizon plus tard",
);
pub const NOTHING_BELOW: Text = Text::new(
    "Nothing below target: every question meets its target.",
    "Rien sous la cible\u{202f}: chaque question atteint sa cible.",
);
pub const LEARN: Text = Text::new("LEARN FROM EACH OTHER", "APPRENDRE LES UNS DES AUTRES");
pub const COMPARE_TO_LEARN: Text = Text::new(
    "Compare with other teams (t) to see who can learn from whom.",
    "Comparez avec d’autres équipes (t) pour voir qui peut apprendre de qui.",
);
pub const NO_PAIRING: Text = Text::new(
    "No other team is 1.5 levels ahead or behind on any question.",
    "Aucune autre équipe n’a 1,5 niveau d’avance ou de retard sur une question.",
);
pub const CAN_LEARN_FROM: Text = Text::new(" can learn from ", " peut apprendre de ");
pub const NOTHING_REMOVED: Text = Text::new("Nothing removed.", "Rien n’a été retiré.");
pub const ACCEPT_FIRST: Text = Text::new(
    "Not in the plan yet: accept the step first (a).",
    "Pas encore dans le plan\u{202f}: acceptez d’abord l’étape (a).",
);
pub const GIVE_A_TITLE: Text = Text::new("Give the action a title.", "Donnez un titre à l’action.");

/// " · overall 2.6 of 5 · target 4.0" after a team's name.
pub fn team_overall(lang: Lang, score: &str, levels: usize, target: &str) -> String {
    match lang {
        Lang::En => format!(" · overall {score} of {levels} · target {target}"),
        Lang::Fr => format!(" · ensemble {score} sur {levels} · cible {target}"),
    }
}

/// " · team 1 of 2 (← →)".
pub fn team_of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!(" · team {n} of {of} (← →)"),
        Lang::Fr => format!(" · équipe {n} sur {of} (← →)"),
    }
}

pub fn owner_due_of(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Owner and due date of {id}"),
        Lang::Fr => format!("Responsable et échéance de {id}"),
    }
}

pub fn new_joint_action(lang: Lang, teams: &str) -> String {
    match lang {
        Lang::En => format!("New joint action for {teams}"),
        Lang::Fr => format!("Nouvelle action commune pour {teams}"),
    }
}

/// The question before removing an action; `y` (English) or `o` (French) removes it.
pub fn remove_action(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Remove action {id} from the plan? y remove · any other key keeps it"),
        Lang::Fr => {
            format!("Retirer l’action {id} du plan{NNBSP}? o retirer · toute autre touche la garde")
        }
    }
}

/// A late action's status cell: "agreed late" / « en retard » (the column holds 12 cells).
pub fn late(lang: Lang, status: &str) -> String {
    match lang {
        Lang::En => format!("{status} late"),
        Lang::Fr => "en retard".to_string(),
    }
}

/// "0–3 MONTHS — 4 steps".
pub fn horizon_heading(lang: Lang, from: u8, to: u8, steps: usize) -> String {
    match (lang, steps) {
        (Lang::En, 1) => format!("{from}–{to} MONTHS — 1 step"),
        (Lang::En, n) => format!("{from}–{to} MONTHS — {n} steps"),
        (Lang::Fr, 1) => format!("{from}–{to} MOIS — 1 étape"),
        (Lang::Fr, n) => format!("{from}–{to} MOIS — {n} étapes"),
    }
}

/// " on 3 questions:" after "A can learn from B".
pub fn on_questions(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => " on 1 question:".to_string(),
        (Lang::En, n) => format!(" on {n} questions:"),
        (Lang::Fr, 1) => format!(" sur 1 question{NNBSP}:"),
        (Lang::Fr, n) => format!(" sur {n} questions{NNBSP}:"),
    }
}

/// "Paris does: …".
pub fn leader_does(lang: Lang, leader: &str, practice: &str) -> String {
    match lang {
        Lang::En => format!("{leader} does: {practice}"),
        Lang::Fr => format!("{leader} fait{NNBSP}: {practice}"),
    }
}

/// "    2 Managed → 3 Defined · low effort · gap 1.5".
pub fn step_line(lang: Lang, from: &str, to: &str, effort: &str, gap: &str) -> String {
    match lang {
        Lang::En => format!("    {from} → {to} · {effort} effort · gap {gap}"),
        Lang::Fr => format!("    {from} → {to} · effort {effort} · écart {gap}"),
    }
}

/// "starts from the owners' level: dev, qa at 3 (team median 2)".
pub fn owners_level(lang: Lang, roles: &str, level: &str, median: &str) -> String {
    match lang {
        Lang::En => {
            format!("starts from the owners' level: {roles} at {level} (team median {median})")
        }
        Lang::Fr => format!(
            "part du niveau des responsables{NNBSP}: {roles} à {level} (médiane de l’équipe {median})"
        ),
    }
}

/// "Agreed A-3: Automate the tests", and the other results of a plan change.
pub fn plan_agreed(lang: Lang, id: &str, title: &str) -> String {
    match lang {
        Lang::En => format!("Agreed {id}: {title}"),
        Lang::Fr => format!("Convenue {id}{NNBSP}: {title}"),
    }
}

pub fn plan_saved(lang: Lang, id: &str, status: &str) -> String {
    match lang {
        Lang::En => format!("Saved {id} ({status})"),
        Lang::Fr => format!("{id} enregistrée ({status})"),
    }
}

pub fn plan_added(lang: Lang, id: &str, teams: &str) -> String {
    match lang {
        Lang::En => format!("Added {id} for {teams}"),
        Lang::Fr => format!("{id} ajoutée pour {teams}"),
    }
}

pub fn plan_removed(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("Removed {id}"),
        Lang::Fr => format!("{id} retirée"),
    }
}

pub fn not_saved(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("Not saved: {why}"),
        Lang::Fr => format!("Non enregistré{NNBSP}: {why}"),
    }
}

/// A due date that is not one, said in the form.
pub fn bad_due(lang: Lang, due: &str) -> String {
    match lang {
        Lang::En => format!("\"{due}\" is not a date; give an ISO date such as 2027-03-31"),
        Lang::Fr => format!(
            "«{NNBSP}{due}{NNBSP}» n’est pas une date{NNBSP}; donnez une date ISO comme 2027-03-31"
        ),
    }
}

// ---- Discuss -------------------------------------------------------------------------------

pub const AGREE_EVERYWHERE: Text = Text::new(
    "The respondents of this team agree on every question.",
    "Les répondants de cette équipe s’accordent sur chaque question.",
);
pub const NO_ROLES: Text = Text::new(
    "Nobody in this team gave a role: give roles to see where roles differ.",
    "Personne dans cette équipe n’a donné de rôle\u{202f}: donnez des rôles pour voir où ils divergent.",
);
pub const OWNER_MARK: Text = Text::new(" (owner)", " (responsable)");

/// "TO DISCUSS — 3 questions".
pub fn to_discuss(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("TO DISCUSS — {}", super::count(n, "question", "questions")),
        Lang::Fr => format!("À DÉBATTRE — {}", super::count(n, "question", "questions")),
    }
}

/// "ROLE SPLITS — 2 questions".
pub fn role_splits(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("ROLE SPLITS — {}", super::count(n, "question", "questions")),
        Lang::Fr => format!(
            "ÉCARTS ENTRE RÔLES — {}",
            super::count(n, "question", "questions")
        ),
    }
}

pub fn disagreement_rule(lang: Lang, spread: u8) -> String {
    match lang {
        Lang::En => format!(
            "Respondents of the team gave levels {spread} or more apart, or many answered “unknown”."
        ),
        Lang::Fr => format!(
            "Les répondants de l’équipe ont donné des niveaux distants de {spread} ou plus, ou beaucoup ont répondu «{NNBSP}ne sait pas{NNBSP}»."
        ),
    }
}

pub fn levels_spread(lang: Lang, low: u8, high: u8, spread: u8) -> String {
    match lang {
        Lang::En => format!("levels {low} to {high} (spread {spread})"),
        Lang::Fr => format!("niveaux {low} à {high} (dispersion {spread})"),
    }
}

pub fn answered_unknown(lang: Lang, unknown: usize, answered: usize) -> String {
    match lang {
        Lang::En => format!("{unknown} of {answered} answered “unknown”"),
        Lang::Fr => format!("{unknown} sur {answered} ont répondu «{NNBSP}ne sait pas{NNBSP}»"),
    }
}

pub fn no_role_split(lang: Lang, apart: &str) -> String {
    match lang {
        Lang::En => format!("No two roles of this team are {apart} or more levels apart."),
        Lang::Fr => format!(
            "Aucun couple de rôles de cette équipe n’est à {apart} niveaux ou plus d’écart."
        ),
    }
}

pub fn role_split_rule(lang: Lang, apart: &str) -> String {
    match lang {
        Lang::En => format!(
            "Roles of the team {apart} or more levels apart (role medians): ask each role what it sees."
        ),
        Lang::Fr => format!(
            "Rôles de l’équipe à {apart} niveaux ou plus d’écart (médianes par rôle){NNBSP}: demandez à chaque rôle ce qu’il voit."
        ),
    }
}

// ---- Rhythm --------------------------------------------------------------------------------

pub const RHYTHM_INTRO: Text = Text::new(
    "DORA keys · Quick Check bands · clusters of the 2024 DORA report",
    "Indicateurs DORA · tranches du Quick Check · groupes du rapport DORA 2024",
);
pub const NO_FIGURES: Text = Text::new(
    "No delivery figures yet, and no answers to the questions that describe them. Record figures with `devops-maturity metrics set`.",
    "Pas encore de chiffres de livraison, ni de réponses aux questions qui les décrivent. Enregistrez des chiffres avec `devops-maturity metrics set`.",
);
/// The four key columns, short enough for 12 cells.
pub const RHYTHM_HEADS: [Text; 4] = [
    Text::new("Deployments", "Déploiements"),
    Text::new("Lead time", "Délai"),
    Text::new("Failures", "Échecs"),
    Text::new("Recovery", "Restauration"),
];
pub const CLUSTER: Text = Text::new("Cluster", "Groupe");
pub const PROVISIONAL: Text = Text::new("provisional", "provisoire");
/// The rhythm view's group of teams without a cluster (no reading of any key).
pub const NO_CLUSTER: Text = Text::new("No cluster", "Sans groupe");
/// Under the rhythm view's teams grouped by cluster (one row per team).
pub const GROUPED_NOTE: Text = Text::new(
    "One row per team: the Quick Check band of each key. ≈ after a row: the cluster is provisional, some keys come from questionnaire answers, not recorded figures. Each key's value and nearest cluster: compare fewer teams (t).",
    "Une ligne par équipe\u{202f}: la tranche du Quick Check de chaque indicateur. ≈ en fin de ligne\u{202f}: groupe provisoire, certains indicateurs viennent des réponses au questionnaire et non de chiffres enregistrés. La valeur et le groupe le plus proche de chaque indicateur\u{202f}: comparez moins d’équipes (t).",
);

/// "Clusters: Elite 3 · High 20 · Medium 120 · Low 50 · No cluster 7".
pub fn cluster_counts(lang: Lang, counts: &[(String, usize)]) -> String {
    let list: Vec<String> = counts.iter().map(|(c, n)| format!("{c} {n}")).collect();
    match lang {
        Lang::En => format!("Clusters: {}", list.join(" · ")),
        Lang::Fr => format!("Groupes{NNBSP}: {}", list.join(" · ")),
    }
}
pub const ON_DEMAND: Text = Text::new("on demand", "à la demande");
pub const LEVEL_N_NOTE: Text = Text::new(
    "≈ level N: the team's level on the question describing the key; the band under it is provisional, ",
    "≈ niveau N\u{202f}: le niveau de l’équipe à la question qui décrit l’indicateur\u{202f}; la tranche en dessous est provisoire, ",
);

/// "≈ level 3": a provisional reading's cell.
pub fn approx_level(lang: Lang, level: u8) -> String {
    match lang {
        Lang::En => format!("≈ level {level}"),
        Lang::Fr => format!("≈ niveau {level}"),
    }
}

/// A distance on the cluster rule's scale: "1 step", "3.2 steps" / « 3,2 crans » (a step of
/// a band, or 5 points of a rate; « cran » fits the 11-cell column where « tranches » does not).
pub fn steps(lang: Lang, x: f64) -> String {
    match lang {
        Lang::En => crate::domain::metrics::steps_label(x),
        Lang::Fr => {
            let n = crate::domain::metrics::steps_label(x);
            let n = n.split(' ').next().unwrap_or("").replace('.', ",");
            // French puts 0 and 1 in the singular.
            if n == "0" || n == "1" {
                format!("{n} cran")
            } else {
                format!("{n} crans")
            }
        }
    }
}

/// "Splits them most: lead time (2 steps apart)."
pub fn splits_most(lang: Lang, key: &str, steps: &str) -> String {
    match lang {
        Lang::En => format!("Splits them most: {key} ({steps} apart)."),
        Lang::Fr => format!("Les sépare le plus{NNBSP}: {key} ({steps} d’écart)."),
    }
}

pub fn clusters_source(lang: Lang) -> String {
    use crate::domain::metrics::clusters::{PROFILES_SOURCE, PROFILES_SOURCE_FR};
    match lang {
        Lang::En => format!("Clusters: {PROFILES_SOURCE}."),
        Lang::Fr => format!("Groupes{NNBSP}: {PROFILES_SOURCE_FR}."),
    }
}

// ---- Perception ----------------------------------------------------------------------------

pub const NEEDS_TWO: Text = Text::new(
    "The perception view needs two teams: compare more teams with t.",
    "La vue des perceptions demande deux équipes\u{202f}: comparez plus d’équipes avec t.",
);
pub const HOW: Text = Text::new("How ", "Comment ");
pub const AND: Text = Text::new(" and ", " et ");
pub const SEE_EACH_OTHER: Text = Text::new(" see each other", " se voient");
pub const SEES_ITSELF: Text = Text::new(
    " as the team sees itself   ",
    " vue par l’équipe elle-même   ",
);
pub const OTHER_SEES: Text = Text::new(
    " as the other team sees it   gap = seen − self",
    " vue par l’autre équipe   écart = vue − soi",
);
pub const SELF: Text = Text::new("self", "soi");
pub const NONE: Text = Text::new("None.", "Aucun.");
pub const NEW_REQUEST: Text = Text::new("new request", "nouvelle demande");
pub const ANSWER: Text = Text::new("answer", "répondre");
pub const ACTION_KEY: Text = Text::new("action", "action");
pub const SAVE: Text = Text::new("save", "enregistrer");
pub const REQUEST: Text = Text::new("request", "demande");
pub const NEW_REQUEST_TITLE: Text = Text::new("New request", "Nouvelle demande");
pub const ANSWER_REQUEST_TITLE: Text = Text::new("Answer a request", "Répondre à une demande");
pub const NOTE_OPTIONAL: Text = Text::new("Note (optional):", "Note (facultative)\u{202f}:");
pub const ENTER_SAVES: Text = Text::new(
    "Enter saves; Esc cancels.",
    "Entrée enregistre\u{202f}; Échap annule.",
);
pub const TYPE_REQUEST: Text = Text::new(
    "Type what the team asks, in a sentence or two.",
    "Écrivez ce que l’équipe demande, en une ou deux phrases.",
);

pub fn neither_answered(lang: Lang, a: &str, b: &str) -> String {
    match lang {
        Lang::En => format!(
            "Neither team answered about the other, nor asked it anything. A respondent answers about the other team with `answer NAME --team {a} --respondent R --about {b}`; a request is `request add NAME --by {a} --to {b} \"TEXT\"`."
        ),
        Lang::Fr => format!(
            "Aucune des deux équipes n’a répondu sur l’autre ni ne lui a rien demandé. Un répondant répond sur l’autre équipe avec `answer NOM --team {a} --respondent R --about {b}`{NNBSP}; une demande s’écrit `request add NOM --by {a} --to {b} \"TEXTE\"`."
        ),
    }
}

/// "by Start-up — Nantes": the other team's view of a team.
pub fn by_team(lang: Lang, team: &str) -> String {
    match lang {
        Lang::En => format!("by {team}"),
        Lang::Fr => format!("par {team}"),
    }
}

pub fn largest_gaps(lang: Lang, threshold: f64) -> String {
    let shown = super::decimal(lang, format!("{threshold:.1}"));
    match lang {
        Lang::En => format!("Largest perception gaps ({shown} levels or more)"),
        // French: the plural starts at 2 (« 1,5 niveau »), and the unit is tied to its number.
        Lang::Fr if threshold < 2.0 => {
            format!("Plus grands écarts de perception ({shown}\u{a0}niveau ou plus)")
        }
        Lang::Fr => format!("Plus grands écarts de perception ({shown}\u{a0}niveaux ou plus)"),
    }
}

/// "Paris asks Nantes (2)".
pub fn asks_count(lang: Lang, by: &str, to: &str, n: usize) -> String {
    format!("{} ({n})", lang.labels().asks(by, to))
}

/// "Paris asks Nantes (1 of 2, ↑↓):" above the request being answered.
pub fn asks_which(lang: Lang, by: &str, to: &str, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{by} asks {to} ({n} of {of}, ↑↓):"),
        Lang::Fr => format!("{by} demande à {to} ({n} sur {of}, ↑↓){NNBSP}:"),
    }
}

/// "Paris asks Nantes:" above a new request.
pub fn asks_colon(lang: Lang, by: &str, to: &str) -> String {
    super::colon(lang, &lang.labels().asks(by, to))
}

/// "Nantes answers (Tab): ".
pub fn answers_tab(lang: Lang, to: &str) -> String {
    match lang {
        Lang::En => format!("{to} answers (Tab): "),
        Lang::Fr => format!("{to} répond (Tab){NNBSP}: "),
    }
}

/// A request's status as a choice of the answer pop-up.
pub fn request_status(lang: Lang, s: crate::domain::requests::Status) -> &'static str {
    use crate::domain::requests::Status;
    match (lang, s) {
        (Lang::En, s) => s.as_str(),
        (Lang::Fr, Status::Open) => "ouverte",
        (Lang::Fr, Status::Accepted) => "acceptée",
        (Lang::Fr, Status::Discuss) => "à discuter",
        (Lang::Fr, Status::Refused) => "refusée",
    }
}

pub fn request_recorded(lang: Lang, id: &str, by: &str, to: &str) -> String {
    match lang {
        Lang::En => format!("Request {id} recorded: {by} asks {to}."),
        Lang::Fr => format!("Demande {id} enregistrée{NNBSP}: {by} demande à {to}."),
    }
}

pub fn request_answered(lang: Lang, id: &str, to: &str, status: &str) -> String {
    match lang {
        Lang::En => format!("Request {id}: {to} answered {status}."),
        Lang::Fr => format!("Demande {id}{NNBSP}: {to} a répondu «{NNBSP}{status}{NNBSP}»."),
    }
}

// ---- The team picker and the export prompt's messages ----------------------------------------

pub const CHOOSE_ONE: Text = Text::new(
    "Choose at least one team (Space).",
    "Choisissez au moins une équipe (Espace).",
);
pub const TYPE_FILE_NAME: Text = Text::new(
    "Type a file name, e.g. report.pdf",
    "Tapez un nom de fichier, par exemple rapport.pdf",
);

/// "Comparing 1 team: gaps to target." / "Comparing 3 teams."
pub fn comparing(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "Comparing 1 team: gaps to target.".to_string(),
        (Lang::En, n) => format!("Comparing {n} teams."),
        (Lang::Fr, 1) => format!("Comparaison d’une équipe{NNBSP}: écarts à la cible."),
        (Lang::Fr, n) => format!("Comparaison de {n} équipes."),
    }
}
