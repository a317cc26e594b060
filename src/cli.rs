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
  devops-maturity plan propose bank-2026
  devops-maturity new bank-2027 --follow-up bank-2026
  devops-maturity questionnaire validate my-questionnaire.json";

/// Run DevOps maturity workshops in the terminal, compare teams, export gap reports.
#[derive(Debug, Parser)]
#[command(name = "devops-maturity", version, after_help = EXAMPLES)]
pub struct Cli {
    /// Where assessments are stored [default: the platform data directory,
    /// e.g. ~/.local/share/devops-maturity]
    #[arg(long, global = true, env = "DEVOPS_MATURITY_DATA", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language of the screens, the messages and the report: headings, sentences, numbers
    /// and dates (the questions stay as the questionnaire wrote them) [default: French when
    /// the questionnaire's language starts with "fr", English otherwise; screens about no
    /// assessment in particular follow LANG]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<ReportLang>,

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
    /// Open the workshop room for a team: the facilitator projects one screen, everybody votes
    /// at once, the votes are revealed, the room discusses and accepts (each vote goes to its
    /// participant's own sheet, or with --about to their sheet about another team)
    #[command(after_help = WORKSHOP_EXAMPLES)]
    Workshop(WorkshopArgs),
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
    /// Rename, merge, delete or restore a respondent of a team
    #[command(subcommand)]
    Respondent(RespondentCommand),
    /// Merge answers collected on other laptops: sheet files, a responses/ folder, an
    /// assessment folder, a data directory, or a .zip of any of these
    #[command(after_help = COLLECT_EXAMPLES)]
    Collect(CollectArgs),
    /// Pack an assessment's answers (all teams, or some) into a .zip for another laptop's
    /// `collect`
    #[command(
        after_help = "Example:\n  devops-maturity export bank-2026 --team Nantes -o nantes.zip"
    )]
    Export(ExportArgs),
    /// Move an assessment to the trash (nothing is destroyed; `restore` brings it back)
    #[command(
        after_help = "Example:\n  devops-maturity delete bank-2025\n  devops-maturity restore bank-2025"
    )]
    Delete(NameArgs),
    /// Bring back an assessment from the trash
    #[command(after_help = "Example:\n  devops-maturity restore bank-2025")]
    Restore(NameArgs),
    /// Record what one team asks of another (requirement lists), and the other team's response
    #[command(subcommand)]
    Request(RequestCommand),
    /// Record and show each team's delivery figures: the four DORA keys (deployment
    /// frequency, lead time, change failure rate, recovery time) and the rework rate
    #[command(subcommand)]
    Metrics(MetricsCommand),
    /// The action plan the workshop commits to: propose it from the roadmap, add, change,
    /// remove and list actions (owner, due date, horizon, status)
    #[command(subcommand)]
    Plan(PlanCommand),
    /// List the rounds of a follow-up chain (`new NAME --follow-up PREVIOUS`) back to the
    /// first, with their dates and each team's overall score
    #[command(after_help = "Example:\n  devops-maturity history bank-demo-2")]
    History(NameArgs),
    /// Check, print or inspect questionnaire files
    #[command(subcommand)]
    Questionnaire(QuestionnaireCommand),
}

const PLAN_EXAMPLES: &str = "\
Examples:
  devops-maturity plan propose bank-demo
  devops-maturity plan list bank-demo --status proposed
  devops-maturity plan set bank-demo a7f3q --status agreed --owner \"Claire Dubois\" --due 2027-03-31
  devops-maturity plan add bank-demo --title \"Shared on-call rota\" --team Paris --team Nantes --horizon 3-6
  devops-maturity plan list bank-demo --format csv > plan.csv

