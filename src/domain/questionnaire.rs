//! The questionnaire model: levels, dimensions, questions, descriptors and recommendations,
//! parsed from JSON and validated. Pure: callers hand in the text, this module never reads files.

use super::metrics::{Key, Value};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Smallest and largest scale a questionnaire may use: fewer than 3 levels cannot tell teams
/// apart, more than 7 cannot be discussed in a room.
pub const MIN_LEVELS: usize = 3;
pub const MAX_LEVELS: usize = 7;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub title: String,
    pub language: String,
    /// Level labels, lowest first. Level numbers shown to users start at 1.
    pub levels: Vec<String>,
    pub dimensions: Vec<Dimension>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(default = "one")]
    pub weight: f64,
    pub questions: Vec<Question>,
}

/// Longest question title, in characters: a title labels a question in a table row, a chart
/// axis or a roadmap line, so it must fit where a whole question text would not.
pub const MAX_TITLE_CHARS: usize = 48;

// Fields added after version 1 of the format are optional and skipped when absent, so that a
// questionnaire copy stored by an older version is written back byte for byte.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// Short label (at most `MAX_TITLE_CHARS`); see `display_title` for questions without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// The roles that own the practice (a subset of `roles` when `roles` is not empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Role>,
    /// Part of the short form: the questions that give a first diagnosis on their own.
    #[serde(default, skip_serializing_if = "is_false")]
    pub core: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<String>,
    /// The delivery figure (DORA key) the levels of this question describe, with the band a
    /// team at each level is in: provisional bands for a team that gave no figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures: Option<Measures>,
    #[serde(default = "one")]
    pub weight: f64,
    /// Ids this question had in earlier versions of the questionnaire, so answers given to
    /// those versions can be carried over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formerly: Vec<String>,
    /// The questionnaire version since which this question's levels mean what they mean now
    /// (a ladder rewritten so that its levels moved): `import` does not carry over answers
    /// given on an earlier version, and lists the question as one to ask again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levels_since: Option<String>,
    /// What a team at each level observably does, lowest level first.
    pub descriptors: Vec<String>,
    /// Entry `i` takes a team from level `i + 1` to level `i + 2`.
    pub recommendations: Vec<Recommendation>,
    /// Further reading: the matching DORA capability pages, a regulation, a standard.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// A question whose levels describe one of the delivery figures (e.g. how often the team
/// deploys): `{"key": "deploy-frequency", "bands": ["1mo-6mo", …]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measures {
    pub key: Key,
    /// One entry per level, lowest first: the band of a team at that level (a band id such as
    /// `1d-1w`, or a range such as `10-20%` for a rate), or `null` for a level that says
    /// nothing about the figure.
    pub bands: Vec<Option<String>>,
}

impl Measures {
    /// The band a team at `level` (1-based) is in, if that level gives one. The table is
    /// checked when the questionnaire is loaded, so an entry that does not parse is `None`.
    pub fn band_at(&self, level: u8) -> Option<Value> {
        let entry = self
            .bands
            .get(usize::from(level).checked_sub(1)?)?
            .as_deref()?;
        self.key.parse_band(entry).ok()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub effort: Effort,
    pub text: String,
}

fn one() -> f64 {
    1.0
}

// serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effort {
    Low,
    Medium,
    High,
}

impl Effort {
    pub fn as_str(self) -> &'static str {
        match self {
            Effort::Low => "low",
            Effort::Medium => "medium",
            Effort::High => "high",
        }
    }
}

