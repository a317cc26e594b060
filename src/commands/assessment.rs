//! `new`, `list`, `show`, `add-team` and `answer --set`.

use super::table::{count, fit, pct, right, scale_line, score};
use crate::cli::{AddTeamArgs, AnswerArgs, NewArgs, RoleArg, ShowArgs};
use crate::clock::now_rfc3339;
use crate::domain::names::{clean_name, same_name};
use crate::domain::scoring::{percent, score_team};
use crate::domain::{Answer, Assessment, ResponseSheet, Role};
use crate::error::CliError;
use crate::store::{Loaded, Store};

pub fn new(store: &Store, args: &NewArgs) -> Result<(), CliError> {
    let name = clean_name("assessment name", &args.name).map_err(CliError::usage)?;
    let questionnaire = super::load_questionnaire(args.questionnaire.as_deref())?;
    let mut teams: Vec<String> = Vec::new();
    for raw in &args.teams {
        let team = clean_name("team name", raw).map_err(CliError::usage)?;
        if teams
            .iter()
            .any(|t| t.to_lowercase() == team.to_lowercase())
        {
            return Err(CliError::usage(format!("team \"{team}\" is given twice")));
        }
        teams.push(team);
    }
    let top = f64::from(questionnaire.level_count());
    if let Some(t) = args.target
        && !(1.0..=top).contains(&t)
    {
        return Err(CliError::usage(format!(
            "--target {t} is outside the questionnaire's scale 1–{top}"
        )));
    }
    let now = now_rfc3339();
    let assessment = Assessment::new(&name, &now, teams, questionnaire, args.target);
    store.create(&assessment, &now)?;
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
    say!(
        "Stored in {}",
        store.assessment_dir(&assessment.name).display()
    );
    say!(
        "Next: devops-maturity answer {} --team \"{}\" --respondent NAME",
        shell_word(&assessment.name),
        assessment.teams[0]
    );
    Ok(())
}

pub fn add_team(store: &Store, args: &AddTeamArgs) -> Result<(), CliError> {
    let loaded = store.load(&args.name)?;
    let mut assessment = loaded.assessment;
    let team = clean_name("team name", &args.team).map_err(CliError::usage)?;
    if let Some(existing) = assessment.find_team(&team) {
        return Err(CliError::usage(format!(
            "team \"{existing}\" is already part of \"{}\"",
            assessment.name
        )));
    }
    assessment.teams.push(team.clone());
    store.update(&assessment, &now_rfc3339())?;
    say!("Added team \"{team}\" to \"{}\"", assessment.name);
    Ok(())
}

pub fn list(store: &Store) -> Result<(), CliError> {
    let all = store.list()?;
    if all.is_empty() {
        say!(
            "No assessments in {} yet. Create one with: devops-maturity new NAME --team A --team B",
            store.root().display()
        );
        return Ok(());
    }
    for entry in all {
        match entry {
            Ok(loaded) => {
                say_raw!("{}", list_entry(&loaded));
                for e in &loaded.unreadable {
                    warn!("warning: {e}");
                }
            }
            Err(e) => warn!("warning: {e}"),
        }
    }
    Ok(())
}

fn list_entry(loaded: &Loaded) -> String {
    let a = &loaded.assessment;
    let mut out = format!(
        "{}  ({}, created {})\n",
        a.name,
        a.questionnaire.title,
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

pub fn show(store: &Store, args: &ShowArgs) -> Result<(), CliError> {
    let loaded = store.load(&args.name)?;
    for e in &loaded.unreadable {
        warn!("warning: {e}");
    }
    say_raw!("{}", render_show(&loaded));
    Ok(())
}

/// The `show` text: per team, each dimension's score, mean spread and coverage.
pub fn render_show(loaded: &Loaded) -> String {
    let a = &loaded.assessment;
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

pub fn answer(store: &Store, args: &AnswerArgs) -> Result<(), CliError> {
    let loaded = store.load(&args.name)?;
    let assessment = &loaded.assessment;
    let respondent = clean_name("respondent name", &args.respondent).map_err(CliError::usage)?;
    let team = assessment
        .find_team(&args.team)
        .ok_or_else(|| {
            CliError::usage(format!(
                "team \"{}\" is not part of \"{}\" (teams: {}); add it with `devops-maturity add-team`",
                args.team.trim(),
                assessment.name,
                assessment.teams.join(", ")
            ))
        })?
        .to_string();
    // "élodie" resumes "Élodie" rather than starting a second sheet that would count twice.
    let respondent = loaded
        .sheets
        .iter()
        .find(|s| s.team == team && same_name(&s.respondent, &respondent))
        .map_or(respondent, |s| s.respondent.clone());
    let role = args.role.map(role_of);
    if args.set.is_empty() && args.comments.is_empty() {
        return crate::tui::run_wizard(store, &assessment.name, &team, &respondent, role);
    }
    let q = &assessment.questionnaire;
    let mut sheet = store
        .load_sheet(&assessment.name, &team, &respondent)?
        .unwrap_or_else(|| ResponseSheet::new(&team, &respondent));
    if role.is_some() {
        sheet.role = role;
    }
    // Parse everything before writing anything: one bad --set leaves the file as it was.
    let mut seen = std::collections::HashSet::new();
    for item in &args.set {
        let (id, value) = split_pair(item, "--set", "QUESTION_ID=LEVEL")?;
        let (_, question) = q.question(id).ok_or_else(|| unknown_question(id))?;
        if !seen.insert(question.id.as_str()) {
            return Err(CliError::usage(format!(
                "--set {item}: question \"{id}\" is set twice; nothing was saved"
            )));
        }
        let answer = Answer::parse(value).ok_or_else(|| {
            CliError::usage(format!(
                "--set {item}: \"{value}\" is not an answer; use 1–{}, n/a or unknown",
                q.level_count()
            ))
        })?;
        if !answer.fits(q.level_count()) {
            return Err(CliError::usage(format!(
                "--set {item}: level {value} is outside the scale 1–{}",
                q.level_count()
            )));
        }
        sheet.set_answer(&question.id, answer);
    }
    for item in &args.comments {
        let (id, text) = split_pair(item, "--comment", "QUESTION_ID=TEXT")?;
        let (_, question) = q.question(id).ok_or_else(|| unknown_question(id))?;
        sheet.set_comment(&question.id, text);
    }
    store.save_sheet(&assessment.name, &sheet, &now_rfc3339())?;
    say!(
        "Saved {}{} for {} ({}); {} of the questionnaire answered",
        count(args.set.len(), "answer"),
        if args.comments.is_empty() {
            String::new()
        } else {
            format!(" and {}", count(args.comments.len(), "comment"))
        },
        respondent,
        team,
        pct(sheet.coverage(q))
    );
    Ok(())
}

fn split_pair<'a>(item: &'a str, flag: &str, form: &str) -> Result<(&'a str, &'a str), CliError> {
    item.split_once('=')
        .map(|(k, v)| (k.trim(), v))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| CliError::usage(format!("{flag} \"{item}\": expected {form}")))
}

fn unknown_question(id: &str) -> CliError {
    CliError::usage(format!(
        "unknown question id \"{id}\"; nothing was saved (list ids with `devops-maturity questionnaire show`)"
    ))
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

/// Quotes a name for the "Next:" hint when the shell would split it.
fn shell_word(name: &str) -> String {
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\\\""))
    }
}
