//! The question screen: dimensions on the left (when wide enough), the question with every level
//! descriptor at once, key hints and overall progress at the bottom; comment editor and role
//! picker as overlays.

use super::super::app::App;
use super::super::input::TextArea;
use super::super::keymap;
use super::super::layout::{
    BodyLine, LEVEL_PREFIX, LineKind, MAX_QUESTION_ROWS, comment_label, list_offset,
    resolved_scroll, wizard_areas, wizard_body,
};
use super::super::theme::Theme;
use super::super::wizard::{Mode, ROLE_CHOICES, Wizard, role_choice_text_in, role_label_in};
use super::super::wrap::{fit, width, wrap};
use super::common::{
    Hint, gauge, header, hints, hints_typing, marked, popup, status_line, styled, table_hints,
};
use crate::app::i18n::{keys, screens};
use crate::domain::Answer;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

pub struct WizardView<'a> {
    pub app: &'a App,
    pub wizard: &'a Wizard,
}

impl Widget for &WizardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let w = self.wizard;
        let theme = &self.app.theme;
        let areas = wizard_areas(area, w);
        let lang = w.lang;
        let right = if w.asked.is_empty() {
            String::new()
        } else {
            screens::question_of(lang, w.pos + 1, w.asked.len())
        };
        header(buf, area, &who(w), &right, theme);
        if let Some(side) = areas.sidebar {
            self.sidebar(side, buf);
        }
        self.progress(areas.status, buf);
        let Some((dim, question)) = w.current() else {
            let text = screens::no_question_for_role(lang, role_label_in(lang, w.sheet.role));
            let lines: Vec<Line> = wrap(&text, usize::from(areas.body.width))
                .into_iter()
                .map(Line::from)
                .collect();
            Paragraph::new(lines).render(areas.question.union(areas.body), buf);
            hints(
                buf,
                areas.hints,
                &[
                    Hint::new("r", screens::ROLE.get(lang)),
                    Hint::out("q", screens::LEAVE.get(lang)),
                ],
                theme,
                lang,
            );
            self.overlay(area, buf);
            return;
        };
        // Dimension row: where we are in the questionnaire.
        let dim_index = w.current_ref().map_or(0, |r| r.dim);
        let in_dim: Vec<usize> = (0..w.asked.len())
            .filter(|&i| w.asked[i].dim == dim_index)
            .collect();
        let k = in_dim.iter().position(|&i| i == w.pos).unwrap_or(0) + 1;
        let where_text = screens::where_in(
            lang,
            dim_index + 1,
            w.questionnaire().dimensions.len(),
            k,
            in_dim.len(),
        );
        let name = fit(
            &dim.name,
            usize::from(areas.dimension.width)
                .saturating_sub(width(&where_text))
                .max(10),
        );
        Line::from(vec![
            styled(name, theme.accent),
            styled(where_text, theme.dim),
        ])
        .render(areas.dimension, buf);
        // The question, bold, cut with "…" only if it is extraordinarily long.
        let mut q_lines = wrap(&question.text, usize::from(areas.question.width));
        if q_lines.len() > MAX_QUESTION_ROWS {
            q_lines.truncate(MAX_QUESTION_ROWS);
            let last = q_lines.pop().unwrap_or_default();
            q_lines.push(fit(&format!("{last} …"), usize::from(areas.question.width)));
        }
        Paragraph::new(
            q_lines
                .into_iter()
                .map(|l| Line::from(styled(l, theme.question)))
                .collect::<Vec<_>>(),
        )
        .render(areas.question, buf);
        // The body, scrolled, with visible hints for what is above and below.
        let height = usize::from(areas.body.height);
        let body = wizard_body(w, areas.body.width, areas.body.height);
        let scroll = resolved_scroll(w, &body, height);
        let lines: Vec<Line> = body
            .lines
            .iter()
            .skip(scroll)
            .take(height)
            .map(|l| self.body_line(l, usize::from(areas.body.width)))
            .collect();
        Paragraph::new(lines).render(areas.body, buf);
        if scroll > 0 {
            right_hint(buf, areas.above, screens::MORE_ABOVE.get(lang), theme);
        }
        // A stored n/a or unknown is the answer: when a long question pushes its line below
        // the window, it takes the "more below" row, so the stored answer is always in view.
        let stored_elsewhere = matches!(
            w.current_answer(),
            Some(Answer::NotApplicable | Answer::Unknown)
        );
        let options_hidden = body.options.is_some_and(|o| o >= scroll + height);
        if stored_elsewhere && options_hidden {
            if let Some(o) = body.options {
                let line = self.body_line(&body.lines[o], usize::from(areas.below.width));
                Paragraph::new(line).render(areas.below, buf);
            }
        } else if scroll + height < body.lines.len() {
            right_hint(buf, areas.below, screens::MORE_BELOW.get(w.lang), theme);
        }
        if let Mode::Comment(_) = w.mode {
            let keys = [
                Hint::out(
                    keys::ESC_CTRL_S_SHORT.get(lang),
                    screens::SAVE_CLOSE_SHORT.get(lang),
                ),
                Hint::new(keys::ENTER.get(lang), screens::NEW_LINE_SHORT.get(lang)),
            ];
            hints_typing(buf, areas.hints, &keys, theme, lang);
            self.overlay(area, buf);
            return;
        }
        let table = match w.mode {
            Mode::Replace { .. } => keymap::REPLACE,
            _ => keymap::QUESTION,
        };
        let footer = keymap::footer(table, w.level_count(), lang);
        let keys: Vec<Hint> = match w.mode {
            Mode::Role { .. } => vec![
                Hint::new(keys::ENTER.get(lang), screens::CHOOSE.get(lang)),
                Hint::last("↑↓", screens::MOVE.get(lang)),
                Hint::out(keys::ESC.get(lang), screens::CANCEL.get(lang)),
            ],
            _ => table_hints(&footer),
        };
        hints(buf, areas.hints, &keys, theme, lang);
        if let Mode::Replace { with } = w.mode {
            self.replace_prompt(areas.status, buf, with);
        }
        self.overlay(area, buf);
    }
}

