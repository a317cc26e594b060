//! `plan list`: the plan's actions as text, JSON, CSV or Markdown, in the questionnaire's
//! language (French statuses, headers and `;` between CSV fields for a French one). Questions
//! are named by their title, never by id; dates stay ISO in CSV and JSON (what spreadsheets and
//! tools read) and are written out in the text and Markdown.

use crate::domain::Assessment;
use crate::domain::plan::{Action, Origin};
use crate::domain::titles::question_title;
use crate::report::csv::BOM;
use crate::report::labels::{Lang, PlanLabels};
use crate::report::markdown::cell;

/// The formats of `plan list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Text,
    Json,
    Csv,
    Markdown,
}

/// The language of an assessment's screens and files: its questionnaire's.
pub fn lang_of(a: &Assessment) -> Lang {
    Lang::from_tag(&a.questionnaire.language)
}

/// Where an action came from, in words: "Build automation, 1 → 2", "synchronisation: CI",
/// "added by hand".
pub fn origin_text(a: &Assessment, action: &Action, l: &PlanLabels) -> String {
    let title = |q: &str| {
        a.questionnaire.question(q).map_or_else(
            || q.to_string(),
            |(_, question)| question_title(&a.questionnaire.id, question),
        )
    };
    match &action.origin {
        Origin::Step { question, from, to } => format!("{}, {from} → {to}", title(question)),
        Origin::Question { question } => title(question),
        Origin::Initiative { dimension } => {
            let name = a
                .questionnaire
                .dimension(dimension)
                .map_or(dimension.as_str(), |d| d.name.as_str());
            format!("{} {name}", l.lang.labels().colon(l.initiative).trim_end())
        }
        Origin::Free => l.free.to_string(),
    }
}

/// "agreed", "agreed, late" / « convenue, en retard ».
pub fn status_text(action: &Action, today: &str, l: &PlanLabels) -> String {
    let s = l.status(action.status());
    if action.is_late(today) {
        format!("{s}, {}", l.late)
    } else {
        s.to_string()
    }
}

fn due_text(action: &Action, l: &PlanLabels) -> String {
    action
        .due
        .value
        .as_deref()
        .map_or_else(String::new, |d| l.lang.labels().date_of(d))
}

fn horizon_text(action: &Action, l: &PlanLabels) -> String {
    action
        .horizon
        .value
        .map_or_else(String::new, |h| l.horizon_value(h))
}

fn owner_text(action: &Action, l: &PlanLabels) -> String {
    if action.owner.value.is_empty() {
        l.nobody.to_string()
    } else {
        action.owner.value.clone()
    }
}

/// The actions of `a`'s plan in `format`; `today` (ISO date) decides what is late.
pub fn render(a: &Assessment, actions: &[Action], today: &str, format: ListFormat) -> String {
    let l = PlanLabels::of(lang_of(a));
    match format {
        ListFormat::Text => text(a, actions, today, l),
        ListFormat::Json => json(a, actions, today),
        ListFormat::Csv => csv(a, actions, today, l),
        ListFormat::Markdown => markdown(actions, today, l),
    }
}

fn text(a: &Assessment, actions: &[Action], today: &str, l: &PlanLabels) -> String {
    let colon = |t: &str| l.lang.labels().colon(t);
    let mut out = String::new();
    for action in actions {
        out.push_str(&format!(
            "{}  [{}]  {}\n",
            action.id,
            status_text(action, today, l),
            action.title.value
        ));
        let mut facts = vec![action.teams.join(" + ")];
        facts.push(format!("{}{}", colon(l.owner), owner_text(action, l)));
        if action.due.value.is_some() {
            facts.push(format!("{}{}", colon(l.due), due_text(action, l)));
        }
        if action.horizon.value.is_some() {
            facts.push(horizon_text(action, l));
        }
        out.push_str(&format!("       {}\n", facts.join(" · ")));
        out.push_str(&format!(
            "       {}{}\n",
            colon(l.origin),
            origin_text(a, action, l)
        ));
        if !action.done_when.value.is_empty() {
            out.push_str(&format!(
                "       {}{}\n",
                colon(l.done_when),
                action.done_when.value
            ));
        }
        for note in &action.notes {
            out.push_str(&format!(
                "       {}{}\n",
                colon(
                    &l.lang
                        .labels()
                        .date_of(note.at.get(..10).unwrap_or(&note.at))
                ),
                note.text
            ));
        }
    }
    out
}

