//! The report model: built once from a [`Comparison`], rendered by every format. It adds what a
//! document needs on top of the comparison: who wrote it and when, and an executive summary
//! (each team's level in words, the biggest differences, the first actions).
//!
//! Serialised (`report --format json`), it is the `compare --format json` document with two
//! more fields, `report` and `summary`, so a tool reading one reads the other.

use crate::domain::compare::Comparison;
use crate::report::chapter::{TeamChapter, team_chapters};
use crate::report::labels::{Labels, Lang};
use serde::Serialize;

pub const DEFAULT_TITLE: &str = crate::report::labels::EN.default_title;

/// Short-term steps per team listed in the executive summary: three for one or two teams, fewer
/// as teams are added, so the summary stays a summary.
fn summary_actions_per_team(teams: usize) -> usize {
    match teams {
        0..=2 => 3,
        3..=4 => 2,
        _ => 1,
    }
}
/// Differences between teams listed in the executive summary.
const SUMMARY_DIFFERENCES: usize = 3;

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
    /// Language of the report's chrome; `None`: from the questionnaire's language.
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Language of the words around the content (headings, table headers, dates).
    #[serde(skip)]
    pub lang: Lang,
    pub report: Metadata,
    pub summary: Summary,
    /// One chapter per compared team, built once (`chapter::team_chapters`) for every format.
    /// Not serialised: the JSON carries the comparison it is made from.
    #[serde(skip)]
    pub chapters: Vec<TeamChapter>,
    #[serde(flatten)]
    pub comparison: Comparison,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metadata {
    pub title: String,
    /// Empty when not given.
    pub author: String,
    /// For readers, e.g. "22 November 2026".
    pub date: String,
    /// RFC 3339 UTC.
    pub created: String,
    pub assessment: String,
    pub questionnaire: String,
    pub teams: Vec<String>,
    /// Response files that could not be read and were left out (`--skip-unreadable`), each
    /// "PATH: reason". Empty normally.
    pub skipped_files: Vec<String>,
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
    pub from_label: String,
    pub to_label: String,
    pub effort: crate::domain::Effort,
    pub text: String,
}

impl Report {
    pub fn build(comparison: Comparison, options: &ReportOptions) -> Report {
        let c = &comparison;
        let lang = options
            .lang
            .unwrap_or_else(|| Lang::from_tag(&c.questionnaire.language));
        let labels = lang.labels();
        let dimension_name = |id: &str| c.dimension(id).map_or(id, |d| d.name.as_str()).to_string();
        let teams = c
            .teams
            .iter()
            .map(|t| {
                let level = t.overall.map(crate::domain::compare::level_of);
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
                        from_label: r.from_label.clone(),
                        to_label: r.to_label.clone(),
                        effort: r.effort,
                        text: r.text.clone(),
                    })
            })
            .collect();
        let metadata = Metadata {
            title: options
                .title
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .unwrap_or(labels.default_title)
                .to_string(),
            author: options.author.as_deref().unwrap_or("").trim().to_string(),
            date: labels.date_of(&options.created),
            created: options.created.clone(),
            assessment: c.assessment.clone(),
            questionnaire: c.questionnaire.title.clone(),
            teams: c.teams.iter().map(|t| t.name.clone()).collect(),
            skipped_files: options.skipped_files.clone(),
        };
        let chapters = team_chapters(c);
        Report {
            lang,
            chapters,
            report: metadata,
            summary: Summary {
                has_answers: c.has_answers(),
                teams,
                biggest_differences: differences,
                first_actions,
            },
            comparison,
        }
    }
}

/// "2026-11-22T09:30:00Z" → "22 November 2026"; anything else is shown as given.
pub fn display_date(rfc3339: &str) -> String {
    crate::report::labels::EN.date_of(rfc3339)
}

impl Report {
    /// The words around the content, in the report's language.
    pub fn labels(&self) -> &'static Labels {
        self.lang.labels()
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
}
