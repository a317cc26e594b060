//! Writing the report: builds the report model from the comparison and renders it as PDF,
//! Markdown, JSON or CSV, for `report` and the dashboard's export alike. Never replaces an
//! existing file unless asked; writes atomically.

use super::Workspace;
use super::compare::{FromStore, comparison_from_store};
use crate::app::i18n::NNBSP as S;
use crate::clock::now_rfc3339;
use crate::domain::CompareOptions;
use crate::error::Error;
use crate::report::document::Paper;
use crate::report::model::{Appendix, Confidentiality, NotCounted};
use crate::report::{Format as ReportFormat, Lang, Report, ReportOptions};
use crate::store::{StoreError, write_atomic};
use std::path::Path;

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
    /// Language of the report; `None`: from the questionnaire's language.
    pub lang: Option<Lang>,
    /// Replace every respondent name by a role label ("Dev 1", "Respondent 2") in every part
    /// of every format.
    pub anonymous: bool,
    /// The cover, the consultant's messages, the appendix, the paper and the CSV separator.
    pub presentation: Presentation,
}

/// How the document looks, beyond its content; the defaults are those of `report` without
/// options.
#[derive(Debug, Clone, Default)]
pub struct Presentation {
    /// The client organisation, on the cover.
    pub organisation: Option<String>,
    pub confidential: Confidentiality,
    /// The consultant's key messages, first in the synthesis.
    pub messages: Vec<String>,
    pub appendix: Appendix,
    pub paper: Paper,
    /// CSV field separator; `None`: `;` for a French report, `,` otherwise.
    pub delimiter: Option<char>,
    /// Teams that keep their own chapter in the portfolio layout (more than eight teams),
    /// as typed (`--team-pages`).
    pub team_pages: Vec<String>,
}

impl Presentation {
    /// Refuses what cannot be honoured, before any work: a separator CSV cannot use, empty
    /// texts.
    fn check(&self) -> Result<Option<u8>, Error> {
        if let Confidentiality::Custom(text) = &self.confidential
            && text.trim().is_empty()
        {
            return Err(Error::usage(
                "--confidential must not be empty; use --no-confidential to leave the line out",
            )
            .fr(format!(
                "--confidential ne doit pas être vide{S}; utilisez --no-confidential pour retirer la ligne"
            )));
        }
        if self.messages.iter().any(|m| m.trim().is_empty()) {
            return Err(
                Error::usage("--message must not be empty").fr("--message ne doit pas être vide")
            );
        }
        if self
            .organisation
            .as_deref()
            .is_some_and(|o| o.trim().is_empty())
        {
            return Err(Error::usage("--organisation must not be empty")
                .fr("--organisation ne doit pas être vide"));
        }
        match self.delimiter {
            None => Ok(None),
            Some(c) if c.is_ascii() && !matches!(c, '"' | '\n' | '\r') => Ok(Some(c as u8)),
            Some(c) => Err(Error::usage(format!(
                "--delimiter {c:?} cannot separate CSV fields: give one ASCII character other than a quote or a line break, e.g. ';' or ','"
            ))
            .fr(format!(
                "--delimiter {c:?} ne peut pas séparer les champs CSV{S}: donnez un caractère ASCII autre qu’un guillemet ou un saut de ligne, par exemple «{S};{S}» ou «{S},{S}»"
            ))),
        }
    }
}

/// What `write` wrote.
pub struct Written {
    pub format: ReportFormat,
    pub bytes: usize,
    pub teams: Vec<String>,
    pub has_answers: bool,
    /// Files of the assessment that could not be read (left out of the report).
    pub warnings: Vec<String>,
    /// The report's language: the lines saying it was written speak it too.
    pub lang: Lang,
}

impl Written {
    /// "Wrote report.pdf (PDF, 180 KB) for Paris, Nantes"; "for 200 teams" for a portfolio.
    /// In French: « Rapport écrit dans rapport.pdf (PDF, 180 Ko) pour Paris, Nantes ».
    pub fn summary(&self, path: &str) -> String {
        let portfolio = crate::report::portfolio::is_portfolio(self.teams.len());
        format!(
            "{}{}",
            self.short(path),
            super::i18n::cli::wrote_for(self.lang, &self.teams, portfolio)
        )
    }