impl fmt::Display for Effort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who is answering. Questions may restrict themselves to some roles so that, say, a business
/// respondent is not asked about on-call rotations.
// New roles go at the end: the derived order sorts stored results, and must not move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Dev,
    Ops,
    Security,
    Architecture,
    Business,
    Management,
    /// Testers and test managers (recette, QA).
    Qa,
    /// Change and release managers (ITIL change enablement, CAB).
    ChangeManager,
    /// Risk, compliance and internal control (second line), who answer for regulators.
    Risk,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Dev,
        Role::Ops,
        Role::Security,
        Role::Architecture,
        Role::Business,
        Role::Management,
        Role::Qa,
        Role::ChangeManager,
        Role::Risk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Dev => "dev",
            Role::Ops => "ops",
            Role::Security => "security",
            Role::Architecture => "architecture",
            Role::Business => "business",
            Role::Management => "management",
            Role::Qa => "qa",
            Role::ChangeManager => "change-manager",
            Role::Risk => "risk",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Question {
    /// Whether a respondent with `role` is asked this question. No role, or a question open to
    /// everyone, means yes.
    pub fn applies_to(&self, role: Option<Role>) -> bool {
        match role {
            None => true,
            Some(r) => self.roles.is_empty() || self.roles.contains(&r),
        }
    }

    /// The recommendation that takes a team from `level` (1-based) to the next one.
    pub fn recommendation_from(&self, level: u8) -> Option<&Recommendation> {
        let index = usize::from(level).checked_sub(1)?;
        self.recommendations.get(index)
    }

    /// The label to show for this question: its title, or for a question without one (copies
    /// stored before titles existed) its text cut at a word, ending with "…".
    pub fn display_title(&self) -> String {
        match &self.title {
            Some(title) if !title.trim().is_empty() => title.trim().to_string(),
            _ => cut_at_word(self.text.trim(), MAX_TITLE_CHARS),
        }
    }
}

/// `text` whole if it has at most `max` characters, else its longest run of whole words that
/// fits with a final "…". Words break only at breaking spaces, so a French « prêt ? » stays
/// together; a first word longer than the limit is cut inside.
pub fn cut_at_word(text: &str, max: usize) -> String {
    // One line: a title never breaks where the text did.
    let words: Vec<&str> = text
        .split(super::typography::is_breaking_space)
        .filter(|w| !w.is_empty())
        .collect();
    let one_line = words.join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let budget = max.saturating_sub(1);
    let mut out = String::new();
    for word in words {
        let needed = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if needed > budget {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = one_line.chars().take(budget).collect();
    }
    // "approved, …" reads as a typo; "approved…" does not.
    let kept = out
        .trim_end_matches(|c: char| c.is_whitespace() || ",;:–—-".contains(c))
        .len();
    out.truncate(kept);
    out.push('…');
    out
}

impl Questionnaire {
    pub fn level_count(&self) -> u8 {
        // Validation caps the scale at MAX_LEVELS, so this never truncates.
        self.levels.len() as u8
    }

    pub fn questions(&self) -> impl Iterator<Item = (&Dimension, &Question)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.questions.iter().map(move |q| (d, q)))
    }

    pub fn question_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.questions.len()).sum()
    }

    pub fn question(&self, id: &str) -> Option<(&Dimension, &Question)> {
        self.questions().find(|(_, q)| q.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The level label for a 1-based level, or "?" for a level outside the scale.
    pub fn level_label(&self, level: u8) -> &str {
        usize::from(level)
            .checked_sub(1)
            .and_then(|i| self.levels.get(i))
            .map_or("?", String::as_str)
    }

    /// One-line summary used by `questionnaire validate`.
    pub fn summary(&self) -> String {
        format!(
            "{} ({} {}, {}): {} dimensions, {} questions, {} levels",
            self.title,
            self.id,
            self.version,
            self.language,
            self.dimensions.len(),
            self.question_count(),
            self.levels.len()
        )
    }
}

/// One thing wrong with a questionnaire: where, and the typed reason (the faces word it in
/// their language, `Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Place,
    pub reason: Reason,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

/// Where a problem is, as a JSON-like path: a top-level field (`levels[2]`), or a field of a
/// dimension or a question, named by its id and its position in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// `id`, `levels[1]`, `dimensions`.
    Field(String),
    /// `dimensions[0] "flow"` then `field` (`.weight`, or empty for the dimension itself).
    Dimension {
        index: usize,
        id: String,
        field: String,
    },
    /// `question "flow.ci" (dimensions[0].questions[2])` then `field` (`.title`…).
    Question {
        id: String,
        dimension: usize,
        index: usize,
        field: String,
    },
}

