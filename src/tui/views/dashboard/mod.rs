//! The comparison dashboard: a header, one tab per view, the view's body (a list of lines that
//! scrolls), the team picker and export pop-ups, status and key hints.
//!
//! Each view builds its whole body as lines for the body's width; `update` builds the same lines
//! to know how far a view scrolls, so drawing and scrolling cannot disagree.

mod differences;
mod overview;
mod perception;
mod plans;
mod popups;
mod rhythm;
mod two_speed;

use super::super::app::App;
use super::super::dashboard::{DashView, Dashboard};
use super::super::layout::{MAX_TEXT_WIDTH, dashboard_areas};
use super::super::theme::{Theme, team_marker};
use super::super::wizard::Origin;
use super::super::wrap::{fit, width, wrap};
use super::common::{Hint, footer, footer_typing, header, styled, table_hints};
use crate::app::i18n::{Lang, Text, dashboard as d, keys as k};
use crate::domain::Answer;
use crate::domain::compare::RespondentAnswer;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// What a view shows below the tabs.
pub struct Body {
    pub lines: Vec<Line<'static>>,
    /// The line of the selected row (differences list), kept in view while scrolling.
    pub selected: Option<usize>,
}

pub use super::common::team_list_rows as picker_rows;
pub use overview::turn_page as overview_turn_page;
pub use rhythm::{grouped as rhythm_grouped, turn_page as rhythm_turn_page};

/// The body of the current view, `width` × `height` cells (the overview fits a page of teams in
/// it; the other views scroll).
pub fn body(dash: &Dashboard, theme: &Theme, width: usize, height: usize) -> Body {
    let plain = |lines| Body {
        lines,
        selected: None,
    };
    // Running text stays within a readable line length on a wide screen; bars use it all.
    let text_width = width.min(usize::from(MAX_TEXT_WIDTH));
    match (dash.view, dash.drill) {
        (DashView::Differences, Some(dim)) => {
            plain(differences::drill(dash, theme, text_width, dim))
        }
        (DashView::Overview, _) => plain(overview::lines(dash, theme, width, height)),
        (DashView::Differences, None) => differences::list(dash, theme, width),
        (DashView::Plans, _) => plain(plans::plans(dash, theme, text_width)),
        (DashView::Discuss, _) => plain(plans::discuss(dash, theme, text_width)),
        (DashView::Rhythm, _) => plain(rhythm::lines(dash, theme, width, height)),
        (DashView::Perception, _) => plain(perception::lines(dash, theme, width)),
        (DashView::TwoSpeed, Some(q)) => plain(two_speed::question(dash, theme, text_width, q)),
        (DashView::TwoSpeed, None) => two_speed::list(dash, theme, width),
    }
}

pub struct DashboardView<'a> {
    pub app: &'a App,
    pub dash: &'a Dashboard,
}

impl Widget for &DashboardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, dash) = (self.app, self.dash);
        let theme = &app.theme;
        let lang = dash.lang;
        let t = |x: Text| x.get(lang);
        let areas = dashboard_areas(area);
        let teams = d::teams(lang, dash.teams.len());
        header(
            buf,
            area,
            &format!("{} · {}", t(d::COMPARE), dash.assessment),
            &teams,
            theme,
        );
        let height = usize::from(areas.body.height);
        let body = body(dash, theme, usize::from(areas.body.width), height);
        let scroll = dash.scroll.min(body.lines.len().saturating_sub(height));
        let more_above = scroll > 0;
        let more_below = scroll + height < body.lines.len();
        tabs(buf, areas.tabs, dash, theme, (more_above, more_below));
        let shown: Vec<Line> = body.lines.into_iter().skip(scroll).take(height).collect();
        Paragraph::new(shown).render(areas.body, buf);
        if let Some(picker) = &dash.picker {
            popups::TeamPickerView { app, dash, picker }.render(area, buf);
        }
        if let Some(prompt) = &dash.export {
            popups::ExportView { app, prompt, lang }.render(area, buf);
            let keys: &[Hint] = if prompt.confirm_overwrite {
                &[
                    Hint::new(if lang == Lang::Fr { "o" } else { "y" }, t(d::REPLACE_FILE)),
                    Hint::out("n", t(d::KEEP_IT)),
                ]
            } else {
                &[
                    Hint::new(t(k::ENTER), t(d::WRITE)),
                    Hint::out(t(k::ESC), t(d::CANCEL)),
                ]
            };
            footer_typing(app, area, buf, keys);
            return;
        }
        if let Some(prompt) = &dash.request {
            popups::RequestView { app, prompt, lang }.render(area, buf);
            let keys: &[Hint] = match prompt.kind {
                super::super::dashboard::RequestKind::Add { .. } => &[
                    Hint::new(t(k::ENTER), t(d::SAVE)),
                    Hint::out(t(k::ESC), t(d::CANCEL)),
                ],
                super::super::dashboard::RequestKind::Respond { .. } => &[
                    Hint::new("↑↓", t(d::REQUEST)),
                    Hint::new("Tab", t(d::ANSWER)),
                    Hint::new(t(k::ENTER), t(d::SAVE)),
                    Hint::out(t(k::ESC), t(d::CANCEL)),
                ],
            };
            footer_typing(app, area, buf, keys);
            return;
        }
        if let Some(picker) = &dash.picker {
            use super::super::keymap;
            let table = if picker.pick.is_some() {
                keymap::TEAM_PICK
            } else if picker.filter.typing {
                keymap::TEAM_FILTER
            } else {
                keymap::TEAM_PICKER
            };
            let hints = keymap::footer(table, 5, lang);
            let hints = table_hints(&hints);
            if picker.filter.typing {
                footer_typing(app, area, buf, &hints);
            } else {
                footer(app, area, buf, &hints);
            }
            return;
        }
        let paged = match dash.view {
            DashView::Overview => overview::page(dash, usize::from(areas.body.width), height).paged,
            DashView::Rhythm => rhythm::grouped(dash) && rhythm::page(dash, height).paged,
            _ => false,
        };
        footer(app, area, buf, &keys(dash, paged));
    }
}