Statuses: proposed, agreed, in-progress, done, dropped (any change is allowed and dated).
Horizons: 0-3, 3-6, 6-12 (months). Dates: ISO, e.g. 2027-03-31; an open action past its due date
is late.";

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Fill the plan with the report's roadmap steps and synchronisation initiatives, as
    /// `proposed`; an action of the same origin already in the plan (whatever its status,
    /// dropped included) is not proposed again
    #[command(after_help = PLAN_EXAMPLES)]
    Propose(NameArgs),
    /// List the plan's actions
    #[command(after_help = PLAN_EXAMPLES)]
    List(PlanListArgs),
    /// Add an action of your own; two teams or more make a joint action
    #[command(after_help = PLAN_EXAMPLES)]
    Add(PlanAddArgs),
    /// Change an action's fields (only those given); each change is dated
    #[command(after_help = PLAN_EXAMPLES)]
    Set(PlanSetArgs),
    /// Remove an action from the plan (to keep it on record as decided against, set its
    /// status to dropped instead)
    #[command(after_help = "Example:\n  devops-maturity plan remove bank-demo a7f3q")]
    Remove(PlanIdArgs),
}

#[derive(Debug, Args)]
pub struct PlanListArgs {
    /// Name of the assessment
    pub name: String,
    /// Only the actions of this team (its joint actions included)
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Only the actions with this status: proposed, agreed, in-progress, done or dropped
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Output format: text for reading, json for other tools, csv for a spreadsheet (";"
    /// separated for a French questionnaire), markdown for a wiki
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Text,
    Json,
    Csv,
    Markdown,
}

#[derive(Debug, Args)]
pub struct PlanFields {
    /// Who carries the action (free text, e.g. a person or a role); "" clears it
    #[arg(long, value_name = "WHO")]
    pub owner: Option<String>,
    /// Due date, ISO (2027-03-31); "" clears it
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Horizon in months: 0-3, 3-6 or 6-12; "" clears it
    #[arg(long, value_name = "MONTHS")]
    pub horizon: Option<String>,
    /// Status: proposed, agreed, in-progress, done or dropped
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// How the room will know the action is done
    #[arg(long, value_name = "TEXT")]
    pub done_when: Option<String>,
    /// A note to add to the action (dated; notes are kept, never replaced)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlanAddArgs {
    /// Name of the assessment
    pub name: String,
    /// What to do (with --request: the request's text unless given)
    #[arg(long, value_name = "TEXT", required_unless_present = "request")]
    pub title: Option<String>,
    /// The team the action belongs to; repeat for a joint action of several teams
    #[arg(
        long = "team",
        value_name = "TEAM",
        required_unless_present = "request",
        conflicts_with = "request"
    )]
    pub teams: Vec<String>,
    /// The question the action is about, by id (`devops-maturity questionnaire show`)
    #[arg(long, value_name = "ID", conflicts_with = "request")]
    pub question: Option<String>,
    /// An accepted request between two teams (`request list` shows ids): it becomes a joint
    /// action of both, about its question, titled by its text unless --title is given
    #[arg(long, value_name = "ID")]
    pub request: Option<String>,
    #[command(flatten)]
    pub fields: PlanFields,
}

#[derive(Debug, Args)]
pub struct PlanSetArgs {
    /// Name of the assessment
    pub name: String,
    /// The action's id, as `plan list` shows it (e.g. a7f3q)
    pub id: String,
    /// A new title
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    #[command(flatten)]
    pub fields: PlanFields,
}

#[derive(Debug, Args)]
pub struct PlanIdArgs {
    /// Name of the assessment
    pub name: String,
    /// The action's id, as `plan list` shows it (e.g. a7f3q)
    pub id: String,
}

const WORKSHOP_EXAMPLES: &str = "\
Examples:
  devops-maturity workshop bank-2026 --team Paris
  devops-maturity workshop bank-2026 --team Paris --participant Alice:dev --participant Bob:ops \\
      --participant Karim --timebox 3m
  devops-maturity workshop bank-2026 --team Paris --anonymous      the reveal shows counts only
  devops-maturity workshop bank-2026 --team Paris --about Nantes   how Paris sees Nantes";