/// "bank-2026 · Paris · Alice (dev)".
fn who(w: &Wizard) -> String {
    let role = w.sheet.role.map_or(String::new(), |r| {
        format!(" ({})", role_label_in(w.lang, Some(r)))
    });
    // Answering about another team: say so on every screen, so nobody rates the wrong team.
    let about = w.sheet.about.as_ref().map_or(String::new(), |a| {
        format!(
            "{}{a}",
            if w.lang == crate::report::Lang::Fr {
                " · à propos de "
            } else {
                " · about "
            }
        )
    });
    format!(
        "{} · {} · {}{role}{about}",
        w.assessment.name, w.sheet.team, w.sheet.respondent
    )
}

fn right_hint(buf: &mut Buffer, row: Rect, text: &str, theme: &Theme) {
    let w = width(text) as u16;
    if row.width >= w {
        buf.set_string(row.x + row.width - w, row.y, text, theme.dim);
    }
}

impl WizardView<'_> {
    fn body_line(&self, line: &BodyLine, width_cells: usize) -> Line<'static> {
        let w = self.wizard;
        let theme = &self.app.theme;
        let saved = w.current_answer();
        let lit = |level: u8| w.highlight == Some(level);
        match &line.kind {
            LineKind::Blank => Line::from(""),
            LineKind::Help => Line::from(styled(line.text.clone(), theme.dim)),
            LineKind::LevelFirst { level, label_width } => {
                let on = lit(*level);
                let base = if on { theme.highlight } else { theme.base };
                let label_style = if on {
                    theme.highlight
                } else if saved == Some(Answer::Level(*level)) {
                    theme.saved
                } else {
                    theme.question
                };
                let prefix = format!("{} {} ", if on { "▶" } else { " " }, level);
                let (label, rest) = split_at_width(&line.text, *label_width);
                let mut spans = vec![
                    styled(prefix, if on { theme.highlight } else { theme.accent }),
                    styled(label, label_style),
                    styled(rest, base),
                ];
                pad(&mut spans, width_cells, on, theme);
                Line::from(spans)
            }
            LineKind::LevelMore { level } => {
                let on = lit(*level);
                let mut spans = vec![styled(
                    format!("{}{}", " ".repeat(LEVEL_PREFIX), line.text),
                    if on { theme.highlight } else { theme.base },
                )];
                pad(&mut spans, width_cells, on, theme);
                Line::from(spans)
            }
            LineKind::Options => {
                let mark = |a: Answer| if saved == Some(a) { " ✓" } else { "" };
                let chosen = |a: Answer| {
                    if saved == Some(a) {
                        theme.saved
                    } else {
                        theme.base
                    }
                };
                Line::from(vec![
                    styled("  n ", theme.accent),
                    styled(
                        format!(
                            "{}{}",
                            screens::NOT_APPLICABLE_LONG.get(w.lang),
                            mark(Answer::NotApplicable)
                        ),
                        chosen(Answer::NotApplicable),
                    ),
                    styled("     u ", theme.accent),
                    styled(
                        format!(
                            "{}{}",
                            screens::UNKNOWN_LONG.get(w.lang),
                            mark(Answer::Unknown)
                        ),
                        chosen(Answer::Unknown),
                    ),
                ])
            }
            LineKind::CommentTitle => Line::from(vec![
                styled("  c ", theme.accent),
                styled(screens::ADD_COMMENT.get(w.lang), theme.dim),
            ]),
            LineKind::Comment { first: true } => {
                let label = comment_label(w.lang);
                let rest = line.text.strip_prefix(label).unwrap_or(&line.text);
                Line::from(vec![
                    styled("  c ", theme.accent),
                    styled(label, theme.accent),
                    styled(rest.to_string(), theme.base),
                ])
            }
            LineKind::Comment { first: false } => {
                Line::from(styled(format!("    {}", line.text), theme.base))
            }
        }
    }

    fn sidebar(&self, area: Rect, buf: &mut Buffer) {
        let w = self.wizard;
        let theme = &self.app.theme;
        let block = Block::default()
            .borders(Borders::RIGHT)
            .border_style(theme.border);
        let inner = block.inner(area);
        block.render(area, buf);
        let inner = Rect {
            x: inner.x + 1,
            y: inner.y + 1,
            width: inner.width.saturating_sub(2),
            height: inner.height.saturating_sub(1),
        };
        let dims = &w.questionnaire().dimensions;
        let here = w.current_ref().map(|r| r.dim);
        let skipped = w.skipped().len();
        let footer_rows = if skipped > 0 { 3 } else { 0 };
        let rows = usize::from(inner.height).saturating_sub(1 + footer_rows);
        let lang = w.lang;
        let mut lines = vec![Line::from(styled(
            screens::DIMENSIONS.get(lang),
            theme.accent,
        ))];
        let offset = list_offset(here.unwrap_or(0), dims.len(), rows);
        let cells = usize::from(inner.width);
        for (i, d) in dims.iter().enumerate().skip(offset).take(rows) {
            let (answered, asked, _) = w.dimension_progress(i);
            let count = if asked == 0 {
                screens::SKIPPED.get(lang).to_string()
            } else if answered == asked {
                format!("✓ {answered}/{asked}")
            } else {
                format!("{answered}/{asked}")
            };
            let name_room = cells.saturating_sub(2 + 1 + width(&count));
            let name = fit(&d.name, name_room);
            let gap = cells.saturating_sub(2 + width(&name) + width(&count));
            let text = format!("{name}{}{count}", " ".repeat(gap));
            let mut line = marked(text, here == Some(i), theme);
            if here != Some(i) && asked > 0 && answered == asked {
                line = line.style(theme.saved);
            }
            lines.push(line);
        }
        if offset + rows < dims.len() {
            lines.push(Line::from(styled(screens::MORE.get(lang), theme.dim)));
        }
        Paragraph::new(lines).render(inner, buf);
        if skipped > 0 {
            let note = screens::skipped_for(lang, skipped, role_label_in(lang, w.sheet.role));
            let rows: Vec<Line> = wrap(&note, cells)
                .into_iter()
                .take(footer_rows - 1)
                .map(|l| Line::from(styled(l, theme.dim)))
                .collect();
            let at = Rect {
                y: inner.y + inner.height - (footer_rows as u16 - 1),
                height: footer_rows as u16 - 1,
                ..inner
            };
            Paragraph::new(rows).render(at, buf);
        }
    }

    /// "Replace the stored level 2 (Managed) with level 5 (Optimizing)?" over the status line,
    /// as a bar that shows from the back of the room; the keys are in the footer below it.
    fn replace_prompt(&self, row: Rect, buf: &mut Buffer, with: Answer) {
        let w = self.wizard;
        let Some(stored) = w.current_answer() else {
            return;
        };
        let (old, new) = (w.answer_text(stored), w.answer_text(with));
        let cells = usize::from(row.width).saturating_sub(2);
        let long = screens::replace(w.lang, &old, &new, true);
        let text = if width(&long) <= cells {
            long
        } else {
            fit(&screens::replace(w.lang, &old, &new, false), cells)
        };
        let theme = &self.app.theme;
        buf.set_style(row, theme.highlight);
        buf.set_string(row.x + 1, row.y, text, theme.highlight);
    }

    fn progress(&self, row: Rect, buf: &mut Buffer) {
        let w = self.wizard;
        let theme = &self.app.theme;
        let asked = w.asked.len();
        let answered = w.answered_count();
        let share = if asked == 0 {
            0.0
        } else {
            answered as f64 / asked as f64
        };
        let cells = if row.width >= 120 { 24 } else { 12 };
        let mut spans = vec![Span::raw(" ")];
        spans.extend(gauge(share, cells, theme));
        spans.push(styled(
            screens::answered_of(w.lang, answered, asked),
            theme.base,
        ));
        status_line(spans, self.app.visible_status(), row.width, theme).render(row, buf);
    }

    fn overlay(&self, area: Rect, buf: &mut Buffer) {
        let w = self.wizard;
        let theme = &self.app.theme;
        if let Some(failed) = &self.app.save_error {
            // A failed save is too important for one cut line: shown whole until a save succeeds.
            let text = format!("{}{}", failed.text, screens::KEPT_TRYING.get(w.lang));
            let inner_width = area.width.saturating_sub(6).min(100);
            let lines = wrap(&text, usize::from(inner_width));
            let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(4));
            // Just above the footer, so the question and most levels stay readable.
            let band = Rect {
                y: area.y + area.height.saturating_sub(2 + height),
                height,
                ..area
            };
            let inner = popup(
                buf,
                band,
                inner_width + 4,
                height,
                screens::NOT_SAVED_TITLE.get(w.lang),
                theme,
            );
            buf.set_style(inner, theme.error);
            Paragraph::new(
                lines
                    .into_iter()
                    .map(|l| Line::from(styled(l, theme.error)))
                    .collect::<Vec<_>>(),
            )
            .render(inner, buf);
        }
        match &w.mode {
            Mode::Comment(editor) => {
                let title = screens::COMMENT_TITLE.get(w.lang);
                let width = area.width.saturating_sub(2).min(100);
                let height = area.height.saturating_sub(6).clamp(8, 16);
                let inner = popup(buf, area, width, height, title, theme);
                let question = w.current().map_or(String::new(), |(_, q)| q.text.clone());
                Line::from(styled(fit(&question, usize::from(inner.width)), theme.dim))
                    .render(Rect { height: 1, ..inner }, buf);
                let text_area = Rect {
                    y: inner.y + 2,
                    height: inner.height.saturating_sub(4),
                    ..inner
                };
                render_editor(editor, text_area, buf, theme);
                Line::from(vec![
                    styled(keys::ESC.get(w.lang), theme.accent),
                    styled(screens::OR.get(w.lang), theme.dim),
                    styled("Ctrl+S", theme.accent),
                    styled(screens::SAVE_CLOSE.get(w.lang), theme.dim),
                    styled(keys::ENTER.get(w.lang), theme.accent),
                    styled(screens::NEW_LINE.get(w.lang), theme.dim),
                ])
                .render(
                    Rect {
                        y: inner.y + inner.height.saturating_sub(1),
                        height: 1,
                        ..inner
                    },
                    buf,
                );
            }
            Mode::Role { selected } => {
                let inner = popup(buf, area, 60, 17, screens::ROLE_TITLE.get(w.lang), theme);
                let mut lines: Vec<Line> =
                    wrap(screens::ROLE_INTRO.get(w.lang), usize::from(inner.width))
                        .into_iter()
                        .map(|l| Line::from(styled(l, theme.dim)))
                        .collect();
                lines.push(Line::from(""));
                for (i, role) in ROLE_CHOICES.iter().enumerate() {
                    lines.push(marked(
                        role_choice_text_in(w.lang, *role, w.questionnaire()),
                        i == *selected,
                        theme,
                    ));
                }
                Paragraph::new(lines).render(inner, buf);
            }
            _ => {}
        }
    }
}

