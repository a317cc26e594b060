//! The words of the portfolio layout (`report::portfolio`, more than eight teams), in English
//! and French, under the same typographic rules as `labels` (a test below checks them).

use super::Lang;

/// Fixed strings as fields; strings with numbers or names as methods.
#[derive(Debug)]
pub struct PortfolioWords {
    pub lang: Lang,
    pub portfolio: &'static str,
    pub ranking: &'static str,
    pub median_of_teams: &'static str,
    pub middle_half: &'static str,
    pub at_target: &'static str,
    pub lowest: &'static str,
    pub highest: &'static str,
    pub furthest: &'static str,
    pub weakest_dimensions: &'static str,
    pub disagreements: &'static str,
    pub in_disagreement: &'static str,
    pub widest: &'static str,
    pub clusters: &'static str,
    pub shared_weakest: &'static str,
    pub roadmap: &'static str,
    pub teams_needing: &'static str,
    pub in_first_horizon: &'static str,
    pub most_common_step: &'static str,
    pub all_teams: &'static str,
    pub lowest_coverage: &'static str,
    pub median_coverage: &'static str,
    pub under_half: &'static str,
    pub teams_by_cluster: &'static str,
    pub teams_by_cluster_note: &'static str,
    pub median_change: &'static str,
    pub teams_up: &'static str,
    pub teams_same: &'static str,
    pub teams_down: &'static str,
    pub largest_gains: &'static str,
    pub largest_drops: &'static str,
    pub action_plan: &'static str,
    pub late_actions: &'static str,
    pub seen_by: &'static str,
    pub seen: &'static str,
    pub own: &'static str,
}

pub static EN: PortfolioWords = PortfolioWords {
    lang: Lang::En,
    portfolio: "Portfolio",
    ranking: "Ranking per dimension",
    median_of_teams: "Median of teams",
    middle_half: "Middle half",
    at_target: "At target",
    lowest: "Lowest",
    highest: "Highest",
    furthest: "Teams furthest from target",
    weakest_dimensions: "Weakest dimensions",
    disagreements: "Widest disagreements within teams",
    in_disagreement: "Questions in disagreement",
    widest: "Widest",
    clusters: "Teams with similar profiles",
    shared_weakest: "Shared weakest dimensions",
    roadmap: "Portfolio roadmap: the steps most teams need",
    teams_needing: "Teams",
    in_first_horizon: "In 0–3 months",
    most_common_step: "Most common step",
    all_teams: "All teams",
    lowest_coverage: "Lowest",
    median_coverage: "Median",
    under_half: "Teams under 50%",
    teams_by_cluster: "Teams by DORA cluster",
    teams_by_cluster_note: "Each team in the cluster nearest over its four keys, lowest-performing cluster first and, within it, lowest overall score first.",
    median_change: "Median change",
    teams_up: "Teams up",
    teams_same: "Unchanged",
    teams_down: "Teams down",
    largest_gains: "Largest gains",
    largest_drops: "Largest drops",
    action_plan: "Action plan",
    late_actions: "Late actions",
    seen_by: "Seen by",
    seen: "Seen",
    own: "Self",
};

pub static FR: PortfolioWords = PortfolioWords {
    lang: Lang::Fr,
    portfolio: "Portefeuille",
    ranking: "Classement par axe",
    median_of_teams: "Médiane des équipes",
    middle_half: "Moitié centrale",
    at_target: "À la cible",
    lowest: "Les plus bas",
    highest: "Les plus hauts",
    furthest: "Équipes les plus loin de la cible",
    weakest_dimensions: "Axes les plus faibles",
    disagreements: "Désaccords les plus larges au sein des équipes",
    in_disagreement: "Questions en désaccord",
    widest: "Le plus large",
    clusters: "Équipes aux profils semblables",
    shared_weakest: "Axes les plus faibles en commun",
    roadmap: "Feuille de route du portefeuille\u{202f}: les étapes dont la plupart des équipes ont besoin",
    teams_needing: "Équipes",
    in_first_horizon: "À 0–3 mois",
    most_common_step: "Étape la plus fréquente",
    all_teams: "Toutes les équipes",
    lowest_coverage: "La plus basse",
    median_coverage: "Médiane",
    under_half: "Équipes sous 50\u{202f}%",
    teams_by_cluster: "Équipes par groupe DORA",
    teams_by_cluster_note: "Chaque équipe dans le groupe le plus proche sur ses quatre indicateurs, le groupe le moins performant d’abord et, dans chacun, le score global le plus bas d’abord.",
    median_change: "Évolution médiane",
    teams_up: "En hausse",
    teams_same: "Stables",
    teams_down: "En baisse",
    largest_gains: "Plus fortes hausses",
    largest_drops: "Plus fortes baisses",
    action_plan: "Plan d’action",
    late_actions: "Actions en retard",
    seen_by: "Vue par",
    seen: "Vu",
    own: "Soi",
};

