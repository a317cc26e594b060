//! `report`: builds the report model from the comparison and writes it as PDF, Markdown, JSON or
//! CSV. Never replaces an existing file without `--force`; writes atomically.

use super::compare::comparison_for;
use crate::cli::{ReportArgs, ReportFormat};
use crate::clock::now_rfc3339;
use crate::domain::CompareOptions;
use crate::error::CliError;
use crate::report::{Report, ReportOptions, csv, json, markdown, pdf, to_document};
use crate::store::{Store, write_atomic};
use std::path::Path;

pub fn run(store: &Store, args: &ReportArgs) -> Result<(), CliError> {
    let format = format_of(&args.output, args.format)?;
    if args.output.as_os_str().is_empty() {
        return Err(CliError::usage("--output must not be empty"));
    }
    // Checked before any work so a refused overwrite costs nothing.
    if args.output.exists() && !args.force {
        return Err(CliError::usage(format!(
            "{} already exists; nothing was written (use --force to replace it)",
            args.output.display()
        )));
    }
    if args.output.is_dir() {
        return Err(CliError::usage(format!(
            "{} is a directory; give a file name such as report.pdf",
            args.output.display()
        )));
    }
    let loaded = store.load(&args.name)?;
    for e in &loaded.unreadable {
        eprintln!("warning: {e}");
    }
    let options = CompareOptions {
        short_term_size: args.short_term,
        ..CompareOptions::default()
    };
    let comparison = comparison_for(&loaded, &args.teams, &options)?;
    let report = Report::build(
        comparison,
        &ReportOptions {
            title: args.title.clone(),
            author: args.author.clone(),
            created: now_rfc3339(),
        },
    );
    let bytes = render(&report, format)?;
    write_atomic(&args.output, &bytes)?;
    if !report.summary.has_answers {
        eprintln!("note: no team has answered yet; the report says so instead of showing scores");
    }
    say!(
        "Wrote {} ({}, {}) for {}",
        args.output.display(),
        name_of(format),
        size(bytes.len()),
        report.report.teams.join(", ")
    );
    Ok(())
}

/// The report in one format, as the bytes of the file.
pub fn render(report: &Report, format: ReportFormat) -> Result<Vec<u8>, CliError> {
    Ok(match format {
        ReportFormat::Pdf => pdf::render(&to_document::to_document(report))
            .map_err(|e| CliError::failure(format!("cannot produce the PDF: {e}")))?,
        ReportFormat::Markdown => markdown::render_report(report).into_bytes(),
        ReportFormat::Json => json::render_report(report)?.into_bytes(),
        ReportFormat::Csv => csv::render(report).into_bytes(),
    })
}

/// `--format` when given, otherwise the extension of the output file.
fn format_of(path: &Path, given: Option<ReportFormat>) -> Result<ReportFormat, CliError> {
    if let Some(f) = given {
        return Ok(f);
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => Ok(ReportFormat::Pdf),
        "md" | "markdown" => Ok(ReportFormat::Markdown),
        "json" => Ok(ReportFormat::Json),
        "csv" => Ok(ReportFormat::Csv),
        _ => Err(CliError::usage(format!(
            "cannot tell the format of {} from its extension; use .pdf, .md, .json or .csv, or --format",
            path.display()
        ))),
    }
}

fn name_of(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Pdf => "PDF",
        ReportFormat::Markdown => "Markdown",
        ReportFormat::Json => "JSON",
        ReportFormat::Csv => "CSV",
    }
}

fn size(bytes: usize) -> String {
    if bytes < 10_000 {
        format!("{bytes} bytes")
    } else {
        format!("{} KB", bytes / 1000)
    }
}
