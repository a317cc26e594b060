//! The action plan on disk: one `plan.json` in the assessment's folder holding a
//! `domain::plan::Plan`, checked on reading (`Plan::problem`: ids, teams, dates). Written
//! atomically under the file's lock, after re-reading it, like sheets and figures; a file that
//! cannot be read is reported by path and never overwritten.

use super::StoreError;
use super::files::{self, Kind};
use super::lock;
use crate::domain::plan::Plan;
use std::fs;
use std::path::Path;

pub(crate) const PLAN: Kind = Kind {
    name: "devops-maturity/plan",
    version: 1,
};
pub(crate) const PLAN_FILE: &str = "plan.json";

/// Parses a plan file's bytes and checks it; `path` names it in errors.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Plan, StoreError> {
    let (plan, _) = files::parse_json::<Plan>(path, bytes, PLAN)?;
    match plan.problem() {
        Some(why) => Err(StoreError::corrupt_in(path, why)),
        None => Ok(plan),
    }
}

/// The plan of the assessment in `dir`; `None` when it has none yet.
pub fn read(dir: &Path) -> Result<Option<Plan>, StoreError> {
    let path = dir.join(PLAN_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let bytes = fs::read(&path).map_err(|e| StoreError::io(&path, e))?;
    parse(&path, &bytes).map(Some)
}

/// Read-change-write of the plan under its lock: `change` gets the plan as stored (empty when
/// there is none) and returns the new one (`None`: leave the file as it is) — or refuses, and
/// nothing is written. A file that cannot be read is never overwritten.
pub fn update<T, E: From<StoreError>>(
    dir: &Path,
    now: &str,
    change: impl FnOnce(Plan) -> Result<(Option<Plan>, T), E>,
) -> Result<T, E> {
    let path = dir.join(PLAN_FILE);
    let _lock = lock::acquire(&path, lock::WAIT)?;
    let current = read(dir)?.unwrap_or_default();
    let (new, out) = change(current)?;
    if let Some(plan) = new {
        // Never store what could not be read back.
        if let Some(why) = plan.problem() {
            return Err(StoreError::corrupt_in(&path, why).into());
        }
        files::write_json(&path, PLAN, now, &plan)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Action, Origin};

    const NOW: &str = "2026-11-01T09:00:00.000Z";

    fn plan() -> Plan {
        Plan {
            actions: vec![Action::new(
                "a7f3q".into(),
                Origin::Free,
                vec!["Paris".into()],
                "Automate the build",
                NOW,
            )],
        }
    }

    #[test]
    fn written_plans_read_back_and_refusals_write_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path()).unwrap(), None);
        update(dir.path(), NOW, |_| Ok::<_, StoreError>((Some(plan()), ()))).unwrap();
        assert_eq!(read(dir.path()).unwrap(), Some(plan()));
        let before = fs::read(dir.path().join(PLAN_FILE)).unwrap();
        let refused: Result<(), StoreError> = update(dir.path(), NOW, |mut p| {
            p.actions.clear();
            Err(StoreError::corrupt(dir.path(), "refused".into()))
        });
        assert!(refused.is_err());
        // An invalid plan is never stored.
        let invalid: Result<(), StoreError> = update(dir.path(), NOW, |mut p| {
            p.actions[0].due.value = Some("2027-02-30".into());
            Ok((Some(p), ()))
        });
        assert!(invalid.unwrap_err().to_string().contains("is not a date"));
        assert_eq!(fs::read(dir.path().join(PLAN_FILE)).unwrap(), before);
    }

    #[test]
    fn a_broken_file_is_reported_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(PLAN_FILE);
        fs::write(&path, b"{\"format\":\"devops-maturity/plan\",\"format_version\":1,\"actions\":[{\"id\":\"x\"}]}").unwrap();
        let err = read(dir.path()).unwrap_err().to_string();
        assert!(err.contains("plan.json"), "{err}");
        let before = fs::read(&path).unwrap();
        let r: Result<(), StoreError> = update(dir.path(), NOW, |_| Ok((Some(plan()), ())));
        assert!(r.is_err());
        assert_eq!(fs::read(&path).unwrap(), before);
    }
}
