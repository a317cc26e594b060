//! Command-line definition (clap derive). Parsing only: `commands/` does the work.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  devops-maturity                                  open the workshop screen (TUI)
  devops-maturity new bank-2026 --team \"Paris\" --team \"Nantes\"
  devops-maturity new bank-2026 --team Paris --short           the 90-minute short form
  devops-maturity answer bank-2026 --team Paris --respondent Alice
  devops-maturity answer bank-2026 --team Paris --respondent Alice --set ci.branching=3 --set deploy.rollback=n/a
  devops-maturity show bank-2026
  devops-maturity questionnaire validate my-questionnaire.json";

/// Run DevOps maturity workshops in the terminal, compare teams, export gap reports.
#[derive(Debug, Parser)]
#[command(name = "devops-maturity", version, after_help = EXAMPLES)]
pub struct Cli {
    /// Where assessments are stored [default: the platform data directory,
    /// e.g. ~/.local/share/devops-maturity]
    #[arg(long, global = true, env = "DEVOPS_MATURITY_DATA", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an assessment: a named campaign with its teams and questionnaire
    #[command(
        after_help = "Examples:\n  devops-maturity new bank-2026 --team \"Équipe Paris\" --team Nantes --target 4\n  devops-maturity new bank-2026 --team Paris --short      the core questions only (about 90 minutes)"
    )]
    New(NewArgs),
    /// List assessments with their teams, respondents and coverage
    List,
    /// Show the scores of an assessment: per team and dimension, score, spread and coverage
    #[command(after_help = "Example:\n  devops-maturity show bank-2026")]
    Show(ShowArgs),
    /// Record answers: opens the interactive wizard, or sets answers directly with --set
    #[command(
        after_help = "Examples:\n  devops-maturity answer bank-2026 --team Paris --respondent Alice\n  devops-maturity answer bank-2026 --team Paris --respondent Alice --set ci.branching=3 --set security.secrets=unknown"
    )]
    Answer(AnswerArgs),
    /// Add a team to an existing assessment
    #[command(after_help = "Example:\n  devops-maturity add-team bank-2026 \"Ops/Run\"")]
    AddTeam(AddTeamArgs),
    /// Extend a short-form assessment (`new --short`): ask every question, or some more
    #[command(after_help = ADD_QUESTIONS_EXAMPLES)]
    AddQuestions(AddQuestionsArgs),
    /// Copy the answers of another assessment into this one, so its teams compare with this
    /// one's: the same questions (e.g. the French edition), or an earlier version of the
    /// questionnaire (a 1.x assessment into 2.0: answers follow renamed and split questions,
    /// those whose levels changed are left out to ask again; the mapping is printed)
    #[command(
        after_help = "Examples:\n  devops-maturity import bank-2026 --from bank-2026-fr --team \"Équipe Paris\"\n  devops-maturity import bank-2026 --from bank-2025      a 1.x assessment into a 2.0 one"
    )]
    Import(ImportArgs),
    /// Compare teams: scores, gaps to target, differences, next-level recommendations,
    /// learn-from-each-other pairs and disagreements
    #[command(after_help = COMPARE_EXAMPLES)]
    Compare(CompareArgs),
    /// Write the gap report for management: PDF, Markdown, JSON or CSV
    #[command(after_help = REPORT_EXAMPLES)]
    Report(ReportArgs),
    /// Create a ready-made demo assessment (two sites of a bank, answered) to try every view
    #[command(after_help = "Example:\n  devops-maturity demo && devops-maturity compare bank-demo")]
    Demo(DemoArgs),
    /// Check, print or inspect questionnaire files
    #[command(subcommand)]
    Questionnaire(QuestionnaireCommand),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Name of the assessment, e.g. bank-2026
    pub name: String,
    /// A team or site taking part; repeat for each team
    #[arg(long = "team", value_name = "TEAM", required = true)]
    pub teams: Vec<String>,
    /// Questionnaire to use: a JSON file, or a built-in edition (`en`, `fr`) [default: en]
    #[arg(long, value_name = "FILE|EDITION")]
    pub questionnaire: Option<String>,
    /// Target level every dimension is measured against [default: one below the top level]
    #[arg(long, value_name = "LEVEL")]
    pub target: Option<f64>,
    /// Ask only the questionnaire's core questions (the short form, about 90 minutes of room
    /// time); the same questionnaire, so answers compare and import with full assessments.
    /// Extend it later with `add-questions NAME --all`
    #[arg(long)]
    pub short: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Name of the assessment
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// Name of the assessment
    pub name: String,
    /// Team the respondent belongs to
    #[arg(long, value_name = "TEAM")]
    pub team: String,
    /// Who is answering (a person, or a group answering together)
    #[arg(long, value_name = "NAME")]
    pub respondent: String,
    /// Respondent's role: questions meant for other roles are skipped
    #[arg(long, value_enum)]
    pub role: Option<RoleArg>,
    /// Set an answer without the wizard: `QUESTION_ID=LEVEL`, where LEVEL is a number, n/a or unknown
    #[arg(long = "set", value_name = "QUESTION_ID=LEVEL")]
    pub set: Vec<String>,
    /// Set a comment without the wizard: `QUESTION_ID=TEXT`
    #[arg(long = "comment", value_name = "QUESTION_ID=TEXT")]
    pub comments: Vec<String>,
}

