//! An assessment: a named campaign with its teams, the questionnaire it was started with, the
//! target levels the teams are measured against and, for a short form, the questions it asks.
//!
//! A short form keeps the whole questionnaire (same id and version, so its answers compare and
//! import with a full assessment's) and lists the questions in scope. Every face reads the
//! assessment through [`Assessment::as_asked`], which cuts the questionnaire to that scope, so
//! the wizard, coverage, scores, `show`, `compare` and the report all see the same questions.

use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "AssessmentFile")]
pub struct Assessment {
    pub name: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub teams: Vec<String>,
    pub targets: Targets,
    /// A copy of the questionnaire, so later edits to its file cannot change old results.
    pub questionnaire: Questionnaire,
    /// The ids of the questions asked, in questionnaire order, when the assessment asks only
    /// some (a short form); `None`: every question. Written only when set, so the files of
    /// full assessments stay as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
    /// The assessment this one is a follow-up round of (`new NAME --follow-up PREVIOUS`);
    /// written only when set, so first rounds' files stay as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<String>,
}

/// The stored shape, checked before it becomes an [`Assessment`]: a scope must name questions
/// of the questionnaire, each once.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessmentFile {
    name: String,
    created_at: String,
    teams: Vec<String>,
    targets: Targets,
    questionnaire: Questionnaire,
    #[serde(default)]
    scope: Option<Vec<String>>,
    #[serde(default)]
    follows: Option<String>,
}

impl TryFrom<AssessmentFile> for Assessment {
    type Error = String;

    fn try_from(f: AssessmentFile) -> Result<Assessment, String> {
        // The copy is checked like a questionnaire file: hand-edited, its scale of 256 levels
        // would count as 0 and every answer would fall off it.
        let problems = f.questionnaire.problems();
        if !problems.is_empty() {
            let why = super::questionnaire::ParseError::Invalid(problems);
            return Err(format!("its questionnaire is invalid: {why}"));
        }
        let assessment = Assessment {
            name: f.name,
            created_at: f.created_at,
            teams: f.teams,
            targets: f.targets,
            questionnaire: f.questionnaire,
            scope: f.scope,
            follows: f.follows,
        };
        match assessment.scope_problem() {
            Some(why) => Err(why),
            None => Ok(assessment),
        }
    }
}

/// Target levels: one for every dimension, optionally overridden per dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Targets {
    pub default: f64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dimensions: BTreeMap<String, f64>,
}

impl Targets {
    /// A sensible ambition when none is given: one level below the top of the scale, which on a
    /// 5-level scale is "measured". Nobody should be told the top is the minimum.
    pub fn default_for(questionnaire: &Questionnaire) -> Targets {
        let top = f64::from(questionnaire.level_count());
        Targets {
            default: (top - 1.0).max(2.0),
            dimensions: BTreeMap::new(),
        }
    }

    pub fn for_dimension(&self, dimension_id: &str) -> f64 {
        self.dimensions
            .get(dimension_id)
            .copied()
            .unwrap_or(self.default)
    }
}

impl Assessment {
    pub fn new(
        name: &str,
        created_at: &str,
        teams: Vec<String>,
        questionnaire: Questionnaire,
        target: Option<f64>,
    ) -> Assessment {
        let mut targets = Targets::default_for(&questionnaire);
        if let Some(t) = target {
            targets.default = t;
        }
        Assessment {
            name: name.to_string(),
            created_at: created_at.to_string(),
            teams,
            targets,
            questionnaire,
            scope: None,
            follows: None,
        }
    }

    /// Whether the assessment asks question `id` (every question of a full assessment).
    pub fn in_scope(&self, id: &str) -> bool {
        self.scope
            .as_ref()
            .is_none_or(|scope| scope.iter().any(|s| s == id))
    }

    /// Whether it asks only some of its questionnaire's questions.
    pub fn is_short(&self) -> bool {
        self.scope.is_some()
    }

