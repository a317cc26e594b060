//! Where things go on screen, computed the same way for drawing (views) and for reacting
//! (`update`: scrolling to keep the highlighted level visible, mapping a mouse click to a level).
//! Pure functions of the state and the terminal size.

use super::wizard::Wizard;
use super::wrap::{width, wrap, wrap_message};
use crate::domain::Answer;
use ratatui::layout::Rect;
use std::ops::Range;

/// Below this the screens cannot show a question with its levels; an "enlarge" message is shown.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// From this width the wizard shows the dimension list on the left.
pub const SIDEBAR_FROM_WIDTH: u16 = 120;
pub const SIDEBAR_WIDTH: u16 = 34;
/// On very wide screens the sidebar has room for whole dimension names.
pub const SIDEBAR_WIDE: u16 = 42;
/// Longest text line in the wizard: longer lines are hard to follow on a wall.
pub const MAX_TEXT_WIDTH: u16 = 110;
/// Margin left and right of the main text: projected text touching the frame edge is hard to read.
pub const MARGIN: u16 = 2;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Room for generous spacing (blank lines between blocks).
pub fn roomy(area: Rect) -> bool {
    area.height >= 30
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WizardAreas {
    pub header: Rect,
    pub sidebar: Option<Rect>,
    pub dimension: Rect,
    pub question: Rect,
    /// One row above the body: "▲ more above" when scrolled.
    pub above: Rect,
    pub body: Rect,
    /// One row below the body: "▼ more below" when there is.
    pub below: Rect,
    pub status: Rect,
    pub hints: Rect,
}

/// Most rows the question text may take; longer questions are cut with "…".
pub const MAX_QUESTION_ROWS: usize = 4;

pub fn wizard_areas(area: Rect, wizard: &Wizard) -> WizardAreas {
    let header = Rect { height: 1, ..area };
    let status = row(area, area.height.saturating_sub(2));
    let hints = row(area, area.height.saturating_sub(1));
    let middle = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(3),
        ..area
    };
    let (sidebar, main) = if area.width >= SIDEBAR_FROM_WIDTH {
        let side_width = if area.width >= 160 {
            SIDEBAR_WIDE
        } else {
            SIDEBAR_WIDTH
        };
        let side = Rect {
            width: side_width,
            ..middle
        };
        let main = Rect {
            x: middle.x + side_width,
            width: middle.width - side_width,
            ..middle
        };
        (Some(side), main)
    } else {
        (None, middle)
    };
    // Next to the sidebar the text keeps a wider gap, so the two columns do not run together.
    let left = if sidebar.is_some() {
        2 * MARGIN
    } else {
        MARGIN
    };
    let inner = Rect {
        x: main.x + left,
        width: main.width.saturating_sub(left + MARGIN).min(MAX_TEXT_WIDTH),
        ..main
    };
    let gap = u16::from(roomy(area));
    let mut y = inner.y + gap;
    let dimension = Rect {
        y,
        height: 1,
        ..inner
    };
    y += 1 + gap;
    let question_rows = wizard
        .current()
        .map_or(1, |(_, q)| wrap(&q.text, usize::from(inner.width)).len());
    let question = Rect {
        y,
        height: question_rows.min(MAX_QUESTION_ROWS) as u16,
        ..inner
    };
    y += question.height;
    let above = Rect {
        y,
        height: 1,
        ..inner
    };
    y += 1;
    let bottom = inner.y + inner.height;
    let body = Rect {
        y,
        height: bottom.saturating_sub(y + 1),
        ..inner
    };
    let below = Rect {
        y: body.y + body.height,
        height: 1,
        ..inner
    };
    WizardAreas {
        header,
        sidebar,
        dimension,
        question,
        above,
        body,
        below,
        status,
        hints,
    }
}

fn row(area: Rect, offset: u16) -> Rect {
    Rect {
        y: area.y + offset.min(area.height.saturating_sub(1)),
        height: 1.min(area.height),
        ..area
    }
}

/// Cells taken by the "▶ 3 " in front of each level.
pub const LEVEL_PREFIX: usize = 4;

