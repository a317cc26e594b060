//! `new`, `list`, `show`, `add-team` and `answer`: arguments to requests, outcomes to text.

use crate::app::answers::{GivenAnswers, Respondent};
use crate::app::assessments::{MoreQuestions, NewAssessment};
use crate::app::{Loaded, Workspace, answers, assessments};
use crate::cli::{AddQuestionsArgs, AddTeamArgs, AnswerArgs, NewArgs, RoleArg, ShowArgs};
use crate::domain::Role;
use crate::domain::names::shell_word;
use crate::domain::scoring::{percent, score_team};
use crate::error::Error;
use crate::report::format::{count, fit, pct, right, scale_line, score};

pub fn new(ws: &Workspace, args: &NewArgs) -> Result<(), Error> {
    if let Some(previous) = &args.follow_up {
        return follow_up(ws, &args.name, previous);
    }
    let assessment = assessments::create(
        ws,
        &NewAssessment {
            name: args.name.clone(),
            teams: args.teams.clone(),
            questionnaire: args.questionnaire.clone(),
            target: args.target,
            short: args.short,
        },
    )?;
    let q = &assessment.questionnaire;
    say!(
        "Created assessment \"{}\" with {}: {}",
        assessment.name,
        count(assessment.teams.len(), "team"),
        assessment.teams.join(", ")
    );
    say!(
        "Questionnaire: {} — {} dimensions, {} questions, target level {}",
        q.title,
        q.dimensions.len(),
        q.question_count(),
        assessment.targets.default
    );
    if assessment.is_short() {
        let asked = assessment.as_asked();
        say!(
            "Short form: the {} core questions in {} dimensions; ask the others later with: devops-maturity add-questions {} --all",
            assessment.asked_count(),
            asked.questionnaire.dimensions.len(),
            shell_word(&assessment.name)
        );
    }
    say!(
        "Stored in {}",
        ws.assessment_dir(&assessment.name).display()
    );
    say!(
        "Next: devops-maturity answer {} --team \"{}\" --respondent NAME",
        shell_word(&assessment.name),
        assessment.teams[0]
    );
    Ok(())
}

pub fn add_team(ws: &Workspace, args: &AddTeamArgs) -> Result<(), Error> {
    let (name, team) = assessments::add_team(ws, &args.name, &args.team)?;
    say!("Added team \"{team}\" to \"{name}\"");
    Ok(())
}

pub fn add_questions(ws: &Workspace, args: &AddQuestionsArgs) -> Result<(), Error> {
    let more = if args.all {
        MoreQuestions::All
    } else {
        MoreQuestions::Some(args.questions.clone())
    };
    let done = assessments::add_questions(ws, &args.name, &more)?;
    let now = if done.asked == done.total {
        format!("it now asks all {} questions", done.total)
    } else {
        format!(
            "it now asks {} of {} questions (short form)",
            done.asked, done.total
        )
    };
    if done.added.is_empty() {
        if args.all {
            say!(
                "Nothing to add: \"{}\" already asks all {} questions",
                done.name,
                done.total
            );
        } else {
            say!(
                "Nothing to add: \"{}\" already asks {}; {}",
                done.name,
                done.already.join(", "),
                now.replacen("it now asks", "it asks", 1)
            );
        }
        return Ok(());
    }
    say!(
        "Added {} to \"{}\"; {now}",
        count(done.added.len(), "question"),
        done.name
    );
    if !args.all && !done.already.is_empty() {
        say!("Already asked: {}", done.already.join(", "));
    }
    Ok(())
}

pub fn list(ws: &Workspace) -> Result<(), Error> {
    let all = ws.list()?;
    if all.is_empty() {
        say!(
            "No assessments in {} yet. Create one with: devops-maturity new NAME --team A --team B",
            ws.root().display()
        );
        return Ok(());
    }
    for entry in all {
        match entry {
            Ok(loaded) => {
                say_raw!("{}", list_entry(&loaded));
                warn_unread(ws, &loaded);
            }
            Err(e) => warn!("warning: {e}"),
        }
    }
    Ok(())
}

