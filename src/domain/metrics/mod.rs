//! Delivery rhythm: the four DORA keys of each team (deployment frequency, lead time for
//! changes, change failure rate, failed-deployment recovery time) and the optional rework rate,
//! the Quick Check band of each figure, the team's performance cluster, and how the rhythms of
//! several teams compare. Pure: values come in as text and timestamps from the caller.
//!
//! - [`Value`] parses what a user types (`3/week`, `2d`, `12%`, `band:1d-1w`) with one error
//!   line naming the accepted forms; [`Band`] holds the Quick Check's six bands.
//! - [`clusters`] holds the 2024 cluster profiles (one table) and the nearest-profile rule.
//! - [`derive`] reads provisional bands from the questionnaire questions tagged `measures`,
//!   for a team that gave no figure.
//! - [`rhythm`] builds the serialisable [`Delivery`] model: per team its readings, bands and
//!   cluster; across teams the rhythm ratios and the key that splits them most.
//!
//! The rules are written out, with their sources, in `docs/delivery-metrics.md`.

pub mod bands;
pub mod clusters;
pub mod derive;
pub mod rhythm;
pub mod value;

pub use bands::Band;
pub use clusters::{Cluster, Fit, PROFILES, Position, Profile};
pub use rhythm::{Delivery, KeyGap, KeyReading, Origin, TeamRhythm, delivery, steps_label};
pub use value::Value;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// What a figure measures.
// The declaration order is the display order (tables, JSON, the dashboard's columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Key {
    DeployFrequency,
    LeadTime,
    ChangeFailureRate,
    RecoveryTime,
    ReworkRate,
}

/// The kind of number a key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Frequency,
    Duration,
    Rate,
}

impl Key {
    pub const ALL: [Key; 5] = [
        Key::DeployFrequency,
        Key::LeadTime,
        Key::ChangeFailureRate,
        Key::RecoveryTime,
        Key::ReworkRate,
    ];

    /// The four keys the clusters are made of.
    pub const FOUR: [Key; 4] = [
        Key::DeployFrequency,
        Key::LeadTime,
        Key::ChangeFailureRate,
        Key::RecoveryTime,
    ];

    /// The id in files, JSON and questionnaire tags: `deploy-frequency`.
    pub fn id(self) -> &'static str {
        match self {
            Key::DeployFrequency => "deploy-frequency",
            Key::LeadTime => "lead-time",
            Key::ChangeFailureRate => "change-failure-rate",
            Key::RecoveryTime => "recovery-time",
            Key::ReworkRate => "rework-rate",
        }
    }

    pub fn parse_id(id: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.id() == id.trim())
    }

    /// The command-line flag that sets it.
    pub fn flag(self) -> String {
        format!("--{}", self.id())
    }

    pub fn kind(self) -> Kind {
        match self {
            Key::DeployFrequency => Kind::Frequency,
            Key::LeadTime | Key::RecoveryTime => Kind::Duration,
            Key::ChangeFailureRate | Key::ReworkRate => Kind::Rate,
        }
    }

    /// Whether the cluster profiles give this key (all but rework rate).
    pub fn in_profiles(self) -> bool {
        self != Key::ReworkRate
    }

    /// Its name inside a sentence: "lead time".
    pub fn name(self) -> &'static str {
        match self {
            Key::DeployFrequency => "deployment frequency",
            Key::LeadTime => "lead time",
            Key::ChangeFailureRate => "change failure rate",
            Key::RecoveryTime => "recovery time",
            Key::ReworkRate => "rework rate",
        }
    }

    /// Its full DORA name, capitalised, for a heading or a table row.
    pub fn title(self) -> &'static str {
        match self {
            Key::DeployFrequency => "Deployment frequency",
            Key::LeadTime => "Lead time for changes",
            Key::ChangeFailureRate => "Change failure rate",
            Key::RecoveryTime => "Failed-deployment recovery time",
            Key::ReworkRate => "Rework rate",
        }
    }

    /// The French title, in the words of the French questionnaire edition.
    pub fn title_fr(self) -> &'static str {
        match self {
            Key::DeployFrequency => "Fréquence de déploiement",
            Key::LeadTime => "Délai de mise en production",
            Key::ChangeFailureRate => "Taux d’échec des changements",
            Key::RecoveryTime => "Délai de rétablissement après un déploiement en échec",
            Key::ReworkRate => "Taux de reprise",
        }
    }

    /// Parses a value for this key; the error names the accepted forms (not the flag: the
    /// caller puts `--lead-time:` or the field path in front).
    pub fn parse_value(self, text: &str) -> Result<Value, String> {
        Value::parse(self.kind(), self.name(), text)
    }

    /// Parses a value for this key, or gives the typed reason it is refused.
    pub fn check_value(self, text: &str) -> Result<Value, value::BadValue> {
        Value::check(self.kind(), text)
    }

    /// Parses one entry of a questionnaire's level → band table: a band id (`1d-1w`,
    /// `on-demand`) or, for a rate, a range (`10-20%`). A level describes a range of teams, so
    /// a single measured value is refused.
    pub fn parse_band(self, text: &str) -> Result<Value, String> {
        self.check_band(text).map_err(|e| e.english(self.name()))
    }

    /// [`Key::parse_band`] with the typed reason of a refusal.
    pub fn check_band(self, text: &str) -> Result<Value, value::BadValue> {
        let t = text.trim();
        let with_prefix = if t.len() >= 5 && t[..5].eq_ignore_ascii_case("band:") {
            t.to_string()
        } else {
            format!("band:{t}")
        };
        self.check_value(&with_prefix)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Where a figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// From tooling: the pipeline, the change or incident records.
    Measured,
    /// The team's own estimate.
    Estimated,
    /// Nobody said.
    #[default]
    Unknown,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::Measured, Source::Estimated, Source::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Measured => "measured",
            Source::Estimated => "estimated",
            Source::Unknown => "unknown",
        }
    }

    pub fn parse(text: &str) -> Result<Source, String> {
        Source::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| {
                format!(
                    "\"{}\" is not a source; accepted: measured, estimated, unknown",
                    text.trim()
                )
            })
    }
}

