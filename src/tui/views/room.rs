//! The workshop room's screens: the participants screen; the question with every level's
//! descriptor and the participants' hidden votes; the reveal (a bar per level with the names,
//! or counts only when anonymous, the median, the spread, the discuss flag, what the votes
//! replace); the review (parking lot, questions not accepted yet); the note, latecomer and
//! leaver popups. Everything in the room's language.

use super::super::app::App;
use super::super::keymap;
use super::super::room::{ReviewRow, Room, RoomMode, RoomSetup};
use super::super::wrap::{fit, width, wrap};
use super::common::{
    TeamListPopup, header, hints_with, input_line, marked, popup, status_line, styled, table_hints,
};
use crate::app::i18n::{self, Lang, room as t};
use crate::domain::Answer;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The status row (the last but one) and the key hints (the last).
fn bottom(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    keys: &[(String, String, keymap::Rank)],
    lang: Lang,
    help: &str,
) {
    let status = Rect {
        y: area.y + area.height - 2,
        height: 1,
        x: area.x + 1,
        width: area.width.saturating_sub(2),
    };
    status_line(Vec::new(), app.visible_status(), status.width, &app.theme).render(status, buf);
    let row = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    // The room's hints are the key tables': in the room's language, the help key always shown.
    hints_with(buf, row, &table_hints(keys), &app.theme, help, lang);
}

pub struct RoomSetupView<'a> {
    pub app: &'a App,
    pub setup: &'a RoomSetup,
}

