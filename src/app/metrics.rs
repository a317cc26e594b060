//! Recording and reading each team's delivery figures (the DORA keys): `metrics set`,
//! `metrics show`, the figures behind `compare`'s delivery rhythm and the demo's figures.
//!
//! Validation lives here, once: every value, the source, the period and the team are checked
//! before anything is read or written, so a refused request never touches the data directory.
//! Persistence goes through [`FigureStore`], so the use cases are tested on an in-memory store.

use super::{Failure, Workspace};
use crate::app::i18n::{Lang, NNBSP as S, errors, guill};
use crate::domain::metrics::{Key, Period, Source, TeamFigures, Value};
use crate::domain::{Assessment, Comparison};
use crate::error::Error;

/// Where figures are kept: one [`TeamFigures`] per team of an assessment.
pub trait FigureStore {
    /// Every team's figures of `assessment`; a team without any is simply absent.
    fn figures(&self, assessment: &str) -> Result<Vec<TeamFigures>, Failure>;

    /// Reads `team`'s figures (empty when it has none), applies `change`, and writes the result,
    /// atomically and under the assessment's lock, so that two people recording figures at the
    /// same time both keep theirs. Returns what was written.
    fn update_figures(
        &self,
        assessment: &str,
        team: &str,
        change: &mut dyn FnMut(&mut TeamFigures),
    ) -> Result<TeamFigures, Failure>;
}

/// Figures live in the assessment's `metrics/` folder, one file per team, written like sheets
/// (atomically, under the file's lock, after re-reading it).
impl FigureStore for Workspace {
    fn figures(&self, assessment: &str) -> Result<Vec<TeamFigures>, Failure> {
        // The figures folder alone: not every sheet of the assessment.
        Ok(self.store().figures(assessment)?)
    }

    fn update_figures(
        &self,
        assessment: &str,
        team: &str,
        change: &mut dyn FnMut(&mut TeamFigures),
    ) -> Result<TeamFigures, Failure> {
        self.store().update_figures(
            assessment,
            team,
            &crate::clock::now_stamp(),
            |mut figures| {
                change(&mut figures);
                Ok::<_, Failure>((Some(figures.clone()), figures))
            },
        )
    }
}

/// What `metrics set` asks for, as typed: values are parsed here.
#[derive(Debug, Clone, Default)]
pub struct SetFigures<'a> {
    pub assessment: &'a str,
    pub team: &'a str,
    /// The figures given, each with the text typed for it.
    pub values: Vec<(Key, &'a str)>,
    /// Applies to every figure of this request [default: unknown].
    pub source: Option<&'a str>,
    /// The period every figure of this request covers.
    pub period: Option<&'a str>,
}

/// The part of a request that was refused: each face names it its own way (`--lead-time` on
/// the command line, the field's label on a form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Value(Key),
    Source,
    Period,
    Team,
    /// The request as a whole (no figure given).
    Figures,
}

impl Field {
    /// The command-line flag for the field.
    pub fn flag(self) -> String {
        match self {
            Field::Value(k) => k.flag(),
            Field::Source => "--source".into(),
            Field::Period => "--period".into(),
            Field::Team => "--team".into(),
            Field::Figures => "metrics set".into(),
        }
    }
}

/// A refused `metrics set`: which field, and why, in one line, in English and French.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub field: Field,
    pub message: String,
    pub french: String,
}

impl Invalid {
    /// The error as the command line prints it: `--lead-time: "banana" is not a lead time; …`.
    pub fn for_cli(&self) -> Error {
        let flag = self.field.flag();
        Error::usage(format!("{flag}: {}", self.message)).fr(format!("{flag}{S}: {}", self.french))
    }

    /// The reason in `lang`, without the flag (a form names the field its own way).
    pub fn message_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.message,
            Lang::Fr => &self.french,
        }
    }
}

/// A request that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The team as spelled in the assessment.
    pub team: String,
    pub values: Vec<(Key, Value)>,
    pub source: Source,
    pub period: Option<Period>,
}

