//! The `?` overlay: every key of the current screen.

use super::super::app::{App, Screen};
use super::super::keymap;
use super::super::wizard::Mode;
use super::super::wrap::{width, wrap};
use super::common::{popup, styled};
use crate::app::i18n::{Lang, keys};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

pub struct HelpView<'a> {
    pub app: &'a App,
}

/// The keys of a screen, as (keys, what they do). Also the source of truth for the help tests.
pub fn keys_for(app: &App) -> Vec<(String, String)> {
    let s = |k: &str, v: &str| (k.to_string(), v.to_string());
    let with_filter = |mut keys: Vec<(String, String)>| {
        // The filter's keys after the first line (choose a team).
        let filter = keymap::help_lines(keymap::FILTER_START, 5, app.home_lang());
        let at = 1.min(keys.len());
        keys.splice(at..at, filter);
        keys
    };
    match &app.screen {
        Screen::Home if app.home_filter.typing => {
            keymap::help_lines(keymap::TEAM_FILTER, 5, app.home_lang())
        }
        Screen::Home if app.home_lang() == Lang::Fr => with_filter(vec![
            s("↑ ↓  j k", "choisir une équipe"),
            s(
                "Entrée",
                "répondre pour l’équipe\u{202f}: choisir ou ajouter un répondant",
            ),
            s(
                "w",
                "salle d’atelier\u{202f}: toute l’équipe vote sur un seul écran, puis révèle et s’accorde",
            ),
            s(
                "c",
                "comparer les équipes de l’évaluation\u{202f}: le tableau de bord",
            ),
            s("r", "les résultats de l’équipe"),
            s("n", "nouvelle évaluation"),
            s("t", "ajouter une équipe à l’évaluation"),
            s("souris", "cliquer sur une équipe pour la choisir"),
            s("? F1", "cette aide"),
            s("q Échap", "quitter"),
        ]),
        Screen::Home => with_filter(vec![
            s("↑ ↓  j k", "choose a team"),
            s("Enter", "answer for the team: pick or add a respondent"),
            s(
                "w",
                "workshop room: the whole team votes on one screen, then reveals and agrees",
            ),
            s("c", "compare the assessment's teams: the dashboard"),
            s("r", "the team's results"),
            s("n", "new assessment"),
            s("t", "add a team to the assessment"),
            s("m", "the team's delivery figures (the DORA keys)"),
            s("mouse", "click a team to choose it"),
            s("? F1", "this help"),
            s("q Esc", "quit"),
        ]),
        // In the language of the form itself (`App::screen_lang`: the home screen's).
        Screen::NewAssessment(_) | Screen::AddTeam(_) if app.screen_lang() == Lang::Fr => vec![
            s(
                "Entrée",
                "champ suivant\u{202f}; sur le dernier champ, créer",
            ),
            s("Tab ↑ ↓", "passer d’un champ à l’autre"),
            s(keys::ARROWS_HOME_END.fr, "se déplacer dans le texte"),
            s("Ctrl+U", "effacer jusqu’au début du champ"),
            s("F1", "cette aide (? s’écrit ici comme du texte)"),
            s("Échap", "annuler"),
        ],
        Screen::NewAssessment(_) | Screen::AddTeam(_) => vec![
            s("Enter", "next field; on the last field, create"),
            s("Tab ↑ ↓", "move between fields"),
            s("← → Home End", "move in the text"),
            s("Ctrl+U", "clear to the start of the field"),
            s("F1", "this help (? is typed as text here)"),
            s("Esc", "cancel"),
        ],
        Screen::Metrics(_) => vec![
            s("↑ ↓  Tab", "move between rows"),
            s(
                "← →",
                "a key: pick a DORA Quick Check band; the source: pick it",
            ),
            s(
                "typing",
                "a key: a measured value instead (3/week, 2d, 12%)",
            ),
            s("Backspace", "a key: keep the stored figure"),
            s("Enter", "record what is given (the other keys keep theirs)"),
            s("F1", "this help (? is typed as text here)"),
            s("Esc", "leave without recording"),
        ],
        Screen::Respondents(p) if p.find.is_some() => {
            keymap::help_lines(keymap::TEAM_PICK, 5, app.screen_lang())
        }
        Screen::Respondents(_) => {
            keymap::help_lines(keymap::RESPONDENT_SHEET, 5, app.screen_lang())
        }
        // In the assessment's language, like the screens (`App::screen_lang`).
        Screen::Role(_) if app.screen_lang() == Lang::Fr => vec![
            s("↑ ↓  j k", "choisir"),
            s("Entrée", "commencer à répondre avec ce rôle"),
            s("? F1", "cette aide"),
            s("Échap", "retour"),
        ],
        Screen::Role(_) => vec![
            s("↑ ↓  j k", "choose"),
            s("Enter", "start answering with this role"),
            s("? F1", "this help"),
            s("Esc", "back"),
        ],
        Screen::Results(_) if app.screen_lang() == Lang::Fr => vec![
            s("↑ ↓  j k", "défiler"),
            s("? F1", "cette aide"),
            s("Échap q", "retour aux évaluations"),
        ],
        Screen::Results(_) => vec![
            s("↑ ↓  j k", "scroll"),
            s("? F1", "this help"),
            s("Esc q", "back to the assessments"),
        ],
        Screen::Dashboard(d) if d.lang == Lang::Fr && d.export.is_some() => vec![
            s(
                "Entrée",
                "écrire le rapport (l’extension choisit le format)",
            ),
            s("Tab ↑ ↓", "chemin, titre, auteur, anonyme"),
            s("Espace", "anonyme\u{202f}: oui ou non"),
            s("o / n", "remplacer un fichier existant / le garder"),
            s("Échap", "annuler"),
        ],
        Screen::Dashboard(d) if d.picker.as_ref().is_some_and(|p| p.pick.is_some()) => {
            keymap::help_lines(keymap::TEAM_PICK, 5, d.lang)
        }
        Screen::Dashboard(d) if d.picker.as_ref().is_some_and(|p| p.filter.typing) => {
            keymap::help_lines(keymap::TEAM_FILTER, 5, d.lang)
        }
        Screen::Dashboard(d) if d.picker.is_some() => {
            let mut keys = keymap::help_lines(keymap::TEAM_PICKER, 5, d.lang);
            // The Esc that clears a filter, then the one that cancels.
            keys.extend(keymap::help_lines(&keymap::FILTER_START[1..], 5, d.lang));
            keys
        }
        Screen::Dashboard(d) if d.lang == Lang::Fr => vec![
            s(
                "1-7  Tab",
                "ensemble, écarts, plans, débats, rythme, perception, deux vitesses",
            ),
            s(
                "↑ ↓  j k",
                "défiler\u{202f}; écarts\u{202f}: une dimension\u{202f}; plans\u{202f}: une action",
            ),
            s("PgPréc PgSuiv", "une page plus haut / plus bas"),
            overview_pages(Lang::Fr),
            s(
                "Entrée",
                "écarts\u{202f}: les questions de la dimension\u{202f}; deux vitesses\u{202f}: les réponses",
            ),
            s(
                "a  b",
                "écarts, perception\u{202f}: l’équipe suivante de chaque côté",
            ),
            s("← →", "plans, débats\u{202f}: les autres équipes"),
            s("a", "plans\u{202f}: accepter l’étape (convenir l’action)"),
            s("o", "plans\u{202f}: responsable et échéance de l’action"),
            s(
                "s",
                "plans\u{202f}: statut suivant (proposée, convenue, en cours, faite, abandonnée)",
            ),
            s(
                "n",
                "plans\u{202f}: une action commune aux équipes comparées",
            ),
            s("x", "plans\u{202f}: retirer l’action (demande d’abord)"),
            s(
                "n  m",
                "perception\u{202f}: une demande de la première équipe, de la seconde",
            ),
            s(
                "r",
                "perception\u{202f}: répondre à une demande (↑↓ laquelle, Tab la réponse)",
            ),
            pick_line(Lang::Fr),
            s("t", "choisir les équipes à comparer"),
            s("e", "exporter le rapport (PDF, Markdown, JSON, CSV)"),
            s(
                "Échap q",
                "retour (depuis une dimension\u{202f}: à la liste)",
            ),
        ],
        Screen::Dashboard(d) if d.export.is_some() => vec![
            s("Enter", "write the report (the extension picks the format)"),
            s("Tab ↑ ↓", "path, title, author, anonymous"),
            s("Space", "anonymous: yes or no"),
            s("y / n", "replace an existing file / keep it"),
            s("Esc", "cancel"),
        ],
        Screen::Dashboard(_) => vec![
            s(
                "1-7  Tab",
                "overview, differences, plans, discuss, rhythm, perception, two-speed",
            ),
            s(
                "↑ ↓  j k",
                "scroll; differences: a dimension; plans: an action",
            ),
            s("PgUp PgDn", "a page up / down"),
            overview_pages(Lang::En),
            s(
                "Enter",
                "differences: the questions of the dimension; two-speed: the answers",
            ),
            s(
                "a  b",
                "differences, perception: the next team on each side",
            ),
            s("← →", "plans, discuss: the other teams"),
            s("a", "plans: accept the step (agree the action)"),
            s("o", "plans: owner and due date of the action"),
            s(
                "s",
                "plans: next status (proposed, agreed, in progress, done, dropped)",
            ),
            s("n", "plans: a joint action for the compared teams"),
            s("x", "plans: remove the action (asks first)"),
            s(
                "n  m",
                "perception: a request from the first team, from the second",
            ),
            s(
                "r",
                "perception: answer a request (↑↓ which, Tab the answer)",
            ),
            pick_line(Lang::En),
            s("t", "choose the teams to compare"),
            s("e", "export the report (PDF, Markdown, JSON, CSV)"),
            s("Esc q", "back (from a dimension: to the list)"),
        ],
        Screen::RoomSetup(setup) if setup.find.is_some() => {
            keymap::help_lines(keymap::TEAM_PICK, 5, setup.lang)
        }
        Screen::RoomSetup(setup) => keymap::help_lines(keymap::ROOM_SETUP, 5, setup.lang),
        Screen::Room(r) => {
            use super::super::room::RoomMode;
            let (lang, levels) = (r.lang, r.level_count());
            match &r.mode {
                RoomMode::Review { .. } => keymap::help_lines(keymap::ROOM_REVIEW, levels, lang),
                RoomMode::Main if r.revealed => {
                    keymap::help_lines(keymap::ROOM_REVEAL, levels, lang)
                }
                _ => keymap::help_lines(keymap::ROOM_VOTE, levels, lang),
            }
        }
        Screen::Wizard(w) => match w.mode {
            Mode::Review { .. } if w.lang == Lang::Fr => vec![
                s("↑ ↓  j k", "choisir une question sans réponse"),
                s("Entrée", "y aller"),
                s("Échap ← h", "retour aux questions"),
                s("q", "terminer\u{202f}: tout est déjà enregistré"),
            ],
            Mode::Review { .. } => vec![
                s("↑ ↓  j k", "choose an unanswered question"),
                s("Enter", "go to it"),
                s("Esc ← h", "back to the questions"),
                s("q", "finish: everything is already saved"),
            ],
            Mode::Comment(_) if w.lang == Lang::Fr => vec![
                s("Échap Ctrl+S", "enregistrer le commentaire et fermer"),
                s("Entrée", "nouvelle ligne"),
                s("flèches Début Fin", "se déplacer dans le texte"),
            ],
            Mode::Comment(_) => vec![
                s("Esc Ctrl+S", "save the comment and close"),
                s("Enter", "new line"),
                s("arrows Home End", "move in the text"),
            ],
            Mode::Replace { .. } => keymap::help_lines(
                keymap::REPLACE,
                w.level_count(),
                app.lang_for(&w.assessment.questionnaire.language),
            ),
            _ => {
                let lang = app.lang_for(&w.assessment.questionnaire.language);
                let mut keys = keymap::help_lines(keymap::QUESTION, w.level_count(), lang);
                keys.push(s(
                    crate::app::i18n::keys::MOUSE.get(lang),
                    crate::app::i18n::screens::MOUSE_HELP.get(lang),
                ));
                keys
            }
        },
    }
}