/// The label that starts the first row of a stored comment (after the "c" key mark), in the
/// screen's language ("Comment:" / « Commentaire : »).
pub fn comment_label(lang: crate::app::i18n::Lang) -> &'static str {
    crate::app::i18n::screens::COMMENT_LABEL.get(lang)
}

/// Ends a hint or comment cut to keep every level in view: the cut words stay one key away.
pub const CUT_MARK: crate::app::i18n::Text =
    crate::app::i18n::Text::new(" … (Home: rest)", " … (Début\u{202f}: la suite)");

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    Help,
    Blank,
    /// First line of a level: starts with the level's label, `label_width` cells wide.
    LevelFirst {
        level: u8,
        label_width: usize,
    },
    LevelMore {
        level: u8,
    },
    /// The "n / u" choices.
    Options,
    /// "c add a comment", after the choices, when the question has no comment yet.
    CommentTitle,
    /// A row of the stored comment, shown above the levels; the first starts with
    /// `COMMENT_LABEL`.
    Comment {
        first: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLine {
    pub kind: LineKind,
    pub text: String,
}

/// The scrollable part of the wizard: the hint, the stored comment, the levels, the n/a and
/// unknown choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub lines: Vec<BodyLine>,
    /// Lines of the hint and of the comment (empty ranges when there is none).
    pub hint: Range<usize>,
    pub comment: Range<usize>,
    /// Lines of each level, level 1 first.
    pub levels: Vec<Range<usize>>,
    /// The line of the n/a and unknown choices.
    pub options: Option<usize>,
    /// What a question opens with in view: every level, and the n/a–unknown line too when it
    /// holds the stored answer (a stored n/a shows nowhere else).
    pub keep: Range<usize>,
    /// The hint or the comment was cut to keep every level in view; Home or scrolling up past
    /// the top shows them whole.
    pub cut: bool,
}

/// Most rows the hint and the comment may take.
#[derive(Debug, Clone, Copy)]
struct Rows {
    hint: usize,
    comment: usize,
}

const WHOLE: Rows = Rows {
    hint: usize::MAX,
    comment: usize::MAX,
};

pub fn wizard_body(wizard: &Wizard, width: u16, height: u16) -> Body {
    let height = usize::from(height);
    let spaced = build_body(wizard, usize::from(width), true, WHOLE);
    if spaced.lines.len() <= height {
        return spaced;
    }
    let compact = build_body(wizard, usize::from(width), false, WHOLE);
    // Hint, comment and levels do not fit together (long French questions, a long comment, at
    // 80x24): the hint and the comment are cut to the rows left, ending "…", rather than
    // scrolled out of sight. The comment, the room's own words on this question, comes first;
    // each keeps at least one row.
    let keep = compact.keep.clone();
    let over = keep.end.saturating_sub(height);
    if over == 0 || keep.start == 0 || wizard.whole_text {
        return compact;
    }
    let room = keep.start.saturating_sub(over);
    let (hint, comment) = (compact.hint.len(), compact.comment.len());
    let comment_rows = if comment == 0 {
        0
    } else {
        comment
            .min(room.saturating_sub(usize::from(hint > 0)))
            .max(1)
    };
    let hint_rows = if hint == 0 {
        0
    } else {
        room.saturating_sub(comment_rows).max(1)
    };
    build_body(
        wizard,
        usize::from(width),
        false,
        Rows {
            hint: hint_rows,
            comment: comment_rows,
        },
    )
}

/// Keeps the first `rows` of `lines`; when that cuts something, the last kept row ends with
/// `CUT_MARK`. Returns whether it cut.
fn cut_to(
    lines: &mut Vec<String>,
    rows: usize,
    width: usize,
    lang: crate::app::i18n::Lang,
) -> bool {
    let mark = CUT_MARK.get(lang);
    if lines.len() <= rows {
        return false;
    }
    lines.truncate(rows.max(1));
    if let Some(last) = lines.pop() {
        let room = width.saturating_sub(super::wrap::width(mark));
        let mut kept = super::wrap::fit(&last, room + 1);
        if kept.ends_with('…') {
            kept.pop();
        }
        lines.push(format!("{}{mark}", kept.trim_end()));
    }
    true
}

