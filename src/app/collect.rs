//! Answers from other laptops: `collect` merges sheets brought on a stick, by mail or in a
//! `.zip` into this laptop's assessment, question by question by the time each answer was
//! given; `export` packs a site's sheets to send.
//!
//! Every sheet is checked first (same questionnaire, a known team, questions and levels that
//! exist); if any is refused, nothing is written unless `skip_refused`. What this laptop did to
//! its respondents (renames, merges, deletions, in the respondent log) is honoured, so an older
//! copy of a sheet cannot bring a deleted respondent back.

use super::Workspace;
use super::respondents::current_name;
use crate::app::i18n::NNBSP as S;
use crate::app::i18n::guill;
use crate::clock::now_stamp;
use crate::domain::merge::{Conflict, Prefer, SheetMerge, merge_sheets, sheet_times};
use crate::domain::names::{closest, name_key, same_name, similar_name};
use crate::domain::{Assessment, ResponseSheet};
use crate::error::{Error, Wording};
use crate::store::StoreError;
use crate::store::source::{self, FoundSheet};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Answers dated further ahead than this are kept but reported: a laptop's clock is wrong.
const FUTURE_SLACK_SECONDS: i64 = 300;

#[derive(Debug, Clone, PartialEq)]
pub struct CollectRequest {
    pub assessment: String,
    pub paths: Vec<PathBuf>,
    /// (team as spelled in the collected sheets, team of this assessment).
    pub map_team: Vec<(String, String)>,
    pub prefer: Prefer,
    pub dry_run: bool,
    /// Write what can be collected even when some files are refused (they are listed).
    pub skip_refused: bool,
}

/// A respondent's merge, as it was (or would be, on a dry run) written.
#[derive(Debug, Clone)]
pub struct RespondentMerge {
    pub team: String,
    pub respondent: String,
    /// The team the sheet is about, for a perception sheet (answers about another team).
    pub about: Option<String>,
    /// The respondent had no sheet here.
    pub new: bool,
    pub merge: SheetMerge,
}

/// What `collect` found and did.
#[derive(Debug, Default)]
pub struct Collected {
    pub assessment: String,
    pub sheets_read: usize,
    pub merges: Vec<RespondentMerge>,
    /// Files or sheets refused, with why (origin, reason), in both languages: the command
    /// prints them in the assessment's.
    pub refused: Vec<(String, Wording)>,
    /// Sheets left out on purpose, with why (a respondent deleted here, another assessment).
    pub skipped: Vec<(String, Wording)>,
    /// Warnings that change nothing (answers dated in the future, names like existing ones).
    pub warnings: Vec<Wording>,
    pub dry_run: bool,
    /// Whether anything was written.
    pub written: bool,
    /// Teams whose delivery figures the collected copies changed (or would, on a dry run).
    pub figures_updated: Vec<String>,
    /// What merging the collected action plans did (or would, on a dry run).
    pub plan: crate::domain::plan::PlanMerge,
    /// What merging the collected requests did (or would, on a dry run).
    pub requests: crate::domain::requests::RequestsMerge,
    /// Teams whose workshop room (notes, agreed levels, parking lot, progress) the collected
    /// copies changed (or would, on a dry run).
    pub rooms_updated: Vec<Wording>,
}

/// Whether a file found in `folder` of a source sits in one of the chosen assessments
/// (`Some(true)`), in another assessment of the source (`Some(false)`: left out, it is not
/// this one's), or in no assessment folder the source has (`None`).
fn home_chosen(
    assessments: &[source::FoundAssessment],
    chosen: &[&source::FoundAssessment],
    folder: Option<&std::path::Path>,
) -> Option<bool> {
    let home = assessments
        .iter()
        .find(|a| Some(a.folder.as_path()) == folder)?;
    Some(chosen.iter().any(|c| c.folder == home.folder))
}

impl Collected {
    pub fn respondents_added(&self) -> usize {
        self.merges
            .iter()
            .filter(|m| m.new && m.merge.changed())
            .count()
    }

