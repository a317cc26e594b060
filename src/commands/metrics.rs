//! `metrics set` and `metrics show`: a team's delivery figures, as `app::metrics` records and
//! reads them.

use crate::app::Workspace;
use crate::app::compare::comparison_for;
use crate::app::metrics::{SetFigures, check, record_checked, recorded_line};
use crate::cli::{MetricsCommand, MetricsFormat, MetricsSetArgs, MetricsShowArgs};
use crate::clock::now_rfc3339;
use crate::domain::CompareOptions;
use crate::domain::metrics::Key;
use crate::error::Error;
use crate::report::{json, text};

pub fn run(
    ws: &Workspace,
    command: &MetricsCommand,
    lang: Option<crate::report::Lang>,
) -> Result<(), Error> {
    match command {
        MetricsCommand::Set(args) => set(ws, args, lang),
        MetricsCommand::Show(args) => show(ws, args, lang),
    }
}

fn set(
    ws: &Workspace,
    args: &MetricsSetArgs,
    lang: Option<crate::report::Lang>,
) -> Result<(), Error> {
    let values: Vec<(Key, &str)> = [
        (Key::DeployFrequency, &args.deploy_frequency),
        (Key::LeadTime, &args.lead_time),
        (Key::ChangeFailureRate, &args.change_failure_rate),
        (Key::RecoveryTime, &args.recovery_time),
        (Key::ReworkRate, &args.rework_rate),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k, v.as_deref()?)))
    .collect();
    let loaded = ws.load(&args.name)?;
    let req = SetFigures {
        assessment: &args.name,
        team: &args.team,
        values,
        source: args.source.as_deref(),
        period: args.period.as_deref(),
    };
    // Every value is checked before anything is read or written.
    let checked = check(&loaded.assessment, &req).map_err(|e| e.for_cli())?;
    let written = record_checked(ws, &loaded.assessment.name, &checked, &now_rfc3339())?;
    say!(
        "{}",
        recorded_line(
            &written.team,
            &checked,
            crate::app::i18n::for_questionnaire(lang, &loaded.assessment.questionnaire.language)
        )
    );
    Ok(())
}

fn show(
    ws: &Workspace,
    args: &MetricsShowArgs,
    lang: Option<crate::app::i18n::Lang>,
) -> Result<(), Error> {
    let loaded = ws.load(&args.name)?;
    let lang = crate::app::i18n::for_questionnaire(lang, &loaded.assessment.questionnaire.language);
    super::warn_unreadable(lang, &loaded.unreadable);
    let comparison = comparison_for(
        &loaded,
        &[],
        &CompareOptions::default(),
        crate::domain::compare::Detail::ALL,
    )?;
    let out = match args.format {
        MetricsFormat::Text => {
            text::render_metrics(&loaded.assessment.name, &comparison.delivery, lang.labels())
        }
        MetricsFormat::Json => json::to_rounded_json(&comparison.delivery)
            .map(|mut t| {
                t.push('\n');
                t
            })
            .map_err(|e| super::encode_error(("the figures", "les indicateurs"), &e))?,
    };
    say_raw!("{out}");
    Ok(())
}
