//! The workshop room: the participants screen, the hidden votes, the reveal, the review, and
//! the `workshop` command's messages.

use super::{Lang, Text};
use crate::domain::Role;

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

pub const NOBODY: Text = Text::new(
    "Tick at least one participant (Space), or type a name and press Enter",
    "Cochez au moins un participant (Espace), ou tapez un nom puis Entrée",
);
pub const NOBODY_VOTES: Text = Text::new(
    "No present participant votes on this question (other roles): → for the next one",
    "Aucun participant présent ne vote sur cette question (autres rôles)\u{202f}: → pour la suivante",
);
pub const ALL_VOTED: Text = Text::new(
    "Everyone voted: Enter reveals the votes, Backspace takes the last one back",
    "Tout le monde a voté\u{202f}: Entrée révèle les votes, Retour arr. reprend le dernier",
);
pub const NO_VOTE_YET: Text = Text::new("No vote to take back", "Aucun vote à reprendre");
pub const FIRST_QUESTION: Text =
    Text::new("This is the first question", "C’est la première question");
pub const PARKED: Text = Text::new(
    "Parked: listed in the review (f) to come back to",
    "Mise au parking\u{202f}: listée dans le bilan (f) pour y revenir",
);
pub const UNPARKED: Text = Text::new("Taken off the parking lot", "Sortie du parking");

pub fn levels_go(lang: Lang, levels: u8) -> String {
    match lang {
        Lang::En => format!("Levels go from 1 to {levels} (n: n/a, u: unknown)"),
        Lang::Fr => {
            format!("Les niveaux vont de 1 à {levels} (n\u{202f}: s.o., u\u{202f}: ne sait pas)")
        }
    }
}

pub fn waiting_for(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => {
            format!("Waiting for {who}’s vote: the votes are revealed once everyone present voted")
        }
        Lang::Fr => format!(
            "Il manque le vote de {who}\u{202f}: les votes sont révélés quand tous les présents ont voté"
        ),
    }
}

pub fn not_accepted(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("NOT SAVED: {why} — Enter tries again"),
        Lang::Fr => format!("NON ENREGISTRÉ\u{202f}: {why} — Entrée pour réessayer"),
    }
}

pub fn not_recorded(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => format!("The room’s record was not saved: {why}"),
        Lang::Fr => format!("Le relevé de la salle n’est pas enregistré\u{202f}: {why}"),
    }
}

pub fn conflict(lang: Lang, who: &str, kept: &str) -> String {
    match lang {
        Lang::En => {
            format!("⚠ {who}’s answer was changed elsewhere meanwhile; the stored {kept} is kept")
        }
        Lang::Fr => format!(
            "⚠ la réponse de {who} a changé ailleurs entre-temps\u{202f}; {kept} est conservé"
        ),
    }
}

pub fn accepted(lang: Lang, number: usize) -> String {
    match lang {
        Lang::En => {
            format!("✓ Question {number} accepted: each vote is in its participant’s sheet")
        }
        Lang::Fr => format!(
            "✓ Question {number} acceptée\u{202f}: chaque vote est dans la fiche de son participant"
        ),
    }
}

pub fn joined(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!("{who} joins the room, last in vote order"),
        Lang::Fr => format!("{who} rejoint la salle, en dernier dans l’ordre des votes"),
    }
}

pub fn left(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!("{who} is absent from here on"),
        Lang::Fr => format!("{who} est absent à partir d’ici"),
    }
}

