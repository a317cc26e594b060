//! Every user-visible word of the report (PDF, Markdown, CSV), in English and French, and the
//! way numbers are written in each. Chosen once per report from the questionnaire's language
//! (or `report --lang`), so that a French workshop hands French management a French report
//! with nothing in English. The content (questions, levels, recommendations, comments) comes
//! from the questionnaire and the respondents and is not translated here.
//!
//! French rules, applied to every French string of this file: a narrow no-break space (U+202F)
//! before « : », « ; », « ? », « ! » and « % » and inside guillemets; the typographic
//! apostrophe ’; a decimal comma (2,6). A test scans this file's string literals for the
//! ASCII forms.

use crate::domain::{Effort, Role, Stray};
use crate::report::format;

pub mod portfolio;

/// The language of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// French for "fr", "fr-CA", "FR"…; English for anything else, including no language.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }
}

/// The narrow no-break space French puts before « : ; ? ! % » and inside guillemets.
pub const NNBSP: char = '\u{202f}';

/// The dagger marking a median that rests on a single answer, wherever one is printed.
pub const SINGLE: &str = "†";

/// Fixed strings as fields; strings with numbers or names in them as methods below.
#[derive(Debug)]
pub struct Labels {
    pub lang: Lang,
    // Cover and running text.
    pub gap_report: &'static str,
    pub organisation: &'static str,
    pub assessment: &'static str,
    pub questionnaire: &'static str,
    pub teams: &'static str,
    pub date: &'static str,
    pub author: &'static str,
    pub round: &'static str,
    pub contents: &'static str,
    pub confidential: &'static str,
    pub answers_missing: &'static str,
    pub no_answers_yet: &'static str,
    pub nobody_answered: &'static str,
    pub no_answers_sentence: &'static str,
    // Synthesis.
    pub synthesis: &'static str,
    pub key_messages: &'static str,
    pub heatmap: &'static str,
    pub bins: [&'static str; 5],
    pub not_assessed: &'static str,
    // Profile.
    pub maturity_profile: &'static str,
    pub radar_title: &'static str,
    pub radar_caption: &'static str,
    pub scores_per_dimension: &'static str,
    pub dimension: &'static str,
    pub target: &'static str,
    pub range: &'static str,
    pub overall: &'static str,
    pub answers_short: &'static str,
    pub coverage_short: &'static str,
    // Synchronisation plan.
    pub synchronisation_plan: &'static str,
    pub leads: &'static str,
    pub adopts: &'static str,
    pub milestone: &'static str,
    // Team chapters.
    pub strengths: &'static str,
    pub weaknesses: &'static str,
    pub roadmap: &'static str,
    pub empty_horizon: &'static str,
    pub quick_wins: &'static str,
    pub quick_wins_caption: &'static str,
    pub impact_rows: [&'static str; 3],
    pub effort_columns: [&'static str; 3],
    pub impact: &'static str,
    // Method and limits.
    pub method: &'static str,
    pub who_answered: &'static str,
    pub respondents: &'static str,
    pub other_roles: &'static str,
    pub no_role: &'static str,
    pub coverage_per_dimension: &'static str,
    pub scoring_rules: &'static str,
    pub caveats: &'static str,
    pub anonymity_note: &'static str,
    pub no_low_coverage: &'static str,
    pub full_coverage: &'static str,
    // Appendix.
    pub appendix: &'static str,
    pub backlog: &'static str,
    pub backlog_intro: &'static str,
    pub every_answer: &'static str,
    pub appendix_intro: &'static str,
    pub continued: &'static str,
    pub answers_and_comments: &'static str,
    pub references: &'static str,
    // Table headers and values shared by several parts.
    pub team: &'static str,
    pub question: &'static str,
    pub step: &'static str,
    pub effort: &'static str,
    pub action: &'static str,
    pub priority: &'static str,
    pub priority_caption: &'static str,
    pub median: &'static str,
    pub spread: &'static str,
    pub gap: &'static str,
    pub score: &'static str,
    pub not_applicable: &'static str,
    pub unknown: &'static str,
    pub short_term_plan: &'static str,
    pub two_speed: &'static str,
    pub ahead: &'static str,
    pub behind: &'static str,
    pub learn_from_each_other: &'static str,
    pub levels: &'static str,
    // CSV.
    pub csv_header: [&'static str; 23],
    pub csv_short_term: &'static str,
    pub csv_roadmap: &'static str,
    // Markdown of `compare` (the facilitator's view, built on the same words).
    pub md_scores_note: &'static str,
    pub md_answered: &'static str,
    pub md_no_answers_compare: &'static str,
    pub md_strengths: &'static str,
    pub md_weaknesses: &'static str,
    pub md_ahead: &'static str,
    pub md_behind: &'static str,
    pub md_below_target: &'static str,
    pub md_to_discuss: &'static str,
    pub md_answers: &'static str,
    pub md_recommendation: &'static str,
    pub md_team_no_answers: &'static str,
}

pub static EN: Labels = Labels {
    lang: Lang::En,
    gap_report: "gap report",
    organisation: "Organisation",
    assessment: "Assessment",
    questionnaire: "Questionnaire",
    teams: "Teams",
    date: "Date",
    author: "Author",
    round: "Round",
    contents: "Contents",
    confidential: "Confidential",
    answers_missing: "Answers missing",
    no_answers_yet: "No answers yet",
    nobody_answered: "None of the teams has answered the questionnaire yet, so there is nothing to compare or recommend. Run the workshop and produce the report again.",
    no_answers_sentence: "no answers yet",
    synthesis: "Synthesis",
    key_messages: "Key messages",
    heatmap: "Gap to target, team by dimension",
    bins: [
        "target met",
        "≤ 0.5 below",
        "0.5–1 below",
        "1–2 below",
        "> 2 below",
    ],
    not_assessed: "not assessed",
    maturity_profile: "Maturity profile",
    radar_title: "Further out is more mature",
    radar_caption: "Each team keeps its colour and marker in every chart of this report: the coloured lines with markers are the teams, the dark dashed line without markers is the target.",
    scores_per_dimension: "Scores per dimension",
    dimension: "Dimension",
    target: "Target",
    range: "Range",
    overall: "Overall",
    answers_short: "n",
    coverage_short: "Cov.",
    synchronisation_plan: "Synchronisation plan",
    leads: "Leads",
    adopts: "What the others adopt from the leader",
    milestone: "Joint milestone",
    strengths: "Strengths",
    weaknesses: "Weaknesses",
    roadmap: "Roadmap",
    empty_horizon: "No step left for this horizon.",
    quick_wins: "Quick-wins matrix",
    quick_wins_caption: "The team's next step on every question below target, by effort and by impact (gap to target × dimension weight); the quick wins are top left.",
    impact_rows: [
        "High impact (2 or more)",
        "Medium impact (1 to 2)",
        "Low impact (under 1)",
    ],
    effort_columns: ["Low effort", "Medium effort", "High effort"],
    impact: "Impact",
    method: "Method and limits",
    who_answered: "Who answered",
    respondents: "Respondents",
    other_roles: "Other or no role",
    no_role: "No role",
    coverage_per_dimension: "Coverage per dimension",
    scoring_rules: "Scoring rules",
    caveats: "Caveats",
    anonymity_note: "Respondents are named by role (\"Dev 1\"); a role held by a single person in a team reads \"Respondent N\" so that it does not identify its holder. Comments are quoted verbatim.",
    no_low_coverage: "Every dimension has answers to at least half of its questions in every team.",
    full_coverage: "Every team answered every question of every dimension: coverage is 100% throughout.",
    appendix: "Appendix",
    backlog: "Full ranked backlog",
    backlog_intro: "Every team's next step on every question below target, ranked by priority: gap to target × dimension weight, highest first.",
    every_answer: "Every answer and comment",
    appendix_intro: "One row per question and team: the median level, the spread between respondents (highest − lowest), the gap to target, and every answer with its comment as written.",
    continued: "(continued)",
    answers_and_comments: "Answers and comments",
    references: "Further reading",
    team: "Team",
    question: "Question",
    step: "Step",
    effort: "Effort",
    action: "Action",
    priority: "Priority",
    priority_caption: "Priority = (target − median) × dimension weight.",
    median: "Median",
    spread: "Spread",
    gap: "Gap",
    score: "Score",
    not_applicable: "n/a",
    unknown: "unknown",
    short_term_plan: "Short-term plan",
    two_speed: "Two-speed questions",
    ahead: "Ahead",
    behind: "Behind",
    learn_from_each_other: "Learn from each other",
    levels: "Levels",
    csv_header: [
        "team",
        "dimension_id",
        "dimension",
        "question_id",
        "question",
        "median",
        "level",
        "spread",
        "levels",
        "unknown",
        "not_applicable",
        "target",
        "gap",
        "versus_others",
        "plan",
        "rank",
        "priority",
        "effort",
        "step",
        "recommendation",
        "comments",
        "title",
        "horizon",
    ],
    csv_short_term: "short-term",
    csv_roadmap: "roadmap",
    md_scores_note: "Scores are medians of the respondents' levels; gap = target − score; + means ahead.",
    md_answered: "Answered",
    md_no_answers_compare: "No answers yet: nothing to compare.",
    md_strengths: "Strengths (vs own average)",
    md_weaknesses: "Weaknesses (vs own average)",
    md_ahead: "Ahead of the others",
    md_behind: "Behind the others",
    md_below_target: "Below target",
    md_to_discuss: "To discuss",
    md_answers: "Answers",
    md_recommendation: "Recommendation",
    md_team_no_answers: "No answers yet.",
};

pub static FR: Labels = Labels {
    lang: Lang::Fr,
    gap_report: "rapport d’écarts",
    organisation: "Organisation",
    assessment: "Évaluation",
    questionnaire: "Questionnaire",
    teams: "Équipes",
    date: "Date",
    author: "Auteur",
    round: "Campagne",
    contents: "Sommaire",
    confidential: "Confidentiel",
    answers_missing: "Réponses manquantes",
    no_answers_yet: "Pas encore de réponses",
    nobody_answered: "Aucune équipe n’a encore répondu au questionnaire\u{202f}: il n’y a rien à comparer ni à recommander. Animez l’atelier puis produisez à nouveau le rapport.",
    no_answers_sentence: "pas encore de réponses",
    synthesis: "Synthèse",
    key_messages: "Messages clés",
    heatmap: "Écart à la cible, par équipe et par axe",
    bins: [
        "cible atteinte",
        "≤ 0,5 en dessous",
        "0,5–1 en dessous",
        "1–2 en dessous",
        "> 2 en dessous",
    ],
    not_assessed: "non évalué",
    maturity_profile: "Profil de maturité",
    radar_title: "Plus loin du centre, plus mature",
    radar_caption: "Chaque équipe garde sa couleur et son marqueur dans tous les graphiques du rapport\u{202f}: les lignes de couleur à marqueurs sont les équipes, le tracé sombre en pointillés sans marqueur est la cible.",
    scores_per_dimension: "Scores par axe",
    dimension: "Axe",
    target: "Cible",
    range: "Amplitude",
    overall: "Global",
    answers_short: "n",
    coverage_short: "Couv.",
    synchronisation_plan: "Plan de synchronisation",
    leads: "Pilote",
    adopts: "Ce que les autres reprennent du pilote",
    milestone: "Jalon commun",
    strengths: "Points forts",
    weaknesses: "Axes de progrès",
    roadmap: "Feuille de route",
    empty_horizon: "Aucune étape pour cet horizon.",
    quick_wins: "Matrice des gains rapides",
    quick_wins_caption: "La prochaine étape de l’équipe sur chaque question sous la cible, par effort et par impact (écart à la cible × poids de l’axe)\u{202f}; les gains rapides sont en haut à gauche.",
    impact_rows: [
        "Impact fort (2 ou plus)",
        "Impact moyen (de 1 à 2)",
        "Impact faible (moins de 1)",
    ],
    effort_columns: ["Effort faible", "Effort moyen", "Effort élevé"],
    impact: "Impact",
    method: "Méthode et limites",
    who_answered: "Qui a répondu",
    respondents: "Répondants",
    other_roles: "Autre rôle ou sans rôle",
    no_role: "Sans rôle",
    coverage_per_dimension: "Couverture par axe",
    scoring_rules: "Règles de calcul",
    caveats: "Limites",
    anonymity_note: "Les répondants sont désignés par leur rôle («\u{202f}Dév 1\u{202f}»)\u{202f}; un rôle tenu par une seule personne dans une équipe devient «\u{202f}Répondant N\u{202f}» pour ne pas l’identifier. Les commentaires sont cités tels quels.",
    no_low_coverage: "Dans chaque équipe, chaque axe a des réponses à au moins la moitié de ses questions.",
    full_coverage: "Chaque équipe a répondu à toutes les questions de tous les axes\u{202f}: la couverture est partout de 100\u{202f}%.",
    appendix: "Annexe",
    backlog: "Backlog complet, classé",
    backlog_intro: "La prochaine étape de chaque équipe sur chaque question sous la cible, classée par priorité\u{202f}: écart à la cible × poids de l’axe, de la plus haute à la plus basse.",
    every_answer: "Toutes les réponses et tous les commentaires",
    appendix_intro: "Une ligne par question et par équipe\u{202f}: le niveau médian, la dispersion entre répondants (plus haut − plus bas), l’écart à la cible, et chaque réponse avec son commentaire tel qu’écrit.",
    continued: "(suite)",
    answers_and_comments: "Réponses et commentaires",
    references: "Pour aller plus loin",
    team: "Équipe",
    question: "Question",
    step: "Étape",
    effort: "Effort",
    action: "Action",
    priority: "Priorité",
    priority_caption: "Priorité = (cible − médiane) × poids de l’axe.",
    median: "Médiane",
    spread: "Dispersion",
    gap: "Écart",
    score: "Score",
    not_applicable: "sans objet",
    unknown: "ne sait pas",
    short_term_plan: "Plan d’actions à court terme",
    two_speed: "Questions à deux vitesses",
    ahead: "En avance",
    behind: "En retard",
    learn_from_each_other: "Apprendre des autres équipes",
    levels: "Niveaux",
    csv_header: [
        "équipe",
        "axe_id",
        "axe",
        "question_id",
        "question",
        "médiane",
        "niveau",
        "dispersion",
        "niveaux",
        "ne_sait_pas",
        "sans_objet",
        "cible",
        "écart",
        "écart_aux_autres",
        "plan",
        "rang",
        "priorité",
        "effort",
        "étape",
        "recommandation",
        "commentaires",
        "titre",
        "horizon",
    ],
    csv_short_term: "court terme",
    csv_roadmap: "feuille de route",
    md_scores_note: "Les scores sont les médianes des niveaux des répondants\u{202f}; écart = cible − score\u{202f}; + signifie en avance.",
    md_answered: "Répondu",
    md_no_answers_compare: "Pas encore de réponses\u{202f}: rien à comparer.",
    md_strengths: "Points forts (par rapport à sa moyenne)",
    md_weaknesses: "Axes de progrès (par rapport à sa moyenne)",
    md_ahead: "En avance sur les autres",
    md_behind: "En retard sur les autres",
    md_below_target: "Sous la cible",
    md_to_discuss: "À discuter",
    md_answers: "Réponses",
    md_recommendation: "Recommandation",
    md_team_no_answers: "Pas encore de réponses.",
};

/// Ends a sentence with a full stop, unless a title already ends it ("…", "?", "!").
fn end_sentence(mut text: String) -> String {
    if !text.ends_with(['…', '.', '?', '!']) {
        text.push('.');
    }
    text
}

/// "A and B", "A, B and C" / « A et B ».
fn and_list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

impl Labels {
    pub fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }

    /// Whether this is the French wording (for domain texts that come in both languages).
    pub fn is_fr(&self) -> bool {
        self.fr()
    }

    // ---- Delivery rhythm -------------------------------------------------------------------

    pub fn rhythm_heading(&self) -> &'static str {
        if self.fr() {
            "Rythme de mise en production"
        } else {
            "Delivery rhythm"
        }
    }

    /// The paragraph under the heading.
    pub fn rhythm_intro(&self) -> &'static str {
        if self.fr() {
            "Les quatre indicateurs DORA de chaque équipe, chacun dans sa tranche du DORA Quick Check et coloré selon le groupe de performance du rapport DORA 2024 dont il est le plus proche\u{202f}; le groupe de l’équipe est le profil le plus proche sur l’ensemble de ses indicateurs."
        } else {
            "Each team's four DORA keys, each in its DORA Quick Check band and coloured by the 2024 DORA performance cluster it is nearest to; the team's cluster is the profile nearest over all its keys."
        }
    }

    pub fn key_title(&self, key: crate::domain::metrics::Key) -> &'static str {
        if self.fr() {
            key.title_fr()
        } else {
            key.title()
        }
    }