/// Draws the comment editor with its cursor, wrapping long lines at the box edge and scrolling
/// to keep the cursor in view.
pub(super) fn render_editor(editor: &TextArea, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let cells = usize::from(area.width).max(1);
    let mut rows: Vec<String> = Vec::new();
    let mut cursor = (0, 0);
    for (i, line) in editor.lines.iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let start = rows.len();
        if chars.is_empty() {
            rows.push(String::new());
        }
        for chunk in chars.chunks(cells) {
            // One mark per control character, so the cursor stays where it is counted.
            rows.push(
                chunk
                    .iter()
                    .map(|&c| crate::domain::text::printable_char(c))
                    .collect(),
            );
        }
        if i == editor.row {
            let col = editor.col.min(chars.len());
            let mut r = start + col / cells;
            let mut c = col % cells;
            if r >= rows.len() {
                // Cursor just past a full last row.
                r = rows.len() - 1;
                c = cells;
            }
            cursor = (r, c);
        }
    }
    let height = usize::from(area.height).max(1);
    let offset = (cursor.0 + 1).saturating_sub(height);
    for (n, row) in rows.iter().skip(offset).take(height).enumerate() {
        buf.set_string(area.x, area.y + n as u16, row, theme.base);
    }
    let (r, c) = cursor;
    let x = area.x + (c.min(cells - 1)) as u16;
    let y = area.y + (r - offset) as u16;
    if let Some(cell) = buf.cell_mut((x, y)) {
        if cell.symbol() == " " || cell.symbol().is_empty() {
            cell.set_symbol("▏");
        }
        cell.set_style(theme.cursor);
    }
}

fn split_at_width(text: &str, cells: usize) -> (String, String) {
    let mut used = 0;
    let mut split = text.len();
    for (i, c) in text.char_indices() {
        if used >= cells {
            split = i;
            break;
        }
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    (text[..split].to_string(), text[split..].to_string())
}

/// Highlighted levels are drawn as a full-width bar, easier to spot from the back of a room.
fn pad(spans: &mut Vec<Span<'static>>, width_cells: usize, on: bool, theme: &Theme) {
    if !on {
        return;
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let style: Style = theme.highlight;
    spans.push(Span::styled(
        " ".repeat(width_cells.saturating_sub(used)),
        style,
    ));
}