fn build_body(wizard: &Wizard, width: usize, spaced: bool, rows: Rows) -> Body {
    let mut lines = Vec::new();
    let mut levels = Vec::new();
    let Some((_, question)) = wizard.current() else {
        return Body {
            lines,
            hint: 0..0,
            comment: 0..0,
            levels,
            options: None,
            keep: 0..0,
            cut: false,
        };
    };
    let line = |kind: LineKind, text: String| BodyLine { kind, text };
    let mut cut = false;
    let mut hint_range = 0..0;
    if let Some(help) = &question.help {
        let mut hint = wrap(help, width);
        cut |= cut_to(&mut hint, rows.hint, width, wizard.lang);
        hint_range = 0..hint.len();
        lines.extend(hint.into_iter().map(|t| line(LineKind::Help, t)));
        // Compact layout: the dim hint needs no blank row to stand apart from what follows.
        if spaced {
            lines.push(line(LineKind::Blank, String::new()));
        }
    }
    // The stored comment sits above the levels, where it shows without scrolling: reading it
    // must not take keys that could also move the highlight.
    let comment = wizard.sheet.comment(&question.id);
    let comment_start = lines.len();
    if !comment.is_empty() {
        let text_width = width.saturating_sub(LEVEL_PREFIX).max(1);
        let mut rows_text = wrap(
            &format!("{} {comment}", comment_label(wizard.lang)),
            text_width,
        );
        cut |= cut_to(&mut rows_text, rows.comment, text_width, wizard.lang);
        lines.extend(
            rows_text
                .into_iter()
                .enumerate()
                .map(|(i, t)| line(LineKind::Comment { first: i == 0 }, t)),
        );
    }
    let comment_range = comment_start..lines.len();
    if spaced && !comment.is_empty() {
        lines.push(line(LineKind::Blank, String::new()));
    }
    let saved = wizard
        .current_answer()
        .and_then(super::super::domain::answers::Answer::level);
    let questionnaire = wizard.questionnaire();
    let text_width = width.saturating_sub(LEVEL_PREFIX).max(1);
    for (i, descriptor) in question.descriptors.iter().enumerate() {
        let level = (i + 1) as u8;
        if spaced && i > 0 {
            lines.push(line(LineKind::Blank, String::new()));
        }
        let mut label = questionnaire.level_label(level).to_string();
        if saved == Some(level) {
            label.push_str(" ✓");
        }
        let start = lines.len();
        for (n, text) in wrap(&format!("{label} — {descriptor}"), text_width)
            .into_iter()
            .enumerate()
        {
            let kind = if n == 0 {
                LineKind::LevelFirst {
                    level,
                    label_width: width_of_label(&label, &text),
                }
            } else {
                LineKind::LevelMore { level }
            };
            lines.push(line(kind, text));
        }
        levels.push(start..lines.len());
    }
    lines.push(line(LineKind::Blank, String::new()));
    let options = lines.len();
    lines.push(line(LineKind::Options, String::new()));
    if comment.is_empty() {
        lines.push(line(LineKind::Blank, String::new()));
        lines.push(line(LineKind::CommentTitle, String::new()));
    }
    let first = levels.first().map_or(options, |r| r.start);
    let last = match wizard.current_answer() {
        Some(Answer::NotApplicable | Answer::Unknown) => options + 1,
        _ => levels.last().map_or(options, |r| r.end),
    };
    Body {
        lines,
        hint: hint_range,
        comment: comment_range,
        levels,
        options: Some(options),
        keep: first..last,
        cut,
    }
}

/// The label's width within the first wrapped line (a label longer than the line is cut there).
fn width_of_label(label: &str, first_line: &str) -> usize {
    width(label).min(width(first_line))
}

