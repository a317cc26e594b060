//! Messages of the commands: the confirmation lines `new`, `answer`, `report`, `plan`,
//! `request`, `respondent`, `collect`, `export`, `import` and `history` print, in the language of
//! the assessment they are about (`--lang` first), or of the locale for those about none.

use super::{Lang, NNBSP, count};

/// "3 teams" / « 3 équipes »: a count with its noun, in `lang`; French puts 0 in the
/// singular (« 0 répondant »), English in the plural ("0 respondents").
fn n(lang: Lang, n: usize, en: (&str, &str), fr: (&str, &str)) -> String {
    match lang {
        Lang::En => count(n, en.0, en.1),
        Lang::Fr if n == 0 => format!("0 {}", fr.0),
        Lang::Fr => count(n, fr.0, fr.1),
    }
}

/// A name as `lang` quotes it in a sentence: "\"Paris\"" / « « Paris » ».
pub fn quoted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("\"{name}\""),
        Lang::Fr => format!("«{NNBSP}{name}{NNBSP}»"),
    }
}

/// The word before a warning line: "warning: " / « attention : ».
pub fn warning(lang: Lang) -> String {
    match lang {
        Lang::En => "warning: ".to_string(),
        Lang::Fr => format!("attention{NNBSP}: "),
    }
}

/// A file `collect` refused, and why: "refused: FILE: why" / « refusé : FICHIER : raison ».
pub fn refused_line(lang: Lang, origin: &str, why: &str) -> String {
    match lang {
        Lang::En => format!("refused: {origin}: {why}"),
        Lang::Fr => format!("refusé{NNBSP}: {origin}{NNBSP}: {why}"),
    }
}

/// A file `collect` left out on purpose, and why: "skipped: FILE: why" / « ignoré : … ».
pub fn skipped_line(lang: Lang, origin: &str, why: &str) -> String {
    match lang {
        Lang::En => format!("skipped: {origin}: {why}"),
        Lang::Fr => format!("ignoré{NNBSP}: {origin}{NNBSP}: {why}"),
    }
}

/// A file `export` left out because it cannot be read (`what`: its path and why).
pub fn unreadable_skipped(lang: Lang, what: &str) -> String {
    match lang {
        Lang::En => format!("skipped (cannot be read): {what}"),
        Lang::Fr => format!("ignoré (illisible){NNBSP}: {what}"),
    }
}

/// The word before an error line: "error: " / « erreur : ».
pub fn error_word(lang: Lang) -> String {
    match lang {
        Lang::En => "error: ".to_string(),
        Lang::Fr => format!("erreur{NNBSP}: "),
    }
}

/// Why an answer read from a sheet is not counted, in `lang` (the English is `Stray`'s
/// `Display`).
pub fn stray(lang: Lang, stray: &crate::domain::answers::Stray) -> String {
    use crate::domain::answers::Stray;
    match (lang, stray) {
        (Lang::En, s) => s.to_string(),
        (Lang::Fr, Stray::UnknownTeam { team }) => format!(
            "l’équipe {} ne fait pas partie de l’évaluation{NNBSP}; ses réponses ne sont pas comptées",
            quoted(lang, team)
        ),
        (Lang::Fr, Stray::UnknownQuestion { question }) => format!(
            "la réponse à la question inconnue {} n’est pas comptée",
            quoted(lang, question)
        ),
        (
            Lang::Fr,
            Stray::OffScale {
                question,
                level,
                levels,
            },
        ) => format!(
            "question {}{NNBSP}: le niveau {level} est hors de 1–{levels} et n’est pas compté",
            quoted(lang, question)
        ),
    }
}

/// The word before a note line: "note: " / « note : ».
pub fn note(lang: Lang) -> String {
    match lang {
        Lang::En => "note: ".to_string(),
        Lang::Fr => format!("note{NNBSP}: "),
    }
}

/// "Stored in /data/bank" / « Enregistrée dans /data/bank ».
pub fn stored_in(lang: Lang, dir: &str) -> String {
    match lang {
        Lang::En => format!("Stored in {dir}"),
        Lang::Fr => format!("Enregistrée dans {dir}"),
    }
}

/// "Next: devops-maturity answer …" / « Ensuite : devops-maturity answer … ».
pub fn next_answer(lang: Lang, name: &str, team: &str) -> String {
    match lang {
        Lang::En => {
            format!("Next: devops-maturity answer {name} --team \"{team}\" --respondent NAME")
        }
        Lang::Fr => format!(
            "Ensuite{NNBSP}: devops-maturity answer {name} --team \"{team}\" --respondent NOM"
        ),
    }
}

// ---- new, add-team, add-questions -----------------------------------------------------------

