//! One figure's value as a team gives it: a number with a unit (`3/week`, `2d`, `12%`),
//! `on-demand`, or a Quick Check band (`band:1d-1w`, `band:10-20%`), parsed from what a user
//! types and written back in one canonical spelling (which is also how it is stored).
//!
//! Numbers are kept as integers (hundredths, tenths of a percent) so that a value exactly on a
//! band threshold lands on the right side of it.

use super::Kind;
use super::bands::{Band, DAY, HOUR, MONTH, ON_DEMAND_PER_DAY, WEEK, YEAR};
use std::fmt;

/// The period of a frequency: `3/week`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Per {
    Day,
    Week,
    Month,
    Year,
}

impl Per {
    const ALL: [Per; 4] = [Per::Day, Per::Week, Per::Month, Per::Year];

    pub fn as_str(self) -> &'static str {
        match self {
            Per::Day => "day",
            Per::Week => "week",
            Per::Month => "month",
            Per::Year => "year",
        }
    }

    /// Its length in minutes (a month is 30 days, a year 365).
    pub fn minutes(self) -> u64 {
        match self {
            Per::Day => DAY,
            Per::Week => WEEK,
            Per::Month => MONTH,
            Per::Year => YEAR,
        }
    }
}

/// The unit of a duration: `45min` (or `45m`), `4h`, `2d`, `3w`, `2mo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Minute => "min",
            Unit::Hour => "h",
            Unit::Day => "d",
            Unit::Week => "w",
            Unit::Month => "mo",
        }
    }

    fn parse(text: &str) -> Option<Unit> {
        Some(match text.to_ascii_lowercase().as_str() {
            "m" | "min" => Unit::Minute,
            "h" => Unit::Hour,
            "d" => Unit::Day,
            "w" => Unit::Week,
            "mo" => Unit::Month,
            _ => return None,
        })
    }

    pub fn minutes(self) -> u64 {
        match self {
            Unit::Minute => 1,
            Unit::Hour => HOUR,
            Unit::Day => DAY,
            Unit::Week => WEEK,
            Unit::Month => MONTH,
        }
    }
}

/// Largest number accepted in a value (before its unit): far beyond any real figure, small
/// enough that no computation on it overflows.
const MAX_NUMBER: u64 = 100_000;

/// A figure's value. Counts and durations are in hundredths (`1.5h` is 150 hundredths of an
/// hour); percentages in tenths of a percent (`12.5%` is 125).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    Frequency {
        hundredths: u64,
        per: Per,
    },
    OnDemand,
    Duration {
        hundredths: u64,
        unit: Unit,
    },
    Percent {
        tenths: u16,
    },
    FrequencyBand(Band),
    DurationBand(Band),
    /// A range of percentages given instead of a value: `band:10-20%`.
    PercentBand {
        low: u16,
        high: u16,
    },
}

impl Value {
    /// Parses `text` as a value of `kind`; `noun` names the figure in the error ("lead time").
    /// The error is one sentence naming the accepted forms; the caller puts the flag or field
    /// in front of it.
    pub fn parse(kind: Kind, noun: &str, text: &str) -> Result<Value, String> {
        Value::check(kind, text).map_err(|e| e.english(noun))
    }

    /// Parses `text` as a value of `kind`, or says why not with a typed reason (each face words
    /// it in its language; [`BadValue::english`] is the English).
    pub fn check(kind: Kind, text: &str) -> Result<Value, BadValue> {
        let t = text.trim();
        let refuse = |why: Why| {
            Err(BadValue {
                kind,
                text: t.to_string(),
                why,
            })
        };
        if t.is_empty() {
            return refuse(Why::Missing);
        }
        if let Some(id) = strip_prefix_ci(t, "band:") {
            return match kind {
                Kind::Frequency => Band::parse(id, kind).map(Value::FrequencyBand),
                Kind::Duration => Band::parse(id, kind).map(Value::DurationBand),
                Kind::Rate => parse_percent_range(id),
            }
            .map_or_else(|| refuse(Why::NotABand), Ok);
        }
        let parsed = match kind {
            Kind::Frequency => parse_frequency(t),
            Kind::Duration => parse_duration(t),
            Kind::Rate => parse_percent(t),
        };
        match parsed {
            Ok(v) => Ok(v),
            Err(Bad::NotThisKind) => refuse(Why::NotThisKind),
            Err(Bad::Negative) => refuse(Why::Negative),
            Err(Bad::Zero) => refuse(Why::Zero),
            Err(Bad::TooPrecise(n)) => refuse(Why::TooPrecise(n)),
            Err(Bad::TooLarge) => refuse(Why::TooLarge),
            Err(Bad::OverHundred) => refuse(Why::OverHundred),
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            Value::Frequency { .. } | Value::OnDemand | Value::FrequencyBand(_) => Kind::Frequency,
            Value::Duration { .. } | Value::DurationBand(_) => Kind::Duration,
            Value::Percent { .. } | Value::PercentBand { .. } => Kind::Rate,
        }
    }

