//! Wall-clock time as RFC 3339 UTC text: what the store stamps files with and what the report
//! dates itself by. One routine for formatting and parsing (the `time` crate, already compiled
//! for ratatui and printpdf) instead of hand-written calendar arithmetic.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

/// Set to an RFC 3339 time, the clock reads that time instead of the system's: tests (and
/// demos recorded for documentation) get the same "now" on every run.
pub const NOW_VARIABLE: &str = "DEVOPS_MATURITY_NOW";

/// Now, in UTC: the system clock, or `DEVOPS_MATURITY_NOW` when it holds a valid time.
pub fn now() -> OffsetDateTime {
    std::env::var(NOW_VARIABLE)
        .ok()
        .and_then(|v| parse_rfc3339(&v))
        .unwrap_or_else(OffsetDateTime::now_utc)
}

/// Now, in UTC, to the second, e.g. `2026-11-21T23:10:51Z`.
pub fn now_rfc3339() -> String {
    format(now())
}

/// Now to the millisecond, in the canonical shape answer times are stored in
/// (`2026-11-21T23:10:51.123Z`): fixed width, so times order as strings.
pub fn now_stamp() -> String {
    stamp(now())
}

/// An RFC 3339 time in the canonical stored shape, or `None` when it is not a time.
pub fn canonical_stamp(text: &str) -> Option<String> {
    if already_canonical(text) {
        return Some(text.to_string());
    }
    parse_rfc3339(text).map(stamp)
}

/// Whether `text` is a real time already in the canonical shape, so that parsing and formatting
/// it again would give it back unchanged: checked field by field, the calendar left to `time`.
/// Every answer of every sheet read carries a time (140,000 for 2,000 sheets), nearly all
/// written by this program in that shape.
pub fn already_canonical(text: &str) -> bool {
    let b = text.as_bytes();
    let separators = [
        (4, b'-'),
        (7, b'-'),
        (10, b'T'),
        (13, b':'),
        (16, b':'),
        (19, b'.'),
        (23, b'Z'),
    ];
    if b.len() != 24 || !separators.iter().all(|&(i, c)| b[i] == c) {
        return false;
    }
    let number = |from: usize, to: usize| -> Option<u16> {
        b[from..to].iter().try_fold(0u16, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
        })
    };
    let fields = (
        number(0, 4),
        number(5, 7),
        number(8, 10),
        number(11, 13),
        number(14, 16),
        number(17, 19),
        number(20, 23),
    );
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second), Some(ms)) =
        fields
    else {
        return false;
    };
    let small = |n: u16| u8::try_from(n).ok();
    let (Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
        small(month),
        small(day),
        small(hour),
        small(minute),
        small(second),
    ) else {
        return false;
    };
    let Ok(month) = time::Month::try_from(month) else {
        return false;
    };
    time::Date::from_calendar_date(i32::from(year), month, day).is_ok()
        && time::Time::from_hms_milli(hour, minute, second, ms).is_ok()
}

fn stamp(t: OffsetDateTime) -> String {
    let utc = t.to_offset(time::UtcOffset::UTC);
    utc.format(format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    ))
    .unwrap_or_default()
}

/// A Unix time in seconds as RFC 3339 UTC text.
pub fn format_rfc3339(unix_secs: u64) -> String {
    let secs = i64::try_from(unix_secs).unwrap_or(i64::MAX);
    OffsetDateTime::from_unix_timestamp(secs).map_or_else(|_| String::new(), format)
}

/// An RFC 3339 stamp (`2026-03-12T09:30:00Z`, any offset, fractions allowed), or `None`.
pub fn parse_rfc3339(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text.trim(), &Rfc3339).ok()
}

fn format(t: OffsetDateTime) -> String {
    let utc = t.to_offset(time::UtcOffset::UTC);
    utc.format(format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second]Z"
    ))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_canonical_stamp_comes_back_as_parsing_and_formatting_would_give_it() {
        for text in [
            "2026-03-12T09:30:00.000Z",
            "2024-02-29T23:59:59.999Z",
            "0999-12-31T00:00:00.001Z",
            // Not real times, or not in the canonical shape: the slow way decides.
            "2025-02-29T00:00:00.000Z",
            "2026-13-01T00:00:00.000Z",
            "2026-12-01T24:00:00.000Z",
            "2016-12-31T23:59:60.000Z",
            "2026-03-12t09:30:00.000z",
            "2026-03-12T09:30:00.000+01:00",
            "2026-03-12T09:30:00Z",
            "2026-03-12T09:3a:00.000Z",
            " 2026-03-12T09:30:00.000Z",
        ] {
            assert_eq!(
                canonical_stamp(text),
                parse_rfc3339(text).map(stamp),
                "{text}"
            );
        }
        assert!(already_canonical("2024-02-29T23:59:59.999Z"));
        assert!(!already_canonical("2025-02-29T00:00:00.000Z"));
        assert!(!already_canonical("2026-03-12T10:30:00.000+01:00"));
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_rfc3339(1_795_302_651), "2026-11-21T23:10:51Z");
    }

    #[test]
    fn parses_what_it_formats_and_refuses_the_rest() {
        let t = parse_rfc3339("2026-11-21T23:10:51Z").unwrap();
        assert_eq!(t.unix_timestamp(), 1_795_302_651);
        assert_eq!(
            parse_rfc3339("2000-02-29T00:00:00Z")
                .unwrap()
                .unix_timestamp(),
            951_782_400
        );
        assert_eq!(
            parse_rfc3339("2026-11-22T00:10:51+01:00")
                .unwrap()
                .unix_timestamp(),
            1_795_302_651
        );
        assert!(parse_rfc3339("yesterday").is_none());
        assert!(parse_rfc3339("2026-13-01T00:00:00Z").is_none());
        assert!(parse_rfc3339("2027-02-30T00:00:00Z").is_none());
        assert!(now_rfc3339().ends_with('Z'));
    }

    #[test]
    fn stamps_have_one_shape_and_order_as_strings() {
        assert_eq!(
            canonical_stamp("2026-11-21T23:10:51Z").unwrap(),
            "2026-11-21T23:10:51.000Z"
        );
        assert_eq!(
            canonical_stamp("2026-11-22T00:10:51.5+01:00").unwrap(),
            "2026-11-21T23:10:51.500Z"
        );
        assert!(canonical_stamp("2026-11-21").is_none());
        let (a, b) = (
            canonical_stamp("2026-11-21T23:10:51Z").unwrap(),
            canonical_stamp("2026-11-21T23:10:51.001Z").unwrap(),
        );
        assert!(a < b);
        assert_eq!(now_stamp().len(), "2026-11-21T23:10:51.123Z".len());
    }
}
