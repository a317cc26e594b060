//! A format-neutral document: title, metadata and a flat list of blocks (headings, paragraphs,
//! tables, charts…). The report model is mapped onto it once; the PDF renderer lays it out.
//! Nothing here knows about pages, fonts or points: a block says *what* to show, the renderer
//! decides *where*.
//!
//! A report maps onto it roughly so (see `tests/support/sample_document.rs` for a full one):
//!
//! ```
//! use devops_maturity::report::document::*;
//!
//! let doc = Document {
//!     title: "DevOps maturity — gap report".into(),
//!     subtitle: Some("Acme, spring 2026".into()),
//!     author: "Claire Dubois".into(),
//!     date: "12 March 2026".into(),
//!     created: Some("2026-03-12T09:30:00Z".into()),
//!     running_header: "DevOps maturity — Acme".into(),
//!     blocks: vec![
//!         Block::Cover(Cover {
//!             title: "DevOps maturity — gap report".into(),
//!             subtitle: Some("Acme, spring 2026".into()),
//!             facts: vec![("Teams".into(), "Paris, Lyon".into())],
//!             // Filled in by the renderer with the page of every chapter.
//!             contents: Some(Contents::titled("Contents")),
//!             confidential: Some("Confidential".into()),
//!             ..Cover::default()
//!         }),
//!         Block::heading(1, "Executive summary"),
//!         Block::Paragraph(vec![Span::bold("Paris"), Span::plain(" leads on delivery.")]),
//!         Block::Radar(Radar {
//!             title: None,
//!             axes: vec!["Culture".into(), "Delivery".into(), "Operations".into()],
//!             series: vec![Series { name: "Paris".into(), values: vec![Some(2.5), Some(3.0), None] }],
//!             target: Some(Series { name: "Target".into(), values: vec![Some(4.0); 3] }),
//!             min: 0.0,
//!             max: 5.0,
//!         }),
//!         Block::Table(Table {
//!             columns: vec![
//!                 Column::new("Dimension", 3.0, Align::Left),
//!                 Column::new("Paris", 1.0, Align::Right),
//!             ],
//!             rows: vec![Row::new(["Culture", "2.5"]), Row::new(["Overall", "2.8"]).emphasized()],
//!             caption: Some("Medians on a 0–5 scale.".into()),
//!             compact: false,
//!         }),
//!         Block::PageBreak,
//!     ],
//!     ..Document::default()
//! };
//! let pdf: Vec<u8> = devops_maturity::report::pdf::render(&doc).unwrap();
//! assert!(pdf.starts_with(b"%PDF"));
//! ```

/// A whole document, in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub title: String,
    /// Shown under the title on the cover and in the metadata subject (e.g. the assessment).
    pub subtitle: Option<String>,
    pub author: String,
    /// The date as shown to readers, e.g. "12 March 2026".
    pub date: String,
    /// Creation instant for the file metadata, RFC 3339 UTC (`2026-03-12T09:30:00Z`). `None`
    /// leaves the metadata dates at the epoch, which keeps test output byte-stable.
    pub created: Option<String>,
    /// Text at the top of every page but the cover, e.g. "DevOps maturity — Acme".
    pub running_header: String,
    pub blocks: Vec<Block>,
    pub paper: Paper,
}

/// The sheet the document is laid out on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

/// One piece of content. Blocks follow each other vertically.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A page of its own: title, subtitle and labelled facts (assessment, teams, date, author).
    Cover(Cover),
    /// Level 1 is a chapter, 2 a section, 3 a sub-section. A heading is never left alone at the
    /// bottom of a page: it moves with the start of what follows.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(Vec<Span>),
    /// A bulleted list; each item is rich text.
    Bullets(Vec<Vec<Span>>),
    /// A row of boxed figures ("2.8 / 5 — overall level"), wrapped onto several rows if many.
    KeyFigures(Vec<KeyFigure>),
    /// A highlighted box, e.g. "No answers yet".
    Callout {
        title: Option<String>,
        text: Vec<Span>,
    },
    Table(Table),
    /// A grid of coloured cells, rows × columns (dimensions × teams), with a legend.
    Heatmap(Heatmap),
    /// Small muted text, e.g. a chart's caption.
    Note(String),
    Radar(Radar),
    BarChart(BarChart),
    /// Vertical space, in millimetres.
    Spacer(f32),
    PageBreak,
}

impl Block {
    pub fn heading(level: u8, text: impl Into<String>) -> Block {
        Block::Heading {
            level,
            text: text.into(),
        }
    }

    /// A paragraph of plain text.
    pub fn paragraph(text: impl Into<String>) -> Block {
        Block::Paragraph(vec![Span::plain(text)])
    }

    /// A list of plain-text bullet items.
    pub fn bullets<S: Into<String>>(items: impl IntoIterator<Item = S>) -> Block {
        Block::Bullets(
            items
                .into_iter()
                .map(|item| vec![Span::plain(item)])
                .collect(),
        )
    }
}

