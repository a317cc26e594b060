//! The report model: built once from a [`Comparison`], rendered by every format. It adds what a
//! document needs on top of the comparison: who wrote it, for whom and when; the synthesis (key
//! messages written from the data, and the heatmap of gaps to target); each team's highlights
//! (strengths and weaknesses by question, quick wins); and the method page's figures (who
//! answered, coverage, caveats). With `anonymous`, every respondent name is replaced by a role
//! label before anything is built, so no format can leak one.
//!
//! Serialised (`report --format json`), it is the `compare --format json` document with more
//! fields (`report`, `summary`, `synthesis`, `highlights`, `method`; see
//! `docs/report-json.md`), so a tool reading one reads the other.

use crate::domain::compare::{Comparison, EPSILON, level_of};
use crate::domain::scoring::{self, LOW_COVERAGE};
use crate::domain::{Role, Stray};
use crate::report::chapter::{TeamChapter, TeamHighlights, team_chapters};
use crate::report::document::Paper;
use crate::report::labels::{Labels, Lang};
use serde::Serialize;
use std::collections::HashMap;

/// Short-term steps per team listed in the summary: three for one or two teams, fewer as teams
/// are added.
fn summary_actions_per_team(teams: usize) -> usize {
    match teams {
        0..=2 => 3,
        3..=4 => 2,
        _ => 1,
    }
}
/// Differences between teams listed in the summary.
const SUMMARY_DIFFERENCES: usize = 3;
/// Key messages of the synthesis, the consultant's own (`--message`) included.
pub const MAX_MESSAGES: usize = 5;
/// Above this many teams the synthesis speaks of the teams together, not one by one.
const TEAMS_ONE_BY_ONE: usize = 3;

/// The confidentiality line on the cover.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Confidentiality {
    /// "Confidential" in the report's language.
    #[default]
    Standard,
    Custom(String),
    /// No line (`--no-confidential`).
    Off,
}

/// How much of the appendix to include.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Appendix {
    /// The ranked backlog and every answer and comment.
    #[default]
    Full,
    /// The ranked backlog only.
    Backlog,
    None,
}

impl Appendix {
    pub fn as_str(self) -> &'static str {
        match self {
            Appendix::Full => "full",
            Appendix::Backlog => "backlog",
            Appendix::None => "none",
        }
    }
}

/// What the caller knows that the comparison does not.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    pub title: Option<String>,
    pub author: Option<String>,
    /// When the report is produced, RFC 3339 UTC; the shown date is derived from it.
    pub created: String,
    /// Response files left out because they could not be read ("PATH: reason"), only with
    /// `report --skip-unreadable`; the report says so.
    pub skipped_files: Vec<String>,
    /// What readable response files hold that no score counts (a team not in the assessment,
    /// an unknown question, a level off the scale); the report lists them with the skipped
    /// files.
    pub not_counted: Vec<NotCounted>,
    /// Language of the report; `None`: from the questionnaire's language.
    pub lang: Option<Lang>,
    /// The client organisation, on the cover.
    pub organisation: Option<String>,
    pub confidential: Confidentiality,
    /// The consultant's own key messages, shown first in the synthesis.
    pub messages: Vec<String>,
    /// Replace every respondent name by a role label.
    pub anonymous: bool,
    pub appendix: Appendix,
    pub paper: Paper,
    /// CSV field separator; `None`: `;` in French (whose decimal mark is the comma), `,`
    /// otherwise.
    pub delimiter: Option<u8>,
    /// The assessment's action plan, when it has one: the roadmap pages show its agreed
    /// actions and list the proposals not agreed yet.
    pub plan: Option<crate::domain::plan::Plan>,
    /// Today (ISO date, the tool's clock): what makes an open action late.
    pub today: String,
    /// With more than eight teams (the portfolio layout), the teams that get their own
    /// chapter, spelled as in the comparison; names not compared are ignored (the caller
    /// checks them).
    pub team_pages: Vec<String>,
}

/// The action plan as the report shows it: the actions of the compared teams, by how far
/// the workshop committed to them (dropped actions are only counted).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanSection {
    pub completion: crate::domain::plan::Completion,
    /// Agreed, in progress or done actions of one team, in plan order.
    pub agreed: Vec<PlanItem>,
    /// Agreed, in progress or done joint actions (two teams or more): shown under the
    /// synchronisation plan.
    pub joint: Vec<PlanItem>,
    /// Proposed, not agreed yet.
    pub proposed: Vec<PlanItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanItem {
    pub id: String,
    pub title: String,
    pub teams: Vec<String>,
    /// Empty: nobody named yet.
    pub owner: String,
    /// ISO date.
    pub due: Option<String>,
    pub horizon: Option<crate::domain::plan::Horizon>,
    pub status: crate::domain::plan::Status,
    /// Open and past its due date.
    pub late: bool,
    pub done_when: String,
    /// The question the action moves, by its title (`None`: an initiative or a free action).
    pub question: Option<String>,
}

