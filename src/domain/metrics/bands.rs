//! The DORA Quick Check's six answer bands for deployment frequency, lead time for changes and
//! failed-deployment recovery time, and where a measured value falls among them.
//!
//! The three keys share one scale of *intervals*: a lead time or a recovery time is an interval,
//! and a deployment frequency is read as the interval between two deployments ("between once per
//! day and once per week" is an interval of one day to one week). A value exactly on a threshold
//! belongs to the slower band, as the Quick Check's wording says: one day is not "less than one
//! day", and deploying once a day is "between once per day and once per week".

use super::Kind;

/// Minutes in the units the thresholds use. A month is 30 days and six months 180 days, so that
/// `1mo`, `30d` and `1/month` all sit exactly on the one-month threshold.
pub const HOUR: u64 = 60;
pub const DAY: u64 = 24 * HOUR;
pub const WEEK: u64 = 7 * DAY;
pub const MONTH: u64 = 30 * DAY;
pub const SIX_MONTHS: u64 = 6 * MONTH;
pub const YEAR: u64 = 365 * DAY;

/// Deployments a day that `on-demand` (and the fastest frequency band) stands for in a ratio.
/// The Quick Check words the answer "on demand (multiple deploys per day)": it tells a practice,
/// not a count, so it counts as a few deployments a day rather than as the middle of "more than
/// once an hour" (48 a day), which would inflate every ratio with it. Still more than the next
/// band's middle (one every 12.5 hours), so the order of the bands is kept.
pub const ON_DEMAND_PER_DAY: f64 = 4.0;

/// One of the six bands, named by the interval it covers. `Top` is "less than one hour" for a
/// duration and "on demand (multiple deploys per day)" for a frequency.
// Declared worst first: the derived order is the band's step on the scale (0 = slowest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    OverSixMonths,
    MonthToSixMonths,
    WeekToMonth,
    DayToWeek,
    HourToDay,
    Top,
}

impl Band {
    /// Slowest first.
    pub const ALL: [Band; 6] = [
        Band::OverSixMonths,
        Band::MonthToSixMonths,
        Band::WeekToMonth,
        Band::DayToWeek,
        Band::HourToDay,
        Band::Top,
    ];

    /// Position on the scale: 0 for the slowest band, 5 for the fastest. The cluster rule counts
    /// distances in these steps.
    pub fn step(self) -> u8 {
        self as u8
    }

    /// The band an interval of `minutes_x100` hundredths of a minute falls in (integers, so
    /// that a value exactly on a threshold is never missed by a rounding error).
    pub fn of_interval(minutes_x100: u128) -> Band {
        Band::classify(|limit| minutes_x100 < u128::from(limit) * 100)
    }

    /// The band of an interval known only through `below(limit)`: whether it is shorter than
    /// `limit` minutes. Lets a caller compare without dividing.
    pub fn classify(below: impl Fn(u64) -> bool) -> Band {
        if below(HOUR) {
            Band::Top
        } else if below(DAY) {
            Band::HourToDay
        } else if below(WEEK) {
            Band::DayToWeek
        } else if below(MONTH) {
            Band::WeekToMonth
        } else if below(SIX_MONTHS) {
            Band::MonthToSixMonths
        } else {
            Band::OverSixMonths
        }
    }