    /// How many questions it asks.
    pub fn asked_count(&self) -> usize {
        self.scope
            .as_ref()
            .map_or_else(|| self.questionnaire.question_count(), Vec::len)
    }

    /// The assessment as its faces read it: the questionnaire cut to the questions in scope
    /// (dimensions left with none are left out). Borrowed, at no cost, for a full assessment.
    /// For reading only: writing the cut copy back would store the cut questionnaire.
    pub fn as_asked(&self) -> Cow<'_, Assessment> {
        if self.scope.is_none() {
            return Cow::Borrowed(self);
        }
        let mut asked = self.clone();
        for dimension in &mut asked.questionnaire.dimensions {
            dimension.questions.retain(|q| self.in_scope(&q.id));
        }
        asked
            .questionnaire
            .dimensions
            .retain(|d| !d.questions.is_empty());
        Cow::Owned(asked)
    }

    /// [`Assessment::as_asked`] for an assessment the caller owns.
    #[must_use]
    pub fn into_asked(self) -> Assessment {
        if self.scope.is_none() {
            self
        } else {
            self.as_asked().into_owned()
        }
    }

    /// Asks these questions (ids of the questionnaire): kept in questionnaire order, and back
    /// to a full assessment (no scope) when they are all of them.
    pub fn set_scope<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        let wanted: HashSet<&str> = ids.into_iter().collect();
        let scope: Vec<String> = self
            .questionnaire
            .questions()
            .map(|(_, q)| q.id.clone())
            .filter(|id| wanted.contains(id.as_str()))
            .collect();
        self.scope = (scope.len() < self.questionnaire.question_count()).then_some(scope);
    }

    /// Why the stored scope cannot be read, or `None` when it is fine (or absent).
    pub fn scope_problem(&self) -> Option<String> {
        let scope = self.scope.as_ref()?;
        if scope.is_empty() {
            return Some("scope is empty; leave it out to ask every question".into());
        }
        let mut seen = HashSet::new();
        for id in scope {
            if self.questionnaire.question(id).is_none() {
                return Some(format!(
                    "scope names question \"{id}\", which the questionnaire does not have"
                ));
            }
            if !seen.insert(id.as_str()) {
                return Some(format!("scope lists question \"{id}\" twice"));
            }
        }
        None
    }

    /// The team as spelled in the assessment, matched case-insensitively so that `--team paris`
    /// finds "Paris" rather than creating a near-duplicate.
    pub fn find_team(&self, name: &str) -> Option<&str> {
        let wanted = name.trim();
        self.teams
            .iter()
            .find(|t| t.as_str() == wanted)
            .or_else(|| {
                self.teams
                    .iter()
                    .find(|t| super::names::same_name(t, wanted))
            })
            .map(String::as_str)
    }
}