/// The plan's actions that concern the compared teams, sorted for the report.
fn plan_section(
    c: &Comparison,
    plan: &crate::domain::plan::Plan,
    today: &str,
    owner_labels: &[(String, String)],
) -> PlanSection {
    use crate::domain::plan::{Completion, Status};
    let shown: Vec<&crate::domain::plan::Action> = plan
        .live()
        .filter(|a| c.teams.iter().any(|t| a.has_team(&t.name)))
        .collect();
    let item = |a: &crate::domain::plan::Action| PlanItem {
        id: a.id.clone(),
        title: a.title.value.clone(),
        teams: a.teams.clone(),
        owner: owner_labels
            .iter()
            .find(|(name, _)| crate::domain::names::same_name(name, &a.owner.value))
            .map_or_else(|| a.owner.value.clone(), |(_, label)| label.clone()),
        due: a.due.value.clone(),
        horizon: a.horizon.value,
        status: a.status(),
        late: a.is_late(today),
        done_when: a.done_when.value.clone(),
        question: a.origin.question().map(|q| {
            c.question(q)
                .map_or_else(|| q.to_string(), |row| row.title.clone())
        }),
    };
    PlanSection {
        completion: Completion::of(shown.iter().copied(), today),
        agreed: shown
            .iter()
            .filter(|a| a.status().is_committed() && !a.is_joint())
            .map(|a| item(a))
            .collect(),
        joint: shown
            .iter()
            .filter(|a| a.status().is_committed() && a.is_joint())
            .map(|a| item(a))
            .collect(),
        proposed: shown
            .iter()
            .filter(|a| a.status() == Status::Proposed)
            .map(|a| item(a))
            .collect(),
    }
}

/// One thing a response file holds that no score counts, and the file (`None` in an anonymous
/// report: file names carry respondent names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCounted {
    pub file: Option<String>,
    pub stray: Stray,
}

