//! `demo`: stores a ready-made, answered assessment so that a newcomer sees every view with
//! real-looking data in two commands. It goes through the same store calls as real answers.

mod bank;

use super::table::fit;
use crate::cli::DemoArgs;
use crate::clock::now_rfc3339;
use crate::domain::names::clean_name;
use crate::domain::{Assessment, default_questionnaire};
use crate::error::CliError;
use crate::store::Store;
use std::path::Path;

pub fn run(store: &Store, args: &DemoArgs, data_dir: Option<&Path>) -> Result<(), CliError> {
    let name = clean_name("assessment name", &args.name).map_err(CliError::usage)?;
    if store.exists(&name) {
        return Err(CliError::usage(format!(
            "an assessment named \"{name}\" already exists in {}; nothing was changed (pick another name with --name)",
            store.root().display()
        )));
    }
    let now = now_rfc3339();
    let questionnaire = default_questionnaire();
    let sheets = bank::sheets(&questionnaire);
    let mut assessment = Assessment::new(&name, &now, bank::teams(), questionnaire, None);
    // The bank accepts a modular monolith for now: a lower bar for architecture shows how
    // per-dimension targets work.
    assessment
        .targets
        .dimensions
        .insert("architecture".to_string(), 3.0);
    store.create(&assessment, &now)?;
    for sheet in &sheets {
        store.save_sheet(&name, sheet, &now)?;
    }

    let comments = sheets
        .iter()
        .flat_map(|s| s.answers.values())
        .filter(|r| !r.comment.is_empty())
        .count();
    say!(
        "Created the demo assessment \"{name}\": a bank's historical IT department and the start-up it acquired."
    );
    for team in &assessment.teams {
        let people: Vec<&str> = sheets
            .iter()
            .filter(|s| &s.team == team)
            .map(|s| s.respondent.as_str())
            .collect();
        say!(
            "  {}  {} respondents: {}",
            fit(team, 24),
            people.len(),
            people.join(", ")
        );
    }
    say!(
        "  {} questions, target level {} (architecture 3), {comments} comments. Stored in {}",
        assessment.questionnaire.question_count(),
        assessment.targets.default,
        store.assessment_dir(&name).display()
    );
    let prefix = match data_dir {
        Some(dir) => format!(
            "devops-maturity --data-dir {}",
            quote(&dir.display().to_string())
        ),
        None => "devops-maturity".to_string(),
    };
    let n = quote(&name);
    say!("\nNext:");
    for (command, what) in [
        (
            format!("compare {n}"),
            "where each site stands, differences, plans",
        ),
        (
            format!(
                "compare {n} --format markdown > {}",
                quote(&format!("{name}.md"))
            ),
            "the same as a Markdown page",
        ),
        (
            format!("compare {n} --format json"),
            "the same for other tools",
        ),
        (format!("show {n}"), "scores per dimension"),
    ] {
        say!("  {prefix} {command}\n      {what}");
    }
    Ok(())
}

/// Quotes a word for the shell when it needs it.
fn quote(word: &str) -> String {
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