    pub fn answers_added(&self) -> usize {
        self.merges.iter().map(|m| m.merge.added).sum()
    }

    pub fn answers_updated(&self) -> usize {
        self.merges.iter().map(|m| m.merge.updated).sum()
    }

    pub fn conflicts(&self) -> impl Iterator<Item = (&RespondentMerge, &Conflict)> {
        self.merges
            .iter()
            .flat_map(|m| m.merge.conflicts.iter().map(move |c| (m, c)))
    }

    /// Nothing new: every collected answer (and figure) was here already.
    pub fn nothing_new(&self) -> bool {
        self.merges.iter().all(|m| !m.merge.changed())
            && self.figures_updated.is_empty()
            && !self.plan.changed()
            && !self.requests.changed()
            && self.rooms_updated.is_empty()
    }
}

/// Every copy collected of one respondent's sheet, merged: (team, respondent, about, sheet,
/// origins).
type Gathered = (String, String, Option<String>, ResponseSheet, Vec<String>);

/// A sheet that passed the checks, aimed at a respondent of this assessment.
struct Incoming {
    origin: String,
    team: String,
    respondent: String,
    /// The team a perception sheet is about, spelled as in this assessment.
    about: Option<String>,
    sheet: ResponseSheet,
}

/// Collects the sheets found under `request.paths` into the assessment.
pub fn collect(ws: &Workspace, request: &CollectRequest) -> Result<Collected, Error> {
    let loaded = ws.load(&request.assessment)?;
    let target = &loaded.assessment;
    let log = ws.store().read_log(&target.name)?;
    let mut out = Collected {
        assessment: target.name.clone(),
        dry_run: request.dry_run,
        ..Collected::default()
    };
    let map = check_map(target, &request.map_team)?;
    let now = now_stamp();
    let mut incoming: Vec<Incoming> = Vec::new();
    let mut incoming_figures: Vec<(String, crate::domain::metrics::TeamFigures)> = Vec::new();
    let mut incoming_plans: Vec<crate::domain::plan::Plan> = Vec::new();
    let mut incoming_requests: Vec<crate::domain::requests::Request> = Vec::new();
    let mut incoming_rooms = crate::domain::room::Rooms::default();
    for path in &request.paths {
        let found = match source::read(path) {
            Ok(found) => found,
            Err(e) => {
                out.refused
                    .push((path.display().to_string(), e.reason_wording()));
                continue;
            }
        };
        out.refused.extend(found.refused.iter().cloned());
        // Which of the source's assessments is this one: the same name, else the only one.
        let same: Vec<&source::FoundAssessment> = found
            .assessments
            .iter()
            .filter(|a| same_name(&a.assessment.name, &target.name))
            .collect();
        let chosen: Vec<&source::FoundAssessment> =
            if same.is_empty() && found.assessments.len() == 1 {
                found.assessments.iter().collect()
            } else {
                same
            };
        for a in &chosen {
            if let Some(why) = other_questionnaire(
                target,
                &a.assessment.questionnaire.id,
                &a.assessment.questionnaire.version,
            ) {
                out.refused.push((a.origin.clone(), why));
            }
        }
        for found_figures in found.figures {
            let figures = match found_figures.figures {
                Ok(f) => f,
                Err(e) => {
                    out.refused.push((found_figures.origin, e.reason_wording()));
                    continue;
                }
            };
            if home_chosen(&found.assessments, &chosen, found_figures.folder.as_deref())
                == Some(false)
            {
                continue;
            }
            let team = match map.iter().find(|(from, _)| same_name(from, &figures.team)) {
                Some((_, to)) => to.clone(),
                None => {
                    if let Some(t) = target.find_team(&figures.team) {
                        t.to_string()
                    } else {
                        out.refused.push((
                            found_figures.origin,
                            Wording::new(
                                format!(
                                    "delivery figures of team \"{}\", which is not part of \"{}\"; map it with --map-team \"{}=TEAM\"",
                                    figures.team, target.name, figures.team
                                ),
                                format!(
                                    "indicateurs de livraison de l’équipe {}, qui ne fait pas partie de {}{S}; associez-la avec --map-team \"{}=ÉQUIPE\"",
                                    guill(&figures.team),
                                    guill(&target.name),
                                    figures.team
                                ),
                            ),
                        ));
                        continue;
                    }
                }
            };
            incoming_figures.push((team, figures));
        }
        for found_plan in found.plans {
            let plan = match found_plan.plan {
                Ok(p) => p,
                Err(e) => {
                    out.refused.push((found_plan.origin, e.reason_wording()));
                    continue;
                }
            };
            if home_chosen(&found.assessments, &chosen, found_plan.folder.as_deref()) == Some(false)
            {
                continue;
            }
            match map_plan_teams(target, &map, plan) {
                Ok(plan) => incoming_plans.push(plan),
                Err(why) => out.refused.push((found_plan.origin, why)),
            }
        }
        for found_requests in found.requests {
            let requests = match found_requests.requests {
                Ok(r) => r,
                Err(e) => {
                    out.refused
                        .push((found_requests.origin, e.reason_wording()));
                    continue;
                }
            };
            if home_chosen(
                &found.assessments,
                &chosen,
                found_requests.folder.as_deref(),
            ) == Some(false)
            {
                continue;
            }
            for mut r in requests {
                let team = |name: &str| {
                    map.iter()
                        .find(|(from, _)| same_name(from, name))
                        .map(|(_, to)| to.clone())
                        .or_else(|| target.find_team(name).map(str::to_string))
                };
                match (team(&r.by), team(&r.to)) {
                    (Some(by), Some(to)) if by != to => {
                        r.by = by;
                        r.to = to;
                        incoming_requests.push(r);
                    }
                    _ => out.refused.push((
                        found_requests.origin.clone(),
                        Wording::new(
                            format!(
                                "request {} from \"{}\" to \"{}\" names a team that is not part of \"{}\"; map it with --map-team",
                                r.id, r.by, r.to, target.name
                            ),
                            format!(
                                "la demande {} de {} à {} nomme une équipe qui ne fait pas partie de {}{S}; associez-la avec --map-team",
                                r.id,
                                guill(&r.by),
                                guill(&r.to),
                                guill(&target.name)
                            ),
                        ),
                    )),
                }
            }
        }
        for found_rooms in found.rooms {
            let rooms = match found_rooms.rooms {
                Ok(r) => r,
                Err(e) => {
                    out.refused.push((found_rooms.origin, e.reason_wording()));
                    continue;
                }
            };
            // A room file belongs to the assessment folder it sits in.
            // A room file always sits in an assessment folder: one not chosen, or not found.
            if home_chosen(&found.assessments, &chosen, Some(&found_rooms.folder)) != Some(true) {
                continue;
            }
            for room in rooms.teams {
                let team = match map.iter().find(|(from, _)| same_name(from, &room.team)) {
                    Some((_, to)) => to.clone(),
                    None => {
                        if let Some(t) = target.find_team(&room.team) {
                            t.to_string()
                        } else {
                            out.refused.push((
                                found_rooms.origin.clone(),
                                Wording::new(
                                    format!(
                                        "workshop room of team \"{}\", which is not part of \"{}\"; map it with --map-team \"{}=TEAM\"",
                                        room.team, target.name, room.team
                                    ),
                                    format!(
                                        "salle d’atelier de l’équipe {}, qui ne fait pas partie de {}{S}; associez-la avec --map-team \"{}=ÉQUIPE\"",
                                        guill(&room.team),
                                        guill(&target.name),
                                        room.team
                                    ),
                                ),
                            ));
                            continue;
                        }
                    }
                };
                // A room about another team: that team is mapped as the room's own is.
                let about = match &room.about {
                    None => None,
                    Some(about) => match map.iter().find(|(from, _)| same_name(from, about)) {
                        Some((_, to)) => Some(to.clone()),
                        None => {
                            if let Some(t) = target.find_team(about) {
                                Some(t.to_string())
                            } else {
                                out.refused.push((
                                    found_rooms.origin.clone(),
                                    Wording::new(
                                        format!(
                                            "workshop room of team \"{}\" about team \"{about}\", which is not part of \"{}\"; map it with --map-team \"{about}=TEAM\"",
                                            room.team, target.name
                                        ),
                                        format!(
                                            "salle d’atelier de l’équipe {} sur l’équipe {}, qui ne fait pas partie de {}{S}; associez-la avec --map-team \"{about}=ÉQUIPE\"",
                                            guill(&room.team),
                                            guill(about),
                                            guill(&target.name)
                                        ),
                                    ),
                                ));
                                continue;
                            }
                        }
                    },
                };
                if about.as_deref().is_some_and(|a| same_name(a, &team)) {
                    out.refused.push((
                        found_rooms.origin.clone(),
                        Wording::new(
                            format!(
                                "workshop room of team \"{team}\" would be about itself once mapped"
                            ),
                            format!(
                                "la salle d’atelier de l’équipe {} porterait sur elle-même une fois associée",
                                guill(&team)
                            ),
                        ),
                    ));
                    continue;
                }
                let mut room = room;
                room.team.clone_from(&team);
                room.about = about;
                let one = crate::domain::room::Rooms { teams: vec![room] };
                incoming_rooms = crate::domain::room::merge(&incoming_rooms, &one);
            }
        }
        for FoundSheet {
            origin,
            folder,
            sheet,
        } in found.sheets
        {
            let sheet = match sheet {
                Ok(sheet) => sheet,
                Err(e) => {
                    out.refused.push((origin, e.reason_wording()));
                    continue;
                }
            };
            out.sheets_read += 1;
            let home = folder
                .as_ref()
                .and_then(|f| found.assessments.iter().find(|a| a.folder == *f));
            match home {
                Some(a) if !chosen.iter().any(|c| c.folder == a.folder) => {
                    out.skipped.push((
                        origin,
                        Wording::new(
                            format!("belongs to the assessment \"{}\"", a.assessment.name),
                            format!("appartient à l’évaluation {}", guill(&a.assessment.name)),
                        ),
                    ));
                    continue;
                }
                Some(a)
                    if other_questionnaire(
                        target,
                        &a.assessment.questionnaire.id,
                        &a.assessment.questionnaire.version,
                    )
                    .is_some() =>
                {
                    // Refused with its assessment above.
                    continue;
                }
                _ => {}
            }
            let about = match check_about(target, &map, &sheet) {
                Ok(about) => about,
                Err(why) => {
                    out.refused.push((origin, why));
                    continue;
                }
            };
            match check_sheet(target, &map, &sheet) {
                Err(why) => out.refused.push((origin, why)),
                Ok(team) if about.as_ref().is_some_and(|a| *a == team) => out.refused.push((
                    origin,
                    Wording::new(
                        format!(
                            "{} ({team}) answers about their own team in a perception sheet",
                            sheet.respondent
                        ),
                        format!(
                            "{} ({team}) répond sur sa propre équipe dans une feuille de perception",
                            sheet.respondent
                        ),
                    ),
                )),
                Ok(team) => {
                    let Some(respondent) = current_name(&log, &team, &sheet.respondent) else {
                        out.skipped.push((
                            origin,
                            Wording::new(
                                format!(
                                    "{} ({team}) was deleted here; `devops-maturity respondent restore` brings them back first",
                                    sheet.respondent
                                ),
                                format!(
                                    "{} ({team}) a été supprimé ici{S}; `devops-maturity respondent restore` le rétablit d’abord",
                                    sheet.respondent
                                ),
                            ),
                        ));
                        continue;
                    };
                    for at in sheet_times(&sheet) {
                        if is_future(at, &now) {
                            out.warnings.push(Wording::new(
                                format!(
                                    "{origin}: {} ({team}) has answers dated {at}, in the future (a laptop's clock is wrong?); they are kept",
                                    sheet.respondent
                                ),
                                format!(
                                    "{origin}{S}: {} ({team}) a des réponses datées du {at}, dans le futur (l’horloge d’un portable est fausse{S}?){S}; elles sont gardées",
                                    sheet.respondent
                                ),
                            ));
                            break;
                        }
                    }
                    incoming.push(Incoming {
                        origin,
                        team,
                        respondent,
                        about,
                        sheet,
                    });
                }
            }
        }
    }
    if !out.refused.is_empty() && !request.skip_refused {
        return Ok(out);
    }
    // One merge per respondent here, whatever the number of copies collected.
    let mut by_identity: BTreeMap<(String, String, Option<String>), Gathered> = BTreeMap::new();
    for inc in incoming {
        let pool = here_sheets(&loaded, inc.about.as_deref());
        let existing = pool
            .iter()
            .find(|s| s.team == inc.team && same_name(&s.respondent, &inc.respondent));
        let respondent = existing.map_or(inc.respondent.clone(), |s| s.respondent.clone());
        if existing.is_none()
            && let Some(like) = pool
                .iter()
                .find(|s| s.team == inc.team && similar_name(&s.respondent, &respondent))
        {
            out.warnings.push(Wording::new(
                format!(
                    "{}: \"{respondent}\" ({}) is added as a new respondent; it looks like \"{}\" — `devops-maturity respondent merge` joins them if they are one person",
                    inc.origin, inc.team, like.respondent
                ),
                format!(
                    "{}{S}: {} ({}) est ajouté comme nouveau répondant{S}; le nom ressemble à {} — `devops-maturity respondent merge` les réunit si c’est la même personne",
                    inc.origin,
                    guill(&respondent),
                    inc.team,
                    guill(&like.respondent)
                ),
            ));
        }
        let mut sheet = inc.sheet;
        sheet.team.clone_from(&inc.team);
        sheet.respondent.clone_from(&respondent);
        sheet.about.clone_from(&inc.about);
        let key = (
            name_key(&inc.team),
            name_key(&respondent),
            inc.about.as_deref().map(name_key),
        );
        match by_identity.get_mut(&key) {
            Some(entry) => {
                entry.3 = merge_sheets(&entry.3, &sheet, Prefer::Newer).0;
                entry.4.push(inc.origin);
            }
            None => {
                by_identity.insert(
                    key,
                    (inc.team, respondent, inc.about, sheet, vec![inc.origin]),
                );
            }
        }
    }
    for (team, theirs) in incoming_figures {
        let here = loaded
            .figures
            .iter()
            .find(|f| same_name(&f.team, &team))
            .cloned()
            .unwrap_or_else(|| crate::domain::metrics::TeamFigures::new(&team));
        let mut theirs = theirs;
        theirs.team.clone_from(&here.team);
        let changed = if request.dry_run {
            here.merge(&theirs) != here
        } else {
            ws.store()
                .update_figures(&target.name, &team, &now, |current| {
                    let merged = current.merge(&theirs);
                    let changed = merged != current;
                    Ok::<_, StoreError>((changed.then_some(merged), changed))
                })?
        };
        if changed {
            out.written |= !request.dry_run;
            if !out.figures_updated.contains(&team) {
                out.figures_updated.push(team);
            }
        }
    }
    if !incoming_plans.is_empty() {
        let gathered = incoming_plans
            .iter()
            .fold(crate::domain::plan::Plan::default(), |acc, p| {
                acc.merge(p).0
            });
        out.plan = if request.dry_run {
            let here = ws.store().plan(&target.name)?.unwrap_or_default();
            here.merge(&gathered).1
        } else {
            ws.store().update_plan(&target.name, &now, |here| {
                let (merged, report) = here.merge(&gathered);
                Ok::<_, StoreError>((report.changed().then_some(merged), report))
            })?
        };
        out.written |= !request.dry_run && out.plan.changed();
    }
    if !incoming_requests.is_empty() {
        let prefer = request.prefer;
        out.requests = if request.dry_run {
            crate::domain::requests::merge_requests(&loaded.requests, &incoming_requests, prefer).1
        } else {
            ws.store().update_requests(&target.name, &now, |current| {
                let (merged, report) =
                    crate::domain::requests::merge_requests(&current, &incoming_requests, prefer);
                Ok::<_, StoreError>((report.changed().then_some(merged), report))
            })?
        };
        out.written |= !request.dry_run && out.requests.changed();
        for id in &out.requests.clashes {
            out.warnings.push(Wording::new(
                format!(
                    "request {id} collected is another request than the one with that id here; it was left out"
                ),
                format!(
                    "la demande {id} collectée n’est pas celle qui porte cet identifiant ici{S}; elle a été laissée de côté"
                ),
            ));
        }
    }
    if !incoming_rooms.teams.is_empty() {
        let here = ws.store().read_rooms(&target.name)?;
        let merged = crate::domain::room::merge(&here, &incoming_rooms);
        for room in &incoming_rooms.teams {
            let about = room.about.as_deref();
            if here.pair(&room.team, about) != merged.pair(&room.team, about) {
                out.rooms_updated.push(match about {
                    Some(other) => Wording::new(
                        format!("{} about {other}", room.team),
                        format!("{} sur {other}", room.team),
                    ),
                    None => Wording::new(room.team.clone(), room.team.clone()),
                });
            }
        }
        if !request.dry_run && !out.rooms_updated.is_empty() {
            ws.store().update_rooms(&target.name, &now, |rooms| {
                *rooms = crate::domain::room::merge(rooms, &incoming_rooms);
                Ok::<_, StoreError>(())
            })?;
            out.written = true;
        }
    }
    for (team, respondent, about, sheet, _) in by_identity.into_values() {
        let here = here_sheets(&loaded, about.as_deref())
            .into_iter()
            .find(|s| s.team == team && same_name(&s.respondent, &respondent));
        let new = here.is_none();
        let fresh = || match &about {
            Some(a) => ResponseSheet::perception(&team, &respondent, a),
            None => ResponseSheet::new(&team, &respondent),
        };
        let merge = if request.dry_run {
            let base = here.cloned().unwrap_or_else(fresh);
            merge_sheets(&base, &sheet, request.prefer).1
        } else {
            let prefer = request.prefer;
            let change = |current: Option<ResponseSheet>| {
                let base = current.unwrap_or_else(fresh);
                let (merged, report) = merge_sheets(&base, &sheet, prefer);
                let write = report.changed();
                Ok::<_, StoreError>((write.then_some(merged), report))
            };
            let report = match &about {
                Some(a) => ws.store().update_perception(
                    &target.name,
                    &team,
                    &respondent,
                    a,
                    &now,
                    change,
                )?,
                None => ws
                    .store()
                    .update_sheet(&target.name, &team, &respondent, &now, change)?,
            };
            out.written |= report.changed();
            report
        };
        out.merges.push(RespondentMerge {
            team,
            respondent,
            about,
            new,
            merge,
        });
    }
    Ok(out)
}

