//! The comparison dashboard's state: which teams are compared, the comparison the engine made of
//! them, which view is shown and where it is scrolled, and the two pop-ups (team picker, export).
//! Every number shown comes from `domain::compare`; nothing here recomputes one.

use super::filter::TeamFilter;
use super::input::TextInput;
use super::wizard::Origin;
use crate::app::Loaded;
use crate::app::i18n::Lang;
use crate::domain::metrics::TeamFigures;
use crate::domain::plan::{Action, Origin as PlanOrigin, Plan};
use crate::domain::{CompareOptions, Comparison, Questionnaire, compare};

/// The dashboard's views, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DashView {
    /// One bar per dimension per team, overall scores and coverage on top.
    Overview,
    /// Dimensions sorted by the gap between two teams (or to target with one team).
    Differences,
    /// A team's roadmap in three horizons and learn-from-each-other pairs.
    Plans,
    /// The questions a team's respondents disagree on.
    Discuss,
    /// The delivery rhythms: the four DORA keys per team and its cluster.
    Rhythm,
    /// How the pair of teams see each other (perception answers) and what they ask of each
    /// other (requests).
    Perception,
    /// Questions sorted by the largest gap between the compared teams: where the organisation
    /// runs at two speeds.
    TwoSpeed,
}

impl DashView {
    pub const ALL: [DashView; 7] = [
        DashView::Overview,
        DashView::Differences,
        DashView::Plans,
        DashView::Discuss,
        DashView::Rhythm,
        DashView::Perception,
        DashView::TwoSpeed,
    ];

    pub fn title(self) -> &'static str {
        match self {
            DashView::Overview => "Overview",
            DashView::Differences => "Differences",
            DashView::Plans => "Plans",
            DashView::Discuss => "Discuss",
            DashView::Rhythm => "Rhythm",
            DashView::Perception => "Perception",
            DashView::TwoSpeed => "2-speed",
        }
    }

    /// The tab's name in `lang` (short enough for six tabs at 80 columns).
    pub fn title_in(self, lang: Lang) -> &'static str {
        if lang == Lang::En {
            return self.title();
        }
        match self {
            DashView::Overview => "Ensemble",
            DashView::Differences => "Écarts",
            DashView::Plans => "Plans",
            DashView::Discuss => "Débats",
            DashView::Rhythm => "Rythme",
            DashView::TwoSpeed => "2 vitesses",
            DashView::Perception => "Perception",
        }
    }

    pub fn index(self) -> usize {
        DashView::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}

#[derive(Debug)]
pub struct Dashboard {
    /// The engine thresholds every comparison and export of this dashboard uses.
    pub options: CompareOptions,
    pub assessment: String,
    pub origin: Origin,
    /// The compared teams, in the assessment's order; `comparison.teams[i]` is `teams[i]`.
    pub teams: Vec<String>,
    pub comparison: Comparison,
    /// The teams' recorded delivery figures, kept when other teams are chosen.
    pub figures: Vec<TeamFigures>,
    pub view: DashView,
    /// First body line shown (every view but the differences list, which scrolls with `row`).
    pub scroll: usize,
    /// The selected row of the differences list.
    pub row: usize,
    /// The dimension (index into `comparison.dimensions`) opened from the differences list.
    pub drill: Option<usize>,
    /// The two teams of the differences view (indices into `teams`); equal with one team.
    pub pair: (usize, usize),
    /// The team whose plans or disagreements are shown (index into `teams`).
    pub team: usize,
    /// The overview's page of teams when they do not all fit: the position, in
    /// `overview_order`, of the page's first team.
    pub overview_first: usize,
    /// The rhythm view's page of teams, when they are grouped by cluster: the position, in
    /// `rhythm_order`, of the page's first team.
    pub rhythm_first: usize,
    /// The team `p` found on the rhythm view (index into `teams`), marked on its page.
    pub rhythm_found: Option<usize>,
    pub picker: Option<TeamPicker>,
    pub export: Option<ExportPrompt>,
    /// The assessment's action plan as last read or saved; the Plans view edits it.
    pub plan: Plan,
    /// The selected entry of the Plans view's action list (`plan_entries`).
    pub plan_row: usize,
    /// Setting an action's owner and due date, or a new joint action.
    pub plan_form: Option<PlanForm>,
    /// Asking to confirm the removal of this action (its id).
    pub plan_confirm: Option<String>,
    /// What the last plan change did, or why it was refused (`true`: an error).
    pub plan_status: Option<(String, bool)>,
    /// Adding a request or answering one, from the perception view.
    pub request: Option<RequestPrompt>,
    /// The report's default title (the questionnaire's), offered in the export prompt.
    pub report_title: String,
    /// The language of the dashboard: the questionnaire's, unless `--lang` said another.
    pub lang: Lang,
}

