//! Pieces every screen uses: the header bar, key hints, the status line, gauges, inputs.

use super::super::app::{App, Status};
use super::super::input::TextInput;
use super::super::keymap::Rank;
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

/// A key hint of a footer: the keys, what they do, and how much it matters when the row is
/// too short for every hint (`keymap::Rank`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint<'a> {
    pub keys: &'a str,
    pub what: &'a str,
    pub rank: Rank,
}

impl<'a> Hint<'a> {
    pub const fn new(keys: &'a str, what: &'a str) -> Hint<'a> {
        Hint {
            keys,
            what,
            rank: Rank::Main,
        }
    }

    /// The way back or out of the screen: never dropped.
    pub const fn out(keys: &'a str, what: &'a str) -> Hint<'a> {
        Hint {
            keys,
            what,
            rank: Rank::Out,
        }
    }

    /// The arrows, or keys the screen shows elsewhere: the first to give way.
    pub const fn last(keys: &'a str, what: &'a str) -> Hint<'a> {
        Hint {
            keys,
            what,
            rank: Rank::Last,
        }
    }
}

/// The hints of a key table (`keymap::footer`), borrowed.
pub fn table_hints(hints: &[(String, String, Rank)]) -> Vec<Hint<'_>> {
    hints
        .iter()
        .map(|(keys, what, rank)| Hint {
            keys,
            what,
            rank: *rank,
        })
        .collect()
}

/// Key hints, in the order given, then the help key, which always shows so every other key
/// stays discoverable. Screens where `?` is typed text (forms, the comment editor) say F1
/// instead.
pub fn hints(buf: &mut Buffer, row: Rect, items: &[Hint], theme: &Theme, lang: Lang) {
    hints_with(buf, row, items, theme, "?", lang);
}

pub fn hints_typing(buf: &mut Buffer, row: Rect, items: &[Hint], theme: &Theme, lang: Lang) {
    hints_with(buf, row, items, theme, "F1", lang);
}

/// Which of `items` a row of `cells` shows, and the words after the help key: all of them
/// with "all keys" when they fit; else, after a shorter "help", those that fit taken by rank
/// (the way out first, the arrows last) and in order within a rank, so a long hint that does
/// not fit leaves room for shorter ones.
pub fn fit_hints(
    items: &[Hint],
    cells: usize,
    help_key: &str,
    lang: Lang,
) -> (Vec<bool>, &'static str) {
    use crate::app::i18n::screens::{ALL_KEYS, HELP_WORD};
    let piece = |h: &Hint| width(h.keys) + 1 + width(h.what) + 2;
    // The leading space, then the help key and its words.
    let help = |words: &str| 1 + width(help_key) + 1 + width(words);
    let all = ALL_KEYS.get(lang);
    if items.iter().map(piece).sum::<usize>() + help(all) <= cells {
        return (vec![true; items.len()], all);
    }
    let short = HELP_WORD.get(lang);
    let mut used = help(short);
    let mut shown = vec![false; items.len()];
    for rank in [Rank::Out, Rank::Main, Rank::Last] {
        for (i, h) in items.iter().enumerate().filter(|(_, h)| h.rank == rank) {
            if used + piece(h) <= cells {
                used += piece(h);
                shown[i] = true;
            }
        }
    }
    (shown, short)
}

/// `hints` with the help key given: `?`, F1, or the room's.
pub fn hints_with(
    buf: &mut Buffer,
    row: Rect,
    items: &[Hint],
    theme: &Theme,
    help_key: &str,
    lang: Lang,
) {
    let (shown, words) = fit_hints(items, usize::from(row.width), help_key, lang);
    let mut spans: Vec<Span> = vec![Span::raw(" ")];
    for (h, _) in items.iter().zip(&shown).filter(|(_, s)| **s) {
        spans.push(Span::styled(h.keys.to_string(), theme.accent));
        spans.push(Span::styled(format!(" {}  ", h.what), theme.dim));
    }
    spans.push(Span::styled(help_key.to_string(), theme.accent));
    spans.push(Span::styled(format!(" {words}"), theme.dim));
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
pub fn footer(app: &App, area: Rect, buf: &mut Buffer, keys: &[Hint]) {
    footer_with(app, area, buf, keys, false);
}

/// `footer` for screens with a text field, where `?` is text and F1 opens the help.
pub fn footer_typing(app: &App, area: Rect, buf: &mut Buffer, keys: &[Hint]) {
    footer_with(app, area, buf, keys, true);
}

fn footer_with(app: &App, area: Rect, buf: &mut Buffer, keys: &[Hint], typing: bool) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::Lang;

    fn shown<'a>(items: &[Hint<'a>], cells: usize) -> (Vec<&'a str>, &'static str) {
        let (keep, words) = fit_hints(items, cells, "?", Lang::En);
        let kept = items
            .iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(h, _)| h.keys)
            .collect();
        (kept, words)
    }

    #[test]
    fn a_short_row_keeps_the_way_out_then_the_main_keys_then_the_arrows_in_order() {
        let items = [
            Hint::new("Enter", "resume"),
            Hint::last("↑↓", "choose"),
            Hint::new("Del", "delete"),
            Hint::new("F2", "rename"),
            Hint::out("Esc", "back"),
        ];
        // Everything fits: every hint, then "all keys".
        let (kept, words) = shown(&items, 80);
        assert_eq!(kept, ["Enter", "↑↓", "Del", "F2", "Esc"]);
        assert_eq!(words, "all keys");
        // " Enter resume  Del delete  F2 rename  Esc back  ? help" is 54 cells: the arrows go
        // first, and "help" stands in for "all keys".
        let (kept, words) = shown(&items, 54);
        assert_eq!(kept, ["Enter", "Del", "F2", "Esc"]);
        assert_eq!(words, "help");
        // Shorter: a main key that does not fit leaves room for a shorter one after it.
        let (kept, _) = shown(&items, 42);
        assert_eq!(kept, ["Enter", "F2", "Esc"]);
        // The way out stays however short the row.
        let (kept, _) = shown(&items, 20);
        assert_eq!(kept, ["Esc"]);
    }

    /// Every key table's way back or out shows in its footer at 80 columns, in both
    /// languages.
    #[test]
    fn every_key_tables_way_out_fits_at_80_columns() {
        use super::super::super::keymap as k;
        for table in [
            k::QUESTION,
            k::REPLACE,
            k::ROOM_VOTE,
            k::ROOM_REVEAL,
            k::ROOM_REVIEW,
            k::ROOM_SETUP,
            k::TEAM_FILTER,
            k::TEAM_PICKER,
            k::TEAM_PICK,
            k::RESPONDENT_NEW,
            k::RESPONDENT_SHEET,
        ] {
            for lang in [Lang::En, Lang::Fr] {
                let hints = k::footer(table, 5, lang);
                let items = table_hints(&hints);
                let (keep, _) = fit_hints(&items, 80, "F1", lang);
                for (h, kept) in items.iter().zip(keep) {
                    if h.rank == Rank::Out {
                        assert!(kept, "{lang:?}: {} {} dropped", h.keys, h.what);
                    }
                }
                assert!(
                    items.iter().any(|h| h.rank == Rank::Out),
                    "{lang:?}: a table without a way out: {hints:?}"
                );
            }
        }
    }
}
