//! `demo`: stores a ready-made, answered assessment so that a newcomer sees every view with
//! real-looking data in two commands. It goes through the same store calls as real answers.

mod bank;

use super::table::wrap;
use crate::cli::DemoArgs;
use crate::clock::now_rfc3339;
use crate::domain::names::clean_name;
use crate::domain::{Assessment, ResponseSheet, default_questionnaire};
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
    let (assessment, sheets) = bank_demo(&name, &now);
    store.create(&assessment, &now)?;
    for sheet in &sheets {
        store.save_sheet(&name, sheet, &now)?;
    }

    let comments = sheets
        .iter()
        .flat_map(|s| s.answers.values())
        .filter(|r| !r.comment.is_empty())
        .count();
    let mut summary = vec![format!(
        "Created the demo assessment \"{name}\": a bank's historical IT department and the start-up it acquired."
    )];
    for team in &assessment.teams {
        let people: Vec<&str> = sheets
            .iter()
            .filter(|s| &s.team == team)
            .map(|s| s.respondent.as_str())
            .collect();
        summary.push(format!(
            "- {team}: {} respondents ({}).",
            people.len(),
            people.join(", ")
        ));
    }
    summary.push(format!(
        "{} questions, target level {} (3 for architecture), {comments} comments.",
        assessment.questionnaire.question_count(),
        assessment.targets.default,
    ));
    for paragraph in summary {
        for (i, line) in wrap(&paragraph, 78).iter().enumerate() {
            say!("{}{line}", if i > 0 { "  " } else { "" });
        }
    }
    say!("Stored in {}", store.assessment_dir(&name).display());
    // The next commands need the same data directory, unless the environment already says it.
    let from_env = std::env::var_os("DEVOPS_MATURITY_DATA")
        .is_some_and(|v| data_dir.is_some_and(|d| d.as_os_str() == v));
    let prefix = match data_dir {
        Some(dir) if !from_env => format!(
            "devops-maturity --data-dir {}",
            quote(&dir.display().to_string())
        ),
        _ => "devops-maturity".to_string(),
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

/// The demo assessment and its answers, in memory: what `demo` stores, also used by tests and
/// benchmarks that need realistic data without a data directory.
pub fn bank_demo(name: &str, created_at: &str) -> (Assessment, Vec<ResponseSheet>) {
    let questionnaire = default_questionnaire();
    let sheets = bank::sheets(&questionnaire);
    let mut assessment = Assessment::new(name, created_at, bank::teams(), questionnaire, None);
    // The bank accepts a modular monolith for now: a lower bar for architecture shows how
    // per-dimension targets work.
    assessment
        .targets
        .dimensions
        .insert("architecture".to_string(), 3.0);
    (assessment, sheets)
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