/// Scroll position when a question opens: the top, unless that hides some levels (or a stored
/// n/a); then as far down as needed for them to show, so the room sees every descriptor at
/// once. The body is built so that this rarely hides the hint or comment (see `wizard_body`).
pub fn initial_scroll(body: &Body, height: usize) -> usize {
    let keep = &body.keep;
    if keep.end <= height {
        0
    } else {
        (keep.end - height).min(keep.start)
    }
}

/// The scroll position to draw with: the stored one, or the initial one for a fresh question;
/// never past the end (the terminal may have grown).
pub fn resolved_scroll(wizard: &Wizard, body: &Body, height: usize) -> usize {
    wizard
        .scroll
        .unwrap_or_else(|| initial_scroll(body, height))
        .min(max_scroll(body, height))
}

pub fn max_scroll(body: &Body, height: usize) -> usize {
    body.lines.len().saturating_sub(height)
}

/// The smallest move of `scroll` that brings `range` into a window of `height` lines.
pub fn keep_visible(scroll: usize, range: &Range<usize>, height: usize) -> usize {
    if range.start < scroll {
        range.start
    } else if range.end > scroll + height {
        (range.end.saturating_sub(height)).min(range.start)
    } else {
        scroll
    }
}

/// The level drawn at screen cell (`column`, `row`), if any.
pub fn level_at(wizard: &Wizard, area: Rect, column: u16, row: u16) -> Option<u8> {
    let areas = wizard_areas(area, wizard);
    let body = areas.body;
    if !body.contains(ratatui::layout::Position { x: column, y: row }) {
        return None;
    }
    let lines = wizard_body(wizard, body.width, body.height);
    let line =
        resolved_scroll(wizard, &lines, usize::from(body.height)) + usize::from(row - body.y);
    lines
        .levels
        .iter()
        .position(|r| r.contains(&line))
        .map(|i| (i + 1) as u8)
}

/// First visible row of a list of `len` rows in `height` rows, keeping `selected` on screen and
/// a little context around it. Used for lists that scroll with their selection.
pub fn list_offset(selected: usize, len: usize, height: usize) -> usize {
    if len <= height || height == 0 {
        return 0;
    }
    let wanted = selected.saturating_sub(height / 3);
    wanted.min(len - height)
}

/// One row of the home screen's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeLine {
    Assessment(usize),
    Team {
        entry: usize,
        team: usize,
        /// Index into `App::team_rows`, for selection.
        row: usize,
    },
    /// Row `row` of the wrapped message of an assessment that cannot be read.
    Unreadable {
        entry: usize,
        row: usize,
    },
    /// "⚠ 2 response files cannot be read" under an assessment's title.
    SheetsWarning(usize),
    /// Row `row` of the reasons those files cannot be read, shown while one of the assessment's
    /// teams is selected.
    SheetProblem {
        entry: usize,
        row: usize,
    },
    Blank,
    /// "Filter: par▏  12 of 200 teams", first, while a filter is typed or narrows the list.
    Filter,
    /// No team matches the filter.
    NoMatch,
}

impl HomeLine {
    pub fn team_row(self) -> Option<usize> {
        match self {
            HomeLine::Team { row, .. } => Some(row),
            _ => None,
        }
    }
}

pub fn home_lines(app: &super::app::App) -> Vec<HomeLine> {
    let mut lines = Vec::new();
    let filtering = app.home_filter.typing || app.home_filter.narrows();
    if filtering {
        lines.push(HomeLine::Filter);
    }
    let mut row = 0;
    for (e, entry) in app.entries.iter().enumerate() {
        let kept: Vec<usize> = match entry {
            Ok(loaded) => (0..loaded.assessment.teams.len())
                .filter(|&t| app.home_filter.keeps(&loaded.assessment.teams[t]))
                .collect(),
            Err(_) => Vec::new(),
        };
        // A filter hides the assessments it keeps no team of (and those that cannot be read).
        if filtering && kept.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(HomeLine::Blank);
        }
        match entry {
            Ok(loaded) => {
                lines.push(HomeLine::Assessment(e));
                if !loaded.unreadable.is_empty() {
                    lines.push(HomeLine::SheetsWarning(e));
                }
                let first_row = row;
                for t in kept {
                    lines.push(HomeLine::Team {
                        entry: e,
                        team: t,
                        row,
                    });
                    row += 1;
                }
                if (first_row..row).contains(&app.home_selected) {
                    let problems = sheet_problem_rows(loaded, home_list_area(app.area()).width);
                    lines.extend(
                        (0..problems.len()).map(|row| HomeLine::SheetProblem { entry: e, row }),
                    );
                }
            }
            Err(msg) => {
                let rows = unreadable_rows(msg, home_list_area(app.area()).width).len();
                lines.extend((0..rows).map(|row| HomeLine::Unreadable { entry: e, row }));
            }
        }
    }
    if filtering && row == 0 {
        lines.push(HomeLine::NoMatch);
    }
    lines
}