pub fn created(lang: Lang, name: &str, teams: &[String]) -> String {
    let k = n(lang, teams.len(), ("team", "teams"), ("équipe", "équipes"));
    match lang {
        Lang::En => format!(
            "Created assessment \"{name}\" with {k}: {}",
            teams.join(", ")
        ),
        Lang::Fr => format!(
            "Évaluation {} créée avec {k}{NNBSP}: {}",
            quoted(lang, name),
            teams.join(", ")
        ),
    }
}

pub fn questionnaire_line(
    lang: Lang,
    title: &str,
    dimensions: usize,
    questions: usize,
    target: &str,
) -> String {
    match lang {
        Lang::En => format!(
            "Questionnaire: {title} — {dimensions} dimensions, {questions} questions, target level {target}"
        ),
        Lang::Fr => format!(
            "Questionnaire{NNBSP}: {title} — {dimensions} dimensions, {questions} questions, niveau visé {target}"
        ),
    }
}

pub fn short_form(lang: Lang, asked: usize, dimensions: usize, name: &str) -> String {
    match lang {
        Lang::En => format!(
            "Short form: the {asked} core questions in {dimensions} dimensions; ask the others later with: devops-maturity add-questions {name} --all"
        ),
        Lang::Fr => format!(
            "Forme courte{NNBSP}: les {asked} questions essentielles en {dimensions} dimensions{NNBSP}; posez les autres plus tard avec{NNBSP}: devops-maturity add-questions {name} --all"
        ),
    }
}

pub fn created_follow_up(lang: Lang, name: &str, previous: &str, teams: &[String]) -> String {
    let k = n(lang, teams.len(), ("team", "teams"), ("équipe", "équipes"));
    match lang {
        Lang::En => format!(
            "Created \"{name}\", a follow-up round of \"{previous}\", with {k}: {}",
            teams.join(", ")
        ),
        Lang::Fr => format!(
            "{} créée, tour suivant de {}, avec {k}{NNBSP}: {}",
            quoted(lang, name),
            quoted(lang, previous),
            teams.join(", ")
        ),
    }
}

pub fn carried_over(lang: Lang, actions: usize) -> String {
    let k = n(
        lang,
        actions,
        ("open action", "open actions"),
        ("action ouverte", "actions ouvertes"),
    );
    match lang {
        Lang::En => {
            format!("Carried over {k} from the previous round's plan (ids, owners and dates kept).")
        }
        Lang::Fr => format!(
            "{k} reprise(s) du plan du tour précédent (identifiants, responsables et dates gardés)."
        )
        .replace(
            "reprise(s)",
            if actions <= 1 { "reprise" } else { "reprises" },
        ),
    }
}

pub fn team_added(lang: Lang, team: &str, name: &str) -> String {
    match lang {
        Lang::En => format!("Added team \"{team}\" to \"{name}\""),
        Lang::Fr => format!(
            "Équipe {} ajoutée à {}",
            quoted(lang, team),
            quoted(lang, name)
        ),
    }
}

// ---- answer ----------------------------------------------------------------------------------

/// "Saved 3 answers and 1 comment for Alice (Paris) about Nantes; 12% of the questionnaire
/// answered".
pub fn saved_answers(
    lang: Lang,
    answers: usize,
    comments: usize,
    respondent: &str,
    team: &str,
    about: Option<&str>,
    coverage: &str,
) -> String {
    let a = n(
        lang,
        answers,
        ("answer", "answers"),
        ("réponse", "réponses"),
    );
    let c = n(
        lang,
        comments,
        ("comment", "comments"),
        ("commentaire", "commentaires"),
    );
    match lang {
        Lang::En => format!(
            "Saved {a}{} for {respondent} ({team}){}; {coverage} of the questionnaire answered",
            if comments == 0 {
                String::new()
            } else {
                format!(" and {c}")
            },
            about.map_or(String::new(), |a| format!(" about {a}")),
        ),
        Lang::Fr => format!(
            "Enregistré{NNBSP}: {a}{} {} ({team}){}{NNBSP}; {coverage} du questionnaire renseigné",
            if comments == 0 {
                String::new()
            } else {
                format!(" et {c}")
            },
            of_name(respondent),
            about.map_or(String::new(), |a| format!(" sur {a}")),
        ),
    }
}

