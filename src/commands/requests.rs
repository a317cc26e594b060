//! `request add | list | respond | edit | withdraw`: the requirement lists teams put on each
//! other, as `app::requests` records them.

use crate::app::Workspace;
use crate::app::i18n::{Lang, cli};
use crate::app::requests::{self, NewRequest, RequestEdit};
use crate::cli::{
    MetricsFormat, PriorityArg, RequestAddArgs, RequestCommand, RequestEditArgs, RequestIdArgs,
    RequestListArgs, RequestRespondArgs, ResponseArg,
};
use crate::domain::requests::{Priority, Request, Status};
use crate::domain::titles::question_title;
use crate::error::Error;

pub fn run(ws: &Workspace, command: &RequestCommand, forced: Option<Lang>) -> Result<(), Error> {
    let name = match command {
        RequestCommand::Add(a) => &a.name,
        RequestCommand::List(a) => &a.name,
        RequestCommand::Respond(a) => &a.name,
        RequestCommand::Edit(a) => &a.name,
        RequestCommand::Withdraw(a) => &a.name,
    };
    let lang = super::lang_for(ws, name, forced);
    match command {
        RequestCommand::Add(args) => add(ws, args, lang),
        RequestCommand::List(args) => list(ws, args, lang),
        RequestCommand::Respond(args) => respond(ws, args, lang),
        RequestCommand::Edit(args) => edit(ws, args, lang),
        RequestCommand::Withdraw(args) => withdraw(ws, args, lang),
    }
}

fn priority(p: PriorityArg) -> Priority {
    match p {
        PriorityArg::High => Priority::High,
        PriorityArg::Medium => Priority::Medium,
        PriorityArg::Low => Priority::Low,
    }
}

fn add(ws: &Workspace, args: &RequestAddArgs, lang: Lang) -> Result<(), Error> {
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
        "{}",
        cli::request_added(
            lang,
            &r.id,
            &r.by,
            &r.to,
            lang.labels().request_priority(r.priority)
        )
    );
    Ok(())
}

fn list(ws: &Workspace, args: &RequestListArgs, lang: Lang) -> Result<(), Error> {
    let (assessment, list) =
        requests::list(ws, &args.name, args.by.as_deref(), args.to.as_deref())?;
    if args.format == MetricsFormat::Json {
        let text = serde_json::to_string_pretty(&list)
            .map_err(|e| super::encode_error(("the requests", "les demandes"), &e))?;
        say!("{text}");
        return Ok(());
    }
    if list.is_empty() {
        say!(
            "{}",
            cli::no_requests(
                lang,
                &assessment.name,
                &crate::domain::names::shell_word(&assessment.name)
            )
        );
        return Ok(());
    }
    let asked = assessment.as_asked();
    let q = &asked.as_ref().questionnaire;
    for r in &list {
        say!("{}", line(lang, r));
        say!("  {}", r.text);
        if let Some(id) = &r.question {
            let title = q.question(id).map_or_else(
                || id.clone(),
                |(_, question)| question_title(&q.id, question),
            );
            say!("{}", cli::request_about(lang, &title));
        }
        if !r.note.is_empty() {
            say!("{}", cli::request_says(lang, &r.to, &r.note));
        }
    }
    Ok(())
}

/// "r-7kq2mx  Ops → Dev  high  accepted".
fn line(lang: Lang, r: &Request) -> String {
    format!(
        "{}  {} → {}  {}  {}",
        r.id,
        r.by,
        r.to,
        lang.labels().request_priority(r.priority),
        cli::request_status_word(lang, &r.status.to_string())
    )
}

fn respond(ws: &Workspace, args: &RequestRespondArgs, lang: Lang) -> Result<(), Error> {
    let status = match args.status {
        ResponseArg::Accepted => Status::Accepted,
        ResponseArg::Discuss => Status::Discuss,
        ResponseArg::Refused => Status::Refused,
    };
    let r = requests::respond(ws, &args.name, &args.id, status, args.note.as_deref())?;
    say!(
        "{}",
        crate::app::i18n::dashboard::request_answered(
            lang,
            &r.id,
            &r.to,
            &cli::request_status_word(lang, &r.status.to_string())
        )
    );
    Ok(())
}

fn edit(ws: &Workspace, args: &RequestEditArgs, lang: Lang) -> Result<(), Error> {
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
    say!("{}", cli::request_changed(lang, &r.id, &line(lang, &r)));
    Ok(())
}

fn withdraw(ws: &Workspace, args: &RequestIdArgs, lang: Lang) -> Result<(), Error> {
    let r = requests::withdraw(ws, &args.name, &args.id)?;
    say!("{}", cli::request_withdrawn(lang, &r.id, &r.by, &r.to));
    Ok(())
}
