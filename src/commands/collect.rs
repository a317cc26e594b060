//! `collect` and `export`: answers between laptops.

use super::conflict_line;
use crate::app::Workspace;
use crate::app::collect::{self as use_case, CollectRequest};
use crate::app::i18n::{Lang, cli};
use crate::cli::{CollectArgs, ExportArgs, PreferArg};
use crate::domain::merge::Prefer;
use crate::error::Error;

pub fn collect(ws: &Workspace, args: &CollectArgs, forced: Option<Lang>) -> Result<(), Error> {
    let lang = super::lang_for(ws, &args.name, forced);
    let map_team = args
        .map_team
        .iter()
        .map(|item| {
            item.split_once('=')
                .map(|(f, t)| (f.trim().to_string(), t.trim().to_string()))
                .filter(|(f, t)| !f.is_empty() && !t.is_empty())
                .ok_or_else(|| {
                    Error::usage(format!("--map-team \"{item}\": expected FROM=TO")).fr(format!(
                        "--map-team {}{}: attendu DE=VERS (équipe d’origine=équipe d’ici)",
                        crate::app::i18n::guill(item),
                        crate::app::i18n::NNBSP
                    ))
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let request = CollectRequest {
        assessment: args.name.clone(),
        paths: args.paths.clone(),
        map_team,
        prefer: match args.prefer {
            PreferArg::Newer => Prefer::Newer,
            PreferArg::Mine => Prefer::Mine,
            PreferArg::Theirs => Prefer::Theirs,
        },
        dry_run: args.dry_run,
        skip_refused: args.skip_refused,
    };
    let done = use_case::collect(ws, &request)?;
    let fr = lang == Lang::Fr;
    for (origin, why) in &done.refused {
        warn!("{}", cli::refused_line(lang, origin, why.in_french(fr)));
    }
    for (origin, why) in &done.skipped {
        warn!("{}", cli::skipped_line(lang, origin, why.in_french(fr)));
    }
    for w in &done.warnings {
        warn!("{}{}", cli::warning(lang), w.in_french(fr));
    }
    if !done.refused.is_empty() && !args.skip_refused {
        let n = done.refused.len();
        return Err(Error::usage(format!(
            "{} refused; nothing was written (fix them, or pass --skip-refused to collect the rest)",
            if n == 1 {
                "1 file was".to_string()
            } else {
                format!("{n} files were")
            }
        ))
        .fr(format!(
            "{}{}; rien n’a été écrit (corrigez-les, ou passez --skip-refused pour collecter le reste)",
            if n == 1 {
                "1 fichier refusé".to_string()
            } else {
                format!("{n} fichiers refusés")
            },
            crate::app::i18n::NNBSP
        )));
    }
    say!(
        "{}",
        cli::collected(lang, done.dry_run, done.sheets_read, &done.assessment)
    );
    if done.nothing_new() {
        say!("{}", cli::nothing_new(lang));
    } else {
        say!(
            "{}",
            cli::collected_counts(
                lang,
                done.respondents_added(),
                done.answers_added(),
                done.answers_updated()
            )
        );
    }
    if !done.figures_updated.is_empty() {
        say!(
            "{}",
            cli::figures_updated(lang, &done.figures_updated.join(", "))
        );
    }
    if done.plan.changed() {
        say!(
            "{}",
            cli::plan_collected(lang, done.plan.added, done.plan.updated)
        );
    }
    if done.requests.changed() {
        say!(
            "{}",
            cli::requests_collected(lang, done.requests.added, done.requests.updated)
        );
    }
    for c in &done.requests.conflicts {
        say!(
            "{}",
            cli::request_conflict(lang, &c.id, c.field, &c.kept, &c.dropped)
        );
    }
    if !done.rooms_updated.is_empty() {
        say!(
            "{}",
            cli::rooms_updated(
                lang,
                &done
                    .rooms_updated
                    .iter()
                    .map(|r| r.in_french(fr))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        );
    }
    let conflicts: Vec<_> = done.conflicts().collect();
    if !conflicts.is_empty() {
        say!("{}", cli::answered_differently(lang, conflicts.len()));
        for (m, c) in conflicts {
            say!(
                "  - {} ({}): {}",
                m.respondent,
                m.team,
                conflict_line(lang, c)
            );
        }
    }
    Ok(())
}

pub fn export(ws: &Workspace, args: &ExportArgs, forced: Option<Lang>) -> Result<(), Error> {
    let lang = super::lang_for(ws, &args.name, forced);
    let done = use_case::export(ws, &args.name, &args.teams, &args.output, args.force)?;
    for s in &done.skipped {
        warn!(
            "{}",
            cli::unreadable_skipped(lang, s.in_french(lang == Lang::Fr))
        );
    }
    say!(
        "{}{}",
        cli::exported(
            lang,
            &args.output.display().to_string(),
            done.sheets,
            &done.assessment,
            done.bytes
        ),
        cli::on_the_other_laptop(
            lang,
            &format!(
                "devops-maturity collect {} {}",
                super::respondents::shell(&done.assessment),
                super::respondents::shell(&args.output.display().to_string())
            )
        )
    );
    Ok(())
}
