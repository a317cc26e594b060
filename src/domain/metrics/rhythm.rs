//! Comparing delivery rhythms: per team its reading of each key (a recorded figure, else a
//! provisional band from questionnaire answers), the band and nearest cluster of each key, and
//! the team's cluster; across teams, for each key, how far the fastest team is ahead of the
//! slowest (a ratio of the figures: "deploys 20× as often") and which key splits them most.
//!
//! The [`Delivery`] model is what `compare --format json` prints as `delivery`, and what the
//! text, Markdown, dashboard and report views render (documented in `docs/compare-json.md`).

use super::clusters::{self, ClusterDistance, PROFILES, PROFILES_SOURCE, Position};
use super::derive::derive;
use super::{Cluster, Key, Kind, Period, Source, TeamFigures, Value};
use crate::domain::names::same_name;
use crate::domain::questionnaire::Questionnaire;
use serde::Serialize;

/// Where a reading comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// A figure recorded for the team (`metrics set`).
    Figure,
    /// A provisional band read from the team's answers to a question tagged `measures`.
    Questionnaire,
}

/// A team's reading of one key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyReading {
    pub key: Key,
    /// The figure as recorded (`3/week`, `band:1d-1w`, `12%`), or the band a questionnaire
    /// level gives (`band:1mo-6mo`).
    pub value: String,
    pub origin: Origin,
    /// For a recorded figure: where it comes from.
    pub source: Option<Source>,
    pub period: Option<Period>,
    /// For a provisional band: the question, its title and the team's level on it.
    pub question_id: Option<String>,
    pub question_title: Option<String>,
    pub level: Option<u8>,
    /// The Quick Check band id (frequency, lead time, recovery time); `null` for a rate.
    pub band: Option<&'static str>,
    /// A rate in percent (the middle of a range); `null` for a frequency or a duration.
    pub percent: Option<f64>,
    /// The number ratios use: deployments per day, minutes, or percent. A band counts as its
    /// middle.
    pub typical: f64,
    /// True when `typical` stands for a band (a band given, `on-demand`, a provisional band):
    /// ratios with it are shown with "≈".
    pub approximate: bool,
    /// The cluster whose profile is nearest on this key alone; `null` for rework rate.
    pub nearest_cluster: Option<Cluster>,
    #[serde(skip)]
    pub parsed: Value,
}

impl KeyReading {
    fn new(key: Key, value: Value, origin: Origin) -> KeyReading {
        KeyReading {
            key,
            value: value.to_string(),
            origin,
            source: None,
            period: None,
            question_id: None,
            question_title: None,
            level: None,
            band: value.band().map(|b| b.id(key.kind())),
            percent: value.rate_x20().map(|x| f64::from(x) / 20.0),
            typical: value.typical(),
            approximate: value.is_approximate() || origin == Origin::Questionnaire,
            nearest_cluster: position(value).and_then(|p| clusters::nearest(key, p)),
            parsed: value,
        }
    }

    /// The reading in one short cell (at most 12 characters for the usual values): the value
    /// as recorded (`3/week`, `12%`), a band by its short label (`1 day–1 wk`), and a
    /// provisional band as `≈ ` and its short label.
    pub fn cell(&self) -> String {
        if self.origin == Origin::Questionnaire {
            return format!("≈ {}", self.band_short());
        }
        self.value_cell()
    }

    /// The value as recorded, bands by their short label; a provisional reading as
    /// `≈ level N` (the team's level on the question it comes from).
    pub fn value_cell(&self) -> String {
        if self.origin == Origin::Questionnaire {
            return format!("≈ level {}", self.level.unwrap_or_default());
        }
        match self.parsed {
            Value::FrequencyBand(b) | Value::DurationBand(b) => {
                b.short(self.key.kind()).to_string()
            }
            Value::PercentBand { .. } => self.value.trim_start_matches("band:").to_string(),
            Value::OnDemand => "on demand".to_string(),
            other => other.to_string(),
        }
    }

    /// The band by its short label (`1–6 months`), or the rate for a rate key; `≈ ` in front of
    /// a provisional one.
    pub fn band_cell(&self) -> String {
        if self.origin == Origin::Questionnaire {
            format!("≈ {}", self.band_short())
        } else {
            self.band_short()
        }
    }