impl Widget for &RoomSetupView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let s = self.setup;
        let lang = s.lang;
        let theme = &self.app.theme;
        let title = format!(
            "{} · {} · {}: {}",
            s.opened.loaded.assessment.name,
            t::who(lang, &s.opened.team, s.opened.about.as_deref()),
            t::ROOM.get(lang),
            t::SETUP_TITLE.get(lang)
        );
        let title = if lang == Lang::Fr {
            title.replacen(": ", "\u{202f}: ", 1)
        } else {
            title
        };
        header(buf, area, &title, "", theme);
        let inner = Rect {
            x: area.x + 2,
            y: area.y + 2,
            width: area.width.saturating_sub(4),
            height: area.height.saturating_sub(4),
        };
        let cells = usize::from(inner.width);
        let mut lines: Vec<Line> = wrap(t::SETUP_INTRO.get(lang), cells)
            .into_iter()
            .map(|l| Line::from(styled(l, theme.dim)))
            .collect();
        lines.push(Line::from(""));
        // Whose practices: shown once the assessment has another team to assess.
        let choices = s.about_choices();
        if choices.len() > 1 {
            let find = choices.len() > super::pickers::FIND_FROM;
            let text = t::assessing(lang, &s.opened.team, s.opened.about.as_deref(), find);
            let style = if s.opened.about.is_some() {
                theme.highlight
            } else {
                theme.dim
            };
            for l in wrap(&text, cells) {
                lines.push(Line::from(styled(l, style)));
            }
            lines.push(Line::from(""));
        }
        let label = t::NEW_PARTICIPANT.get(lang);
        let field = cells.saturating_sub(width(label) + 3).clamp(10, 40);
        let mut row = vec![styled(
            format!("{} ", if s.cursor == 0 { "▶" } else { " " }),
            theme.accent,
        )];
        row.push(styled(format!("{label} "), theme.base));
        row.extend(input_line(&s.name, field, s.cursor == 0, theme).spans);
        lines.push(Line::from(row));
        lines.push(Line::from(""));
        if s.people.is_empty() {
            for l in wrap(t::NO_RESPONDENT.get(lang), cells) {
                lines.push(Line::from(styled(format!("  {l}"), theme.dim)));
            }
        }
        // The list scrolls to keep the cursor in view: the rows left once the fixed ones are drawn.
        let fixed = lines.len() + 6;
        let rows = usize::from(inner.height).saturating_sub(fixed).max(3);
        let at = s
            .cursor
            .saturating_sub(1)
            .min(s.people.len().saturating_sub(1));
        let offset = (at + 1).saturating_sub(rows);
        let mut order = 0;
        for (i, p) in s.people.iter().enumerate() {
            if p.present {
                order += 1;
            }
            if i < offset || i >= offset + rows {
                continue;
            }
            let tick = if p.present { "[x]" } else { "[ ]" };
            let number = if p.present {
                format!("{order:>2}.")
            } else {
                "   ".to_string()
            };
            let role = p
                .role
                .map_or(String::new(), |r| format!(" ({})", i18n::role(lang, r)));
            let text = fit(
                &format!("{tick} {number} {}{role}", p.name),
                cells.saturating_sub(2),
            );
            lines.push(marked(text, s.cursor == i + 1, theme));
        }
        if offset + rows < s.people.len() {
            lines.push(Line::from(styled("  ▼", theme.dim)));
        }
        lines.push(Line::from(""));
        let label = t::TIMEBOX.get(lang);
        let focused = s.cursor == s.timebox_row();
        let mut row = vec![styled(
            format!("{} ", if focused { "▶" } else { " " }),
            theme.accent,
        )];
        row.push(styled(format!("{label} "), theme.base));
        row.extend(input_line(&s.timebox, 10, focused, theme).spans);
        lines.push(Line::from(row));
        let yes = if s.anonymous { t::YES } else { t::NO }.get(lang);
        let text = format!(
            "{} [{}] {yes}",
            t::ANONYMOUS.get(lang),
            if s.anonymous { "x" } else { " " }
        );
        lines.push(marked(text, s.cursor == s.anonymous_row(), theme));
        if let Some(e) = &s.error {
            lines.push(Line::from(""));
            for l in wrap(e, cells) {
                lines.push(Line::from(styled(l, theme.error)));
            }
        }
        Paragraph::new(lines).render(inner, buf);
        if let Some(find) = &s.find {
            // The respondent picker's list: the team's own practices first.
            let rows: Vec<String> = choices
                .iter()
                .enumerate()
                .map(|(i, team)| {
                    if i == 0 {
                        i18n::screens::own_practices(lang, team)
                    } else {
                        team.clone()
                    }
                })
                .collect();
            TeamListPopup {
                title: t::ASSESS_WHICH.get(lang),
                head: i18n::teams::TYPE_A_NAME.get(lang),
                teams: &choices,
                rows: &rows,
                filter: &find.filter,
                cursor: find.cursor,
                error: find.error.as_deref(),
                lang,
                theme,
            }
            .render(area, buf);
            let keys = keymap::footer(keymap::TEAM_PICK, 5, lang);
            bottom(self.app, area, buf, &keys, lang, "F1");
            return;
        }
        let keys = keymap::footer(keymap::ROOM_SETUP, 5, lang);
        bottom(self.app, area, buf, &keys, lang, "F1");
    }
}

pub struct RoomView<'a> {
    pub app: &'a App,
    pub room: &'a Room,
}

/// The participants' column: wide enough for a name and a vote.
fn panel_width(area: Rect) -> u16 {
    if area.width >= 160 { 40 } else { 26 }
}