fn json(a: &Assessment, actions: &[Action], today: &str) -> String {
    let actions: Vec<serde_json::Value> = actions
        .iter()
        .map(|x| {
            serde_json::json!({
                "id": x.id,
                "title": x.title.value,
                "teams": x.teams,
                "joint": x.is_joint(),
                "owner": x.owner.value,
                "due": x.due.value,
                "horizon": x.horizon.value,
                "status": x.status(),
                "late": x.is_late(today),
                "done_when": x.done_when.value,
                "origin": x.origin,
                "notes": x.notes,
                "history": x.history,
                "carried_from": x.carried_from,
                "created_at": x.created_at,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&serde_json::json!({
        "assessment": a.name,
        "today": today,
        "actions": actions,
    }))
    .unwrap_or_default();
    text.push('\n');
    text
}

fn csv(a: &Assessment, actions: &[Action], today: &str, l: &PlanLabels) -> String {
    let delimiter = if l.lang == Lang::Fr { b';' } else { b',' };
    let mut out = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_string().into_bytes());
    let header = [
        l.id,
        l.action,
        l.teams,
        l.owner,
        l.due,
        l.horizon,
        l.status,
        l.late_column,
        l.done_when,
        l.origin,
        l.notes,
    ];
    // Only an I/O error can fail a write, and a Vec has none.
    let _ = out.write_record(header);
    for x in actions {
        let notes: Vec<String> = x
            .notes
            .iter()
            .map(|n| format!("{} {}", n.at.get(..10).unwrap_or(&n.at), n.text))
            .collect();
        let _ = out.write_record([
            x.id.clone(),
            x.title.value.clone(),
            x.teams.join(", "),
            x.owner.value.clone(),
            x.due.value.clone().unwrap_or_default(),
            x.horizon
                .value
                .map(|h| l.horizon_value(h))
                .unwrap_or_default(),
            l.status(x.status()).to_string(),
            if x.is_late(today) {
                l.late.to_string()
            } else {
                String::new()
            },
            x.done_when.value.clone(),
            origin_text(a, x, l),
            notes.join(" | "),
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn markdown(actions: &[Action], today: &str, l: &PlanLabels) -> String {
    let mut out = format!(
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|---|---|\n",
        l.id, l.action, l.teams, l.owner, l.due, l.horizon, l.status, l.done_when
    );
    for x in actions {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
            x.id,
            cell(&x.title.value),
            cell(&x.teams.join(", ")),
            cell(&owner_text(x, l)),
            due_text(x, l),
            horizon_text(x, l),
            status_text(x, today, l),
            cell(&x.done_when.value),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Origin, Status};

    fn assessment(fr: bool) -> Assessment {
        let q = if fr {
            crate::domain::Questionnaire::from_json(crate::domain::FRENCH_QUESTIONNAIRE_JSON)
                .unwrap()
        } else {
            crate::domain::default_questionnaire()
        };
        Assessment::new(
            "bank",
            "2026-01-01T00:00:00Z",
            vec!["Paris".into(), "Nantes".into()],
            q,
            None,
        )
    }

    fn action() -> Action {
        let now = "2026-11-01T09:00:00.000Z";
        let mut a = Action::new(
            "a7f3q".into(),
            Origin::Step {
                question: "ci.build".into(),
                from: 1,
                to: 2,
            },
            vec!["Paris".into(), "Nantes".into()],
            "Automate the build; twice",
            now,
        );
        a.set_owner("Claire Dubois", now);
        a.set_due(Some("2026-12-15".into()), now);
        a.set_status(Status::Agreed, now);
        a
    }

    #[test]
    fn french_csv_has_french_headers_semicolons_and_the_late_flag() {
        let a = assessment(true);
        let out = render(&a, &[action()], "2027-01-05", ListFormat::Csv);
        let mut lines = out.trim_start_matches(BOM).lines();
        assert_eq!(
            lines.next().unwrap(),
            "Réf.;Action;Équipes;Responsable;Échéance;Horizon;Statut;En retard;C’est fait quand;Origine;Notes"
        );
        let row = lines.next().unwrap();
        assert!(
            row.starts_with("a7f3q;\"Automate the build; twice\";Paris, Nantes;Claire Dubois;2026-12-15;;convenue;en retard;;"),
            "{row}"
        );
        // The origin names the question by its title, never by id.
        assert!(!row.contains("ci.build"), "{row}");
        let en = render(
            &assessment(false),
            &[action()],
            "2026-12-01",
            ListFormat::Csv,
        );
        assert!(en.lines().nth(1).unwrap().contains(",agreed,,"), "{en}");
    }

    #[test]
    fn text_and_json_show_status_owner_and_due() {
        let a = assessment(false);
        let out = render(&a, &[action()], "2027-01-05", ListFormat::Text);
        assert!(
            out.starts_with("a7f3q  [agreed, late]  Automate the build; twice\n"),
            "{out}"
        );
        assert!(out.contains("Paris + Nantes · Owner: Claire Dubois · Due: 15 December 2026"));
        let json: serde_json::Value =
            serde_json::from_str(&render(&a, &[action()], "2026-12-01", ListFormat::Json)).unwrap();
        let x = &json["actions"][0];
        assert_eq!(x["status"], "agreed");
        assert_eq!(x["late"], false);
        assert_eq!(x["joint"], true);
        assert_eq!(x["due"], "2026-12-15");
    }
}