/// "question ci.build was also changed elsewhere: kept 3 (…), not 2 (…)".
pub fn conflict(lang: Lang, what: ConflictField<'_>, kept: &str, dropped: &str) -> String {
    match (lang, what) {
        (Lang::En, ConflictField::Answer(q)) => {
            format!("question {q} was also changed elsewhere: kept {kept}, not {dropped}")
        }
        (Lang::En, ConflictField::Comment(q)) => {
            format!("the comment on {q} was also changed elsewhere: kept {kept}, not {dropped}")
        }
        (Lang::En, ConflictField::Role) => {
            format!("the role was also changed elsewhere: kept {kept}, not {dropped}")
        }
        (Lang::Fr, ConflictField::Answer(q)) => format!(
            "la question {q} a aussi été modifiée ailleurs{NNBSP}: gardé {kept}, pas {dropped}"
        ),
        (Lang::Fr, ConflictField::Comment(q)) => format!(
            "le commentaire de {q} a aussi été modifié ailleurs{NNBSP}: gardé {kept}, pas {dropped}"
        ),
        (Lang::Fr, ConflictField::Role) => {
            format!("le rôle a aussi été modifié ailleurs{NNBSP}: gardé {kept}, pas {dropped}")
        }
    }
}

/// « de Karim », « d’Alice »: French elides « de » before a vowel (not before h: « de Hugo »).
fn of_name(name: &str) -> String {
    let first = name.chars().next().map(|c| c.to_lowercase().to_string());
    let vowel = first.is_some_and(|c| "aeiouyàâäéèêëîïôöùûü".contains(c.as_str()));
    if vowel {
        format!("d’{name}")
    } else {
        format!("de {name}")
    }
}

/// What a conflict is about.
#[derive(Debug, Clone, Copy)]
pub enum ConflictField<'a> {
    Answer(&'a str),
    Comment(&'a str),
    Role,
}

// ---- report ----------------------------------------------------------------------------------

/// "180 KB" / « 180 Ko », "812 bytes" / « 812 octets ».
pub fn size(lang: Lang, bytes: usize) -> String {
    match (lang, bytes < 10_000) {
        (Lang::En, true) => format!("{bytes} bytes"),
        (Lang::En, false) => format!("{} KB", bytes / 1000),
        (Lang::Fr, true) => format!("{bytes} octets"),
        (Lang::Fr, false) => format!("{} Ko", bytes / 1000),
    }
}

/// "Wrote report.pdf (PDF, 180 KB)": for one status line.
pub fn wrote(lang: Lang, path: &str, format: &str, size: &str) -> String {
    match lang {
        Lang::En => format!("Wrote {path} ({format}, {size})"),
        Lang::Fr => format!("Rapport écrit dans {path} ({format}, {size})"),
    }
}

/// " for Paris, Nantes" / « pour Paris, Nantes »; " for 200 teams" for a portfolio.
pub fn wrote_for(lang: Lang, teams: &[String], portfolio: bool) -> String {
    match (lang, portfolio) {
        (Lang::En, true) => format!(" for {} teams", teams.len()),
        (Lang::En, false) => format!(" for {}", teams.join(", ")),
        (Lang::Fr, true) => format!(" pour {} équipes", teams.len()),
        (Lang::Fr, false) => format!(" pour {}", teams.join(", ")),
    }
}

pub fn no_answers_note(lang: Lang) -> String {
    match lang {
        Lang::En => "note: no team has answered yet; the report says so instead of showing scores"
            .to_string(),
        Lang::Fr => format!(
            "note{NNBSP}: aucune équipe n’a encore répondu{NNBSP}; le rapport le dit au lieu de montrer des scores"
        ),
    }
}

// ---- plan ------------------------------------------------------------------------------------

pub fn plan_added(lang: Lang, id: &str, teams: &str, title: &str) -> String {
    match lang {
        Lang::En => format!("Added {id} ({teams}) to the plan: {title}"),
        Lang::Fr => format!("{id} ({teams}) ajoutée au plan{NNBSP}: {title}"),
    }
}

pub fn plan_updated(lang: Lang, id: &str, status: &str, title: &str) -> String {
    match lang {
        Lang::En => format!("Updated {id} ({status}): {title}"),
        Lang::Fr => format!("{id} mise à jour ({status}){NNBSP}: {title}"),
    }
}

pub fn plan_unchanged(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("{id} already had those values; nothing was written."),
        Lang::Fr => format!("{id} avait déjà ces valeurs{NNBSP}; rien n’a été écrit."),
    }
}

pub fn plan_removed(lang: Lang, id: &str, title: &str) -> String {
    match lang {
        Lang::En => format!("Removed {id} from the plan: {title}"),
        Lang::Fr => format!("{id} retirée du plan{NNBSP}: {title}"),
    }
}