/// Checks a request against `assessment`: at least one figure, each value parsed with its
/// key's parser, each key once, a known source and period, a team of the assessment.
pub fn check(assessment: &Assessment, req: &SetFigures) -> Result<Checked, Invalid> {
    let refuse = |field, message: String, french: String| {
        Err(Invalid {
            field,
            message,
            french,
        })
    };
    let Some(team) = assessment.find_team(req.team).map(str::to_string) else {
        let (wanted, teams) = (req.team.trim(), assessment.teams.join(", "));
        return refuse(
            Field::Team,
            format!(
                "team \"{wanted}\" is not part of \"{}\" (teams: {teams})",
                assessment.name
            ),
            format!(
                "l’équipe {} ne fait pas partie de {} (équipes{S}: {teams})",
                guill(wanted),
                guill(&assessment.name)
            ),
        );
    };
    if req.values.is_empty() {
        let flags = Key::ALL.map(Key::flag).join(", ");
        return refuse(
            Field::Figures,
            format!("give at least one figure: {flags}"),
            format!("donnez au moins un indicateur{S}: {flags}"),
        );
    }
    let mut values: Vec<(Key, Value)> = Vec::with_capacity(req.values.len());
    for &(key, text) in &req.values {
        if values.iter().any(|(k, _)| *k == key) {
            return refuse(
                Field::Value(key),
                "given twice".into(),
                "donné deux fois".into(),
            );
        }
        match key.check_value(text) {
            Ok(v) => values.push((key, v)),
            Err(e) => {
                return refuse(
                    Field::Value(key),
                    errors::bad_value(Lang::En, key, &e),
                    errors::bad_value(Lang::Fr, key, &e),
                );
            }
        }
    }
    let source = match req.source {
        None => Source::Unknown,
        Some(s) => Source::parse(s).map_err(|message| Invalid {
            field: Field::Source,
            message,
            french: format!(
                "{} n’est pas une source{S}; acceptées{S}: measured, estimated, unknown",
                guill(s.trim())
            ),
        })?,
    };
    let period = match req.period {
        None => None,
        Some(p) => Some(Period::parse(p).map_err(|message| Invalid {
            field: Field::Period,
            message,
            french: format!(
                "{} n’est pas une période{S}; acceptées{S}: une année (2026), un semestre (2026-H2), un trimestre (2026-Q3) ou un mois (2026-07)",
                guill(p.trim())
            ),
        })?),
    };
    Ok(Checked {
        team,
        values,
        source,
        period,
    })
}

/// Records the figures of a checked request at `now` (RFC 3339 UTC): each key given replaces
/// that key's figure and carries this request's source and period; the team's other figures
/// are kept as they were.
pub fn record(
    store: &dyn FigureStore,
    assessment: &Assessment,
    req: &SetFigures,
    now: &str,
) -> Result<TeamFigures, Failure> {
    let checked = check(assessment, req).map_err(|e| Failure::Refused(e.for_cli()))?;
    record_checked(store, &assessment.name, &checked, now)
}

/// [`record`] for a request already checked (a face that reports [`Invalid`] its own way).
pub fn record_checked(
    store: &dyn FigureStore,
    assessment: &str,
    checked: &Checked,
    now: &str,
) -> Result<TeamFigures, Failure> {
    store.update_figures(assessment, &checked.team, &mut |figures| {
        figures.team.clone_from(&checked.team);
        for &(key, value) in &checked.values {
            // The kinds were checked by `check`; `set` cannot refuse them.
            let _ = figures.set(key, value, checked.source, checked.period.clone(), now);
        }
    })
}