/// From this many compared teams the footer offers `p` (find a team by name).
const MANY_TEAMS: usize = 9;

/// Key hints of the current view, most useful first (a short row keeps the way back or out
/// whatever else it drops); `paged`: the overview (or the grouped rhythm view) shows a page of
/// the teams.
fn keys(dash: &Dashboard, paged: bool) -> Vec<Hint<'static>> {
    let lang = dash.lang;
    let t = |x: Text| x.get(lang);
    let mut keys = Vec::new();
    // Past a handful of teams, stepping with a b or ← → is slow: `p` finds one by name.
    let many = dash.teams.len() > MANY_TEAMS;
    let pick = super::super::keymap::PICK_OPEN
        .footer
        .map_or(Hint::new("p", ""), |(k, w)| {
            Hint::new(k.get(lang), w.get(lang))
        });
    match (dash.view, dash.drill) {
        (DashView::Differences | DashView::TwoSpeed, Some(_)) => {
            keys.push(Hint::out(t(k::ESC), t(d::BACK_TO_LIST)));
        }
        (DashView::TwoSpeed, None) => keys.push(Hint::new(t(k::ENTER), t(d::ANSWERS))),
        (DashView::Differences, None) => {
            keys.push(Hint::new(t(k::ENTER), t(d::QUESTIONS)));
            // Among many teams finding one by name comes before stepping one at a time
            // (80 columns in French hold one of the two with the way back).
            if many {
                keys.push(pick);
            }
            if dash.several() {
                keys.push(Hint::new("a b", t(d::CHANGE_TEAMS)));
            }
        }
        (DashView::Plans | DashView::Discuss, _) if many => {
            keys.push(Hint::new("← →", t(d::OTHER_TEAM)));
            keys.push(pick);
        }
        (DashView::Plans | DashView::Discuss, _) if dash.several() => {
            keys.push(Hint::new("← →", t(d::OTHER_TEAM)));
        }
        (DashView::Rhythm, _) if rhythm::grouped(dash) => keys.push(pick),
        (DashView::Perception, _) if dash.several() => {
            keys.extend([
                Hint::new("n m", t(d::NEW_REQUEST)),
                Hint::new("r", t(d::ANSWER)),
                Hint::new("a b", t(d::TEAMS)),
            ]);
        }
        _ => {}
    }
    keys.extend([
        // The tab row above names the views with their numbers.
        Hint::last("Tab 1-7", t(d::VIEWS)),
        // On plans ↑↓ choose the action: no mere scrolling there.
        if dash.view == DashView::Plans {
            Hint::new("↑↓", t(d::ACTION_KEY))
        } else {
            Hint::last("↑↓", t(d::SCROLL))
        },
        Hint::new("t", t(d::TEAMS)),
        Hint::new("e", t(d::EXPORT)),
    ]);
    if dash.drill.is_none() {
        keys.push(match dash.origin {
            Origin::Home => Hint::out(t(k::ESC), t(d::BACK)),
            Origin::CommandLine => Hint::out("q", t(d::QUIT)),
        });
    }
    // The page line above the teams says it too, so 80 columns can go without it.
    if paged && let Some((page_keys, what)) = super::super::keymap::OVERVIEW[0].footer {
        keys.push(Hint::last(page_keys.get(lang), what.get(lang)));
    }
    keys
}