#[derive(Debug, Args)]
pub struct AddTeamArgs {
    /// Name of the assessment
    pub name: String,
    /// Name of the new team or site
    pub team: String,
}

const ADD_QUESTIONS_EXAMPLES: &str = "\
Examples:
  devops-maturity add-questions bank-2026 --all                  every question of the questionnaire
  devops-maturity add-questions bank-2026 --question change.emergency --question incidents.reporting";

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["all", "questions"]))]
pub struct AddQuestionsArgs {
    /// Name of the assessment
    pub name: String,
    /// Ask every question of the questionnaire (the assessment becomes a full one)
    #[arg(long)]
    pub all: bool,
    /// A question to ask as well, by id (repeatable); ids are listed by
    /// `devops-maturity questionnaire show`
    #[arg(long = "question", value_name = "ID")]
    pub questions: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Assessment that receives the answers
    pub name: String,
    /// Assessment to copy answers from; its questionnaire must have the same number of
    /// levels, and each of its questions a place in this one's (the same id, or a question
    /// listing it in `formerly`)
    #[arg(long, value_name = "ASSESSMENT")]
    pub from: String,
    /// Only import these teams (repeatable) [default: all teams]
    #[arg(long = "team", value_name = "TEAM")]
    pub teams: Vec<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Dev,
    Ops,
    Security,
    Architecture,
    Business,
    Management,
    /// Testers and test managers
    Qa,
    /// Change and release managers
    ChangeManager,
    /// Risk, compliance and internal control
    Risk,
}

#[derive(Debug, Subcommand)]
pub enum QuestionnaireCommand {
    /// Check a questionnaire file; prints a one-line summary when it is valid
    Validate {
        /// The questionnaire JSON file
        file: PathBuf,
    },
    /// Print a questionnaire readably (the default one when no file is given)
    Show {
        /// A questionnaire JSON file, or a built-in edition (`en`, `fr`) [default: en]
        file: Option<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
    },
    /// List which capabilities (questionnaires/capabilities.json) each question measures, and
    /// which capabilities no question measures
    #[command(after_help = "Example:\n  devops-maturity questionnaire coverage fr --strict")]
    Coverage {
        /// A questionnaire JSON file, or a built-in edition (`en`, `fr`) [default: en]
        file: Option<String>,
        /// Exit with code 1 when a capability is not measured by any question
        #[arg(long)]
        strict: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Markdown,
}

const COMPARE_EXAMPLES: &str = "\
Examples:
  devops-maturity compare bank-demo                     the dashboard (text when piped)
  devops-maturity compare bank-demo --team \"DSI historique — Paris\" --team \"Start-up — Nantes\"
  devops-maturity compare bank-demo --format markdown > comparison.md
  devops-maturity compare bank-demo --format json | jq '.teams[].overall'";

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Name of the assessment
    pub name: String,
    /// A team to compare; repeat to pick several, in the order to show them [default: every
    /// team of the assessment]
    #[arg(long = "team", value_name = "TEAM")]
    pub teams: Vec<String>,
    /// Output format: text for reading, markdown for a code forge or wiki, json for other tools
    /// (structure documented in docs/compare-json.md) [default: the interactive dashboard on a
    /// terminal, text otherwise]
    #[arg(long, value_enum)]
    pub format: Option<CompareFormat>,
    /// Number of steps in each team's short-term plan
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub short_term: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Name of the demo assessment; an existing assessment is never overwritten
    #[arg(long, default_value = "bank-demo")]
    pub name: String,
}

const REPORT_EXAMPLES: &str = "\
Examples:
  devops-maturity report bank-demo --output report.pdf --author \"Claire Dubois\"
  devops-maturity report bank-demo --output report.md --title \"Diagnostic DevOps — 2026\"
  devops-maturity report bank-demo --output scores.csv --team \"Start-up — Nantes\"
  devops-maturity report bank-demo --output report.pdf --force     replace an existing file";

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Name of the assessment
    pub name: String,
    /// File to write; its extension (.pdf, .md, .json, .csv) chooses the format (--format must
    /// agree with it). Its directory must exist. "-" writes Markdown (or --format json/csv) to
    /// standard output; a PDF needs a file
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
    /// A team to include; repeat to pick several, in the order to show them [default: every
    /// team of the assessment]
    #[arg(long = "team", value_name = "TEAM")]
    pub teams: Vec<String>,
    /// Title on the cover and in the running header [default: DevOps maturity — gap report]
    #[arg(long)]
    pub title: Option<String>,
    /// Author shown on the cover
    #[arg(long)]
    pub author: Option<String>,
    /// Output format, when the file name does not say it
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Replace the output file if it exists
    #[arg(long)]
    pub force: bool,
    /// Number of steps in each team's short-term plan
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub short_term: usize,
    /// Write the report even when some response files cannot be read: they are left out and
    /// the report lists them. Without it, such files stop the report (exit 1)
    #[arg(long)]
    pub skip_unreadable: bool,
    /// Language of the report's headings, table headers and dates (the questions and
    /// recommendations stay as the questionnaire wrote them) [default: French when the
    /// questionnaire's language starts with "fr", English otherwise]
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<ReportLang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportLang {
    En,
    Fr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Pdf,
    Markdown,
    Json,
    Csv,
}