pub fn words(lang: Lang) -> &'static PortfolioWords {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

impl PortfolioWords {
    fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }

    /// Under the portfolio heatmap: the order, the first row and the dimension numbers.
    pub fn heatmap_note(&self, legend: &str) -> String {
        if self.fr() {
            format!(
                "Équipes classées par score global, la plus avancée en tête\u{202f}; la première ligne donne la cible de chaque axe. Axes\u{202f}: {legend}."
            )
        } else {
            format!(
                "Teams sorted by overall score, highest first; the first row gives each dimension's target. Dimensions: {legend}."
            )
        }
    }

    /// Under the ranking table.
    pub fn ranking_note(&self, teams: usize) -> String {
        if self.fr() {
            format!(
                "Pour chaque axe, la médiane des scores des {teams} équipes, la moitié centrale des équipes (du premier au troisième quartile), le nombre d’équipes qui atteignent la cible, et les trois équipes les plus basses et les plus hautes."
            )
        } else {
            format!(
                "For each dimension: the median of the {teams} teams' scores, where the middle half of the teams lies (first to third quartile), how many teams meet the target, and the three lowest and highest teams."
            )
        }
    }

    /// Under the furthest-from-target table.
    pub fn furthest_note(&self, shown: usize) -> String {
        if self.fr() {
            format!(
                "Les {shown} équipes dont l’écart entre la cible et le score global est le plus grand, et leurs deux axes les plus loin de la cible."
            )
        } else {
            format!(
                "The {shown} teams with the largest gap between target and overall score, with their two dimensions furthest from target."
            )
        }
    }

    /// The rule of the disagreement table.
    pub fn disagreements_note(&self, spread: u8) -> String {
        if self.fr() {
            format!(
                "Une question est en désaccord quand les niveaux donnés dans l’équipe sont à {spread} niveaux ou plus l’un de l’autre, ou qu’au moins un tiers des réponses sont «\u{202f}je ne sais pas\u{202f}». Les équipes qui en comptent le plus, avec la plus large."
            )
        } else {
            format!(
                "A question is in disagreement when the levels a team gave are {spread} or more apart, or at least a third of its answers are \u{201c}don't know\u{201d}. The teams with the most, each with its widest."
            )
        }
    }

    /// "Questions most teams disagree on: A (12 teams), B (9 teams)."
    pub fn disputed(&self, items: &[String]) -> String {
        if self.fr() {
            format!(
                "Questions sur lesquelles le plus d’équipes sont en désaccord\u{202f}: {}.",
                items.join("\u{202f}; ")
            )
        } else {
            format!("Questions most teams disagree on: {}.", items.join("; "))
        }
    }

    /// "12 teams".
    pub fn teams_count(&self, n: usize) -> String {
        match (self.fr(), n) {
            (true, 1) => "1 équipe".to_string(),
            (true, n) => format!("{n} équipes"),
            (false, 1) => "1 team".to_string(),
            (false, n) => format!("{n} teams"),
        }
    }

    /// "levels 1–4".
    pub fn levels_range(&self, lowest: u8, highest: u8) -> String {
        if self.fr() {
            format!("niveaux {lowest} à {highest}")
        } else {
            format!("levels {lowest}–{highest}")
        }
    }

    /// The rule of the clusters.
    pub fn clusters_note(&self, shown: usize, all: usize, alone: usize) -> String {
        let more = all.saturating_sub(shown);
        if self.fr() {
            let mut out = "Les équipes sont regroupées par leurs deux axes les plus faibles (les deux plus grands écarts à la cible\u{202f}; à égalité, l’ordre du questionnaire). Les groupes d’au moins deux équipes, les plus grands d’abord.".to_string();
            if more > 0 {
                out.push_str(&format!(" {more} autres groupes ne sont pas montrés."));
            }
            if alone > 0 {
                out.push_str(&format!(
                    " {alone} équipe{s} n’ont la même paire qu’aucune autre.",
                    s = if alone > 1 { "s" } else { "" }
                ));
            }
            out
        } else {
            let mut out = "Teams are grouped by their two weakest dimensions (the two largest gaps to target; ties in questionnaire order). Groups of two teams or more, largest first.".to_string();
            if more > 0 {
                out.push_str(&format!(" {more} more groups are not shown."));
            }
            if alone > 0 {
                out.push_str(&format!(
                    " {alone} team{s} share their pair with no other team.",
                    s = if alone > 1 { "s" } else { "" }
                ));
            }
            out
        }
    }

    /// The rule of the portfolio roadmap.
    pub fn roadmap_note(&self, teams: usize) -> String {
        if self.fr() {
            format!(
                "Les questions sur lesquelles le plus grand nombre des {teams} équipes ont une étape à franchir (médiane sous la cible), avec l’étape que la plupart d’entre elles franchiront ensuite, et combien l’ont dans leur horizon 0–3 mois."
            )
        } else {
            format!(
                "The questions on which most of the {teams} teams have a step to take (median below target), with the step most of them take next, and how many have it in their 0–3 month horizon."
            )
        }
    }

    /// Where the team pages are, or how to get them.
    pub fn team_pages_note(&self, teams: &[String]) -> String {
        match (self.fr(), teams.is_empty()) {
            (true, true) => "Pas de page par équipe dans ce rapport\u{202f}: nommez des équipes avec --team-pages pour leur chapitre (forces, faiblesses, feuille de route).".to_string(),
            (true, false) => format!(
                "Pages par équipe (--team-pages) à la suite\u{202f}: {}.",
                teams.join(", ")
            ),
            (false, true) => "No team pages in this report: name teams with --team-pages for their own chapter (strengths, weaknesses, roadmap).".to_string(),
            (false, false) => format!(
                "Team pages (--team-pages) follow: {}.",
                teams.join(", ")
            ),
        }
    }

    /// Under the rhythm counts of the portfolio.
    pub fn rhythm_note(&self, teams: usize) -> String {
        if self.fr() {
            format!(
                "Chaque ligne compte les {teams} équipes selon le groupe dont leur valeur de l’indicateur est la plus proche\u{202f}; la dernière, selon le groupe de l’équipe sur l’ensemble de ses indicateurs."
            )
        } else {
            format!(
                "Each row counts the {teams} teams by the cluster their reading of the key is nearest to; the last row by each team's cluster over all its keys."
            )
        }
    }

    /// Under the heading of the portfolio's progress page.
    pub fn progress_intro(&self, rounds: usize) -> String {
        if self.fr() {
            format!(
                "L’évolution des scores depuis le tour précédent ({rounds} tours)\u{202f}: combien d’équipes progressent, restent au même score ou reculent, au global et par axe."
            )
        } else {
            format!(
                "How the scores moved since the previous round ({rounds} rounds): how many teams went up, stayed or went down, overall and per dimension."
            )
        }
    }

    /// Under the progress table.
    pub fn progress_note(&self, teams: usize) -> String {
        if self.fr() {
            format!(
                "Sur les {teams} équipes qui ont un score aux deux tours\u{202f}; l’évolution médiane est celle des équipes qui en ont une."
            )
        } else {
            format!(
                "Of the {teams} teams, those with a score in both rounds; the median change is theirs."
            )
        }
    }

    /// Under the late actions: how many are shown of how many.
    pub fn late_note(&self, shown: usize, all: usize) -> String {
        let more = all - shown;
        match (self.fr(), more) {
            (true, 0) => {
                "Les actions ouvertes dont l’échéance est passée, dans l’ordre du plan.".to_string()
            }
            (true, _) => format!(
                "Les {shown} premières des {all} actions ouvertes dont l’échéance est passée\u{202f}; toutes avec «\u{202f}plan list\u{202f}»."
            ),
            (false, 0) => "The open actions past their due date, in plan order.".to_string(),
            (false, _) => format!(
                "The first {shown} of the {all} open actions past their due date; all of them with \u{201c}plan list\u{201d}."
            ),
        }
    }

    /// What the teams said about each other, in numbers.
    pub fn perception_summary(
        &self,
        pairs_viewed: usize,
        pairs_asking: usize,
        requests: usize,
        appendix: bool,
    ) -> String {
        let mut out = if self.fr() {
            format!(
                "{pairs_viewed} paire{s} d’équipes ont répondu l’une sur l’autre\u{202f}; {pairs_asking} paire{t} se sont adressé {requests} demande{u}.",
                s = if pairs_viewed > 1 { "s" } else { "" },
                t = if pairs_asking > 1 { "s" } else { "" },
                u = if requests > 1 { "s" } else { "" },
            )
        } else {
            format!(
                "{pairs_viewed} pair{s} of teams answered about each other; {pairs_asking} pair{t} made {requests} request{u} to each other.",
                s = if pairs_viewed == 1 { "" } else { "s" },
                t = if pairs_asking == 1 { "" } else { "s" },
                u = if requests == 1 { "" } else { "s" },
            )
        };
        if appendix {
            out.push_str(if self.fr() {
                " L’annexe donne les écarts et les demandes de chaque paire."
            } else {
                " The appendix lists every pair's gaps and requests."
            });
        }
        out
    }

    /// Under the widest perception gaps.
    pub fn perception_gaps_note(&self, shown: usize, all: usize) -> String {
        if self.fr() {
            format!(
                "Les {shown} plus grands des {all} écarts de perception, toutes paires confondues\u{202f}: «\u{202f}vu\u{202f}» est la médiane de l’équipe qui observe, «\u{202f}soi\u{202f}» celle de l’équipe sur elle-même."
            )
        } else {
            format!(
                "The {shown} widest of the {all} perception gaps, all pairs together: \u{201c}seen\u{201d} is the observing team's median, \u{201c}self\u{201d} the team's own."
            )
        }
    }

    /// "3 → 4 (40 teams)".
    pub fn step_with_teams(&self, step: &str, teams: usize) -> String {
        format!("{step} ({})", self.teams_count(teams))
    }

    // ---- Key messages (more than eight teams) ------------------------------------------

    /// "And" in a list.
    fn and(&self) -> &'static str {
        if self.fr() { "et" } else { "and" }
    }

    /// Where the median team stands overall, the middle half of the teams, and how many are
    /// far from target or meet it.
    pub fn msg_position(
        &self,
        teams: usize,
        median: &str,
        target: &str,
        middle: (&str, &str),
        far: usize,
        met: usize,
    ) -> String {
        let (q1, q3) = middle;
        if self.fr() {
            let far = match far {
                0 => "aucune équipe n’est à plus d’un niveau sous la cible".to_string(),
                1 => "1 équipe est à plus d’un niveau sous la cible".to_string(),
                n => format!("{n} équipes sont à plus d’un niveau sous la cible"),
            };
            let met = match met {
                0 => "aucune ne l’atteint".to_string(),
                1 => "une seule l’atteint".to_string(),
                n => format!("{n} l’atteignent"),
            };
            let middle = if q1 == q3 {
                format!("obtient {q1}")
            } else {
                format!("se situe entre {q1} et {q3}")
            };
            format!(
                "Au global, l’équipe médiane obtient {median} pour une cible de {target}, et la moitié centrale des {teams} équipes {middle}\u{202f}; {far} et {met}."
            )
        } else {
            let far = match far {
                0 => "no team is more than a level below target".to_string(),
                1 => "1 team is more than a level below target".to_string(),
                n => format!("{n} teams are more than a level below target"),
            };
            let met = match met {
                0 => "none meets it".to_string(),
                1 => "1 meets it".to_string(),
                n => format!("{n} meet it"),
            };
            let middle = if q1 == q3 {
                format!("scores {q1}")
            } else {
                format!("lies between {q1} and {q3}")
            };
            format!(
                "Overall, the median team scores {median} against a target of {target}, and the middle half of the {teams} teams {middle}; {far} and {met}."
            )
        }
    }

    /// "1.3 to 3.7": where the middle half of the teams lies; "at 3.0" when it is one score.
    pub fn between(&self, q1: &str, q3: &str) -> String {
        match (self.fr(), q1 == q3) {
            (true, true) => format!("à {q1}"),
            (true, false) => format!("{q1} à {q3}"),
            (false, true) => format!("at {q1}"),
            (false, false) => format!("{q1} to {q3}"),
        }
    }

    /// "1.3–3.7" in the ranking table's middle-half column.
    pub fn between_cell(&self, q1: &str, q3: &str) -> String {
        format!("{q1}–{q3}")
    }

    /// "Measuring delivery (1.3 to 3.7)".
    pub fn dimension_with(&self, dimension: &str, detail: &str) -> String {
        format!("{dimension} ({detail})")
    }

    /// "all 13 dimensions" / "5 of 13 dimensions" (French: « les 13 axes », « 5 axes sur 13 »).
    fn dimensions_of(&self, count: usize, dimensions: usize) -> String {
        match (self.fr(), count == dimensions, count) {
            (true, true, _) => format!("les {dimensions} axes"),
            (true, false, 1) => format!("1 axe sur {dimensions}"),
            (true, false, n) => format!("{n} axes sur {dimensions}"),
            (false, true, _) => format!("all {dimensions} dimensions"),
            (false, false, n) => format!("{n} of {dimensions} dimensions"),
        }
    }

    /// Dimensions where the middle half of the teams spans a level or more, the two widest
    /// (`widest`: "Measuring delivery (1.3 to 3.7)") and, when not among them, the narrowest.
    pub fn msg_spread(
        &self,
        count: usize,
        dimensions: usize,
        widest: &[String],
        narrowest: Option<&str>,
    ) -> String {
        let on = self.dimensions_of(count, dimensions);
        let list = super::and_list(widest, self.and());
        if self.fr() {
            let mut out = format!(
                "Dispersion des équipes\u{202f}: la moitié centrale des équipes s’étend sur un niveau ou plus sur {on}, surtout {list}"
            );
            if let Some(n) = narrowest {
                out += &format!("\u{202f}; le moins dispersé est {n}");
            }
            out + "."
        } else {
            let mut out = format!(
                "Spread across the teams: the middle half of the teams spans a level or more on {on}, most of all {list}"
            );
            if let Some(n) = narrowest {
                out += &format!("; the narrowest is {n}");
            }
            out + "."
        }
    }

    /// No dimension has its middle half of the teams a level apart; `widest` as in
    /// `msg_spread`.
    pub fn msg_close_together(&self, widest: &str) -> String {
        if self.fr() {
            format!(
                "Équipes proches\u{202f}: sur chaque axe, la moitié centrale des équipes tient dans moins d’un niveau\u{202f}; le plus dispersé est {widest}."
            )
        } else {
            format!(
                "Close together: on every dimension the middle half of the teams lies within less than a level; the widest is {widest}."
            )
        }
    }

    /// Dimensions where one team in four or fewer meets the target; `lowest`: the lowest
    /// medians first, (dimension, median).
    pub fn msg_common_weaknesses(
        &self,
        count: usize,
        dimensions: usize,
        lowest: &[(String, String)],
    ) -> String {
        let on = self.dimensions_of(count, dimensions);
        let fr = self.fr();
        match lowest {
            [] if fr => "Aucun axe n’est faible presque partout\u{202f}: sur chacun, plus d’une équipe sur quatre atteint la cible.".to_string(),
            [] => "No dimension is weak almost everywhere: on each, more than one team in four meets the target.".to_string(),
            [(d, median)] if count == 1 => {
                if fr {
                    format!("Faible presque partout, une équipe sur quatre ou moins à la cible, sur {on}\u{202f}: {d} (médiane {median}).")
                } else {
                    format!("Weak almost everywhere, one team in four or fewer at target, on {on}: {d} (median {median}).")
                }
            }
            _ => {
                let items: Vec<String> = lowest
                    .iter()
                    .map(|(d, m)| self.dimension_with(d, m))
                    .collect();
                let list = super::and_list(&items, self.and());
                if fr {
                    format!("Faibles presque partout, une équipe sur quatre ou moins à la cible, sur {on}\u{202f}; médianes les plus basses\u{202f}: {list}.")
                } else {
                    format!("Weak almost everywhere, one team in four or fewer at target, on {on}; lowest medians: {list}.")
                }
            }
        }
    }

    /// Uneven dimensions where more than one team in ten meets the target, most teams at
    /// target first (`listed`: "Culture and collaboration (36 of 200)"); then how many of the
    /// `common` common weaknesses are not among them (`alone`), named when one or two
    /// (`named`).
    pub fn msg_learn_from(
        &self,
        count: usize,
        dimensions: usize,
        listed: &[String],
        (alone, common): (usize, usize),
        named: &[String],
    ) -> String {
        let fr = self.fr();
        if count == 0 {
            return if fr {
                "Pas d’équipe dont s’inspirer\u{202f}: aucun axe n’est inégal avec plus d’une équipe sur dix à la cible\u{202f}; les faiblesses communes sont un chantier pour tout le portefeuille.".to_string()
            } else {
                "No teams to learn from: no dimension is uneven with more than one team in ten at target; the common weaknesses are a matter for the whole portfolio.".to_string()
            };
        }
        let on = self.dimensions_of(count, dimensions);
        let list = super::and_list(listed, self.and());
        let one = count == 1 && dimensions > 1;
        // Names while they are few; beyond two, how many of the common weaknesses.
        let names = match (fr, alone <= 2 && named.len() == alone, alone == common) {
            (_, true, _) => super::and_list(named, self.and()),
            (true, false, true) => format!("les {common} faiblesses communes"),
            (true, false, false) => format!("{alone} des {common} faiblesses communes"),
            (false, false, true) => format!("any of the {common} common weaknesses"),
            (false, false, false) => format!("{alone} of the {common} common weaknesses"),
        };
        if fr {
            let mut out = format!(
                "Équipes dont s’inspirer\u{202f}: {on} {} avec plus d’une équipe sur dix à la cible, le plus d’équipes à la cible sur {list}",
                if one { "est inégal" } else { "sont inégaux" }
            );
            if alone > 0 {
                out +=
                    &format!("\u{202f}; aucune sur {names}, un chantier pour tout le portefeuille");
            }
            out + "."
        } else {
            let mut out = format!(
                "Teams to learn from: {on} {} with more than one team in ten at target, the most at target on {list}",
                if one { "is uneven" } else { "are uneven" }
            );
            if alone > 0 {
                out += &format!("; none on {names}, a matter for the whole portfolio");
            }
            out + "."
        }
    }

    /// The rules behind a portfolio's key messages, for the method.
    pub fn message_rules(&self, teams_above: usize) -> Vec<String> {
        if self.fr() {
            vec![
                format!("Avec plus de {teams_above} équipes, les messages clés reposent sur toute la répartition des équipes, pas sur ses extrêmes (parmi de nombreuses équipes, deux sont toujours loin l’une de l’autre)\u{202f}: médiane et quartiles des scores des équipes, interpolés entre les rangs (comme QUARTILE.INC d’un tableur)\u{202f}; la moitié centrale des équipes se situe entre le premier et le troisième quartile."),
                "Un axe est inégal quand ses quartiles, tels qu’affichés, sont à un niveau ou plus l’un de l’autre\u{202f}; c’est une faiblesse commune (faible presque partout) quand une équipe sur quatre ou moins atteint sa cible\u{202f}; un axe inégal où plus d’une équipe sur dix l’atteint a des équipes dont s’inspirer. Une équipe est loin de la cible quand son score global est à plus d’un niveau en dessous.".to_string(),
            ]
        } else {
            vec![
                format!("With more than {teams_above} teams, the key messages rest on the whole spread of the teams, not on its extremes (among many teams some pair is always far apart): the median and quartiles of the team scores, interpolated between ranks (as a spreadsheet's QUARTILE.INC); the middle half of the teams lies between the first and third quartiles."),
                "A dimension is uneven when its quartiles, as printed, are a level or more apart; it is a common weakness (weak almost everywhere) when one team in four or fewer meets its target; an uneven dimension where more than one team in ten meets it has teams to learn from. A team is far from target when its overall score is more than a level below it.".to_string(),
            ]
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn french_typography_in_this_file() {
        let source = include_str!("portfolio.rs");
        let code = &source[..source.find("#[cfg(test)]").unwrap()];
        for line in code.lines() {
            for bad in [" :", " ;", " ?", " !", " %", "« ", " »"] {
                let in_string = line.split('"').skip(1).step_by(2).any(|s| s.contains(bad));
                assert!(!in_string, "{bad:?} with an ordinary space in {line:?}");
            }
            if line.contains('é') || line.contains('’') {
                assert!(
                    !line.split('"').skip(1).step_by(2).any(|s| s.contains('\'')),
                    "ASCII apostrophe in {line:?}"
                );
            }
        }
    }
}
