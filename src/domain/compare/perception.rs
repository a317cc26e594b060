//! How the teams see each other: for each compared team, its own view (the comparison's
//! scores, from its own respondents) next to the view of every other compared team whose
//! respondents answered the questionnaire about it (perception sheets, `ResponseSheet::about`).
//!
//! - A **seen-by** score is made exactly like a team's own score (`domain::scoring`: question
//!   medians, weighted means), from the observing team's perception sheets only.
//! - The **perception gap** is `seen − self`: negative when the other team sees less than the
//!   team claims. Printed next to both scores, it is the difference of the printed scores
//!   (`report::format::difference`), like every delta.
//! - The **largest gaps** are the questions where an observer's median and the team's own lie
//!   `options.perception_gap_levels` (1.5) or more apart, widest first.
//!
//! Perception sheets never enter a team's own scores: they are kept apart from the start (the
//! store's `perceptions/` folder, `Loaded::perceptions`) and this is the only code that reads
//! them.

use super::{Comparison, EPSILON};
use crate::domain::answers::ResponseSheet;
use crate::domain::assessment::Assessment;
use crate::domain::names::same_name;
use crate::domain::scoring::score_team_sheets;
use serde::Serialize;

/// One compared team as it sees itself and as the other compared teams see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamPerception {
    /// The team assessed.
    pub team: String,
    /// Its own respondents (the self view), and its own overall score.
    pub self_respondents: usize,
    pub self_overall: Option<f64>,
    /// Each other team that answered about it, in comparison order.
    pub seen_by: Vec<SeenBy>,
    /// One row per dimension, in questionnaire order.
    pub dimensions: Vec<PerceivedDimension>,
    /// Questions where an observer and the team lie `perception_gap_levels` or more apart,
    /// widest first (ties: questionnaire order, then observer order).
    pub largest_gaps: Vec<PerceptionGap>,
}

/// One observing team's overall view of the assessed team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeenBy {
    pub team: String,
    /// Its respondents who answered about the assessed team.
    pub respondents: usize,
    pub overall: Option<f64>,
    /// `overall − self_overall`.
    pub gap: Option<f64>,
    /// Share (0–1) of the questions anyone of the observing team answered about it.
    pub coverage: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerceivedDimension {
    pub dimension_id: String,
    pub name: String,
    /// The team's own score on the dimension.
    #[serde(rename = "self")]
    pub self_score: Option<f64>,
    /// In the order of `TeamPerception::seen_by`.
    pub seen_by: Vec<SeenScore>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeenScore {
    pub team: String,
    pub score: Option<f64>,
    /// `score − self`.
    pub gap: Option<f64>,
}

/// "Ops rates Dev's test automation 1.5; Dev rates itself 3.5".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerceptionGap {
    pub question_id: String,
    pub dimension_id: String,
    /// The question's short label (`domain::titles`).
    pub title: String,
    /// The observing team.
    pub by: String,
    /// The assessed team's own median.
    #[serde(rename = "self")]
    pub self_median: f64,
    /// The observing team's median.
    pub seen: f64,
    /// `seen − self`.
    pub gap: f64,
}

impl TeamPerception {
    /// The view of observer `by`, with its scores per dimension (in dimension order).
    pub fn by(&self, by: &str) -> Option<(&SeenBy, Vec<&SeenScore>)> {
        let i = self.seen_by.iter().position(|s| same_name(&s.team, by))?;
        Some((
            &self.seen_by[i],
            self.dimensions.iter().map(|d| &d.seen_by[i]).collect(),
        ))
    }

    /// The largest gaps seen by `by`, widest first.
    pub fn gaps_by<'a>(&'a self, by: &'a str) -> impl Iterator<Item = &'a PerceptionGap> + 'a {
        self.largest_gaps
            .iter()
            .filter(move |g| same_name(&g.by, by))
    }
}

impl Comparison {
    /// Fills `perception` from the perception sheets of the assessment (any order; sheets
    /// about or by teams outside the comparison are left out). `assessment` is the one the
    /// comparison was made with.
    pub fn set_perceptions(&mut self, assessment: &Assessment, perceptions: &[ResponseSheet]) {
        self.perception = perceptions_of(self, assessment, perceptions);
    }

    /// How `team` is seen by the other compared teams, if any of them answered about it.
    pub fn perception_of(&self, team: &str) -> Option<&TeamPerception> {
        self.perception.iter().find(|p| same_name(&p.team, team))
    }