/// A warning for every file that cannot be read and every answer read but not counted (a team
/// not in the assessment, an unknown question, a level off the scale): none is dropped quietly.
pub fn warn_unread(ws: &Workspace, loaded: &Loaded) {
    for e in &loaded.unreadable {
        warn!("warning: {e}");
    }
    for s in ws.strays(loaded) {
        warn!("warning: {s}");
    }
}

fn list_entry(loaded: &Loaded) -> String {
    let asked = loaded.assessment.as_asked();
    let a = asked.as_ref();
    let mut out = format!(
        "{}  ({}{}, created {})\n",
        a.name,
        a.questionnaire.title,
        if a.is_short() {
            format!(
                ", short form: {} of {} questions",
                a.asked_count(),
                loaded.assessment.questionnaire.question_count()
            )
        } else {
            String::new()
        },
        &a.created_at[..a.created_at.len().min(10)]
    );
    for team in &a.teams {
        let ts = score_team(&a.questionnaire, team, &loaded.sheets);
        let names: Vec<&str> = loaded
            .sheets
            .iter()
            .filter(|s| &s.team == team)
            .map(|s| s.respondent.as_str())
            .collect();
        out.push_str(&format!(
            "  {}  {}{}  coverage {}\n",
            fit(team, 24),
            count(names.len(), "respondent"),
            if names.is_empty() {
                String::new()
            } else {
                format!(" ({})", names.join(", "))
            },
            pct(ts.coverage)
        ));
    }
    out
}

pub fn show(ws: &Workspace, args: &ShowArgs) -> Result<(), Error> {
    let loaded = ws.load(&args.name)?;
    warn_unread(ws, &loaded);
    say_raw!("{}", render_show(&loaded));
    Ok(())
}

/// The `show` text: per team, each dimension's score, mean spread and coverage.
pub fn render_show(loaded: &Loaded) -> String {
    // A short form is scored on the questions it asks.
    let asked = loaded.assessment.as_asked();
    let a = asked.as_ref();
    let q = &a.questionnaire;
    let levels = q.level_count();
    let mut out = format!(
        "{} — {} ({} {}, {})\nLevels: {}\nTarget: level {}\n",
        a.name,
        q.title,
        q.id,
        q.version,
        q.language,
        scale_line(&q.levels),
        a.targets.default
    );
    if a.is_short() {
        out.push_str(&format!(
            "Short form: {} of {} questions (add the others with `devops-maturity add-questions {} --all`)\n",
            a.asked_count(),
            loaded.assessment.questionnaire.question_count(),
            shell_word(&a.name)
        ));
    }
    let name_width = q
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(10)
        .clamp(10, 36);
    for team in &a.teams {
        let ts = score_team(q, team, &loaded.sheets);
        out.push_str(&format!(
            "\n{team} — {}, coverage {}, overall {}{}\n",
            count(ts.respondents, "respondent"),
            pct(ts.coverage),
            score(ts.overall),
            ts.overall
                .map_or(String::new(), |o| format!(" ({:.0}%)", percent(o, levels)))
        ));
        if ts.respondents == 0 {
            out.push_str("  no answers yet\n");
            continue;
        }
        out.push_str(&format!(
            "  {}  {}  {}  {}  {}  {}\n",
            fit("Dimension", name_width),
            right("Score", 5),
            right("%", 4),
            right("Target", 6),
            right("Spread", 6),
            right("Answered", 8)
        ));
        for (dim, ds) in q.dimensions.iter().zip(&ts.dimensions) {
            let spreads: Vec<f64> = ds
                .questions
                .iter()
                .filter_map(|s| s.spread.map(f64::from))
                .collect();
            let mean_spread =
                (!spreads.is_empty()).then(|| spreads.iter().sum::<f64>() / spreads.len() as f64);
            out.push_str(&format!(
                "  {}  {}  {}  {}  {}  {}\n",
                fit(&dim.name, name_width),
                right(&score(ds.score), 5),
                right(
                    &ds.score
                        .map_or("–".into(), |s| format!("{:.0}%", percent(s, levels))),
                    4
                ),
                right(&score(Some(a.targets.for_dimension(&dim.id))), 6),
                right(&score(mean_spread), 6),
                right(&pct(ds.coverage), 8)
            ));
        }
    }
    out
}