/// What was recorded, in one sentence, as both faces say it: "Recorded for Paris (measured):
/// lead time 2d, recovery time 4h."
pub fn recorded_line(team: &str, checked: &Checked, lang: super::i18n::Lang) -> String {
    use super::i18n::Lang;
    let fr = lang == Lang::Fr;
    let given: Vec<String> = checked
        .values
        .iter()
        .map(|(k, v)| {
            if fr {
                format!("{} {}", k.title_fr().to_lowercase(), v.shown(true))
            } else {
                format!("{} {v}", k.name())
            }
        })
        .collect();
    let source = super::i18n::screens::source_word(checked.source, lang);
    if fr {
        format!(
            "Enregistré pour {team} (source {source}){S}: {}.",
            given.join(", ")
        )
    } else {
        format!("Recorded for {team} ({source}): {}.", given.join(", "))
    }
}

/// Records whole sets of figures (the demo's): one update per team.
pub fn record_all(
    store: &dyn FigureStore,
    assessment: &str,
    all: &[TeamFigures],
) -> Result<(), Failure> {
    for team in all {
        store.update_figures(assessment, &team.team, &mut |figures| {
            for (key, figure) in &team.figures {
                figures.figures.insert(*key, figure.clone());
            }
        })?;
    }
    Ok(())
}

/// Adds the stored figures of `assessment` to a comparison of it: its `delivery` then shows
/// them, and the provisional bands only where a team has no figure.
pub fn add_figures(
    store: &dyn FigureStore,
    assessment: &Assessment,
    comparison: &mut Comparison,
) -> Result<(), Failure> {
    let figures = store.figures(&assessment.name)?;
    comparison.set_figures(&assessment.questionnaire, &figures);
    Ok(())
}

#[cfg(test)]
pub mod memory {
    //! An in-memory [`FigureStore`]: the test double of the store.

    use super::{Failure, FigureStore};
    use crate::domain::metrics::TeamFigures;
    use crate::error::Error;
    use std::cell::{Cell, RefCell};
    use std::collections::BTreeMap;

    #[derive(Default)]
    pub struct MemoryFigures {
        pub files: RefCell<BTreeMap<(String, String), TeamFigures>>,
        /// Number of writes, so a test can check that a refused request wrote nothing.
        pub writes: Cell<usize>,
        /// Make the next write fail, as a full disk would.
        pub fail: Cell<bool>,
    }

    impl FigureStore for MemoryFigures {
        fn figures(&self, assessment: &str) -> Result<Vec<TeamFigures>, Failure> {
            Ok(self
                .files
                .borrow()
                .iter()
                .filter(|((a, _), _)| a == assessment)
                .map(|(_, f)| f.clone())
                .collect())
        }