impl Place {
    /// The same place, `more` (`.title`, `[2]`) added to its field.
    fn then(&self, more: &str) -> Place {
        let mut next = self.clone();
        match &mut next {
            Place::Field(f)
            | Place::Dimension { field: f, .. }
            | Place::Question { field: f, .. } => {
                f.push_str(more);
            }
        }
        next
    }

    /// The path with the id between `open` and `close` (English `"`, French guillemets).
    pub fn quoted(&self, open: &str, close: &str) -> String {
        match self {
            Place::Field(f) => f.clone(),
            Place::Dimension { index, id, field } => {
                format!("dimensions[{index}] {open}{id}{close}{field}")
            }
            Place::Question {
                id,
                dimension,
                index,
                field,
            } => format!(
                "question {open}{id}{close} (dimensions[{dimension}].questions[{index}]){field}"
            ),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.quoted("\"", "\""))
    }
}

/// Why a questionnaire breaks a rule of the format. The values are those of the file (ids,
/// labels, counts); `Display` words it in English, `app::i18n::questionnaire` in French.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    Empty,
    NotLanguageTag(String),
    LevelCount(usize),
    DuplicateLevel(String),
    NoDimension,
    DuplicateDimension(String),
    NoQuestion,
    DuplicateQuestion(String),
    IdCharacters(String),
    TitleEmpty,
    TitleTooLong(usize),
    TitleLines,
    TitleTaken {
        title: String,
        other: String,
    },
    HelpEmpty,
    DescriptorCount {
        has: usize,
        levels: usize,
    },
    MissingRecommendation {
        has: usize,
        wanted: usize,
    },
    TooManyRecommendations {
        has: usize,
        wanted: usize,
    },
    RoleTwice(Role),
    OwnerNotAsked(Role),
    FormerNotId(String),
    FormerOwnId,
    /// A former id or a reference's address given twice.
    Twice(String),
    NotVersion(String),
    SinceLater {
        since: String,
        version: String,
    },
    NotUrl(String),
    UnknownCapability(String),
    CapabilityTwice(String),
    /// `key` is already measured by question `first`.
    MeasuredTwice {
        key: Key,
        first: String,
    },
    FormerIsCurrent(String),
    BandCount {
        has: usize,
        levels: usize,
        key: Key,
    },
    BadBand {
        key: Key,
        bad: super::metrics::value::BadValue,
    },
    WorseBand {
        entry: String,
        key: Key,
        level: usize,
        before: String,
    },
    NoBand,
    NotPositive(f64),
}