    pub fn cluster_label(&self, cluster: crate::domain::metrics::Cluster) -> &'static str {
        if self.fr() {
            cluster.label_fr()
        } else {
            cluster.label()
        }
    }

    /// A key as a column header of the rhythm table: short enough for three lines of a cell.
    pub fn key_column(&self, key: crate::domain::metrics::Key) -> &'static str {
        use crate::domain::metrics::Key;
        match (self.fr(), key) {
            (false, Key::DeployFrequency) => "Deployment frequency",
            (false, Key::LeadTime) => "Lead time",
            (false, Key::ChangeFailureRate) => "Change failure rate",
            (false, Key::RecoveryTime) => "Recovery time",
            (false, Key::ReworkRate) => "Rework rate",
            (true, Key::DeployFrequency) => "Fréquence de déploiement",
            (true, Key::LeadTime) => "Délai de mise en production",
            (true, Key::ChangeFailureRate) => "Taux d’échec",
            (true, Key::RecoveryTime) => "Délai de remise en service",
            (true, Key::ReworkRate) => "Taux de reprise",
        }
    }

    /// The column that gives each team's cluster.
    pub fn cluster_column(&self) -> &'static str {
        if self.fr() {
            "Groupe DORA"
        } else {
            "DORA cluster"
        }
    }

    /// The caption under the rhythm table: where the clusters and provisional bands come from.
    pub fn rhythm_caption(&self, provisional: bool) -> String {
        use crate::domain::metrics::clusters::{PROFILES_SOURCE, PROFILES_SOURCE_FR};
        let mut out = if self.fr() {
            format!("Groupes de performance\u{a0}: {PROFILES_SOURCE_FR}.")
        } else {
            format!("Performance clusters: {PROFILES_SOURCE}.")
        };
        if provisional {
            out.push(' ');
            out.push_str(if self.fr() {
                "≈\u{a0}: tranche provisoire déduite des réponses au questionnaire, faute de chiffre enregistré."
            } else {
                "≈: provisional band from the questionnaire answers, where no figure was recorded."
            });
        }
        out
    }

    /// The chart's title.
    pub fn rhythm_chart(&self) -> &'static str {
        if self.fr() {
            "Tranche par indicateur (1 = la plus lente, 6 = la plus rapide)"
        } else {
            "Band per key (1 = slowest, 6 = fastest)"
        }
    }

    /// The synthesis sentence on the rhythm gap: the widest gap, then each team's cluster.
    pub fn msg_rhythm(&self, gap: &str, clusters: &[(String, &'static str)]) -> String {
        let list = clusters
            .iter()
            .map(|(t, c)| format!("{t} {c}"))
            .collect::<Vec<_>>()
            .join(", ");
        if self.fr() {
            format!("Rythmes\u{a0}: {gap}\u{202f}; groupes DORA\u{a0}: {list}.")
        } else {
            format!("Rhythms: {gap}; DORA clusters: {list}.")
        }
    }

    /// A reading as one rhythm cell: the value recorded, or "≈ band" for a provisional one
    /// (a band from the questionnaire answers).
    pub fn reading_cell(&self, r: &crate::domain::metrics::KeyReading) -> String {
        use crate::domain::metrics::Origin;
        let fr = self.fr();
        match r.origin {
            Origin::Questionnaire => match r.parsed.band() {
                Some(b) if fr => format!("≈\u{a0}{}", b.short_fr(r.key.kind())),
                Some(b) => format!("≈ {}", b.short(r.key.kind())),
                None => format!("≈ {}", r.parsed.shown(fr)),
            },
            Origin::Figure => r.parsed.shown(fr),
        }
    }

    /// "no figure" in a rhythm cell.
    pub fn no_figure(&self) -> &'static str {
        if self.fr() {
            "non renseigné"
        } else {
            "not given"
        }
    }

    // ---- Numbers -------------------------------------------------------------------------

    /// A number as this language writes it: "2.6" / « 2,6 ».
    pub fn decimal(&self, text: String) -> String {
        if self.fr() {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// A score to one decimal, or "–".
    pub fn score(&self, value: Option<f64>) -> String {
        self.decimal(format::score(value))
    }

    /// A signed difference to one decimal ("+1.2", "-0.5"), or "–".
    pub fn signed(&self, value: Option<f64>) -> String {
        self.decimal(format::signed(value))
    }

    /// A perception gap: signed, with a true minus ("−2.0" / « −2,0 »).
    pub fn gap_signed(&self, value: Option<f64>) -> String {
        self.decimal(format::signed_minus(value))
    }

    /// A share (0–1) as a whole percentage: "100%" / « 100 % ».
    pub fn pct(&self, share: f64) -> String {
        if self.fr() {
            format!("{:.0}{NNBSP}%", share * 100.0)
        } else {
            format::pct(share)
        }
    }

    /// A priority (gap × weight) to two decimals.
    pub fn priority_value(&self, value: f64) -> String {
        self.decimal(format!("{value:.2}"))
    }

    /// "2.6 / 5".
    pub fn out_of(&self, value: Option<f64>, top: usize) -> String {
        value.map_or_else(
            || "–".to_string(),
            |v| format!("{} / {top}", self.score(Some(v))),
        )
    }

    // ---- Words for values ----------------------------------------------------------------

    /// "low" / « faible ».
    pub fn effort_value(&self, e: Effort) -> String {
        if !self.fr() {
            return e.to_string();
        }
        match e {
            Effort::Low => "faible",
            Effort::Medium => "moyen",
            Effort::High => "élevé",
        }
        .to_string()
    }

    /// A role as the report names it: "ops" / « exploitation ».
    pub fn role(&self, role: Role) -> &'static str {
        if !self.fr() {
            return role.as_str();
        }
        match role {
            Role::Dev => "développement",
            Role::Ops => "exploitation",
            Role::Security => "sécurité",
            Role::Architecture => "architecture",
            Role::Business => "métier",
            Role::Management => "direction",
            Role::Qa => "recette",
            Role::ChangeManager => "gestion des changements",
            Role::Risk => "risques et conformité",
        }
    }

    /// A role as a column header: "Ops" / « Exploitation ».
    pub fn role_header(&self, role: Role) -> String {
        let word = self.role(role);
        let mut chars = word.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().collect::<String>() + chars.as_str()
        })
    }

    /// The anonymous name of the `n`-th holder of a role held by several: "Dev 2" / « Dév 2 ».
    pub fn role_holder(&self, role: Role, n: usize) -> String {
        let word = match (self.fr(), role) {
            (_, Role::Ops) => "Ops",
            (_, Role::Architecture) => "Architecture",
            (false, Role::Dev) => "Dev",
            (false, Role::Security) => "Security",
            (false, Role::Business) => "Business",
            (false, Role::Management) => "Management",
            (true, Role::Dev) => "Dév",
            (true, Role::Security) => "Sécurité",
            (true, Role::Business) => "Métier",
            (true, Role::Management) => "Direction",
            (false, Role::Qa) => "QA",
            (true, Role::Qa) => "Recette",
            (false, Role::ChangeManager) => "Change manager",
            (true, Role::ChangeManager) => "Gestion des changements",
            (false, Role::Risk) => "Risk",
            (true, Role::Risk) => "Risques",
        };
        format!("{word} {n}")
    }

    /// The anonymous name of a respondent whose role alone would identify them.
    /// Who the workshop room's note is from, where respondents' comments are listed.
    pub fn room(&self) -> &'static str {
        if self.fr() {
            "Salle d’atelier"
        } else {
            "Workshop room"
        }
    }

    pub fn anonymous_respondent(&self, n: usize) -> String {
        if self.fr() {
            format!("Répondant {n}")
        } else {
            format!("Respondent {n}")
        }
    }

    /// An answer as shown: "3", "n/a" / « sans objet », "unknown" / « ne sait pas ».
    pub fn answer(&self, answer: Option<crate::domain::Answer>) -> String {
        match answer {
            None => "–".to_string(),
            Some(crate::domain::Answer::Level(l)) => l.to_string(),
            Some(crate::domain::Answer::NotApplicable) => self.not_applicable.to_string(),
            Some(crate::domain::Answer::Unknown) => self.unknown.to_string(),
        }
    }

    /// A team's median on a question, marked † when it rests on a single answer.
    pub fn median(&self, cell: &crate::domain::compare::QuestionCell) -> String {
        let text = self.score(cell.median);
        if cell.median.is_some() && cell.levels.len() == 1 {
            text + SINGLE
        } else {
            text
        }
    }

    /// "Sophie Martin (management)", or an anonymous label alone.
    pub fn respondent(&self, r: &crate::domain::compare::RespondentInfo) -> String {
        match r.role {
            Some(role) => format!("{} ({})", r.name, self.role(role)),
            None => r.name.clone(),
        }
    }

    /// One respondent's answer and comment: "Name: 3 “comment”".
    pub fn answer_by(&self, a: &crate::domain::compare::RespondentAnswer) -> String {
        let given = self.answer(a.answer);
        if a.comment.is_empty() {
            self.colon(&a.respondent) + &given
        } else {
            format!(
                "{}{given} {}",
                self.colon(&a.respondent),
                self.quote(&a.comment)
            )
        }
    }

    /// A quotation: "“text”" / « « texte » ».
    pub fn quote(&self, text: &str) -> String {
        if self.fr() {
            format!("«{NNBSP}{text}{NNBSP}»")
        } else {
            format!("“{text}”")
        }
    }

    /// Between the items of a list: "; " / « ; » with its no-break space.
    pub fn semicolon(&self) -> &'static str {
        if self.fr() { "\u{202f}; " } else { "; " }
    }

    /// "Title: " before a value.
    pub fn colon(&self, title: &str) -> String {
        if self.fr() {
            format!("{title}{NNBSP}: ")
        } else {
            format!("{title}: ")
        }
    }

    /// "0–3 months" / « 0–3 mois ».
    pub fn horizon(&self, from: u8, to: u8) -> String {
        if self.fr() {
            format!("{from}–{to} mois")
        } else {
            format!("{from}–{to} months")
        }
    }

    /// "level 3 (Defined)" / « niveau 3 (Défini) ».
    pub fn level(&self, level: u8, label: &str) -> String {
        if self.fr() {
            format!("niveau {level} ({label})")
        } else {
            format!("level {level} ({label})")
        }
    }

    /// "1 → 2 Managed": the step's start and the level it reaches, by number and label.
    pub fn step_value(&self, from: u8, to: u8, to_label: &str) -> String {
        format!("{from} → {to} {to_label}")
    }

    /// "+3 more" in a crowded matrix cell.
    pub fn more(&self, n: usize) -> String {
        if self.fr() {
            format!("+{n} autre{}", if n > 1 { "s" } else { "" })
        } else {
            format!("+{n} more")
        }
    }

    /// "(target 3)" after an appendix question.
    pub fn target_in_parens(&self, target: &str) -> String {
        if self.fr() {
            format!("(cible {target})")
        } else {
            format!("(target {target})")
        }
    }

    /// "2 of 5" / « 2 sur 5 ».
    pub fn of(&self, part: usize, whole: usize) -> String {
        if self.fr() {
            format!("{part} sur {whole}")
        } else {
            format!("{part} of {whole}")
        }
    }

    // ---- Cover ---------------------------------------------------------------------------

    /// The default title, from the questionnaire's: "DevOps maturity assessment — gap report".
    pub fn default_title(&self, questionnaire: &str) -> String {
        format!("{} — {}", questionnaire.trim(), self.gap_report)
    }

    /// "Assessment: bank-demo" under the title.
    pub fn subtitle(&self, assessment: &str) -> String {
        self.colon(self.assessment) + assessment
    }

    // ---- Score cards ---------------------------------------------------------------------

    /// "Managed · target 3.9, weighted mean of the dimension targets".
    pub fn card_detail(&self, label: &str, target: &str, weighted: bool) -> String {
        match (self.fr(), weighted) {
            (false, false) => format!("{label} · target {target}"),
            (false, true) => format!("{label} · target {target} (weighted mean)"),
            (true, false) => format!("{label} · cible {target}"),
            (true, true) => format!("{label} · cible {target} (moyenne pondérée)"),
        }
    }

    /// "57 questions answered by 5 respondents".
    pub fn answered_by(&self, questions: usize, respondents: usize) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if self.fr() {
            format!(
                "{questions} question{q} renseignée{q} par {respondents} répondant{r}",
                q = plural(questions),
                r = plural(respondents)
            )
        } else {
            format!(
                "{questions} question{} answered by {respondents} respondent{}",
                plural(questions),
                plural(respondents)
            )
        }
    }

    pub fn low_coverage(&self, pct: &str) -> String {
        if self.fr() {
            format!("Couverture faible ({pct} des questions)\u{202f}: à lire avec prudence")
        } else {
            format!("Low coverage ({pct} of the questions): read with care")
        }
    }

    // ---- Key messages --------------------------------------------------------------------

    /// One team's message: its level, two strongest and two weakest dimensions, first steps.
    #[allow(clippy::too_many_arguments)]
    pub fn msg_team(
        &self,
        team: &str,
        level: &str,
        score: &str,
        target: &str,
        strongest: &[String],
        weakest: &[String],
        first: &[String],
    ) -> String {
        let (and, mut out) = if self.fr() {
            (
                "et",
                format!("{team} est au {level}, {score} pour une cible de {target}"),
            )
        } else {
            (
                "and",
                format!("{team} is at {level}, {score} against a target of {target}"),
            )
        };
        if !strongest.is_empty() {
            out += &if self.fr() {
                format!(
                    "\u{202f}; ses points forts\u{202f}: {}",
                    and_list(strongest, and)
                )
            } else {
                format!("; strongest in {}", and_list(strongest, and))
            };
        }
        if !weakest.is_empty() {
            out += &if self.fr() {
                format!(", ses points faibles\u{202f}: {}", and_list(weakest, and))
            } else {
                format!(", weakest in {}", and_list(weakest, and))
            };
        }
        if !first.is_empty() {
            out += &if self.fr() {
                format!("\u{202f}; d’abord\u{202f}: {}", and_list(first, and))
            } else {
                format!("; first: {}", and_list(first, and))
            };
        }
        end_sentence(out)
    }

    /// Many teams: the highest and the lowest, and the dimensions most of them share as
    /// strongest and weakest.
    pub fn msg_teams_range(
        &self,
        teams: usize,
        highest: (&str, &str),
        lowest: (&str, &str),
        strongest: &[String],
        weakest: &[String],
    ) -> String {
        if self.fr() {
            let mut out = format!(
                "Les {teams} équipes vont de {} ({}) à {} ({})",
                highest.0, highest.1, lowest.0, lowest.1
            );
            if !strongest.is_empty() {
                out += &format!(
                    "\u{202f}; le plus souvent fortes en {}",
                    and_list(strongest, "et")
                );
            }
            if !weakest.is_empty() {
                out += &format!(", faibles en {}", and_list(weakest, "et"));
            }
            out + "."
        } else {
            let mut out = format!(
                "The {teams} teams range from {} ({}) down to {} ({})",
                highest.0, highest.1, lowest.0, lowest.1
            );
            if !strongest.is_empty() {
                out += &format!("; most often strongest in {}", and_list(strongest, "and"));
            }
            if !weakest.is_empty() {
                out += &format!(", weakest in {}", and_list(weakest, "and"));
            }
            out + "."
        }
    }

    /// The two-speed verdict: `count` of `dimensions` split the teams; `widest` are
    /// "Deployment and release (Nantes 3.8, Paris 1.4: 2.4 levels)".
    pub fn msg_two_speed(&self, count: usize, dimensions: usize, widest: &[String]) -> String {
        let list = and_list(widest, if self.fr() { "et" } else { "and" });
        if self.fr() {
            format!(
                "Deux vitesses\u{202f}: les équipes sont à un niveau ou plus l’une de l’autre sur {count} axe{} sur {dimensions}, surtout {list}.",
                if count > 1 { "s" } else { "" }
            )
        } else {
            format!(
                "Two speeds: the teams are a level or more apart on {count} of {dimensions} dimensions, most of all {list}."
            )
        }
    }

    /// "2.4 levels" / « 2,4 niveaux » (French keeps the singular below 2).
    pub fn levels_of(&self, distance: f64) -> String {
        let shown = self.score(Some(distance));
        if self.fr() {
            let s = if distance.abs() < 2.0 { "" } else { "x" };
            format!("{shown} niveau{s}")
        } else {
            let s = if (distance - 1.0).abs() < 0.05 {
                ""
            } else {
                "s"
            };
            format!("{shown} level{s}")
        }
    }

    /// "Deployment and release (Nantes 3.8, Paris 1.4: 2.4 levels)".
    pub fn split(
        &self,
        dimension: &str,
        high: (&str, &str),
        low: (&str, &str),
        distance: f64,
    ) -> String {
        format!(
            "{dimension} ({} {}, {} {}{}{})",
            high.0,
            high.1,
            low.0,
            low.1,
            if self.fr() { "\u{202f}: " } else { ": " },
            self.levels_of(distance)
        )
    }

    /// No dimension splits the teams by a level.
    pub fn msg_one_speed(&self, widest: Option<(&str, f64)>) -> String {
        match (self.fr(), widest) {
            (false, Some((d, gap))) => format!(
                "One speed: no dimension sets the teams a level apart; the widest gap is {d}, {}.",
                self.levels_of(gap)
            ),
            (false, None) => "One speed: no dimension sets the teams a level apart.".to_string(),
            (true, Some((d, gap))) => format!(
                "Une seule vitesse\u{202f}: aucun axe ne sépare les équipes d’un niveau\u{202f}; le plus grand écart est sur {d}, {}.",
                self.levels_of(gap)
            ),
            (true, None) => {
                "Une seule vitesse\u{202f}: aucun axe ne sépare les équipes d’un niveau."
                    .to_string()
            }
        }
    }

    /// The riskiest findings: `items` are "Deployment and release at 1.4 for Paris (23
    /// answers)"; `weighted` when they come from dimensions weighted above the mean.
    pub fn msg_risk(&self, items: &[String], weighted: bool) -> String {
        let list = and_list(items, if self.fr() { "et" } else { "and" });
        match (self.fr(), weighted) {
            (false, true) => format!("Riskiest, on the dimensions that weigh most: {list}."),
            (false, false) => format!("Riskiest, the lowest scores: {list}."),
            (true, true) => {
                format!("Risques majeurs, sur les axes qui pèsent le plus\u{202f}: {list}.")
            }
            (true, false) => format!("Risques majeurs, les scores les plus bas\u{202f}: {list}."),
        }
    }

    /// "Deployment and release at 1.4 for Paris (23 answers)".
    pub fn risk_item(
        &self,
        dimension: &str,
        score: &str,
        team: Option<&str>,
        answers: usize,
    ) -> String {
        let s = if answers == 1 { "" } else { "s" };
        match (self.fr(), team) {
            (false, Some(t)) => format!("{dimension} at {score} for {t} ({answers} answer{s})"),
            (false, None) => format!("{dimension} at {score} ({answers} answer{s})"),
            (true, Some(t)) => format!("{dimension} à {score} pour {t} ({answers} réponse{s})"),
            (true, None) => format!("{dimension} à {score} ({answers} réponse{s})"),
        }
    }

    /// First actions of every team, or for one team: "Paris: A and B".
    pub fn msg_actions(&self, items: &[String]) -> String {
        end_sentence(if self.fr() {
            format!(
                "Premières actions (0–3 mois)\u{202f}: {}",
                items.join("\u{202f}; ")
            )
        } else {
            format!("First actions (0–3 months): {}", items.join("; "))
        })
    }

    /// One team's first actions in the actions message.
    pub fn team_actions(&self, team: Option<&str>, titles: &[String]) -> String {
        let list = and_list(titles, if self.fr() { "et" } else { "and" });
        match team {
            Some(t) => self.colon(t) + &list,
            None => list,
        }
    }

    /// Many teams: the first step most of them share.
    pub fn msg_shared_first(&self, title: &str, count: usize, teams: usize) -> String {
        if self.fr() {
            format!(
                "Première action la plus partagée (0–3 mois)\u{202f}: {title}, pour {count} équipe{} sur {teams}.",
                if count > 1 { "s" } else { "" }
            )
        } else {
            format!(
                "The first action most teams share (0–3 months): {title}, for {count} of {teams} teams."
            )
        }
    }

    /// Under the heatmap; `symbols` where bins are marked by symbols (Markdown), not colours.
    pub fn heatmap_caption(&self, top: usize, single: bool, symbols: bool) -> String {
        let mut out = match (self.fr(), symbols) {
            (true, false) => format!(
                "Score de l’équipe sur l’axe (de 1 à {top})\u{202f}; la couleur donne l’écart à la cible de l’axe."
            ),
            (true, true) => format!(
                "Score de l’équipe sur l’axe (de 1 à {top})\u{202f}; le symbole donne l’écart à la cible de l’axe."
            ),
            (false, false) => format!(
                "The team's score on the dimension (1 to {top}); the colour gives the gap to the dimension's target."
            ),
            (false, true) => format!(
                "The team's score on the dimension (1 to {top}); the symbol gives the gap to the dimension's target."
            ),
        };
        if single {
            out += if self.fr() {
                " †\u{202f}: la plupart des médianes de l’axe reposent sur une seule réponse."
            } else {
                " †: most medians of the dimension rest on a single answer."
            };
        }
        out
    }

    // ---- Profile -------------------------------------------------------------------------

    /// Under the score table.
    pub fn scores_caption(&self, top: usize, pair: Option<(&str, &str)>, range: bool) -> String {
        let mut out = if self.fr() {
            format!(
                "Médianes sur une échelle de 1 à {top}, pondérées par question et par axe, en vert lorsque la cible est atteinte\u{202f}; n = nombre de réponses, couv. = part des questions de l’axe renseignées."
            )
        } else {
            format!(
                "Medians on a 1–{top} scale, weighted by question and dimension, green where the target is reached; n = answers given, cov. = share of the dimension's questions answered."
            )
        };
        if let Some((a, b)) = pair {
            out += &if self.fr() {
                format!(" Δ = {a} − {b}, écart des scores affichés.")
            } else {
                format!(" Δ = {a} − {b}, the difference of the printed scores.")
            };
        }
        if range {
            out += if self.fr() {
                " Amplitude = équipe la plus haute − la plus basse."
            } else {
                " Range = highest − lowest team."
            };
        }
        out
    }

    /// Many teams: where the answer counts and coverage are.
    pub fn scores_elsewhere(&self) -> &'static str {
        if self.fr() {
            "Le nombre de réponses et la couverture de chaque équipe par axe sont dans «\u{202f}Méthode et limites\u{202f}»."
        } else {
            "Each team's answer counts and coverage per dimension are in \"Method and limits\"."
        }
    }

    // ---- Synchronisation plan ------------------------------------------------------------

    pub fn sync_intro(&self, teams: usize) -> String {
        match (self.fr(), teams) {
            (false, 2) => "One joint initiative per dimension where the two teams are a level or more apart: the team ahead leads, the other adopts its practice on the questions where it is furthest ahead, and both aim at a common level first.".to_string(),
            (false, _) => "One joint initiative per dimension where teams are a level or more apart: the team ahead leads, the teams a level or more behind adopt its practice on the questions where it is furthest ahead, and all aim at a common level first.".to_string(),
            (true, 2) => "Une initiative commune par axe où les deux équipes sont à un niveau ou plus l’une de l’autre\u{202f}: l’équipe en avance pilote, l’autre reprend sa pratique sur les questions où l’écart est le plus grand, et toutes deux visent d’abord un niveau commun.".to_string(),
            (true, _) => "Une initiative commune par axe où des équipes sont à un niveau ou plus l’une de l’autre\u{202f}: l’équipe en avance pilote, celles qui ont un niveau ou plus de retard reprennent sa pratique sur les questions où l’écart est le plus grand, et toutes visent d’abord un niveau commun.".to_string(),
        }
    }

    pub fn no_sync(&self) -> &'static str {
        if self.fr() {
            "Aucun axe ne sépare les équipes d’un niveau ou plus\u{202f}: elles peuvent progresser côte à côte, sans initiative de synchronisation."
        } else {
            "No dimension sets the teams a level or more apart: they can progress side by side, with no synchronisation initiative."
        }
    }

    /// The joint milestone: "Both at level 3 (Defined)" / « Toutes deux au niveau 3 (Défini) ».
    pub fn milestone_text(&self, level: u8, label: &str, teams: usize) -> String {
        match (self.fr(), teams) {
            (false, 2) => format!("Both at level {level} ({label})"),
            (false, _) => format!("These {teams} at level {level} ({label})"),
            (true, 2) => format!("Toutes deux au niveau {level} ({label})"),
            (true, _) => format!("Ces {teams} au niveau {level} ({label})"),
        }
    }

    /// "Paris, level 3 (Defined) on it: …" — a practice the followers adopt.
    pub fn practice(
        &self,
        title: &str,
        leader_median: &str,
        follower_median: &str,
        practice: &str,
    ) -> String {
        if self.fr() {
            format!("{title} ({leader_median} contre {follower_median})\u{202f}: {practice}")
        } else {
            format!("{title} ({leader_median} vs {follower_median}): {practice}")
        }
    }

    // ---- Team chapter --------------------------------------------------------------------

    /// "5 respondents: A (dev), B (ops)".
    pub fn respondents_line(&self, names: &[String]) -> String {
        let n = names.len();
        let head = if self.fr() {
            format!("{n} répondant{}", if n == 1 { "" } else { "s" })
        } else {
            format!("{n} respondent{}", if n == 1 { "" } else { "s" })
        };
        self.colon(&head) + &names.join(", ")
    }

    pub fn standings_intro(&self, average: &str) -> String {
        if self.fr() {
            format!(
                "Axes à plus de 0,25 au-dessus (points forts) ou au-dessous (axes de progrès) de la moyenne de l’équipe, {average}, avec leurs questions les plus hautes ou les plus basses\u{202f}; à ±0,25 de la moyenne, un axe n’est ni l’un ni l’autre."
            )
        } else {
            format!(
                "Dimensions more than 0.25 above (strengths) or below (weaknesses) the team's average of {average}, with their highest or lowest questions; within ±0.25 of the average a dimension is neither."
            )
        }
    }

    pub fn no_standing(&self, strengths: bool) -> &'static str {
        match (self.fr(), strengths) {
            (false, true) => "No dimension is more than 0.25 above the team's average.",
            (false, false) => "No dimension is more than 0.25 below the team's average.",
            (true, true) => "Aucun axe n’est à plus de 0,25 au-dessus de la moyenne de l’équipe.",
            (true, false) => "Aucun axe n’est à plus de 0,25 au-dessous de la moyenne de l’équipe.",
        }
    }

    /// The roadmap rule, in one sentence.
    pub fn roadmap_rule(&self, first: usize, later: usize) -> String {
        if self.fr() {
            format!(
                "Chaque horizon prend d’abord les étapes d’effort le plus faible puis, à effort égal, celles dont l’écart à la cible × le poids de l’axe est le plus grand\u{202f}; les étapes d’une même question se suivent, un niveau par horizon\u{202f}; {first} étape{} au plus pour 0–3 mois, {later} pour chacun des suivants.",
                if first > 1 { "s" } else { "" }
            )
        } else {
            format!(
                "Each horizon takes the lowest-effort steps first and, at equal effort, those with the largest gap to target × dimension weight; a question's steps follow each other one level per horizon; at most {first} step{} for 0–3 months and {later} for each later horizon.",
                if first == 1 { "" } else { "s" }
            )
        }
    }

    pub fn nobody_in_team(&self, team: &str) -> String {
        if self.fr() {
            format!(
                "Personne dans l’équipe {team} n’a encore répondu\u{202f}: ni scores, ni écarts, ni recommandations."
            )
        } else {
            format!("Nobody in {team} has answered yet: no scores, gaps or recommendations.")
        }
    }

    // ---- Method and limits ---------------------------------------------------------------

    /// Under a coverage table that lists only the dimensions some team did not fully answer.
    pub fn coverage_others_full(&self) -> &'static str {
        if self.fr() {
            "Axes non listés\u{202f}: chaque équipe a répondu à toutes leurs questions (100\u{202f}%)."
        } else {
            "Dimensions not listed: every team answered all their questions (100%)."
        }
    }

    pub fn coverage_caption(&self) -> &'static str {
        if self.fr() {
            "Part des questions de l’axe auxquelles quelqu’un de l’équipe a répondu\u{202f}; ⚠ sous 50\u{202f}%\u{202f}: score à lire avec prudence."
        } else {
            "Share of the dimension's questions someone in the team answered; ⚠ under 50%: read the score with care."
        }
    }

    /// The scoring rules in a few lines.
    pub fn rules(&self, top: usize, weighted_target: bool) -> Vec<String> {
        let mut out = if self.fr() {
            vec![
                format!("Chaque répondant donne un niveau de 1 à {top} par question («\u{202f}sans objet\u{202f}» et «\u{202f}ne sait pas\u{202f}» ne comptent pas dans les scores)\u{202f}; le score d’une équipe sur une question est la médiane de ses réponses."),
                "Le score d’un axe est la moyenne des médianes de ses questions, pondérée par question\u{202f}; le score global, la moyenne des axes pondérée par axe.".to_string(),
                "Écart = cible − score, calculé sur les scores affichés (arrondis à une décimale, les demis au-dessus)\u{202f}; priorité d’une étape = écart × poids de l’axe.".to_string(),
            ]
        } else {
            vec![
                format!("Each respondent gives a level from 1 to {top} per question (\"n/a\" and \"unknown\" do not count in scores); a team's score on a question is the median of its answers."),
                "A dimension's score is the mean of its question medians, weighted by question; the overall score, the mean of the dimensions weighted by dimension.".to_string(),
                "Gap = target − score, taken on the printed scores (one decimal, halves rounded up); a step's priority = gap × dimension weight.".to_string(),
            ]
        };
        if weighted_target {
            out.push(if self.fr() {
                "Les cibles diffèrent d’un axe à l’autre\u{202f}: la cible globale est leur moyenne pondérée par axe.".to_string()
            } else {
                "Targets differ between dimensions: the overall target is their mean weighted by dimension.".to_string()
            });
        }
        out
    }

    pub fn single_answer_caveat(&self, count: usize) -> String {
        if self.fr() {
            format!(
                "† marque une médiane qui repose sur une seule réponse (partout dans le rapport)\u{202f}; {count} médiane{} d’équipe sur une question sont dans ce cas.",
                if count > 1 { "s" } else { "" }
            )
        } else {
            format!(
                "† marks a median that rests on a single answer, wherever it appears; {count} team median{} on a question {}.",
                if count == 1 { "" } else { "s" },
                if count == 1 { "does" } else { "do" }
            )
        }
    }

    /// Dimensions under 50 % coverage: "Security for Nantes (40%)".
    pub fn low_coverage_caveat(&self, items: &[String]) -> String {
        let list = items.join(", ");
        if self.fr() {
            format!(
                "Axes couverts à moins de 50\u{202f}% (score à lire avec prudence, ⚠)\u{202f}: {list}."
            )
        } else {
            format!("Dimensions under 50% coverage (scores to read with care, ⚠): {list}.")
        }
    }

    pub fn disagreement_caveat(&self, count: usize, spread: u8) -> String {
        if self.fr() {
            format!(
                "Sur {count} question{s} (comptées équipe par équipe), les répondants d’une même équipe sont à {spread} niveaux ou plus l’un de l’autre, ou ne savent pas\u{202f}: la dispersion de l’annexe les montre, à discuter avec l’équipe.",
                s = if count > 1 { "s" } else { "" }
            )
        } else {
            format!(
                "On {count} question{} (counted team by team), respondents of one team are {spread} or more levels apart, or do not know: the spread in the appendix shows them, to discuss with the team.",
                if count == 1 { "" } else { "s" }
            )
        }
    }

    /// One thing a response file holds that no score counts (`Stray`), naming the file when
    /// given (not in an anonymous report: file names carry respondent names) and the question
    /// by `question`, its title when the questionnaire has it.
    pub fn stray_item(&self, file: Option<&str>, stray: &Stray, question: &str) -> String {
        let what = match (stray, self.fr()) {
            (Stray::UnknownTeam { team }, false) => {
                format!("team {} is not in the assessment", self.quote(team))
            }
            (Stray::UnknownTeam { team }, true) => {
                format!(
                    "l’équipe {} ne fait pas partie de l’évaluation",
                    self.quote(team)
                )
            }
            (Stray::UnknownQuestion { .. }, false) => {
                format!(
                    "an answer to {}, a question the questionnaire does not have",
                    self.quote(question)
                )
            }
            (Stray::UnknownQuestion { .. }, true) => {
                format!(
                    "une réponse à {}, question absente du questionnaire",
                    self.quote(question)
                )
            }
            (Stray::OffScale { level, levels, .. }, false) => format!(
                "level {level} for {}, outside the scale of 1 to {levels}",
                self.quote(question)
            ),
            (Stray::OffScale { level, levels, .. }, true) => format!(
                "le niveau {level} pour {}, hors de l’échelle de 1 à {levels}",
                self.quote(question)
            ),
        };
        match file {
            Some(file) if self.fr() => format!("{file}{NNBSP}: {what}"),
            Some(file) => format!("{file}: {what}"),
            None => what,
        }
    }

    /// Why some answers of readable files are not counted (see [`Labels::stray_item`]).
    pub fn not_counted_note(&self, items: &[String]) -> String {
        let n = items.len();
        if self.fr() {
            return format!(
                "{n} élément{s} des fichiers de réponses ne {verb} pas comptés dans ce rapport{NNBSP}: {}.",
                items.join(self.semicolon()),
                s = if n > 1 { "s" } else { "" },
                verb = if n > 1 { "sont" } else { "est" },
            );
        }
        format!(
            "{n} item{} of the response files {} not counted in this report: {}.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" },
            items.join(self.semicolon())
        )
    }

    /// Every note on answers missing from the report: files left unread
    /// ([`Labels::skipped_note`]), then items of read files not counted
    /// ([`Labels::not_counted_note`]). Empty when nothing is missing.
    pub fn missing_notes(&self, skipped: &[String], not_counted: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        if !skipped.is_empty() {
            out.push(self.skipped_note(skipped));
        }
        if !not_counted.is_empty() {
            out.push(self.not_counted_note(not_counted));
        }
        out
    }

    /// Why some answers are missing (`report --skip-unreadable`).
    pub fn skipped_note(&self, files: &[String]) -> String {
        if self.fr() {
            let count = match files.len() {
                1 => "1 fichier de réponses n’a pas pu être lu et est".to_string(),
                n => format!("{n} fichiers de réponses n’ont pas pu être lus et sont"),
            };
            return format!(
                "{count} exclu(s) de ce rapport\u{202f}; ses scores ne tiennent donc pas compte de ces réponses\u{202f}: {}.",
                files.join("\u{202f}; ")
            );
        }
        let count = match files.len() {
            1 => "1 response file could not be read and is".to_string(),
            n => format!("{n} response files could not be read and are"),
        };
        format!(
            "{count} left out of this report, so its scores miss those answers: {}.",
            files.join(self.semicolon())
        )
    }

    // ---- Text of `compare` (the terminal view; French for a French questionnaire) ----------

    /// The first line: "Comparison of "a" — title" / « Comparaison de « a » — titre ».
    pub fn cmp_title(&self, assessment: &str, title: &str) -> String {
        if self.fr() {
            format!("Comparaison de {} — {title}", self.quote(assessment))
        } else {
            format!("Comparison of \"{assessment}\" — {title}")
        }
    }

    /// The Markdown page's title.
    pub fn md_cmp_title(&self, assessment: &str) -> String {
        if self.fr() {
            format!("Comparaison de {assessment}")
        } else {
            format!("Comparison of {assessment}")
        }
    }

    pub fn cmp_short_form(&self, asked: usize, of: usize) -> String {
        if self.fr() {
            format!(
                "Version courte\u{202f}: {asked} questions posées sur {of}\u{202f}; tous les chiffres portent sur elles."
            )
        } else {
            format!("Short form: {asked} of {of} questions asked; every number is over those.")
        }
    }

    pub fn cmp_scores_note(&self) -> &'static str {
        if self.fr() {
            self.md_scores_note
        } else {
            "Scores are medians of the respondents' levels; gap = target − score; + is ahead."
        }
    }

    pub fn cmp_priority_note(&self) -> &'static str {
        if self.fr() {
            "La priorité d’une étape est son écart × le poids de sa dimension."
        } else {
            "A step's priority is its gap × the weight of its dimension."
        }
    }

    /// The respondents column of the teams table, short.
    pub fn cmp_resp_short(&self) -> &'static str {
        if self.fr() { "Rép." } else { "Resp." }
    }

    pub fn cmp_dimension_scores(&self) -> &'static str {
        if self.fr() {
            "Scores par dimension"
        } else {
            "Dimension scores"
        }
    }

    pub fn cmp_no_answers(&self) -> &'static str {
        if self.fr() {
            "Pas encore de réponses\u{202f}: rien à comparer. Enregistrez-en avec `devops-maturity answer`."
        } else {
            "No answers yet: nothing to compare. Record some with `devops-maturity answer`."
        }
    }

    /// A percentage already on 0–100: "55%" / « 55 % ».
    pub fn percent(&self, value: f64) -> String {
        if self.fr() {
            format!("{value:.0}{NNBSP}%")
        } else {
            format!("{value:.0}%")
        }
    }

    /// "1,5 niveau", "2 niveaux": French puts the plural from 2.
    fn niveaux(&self, levels: f64) -> String {
        let s = if levels.abs() < 2.0 { "" } else { "x" };
        format!("{} niveau{s}", self.number(levels))
    }

    /// A threshold or weight as given ("1.5" / « 1,5 »).
    pub fn number(&self, value: f64) -> String {
        self.decimal(value.to_string())
    }

    pub fn cmp_largest_differences(&self) -> &'static str {
        if self.fr() {
            "Plus grands écarts par question (A − B, 1 niveau ou plus)"
        } else {
            "Largest differences by question (A − B, 1 level or more)"
        }
    }

    pub fn cmp_two_speed(&self, levels: f64) -> String {
        let n = self.number(levels);
        if self.fr() {
            format!(
                "{} (médianes des équipes séparées de {} ou plus)",
                self.two_speed,
                self.niveaux(levels)
            )
        } else {
            format!("Two-speed questions (team medians {n} or more levels apart)")
        }
    }

    /// "ahead" / "behind" before the teams of a two-speed question.
    pub fn cmp_side(&self, ahead: bool) -> &'static str {
        match (self.fr(), ahead) {
            (false, true) => "ahead",
            (false, false) => "behind",
            (true, true) => "en avance",
            (true, false) => "en retard",
        }
    }

    pub fn cmp_pairings(&self, levels: f64) -> String {
        let n = self.number(levels);
        if self.fr() {
            format!(
                "{} (une équipe en avance de {} ou plus sur une question)",
                self.learn_from_each_other,
                self.niveaux(levels)
            )
        } else {
            format!("Learn from each other (a team {n} or more levels ahead on a question)")
        }
    }

    pub fn cmp_can_learn(&self, learner: &str, leader: &str, count: usize) -> String {
        if self.fr() {
            let s = if count > 1 { "s" } else { "" };
            format!(
                "{} sur {count} question{s}\u{202f}:",
                self.can_learn_from(learner, leader)
            )
        } else {
            format!("{learner} can learn from {leader} on {count} question(s):")
        }
    }

    pub fn cmp_no_figures(&self) -> &'static str {
        if self.fr() {
            "Rythme de mise en production\u{202f}: pas encore de chiffres (enregistrez-les avec `devops-maturity metrics set`)."
        } else {
            "Delivery rhythm: no figures yet (record them with `devops-maturity metrics set`)."
        }
    }

    pub fn cmp_rhythm_heading(&self) -> &'static str {
        if self.fr() {
            "Rythme de mise en production (indicateurs DORA, tranches du Quick Check, groupes du rapport DORA 2024)"
        } else {
            "Delivery rhythm (DORA keys, Quick Check bands, clusters of the 2024 DORA report)"
        }
    }

    /// The four key columns and the cluster column of the text rhythm table.
    pub fn cmp_rhythm_heads(&self) -> ([&'static str; 4], &'static str) {
        if self.fr() {
            (["Déploiements", "Délai", "Échecs", "Remise"], "Groupe")
        } else {
            (
                ["Deployments", "Lead time", "Failures", "Recovery"],
                "Cluster",
            )
        }
    }

    /// The three rows of a team in the text rhythm table, and "provisional".
    pub fn cmp_rhythm_rows(&self) -> ([&'static str; 3], &'static str) {
        if self.fr() {
            (["valeur", "tranche", "proche"], "provisoire")
        } else {
            (["value", "band", "nearest"], "provisional")
        }
    }

    pub fn cmp_rework(&self) -> &'static str {
        if self.fr() {
            "taux de reprise"
        } else {
            "rework rate"
        }
    }

    /// A distance on the cluster rule's scale: "3.2 steps" / « 3,2 étapes ».
    pub fn steps(&self, x: f64) -> String {
        let en = crate::domain::metrics::steps_label(x);
        if !self.fr() {
            return en;
        }
        // The number as the English label rounds it; French puts the plural from 2.
        let n = en.split(' ').next().unwrap_or_default().to_string();
        let s = if n.parse::<f64>().is_ok_and(|v| v >= 2.0) {
            "s"
        } else {
            ""
        };
        format!("{} étape{s}", self.decimal(n))
    }

    /// The short name of a cluster in a cell.
    pub fn cluster_short(&self, c: crate::domain::metrics::Cluster) -> &'static str {
        if self.fr() { c.label_fr() } else { c.as_str() }
    }

    /// A reading's band in a text cell.
    pub fn band_cell(&self, r: &crate::domain::metrics::KeyReading) -> String {
        use crate::domain::metrics::Origin;
        if !self.fr() {
            return r.band_cell();
        }
        let short = match r.parsed.band() {
            Some(b) => b.short_fr(r.key.kind()).to_string(),
            None => self.decimal(r.band_short()).replace('%', "\u{202f}%"),
        };
        if r.origin == Origin::Questionnaire {
            format!("≈\u{a0}{short}")
        } else {
            short
        }
    }

    /// A reading's value in a text cell.
    pub fn value_cell(&self, r: &crate::domain::metrics::KeyReading) -> String {
        use crate::domain::metrics::Origin;
        match (self.fr(), r.origin) {
            (false, _) => r.value_cell(),
            (true, Origin::Questionnaire) => {
                format!("≈\u{a0}niveau {}", r.level.unwrap_or_default())
            }
            (true, Origin::Figure) => self.reading_cell(r),
        }
    }

    pub fn cmp_provisional_note(&self, questions: &str) -> String {
        use crate::domain::metrics::derive::{FROM_ANSWERS, FROM_ANSWERS_FR};
        if self.fr() {
            format!(
                "≈\u{202f}: tranche provisoire {FROM_ANSWERS_FR} (niveau de l’équipe sur {questions})."
            )
        } else {
            format!("≈: provisional band {FROM_ANSWERS} (the team's level on {questions}).")
        }
    }

    pub fn key_gap(&self, g: &crate::domain::metrics::KeyGap) -> String {
        if self.fr() {
            g.text_fr()
        } else {
            g.text.clone()
        }
    }

    pub fn cmp_widest_key(&self, key: crate::domain::metrics::Key, steps: f64) -> String {
        if self.fr() {
            format!(
                "L’indicateur qui les sépare le plus\u{202f}: {} (écart de {}).",
                key.title_fr(),
                self.steps(steps)
            )
        } else {
            format!(
                "The key that splits them most: {} ({} apart).",
                key.name(),
                crate::domain::metrics::steps_label(steps)
            )
        }
    }

    pub fn cmp_clusters_source(&self) -> String {
        use crate::domain::metrics::clusters::{PROFILES_SOURCE, PROFILES_SOURCE_FR};
        if self.fr() {
            format!("Groupes\u{202f}: {PROFILES_SOURCE_FR}.")
        } else {
            format!("Clusters: {PROFILES_SOURCE}.")
        }
    }

    pub fn cmp_respondents(&self, names: &[String]) -> String {
        let n = names.len();
        if self.fr() {
            let s = if n > 1 { "s" } else { "" };
            format!("{n} répondant{s}\u{202f}: {}", names.join(", "))
        } else {
            format!("{n} respondent(s): {}", names.join(", "))
        }
    }

    /// A standing's title and what its differences are against.
    pub fn cmp_standing(
        &self,
        kind: crate::report::chapter::StandingKind,
    ) -> (&'static str, &'static str) {
        use crate::report::chapter::StandingKind as K;
        match (self.fr(), kind) {
            (false, K::Strengths) => ("Strengths", "vs own average"),
            (false, K::Weaknesses) => ("Weaknesses", "vs own average"),
            (false, K::AheadOfOthers) => ("Ahead of the others", "vs others"),
            (false, K::BehindOthers) => ("Behind the others", "vs others"),
            (true, K::Strengths) => ("Points forts", "par rapport à sa moyenne"),
            (true, K::Weaknesses) => ("Axes de progrès", "par rapport à sa moyenne"),
            (true, K::AheadOfOthers) => (self.md_ahead, "par rapport aux autres"),
            (true, K::BehindOthers) => (self.md_behind, "par rapport aux autres"),
        }
    }

    pub fn cmp_all_targets_met(&self) -> &'static str {
        if self.fr() {
            "Chaque dimension atteint sa cible."
        } else {
            "Every dimension meets its target."
        }
    }

    /// "[low] id: from → to, priority 3.75 (2.5 × 1.5)".
    pub fn cmp_step(&self, r: &crate::domain::compare::Recommendation) -> String {
        format!(
            "[{}] {}{} → {}, {} {} ({} × {})",
            self.effort_value(r.effort),
            self.colon(&r.title),
            r.from_label,
            r.to_label,
            self.priority.to_lowercase(),
            self.priority_value(r.priority),
            self.score(Some(r.gap)),
            self.number(r.dimension_weight)
        )
    }

    /// "dev, qa at 3" / « développement, recette à 3 ».
    pub fn owners_text(&self, o: &crate::domain::compare::OwnersLevel) -> String {
        if !self.fr() {
            return o.text();
        }
        let roles: Vec<&str> = o.roles.iter().map(|r| self.role(*r)).collect();
        format!("{} à {}", roles.join(", "), self.level_value(o.median))
    }

    /// "dev 3 (owner) · qa 2.5" / « développement 3 (responsable) · recette 2,5 ».
    pub fn role_split_text(&self, s: &crate::domain::compare::RoleSplit) -> String {
        if !self.fr() {
            return s.roles_text();
        }
        s.roles
            .iter()
            .map(|r| {
                format!(
                    "{} {}{}",
                    self.role(r.role),
                    self.level_value(r.median),
                    if r.owner { " (responsable)" } else { "" }
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// A median level as the role texts show it: "3", "2.5" / « 2,5 ».
    fn level_value(&self, median: f64) -> String {
        if (median - median.round()).abs() < 1e-9 {
            format!("{}", median.round())
        } else {
            self.score(Some(median))
        }
    }

    pub fn cmp_owners_start(&self, owners: &str, median: f64) -> String {
        if self.fr() {
            format!(
                "Part du niveau des responsables ({owners}\u{202f}; médiane de l’équipe {}).",
                self.score(Some(median))
            )
        } else {
            format!(
                "Starts from the owners' level ({owners}; team median {}).",
                self.score(Some(median))
            )
        }
    }

    pub fn cmp_role_splits(&self, levels: f64) -> String {
        let n = self.number(levels);
        if self.fr() {
            format!(
                "Écarts entre rôles (rôles séparés de {} ou plus\u{202f}: demandez à chaque rôle ce qu’il voit)",
                self.niveaux(levels)
            )
        } else {
            format!("Role splits (roles {n} or more levels apart: ask each role what it sees)")
        }
    }

    pub fn cmp_to_discuss(&self) -> &'static str {
        if self.fr() {
            "À discuter (les répondants divergent ou ne savent pas)"
        } else {
            "To discuss (respondents disagree or do not know)"
        }
    }

    /// "levels 1 to 4", "level 2", "no level".
    pub fn cmp_levels_span(&self, lowest: Option<u8>, highest: Option<u8>) -> String {
        match (self.fr(), lowest, highest) {
            (false, Some(lo), Some(hi)) if lo != hi => format!("levels {lo} to {hi}"),
            (true, Some(lo), Some(hi)) if lo != hi => format!("niveaux {lo} à {hi}"),
            (false, Some(lo), _) => format!("level {lo}"),
            (true, Some(lo), _) => format!("niveau {lo}"),
            (false, None, _) => "no level".to_string(),
            (true, None, _) => "aucun niveau".to_string(),
        }
    }

    pub fn cmp_unknown(&self, unknown: usize, answered: usize) -> String {
        if self.fr() {
            format!(", {unknown} sur {answered} ne savent pas")
        } else {
            format!(", {unknown} of {answered} unknown")
        }
    }

    /// A comment after an answer in the text view.
    pub fn cmp_comment(&self, comment: &str) -> String {
        if self.fr() {
            self.quote(comment)
        } else {
            format!("«{comment}»")
        }
    }

    pub fn cmp_progress(&self, previous: &str, round: usize, first: &str) -> String {
        if self.fr() {
            format!(
                "Progrès depuis {} (tour {round} de la série partie de {})",
                self.quote(previous),
                self.quote(first)
            )
        } else {
            format!("Progress since \"{previous}\" (round {round} of the chain from \"{first}\")")
        }
    }

    /// "overall", "moved", "done", "Plan" in the text progress section.
    pub fn cmp_progress_words(&self) -> [&'static str; 4] {
        if self.fr() {
            ["ensemble", "a bougé", "fait", "Plan"]
        } else {
            ["overall", "moved", "done", "Plan"]
        }
    }

    pub fn cmp_reached(&self, reached: Option<bool>) -> &'static str {
        match (self.fr(), reached) {
            (false, Some(true)) => "reached",
            (false, Some(false)) => "not reached",
            (false, None) => "no level aimed at",
            (true, Some(true)) => "atteint",
            (true, Some(false)) => "non atteint",
            (true, None) => "aucun niveau visé",
        }
    }

    /// `compare --format markdown`'s section on steps that start from the owners' level, up
    /// to its table's header.
    pub fn md_owners_section(&self) -> &'static str {
        if self.fr() {
            "\n## Étapes qui partent du niveau des responsables\n\n\
             Quand les rôles responsables d’une pratique ont répondu, l’étape de l’équipe part de \
             leur médiane\u{202f}; le score de l’équipe reste la médiane de tous.\n\n\
             | Équipe | N° | Question | Responsables | Médiane de l’équipe | Étape |\n|---|--:|---|---|--:|---|"
        } else {
            "\n## Steps that start from the owners' level\n\n\
             Where the roles that own a practice answered, the team's step starts from their \
             median; the team's score stays everyone's median.\n\n\
             | Team | # | Question | Owners | Team median | Step |\n|---|--:|---|---|--:|---|"
        }
    }

    /// The role splits section of `compare --format markdown`, up to its table's header.
    pub fn md_role_splits_section(&self, levels: f64) -> String {
        if self.fr() {
            format!(
                "\n## Écarts entre rôles\n\n\
                 Dans une équipe, les rôles dont les médianes sont séparées de {} ou plus sur une \
                 question\u{202f}: demandez à chaque rôle ce qu’il voit.\n\n\
                 | Équipe | Question | Écart | Rôles |\n|---|---|--:|---|",
                self.niveaux(levels)
            )
        } else {
            format!(
                "\n## Role splits\n\n\
                 Inside a team, roles whose medians are {} or more levels apart on a question: ask each \
                 role what it sees.\n\n| Team | Question | Apart | Roles |\n|---|---|--:|---|",
                self.number(levels)
            )
        }
    }

    pub fn md_no_figures(&self) -> &'static str {
        if self.fr() {
            "Pas encore de chiffres de livraison\u{202f}: enregistrez-les avec `devops-maturity metrics set`."
        } else {
            "No delivery figures yet: record them with `devops-maturity metrics set`."
        }
    }

    pub fn md_rhythm_intro(&self) -> String {
        use crate::domain::metrics::derive::{FROM_ANSWERS, FROM_ANSWERS_FR};
        if self.fr() {
            format!(
                "Le chiffre de chaque indicateur, sa tranche du DORA Quick Check et le groupe 2024 dont il est le plus proche à lui seul\u{202f}; le groupe de l’équipe est le profil le plus proche sur l’ensemble de ses indicateurs. ≈ marque une tranche provisoire {FROM_ANSWERS_FR}."
            )
        } else {
            format!(
                "Each key's figure, its DORA Quick Check band and the 2024 cluster it is nearest to on its own; the team's cluster is the nearest profile over all its keys. ≈ marks a provisional band {FROM_ANSWERS}."
            )
        }
    }

    pub fn md_rework(&self) -> &'static str {
        if self.fr() {
            "Taux de reprise"
        } else {
            "Rework rate"
        }
    }

    pub fn md_widest_key(&self, key: crate::domain::metrics::Key, steps: f64) -> String {
        if self.fr() {
            format!(
                "L’indicateur qui sépare le plus les équipes\u{202f}: **{}** (écart de {}).",
                key.title_fr(),
                self.steps(steps)
            )
        } else {
            format!(
                "The key that splits the teams most: **{}** ({} apart).",
                key.name(),
                crate::domain::metrics::steps_label(steps)
            )
        }
    }

    // ---- `questionnaire show` ------------------------------------------------------------

    /// The words of `questionnaire show`: weight, title, core, roles, owners, formerly,
    /// levels since, capabilities, "to" (the level a recommendation reaches), see.
    pub fn questionnaire_words(&self) -> [&'static str; 10] {
        if self.fr() {
            [
                "poids",
                "Titre",
                "essentielle",
                "rôles",
                "responsables",
                "anciennement",
                "niveaux depuis",
                "capacités",
                "vers",
                "Voir",
            ]
        } else {
            [
                "weight",
                "Title",
                "core",
                "roles",
                "owners",
                "formerly",
                "levels_since",
                "capabilities",
                "to",
                "See",
            ]
        }
    }

    // ---- Markdown of `compare` -----------------------------------------------------------

    /// "Questionnaire: T (id v). Levels: …."
    pub fn md_questionnaire_line(&self, title: &str, id_version: &str, scale: &str) -> String {
        if self.fr() {
            format!("Questionnaire\u{202f}: {title} ({id_version}). Niveaux\u{202f}: {scale}.")
        } else {
            format!("Questionnaire: {title} ({id_version}). Levels: {scale}.")
        }
    }

    pub fn md_two_speed_intro(&self, levels: f64) -> String {
        if self.fr() {
            format!(
                "Médianes des équipes séparées de {} ou plus.",
                self.niveaux(levels)
            )
        } else {
            format!("Team medians {levels} or more levels apart.")
        }
    }

    pub fn pairing_intro(&self, levels: f64) -> String {
        if self.fr() {
            format!(
                "Lorsqu’une équipe a {} d’avance ou plus sur une question, l’autre peut travailler en binôme avec elle ou reprendre sa pratique.",
                self.niveaux(levels)
            )
        } else {
            format!(
                "Where one team is {levels} or more levels ahead on a question, the other could pair with it or borrow its practice."
            )
        }
    }

    pub fn can_learn_from(&self, learner: &str, leader: &str) -> String {
        if self.fr() {
            format!("{learner} peut s’inspirer de l’équipe {leader}")
        } else {
            format!("{learner} can learn from {leader}")
        }
    }

    pub fn what_leader_does(&self, leader: &str) -> String {
        if self.fr() {
            format!("Ce que fait {leader}")
        } else {
            format!("What {leader} does")
        }
    }

    /// "22 November 2026" / « 22 novembre 2026 » from RFC 3339; anything else as given.
    pub fn date_of(&self, rfc3339: &str) -> String {
        const EN_MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const FR_MONTHS: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        let months = if self.fr() { &FR_MONTHS } else { &EN_MONTHS };
        let date = rfc3339.get(..10).unwrap_or("");
        let mut parts = date.split('-').map(str::parse::<u32>);
        match (parts.next(), parts.next(), parts.next()) {
            (Some(Ok(y)), Some(Ok(m)), Some(Ok(d)))
                if (1..=12).contains(&m) && (1..=31).contains(&d) =>
            {
                // French writes the first of the month as an ordinal: « 1er mars 2026 ».
                let day = if self.fr() && d == 1 {
                    "1er".to_string()
                } else {
                    d.to_string()
                };
                format!("{day} {} {y}", months[m as usize - 1])
            }
            _ => rfc3339.to_string(),
        }
    }
}

