//! Pieces every screen uses: the header bar, key hints, the status line, gauges, inputs.

use super::super::app::{App, Status};
use super::super::input::TextInput;
use super::super::theme::Theme;
use super::super::wrap::{fit, width, wrap_message};
use crate::app::i18n::Lang;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

/// The top bar: `left` as the title, `right` (e.g. progress, a path) flush right in the room
/// left over; a right part that does not fit loses its start ("…/share/devops-maturity").
pub fn header(buf: &mut Buffer, area: Rect, left: &str, right: &str, theme: &Theme) {
    let row = Rect { height: 1, ..area };
    buf.set_style(row, theme.header);
    let w = usize::from(row.width);
    // A short right part (a position, "Question 4 of 57") is kept whole and the title cut; a
    // long one (a path) gives way to the title.
    let right_w = width(right);
    let short_right = !right.is_empty() && right_w <= w / 3;
    let left_room = if short_right {
        w.saturating_sub(right_w + 4)
    } else {
        w.saturating_sub(2)
    };
    let left = fit(left, left_room);
    buf.set_string(row.x + 1, row.y, &left, theme.header);
    let room = w.saturating_sub(width(&left) + 5);
    if right.is_empty() || room < 8 {
        return;
    }
    let right = if right_w <= room {
        right.to_string()
    } else {
        let tail: Vec<char> = right.chars().rev().take(room - 1).collect();
        format!("…{}", tail.into_iter().rev().collect::<String>())
    };
    buf.set_string(
        row.x + (w - width(&right) - 1) as u16,
        row.y,
        &right,
        theme.header,
    );
}

/// Key hints, most important first; whatever does not fit is dropped, but the help key always
/// shows so every other key stays discoverable. Screens where `?` is typed text (forms, the
/// comment editor) say F1 instead.
pub fn hints(buf: &mut Buffer, row: Rect, items: &[(&str, &str)], theme: &Theme, lang: Lang) {
    hints_with(buf, row, items, theme, "?", lang);
}

pub fn hints_typing(
    buf: &mut Buffer,
    row: Rect,
    items: &[(&str, &str)],
    theme: &Theme,
    lang: Lang,
) {
    hints_with(buf, row, items, theme, "F1", lang);
}

fn hints_with(
    buf: &mut Buffer,
    row: Rect,
    items: &[(&str, &str)],
    theme: &Theme,
    help_key: &str,
    lang: Lang,
) {
    let key_style = theme.accent;
    let mut spans: Vec<Span> = vec![Span::raw(" ")];
    let all = crate::app::i18n::screens::ALL_KEYS.get(lang);
    let help = [(help_key, all)];
    let room = usize::from(row.width).saturating_sub(width(help_key) + width(all) + 2);
    let mut used = 1;
    // Greedy in priority order: a long hint that does not fit leaves room for shorter ones.
    for (key, what) in items {
        let piece = width(key) + 1 + width(what) + 2;
        if used + piece > room {
            continue;
        }
        used += piece;
        spans.push(Span::styled(key.to_string(), key_style));
        spans.push(Span::styled(format!(" {what}  "), theme.dim));
    }
    for (key, what) in help {
        spans.push(Span::styled(key, key_style));
        spans.push(Span::styled(format!(" {what}"), theme.dim));
    }
    Line::from(spans).render(row, buf);
}

/// The status message, if any, after `prefix` spans (usually the progress gauge).
/// A message longer than the row ends with "…"; the wizard also shows a failed save in full.
pub fn status_line<'a>(
    mut spans: Vec<Span<'a>>,
    status: Option<&'a Status>,
    row_width: u16,
    theme: &Theme,
) -> Line<'a> {
    if let Some(s) = status {
        if !spans.is_empty() {
            spans.push(Span::raw("   "));
        }
        let used: usize = spans.iter().map(|s| width(&s.content)).sum();
        let style = if s.error { theme.error } else { theme.saved };
        let room = usize::from(row_width).saturating_sub(used);
        spans.push(Span::styled(fit(&s.text, room), style));
    }
    Line::from(spans)
}