pub fn nothing_to_propose(lang: Lang, already: usize) -> String {
    let k = n(
        lang,
        already,
        ("proposal", "proposals"),
        ("proposition", "propositions"),
    );
    match lang {
        Lang::En => format!(
            "Nothing new to propose: the plan already holds every roadmap step and synchronisation initiative ({k})."
        ),
        Lang::Fr => format!(
            "Rien de nouveau à proposer{NNBSP}: le plan contient déjà chaque étape de la feuille de route et chaque initiative de synchronisation ({k})."
        ),
    }
}

pub fn proposed(lang: Lang, added: usize, already: usize) -> String {
    let a = n(lang, added, ("action", "actions"), ("action", "actions"));
    let p = n(
        lang,
        already,
        ("proposal", "proposals"),
        ("proposition", "propositions"),
    );
    match lang {
        Lang::En => format!(
            "Proposed {a} (status proposed){}:",
            if already > 0 {
                format!("; {p} already in the plan")
            } else {
                String::new()
            }
        ),
        Lang::Fr => format!(
            "{a} proposée{} (statut «{NNBSP}proposée{NNBSP}»){}{NNBSP}:",
            if added <= 1 { "" } else { "s" },
            if already > 0 {
                format!("{NNBSP}; {p} déjà dans le plan")
            } else {
                String::new()
            }
        ),
    }
}

pub fn agree_one(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!(
            "Agree one with `devops-maturity plan set {name} ID --status agreed --owner WHO --due DATE`."
        ),
        Lang::Fr => format!(
            "Convenez-en une avec `devops-maturity plan set {name} ID --status agreed --owner QUI --due DATE`."
        ),
    }
}

pub fn plan_empty(lang: Lang, assessment: &str, name: &str) -> String {
    match lang {
        Lang::En => format!(
            "The plan of \"{assessment}\" is empty; `devops-maturity plan propose {name}` fills it from the roadmap."
        ),
        Lang::Fr => format!(
            "Le plan de {} est vide{NNBSP}; `devops-maturity plan propose {name}` le remplit depuis la feuille de route.",
            quoted(lang, assessment)
        ),
    }
}

pub fn no_action_matches(lang: Lang, all: usize) -> String {
    let k = n(lang, all, ("action", "actions"), ("action", "actions"));
    match lang {
        Lang::En => format!("No action matches (the plan holds {k})."),
        Lang::Fr => format!("Aucune action ne correspond (le plan en contient {k})."),
    }
}

// ---- request ---------------------------------------------------------------------------------

pub fn request_added(lang: Lang, id: &str, by: &str, to: &str, priority: &str) -> String {
    match lang {
        Lang::En => format!("Request {id} recorded: {by} asks {to} ({priority} priority, open)."),
        Lang::Fr => format!(
            "Demande {id} enregistrée{NNBSP}: {by} demande à {to} (priorité {priority}, ouverte)."
        ),
    }
}

pub fn no_requests(lang: Lang, assessment: &str, name: &str) -> String {
    match lang {
        Lang::En => format!(
            "No requests in \"{assessment}\". Add one with `devops-maturity request add {name} --by TEAM --to TEAM \"TEXT\"`."
        ),
        Lang::Fr => format!(
            "Aucune demande dans {}. Ajoutez-en une avec `devops-maturity request add {name} --by ÉQUIPE --to ÉQUIPE \"TEXTE\"`.",
            quoted(lang, assessment)
        ),
    }
}

pub fn request_about(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("  about: {title}"),
        Lang::Fr => format!("  sur{NNBSP}: {title}"),
    }
}

pub fn request_says(lang: Lang, to: &str, note: &str) -> String {
    match lang {
        Lang::En => format!("  {to} says: {note}"),
        Lang::Fr => format!("  {to} répond{NNBSP}: {note}"),
    }
}

pub fn request_changed(lang: Lang, id: &str, line: &str) -> String {
    match lang {
        Lang::En => format!("Request {id} changed: {line}"),
        Lang::Fr => format!("Demande {id} modifiée{NNBSP}: {line}"),
    }
}

pub fn request_withdrawn(lang: Lang, id: &str, by: &str, to: &str) -> String {
    match lang {
        Lang::En => format!("Request {id} ({by} → {to}) withdrawn."),
        Lang::Fr => format!("Demande {id} ({by} → {to}) retirée."),
    }
}

/// A request's status in a list line: "accepted" / « acceptée », "withdrawn" / « retirée ».
pub fn request_status_word(lang: Lang, status: &str) -> String {
    match (lang, status) {
        (Lang::Fr, "open") => "ouverte".into(),
        (Lang::Fr, "accepted") => "acceptée".into(),
        (Lang::Fr, "discuss") => "à discuter".into(),
        (Lang::Fr, "refused") => "refusée".into(),
        (Lang::Fr, "withdrawn") => "retirée".into(),
        (_, s) => s.to_string(),
    }
}

