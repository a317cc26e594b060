//! `plan propose|list|add|set|remove`: the action plan, as `app::plan` keeps it.

use crate::app::Workspace;
use crate::app::i18n::{Lang, cli};
use crate::app::plan::{self as use_case, Fields, ListFilter, NewAction};
use crate::cli::{PlanCommand, PlanFields, PlanFormat, PlanListArgs};
use crate::error::Error;
use crate::report::labels::PlanLabels;
use crate::report::plan::{ListFormat, render};

pub fn run(ws: &Workspace, command: &PlanCommand, forced: Option<Lang>) -> Result<(), Error> {
    let name = match command {
        PlanCommand::Propose(a) => &a.name,
        PlanCommand::List(a) => &a.name,
        PlanCommand::Add(a) => &a.name,
        PlanCommand::Set(a) => &a.name,
        PlanCommand::Remove(a) => &a.name,
    };
    let lang = super::lang_for(ws, name, forced);
    match command {
        PlanCommand::Propose(args) => propose(ws, &args.name, lang),
        PlanCommand::List(args) => list(ws, args, lang),
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
                "{}",
                cli::plan_added(
                    lang,
                    &action.id,
                    &action.teams.join(" + "),
                    &action.title.value
                )
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
                    "{}",
                    cli::plan_updated(
                        lang,
                        &action.id,
                        PlanLabels::of(lang).status(action.status()),
                        &action.title.value
                    )
                );
            } else {
                say!("{}", cli::plan_unchanged(lang, &action.id));
            }
            Ok(())
        }
        PlanCommand::Remove(args) => {
            let action = use_case::remove(ws, &args.name, &args.id)?;
            say!(
                "{}",
                cli::plan_removed(lang, &action.id, &action.title.value)
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

fn propose(ws: &Workspace, name: &str, lang: Lang) -> Result<(), Error> {
    let done = use_case::propose(ws, name)?;
    if done.added.is_empty() {
        say!("{}", cli::nothing_to_propose(lang, done.already));
        return Ok(());
    }
    say!("{}", cli::proposed(lang, done.added.len(), done.already));
    for a in &done.added {
        say!("  {}  {}  {}", a.id, a.teams.join(" + "), a.title.value);
    }
    say!("{}", cli::agree_one(lang, name));
    Ok(())
}

fn list(ws: &Workspace, args: &PlanListArgs, lang: Lang) -> Result<(), Error> {
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
            say!("{}", cli::plan_empty(lang, &assessment.name, &args.name));
        } else {
            say!("{}", cli::no_action_matches(lang, all.len()));
        }
        return Ok(());
    }
    say_raw!(
        "{}",
        render(&assessment, &actions, &use_case::today(), format)
    );
    Ok(())
}
