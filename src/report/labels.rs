//! Every user-visible word of the report's chrome (PDF and Markdown), in English and French.
//! Chosen once per report from the questionnaire's language (or `report --lang`), so that a
//! French workshop hands French management a French report. The content (questions, levels,
//! recommendations) comes from the questionnaire and is not translated here. Numbers keep the
//! decimal point in both languages, as the scores do on every screen of the tool.

use crate::domain::Effort;

/// The language of the report's chrome.
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

/// Fixed strings as fields; strings with numbers or names in them as methods below.
#[derive(Debug)]
pub struct Labels {
    pub lang: Lang,
    pub default_title: &'static str,
    pub assessment: &'static str,
    pub questionnaire: &'static str,
    pub teams: &'static str,
    pub date: &'static str,
    pub author: &'static str,
    pub executive_summary: &'static str,
    pub answers_missing: &'static str,
    pub no_answers_yet: &'static str,
    pub nobody_answered: &'static str,
    pub no_answers_sentence: &'static str,
    pub biggest_differences: &'static str,
    pub top_actions: &'static str,
    pub first_actions: &'static str,
    pub first_actions_caption: &'static str,
    pub team: &'static str,
    pub step: &'static str,
    pub effort: &'static str,
    pub action: &'static str,
    pub strongest: &'static str,
    pub weakest: &'static str,
    pub maturity_profile: &'static str,
    pub radar_title: &'static str,
    pub target: &'static str,
    pub scores_per_dimension: &'static str,
    pub dimension: &'static str,
    pub range: &'static str,
    pub overall: &'static str,
    pub range_caption: &'static str,
    pub two_speed: &'static str,
    pub question: &'static str,
    pub ahead: &'static str,
    pub behind: &'static str,
    pub respondents: &'static str,
    pub strengths: &'static str,
    pub weaknesses: &'static str,
    pub ahead_of_others: &'static str,
    pub behind_others: &'static str,
    pub against_own_average: &'static str,
    pub against_others_mean: &'static str,
    pub gap_to_target: &'static str,
    pub all_targets_met: &'static str,
    pub dimension_below_target: &'static str,
    pub score: &'static str,
    pub gap: &'static str,
    pub short_term_plan: &'static str,
    pub no_short_term_step: &'static str,
    pub roadmap: &'static str,
    pub priority: &'static str,
    pub priority_caption: &'static str,
    pub learn_from_each_other: &'static str,
    pub levels: &'static str,
    pub disagreements: &'static str,
    pub unknown: &'static str,
    pub answers_and_comments: &'static str,
    pub appendix: &'static str,
    pub appendix_intro: &'static str,
    pub median: &'static str,
    pub spread: &'static str,
    // Markdown only.
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
    pub md_summary_no_answers: &'static str,
    pub md_appendix: &'static str,
    pub md_appendix_intro: &'static str,
}

pub static EN: Labels = Labels {
    lang: Lang::En,
    default_title: "DevOps maturity — gap report",
    assessment: "Assessment",
    questionnaire: "Questionnaire",
    teams: "Teams",
    date: "Date",
    author: "Author",
    executive_summary: "Executive summary",
    answers_missing: "Answers missing",
    no_answers_yet: "No answers yet",
    nobody_answered: "None of the teams has answered the questionnaire yet, so there is nothing to compare or recommend. Run the workshop (devops-maturity answer) and produce the report again.",
    no_answers_sentence: "no answers yet",
    biggest_differences: "Biggest differences between the teams",
    top_actions: "Top short-term actions",
    first_actions: "First actions",
    first_actions_caption: "Each team's first low- or medium-effort steps, ranked by gap to target × dimension weight.",
    team: "Team",
    step: "Step",
    effort: "Effort",
    action: "Action",
    strongest: "Strongest",
    weakest: "Weakest",
    maturity_profile: "Maturity profile",
    radar_title: "Further out is more mature; the dashed outline is the target",
    target: "Target",
    scores_per_dimension: "Scores per dimension",
    dimension: "Dimension",
    range: "Range",
    overall: "Overall",
    range_caption: " Range = highest − lowest team.",
    two_speed: "Two-speed questions",
    question: "Question",
    ahead: "Ahead",
    behind: "Behind",
    respondents: "Respondents",
    strengths: "Strengths",
    weaknesses: "Weaknesses",
    ahead_of_others: "Ahead of the other teams",
    behind_others: "Behind the other teams",
    against_own_average: "against the team's average",
    against_others_mean: "against the others' mean",
    gap_to_target: "Gap to target",
    all_targets_met: "Every dimension meets its target.",
    dimension_below_target: "Dimension below target",
    score: "Score",
    gap: "Gap",
    short_term_plan: "Short-term plan",
    no_short_term_step: "No low- or medium-effort step is needed: every question meets its target or needs a larger change (see the roadmap).",
    roadmap: "Roadmap",
    priority: "Priority",
    priority_caption: "Priority = (target − median) × dimension weight.",
    learn_from_each_other: "Learn from each other",
    levels: "Levels",
    disagreements: "Disagreements to follow up",
    unknown: "Unknown",
    answers_and_comments: "Answers and comments",
    appendix: "Appendix — every question",
    appendix_intro: "One row per question and team: the median level, the spread between respondents (highest − lowest), the gap to target, and every answer with its comment as written.",
    median: "Median",
    spread: "Spread",
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
    md_summary_no_answers: "No answers yet: none of the teams has answered the questionnaire, so there is nothing to compare or recommend.",
    md_appendix: "Appendix: every question",
    md_appendix_intro: "Each team's median, spread (highest − lowest level given), gap to target, and every answer with its comment.",
};