/// The overview's `[ ]` line, from its key table.
fn overview_pages(lang: Lang) -> (String, String) {
    keymap::help_lines(keymap::OVERVIEW, 5, lang)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The dashboard's `p` line, from its key table.
fn pick_line(lang: Lang) -> (String, String) {
    keymap::help_lines(&[keymap::PICK_OPEN], 5, lang)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The box's width, borders included (narrower on a narrow screen).
const BOX_WIDTH: u16 = 76;

/// The help box's lines for a screen of `area`: each key and what it does (wrapped under the
/// description), a blank, the notes.
fn lines(app: &App, area: Rect) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let keys = keys_for(app);
    let key_width = keys.iter().map(|(k, _)| width(k)).max().unwrap_or(4) + 2;
    // What the box has inside: its borders and a margin of one on each side.
    let inner = usize::from(BOX_WIDTH.min(area.width)).saturating_sub(4);
    let mut lines: Vec<Line> = Vec::new();
    for (k, what) in keys {
        // Continued under the description, not under the keys.
        for (i, row) in wrap(&what, inner.saturating_sub(key_width))
            .into_iter()
            .enumerate()
        {
            let keys = if i == 0 { k.as_str() } else { "" };
            lines.push(Line::from(vec![
                styled(format!("{keys:<key_width$}"), theme.accent),
                styled(row, theme.base),
            ]));
        }
    }
    lines.push(Line::from(""));
    let room_note = room_lang(app).map(|l| crate::app::i18n::room::HELP_NOTE.get(l));
    let lang = app.screen_lang();
    let french_notes = [
        "Chaque réponse et commentaire est enregistré dès qu’il est donné. Échap ou ? ferme cette aide.",
        "Là où ? s’écrit comme du texte (formulaires, noms, commentaires), F1 ouvre cette aide.",
    ];
    let notes = [
        "Every answer and comment is saved the moment it is given. Esc or ? closes this.",
        // Said once here rather than on every footer: why some screens show F1 and others ?.
        "Where ? is typed as text (forms, names, comments), F1 opens this help.",
    ];
    let notes: Vec<&str> = match room_note {
        Some(note) => vec![note],
        None if lang == Lang::Fr => french_notes.to_vec(),
        None => notes.to_vec(),
    };
    for note in notes {
        for row in wrap(note, inner) {
            lines.push(Line::from(styled(row, theme.dim)));
        }
    }
    lines
}

fn room_lang(app: &App) -> Option<Lang> {
    match &app.screen {
        Screen::Room(r) => Some(r.lang),
        Screen::RoomSetup(s) => Some(s.lang),
        _ => None,
    }
}

/// Rows of help text the box shows at once on a screen of `area` (all the screen's rows but
/// the box's borders).
fn shown_rows(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(2))
}

