//! The home screen: assessments with their teams, respondents and coverage.

use super::super::app::App;
use super::super::keymap;
use super::super::layout::{
    HomeLine, home_lines, home_list_area, home_offset, sheet_problem_rows, unreadable_rows,
};
use super::super::wrap::{fit, width};
use super::common::{Hint, footer, footer_typing, gauge, header, styled, table_hints};
use crate::app::i18n::{Lang, keys, screens, teams};
use crate::domain::scoring::score_team;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub struct HomeView<'a> {
    pub app: &'a App,
}

const GAUGE_CELLS: usize = 10;

impl Widget for &HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let lang = app.home_lang();
        let colon = if lang == Lang::Fr { "\u{202f}:" } else { ":" };
        header(
            buf,
            area,
            screens::HOME_TITLE.get(lang),
            &format!("{}{colon} {}", screens::HOME_DATA.get(lang), app.data_dir),
            theme,
        );
        let list = home_list_area(area);
        let lines = home_lines(app);
        if lines.is_empty() {
            let text = vec![
                Line::from(styled(screens::HOME_EMPTY.get(lang), theme.question)),
                Line::from(""),
                Line::from(vec![
                    styled(screens::HOME_PRESS.get(lang), theme.base),
                    styled("n", theme.accent),
                    styled(screens::HOME_TO_CREATE.get(lang), theme.base),
                ]),
            ];
            Paragraph::new(text).render(list, buf);
        } else {
            let height = usize::from(list.height);
            let offset = home_offset(app, &lines, height);
            let name_width = team_name_width(app);
            let rendered: Vec<Line> = lines
                .iter()
                .skip(offset)
                .take(height)
                .map(|l| self.line(*l, usize::from(list.width), name_width))
                .collect();
            Paragraph::new(rendered).render(list, buf);
            let more_above = offset > 0;
            let more_below = offset + height < lines.len();
            if more_above {
                buf.set_string(
                    list.x,
                    list.y - 1,
                    screens::MORE_ABOVE_SHORT.get(lang),
                    theme.dim,
                );
            }
            if more_below {
                buf.set_string(
                    list.x,
                    list.y + list.height,
                    screens::MORE_BELOW_SHORT.get(lang),
                    theme.dim,
                );
            }
        }
        let t = |x: crate::app::i18n::Text| x.get(lang);
        if app.home_filter.typing {
            let hints = keymap::footer(keymap::TEAM_FILTER, 5, lang);
            footer_typing(app, area, buf, &table_hints(&hints));
            return;
        }
        // "/ filter" where it helps: more teams than the screen lists, or a filter set.
        let long = app.team_rows().len() > usize::from(list.height) || app.home_filter.narrows();
        let filter_hint = keymap::FILTER_START[0]
            .footer
            .map(|(k, w)| Hint::new(k.get(lang), w.get(lang)));
        let mut keys: Vec<Hint> = if app.team_rows().is_empty() && !app.home_filter.narrows() {
            vec![
                Hint::new("n", t(screens::NEW_ASSESSMENT)),
                Hint::out("q", t(screens::QUIT)),
            ]
        } else {
            vec![
                Hint::new(t(keys::ENTER), t(screens::ANSWER)),
                Hint::new("w", t(screens::ROOM)),
                Hint::new("c", t(screens::COMPARE)),
                Hint::new("r", t(screens::RESULTS)),
                Hint::new("n", t(screens::NEW_ASSESSMENT)),
                Hint::out("q", t(screens::QUIT)),
                Hint::new("t", t(screens::ADD_TEAM)),
                Hint::new("m", t(screens::FIGURES)),
                Hint::last("↑↓", t(screens::CHOOSE_TEAM)),
            ]
        };
        if long && let Some(hint) = filter_hint {
            keys.insert(1.min(keys.len()), hint);
        }
        footer(app, area, buf, &keys);
    }
}

