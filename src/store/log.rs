//! The respondent log of an assessment (`respondents.json`): renames, merges, deletions and
//! restorations, so that an older copy of a sheet collected later from another laptop does not
//! bring back a respondent who was deleted, or an old name that was merged away.

use super::files::{self, Kind};
use super::{StoreError, lock};
use serde::{Deserialize, Serialize};
use std::path::Path;

const LOG: Kind = Kind {
    name: "devops-maturity/respondent-log",
    version: 1,
};
const LOG_FILE: &str = "respondents.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogOp {
    /// `respondent` was moved to the trash.
    Deleted,
    /// `respondent` came back from the trash.
    Restored,
    /// `respondent` is now called `into`.
    Renamed,
    /// `respondent`'s answers went into `into`'s sheet.
    Merged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    pub op: LogOp,
    pub team: String,
    pub respondent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub into: Option<String>,
    /// When it happened (canonical stamp).
    pub at: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LogFile {
    entries: Vec<LogEntry>,
}

/// The log of the assessment in `dir`, oldest first; empty when there is none yet.
pub fn read(dir: &Path) -> Result<Vec<LogEntry>, StoreError> {
    let path = dir.join(LOG_FILE);
    if !path.exists() {
        return Ok(Vec::new());
    }
    Ok(files::read_json::<LogFile>(&path, LOG)?.entries)
}

/// Appends `entry` under the log's lock.
pub fn append(dir: &Path, entry: LogEntry, now: &str) -> Result<(), StoreError> {
    let path = dir.join(LOG_FILE);
    let _lock = lock::acquire(&path, lock::WAIT)?;
    let mut log = if path.exists() {
        files::read_json::<LogFile>(&path, LOG)?
    } else {
        LogFile::default()
    };
    log.entries.push(entry);
    files::write_json(&path, LOG, now, &log)
}
