//! CSV for spreadsheets: one row per team × question with the numbers behind it and, where the
//! question is below target, the recommended step, its horizon in the phased roadmap, and the
//! respondents' comments. RFC 4180 quoting (the `csv` crate), UTF-8 starting with a byte order
//! mark: without it Excel reads the file as the local 8-bit code page and "Équipe" shows as
//! "Ã‰quipe".
//!
//! In the report's language: a French report has French headers and values, a decimal comma
//! and `;` between fields (what a French spreadsheet expects); `--delimiter` overrides the
//! separator for any language. The columns of older versions come first, in their order; new
//! ones are added at the end.

use crate::domain::compare::Recommendation;
use crate::domain::text::{printable, printable_lines};
use crate::report::Report;
use crate::report::labels::Lang;
use std::collections::HashMap;

/// Tells Excel the file is UTF-8; other tools skip it.
pub const BOM: char = '\u{feff}';

/// The field separator of a report: `--delimiter`, else `;` in French, `,` otherwise.
pub fn delimiter(r: &Report) -> u8 {
    r.presentation
        .delimiter
        .unwrap_or(if r.lang == Lang::Fr { b';' } else { b',' })
}

pub fn render(r: &Report) -> String {
    let c = &r.comparison;
    let l = r.labels();
    let mut out = csv::WriterBuilder::new()
        .delimiter(delimiter(r))
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_string().into_bytes());
    push_row(
        &mut out,
        l.csv_header.iter().map(std::string::ToString::to_string),
    );
    let number = |v: Option<f64>| l.decimal(number(v));
    // (team, question) → (plan, recommendation), from both lists of each team.
    let mut steps: HashMap<(&str, &str), (&str, &Recommendation)> = HashMap::new();
    for t in &c.teams {
        for (plan, list) in [
            (l.csv_short_term, &t.short_term_plan),
            (l.csv_roadmap, &t.roadmap),
        ] {
            for rec in list {
                steps.insert((t.name.as_str(), rec.question_id.as_str()), (plan, rec));
            }
        }
    }
    // (team, question) → the horizons that take one of its steps: "0–3 months; 3–6 months".
    let mut horizons: HashMap<(&str, &str), Vec<String>> = HashMap::new();
    for t in &c.teams {
        for h in &t.horizons {
            for s in &h.steps {
                horizons
                    .entry((t.name.as_str(), s.question_id.as_str()))
                    .or_default()
                    .push(l.horizon(h.from_month, h.to_month));
            }
        }
    }
    for (ti, t) in c.teams.iter().enumerate() {
        for q in &c.questions {
            let cell = &q.teams[ti];
            let dimension = c.dimension(&q.dimension_id).map_or("", |d| d.name.as_str());
            let step = steps.get(&(t.name.as_str(), q.id.as_str()));
            let levels: Vec<String> = cell.levels.iter().map(u8::to_string).collect();
            push_row(
                &mut out,
                [
                    text(&t.name),
                    text(&q.dimension_id),
                    text(dimension),
                    text(&q.id),
                    text(&q.text),
                    number(cell.median),
                    cell.level.map_or(String::new(), |l| l.to_string()),
                    cell.spread.map_or(String::new(), |s| s.to_string()),
                    levels.join(" "),
                    cell.unknown.to_string(),
                    cell.not_applicable.to_string(),
                    number(Some(q.target)),
                    number(cell.gap),
                    number(cell.versus_others),
                    step.map_or(String::new(), |(plan, _)| text(plan)),
                    step.map_or(String::new(), |(_, r)| r.rank.to_string()),
                    step.map_or(String::new(), |(_, r)| number(Some(r.priority))),
                    step.map_or(String::new(), |(_, r)| text(&l.effort_value(r.effort))),
                    step.map_or(String::new(), |(_, r)| {
                        format!("{} -> {}", r.from_level, r.to_level)
                    }),
                    step.map_or(String::new(), |(_, r)| text(&r.text)),
                    comments(&cell.answers),
                    text(&q.title),
                    horizons
                        .get(&(t.name.as_str(), q.id.as_str()))
                        .map_or(String::new(), |h| text(&h.join("; "))),
                ]
                .into_iter(),
            );
        }
    }
    // Writing into memory cannot fail, and every field is a Rust string: valid UTF-8.
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// "Julien Moreau: text | Sophie Martin: text": every comment of the team on the question,
/// as a text cell (its line breaks kept: the cell is quoted).
fn comments(answers: &[crate::domain::compare::RespondentAnswer]) -> String {
    let all = answers
        .iter()
        .filter(|a| !a.comment.trim().is_empty())
        .map(|a| format!("{}: {}", printable(&a.respondent), a.comment.trim()))
        .collect::<Vec<_>>()
        .join(" | ");
    guard_formula(printable_lines(&all).into_owned())
}

/// A text cell: control characters shown as visible marks (`domain::text`) and a leading
/// formula character defused. Numbers do not go through here, so they stay numbers.
fn text(value: &str) -> String {
    guard_formula(printable(value).into_owned())
}

/// A cell starting with `=`, `+`, `-` or `@` is a formula to Excel, Calc and Google
/// Sheets: a team named "=HYPERLINK(…)" would run on opening. A leading `'` makes it text (the
/// spreadsheets show it without the quote); tabs and carriage returns, the other starters, are
/// already visible marks.
fn guard_formula(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Up to 4 decimals without trailing zeros ("2.5", "3", "0.3333"); empty when there is none.
fn number(value: Option<f64>) -> String {
    value.map_or(String::new(), |v| {
        let text = format!("{v:.4}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        match text {
            "-0" => "0".to_string(),
            t => t.to_string(),
        }
    })
}

fn push_row(out: &mut csv::Writer<Vec<u8>>, fields: impl Iterator<Item = String>) {
    // Only an I/O error can fail a write, and a Vec does not have any.
    let _ = out.write_record(fields);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let mut out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        push_row(
            &mut out,
            ["plain", "a, b", "say \"hi\"", "two\nlines"]
                .into_iter()
                .map(String::from),
        );
        assert_eq!(
            String::from_utf8(out.into_inner().unwrap()).unwrap(),
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
        );
    }

    #[test]
    fn text_cells_cannot_start_a_formula_or_hold_controls() {
        for (value, cell) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+33 1 23", "'+33 1 23"),
            ("-2 levels", "'-2 levels"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("Team = Paris", "Team = Paris"),
            ("Eve\u{1b}]0;x\u{7}", "Eve\u{241b}]0;x\u{2407}"),
            // A tab would start a formula too once a spreadsheet trims it: it is a mark.
            ("\t=1", "\u{2409}=1"),
        ] {
            assert_eq!(text(value), cell, "{value:?}");
        }
        // A negative number is not a text cell: `number` leaves it as it is.
        assert_eq!(number(Some(-0.5)), "-0.5");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(Some(2.5)), "2.5");
        assert_eq!(number(Some(3.0)), "3");
        assert_eq!(number(Some(10.0 / 3.0)), "3.3333");
        assert_eq!(number(Some(-0.00001)), "0");
        assert_eq!(number(None), "");
    }
}
