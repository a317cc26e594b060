//! `report`: builds the report model from the comparison and writes it as PDF, Markdown, JSON or
//! CSV. Never replaces an existing file without `--force`; writes atomically.

use super::compare::comparison_for;
use crate::cli::{ReportArgs, ReportFormat};
use crate::clock::now_rfc3339;
use crate::domain::CompareOptions;
use crate::error::CliError;
use crate::report::{Report, ReportOptions, csv, json, markdown, pdf, to_document};
use crate::store::{Store, StoreError, write_atomic};
use std::path::Path;

pub fn run(store: &Store, args: &ReportArgs) -> Result<(), CliError> {
    let written = write(
        store,
        &ReportRequest {
            name: &args.name,
            teams: &args.teams,
            output: &args.output,
            format: args.format,
            force: args.force,
            title: args.title.clone(),
            author: args.author.clone(),
            short_term: args.short_term,
            skip_unreadable: args.skip_unreadable,
        },
    )?;
    for w in &written.warnings {
        eprintln!("warning: {w}");
    }
    if !written.has_answers {
        eprintln!("note: no team has answered yet; the report says so instead of showing scores");
    }
    say!("{}", written.summary(&args.output.display().to_string()));
    Ok(())
}

/// What to write and where: the `report` command's options, also filled in by the dashboard's
/// export key so that both write the same file the same way.
pub struct ReportRequest<'a> {
    pub name: &'a str,
    /// Teams to compare; all when empty.
    pub teams: &'a [String],
    pub output: &'a Path,
    /// `None`: from the extension of `output`.
    pub format: Option<ReportFormat>,
    /// Replace an existing file.
    pub force: bool,
    pub title: Option<String>,
    pub author: Option<String>,
    pub short_term: usize,
    /// Leave out response files that cannot be read (the report lists them) instead of
    /// refusing to write a report that silently misses answers.
    pub skip_unreadable: bool,
}

/// What `write` wrote.
pub struct Written {
    pub format: ReportFormat,
    pub bytes: usize,
    pub teams: Vec<String>,
    pub has_answers: bool,
    /// Files of the assessment that could not be read (left out of the report).
    pub warnings: Vec<String>,
}

impl Written {
    /// "Wrote report.pdf (PDF, 180 KB) for Paris, Nantes".
    pub fn summary(&self, path: &str) -> String {
        format!("{} for {}", self.short(path), self.teams.join(", "))
    }

    /// "Wrote report.pdf (PDF, 180 KB)": for one status line.
    pub fn short(&self, path: &str) -> String {
        format!(
            "Wrote {path} ({}, {})",
            name_of(self.format),
            size(self.bytes)
        )
    }
}

/// Builds the report of an assessment and writes it atomically; never replaces an existing file
/// unless `force`.
pub fn write(store: &Store, req: &ReportRequest) -> Result<Written, CliError> {
    let format = format_of(req.output, req.format)?;
    if req.output.as_os_str().is_empty() {
        return Err(CliError::usage("--output must not be empty"));
    }
    // Checked before any work so a refused overwrite costs nothing.
    if req.output.exists() && !req.force {
        return Err(CliError::usage(format!(
            "{} already exists; nothing was written (use --force to replace it)",
            req.output.display()
        )));
    }
    if req.output.is_dir() {
        return Err(CliError::usage(format!(
            "{} is a directory; give a file name such as report.pdf",
            req.output.display()
        )));
    }
    let loaded = store.load(req.name)?;
    // A report handed to management must not quietly miss a team's answers.
    if !loaded.unreadable.is_empty() && !req.skip_unreadable {
        return Err(unreadable_error(&loaded.unreadable));
    }
    let skipped_files: Vec<String> = loaded.unreadable.iter().map(path_and_reason).collect();
    let options = CompareOptions {
        short_term_size: req.short_term,
        ..CompareOptions::default()
    };
    let comparison = comparison_for(&loaded, req.teams, &options)?;
    let report = Report::build(
        comparison,
        &ReportOptions {
            title: req.title.clone(),
            author: req.author.clone(),
            created: now_rfc3339(),
            skipped_files,
        },
    );
    let bytes = render(&report, format)?;
    write_atomic(req.output, &bytes)?;
    Ok(Written {
        format,
        bytes: bytes.len(),
        teams: report.report.teams.clone(),
        has_answers: report.summary.has_answers,
        warnings: loaded.unreadable.iter().map(|e| e.to_string()).collect(),
    })
}

/// "2 response files cannot be read, first: PATH: reason; fix or move them, or pass
/// --skip-unreadable".
pub fn unreadable_error(unreadable: &[StoreError]) -> CliError {
    let (count, them) = match unreadable.len() {
        1 => ("1 response file cannot".to_string(), "it"),
        n => (format!("{n} response files cannot"), "them"),
    };
    CliError::failure(format!(
        "{count} be read, first: {}; fix or move {them}, or pass --skip-unreadable",
        unreadable.first().map(path_and_reason).unwrap_or_default()
    ))
}

/// "PATH: reason", without the store's "the file was left untouched" (nothing is written here).
fn path_and_reason(e: &StoreError) -> String {
    match e {
        StoreError::Corrupt { path, reason } => format!("{}: {reason}", path.display()),
        other => other.to_string(),
    }
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