    /// The id written after `band:` (`band:1d-1w`). Only the fastest band differs between
    /// frequencies (`on-demand`) and durations (`lt-1h`).
    pub fn id(self, kind: Kind) -> &'static str {
        match self {
            Band::OverSixMonths => "gt-6mo",
            Band::MonthToSixMonths => "1mo-6mo",
            Band::WeekToMonth => "1w-1mo",
            Band::DayToWeek => "1d-1w",
            Band::HourToDay => "1h-1d",
            Band::Top if kind == Kind::Frequency => "on-demand",
            Band::Top => "lt-1h",
        }
    }

    /// The band with this id for a key of `kind`.
    pub fn parse(id: &str, kind: Kind) -> Option<Band> {
        let id = id.trim().to_ascii_lowercase();
        Band::ALL.into_iter().find(|b| b.id(kind) == id)
    }

    /// The Quick Check's wording of the answer.
    pub fn label(self, kind: Kind) -> &'static str {
        if kind == Kind::Frequency {
            match self {
                Band::OverSixMonths => "Fewer than once per six months",
                Band::MonthToSixMonths => "Between once per month and once every six months",
                Band::WeekToMonth => "Between once per week and once per month",
                Band::DayToWeek => "Between once per day and once per week",
                Band::HourToDay => "Between once per hour and once per day",
                Band::Top => "On demand (multiple deploys per day)",
            }
        } else {
            match self {
                Band::OverSixMonths => "More than six months",
                Band::MonthToSixMonths => "Between one month and six months",
                Band::WeekToMonth => "Between one week and one month",
                Band::DayToWeek => "Between one day and one week",
                // The Quick Check's "less than one day" answer sits next to "less than one
                // hour", so it means one hour to one day.
                Band::HourToDay => "Less than one day",
                Band::Top => "Less than one hour",
            }
        }
    }

    /// The same wording in French (typographic apostrophes, as the French editions write).
    pub fn label_fr(self, kind: Kind) -> &'static str {
        if kind == Kind::Frequency {
            match self {
                Band::OverSixMonths => "Moins d’une fois tous les six mois",
                Band::MonthToSixMonths => "Entre une fois par mois et une fois tous les six mois",
                Band::WeekToMonth => "Entre une fois par semaine et une fois par mois",
                Band::DayToWeek => "Entre une fois par jour et une fois par semaine",
                Band::HourToDay => "Entre une fois par heure et une fois par jour",
                Band::Top => "À la demande (plusieurs déploiements par jour)",
            }
        } else {
            match self {
                Band::OverSixMonths => "Plus de six mois",
                Band::MonthToSixMonths => "Entre un mois et six mois",
                Band::WeekToMonth => "Entre une semaine et un mois",
                Band::DayToWeek => "Entre un jour et une semaine",
                Band::HourToDay => "Moins d’un jour",
                Band::Top => "Moins d’une heure",
            }
        }
    }

    /// A label short enough for a table column of 12 characters: "1d–1w", "on demand".
    pub fn short(self, kind: Kind) -> &'static str {
        match self {
            Band::OverSixMonths => "> 6 months",
            Band::MonthToSixMonths => "1–6 months",
            Band::WeekToMonth => "1 wk–1 month",
            Band::DayToWeek => "1 day–1 wk",
            Band::HourToDay => "1 h–1 day",
            Band::Top if kind == Kind::Frequency => "on demand",
            Band::Top => "< 1 h",
        }
    }

    /// `short` in French, for a report or a screen in French.
    pub fn short_fr(self, kind: Kind) -> &'static str {
        match self {
            Band::OverSixMonths => "> 6 mois",
            Band::MonthToSixMonths => "1 à 6 mois",
            Band::WeekToMonth => "1 sem. à 1 mois",
            Band::DayToWeek => "1 j à 1 sem.",
            Band::HourToDay => "1 h à 1 j",
            Band::Top if kind == Kind::Frequency => "à la demande",
            Band::Top => "< 1 h",
        }
    }

    /// The interval, in minutes, a band stands for when a ratio needs one number: the middle of
    /// its range. The open-ended bands take a value of their own: 30 minutes for the fastest
    /// (the middle of "under an hour"), one year for "more than six months".
    pub fn middle_minutes(self) -> f64 {
        let mid = |lo: u64, hi: u64| (lo + hi) as f64 / 2.0;
        match self {
            Band::Top => mid(0, HOUR),
            Band::HourToDay => mid(HOUR, DAY),
            Band::DayToWeek => mid(DAY, WEEK),
            Band::WeekToMonth => mid(WEEK, MONTH),
            Band::MonthToSixMonths => mid(MONTH, SIX_MONTHS),
            Band::OverSixMonths => YEAR as f64,
        }
    }

    /// Every id of `kind`, for error messages: "band:lt-1h, band:1h-1d, …".
    pub fn ids(kind: Kind) -> String {
        Band::ALL
            .iter()
            .rev()
            .map(|b| format!("band:{}", b.id(kind)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: u64) -> Band {
        Band::of_interval(u128::from(minutes) * 100)
    }

    #[test]
    fn each_threshold_belongs_to_the_slower_band() {
        assert_eq!(at(HOUR - 1), Band::Top);
        assert_eq!(at(HOUR), Band::HourToDay);
        assert_eq!(at(DAY - 1), Band::HourToDay);
        assert_eq!(at(DAY), Band::DayToWeek);
        assert_eq!(at(WEEK - 1), Band::DayToWeek);
        assert_eq!(at(WEEK), Band::WeekToMonth);
        assert_eq!(at(MONTH - 1), Band::WeekToMonth);
        assert_eq!(at(MONTH), Band::MonthToSixMonths);
        assert_eq!(at(SIX_MONTHS - 1), Band::MonthToSixMonths);
        assert_eq!(at(SIX_MONTHS), Band::OverSixMonths);
        assert_eq!(at(10 * YEAR), Band::OverSixMonths);
        // One hundredth of a minute below a threshold is still the faster band.
        assert_eq!(
            Band::of_interval(u128::from(DAY) * 100 - 1),
            Band::HourToDay
        );
    }

    #[test]
    fn ids_round_trip_and_only_the_top_band_differs_by_kind() {
        for kind in [Kind::Frequency, Kind::Duration] {
            for b in Band::ALL {
                assert_eq!(Band::parse(b.id(kind), kind), Some(b));
                assert_eq!(Band::parse(&b.id(kind).to_uppercase(), kind), Some(b));
            }
        }
        assert_eq!(Band::parse("on-demand", Kind::Duration), None);
        assert_eq!(Band::parse("lt-1h", Kind::Frequency), None);
        assert_eq!(
            Band::ids(Kind::Duration),
            "band:lt-1h, band:1h-1d, band:1d-1w, band:1w-1mo, band:1mo-6mo, band:gt-6mo"
        );
    }

    #[test]
    fn steps_run_from_slowest_to_fastest_and_middles_fall_inside_their_band() {
        let steps: Vec<u8> = Band::ALL.iter().map(|b| b.step()).collect();
        assert_eq!(steps, [0, 1, 2, 3, 4, 5]);
        for b in Band::ALL {
            let middle = (b.middle_minutes() * 100.0) as u128;
            assert_eq!(Band::of_interval(middle), b, "{b:?}");
        }
        assert_eq!(Band::DayToWeek.middle_minutes(), (4 * DAY) as f64);
    }
}