// Screens.
pub const ROOM: Text = Text::new("workshop room", "salle d’atelier");
pub const SETUP_TITLE: Text = Text::new("participants", "participants");
pub const SETUP_INTRO: Text = Text::new(
    "Who is in the room? Tick who is present (Space). Votes are typed in this order, one per participant.",
    "Qui est dans la salle\u{202f}? Cochez les présents (Espace). Les votes se saisissent dans cet ordre, un par participant.",
);
pub const NEW_PARTICIPANT: Text = Text::new(
    "New participant (Name or Name:role):",
    "Nouveau participant (Nom ou Nom:rôle)\u{202f}:",
);
pub const NO_RESPONDENT: Text = Text::new(
    "Nobody answered for this team yet: type the participants’ names above.",
    "Personne n’a encore répondu pour cette équipe\u{202f}: tapez les noms des participants ci-dessus.",
);
pub const TIMEBOX: Text = Text::new(
    "Timebox per question (3m, 90s; empty: none):",
    "Durée par question (3m, 90s\u{202f}; vide\u{202f}: aucune)\u{202f}:",
);
pub const ANONYMOUS: Text = Text::new(
    "Anonymous reveal (counts only, never names):",
    "Révélation anonyme (des nombres, jamais de noms)\u{202f}:",
);
pub const YES: Text = Text::new("yes", "oui");
pub const NO: Text = Text::new("no", "non");
pub const ABSENT: Text = Text::new("absent", "absent");
pub const VOTES: Text = Text::new("Votes", "Votes");
pub const NOT_THEIR_ROLE: Text = Text::new("other role", "autre rôle");
pub const VOTED: Text = Text::new("voted", "a voté");
pub const TO_VOTE: Text = Text::new("to vote", "à voter");
pub const HIDDEN: Text = Text::new(
    "Votes stay hidden until everyone present voted; Enter reveals them.",
    "Les votes restent cachés jusqu’à ce que tous les présents aient voté\u{202f}; Entrée les révèle.",
);
pub const NA_ROW: Text = Text::new("n/a", "s.o.");
pub const UNKNOWN_ROW: Text = Text::new("unknown", "ne sait pas");
pub const MEDIAN: Text = Text::new("Median", "Médiane");
pub const SPREAD: Text = Text::new("spread", "écart");
pub const DISCUSS_SPREAD: Text = Text::new(
    "⚑ Discuss: the votes are 2 levels apart or more",
    "⚑ À discuter\u{202f}: les votes sont à 2 niveaux d’écart ou plus",
);
pub const DISCUSS_UNKNOWN: Text = Text::new(
    "⚑ Discuss: someone does not know",
    "⚑ À discuter\u{202f}: quelqu’un ne sait pas",
);
pub const AGREED: Text = Text::new("Agreed level", "Niveau retenu");
pub const NOTE: Text = Text::new("Room’s note", "Note de la salle");
pub const PARKED_MARK: Text = Text::new("parked", "au parking");
pub const ACCEPTED_MARK: Text = Text::new("accepted", "acceptée");
pub const NOTE_TITLE: Text = Text::new(
    "The room’s note: consensus reasoning, dissent",
    "Note de la salle\u{202f}: raisonnement du consensus, désaccords",
);
pub const NOTE_KEYS: Text = Text::new(
    "Esc or Ctrl+S save and close   Enter new line",
    "Échap ou Ctrl+S enregistrer et fermer   Entrée nouvelle ligne",
);
pub const AGREE_PROMPT: Text = Text::new(
    "Agreed level: type its digit (0: none, any other key: cancel)",
    "Niveau retenu\u{202f}: tapez son chiffre (0\u{202f}: aucun, autre touche\u{202f}: annuler)",
);
pub const LATECOMER_TITLE: Text = Text::new("A participant arrives", "Un participant arrive");
pub const LATECOMER_KEYS: Text = Text::new(
    "Enter add (last in vote order)   Esc cancel",
    // Short enough for the pop-up at 80 columns (« Échap annuler » was cut).
    "Entrée ajouter (vote en dernier)   Échap annuler",
);
pub const ABSENT_TITLE: Text = Text::new("Who leaves?", "Qui part\u{202f}?");
pub const ABSENT_KEYS: Text = Text::new(
    "Enter absent from here on   Esc cancel",
    "Entrée absent à partir d’ici   Échap annuler",
);
pub const REVIEW_TITLE: Text = Text::new("Review", "Bilan");
pub const PARKING_LOT: Text = Text::new("Parking lot", "Parking");
pub const NOT_ACCEPTED: Text = Text::new("Not accepted yet", "Pas encore acceptées");
pub const EMPTY_PARKING: Text = Text::new("Nothing parked.", "Rien au parking.");
pub const ALL_ACCEPTED: Text = Text::new(
    "Every question is accepted: each vote is in its participant’s sheet.",
    "Toutes les questions sont acceptées\u{202f}: chaque vote est dans la fiche de son participant.",
);
pub const END: Text = Text::new(
    "The room reached the end of the questionnaire.",
    "La salle est arrivée au bout du questionnaire.",
);
pub const MORE_BELOW: Text = Text::new("▼ more below (Shift+↓)", "▼ suite plus bas (Maj+↓)");

pub fn too_many(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("▼ {n} participants: enlarge the terminal to see the whole reveal"),
        Lang::Fr => format!(
            "▼ {n} participants\u{202f}: agrandissez le terminal pour voir toute la révélation"
        ),
    }
}

/// "Question 3 of 57" / « Question 3 sur 57 ».
pub fn question_of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("Question {n} of {of}"),
        Lang::Fr => format!("Question {n} sur {of}"),
    }
}

/// "dimension 2 of 13" / « dimension 2 sur 13 ».
pub fn dimension_of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("dimension {n} of {of}"),
        Lang::Fr => format!("dimension {n} sur {of}"),
    }
}

