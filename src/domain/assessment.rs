//! An assessment: a named campaign with its teams, the questionnaire it was started with and the
//! target levels the teams are measured against.

use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub name: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub teams: Vec<String>,
    pub targets: Targets,
    /// A copy of the questionnaire, so later edits to its file cannot change old results.
    pub questionnaire: Questionnaire,
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
        }
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
