//! JSON output: the `compare --format json` document (the `Comparison` as serde writes it,
//! fields in struct order) and the report (the same plus `report` and `summary`), with every
//! fractional number rounded to 4 decimals so that 10/3 reads 3.3333 rather than
//! 3.3333333333333335. `compare` writes it compact and straight to its output (`--pretty`
//! indents it); the report and the other documents are indented. The structure is documented
//! in `docs/compare-json.md`.

use crate::domain::Comparison;
use crate::domain::text::printable;
use crate::error::Wording;
use crate::report::RenderError;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io;

/// Decimals kept: far below anything a level scale can show, well above float noise.
const SCALE: f64 = 10_000.0;

pub fn render_comparison(comparison: &Comparison) -> Result<String, RenderError> {
    let mut text = to_rounded_json(comparison).map_err(|e| {
        RenderError(Wording::new(
            format!("cannot encode the comparison: {e}"),
            format!("impossible d’encoder la comparaison\u{202f}: {e}"),
        ))
    })?;
    text.push('\n');
    Ok(text)
}

/// The comparison document written to `out` as it is encoded, without the whole text in
/// memory (tens of megabytes with hundreds of teams): compact, or indented with `pretty`, then
/// a line break. Text from files has its control characters neutralised on the way
/// (`domain::text::printable`), as every output of the program.
pub fn write_comparison<W: io::Write>(
    out: W,
    comparison: &Comparison,
    pretty: bool,
) -> serde_json::Result<()> {
    write_rounded(out, comparison, pretty)
}

/// `report --format json`: the comparison document plus `report` (metadata) and `summary`.
pub fn render_report(report: &crate::report::Report) -> Result<String, RenderError> {
    let mut text = to_rounded_json(report).map_err(|e| {
        RenderError(Wording::new(
            format!("cannot encode the report: {e}"),
            format!("impossible d’encoder le rapport\u{202f}: {e}"),
        ))
    })?;
    text.push('\n');
    Ok(text)
}

/// Pretty JSON of any value with floats rounded to 4 decimals.
pub fn to_rounded_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut bytes = Vec::new();
    let mut ser =
        serde_json::Serializer::with_formatter(&mut bytes, Rounding(PrettyFormatter::new()));
    value.serialize(&mut ser)?;
    // serde_json only ever writes UTF-8.
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

/// `value` as rounded JSON, compact or pretty, then a line break, straight into `out`.
fn write_rounded<W: io::Write, T: Serialize>(
    mut out: W,
    value: &T,
    pretty: bool,
) -> serde_json::Result<()> {
    if pretty {
        let mut ser = serde_json::Serializer::with_formatter(
            &mut out,
            Neutral(Rounding(PrettyFormatter::new())),
        );
        value.serialize(&mut ser)?;
    } else {
        let mut ser =
            serde_json::Serializer::with_formatter(&mut out, Neutral(Rounding(CompactFormatter)));
        value.serialize(&mut ser)?;
    }
    out.write_all(b"\n").map_err(serde_json::Error::io)?;
    out.flush().map_err(serde_json::Error::io)
}

/// A formatter that neutralises hostile characters in strings as it writes them, as
/// `commands::emit` does for text built whole: `serde_json` escapes C0 controls itself; this
/// covers DEL, C1 controls, bidirectional controls and line separators.
struct Neutral<F>(F);

/// A formatter that rounds floats as it writes them.
struct Rounding<F>(F);

/// Every method but the ones a wrapper changes goes to the wrapped formatter.
macro_rules! delegate_structure {
    () => {
        fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.begin_array(w)
        }
        fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_array(w)
        }
        fn begin_array_value<W: ?Sized + io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> io::Result<()> {
            self.0.begin_array_value(w, first)
        }
        fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_array_value(w)
        }
        fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.begin_object(w)
        }
        fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_object(w)
        }
        fn begin_object_key<W: ?Sized + io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> io::Result<()> {
            self.0.begin_object_key(w, first)
        }
        fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.begin_object_value(w)
        }
        fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            self.0.end_object_value(w)
        }
    };
}

impl<F: Formatter> Formatter for Rounding<F> {
    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        let mut r = (value * SCALE).round() / SCALE;
        if r == 0.0 {
            r = 0.0; // no "-0.0"
        }
        // Display gives the shortest text that reads back as `r`; keep a ".0" on whole numbers
        // so that a field is always a float, as serde_json itself writes them.
        let text = r.to_string();
        w.write_all(text.as_bytes())?;
        if !text.contains(['.', 'e', 'E']) {
            w.write_all(b".0")?;
        }
        Ok(())
    }

    delegate_structure!();
}

impl<F: Formatter> Formatter for Neutral<F> {
    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        self.0.write_f64(w, value)
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        w.write_all(printable(fragment).as_bytes())
    }

    delegate_structure!();
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn rounds_fractions_keeps_integers_and_field_order() {
        #[derive(Serialize)]
        struct S {
            z: f64,
            a: Vec<f64>,
            n: u32,
            m: Option<f64>,
        }
        let text = to_rounded_json(&S {
            z: 10.0 / 3.0,
            a: vec![2.000_000_000_000_001, -0.00001, -2.0 / 3.0],
            n: 7,
            m: None,
        })
        .unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            v,
            json!({"z": 3.3333, "a": [2.0, 0.0, -0.6667], "n": 7, "m": null})
        );
        assert!(
            text.find("\"z\"").unwrap() < text.find("\"a\"").unwrap(),
            "{text}"
        );
        assert!(text.contains("2.0") && !text.contains("-0.0"), "{text}");
    }
}