// ---- respondent, delete, restore -------------------------------------------------------------

pub fn renamed(lang: Lang, from: &str, into: &str, team: &str) -> String {
    match lang {
        Lang::En => format!("Renamed {from} to {into} ({team}); their answers followed"),
        Lang::Fr => format!("{from} renommé en {into} ({team}){NNBSP}; ses réponses ont suivi"),
    }
}

pub fn merged(lang: Lang, from: &str, into: &str, team: &str, added: usize, both: usize) -> String {
    match lang {
        Lang::En => format!(
            "Merged {from} into {into} ({team}): answers and comments added: {added}; answered differently by both: {both}"
        ),
        Lang::Fr => format!(
            "{from} fusionné dans {into} ({team}){NNBSP}: réponses et commentaires ajoutés{NNBSP}: {added}{NNBSP}; répondu différemment par les deux{NNBSP}: {both}"
        ),
    }
}

pub fn trashed(lang: Lang, who: &str, team: &str, path: &str) -> String {
    match lang {
        Lang::En => format!("Moved {who} ({team}) to the trash: {path}"),
        Lang::Fr => format!("{who} ({team}) mis à la corbeille{NNBSP}: {path}"),
    }
}

/// After a rename, merge or restore: the respondent's sheet about another team followed.
pub fn perception_followed(lang: Lang, about: &str, added: usize, both: usize) -> String {
    match lang {
        Lang::En => format!(
            "Their answers about {about} followed (added: {added}; answered differently by both: {both})"
        ),
        Lang::Fr => format!(
            "Ses réponses à propos de {about} ont suivi (ajoutées{NNBSP}: {added}{NNBSP}; répondu différemment par les deux{NNBSP}: {both})"
        ),
    }
}

/// Before a conflict line of a sheet about another team: "about Dev: ".
pub fn about_prefix(lang: Lang, about: &str) -> String {
    match lang {
        Lang::En => format!("about {about}: "),
        Lang::Fr => format!("à propos de {about}{NNBSP}: "),
    }
}

pub fn undo_with(lang: Lang, command: &str) -> String {
    match lang {
        Lang::En => format!("Undo with: {command}"),
        Lang::Fr => format!("Pour annuler{NNBSP}: {command}"),
    }
}

pub fn restored(lang: Lang, who: &str, team: &str) -> String {
    match lang {
        Lang::En => format!("Restored {who} ({team})"),
        Lang::Fr => format!("{who} ({team}) restauré"),
    }
}

pub fn assessment_trashed(lang: Lang, name: &str, path: &str) -> String {
    match lang {
        Lang::En => format!("Moved the assessment \"{name}\" to the trash: {path}"),
        Lang::Fr => format!(
            "Évaluation {} mise à la corbeille{NNBSP}: {path}",
            quoted(lang, name)
        ),
    }
}

pub fn assessment_restored(lang: Lang, name: &str, dir: &str) -> String {
    match lang {
        Lang::En => format!("Restored the assessment \"{name}\" ({dir})"),
        Lang::Fr => format!("Évaluation {} restaurée ({dir})", quoted(lang, name)),
    }
}

// ---- collect, export, history ----------------------------------------------------------------

pub fn collected(lang: Lang, dry_run: bool, sheets: usize, into: &str) -> String {
    let k = n(lang, sheets, ("sheet", "sheets"), ("fiche", "fiches"));
    match (lang, dry_run) {
        (Lang::En, true) => format!("Dry run, nothing written: {k} read into \"{into}\""),
        (Lang::En, false) => format!("Collected: {k} read into \"{into}\""),
        (Lang::Fr, true) => format!(
            "Essai à blanc, rien d’écrit{NNBSP}: {k} lue(s) pour {}",
            quoted(lang, into)
        ),
        (Lang::Fr, false) => format!("Collecté{NNBSP}: {k} lue(s) dans {}", quoted(lang, into)),
    }
    .replace("lue(s)", if sheets <= 1 { "lue" } else { "lues" })
}

pub fn nothing_new(lang: Lang) -> String {
    match lang {
        Lang::En => "Nothing new: every collected answer was already here.".to_string(),
        Lang::Fr => format!("Rien de nouveau{NNBSP}: chaque réponse collectée était déjà là."),
    }
}

pub fn collected_counts(lang: Lang, respondents: usize, added: usize, updated: usize) -> String {
    match lang {
        Lang::En => format!(
            "  new respondents: {respondents}; answers and comments added: {added}; updated: {updated}"
        ),
        Lang::Fr => format!(
            "  nouveaux répondants{NNBSP}: {respondents}{NNBSP}; réponses et commentaires ajoutés{NNBSP}: {added}{NNBSP}; mis à jour{NNBSP}: {updated}"
        ),
    }
}

