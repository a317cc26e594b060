//! `new`, `list`, `show`, `add-team` and `answer`: arguments to requests, outcomes to text.

use crate::app::answers::{GivenAnswers, Respondent};
use crate::app::assessments::{MoreQuestions, NewAssessment};
use crate::app::i18n::{self, Lang, cli};
use crate::app::{Loaded, Workspace, answers, assessments};
use crate::cli::{AddQuestionsArgs, AddTeamArgs, AnswerArgs, NewArgs, RoleArg, ShowArgs};
use crate::domain::Role;
use crate::domain::names::shell_word;
use crate::domain::scoring::{percent, score_team};
use crate::error::Error;
use crate::report::format::{count, fit, right, scale_line};

pub fn new(ws: &Workspace, args: &NewArgs, forced: Option<Lang>) -> Result<(), Error> {
    if let Some(previous) = &args.follow_up {
        return follow_up(ws, &args.name, previous, forced);
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
    let lang = i18n::for_questionnaire(forced, &q.language);
    say!(
        "{}",
        cli::created(lang, &assessment.name, &assessment.teams)
    );
    say!(
        "{}",
        cli::questionnaire_line(
            lang,
            &q.title,
            q.dimensions.len(),
            q.question_count(),
            &i18n::decimal(lang, assessment.targets.default.to_string())
        )
    );
    if assessment.is_short() {
        let asked = assessment.as_asked();
        say!(
            "{}",
            cli::short_form(
                lang,
                assessment.asked_count(),
                asked.questionnaire.dimensions.len(),
                &shell_word(&assessment.name)
            )
        );
    }
    say!(
        "{}",
        cli::stored_in(
            lang,
            &ws.assessment_dir(&assessment.name).display().to_string()
        )
    );
    say!(
        "{}",
        cli::next_answer(lang, &shell_word(&assessment.name), &assessment.teams[0])
    );
    Ok(())
}

pub fn add_team(ws: &Workspace, args: &AddTeamArgs, forced: Option<Lang>) -> Result<(), Error> {
    let (name, team) = assessments::add_team(ws, &args.name, &args.team)?;
    let lang = super::lang_for(ws, &name, forced);
    say!("{}", cli::team_added(lang, &team, &name));
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

pub fn list(ws: &Workspace, forced: Option<Lang>) -> Result<(), Error> {
    // The list holds assessments in several languages: the locale decides.
    let lang = super::locale_lang(forced);
    let all = ws.list()?;
    if all.is_empty() {
        say!(
            "{}",
            cli::no_assessments(lang, &ws.root().display().to_string())
        );
        return Ok(());
    }
    for entry in all {
        match entry {
            Ok(loaded) => {
                say_raw!("{}", list_entry(lang, &loaded));
                warn_unread(ws, &loaded, Some(lang));
            }
            Err(e) => warn!("{}{}", cli::warning(lang), super::store_error_in(lang, &e)),
        }
    }
    Ok(())
}

/// A warning for every file that cannot be read and every answer read but not counted (a team
/// not in the assessment, an unknown question, a level off the scale): none is dropped quietly.
/// In the assessment's language (`forced` first).
pub fn warn_unread(ws: &Workspace, loaded: &Loaded, forced: Option<Lang>) {
    warn_read(loaded, &ws.strays(loaded), forced);
}

/// [`warn_unread`] with the strays already found (the sheets were read team by team and are
/// no longer in `loaded`).
pub fn warn_read(loaded: &Loaded, strays: &[crate::app::Strayed], forced: Option<Lang>) {
    let lang = i18n::for_questionnaire(forced, &loaded.assessment.questionnaire.language);
    super::warn_unreadable(lang, &loaded.unreadable);
    for s in strays {
        warn!(
            "{}{}{}{}",
            cli::warning(lang),
            s.path.display(),
            if lang == Lang::Fr { "\u{202f}: " } else { ": " },
            cli::stray(lang, &s.stray)
        );
    }
}

fn list_entry(lang: Lang, loaded: &Loaded) -> String {
    let asked = loaded.assessment.as_asked();
    let a = asked.as_ref();
    let mut out = format!(
        "{}  ({}{}{})\n",
        a.name,
        a.questionnaire.title,
        if a.is_short() {
            cli::list_short_form(
                lang,
                a.asked_count(),
                loaded.assessment.questionnaire.question_count(),
            )
        } else {
            String::new()
        },
        cli::list_created(lang, &a.created_at[..a.created_at.len().min(10)])
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
            "  {}  {}{}  {}\n",
            fit(team, 24),
            cli::respondents(lang, names.len()),
            if names.is_empty() {
                String::new()
            } else {
                format!(" ({})", names.join(", "))
            },
            cli::coverage(lang, &i18n::pct(lang, ts.coverage))
        ));
    }
    out
}

pub fn show(ws: &Workspace, args: &ShowArgs, forced: Option<Lang>) -> Result<(), Error> {
    let loaded = ws.load(&args.name)?;
    warn_unread(ws, &loaded, forced);
    let lang = i18n::for_questionnaire(forced, &loaded.assessment.questionnaire.language);
    say_raw!("{}", render_show(lang, &loaded));
    Ok(())
}