/// Why a questionnaire id/version is not this assessment's, or `None` when it is.
fn other_questionnaire(target: &Assessment, id: &str, version: &str) -> Option<Wording> {
    let q = &target.questionnaire;
    (q.id != id || q.version != version).then(|| {
        Wording::new(
            format!(
                "answered on the questionnaire \"{id}\" {version}, not this assessment's \"{}\" {} (`devops-maturity import` brings answers across editions)",
                q.id, q.version
            ),
            format!(
                "répondu sur le questionnaire {} {version}, pas sur celui de cette évaluation, {} {} (`devops-maturity import` fait passer les réponses d’une édition à l’autre)",
                guill(id),
                guill(&q.id),
                q.version
            ),
        )
    })
}

/// The sheets here that a collected sheet about `about` (its own team when `None`) merges into.
fn here_sheets<'l>(
    loaded: &'l crate::store::Loaded,
    about: Option<&str>,
) -> Vec<&'l ResponseSheet> {
    match about {
        None => loaded.sheets.iter().collect(),
        Some(a) => loaded
            .perceptions
            .iter()
            .filter(|s| s.about.as_deref().is_some_and(|b| same_name(a, b)))
            .collect(),
    }
}

/// The team of this assessment a perception sheet is about (`None` for a self-assessment
/// sheet), or why the sheet is refused.
fn check_about(
    target: &Assessment,
    map: &[(String, String)],
    sheet: &ResponseSheet,
) -> Result<Option<String>, Wording> {
    let Some(about) = sheet.about.as_deref() else {
        return Ok(None);
    };
    if let Some((_, to)) = map.iter().find(|(from, _)| same_name(from, about)) {
        return Ok(Some(to.clone()));
    }
    target
        .find_team(about)
        .map(|t| Some(t.to_string()))
        .ok_or_else(|| {
            Wording::new(
                format!(
                    "{} ({}) answers about team \"{about}\", which is not part of \"{}\"; map it with --map-team \"{about}=TEAM\"",
                    sheet.respondent, sheet.team, target.name
                ),
                format!(
                    "{} ({}) répond sur l’équipe {}, qui ne fait pas partie de {}{S}; associez-la avec --map-team \"{about}=ÉQUIPE\"",
                    sheet.respondent,
                    sheet.team,
                    guill(about),
                    guill(&target.name)
                ),
            )
        })
}

