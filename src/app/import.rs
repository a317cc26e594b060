//! Importing: bring the answers of one assessment into another, so they compare: a team that
//! answered the French edition into an English assessment (same questions), or a 1.x
//! assessment into a 2.0 one (answers placed by `domain::carry`: same id, `formerly`, and the
//! questions whose levels moved left out, to ask again).

use super::Workspace;
use crate::app::i18n::{NNBSP as S, guill};
use crate::clock::now_stamp;
use crate::domain::carry::CarryPlan;
use crate::error::Error;

/// Which answers to bring where.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRequest {
    /// The assessment that receives the answers.
    pub into: String,
    /// The assessment the answers come from.
    pub from: String,
    /// Only these teams of `from`; every team when empty.
    pub teams: Vec<String>,
}

/// What `import` did.
#[derive(Debug)]
pub struct Imported {
    pub sheets: usize,
    pub from: String,
    pub into: String,
    /// Teams of `from` the receiving assessment did not have yet.
    pub added_teams: Vec<String>,
    /// Response files of `from` that could not be read and were left out.
    pub unreadable: Vec<super::StoreError>,
    /// How questions map, when the two questionnaires do not have the same questions.
    pub plan: Option<CarryPlan>,
    /// "devops 1.0.0" and "devops 2.0.0": the questionnaires on each side.
    pub from_questionnaire: String,
    pub into_questionnaire: String,
    /// Answers carried, and answers left out because their question is to be asked again.
    pub carried: usize,
    pub left_out: usize,
    /// Answers to questions the receiving short form does not ask: kept, not shown until
    /// `add-questions` brings them into scope.
    pub outside_scope: usize,
}

pub fn run(ws: &Workspace, args: &ImportRequest) -> Result<Imported, Error> {
    let store = ws.store();
    if store.assessment_dir(&args.into) == store.assessment_dir(&args.from) {
        return Err(Error::usage("--from names the assessment itself")
            .fr("--from désigne l’évaluation elle-même"));
    }
    let target = store.load(&args.into)?;
    let source = store.load(&args.from)?;
    let (tq, sq) = (
        &target.assessment.questionnaire,
        &source.assessment.questionnaire,
    );
    let plan = CarryPlan::new(sq, tq).map_err(|why| {
        let (from, into) = (&source.assessment.name, &target.assessment.name);
        Error::usage(format!("cannot import \"{from}\" into \"{into}\": {why}")).fr(format!(
            "impossible d’importer {} dans {}{S}: {}",
            guill(from),
            guill(into),
            crate::app::i18n::errors::carry_fr(&why)
        ))
    })?;
    let wanted: Vec<&str> = if args.teams.is_empty() {
        source.assessment.teams.iter().map(String::as_str).collect()
    } else {
        args.teams
            .iter()
            .map(|t| {
                source.assessment.find_team(t).ok_or_else(|| {
                    let (from, teams) =
                        (&source.assessment.name, source.assessment.teams.join(", "));
                    Error::usage(format!(
                        "team \"{t}\" is not part of \"{from}\" (teams: {teams})"
                    ))
                    .fr(format!(
                        "l’équipe {} ne fait pas partie de {} (équipes{S}: {teams})",
                        guill(t),
                        guill(from)
                    ))
                })
            })
            .collect::<Result<_, _>>()?
    };
    let (mut carried, mut left_out) = (0, 0);
    let sheets: Vec<_> = source
        .sheets
        .iter()
        .filter(|s| wanted.contains(&s.team.as_str()))
        .map(|s| {
            let (mut sheet, tally) = plan.carry(s, tq);
            carried += tally.carried;
            left_out += tally.left_out;
            // Carried onto this assessment's questionnaire: the sheet says so.
            sheet.questionnaire = Some(crate::domain::QuestionnaireRef {
                id: tq.id.clone(),
                version: tq.version.clone(),
            });
            sheet
        })
        .collect();
    let outside_scope = sheets
        .iter()
        .flat_map(|s| s.answers.iter())
        .filter(|(id, r)| {
            r.answer.is_some() && tq.question(id).is_some() && !target.assessment.in_scope(id)
        })
        .count();
    // Check every sheet before writing any, so a refusal leaves the target as it was.
    for sheet in &sheets {
        if let Some(existing) = target
            .sheets
            .iter()
            .find(|t| t.team == sheet.team && t.respondent == sheet.respondent)
            && !existing.same_answers(sheet)
        {
            let (into, who, team) = (&target.assessment.name, &sheet.respondent, &sheet.team);
            return Err(Error::usage(format!(
                "\"{into}\" already holds different answers from {who} ({team}); nothing was imported"
            ))
            .fr(format!(
                "{} contient déjà d’autres réponses de {who} ({team}){S}; rien n’a été importé",
                guill(into)
            )));
        }
    }
    let now = now_stamp();
    let mut assessment = target.assessment.clone();
    let mut added = Vec::new();
    for team in &wanted {
        if assessment.find_team(team).is_none() {
            assessment.teams.push(team.to_string());
            added.push(team.to_string());
        }
    }
    if !added.is_empty() {
        ws.update(&assessment)?;
    }
    for sheet in &sheets {
        store.merge_sheet(&assessment.name, sheet, &now)?;
    }
    let describe = |q: &crate::domain::Questionnaire| format!("{} {}", q.id, q.version);
    Ok(Imported {
        sheets: sheets.len(),
        from: source.assessment.name.clone(),
        into: assessment.name,
        added_teams: added,
        unreadable: source.unreadable,
        from_questionnaire: describe(sq),
        into_questionnaire: describe(tq),
        plan: (!plan.is_identity()).then_some(plan),
        carried,
        left_out,
        outside_scope,
    })
}