#[derive(Debug, Args)]
pub struct WorkshopArgs {
    /// Name of the assessment
    pub name: String,
    /// The team in the room
    #[arg(long)]
    pub team: String,
    /// Assess another team's practices, as the team in the room sees them: the votes go to
    /// each participant's perception sheet about it, never counted in that team's scores
    #[arg(long, value_name = "TEAM")]
    pub about: Option<String>,
    /// A participant, NAME or NAME:ROLE, in the order votes are typed; repeat for each. Given,
    /// the room opens at once, without the participants screen
    #[arg(long = "participant", value_name = "NAME[:ROLE]")]
    pub participants: Vec<String>,
    /// Time per question, counted down in the header: 3m, 90s, 2m30s, 2:30
    #[arg(long, value_name = "DURATION")]
    pub timebox: Option<String>,
    /// The reveal shows counts per level, never names (the sheets still record each vote)
    #[arg(long)]
    pub anonymous: bool,
}

const METRICS_SET_EXAMPLES: &str = "\
Examples:
  devops-maturity metrics set bank-2026 --team Paris --deploy-frequency 1/month --lead-time 6w \\
      --change-failure-rate 4% --recovery-time 4h --source measured --period 2026-Q3
  devops-maturity metrics set bank-2026 --team Nantes --lead-time band:1h-1d --source estimated

Values: frequencies N/day, N/week, N/month, N/year or on-demand; durations 45m (or 45min), 4h,
2d, 3w, 2mo; rates 12% or 12.5%. A Quick Check band may be given instead: band:on-demand,
band:1h-1d, band:1d-1w, band:1w-1mo, band:1mo-6mo, band:gt-6mo (band:lt-1h for durations), or
a range of rates such as band:10-20%. Keys not given keep their figures; each figure keeps the
source and period it was given with. Bands and clusters: docs/delivery-metrics.md";

#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    /// Record a request from one team to another (it starts open)
    #[command(after_help = REQUEST_ADD_EXAMPLES)]
    Add(RequestAddArgs),
    /// List the requests, oldest first (withdrawn ones are left out)
    #[command(
        after_help = "Examples:\n  devops-maturity request list bank-2026\n  devops-maturity request list bank-2026 --by Ops --to Dev --format json"
    )]
    List(RequestListArgs),
    /// Record the receiving team's response to a request
    #[command(
        after_help = "Example:\n  devops-maturity request respond bank-2026 r-7kq2mx --status accepted --note \"From the March release\""
    )]
    Respond(RequestRespondArgs),
    /// Change a request's text, question or priority (the asking team's side)
    #[command(
        after_help = "Example:\n  devops-maturity request edit bank-2026 r-7kq2mx --priority high"
    )]
    Edit(RequestEditArgs),
    /// Withdraw a request (the asking team's side); it leaves every list and report
    #[command(after_help = "Example:\n  devops-maturity request withdraw bank-2026 r-7kq2mx")]
    Withdraw(RequestIdArgs),
}

const REQUEST_ADD_EXAMPLES: &str = "\
Example:
  devops-maturity request add bank-2026 --by Ops --to Dev \\
      \"Every release comes with a rollback procedure tested in pre-production\" \\
      --question deploy.rollback --priority high";

#[derive(Debug, Args)]
pub struct RequestAddArgs {
    /// Name of the assessment
    pub name: String,
    /// The team that asks
    #[arg(long, value_name = "TEAM")]
    pub by: String,
    /// The team asked
    #[arg(long, value_name = "TEAM")]
    pub to: String,
    /// What is asked, in a sentence or two
    pub text: String,
    /// The question the request is about (an id, see `questionnaire show`)
    #[arg(long, value_name = "QUESTION_ID")]
    pub question: Option<String>,
    /// How much the asking team cares [default: medium]
    #[arg(long, value_enum)]
    pub priority: Option<PriorityArg>,
}

#[derive(Debug, Args)]
pub struct RequestListArgs {
    /// Name of the assessment
    pub name: String,
    /// Only the requests of this asking team
    #[arg(long, value_name = "TEAM")]
    pub by: Option<String>,
    /// Only the requests to this team
    #[arg(long, value_name = "TEAM")]
    pub to: Option<String>,
    /// Output format: text for reading, json for other tools (an array of requests, see
    /// docs/data-format.md)
    #[arg(long, value_enum, default_value_t = MetricsFormat::Text)]
    pub format: MetricsFormat,
}

