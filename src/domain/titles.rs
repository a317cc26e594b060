//! The short label a question goes by in reports and screens: its own `title`; for a stored
//! questionnaire that predates titles, the title the built-in edition with the same
//! questionnaire id gives the same question id; else its text cut at a word. Decided here,
//! once, and carried by the comparison (`QuestionRow::title`, `Recommendation::title`), so
//! every face labels a question the same way.

pub use super::questionnaire::cut_at_word;
use super::questionnaire::{Question, Questionnaire};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Longest label, in characters ("…" included when the text is cut).
pub use super::questionnaire::MAX_TITLE_CHARS as TITLE_CHARS;

/// The label of `question`, which belongs to the questionnaire with id `questionnaire_id`.
pub fn question_title(questionnaire_id: &str, question: &Question) -> String {
    if let Some(own) = question.title.as_deref().map(str::trim)
        && !own.is_empty()
    {
        return own.to_string();
    }
    if let Some(builtin) = builtin_titles()
        .get(questionnaire_id)
        .and_then(|titles| titles.get(&question.id))
    {
        return builtin.clone();
    }
    cut_at_word(&question.text, TITLE_CHARS)
}

/// Question titles of the built-in editions, by questionnaire id then question id. Parsed once;
/// an edition that does not parse (a build defect caught by tests) just gives no titles.
fn builtin_titles() -> &'static HashMap<String, HashMap<String, String>> {
    static TITLES: OnceLock<HashMap<String, HashMap<String, String>>> = OnceLock::new();
    TITLES.get_or_init(|| {
        [
            super::DEFAULT_QUESTIONNAIRE_JSON,
            super::FRENCH_QUESTIONNAIRE_JSON,
        ]
        .into_iter()
        .filter_map(|json| serde_json::from_str::<Questionnaire>(json).ok())
        .map(|q| {
            let titles = q
                .questions()
                .filter_map(|(_, question)| {
                    let title = question.title.as_deref()?.trim();
                    (!title.is_empty()).then(|| (question.id.clone(), title.to_string()))
                })
                .collect();
            (q.id, titles)
        })
        .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(text: &str, title: Option<&str>) -> Question {
        Question {
            id: "q.unknown-to-builtins".into(),
            text: text.into(),
            title: title.map(str::to_string),
            help: None,
            roles: Vec::new(),
            capabilities: Vec::new(),
            weight: 1.0,
            descriptors: Vec::new(),
            recommendations: Vec::new(),
            references: Vec::new(),
            owners: Vec::new(),
            core: false,
            formerly: Vec::new(),
            measures: None,
            levels_since: None,
        }
    }

    #[test]
    fn a_title_is_used_as_given() {
        let q = question(
            "How often do you deploy to production?",
            Some(" Deploy cadence "),
        );
        assert_eq!(question_title("custom", &q), "Deploy cadence");
    }

    #[test]
    fn without_a_title_the_text_is_cut_at_a_word() {
        let q = question(
            "How often does the team deploy to production, and who decides when?",
            None,
        );
        let title = question_title("custom", &q);
        assert_eq!(title, "How often does the team deploy to production…");
        assert!(title.chars().count() <= TITLE_CHARS);
        // Short texts stay whole, on one line.
        assert_eq!(cut_at_word("Who is\non call?", 48), "Who is on call?");
        // No dangling comma before the ellipsis; a giant first word is cut inside.
        assert_eq!(cut_at_word("alpha beta, gamma delta", 13), "alpha beta…");
        assert_eq!(cut_at_word("abcdefghijklmnop", 8), "abcdefg…");
        // A budget that ends exactly on a word keeps that word.
        assert_eq!(cut_at_word("one two three", 8), "one two…");
    }

    #[test]
    fn every_builtin_title_is_found_by_questionnaire_and_question_id() {
        for json in [
            crate::domain::DEFAULT_QUESTIONNAIRE_JSON,
            crate::domain::FRENCH_QUESTIONNAIRE_JSON,
        ] {
            let q = Questionnaire::from_json(json).unwrap();
            for (_, question) in q.questions() {
                let mut bare = question.clone();
                bare.title = None;
                let expected = question
                    .title
                    .clone()
                    .unwrap_or_else(|| cut_at_word(&question.text, TITLE_CHARS));
                assert_eq!(question_title(&q.id, &bare), expected.trim());
            }
        }
    }
}
