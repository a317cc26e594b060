//! Merging what two writers did to one record, field by field, by the time each field was
//! given. Two situations, one rule set:
//!
//! - **Saving** (`apply_changes`): a process read a sheet (`base`), changed some answers
//!   (`mine`), and meanwhile another process may have saved the same sheet (`disk`). Only the
//!   fields this process changed are applied; a field both changed is a conflict, and the newer
//!   value is kept.
//! - **Collecting** (`merge_sheets`): a sheet from another laptop (`theirs`) joins the one here
//!   (`mine`). A field only one side has is taken; a field both have with different values is a
//!   conflict, decided by `Prefer` (the newer by default).
//!
//! Every field is a value plus the time it was given (`Timed`), so plans, metrics and requests
//! merge with the same `pick` later. Times are canonical RFC 3339 strings and order as strings.

use super::answers::{Answer, AnswerRecord, ResponseSheet};
use super::questionnaire::Role;
use std::collections::BTreeSet;

/// Which side wins a conflict when collecting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Prefer {
    /// The value given last (ties go to this laptop's).
    #[default]
    Newer,
    /// This laptop's value.
    Mine,
    /// The collected value.
    Theirs,
}

/// A field's value and the time it was given (`None`: not saved yet, or unknown).
#[derive(Debug, Clone, PartialEq)]
pub struct Timed<T> {
    pub value: T,
    pub at: Option<String>,
}

/// Which side `pick` chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// The field of a record a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Answer,
    Comment,
    Role,
}

/// The same field given different values by two writers: both are shown to the user, the kept
/// one is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The question, or empty for the role.
    pub question_id: String,
    pub field: FieldKind,
    pub kept: String,
    pub kept_at: Option<String>,
    pub dropped: String,
    pub dropped_at: Option<String>,
    /// Whether the kept value is the one of this process or laptop.
    pub kept_mine: bool,
}

/// Chooses between two different values of one field. `Newer` compares times; a value with no
/// time loses to one with a time (it predates timestamps), and a tie goes to `Mine`.
pub fn pick<T>(mine: &Timed<T>, theirs: &Timed<T>, prefer: Prefer) -> Side {
    match prefer {
        Prefer::Mine => Side::Mine,
        Prefer::Theirs => Side::Theirs,
        Prefer::Newer => match (&mine.at, &theirs.at) {
            (Some(m), Some(t)) if t > m => Side::Theirs,
            (None, Some(_)) => Side::Theirs,
            _ => Side::Mine,
        },
    }
}

fn shown_answer(a: Option<Answer>) -> String {
    a.map_or_else(|| "(none)".to_string(), |a| a.to_string())
}

fn shown_comment(c: &str) -> String {
    if c.is_empty() {
        "(no comment)".to_string()
    } else {
        format!("«{c}»")
    }
}

fn shown_role(r: Option<Role>) -> String {
    r.map_or_else(|| "(no role)".to_string(), |r| r.to_string())
}