// `NotPositive` holds the weight as read, and no weight read from JSON is NaN.
impl Eq for Reason {}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Empty => f.write_str("must not be empty"),
            Reason::NotLanguageTag(tag) => write!(
                f,
                "\"{tag}\" is not a BCP-47 language tag such as \"en\" or \"fr-CA\""
            ),
            Reason::LevelCount(n) => write!(
                f,
                "has {n} levels; a questionnaire needs {MIN_LEVELS} to {MAX_LEVELS}"
            ),
            Reason::DuplicateLevel(label) => write!(f, "duplicate level \"{label}\""),
            Reason::NoDimension => f.write_str("needs at least one dimension"),
            Reason::DuplicateDimension(id) => write!(f, "duplicate dimension id \"{id}\""),
            Reason::NoQuestion => f.write_str("needs at least one question"),
            Reason::DuplicateQuestion(id) => write!(f, "duplicate question id \"{id}\""),
            Reason::IdCharacters(id) => {
                write!(f, "\"{id}\" may only use letters, digits, '-', '_' and '.'")
            }
            Reason::TitleEmpty => {
                f.write_str("is empty; give a short title or leave the field out")
            }
            Reason::TitleTooLong(chars) => write!(
                f,
                "has {chars} characters; a title has at most {MAX_TITLE_CHARS}"
            ),
            Reason::TitleLines => f.write_str("must fit on one line"),
            Reason::TitleTaken { title, other } => {
                write!(f, "\"{title}\" is also the title of question \"{other}\"")
            }
            Reason::HelpEmpty => f.write_str("is empty; leave the field out instead"),
            Reason::DescriptorCount { has, levels } => write!(
                f,
                "has {has} descriptors; needs exactly one per level ({levels})"
            ),
            Reason::MissingRecommendation { has, wanted } => write!(
                f,
                "missing recommendation: has {has}, needs one per level below the top ({wanted})"
            ),
            Reason::TooManyRecommendations { has, wanted } => write!(
                f,
                "has {has} recommendations; needs exactly one per level below the top ({wanted})"
            ),
            Reason::RoleTwice(role) => write!(f, "role \"{role}\" listed twice"),
            Reason::OwnerNotAsked(role) => write!(
                f,
                "\"{role}\" owns the practice but is not among the roles asked this question"
            ),
            Reason::FormerNotId(old) => write!(
                f,
                "\"{old}\" is not a question id (letters, digits, '-', '_' and '.')"
            ),
            Reason::FormerOwnId => f.write_str("is the question's own id; list only earlier ids"),
            Reason::Twice(text) => write!(f, "\"{text}\" listed twice"),
            Reason::NotVersion(since) => {
                write!(f, "\"{since}\" is not a version such as \"2.0.0\"")
            }
            Reason::SinceLater { since, version } => write!(
                f,
                "\"{since}\" is later than the questionnaire's own version \"{version}\""
            ),
            Reason::NotUrl(url) => write!(
                f,
                "\"{url}\" is not a web address starting with https:// or http://"
            ),
            Reason::UnknownCapability(c) => write!(
                f,
                "unknown capability \"{c}\" (the catalog is questionnaires/capabilities.json)"
            ),
            Reason::CapabilityTwice(c) => write!(f, "capability \"{c}\" listed twice"),
            Reason::MeasuredTwice { key, first } => write!(
                f,
                "\"{key}\" is already measured by question \"{first}\"; one question per figure"
            ),
            Reason::FormerIsCurrent(old) => write!(
                f,
                "\"{old}\" is the id of a current question; an answer given to it would map to two questions"
            ),
            Reason::BandCount { has, levels, key } => write!(
                f,
                "has {has} entries; needs exactly one per level ({levels}), null for a level that says nothing about the {}",
                key.name()
            ),
            Reason::BadBand { key, bad } => f.write_str(&bad.english(key.name())),
            Reason::WorseBand {
                entry,
                key,
                level,
                before,
            } => write!(
                f,
                "\"{entry}\" is a worse {} than level {level}'s \"{before}\"; a higher level cannot mean slower or less stable delivery",
                key.name()
            ),
            Reason::NoBand => {
                f.write_str("gives no band at any level; leave `measures` out instead")
            }
            Reason::NotPositive(weight) => write!(f, "{weight} is not a positive number"),
        }
    }
}

/// Why a questionnaire text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON, or JSON of the wrong shape (unknown field, wrong type). Carries the position.
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but breaks the rules of the format. Never empty.
    Invalid(Vec<Problem>),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Syntax {
                path,
                line,
                column,
                message,
            } => {
                write!(f, "line {line}:{column}")?;
                if !path.is_empty() && path != "." && path != "?" {
                    write!(f, " ({path})")?;
                }
                write!(f, ": {message}")
            }
            ParseError::Invalid(problems) => {
                write!(f, "{}", problems[0])?;
                if problems.len() > 1 {
                    write!(f, " (and {} more problems)", problems.len() - 1)?;
                }
                Ok(())
            }
        }
    }
}

