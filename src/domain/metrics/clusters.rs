//! The performance clusters of the 2024 DORA report and the rule that gives a team its cluster.
//!
//! The 2024 Accelerate State of DevOps report is the last to publish four clusters. Its profiles
//! (also in `docs/delivery-metrics.md`, with sources) are the typical answer of each cluster to
//! the four questions; the change failure rates are not monotonic (medium fails less than high).
//!
//! The rule: a team belongs to the cluster whose profile is nearest, the distance being the sum
//! over the keys the team has of the band steps between the team and the profile (deployment
//! frequency, lead time, recovery time) and of the change-failure-rate difference in steps of 5
//! percentage points. Ties go to the lower-performing cluster: nobody is flattered by a tie.

use super::Key;
use super::bands::Band;
use serde::Serialize;
use std::fmt;

/// Lowest-performing first, so the derived order is the performance order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Cluster {
    Low,
    Medium,
    High,
    Elite,
}

impl Cluster {
    pub const ALL: [Cluster; 4] = [Cluster::Low, Cluster::Medium, Cluster::High, Cluster::Elite];

    pub fn as_str(self) -> &'static str {
        match self {
            Cluster::Low => "low",
            Cluster::Medium => "medium",
            Cluster::High => "high",
            Cluster::Elite => "elite",
        }
    }

    /// "Elite", "High"…: as a table cell or after "cluster:".
    pub fn label(self) -> &'static str {
        match self {
            Cluster::Low => "Low",
            Cluster::Medium => "Medium",
            Cluster::High => "High",
            Cluster::Elite => "Elite",
        }
    }

    /// The French names the French DORA material uses for the performance levels.
    pub fn label_fr(self) -> &'static str {
        match self {
            Cluster::Low => "Faible",
            Cluster::Medium => "Moyen",
            Cluster::High => "Élevé",
            Cluster::Elite => "Élite",
        }
    }
}

impl fmt::Display for Cluster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One cluster's typical answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Profile {
    pub cluster: Cluster,
    /// Share of the report's respondents in the cluster, in percent.
    pub share_percent: u8,
    pub deploy_frequency: Band,
    pub lead_time: Band,
    /// In tenths of a percent: 50 is 5 %.
    pub change_failure_rate_tenths: u16,
    pub recovery_time: Band,
}

/// Where the profiles come from, for a footnote.
pub const PROFILES_SOURCE: &str =
    "DORA, Accelerate State of DevOps Report 2024: software delivery performance levels";

/// The same source for a French report: the report's title stays as published.
pub const PROFILES_SOURCE_FR: &str = "DORA, rapport «\u{a0}Accelerate State of DevOps\u{a0}» 2024, niveaux de performance de la livraison logicielle";

/// The 2024 profiles, lowest-performing first. The one table of thresholds in the code; the
/// same table is in `docs/delivery-metrics.md`.
pub const PROFILES: [Profile; 4] = [
    Profile {
        cluster: Cluster::Low,
        share_percent: 25,
        deploy_frequency: Band::MonthToSixMonths,
        lead_time: Band::MonthToSixMonths,
        change_failure_rate_tenths: 400,
        recovery_time: Band::WeekToMonth,
    },
    Profile {
        cluster: Cluster::Medium,
        share_percent: 35,
        deploy_frequency: Band::WeekToMonth,
        lead_time: Band::WeekToMonth,
        change_failure_rate_tenths: 100,
        recovery_time: Band::HourToDay,
    },
    Profile {
        cluster: Cluster::High,
        share_percent: 22,
        deploy_frequency: Band::DayToWeek,
        lead_time: Band::DayToWeek,
        change_failure_rate_tenths: 200,
        recovery_time: Band::HourToDay,
    },
    Profile {
        cluster: Cluster::Elite,
        share_percent: 19,
        deploy_frequency: Band::Top,
        lead_time: Band::HourToDay,
        change_failure_rate_tenths: 50,
        recovery_time: Band::Top,
    },
];

/// Where a team stands on one key: a band, or a rate in twentieths of a percentage point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Band(Band),
    RateX20(u32),
}

/// Distances are counted in hundredths of a step, so that ties are exact: a band step is 100,
/// and 5 percentage points (100 twentieths of a point) are one step.
const STEP: u32 = 100;