/// The period a figure covers: a year (`2026`), a half (`2026-H2`), a quarter (`2026-Q3`) or a
/// month (`2026-07`). Kept as written, upper-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Period(String);

impl Period {
    pub fn parse(text: &str) -> Result<Period, String> {
        let t = text.trim().to_ascii_uppercase();
        let refuse = || {
            Err(format!(
                "\"{}\" is not a period; accepted: a year (2026), a half (2026-H2), a quarter (2026-Q3) or a month (2026-07)",
                text.trim()
            ))
        };
        let (year, rest) = match t.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (t.as_str(), None),
        };
        let year_ok = year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && (2000..=2099).contains(&year.parse::<u32>().unwrap_or(0));
        let rest_ok = match rest {
            None => true,
            Some(r) => match r.as_bytes() {
                [b'Q', q] => (b'1'..=b'4').contains(q),
                [b'H', h] => (b'1'..=b'2').contains(h),
                [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
                    (1..=12).contains(&r.parse::<u32>().unwrap_or(0))
                }
                _ => false,
            },
        };
        if year_ok && rest_ok {
            Ok(Period(t))
        } else {
            refuse()
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
        Period::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One recorded figure: its value, where it comes from, the period it covers and when it was
/// recorded (RFC 3339 UTC; a later record of the same key wins when copies are merged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// Stored as its canonical text (`3/week`, `band:1d-1w`).
    #[serde(serialize_with = "as_text")]
    pub value: Value,
    pub source: Source,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    pub recorded_at: String,
}

fn as_text<S: serde::Serializer>(v: &Value, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// A team's figures: at most one per key. Stored and merged as a whole per team; each figure
/// keeps the source and the period it was given with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawTeamFigures")]
pub struct TeamFigures {
    pub team: String,
    pub figures: BTreeMap<Key, Figure>,
}

/// `TeamFigures` as read, before each value is parsed with its key's parser (band ids are
/// shared by frequencies and durations, so a value can only be read knowing its key; a stored
/// `"lead-time": "3/week"` is refused with the key named, not silently kept).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeamFigures {
    team: String,
    #[serde(default)]
    figures: BTreeMap<Key, RawFigure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    value: String,
    source: Source,
    #[serde(default)]
    period: Option<Period>,
    recorded_at: String,
}

impl TryFrom<RawTeamFigures> for TeamFigures {
    type Error = String;