pub fn answer(
    ws: &Workspace,
    args: &AnswerArgs,
    lang: Option<crate::report::Lang>,
) -> Result<(), Error> {
    let who = answers::resolve(
        ws,
        &Respondent {
            assessment: args.name.clone(),
            team: args.team.clone(),
            respondent: args.respondent.clone(),
            role: args.role.map(role_of),
            new_respondent: args.new_respondent,
            change_role: args.change_role,
            about: args.about.clone(),
        },
    )?;
    let given = GivenAnswers {
        answers: pairs(&args.set, "--set", "QUESTION_ID=LEVEL")?,
        comments: pairs(&args.comments, "--comment", "QUESTION_ID=TEXT")?,
    };
    if given.answers.is_empty() && given.comments.is_empty() {
        return crate::tui::run_wizard(ws, &who, lang);
    }
    let saved = answers::record(ws, &who, &given)?;
    for c in &saved.conflicts {
        warn!("warning: {}", super::conflict_line(c));
    }
    let about = saved
        .about
        .as_ref()
        .map_or(String::new(), |a| format!(" about {a}"));
    say!(
        "Saved {}{} for {} ({}){about}; {} of the questionnaire answered",
        count(saved.answers, "answer"),
        if saved.comments == 0 {
            String::new()
        } else {
            format!(" and {}", count(saved.comments, "comment"))
        },
        saved.respondent,
        saved.team,
        pct(saved.coverage)
    );
    Ok(())
}

/// `QUESTION_ID=VALUE` items as (id, value) pairs.
fn pairs(items: &[String], flag: &str, form: &str) -> Result<Vec<(String, String)>, Error> {
    items
        .iter()
        .map(|item| split_pair(item, flag, form).map(|(k, v)| (k.to_string(), v.to_string())))
        .collect()
}

fn split_pair<'a>(item: &'a str, flag: &str, form: &str) -> Result<(&'a str, &'a str), Error> {
    item.split_once('=')
        .map(|(k, v)| (k.trim(), v))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| Error::usage(format!("{flag} \"{item}\": expected {form}")))
}

fn role_of(arg: RoleArg) -> Role {
    match arg {
        RoleArg::Dev => Role::Dev,
        RoleArg::Ops => Role::Ops,
        RoleArg::Security => Role::Security,
        RoleArg::Architecture => Role::Architecture,
        RoleArg::Business => Role::Business,
        RoleArg::Management => Role::Management,
        RoleArg::Qa => Role::Qa,
        RoleArg::ChangeManager => Role::ChangeManager,
        RoleArg::Risk => Role::Risk,
    }
}

/// `new NAME --follow-up PREVIOUS`: the next round of an assessment.
fn follow_up(ws: &Workspace, name: &str, previous: &str) -> Result<(), Error> {
    let done = crate::app::rounds::follow_up(ws, name, previous)?;
    let a = &done.assessment;
    say!(
        "Created \"{}\", a follow-up round of \"{}\", with {}: {}",
        a.name,
        a.follows.as_deref().unwrap_or_default(),
        count(a.teams.len(), "team"),
        a.teams.join(", ")
    );
    say!(
        "Carried over {} from the previous round's plan (ids, owners and dates kept).",
        count(done.carried.len(), "open action")
    );
    say!("Stored in {}", ws.assessment_dir(&a.name).display());
    say!(
        "Next: devops-maturity answer {} --team \"{}\" --respondent NAME",
        shell_word(&a.name),
        a.teams[0]
    );
    Ok(())
}

/// `history NAME`: the rounds of the chain, the first first, with each team's overall score.
pub fn history(ws: &Workspace, name: &str) -> Result<(), Error> {
    let (rounds, missing) = crate::app::rounds::history(ws, name)?;
    if let Some(m) = missing {
        warn!(
            "warning: the round \"{m}\" this chain follows is no longer stored; the history starts after it"
        );
    }
    for (i, r) in rounds.iter().enumerate() {
        say!(
            "{}. {}  ({}, {})",
            i + 1,
            r.name,
            r.created_at.get(..10).unwrap_or(&r.created_at),
            count(r.respondents, "respondent")
        );
        for (team, overall) in &r.teams {
            say!(
                "     {:<32} {}",
                team,
                overall.map_or_else(|| "no answers".to_string(), |o| score(Some(o)))
            );
        }
    }
    Ok(())
}