pub fn figures_updated(lang: Lang, teams: &str) -> String {
    match lang {
        Lang::En => format!("  delivery figures updated for: {teams}"),
        Lang::Fr => format!("  chiffres de livraison mis à jour pour{NNBSP}: {teams}"),
    }
}

pub fn plan_collected(lang: Lang, actions: usize, fields: usize) -> String {
    let a = n(lang, actions, ("action", "actions"), ("action", "actions"));
    let f = n(lang, fields, ("field", "fields"), ("champ", "champs"));
    match lang {
        Lang::En => format!("  action plan: {a} added, {f} updated"),
        Lang::Fr => format!("  plan d’actions{NNBSP}: {a} ajoutée(s), {f} mis à jour").replace(
            "ajoutée(s)",
            if actions <= 1 {
                "ajoutée"
            } else {
                "ajoutées"
            },
        ),
    }
}

pub fn requests_collected(lang: Lang, added: usize, fields: usize) -> String {
    let f = n(lang, fields, ("field", "fields"), ("champ", "champs"));
    match lang {
        Lang::En => format!("  requests between teams: {added} added, {f} updated"),
        Lang::Fr => format!("  demandes entre équipes{NNBSP}: {added} ajoutée(s), {f} mis à jour")
            .replace(
                "ajoutée(s)",
                if added <= 1 { "ajoutée" } else { "ajoutées" },
            ),
    }
}

pub fn request_conflict(lang: Lang, id: &str, field: &str, kept: &str, dropped: &str) -> String {
    match lang {
        Lang::En => format!(
            "  - request {id}: its {field} was changed on both sides: kept \"{kept}\", not \"{dropped}\""
        ),
        Lang::Fr => format!(
            "  - demande {id}{NNBSP}: son champ {field} a changé des deux côtés{NNBSP}: gardé {}, pas {}",
            quoted(lang, kept),
            quoted(lang, dropped)
        ),
    }
}

pub fn rooms_updated(lang: Lang, teams: &str) -> String {
    match lang {
        Lang::En => format!("  workshop rooms updated for: {teams}"),
        Lang::Fr => format!("  salles d’atelier mises à jour pour{NNBSP}: {teams}"),
    }
}

pub fn answered_differently(lang: Lang, questions: usize) -> String {
    let k = n(
        lang,
        questions,
        ("question", "questions"),
        ("question", "questions"),
    );
    match lang {
        Lang::En => format!("  {k} answered differently on both sides:"),
        Lang::Fr => format!("  {k} avec des réponses différentes des deux côtés{NNBSP}:"),
    }
}

pub fn imported(lang: Lang, sheets: usize, from: &str, into: &str, teams: &[String]) -> String {
    let k = n(
        lang,
        sheets,
        ("respondent sheet", "respondent sheets"),
        ("fiche de répondant", "fiches de répondant"),
    );
    match lang {
        Lang::En => format!(
            "Imported {k} from \"{from}\" into \"{into}\"{}",
            if teams.is_empty() {
                String::new()
            } else {
                format!("; new team(s): {}", teams.join(", "))
            }
        ),
        Lang::Fr => format!(
            "{k} importée(s) de {} dans {}{}",
            quoted(lang, from),
            quoted(lang, into),
            if teams.is_empty() {
                String::new()
            } else {
                format!(
                    "{NNBSP}; nouvelle(s) équipe(s){NNBSP}: {}",
                    teams.join(", ")
                )
            }
        )
        .replace(
            "importée(s)",
            if sheets <= 1 {
                "importée"
            } else {
                "importées"
            },
        ),
    }
}

pub fn exported(lang: Lang, path: &str, sheets: usize, name: &str, bytes: usize) -> String {
    let k = n(lang, sheets, ("sheet", "sheets"), ("fiche", "fiches"));
    match lang {
        Lang::En => format!("Wrote {path} ({k} of \"{name}\", {bytes} bytes)"),
        Lang::Fr => format!(
            "Écrit {path} ({k} de {}, {bytes} octets)",
            quoted(lang, name)
        ),
    }
}

pub fn on_the_other_laptop(lang: Lang, command: &str) -> String {
    match lang {
        Lang::En => format!("; on the other laptop: {command}"),
        Lang::Fr => format!("{NNBSP}; sur l’autre portable{NNBSP}: {command}"),
    }
}

pub fn no_answers(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "no answers",
        Lang::Fr => "pas de réponse",
    }
}