    /// The Quick Check band of a frequency or a duration; `None` for a rate.
    pub fn band(self) -> Option<Band> {
        match self {
            // The interval between deployments is the period over the count: it is below
            // `limit` minutes when period × 100 < limit × hundredths (no division, no rounding).
            Value::Frequency { hundredths, per } => Some(Band::classify(|limit| {
                u128::from(per.minutes()) * 100 < u128::from(limit) * u128::from(hundredths)
            })),
            Value::Duration { hundredths, unit } => Some(Band::of_interval(
                u128::from(hundredths) * u128::from(unit.minutes()),
            )),
            Value::OnDemand => Some(Band::Top),
            Value::FrequencyBand(b) | Value::DurationBand(b) => Some(b),
            Value::Percent { .. } | Value::PercentBand { .. } => None,
        }
    }

    /// A rate in twentieths of a percentage point (so the middle of a range is whole); `None`
    /// for a frequency or a duration.
    pub fn rate_x20(self) -> Option<u32> {
        match self {
            Value::Percent { tenths } => Some(u32::from(tenths) * 2),
            Value::PercentBand { low, high } => Some(u32::from(low) + u32::from(high)),
            _ => None,
        }
    }

    /// A band, or `on-demand`, rather than a number: ratios computed from it use the band's
    /// middle and are shown with "≈".
    pub fn is_approximate(self) -> bool {
        !matches!(
            self,
            Value::Frequency { .. } | Value::Duration { .. } | Value::Percent { .. }
        )
    }

    /// The one number ratios use: deployments per day for a frequency, minutes for a duration,
    /// the percentage for a rate. A band stands for its middle, `on-demand` for
    /// `ON_DEMAND_PER_DAY`.
    pub fn typical(self) -> f64 {
        let minutes_per_day = DAY as f64;
        match self {
            Value::Frequency { hundredths, per } => {
                hundredths as f64 / 100.0 * minutes_per_day / per.minutes() as f64
            }
            Value::OnDemand | Value::FrequencyBand(Band::Top) => ON_DEMAND_PER_DAY,
            Value::FrequencyBand(b) => minutes_per_day / b.middle_minutes(),
            Value::Duration { hundredths, unit } => {
                hundredths as f64 / 100.0 * unit.minutes() as f64
            }
            Value::DurationBand(b) => b.middle_minutes(),
            Value::Percent { tenths } => f64::from(tenths) / 10.0,
            Value::PercentBand { low, high } => f64::from(low + high) / 20.0,
        }
    }
}

impl fmt::Display for Value {
    /// The canonical spelling, which parses back to the same value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Frequency { hundredths, per } => {
                write!(f, "{}/{}", decimal(hundredths, 2), per.as_str())
            }
            Value::OnDemand => f.write_str("on-demand"),
            Value::Duration { hundredths, unit } => {
                write!(f, "{}{}", decimal(hundredths, 2), unit.as_str())
            }
            Value::Percent { tenths } => write!(f, "{}%", decimal(u64::from(tenths), 1)),
            Value::FrequencyBand(b) => write!(f, "band:{}", b.id(Kind::Frequency)),
            Value::DurationBand(b) => write!(f, "band:{}", b.id(Kind::Duration)),
            Value::PercentBand { low, high } => write!(
                f,
                "band:{}-{}%",
                decimal(u64::from(low), 1),
                decimal(u64::from(high), 1)
            ),
        }
    }
}