/// The Plans view's small form: owner and due date of an action, or a new joint action
/// (title, owner, due) for the compared teams.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanForm {
    /// The action edited; `None`: a new joint action.
    pub id: Option<String>,
    pub title: TextInput,
    pub owner: TextInput,
    pub due: TextInput,
    /// 0 title (new actions only), 1 owner, 2 due date.
    pub focus: usize,
    pub error: Option<String>,
}

/// One entry of the Plans view's action list: an action of the team's plan, or a roadmap step
/// not in the plan yet (`a` agrees it).
#[derive(Debug, Clone, PartialEq)]
pub enum PlanEntry<'a> {
    Action(&'a Action),
    Step(&'a crate::domain::compare::Recommendation),
}

/// The perception view's pop-up: what one team asks of the other, or the other's response.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestPrompt {
    pub kind: RequestKind,
    /// The request's text (adding) or the response's note (answering).
    pub text: TextInput,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RequestKind {
    /// A new request from `by` to `to`.
    Add { by: String, to: String },
    /// The response to one of `requests` (the pair's standing requests: id, by, to, text),
    /// the one at `cursor`, with `status`.
    Respond {
        requests: Vec<(String, String, String, String)>,
        cursor: usize,
        status: crate::domain::requests::Status,
    },
}

/// Choosing the compared teams among all of the assessment's teams.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamPicker {
    /// One per team of the assessment, in its order.
    pub chosen: Vec<bool>,
    /// The team at the cursor (index into the assessment's teams); it stays on its team while
    /// the filter narrows the list, even when the filter hides it.
    pub cursor: usize,
    pub error: Option<String>,
    /// Typed letters narrow the list (`/` starts typing: letters are keys here).
    pub filter: TeamFilter,
    /// Choosing one of the compared teams by name (`p`) rather than which teams are compared:
    /// the list is then `Dashboard::teams`, `cursor` an index into it, `chosen` unused, and
    /// letters type straight into the filter.
    pub pick: Option<Pick>,
}

/// What a one-team pick (`p`) chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The team of the plans or discuss view.
    Team,
    /// The first team of the pair, then the second.
    First,
    /// The second team of the pair, once the first (index into `teams`) is chosen.
    Second { first: usize },
}

impl TeamPicker {
    /// A picker with the `chosen` teams ticked and no filter, on the first team.
    pub fn new(chosen: Vec<bool>) -> TeamPicker {
        TeamPicker {
            chosen,
            cursor: 0,
            error: None,
            filter: TeamFilter::default(),
            pick: None,
        }
    }

    /// Choosing one of the compared teams by name, typing from the start, the cursor on
    /// `current` (an index into `Dashboard::teams`).
    pub fn pick(pick: Pick, current: usize) -> TeamPicker {
        TeamPicker {
            chosen: Vec::new(),
            cursor: current,
            error: None,
            filter: TeamFilter {
                typing: true,
                ..TeamFilter::default()
            },
            pick: Some(pick),
        }
    }

    /// The teams the filter keeps (indices into `all`, the assessment's teams), in order.
    pub fn visible(&self, all: &[String]) -> Vec<usize> {
        self.filter.visible(all)
    }
}

/// The export prompt's fields, in order (Tab moves between them).
pub const EXPORT_PATH: usize = 0;
pub const EXPORT_TITLE: usize = 1;
pub const EXPORT_AUTHOR: usize = 2;
pub const EXPORT_ANONYMOUS: usize = 3;

/// Asking where to write the report, and its title, author and anonymity (the `report`
/// command's `--title`, `--author`, `--anonymous`).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPrompt {
    pub path: TextInput,
    pub title: TextInput,
    pub author: TextInput,
    /// Respondents named by role in the report ("Dev 1"), as `report --anonymous`.
    pub anonymous: bool,
    /// Index of the focused field: `EXPORT_PATH` … `EXPORT_ANONYMOUS`.
    pub focus: usize,
    /// The file exists: the prompt asks whether to replace it (y) or keep it (n).
    pub confirm_overwrite: bool,
    pub error: Option<String>,
}