    /// "Wrote report.pdf (PDF, 180 KB)": for one status line.
    pub fn short(&self, path: &str) -> String {
        super::i18n::cli::wrote(
            self.lang,
            path,
            self.format.name(),
            &super::i18n::cli::size(self.lang, self.bytes),
        )
    }
}

/// Builds the report of an assessment and writes it atomically; never replaces an existing file
/// unless `force`.
pub fn write(ws: &Workspace, req: &ReportRequest) -> Result<Written, Error> {
    // The dashboard owns the terminal: "-" there is no request for stdout.
    produce(ws, req, false).map(|(written, _)| written)
}

/// The report as text for standard output (`report --output -`): Markdown, JSON or CSV.
pub fn to_stdout(ws: &Workspace, req: &ReportRequest) -> Result<(Written, String), Error> {
    let (written, bytes) = produce(ws, req, true)?;
    // Markdown, JSON and CSV are UTF-8 text; the PDF was refused.
    Ok((written, String::from_utf8_lossy(&bytes).into_owned()))
}

/// Builds the report; with `to_stdout` returns its bytes instead of writing `req.output`.
fn produce(
    ws: &Workspace,
    req: &ReportRequest,
    to_stdout: bool,
) -> Result<(Written, Vec<u8>), Error> {
    if req.output.as_os_str().is_empty() {
        return Err(Error::usage("--output must not be empty").fr("--output ne doit pas être vide"));
    }
    let format = format_of(req.output, req.format, to_stdout)?;
    if to_stdout && format == ReportFormat::Pdf {
        return Err(Error::usage(
            "a PDF cannot be written to standard output (--output -); give a file name such as report.pdf",
        )
        .fr(format!(
            "un PDF ne peut pas être écrit sur la sortie standard (--output -){S}; donnez un nom de fichier comme rapport.pdf"
        )));
    }
    let delimiter = req.presentation.check()?;
    if !to_stdout {
        check_destination(req)?;
    }
    let options = CompareOptions {
        short_term_size: req.short_term,
        ..CompareOptions::default()
    };
    // The sheets are read team by team and digested (`comparison_from_store`): the comparison
    // holds what the report needs of them, and two thousand of them are tens of megabytes the
    // PDF's pages can use.
    let FromStore {
        mut comparison,
        mut loaded,
        strays,
    } = comparison_from_store(
        ws,
        req.name,
        req.teams,
        &options,
        crate::domain::compare::Detail::ALL,
    )?;
    loaded.perceptions = Vec::new();
    // A report handed to management must not quietly miss a team's answers.
    if !loaded.unreadable.is_empty() && !req.skip_unreadable {
        return Err(unreadable_error(&loaded.unreadable));
    }
    let lang = req.lang.unwrap_or_else(|| {
        crate::report::Lang::from_tag(&loaded.assessment.questionnaire.language)
    });
    // File names carry respondent names: an anonymous report keeps only the reasons, in the
    // report's language.
    let french = lang == crate::report::Lang::Fr;
    let skipped_files: Vec<String> = loaded
        .unreadable
        .iter()
        .map(|e| {
            if req.anonymous {
                reason(e, french)
            } else {
                path_and_reason(e, french)
            }
        })
        .collect();
    // Read, but not counted: warned of, and listed in the report with the unreadable files.
    let not_counted = strays
        .iter()
        .map(|s| NotCounted {
            file: (!req.anonymous).then(|| s.path.display().to_string()),
            stray: s.stray.clone(),
        })
        .collect();
    let team_pages = team_pages(
        &loaded.assessment,
        &comparison,
        &req.presentation.team_pages,
    )?;
    add_room_notes(
        &mut comparison,
        &ws.store().read_rooms(&loaded.assessment.name)?,
        lang,
    );
    let report = Report::build(
        comparison,
        &ReportOptions {
            title: req.title.clone(),
            author: req.author.clone(),
            created: now_rfc3339(),
            skipped_files,
            not_counted,
            lang: req.lang,
            organisation: req.presentation.organisation.clone(),
            confidential: req.presentation.confidential.clone(),
            messages: req.presentation.messages.clone(),
            anonymous: req.anonymous,
            appendix: req.presentation.appendix,
            paper: req.presentation.paper,
            delimiter,
            plan: ws.store().plan(&loaded.assessment.name)?,
            today: super::plan::today(),
            team_pages,
        },
    );
    let (bytes, render_warnings) = crate::report::render_checked(&report, format)?;
    if !to_stdout {
        write_atomic(req.output, &bytes)?;
    }
    let written = Written {
        format,
        bytes: bytes.len(),
        teams: report.report.teams.clone(),
        has_answers: report.summary.has_answers,
        warnings: loaded
            .unreadable
            .iter()
            .map(|e| match lang {
                Lang::En => e.to_string(),
                Lang::Fr => e.french(),
            })
            .chain(strays.iter().map(|s| match lang {
                Lang::En => s.to_string(),
                Lang::Fr => format!(
                    "{}{S}: {}",
                    s.path.display(),
                    crate::app::i18n::cli::stray(lang, &s.stray)
                ),
            }))
            .chain(render_warnings)
            .collect(),
        lang,
    };
    Ok((written, bytes))
}

