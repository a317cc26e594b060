//! `report`: builds the report model from the comparison and writes it as PDF, Markdown, JSON or
//! CSV. Never replaces an existing file without `--force`; writes atomically.

use super::compare::comparison_for;
use crate::cli::{ReportArgs, ReportFormat, ReportLang};
use crate::clock::now_rfc3339;
use crate::domain::CompareOptions;
use crate::error::CliError;
use crate::report::{Lang, Report, ReportOptions, csv, json, markdown, pdf, to_document};
use crate::store::{Store, StoreError, write_atomic};
use std::path::Path;

pub fn run(store: &Store, args: &ReportArgs) -> Result<(), CliError> {
    let written = produce(
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
            lang: args.lang.map(|l| match l {
                ReportLang::En => Lang::En,
                ReportLang::Fr => Lang::Fr,
            }),
        },
        is_stdout(&args.output),
    )?;
    for w in &written.warnings {
        warn!("warning: {w}");
    }
    if !written.has_answers {
        warn!("note: no team has answered yet; the report says so instead of showing scores");
    }
    // With `--output -` stdout holds the report itself; a "Wrote" line would corrupt it.
    if !is_stdout(&args.output) {
        say!("{}", written.summary(&args.output.display().to_string()));
    }
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
    /// Language of the report's chrome; `None`: from the questionnaire's language.
    pub lang: Option<Lang>,
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
    // The dashboard owns the terminal: "-" there is no request for stdout.
    produce(store, req, false)
}

/// `write`, or with `to_stdout` the report on standard output (`report --output -`).
fn produce(store: &Store, req: &ReportRequest, to_stdout: bool) -> Result<Written, CliError> {
    if req.output.as_os_str().is_empty() {
        return Err(CliError::usage("--output must not be empty"));
    }
    let format = format_of(req.output, req.format, to_stdout)?;
    if to_stdout && format == ReportFormat::Pdf {
        return Err(CliError::usage(
            "a PDF cannot be written to standard output (--output -); give a file name such as report.pdf",
        ));
    }
    if !to_stdout {
        check_destination(req)?;
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
            lang: req.lang,
        },
    );
    let bytes = render(&report, format)?;
    if to_stdout {
        // Markdown, JSON and CSV are UTF-8 text; the PDF was refused above.
        super::emit(&String::from_utf8_lossy(&bytes))?;
    } else {
        write_atomic(req.output, &bytes)?;
    }
    Ok(Written {
        format,
        bytes: bytes.len(),
        teams: report.report.teams.clone(),
        has_answers: report.summary.has_answers,
        warnings: loaded.unreadable.iter().map(|e| e.to_string()).collect(),
    })
}

/// `--output -`: the report goes to standard output.
fn is_stdout(output: &Path) -> bool {
    output.as_os_str() == "-"
}

/// Checked before any work so a refused write costs nothing: an existing file is kept unless
/// `force`, and a missing directory is a typo to report, not something to create.
fn check_destination(req: &ReportRequest) -> Result<(), CliError> {
    if req.output.is_dir() {
        return Err(CliError::usage(format!(
            "{} is a directory; give a file name such as report.pdf",
            req.output.display()
        )));
    }
    if req.output.exists() && !req.force {
        return Err(CliError::usage(format!(
            "{} already exists; nothing was written (use --force to replace it)",
            req.output.display()
        )));
    }
    if let Some(dir) = req.output.parent()
        && !dir.as_os_str().is_empty()
        && !dir.is_dir()
    {
        return Err(CliError::usage(format!(
            "cannot write {}: the directory {} does not exist",
            req.output.display(),
            dir.display()
        )));
    }
    Ok(())
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

/// `--format` when given (it must agree with a known extension), otherwise the extension of
/// the output file; Markdown for `--output -` without `--format`.
fn format_of(
    path: &Path,
    given: Option<ReportFormat>,
    to_stdout: bool,
) -> Result<ReportFormat, CliError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let from_ext = match ext.as_str() {
        "pdf" => Some(ReportFormat::Pdf),
        "md" | "markdown" => Some(ReportFormat::Markdown),
        "json" => Some(ReportFormat::Json),
        "csv" => Some(ReportFormat::Csv),
        _ => None,
    };
    match (given, from_ext) {
        // "--format csv -o r.pdf" would write CSV into a file every program opens as a PDF.
        (Some(g), Some(e)) if g != e => Err(CliError::usage(format!(
            "--format {} contradicts the extension of {} ({}); drop --format or change the file name",
            flag_name(g),
            path.display(),
            name_of(e)
        ))),
        (Some(g), _) => Ok(g),
        (None, Some(e)) => Ok(e),
        (None, None) if to_stdout => Ok(ReportFormat::Markdown),
        (None, None) => Err(CliError::usage(format!(
            "cannot tell the format of {} from its extension; use .pdf, .md, .json or .csv, or --format",
            path.display()
        ))),
    }
}

/// The `--format` value naming `format`.
fn flag_name(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Pdf => "pdf",
        ReportFormat::Markdown => "markdown",
        ReportFormat::Json => "json",
        ReportFormat::Csv => "csv",
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
