//! Carrying answers from one questionnaire to another: the same edition in another language
//! (same ids: nothing moves), or an earlier version (a 1.x assessment imported into 2.0).
//!
//! The rules (also in `docs/questionnaire-2.0.md`):
//! - an answer keeps its question when the new questionnaire still has that id;
//! - an answer to an id the new questionnaire lists in a question's `formerly` goes to that
//!   question; to each of them when several list it (a split);
//! - when several answers of one respondent land on one question (a merge), the lowest level
//!   is kept (the merged practice is only as good as its weakest part);
//! - an answer given on a version before a question's `levels_since` is **not** carried: the
//!   levels of that question moved, and the old number would now mean another practice. The
//!   question is listed to ask again;
//! - a question of the old questionnaire that has no place in the new one (neither its id nor
//!   a `formerly`) makes the two questionnaires unrelated: nothing is carried.
//!
//! Pure: the caller loads and stores the sheets.

use super::answers::{Answer, AnswerRecord, ResponseSheet};
use super::questionnaire::{Questionnaire, version_before};
use std::collections::BTreeMap;

/// How the questions of `from` map onto those of `into`.
#[derive(Debug, Clone, PartialEq)]
pub struct CarryPlan {
    /// Old id → the new ids its answers go to (empty: to ask again).
    routes: BTreeMap<String, Vec<String>>,
    /// Ids present on both sides whose answers keep their question.
    pub same_id: Vec<String>,
    /// Old ids whose answers move to other ids (`formerly`), in old questionnaire order.
    pub moved: Vec<(String, Vec<String>)>,
    /// New ids whose levels changed since the old version: old answers to them (or to what
    /// they replace) are left out.
    pub ask_again: Vec<String>,
    /// New ids no old answer goes to.
    pub new_questions: Vec<String>,
    /// `levels_since` of the questions to ask again, for the message ("changed in 2.0.0").
    pub changed_in: Vec<String>,
}

/// What carrying one sheet did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetCarry {
    /// Answers (or comments) placed on a question of the new questionnaire.
    pub carried: usize,
    /// Answers left out because their question is to be asked again.
    pub left_out: usize,
}

/// Why answers cannot be carried from one questionnaire to another (the faces word it in their
/// language; `Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CarryError {
    /// The two scales differ in length.
    Scales {
        into: String,
        into_levels: usize,
        from: String,
        from_levels: usize,
    },
    /// A question of `from` has no question to go to in `into` (each `"id" version`).
    NoPlace {
        question: String,
        from: String,
        into: String,
    },
}

impl std::fmt::Display for CarryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CarryError::Scales {
                into,
                into_levels,
                from,
                from_levels,
            } => write!(
                f,
                "\"{into}\" has {into_levels} levels, \"{from}\" has {from_levels}"
            ),
            CarryError::NoPlace {
                question,
                from,
                into,
            } => write!(
                f,
                "question \"{question}\" of {from} has no place in {into} (neither its id nor a question's \"formerly\")"
            ),
        }
    }
}

impl CarryPlan {
    /// The plan from `from` to `into`, or why answers cannot be carried between them.
    pub fn new(from: &Questionnaire, into: &Questionnaire) -> Result<CarryPlan, CarryError> {
        if from.levels.len() != into.levels.len() {
            return Err(CarryError::Scales {
                into: into.id.clone(),
                into_levels: into.levels.len(),
                from: from.id.clone(),
                from_levels: from.levels.len(),
            });
        }
        let mut plan = CarryPlan {
            routes: BTreeMap::new(),
            same_id: Vec::new(),
            moved: Vec::new(),
            ask_again: Vec::new(),
            new_questions: Vec::new(),
            changed_in: Vec::new(),
        };
        let changed = |id: &str| {
            into.question(id).and_then(|(_, q)| {
                q.levels_since
                    .as_deref()
                    .filter(|since| version_before(&from.version, since))
            })
        };
        for (_, old) in from.questions() {
            let mut to: Vec<String> = Vec::new();
            if into.question(&old.id).is_some() {
                to.push(old.id.clone());
            }
            for (_, new) in into.questions() {
                if new.formerly.contains(&old.id) && !to.contains(&new.id) {
                    to.push(new.id.clone());
                }
            }
            if to.is_empty() {
                return Err(CarryError::NoPlace {
                    question: old.id.clone(),
                    from: format!("\"{}\" {}", from.id, from.version),
                    into: format!("\"{}\" {}", into.id, into.version),
                });
            }
            let mut kept = Vec::new();
            for id in to {
                match changed(&id) {
                    Some(since) => {
                        if !plan.ask_again.contains(&id) {
                            plan.ask_again.push(id);
                        }
                        if !plan.changed_in.iter().any(|v| v == since) {
                            plan.changed_in.push(since.to_string());
                        }
                    }
                    None => kept.push(id),
                }
            }
            if kept == [old.id.clone()] {
                plan.same_id.push(old.id.clone());
            } else if !kept.is_empty() {
                plan.moved.push((old.id.clone(), kept.clone()));
            }
            plan.routes.insert(old.id.clone(), kept);
        }
        plan.new_questions = into
            .questions()
            .map(|(_, q)| q.id.clone())
            .filter(|id| {
                !plan.ask_again.contains(id) && !plan.routes.values().any(|to| to.contains(id))
            })
            .collect();
        Ok(plan)
    }