impl Questionnaire {
    /// Parses and validates a questionnaire.
    pub fn from_json(text: &str) -> Result<Questionnaire, ParseError> {
        let mut de = serde_json::Deserializer::from_str(text);
        let parsed: Result<Questionnaire, _> = serde_path_to_error::deserialize(&mut de);
        let questionnaire = match parsed {
            Ok(q) => q,
            Err(err) => {
                let path = err.path().to_string();
                let inner = err.into_inner();
                return Err(ParseError::Syntax {
                    path,
                    line: inner.line(),
                    column: inner.column(),
                    message: strip_position(&inner.to_string()),
                });
            }
        };
        // Trailing garbage after the object is a syntax error too.
        if let Err(err) = de.end() {
            return Err(ParseError::Syntax {
                path: String::new(),
                line: err.line(),
                column: err.column(),
                message: strip_position(&err.to_string()),
            });
        }
        let problems = questionnaire.problems();
        if problems.is_empty() {
            Ok(questionnaire)
        } else {
            Err(ParseError::Invalid(problems))
        }
    }

    /// Every rule the JSON shape alone cannot express. Empty means valid.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut report = |at: Place, reason: Reason| out.push(Problem { at, reason });
        let top = |f: &str| Place::Field(f.to_string());
        for (field, value) in [
            ("id", &self.id),
            ("version", &self.version),
            ("title", &self.title),
            ("language", &self.language),
        ] {
            if value.trim().is_empty() {
                report(top(field), Reason::Empty);
            }
        }
        if !self.language.trim().is_empty() && !is_language_tag(&self.language) {
            report(
                top("language"),
                Reason::NotLanguageTag(self.language.clone()),
            );
        }
        let n = self.levels.len();
        if !(MIN_LEVELS..=MAX_LEVELS).contains(&n) {
            report(top("levels"), Reason::LevelCount(n));
        }
        let mut labels = HashSet::new();
        for (i, label) in self.levels.iter().enumerate() {
            if label.trim().is_empty() {
                report(top(&format!("levels[{i}]")), Reason::Empty);
            } else if !labels.insert(label.trim().to_lowercase()) {
                report(
                    top(&format!("levels[{i}]")),
                    Reason::DuplicateLevel(label.clone()),
                );
            }
        }
        if self.dimensions.is_empty() {
            report(top("dimensions"), Reason::NoDimension);
        }
        let mut dimension_ids = HashSet::new();
        let mut question_ids = HashSet::new();
        let mut titles: HashMap<String, &str> = HashMap::new();
        // (place, id) of every `formerly` entry, checked against the current ids at the end.
        let mut formerly: Vec<(Place, &str)> = Vec::new();
        // (key, question id, place) of every `measures` tag: one question per key.
        let mut measured: Vec<(Key, &str, Place)> = Vec::new();
        for (di, dim) in self.dimensions.iter().enumerate() {
            let at = Place::Dimension {
                index: di,
                id: dim.id.clone(),
                field: String::new(),
            };
            check_id(&dim.id, &at, &mut report);
            if !dim.id.is_empty() && !dimension_ids.insert(dim.id.as_str()) {
                report(at.clone(), Reason::DuplicateDimension(dim.id.clone()));
            }
            for (field, value) in [("name", &dim.name), ("description", &dim.description)] {
                if value.trim().is_empty() {
                    report(at.then(&format!(".{field}")), Reason::Empty);
                }
            }
            check_weight(dim.weight, at.then(".weight"), &mut report);
            if dim.questions.is_empty() {
                report(at.then(".questions"), Reason::NoQuestion);
            }
            for (qi, q) in dim.questions.iter().enumerate() {
                let at = Place::Question {
                    id: q.id.clone(),
                    dimension: di,
                    index: qi,
                    field: String::new(),
                };
                check_id(&q.id, &at, &mut report);
                if !q.id.is_empty() && !question_ids.insert(q.id.as_str()) {
                    report(at.clone(), Reason::DuplicateQuestion(q.id.clone()));
                }
                if q.text.trim().is_empty() {
                    report(at.then(".text"), Reason::Empty);
                }
                if let Some(title) = &q.title {
                    let chars = title.trim().chars().count();
                    let here = at.then(".title");
                    if chars == 0 {
                        report(here, Reason::TitleEmpty);
                    } else if chars > MAX_TITLE_CHARS {
                        report(here, Reason::TitleTooLong(chars));
                    } else if title.contains('\n') {
                        report(here, Reason::TitleLines);
                    } else if let Some(other) =
                        titles.insert(title.trim().to_lowercase(), q.id.as_str())
                    {
                        report(
                            here,
                            Reason::TitleTaken {
                                title: title.trim().to_string(),
                                other: other.to_string(),
                            },
                        );
                    }
                }
                if q.help.as_deref().is_some_and(|h| h.trim().is_empty()) {
                    report(at.then(".help"), Reason::HelpEmpty);
                }
                check_weight(q.weight, at.then(".weight"), &mut report);
                if q.descriptors.len() != n {
                    report(
                        at.then(".descriptors"),
                        Reason::DescriptorCount {
                            has: q.descriptors.len(),
                            levels: n,
                        },
                    );
                }
                for (i, d) in q.descriptors.iter().enumerate() {
                    if d.trim().is_empty() {
                        report(at.then(&format!(".descriptors[{i}]")), Reason::Empty);
                    }
                }
                let wanted = n.saturating_sub(1);
                let has = q.recommendations.len();
                if has < wanted {
                    report(
                        at.then(".recommendations"),
                        Reason::MissingRecommendation { has, wanted },
                    );
                } else if has > wanted {
                    report(
                        at.then(".recommendations"),
                        Reason::TooManyRecommendations { has, wanted },
                    );
                }
                for (i, r) in q.recommendations.iter().enumerate() {
                    if r.text.trim().is_empty() {
                        report(
                            at.then(&format!(".recommendations[{i}].text")),
                            Reason::Empty,
                        );
                    }
                }
                let mut roles = HashSet::new();
                for role in &q.roles {
                    if !roles.insert(role) {
                        report(at.then(".roles"), Reason::RoleTwice(*role));
                    }
                }
                let mut owners = HashSet::new();
                for (i, owner) in q.owners.iter().enumerate() {
                    let here = at.then(&format!(".owners[{i}]"));
                    if !owners.insert(owner) {
                        report(here, Reason::RoleTwice(*owner));
                    } else if !q.roles.is_empty() && !q.roles.contains(owner) {
                        report(here, Reason::OwnerNotAsked(*owner));
                    }
                }
                let mut former = HashSet::new();
                for (i, old) in q.formerly.iter().enumerate() {
                    let here = at.then(&format!(".formerly[{i}]"));
                    if !is_id(old) {
                        report(here, Reason::FormerNotId(old.clone()));
                    } else if *old == q.id {
                        report(here, Reason::FormerOwnId);
                    } else if !former.insert(old.as_str()) {
                        report(here, Reason::Twice(old.clone()));
                    } else {
                        formerly.push((here, old.as_str()));
                    }
                }
                if let Some(since) = &q.levels_since {
                    let here = at.then(".levels_since");
                    if since.trim().is_empty() || since.contains(char::is_whitespace) {
                        report(here, Reason::NotVersion(since.clone()));
                    } else if version_before(&self.version, since) {
                        report(
                            here,
                            Reason::SinceLater {
                                since: since.clone(),
                                version: self.version.clone(),
                            },
                        );
                    }
                }
                let mut references = HashSet::new();
                for (i, r) in q.references.iter().enumerate() {
                    let here = at.then(&format!(".references[{i}]"));
                    if r.title.trim().is_empty() {
                        report(here.then(".title"), Reason::Empty);
                    }
                    let url = r.url.trim();
                    let rest = url
                        .strip_prefix("https://")
                        .or_else(|| url.strip_prefix("http://"));
                    if !rest.is_some_and(|r| !r.is_empty() && !r.contains(char::is_whitespace)) {
                        report(here.then(".url"), Reason::NotUrl(r.url.clone()));
                    } else if !references.insert(url) {
                        report(here.then(".url"), Reason::Twice(url.to_string()));
                    }
                }
                if let Some(m) = &q.measures {
                    check_measures(m, n, &at.then(".measures"), &mut report);
                    measured.push((m.key, q.id.as_str(), at.then(".measures.key")));
                }
                let mut tags = HashSet::new();
                for (i, c) in q.capabilities.iter().enumerate() {
                    let here = at.then(&format!(".capabilities[{i}]"));
                    if super::capabilities::find(c).is_none() {
                        report(here, Reason::UnknownCapability(c.clone()));
                    } else if !tags.insert(c.as_str()) {
                        report(here, Reason::CapabilityTwice(c.clone()));
                    }
                }
            }
        }
        // Two questions measuring the same figure could give a team two provisional bands.
        for (i, (key, _, at)) in measured.iter().enumerate() {
            if let Some((_, first, _)) = measured[..i].iter().find(|(k, _, _)| k == key) {
                report(
                    at.clone(),
                    Reason::MeasuredTwice {
                        key: *key,
                        first: (*first).to_string(),
                    },
                );
            }
        }
        // A former id that is also a current id would make an old answer to it mean two
        // questions. Several questions may share a former id: that is a split.
        for (at, old) in formerly {
            if question_ids.contains(old) {
                report(at, Reason::FormerIsCurrent(old.to_string()));
            }
        }
        out
    }
}