/// Applies to `disk` what `mine` changed since `base` (the sheet as this process last read
/// it), stamping each applied change with `now`. Fields this process did not change keep what
/// `disk` holds, so answers another process saved meanwhile survive. A field changed on disk
/// since `base` *and* by this process is a conflict: the newer is kept (this process's change,
/// made `now`, unless the other's time is later still).
pub fn apply_changes(
    disk: Option<&ResponseSheet>,
    base: &ResponseSheet,
    mine: &ResponseSheet,
    now: &str,
) -> (ResponseSheet, Vec<Conflict>) {
    let mut out = disk.cloned().unwrap_or_else(|| {
        let mut fresh = ResponseSheet::new(&mine.team, &mine.respondent);
        fresh.about.clone_from(&mine.about);
        fresh.questionnaire.clone_from(&mine.questionnaire);
        fresh
    });
    if out.questionnaire.is_none() {
        out.questionnaire.clone_from(&mine.questionnaire);
    }
    let mut conflicts = Vec::new();
    let ids: BTreeSet<&String> = base.answers.keys().chain(mine.answers.keys()).collect();
    let empty = AnswerRecord::default();
    for id in ids {
        let b = base.answers.get(id).unwrap_or(&empty);
        let m = mine.answers.get(id).unwrap_or(&empty);
        let d = out.answers.get(id).cloned().unwrap_or_default();
        let mut record = d.clone();
        // A value already stored keeps its time: setting what is there changes nothing.
        if m.answer != b.answer && m.answer != d.answer {
            let unchanged_on_disk = d.answer == b.answer && d.answered_at == b.answered_at;
            let theirs_newer = d.answered_at.as_deref().is_some_and(|t| t > now);
            if unchanged_on_disk || !theirs_newer {
                record.answer = m.answer;
                record.answered_at = m.answer.map(|_| now.to_string());
            }
            if !unchanged_on_disk && d.answer != m.answer {
                conflicts.push(Conflict {
                    question_id: id.clone(),
                    field: FieldKind::Answer,
                    kept: shown_answer(record.answer),
                    kept_at: record.answered_at.clone(),
                    dropped: shown_answer(if theirs_newer { m.answer } else { d.answer }),
                    dropped_at: if theirs_newer {
                        Some(now.to_string())
                    } else {
                        d.answered_at.clone()
                    },
                    kept_mine: !theirs_newer,
                });
            }
        }
        if m.comment != b.comment && m.comment != d.comment {
            let unchanged_on_disk = d.comment == b.comment && d.commented_at == b.commented_at;
            let theirs_newer = d.commented_at.as_deref().is_some_and(|t| t > now);
            if unchanged_on_disk || !theirs_newer {
                record.comment.clone_from(&m.comment);
                record.commented_at = (!m.comment.is_empty()).then(|| now.to_string());
            }
            if !unchanged_on_disk && d.comment != m.comment {
                conflicts.push(Conflict {
                    question_id: id.clone(),
                    field: FieldKind::Comment,
                    kept: shown_comment(&record.comment),
                    kept_at: record.commented_at.clone(),
                    dropped: shown_comment(if theirs_newer { &m.comment } else { &d.comment }),
                    dropped_at: if theirs_newer {
                        Some(now.to_string())
                    } else {
                        d.commented_at.clone()
                    },
                    kept_mine: !theirs_newer,
                });
            }
        }
        store_record(&mut out, id, record);
    }
    if mine.role != base.role && mine.role != out.role {
        let unchanged_on_disk = out.role == base.role && out.role_set_at == base.role_set_at;
        let theirs_newer = out.role_set_at.as_deref().is_some_and(|t| t > now);
        let previous = (out.role, out.role_set_at.clone());
        if unchanged_on_disk || !theirs_newer {
            out.role = mine.role;
            out.role_set_at = Some(now.to_string());
        }
        if !unchanged_on_disk && previous.0 != mine.role {
            conflicts.push(Conflict {
                question_id: String::new(),
                field: FieldKind::Role,
                kept: shown_role(out.role),
                kept_at: out.role_set_at.clone(),
                dropped: shown_role(if theirs_newer { mine.role } else { previous.0 }),
                dropped_at: if theirs_newer {
                    Some(now.to_string())
                } else {
                    previous.1
                },
                kept_mine: !theirs_newer,
            });
        }
    }
    (out, conflicts)
}

/// Keeps `record` under `id`, or drops the entry when it holds nothing.
fn store_record(sheet: &mut ResponseSheet, id: &str, record: AnswerRecord) {
    if record.answer.is_none() && record.comment.is_empty() {
        sheet.answers.remove(id);
    } else {
        sheet.answers.insert(id.to_string(), record);
    }
}

/// What merging a collected sheet into this laptop's did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SheetMerge {
    /// Answers or comments this laptop did not have.
    pub added: usize,
    /// Fields where the collected value replaced a different one here.
    pub updated: usize,
    pub conflicts: Vec<Conflict>,
}

impl SheetMerge {
    pub fn changed(&self) -> bool {
        self.added > 0 || self.updated > 0
    }
}

