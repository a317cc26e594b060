//! `request add | list | respond | edit | withdraw`: the requirement lists teams put on each
//! other, as `app::requests` records them.

use crate::app::Workspace;
use crate::app::requests::{self, NewRequest, RequestEdit};
use crate::cli::{
    MetricsFormat, PriorityArg, RequestAddArgs, RequestCommand, RequestEditArgs, RequestIdArgs,
    RequestListArgs, RequestRespondArgs, ResponseArg,
};
use crate::domain::requests::{Priority, Request, Status};
use crate::domain::titles::question_title;
use crate::error::Error;

pub fn run(ws: &Workspace, command: &RequestCommand) -> Result<(), Error> {
    match command {
        RequestCommand::Add(args) => add(ws, args),
        RequestCommand::List(args) => list(ws, args),
        RequestCommand::Respond(args) => respond(ws, args),
        RequestCommand::Edit(args) => edit(ws, args),
        RequestCommand::Withdraw(args) => withdraw(ws, args),
    }
}

fn priority(p: PriorityArg) -> Priority {
    match p {
        PriorityArg::High => Priority::High,
        PriorityArg::Medium => Priority::Medium,
        PriorityArg::Low => Priority::Low,
    }
}

fn add(ws: &Workspace, args: &RequestAddArgs) -> Result<(), Error> {
    let r = requests::add(
        ws,
        &NewRequest {
            assessment: args.name.clone(),
            by: args.by.clone(),
            to: args.to.clone(),
            text: args.text.clone(),
            question: args.question.clone(),
            priority: args.priority.map(priority),
        },
    )?;
    say!(
        "Request {} recorded: {} asks {} ({} priority, open).",
        r.id,
        r.by,
        r.to,
        r.priority
    );
    Ok(())
}

fn list(ws: &Workspace, args: &RequestListArgs) -> Result<(), Error> {
    let (assessment, list) =
        requests::list(ws, &args.name, args.by.as_deref(), args.to.as_deref())?;
    if args.format == MetricsFormat::Json {
        let text = serde_json::to_string_pretty(&list)
            .map_err(|e| Error::failure(format!("cannot write JSON: {e}")))?;
        say!("{text}");
        return Ok(());
    }
    if list.is_empty() {
        say!(
            "No requests in \"{}\". Add one with `devops-maturity request add {} --by TEAM --to TEAM \"TEXT\"`.",
            assessment.name,
            crate::domain::names::shell_word(&assessment.name)
        );
        return Ok(());
    }
    let asked = assessment.as_asked();
    let q = &asked.as_ref().questionnaire;
    for r in &list {
        say!("{}", line(r));
        say!("  {}", r.text);
        if let Some(id) = &r.question {
            let title = q.question(id).map_or_else(
                || id.clone(),
                |(_, question)| question_title(&q.id, question),
            );
            say!("  about: {title}");
        }
        if !r.note.is_empty() {
            say!("  {} says: {}", r.to, r.note);
        }
    }
    Ok(())
}

/// "r-7kq2mx  Ops → Dev  high  accepted".
fn line(r: &Request) -> String {
    format!(
        "{}  {} → {}  {}  {}",
        r.id, r.by, r.to, r.priority, r.status
    )
}

fn respond(ws: &Workspace, args: &RequestRespondArgs) -> Result<(), Error> {
    let status = match args.status {
        ResponseArg::Accepted => Status::Accepted,
        ResponseArg::Discuss => Status::Discuss,
        ResponseArg::Refused => Status::Refused,
    };
    let r = requests::respond(ws, &args.name, &args.id, status, args.note.as_deref())?;
    say!("Request {}: {} answered {}.", r.id, r.to, r.status);
    Ok(())
}

fn edit(ws: &Workspace, args: &RequestEditArgs) -> Result<(), Error> {
    let question = if args.no_question {
        Some(None)
    } else {
        args.question.clone().map(Some)
    };
    let r = requests::edit(
        ws,
        &args.name,
        &args.id,
        &RequestEdit {
            text: args.text.clone(),
            question,
            priority: args.priority.map(priority),
        },
    )?;
    say!("Request {} changed: {}", r.id, line(&r));
    Ok(())
}

fn withdraw(ws: &Workspace, args: &RequestIdArgs) -> Result<(), Error> {
    let r = requests::withdraw(ws, &args.name, &args.id)?;
    say!("Request {} ({} → {}) withdrawn.", r.id, r.by, r.to);
    Ok(())
}