impl Profile {
    pub fn of(cluster: Cluster) -> &'static Profile {
        &PROFILES[cluster as usize]
    }

    /// The profile's position on `key`; `None` for a key the report gives no profile for
    /// (rework rate).
    pub fn position(self, key: Key) -> Option<Position> {
        Some(match key {
            Key::DeployFrequency => Position::Band(self.deploy_frequency),
            Key::LeadTime => Position::Band(self.lead_time),
            Key::RecoveryTime => Position::Band(self.recovery_time),
            Key::ChangeFailureRate => {
                Position::RateX20(u32::from(self.change_failure_rate_tenths) * 2)
            }
            Key::ReworkRate => return None,
        })
    }

    /// Distance from this profile to a team's `positions`, in hundredths of a step; keys
    /// without a profile, and a band compared with a rate, count nothing.
    fn distance(self, positions: &[(Key, Position)]) -> u32 {
        positions
            .iter()
            .filter_map(|&(key, team)| match (team, self.position(key)?) {
                (Position::Band(a), Position::Band(b)) => {
                    Some(u32::from(a.step().abs_diff(b.step())) * STEP)
                }
                (Position::RateX20(a), Position::RateX20(b)) => Some(a.abs_diff(b)),
                _ => None,
            })
            .sum()
    }
}

/// A team's cluster and how near it is to each profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fit {
    pub cluster: Cluster,
    /// Distance to the chosen profile, in steps.
    pub distance: f64,
    /// Distance to every profile, lowest-performing first.
    pub distances: Vec<ClusterDistance>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ClusterDistance {
    pub cluster: Cluster,
    pub distance: f64,
}

/// The cluster of a team standing at `positions`; `None` when none of them is a key the
/// profiles give (no figure at all, or only a rework rate).
pub fn fit(positions: &[(Key, Position)]) -> Option<Fit> {
    if !positions.iter().any(|(k, _)| k.in_profiles()) {
        return None;
    }
    let distances: Vec<(Cluster, u32)> = PROFILES
        .iter()
        .map(|p| (p.cluster, p.distance(positions)))
        .collect();
    // Lowest-performing first and only a strictly smaller distance replaces the best so far:
    // a tie keeps the lower cluster.
    let (cluster, best) = distances.iter().copied().fold(
        None,
        |best: Option<(Cluster, u32)>, (c, d)| match best {
            Some((_, b)) if b <= d => best,
            _ => Some((c, d)),
        },
    )?;
    let steps = |units: u32| f64::from(units) / f64::from(STEP);
    Some(Fit {
        cluster,
        distance: steps(best),
        distances: distances
            .into_iter()
            .map(|(cluster, d)| ClusterDistance {
                cluster,
                distance: steps(d),
            })
            .collect(),
    })
}