/// Most rows an unreadable assessment's message takes on the home screen.
pub const MESSAGE_ROWS: usize = 3;

/// The message of an assessment that cannot be read, wrapped as the home screen shows it.
pub fn unreadable_rows(msg: &str, width: u16) -> Vec<String> {
    wrap_message(&format!("⚠ {msg}"), usize::from(width), MESSAGE_ROWS)
}

/// Most rows the reasons for unreadable response files take on the home screen.
pub const SHEET_PROBLEM_ROWS: usize = 6;

/// Why each unreadable response file of `loaded` cannot be read, wrapped under its teams.
pub fn sheet_problem_rows(loaded: &crate::app::Loaded, width: u16) -> Vec<String> {
    let mut rows = Vec::new();
    for e in &loaded.unreadable {
        // "  · reason", continued under the reason rather than at the margin.
        let text = super::problem::describe(e);
        let wrapped = wrap_message(&text, usize::from(width).saturating_sub(4), 2);
        rows.extend(
            wrapped
                .into_iter()
                .enumerate()
                .map(|(i, r)| format!("{}{r}", if i == 0 { "  · " } else { "    " })),
        );
    }
    if rows.len() > SHEET_PROBLEM_ROWS {
        rows.truncate(SHEET_PROBLEM_ROWS - 1);
        rows.push("  · … (devops-maturity list names every file)".to_string());
    }
    rows
}

/// The list part of the home screen: below the header and a blank row, above status and hints.
pub fn home_list_area(area: Rect) -> Rect {
    Rect {
        x: area.x + MARGIN,
        y: area.y + 2,
        width: area.width.saturating_sub(2 * MARGIN),
        height: area.height.saturating_sub(5),
    }
}

/// First visible line of the home list, keeping the selected team and its assessment's title in
/// view.
pub fn home_offset(app: &super::app::App, lines: &[HomeLine], height: usize) -> usize {
    let selected = lines
        .iter()
        .position(|l| l.team_row() == Some(app.home_selected))
        .unwrap_or(0);
    list_offset(selected, lines.len(), height)
}

/// Dimension rows the results screen shows at once: the content area (between the header and
/// the footer) less its three summary lines.
pub fn results_rows(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(5)).saturating_sub(3)
}

/// The comparison dashboard: header, a row of view tabs, the scrolling body, status and hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DashboardAreas {
    pub header: Rect,
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

pub fn dashboard_areas(area: Rect) -> DashboardAreas {
    // On a tall screen a blank row on each side of the body lets it breathe.
    let gap = u16::from(roomy(area));
    let top = area.y + 2 + gap;
    let bottom = (area.y + area.height).saturating_sub(2 + gap);
    DashboardAreas {
        header: row(area, 0),
        tabs: Rect {
            x: area.x + MARGIN,
            width: area.width.saturating_sub(2 * MARGIN),
            ..row(area, 1)
        },
        body: Rect {
            x: area.x + MARGIN,
            y: top,
            width: area.width.saturating_sub(2 * MARGIN),
            height: bottom.saturating_sub(top),
        },
        status: Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..row(area, area.height.saturating_sub(2))
        },
        hints: row(area, area.height.saturating_sub(1)),
    }
}
