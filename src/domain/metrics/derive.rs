//! Provisional bands from questionnaire answers, for a team that gave no figure for a key.
//!
//! A questionnaire may tag a question with `measures`: the figure its levels describe and the
//! band of a team at each level (e.g. `deploy.cadence`, whose level 2 is "monthly releases on a
//! fixed calendar", puts a team at level 2 in "between once per month and once every six
//! months"). A team's level on that question is its median rounded down — the level it has
//! fully reached, as the recommendations use — and the band of that level is the team's
//! provisional band, shown everywhere as "from questionnaire answers".

use super::{Key, Value};
use crate::domain::questionnaire::{Question, Questionnaire};

/// How a provisional band is marked wherever it appears.
pub const FROM_ANSWERS: &str = "from questionnaire answers";
pub const FROM_ANSWERS_FR: &str = "d’après les réponses au questionnaire";

/// A band read from a team's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    pub question_id: String,
    /// The team's level on the question (median rounded down).
    pub level: u8,
    pub value: Value,
}

/// The question of `q` that measures `key` (validation allows one per key).
pub fn question_for(q: &Questionnaire, key: Key) -> Option<&Question> {
    q.questions()
        .map(|(_, question)| question)
        .find(|question| question.measures.as_ref().is_some_and(|m| m.key == key))
}