pub fn respondents(lang: Lang, k: usize) -> String {
    n(
        lang,
        k,
        ("respondent", "respondents"),
        ("répondant", "répondants"),
    )
}

pub fn round_missing(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!(
            "warning: the round \"{name}\" this chain follows is no longer stored; the history starts after it"
        ),
        Lang::Fr => format!(
            "attention{NNBSP}: le tour {} que suit cette chaîne n’est plus enregistré{NNBSP}; l’historique commence après lui",
            quoted(lang, name)
        ),
    }
}

// ---- show, list ------------------------------------------------------------------------------

/// "Levels: 1 Initial … 5 Optimizing\nTarget: level 3\n".
pub fn show_scale(lang: Lang, scale: &str, target: &str) -> String {
    match lang {
        Lang::En => format!("Levels: {scale}\nTarget: level {target}\n"),
        Lang::Fr => format!("Niveaux{NNBSP}: {scale}\nCible{NNBSP}: niveau {target}\n"),
    }
}

pub fn show_short_form(lang: Lang, asked: usize, total: usize, name: &str) -> String {
    match lang {
        Lang::En => format!(
            "Short form: {asked} of {total} questions (add the others with `devops-maturity add-questions {name} --all`)\n"
        ),
        Lang::Fr => format!(
            "Forme courte{NNBSP}: {asked} questions sur {total} (ajoutez les autres avec `devops-maturity add-questions {name} --all`)\n"
        ),
    }
}

/// "Paris — 3 respondents, coverage 80%, overall 2.6 (52%)".
pub fn show_team(
    lang: Lang,
    team: &str,
    respondents: usize,
    coverage: &str,
    overall: &str,
) -> String {
    let r = self::respondents(lang, respondents);
    match lang {
        Lang::En => format!("{team} — {r}, coverage {coverage}, overall {overall}"),
        Lang::Fr => format!("{team} — {r}, couverture {coverage}, ensemble {overall}"),
    }
}

pub fn no_answers_yet(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "no answers yet",
        Lang::Fr => "pas encore de réponse",
    }
}

/// The column heads of `show`: Dimension, Score, %, Target, Spread, Answered.
pub fn show_heads(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::En => ["Dimension", "Score", "%", "Target", "Spread", "Answered"],
        Lang::Fr => ["Dimension", "Score", "%", "Cible", "Écart", "Réponses"],
    }
}

/// ", short form: 12 of 69 questions" in a `list` line.
pub fn list_short_form(lang: Lang, asked: usize, total: usize) -> String {
    match lang {
        Lang::En => format!(", short form: {asked} of {total} questions"),
        Lang::Fr => format!(", forme courte{NNBSP}: {asked} questions sur {total}"),
    }
}

pub fn list_created(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!(", created {date}"),
        Lang::Fr => format!(", créée le {date}"),
    }
}

pub fn coverage(lang: Lang, pct: &str) -> String {
    match lang {
        Lang::En => format!("coverage {pct}"),
        Lang::Fr => format!("couverture {pct}"),
    }
}

pub fn no_assessments(lang: Lang, dir: &str) -> String {
    match lang {
        Lang::En => format!(
            "No assessments in {dir} yet. Create one with: devops-maturity new NAME --team A --team B"
        ),
        Lang::Fr => format!(
            "Pas encore d’évaluation dans {dir}. Créez-en une avec{NNBSP}: devops-maturity new NOM --team A --team B"
        ),
    }
}

/// The summary `demo` prints of the assessment it made, in `lang`: what it is, who answered,
/// the figures, the perceptions (one paragraph each, wrapped by the face).
pub fn demo_summary(
    lang: Lang,
    name: &str,
    teams: &[(String, Vec<String>)],
    questions: usize,
    target: f64,
    comments: usize,
) -> Vec<String> {
    let q = quoted(lang, name);
    let target = super::decimal(lang, target.to_string());
    let mut out = vec![match lang {
        Lang::En => format!(
            "Created the demo assessment {q}: a bank's historical IT department and the start-up it acquired."
        ),
        Lang::Fr => format!(
            "Évaluation de démonstration {q} créée{NNBSP}: la DSI historique d’une banque et la start-up qu’elle a rachetée."
        ),
    }];
    for (team, people) in teams {
        let who = n(
            lang,
            people.len(),
            ("respondent", "respondents"),
            ("répondant", "répondants"),
        );
        out.push(match lang {
            Lang::En => format!("- {team}: {who} ({}).", people.join(", ")),
            Lang::Fr => format!("- {team}{NNBSP}: {who} ({}).", people.join(", ")),
        });
    }
    let questions_n = n(
        lang,
        questions,
        ("question", "questions"),
        ("question", "questions"),
    );
    let comments_n = n(
        lang,
        comments,
        ("comment", "comments"),
        ("commentaire", "commentaires"),
    );
    out.push(match lang {
        Lang::En => {
            format!("{questions_n}, target level {target} (3 for architecture), {comments_n}.")
        }
        Lang::Fr => {
            format!("{questions_n}, niveau cible {target} (3 pour l’architecture), {comments_n}.")
        }
    });
    out.push(match lang {
        Lang::En => "Two respondents of each site also answered about the other site, and each site asked the other two things (how the teams see each other: tab 6 of compare, and the report).".to_string(),
        Lang::Fr => format!("Deux répondants de chaque site ont aussi répondu sur l’autre site, et chaque site a demandé deux choses à l’autre (comment les équipes se voient{NNBSP}: onglet 6 de compare, et le rapport)."),
    });
    out
}

