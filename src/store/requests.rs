//! The requirement lists of an assessment (`requests.json`): what each team asks of another
//! (`domain::requests::Request`). One file per assessment, written atomically under its lock
//! after re-reading it, like the respondent log; every request is checked on reading (id
//! shape and uniqueness, times, texts, two different teams), and a file that fails any check
//! is reported by path and never overwritten.

use super::files::{self, Kind};
use super::{StoreError, lock};
use crate::domain::names::same_name;
use crate::domain::requests::{
    BadText, MAX_NOTE_CHARS, MAX_TEXT_CHARS, Request, check_text, is_request_id, sort,
};
use crate::error::Wording;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub(crate) const REQUESTS: Kind = Kind {
    name: "devops-maturity/requests",
    version: 1,
};
pub(crate) const REQUESTS_FILE: &str = "requests.json";

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestsFile {
    requests: Vec<Request>,
}

/// Checks every request of a list read from `path`; brings times to the canonical shape.
fn validate(path: &Path, requests: &mut [Request]) -> Result<(), StoreError> {
    const S: char = '\u{202f}';
    let bad = |id: &str, why: Wording| {
        StoreError::corrupt_in(
            path,
            Wording::new(
                format!("request {id}: {}", why.en),
                format!("demande {id}{S}: {}", why.fr),
            ),
        )
    };
    let mut seen: Vec<String> = Vec::new();
    for r in requests.iter_mut() {
        if !is_request_id(&r.id) {
            return Err(bad(
                &r.id,
                Wording::new(
                    "the id is not of the shape r-xxxxxx",
                    "l’identifiant n’est pas de la forme r-xxxxxx",
                ),
            ));
        }
        let key = r.id.to_ascii_lowercase();
        if seen.contains(&key) {
            return Err(bad(
                &r.id,
                Wording::new("the id is given twice", "l’identifiant figure deux fois"),
            ));
        }
        seen.push(key);
        if r.by.trim().is_empty() || r.to.trim().is_empty() {
            return Err(bad(
                &r.id,
                Wording::new(
                    "\"by\" and \"to\" must name teams",
                    format!("«{S}by{S}» et «{S}to{S}» doivent nommer des équipes"),
                ),
            ));
        }
        if same_name(&r.by, &r.to) {
            return Err(bad(
                &r.id,
                Wording::new(
                    format!("team \"{}\" asks itself", r.by),
                    format!("l’équipe «{S}{}{S}» se demande à elle-même", r.by),
                ),
            ));
        }
        // The field names stay as in the file, in both languages.
        let text = |what: &str, e: BadText| Wording::new(e.english(what), e.french(what));
        check_text(&r.text, MAX_TEXT_CHARS).map_err(|e| bad(&r.id, text("text", e)))?;
        if !r.note.is_empty() {
            check_text(&r.note, MAX_NOTE_CHARS).map_err(|e| bad(&r.id, text("note", e)))?;
        }
        let id = r.id.clone();
        let canonical = |field: &mut String, what: &str| -> Result<(), StoreError> {
            *field = crate::clock::canonical_stamp(field).ok_or_else(|| {
                bad(
                    &id,
                    Wording::new(
                        format!("{what} \"{field}\" is not an RFC 3339 time"),
                        format!("{what} «{S}{field}{S}» n’est pas une heure RFC 3339"),
                    ),
                )
            })?;
            Ok(())
        };
        canonical(&mut r.created_at, "created_at")?;
        canonical(&mut r.text_at, "text_at")?;
        for (field, what) in [
            (&mut r.question_at, "question_at"),
            (&mut r.priority_at, "priority_at"),
            (&mut r.responded_at, "responded_at"),
            (&mut r.withdrawn_at, "withdrawn_at"),
        ] {
            if let Some(t) = field.as_mut() {
                canonical(t, what)?;
            }
        }
    }
    Ok(())
}

/// Parses the bytes of a requests file; `path` names it in errors.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Vec<Request>, StoreError> {
    let (mut file, _) = files::parse_json::<RequestsFile>(path, bytes, REQUESTS)?;
    validate(path, &mut file.requests)?;
    sort(&mut file.requests);
    Ok(file.requests)
}

/// The requests of the assessment in `dir`, in stored order; empty when there is no file yet.
pub fn read(dir: &Path) -> Result<Vec<Request>, StoreError> {
    let path = dir.join(REQUESTS_FILE);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let bytes = std::fs::read(&path).map_err(|e| StoreError::io(&path, e))?;
    parse(&path, &bytes)
}

/// Read-change-write of the list under its lock: `change` gets the stored requests and returns
/// the new list (`None`: leave the file as it is). The list written is checked like a list
/// read, so a bug cannot store what no build would read back.
pub fn update<T, E: From<StoreError>>(
    dir: &Path,
    now: &str,
    change: impl FnOnce(Vec<Request>) -> Result<(Option<Vec<Request>>, T), E>,
) -> Result<T, E> {
    let path = dir.join(REQUESTS_FILE);
    let _lock = lock::acquire(&path, lock::WAIT)?;
    let current = read(dir)?;
    let (new, out) = change(current)?;
    if let Some(mut requests) = new {
        validate(&path, &mut requests)?;
        sort(&mut requests);
        files::write_json(&path, REQUESTS, now, &RequestsFile { requests })?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "2026-11-01T09:00:00.000Z";

    #[test]
    fn a_list_round_trips_and_a_bad_one_is_refused_and_kept() {
        let dir = std::env::temp_dir().join(format!("dm-requests-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let r = Request::new("r-abc234", "Ops", "Dev", "Rollback tested", T);
        update(&dir, T, |list| {
            assert!(list.is_empty());
            Ok::<_, StoreError>((Some(vec![r.clone()]), ()))
        })
        .unwrap();
        assert_eq!(read(&dir).unwrap(), vec![r.clone()]);
        // A request asking its own team is refused before anything is written.
        let mut selfish = r.clone();
        selfish.id = "r-bcd234".into();
        selfish.to = "ops".into();
        let err = update(&dir, T, |mut list| {
            list.push(selfish);
            Ok::<_, StoreError>((Some(list), ()))
        })
        .unwrap_err();
        assert!(err.to_string().contains("asks itself"), "{err}");
        assert_eq!(read(&dir).unwrap(), vec![r]);
        // A hand-edited file with a duplicate id is reported by path, not half-read.
        let path = dir.join(REQUESTS_FILE);
        let text = std::fs::read_to_string(&path).unwrap();
        let doubled = text.replace("\"requests\": [", "\"requests\": [{\"id\": \"r-abc234\", \"by\": \"A\", \"to\": \"B\", \"created_at\": \"2026-11-01T09:00:00.000Z\", \"text\": \"x\", \"text_at\": \"2026-11-01T09:00:00.000Z\"},");
        assert_ne!(doubled, text);
        std::fs::write(&path, doubled).unwrap();
        let err = read(&dir).unwrap_err();
        assert!(err.to_string().contains("given twice"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