/// `--map-team` pairs checked: each target a team of the assessment.
fn check_map(
    target: &Assessment,
    map: &[(String, String)],
) -> Result<Vec<(String, String)>, Error> {
    map.iter()
        .map(|(from, to)| {
            let to = super::answers::find_team(target, to).map_err(|e| {
                e.prefixed(
                    &format!("--map-team {from}={to}: "),
                    &format!("--map-team {from}={to}{S}: "),
                )
            })?;
            Ok((from.clone(), to))
        })
        .collect()
}

/// The team of this assessment a sheet goes to, or why the sheet is refused.
fn check_sheet(
    target: &Assessment,
    map: &[(String, String)],
    sheet: &ResponseSheet,
) -> Result<String, Wording> {
    if let Some(q) = &sheet.questionnaire
        && let Some(why) = other_questionnaire(target, &q.id, &q.version)
    {
        return Err(why);
    }
    let team = match map.iter().find(|(from, _)| same_name(from, &sheet.team)) {
        Some((_, to)) => to.clone(),
        None => {
            if let Some(t) = target.find_team(&sheet.team) {
                t.to_string()
            } else {
                let like = closest(&sheet.team, target.teams.iter().map(String::as_str));
                let hint = like.map_or(String::new(), |c| format!(" (did you mean \"{c}\"?)"));
                let hint_fr = like.map_or(String::new(), |c| {
                    format!(" (vouliez-vous dire {}{S}?)", guill(c))
                });
                return Err(Wording::new(
                    format!(
                        "team \"{}\" is not part of \"{}\"{hint}; map it with --map-team \"{}=TEAM\"",
                        sheet.team, target.name, sheet.team
                    ),
                    format!(
                        "l’équipe {} ne fait pas partie de {}{hint_fr}{S}; associez-la avec --map-team \"{}=ÉQUIPE\"",
                        guill(&sheet.team),
                        guill(&target.name),
                        sheet.team
                    ),
                ));
            }
        }
    };
    let q = &target.questionnaire;
    for (id, record) in &sheet.answers {
        if q.question(id).is_none() {
            return Err(Wording::new(
                format!(
                    "{} ({}) answers question \"{id}\", which \"{}\" {} does not have",
                    sheet.respondent, sheet.team, q.id, q.version
                ),
                format!(
                    "{} ({}) répond à la question {}, que {} {} n’a pas",
                    sheet.respondent,
                    sheet.team,
                    guill(id),
                    guill(&q.id),
                    q.version
                ),
            ));
        }
        if let Some(a) = record.answer
            && !a.fits(q.level_count())
        {
            return Err(Wording::new(
                format!(
                    "{} ({}) answers {a} to \"{id}\", outside the scale 1–{}",
                    sheet.respondent,
                    sheet.team,
                    q.level_count()
                ),
                format!(
                    "{} ({}) répond {} à {}, hors de l’échelle 1–{}",
                    sheet.respondent,
                    sheet.team,
                    crate::app::i18n::answer(crate::app::i18n::Lang::Fr, a),
                    guill(id),
                    q.level_count()
                ),
            ));
        }
    }
    Ok(team)
}