    /// The widest perception gap of all, with the team it is about.
    pub fn widest_perception_gap(&self) -> Option<(&TeamPerception, &PerceptionGap)> {
        self.perception
            .iter()
            .flat_map(|p| p.largest_gaps.iter().map(move |g| (p, g)))
            .reduce(|a, b| {
                if b.1.gap.abs() > a.1.gap.abs() + EPSILON {
                    b
                } else {
                    a
                }
            })
    }
}

fn perceptions_of(
    c: &Comparison,
    assessment: &Assessment,
    perceptions: &[ResponseSheet],
) -> Vec<TeamPerception> {
    let asked = assessment.as_asked();
    let q = &asked.as_ref().questionnaire;
    let threshold = c.options.perception_gap_levels;
    let mut out = Vec::new();
    for (ti, assessed) in c.teams.iter().enumerate() {
        let mut seen_by = Vec::new();
        let mut scores = Vec::new();
        for observer in c.teams.iter().filter(|o| o.name != assessed.name) {
            let sheets: Vec<&ResponseSheet> = perceptions
                .iter()
                .filter(|s| {
                    same_name(&s.team, &observer.name)
                        && s.about
                            .as_deref()
                            .is_some_and(|a| same_name(a, &assessed.name))
                })
                .collect();
            if sheets.is_empty() {
                continue;
            }
            let score = score_team_sheets(q, &assessed.name, &sheets);
            seen_by.push(SeenBy {
                team: observer.name.clone(),
                respondents: sheets.len(),
                overall: score.overall,
                gap: score.overall.zip(assessed.overall).map(|(s, o)| s - o),
                coverage: score.coverage,
            });
            scores.push(score);
        }
        if seen_by.is_empty() {
            continue;
        }
        let dimensions = c
            .dimensions
            .iter()
            .enumerate()
            .map(|(di, d)| {
                let own = d.teams[ti].score;
                PerceivedDimension {
                    dimension_id: d.id.clone(),
                    name: d.name.clone(),
                    self_score: own,
                    seen_by: seen_by
                        .iter()
                        .zip(&scores)
                        .map(|(by, s)| {
                            let score = s.dimensions[di].score;
                            SeenScore {
                                team: by.team.clone(),
                                score,
                                gap: score.zip(own).map(|(s, o)| s - o),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        let mut largest_gaps = Vec::new();
        let mut k = 0;
        for (di, dim) in q.dimensions.iter().enumerate() {
            for qi in 0..dim.questions.len() {
                let row = &c.questions[k];
                k += 1;
                let Some(own) = row.teams[ti].median else {
                    continue;
                };
                for (by, s) in seen_by.iter().zip(&scores) {
                    let Some(seen) = s.dimensions[di].questions[qi].median else {
                        continue;
                    };
                    if (seen - own).abs() + EPSILON >= threshold {
                        largest_gaps.push(PerceptionGap {
                            question_id: row.id.clone(),
                            dimension_id: row.dimension_id.clone(),
                            title: row.title.clone(),
                            by: by.team.clone(),
                            self_median: own,
                            seen,
                            gap: seen - own,
                        });
                    }
                }
            }
        }
        // Stable: questionnaire order, then observer order, breaks ties.
        largest_gaps.sort_by(|a, b| b.gap.abs().total_cmp(&a.gap.abs()));
        out.push(TeamPerception {
            team: assessed.name.clone(),
            self_respondents: assessed.respondents.len(),
            self_overall: assessed.overall,
            seen_by,
            dimensions,
            largest_gaps,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::domain::Questionnaire;
    use crate::domain::{Answer, Assessment, CompareOptions, ResponseSheet, compare};
    use serde_json::json;

    /// Two dimensions of two questions each, five levels, every weight 1.
    fn questionnaire() -> Questionnaire {
        let question = |id: &str| {
            json!({
                "id": id, "text": format!("How is {id}?"),
                "descriptors": (1..=5).map(|l| format!("{id} at {l}")).collect::<Vec<_>>(),
                "recommendations": (1..5).map(|l| json!({
                    "effort": "low", "text": format!("{id}: step {l}"),
                })).collect::<Vec<_>>(),
            })
        };
        let text = json!({
            "id": "t", "version": "1", "title": "T", "language": "en",
            "levels": ["1", "2", "3", "4", "5"],
            "dimensions": [
                {"id": "test", "name": "Test", "description": "d", "weight": 1.0,
                 "questions": [question("test.auto"), question("test.data")]},
                {"id": "ops", "name": "Ops", "description": "d", "weight": 1.0,
                 "questions": [question("ops.mon"), question("ops.inc")]},
            ]
        });
        Questionnaire::from_json(&text.to_string()).expect("test questionnaire is valid")
    }

    fn sheet(team: &str, who: &str, about: Option<&str>, levels: [u8; 4]) -> ResponseSheet {
        let mut s = match about {
            Some(a) => ResponseSheet::perception(team, who, a),
            None => ResponseSheet::new(team, who),
        };
        for (id, l) in ["test.auto", "test.data", "ops.mon", "ops.inc"]
            .iter()
            .zip(levels)
        {
            s.set_answer(id, Answer::Level(l));
        }
        s
    }

    #[test]
    fn the_gap_is_seen_minus_self_from_hand_set_answers() {
        let a = Assessment::new(
            "a",
            "2026-01-01T00:00:00Z",
            vec!["Dev".into(), "Ops".into()],
            questionnaire(),
            None,
        );
        // Dev rates its test automation 3 and 4 (median 3.5); Ops sees 1 and 2 (median 1.5).
        let own = vec![
            sheet("Dev", "Ann", None, [3, 2, 2, 2]),
            sheet("Dev", "Bob", None, [4, 2, 3, 3]),
            sheet("Ops", "Cid", None, [2, 2, 4, 4]),
        ];
        let seen = vec![
            sheet("Ops", "Cid", Some("Dev"), [1, 2, 2, 3]),
            sheet("Ops", "Dan", Some("Dev"), [2, 3, 2, 3]),
        ];
        let mut c = compare(&a, &own, &a.teams, &CompareOptions::default());
        c.set_perceptions(&a, &seen);
        assert_eq!(c.perception.len(), 1, "nobody of Dev answered about Ops");
        let dev = c.perception_of("dev").unwrap();
        assert_eq!((dev.self_respondents, dev.seen_by[0].respondents), (2, 2));
        // Test dimension: self (3.5 + 2) / 2 = 2.75; seen (1.5 + 2.5) / 2 = 2.0.
        let test = &dev.dimensions[0];
        assert_eq!(test.self_score, Some(2.75));
        assert_eq!(test.seen_by[0].score, Some(2.0));
        assert_eq!(test.seen_by[0].gap, Some(-0.75));
        // Ops dimension: self (2.5 + 2.5) / 2 = 2.5; seen (2 + 3) / 2 = 2.5.
        assert_eq!(dev.dimensions[1].seen_by[0].gap, Some(0.0));
        // Only test.auto is 1.5 levels apart (3.5 vs 1.5); test.data is 2 vs 2.5.
        assert_eq!(dev.largest_gaps.len(), 1);
        let g = &dev.largest_gaps[0];
        assert_eq!(
            (g.question_id.as_str(), g.by.as_str()),
            ("test.auto", "Ops")
        );
        assert_eq!((g.self_median, g.seen, g.gap), (3.5, 1.5, -2.0));
        // The self view is the team's own score, untouched by what Ops said.
        assert_eq!(c.teams[0].overall, dev.self_overall);
        let alone = compare(&a, &own, &a.teams, &CompareOptions::default());
        assert_eq!(alone.teams, c.teams);
        assert_eq!(
            c.widest_perception_gap().map(|(p, _)| p.team.as_str()),
            Some("Dev")
        );
    }

    #[test]
    fn perception_sheets_handed_in_as_own_answers_are_still_not_counted() {
        let a = Assessment::new(
            "a",
            "2026-01-01T00:00:00Z",
            vec!["Dev".into(), "Ops".into()],
            questionnaire(),
            None,
        );
        let own = vec![sheet("Dev", "Ann", None, [4, 4, 4, 4])];
        let mut mixed = own.clone();
        mixed.push(sheet("Ops", "Cid", Some("Dev"), [1, 1, 1, 1]));
        mixed.push(sheet("Dev", "Ann", Some("Ops"), [1, 1, 1, 1]));
        let options = CompareOptions::default();
        let clean = compare(&a, &own, &a.teams, &options);
        let dirty = compare(&a, &mixed, &a.teams, &options);
        assert_eq!(dirty.teams, clean.teams);
        assert_eq!(dirty.teams[0].overall, Some(4.0));
        assert_eq!(
            dirty.teams[1].overall, None,
            "Ann's view of Ops is not Ops' score"
        );
        let q = questionnaire();
        let team = crate::domain::scoring::score_team(&q, "Ops", &mixed);
        assert_eq!(team.respondents, 0);
    }
}