/// A run of text in one style. Words may span several runs ("**Paris**," is two runs).
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: false,
        }
    }

    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: true,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cover {
    pub title: String,
    pub subtitle: Option<String>,
    /// Label and value pairs, e.g. ("Teams", "Paris, Lyon"), ("Author", "…").
    pub facts: Vec<(String, String)>,
    /// A closing sentence at the bottom of the cover.
    pub note: Option<String>,
    /// A table of contents on the cover: every chapter (level-1 heading) with its page.
    pub contents: Option<Contents>,
    /// The confidentiality line, set apart at the foot of the cover ("Confidential").
    pub confidential: Option<String>,
}

/// A table of contents. The renderer fills `entries` (chapter title, page number) from a first
/// layout pass; whatever the caller puts there is replaced.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contents {
    pub title: String,
    pub entries: Vec<(String, usize)>,
}

impl Contents {
    pub fn titled(title: impl Into<String>) -> Contents {
        Contents {
            title: title.into(),
            entries: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// The big text: "2.8 / 5".
    pub value: String,
    /// What it is: "Paris — overall level".
    pub label: String,
    /// Optional small line under the label: "Defined".
    pub detail: Option<String>,
    /// Optional warning under the detail, drawn in the "bad" colour with a matching side bar:
    /// "Only 5% answered: read with care".
    pub warning: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// How a cell's text is coloured: a good or bad delta, a muted "n/a".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Normal,
    Good,
    Bad,
    Muted,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    /// Relative width: columns share the text width in proportion to these.
    pub width: f32,
    pub align: Align,
}

impl Column {
    pub fn new(header: impl Into<String>, width: f32, align: Align) -> Column {
        Column {
            header: header.into(),
            width,
            align,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    pub bold: bool,
    /// Clickable lines under the text (a reference's title, opening its address).
    pub links: Vec<Link>,
}

/// A piece of text that opens an address when clicked.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub text: String,
    pub url: String,
}

impl Cell {
    pub fn toned(text: impl Into<String>, tone: Tone) -> Cell {
        Cell {
            text: text.into(),
            tone,
            ..Cell::default()
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell {
            text: text.to_string(),
            ..Cell::default()
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell {
            text,
            ..Cell::default()
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Bold on a tinted background: totals, the target, a team's own row.
    pub emphasis: bool,
    /// A label row across the whole table heading the rows after it, up to the next label
    /// row: its first cell is the label. It never ends a page, and when its rows continue on
    /// the next page it is repeated there, after the header, as its second cell (the label
    /// with "(continued)", say) or, without one, as the first.
    pub label: bool,
}

impl Row {
    pub fn new<C: Into<Cell>>(cells: impl IntoIterator<Item = C>) -> Row {
        Row {
            cells: cells.into_iter().map(Into::into).collect(),
            ..Row::default()
        }
    }

    /// A label row spanning the table, and how it reads when repeated (see [`Row::label`]).
    pub fn label(text: impl Into<String>, repeated: impl Into<String>) -> Row {
        Row {
            cells: vec![Cell::from(text.into()), Cell::from(repeated.into())],
            label: true,
            ..Row::default()
        }
    }

    #[must_use]
    pub fn emphasized(mut self) -> Row {
        self.emphasis = true;
        self
    }
}

/// A table whose header row repeats on every page it spans. Missing cells are blank; extra
/// cells beyond the columns are ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Small text under the table ("Scores on a 0–5 scale; Δ = Lyon − Paris").
    pub caption: Option<String>,
    /// Smaller type and tighter rows, for long lists (a roadmap, an appendix).
    pub compact: bool,
}

/// Rows × columns of coloured cells. `tone` picks the colour: `Some(0)` the best bin up to
/// `Some(4)` the worst; `None` a neutral grey (nothing to show, e.g. "not assessed").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Heatmap {
    /// Column headers (team names, or letters for many teams).
    pub columns: Vec<String>,
    pub rows: Vec<HeatmapRow>,
    /// One entry per colour, in order: its tone and what it means.
    pub legend: Vec<(Option<u8>, String)>,
    pub caption: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeatmapRow {
    pub label: String,
    pub cells: Vec<HeatmapCell>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeatmapCell {
    pub text: String,
    pub tone: Option<u8>,
}

/// A spider chart: one polygon per series over the same axes, plus an optional target.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Radar {
    pub title: Option<String>,
    /// One per axis, clockwise from the top.
    pub axes: Vec<String>,
    pub series: Vec<Series>,
    /// Drawn as a dark dashed outline without markers; its name is the legend entry
    /// ("Target").
    pub target: Option<Series>,
    /// Scale of the centre and of the outer ring, e.g. 0 and 5.
    pub min: f64,
    pub max: f64,
}

/// A named row of chart values (a team, the target).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// One per axis or category; `None` where there is no value (nothing is drawn for it).
    pub values: Vec<Option<f64>>,
}

/// Horizontal bars: one group per category, one bar per series, optional target ticks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BarChart {
    pub title: Option<String>,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// One value per category, drawn as a tick across the group; its name goes in the legend.
    pub target: Option<Series>,
    pub min: f64,
    pub max: f64,
}
