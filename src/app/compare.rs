//! Choosing the teams to compare and running the comparison engine on them: shared by
//! `compare`, the report and the dashboard so they pick teams alike.

use super::{Strayed, Workspace};
use crate::app::i18n::{NNBSP as S, guill};
use crate::domain::compare::{Detail, TeamDigester, compare_digested, compare_with};
use crate::domain::{Assessment, CompareOptions, Comparison, ResponseSheet, Stray, StrayCheck};
use crate::error::Error;
use crate::store::{Loaded, StoreError};
use std::collections::HashMap;

/// Runs the engine on the chosen teams of a loaded assessment (all teams when none are named),
/// with the teams' delivery figures, their perception answers and requests, all as `loaded`
/// holds them: nothing is read again (the figures once came from a second read of the whole
/// assessment, every sheet included). Only the `detail` asked for is made (`compare_with`).
pub fn comparison_for(
    loaded: &Loaded,
    teams: &[String],
    options: &CompareOptions,
    detail: Detail,
) -> Result<Comparison, Error> {
    let teams = select_teams(&loaded.assessment, teams)?;
    let mut comparison = compare_with(&loaded.assessment, &loaded.sheets, &teams, options, detail);
    comparison.set_figures(&loaded.assessment.questionnaire, &loaded.figures);
    // How the compared teams see each other and what they ask of each other.
    comparison.set_perceptions(&loaded.assessment, &loaded.perceptions);
    comparison.set_requests(&loaded.requests);
    Ok(comparison)
}

/// A comparison made from the store one team at a time, and what reading found.
pub struct FromStore {
    pub comparison: Comparison,
    /// The assessment with its figures, perception sheets, requests and unreadable files;
    /// its `sheets` are empty: they were read team by team and are gone.
    pub loaded: Loaded,
    /// What the sheets hold that no score counts (`Workspace::strays`), in file order.
    pub strays: Vec<Strayed>,
}

/// The comparison of the assessment `name` for `compare` and the report: [`comparison_for`]
/// with, for a follow-up round, its progress against the rounds before it. Its sheets are read
/// and digested one team at a time (`Store::read_by_team`, `TeamDigester`) rather than loaded
/// all at once: with two hundred teams of ten, they were most of `compare`'s memory. Every
/// sheet is still read and checked; the numbers are those of `comparison_for`.
pub fn comparison_from_store(
    ws: &Workspace,
    name: &str,
    teams: &[String],
    options: &CompareOptions,
    detail: Detail,
) -> Result<FromStore, Error> {
    let mut loaded = ws.store().load_without_sheets(name)?;
    let teams = select_teams(&loaded.assessment, teams)?;
    let (mut comparison, read) = from_store(ws, &loaded.assessment, &teams, options, detail)?;
    loaded.unreadable.splice(0..0, read.unreadable);
    comparison.set_figures(&loaded.assessment.questionnaire, &loaded.figures);
    comparison.set_perceptions(&loaded.assessment, &loaded.perceptions);
    comparison.set_requests(&loaded.requests);
    let progress = super::rounds::progress_for(ws, &loaded.assessment, &comparison, options)?;
    comparison.set_progress(progress);
    Ok(FromStore {
        comparison,
        loaded,
        strays: read.strays,
    })
}

/// What reading the sheets team by team found besides the comparison.
pub(super) struct Read {
    pub unreadable: Vec<StoreError>,
    pub strays: Vec<Strayed>,
}

/// The engine's comparison of `teams` (spelled as in `assessment`) from the stored sheets,
/// read one team at a time; figures, perception and progress are the caller's to add. Every
/// team's files are read (the files of teams not compared are checked all the same).
pub(super) fn from_store(
    ws: &Workspace,
    assessment: &Assessment,
    teams: &[String],
    options: &CompareOptions,
    detail: Detail,
) -> Result<(Comparison, Read), Error> {
    let digester = TeamDigester::new(assessment, detail);
    let compared: HashMap<&str, usize> = teams
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i))
        .collect();
    let all = &assessment.teams;
    let check = StrayCheck::new(&assessment.questionnaire);
    let strays_of = |sheets: &[ResponseSheet]| -> Vec<(String, String, Stray)> {
        sheets
            .iter()
            .flat_map(|s| {
                check
                    .sheet(s, all)
                    .into_iter()
                    .map(|stray| (s.team.clone(), s.respondent.clone(), stray))
            })
            .collect()
    };
    let by_team = ws
        .store()
        .read_by_team(&assessment.name, all, |i, sheets| {
            let digest = compared.get(all[i].as_str()).map(|&at| {
                let mine: Vec<&ResponseSheet> = sheets.iter().collect();
                (at, digester.digest(&all[i], &mine))
            });
            (digest, strays_of(&sheets))
        })?;
    let mut digests: Vec<Option<_>> = (0..teams.len()).map(|_| None).collect();
    let mut strays = Vec::new();
    for (digest, team_strays) in by_team.teams {
        if let Some((at, digest)) = digest {
            digests[at] = Some(digest);
        }
        strays.extend(team_strays);
    }
    strays.extend(strays_of(&by_team.others));
    let strays = strays
        .into_iter()
        .map(|(team, respondent, stray)| Strayed {
            path: ws.store().sheet_path(&assessment.name, &team, &respondent),
            stray,
        })
        .collect();
    // `select_teams` spells every compared team as the assessment does: each has its digest.
    let digests = digests.into_iter().flatten().collect();
    Ok((
        compare_digested(assessment, digests, options, detail),
        Read {
            unreadable: by_team.unreadable,
            strays,
        },
    ))
}

/// The teams named, spelled as in the assessment, in the order given; every team when the list
/// is empty. An unknown or repeated name is a usage error naming the teams.
pub fn select_teams(assessment: &Assessment, wanted: &[String]) -> Result<Vec<String>, Error> {
    if wanted.is_empty() {
        return Ok(assessment.teams.clone());
    }
    let mut out: Vec<String> = Vec::with_capacity(wanted.len());
    for name in wanted {
        let team = assessment.find_team(name).ok_or_else(|| {
            Error::usage(format!(
                "team \"{}\" is not part of \"{}\" (teams: {})",
                name.trim(),
                assessment.name,
                assessment.teams.join(", ")
            ))
            .fr(format!(
                "l’équipe {} ne fait pas partie de {} (équipes{S}: {})",
                guill(name.trim()),
                guill(&assessment.name),
                assessment.teams.join(", ")
            ))
        })?;
        if out.iter().any(|t| t == team) {
            return Err(
                Error::usage(format!("team \"{team}\" is given twice with --team")).fr(format!(
                    "l’équipe {} est donnée deux fois avec --team",
                    guill(team)
                )),
            );
        }
        out.push(team.to_string());
    }
    Ok(out)
}