/// A bar of `cells` cells, `share` (0–1) of it filled: "██████░░░░". Drawn with two different
/// characters so it reads without colour.
pub fn gauge(share: f64, cells: usize, theme: &Theme) -> Vec<Span<'static>> {
    let full = ((share.clamp(0.0, 1.0) * cells as f64).round() as usize).min(cells);
    vec![
        Span::styled("█".repeat(full), theme.gauge_full),
        Span::styled("░".repeat(cells - full), theme.gauge_empty),
    ]
}

/// A one-line input drawn in `width` cells: `[text▏   ]`. Long text scrolls so the cursor shows,
/// with "…" marking the hidden start.
pub fn input_line(input: &TextInput, width: usize, focused: bool, theme: &Theme) -> Line<'static> {
    let inner = width.saturating_sub(2).max(1);
    let chars: Vec<char> = input.value.chars().collect();
    let cursor = input.cursor.min(chars.len());
    // Keep the cursor cell on screen.
    let start = (cursor + 1).saturating_sub(inner);
    let mut spans = vec![Span::styled("[", theme.border)];
    let mut text: String = chars[start..].iter().collect();
    if start > 0 {
        text = format!("…{}", chars[start + 1..].iter().collect::<String>());
    }
    let shown: Vec<char> = text.chars().take(inner).collect();
    let cursor_at = cursor - start;
    let field_style = if focused { theme.question } else { theme.base };
    for (i, c) in shown.iter().enumerate() {
        let style = if focused && i == cursor_at {
            theme.cursor
        } else {
            field_style
        };
        spans.push(Span::styled(c.to_string(), style));
    }
    let mut used = shown.len();
    if focused && cursor_at >= shown.len() && used < inner {
        spans.push(Span::styled(" ", theme.cursor));
        used += 1;
    }
    spans.push(Span::raw(" ".repeat(inner.saturating_sub(used))));
    spans.push(Span::styled("]", theme.border));
    Line::from(spans)
}

/// A framed box centred in `area`, cleared underneath; returns its inside.
pub fn popup(
    buf: &mut Buffer,
    area: Rect,
    width: u16,
    height: u16,
    title: &str,
    theme: &Theme,
) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    Clear.render(rect, buf);
    buf.set_style(rect, theme.base);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.accent));
    let inner = block.inner(rect);
    block.render(rect, buf);
    Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    }
}

/// A list row with the selection marker: "▶ text" or "  text", highlighted when selected.
// Callers format the text for this call; taking it by value saves them a borrow.
#[allow(clippy::needless_pass_by_value)]
pub fn marked(text: String, selected: bool, theme: &Theme) -> Line<'static> {
    if selected {
        Line::from(Span::styled(format!("▶ {text}"), theme.highlight))
    } else {
        Line::from(Span::styled(format!("  {text}"), theme.base))
    }
}

/// The two bottom rows shared by the simpler screens: status, then key hints.
pub fn footer(app: &App, area: Rect, buf: &mut Buffer, keys: &[(&str, &str)]) {
    footer_with(app, area, buf, keys, false);
}

/// `footer` for screens with a text field, where `?` is text and F1 opens the help.
pub fn footer_typing(app: &App, area: Rect, buf: &mut Buffer, keys: &[(&str, &str)]) {
    footer_with(app, area, buf, keys, true);
}

fn footer_with(app: &App, area: Rect, buf: &mut Buffer, keys: &[(&str, &str)], typing: bool) {
    let status = Rect {
        y: area.y + area.height - 2,
        height: 1,
        x: area.x + 1,
        width: area.width.saturating_sub(2),
    };
    match app.visible_status() {
        // An error too long for the row is wrapped upwards over the content's last rows: cut,
        // it would show a path and hide why things failed.
        Some(s) if s.error && width(&s.text) > usize::from(status.width) => {
            let rows = wrap_message(&s.text, usize::from(status.width), 3);
            let top = status.y + 1 - rows.len() as u16;
            for (i, text) in rows.iter().enumerate() {
                let row = Rect {
                    y: top + i as u16,
                    ..status
                };
                Clear.render(
                    Rect {
                        x: area.x,
                        width: area.width,
                        ..row
                    },
                    buf,
                );
                buf.set_style(
                    Rect {
                        x: area.x,
                        width: area.width,
                        ..row
                    },
                    app.theme.base,
                );
                Line::from(Span::styled(text.clone(), app.theme.error)).render(row, buf);
            }
        }
        status_now => {
            status_line(Vec::new(), status_now, status.width, &app.theme).render(status, buf);
        }
    }
    let row = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    let lang = app.screen_lang();
    if typing {
        hints_typing(buf, row, keys, &app.theme, lang);
    } else {
        hints(buf, row, keys, &app.theme, lang);
    }
}

