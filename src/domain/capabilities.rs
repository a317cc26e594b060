//! The capability catalog (DORA's capabilities plus the ones recent reports added) that questions
//! may be tagged with, so a consultant can check that a questionnaire measures every one.

use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

pub const CATALOG_JSON: &str = include_str!("../../questionnaires/capabilities.json");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capability {
    pub id: String,
    pub name: String,
    /// `technical`, `process` or `cultural`.
    pub group: String,
    pub description: String,
    /// DORA's page on the capability, which the built-in editions cite as a reference.
    pub url: String,
}

/// The shipped catalog, parsed once. It is checked by tests, so a parse failure is a build
/// defect rather than a user error.
pub fn catalog() -> &'static [Capability] {
    static CATALOG: OnceLock<Vec<Capability>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        serde_json::from_str(CATALOG_JSON).expect("questionnaires/capabilities.json is valid")
    })
}

pub fn find(id: &str) -> Option<&'static Capability> {
    catalog().iter().find(|c| c.id == id)
}

/// Which questions measure each capability of the catalog, in catalog order.
pub fn coverage(questionnaire: &Questionnaire) -> Vec<(&'static Capability, Vec<&str>)> {
    catalog()
        .iter()
        .map(|cap| {
            let questions = questionnaire
                .questions()
                .filter(|(_, q)| q.capabilities.iter().any(|c| c == &cap.id))
                .map(|(_, q)| q.id.as_str())
                .collect();
            (cap, questions)
        })
        .collect()
}