/// Merges `theirs` (collected) into `mine` field by field. Collecting the same sheet twice
/// changes nothing the second time.
pub fn merge_sheets(
    mine: &ResponseSheet,
    theirs: &ResponseSheet,
    prefer: Prefer,
) -> (ResponseSheet, SheetMerge) {
    let mut out = mine.clone();
    let mut report = SheetMerge::default();
    if out.questionnaire.is_none() {
        out.questionnaire.clone_from(&theirs.questionnaire);
    }
    for (id, t) in &theirs.answers {
        let m = mine.answers.get(id).cloned().unwrap_or_default();
        let mut record = m.clone();
        if let Some(answer) = t.answer {
            match m.answer {
                None => {
                    record.answer = Some(answer);
                    record.answered_at.clone_from(&t.answered_at);
                    report.added += 1;
                }
                Some(here) if here != answer => {
                    let side = pick(
                        &Timed {
                            value: here,
                            at: m.answered_at.clone(),
                        },
                        &Timed {
                            value: answer,
                            at: t.answered_at.clone(),
                        },
                        prefer,
                    );
                    if side == Side::Theirs {
                        record.answer = Some(answer);
                        record.answered_at.clone_from(&t.answered_at);
                        report.updated += 1;
                    }
                    report.conflicts.push(conflict(
                        id,
                        FieldKind::Answer,
                        side,
                        (shown_answer(Some(here)), m.answered_at.clone()),
                        (shown_answer(Some(answer)), t.answered_at.clone()),
                    ));
                }
                Some(_) => {}
            }
        }
        if !t.comment.is_empty() {
            if m.comment.is_empty() {
                record.comment.clone_from(&t.comment);
                record.commented_at.clone_from(&t.commented_at);
                report.added += 1;
            } else if m.comment != t.comment {
                let side = pick(
                    &Timed {
                        value: &m.comment,
                        at: m.commented_at.clone(),
                    },
                    &Timed {
                        value: &t.comment,
                        at: t.commented_at.clone(),
                    },
                    prefer,
                );
                if side == Side::Theirs {
                    record.comment.clone_from(&t.comment);
                    record.commented_at.clone_from(&t.commented_at);
                    report.updated += 1;
                }
                report.conflicts.push(conflict(
                    id,
                    FieldKind::Comment,
                    side,
                    (shown_comment(&m.comment), m.commented_at.clone()),
                    (shown_comment(&t.comment), t.commented_at.clone()),
                ));
            }
        }
        store_record(&mut out, id, record);
    }
    if theirs.role.is_some() && theirs.role != mine.role {
        let side = if mine.role.is_none() {
            Side::Theirs
        } else {
            pick(
                &Timed {
                    value: mine.role,
                    at: mine.role_set_at.clone(),
                },
                &Timed {
                    value: theirs.role,
                    at: theirs.role_set_at.clone(),
                },
                prefer,
            )
        };
        if side == Side::Theirs {
            out.role = theirs.role;
            out.role_set_at.clone_from(&theirs.role_set_at);
            report.updated += 1;
        }
        if mine.role.is_some() {
            report.conflicts.push(conflict(
                "",
                FieldKind::Role,
                side,
                (shown_role(mine.role), mine.role_set_at.clone()),
                (shown_role(theirs.role), theirs.role_set_at.clone()),
            ));
        }
    }
    (out, report)
}

fn conflict(
    id: &str,
    field: FieldKind,
    side: Side,
    mine: (String, Option<String>),
    theirs: (String, Option<String>),
) -> Conflict {
    let (kept, dropped) = match side {
        Side::Mine => (mine, theirs),
        Side::Theirs => (theirs, mine),
    };
    Conflict {
        question_id: id.to_string(),
        field,
        kept: kept.0,
        kept_at: kept.1,
        dropped: dropped.0,
        dropped_at: dropped.1,
        kept_mine: side == Side::Mine,
    }
}