pub static FR: Labels = Labels {
    lang: Lang::Fr,
    default_title: "Maturité DevOps — rapport d'écarts",
    assessment: "Évaluation",
    questionnaire: "Questionnaire",
    teams: "Équipes",
    date: "Date",
    author: "Auteur",
    executive_summary: "Synthèse",
    answers_missing: "Réponses manquantes",
    no_answers_yet: "Pas encore de réponses",
    nobody_answered: "Aucune équipe n'a encore répondu au questionnaire : il n'y a rien à comparer ni à recommander. Animez l'atelier (devops-maturity answer) puis produisez à nouveau le rapport.",
    no_answers_sentence: "pas encore de réponses",
    biggest_differences: "Plus grands écarts entre les équipes",
    top_actions: "Actions prioritaires à court terme",
    first_actions: "Premières actions",
    first_actions_caption: "Premières étapes à effort faible ou moyen de chaque équipe, classées par écart à la cible × poids de l'axe.",
    team: "Équipe",
    step: "Étape",
    effort: "Effort",
    action: "Action",
    strongest: "Points forts",
    weakest: "Axes de progrès",
    maturity_profile: "Profil de maturité",
    radar_title: "Plus loin du centre = plus mature ; le tracé pointillé est la cible",
    target: "Cible",
    scores_per_dimension: "Scores par axe",
    dimension: "Axe",
    range: "Amplitude",
    overall: "Global",
    range_caption: " Amplitude = équipe la plus haute − la plus basse.",
    two_speed: "Questions à deux vitesses",
    question: "Question",
    ahead: "En avance",
    behind: "En retard",
    respondents: "Répondants",
    strengths: "Points forts",
    weaknesses: "Axes de progrès",
    ahead_of_others: "En avance sur les autres équipes",
    behind_others: "En retard sur les autres équipes",
    against_own_average: "par rapport à la moyenne de l'équipe",
    against_others_mean: "par rapport à la moyenne des autres",
    gap_to_target: "Écart à la cible",
    all_targets_met: "Chaque axe atteint sa cible.",
    dimension_below_target: "Axe sous la cible",
    score: "Score",
    gap: "Écart",
    short_term_plan: "Plan d'actions à court terme",
    no_short_term_step: "Aucune étape à effort faible ou moyen n'est nécessaire : chaque question atteint sa cible ou demande un changement plus important (voir la feuille de route).",
    roadmap: "Feuille de route",
    priority: "Priorité",
    priority_caption: "Priorité = (cible − médiane) × poids de l'axe.",
    learn_from_each_other: "Apprendre des autres équipes",
    levels: "Niveaux",
    disagreements: "Désaccords à discuter",
    unknown: "Ne sait pas",
    answers_and_comments: "Réponses et commentaires",
    appendix: "Annexe — toutes les questions",
    appendix_intro: "Une ligne par question et par équipe : le niveau médian, la dispersion entre répondants (plus haut − plus bas), l'écart à la cible, et chaque réponse avec son commentaire tel qu'écrit.",
    median: "Médiane",
    spread: "Dispersion",
    md_scores_note: "Les scores sont les médianes des niveaux des répondants ; écart = cible − score ; + signifie en avance.",
    md_answered: "Répondu",
    md_no_answers_compare: "Pas encore de réponses : rien à comparer.",
    md_strengths: "Points forts (par rapport à sa moyenne)",
    md_weaknesses: "Axes de progrès (par rapport à sa moyenne)",
    md_ahead: "En avance sur les autres",
    md_behind: "En retard sur les autres",
    md_below_target: "Sous la cible",
    md_to_discuss: "À discuter",
    md_answers: "Réponses",
    md_recommendation: "Recommandation",
    md_team_no_answers: "Pas encore de réponses.",
    md_summary_no_answers: "Pas encore de réponses : aucune équipe n'a répondu au questionnaire, il n'y a donc rien à comparer ni à recommander.",
    md_appendix: "Annexe : toutes les questions",
    md_appendix_intro: "Pour chaque équipe : la médiane, la dispersion (plus haut − plus bas niveau donné), l'écart à la cible, et chaque réponse avec son commentaire.",
};