impl ExportPrompt {
    /// `./<assessment>-report.pdf` (`-rapport.pdf` in French): in the current directory, PDF
    /// unless another extension is typed; the title prefilled with the report's default one,
    /// named respondents.
    pub fn new(assessment: &str, title: &str, lang: Lang) -> ExportPrompt {
        ExportPrompt {
            path: TextInput::new(&default_report_path(assessment, lang)),
            title: TextInput::new(title),
            author: TextInput::default(),
            anonymous: false,
            focus: EXPORT_PATH,
            confirm_overwrite: false,
            error: None,
        }
    }

    /// The text field focused, if the focus is on one.
    pub fn field_mut(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            EXPORT_PATH => Some(&mut self.path),
            EXPORT_TITLE => Some(&mut self.title),
            EXPORT_AUTHOR => Some(&mut self.author),
            _ => None,
        }
    }
}

/// `./<assessment>-report.pdf` (`-rapport.pdf` on a French screen), spaces (and other
/// characters a shell splits on) as dashes, so the name can be typed again in a terminal as it
/// is.
pub fn default_report_path(assessment: &str, lang: Lang) -> String {
    let stem: String = assessment
        .trim()
        .chars()
        .map(|c| {
            if c.is_whitespace() || "/\\'\"$&;|<>*?".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let word = match lang {
        Lang::En => "report",
        Lang::Fr => "rapport",
    };
    format!("./{stem}-{word}.pdf")
}

impl Dashboard {
    /// A dashboard of `teams` (spelled as in the assessment) on the overview.
    pub fn new(loaded: &Loaded, teams: Vec<String>, origin: Origin) -> Dashboard {
        Dashboard::with_options(loaded, teams, origin, CompareOptions::default())
    }

    /// As `new`, with the engine's thresholds given (e.g. `compare --short-term N`).
    pub fn with_options(
        loaded: &Loaded,
        teams: Vec<String>,
        origin: Origin,
        options: CompareOptions,
    ) -> Dashboard {
        let mut comparison = compare(&loaded.assessment, &loaded.sheets, &teams, &options);
        comparison.set_perceptions(&loaded.assessment, &loaded.perceptions);
        comparison.set_requests(&loaded.requests);
        Dashboard {
            options,
            assessment: loaded.assessment.name.clone(),
            origin,
            pair: (0, usize::from(teams.len() > 1)),
            teams,
            comparison,
            figures: Vec::new(),
            view: DashView::Overview,
            scroll: 0,
            row: 0,
            drill: None,
            team: 0,
            overview_first: 0,
            rhythm_first: 0,
            rhythm_found: None,
            picker: None,
            export: None,
            plan: Plan::default(),
            plan_row: 0,
            plan_form: None,
            plan_confirm: None,
            plan_status: None,
            request: None,
            report_title: loaded.assessment.questionnaire.title.clone(),
            lang: Lang::from_tag(&loaded.assessment.questionnaire.language),
        }
    }

    /// Compares another set of teams, keeping the view; positions that no longer make sense
    /// go back to the start.
    pub fn set_teams(&mut self, loaded: &Loaded, teams: Vec<String>) {
        let view = self.view;
        let origin = self.origin;
        let options = self.options.clone();
        let figures = std::mem::take(&mut self.figures);
        let plan = std::mem::take(&mut self.plan);
        let lang = self.lang;
        *self = Dashboard::with_options(loaded, teams, origin, options)
            .with_figures(&loaded.assessment.questionnaire, figures);
        self.plan = plan;
        self.view = view;
        self.lang = lang;
    }

    /// The same dashboard with the teams' recorded delivery figures in its rhythm view.
    #[must_use]
    pub fn with_figures(
        mut self,
        questionnaire: &Questionnaire,
        figures: Vec<TeamFigures>,
    ) -> Dashboard {
        self.comparison.set_figures(questionnaire, &figures);
        self.figures = figures;
        self
    }

    /// The Plans view's list for the selected team: its actions (joint ones included), then
    /// the roadmap steps the plan does not hold yet.
    pub fn plan_entries(&self) -> Vec<PlanEntry<'_>> {
        let c = &self.comparison;
        let Some(team) = c.teams.get(self.team.min(c.teams.len().saturating_sub(1))) else {
            return Vec::new();
        };
        let mut out: Vec<PlanEntry> = self
            .plan
            .live()
            .filter(|a| a.has_team(&team.name))
            .map(PlanEntry::Action)
            .collect();
        let names = [team.name.clone()];
        for h in &team.horizons {
            for step in &h.steps {
                let origin = PlanOrigin::Step {
                    question: step.question_id.clone(),
                    from: step.from_level,
                    to: step.to_level,
                };
                if !self.plan.has_origin(&origin, &names) {
                    out.push(PlanEntry::Step(step));
                }
            }
        }
        out
    }

    /// The compared teams (indices into `teams`) by overall score, highest first; teams without
    /// a score yet last; the assessment's order among equal scores. The overview pages through
    /// them in this order when they do not fit on one screen.
    pub fn overview_order(&self) -> Vec<usize> {
        let teams = &self.comparison.teams;
        let mut order: Vec<usize> = (0..teams.len()).collect();
        order.sort_by(|&a, &b| match (teams[a].overall, teams[b].overall) {
            (Some(x), Some(y)) => y.total_cmp(&x).then(a.cmp(&b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.cmp(&b),
        });
        order
    }

    /// The compared teams (indices into `teams`) by DORA cluster, Elite first, the teams
    /// without a cluster last; the assessment's order within a cluster. The rhythm view groups
    /// and pages through them in this order when there are many.
    pub fn rhythm_order(&self) -> Vec<usize> {
        let rhythms = &self.comparison.delivery.teams;
        let mut order: Vec<usize> = (0..rhythms.len()).collect();
        // `Cluster` orders lowest-performing first; `None` sorts below every cluster.
        order.sort_by(|&a, &b| rhythms[b].cluster.cmp(&rhythms[a].cluster).then(a.cmp(&b)));
        order
    }

    /// More than one team: deltas between teams make sense.
    pub fn several(&self) -> bool {
        self.teams.len() > 1
    }
}

impl Dashboard {
    /// The dimensions of the differences list, in display order (indices into
    /// `comparison.dimensions`): by the size of the delta between the pair of teams, largest
    /// first, as the engine sorts them; with one team, by the gap to target.
    /// The two-speed view's rows: indices into `comparison.questions` that at least two
    /// compared teams answered, the largest gap between their medians first (questionnaire
    /// order among equal gaps).
    pub fn two_speed_order(&self) -> Vec<usize> {
        let q = &self.comparison.questions;
        let mut order: Vec<usize> = (0..q.len())
            .filter(|&i| q[i].teams.iter().filter(|c| c.median.is_some()).count() >= 2)
            .collect();
        order.sort_by(|&a, &b| {
            let gap = |i: usize| q[i].range.unwrap_or(0.0);
            gap(b).total_cmp(&gap(a)).then(a.cmp(&b))
        });
        order
    }

    /// The rows of the list the current view selects in (differences, two-speed).
    pub fn list_len(&self) -> usize {
        match self.view {
            DashView::TwoSpeed => self.two_speed_order().len(),
            _ => self.difference_order().len(),
        }
    }

    /// The differences list's rows: the dimensions both sides scored, largest difference first
    /// (or the largest gap to target with one team), then every other dimension, in
    /// questionnaire order, shown as "not assessed" by the side that did not answer it.
    pub fn difference_order(&self) -> Vec<usize> {
        let mut order = self.scored_order();
        for d in 0..self.comparison.dimensions.len() {
            if !order.contains(&d) {
                order.push(d);
            }
        }
        order
    }

    fn scored_order(&self) -> Vec<usize> {
        let c = &self.comparison;
        let index = |id: &str| c.dimensions.iter().position(|d| d.id == id);
        if self.several() {
            c.pair(self.pair.0, self.pair.1)
                .deltas
                .dimensions
                .iter()
                .filter_map(|d| index(&d.dimension_id))
                .collect()
        } else {
            c.teams
                .first()
                .map(|t| {
                    t.gaps
                        .iter()
                        .filter_map(|g| index(&g.dimension_id))
                        .collect()
                })
                .unwrap_or_default()
        }
    }
}