/// The main text area of the simple screens: between the header and the footer, with margins.
pub fn content_area(area: Rect) -> Rect {
    Rect {
        x: area.x + super::super::layout::MARGIN,
        y: area.y + 2,
        width: area.width.saturating_sub(2 * super::super::layout::MARGIN),
        height: area.height.saturating_sub(5),
    }
}

pub fn styled(text: impl Into<String>, style: Style) -> Span<'static> {
    Span::styled(text.into(), style)
}

/// Rows of a team list pop-up around its list: borders, the head line, the filter line, the
/// blank before the last row, the error or "more below" row.
const TEAM_LIST_CHROME: u16 = 6;

/// Team rows a team list pop-up shows at once in a screen of `height` rows: what Page Up and
/// Page Down move by.
pub fn team_list_rows(height: u16) -> usize {
    usize::from(height.saturating_sub(4 + TEAM_LIST_CHROME))
}

/// A pop-up list of teams narrowed by a typed filter, the cursor's team marked: the
/// dashboard's team picker and `p`, the respondent picker's "about which team?".
pub struct TeamListPopup<'a> {
    pub title: &'a str,
    /// The line above the filter: what to do, or how many are chosen.
    pub head: &'a str,
    /// The teams' names, for the filter.
    pub teams: &'a [String],
    /// One row per team as shown (a check box before it, a note after it).
    pub rows: &'a [String],
    pub filter: &'a super::super::filter::TeamFilter,
    /// The team at the cursor (index into `teams`).
    pub cursor: usize,
    pub error: Option<&'a str>,
    pub lang: Lang,
    pub theme: &'a Theme,
}

impl Widget for TeamListPopup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (theme, lang, teams) = (self.theme, self.lang, self.teams);
        let cut = |text: &str, w: usize, style: Style| Line::from(styled(fit(text, w), style));
        // As high for every filter: the box does not jump while typing.
        let rows = team_list_rows(area.height).min(teams.len()).max(1);
        let inner = popup(
            buf,
            area,
            area.width.saturating_sub(8).min(70),
            rows as u16 + TEAM_LIST_CHROME,
            self.title,
            theme,
        );
        let w = usize::from(inner.width);
        let visible = self.filter.visible(teams);
        let filter_line = if self.filter.typing || self.filter.narrows() {
            cut(
                &crate::app::i18n::teams::filter(
                    lang,
                    &self.filter.input.value,
                    self.filter.typing,
                    visible.len(),
                    teams.len(),
                ),
                w,
                theme.accent,
            )
        } else {
            Line::from("")
        };
        let mut lines = vec![cut(self.head, w, theme.question), filter_line];
        let at = visible.iter().position(|&i| i == self.cursor);
        let offset = super::super::layout::list_offset(at.unwrap_or(0), visible.len(), rows);
        for &i in visible.iter().skip(offset).take(rows) {
            let row = self.rows.get(i).map_or("", String::as_str);
            lines.push(marked(
                fit(row, w.saturating_sub(2)),
                i == self.cursor,
                theme,
            ));
        }
        if visible.is_empty() {
            lines.push(cut(
                crate::app::i18n::teams::NO_MATCH.get(lang),
                w,
                theme.question,
            ));
        }
        // The error and the "more below" hint go on the last row of the box.
        let last = usize::from(inner.height).saturating_sub(1);
        lines.resize(last, Line::from(""));
        if let Some(e) = self.error {
            lines.push(cut(e, w, theme.error));
        } else if offset + rows < visible.len() {
            lines.push(cut(
                crate::app::i18n::dashboard::MORE_BELOW.get(lang),
                w,
                theme.dim,
            ));
        }
        ratatui::widgets::Paragraph::new(lines).render(inner, buf);
    }
}