impl Labels {
    fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }

    /// "Assessment: bank-demo" under the title.
    pub fn subtitle(&self, assessment: &str) -> String {
        if self.fr() {
            format!("Évaluation : {assessment}")
        } else {
            format!("Assessment: {assessment}")
        }
    }

    pub fn cover_note(&self, top: usize) -> String {
        if self.fr() {
            format!(
                "Les scores sont les médianes des réponses des répondants sur une échelle de 1 à {top} ; chaque chiffre de ce rapport se retrouve dans les réponses listées en annexe."
            )
        } else {
            format!(
                "Scores are medians of the respondents' answers on a 1–{top} scale; every number in this report can be traced to the answers listed in the appendix."
            )
        }
    }

    /// "low" / "faible".
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

    /// "2 teams" / "2 équipes".
    pub fn teams_count(&self, n: usize) -> String {
        let word = if self.fr() { "équipe" } else { "team" };
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    }

    /// The rest of the summary's first sentence, after the bold team count.
    pub fn compares_rest(&self, dimensions: usize, questions: usize, scale: &str) -> String {
        if self.fr() {
            format!(
                " sur {dimensions} axes et {questions} questions de maturité DevOps. Niveaux : {scale}."
            )
        } else {
            format!(
                " on {dimensions} dimensions and {questions} questions of DevOps maturity. Levels: {scale}."
            )
        }
    }

    pub fn this_report_compares(&self) -> &'static str {
        if self.fr() {
            "Ce rapport compare "
        } else {
            "This report compares "
        }
    }

    /// Key-figure detail: "Managed · target 3.5 · 3 answers, 5% answered".
    pub fn card_detail(&self, label: &str, target: &str, answered: &str) -> String {
        if self.fr() {
            format!("{label} · cible {target} · {answered}")
        } else {
            format!("{label} · target {target} · {answered}")
        }
    }

    /// "3 answers, 5% answered".
    pub fn answered(&self, count: usize, pct: &str) -> String {
        if self.fr() {
            let noun = if count <= 1 { "réponse" } else { "réponses" };
            format!("{count} {noun}, {pct} des questions")
        } else {
            let noun = if count == 1 { "answer" } else { "answers" };
            format!("{count} {noun}, {pct} answered")
        }
    }

    pub fn low_coverage(&self, pct: &str) -> String {
        if self.fr() {
            format!(
                "Couverture faible : seulement {pct} des questions ont une réponse, à lire avec prudence"
            )
        } else {
            format!("Low coverage: only {pct} of the questions answered, read with care")
        }
    }

    /// After the bold team name in the summary bullets.
    pub fn team_line(&self, respondents: usize, pct: &str) -> String {
        if self.fr() {
            format!(" : {respondents} répondant(s), {pct} des questions ont une réponse.")
        } else {
            format!(": {respondents} respondent(s), {pct} of the questions answered.")
        }
    }

    /// " Strongest: A, B." appended to a sentence.
    pub fn listed(&self, title: &str, items: &str) -> String {
        if self.fr() {
            format!(" {title} : {items}.")
        } else {
            format!(" {title}: {items}.")
        }
    }

    /// "Title: " before a value, with French spacing.
    pub fn colon(&self, title: &str) -> String {
        if self.fr() {
            format!("{title} : ")
        } else {
            format!("{title}: ")
        }
    }

    pub fn levels_apart(&self, distance: &str) -> String {
        if self.fr() {
            format!("{distance} niveaux d'écart")
        } else {
            format!("{distance} levels apart")
        }
    }

    pub fn scores_caption(&self, top: usize) -> String {
        if self.fr() {
            format!(
                "Médianes sur une échelle de 1 à {top}, pondérées par question et par axe ; en vert lorsque la cible est atteinte."
            )
        } else {
            format!(
                "Medians on a 1–{top} scale, weighted by question and dimension; green where the target is reached."
            )
        }
    }

    pub fn two_speed_intro(&self, levels: impl std::fmt::Display) -> String {
        if self.fr() {
            format!(
                "Questions où les médianes des équipes sont séparées de {levels} niveaux ou plus."
            )
        } else {
            format!("Questions where team medians lie {levels} or more levels apart.")
        }
    }

    pub fn nobody_in_team(&self, team: &str) -> String {
        if self.fr() {
            format!(
                "Personne dans l'équipe {team} n'a encore répondu : ni scores, ni écarts, ni recommandations."
            )
        } else {
            format!("Nobody in {team} has answered yet: no scores, gaps or recommendations.")
        }
    }

    pub fn no_pairing(&self, levels: impl std::fmt::Display) -> String {
        if self.fr() {
            format!(
                "Aucune équipe n'a {levels} niveaux d'avance ou plus sur une autre, sur aucune question."
            )
        } else {
            format!("No team is {levels} or more levels ahead of another on any question.")
        }
    }

    pub fn pairing_intro(&self, levels: impl std::fmt::Display) -> String {
        if self.fr() {
            format!(
                "Lorsqu'une équipe a {levels} niveaux d'avance ou plus sur une question, l'autre peut travailler en binôme avec elle ou reprendre sa pratique."
            )
        } else {
            format!(
                "Where one team is {levels} or more levels ahead on a question, the other could pair with it or borrow its practice."
            )
        }
    }

    pub fn can_learn_from(&self, learner: &str, leader: &str) -> String {
        if self.fr() {
            format!("{learner} peut s'inspirer de l'équipe {leader}")
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

    pub fn disagreements_intro(&self, spread: impl std::fmt::Display) -> String {
        if self.fr() {
            format!(
                "Questions où les répondants d'une même équipe sont séparés de {spread} niveaux ou plus, ou auxquelles beaucoup ont répondu « ne sait pas »."
            )
        } else {
            format!(
                "Questions where respondents of the same team are {spread} or more levels apart, or where many answered \"unknown\"."
            )
        }
    }

    /// "2 of 5".
    pub fn of(&self, part: usize, whole: usize) -> String {
        if self.fr() {
            format!("{part} sur {whole}")
        } else {
            format!("{part} of {whole}")
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

    /// Why some answers are missing (`report --skip-unreadable`).
    pub fn skipped_note(&self, files: &[String]) -> String {
        if self.fr() {
            let count = match files.len() {
                1 => "1 fichier de réponses n'a pas pu être lu et est".to_string(),
                n => format!("{n} fichiers de réponses n'ont pas pu être lus et sont"),
            };
            return format!(
                "{count} exclu(s) de ce rapport ; ses scores ne tiennent donc pas compte de ces réponses : {}.",
                files.join("; ")
            );
        }
        let count = match files.len() {
            1 => "1 response file could not be read and is".to_string(),
            n => format!("{n} response files could not be read and are"),
        };
        format!(
            "{count} left out of this report, so its scores miss those answers: {}.",
            files.join("; ")
        )
    }

    /// Markdown summary line: "level 2.5 / 5 (Managed), target 3, 2 respondent(s), 40% answered."
    pub fn md_team_summary(
        &self,
        level: &str,
        top: usize,
        label: &str,
        target: &str,
        respondents: usize,
        pct: &str,
    ) -> String {
        if self.fr() {
            format!(
                "niveau {level} / {top} ({label}), cible {target}, {respondents} répondant(s), {pct} des questions ont une réponse."
            )
        } else {
            format!(
                "level {level} / {top} ({label}), target {target}, {respondents} respondent(s), {pct} answered."
            )
        }
    }

    /// Markdown comparison header line: "Questionnaire: T (id v). Levels: …."
    pub fn md_questionnaire_line(&self, title: &str, id_version: &str, scale: &str) -> String {
        if self.fr() {
            format!("Questionnaire : {title} ({id_version}). Niveaux : {scale}.")
        } else {
            format!("Questionnaire: {title} ({id_version}). Levels: {scale}.")
        }
    }

    pub fn md_two_speed_intro(&self, levels: impl std::fmt::Display) -> String {
        if self.fr() {
            format!("Médianes des équipes séparées de {levels} niveaux ou plus.")
        } else {
            format!("Team medians {levels} or more levels apart.")
        }
    }

    /// "22 November 2026" / "22 novembre 2026" from RFC 3339; anything else as given.
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
    fn efforts_in_french() {
        assert_eq!(FR.effort_value(Effort::Low), "faible");
        assert_eq!(FR.effort_value(Effort::High), "élevé");
        assert_eq!(EN.effort_value(Effort::Medium), "medium");
    }
}