impl HomeView<'_> {
    fn line(&self, line: HomeLine, width_cells: usize, name_width: usize) -> Line<'static> {
        let app = self.app;
        let theme = &app.theme;
        let lang = app.home_lang();
        let t = |x: crate::app::i18n::Text| x.get(lang);
        match line {
            HomeLine::Blank => Line::from(""),
            HomeLine::Filter => {
                let f = &app.home_filter;
                let total: usize = app
                    .entries
                    .iter()
                    .filter_map(|e| e.as_ref().ok())
                    .map(|l| l.assessment.teams.len())
                    .sum();
                let text =
                    teams::filter(lang, &f.input.value, f.typing, app.team_rows().len(), total);
                Line::from(styled(fit(&text, width_cells), theme.accent))
            }
            HomeLine::NoMatch => Line::from(styled(
                fit(teams::NO_MATCH.get(lang), width_cells),
                theme.question,
            )),
            HomeLine::Unreadable { entry, row } => {
                let msg = app.entries[entry]
                    .as_ref()
                    .err()
                    .cloned()
                    .unwrap_or_default();
                let text = unreadable_rows(&msg, width_cells as u16)
                    .into_iter()
                    .nth(row)
                    .unwrap_or_default();
                Line::from(styled(text, theme.error))
            }
            HomeLine::Assessment(e) => {
                let Ok(loaded) = &app.entries[e] else {
                    return Line::from("");
                };
                let a = &loaded.assessment;
                let name = fit(&a.name, width_cells);
                // The date is kept whole; the questionnaire's title gives way first.
                let questions = screens::questions(
                    lang,
                    a.is_short().then(|| a.asked_count()),
                    a.questionnaire.question_count(),
                );
                let tail = format!(
                    " · {questions} · {}",
                    &a.created_at[..a.created_at.len().min(10)],
                );
                let room = width_cells.saturating_sub(width(&name) + 3);
                let rest = if width(&tail) + 2 <= room {
                    format!(
                        "   {}{tail}",
                        fit(&a.questionnaire.title, room - width(&tail))
                    )
                } else {
                    format!("   {}", fit(tail.trim_start_matches(" · "), room))
                };
                Line::from(vec![styled(name, theme.accent), styled(rest, theme.dim)])
            }
            HomeLine::SheetsWarning(e) => {
                let Ok(loaded) = &app.entries[e] else {
                    return Line::from("");
                };
                let n = loaded.unreadable.len();
                let selected_here = app
                    .team_rows()
                    .get(app.home_selected)
                    .is_some_and(|&(entry, _)| entry == e);
                let text = screens::unreadable(lang, n, selected_here);
                Line::from(styled(fit(&text, width_cells), theme.error))
            }
            HomeLine::SheetProblem { entry, row } => {
                let Ok(loaded) = &app.entries[entry] else {
                    return Line::from("");
                };
                let text = sheet_problem_rows(loaded, width_cells as u16)
                    .into_iter()
                    .nth(row)
                    .unwrap_or_default();
                Line::from(styled(text, theme.error))
            }
            HomeLine::Team { entry, team, row } => {
                let Ok(loaded) = &app.entries[entry] else {
                    return Line::from("");
                };
                let a = &loaded.assessment;
                let team_name = &a.teams[team];
                let score = score_team(&a.as_asked().questionnaire, team_name, &loaded.sheets);
                let people: Vec<&str> = loaded
                    .sheets
                    .iter()
                    .filter(|s| &s.team == team_name)
                    .map(|s| s.respondent.as_str())
                    .collect();
                let selected = row == app.home_selected;
                let name = format!(
                    "{} {:<w$}",
                    if selected { "▶" } else { " " },
                    fit(team_name, name_width),
                    w = name_width
                );
                let mut spans = vec![
                    styled(
                        name,
                        if selected {
                            theme.highlight
                        } else {
                            theme.base
                        },
                    ),
                    Span::raw("  "),
                ];
                spans.extend(gauge(score.coverage, GAUGE_CELLS, theme));
                let pct = if lang == Lang::Fr {
                    format!(
                        " {:>3.0}\u{202f}% {}",
                        score.coverage * 100.0,
                        t(screens::ANSWERED)
                    )
                } else {
                    format!(" {:>3.0}% {}", score.coverage * 100.0, t(screens::ANSWERED))
                };
                spans.push(styled(pct, theme.base));
                let used = 2 + name_width + 2 + GAUGE_CELLS + 14;
                let who = match people.len() {
                    0 if !loaded.unreadable.is_empty() => format!("  {}", t(screens::NO_READABLE)),
                    0 => format!("  {}", t(screens::NO_RESPONDENT)),
                    _ => format!("  {}", screens::respondents(lang, &people)),
                };
                spans.push(styled(
                    fit(&who, width_cells.saturating_sub(used)),
                    theme.dim,
                ));
                Line::from(spans)
            }
        }
    }
}

/// Team names line up in one column, as wide as the longest (within reason).
fn team_name_width(app: &App) -> usize {
    app.entries
        .iter()
        .filter_map(|e| e.as_ref().ok())
        .flat_map(|l| l.assessment.teams.iter())
        .map(|t| width(t))
        .max()
        .unwrap_or(8)
        .clamp(8, 24)
}