    fn try_from(raw: RawTeamFigures) -> Result<TeamFigures, String> {
        let mut figures = BTreeMap::new();
        for (key, f) in raw.figures {
            let value = key
                .parse_value(&f.value)
                .map_err(|e| format!("figures.{key}: {e}"))?;
            figures.insert(
                key,
                Figure {
                    value,
                    source: f.source,
                    period: f.period,
                    recorded_at: f.recorded_at,
                },
            );
        }
        Ok(TeamFigures {
            team: raw.team,
            figures,
        })
    }
}

impl TeamFigures {
    pub fn new(team: &str) -> TeamFigures {
        TeamFigures {
            team: team.to_string(),
            figures: BTreeMap::new(),
        }
    }

    pub fn get(&self, key: Key) -> Option<&Figure> {
        self.figures.get(&key)
    }

    /// Records `value` for `key`, replacing the previous figure of that key only.
    pub fn set(
        &mut self,
        key: Key,
        value: Value,
        source: Source,
        period: Option<Period>,
        recorded_at: &str,
    ) -> Result<(), String> {
        if value.kind() != key.kind() {
            return Err(format!("\"{value}\" is not a {}", key.name()));
        }
        self.figures.insert(
            key,
            Figure {
                value,
                source,
                period,
                recorded_at: recorded_at.to_string(),
            },
        );
        Ok(())
    }

