//! `demo`: creates the demo assessment and says what to try next.

use crate::app::i18n::Lang;
use crate::app::i18n::cli;
use crate::app::i18n::cli::demo_what::{
    COMPARE, HISTORY, JSON, MARKDOWN, PLAN, PROGRESS, PROPOSE, REQUESTS, SHOW,
};
use crate::app::{Workspace, demo};
use crate::cli::DemoArgs;
use crate::error::Error;
use crate::report::format::wrap;
use std::path::Path;

/// The summary and suggestions in `--lang`, else the locale's language, as for `list`: the
/// command is about no existing assessment.
pub fn run(
    ws: &Workspace,
    args: &DemoArgs,
    data_dir: Option<&Path>,
    lang: Option<Lang>,
) -> Result<(), Error> {
    let lang = super::locale_lang(lang);
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
    let teams: Vec<(String, Vec<String>)> = assessment
        .teams
        .iter()
        .map(|team| {
            let people = sheets
                .iter()
                .filter(|s| &s.team == team)
                .map(|s| s.respondent.clone())
                .collect();
            (team.clone(), people)
        })
        .collect();
    let mut summary = cli::demo_summary(
        lang,
        &name,
        &teams,
        assessment.questionnaire.question_count(),
        assessment.targets.default,
        comments,
    );
    if let Some(second) = &second {
        summary.push(cli::demo_rounds(lang, &second.name));
    }
    for paragraph in summary {
        for (i, line) in wrap(&paragraph, 78).iter().enumerate() {
            say!("{}{line}", if i > 0 { "  " } else { "" });
        }
    }
    say!(
        "{}",
        cli::stored_in(lang, &ws.assessment_dir(&name).display().to_string())
    );
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
    say!("\n{}", cli::demo_next(lang));
    for (command, what) in [
        (format!("compare {n}"), COMPARE.get(lang)),
        (
            format!(
                "compare {n} --format markdown > {}",
                quote(&format!("{name}.md"))
            ),
            MARKDOWN.get(lang),
        ),
        (format!("compare {n} --format json"), JSON.get(lang)),
        (format!("show {n}"), SHOW.get(lang)),
        (format!("request list {n}"), REQUESTS.get(lang)),
    ] {
        say!("  {prefix} {command}\n      {what}");
    }
    if let Some(second) = &second {
        let n2 = quote(&second.name);
        for (command, what) in [
            (format!("history {n2}"), HISTORY.get(lang)),
            (format!("plan list {n2}"), PLAN.get(lang)),
            (format!("compare {n2} --format json"), PROGRESS.get(lang)),
        ] {
            say!("  {prefix} {command}\n      {what}");
        }
    } else {
        say!("  {prefix} plan propose {n}\n      {}", PROPOSE.get(lang));
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