        fn update_figures(
            &self,
            assessment: &str,
            team: &str,
            change: &mut dyn FnMut(&mut TeamFigures),
        ) -> Result<TeamFigures, Failure> {
            let key = (assessment.to_string(), team.to_string());
            let mut figures = self
                .files
                .borrow()
                .get(&key)
                .cloned()
                .unwrap_or_else(|| TeamFigures::new(team));
            change(&mut figures);
            if self.fail.get() {
                return Err(Failure::Refused(Error::failure("disk full")));
            }
            self.files.borrow_mut().insert(key, figures.clone());
            self.writes.set(self.writes.get() + 1);
            Ok(figures)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::memory::MemoryFigures;
    use super::*;
    use crate::domain::metrics::{Band, Cluster};
    use crate::domain::{CompareOptions, compare, default_questionnaire};

    fn assessment() -> Assessment {
        Assessment::new(
            "bank",
            "2026-01-01T00:00:00Z",
            vec!["Paris".into(), "Nantes".into()],
            default_questionnaire(),
            None,
        )
    }

    fn set<'a>(team: &'a str, values: &[(Key, &'a str)]) -> SetFigures<'a> {
        SetFigures {
            assessment: "bank",
            team,
            values: values.to_vec(),
            ..SetFigures::default()
        }
    }

    #[test]
    fn bad_values_are_refused_with_their_flag_and_nothing_is_written() {
        let store = MemoryFigures::default();
        let a = assessment();
        for (req, expected) in [
            (
                set("Paris", &[(Key::LeadTime, "banana")]),
                "--lead-time: \"banana\" is not a lead time; accepted: a number and a unit",
            ),
            (
                set("Paris", &[(Key::ChangeFailureRate, "140%")]),
                "--change-failure-rate: \"140%\" is more than 100%; accepted:",
            ),
            (
                set("Paris", &[(Key::RecoveryTime, "-3h")]),
                "--recovery-time: \"-3h\": a recovery time cannot be negative; accepted:",
            ),
            (
                set("Lyon", &[(Key::LeadTime, "2d")]),
                "--team: team \"Lyon\" is not part of \"bank\" (teams: Paris, Nantes)",
            ),
            (
                set("Paris", &[]),
                "metrics set: give at least one figure: --deploy-frequency, --lead-time, --change-failure-rate, --recovery-time, --rework-rate",
            ),
            (
                SetFigures {
                    source: Some("guessed"),
                    ..set("Paris", &[(Key::LeadTime, "2d")])
                },
                "--source: \"guessed\" is not a source; accepted: measured, estimated, unknown",
            ),
            (
                SetFigures {
                    period: Some("Q3"),
                    ..set("Paris", &[(Key::LeadTime, "2d")])
                },
                "--period: \"Q3\" is not a period; accepted:",
            ),
            (
                set("Paris", &[(Key::LeadTime, "2d"), (Key::LeadTime, "3d")]),
                "--lead-time: given twice",
            ),
        ] {
            let Err(Failure::Refused(e)) = record(&store, &a, &req, "now") else {
                panic!("accepted: {req:?}");
            };
            assert!(e.message.starts_with(expected), "{}", e.message);
            assert_eq!(e.code, 2);
            assert!(!e.message.contains('\n'));
        }
        assert_eq!(store.writes.get(), 0);
        // One bad value among good ones refuses the whole request.
        let req = set(
            "Paris",
            &[(Key::LeadTime, "2d"), (Key::RecoveryTime, "soon")],
        );
        assert!(record(&store, &a, &req, "now").is_err());
        assert_eq!(store.writes.get(), 0);
        assert!(store.files.borrow().is_empty());
    }

    #[test]
    fn each_figure_keeps_the_source_and_period_it_was_given_with() {
        let store = MemoryFigures::default();
        let a = assessment();
        let first = SetFigures {
            source: Some("measured"),
            period: Some("2026-q3"),
            ..set(
                "paris",
                &[(Key::DeployFrequency, "1/month"), (Key::LeadTime, "6w")],
            )
        };
        let written = record(&store, &a, &first, "2026-09-01T10:00:00Z").unwrap();
        assert_eq!(written.team, "Paris", "spelled as in the assessment");
        let second = SetFigures {
            source: Some("estimated"),
            ..set(
                "Paris",
                &[(Key::LeadTime, "band:1mo-6mo"), (Key::RecoveryTime, "4h")],
            )
        };
        record(&store, &a, &second, "2026-09-02T10:00:00Z").unwrap();
        let all = store.figures("bank").unwrap();
        assert_eq!(all.len(), 1);
        let paris = &all[0];
        let f = paris.get(Key::DeployFrequency).unwrap();
        assert_eq!(
            (f.source, f.period.as_ref().map(Period::as_str)),
            (Source::Measured, Some("2026-Q3"))
        );
        assert_eq!(f.recorded_at, "2026-09-01T10:00:00Z");
        let lt = paris.get(Key::LeadTime).unwrap();
        assert_eq!(lt.value, Value::DurationBand(Band::MonthToSixMonths));
        assert_eq!((lt.source, lt.period.clone()), (Source::Estimated, None));
        assert_eq!(
            paris.get(Key::RecoveryTime).unwrap().recorded_at,
            "2026-09-02T10:00:00Z"
        );
        assert_eq!(store.writes.get(), 2);
    }

    #[test]
    fn a_failed_write_keeps_the_previous_figures() {
        let store = MemoryFigures::default();
        let a = assessment();
        record(&store, &a, &set("Paris", &[(Key::LeadTime, "6w")]), "t1").unwrap();
        store.fail.set(true);
        assert!(record(&store, &a, &set("Paris", &[(Key::LeadTime, "2d")]), "t2").is_err());
        let lt = store.figures("bank").unwrap()[0]
            .get(Key::LeadTime)
            .unwrap()
            .clone();
        assert_eq!(lt.value.to_string(), "6w");
    }

    #[test]
    fn stored_figures_reach_the_comparison() {
        let store = MemoryFigures::default();
        let a = assessment();
        record(
            &store,
            &a,
            &set(
                "Nantes",
                &[
                    (Key::DeployFrequency, "on-demand"),
                    (Key::LeadTime, "band:1h-1d"),
                    (Key::ChangeFailureRate, "5%"),
                    (Key::RecoveryTime, "30min"),
                ],
            ),
            "t",
        )
        .unwrap();
        let mut c = compare(&a, &[], &a.teams, &CompareOptions::default());
        assert!(!c.delivery.has_readings());
        add_figures(&store, &a, &mut c).unwrap();
        assert_eq!(c.delivery.teams[1].cluster, Some(Cluster::Elite));
        assert_eq!(c.delivery.teams[0].cluster, None);
    }

    #[test]
    fn the_demo_figures_show_the_two_speed_rhythm() {
        use crate::app::demo::{bank_demo, bank_figures};
        let (a, sheets) = bank_demo("bank-demo", "2026-09-01T00:00:00Z");
        let store = MemoryFigures::default();
        record_all(&store, "bank-demo", &bank_figures("2026-09-01T00:00:00Z")).unwrap();
        let mut c = compare(&a, &sheets, &a.teams, &CompareOptions::default());
        add_figures(&store, &a, &mut c).unwrap();
        let d = &c.delivery;
        let clusters: Vec<Option<Cluster>> = d.teams.iter().map(|t| t.cluster).collect();
        assert_eq!(clusters, [Some(Cluster::Medium), Some(Cluster::High)]);
        assert!(d.teams.iter().all(|t| !t.provisional));
        let f = d.gap(Key::DeployFrequency).unwrap();
        assert_eq!(
            f.text,
            "Start-up — Nantes deploys ≈120× as often as DSI historique — Paris"
        );
        assert_eq!(d.gap(Key::LeadTime).unwrap().factor, Some(252.0));
        assert_eq!(
            d.gap(Key::ChangeFailureRate).unwrap().ahead,
            "DSI historique — Paris"
        );
        assert_eq!(d.widest_gap, Some(Key::DeployFrequency));
        if std::env::var_os("SHOW_DELIVERY").is_some() {
            println!("{}", crate::report::text::render(&c));
            println!("{}", crate::report::markdown::render_comparison(&c));
            println!(
                "{}",
                crate::report::text::render_metrics("bank-demo", d, &crate::report::labels::EN)
            );
        }
    }

    #[test]
    fn the_workspace_stores_figures_per_team_and_keeps_the_other_keys() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::open(dir.path());
        let a = assessment();
        ws.store().create(&a, "2026-01-01T00:00:00.000Z").unwrap();
        assert!(ws.figures("bank").unwrap().is_empty());
        record(
            &ws,
            &a,
            &set("paris", &[(Key::LeadTime, "2d")]),
            "2026-01-02T00:00:00.000Z",
        )
        .unwrap();
        record(
            &ws,
            &a,
            &set("Paris", &[(Key::DeployFrequency, "3/week")]),
            "2026-01-03T00:00:00.000Z",
        )
        .unwrap();
        let stored = ws.figures("bank").unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].team, "Paris");
        assert!(
            stored[0].get(Key::LeadTime).is_some(),
            "the first key stays"
        );
        assert!(stored[0].get(Key::DeployFrequency).is_some());
    }
}