    /// Two copies of the same team's figures (e.g. from two laptops) merged key by key: the
    /// figure recorded later wins; on the same instant, `self`'s is kept. Keys only one copy
    /// has are kept.
    #[must_use]
    pub fn merge(&self, other: &TeamFigures) -> TeamFigures {
        let mut out = self.clone();
        for (key, theirs) in &other.figures {
            match out.figures.get(key) {
                Some(mine) if mine.recorded_at >= theirs.recorded_at => {}
                _ => {
                    out.figures.insert(*key, theirs.clone());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_have_one_id_one_flag_and_one_kind() {
        for k in Key::ALL {
            assert_eq!(Key::parse_id(k.id()), Some(k));
            assert_eq!(k.flag(), format!("--{}", k.id()));
            assert_eq!(serde_json::to_value(k).unwrap(), k.id());
        }
        assert_eq!(Key::ChangeFailureRate.flag(), "--change-failure-rate");
        assert_eq!(Key::parse_id("deployment-frequency"), None);
        assert_eq!(Key::FOUR.iter().filter(|k| k.in_profiles()).count(), 4);
        assert!(!Key::ReworkRate.in_profiles());
    }

    #[test]
    fn band_entries_of_a_questionnaire_table_are_bands_only() {
        let k = Key::DeployFrequency;
        assert_eq!(
            k.parse_band("on-demand"),
            Ok(Value::FrequencyBand(Band::Top))
        );
        assert_eq!(
            k.parse_band("band:1d-1w"),
            Ok(Value::FrequencyBand(Band::DayToWeek))
        );
        assert!(k.parse_band("3/week").is_err());
        assert_eq!(
            Key::ChangeFailureRate.parse_band("10-20%"),
            Ok(Value::PercentBand {
                low: 100,
                high: 200
            })
        );
        assert!(Key::ChangeFailureRate.parse_band("12%").is_err());
    }

    #[test]
    fn sources_and_periods_are_validated() {
        assert_eq!(Source::parse(" Measured "), Ok(Source::Measured));
        assert_eq!(
            Source::parse("guessed").unwrap_err(),
            "\"guessed\" is not a source; accepted: measured, estimated, unknown"
        );
        for ok in [
            "2026", "2026-Q3", "2026-q1", "2026-H2", "2026-07", "2026-12",
        ] {
            assert!(Period::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(Period::parse("2026-q3").unwrap().as_str(), "2026-Q3");
        for bad in [
            "Q3", "2026-Q5", "2026-H3", "2026-13", "2026-00", "26-Q3", "1999", "2026/Q3", "",
            "2026-",
        ] {
            let e = Period::parse(bad).unwrap_err();
            assert!(e.contains("accepted: a year (2026)"), "{bad}: {e}");
        }
    }

    fn sample() -> TeamFigures {
        let mut t = TeamFigures::new("Paris");
        let at = "2026-09-01T10:00:00Z";
        t.set(
            Key::DeployFrequency,
            Key::DeployFrequency.parse_value("1/month").unwrap(),
            Source::Measured,
            Some(Period::parse("2026-Q3").unwrap()),
            at,
        )
        .unwrap();
        t.set(
            Key::LeadTime,
            Key::LeadTime.parse_value("band:1mo-6mo").unwrap(),
            Source::Estimated,
            None,
            at,
        )
        .unwrap();
        t.set(
            Key::ChangeFailureRate,
            Key::ChangeFailureRate.parse_value("4%").unwrap(),
            Source::Unknown,
            None,
            at,
        )
        .unwrap();
        t
    }

    #[test]
    fn figures_round_trip_through_json_as_canonical_text() {
        let t = sample();
        let json = serde_json::to_string(&t).unwrap();
        assert!(
            json.contains(
                r#""deploy-frequency":{"value":"1/month","source":"measured","period":"2026-Q3""#
            ),
            "{json}"
        );
        assert!(
            json.contains(
                r#""lead-time":{"value":"band:1mo-6mo","source":"estimated","recorded_at""#
            ),
            "{json}"
        );
        let back: TeamFigures = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn a_stored_value_of_the_wrong_kind_or_shape_is_refused_with_its_key() {
        let bad = r#"{"team":"Paris","figures":{"lead-time":{"value":"3/week","source":"measured","recorded_at":"x"}}}"#;
        let e = serde_json::from_str::<TeamFigures>(bad)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("figures.lead-time: \"3/week\" is not a lead time; accepted:"),
            "{e}"
        );
        // Band ids shared by frequencies and durations are read with the key's own parser.
        let ok = r#"{"team":"Paris","figures":{"lead-time":{"value":"band:1h-1d","source":"measured","recorded_at":"x"}}}"#;
        let t: TeamFigures = serde_json::from_str(ok).unwrap();
        assert_eq!(
            t.get(Key::LeadTime).unwrap().value,
            Value::DurationBand(Band::HourToDay)
        );
        let bad = r#"{"team":"Paris","figures":{"speed":{"value":"2d","source":"measured","recorded_at":"x"}}}"#;
        assert!(serde_json::from_str::<TeamFigures>(bad).is_err());
        let bad = r#"{"team":"Paris","figures":{"lead-time":{"value":"2d","source":"measured","period":"Q3","recorded_at":"x"}}}"#;
        let e = serde_json::from_str::<TeamFigures>(bad)
            .unwrap_err()
            .to_string();
        assert!(e.contains("is not a period"), "{e}");
        assert!(
            TeamFigures::new("x")
                .set(Key::LeadTime, Value::OnDemand, Source::Unknown, None, "t")
                .is_err()
        );
    }

    #[test]
    fn merging_keeps_the_later_figure_of_each_key() {
        let a = sample();
        let mut b = TeamFigures::new("Paris");
        let later = "2026-09-02T08:00:00Z";
        let earlier = "2026-08-01T08:00:00Z";
        b.set(
            Key::DeployFrequency,
            Value::OnDemand,
            Source::Estimated,
            None,
            later,
        )
        .unwrap();
        b.set(
            Key::LeadTime,
            Key::LeadTime.parse_value("2d").unwrap(),
            Source::Measured,
            None,
            earlier,
        )
        .unwrap();
        b.set(
            Key::RecoveryTime,
            Key::RecoveryTime.parse_value("4h").unwrap(),
            Source::Measured,
            None,
            earlier,
        )
        .unwrap();
        let m = a.merge(&b);
        assert_eq!(m.get(Key::DeployFrequency).unwrap().value, Value::OnDemand);
        assert_eq!(
            m.get(Key::LeadTime),
            a.get(Key::LeadTime),
            "the older figure loses"
        );
        assert_eq!(
            m.get(Key::RecoveryTime),
            b.get(Key::RecoveryTime),
            "a key only one copy has"
        );
        assert_eq!(m.get(Key::ChangeFailureRate), a.get(Key::ChangeFailureRate));
        // Same instant: the receiving copy's figure stays, so merging is stable.
        let mut c = TeamFigures::new("Paris");
        let at = a.get(Key::ChangeFailureRate).unwrap().recorded_at.clone();
        c.set(
            Key::ChangeFailureRate,
            Key::ChangeFailureRate.parse_value("9%").unwrap(),
            Source::Measured,
            None,
            &at,
        )
        .unwrap();
        assert_eq!(
            a.merge(&c).get(Key::ChangeFailureRate),
            a.get(Key::ChangeFailureRate)
        );
        assert_eq!(
            b.merge(&a).get(Key::DeployFrequency),
            b.get(Key::DeployFrequency)
        );
    }
}