/// The provisional band of `key` for a team whose level on a question is `level_of(id)`:
/// `None` when no question measures the key, the team has no level on it, or its level says
/// nothing about the figure (a `null` entry).
pub fn derive(
    q: &Questionnaire,
    key: Key,
    level_of: impl Fn(&str) -> Option<u8>,
) -> Option<Derived> {
    let question = question_for(q, key)?;
    let level = level_of(&question.id)?;
    let value = question.measures.as_ref()?.band_at(level)?;
    Some(Derived {
        question_id: question.id.clone(),
        level,
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::metrics::Band;
    use crate::domain::questionnaire::Measures;
    use crate::domain::{ParseError, default_questionnaire};

    fn tagged(key: Key, bands: &[Option<&str>]) -> Questionnaire {
        let mut q = default_questionnaire();
        for d in &mut q.dimensions {
            for question in &mut d.questions {
                question.measures = None;
            }
        }
        q.dimensions[0].questions[0].measures = Some(Measures {
            key,
            bands: bands.iter().map(|b| b.map(String::from)).collect(),
        });
        q
    }

    #[test]
    fn a_team_level_gives_the_band_of_that_level() {
        let q = tagged(
            Key::DeployFrequency,
            &[
                Some("1mo-6mo"),
                Some("1mo-6mo"),
                Some("1w-1mo"),
                None,
                Some("on-demand"),
            ],
        );
        let id = q.dimensions[0].questions[0].id.clone();
        let at = |level: u8| derive(&q, Key::DeployFrequency, |qid| (qid == id).then_some(level));
        assert_eq!(
            at(1).unwrap().value,
            Value::FrequencyBand(Band::MonthToSixMonths)
        );
        assert_eq!(
            at(3).unwrap().value,
            Value::FrequencyBand(Band::WeekToMonth)
        );
        assert_eq!(at(3).unwrap().question_id, id);
        assert_eq!(at(3).unwrap().level, 3);
        assert_eq!(at(4), None, "a null level says nothing");
        assert_eq!(at(5).unwrap().value, Value::FrequencyBand(Band::Top));
        assert_eq!(at(9), None, "a level off the scale gives nothing");
        assert_eq!(
            derive(&q, Key::DeployFrequency, |_| None),
            None,
            "no answer, no band"
        );
        assert_eq!(
            derive(&q, Key::LeadTime, |_| Some(3)),
            None,
            "no question measures it"
        );
    }

    #[test]
    fn the_built_in_editions_tag_cadence_batch_size_and_restore() {
        let q = default_questionnaire();
        let tagged: Vec<(&str, Key)> = q
            .questions()
            .filter_map(|(_, question)| {
                Some((question.id.as_str(), question.measures.as_ref()?.key))
            })
            .collect();
        assert_eq!(
            tagged,
            [
                ("flow.batch-size", Key::LeadTime),
                ("deploy.cadence", Key::DeployFrequency),
                ("incidents.restore", Key::RecoveryTime),
            ]
        );
        // Level 2 of the cadence question is "monthly releases on a fixed calendar".
        let d = derive(&q, Key::DeployFrequency, |id| {
            (id == "deploy.cadence").then_some(2)
        })
        .unwrap();
        assert_eq!(d.value, Value::FrequencyBand(Band::MonthToSixMonths));
        // Level 5 of the restore question is "mitigated in minutes".
        let d = derive(&q, Key::RecoveryTime, |id| {
            (id == "incidents.restore").then_some(5)
        })
        .unwrap();
        assert_eq!(d.value, Value::DurationBand(Band::Top));
    }

    fn problems_of(q: &Questionnaire) -> Vec<String> {
        let text = serde_json::to_string(q).unwrap();
        match Questionnaire::from_json(&text) {
            Ok(_) => Vec::new(),
            Err(ParseError::Invalid(p)) => p.iter().map(ToString::to_string).collect(),
            Err(e) => vec![e.to_string()],
        }
    }

    #[test]
    fn a_bad_level_table_is_refused_with_its_path() {
        let ok = tagged(
            Key::LeadTime,
            &[
                Some("1mo-6mo"),
                None,
                Some("1w-1mo"),
                Some("1d-1w"),
                Some("1h-1d"),
            ],
        );
        assert_eq!(problems_of(&ok), Vec::<String>::new());
        let short = tagged(Key::LeadTime, &[Some("1mo-6mo")]);
        let p = problems_of(&short);
        assert!(
            p[0].contains(".measures.bands: has 1 entries; needs exactly one per level (5)"),
            "{p:?}"
        );
        let bad = tagged(Key::LeadTime, &[Some("monthly"), None, None, None, None]);
        let p = problems_of(&bad);
        assert!(
            p[0].contains(".measures.bands[0]: \"band:monthly\" is not a band of lead time"),
            "{p:?}"
        );
        let worse = tagged(
            Key::LeadTime,
            &[Some("1w-1mo"), Some("1mo-6mo"), None, None, None],
        );
        let p = problems_of(&worse);
        assert!(
            p[0].contains(
                ".measures.bands[1]: \"1mo-6mo\" is a worse lead time than level 1's \"1w-1mo\""
            ),
            "{p:?}"
        );
        let rates = tagged(
            Key::ChangeFailureRate,
            &[
                Some("30-45%"),
                Some("15-30%"),
                None,
                Some("0-15%"),
                Some("0-15%"),
            ],
        );
        assert_eq!(problems_of(&rates), Vec::<String>::new());
        let rates = tagged(
            Key::ChangeFailureRate,
            &[Some("0-15%"), Some("15-30%"), None, None, None],
        );
        assert!(problems_of(&rates)[0].contains("is a worse change failure rate"));
        let empty = tagged(Key::LeadTime, &[None, None, None, None, None]);
        assert!(problems_of(&empty)[0].contains("gives no band at any level"));
        let mut twice = tagged(Key::LeadTime, &[Some("1mo-6mo"), None, None, None, None]);
        twice.dimensions[0].questions[1].measures =
            twice.dimensions[0].questions[0].measures.clone();
        let p = problems_of(&twice);
        assert!(
            p[0].contains("\"lead-time\" is already measured by question"),
            "{p:?}"
        );
    }

    #[test]
    fn an_unknown_key_is_a_syntax_error_naming_the_field() {
        let mut v: serde_json::Value = serde_json::to_value(tagged(
            Key::LeadTime,
            &[Some("1mo-6mo"), None, None, None, None],
        ))
        .unwrap();
        v["dimensions"][0]["questions"][0]["measures"]["key"] = "speed".into();
        let e = Questionnaire::from_json(&v.to_string())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("measures.key") && e.contains("unknown variant `speed`"),
            "{e}"
        );
    }

    #[test]
    fn a_question_without_measures_is_written_back_without_the_field() {
        let mut q = default_questionnaire();
        for d in &mut q.dimensions {
            for question in &mut d.questions {
                question.measures = None;
            }
        }
        let text = serde_json::to_string(&q).unwrap();
        assert!(!text.contains("\"measures\":"));
        let fixture = include_str!("../../../tests/fixtures/devops-1.0.0.json");
        let stored = Questionnaire::from_json(fixture).unwrap();
        assert!(
            !serde_json::to_string(&stored)
                .unwrap()
                .contains("\"measures\":")
        );
    }
}
