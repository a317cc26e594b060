//! The pure core: questionnaires, assessments, answers and scores. No terminal, no files, no
//! command line: everything else in the crate depends on this module, never the reverse.

pub mod answers;
pub mod assessment;
pub mod capabilities;
pub mod carry;
pub mod compare;
pub mod merge;
pub mod metrics;
pub mod names;
pub mod plan;
pub mod progress;
pub mod questionnaire;
pub mod requests;
pub mod roadmap;
pub mod room;
pub mod scoring;
pub mod text;
pub mod titles;
pub mod typography;

pub use answers::{Answer, AnswerRecord, QuestionnaireRef, ResponseSheet, Stray, StrayCheck};
pub use assessment::{Assessment, Targets};
pub use compare::{CompareOptions, Comparison, compare};
pub use questionnaire::{
    Dimension, Effort, ParseError, Question, Questionnaire, Recommendation, Reference, Role,
};
pub use scoring::{DimensionScore, QuestionScore, TeamScore};

/// The default English questionnaire, compiled into the binary so the tool works with no files.
pub const DEFAULT_QUESTIONNAIRE_JSON: &str = include_str!("../../questionnaires/devops.json");

/// Parses the embedded default questionnaire. It is validated by tests, so a failure here is a
/// build defect, not a user error.
pub fn default_questionnaire() -> Questionnaire {
    Questionnaire::from_json(DEFAULT_QUESTIONNAIRE_JSON)
        .expect("the embedded default questionnaire is valid (checked by tests)")
}

/// The French edition of the default questionnaire.
pub const FRENCH_QUESTIONNAIRE_JSON: &str = include_str!("../../questionnaires/devops-fr.json");

/// The text of a built-in edition: `en` (also `default`, `devops`) or `fr` (also `devops-fr`).
pub fn builtin_questionnaire(name: &str) -> Option<&'static str> {
    match name.trim().to_ascii_lowercase().as_str() {
        "en" | "default" | "devops" => Some(DEFAULT_QUESTIONNAIRE_JSON),
        "fr" | "devops-fr" => Some(FRENCH_QUESTIONNAIRE_JSON),
        _ => None,
    }
}