/// The `show` text: per team, each dimension's score, mean spread and coverage.
pub fn render_show(lang: Lang, loaded: &Loaded) -> String {
    // A short form is scored on the questions it asks.
    let asked = loaded.assessment.as_asked();
    let a = asked.as_ref();
    let q = &a.questionnaire;
    let levels = q.level_count();
    let num = |v: Option<f64>| i18n::score(lang, v);
    let share = |s: f64| i18n::pct(lang, s);
    // A percentage already 0–100: "52%" / « 52 % ».
    let percent_of = |p: f64| match lang {
        Lang::En => format!("{p:.0}%"),
        Lang::Fr => format!("{p:.0}\u{202f}%"),
    };
    // « 100 % » takes one cell more than "100%".
    let pct_w = if lang == Lang::Fr { 5 } else { 4 };
    let mut out = format!(
        "{} — {} ({} {}, {})\n{}",
        a.name,
        q.title,
        q.id,
        q.version,
        q.language,
        cli::show_scale(
            lang,
            &scale_line(&q.levels),
            &i18n::decimal(lang, a.targets.default.to_string())
        )
    );
    if a.is_short() {
        out.push_str(&cli::show_short_form(
            lang,
            a.asked_count(),
            loaded.assessment.questionnaire.question_count(),
            &shell_word(&a.name),
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
        let overall = format!(
            "{}{}",
            num(ts.overall),
            ts.overall.map_or(String::new(), |o| format!(
                " ({})",
                percent_of(percent(o, levels))
            ))
        );
        out.push_str(&format!(
            "\n{}\n",
            cli::show_team(lang, team, ts.respondents, &share(ts.coverage), &overall)
        ));
        if ts.respondents == 0 {
            out.push_str(&format!("  {}\n", cli::no_answers_yet(lang)));
            continue;
        }
        let heads = cli::show_heads(lang);
        out.push_str(&format!(
            "  {}  {}  {}  {}  {}  {}\n",
            fit(heads[0], name_width),
            right(heads[1], 5),
            right(heads[2], pct_w),
            right(heads[3], 6),
            right(heads[4], 6),
            right(heads[5], 8)
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
                right(&num(ds.score), 5),
                right(
                    &ds.score
                        .map_or("–".into(), |s| percent_of(percent(s, levels))),
                    pct_w
                ),
                right(&num(Some(a.targets.for_dimension(&dim.id))), 6),
                right(&num(mean_spread), 6),
                right(&share(ds.coverage), 8)
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
    let lang = super::lang_for(ws, &args.name, lang);
    for c in &saved.conflicts {
        warn!("{}{}", cli::warning(lang), super::conflict_line(lang, c));
    }
    say!(
        "{}",
        cli::saved_answers(
            lang,
            saved.answers,
            saved.comments,
            &saved.respondent,
            &saved.team,
            saved.about.as_deref(),
            &i18n::pct(lang, saved.coverage)
        )
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
        .ok_or_else(|| {
            Error::usage(format!("{flag} \"{item}\": expected {form}")).fr(format!(
                "{flag} {}{}: attendu {}",
                crate::app::i18n::guill(item),
                crate::app::i18n::NNBSP,
                form.replace("QUESTION_ID", "ID_QUESTION")
                    .replace("LEVEL", "NIVEAU")
                    .replace("TEXT", "TEXTE")
            ))
        })
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
fn follow_up(
    ws: &Workspace,
    name: &str,
    previous: &str,
    forced: Option<Lang>,
) -> Result<(), Error> {
    let done = crate::app::rounds::follow_up(ws, name, previous)?;
    let a = &done.assessment;
    let lang = i18n::for_questionnaire(forced, &a.questionnaire.language);
    say!(
        "{}",
        cli::created_follow_up(
            lang,
            &a.name,
            a.follows.as_deref().unwrap_or_default(),
            &a.teams
        )
    );
    say!("{}", cli::carried_over(lang, done.carried.len()));
    say!(
        "{}",
        cli::stored_in(lang, &ws.assessment_dir(&a.name).display().to_string())
    );
    say!(
        "{}",
        cli::next_answer(lang, &shell_word(&a.name), &a.teams[0])
    );
    Ok(())
}

/// `history NAME`: the rounds of the chain, the first first, with each team's overall score.
pub fn history(ws: &Workspace, name: &str, forced: Option<Lang>) -> Result<(), Error> {
    let (rounds, missing) = crate::app::rounds::history(ws, name)?;
    let lang = super::lang_for(ws, name, forced);
    if let Some(m) = missing {
        warn!("{}", cli::round_missing(lang, &m));
    }
    for (i, r) in rounds.iter().enumerate() {
        say!(
            "{}. {}  ({}, {})",
            i + 1,
            r.name,
            r.created_at.get(..10).unwrap_or(&r.created_at),
            cli::respondents(lang, r.respondents)
        );
        for (team, overall) in &r.teams {
            say!(
                "     {:<32} {}",
                team,
                overall.map_or_else(
                    || cli::no_answers(lang).to_string(),
                    |o| i18n::score(lang, Some(o))
                )
            );
        }
    }
    Ok(())
}
