//! Drawing: `impl Widget for &App` picks the screen's view. Views only read state; where they
//! need positions `update` also needs (scrolling, mouse), both use `layout`.

mod common;
pub mod dashboard;
mod forms;
mod help;
mod home;
mod metrics;
mod pickers;
mod results;
mod review;
mod room;
mod wizard;

#[cfg(test)]
mod dashboard_tests;
#[cfg(test)]
mod room_tests;
#[cfg(test)]
mod scale_tests;
#[cfg(test)]
mod tests;

pub use common::team_list_rows as about_rows;
pub use help::max_scroll as help_max_scroll;

use super::app::{App, Screen};
use super::layout::{MIN_HEIGHT, MIN_WIDTH, too_small};
use super::wizard::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.base);
        if too_small(area) {
            render_too_small(area, buf);
            return;
        }
        match &self.screen {
            Screen::Home => home::HomeView { app: self }.render(area, buf),
            Screen::NewAssessment(form) => {
                forms::NewAssessmentView { app: self, form }.render(area, buf);
            }
            Screen::AddTeam(form) => forms::AddTeamView { app: self, form }.render(area, buf),
            Screen::Respondents(picker) => {
                pickers::RespondentView { app: self, picker }.render(area, buf);
            }
            Screen::Role(picker) => pickers::RoleView { app: self, picker }.render(area, buf),
            Screen::Results(results) => {
                results::ResultsView { app: self, results }.render(area, buf);
            }
            Screen::Dashboard(dash) => {
                dashboard::DashboardView { app: self, dash }.render(area, buf);
            }
            Screen::Metrics(form) => metrics::MetricsView { app: self, form }.render(area, buf),
            Screen::RoomSetup(setup) => room::RoomSetupView { app: self, setup }.render(area, buf),
            Screen::Room(r) => room::RoomView { app: self, room: r }.render(area, buf),
            Screen::Wizard(w) => match w.mode {
                Mode::Review { .. } => review::ReviewView {
                    app: self,
                    wizard: w,
                }
                .render(area, buf),
                _ => wizard::WizardView {
                    app: self,
                    wizard: w,
                }
                .render(area, buf),
            },
        }
        if self.help {
            help::HelpView { app: self }.render(area, buf);
        }
        neutralise(area, buf);
    }
}

/// Names and comments come from files that may have been edited or copied from another
/// laptop. ratatui leaves control characters and zero-width graphemes (escape sequences,
/// bidirectional controls) out of its cells, but a line or paragraph separator (U+2028/9) has a
/// width and would reach the terminal, which may break the line there: such a cell shows the
/// replacement mark instead (`domain::text`).
fn neutralise(area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            if cell.symbol().chars().any(crate::domain::text::is_hostile) {
                cell.set_symbol("\u{fffd}");
            }
        }
    }
}

/// Shown instead of any screen when the terminal is too small: a clear message rather than a
/// garbled layout, down to 1×1.
fn render_too_small(area: Rect, buf: &mut Buffer) {
    let text = format!(
        "Enlarge the terminal: needs {MIN_WIDTH}×{MIN_HEIGHT}, now {}×{}.",
        area.width, area.height
    );
    let lines = super::wrap::wrap(&text, usize::from(area.width));
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    let rect = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    Paragraph::new(lines.into_iter().map(Line::from).collect::<Vec<_>>())
        .centered()
        .wrap(Wrap { trim: true })
        .render(rect, buf);
}
