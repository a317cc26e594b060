//! `demo`: creates the demo assessment and says what to try next.

use crate::app::{Workspace, demo};
use crate::cli::DemoArgs;
use crate::error::Error;
use crate::report::format::wrap;
use std::path::Path;

pub fn run(ws: &Workspace, args: &DemoArgs, data_dir: Option<&Path>) -> Result<(), Error> {
    let (assessment, sheets, second) = if args.rounds >= 2 {
        let (first, second) = demo::create_rounds(ws, &args.name)?;
        (first.0, first.1, Some(second.0))
    } else {
        let (a, s) = demo::create(ws, &args.name)?;
        (a, s, None)
    };
    let name = assessment.name.clone();

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
    summary.push(
        "Two respondents of each site also answered about the other site, and each site asked the other two things (how the teams see each other: tab 6 of compare, and the report)."
            .to_string(),
    );
    for paragraph in summary {
        for (i, line) in wrap(&paragraph, 78).iter().enumerate() {
            say!("{}{line}", if i > 0 { "  " } else { "" });
        }
    }
    if let Some(second) = &second {
        for (i, line) in wrap(
            &format!(
                "Round 1 is dated six months ago, with its action plan agreed. \"{}\" is the follow-up round today: the same sites, part of the plan done and higher levels where it was.",
                second.name
            ),
            78,
        )
        .iter()
        .enumerate()
        {
            say!("{}{line}", if i > 0 { "  " } else { "" });
        }
    }
    say!("Stored in {}", ws.assessment_dir(&name).display());
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
        (
            format!("request list {n}"),
            "what each site asks of the other, and the answers",
        ),
    ] {
        say!("  {prefix} {command}\n      {what}");
    }
    if let Some(second) = &second {
        let n2 = quote(&second.name);
        for (command, what) in [
            (
                format!("history {n2}"),
                "the rounds and each site's overall score",
            ),
            (format!("plan list {n2}"), "the action plan carried over"),
            (
                format!("compare {n2} --format json"),
                "with the progress since the first round",
            ),
        ] {
            say!("  {prefix} {command}\n      {what}");
        }
    } else {
        say!("  {prefix} plan propose {n}\n      an action plan from the roadmap");
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