#[derive(Debug, Args)]
pub struct RequestRespondArgs {
    /// Name of the assessment
    pub name: String,
    /// The request's id, as `request list` shows it (r-xxxxxx)
    pub id: String,
    /// The receiving team's answer
    #[arg(long, value_enum)]
    pub status: ResponseArg,
    /// Why, or on what condition, in a sentence or two
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true).args(["text", "question", "no_question", "priority"]))]
pub struct RequestEditArgs {
    /// Name of the assessment
    pub name: String,
    /// The request's id, as `request list` shows it (r-xxxxxx)
    pub id: String,
    /// The new text of the request
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// The question the request is about from now on (an id)
    #[arg(long, value_name = "QUESTION_ID", conflicts_with = "no_question")]
    pub question: Option<String>,
    /// The request is about no question in particular any more
    #[arg(long)]
    pub no_question: bool,
    /// The new priority
    #[arg(long, value_enum)]
    pub priority: Option<PriorityArg>,
}

#[derive(Debug, Args)]
pub struct RequestIdArgs {
    /// Name of the assessment
    pub name: String,
    /// The request's id, as `request list` shows it (r-xxxxxx)
    pub id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PriorityArg {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResponseArg {
    /// The receiving team agrees to do it
    Accepted,
    /// To be talked over before deciding
    Discuss,
    /// The receiving team will not do it (say why with --note)
    Refused,
}

#[derive(Debug, Subcommand)]
pub enum MetricsCommand {
    /// Record a team's delivery figures (the keys given replace that key's figure only)
    #[command(after_help = METRICS_SET_EXAMPLES)]
    Set(MetricsSetArgs),
    /// Print every team's figures, Quick Check bands and performance cluster
    #[command(after_help = "Example:\n  devops-maturity metrics show bank-2026 --format json")]
    Show(MetricsShowArgs),
}

#[derive(Debug, Args)]
pub struct MetricsSetArgs {
    /// Name of the assessment
    pub name: String,
    /// Team the figures are for
    #[arg(long, value_name = "TEAM")]
    pub team: String,
    /// How often the team deploys to production: N/day, N/week, N/month, N/year, on-demand or
    /// band:ID
    #[arg(long, value_name = "FREQUENCY", allow_hyphen_values = true)]
    pub deploy_frequency: Option<String>,
    /// Lead time for changes, commit to production: 45m, 4h, 2d, 3w, 2mo or band:ID
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub lead_time: Option<String>,
    /// Share of deployments that fail in production and need remediation: 12% or band:10-20%
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub change_failure_rate: Option<String>,
    /// Time to recover from a failed deployment: 45m, 4h, 2d, 3w, 2mo or band:ID
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub recovery_time: Option<String>,
    /// Share of deployments that are unplanned fixes of production problems: 8% or band:5-10%
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub rework_rate: Option<String>,
    /// Where the figures given here come from: measured (from tooling), estimated (by the
    /// team) or unknown [default: unknown]
    #[arg(long, value_name = "SOURCE", allow_hyphen_values = true)]
    pub source: Option<String>,
    /// The period the figures given here cover: 2026, 2026-H2, 2026-Q3 or 2026-07
    #[arg(long, value_name = "PERIOD", allow_hyphen_values = true)]
    pub period: Option<String>,
}

#[derive(Debug, Args)]
pub struct MetricsShowArgs {
    /// Name of the assessment
    pub name: String,
    /// Output format: text for reading, json for other tools (the `delivery` object of
    /// docs/compare-json.md)
    #[arg(long, value_enum, default_value_t = MetricsFormat::Text)]
    pub format: MetricsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MetricsFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Name of the assessment, e.g. bank-2026
    pub name: String,
    /// A team or site taking part; repeat for each team (a follow-up round takes the previous
    /// round's teams)
    #[arg(
        long = "team",
        value_name = "TEAM",
        required_unless_present = "follow_up"
    )]
    pub teams: Vec<String>,
    /// Start a new round of an earlier assessment: the same teams, questionnaire, targets and
    /// scope, its open actions carried over (ids, owners, dates), respondents starting empty;
    /// the earlier round is left as it was
    #[arg(long, value_name = "PREVIOUS", conflicts_with_all = ["teams", "questionnaire", "target", "short"])]
    pub follow_up: Option<String>,
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
    /// Add a new respondent even though the name looks like an existing one of the team
    /// ("Helene" next to "Hélène"); without it such a name is refused
    #[arg(long)]
    pub new_respondent: bool,
    /// Let --role change the role an existing respondent answers with (which questions count
    /// for them)
    #[arg(long)]
    pub change_role: bool,
    /// Answer about another team of the assessment, as the respondent's team sees it ("how we,
    /// Ops, see Dev"): kept apart from the team's own answers, never counted in any team's
    /// scores, shown as the "seen by" view in compare and the report
    #[arg(long, value_name = "TEAM")]
    pub about: Option<String>,
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

#[derive(Debug, Args)]
pub struct NameArgs {
    /// Name of the assessment
    pub name: String,
}

#[derive(Debug, Subcommand)]
pub enum RespondentCommand {
    /// Give a respondent another name (their sheet follows)
    #[command(
        after_help = "Example:\n  devops-maturity respondent rename bank-2026 --team Paris Helene \"Hélène Dupont\""
    )]
    Rename {
        /// Name of the assessment
        name: String,
        /// The respondent's team
        #[arg(long, value_name = "TEAM")]
        team: String,
        /// The current name
        old: String,
        /// The new name
        new: String,
    },
    /// Put FROM's answers into INTO's sheet (where both answered, the newer wins and the
    /// other is printed), then remove FROM
    #[command(
        after_help = "Example:\n  devops-maturity respondent merge bank-2026 --team Paris Helene Hélène"
    )]
    Merge {
        /// Name of the assessment
        name: String,
        /// The respondents' team
        #[arg(long, value_name = "TEAM")]
        team: String,
        /// The respondent whose answers move
        from: String,
        /// The respondent who receives them
        into: String,
    },
    /// Move a respondent's sheet to the assessment's trash (`respondent restore` brings it back)
    #[command(
        after_help = "Example:\n  devops-maturity respondent delete bank-2026 --team Paris \"Test user\""
    )]
    Delete {
        /// Name of the assessment
        name: String,
        /// The respondent's team
        #[arg(long, value_name = "TEAM")]
        team: String,
        /// The respondent
        who: String,
    },
    /// Bring back a deleted respondent's sheet
    #[command(
        after_help = "Example:\n  devops-maturity respondent restore bank-2026 --team Paris \"Test user\""
    )]
    Restore {
        /// Name of the assessment
        name: String,
        /// The respondent's team
        #[arg(long, value_name = "TEAM")]
        team: String,
        /// The respondent
        who: String,
    },
}