/// Every time a sheet holds (answers, comments, role), for checks such as "dated in the
/// future".
pub fn sheet_times(sheet: &ResponseSheet) -> impl Iterator<Item = &str> {
    sheet
        .answers
        .values()
        .flat_map(|r| [r.answered_at.as_deref(), r.commented_at.as_deref()])
        .chain(std::iter::once(sheet.role_set_at.as_deref()))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    const T1: &str = "2026-11-01T09:00:00.000Z";
    const T2: &str = "2026-11-01T10:00:00.000Z";
    const NOW: &str = "2026-11-01T11:00:00.000Z";

    fn sheet(answers: &[(&str, Answer, &str)]) -> ResponseSheet {
        let mut s = ResponseSheet::new("Paris", "Alice");
        for (id, a, at) in answers {
            s.answers.insert(
                (*id).to_string(),
                AnswerRecord {
                    answer: Some(*a),
                    answered_at: Some((*at).to_string()),
                    ..AnswerRecord::default()
                },
            );
        }
        s
    }

    #[test]
    fn saving_applies_only_what_this_process_changed() {
        // Read with q1=2; another process then saved q2=4; this process set q1=3.
        let base = sheet(&[("q1", Answer::Level(2), T1)]);
        let disk = sheet(&[("q1", Answer::Level(2), T1), ("q2", Answer::Level(4), T2)]);
        let mut mine = base.clone();
        mine.set_answer("q1", Answer::Level(3));
        let (out, conflicts) = apply_changes(Some(&disk), &base, &mine, NOW);
        assert!(conflicts.is_empty());
        assert_eq!(out.answer("q1"), Some(Answer::Level(3)));
        assert_eq!(out.answered_at("q1"), Some(NOW));
        assert_eq!(
            out.answer("q2"),
            Some(Answer::Level(4)),
            "the other's answer survives"
        );
        assert_eq!(out.answered_at("q2"), Some(T2));
    }

    #[test]
    fn a_field_both_changed_is_a_conflict_and_the_newer_wins() {
        let base = sheet(&[("q1", Answer::Level(2), T1)]);
        let disk = sheet(&[("q1", Answer::Level(5), T2)]);
        let mut mine = base.clone();
        mine.set_answer("q1", Answer::Level(3));
        let (out, conflicts) = apply_changes(Some(&disk), &base, &mine, NOW);
        assert_eq!(out.answer("q1"), Some(Answer::Level(3)));
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].dropped, "5");
        assert!(conflicts[0].kept_mine);
        // The other writer's clock ahead of ours: theirs is newer and stays.
        let later = "2026-11-01T12:00:00.000Z";
        let disk = sheet(&[("q1", Answer::Level(5), later)]);
        let (out, conflicts) = apply_changes(Some(&disk), &base, &mine, NOW);
        assert_eq!(out.answer("q1"), Some(Answer::Level(5)));
        assert!(!conflicts[0].kept_mine);
    }

    #[test]
    fn re_giving_the_stored_answer_keeps_its_time() {
        let base = sheet(&[("q1", Answer::Level(2), T1)]);
        let mut mine = base.clone();
        mine.set_answer("q1", Answer::Level(2));
        let (out, conflicts) = apply_changes(Some(&base), &base, &mine, NOW);
        assert!(conflicts.is_empty());
        assert_eq!(out.answered_at("q1"), Some(T1));
    }

    #[test]
    fn collecting_takes_new_answers_decides_conflicts_and_is_idempotent() {
        let mine = sheet(&[("q1", Answer::Level(2), T1), ("q2", Answer::Level(3), T2)]);
        let theirs = sheet(&[("q1", Answer::Level(4), T2), ("q3", Answer::Level(1), T1)]);
        let (out, report) = merge_sheets(&mine, &theirs, Prefer::Newer);
        assert_eq!(out.answer("q1"), Some(Answer::Level(4)), "theirs is newer");
        assert_eq!(out.answer("q3"), Some(Answer::Level(1)));
        assert_eq!(
            (report.added, report.updated, report.conflicts.len()),
            (1, 1, 1)
        );
        let (again, second) = merge_sheets(&out, &theirs, Prefer::Newer);
        assert_eq!(again, out);
        assert!(!second.changed() && second.conflicts.is_empty());
        let (kept, report) = merge_sheets(&mine, &theirs, Prefer::Mine);
        assert_eq!(kept.answer("q1"), Some(Answer::Level(2)));
        assert_eq!(report.updated, 0);
    }
}