    /// Whether every answer keeps its question: the same questions on both sides.
    pub fn is_identity(&self) -> bool {
        self.moved.is_empty() && self.ask_again.is_empty() && self.new_questions.is_empty()
    }

    /// `sheet` with its answers placed on the new questionnaire's questions. Answers to ids
    /// the old questionnaire does not have (a hand-edited file) are kept as they are, unless
    /// the new questionnaire uses the id: then they are left out rather than given a meaning.
    pub fn carry(
        &self,
        sheet: &ResponseSheet,
        into: &Questionnaire,
    ) -> (ResponseSheet, SheetCarry) {
        let mut out = ResponseSheet {
            answers: BTreeMap::new(),
            ..sheet.clone()
        };
        let mut tally = SheetCarry::default();
        for (id, record) in &sheet.answers {
            let Some(to) = self.routes.get(id) else {
                if into.question(id).is_none() {
                    out.answers.insert(id.clone(), record.clone());
                } else {
                    tally.left_out += 1;
                }
                continue;
            };
            if to.is_empty() {
                tally.left_out += 1;
                continue;
            }
            tally.carried += 1;
            for new_id in to {
                let merged = match out.answers.remove(new_id) {
                    Some(earlier) => merge(&earlier, record),
                    None => record.clone(),
                };
                out.answers.insert(new_id.clone(), merged);
            }
        }
        (out, tally)
    }
}