/// How the report is laid out: not part of its content, so not serialised.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Presentation {
    pub appendix: Appendix,
    pub paper: Paper,
    pub delimiter: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Language of every word the report adds (headings, sentences, table headers, dates).
    #[serde(skip)]
    pub lang: Lang,
    #[serde(skip)]
    pub presentation: Presentation,
    pub report: Metadata,
    pub summary: Summary,
    pub synthesis: Synthesis,
    /// Per team: strengths and weaknesses by question, quick wins.
    pub highlights: Vec<TeamHighlights>,
    pub method: Method,
    /// One chapter per compared team, built once (`chapter::team_chapters`) for every format.
    /// Not serialised: the JSON carries the comparison and `highlights` it is made from.
    #[serde(skip)]
    pub chapters: Vec<TeamChapter>,
    /// The action plan, when the assessment has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanSection>,
    /// The teams (indices into `comparison.teams`) whose chapter the portfolio layout keeps,
    /// in the order asked; the PDF and the Markdown keep them, the other formats ignore it.
    #[serde(skip)]
    pub team_pages: Vec<usize>,
    #[serde(flatten)]
    pub comparison: Comparison,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metadata {
    pub title: String,
    /// Empty when not given.
    pub author: String,
    /// Empty when not given.
    pub organisation: String,
    /// The cover's confidentiality line; `None` with `--no-confidential`.
    pub confidential: Option<String>,
    /// The round of a follow-up ("Round 2 of 2 (follows bank-demo)"); `None` for a first
    /// round.
    pub round: Option<String>,
    /// Respondents are named by role.
    pub anonymous: bool,
    /// For readers, e.g. "22 November 2026".
    pub date: String,
    /// RFC 3339 UTC.
    pub created: String,
    pub assessment: String,
    pub questionnaire: String,
    pub language: &'static str,
    pub teams: Vec<String>,
    /// Response files that could not be read and were left out (`--skip-unreadable`), each
    /// "PATH: reason" (only the reason in an anonymous report). Empty normally.
    pub skipped_files: Vec<String>,
    /// What readable response files hold that no score counts, each in the report's words
    /// ("PATH: level 9 for “Build”, outside the scale of 1 to 5"). Empty normally.
    pub not_counted: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// False when no compared team gave a single level: renderers say so instead of drawing
    /// empty charts.
    pub has_answers: bool,
    pub teams: Vec<TeamSummary>,
    /// The dimensions where the teams are furthest apart (highest range first). Empty with a
    /// single team.
    pub biggest_differences: Vec<Difference>,
    /// Each team's first short-term steps, team by team.
    pub first_actions: Vec<FirstAction>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamSummary {
    pub team: String,
    pub overall: Option<f64>,
    pub overall_percent: Option<f64>,
    /// The overall score rounded down, and its label: "Managed".
    pub level: Option<u8>,
    pub level_label: Option<String>,
    pub target: f64,
    pub gap: Option<f64>,
    pub coverage: f64,
    pub respondents: usize,
    /// Questions anyone in the team answered.
    pub questions_answered: usize,
    /// Names of the team's strongest and weakest dimensions (against its own average).
    pub strongest: Vec<String>,
    pub weakest: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    pub dimension_id: String,
    pub dimension: String,
    pub highest_team: String,
    pub highest: f64,
    pub lowest_team: String,
    pub lowest: f64,
    /// `highest − lowest`.
    pub distance: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FirstAction {
    pub team: String,
    pub rank: usize,
    pub question_id: String,
    pub question: String,
    pub title: String,
    pub from_label: String,
    pub to_label: String,
    pub effort: crate::domain::Effort,
    pub text: String,
}

/// The one-page synthesis: key messages and the heatmap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Synthesis {
    /// 3 to 5 sentences, the consultant's first.
    pub messages: Vec<KeyMessage>,
    pub heatmap: Vec<HeatRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyMessage {
    pub kind: MessageKind,
    /// The sentence, in the report's language.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// Given with `--message`.
    Consultant,
    /// A team's level, strongest and weakest dimensions (and first steps with 2–3 teams).
    Team,
    /// Many teams at once: the highest, the lowest, the dimensions they share; in a portfolio,
    /// the median overall score and how many teams are far from target.
    Teams,
    /// Which dimensions split the teams by a level or more, or that none does; in a portfolio,
    /// those where the middle half of the teams spans a level or more.
    TwoSpeed,
    /// A portfolio's dimensions where one team in ten or fewer meets the target.
    CommonWeakness,
    /// A portfolio's uneven dimensions where more than one team in ten meets the target.
    LearnFrom,
    /// The widest gap between the teams' delivery rhythms, and their DORA clusters.
    Rhythm,
    /// The lowest scores on the dimensions weighted above the mean weight.
    Risk,
    /// The first steps of the roadmap.
    Actions,
    /// The widest gap between how a team sees itself and how another team sees it.
    Perception,
}

/// One dimension of the heatmap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatRow {
    pub dimension_id: String,
    pub dimension: String,
    pub weight: f64,
    pub target: f64,
    /// In team order.
    pub cells: Vec<HeatCell>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatCell {
    pub team: String,
    pub score: Option<f64>,
    /// Target minus score as printed (`report::format::difference`); `None` when not assessed.
    pub gap: Option<f64>,
    pub bin: GapBin,
    /// Levels given by the team on the dimension's questions.
    pub answers: usize,
    /// Most of the dimension's medians rest on a single answer (marked †).
    pub single_answer: bool,
}

/// Where a gap to target falls, in fixed bins; the heatmap's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapBin {
    /// At or above the target.
    Met,
    /// Up to 0.5 below.
    UpToHalf,
    /// Over 0.5, up to 1 below.
    UpToOne,
    /// Over 1, up to 2 below.
    UpToTwo,
    /// More than 2 below.
    OverTwo,
    /// Nobody in the team answered the dimension.
    NotAssessed,
}

impl GapBin {
    /// The bin of `score` against `target`, on the printed values so that a cell reading 4.0
    /// against a target of 4.0 is "met".
    pub fn of(score: Option<f64>, target: f64) -> GapBin {
        let Some(gap) = crate::report::format::difference(Some(target), score) else {
            return GapBin::NotAssessed;
        };
        if gap <= EPSILON {
            GapBin::Met
        } else if gap <= 0.5 + EPSILON {
            GapBin::UpToHalf
        } else if gap <= 1.0 + EPSILON {
            GapBin::UpToOne
        } else if gap <= 2.0 + EPSILON {
            GapBin::UpToTwo
        } else {
            GapBin::OverTwo
        }
    }

    /// 0 (met) to 4 (more than 2 below); `None` not assessed.
    pub fn index(self) -> Option<u8> {
        match self {
            GapBin::Met => Some(0),
            GapBin::UpToHalf => Some(1),
            GapBin::UpToOne => Some(2),
            GapBin::UpToTwo => Some(3),
            GapBin::OverTwo => Some(4),
            GapBin::NotAssessed => None,
        }
    }
}

/// The method page's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Method {
    pub anonymous: bool,
    /// Who answered, per team and role.
    pub respondents: Vec<TeamRoles>,
    /// Per dimension, each team's coverage (share of the dimension's questions answered).
    pub coverage: Vec<CoverageRow>,
    /// Team × dimension cells under 50 % coverage (0 %: not assessed).
    pub low_coverage: Vec<LowCoverage>,
    /// Team medians on a question that rest on a single answer.
    pub single_answer_medians: usize,
    /// The overall target is a weighted mean of differing dimension targets.
    pub weighted_target: bool,
    /// Questions flagged as disagreements, over all teams.
    pub disagreements: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamRoles {
    pub team: String,
    pub respondents: usize,
    /// Respondents per role, in the order of `Role::ALL`; `null` is no role (in an anonymous
    /// report, also every role held by one person only).
    pub roles: Vec<RoleTally>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleTally {
    pub role: Option<Role>,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoverageRow {
    pub dimension_id: String,
    pub dimension: String,
    pub teams: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LowCoverage {
    pub team: String,
    pub dimension_id: String,
    pub dimension: String,
    pub coverage: f64,
}

impl Report {
    pub fn build(mut comparison: Comparison, options: &ReportOptions) -> Report {
        let lang = options
            .lang
            .unwrap_or_else(|| Lang::from_tag(&comparison.questionnaire.language));
        let labels = lang.labels();
        let originals: Vec<Vec<String>> = comparison
            .teams
            .iter()
            .map(|t| t.respondents.iter().map(|r| r.name.clone()).collect())
            .collect();
        if options.anonymous {
            anonymize(&mut comparison, labels);
        }
        // An owner who is a respondent is named by their role label too (same order).
        let owner_labels: Vec<(String, String)> = if options.anonymous {
            originals
                .iter()
                .zip(&comparison.teams)
                .flat_map(|(names, t)| {
                    names
                        .iter()
                        .cloned()
                        .zip(t.respondents.iter().map(|r| r.name.clone()))
                })
                .collect()
        } else {
            Vec::new()
        };
        let c = &comparison;
        let chapters = team_chapters(c);
        let metadata = Metadata {
            title: options
                .title
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map_or_else(
                    || labels.default_title(&c.questionnaire.title),
                    str::to_string,
                ),
            author: trimmed(options.author.as_deref()),
            organisation: trimmed(options.organisation.as_deref()),
            confidential: match &options.confidential {
                Confidentiality::Standard => Some(labels.confidential.to_string()),
                Confidentiality::Custom(text) if !text.trim().is_empty() => {
                    Some(text.trim().to_string())
                }
                Confidentiality::Custom(_) | Confidentiality::Off => None,
            },
            round: c.progress.as_ref().map(|p| {
                crate::report::labels::PlanLabels::of(lang).round_of(
                    p.rounds.len(),
                    p.rounds.len(),
                    &p.previous,
                )
            }),
            anonymous: options.anonymous,
            date: labels.date_of(&options.created),
            created: options.created.clone(),
            assessment: c.assessment.clone(),
            questionnaire: c.questionnaire.title.clone(),
            language: match lang {
                Lang::En => "en",
                Lang::Fr => "fr",
            },
            teams: c.teams.iter().map(|t| t.name.clone()).collect(),
            skipped_files: options.skipped_files.clone(),
            not_counted: options
                .not_counted
                .iter()
                .map(|n| {
                    let id = match &n.stray {
                        Stray::UnknownTeam { .. } => "",
                        Stray::UnknownQuestion { question } | Stray::OffScale { question, .. } => {
                            question.as_str()
                        }
                    };
                    // By title in the body; an unknown question has only its id.
                    let question = c
                        .questions
                        .iter()
                        .find(|q| q.id == id)
                        .map_or(id, |q| q.title.as_str());
                    labels.stray_item(n.file.as_deref(), &n.stray, question)
                })
                .collect(),
        };
        let synthesis = Synthesis {
            messages: messages(c, &options.messages, labels),
            heatmap: heatmap(c),
        };
        Report {
            lang,
            presentation: Presentation {
                appendix: options.appendix,
                paper: options.paper,
                delimiter: options.delimiter,
            },
            report: metadata,
            summary: summary(c),
            synthesis,
            highlights: chapters.iter().map(|ch| ch.highlights.clone()).collect(),
            method: method(c, options.anonymous),
            chapters,
            plan: options
                .plan
                .as_ref()
                .map(|p| plan_section(c, p, &options.today, &owner_labels)),
            team_pages: options
                .team_pages
                .iter()
                .filter_map(|name| c.team_index(name))
                .collect(),
            comparison,
        }
    }

    /// The words around the content, in the report's language.
    pub fn labels(&self) -> &'static Labels {
        self.lang.labels()
    }
}

fn trimmed(text: Option<&str>) -> String {
    text.unwrap_or("").trim().to_string()
}

/// "2026-11-22T09:30:00Z" → "22 November 2026"; anything else is shown as given.
pub fn display_date(rfc3339: &str) -> String {
    crate::report::labels::EN.date_of(rfc3339)
}

/// Replaces every respondent's name, in every part of the comparison, by a role label: "Dev 1",
/// "Dev 2" for a role two or more people of the team hold, "Respondent N" (and no role) for
/// anyone whose role alone would identify them. Numbering is per team, in respondent order.
pub fn anonymize(c: &mut Comparison, l: &Labels) {
    for ti in 0..c.teams.len() {
        let team = &mut c.teams[ti];
        let mut held: HashMap<Option<Role>, usize> = HashMap::new();
        for r in &team.respondents {
            *held.entry(r.role).or_default() += 1;
        }
        let mut per_role: HashMap<Role, usize> = HashMap::new();
        let mut others = 0;
        let mut names: HashMap<String, (String, Option<Role>)> = HashMap::new();
        for r in &mut team.respondents {
            let (label, role) = match r.role {
                Some(role) if held[&Some(role)] >= 2 => {
                    let n = per_role.entry(role).or_default();
                    *n += 1;
                    (l.role_holder(role, *n), Some(role))
                }
                _ => {
                    others += 1;
                    (l.anonymous_respondent(others), None)
                }
            };
            names.insert(r.name.clone(), (label.clone(), role));
            r.name = label;
            r.role = role;
        }
        let rename = |a: &mut crate::domain::compare::RespondentAnswer| {
            // Every answer comes from one of the team's respondents; anything else is hidden
            // rather than shown.
            // The workshop room's note names no one: kept as it is.
            if a.role.is_none() && a.answer.is_none() && a.respondent == l.room() {
                return;
            }
            let (label, role) = names
                .get(&a.respondent)
                .cloned()
                .unwrap_or_else(|| (l.anonymous_respondent(0), None));
            a.respondent = label;
            a.role = role;
        };
        for d in &mut team.disagreements {
            d.answers.iter_mut().for_each(rename);
        }
        for q in &mut c.questions {
            q.teams[ti].answers.iter_mut().for_each(rename);
        }
    }
}

fn summary(c: &Comparison) -> Summary {
    let dimension_name = |id: &str| c.dimension(id).map_or(id, |d| d.name.as_str()).to_string();
    let teams = c
        .teams
        .iter()
        .map(|t| {
            // The level of the printed score: 2.96 reads "3.0", so level 3, not 2.
            let level = t.overall.map(shown_level);
            TeamSummary {
                team: t.name.clone(),
                overall: t.overall,
                overall_percent: t.overall_percent,
                level,
                level_label: level.map(|l| c.level_label(l).to_string()),
                target: t.target,
                gap: t.gap,
                coverage: t.coverage,
                respondents: t.respondents.len(),
                questions_answered: (t.coverage * c.questions.len() as f64).round() as usize,
                strongest: t
                    .strengths
                    .iter()
                    .map(|s| dimension_name(&s.dimension_id))
                    .collect(),
                weakest: t
                    .weaknesses
                    .iter()
                    .map(|s| dimension_name(&s.dimension_id))
                    .collect(),
            }
        })
        .collect();
    let mut differences: Vec<Difference> = c
        .dimensions
        .iter()
        .filter_map(|d| {
            let scored = d
                .teams
                .iter()
                .filter_map(|cell| Some((cell.team.as_str(), cell.score?)));
            // First of the highest and first of the lowest, in team order.
            let mut hi: Option<(&str, f64)> = None;
            let mut lo = hi;
            for (team, score) in scored {
                if hi.is_none_or(|(_, h)| score > h) {
                    hi = Some((team, score));
                }
                if lo.is_none_or(|(_, l)| score < l) {
                    lo = Some((team, score));
                }
            }
            let ((ht, h), (lt, l)) = (hi?, lo?);
            (ht != lt && h > l).then(|| Difference {
                dimension_id: d.id.clone(),
                dimension: d.name.clone(),
                highest_team: ht.to_string(),
                highest: h,
                lowest_team: lt.to_string(),
                lowest: l,
                distance: h - l,
            })
        })
        .collect();
    differences.sort_by(|a, b| b.distance.total_cmp(&a.distance));
    differences.truncate(SUMMARY_DIFFERENCES);
    let first_actions = c
        .teams
        .iter()
        .flat_map(|t| {
            t.short_term_plan
                .iter()
                .take(summary_actions_per_team(c.teams.len()))
                .map(|r| FirstAction {
                    team: t.name.clone(),
                    rank: r.rank,
                    question_id: r.question_id.clone(),
                    question: r.question.clone(),
                    title: r.title.clone(),
                    from_label: r.from_label.clone(),
                    to_label: r.to_label.clone(),
                    effort: r.effort,
                    text: r.text.clone(),
                })
        })
        .collect();
    Summary {
        has_answers: c.has_answers(),
        teams,
        biggest_differences: differences,
        first_actions,
    }
}

/// The level a score reads as once printed: the level of its one-decimal rounding, so that
/// "3.0" is never called level 2.
pub fn shown_level(score: f64) -> u8 {
    level_of(scoring::round1(score))
}

/// Levels team `ti` gave on the questions of dimension `dimension_id`.
pub fn answers_in(c: &Comparison, dimension_id: &str, ti: usize) -> usize {
    c.questions
        .iter()
        .filter(|q| q.dimension_id == dimension_id)
        .map(|q| q.teams[ti].levels.len())
        .sum()
}

/// Whether most of the team's medians on the dimension rest on a single answer.
fn single_answer(c: &Comparison, dimension_id: &str, ti: usize) -> bool {
    let (single, scored) = c
        .questions
        .iter()
        .filter(|q| q.dimension_id == dimension_id && q.teams[ti].median.is_some())
        .fold((0, 0), |(s, n), q| {
            (s + usize::from(q.teams[ti].levels.len() == 1), n + 1)
        });
    scored > 0 && 2 * single > scored
}

fn heatmap(c: &Comparison) -> Vec<HeatRow> {
    c.dimensions
        .iter()
        .map(|d| HeatRow {
            dimension_id: d.id.clone(),
            dimension: d.name.clone(),
            weight: d.weight,
            target: d.target,
            cells: d
                .teams
                .iter()
                .enumerate()
                .map(|(ti, cell)| HeatCell {
                    team: cell.team.clone(),
                    score: cell.score,
                    gap: crate::report::format::difference(Some(d.target), cell.score),
                    bin: GapBin::of(cell.score, d.target),
                    answers: answers_in(c, &d.id, ti),
                    single_answer: cell.score.is_some() && single_answer(c, &d.id, ti),
                })
                .collect(),
        })
        .collect()
}

/// A team's scored dimensions, highest score first (ties in questionnaire order).
fn ranked_dimensions(c: &Comparison, ti: usize) -> Vec<(&str, f64)> {
    let mut scored: Vec<(&str, f64)> = c
        .dimensions
        .iter()
        .filter_map(|d| Some((d.name.as_str(), d.teams[ti].score?)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    scored
}

/// The two strongest and two weakest dimensions (fewer when few are scored, never the same
/// dimension in both).
fn extremes(c: &Comparison, ti: usize) -> (Vec<String>, Vec<String>) {
    let ranked = ranked_dimensions(c, ti);
    let take = (ranked.len() / 2).min(2);
    let strongest = ranked[..take].iter().map(|d| d.0.to_string()).collect();
    let weakest = ranked[ranked.len() - take..]
        .iter()
        .rev()
        .map(|d| d.0.to_string())
        .collect();
    (strongest, weakest)
}

/// The titles of a team's first steps (0–3 months).
fn first_steps(c: &Comparison, ti: usize, count: usize) -> Vec<String> {
    c.teams[ti]
        .horizons
        .first()
        .map(|h| {
            h.steps
                .iter()
                .take(count)
                .map(|s| s.title.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The synthesis's key messages: the consultant's first, then those written from the data, at
/// most `MAX_MESSAGES` in all (more only if the consultant gave more).
fn messages(c: &Comparison, own: &[String], l: &Labels) -> Vec<KeyMessage> {
    let mut out: Vec<KeyMessage> = own
        .iter()
        .map(|m| m.trim())
        .filter(|m| !m.is_empty())
        .map(|m| KeyMessage {
            kind: MessageKind::Consultant,
            text: m.to_string(),
        })
        .collect();
    if !c.has_answers() {
        return out;
    }
    let scored: Vec<usize> = (0..c.teams.len())
        .filter(|&i| c.teams[i].has_scores())
        .collect();
    // More than eight teams: the portfolio's own messages (`portfolio_messages`). The others
    // name the highest and lowest team and the widest pair, which two hundred teams always
    // have far apart: they would say nothing.
    let generated = if crate::report::portfolio::is_portfolio(c.teams.len()) {
        portfolio_messages(c, &scored, l)
    } else {
        few_teams_messages(c, &scored, l)
    };
    let room = MAX_MESSAGES.saturating_sub(out.len());
    out.extend(generated.into_iter().take(room));
    out
}

/// Up to eight teams: each team's level (up to three), or the range of the teams; the two
/// speeds, the rhythm, the perception, the risk and the first actions.
fn few_teams_messages(c: &Comparison, scored: &[usize], l: &Labels) -> Vec<KeyMessage> {
    let top = c.questionnaire.levels.len();
    let mut generated = Vec::new();
    let one_by_one = scored.len() <= TEAMS_ONE_BY_ONE;
    if one_by_one {
        for &ti in scored {
            let t = &c.teams[ti];
            let overall = t.overall.unwrap_or_default();
            let level = shown_level(overall);
            let (strongest, weakest) = extremes(c, ti);
            // One team: its first actions get a message of their own; three teams name one
            // each, so that the synthesis stays on its page.
            let first = match scored.len() {
                1 => Vec::new(),
                2 => first_steps(c, ti, 2),
                _ => first_steps(c, ti, 1),
            };
            generated.push(KeyMessage {
                kind: MessageKind::Team,
                text: l.msg_team(
                    &t.name,
                    &l.level(level, c.level_label(level)),
                    &l.out_of(Some(overall), top),
                    &l.score(Some(t.target)),
                    &strongest,
                    &weakest,
                    &first,
                ),
            });
        }
    } else {
        generated.push(KeyMessage {
            kind: MessageKind::Teams,
            text: teams_message(c, scored, l),
        });
    }
    if scored.len() >= 2 {
        generated.push(KeyMessage {
            kind: MessageKind::TwoSpeed,
            text: two_speed_message(c, l),
        });
    }
    if let Some(text) = rhythm_message(c, l) {
        generated.push(KeyMessage {
            kind: MessageKind::Rhythm,
            text,
        });
    }
    if let Some((p, g)) = c.widest_perception_gap() {
        generated.push(KeyMessage {
            kind: MessageKind::Perception,
            text: l.msg_perception(&g.by, &p.team, &g.title, g.seen, g.self_median),
        });
    }
    if let Some(text) = risk_message(c, scored, l) {
        generated.push(KeyMessage {
            kind: MessageKind::Risk,
            text,
        });
    }
    if scored.len() == 1 {
        let titles = first_steps(c, scored[0], 3);
        if !titles.is_empty() {
            generated.push(KeyMessage {
                kind: MessageKind::Actions,
                text: l.msg_actions(&[l.team_actions(None, &titles)]),
            });
        }
    } else if !one_by_one && let Some(text) = shared_first_message(c, scored, l) {
        generated.push(KeyMessage {
            kind: MessageKind::Actions,
            text,
        });
    }
    generated
}

/// More than eight teams (the portfolio layout), by rules on the whole distribution rather
/// than on its extremes (`report::portfolio`, stated in the method): where the median team
/// stands overall and how many teams are far from target; how spread each dimension is (the
/// middle half of the teams); the common weaknesses; the uneven dimensions with teams to
/// learn from; the first action most teams share.
fn portfolio_messages(c: &Comparison, scored: &[usize], l: &Labels) -> Vec<KeyMessage> {
    use crate::report::portfolio::{DimensionRanking, Portfolio};
    let pw = crate::report::labels::portfolio::words(l.lang);
    let p = Portfolio::of(c);
    let mut out = Vec::new();
    if let Some(o) = &p.overall {
        out.push(KeyMessage {
            kind: MessageKind::Teams,
            text: pw.msg_position(
                o.scored,
                &l.score(Some(o.quartiles.median)),
                &l.score(Some(o.target)),
                (
                    &l.score(Some(o.quartiles.q1)),
                    &l.score(Some(o.quartiles.q3)),
                ),
                o.far,
                o.met,
            ),
        });
    }
    let name = |k: &DimensionRanking| c.dimensions[k.dimension].name.as_str();
    let middle = |k: &DimensionRanking| {
        k.quartiles.map_or_else(String::new, |q| {
            pw.between(&l.score(Some(q.q1)), &l.score(Some(q.q3)))
        })
    };
    let spread = |k: &DimensionRanking| k.quartiles.map_or(0.0, |q| q.spread());
    // Widest middle half first; stable, so questionnaire order breaks ties.
    let mut by_spread: Vec<&DimensionRanking> = p
        .rankings
        .iter()
        .filter(|k| k.quartiles.is_some())
        .collect();
    by_spread.sort_by(|a, b| spread(b).total_cmp(&spread(a)));
    let uneven: Vec<&DimensionRanking> = by_spread.iter().copied().filter(|k| k.uneven()).collect();
    if let (Some(widest), Some(narrowest)) = (by_spread.first(), by_spread.last()) {
        let listed: Vec<String> = uneven
            .iter()
            .take(2)
            .map(|k| pw.dimension_with(name(k), &middle(k)))
            .collect();
        out.push(KeyMessage {
            kind: MessageKind::TwoSpeed,
            text: if uneven.is_empty() {
                pw.msg_close_together(&pw.dimension_with(name(widest), &middle(widest)))
            } else {
                // The narrowest only when it is not among those named, and narrower than
                // the widest (all alike, it would repeat the same span).
                let narrowest = ((uneven.len() > 2 || !narrowest.uneven())
                    && spread(narrowest) + EPSILON < spread(widest))
                .then(|| pw.dimension_with(name(narrowest), &middle(narrowest)));
                pw.msg_spread(
                    uneven.len(),
                    c.dimensions.len(),
                    &listed,
                    narrowest.as_deref(),
                )
            },
        });
    }
    // Lowest median first, then questionnaire order.
    let mut common: Vec<&DimensionRanking> =
        p.rankings.iter().filter(|k| k.common_weakness()).collect();
    common.sort_by(|a, b| {
        a.median
            .unwrap_or_default()
            .total_cmp(&b.median.unwrap_or_default())
    });
    let lowest: Vec<(String, String)> = common
        .iter()
        .take(3)
        .map(|k| (name(k).to_string(), l.score(k.median)))
        .collect();
    out.push(KeyMessage {
        kind: MessageKind::CommonWeakness,
        text: pw.msg_common_weaknesses(common.len(), c.dimensions.len(), &lowest),
    });
    // Most teams at target first (the most to learn from), then questionnaire order.
    let mut learn: Vec<&DimensionRanking> = p.rankings.iter().filter(|k| k.learn_from()).collect();
    learn.sort_by(|a, b| (b.met * a.scored).cmp(&(a.met * b.scored)));
    let listed: Vec<String> = learn
        .iter()
        .take(2)
        .map(|k| pw.dimension_with(name(k), &l.of(k.met, k.scored)))
        .collect();
    // The common weaknesses no team in the portfolio shows the way on.
    let alone: Vec<&str> = common
        .iter()
        .filter(|k| !k.learn_from())
        .map(|k| name(k))
        .collect();
    if !learn.is_empty() || !alone.is_empty() {
        let named: Vec<String> = alone.iter().take(2).map(|n| (*n).to_string()).collect();
        out.push(KeyMessage {
            kind: MessageKind::LearnFrom,
            text: pw.msg_learn_from(
                learn.len(),
                c.dimensions.len(),
                &listed,
                (alone.len(), common.len()),
                &named,
            ),
        });
    }
    if let Some(text) = shared_first_message(c, scored, l) {
        out.push(KeyMessage {
            kind: MessageKind::Actions,
            text,
        });
    }
    out
}

/// The rhythm gap between the teams (the key that splits them most) and each team's cluster;
/// `None` with fewer than two teams with a cluster.
fn rhythm_message(c: &Comparison, l: &Labels) -> Option<String> {
    let d = &c.delivery;
    let clusters: Vec<(String, &'static str)> = d
        .teams
        .iter()
        .filter_map(|t| Some((t.team.clone(), l.cluster_label(t.cluster?))))
        .collect();
    if clusters.len() < 2 || clusters.len() > TEAMS_ONE_BY_ONE {
        return None;
    }
    let widest = d.widest_gap.and_then(|k| d.gap(k)).or(d.gaps.first())?;
    let gap = if l.is_fr() {
        widest.text_fr()
    } else {
        widest.text.clone()
    };
    Some(l.msg_rhythm(&gap, &clusters))
}

fn teams_message(c: &Comparison, scored: &[usize], l: &Labels) -> String {
    let by_overall = |ti: usize| c.teams[ti].overall.unwrap_or_default();
    let highest = scored
        .iter()
        .copied()
        .reduce(|a, b| {
            if by_overall(b) > by_overall(a) + EPSILON {
                b
            } else {
                a
            }
        })
        .unwrap_or(0);
    let lowest = scored
        .iter()
        .copied()
        .reduce(|a, b| {
            if by_overall(b) + EPSILON < by_overall(a) {
                b
            } else {
                a
            }
        })
        .unwrap_or(0);
    let describe = |ti: usize| {
        let o = by_overall(ti);
        let level = shown_level(o);
        format!(
            "{}, {}",
            l.level(level, c.level_label(level)),
            l.score(Some(o))
        )
    };
    // The dimensions most often among the teams' two strongest and two weakest.
    let mut strong: HashMap<String, usize> = HashMap::new();
    let mut weak: HashMap<String, usize> = HashMap::new();
    for &ti in scored {
        let (s, w) = extremes(c, ti);
        for d in s {
            *strong.entry(d).or_default() += 1;
        }
        for d in w {
            *weak.entry(d).or_default() += 1;
        }
    }
    let most = |counts: &HashMap<String, usize>| -> Vec<String> {
        let mut ranked: Vec<&str> = c
            .dimensions
            .iter()
            .map(|d| d.name.as_str())
            .filter(|n| counts.get(*n).is_some_and(|&k| k >= 2))
            .collect();
        // Stable: questionnaire order breaks ties.
        ranked.sort_by(|a, b| counts[*b].cmp(&counts[*a]));
        ranked.into_iter().take(2).map(str::to_string).collect()
    };
    l.msg_teams_range(
        scored.len(),
        (&c.teams[highest].name, &describe(highest)),
        (&c.teams[lowest].name, &describe(lowest)),
        &most(&strong),
        &most(&weak),
    )
}

fn two_speed_message(c: &Comparison, l: &Labels) -> String {
    let plan = &c.synchronisation;
    if plan.is_empty() {
        let widest = c
            .dimensions
            .iter()
            .filter_map(|d| Some((d.name.as_str(), d.range?)))
            .filter(|(_, r)| *r > EPSILON)
            .reduce(|a, b| if b.1 > a.1 + EPSILON { b } else { a });
        return l.msg_one_speed(widest.map(|(d, r)| (d, scoring::round1(r))));
    }
    let widest: Vec<String> = plan
        .iter()
        .take(2)
        .filter_map(|i| {
            let low = i.followers.first()?;
            Some(l.split(
                &i.dimension,
                (&i.leader, &l.score(Some(i.leader_score))),
                (&low.team, &l.score(Some(low.score))),
                scoring::shown_difference(i.leader_score, low.score),
            ))
        })
        .collect();
    l.msg_two_speed(plan.len(), c.dimensions.len(), &widest)
}

/// The lowest scores below target on the dimensions weighted above the questionnaire's mean
/// weight (on all dimensions when every weight is the same), with the answers behind each.
fn risk_message(c: &Comparison, scored: &[usize], l: &Labels) -> Option<String> {
    let mean = c.dimensions.iter().map(|d| d.weight).sum::<f64>() / c.dimensions.len() as f64;
    let weighted = c.dimensions.iter().any(|d| d.weight > mean + EPSILON);
    let mut cells: Vec<(usize, usize, f64)> = Vec::new();
    for (di, d) in c.dimensions.iter().enumerate() {
        if weighted && d.weight <= mean + EPSILON {
            continue;
        }
        for &ti in scored {
            let Some(score) = d.teams[ti].score else {
                continue;
            };
            if GapBin::of(Some(score), d.target) != GapBin::Met {
                cells.push((di, ti, score));
            }
        }
    }
    // Lowest first; stable, so questionnaire then team order breaks ties.
    cells.sort_by(|a, b| a.2.total_cmp(&b.2));
    // Two, so that the message stays a sentence the page has room for.
    let count = 2;
    let items: Vec<String> = cells
        .iter()
        .take(count)
        .map(|&(di, ti, score)| {
            let d = &c.dimensions[di];
            let team = (scored.len() > 1).then_some(c.teams[ti].name.as_str());
            l.risk_item(
                &d.name,
                &l.score(Some(score)),
                team,
                answers_in(c, &d.id, ti),
            )
        })
        .collect();
    (!items.is_empty()).then(|| l.msg_risk(&items, weighted))
}

/// Many teams: the first step most of them share.
fn shared_first_message(c: &Comparison, scored: &[usize], l: &Labels) -> Option<String> {
    let mut counts: Vec<(&str, &str, usize)> = Vec::new();
    for &ti in scored {
        let Some(step) = c.teams[ti].horizons.first().and_then(|h| h.steps.first()) else {
            continue;
        };
        match counts.iter_mut().find(|(id, _, _)| *id == step.question_id) {
            Some(entry) => entry.2 += 1,
            None => counts.push((&step.question_id, &step.title, 1)),
        }
    }
    let best = counts
        .iter()
        .copied()
        .reduce(|a, b| if b.2 > a.2 { b } else { a })?;
    Some(l.msg_shared_first(best.1, best.2, scored.len()))
}

fn method(c: &Comparison, anonymous: bool) -> Method {
    let respondents = c
        .teams
        .iter()
        .map(|t| {
            let mut roles: Vec<RoleTally> = Role::ALL
                .iter()
                .map(|&role| RoleTally {
                    role: Some(role),
                    count: t
                        .respondents
                        .iter()
                        .filter(|r| r.role == Some(role))
                        .count(),
                })
                .filter(|r| r.count > 0)
                .collect();
            let none = t.respondents.iter().filter(|r| r.role.is_none()).count();
            if none > 0 {
                roles.push(RoleTally {
                    role: None,
                    count: none,
                });
            }
            TeamRoles {
                team: t.name.clone(),
                respondents: t.respondents.len(),
                roles,
            }
        })
        .collect();
    let coverage = c
        .dimensions
        .iter()
        .map(|d| CoverageRow {
            dimension_id: d.id.clone(),
            dimension: d.name.clone(),
            teams: d.teams.iter().map(|cell| cell.coverage).collect(),
        })
        .collect();
    let low_coverage = c
        .dimensions
        .iter()
        .flat_map(|d| {
            d.teams
                .iter()
                .filter(|cell| cell.coverage + EPSILON < LOW_COVERAGE)
                .map(|cell| LowCoverage {
                    team: cell.team.clone(),
                    dimension_id: d.id.clone(),
                    dimension: d.name.clone(),
                    coverage: cell.coverage,
                })
        })
        .collect();
    let single_answer_medians = c
        .questions
        .iter()
        .flat_map(|q| &q.teams)
        .filter(|cell| cell.median.is_some() && cell.levels.len() == 1)
        .count();
    let first_target = c.dimensions.first().map_or(0.0, |d| d.target);
    Method {
        anonymous,
        respondents,
        coverage,
        low_coverage,
        single_answer_medians,
        weighted_target: c
            .dimensions
            .iter()
            .any(|d| (d.target - first_target).abs() > EPSILON),
        disagreements: c.teams.iter().map(|t| t.disagreements.len()).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_words() {
        assert_eq!(display_date("2026-11-22T09:30:00Z"), "22 November 2026");
        assert_eq!(display_date("2026-01-05"), "5 January 2026");
        assert_eq!(display_date("yesterday"), "yesterday");
        assert_eq!(display_date("2026-13-01T00:00:00Z"), "2026-13-01T00:00:00Z");
    }

    #[test]
    fn gaps_fall_in_fixed_bins_on_the_printed_scores() {
        let bin = |score: f64, target: f64| GapBin::of(Some(score), target);
        assert_eq!(bin(4.2, 4.0), GapBin::Met);
        // 3.96 prints 4.0: met, not "up to 0.5 below".
        assert_eq!(bin(3.96, 4.0), GapBin::Met);
        assert_eq!(bin(3.5, 4.0), GapBin::UpToHalf);
        // 3.46 prints 3.5: half a level short; 3.44 prints 3.4.
        assert_eq!(bin(3.46, 4.0), GapBin::UpToHalf);
        assert_eq!(bin(3.44, 4.0), GapBin::UpToOne);
        assert_eq!(bin(3.0, 4.0), GapBin::UpToOne);
        assert_eq!(bin(2.9, 4.0), GapBin::UpToTwo);
        assert_eq!(bin(2.0, 4.0), GapBin::UpToTwo);
        assert_eq!(bin(1.9, 4.0), GapBin::OverTwo);
        assert_eq!(GapBin::of(None, 4.0), GapBin::NotAssessed);
        assert_eq!(
            [GapBin::Met, GapBin::OverTwo, GapBin::NotAssessed].map(GapBin::index),
            [Some(0), Some(4), None]
        );
    }
}
