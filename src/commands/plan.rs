//! `plan propose|list|add|set|remove`: the action plan, as `app::plan` keeps it.

use crate::app::Workspace;
use crate::app::plan::{self as use_case, Fields, ListFilter, NewAction};
use crate::cli::{PlanCommand, PlanFields, PlanFormat, PlanListArgs};
use crate::error::Error;
use crate::report::format::count;
use crate::report::plan::{ListFormat, render};

pub fn run(ws: &Workspace, command: &PlanCommand) -> Result<(), Error> {
    match command {
        PlanCommand::Propose(args) => propose(ws, &args.name),
        PlanCommand::List(args) => list(ws, args),
        PlanCommand::Add(args) => {
            let action = if let Some(request) = &args.request {
                use_case::add_from_request(
                    ws,
                    &args.name,
                    request,
                    &fields(args.title.clone(), &args.fields),
                )?
            } else {
                let req = NewAction {
                    teams: args.teams.clone(),
                    question: args.question.clone(),
                    fields: fields(args.title.clone(), &args.fields),
                };
                use_case::add(ws, &args.name, &req)?
            };
            say!(
                "Added {} ({}) to the plan: {}",
                action.id,
                action.teams.join(" + "),
                action.title.value
            );
            Ok(())
        }
        PlanCommand::Set(args) => {
            let (action, changed) = use_case::set(
                ws,
                &args.name,
                &args.id,
                &fields(args.title.clone(), &args.fields),
            )?;
            if changed {
                say!(
                    "Updated {} ({}): {}",
                    action.id,
                    action.status(),
                    action.title.value
                );
            } else {
                say!(
                    "{} already had those values; nothing was written.",
                    action.id
                );
            }
            Ok(())
        }
        PlanCommand::Remove(args) => {
            let action = use_case::remove(ws, &args.name, &args.id)?;
            say!(
                "Removed {} from the plan: {}",
                action.id,
                action.title.value
            );
            Ok(())
        }
    }
}

fn fields(title: Option<String>, f: &PlanFields) -> Fields {
    Fields {
        title,
        owner: f.owner.clone(),
        due: f.due.clone(),
        horizon: f.horizon.clone(),
        status: f.status.clone(),
        done_when: f.done_when.clone(),
        note: f.note.clone(),
    }
}

fn propose(ws: &Workspace, name: &str) -> Result<(), Error> {
    let done = use_case::propose(ws, name)?;
    if done.added.is_empty() {
        say!(
            "Nothing new to propose: the plan already holds every roadmap step and synchronisation initiative ({}).",
            count(done.already, "proposal")
        );
        return Ok(());
    }
    say!(
        "Proposed {} (status proposed){}:",
        count(done.added.len(), "action"),
        if done.already > 0 {
            format!("; {} already in the plan", count(done.already, "proposal"))
        } else {
            String::new()
        }
    );
    for a in &done.added {
        say!("  {}  {}  {}", a.id, a.teams.join(" + "), a.title.value);
    }
    say!(
        "Agree one with `devops-maturity plan set {name} ID --status agreed --owner WHO --due DATE`."
    );
    Ok(())
}

fn list(ws: &Workspace, args: &PlanListArgs) -> Result<(), Error> {
    let filter = ListFilter {
        team: args.team.clone(),
        status: args.status.clone(),
    };
    let (assessment, actions) = use_case::list(ws, &args.name, &filter)?;
    let format = match args.format {
        PlanFormat::Text => ListFormat::Text,
        PlanFormat::Json => ListFormat::Json,
        PlanFormat::Csv => ListFormat::Csv,
        PlanFormat::Markdown => ListFormat::Markdown,
    };
    if actions.is_empty() && format == ListFormat::Text {
        let all = use_case::list(ws, &args.name, &ListFilter::default())?.1;
        if all.is_empty() {
            say!(
                "The plan of \"{}\" is empty; `devops-maturity plan propose {}` fills it from the roadmap.",
                assessment.name,
                args.name
            );
        } else {
            say!(
                "No action matches (the plan holds {}).",
                count(all.len(), "action")
            );
        }
        return Ok(());
    }
    say_raw!(
        "{}",
        render(&assessment, &actions, &use_case::today(), format)
    );
    Ok(())
}