/// A collected plan with its actions' teams spelled as in `target` (through `--map-team`);
/// an action of a team this assessment does not have refuses the whole file.
fn map_plan_teams(
    target: &Assessment,
    map: &[(String, String)],
    mut plan: crate::domain::plan::Plan,
) -> Result<crate::domain::plan::Plan, Wording> {
    for action in &mut plan.actions {
        for team in &mut action.teams {
            let mapped = match map.iter().find(|(from, _)| same_name(from, team)) {
                Some((_, to)) => to.clone(),
                None => match target.find_team(team) {
                    Some(t) => t.to_string(),
                    None => {
                        return Err(Wording::new(
                            format!(
                                "action {} of team \"{team}\", which is not part of \"{}\"; map it with --map-team \"{team}=TEAM\"",
                                action.id, target.name
                            ),
                            format!(
                                "action {} de l’équipe {}, qui ne fait pas partie de {}{S}; associez-la avec --map-team \"{team}=ÉQUIPE\"",
                                action.id,
                                guill(team),
                                guill(&target.name)
                            ),
                        ));
                    }
                },
            };
            *team = mapped;
        }
    }
    Ok(plan)
}

fn is_future(at: &str, now: &str) -> bool {
    match (
        crate::clock::parse_rfc3339(at),
        crate::clock::parse_rfc3339(now),
    ) {
        (Some(a), Some(n)) => (a - n).whole_seconds() > FUTURE_SLACK_SECONDS,
        _ => false,
    }
}