/// The forms a value of `kind` may take, for error messages.
pub fn accepted(kind: Kind) -> String {
    match kind {
        Kind::Frequency => format!(
            "N/day, N/week, N/month or N/year (e.g. 3/week), on-demand, or a band: {}",
            Band::ids(kind)
        ),
        Kind::Duration => format!(
            "a number and a unit, 45m (or 45min), 4h, 2d, 3w, 2mo, or a band: {}",
            Band::ids(kind)
        ),
        Kind::Rate => {
            "a percentage from 0% to 100% (e.g. 12% or 12.5%) or a range such as band:10-20%".into()
        }
    }
}

/// Why a typed value was refused: the kind of figure, the text as typed (trimmed) and the
/// reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadValue {
    pub kind: Kind,
    pub text: String,
    pub why: Why,
}

/// The reason a value was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Missing,
    NotABand,
    NotThisKind,
    Negative,
    Zero,
    /// More decimals than this many.
    TooPrecise(u32),
    TooLarge,
    OverHundred,
}

impl BadValue {
    /// The reason in English, `noun` naming the figure ("lead time"), with the accepted forms.
    pub fn english(&self, noun: &str) -> String {
        let t = &self.text;
        let why = match self.why {
            Why::Missing => format!("no {noun} given"),
            Why::NotABand => format!("\"{t}\" is not a band of {noun}"),
            Why::NotThisKind => format!("\"{t}\" is not a {noun}"),
            Why::Negative => format!("\"{t}\": a {noun} cannot be negative"),
            Why::Zero => format!("\"{t}\": a {noun} must be more than 0"),
            Why::TooPrecise(n) => format!("\"{t}\" has too many decimals (at most {n})"),
            Why::TooLarge => format!("\"{t}\" is too large to be a {noun}"),
            Why::OverHundred => format!("\"{t}\" is more than 100%"),
        };
        format!("{why}; accepted: {}", accepted(self.kind))
    }
}

enum Bad {
    NotThisKind,
    Negative,
    Zero,
    TooPrecise(u32),
    TooLarge,
    OverHundred,
}

fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// A non-negative decimal number with at most `decimals` decimals (point or comma, as French
/// writes it), scaled by 10^decimals.
fn number(text: &str, decimals: u32) -> Result<u64, Bad> {
    let t = text.trim();
    if t.starts_with('-') && t.len() > 1 {
        return match number(&t[1..], decimals) {
            Ok(0) => Err(Bad::Zero),
            Ok(_) | Err(Bad::TooPrecise(_) | Bad::TooLarge) => Err(Bad::Negative),
            Err(e) => Err(e),
        };
    }
    let (whole, fraction) = match t.find(['.', ',']) {
        Some(i) => (&t[..i], &t[i + 1..]),
        None => (t, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(fraction.is_empty() || digits(fraction)) || t.ends_with(['.', ',']) {
        return Err(Bad::NotThisKind);
    }
    if fraction.len() > decimals as usize {
        return Err(Bad::TooPrecise(decimals));
    }
    let whole: u64 = whole.parse().map_err(|_| Bad::TooLarge)?;
    if whole > MAX_NUMBER {
        return Err(Bad::TooLarge);
    }
    let scale = 10u64.pow(decimals);
    let mut frac: u64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().map_err(|_| Bad::NotThisKind)?
    };
    frac *= 10u64.pow(decimals - fraction.len() as u32);
    Ok(whole * scale + frac)
}

/// "12.5" with `decimals` decimals, trailing zeros dropped: 1250 → "12.5", 300 → "3".
impl Value {
    /// The value for people, in English or French (`fr`): "3/week" / « 3 par semaine »,
    /// "on demand" / « à la demande », "2 d" / « 2 j », "12%" / « 12 % »; a band by its short
    /// label. French decimals take a comma and a no-break space before units and "%".
    pub fn shown(self, fr: bool) -> String {
        let num = |scaled: u64, decimals: u32| {
            let d = decimal(scaled, decimals);
            if fr { d.replace('.', ",") } else { d }
        };
        match self {
            Value::Frequency { hundredths, per } if fr => {
                let per = match per {
                    Per::Day => "jour",
                    Per::Week => "semaine",
                    Per::Month => "mois",
                    Per::Year => "an",
                };
                format!("{} par {per}", num(hundredths, 2))
            }
            Value::Frequency { hundredths, per } => {
                format!("{}/{}", num(hundredths, 2), per.as_str())
            }
            Value::OnDemand if fr => "à la demande".to_string(),
            Value::OnDemand => "on demand".to_string(),
            Value::Duration { hundredths, unit } => {
                let unit = match (unit, fr) {
                    (Unit::Minute, _) => "min",
                    (Unit::Hour, _) => "h",
                    (Unit::Day, false) => "d",
                    (Unit::Day, true) => "j",
                    (Unit::Week, false) => "wk",
                    (Unit::Week, true) => "sem.",
                    (Unit::Month, _) => "mois",
                };
                let unit = if unit == "mois" && !fr {
                    "months"
                } else {
                    unit
                };
                format!("{}\u{a0}{unit}", num(hundredths, 2))
            }
            Value::Percent { tenths } if fr => format!("{}\u{202f}%", num(u64::from(tenths), 1)),
            Value::Percent { tenths } => format!("{}%", num(u64::from(tenths), 1)),
            Value::FrequencyBand(b) if fr => b.short_fr(Kind::Frequency).to_string(),
            Value::FrequencyBand(b) => b.short(Kind::Frequency).to_string(),
            Value::DurationBand(b) if fr => b.short_fr(Kind::Duration).to_string(),
            Value::DurationBand(b) => b.short(Kind::Duration).to_string(),
            Value::PercentBand { low, high } if fr => format!(
                "{} à {}\u{202f}%",
                num(u64::from(low), 1),
                num(u64::from(high), 1)
            ),
            Value::PercentBand { low, high } => {
                format!("{}–{}%", num(u64::from(low), 1), num(u64::from(high), 1))
            }
        }
    }
}

fn decimal(scaled: u64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let (whole, frac) = (scaled / scale, scaled % scale);
    if frac == 0 {
        return whole.to_string();
    }
    let frac = format!("{frac:0width$}", width = decimals as usize);
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

fn parse_frequency(t: &str) -> Result<Value, Bad> {
    let lower = t.to_ascii_lowercase();
    if matches!(lower.as_str(), "on-demand" | "on demand") {
        return Ok(Value::OnDemand);
    }
    let Some((count, per)) = t.split_once('/') else {
        // A bare number may be a negative one: say so rather than "not a frequency".
        return match number(t, 2) {
            Err(Bad::Negative) => Err(Bad::Negative),
            _ => Err(Bad::NotThisKind),
        };
    };
    let per = per.trim().to_ascii_lowercase();
    let per = Per::ALL
        .into_iter()
        .find(|p| p.as_str() == per)
        .ok_or(Bad::NotThisKind)?;
    match number(count, 2)? {
        0 => Err(Bad::Zero),
        hundredths => Ok(Value::Frequency { hundredths, per }),
    }
}

fn parse_duration(t: &str) -> Result<Value, Bad> {
    let split = t
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let (amount, unit) = t.split_at(split);
    let unit = Unit::parse(unit).ok_or(match number(amount, 2) {
        Err(Bad::Negative) => Bad::Negative,
        _ => Bad::NotThisKind,
    })?;
    match number(amount, 2)? {
        0 => Err(Bad::Zero),
        hundredths => Ok(Value::Duration { hundredths, unit }),
    }
}

fn percent_tenths(t: &str) -> Result<u16, Bad> {
    let n = t.trim().strip_suffix('%').ok_or(Bad::NotThisKind)?;
    let tenths = number(n, 1)?;
    if tenths > 1000 {
        return Err(Bad::OverHundred);
    }
    Ok(tenths as u16)
}

fn parse_percent(t: &str) -> Result<Value, Bad> {
    percent_tenths(t).map(|tenths| Value::Percent { tenths })
}

/// `10-20%` or `10%-20%`: a range of percentages, lower first.
fn parse_percent_range(t: &str) -> Option<Value> {
    let (low, high) = t.split_once('-')?;
    let low = if low.trim().ends_with('%') {
        low.to_string()
    } else {
        format!("{low}%")
    };
    let (low, high) = (percent_tenths(&low).ok()?, percent_tenths(high).ok()?);
    (low < high).then_some(Value::PercentBand { low, high })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn freq(t: &str) -> Result<Value, String> {
        Value::parse(Kind::Frequency, "deployment frequency", t)
    }
    fn dur(t: &str) -> Result<Value, String> {
        Value::parse(Kind::Duration, "lead time", t)
    }
    fn rate(t: &str) -> Result<Value, String> {
        Value::parse(Kind::Rate, "change failure rate", t)
    }

    #[test]
    fn every_frequency_form_parses_and_prints_canonically() {
        for (typed, shown, per_day) in [
            ("3/week", "3/week", 3.0 / 7.0),
            ("1/day", "1/day", 1.0),
            (" 2 / Month ", "2/month", 2.0 / 30.0),
            ("4/year", "4/year", 4.0 / 365.0),
            ("0.5/week", "0.5/week", 0.5 / 7.0),
            ("2,5/day", "2.5/day", 2.5),
            ("12.25/day", "12.25/day", 12.25),
            ("on-demand", "on-demand", 4.0),
            ("On Demand", "on-demand", 4.0),
            ("band:1d-1w", "band:1d-1w", 0.25),
            ("BAND:on-demand", "band:on-demand", 4.0),
            ("band:1h-1d", "band:1h-1d", 1440.0 / 750.0),
        ] {
            let v = freq(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(v.to_string(), shown, "{typed}");
            assert_eq!(freq(shown), Ok(v), "{shown} reads back");
            assert!(
                (v.typical() - per_day).abs() < 1e-9,
                "{typed}: {}",
                v.typical()
            );
            assert_eq!(v.kind(), Kind::Frequency);
        }
    }

    #[test]
    fn every_duration_form_parses_and_prints_canonically() {
        for (typed, shown, minutes) in [
            ("45m", "45min", 45.0),
            ("45min", "45min", 45.0),
            ("45 MIN", "45min", 45.0),
            ("4h", "4h", 240.0),
            ("1.5h", "1.5h", 90.0),
            ("2d", "2d", 2880.0),
            ("3w", "3w", 30_240.0),
            ("2mo", "2mo", 86_400.0),
            ("0,25d", "0.25d", 360.0),
            ("band:lt-1h", "band:lt-1h", 30.0),
            ("band:gt-6mo", "band:gt-6mo", 525_600.0),
        ] {
            let v = dur(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(v.to_string(), shown, "{typed}");
            assert_eq!(dur(shown), Ok(v), "{shown} reads back");
            assert!((v.typical() - minutes).abs() < 1e-9, "{typed}");
        }
    }

    #[test]
    fn every_rate_form_parses_and_prints_canonically() {
        for (typed, shown, percent) in [
            ("12%", "12%", 12.0),
            ("12.5%", "12.5%", 12.5),
            ("12,5 %", "12.5%", 12.5),
            ("0%", "0%", 0.0),
            ("100%", "100%", 100.0),
            ("band:10-20%", "band:10-20%", 15.0),
            ("band:10%-20%", "band:10-20%", 15.0),
            ("band:0-15.5%", "band:0-15.5%", 7.75),
        ] {
            let v = rate(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(v.to_string(), shown, "{typed}");
            assert_eq!(rate(shown), Ok(v));
            assert!((v.typical() - percent).abs() < 1e-9, "{typed}");
        }
        assert_eq!(rate("band:10-20%").unwrap().rate_x20(), Some(300));
        assert_eq!(rate("12.5%").unwrap().rate_x20(), Some(250));
    }

    #[test]
    fn bad_values_get_one_line_naming_the_accepted_forms() {
        let e = dur("banana").unwrap_err();
        assert_eq!(
            e,
            "\"banana\" is not a lead time; accepted: a number and a unit, 45m (or 45min), 4h, 2d, 3w, 2mo, or a band: band:lt-1h, band:1h-1d, band:1d-1w, band:1w-1mo, band:1mo-6mo, band:gt-6mo"
        );
        let e = rate("140%").unwrap_err();
        assert!(
            e.starts_with("\"140%\" is more than 100%; accepted: a percentage"),
            "{e}"
        );
        let e = dur("-3h").unwrap_err();
        assert!(
            e.starts_with("\"-3h\": a lead time cannot be negative; accepted:"),
            "{e}"
        );
        for (bad, start) in [
            ("0h", "\"0h\": a lead time must be more than 0"),
            ("3", "\"3\" is not a lead time"),
            ("3 hours", "\"3 hours\" is not a lead time"),
            ("h", "\"h\" is not a lead time"),
            ("1.234h", "\"1.234h\" has too many decimals (at most 2)"),
            ("999999999d", "\"999999999d\" is too large"),
            ("band:1d-2w", "\"band:1d-2w\" is not a band of lead time"),
            (
                "band:on-demand",
                "\"band:on-demand\" is not a band of lead time",
            ),
            ("", "no lead time given"),
            ("1.h", "\"1.h\" is not a lead time"),
        ] {
            let e = dur(bad).unwrap_err();
            assert!(e.starts_with(start), "{bad}: {e}");
            assert!(e.contains("; accepted: ") && !e.contains('\n'), "{e}");
        }
        for (bad, start) in [
            ("weekly", "\"weekly\" is not a deployment frequency"),
            ("3/fortnight", "\"3/fortnight\" is not"),
            (
                "-3/week",
                "\"-3/week\": a deployment frequency cannot be negative",
            ),
            (
                "0/month",
                "\"0/month\": a deployment frequency must be more than 0",
            ),
            ("-2", "\"-2\": a deployment frequency cannot be negative"),
            (
                "band:lt-1h",
                "\"band:lt-1h\" is not a band of deployment frequency",
            ),
        ] {
            let e = freq(bad).unwrap_err();
            assert!(e.starts_with(start), "{bad}: {e}");
            assert!(e.contains("N/week"), "{e}");
        }
        for (bad, start) in [
            ("12", "\"12\" is not a change failure rate"),
            ("-5%", "\"-5%\": a change failure rate cannot be negative"),
            ("12.25%", "\"12.25%\" has too many decimals (at most 1)"),
            ("band:20-10%", "\"band:20-10%\" is not a band"),
            ("band:10-10%", "\"band:10-10%\" is not a band"),
            ("band:10-120%", "\"band:10-120%\" is not a band"),
        ] {
            let e = rate(bad).unwrap_err();
            assert!(e.starts_with(start), "{bad}: {e}");
        }
    }

    #[test]
    fn durations_exactly_on_each_threshold_fall_in_the_slower_band() {
        for (text, band) in [
            ("59min", Band::Top),
            ("60min", Band::HourToDay),
            ("1h", Band::HourToDay),
            ("23.99h", Band::HourToDay),
            ("24h", Band::DayToWeek),
            ("1d", Band::DayToWeek),
            ("6.99d", Band::DayToWeek),
            ("7d", Band::WeekToMonth),
            ("1w", Band::WeekToMonth),
            ("29d", Band::WeekToMonth),
            ("30d", Band::MonthToSixMonths),
            ("1mo", Band::MonthToSixMonths),
            ("4w", Band::WeekToMonth),
            ("179d", Band::MonthToSixMonths),
            ("180d", Band::OverSixMonths),
            ("6mo", Band::OverSixMonths),
        ] {
            assert_eq!(dur(text).unwrap().band(), Some(band), "{text}");
        }
    }

    #[test]
    fn frequencies_exactly_on_each_threshold_fall_in_the_slower_band() {
        for (text, band) in [
            ("25/day", Band::Top),
            ("24/day", Band::HourToDay),
            ("2/day", Band::HourToDay),
            ("1.01/day", Band::HourToDay),
            ("1/day", Band::DayToWeek),
            ("7/week", Band::DayToWeek),
            ("1.01/week", Band::DayToWeek),
            ("1/week", Band::WeekToMonth),
            ("4/month", Band::WeekToMonth),
            ("1.01/month", Band::WeekToMonth),
            ("1/month", Band::MonthToSixMonths),
            ("12/year", Band::MonthToSixMonths),
            ("2.03/year", Band::MonthToSixMonths),
            ("2/year", Band::OverSixMonths),
            ("1/year", Band::OverSixMonths),
            ("0.5/year", Band::OverSixMonths),
            ("on-demand", Band::Top),
        ] {
            assert_eq!(freq(text).unwrap().band(), Some(band), "{text}");
        }
        // Twice a year is an interval of 182.5 days: past the 180-day threshold.
        assert_eq!(freq("2/year").unwrap().band(), Some(Band::OverSixMonths));
    }

    #[test]
    fn rates_have_no_band_and_numbers_are_not_approximate() {
        assert_eq!(rate("12%").unwrap().band(), None);
        assert!(!rate("12%").unwrap().is_approximate());
        assert!(rate("band:10-20%").unwrap().is_approximate());
        assert!(freq("on-demand").unwrap().is_approximate());
        assert!(!freq("3/week").unwrap().is_approximate());
        assert!(dur("band:1d-1w").unwrap().is_approximate());
        assert_eq!(dur("3w").unwrap().rate_x20(), None);
    }
}
