//! `respondent rename|merge|delete|restore`, and `delete` / `restore` of a whole assessment.
//! Nothing asks for confirmation: nothing is destroyed, and each line printed says how to undo.

use super::conflict_line;
use crate::app::respondents::{self, Merged, Who};
use crate::app::{Workspace, assessments};
use crate::cli::RespondentCommand;
use crate::error::Error;

pub fn run(ws: &Workspace, command: &RespondentCommand) -> Result<(), Error> {
    match command {
        RespondentCommand::Rename {
            name,
            team,
            old,
            new,
        } => {
            let done = respondents::rename(ws, &who(name, team, old), new)?;
            say!(
                "Renamed {} to {} ({}); their answers followed",
                done.from,
                done.into,
                done.team
            );
            conflicts(&done)?;
        }
        RespondentCommand::Merge {
            name,
            team,
            from,
            into,
        } => {
            let done = respondents::merge(ws, &who(name, team, from), into)?;
            say!(
                "Merged {} into {} ({}): answers and comments added: {}; answered differently by both: {}",
                done.from,
                done.into,
                done.team,
                done.added,
                done.conflicts.len()
            );
            conflicts(&done)?;
        }
        RespondentCommand::Delete { name, team, who: w } => {
            let done = respondents::delete(ws, &who(name, team, w))?;
            let places: Vec<String> = done
                .trashed
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            say!(
                "Moved {} ({}) to the trash: {}",
                done.respondent,
                done.team,
                places.join(", ")
            );
            say!(
                "Undo with: devops-maturity respondent restore {} --team {} {}",
                shell(&done.assessment),
                shell(&done.team),
                shell(&done.respondent)
            );
        }
        RespondentCommand::Restore { name, team, who: w } => {
            let done = respondents::restore(ws, &who(name, team, w))?;
            say!("Restored {} ({})", done.into, done.team);
            conflicts(&done)?;
        }
    }
    Ok(())
}

pub fn delete_assessment(ws: &Workspace, name: &str) -> Result<(), Error> {
    let (stored, to) = assessments::delete(ws, name)?;
    say!(
        "Moved the assessment \"{stored}\" to the trash: {}",
        to.display()
    );
    say!("Undo with: devops-maturity restore {}", shell(&stored));
    Ok(())
}

pub fn restore_assessment(ws: &Workspace, name: &str) -> Result<(), Error> {
    let stored = assessments::restore(ws, name)?;
    say!(
        "Restored the assessment \"{stored}\" ({})",
        ws.assessment_dir(&stored).display()
    );
    Ok(())
}

fn who(name: &str, team: &str, respondent: &str) -> Who {
    Who {
        assessment: name.to_string(),
        team: team.to_string(),
        respondent: respondent.to_string(),
    }
}

/// What happened to the respondent's sheets about other teams, then both answers of each
/// question answered differently, so nothing is dropped silently.
fn conflicts(done: &Merged) -> Result<(), Error> {
    for p in &done.perceptions {
        say!(
            "Their answers about {} followed (added: {}; answered differently by both: {})",
            p.about,
            p.added,
            p.conflicts.len()
        );
    }
    for c in &done.conflicts {
        warn!("note: {}", conflict_line(c));
    }
    for p in &done.perceptions {
        for c in &p.conflicts {
            warn!("note: about {}: {}", p.about, conflict_line(c));
        }
    }
    Ok(())
}

/// A word quoted for the shell when it needs it.
pub fn shell(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}