/// What `export` wrote.
#[derive(Debug)]
pub struct Exported {
    pub assessment: String,
    pub sheets: usize,
    pub bytes: usize,
    /// Files left out because they cannot be read, with why (in both languages).
    pub skipped: Vec<Wording>,
}

/// Packs the assessment (its `assessment.json` and the sheets of `teams`, every team when
/// empty) into a `.zip` at `out` for another laptop's `collect`. An existing file is replaced
/// only with `force`.
pub fn export(
    ws: &Workspace,
    name: &str,
    teams: &[String],
    out: &Path,
    force: bool,
) -> Result<Exported, Error> {
    if !out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
    {
        let out = out.display();
        return Err(
            Error::usage(format!("-o {out}: the file must end in .zip")).fr(format!(
                "-o {out}{S}: le nom du fichier doit finir par .zip"
            )),
        );
    }
    if out.is_dir() {
        let out = out.display();
        return Err(Error::usage(format!(
            "{out} is a folder; give a file name such as site.zip"
        ))
        .fr(format!(
            "{out} est un dossier{S}; donnez un nom de fichier comme site.zip"
        )));
    }
    if out.exists() && !force {
        let out = out.display();
        return Err(Error::usage(format!(
            "{out} already exists; nothing was written (use --force to replace it)"
        ))
        .fr(format!(
            "{out} existe déjà{S}; rien n’a été écrit (--force pour le remplacer)"
        )));
    }
    if let Some(dir) = out.parent()
        && !dir.as_os_str().is_empty()
        && !dir.is_dir()
    {
        let (out, dir) = (out.display(), dir.display());
        return Err(Error::usage(format!(
            "cannot write {out}: the folder {dir} does not exist"
        ))
        .fr(format!(
            "impossible d’écrire {out}{S}: le dossier {dir} n’existe pas"
        )));
    }
    let loaded = ws.load(name)?;
    let teams = super::compare::select_teams(&loaded.assessment, teams)?;
    let dir = ws.assessment_dir(&loaded.assessment.name);
    let (members, skipped) = source::export_members(&dir, Some(&teams))?;
    source::write_zip(out, &members)?;
    let bytes = std::fs::metadata(out).map_or(0, |m| m.len() as usize);
    Ok(Exported {
        assessment: loaded.assessment.name,
        sheets: members
            .iter()
            .filter(|(name, _)| name.contains("/responses/"))
            .count(),
        bytes,
        skipped: skipped.iter().map(StoreError::wording).collect(),
    })
}