/// "12 min so far · about 45 min left" / « temps passé : 12 min · reste environ 45 min ».
pub fn pace(lang: Lang, used: u64, left: Option<u64>) -> String {
    let used = super::duration(used);
    match (lang, left) {
        (Lang::En, Some(l)) => format!("{used} so far · about {} left", super::duration(l)),
        (Lang::En, None) => format!("{used} so far"),
        (Lang::Fr, Some(l)) => format!(
            "temps passé\u{202f}: {used} · reste environ {}",
            super::duration(l)
        ),
        (Lang::Fr, None) => format!("temps passé\u{202f}: {used}"),
    }
}

/// "2 of 3" / « 2 sur 3 »: votes given of those expected.
pub fn votes_in(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{n} of {of}"),
        Lang::Fr => format!("{n} sur {of}"),
    }
}

/// "Replaces: Alice 2 → 3; Bob n/a → 4" / « Remplace : … ».
pub fn replaces(lang: Lang, items: &[String]) -> String {
    match lang {
        Lang::En => format!("Replaces: {}", items.join("; ")),
        Lang::Fr => format!("Remplace\u{202f}: {}", items.join("\u{202f}; ")),
    }
}

/// "Replaces 2 stored answers" in anonymous mode.
pub fn replaces_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "Replaces 1 stored answer".to_string(),
        (Lang::En, _) => format!("Replaces {n} stored answers"),
        (Lang::Fr, 1) => "Remplace 1 réponse enregistrée".to_string(),
        (Lang::Fr, _) => format!("Remplace {n} réponses enregistrées"),
    }
}

/// The count of a level in the anonymous reveal: "2 votes".
pub fn vote_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 vote".to_string(),
        (Lang::En, _) => format!("{n} votes"),
        (Lang::Fr, _) => format!("{n} vote{}", if n > 1 { "s" } else { "" }),
    }
}

/// "accepted 12 of 57" / « 12 acceptées sur 57 ».
pub fn accepted_of(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::En => format!("{n} of {of} accepted"),
        Lang::Fr => format!("{n} acceptée{} sur {of}", if n > 1 { "s" } else { "" }),
    }
}

/// The countdown: "⏱ 2:18 left" or "⏱ time is up (+0:12)".
pub fn countdown(lang: Lang, left: i64) -> String {
    if left >= 0 {
        // The clock reads the same in both languages.
        format!("⏱ {}", super::clock(left.unsigned_abs()))
    } else {
        match lang {
            Lang::En => format!("⏱ time is up +{}", super::clock(left.unsigned_abs())),
            Lang::Fr => format!("⏱ temps écoulé +{}", super::clock(left.unsigned_abs())),
        }
    }
}

pub const HELP_TITLE: Text = Text::new("Keys", "Touches");
pub const HELP_NOTE: Text = Text::new(
    "An accepted question is on disk: each vote in its participant’s sheet, the note and the parking lot in the room file. Esc closes this (? too).",
    "Une question acceptée est sur le disque\u{202f}: chaque vote dans la fiche de son participant, la note et le parking dans le fichier de la salle. Échap ferme cette aide (? aussi).",
);

/// Who is in the room and whose practices it assesses, for the headers: "Ops" on its own
/// practices, "Ops about Dev" / « Ops à propos de Dev » on another team's.
pub fn who(lang: Lang, team: &str, about: Option<&str>) -> String {
    match (lang, about) {
        (_, None) => team.to_string(),
        (Lang::En, Some(other)) => format!("{team} about {other}"),
        (Lang::Fr, Some(other)) => format!("{team} à propos de {other}"),
    }
}

/// The participants screen's line on whose practices are assessed (Tab changes it).
/// `find`: many teams, `/` finds one by name (the respondent picker's words).
pub fn assessing(lang: Lang, team: &str, about: Option<&str>, find: bool) -> String {
    let tab = match (lang, find) {
        (Lang::En, false) => "Tab: another team",
        (Lang::En, true) => "Tab: another team · /: find one by name",
        (Lang::Fr, false) => "Tab\u{202f}: une autre équipe",
        (Lang::Fr, true) => "Tab\u{202f}: une autre équipe · /\u{202f}: la chercher par son nom",
    };
    match (lang, about) {
        (Lang::En, None) => format!("Assessed: {team}'s own practices · {tab}"),
        (Lang::En, Some(other)) => format!(
            "Assessed: {other}, as {team} sees it; the votes go to each participant's sheet about {other} and never count in its scores · {tab}"
        ),
        (Lang::Fr, None) => format!("Pratiques évaluées\u{202f}: {team}, par elle-même · {tab}"),
        (Lang::Fr, Some(other)) => format!(
            "Pratiques évaluées\u{202f}: {other}, vue par {team}\u{202f}; les votes vont à la feuille de chaque participant sur {other} et ne comptent jamais dans ses scores · {tab}"
        ),
    }
}

/// The title of the participants screen's `/` list.
pub const ASSESS_WHICH: Text = Text::new(
    "Assess which team's practices?",
    "Évaluer les pratiques de quelle équipe\u{202f}?",
);