/// "1 Overview  2 Differences  3 Plans  4 Discuss  5 Rhythm", the current one highlighted, and whether
/// the body scrolls further, flush right.
fn tabs(buf: &mut Buffer, row: Rect, dash: &Dashboard, theme: &Theme, more: (bool, bool)) {
    let mut spans = Vec::new();
    // Padded labels when they fit, else tight ones (80 columns with six tabs).
    let padded = DashView::ALL.len() * 2
        + DashView::ALL
            .iter()
            .map(|v| width(v.title_in(dash.lang)) + 4)
            .sum::<usize>();
    let pad = if usize::from(row.width) > padded {
        " "
    } else {
        ""
    };
    for (i, view) in DashView::ALL.iter().enumerate() {
        let label = format!("{pad}{} {}{pad}", i + 1, view.title_in(dash.lang));
        spans.push(if *view == dash.view {
            let rest = label.strip_prefix(' ').unwrap_or(&label);
            styled(format!("▶{rest}"), theme.highlight)
        } else {
            styled(label, theme.accent)
        });
        spans.push(Span::raw(" "));
    }
    Line::from(spans).render(row, buf);
    // The words when they fit, else the arrows alone (80 columns with five tabs).
    let (long, short) = match more {
        (true, true) => (d::MORE_BOTH.get(dash.lang), "▲▼"),
        (true, false) => (d::MORE_ABOVE.get(dash.lang), "▲"),
        (false, true) => (d::MORE_BELOW.get(dash.lang), "▼"),
        (false, false) => ("", ""),
    };
    let used: usize = DashView::ALL.len() * 2
        + DashView::ALL
            .iter()
            .map(|v| width(v.title_in(dash.lang)) + 2 + 2 * pad.len())
            .sum::<usize>();
    let room = usize::from(row.width);
    if let Some(text) = [long, short]
        .into_iter()
        .find(|t| !t.is_empty() && room > used + width(t))
    {
        let w = width(text);
        buf.set_string(row.x + row.width - w as u16, row.y, text, theme.dim);
    }
}

/// A score, or "–" without one, as `lang` writes it (2.6 / 2,6).
fn score(lang: Lang, value: Option<f64>) -> String {
    crate::app::i18n::score(lang, value)
}

/// "+0.8" / "−0.8": the sign always shown, so a delta reads as one; a decimal comma in French.
fn signed(lang: Lang, value: f64) -> String {
    let value = crate::domain::scoring::round1(value);
    let text = if value < 0.0 {
        format!("−{:.1}", -value)
    } else if value > 0.0 {
        format!("+{value:.1}")
    } else {
        "0.0".to_string()
    };
    crate::app::i18n::decimal(lang, text)
}

/// The marker of team `i` in its colour.
fn marker(theme: &Theme, i: usize) -> Span<'static> {
    styled(team_marker(i), theme.team(i))
}

/// `text` wrapped to `width` after an indent, each line in `style`.
fn wrapped(text: &str, indent: usize, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width.saturating_sub(indent).max(10))
        .into_iter()
        .map(|l| Line::from(styled(format!("{}{l}", " ".repeat(indent)), style)))
        .collect()
}

/// `prefix` then `text` wrapped under itself: " 1. How often…" with the next lines aligned after
/// the number, so a list stays readable.
fn hanging(prefix: &str, text: &str, width_cells: usize, style: Style) -> Vec<Line<'static>> {
    let indent = width(prefix);
    wrap(text, width_cells.saturating_sub(indent).max(10))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let lead = if i == 0 {
                prefix.to_string()
            } else {
                " ".repeat(indent)
            };
            Line::from(styled(format!("{lead}{l}"), style))
        })
        .collect()
}

/// One line cut to `width`.
fn cut(text: &str, width: usize, style: Style) -> Line<'static> {
    Line::from(styled(fit(text, width), style))
}

/// "Sophie Martin 1 · Karim Benali n/a · …": who answered what, then each comment on its own
/// lines, indented.
fn answers(
    lang: Lang,
    answers: &[RespondentAnswer],
    theme: &Theme,
    indent: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let given: Vec<String> = answers
        .iter()
        .filter_map(|a| {
            a.answer.map(|v: Answer| {
                format!(
                    "{}{}",
                    crate::app::i18n::colon(lang, &a.respondent),
                    crate::app::i18n::answer(lang, v)
                )
            })
        })
        .collect();
    let mut lines = Vec::new();
    if !given.is_empty() {
        lines.extend(wrapped(&given.join(" · "), indent, width, theme.base));
    }
    for a in answers.iter().filter(|a| !a.comment.is_empty()) {
        lines.extend(wrapped(
            &format!(
                "{} — {}",
                crate::app::i18n::quote(lang, a.comment.trim()),
                a.respondent
            ),
            indent + 2,
            width,
            theme.base,
        ));
    }
    lines
}