    /// The band's short label, or the rate, with no mark.
    pub fn band_short(&self) -> String {
        match self.parsed {
            Value::PercentBand { .. } => self.value.trim_start_matches("band:").to_string(),
            v => match v.band() {
                Some(b) => b.short(self.key.kind()).to_string(),
                None => format!("{}%", trim_number(self.percent.unwrap_or_default(), 1)),
            },
        }
    }

    /// The Quick Check wording of the band ("Between once per day and once per week"), or the
    /// percentage for a rate.
    pub fn band_label(&self) -> String {
        match self.parsed.band() {
            Some(b) => b.label(self.key.kind()).to_string(),
            None => format!("{}%", trim_number(self.percent.unwrap_or_default(), 1)),
        }
    }
}

fn position(value: Value) -> Option<Position> {
    value
        .band()
        .map(Position::Band)
        .or_else(|| value.rate_x20().map(Position::RateX20))
}

/// One team's delivery rhythm.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamRhythm {
    pub team: String,
    /// The cluster of the nearest 2024 profile over the keys the team has; `null` without any.
    pub cluster: Option<Cluster>,
    /// Distance to that profile, in steps (band steps; 5 points of failure rate per step).
    pub distance: Option<f64>,
    /// Distance to every profile, lowest-performing first (empty without a cluster).
    pub distances: Vec<ClusterDistance>,
    /// True when some reading behind the cluster comes from questionnaire answers.
    pub provisional: bool,
    /// One per key the team has, in key order.
    pub readings: Vec<KeyReading>,
    /// Keys with neither a figure nor a provisional band.
    pub missing: Vec<Key>,
}

impl TeamRhythm {
    pub fn reading(&self, key: Key) -> Option<&KeyReading> {
        self.readings.iter().find(|r| r.key == key)
    }
}

/// How far the team ahead on a key is from the team behind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyGap {
    pub key: Key,
    /// The team with the best reading (most frequent, shortest, lowest), first listed on a tie.
    pub ahead: String,
    pub behind: String,
    /// How many times more often / shorter / lower; `null` when a reading is 0 % (no ratio).
    pub factor: Option<f64>,
    /// The gap on the cluster rule's scale: band steps, or 5-point steps of a rate.
    pub steps: f64,
    /// A reading on either side stands for a band: the factor is shown with "≈".
    pub approximate: bool,
    /// One English sentence naming both teams.
    pub text: String,
}

impl KeyGap {
    /// The same sentence in French, numbers with a decimal comma.
    pub fn text_fr(&self) -> String {
        sentence(self, true)
    }
}

/// The delivery rhythms of the compared teams.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delivery {
    /// Where the cluster profiles come from.
    pub profiles_source: &'static str,
    pub profiles: Vec<ProfileRow>,
    /// In the comparison's team order.
    pub teams: Vec<TeamRhythm>,
    /// One per key at least two teams have a reading of, in key order.
    pub gaps: Vec<KeyGap>,
    /// The key of the four with the widest gap in steps (first in key order on a tie);
    /// `null` when no key separates the teams.
    pub widest_gap: Option<Key>,
}

/// A cluster profile as the JSON shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileRow {
    pub cluster: Cluster,
    pub share_percent: u8,
    pub deploy_frequency: &'static str,
    pub lead_time: &'static str,
    pub change_failure_rate: f64,
    pub recovery_time: &'static str,
}

impl Delivery {
    /// Whether any team has any reading.
    pub fn has_readings(&self) -> bool {
        self.teams.iter().any(|t| !t.readings.is_empty())
    }

    pub fn gap(&self, key: Key) -> Option<&KeyGap> {
        self.gaps.iter().find(|g| g.key == key)
    }

    pub fn team(&self, name: &str) -> Option<&TeamRhythm> {
        self.teams.iter().find(|t| t.team == name)
    }

