//! `respondent rename|merge|delete|restore`, and `delete` / `restore` of a whole assessment.
//! Nothing asks for confirmation: nothing is destroyed, and each line printed says how to undo.

use super::conflict_line;
use crate::app::i18n::{Lang, cli};
use crate::app::respondents::{self, Merged, Who};
use crate::app::{Workspace, assessments};
use crate::cli::RespondentCommand;
use crate::error::Error;

pub fn run(ws: &Workspace, command: &RespondentCommand, forced: Option<Lang>) -> Result<(), Error> {
    let name = match command {
        RespondentCommand::Rename { name, .. }
        | RespondentCommand::Merge { name, .. }
        | RespondentCommand::Delete { name, .. }
        | RespondentCommand::Restore { name, .. } => name,
    };
    let lang = super::lang_for(ws, name, forced);
    match command {
        RespondentCommand::Rename {
            name,
            team,
            old,
            new,
        } => {
            let done = respondents::rename(ws, &who(name, team, old), new)?;
            say!("{}", cli::renamed(lang, &done.from, &done.into, &done.team));
            conflicts(lang, &done)?;
        }
        RespondentCommand::Merge {
            name,
            team,
            from,
            into,
        } => {
            let done = respondents::merge(ws, &who(name, team, from), into)?;
            say!(
                "{}",
                cli::merged(
                    lang,
                    &done.from,
                    &done.into,
                    &done.team,
                    done.added,
                    done.conflicts.len()
                )
            );
            conflicts(lang, &done)?;
        }
        RespondentCommand::Delete { name, team, who: w } => {
            let done = respondents::delete(ws, &who(name, team, w))?;
            let places: Vec<String> = done
                .trashed
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            say!(
                "{}",
                cli::trashed(lang, &done.respondent, &done.team, &places.join(", "))
            );
            say!(
                "{}",
                cli::undo_with(
                    lang,
                    &format!(
                        "devops-maturity respondent restore {} --team {} {}",
                        shell(&done.assessment),
                        shell(&done.team),
                        shell(&done.respondent)
                    )
                )
            );
        }
        RespondentCommand::Restore { name, team, who: w } => {
            let done = respondents::restore(ws, &who(name, team, w))?;
            say!("{}", cli::restored(lang, &done.into, &done.team));
            conflicts(lang, &done)?;
        }
    }
    Ok(())
}

pub fn delete_assessment(ws: &Workspace, name: &str, forced: Option<Lang>) -> Result<(), Error> {
    // Read before it goes to the trash.
    let lang = super::lang_for(ws, name, forced);
    let (stored, to) = assessments::delete(ws, name)?;
    say!(
        "{}",
        cli::assessment_trashed(lang, &stored, &to.display().to_string())
    );
    say!(
        "{}",
        cli::undo_with(lang, &format!("devops-maturity restore {}", shell(&stored)))
    );
    Ok(())
}

pub fn restore_assessment(ws: &Workspace, name: &str, forced: Option<Lang>) -> Result<(), Error> {
    let stored = assessments::restore(ws, name)?;
    let lang = super::lang_for(ws, &stored, forced);
    say!(
        "{}",
        cli::assessment_restored(
            lang,
            &stored,
            &ws.assessment_dir(&stored).display().to_string()
        )
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
fn conflicts(lang: Lang, done: &Merged) -> Result<(), Error> {
    for p in &done.perceptions {
        say!(
            "{}",
            cli::perception_followed(lang, &p.about, p.added, p.conflicts.len())
        );
    }
    for c in &done.conflicts {
        warn!("{}{}", cli::note(lang), conflict_line(lang, c));
    }
    for p in &done.perceptions {
        for c in &p.conflicts {
            warn!(
                "{}{}{}",
                cli::note(lang),
                cli::about_prefix(lang, &p.about),
                conflict_line(lang, c)
            );
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