/// The teams of `--team-pages`, spelled as in the assessment: each must be one of the teams
/// compared, and named once.
fn team_pages(
    assessment: &crate::domain::Assessment,
    comparison: &crate::domain::Comparison,
    wanted: &[String],
) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    for name in wanted {
        let team = super::answers::find_team(assessment, name)
            .map_err(|e| e.prefixed("--team-pages: ", &format!("--team-pages{S}: ")))?;
        if comparison.team_index(&team).is_none() {
            return Err(Error::usage(format!(
                "--team-pages \"{team}\" is not among the teams the report includes (--team); add it with --team or leave it out"
            ))
            .fr(format!(
                "--team-pages «{S}{team}{S}» n’est pas parmi les équipes du rapport (--team){S}; ajoutez-la avec --team ou retirez-la"
            )));
        }
        if out.contains(&team) {
            return Err(
                Error::usage(format!("team \"{team}\" is given twice with --team-pages")).fr(
                    format!("l’équipe «{S}{team}{S}» est donnée deux fois avec --team-pages"),
                ),
            );
        }
        out.push(team);
    }
    Ok(out)
}

/// Checked before any work so a refused write costs nothing: an existing file is kept unless
/// `force`, and a missing directory is a typo to report, not something to create.
fn check_destination(req: &ReportRequest) -> Result<(), Error> {
    if req.output.is_dir() {
        return Err(Error::usage(format!(
            "{} is a directory; give a file name such as report.pdf",
            req.output.display()
        ))
        .fr(format!(
            "{} est un dossier{S}; donnez un nom de fichier comme rapport.pdf",
            req.output.display()
        )));
    }
    if req.output.exists() && !req.force {
        return Err(Error::usage(format!(
            "{} already exists; nothing was written (use --force to replace it)",
            req.output.display()
        ))
        .fr(format!(
            "{} existe déjà{S}; rien n’a été écrit (--force pour le remplacer)",
            req.output.display()
        )));
    }
    if let Some(dir) = req.output.parent()
        && !dir.as_os_str().is_empty()
        && !dir.is_dir()
    {
        return Err(Error::usage(format!(
            "cannot write {}: the directory {} does not exist",
            req.output.display(),
            dir.display()
        ))
        .fr(format!(
            "impossible d’écrire {}{S}: le dossier {} n’existe pas",
            req.output.display(),
            dir.display()
        )));
    }
    Ok(())
}