/// How far the help scrolls on a screen of `area`: 0 when it fits.
pub fn max_scroll(app: &App, area: Rect) -> usize {
    lines(app, area).len().saturating_sub(shown_rows(area))
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let lines = lines(app, area);
        let lang = room_lang(app).unwrap_or_else(|| app.screen_lang());
        let rows = shown_rows(area);
        let scroll = app.help_scroll.min(lines.len().saturating_sub(rows));
        let more_below = scroll + rows < lines.len();
        let height = lines.len() as u16 + 2;
        let inner = popup(
            buf,
            area,
            BOX_WIDTH,
            height,
            crate::app::i18n::room::HELP_TITLE.get(lang),
            theme,
        );
        // Taller than the screen (the dashboard's keys at 80×24): the box scrolls, and its
        // bottom border says so and with which keys.
        if scroll > 0 || more_below {
            let text = crate::app::i18n::screens::help_more(lang, scroll > 0, more_below);
            let w = width(&text) as u16;
            let bottom = inner.y + inner.height;
            if w + 4 <= inner.width + 2 {
                buf.set_string(inner.x + inner.width - w, bottom, &text, theme.accent);
            }
        }
        let shown: Vec<Line> = lines.into_iter().skip(scroll).take(rows).collect();
        Paragraph::new(shown).render(inner, buf);
    }
}
