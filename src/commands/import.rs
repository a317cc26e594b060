//! `import`: the answers of another assessment: the same questions (e.g. the French edition),
//! or an earlier version of the questionnaire, saying what was mapped and what was left out.

use crate::app::Workspace;
use crate::app::import::{ImportRequest, Imported, run as import};
use crate::cli::ImportArgs;
use crate::domain::carry::CarryPlan;
use crate::domain::names::shell_word;
use crate::error::Error;
use crate::report::format::{count, wrap};

pub fn run(
    ws: &Workspace,
    args: &ImportArgs,
    forced: Option<crate::app::i18n::Lang>,
) -> Result<(), Error> {
    let done = import(
        ws,
        &ImportRequest {
            into: args.name.clone(),
            from: args.from.clone(),
            teams: args.teams.clone(),
        },
    )?;
    let lang = super::lang_for(ws, &done.into, forced);
    super::warn_unreadable(lang, &done.unreadable);
    say!(
        "{}",
        crate::app::i18n::cli::imported(
            lang,
            done.sheets,
            &done.from,
            &done.into,
            &done.added_teams
        )
    );
    if let Some(plan) = &done.plan {
        say_raw!("{}", mapping(&done, plan));
    }
    if done.outside_scope > 0 {
        say!(
            "{} to {} outside the short form of \"{}\" {} kept but not shown; `devops-maturity add-questions {} --all` brings {} in",
            count(done.outside_scope, "answer"),
            if done.outside_scope == 1 {
                "a question"
            } else {
                "questions"
            },
            done.into,
            if done.outside_scope == 1 { "is" } else { "are" },
            shell_word(&done.into),
            if done.outside_scope == 1 {
                "it"
            } else {
                "them"
            }
        );
    }
    Ok(())
}

/// What went where, when the questionnaires differ (e.g. devops 1.0.0 into devops 2.0.0).
fn mapping(done: &Imported, plan: &CarryPlan) -> String {
    let mut out = wrap(
        &format!(
            "Mapped from {} onto {}: {} carried, {} left out",
            done.from_questionnaire,
            done.into_questionnaire,
            count(done.carried, "answer"),
            done.left_out
        ),
        78,
    )
    .join("\n");
    out.push('\n');
    let mut item = |text: &str| {
        for (i, line) in wrap(text, 76).iter().enumerate() {
            out.push_str(if i == 0 { "  " } else { "    " });
            out.push_str(line);
            out.push('\n');
        }
    };
    item(&format!(
        "same id: {}",
        count(plan.same_id.len(), "question")
    ));
    for (old, new) in &plan.moved {
        item(&format!("{old} → {}", new.join(", ")));
    }
    if !plan.ask_again.is_empty() {
        item(&format!(
            "left out, to ask again (their levels changed in {}): {}",
            plan.changed_in.join(", "),
            plan.ask_again.join(", ")
        ));
    }
    if !plan.new_questions.is_empty() {
        item(&format!(
            "new, unanswered: {}",
            plan.new_questions.join(", ")
        ));
    }
    out
}