    /// How many teams each cluster holds, best first (Elite … Low), then the teams without
    /// one (`None`); clusters no team is in are left out.
    pub fn cluster_counts(&self) -> Vec<(Option<Cluster>, usize)> {
        Cluster::ALL
            .iter()
            .rev()
            .map(|&c| Some(c))
            .chain(std::iter::once(None))
            .map(|c| (c, self.teams.iter().filter(|t| t.cluster == c).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

/// The delivery model of `teams` (in display order), from their recorded `figures` and, where
/// a team has none for a key, its level on the question of `questionnaire` tagged `measures`
/// for that key: `level_of(team index, question id)`. `Comparison::set_figures` calls it with
/// the comparison's question levels.
pub fn delivery(
    teams: &[String],
    questionnaire: &Questionnaire,
    figures: &[TeamFigures],
    level_of: impl Fn(usize, &str) -> Option<u8>,
) -> Delivery {
    let rhythms: Vec<TeamRhythm> = teams
        .iter()
        .enumerate()
        .map(|(i, team)| {
            let recorded = figures.iter().find(|f| same_name(&f.team, team));
            team_rhythm(team, recorded, questionnaire, |qid| level_of(i, qid))
        })
        .collect();
    let gaps: Vec<KeyGap> = Key::ALL
        .into_iter()
        .filter_map(|key| gap(&rhythms, key))
        .collect();
    let widest_gap = gaps
        .iter()
        .filter(|g| g.key.in_profiles() && g.steps > 0.0)
        .fold(None, |best: Option<&KeyGap>, g| match best {
            Some(b) if b.steps >= g.steps => best,
            _ => Some(g),
        })
        .map(|g| g.key);
    Delivery {
        profiles_source: PROFILES_SOURCE,
        profiles: PROFILES
            .iter()
            .map(|p| ProfileRow {
                cluster: p.cluster,
                share_percent: p.share_percent,
                deploy_frequency: p.deploy_frequency.id(Kind::Frequency),
                lead_time: p.lead_time.id(Kind::Duration),
                change_failure_rate: f64::from(p.change_failure_rate_tenths) / 10.0,
                recovery_time: p.recovery_time.id(Kind::Duration),
            })
            .collect(),
        teams: rhythms,
        gaps,
        widest_gap,
    }
}

fn team_rhythm(
    team: &str,
    recorded: Option<&TeamFigures>,
    q: &Questionnaire,
    level_of: impl Fn(&str) -> Option<u8>,
) -> TeamRhythm {
    let mut readings = Vec::new();
    let mut missing = Vec::new();
    for key in Key::ALL {
        if let Some(f) = recorded.and_then(|r| r.get(key)) {
            let mut r = KeyReading::new(key, f.value, Origin::Figure);
            r.source = Some(f.source);
            r.period.clone_from(&f.period);
            readings.push(r);
        } else if let Some(d) = derive(q, key, &level_of) {
            let mut r = KeyReading::new(key, d.value, Origin::Questionnaire);
            r.question_title = q.question(&d.question_id).map(|(_, qq)| qq.display_title());
            r.question_id = Some(d.question_id);
            r.level = Some(d.level);
            readings.push(r);
        } else {
            missing.push(key);
        }
    }
    let positions: Vec<(Key, Position)> = readings
        .iter()
        .filter_map(|r| Some((r.key, position(r.parsed)?)))
        .collect();
    let fit = clusters::fit(&positions);
    TeamRhythm {
        team: team.to_string(),
        cluster: fit.as_ref().map(|f| f.cluster),
        distance: fit.as_ref().map(|f| f.distance),
        distances: fit.map(|f| f.distances).unwrap_or_default(),
        provisional: readings
            .iter()
            .any(|r| r.key.in_profiles() && r.origin == Origin::Questionnaire),
        readings,
        missing,
    }
}

/// The gap on `key` between the best and the worst team that have a reading of it.
fn gap(rhythms: &[TeamRhythm], key: Key) -> Option<KeyGap> {
    let readings: Vec<(&str, &KeyReading)> = rhythms
        .iter()
        .filter_map(|t| Some((t.team.as_str(), t.reading(key)?)))
        .collect();
    if readings.len() < 2 {
        return None;
    }
    // Higher is better for a frequency, lower for a duration or a rate.
    let better = |a: f64, b: f64| {
        if key.kind() == Kind::Frequency {
            a > b
        } else {
            a < b
        }
    };
    // On a tie the first listed is ahead and the last listed behind, so two equal teams are
    // still two teams.
    let mut ahead = readings[0];
    let mut behind = readings[0];
    for &(team, r) in &readings[1..] {
        if better(r.typical, ahead.1.typical) {
            ahead = (team, r);
        }
        if !better(r.typical, behind.1.typical) {
            behind = (team, r);
        }
    }
    let (a, b) = (ahead.1.typical, behind.1.typical);
    let factor = if a <= 0.0 || b <= 0.0 {
        None
    } else {
        Some(if key.kind() == Kind::Frequency {
            a / b
        } else {
            b / a
        })
    };
    let steps = match (position(ahead.1.parsed), position(behind.1.parsed)) {
        (Some(Position::Band(x)), Some(Position::Band(y))) => {
            f64::from(x.step().abs_diff(y.step()))
        }
        (Some(Position::RateX20(x)), Some(Position::RateX20(y))) => {
            f64::from(x.abs_diff(y)) / 100.0
        }
        _ => 0.0,
    };
    let mut g = KeyGap {
        key,
        ahead: ahead.0.to_string(),
        behind: behind.0.to_string(),
        factor,
        steps,
        approximate: ahead.1.approximate || behind.1.approximate,
        text: String::new(),
    };
    g.text = sentence(&g, false);
    Some(g)
}

/// A factor as people read it: one decimal below 10 ("2.5"), whole above ("60").
fn factor_text(f: f64, french: bool) -> String {
    // Halves away from zero (6.25 reads 6.3), as every score of the tool is rounded.
    let text = if f >= 9.95 {
        format!("{}", f.round())
    } else {
        trim_number((f * 10.0).round() / 10.0, 1)
    };
    if french { text.replace('.', ",") } else { text }
}

/// A distance on the cluster rule's scale: "1 step", "3.2 steps", "4 steps".
pub fn steps_label(x: f64) -> String {
    let n = trim_number((x * 10.0).round() / 10.0, 1);
    if n == "1" {
        "1 step".to_string()
    } else {
        format!("{n} steps")
    }
}

fn trim_number(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn sentence(g: &KeyGap, french: bool) -> String {
    let (a, b) = (&g.ahead, &g.behind);
    let about = match (g.approximate, french) {
        (false, _) => "",
        (true, false) => "≈",
        // French puts a no-break space between a sign and its number.
        (true, true) => "≈\u{a0}",
    };
    let same = g.factor.is_some_and(|f| factor_text(f, false) == "1");
    if same || (g.factor.is_none() && g.steps == 0.0) {
        return if french {
            format!("{} comparable chez {a} et chez {b}", fr_name(g.key))
        } else {
            format!(
                "{} about the same at {a} and at {b}",
                capitalised(g.key.name())
            )
        };
    }
    let Some(f) = g.factor else {
        return if french {
            format!("{} plus faible chez {a} que chez {b}", fr_name(g.key))
        } else {
            format!("{} lower at {a} than at {b}", capitalised(g.key.name()))
        };
    };
    let n = factor_text(f, french);
    if french {
        match g.key {
            Key::DeployFrequency => format!("{a} déploie {about}{n} fois plus souvent que {b}"),
            Key::LeadTime | Key::RecoveryTime => format!(
                "{} {about}{n} fois plus court chez {a} que chez {b}",
                fr_name(g.key)
            ),
            Key::ChangeFailureRate | Key::ReworkRate => format!(
                "{} {about}{n} fois plus faible chez {a} que chez {b}",
                fr_name(g.key)
            ),
        }
    } else {
        match g.key {
            Key::DeployFrequency => format!("{a} deploys {about}{n}× as often as {b}"),
            Key::LeadTime | Key::RecoveryTime => format!(
                "{} {about}{n}× shorter at {a} than at {b}",
                capitalised(g.key.name())
            ),
            Key::ChangeFailureRate | Key::ReworkRate => format!(
                "{} {about}{n}× lower at {a} than at {b}",
                capitalised(g.key.name())
            ),
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The key's name at the head of a French sentence.
fn fr_name(key: Key) -> &'static str {
    match key {
        Key::DeployFrequency => "Fréquence de déploiement",
        Key::LeadTime => "Délai de mise en production",
        Key::ChangeFailureRate => "Taux d’échec des changements",
        Key::RecoveryTime => "Délai de rétablissement",
        Key::ReworkRate => "Taux de reprise",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::default_questionnaire;

    const AT: &str = "2026-09-01T10:00:00Z";

    fn figures(team: &str, values: &[(Key, &str)]) -> TeamFigures {
        let mut f = TeamFigures::new(team);
        for &(k, v) in values {
            f.set(k, k.parse_value(v).unwrap(), Source::Measured, None, AT)
                .unwrap();
        }
        f
    }

    fn paris_nantes() -> Vec<TeamFigures> {
        vec![
            figures(
                "Paris",
                &[
                    (Key::DeployFrequency, "1/month"),
                    (Key::LeadTime, "6w"),
                    (Key::ChangeFailureRate, "4%"),
                    (Key::RecoveryTime, "4h"),
                ],
            ),
            figures(
                "nantes",
                &[
                    (Key::DeployFrequency, "4/day"),
                    (Key::LeadTime, "6h"),
                    (Key::ChangeFailureRate, "25%"),
                    (Key::RecoveryTime, "3d"),
                    (Key::ReworkRate, "12%"),
                ],
            ),
        ]
    }

    fn teams() -> Vec<String> {
        vec!["Paris".into(), "Nantes".into()]
    }

    #[test]
    fn each_team_gets_its_bands_and_cluster_from_its_figures() {
        let d = delivery(
            &teams(),
            &default_questionnaire(),
            &paris_nantes(),
            |_, _| None,
        );
        let paris = d.team("Paris").unwrap();
        assert_eq!(paris.cluster, Some(Cluster::Medium));
        assert_eq!(paris.distance, Some(3.2));
        assert!(!paris.provisional);
        assert_eq!(paris.missing, [Key::ReworkRate]);
        let f = paris.reading(Key::DeployFrequency).unwrap();
        assert_eq!(
            (f.value.as_str(), f.band, f.origin),
            ("1/month", Some("1mo-6mo"), Origin::Figure)
        );
        assert_eq!(f.nearest_cluster, Some(Cluster::Low));
        assert_eq!(f.source, Some(Source::Measured));
        assert_eq!(
            paris.reading(Key::ChangeFailureRate).unwrap().percent,
            Some(4.0)
        );
        assert_eq!(
            paris
                .reading(Key::ChangeFailureRate)
                .unwrap()
                .nearest_cluster,
            Some(Cluster::Elite)
        );
        // Nantes ("nantes" in its figures: names match as everywhere else) deploys often but
        // fails more and recovers slowly: high overall, each key visible.
        let nantes = d.team("Nantes").unwrap();
        assert_eq!(nantes.cluster, Some(Cluster::High));
        let near: Vec<Option<Cluster>> =
            nantes.readings.iter().map(|r| r.nearest_cluster).collect();
        assert_eq!(
            near,
            // Recovery in days is one step from the low, medium and high profiles alike: low.
            [
                Some(Cluster::High),
                Some(Cluster::Elite),
                Some(Cluster::High),
                Some(Cluster::Low),
                None
            ]
        );
        assert_eq!(
            nantes.reading(Key::RecoveryTime).unwrap().band,
            Some("1d-1w")
        );
    }

    #[test]
    fn ratios_compare_the_team_ahead_with_the_team_behind() {
        let d = delivery(
            &teams(),
            &default_questionnaire(),
            &paris_nantes(),
            |_, _| None,
        );
        let f = d.gap(Key::DeployFrequency).unwrap();
        assert_eq!((f.ahead.as_str(), f.behind.as_str()), ("Nantes", "Paris"));
        // 4 a day against one every 30 days.
        assert!((f.factor.unwrap() - 120.0).abs() < 1e-9);
        assert_eq!(f.steps, 3.0);
        assert!(!f.approximate);
        assert_eq!(f.text, "Nantes deploys 120× as often as Paris");
        let lt = d.gap(Key::LeadTime).unwrap();
        assert!(
            (lt.factor.unwrap() - 168.0).abs() < 1e-9,
            "6 weeks / 6 hours"
        );
        assert_eq!(lt.text, "Lead time 168× shorter at Nantes than at Paris");
        let cfr = d.gap(Key::ChangeFailureRate).unwrap();
        assert_eq!(cfr.ahead, "Paris");
        assert!((cfr.factor.unwrap() - 6.25).abs() < 1e-9);
        assert_eq!(cfr.steps, 4.2);
        assert_eq!(
            cfr.text,
            "Change failure rate 6.3× lower at Paris than at Nantes"
        );
        assert_eq!(
            cfr.text_fr(),
            "Taux d’échec des changements 6,3 fois plus faible chez Paris que chez Nantes"
        );
        let rec = d.gap(Key::RecoveryTime).unwrap();
        assert_eq!(
            (rec.ahead.as_str(), rec.factor.map(f64::round)),
            ("Paris", Some(18.0))
        );
        assert!(
            d.gap(Key::ReworkRate).is_none(),
            "only Nantes has a rework rate"
        );
        // Frequency and lead time both lie 3 band steps apart, failure rate 4.2: the widest.
        assert_eq!(d.widest_gap, Some(Key::ChangeFailureRate));
    }

    #[test]
    fn bands_use_their_middle_and_are_marked_approximate() {
        let figs = vec![
            figures(
                "Paris",
                &[
                    (Key::DeployFrequency, "band:1mo-6mo"),
                    (Key::LeadTime, "band:1mo-6mo"),
                ],
            ),
            figures(
                "Nantes",
                &[(Key::DeployFrequency, "on-demand"), (Key::LeadTime, "1d")],
            ),
        ];
        let d = delivery(&teams(), &default_questionnaire(), &figs, |_, _| None);
        let f = d.gap(Key::DeployFrequency).unwrap();
        // On demand counts as 4 deployments a day; 1–6 months as one every 105 days.
        assert!((f.factor.unwrap() - 105.0 * 4.0).abs() < 1e-6);
        assert!(f.approximate);
        assert!(f.text.contains("≈420×"), "{}", f.text);
        let lt = d.gap(Key::LeadTime).unwrap();
        assert!((lt.factor.unwrap() - 105.0).abs() < 1e-9);
        assert!(
            lt.text_fr()
                .contains("≈\u{a0}105 fois plus court chez Nantes que chez Paris"),
            "{}",
            lt.text_fr()
        );
    }

    #[test]
    fn without_figures_the_questionnaire_gives_provisional_bands() {
        let q = default_questionnaire();
        // Paris at level 2 on cadence and batch size, level 3 on restore; Nantes at 5, 4, 1.
        let levels = |team: usize, id: &str| -> Option<u8> {
            let (p, n) = match id {
                "deploy.cadence" => (2, 5),
                "flow.batch-size" => (2, 4),
                "incidents.restore" => (3, 1),
                _ => return None,
            };
            Some(if team == 0 { p } else { n })
        };
        let recorded = vec![figures("Nantes", &[(Key::ChangeFailureRate, "20%")])];
        let d = delivery(&teams(), &q, &recorded, levels);
        let paris = d.team("Paris").unwrap();
        let f = paris.reading(Key::DeployFrequency).unwrap();
        assert_eq!(f.origin, Origin::Questionnaire);
        assert_eq!(
            (f.question_id.as_deref(), f.level),
            (Some("deploy.cadence"), Some(2))
        );
        assert_eq!(f.band, Some("1mo-6mo"));
        assert!(f.approximate);
        assert_eq!(f.cell(), "≈ 1–6 months");
        assert!(paris.provisional);
        assert_eq!(paris.missing, [Key::ChangeFailureRate, Key::ReworkRate]);
        let nantes = d.team("Nantes").unwrap();
        assert_eq!(
            nantes.reading(Key::ChangeFailureRate).unwrap().origin,
            Origin::Figure
        );
        assert_eq!(
            nantes.reading(Key::DeployFrequency).unwrap().band,
            Some("on-demand")
        );
        assert_eq!(
            nantes.reading(Key::RecoveryTime).unwrap().band,
            Some("1d-1w")
        );
        assert!(d.gap(Key::DeployFrequency).unwrap().approximate);
        // A recorded figure beats the questionnaire for the same key.
        let recorded = vec![figures("Paris", &[(Key::DeployFrequency, "3/week")])];
        let d = delivery(&teams(), &q, &recorded, levels);
        let f = d
            .team("Paris")
            .unwrap()
            .reading(Key::DeployFrequency)
            .unwrap();
        assert_eq!((f.origin, f.value.as_str()), (Origin::Figure, "3/week"));
    }

    #[test]
    fn a_team_with_nothing_has_no_cluster_and_no_gap() {
        let d = delivery(&teams(), &default_questionnaire(), &[], |_, _| None);
        assert!(!d.has_readings());
        assert!(
            d.teams
                .iter()
                .all(|t| t.cluster.is_none() && t.distances.is_empty())
        );
        assert_eq!(d.teams[0].missing, Key::ALL);
        assert!(d.gaps.is_empty());
        assert_eq!(d.widest_gap, None);
        assert_eq!(d.profiles.len(), 4);
        assert_eq!(d.profiles[3].deploy_frequency, "on-demand");
        assert_eq!(d.profiles[1].change_failure_rate, 10.0);
    }

    #[test]
    fn equal_readings_and_zero_rates_get_plain_sentences() {
        let figs = vec![
            figures(
                "Paris",
                &[(Key::LeadTime, "2d"), (Key::ChangeFailureRate, "0%")],
            ),
            figures(
                "Nantes",
                &[(Key::LeadTime, "48h"), (Key::ChangeFailureRate, "10%")],
            ),
        ];
        let d = delivery(&teams(), &default_questionnaire(), &figs, |_, _| None);
        let lt = d.gap(Key::LeadTime).unwrap();
        assert_eq!((lt.factor, lt.steps), (Some(1.0), 0.0));
        assert_eq!(lt.text, "Lead time about the same at Paris and at Nantes");
        let cfr = d.gap(Key::ChangeFailureRate).unwrap();
        assert_eq!(cfr.factor, None);
        assert_eq!(
            cfr.text,
            "Change failure rate lower at Paris than at Nantes"
        );
        assert_eq!(d.widest_gap, Some(Key::ChangeFailureRate));
        let only_same = vec![
            figures("Paris", &[(Key::LeadTime, "2d")]),
            figures("Nantes", &[(Key::LeadTime, "2d")]),
        ];
        let d = delivery(&teams(), &default_questionnaire(), &only_same, |_, _| None);
        assert_eq!(d.widest_gap, None, "nothing separates them");
    }

    #[test]
    fn steps_read_as_words() {
        assert_eq!(steps_label(1.0), "1 step");
        assert_eq!(steps_label(3.2), "3.2 steps");
        assert_eq!(steps_label(4.0), "4 steps");
        assert_eq!(steps_label(0.0), "0 steps");
    }

    #[test]
    fn three_teams_compare_the_fastest_with_the_slowest() {
        let names: Vec<String> = vec!["A".into(), "B".into(), "C".into()];
        let figs = vec![
            figures("A", &[(Key::DeployFrequency, "1/week")]),
            figures("B", &[(Key::DeployFrequency, "1/day")]),
            figures("C", &[(Key::DeployFrequency, "1/month")]),
        ];
        let d = delivery(&names, &default_questionnaire(), &figs, |_, _| None);
        let g = d.gap(Key::DeployFrequency).unwrap();
        assert_eq!((g.ahead.as_str(), g.behind.as_str()), ("B", "C"));
        assert!((g.factor.unwrap() - 30.0).abs() < 1e-9);
        assert_eq!(g.text, "B deploys 30× as often as C");
    }

    #[test]
    fn the_json_shape_of_a_reading() {
        let d = delivery(
            &teams(),
            &default_questionnaire(),
            &paris_nantes(),
            |_, _| None,
        );
        let v = serde_json::to_value(&d).unwrap();
        let r = &v["teams"][0]["readings"][0];
        assert_eq!(r["key"], "deploy-frequency");
        assert_eq!(r["value"], "1/month");
        assert_eq!(r["origin"], "figure");
        assert_eq!(r["source"], "measured");
        assert_eq!(r["band"], "1mo-6mo");
        assert_eq!(r["nearest_cluster"], "low");
        assert!(r.get("parsed").is_none());
        assert_eq!(v["teams"][0]["cluster"], "medium");
        assert_eq!(v["widest_gap"], "change-failure-rate");
        assert_eq!(v["gaps"][0]["key"], "deploy-frequency");
    }
}
