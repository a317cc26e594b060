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
}

impl Theme {
    /// `NO_COLOR` set to any non-empty value disables colour (https://no-color.org).
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
        }
    }
}