const COLLECT_EXAMPLES: &str = "\
Examples:
  devops-maturity collect bank-2026 nantes.zip
  devops-maturity collect bank-2026 /media/usb/devops-maturity --dry-run
  devops-maturity collect bank-2026 sheets/ --map-team \"Nantes=Start-up — Nantes\"";

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// Name of the assessment that receives the answers
    pub name: String,
    /// Where the answers are: sheet files, a responses/ folder, an assessment folder, a data
    /// directory, or a .zip of any of these
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A team spelled differently in the collected sheets: FROM=TO, TO a team of this
    /// assessment (repeatable)
    #[arg(long = "map-team", value_name = "FROM=TO")]
    pub map_team: Vec<String>,
    /// Which answer wins when a question was answered differently on both sides
    #[arg(long, value_enum, default_value_t = PreferArg::Newer)]
    pub prefer: PreferArg,
    /// Print what would be collected and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Collect what can be collected even when some files are refused (they are listed);
    /// without it, a refused file means nothing is written (exit 2)
    #[arg(long)]
    pub skip_refused: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PreferArg {
    /// The answer given last
    Newer,
    /// This laptop's answer
    Mine,
    /// The collected answer
    Theirs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Name of the assessment
    pub name: String,
    /// A team to include; repeat for several [default: every team]
    #[arg(long = "team", value_name = "TEAM")]
    pub teams: Vec<String>,
    /// The .zip file to write; its folder must exist
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
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
    /// Steps in the 0–3 months horizon of each team's roadmap (the later horizons hold 5), and
    /// in the short-term plan of the JSON and CSV
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub short_term: usize,
    /// JSON only: add every respondent's answer behind each number (answers), the deltas of
    /// every pair of teams, up to 20 teams (pairs), and each team's whole roadmap and horizons
    /// beyond its short-term plan (roadmaps); comma-separated [default: none of them, which
    /// keeps the output small with hundreds of teams]
    #[arg(long, value_enum, value_delimiter = ',', value_name = "WHAT")]
    pub detail: Vec<CompareDetail>,
    /// JSON only: indent the document for reading [default: compact, on one line]
    #[arg(long)]
    pub pretty: bool,
}