/// The ids of the questionnaire's short form: its `core` questions, in questionnaire order.
pub fn core_questions(questionnaire: &Questionnaire) -> Vec<&str> {
    questionnaire
        .questions()
        .filter(|(_, q)| q.core)
        .map(|(_, q)| q.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::default_questionnaire;

    fn full() -> Assessment {
        Assessment::new(
            "a",
            "2026-01-01T00:00:00Z",
            vec!["T".into()],
            default_questionnaire(),
            None,
        )
    }

    #[test]
    fn a_full_assessment_is_written_without_a_scope() {
        let a = full();
        let json = serde_json::to_value(&a).unwrap();
        assert!(json.get("scope").is_none(), "{json}");
        // And reads back the same: an old file round-trips unchanged.
        let back: Assessment = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, a);
        assert_eq!(serde_json::to_value(&back).unwrap(), json);
    }

    #[test]
    fn the_scope_keeps_questionnaire_order_and_all_questions_mean_none() {
        let mut a = full();
        a.set_scope(["deploy.cadence", "culture.blameless"]);
        assert_eq!(
            a.scope.as_deref(),
            Some(
                &[
                    "culture.blameless".to_string(),
                    "deploy.cadence".to_string()
                ][..]
            )
        );
        assert!(a.in_scope("deploy.cadence") && !a.in_scope("ci.build"));
        assert_eq!(a.asked_count(), 2);
        let every: Vec<String> = a
            .questionnaire
            .questions()
            .map(|(_, q)| q.id.clone())
            .collect();
        a.set_scope(every.iter().map(String::as_str));
        assert_eq!(a.scope, None);
        assert_eq!(a.asked_count(), 69);
    }

    #[test]
    fn as_asked_cuts_the_questionnaire_to_the_scope() {
        let mut a = full();
        assert!(matches!(a.as_asked(), Cow::Borrowed(_)));
        a.set_scope(["deploy.cadence", "deploy.rollback", "culture.blameless"]);
        let asked = a.as_asked();
        let ids: Vec<&str> = asked
            .questionnaire
            .questions()
            .map(|(_, q)| q.id.as_str())
            .collect();
        assert_eq!(
            ids,
            ["culture.blameless", "deploy.rollback", "deploy.cadence"]
        );
        let dims: Vec<&str> = asked
            .questionnaire
            .dimensions
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(dims, ["culture", "deploy"]);
        // The stored assessment keeps the whole questionnaire, same id and version.
        assert_eq!(a.questionnaire.question_count(), 69);
        assert_eq!(asked.questionnaire.id, a.questionnaire.id);
        assert_eq!(asked.questionnaire.version, a.questionnaire.version);
    }

    #[test]
    fn a_short_form_compares_on_its_own_questions_only() {
        use crate::domain::{Answer, CompareOptions, ResponseSheet, compare};
        let mut a = full();
        a.set_scope(["deploy.cadence", "ci.build"]);
        let mut sheet = ResponseSheet::new("T", "R");
        sheet.set_answer("deploy.cadence", Answer::Level(2));
        sheet.set_answer("ci.build", Answer::Level(4));
        // Outside the scope: kept in the sheet, left out of every number.
        sheet.set_answer("change.emergency", Answer::Level(1));
        let c = compare(&a, &[sheet], &["T".into()], &CompareOptions::default());
        let ids: Vec<&str> = c.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["ci.build", "deploy.cadence"]);
        assert_eq!(c.dimensions.len(), 2);
        // Both questions asked are answered: full coverage, overall the mean of 4 and 2
        // weighted by the ci and deploy dimension weights (both 1.5).
        assert_eq!(c.teams[0].coverage, 1.0);
        assert_eq!(c.teams[0].respondents[0].coverage, 1.0);
        assert_eq!(c.teams[0].overall, Some(3.0));
    }

    #[test]
    fn the_short_form_is_the_core_questions() {
        let q = default_questionnaire();
        let core = core_questions(&q);
        assert_eq!(core.len(), 20);
        assert!(core.iter().all(|id| q.question(id).unwrap().1.core));
    }

    #[test]
    fn a_stored_scope_must_name_questions_of_the_questionnaire_once() {
        let mut json = serde_json::to_value(full()).unwrap();
        for (scope, why) in [
            (serde_json::json!([]), "scope is empty"),
            (
                serde_json::json!(["ci.build", "nope"]),
                "scope names question \"nope\"",
            ),
            (
                serde_json::json!(["ci.build", "ci.build"]),
                "scope lists question \"ci.build\" twice",
            ),
        ] {
            json["scope"] = scope;
            let err = serde_json::from_value::<Assessment>(json.clone()).unwrap_err();
            assert!(err.to_string().contains(why), "{err}");
        }
        json["scope"] = serde_json::json!(["ci.build"]);
        let a: Assessment = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(a.asked_count(), 1);
        json["scoep"] = serde_json::json!(["ci.build"]);
        let err = serde_json::from_value::<Assessment>(json).unwrap_err();
        assert!(err.to_string().contains("unknown field `scoep`"), "{err}");
    }
}