/// "2 response files cannot be read, first: PATH: reason; fix or move them, or pass
/// --skip-unreadable".
pub fn unreadable_error(unreadable: &[StoreError]) -> Error {
    let (count, them) = match unreadable.len() {
        1 => ("1 response file cannot".to_string(), "it"),
        n => (format!("{n} response files cannot"), "them"),
    };
    let (nombre, les) = match unreadable.len() {
        1 => ("1 fichier de réponses ne peut".to_string(), "le"),
        n => (format!("{n} fichiers de réponses ne peuvent"), "les"),
    };
    let first = |french| {
        unreadable
            .first()
            .map(|e| path_and_reason(e, french))
            .unwrap_or_default()
    };
    let (first, premier) = (first(false), first(true));
    Error::failure(format!(
        "{count} be read, first: {first}; fix or move {them}, or pass --skip-unreadable"
    ))
    .fr(format!(
        "{nombre} pas être lu(s), le premier{S}: {premier}{S}; réparez-{les} ou déplacez-{les}, ou passez --skip-unreadable"
    )
    .replace("lu(s)", if unreadable.len() == 1 { "lu" } else { "lus" }))
}

/// "PATH: reason", without the store's "the file was left untouched" (nothing is written here),
/// in French when `french`.
fn path_and_reason(e: &StoreError, french: bool) -> String {
    match (e, french) {
        (StoreError::Corrupt { path, .. }, false) => {
            format!("{}: {}", path.display(), reason(e, false))
        }
        (StoreError::Corrupt { path, .. }, true) => {
            format!("{}{S}: {}", path.display(), reason(e, true))
        }
        (other, false) => other.to_string(),
        (other, true) => other.french(),
    }
}

/// Why a file could not be read, without its path, in French when `french`.
fn reason(e: &StoreError, french: bool) -> String {
    match e {
        StoreError::Corrupt {
            reason, reason_fr, ..
        } => match (french, reason_fr) {
            (true, Some(fr)) => fr.clone(),
            _ => reason.clone(),
        },
        StoreError::Io { source, .. } => source.to_string(),
        _ if french => "illisible".to_string(),
        _ => "unreadable".to_string(),
    }
}

/// `--format` when given (it must agree with a known extension), otherwise the extension of
/// the output file; Markdown for `--output -` without `--format`.
fn format_of(
    path: &Path,
    given: Option<ReportFormat>,
    to_stdout: bool,
) -> Result<ReportFormat, Error> {
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
        (Some(g), Some(e)) if g != e => Err(Error::usage(format!(
            "--format {} contradicts the extension of {} ({}); drop --format or change the file name",
            g.flag(),
            path.display(),
            e.name()
        ))
        .fr(format!(
            "--format {} contredit l’extension de {} ({}){S}; retirez --format ou changez le nom du fichier",
            g.flag(),
            path.display(),
            e.name()
        ))),
        (Some(g), _) => Ok(g),
        (None, Some(e)) => Ok(e),
        (None, None) if to_stdout => Ok(ReportFormat::Markdown),
        (None, None) => Err(Error::usage(format!(
            "cannot tell the format of {} from its extension; use .pdf, .md, .json or .csv, or --format",
            path.display()
        ))
        .fr(format!(
            "impossible de déduire le format de {} de son extension{S}; utilisez .pdf, .md, .json ou .csv, ou --format",
            path.display()
        ))),
    }
}

/// The workshop room's notes, shown where each question lists its respondents' comments, from
/// « Salle d’atelier » / "Workshop room" (no answer: the votes are the respondents').
fn add_room_notes(
    comparison: &mut crate::domain::Comparison,
    rooms: &crate::domain::room::Rooms,
    lang: crate::report::Lang,
) {
    let from = lang.labels().room();
    // A room about another team: its notes go to the chapter on how the teams see each other.
    comparison.set_room_notes(rooms);
    for q in &mut comparison.questions {
        for cell in &mut q.teams {
            if let Some(note) = rooms.note(&cell.team, &q.id) {
                cell.answers.push(crate::domain::compare::RespondentAnswer {
                    respondent: from.to_string(),
                    role: None,
                    answer: None,
                    comment: note.trim().to_string(),
                });
            }
        }
    }
}