/// What `compare --format json --detail` adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareDetail {
    Answers,
    Pairs,
    Roadmaps,
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
    /// Rounds to create: 2 adds NAME-2, the same sites six months later (a follow-up round
    /// with part of the plan done and higher levels where it was)
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub rounds: u8,
}

const REPORT_EXAMPLES: &str = "\
Examples:
  devops-maturity report bank-demo --output report.pdf --author \"Claire Dubois\"
  devops-maturity report bank-demo --output report.md --title \"Diagnostic DevOps — 2026\"
  devops-maturity report bank-demo --output scores.csv --team \"Start-up — Nantes\"
  devops-maturity report bank-demo --output report.pdf --force     replace an existing file";

// Each bool is a flag of its own (`--force`, `--anonymous`…), not the states of one thing.
#[allow(clippy::struct_excessive_bools)]
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
    /// With more than eight teams the PDF is a portfolio (heatmap of every team, rankings,
    /// clusters, common roadmap) without a chapter per team: give a team its chapter; repeat
    /// for several
    #[arg(long = "team-pages", value_name = "TEAM")]
    pub team_pages: Vec<String>,
    /// Title on the cover and in the running header [default: the questionnaire's title, then
    /// "gap report" in the report's language]
    #[arg(long)]
    pub title: Option<String>,
    /// Author shown on the cover and at the foot of every page
    #[arg(long)]
    pub author: Option<String>,
    /// The client organisation, shown on the cover and in the running header
    #[arg(long, value_name = "NAME")]
    pub organisation: Option<String>,
    /// Confidentiality line at the foot of the cover [default: "Confidential", « Confidentiel »
    /// in French]
    #[arg(long, value_name = "TEXT", conflicts_with = "no_confidential")]
    pub confidential: Option<String>,
    /// Leave the confidentiality line out
    #[arg(long)]
    pub no_confidential: bool,
    /// A key message of your own, shown first in the synthesis; repeat for several (with the
    /// messages written from the data, the synthesis holds five)
    #[arg(long = "message", value_name = "TEXT")]
    pub messages: Vec<String>,
    /// Name respondents by role ("Dev 1", "Ops 2"; a role held by one person in a team becomes
    /// "Respondent N") in every part of every format; comments are kept verbatim
    #[arg(long)]
    pub anonymous: bool,
    /// What the appendix holds: the ranked backlog and every answer and comment (full), the
    /// backlog only, or nothing
    #[arg(long, value_enum, value_name = "WHAT", default_value_t = ReportAppendix::Full)]
    pub appendix: ReportAppendix,
    /// Paper size of the PDF
    #[arg(long, value_enum, default_value_t = ReportPaper::A4)]
    pub paper: ReportPaper,
    /// CSV field separator, one character [default: ";" for a French report, whose decimal
    /// mark is the comma; "," otherwise]
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<char>,
    /// Output format, when the file name does not say it
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Replace the output file if it exists
    #[arg(long)]
    pub force: bool,
    /// Steps in the 0–3 months horizon of each team's roadmap (the later horizons hold 5), and
    /// in the short-term plan of the JSON and CSV
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub short_term: usize,
    /// Write the report even when some response files cannot be read: they are left out and
    /// the report lists them. Without it, such files stop the report (exit 1)
    #[arg(long)]
    pub skip_unreadable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportAppendix {
    /// The ranked backlog, then every answer and comment
    Full,
    /// The ranked backlog only
    Backlog,
    /// No appendix
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportPaper {
    /// 210 × 297 mm
    A4,
    /// US Letter, 8.5 × 11 in
    Letter,
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