/// The paragraph `demo --rounds 2` adds about its follow-up round `second`, in `lang`.
pub fn demo_rounds(lang: Lang, second: &str) -> String {
    let q = quoted(lang, second);
    match lang {
        Lang::En => format!(
            "Round 1 is dated six months ago, with its action plan agreed. {q} is the follow-up round today: the same sites, part of the plan done and higher levels where it was."
        ),
        Lang::Fr => format!(
            "Le tour 1 date d’il y a six mois, avec son plan d’action validé. {q} est le tour de suivi d’aujourd’hui{NNBSP}: les mêmes sites, une partie du plan réalisée et des niveaux plus hauts là où elle l’a été."
        ),
    }
}

/// The heading of the commands `demo` suggests: "Next:" / « Ensuite : ».
pub fn demo_next(lang: Lang) -> String {
    match lang {
        Lang::En => "Next:".to_string(),
        Lang::Fr => format!("Ensuite{NNBSP}:"),
    }
}

/// What each command `demo` suggests shows, in both languages.
pub mod demo_what {
    use super::super::Text;
    pub const COMPARE: Text = Text::new(
        "where each site stands, differences, plans",
        "où en est chaque site, les écarts, les plans",
    );
    pub const MARKDOWN: Text = Text::new(
        "the same as a Markdown page",
        "la même chose en page Markdown",
    );
    pub const JSON: Text = Text::new(
        "the same for other tools",
        "la même chose pour d’autres outils",
    );
    pub const SHOW: Text = Text::new("scores per dimension", "les scores par dimension");
    pub const REQUESTS: Text = Text::new(
        "what each site asks of the other, and the answers",
        "ce que chaque site demande à l’autre, et les réponses",
    );
    pub const HISTORY: Text = Text::new(
        "the rounds and each site's overall score",
        "les tours et le score global de chaque site",
    );
    pub const PLAN: Text = Text::new("the action plan carried over", "le plan d’action repris");
    pub const PROGRESS: Text = Text::new(
        "with the progress since the first round",
        "avec les progrès depuis le premier tour",
    );
    pub const PROPOSE: Text = Text::new(
        "an action plan from the roadmap",
        "un plan d’action tiré de la feuille de route",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_and_french_lines_keep_their_typography() {
        let fr = saved_answers(
            Lang::Fr,
            1,
            2,
            "Alice",
            "Paris",
            Some("Nantes"),
            "12\u{202f}%",
        );
        assert_eq!(
            fr,
            "Enregistré\u{202f}: 1 réponse et 2 commentaires d’Alice (Paris) sur Nantes\u{202f}; 12\u{202f}% du questionnaire renseigné"
        );
        let en = saved_answers(Lang::En, 3, 0, "Alice", "Paris", None, "12%");
        assert_eq!(
            en,
            "Saved 3 answers for Alice (Paris); 12% of the questionnaire answered"
        );
        assert_eq!(
            collected(Lang::Fr, false, 1, "bank"),
            "Collecté\u{202f}: 1 fiche lue dans «\u{202f}bank\u{202f}»"
        );
        assert_eq!(
            collected(Lang::Fr, true, 0, "bank"),
            "Essai à blanc, rien d’écrit\u{202f}: 0 fiche lue pour «\u{202f}bank\u{202f}»"
        );
        assert_eq!(
            plan_collected(Lang::Fr, 0, 2),
            "  plan d’actions\u{202f}: 0 action ajoutée, 2 champs mis à jour"
        );
        assert_eq!(respondents(Lang::En, 0), "0 respondents");
        assert_eq!(size(Lang::Fr, 180_512), "180 Ko");
        assert_eq!(
            carried_over(Lang::Fr, 2),
            "2 actions ouvertes reprises du plan du tour précédent (identifiants, responsables et dates gardés)."
        );
    }
}