impl Widget for &RoomView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let r = self.room;
        let lang = r.lang;
        let theme = &self.app.theme;
        let now = self.app.now;
        // Header: where the room is, and the countdown.
        let who = t::who(lang, &r.team, r.about.as_deref());
        let mut right = t::question_of(lang, r.pos + 1, r.asked.len());
        let over = r.timebox.map(|b| b as i64 - r.on_question(now) as i64);
        if let Some(left) = over {
            right = format!("{right} · {}", t::countdown(lang, left));
        }
        // Who is in the room, and whose practices, always shows whole: on a narrow screen the
        // words "workshop room", then the assessment's name, give way first.
        let fits = |title: &str| width(title) + width(&right) + 4 <= usize::from(area.width);
        let title = [
            format!("{} · {who} · {}", r.assessment.name, t::ROOM.get(lang)),
            format!("{} · {who}", r.assessment.name),
        ]
        .into_iter()
        .find(|t| fits(t))
        .unwrap_or(who);
        header(buf, area, &title, &right, theme);
        if over.is_some_and(|l| l < 0) {
            // Time is up: the countdown turns to the warning colour (no sound).
            let w = width(&right) as u16;
            let row = Rect {
                x: area.x + area.width.saturating_sub(w + 1),
                y: area.y,
                width: w.min(area.width),
                height: 1,
            };
            buf.set_style(row, theme.error);
        }
        if let RoomMode::Review { selected, end } = r.mode {
            self.review(area, buf, selected, end);
            return;
        }
        let Some((dim, question)) = r.current() else {
            return;
        };
        let content = Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(3),
        };
        // Dimension row, with the pace on the right.
        let (spent, accepted, remaining) = r.pace();
        let used = spent + r.on_question(now);
        let left = crate::domain::room::time_left(spent, accepted, remaining);
        let pace = t::pace(lang, used, left);
        let dim_index = r.asked[r.pos].dim;
        let where_text = format!(
            " · {}",
            t::dimension_of(
                lang,
                dim_index + 1,
                r.assessment.questionnaire.dimensions.len()
            )
        );
        let cells = usize::from(content.width);
        let name = fit(
            &dim.name,
            cells
                .saturating_sub(width(&where_text) + width(&pace) + 2)
                .max(10),
        );
        let gap = cells.saturating_sub(width(&name) + width(&where_text) + width(&pace));
        let mut spans = vec![styled(name, theme.accent), styled(where_text, theme.dim)];
        if gap >= 2 {
            spans.push(Span::raw(" ".repeat(gap)));
            spans.push(styled(pace, theme.dim));
        }
        Line::from(spans).render(
            Rect {
                height: 1,
                ..content
            },
            buf,
        );
        // The question, bold; marks for parked and accepted.
        let mut marks = Vec::new();
        if r.record.parked(&question.id) {
            marks.push(format!("[{}]", t::PARKED_MARK.get(lang)));
        }
        if r.record.accepted(&question.id) {
            marks.push(format!("[✓ {}]", t::ACCEPTED_MARK.get(lang)));
        }
        let q_text = if marks.is_empty() {
            question.text.clone()
        } else {
            format!("{} {}", question.text, marks.join(" "))
        };
        let q_lines: Vec<String> = wrap(&q_text, cells).into_iter().take(3).collect();
        let q_rows = q_lines.len() as u16;
        Paragraph::new(
            q_lines
                .into_iter()
                .map(|l| Line::from(styled(l, theme.question)))
                .collect::<Vec<_>>(),
        )
        .render(
            Rect {
                y: content.y + 1,
                height: q_rows,
                ..content
            },
            buf,
        );
        let body = Rect {
            y: content.y + 2 + q_rows,
            height: content.height.saturating_sub(2 + q_rows + 1),
            ..content
        };
        let panel_w = panel_width(area).min(body.width / 2);
        let left = Rect {
            width: body.width.saturating_sub(panel_w + 2),
            ..body
        };
        let panel = Rect {
            x: body.x + body.width - panel_w,
            width: panel_w,
            ..body
        };
        if r.revealed {
            self.reveal(left, buf);
        } else {
            self.levels(left, buf);
        }
        self.panel(panel, buf);
        let table = if r.revealed {
            keymap::ROOM_REVEAL
        } else {
            keymap::ROOM_VOTE
        };
        let keys = keymap::footer(table, r.level_count(), lang);
        bottom(self.app, area, buf, &keys, lang, "?");
        self.overlay(area, buf);
    }
}