/// Two answers of one respondent landing on one question: the lowest level (else `unknown`
/// before `n/a`: not knowing is a finding), and both comments.
fn merge(a: &AnswerRecord, b: &AnswerRecord) -> AnswerRecord {
    let answer = match (a.answer, b.answer) {
        (Some(Answer::Level(x)), Some(Answer::Level(y))) => Some(Answer::Level(x.min(y))),
        (Some(Answer::Level(x)), _) | (_, Some(Answer::Level(x))) => Some(Answer::Level(x)),
        (Some(Answer::Unknown), _) | (_, Some(Answer::Unknown)) => Some(Answer::Unknown),
        (x, y) => x.or(y),
    };
    let comment = match (a.comment.trim(), b.comment.trim()) {
        ("", c) | (c, "") => c.to_string(),
        (x, y) if x == y => x.to_string(),
        (x, y) => format!("{x} / {y}"),
    };
    // The later of the two times: the carried answer is as recent as its newest part.
    AnswerRecord {
        answer,
        answered_at: a.answered_at.clone().max(b.answered_at.clone()),
        comment,
        commented_at: a.commented_at.clone().max(b.commented_at.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::default_questionnaire;

    fn v1() -> Questionnaire {
        Questionnaire::from_json(include_str!("../../tests/fixtures/devops-1.0.0.json"))
            .expect("the 1.0.0 edition is valid")
    }

    #[test]
    fn the_1x_edition_maps_onto_2_0_as_the_release_note_says() {
        let plan = CarryPlan::new(&v1(), &default_questionnaire()).unwrap();
        assert_eq!(
            plan.moved,
            [
                (
                    "culture.well-being".to_string(),
                    vec![
                        "culture.workload".to_string(),
                        "culture.deployment-pain".to_string()
                    ]
                ),
                (
                    "measurement.throughput".to_string(),
                    vec![
                        "measurement.deploy-frequency".to_string(),
                        "measurement.lead-time".to_string()
                    ]
                ),
                (
                    "measurement.stability".to_string(),
                    vec![
                        "measurement.change-fail-rate".to_string(),
                        "measurement.recovery-time".to_string()
                    ]
                ),
            ]
        );
        assert_eq!(
            plan.ask_again,
            [
                "change.approval",
                "change.standard",
                "change.traceability",
                "change.release-mgmt"
            ]
        );
        assert_eq!(plan.changed_in, ["2.0.0"]);
        // 57 questions in 1.0: 3 split, 4 to ask again, 50 kept.
        assert_eq!(plan.same_id.len(), 50);
        assert_eq!(
            plan.new_questions,
            [
                "organisation.group-standards",
                "ci.artifacts",
                "deploy.feature-flags",
                "change.emergency",
                "change.segregation",
                "change.audit-evidence",
                "incidents.disaster-recovery",
                "incidents.reporting",
                "measurement.rework-rate"
            ]
        );
        assert!(!plan.is_identity());
    }

    #[test]
    fn a_sheet_keeps_moves_splits_and_leaves_out_what_changed_meaning() {
        let into = default_questionnaire();
        let plan = CarryPlan::new(&v1(), &into).unwrap();
        let mut sheet = ResponseSheet::new("Paris", "Alice");
        sheet.role = Some(crate::domain::Role::Ops);
        sheet.set_answer("ci.build", Answer::Level(3));
        sheet.set_answer("measurement.throughput", Answer::Level(2));
        sheet.set_comment("measurement.throughput", "monthly releases");
        sheet.set_answer("change.approval", Answer::Level(5));
        sheet.set_answer("culture.well-being", Answer::Unknown);
        let (carried, tally) = plan.carry(&sheet, &into);
        assert_eq!(
            tally,
            SheetCarry {
                carried: 3,
                left_out: 1
            }
        );
        assert_eq!(carried.role, sheet.role);
        assert_eq!(carried.answer("ci.build"), Some(Answer::Level(3)));
        for id in ["measurement.deploy-frequency", "measurement.lead-time"] {
            assert_eq!(carried.answer(id), Some(Answer::Level(2)), "{id}");
            assert_eq!(carried.comment(id), "monthly releases");
        }
        assert_eq!(carried.answer("culture.workload"), Some(Answer::Unknown));
        // The 1.x 5 on change approval is not a 2.0 5: not carried, to ask again.
        assert_eq!(carried.answer("change.approval"), None);
        assert!(!carried.answers.contains_key("measurement.throughput"));
        assert!(carried.stray_answers(&into).is_empty());
    }

    #[test]
    fn the_same_questions_carry_everything_unchanged() {
        let en = default_questionnaire();
        let fr = Questionnaire::from_json(crate::domain::FRENCH_QUESTIONNAIRE_JSON).unwrap();
        let plan = CarryPlan::new(&fr, &en).unwrap();
        assert!(plan.is_identity());
        let mut sheet = ResponseSheet::new("Paris", "Zoé");
        sheet.set_answer("change.approval", Answer::Level(4));
        sheet.set_answer("not.a.question", Answer::Level(2));
        let (carried, tally) = plan.carry(&sheet, &en);
        assert_eq!(
            carried, sheet,
            "same version: nothing left out, nothing moved"
        );
        assert_eq!(tally.left_out, 0);
    }

    #[test]
    fn merged_answers_keep_the_lowest_level_and_both_comments() {
        let record = |a: Option<Answer>, c: &str| AnswerRecord {
            answer: a,
            comment: c.to_string(),
            ..AnswerRecord::default()
        };
        let m = merge(
            &record(Some(Answer::Level(4)), "flags"),
            &record(Some(Answer::Level(2)), "branches"),
        );
        assert_eq!(m, record(Some(Answer::Level(2)), "flags / branches"));
        let m = merge(
            &record(Some(Answer::NotApplicable), ""),
            &record(Some(Answer::Level(3)), ""),
        );
        assert_eq!(m.answer, Some(Answer::Level(3)));
        let m = merge(
            &record(Some(Answer::NotApplicable), ""),
            &record(Some(Answer::Unknown), "?"),
        );
        assert_eq!(m, record(Some(Answer::Unknown), "?"));
    }

    #[test]
    fn unrelated_questionnaires_or_scales_are_refused() {
        let mini = Questionnaire::from_json(include_str!("../../tests/fixtures/mini.json"))
            .expect("mini is valid");
        let err = CarryPlan::new(&mini, &default_questionnaire()).unwrap_err();
        assert_eq!(err.to_string(), "\"devops\" has 5 levels, \"mini\" has 3");
        // 2.0 into 1.0: the new questions have no place in the old edition.
        let err = CarryPlan::new(&default_questionnaire(), &v1()).unwrap_err();
        assert!(
            err.to_string().contains("has no place in \"devops\" 1.0.0"),
            "{err}"
        );
    }
}
