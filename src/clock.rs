//! Wall-clock time as RFC 3339 UTC text: what the store stamps files with and what the report
//! dates itself by. One routine for formatting and parsing (the `time` crate, already compiled
//! for ratatui and printpdf) instead of hand-written calendar arithmetic.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

/// Now, in UTC, to the second, e.g. `2026-11-21T23:10:51Z`.
pub fn now_rfc3339() -> String {
    format(OffsetDateTime::now_utc())
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
}