impl RoomView<'_> {
    /// The hint and every level's descriptor, as the wizard shows them, scrolled by Shift+↑↓.
    fn levels(&self, area: Rect, buf: &mut Buffer) {
        let r = self.room;
        let theme = &self.app.theme;
        let Some((_, question)) = r.current() else {
            return;
        };
        let cells = usize::from(area.width);
        let mut lines: Vec<Line> = Vec::new();
        if let Some(help) = &question.help {
            for l in wrap(help, cells) {
                lines.push(Line::from(styled(l, theme.dim)));
            }
            lines.push(Line::from(""));
        }
        let q = &r.assessment.questionnaire;
        for (i, descriptor) in question.descriptors.iter().enumerate() {
            let level = i as u8 + 1;
            let label = q.level_label(level);
            let prefix = format!("{level} ");
            let text = format!("{label}: {descriptor}");
            let text = if r.lang == Lang::Fr {
                text.replacen(": ", "\u{202f}: ", 1)
            } else {
                text
            };
            for (n, l) in wrap(&text, cells.saturating_sub(3)).into_iter().enumerate() {
                if n == 0 {
                    let (head, rest) = split_label(&l, width(label) + 1);
                    lines.push(Line::from(vec![
                        styled(prefix.clone(), theme.accent),
                        styled(head, theme.question),
                        styled(rest, theme.base),
                    ]));
                } else {
                    lines.push(Line::from(styled(format!("  {l}"), theme.base)));
                }
            }
        }
        lines.push(Line::from(""));
        lines.push(Line::from(vec![
            styled("n ", theme.accent),
            styled(format!("{}   ", i18n::screens::NA.get(r.lang)), theme.base),
            styled("u ", theme.accent),
            styled(i18n::screens::UNKNOWN.get(r.lang), theme.base),
        ]));
        let height = usize::from(area.height);
        let scroll = r.scroll.min(lines.len().saturating_sub(height));
        let more = scroll + height < lines.len();
        let shown: Vec<Line> = lines
            .into_iter()
            .skip(scroll)
            .take(if more { height - 1 } else { height })
            .collect();
        Paragraph::new(shown).render(area, buf);
        if more {
            let row = Rect {
                y: area.y + area.height - 1,
                height: 1,
                ..area
            };
            Line::from(styled(t::MORE_BELOW.get(r.lang), theme.dim)).render(row, buf);
        }
    }

    /// The distribution: a bar per level with who voted it (or how many), then the median,
    /// the spread, the discuss flag and what the votes replace.
    fn reveal(&self, area: Rect, buf: &mut Buffer) {
        let r = self.room;
        let lang = r.lang;
        let theme = &self.app.theme;
        let q = &r.assessment.questionnaire;
        let tally = r.tally();
        let given = r.given();
        let cells = usize::from(area.width);
        let name_of = |i: usize| r.seats[given[i].0].participant.name.clone();
        let label_w = 16.min(cells / 3);
        let most = tally
            .levels
            .iter()
            .map(Vec::len)
            .chain([tally.not_applicable.len(), tally.unknown.len()])
            .max()
            .unwrap_or(0);
        let bar_cells = (cells.saturating_sub(label_w + 12) / 2).clamp(4, 24);
        let unit = if most * 2 <= bar_cells { 2 } else { 1 };
        let mut lines: Vec<Line> = Vec::new();
        let row = |label: String, who: &[usize], lines: &mut Vec<Line>| {
            let bar = "█".repeat(who.len() * unit);
            let bar_w = most * unit;
            let head = format!(
                "{:<label_w$} {bar}{} ",
                fit(&label, label_w),
                " ".repeat(bar_w.saturating_sub(width(&bar)))
            );
            let names = if who.is_empty() {
                String::new()
            } else if r.anonymous {
                t::vote_count(lang, who.len())
            } else {
                who.iter()
                    .map(|&i| name_of(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let room = cells.saturating_sub(width(&head)).max(8);
            let wrapped = if names.is_empty() {
                vec![String::new()]
            } else {
                wrap(&names, room)
            };
            for (n, part) in wrapped.into_iter().enumerate() {
                let lead = if n == 0 {
                    head.clone()
                } else {
                    " ".repeat(width(&head))
                };
                let style = if who.is_empty() {
                    theme.dim
                } else {
                    theme.base
                };
                lines.push(Line::from(vec![
                    styled(
                        lead,
                        if who.is_empty() {
                            theme.dim
                        } else {
                            theme.saved
                        },
                    ),
                    styled(part, style),
                ]));
            }
        };
        for (i, who) in tally.levels.iter().enumerate() {
            let level = i as u8 + 1;
            row(format!("{level} {}", q.level_label(level)), who, &mut lines);
        }
        row(
            t::NA_ROW.get(lang).to_string(),
            &tally.not_applicable,
            &mut lines,
        );
        row(
            t::UNKNOWN_ROW.get(lang).to_string(),
            &tally.unknown,
            &mut lines,
        );
        lines.push(Line::from(""));
        let median = i18n::score(lang, tally.median);
        let spread = tally
            .spread
            .map_or_else(|| "–".to_string(), |s| s.to_string());
        let colon = if lang == Lang::Fr { "\u{202f}:" } else { ":" };
        lines.push(Line::from(vec![
            styled(format!("{}{colon} ", t::MEDIAN.get(lang)), theme.accent),
            styled(median, theme.question),
            styled(format!(" · {}{colon} ", t::SPREAD.get(lang)), theme.accent),
            styled(spread, theme.question),
        ]));
        if tally.discuss {
            let text = if tally
                .spread
                .is_some_and(|s| s >= crate::domain::room::DISCUSS_SPREAD)
            {
                t::DISCUSS_SPREAD
            } else {
                t::DISCUSS_UNKNOWN
            };
            for l in wrap(text.get(lang), cells) {
                lines.push(Line::from(styled(l, theme.error)));
            }
        }
        let replaced: Vec<(usize, Answer)> = given
            .iter()
            .filter_map(|&(seat, _)| r.replaces(seat).map(|old| (seat, old)))
            .collect();
        if !replaced.is_empty() {
            let text = if r.anonymous {
                t::replaces_count(lang, replaced.len())
            } else {
                let items: Vec<String> = replaced
                    .iter()
                    .map(|&(seat, old)| {
                        let new = r.votes[seat].map_or_else(String::new, |a| i18n::answer(lang, a));
                        format!(
                            "{} {} → {new}",
                            r.seats[seat].participant.name,
                            i18n::answer(lang, old)
                        )
                    })
                    .collect();
                t::replaces(lang, &items)
            };
            for l in wrap(&text, cells) {
                lines.push(Line::from(styled(l, theme.dim)));
            }
        }
        if let Some(here) = r.here() {
            if let Some(level) = here.agreed {
                lines.push(Line::from(vec![
                    styled(format!("{}{colon} ", t::AGREED.get(lang)), theme.accent),
                    styled(format!("{level} {}", q.level_label(level)), theme.question),
                ]));
            }
            if !here.note.trim().is_empty() {
                let text = format!(
                    "{}{colon} {}",
                    t::NOTE.get(lang),
                    here.note.replace('\n', " ")
                );
                for l in wrap(&text, cells) {
                    lines.push(Line::from(styled(l, theme.base)));
                }
            }
        }
        let height = usize::from(area.height);
        if lines.len() > height {
            lines.truncate(height.saturating_sub(1));
            lines.push(Line::from(styled(
                fit(&t::too_many(lang, given.len()), cells),
                theme.error,
            )));
        }
        Paragraph::new(lines).render(area, buf);
    }

    /// The participants in vote order: who voted (hidden), who is next, who does not vote on
    /// this question; after the reveal, each vote (unless anonymous).
    fn panel(&self, area: Rect, buf: &mut Buffer) {
        let r = self.room;
        let lang = r.lang;
        let theme = &self.app.theme;
        let voters = r.voters();
        let voted = voters.iter().filter(|&&i| r.votes[i].is_some()).count();
        let cells = usize::from(area.width);
        let mut lines = vec![Line::from(vec![
            styled(format!("{} ", t::VOTES.get(lang)), theme.accent),
            styled(t::votes_in(lang, voted, voters.len()), theme.dim),
        ])];
        let next = r.next_voter();
        for (i, seat) in r.seats.iter().enumerate() {
            let p = &seat.participant;
            if !p.present {
                continue;
            }
            let role = p
                .role
                .map_or(String::new(), |x| format!(" ({})", i18n::role(lang, x)));
            let (mark, tail, style) = if !voters.contains(&i) {
                ("—", String::new(), theme.dim)
            } else if let Some(vote) = r.votes[i] {
                if r.revealed && !r.anonymous {
                    ("●", i18n::answer(lang, vote), theme.saved)
                } else {
                    ("●", String::new(), theme.saved)
                }
            } else if next == Some(i) && !r.revealed {
                ("▶", String::new(), theme.highlight)
            } else {
                ("·", String::new(), theme.base)
            };
            let name_room = cells.saturating_sub(3 + width(&tail) + 1);
            let name = fit(&format!("{}{role}", p.name), name_room);
            let gap = cells.saturating_sub(2 + width(&name) + width(&tail));
            lines.push(Line::from(vec![
                styled(format!("{mark} "), style),
                styled(name, style),
                styled(format!("{}{tail}", " ".repeat(gap)), theme.question),
            ]));
        }
        if !r.revealed {
            lines.push(Line::from(""));
            for l in wrap(t::HIDDEN.get(lang), cells) {
                lines.push(Line::from(styled(l, theme.dim)));
            }
        }
        // More participants than rows: say so rather than cut the list (and votes) silently.
        let height = usize::from(area.height);
        if lines.len() > height {
            let present = r.seats.iter().filter(|s| s.participant.present).count();
            let say: Vec<String> = wrap(&t::too_many(lang, present), cells);
            lines.truncate(height.saturating_sub(say.len()));
            lines.extend(say.into_iter().map(|l| Line::from(styled(l, theme.error))));
        }
        Paragraph::new(lines).render(area, buf);
    }

    fn review(&self, area: Rect, buf: &mut Buffer, selected: usize, end: bool) {
        let r = self.room;
        let lang = r.lang;
        let theme = &self.app.theme;
        let inner = Rect {
            x: area.x + 2,
            y: area.y + 2,
            width: area.width.saturating_sub(4),
            height: area.height.saturating_sub(4),
        };
        let cells = usize::from(inner.width);
        let colon = if lang == Lang::Fr { "\u{202f}:" } else { ":" };
        let mut lines: Vec<Line> = vec![Line::from(vec![
            styled(
                format!("{}{colon} ", t::REVIEW_TITLE.get(lang)),
                theme.accent,
            ),
            styled(
                t::accepted_of(lang, r.accepted_count(), r.asked.len()),
                theme.base,
            ),
        ])];
        if end {
            lines.push(Line::from(styled(t::END.get(lang), theme.saved)));
        }
        lines.push(Line::from(""));
        let rows = r.review_rows();
        let title = |i: usize| {
            let (_, q) = r.get(r.asked[i]);
            format!("{:>3}. {}", i + 1, q.display_title())
        };
        let parked: Vec<(usize, usize)> = rows
            .iter()
            .enumerate()
            .filter_map(|(n, row)| match row {
                ReviewRow::Parked(i) => Some((n, *i)),
                ReviewRow::Open(_) => None,
            })
            .collect();
        let open: Vec<(usize, usize)> = rows
            .iter()
            .enumerate()
            .filter_map(|(n, row)| match row {
                ReviewRow::Open(i) => Some((n, *i)),
                ReviewRow::Parked(_) => None,
            })
            .collect();
        lines.push(Line::from(styled(t::PARKING_LOT.get(lang), theme.accent)));
        let height = usize::from(inner.height);
        // Rows of the selection's section scroll to keep it in view.
        let budget = height.saturating_sub(lines.len() + 4);
        let parked_rows = parked.len().min(budget / 2).max(1);
        if parked.is_empty() {
            lines.push(Line::from(styled(
                format!("  {}", t::EMPTY_PARKING.get(lang)),
                theme.dim,
            )));
        }
        let offset = |list: &[(usize, usize)], room: usize| {
            let at = list.iter().position(|(n, _)| *n == selected).unwrap_or(0);
            (at + 1).saturating_sub(room)
        };
        let skip = offset(&parked, parked_rows);
        for (n, i) in parked.iter().skip(skip).take(parked_rows) {
            lines.push(marked(
                fit(&title(*i), cells.saturating_sub(2)),
                *n == selected,
                theme,
            ));
        }
        lines.push(Line::from(""));
        lines.push(Line::from(styled(t::NOT_ACCEPTED.get(lang), theme.accent)));
        if open.is_empty() {
            lines.push(Line::from(styled(
                format!("  {}", t::ALL_ACCEPTED.get(lang)),
                theme.saved,
            )));
        }
        let open_rows = height.saturating_sub(lines.len()).max(1);
        let skip = offset(&open, open_rows);
        for (n, i) in open.iter().skip(skip).take(open_rows) {
            lines.push(marked(
                fit(&title(*i), cells.saturating_sub(2)),
                *n == selected,
                theme,
            ));
        }
        Paragraph::new(lines).render(inner, buf);
        let keys = keymap::footer(keymap::ROOM_REVIEW, 5, lang);
        bottom(self.app, area, buf, &keys, lang, "?");
    }

    fn overlay(&self, area: Rect, buf: &mut Buffer) {
        let r = self.room;
        let lang = r.lang;
        let theme = &self.app.theme;
        match &r.mode {
            RoomMode::Note(editor) => {
                let width = area.width.saturating_sub(2).min(100);
                let height = area.height.saturating_sub(6).clamp(8, 16);
                let inner = popup(buf, area, width, height, t::NOTE_TITLE.get(lang), theme);
                let question = r.current().map_or(String::new(), |(_, q)| q.text.clone());
                Line::from(styled(fit(&question, usize::from(inner.width)), theme.dim))
                    .render(Rect { height: 1, ..inner }, buf);
                let text_area = Rect {
                    y: inner.y + 2,
                    height: inner.height.saturating_sub(4),
                    ..inner
                };
                super::wizard::render_editor(editor, text_area, buf, theme);
                Line::from(styled(t::NOTE_KEYS.get(lang), theme.dim)).render(
                    Rect {
                        y: inner.y + inner.height.saturating_sub(1),
                        height: 1,
                        ..inner
                    },
                    buf,
                );
            }
            RoomMode::Agree => {
                let row = Rect {
                    y: area.y + area.height - 2,
                    height: 1,
                    ..area
                };
                buf.set_style(row, theme.highlight);
                buf.set_string(row.x + 1, row.y, t::AGREE_PROMPT.get(lang), theme.highlight);
            }
            RoomMode::Latecomer { input, error } => {
                let inner = popup(buf, area, 64, 8, t::LATECOMER_TITLE.get(lang), theme);
                let cells = usize::from(inner.width);
                let mut lines = vec![
                    Line::from(styled(t::NEW_PARTICIPANT.get(lang), theme.base)),
                    input_line(input, cells, true, theme),
                ];
                if let Some(e) = error {
                    lines.push(Line::from(styled(fit(e, cells), theme.error)));
                } else {
                    lines.push(Line::from(""));
                }
                lines.push(Line::from(styled(t::LATECOMER_KEYS.get(lang), theme.dim)));
                Paragraph::new(lines).render(inner, buf);
            }
            RoomMode::Absent { selected } => {
                let present: Vec<&str> = r
                    .seats
                    .iter()
                    .filter(|s| s.participant.present)
                    .map(|s| s.participant.name.as_str())
                    .collect();
                let height = (present.len() as u16 + 4).min(area.height.saturating_sub(2));
                let inner = popup(buf, area, 50, height, t::ABSENT_TITLE.get(lang), theme);
                let mut lines: Vec<Line> = present
                    .iter()
                    .enumerate()
                    .map(|(i, name)| marked((*name).to_string(), i == *selected, theme))
                    .collect();
                lines.push(Line::from(styled(t::ABSENT_KEYS.get(lang), theme.dim)));
                Paragraph::new(lines).render(inner, buf);
            }
            _ => {}
        }
    }
}

/// The level's label (bold) and the rest of its first row.
fn split_label(line: &str, label_cells: usize) -> (String, String) {
    let mut used = 0;
    for (i, c) in line.char_indices() {
        if used >= label_cells {
            return (line[..i].to_string(), line[i..].to_string());
        }
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    (line.to_string(), String::new())
}