/// The words of the action plan and of the progress between rounds (`plan list`, the report's
/// roadmap and progress pages), kept apart from [`Labels`] so its many users need not change.
#[derive(Debug)]
pub struct PlanLabels {
    pub lang: Lang,
    /// proposed, agreed, in progress, done, dropped (`domain::plan::Status` order).
    pub statuses: [&'static str; 5],
    pub late: &'static str,
    /// The CSV column of the late flag.
    pub late_column: &'static str,
    pub joint: &'static str,
    pub id: &'static str,
    pub action: &'static str,
    pub teams: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub horizon: &'static str,
    pub status: &'static str,
    pub done_when: &'static str,
    pub origin: &'static str,
    pub notes: &'static str,
    pub nobody: &'static str,
    pub free: &'static str,
    pub initiative: &'static str,
    pub agreed_actions: &'static str,
    pub proposals: &'static str,
    pub proposals_intro: &'static str,
    pub joint_actions: &'static str,
    pub progress: &'static str,
    pub progress_intro: &'static str,
    pub then: &'static str,
    pub now: &'static str,
    pub change: &'static str,
    pub first_round: &'static str,
    pub moved: &'static str,
    pub done_check: &'static str,
    pub reached: &'static str,
    pub not_reached: &'static str,
    pub no_target: &'static str,
    pub completion: &'static str,
    pub round: &'static str,
    pub question: &'static str,
}

pub static PLAN_EN: PlanLabels = PlanLabels {
    lang: Lang::En,
    statuses: ["proposed", "agreed", "in progress", "done", "dropped"],
    late: "late",
    late_column: "Late",
    joint: "joint",
    id: "Id",
    action: "Action",
    teams: "Teams",
    owner: "Owner",
    due: "Due",
    horizon: "Horizon",
    status: "Status",
    done_when: "Done when",
    origin: "Origin",
    notes: "Notes",
    nobody: "to be named",
    free: "added by hand",
    initiative: "synchronisation",
    agreed_actions: "Agreed actions",
    proposals: "Proposed, not agreed yet",
    proposals_intro: "These steps were proposed to the workshop and are not agreed yet.",
    joint_actions: "Joint actions",
    progress: "Progress since the previous round",
    progress_intro: "Scores of every round of the chain, per team and dimension, and how far the plan got.",
    then: "Then",
    now: "Now",
    change: "Change",
    first_round: "First round",
    moved: "Questions that moved by a level or more",
    done_check: "Done actions: did their question reach the level aimed at?",
    reached: "reached",
    not_reached: "not reached",
    no_target: "no level aimed at",
    completion: "Plan completion",
    round: "Round",
    question: "Question",
};

pub static PLAN_FR: PlanLabels = PlanLabels {
    lang: Lang::Fr,
    statuses: ["proposée", "convenue", "en cours", "faite", "abandonnée"],
    late: "en retard",
    late_column: "En retard",
    joint: "commune",
    id: "Réf.",
    action: "Action",
    teams: "Équipes",
    owner: "Responsable",
    due: "Échéance",
    horizon: "Horizon",
    status: "Statut",
    done_when: "C’est fait quand",
    origin: "Origine",
    notes: "Notes",
    nobody: "à désigner",
    free: "ajoutée à la main",
    initiative: "synchronisation",
    agreed_actions: "Actions convenues",
    proposals: "Proposées, pas encore convenues",
    proposals_intro: "Ces étapes ont été proposées à l’atelier et ne sont pas encore convenues.",
    joint_actions: "Actions communes",
    progress: "Progrès depuis le tour précédent",
    progress_intro: "Les scores de chaque tour, par équipe et par dimension, et l’avancement du plan.",
    then: "Avant",
    now: "Maintenant",
    change: "Écart",
    first_round: "Premier tour",
    moved: "Questions qui ont bougé d’un niveau ou plus",
    done_check: "Actions faites\u{202f}: leur question a-t-elle atteint le niveau visé\u{202f}?",
    reached: "atteint",
    not_reached: "non atteint",
    no_target: "pas de niveau visé",
    completion: "Avancement du plan",
    round: "Tour",
    question: "Question",
};

impl PlanLabels {
    pub fn of(lang: Lang) -> &'static PlanLabels {
        match lang {
            Lang::En => &PLAN_EN,
            Lang::Fr => &PLAN_FR,
        }
    }

    fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }

    pub fn status(&self, s: crate::domain::plan::Status) -> &'static str {
        self.statuses[s as usize]
    }

    /// "0–3 months" / « 0–3 mois ».
    pub fn horizon_value(&self, h: crate::domain::plan::Horizon) -> String {
        let (from, to) = h.months();
        self.lang.labels().horizon(from, to)
    }

    /// "12 actions: 3 done, 5 agreed (2 late), 4 proposed" and its French form.
    pub fn completion_line(&self, c: &crate::domain::plan::Completion) -> String {
        let committed = c.agreed + c.in_progress;
        if self.fr() {
            format!(
                "{} action{}\u{202f}: {} faite{}, {} convenue{} ou en cours ({} en retard), {} proposée{}, {} abandonnée{}",
                c.total,
                plural(c.total),
                c.done,
                plural(c.done),
                committed,
                plural(committed),
                c.late,
                c.proposed,
                plural(c.proposed),
                c.dropped,
                plural(c.dropped)
            )
        } else {
            format!(
                "{} action{}: {} done, {} agreed or in progress ({} late), {} proposed, {} dropped",
                c.total,
                plural(c.total),
                c.done,
                committed,
                c.late,
                c.proposed,
                c.dropped
            )
        }
    }

    /// "Round 2 of 3 (follows bank-demo)" / « Tour 2 sur 3 (suite de bank-demo) ».
    pub fn round_of(&self, n: usize, total: usize, previous: &str) -> String {
        if self.fr() {
            format!("Tour {n} sur {total} (suite de {previous})")
        } else {
            format!("Round {n} of {total} (follows {previous})")
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

// ---- How the teams see each other (perception answers and requests) --------------------------

impl Labels {
    pub fn perception_chapter(&self) -> &'static str {
        if self.fr() {
            "Comment les équipes se voient"
        } else {
            "How the teams see each other"
        }
    }

    pub fn perception_intro(&self) -> &'static str {
        if self.fr() {
            "Chaque équipe a répondu au questionnaire sur elle-même et, pour certaines, sur l’autre. Les réponses sur l’autre équipe ne comptent jamais dans ses scores\u{202f}: elles montrent comment elle est perçue. L’écart est «\u{202f}vu par l’autre − vu par soi\u{202f}»\u{202f}: négatif quand l’autre voit moins que ce que l’équipe pense d’elle-même."
        } else {
            "Each team answered the questionnaire about itself and, for some, about the other. Answers about another team never count in its scores: they show how it is seen. The gap is \"seen by the other − seen by itself\": negative when the other sees less than the team claims."
        }
    }

    /// "Paris and Nantes" / « Paris et Nantes ».
    pub fn pair_heading(&self, a: &str, b: &str) -> String {
        if self.fr() {
            format!("{a} et {b}")
        } else {
            format!("{a} and {b}")
        }
    }

    /// A column of a team's own view: "Paris (self)" / « Paris (par elle-même) ».
    pub fn self_view(&self, team: &str) -> String {
        if self.fr() {
            format!("{team} (par elle-même)")
        } else {
            format!("{team} (self)")
        }
    }

    /// A column of another team's view: "Paris seen by Nantes" / « Paris vue par Nantes ».
    pub fn seen_by(&self, team: &str, by: &str) -> String {
        if self.fr() {
            format!("{team} vue par {by}")
        } else {
            format!("{team} seen by {by}")
        }
    }

    /// A short column head in the text comparison: "A self" / « A soi ».
    pub fn self_short(&self, letter: &str) -> String {
        if self.fr() {
            format!("{letter} soi")
        } else {
            format!("{letter} self")
        }
    }

    /// A short column head in the text comparison: "by B" / « par B ».
    pub fn by_short(&self, letter: &str) -> String {
        if self.fr() {
            format!("par {letter}")
        } else {
            format!("by {letter}")
        }
    }

    /// The text comparison's key to its perception table: "A = Paris, B = Nantes; gap = seen
    /// by the other − self".
    pub fn perception_key(&self, a: &str, b: &str) -> String {
        if self.fr() {
            format!(
                "A = {a}, B = {b}\u{202f}; écart = vue par l’autre − vue par soi (négatif\u{a0}: l’autre voit moins)"
            )
        } else {
            format!(
                "A = {a}, B = {b}; gap = seen by the other − self (negative: the other sees less)"
            )
        }
    }

    pub fn largest_perception_gaps(&self) -> &'static str {
        if self.fr() {
            "Plus grands écarts de perception"
        } else {
            "Largest perception gaps"
        }
    }

    /// No question 1.5 levels or more apart between the two views.
    pub fn no_perception_gap(&self, threshold: f64) -> String {
        let t = self.score(Some(threshold));
        if self.fr() {
            format!(
                "Aucune question n’est à {t}\u{a0}niveau ou plus entre la vue d’une équipe sur elle-même et celle de l’autre."
            )
        } else {
            format!(
                "No question is {t} levels or more apart between how a team sees itself and how the other sees it."
            )
        }
    }

    /// "Nantes rates Paris 1.5 on “Test automation”; Paris rates itself 3.5 (gap −2.0)."
    pub fn perception_gap_line(
        &self,
        by: &str,
        team: &str,
        title: &str,
        seen: f64,
        own: f64,
    ) -> String {
        let gap = self.gap_signed(Some(
            format::difference(Some(seen), Some(own)).unwrap_or(0.0),
        ));
        let (seen, own, title) = (
            self.score(Some(seen)),
            self.score(Some(own)),
            self.quote(title),
        );
        if self.fr() {
            format!(
                "{by} évalue {team} à {seen} sur {title}\u{202f}; {team} s’évalue à {own} (écart {gap})."
            )
        } else {
            format!("{by} rates {team} {seen} on {title}; {team} rates itself {own} (gap {gap}).")
        }
    }

    /// The synthesis message on the widest perception gap.
    pub fn msg_perception(&self, by: &str, team: &str, title: &str, seen: f64, own: f64) -> String {
        let line = self.perception_gap_line(by, team, title, seen, own);
        if self.fr() {
            format!("Plus grand écart de perception\u{202f}: {line}")
        } else {
            format!("Widest perception gap: {line}")
        }
    }

    pub fn requests_between(&self) -> &'static str {
        if self.fr() {
            "Demandes entre équipes"
        } else {
            "Requests between the teams"
        }
    }

    /// The heading of the notes of the rooms one team held about the other.
    pub fn room_notes_about(&self) -> &'static str {
        if self.fr() {
            "Notes des ateliers d’une équipe sur l’autre"
        } else {
            "Workshop notes of one team about the other"
        }
    }

    /// "Ops about Dev" / « Ops à propos de Dev »: whose room, about which team.
    pub fn room_about(&self, by: &str, about: &str) -> String {
        if self.fr() {
            format!("{by} à propos de {about}")
        } else {
            format!("{by} about {about}")
        }
    }

    /// "Nantes asks Paris" / « Nantes demande à Paris ».
    pub fn asks(&self, by: &str, to: &str) -> String {
        if self.fr() {
            format!("{by} demande à {to}")
        } else {
            format!("{by} asks {to}")
        }
    }

    pub fn request_word(&self) -> &'static str {
        if self.fr() { "Demande" } else { "Request" }
    }

    pub fn response_word(&self) -> &'static str {
        if self.fr() { "Réponse" } else { "Response" }
    }

    pub fn no_requests(&self) -> &'static str {
        if self.fr() {
            "Aucune demande."
        } else {
            "No requests."
        }
    }

    pub fn request_priority(&self, p: crate::domain::requests::Priority) -> &'static str {
        use crate::domain::requests::Priority;
        match (self.fr(), p) {
            (false, Priority::High) => "high",
            (false, Priority::Medium) => "medium",
            (false, Priority::Low) => "low",
            (true, Priority::High) => "haute",
            (true, Priority::Medium) => "moyenne",
            (true, Priority::Low) => "basse",
        }
    }

    /// The response to a request: "accepted: from the March release" / « acceptée : … ».
    pub fn request_response(&self, r: &crate::domain::requests::Request) -> String {
        use crate::domain::requests::Status;
        let status = match (self.fr(), r.status) {
            (false, Status::Open) => "open, no response yet",
            (false, Status::Accepted) => "accepted",
            (false, Status::Discuss) => "to discuss",
            (false, Status::Refused) => "refused",
            (true, Status::Open) => "ouverte, sans réponse",
            (true, Status::Accepted) => "acceptée",
            (true, Status::Discuss) => "à discuter",
            (true, Status::Refused) => "refusée",
        };
        if r.note.is_empty() {
            status.to_string()
        } else if self.fr() {
            format!("{status}\u{202f}: {}", r.note)
        } else {
            format!("{status}: {}", r.note)
        }
    }

    /// "3 more in the appendix." / « 3 autres en annexe. »
    /// Under the gaps `compare` cut: where the others are.
    pub fn more_gaps_in_json(&self, n: usize) -> String {
        match (self.fr(), n) {
            (true, 1) => "1 autre écart\u{a0}: `compare --format json` les donne tous.".to_string(),
            (true, _) => {
                format!("{n} autres écarts\u{a0}: `compare --format json` les donne tous.")
            }
            (false, 1) => "1 more gap: `compare --format json` lists them all.".to_string(),
            (false, _) => format!("{n} more gaps: `compare --format json` lists them all."),
        }
    }

    pub fn more_in_appendix(&self, n: usize) -> String {
        if self.fr() {
            if n == 1 {
                "1 autre en annexe.".to_string()
            } else {
                format!("{n} autres en annexe.")
            }
        } else {
            format!("{n} more in the appendix.")
        }
    }

    pub fn all_perception_gaps(&self) -> &'static str {
        if self.fr() {
            "Tous les écarts de perception"
        } else {
            "Every perception gap"
        }
    }

    pub fn all_requests(&self) -> &'static str {
        if self.fr() {
            "Toutes les demandes entre équipes"
        } else {
            "Every request between the teams"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_choose_french_or_english() {
        assert_eq!(Lang::from_tag("fr"), Lang::Fr);
        assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_tag("FR"), Lang::Fr);
        assert_eq!(Lang::from_tag("en"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
        assert_eq!(Lang::from_tag("de"), Lang::En);
    }

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(EN.date_of("2026-11-22T09:30:00Z"), "22 November 2026");
        assert_eq!(FR.date_of("2026-11-22T09:30:00Z"), "22 novembre 2026");
        assert_eq!(FR.date_of("2026-03-01"), "1er mars 2026");
        assert_eq!(FR.date_of("hier"), "hier");
    }

    #[test]
    fn efforts_roles_and_answers_in_french() {
        assert_eq!(FR.effort_value(Effort::Low), "faible");
        assert_eq!(FR.effort_value(Effort::High), "élevé");
        assert_eq!(EN.effort_value(Effort::Medium), "medium");
        assert_eq!(FR.role(Role::Ops), "exploitation");
        assert_eq!(FR.role_holder(Role::Dev, 2), "Dév 2");
        assert_eq!(EN.anonymous_respondent(3), "Respondent 3");
        assert_eq!(
            FR.answer(Some(crate::domain::Answer::Unknown)),
            "ne sait pas"
        );
    }

    #[test]
    fn french_numbers_use_a_decimal_comma_and_a_spaced_percent() {
        assert_eq!(FR.score(Some(2.64)), "2,6");
        assert_eq!(FR.signed(Some(-0.45)), "-0,5");
        assert_eq!(FR.pct(1.0), "100\u{202f}%");
        assert_eq!(EN.pct(0.5), "50%");
        assert_eq!(EN.score(Some(2.64)), "2.6");
        assert_eq!(FR.out_of(Some(2.6), 5), "2,6 / 5");
    }

    /// Every string literal of this file, unescaped enough to check spacing.
    fn literals(source: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = source.chars().peekable();
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            // A char literal '"' is not a string.
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
    fn french_typography_one_rule_everywhere_in_this_file() {
        let source = include_str!("labels.rs");
        // The tests below name the forms they look for; only the code above them is checked.
        let code = &source[..source.find("#[cfg(test)]").unwrap()];
        let french = |s: &str| s.chars().any(|c| "éèêàâçùûôîœÉÈÀÇ’«»".contains(c));
        for literal in literals(code) {
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
}