/// Whether version `a` comes before version `b`: dotted numbers compare number by number
/// ("1.10.0" after "1.9.2"); anything else compares as text.
pub fn version_before(a: &str, b: &str) -> bool {
    let numbers = |v: &str| -> Option<Vec<u64>> {
        v.trim().split('.').map(|p| p.parse::<u64>().ok()).collect()
    };
    match (numbers(a), numbers(b)) {
        (Some(x), Some(y)) => x < y,
        _ => a.trim() < b.trim(),
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn check_id(id: &str, at: &Place, report: &mut impl FnMut(Place, Reason)) {
    if id.is_empty() {
        report(at.then(".id"), Reason::Empty);
    } else if !is_id(id) {
        report(at.then(".id"), Reason::IdCharacters(id.to_string()));
    }
}

/// A level → band table: one entry per level, each a band of the key, at least one given, and
/// never a worse band at a higher level (a higher level of practice cannot mean slower
/// delivery).
fn check_measures(m: &Measures, levels: usize, at: &Place, report: &mut impl FnMut(Place, Reason)) {
    if m.bands.len() != levels {
        report(
            at.then(".bands"),
            Reason::BandCount {
                has: m.bands.len(),
                levels,
                key: m.key,
            },
        );
        return;
    }
    let mut previous: Option<(usize, Value)> = None;
    for (i, entry) in m.bands.iter().enumerate() {
        let Some(entry) = entry else { continue };
        match m.key.check_band(entry) {
            Err(bad) => report(
                at.then(&format!(".bands[{i}]")),
                Reason::BadBand { key: m.key, bad },
            ),
            Ok(value) => {
                if let Some((j, before)) = previous
                    && better(before, value)
                {
                    report(
                        at.then(&format!(".bands[{i}]")),
                        Reason::WorseBand {
                            entry: entry.clone(),
                            key: m.key,
                            level: j + 1,
                            before: m.bands[j].clone().unwrap_or_default(),
                        },
                    );
                }
                previous = Some((i, value));
            }
        }
    }
    if m.bands.iter().all(Option::is_none) {
        report(at.then(".bands"), Reason::NoBand);
    }
}

/// Whether `a` is strictly better than `b` (two values of the same key).
fn better(a: Value, b: Value) -> bool {
    match (a.band(), b.band(), a.rate_x20(), b.rate_x20()) {
        (Some(x), Some(y), _, _) => x > y,
        (_, _, Some(x), Some(y)) => x < y,
        _ => false,
    }
}

fn check_weight(weight: f64, at: Place, report: &mut impl FnMut(Place, Reason)) {
    if !(weight.is_finite() && weight > 0.0) {
        report(at, Reason::NotPositive(weight));
    }
}

/// A loose BCP-47 check: a 2–3 letter language, then subtags of 1–8 letters or digits.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `serde_json` appends " at line L column C" to its messages; we print the position ourselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
