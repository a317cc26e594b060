//! The short label a question goes by in reports and screens: its own `title`; for a stored
//! questionnaire that predates titles, the title the built-in edition with the same
//! questionnaire id gives the same question id; else its text cut at a word. Decided here,
//! once, and carried by the comparison (`QuestionRow::title`, `Recommendation::title`), so
//! every face labels a question the same way.

use super::questionnaire::{Question, Questionnaire};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Longest label, in characters ("…" included when the text is cut).
pub const TITLE_CHARS: usize = 48;

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

/// `text` on one line, cut at the last space that keeps it (with "…") within `max`
/// characters; a first word longer than that is cut inside. A text that fits is kept whole.
pub fn cut_at_word(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    // Room for the text before the "…"; a space right after that room ends a whole word.
    let budget = max.saturating_sub(1);
    let within: String = one_line.chars().take(budget).collect();
    if one_line.chars().nth(budget) == Some(' ') {
        return finish(&within);
    }
    match within.rfind(' ') {
        Some(i) if i > 0 => finish(&within[..i]),
        _ => finish(&within),
    }
}

/// Drops punctuation a cut leaves dangling ("text, …") and adds the ellipsis.
fn finish(cut: &str) -> String {
    let trimmed = cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    format!("{trimmed}…")
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