/// The cluster whose profile is nearest on this one key (same tie rule): how a team that is
/// elite on frequency and low on recovery shows as such.
pub fn nearest(key: Key, position: Position) -> Option<Cluster> {
    fit(&[(key, position)]).map(|f| f.cluster)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfr(percent: u32) -> (Key, Position) {
        (Key::ChangeFailureRate, Position::RateX20(percent * 20))
    }

    #[test]
    fn the_table_is_the_2024_report() {
        let cfr: Vec<u16> = PROFILES
            .iter()
            .map(|p| p.change_failure_rate_tenths)
            .collect();
        assert_eq!(
            cfr,
            [400, 100, 200, 50],
            "low 40 %, medium 10 %, high 20 %, elite 5 %"
        );
        let shares: u32 = PROFILES.iter().map(|p| u32::from(p.share_percent)).sum();
        assert_eq!(shares, 101, "19 + 22 + 35 + 25, as published (rounded)");
        for c in Cluster::ALL {
            assert_eq!(Profile::of(c).cluster, c);
        }
        assert_eq!(Profile::of(Cluster::Elite).deploy_frequency, Band::Top);
        assert_eq!(Profile::of(Cluster::Low).recovery_time, Band::WeekToMonth);
    }

    #[test]
    fn docs_delivery_metrics_holds_the_same_table() {
        use crate::domain::metrics::Kind;
        let doc = include_str!("../../../docs/delivery-metrics.md");
        for p in &PROFILES {
            let row = doc
                .lines()
                .find(|l| l.starts_with(&format!("| {} |", p.cluster.as_str())))
                .unwrap_or_else(|| panic!("no row for {} in docs/delivery-metrics.md", p.cluster));
            let ids: Vec<&str> = row.split('`').skip(1).step_by(2).collect();
            assert_eq!(
                ids,
                [
                    p.deploy_frequency.id(Kind::Frequency),
                    p.lead_time.id(Kind::Duration),
                    p.recovery_time.id(Kind::Duration)
                ],
                "{row}"
            );
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            assert_eq!(cells[2], format!("{} %", p.share_percent), "{row}");
            assert_eq!(
                cells[5],
                format!("{} %", p.change_failure_rate_tenths / 10),
                "{row}"
            );
        }
        for b in Band::ALL {
            for kind in [Kind::Frequency, Kind::Duration] {
                assert!(doc.contains(b.label(kind)), "{}", b.label(kind));
            }
        }
    }

    #[test]
    fn a_team_on_a_profile_gets_that_cluster_at_distance_zero() {
        for p in &PROFILES {
            let positions: Vec<(Key, Position)> = Key::FOUR
                .iter()
                .map(|&k| (k, p.position(k).unwrap()))
                .collect();
            let f = fit(&positions).unwrap();
            assert_eq!((f.cluster, f.distance), (p.cluster, 0.0));
        }
    }

    #[test]
    fn distances_add_band_steps_and_five_point_steps() {
        // Monthly deploys (step 1), 6-week lead time (1), 4 % failures, 4 h recovery (4).
        let f = fit(&[
            (Key::DeployFrequency, Position::Band(Band::MonthToSixMonths)),
            (Key::LeadTime, Position::Band(Band::MonthToSixMonths)),
            cfr(4),
            (Key::RecoveryTime, Position::Band(Band::HourToDay)),
        ])
        .unwrap();
        let d: Vec<f64> = f.distances.iter().map(|d| d.distance).collect();
        // low: 0 + 0 + 36/5 + 2; medium: 1 + 1 + 6/5 + 0; high: 2 + 2 + 16/5 + 0;
        // elite: 4 + 3 + 1/5 + 1.
        assert_eq!(d, [9.2, 3.2, 7.2, 8.2]);
        assert_eq!((f.cluster, f.distance), (Cluster::Medium, 3.2));
    }

    #[test]
    fn ties_go_to_the_lower_performing_cluster() {
        // 15 % is 5 points from medium (10 %) and from high (20 %): medium.
        assert_eq!(
            nearest(Key::ChangeFailureRate, cfr(15).1),
            Some(Cluster::Medium)
        );
        // 30 %: 10 points from high and from low: low.
        assert_eq!(
            nearest(Key::ChangeFailureRate, cfr(30).1),
            Some(Cluster::Low)
        );
        // 7.5 %: 2.5 points from elite and from medium: medium.
        assert_eq!(
            nearest(Key::ChangeFailureRate, Position::RateX20(150)),
            Some(Cluster::Medium)
        );
        // Recovery in under a day is the high and the medium profile: medium.
        assert_eq!(
            nearest(Key::RecoveryTime, Position::Band(Band::HourToDay)),
            Some(Cluster::Medium)
        );
        // Deploying between hourly and daily sits between elite (on demand) and high: high.
        assert_eq!(
            nearest(Key::DeployFrequency, Position::Band(Band::HourToDay)),
            Some(Cluster::High)
        );
        // A whole team exactly between two profiles.
        let f = fit(&[
            (Key::DeployFrequency, Position::Band(Band::DayToWeek)),
            (Key::LeadTime, Position::Band(Band::WeekToMonth)),
        ])
        .unwrap();
        assert_eq!(f.distances[1].distance, f.distances[2].distance);
        assert_eq!(f.cluster, Cluster::Medium);
    }

    #[test]
    fn the_non_monotonic_failure_rate_is_read_as_published() {
        // On failure rate alone, 10 % is medium and 20 % high: a lower rate does not always
        // mean a higher cluster.
        assert_eq!(
            nearest(Key::ChangeFailureRate, cfr(10).1),
            Some(Cluster::Medium)
        );
        assert_eq!(
            nearest(Key::ChangeFailureRate, cfr(20).1),
            Some(Cluster::High)
        );
        assert_eq!(
            nearest(Key::ChangeFailureRate, cfr(3).1),
            Some(Cluster::Elite)
        );
        assert_eq!(
            nearest(Key::ChangeFailureRate, cfr(60).1),
            Some(Cluster::Low)
        );
        // An elite throughput with a 20 % failure rate is high, not elite.
        let f = fit(&[
            (Key::DeployFrequency, Position::Band(Band::Top)),
            (Key::LeadTime, Position::Band(Band::DayToWeek)),
            cfr(20),
        ])
        .unwrap();
        // elite: 0 + 1 + 3 = 4; high: 2 + 0 + 0 = 2.
        assert_eq!(f.cluster, Cluster::High);
    }

    #[test]
    fn only_the_keys_a_team_has_count_and_rework_alone_gives_no_cluster() {
        assert_eq!(fit(&[]), None);
        assert_eq!(fit(&[(Key::ReworkRate, Position::RateX20(200))]), None);
        let f = fit(&[
            (Key::RecoveryTime, Position::Band(Band::WeekToMonth)),
            (Key::ReworkRate, Position::RateX20(2000)),
        ])
        .unwrap();
        assert_eq!((f.cluster, f.distance), (Cluster::Low, 0.0));
    }
}
