//! Colours and markers. The default is a high-contrast theme for projectors; with `NO_COLOR` set
//! every style falls back to bold/reverse/underline, and selections stay visible through markers
//! (`▶`, `✓`), never through colour alone.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Whole-screen text and background.
    pub base: Style,
    /// Screen titles and the header bar.
    pub header: Style,
    /// Dimension names and section titles.
    pub accent: Style,
    /// The question itself.
    pub question: Style,
    /// Secondary text: help, hints, descriptors of other levels are *not* dimmed (the room reads
    /// them all), only guidance and key hints are.
    pub dim: Style,
    /// The highlighted row (level, list entry, form field).
    pub highlight: Style,
    /// Something stored: the saved answer, complete dimensions.
    pub saved: Style,
    pub error: Style,
    /// Filled and empty parts of progress gauges.
    pub gauge_full: Style,
    pub gauge_empty: Style,
    /// The text cursor in inputs.
    pub cursor: Style,
    pub border: Style,
    /// One colour per compared team in the dashboard, repeating past the end; empty without
    /// colour (teams are then told apart by their markers alone).
    pub teams: Vec<Style>,
}

/// The dashboard's team markers: a team keeps its marker on every bar, list and legend, so the
/// teams stay apart without colour. Past these, letters.
const TEAM_MARKERS: [&str; 10] = ["●", "■", "▲", "◆", "★", "▼", "◉", "♣", "♠", "♥"];

/// The marker of the `i`-th compared team.
pub fn team_marker(i: usize) -> String {
    match TEAM_MARKERS.get(i) {
        Some(m) => (*m).to_string(),
        None => char::from(b'A' + ((i - TEAM_MARKERS.len()) % 26) as u8).to_string(),
    }
}

impl Theme {
    /// `NO_COLOR` set to any non-empty value disables colour (<https://no-color.org>).
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::monochrome(),
            _ => Theme::high_contrast(),
        }
    }

    /// White on black with yellow highlights: the combination that survives a washed-out projector.
    pub fn high_contrast() -> Theme {
        let base = Style::new().fg(Color::White).bg(Color::Black);
        Theme {
            base,
            header: Style::new()
                .fg(Color::Black)
                .bg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            accent: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            question: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::Gray),
            highlight: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            saved: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            error: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
            gauge_full: Style::new().fg(Color::LightGreen),
            gauge_empty: Style::new().fg(Color::DarkGray),
            cursor: Style::new().fg(Color::Black).bg(Color::White),
            border: Style::new().fg(Color::Gray),
            // Bright colours that stay apart on black and on a washed-out projector.
            teams: [
                Color::LightCyan,
                Color::LightYellow,
                Color::LightMagenta,
                Color::LightGreen,
                Color::LightRed,
                Color::LightBlue,
                Color::White,
                Color::Yellow,
                Color::Cyan,
                Color::Magenta,
            ]
            .into_iter()
            .map(|c| Style::new().fg(c).add_modifier(Modifier::BOLD))
            .collect(),
        }
    }

    /// No colour at all: emphasis through modifiers, selection through markers and reverse video.
    pub fn monochrome() -> Theme {
        Theme {
            base: Style::new(),
            header: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            accent: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            question: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new(),
            highlight: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            saved: Style::new().add_modifier(Modifier::BOLD),
            error: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            gauge_full: Style::new(),
            gauge_empty: Style::new(),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new(),
            teams: Vec::new(),
        }
    }

    /// The style of the `i`-th compared team.
    pub fn team(&self, i: usize) -> Style {
        if self.teams.is_empty() {
            self.base
        } else {
            self.teams[i % self.teams.len()]
        }
    }
}
