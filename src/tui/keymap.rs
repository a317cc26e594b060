//! The key tables: which keys do what on the wizard's question screen, in its "replace the
//! stored answer?" prompt, and in each mode of the workshop room. One table per screen drives
//! the key handler (`update::wizard`, `update::room`), the `?` help and the footer hints, so
//! they cannot drift apart. Labels and help are `i18n::Text`s: the help and the footer come out
//! in the screen's language.

use crate::app::i18n::{Lang, Text, keys as k};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key does on the question screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A digit: highlight that level.
    HighlightLevel,
    HighlightUp,
    HighlightDown,
    /// Save the highlighted level (asking first if it replaces another stored answer).
    Save,
    NotApplicable,
    Unknown,
    Comment,
    Leave,
    PreviousQuestion,
    NextQuestion,
    PreviousDimension,
    NextDimension,
    /// Scroll the question text; the highlight stays where it is.
    ScrollUp,
    ScrollDown,
    /// The top of the question text, with a cut hint and comment shown whole.
    Top,
    Bottom,
    Review,
    Role,
    Help,
    /// In the replace prompt: replace the stored answer.
    Replace,
    /// In the replace prompt: keep the stored answer.
    Keep,
    // The workshop room.
    /// A digit: the next participant's vote.
    Vote,
    VoteNotApplicable,
    VoteUnknown,
    /// Takes the last vote entered back.
    Undo,
    /// Every present participant voted: show the votes.
    Reveal,
    /// Write each participant's vote to their sheet, next question.
    Accept,
    /// Clear the votes of this question and vote again.
    Revote,
    /// The room's note on the question.
    Note,
    /// `=` then a digit: the level the room agreed on.
    Agree,
    /// On or off the parking lot.
    Park,
    /// A participant arrives late.
    Latecomer,
    /// A participant leaves: absent from here on.
    Absent,
    // The participants screen.
    /// Present or not.
    Tick,
    /// Whose practices are assessed: the team's own, then each other team in turn.
    About,
    /// Start the room.
    Start,
    /// Back to the screen before.
    Back,
    // Lists of teams.
    /// `/`: type to narrow the list of teams.
    Filter,
    /// Esc: the list of teams whole again.
    ClearFilter,
    /// Backspace while typing a filter: the list widens.
    Widen,
    /// All the teams listed (or none when all are chosen).
    All,
    /// The overview's previous / next page of teams.
    PreviousPage,
    NextPage,
    // The respondent picker.
    /// F2: rename the respondent.
    Rename,
    /// Del: delete the respondent (asks first).
    Delete,
}

/// A key with the modifiers it needs. Letters ignore Shift (terminals report it for capitals
/// only), but Ctrl and Alt must match: Ctrl+U or Alt+N typed by mistake answer nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn shift(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::SHIFT,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let mut modifiers = event.modifiers;
        if matches!(event.code, KeyCode::Char(_)) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        event.code == self.code && modifiers == self.modifiers
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    Listed(&'static [Key]),
    /// The digits 1–9 (the level count is checked by the handler).
    Digits,
}

/// One line of a key table. `{n}` in `label` and `footer` stands for the number of levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub action: Action,
    pub keys: Keys,
    /// How the help spells the keys: "↑ ↓  j k"; empty: listed with the line before.
    pub label: Text,
    /// What the help says they do.
    pub help: Text,
    /// Keys and words in the footer, in table order while they fit; `None`: help only.
    pub footer: Option<(Text, Text)>,
}

/// A label or help text written the same in both languages (keys, symbols).
const fn same(text: &'static str) -> Text {
    Text::new(text, text)
}

const NONE: Text = Text::new("", "");

impl Binding {
    fn matches(&self, event: &KeyEvent) -> bool {
        match self.keys {
            Keys::Listed(keys) => keys.iter().any(|k| k.matches(event)),
            Keys::Digits => {
                matches!(event.code, KeyCode::Char('1'..='9'))
                    && !event
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            }
        }
    }
}

/// The question screen. Only ↑/↓ (and j/k, digits, a click) move the highlight; only the scroll
/// keys and the wheel move the text. Before, ↓ past the last level scrolled, so reading down to
/// the comment and pressing Enter could save a level nobody chose.
pub const QUESTION: &[Binding] = &[
    Binding {
        action: Action::HighlightLevel,
        keys: Keys::Digits,
        label: same("1–{n}"),
        help: Text::new("highlight that level", "surligner ce niveau"),
        footer: Some((same("1–{n} ↑↓"), Text::new("level", "niveau"))),
    },
    Binding {
        action: Action::HighlightUp,
        keys: Keys::Listed(&[key(KeyCode::Up), ch('k')]),
        label: same("↑ ↓  j k"),
        help: Text::new(
            "move the highlight (the text scrolls to show it)",
            "déplacer le surlignage (le texte défile pour le montrer)",
        ),
        footer: None,
    },
    Binding {
        action: Action::HighlightDown,
        keys: Keys::Listed(&[key(KeyCode::Down), ch('j')]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::Save,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new(
            "save the highlighted level, next question; asks before replacing an answer",
            "enregistrer le niveau surligné, question suivante\u{202f}; demande avant de remplacer une réponse",
        ),
        footer: Some((k::ENTER, Text::new("save", "enregistrer"))),
    },
    Binding {
        action: Action::NotApplicable,
        keys: Keys::Listed(&[ch('n')]),
        label: same("n"),
        help: Text::new(
            "save n/a (does not apply), next question",
            "enregistrer s.o. (sans objet), question suivante",
        ),
        footer: Some((same("n"), Text::new("n/a", "s.o."))),
    },
    Binding {
        action: Action::Unknown,
        keys: Keys::Listed(&[ch('u')]),
        label: same("u"),
        help: Text::new(
            "save unknown (nobody knows), next question",
            "enregistrer «\u{202f}ne sait pas\u{202f}» (personne ne sait), question suivante",
        ),
        footer: Some((same("u"), Text::new("unknown", "ne sait pas"))),
    },
    Binding {
        action: Action::Comment,
        keys: Keys::Listed(&[ch('c')]),
        label: same("c"),
        help: Text::new(
            "comment on the question (the room's reasoning)",
            "commenter la question (le raisonnement de la salle)",
        ),
        footer: Some((same("c"), Text::new("comment", "commentaire"))),
    },
    Binding {
        action: Action::Leave,
        keys: Keys::Listed(&[ch('q'), key(KeyCode::Esc)]),
        label: k::Q_ESC,
        help: Text::new(
            "leave: every answer is already saved",
            "quitter\u{202f}: chaque réponse est déjà enregistrée",
        ),
        footer: Some((same("q"), Text::new("leave", "quitter"))),
    },
    Binding {
        action: Action::PreviousQuestion,
        keys: Keys::Listed(&[key(KeyCode::Left), ch('h')]),
        label: same("← →  h l"),
        help: Text::new("previous / next question", "question précédente / suivante"),
        footer: Some((same("←→"), Text::new("question", "question"))),
    },
    Binding {
        action: Action::NextQuestion,
        keys: Keys::Listed(&[key(KeyCode::Right), ch('l')]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::PreviousDimension,
        keys: Keys::Listed(&[key(KeyCode::PageUp)]),
        label: k::PG_UP_DOWN,
        help: Text::new(
            "previous / next dimension",
            "dimension précédente / suivante",
        ),
        footer: Some((k::PG_UP_DOWN_SHORT, Text::new("dimension", "dimension"))),
    },
    Binding {
        action: Action::NextDimension,
        keys: Keys::Listed(&[key(KeyCode::PageDown)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::ScrollUp,
        keys: Keys::Listed(&[shift(KeyCode::Up)]),
        label: k::SHIFT_ARROWS,
        help: Text::new(
            "scroll the question text; the highlight stays",
            "faire défiler le texte de la question\u{202f}; le surlignage reste",
        ),
        footer: Some((k::SHIFT_ARROWS_SHORT, Text::new("scroll", "défiler"))),
    },
    Binding {
        action: Action::ScrollDown,
        keys: Keys::Listed(&[shift(KeyCode::Down)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::Top,
        keys: Keys::Listed(&[key(KeyCode::Home)]),
        label: k::HOME_END,
        help: Text::new(
            "top of the text (hint and comment whole) / its end",
            "haut du texte (aide et commentaire en entier) / sa fin",
        ),
        footer: None,
    },
    Binding {
        action: Action::Bottom,
        keys: Keys::Listed(&[key(KeyCode::End)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::Review,
        keys: Keys::Listed(&[ch('f')]),
        label: same("f"),
        help: Text::new(
            "review: unanswered and skipped questions",
            "bilan\u{202f}: questions sans réponse et écartées",
        ),
        footer: Some((same("f"), Text::new("review", "bilan"))),
    },
    Binding {
        action: Action::Role,
        keys: Keys::Listed(&[ch('r')]),
        label: same("r"),
        help: Text::new(
            "respondent's role: other roles' questions are skipped",
            "rôle du répondant\u{202f}: les questions des autres rôles sont écartées",
        ),
        footer: Some((same("r"), Text::new("role", "rôle"))),
    },
    HELP,
];

/// `?` and F1. F1 is handled before any screen sees the key; listed so the help names it.
const HELP: Binding = Binding {
    action: Action::Help,
    keys: Keys::Listed(&[ch('?'), key(KeyCode::F(1))]),
    label: k::HELP,
    help: Text::new("this help", "cette aide"),
    footer: None,
};

/// The prompt shown when Enter, n, u or a click would replace a stored answer with another.
/// French screens say « o » (oui) for yes; both letters work in both languages.
pub const REPLACE: &[Binding] = &[
    Binding {
        action: Action::Replace,
        keys: Keys::Listed(&[key(KeyCode::Enter), ch('y'), ch('o')]),
        label: k::ENTER_Y,
        help: Text::new(
            "replace the stored answer and go to the next question",
            "remplacer la réponse enregistrée et passer à la question suivante",
        ),
        footer: Some((k::ENTER_Y_SHORT, Text::new("replace", "remplacer"))),
    },
    Binding {
        action: Action::Keep,
        keys: Keys::Listed(&[key(KeyCode::Esc), ch('n')]),
        label: k::ESC_N,
        help: Text::new(
            "keep the stored answer (the highlight goes back to it)",
            "garder la réponse enregistrée (le surlignage y revient)",
        ),
        footer: Some((k::ESC_N_SHORT, Text::new("keep", "garder"))),
    },
    HELP,
];

/// A room table: a phase's own keys, then the keys both phases of a room's question share.
macro_rules! room_table {
    ($($own:expr),* $(,)?) => {
        &[
        $($own,)*
        Binding {
            action: Action::PreviousQuestion,
            keys: Keys::Listed(&[key(KeyCode::Left), ch('h')]),
            label: same("← →  h l"),
            help: Text::new(
                "previous / next question (an accepted question can be voted again)",
                "question précédente / suivante (une question acceptée peut être revotée)",
            ),
            footer: Some((same("←→"), Text::new("question", "question"))),
        },
        Binding {
            action: Action::NextQuestion,
            keys: Keys::Listed(&[key(KeyCode::Right), ch('l')]),
            label: NONE,
            help: NONE,
            footer: None,
        },
        Binding {
            action: Action::Park,
            keys: Keys::Listed(&[ch('p')]),
            label: same("p"),
            help: Text::new(
                "park the question, to come back to it (again: unpark)",
                "mettre la question au parking, pour y revenir (à nouveau\u{202f}: l’en sortir)",
            ),
            footer: Some((same("p"), Text::new("park", "parking"))),
        },
        Binding {
            action: Action::Review,
            keys: Keys::Listed(&[ch('f')]),
            label: same("f"),
            help: Text::new(
                "review: the parking lot and the questions not accepted yet",
                "bilan\u{202f}: le parking et les questions pas encore acceptées",
            ),
            footer: Some((same("f"), Text::new("review", "bilan"))),
        },
        Binding {
            action: Action::Note,
            keys: Keys::Listed(&[ch('c')]),
            label: same("c"),
            help: Text::new(
                "the room's note: the consensus reasoning, the dissent",
                "la note de la salle\u{202f}: le raisonnement du consensus, les désaccords",
            ),
            footer: Some((same("c"), Text::new("note", "note"))),
        },
        Binding {
            action: Action::Latecomer,
            keys: Keys::Listed(&[ch('+')]),
            label: same("+"),
            help: Text::new(
                "a participant arrives (late, or back)",
                "un participant arrive (en retard, ou de retour)",
            ),
            footer: Some((same("+"), Text::new("arrival", "arrivée"))),
        },
        Binding {
            action: Action::Absent,
            keys: Keys::Listed(&[ch('-')]),
            label: same("-"),
            help: Text::new(
                "a participant leaves: absent from here on",
                "un participant part\u{202f}: absent à partir d’ici",
            ),
            footer: Some((same("-"), Text::new("absent", "absent"))),
        },
        Binding {
            action: Action::ScrollUp,
            keys: Keys::Listed(&[shift(KeyCode::Up)]),
            label: k::SHIFT_ARROWS,
            help: Text::new(
                "scroll the question's levels",
                "faire défiler les niveaux de la question",
            ),
            footer: None,
        },
        Binding {
            action: Action::ScrollDown,
            keys: Keys::Listed(&[shift(KeyCode::Down)]),
            label: NONE,
            help: NONE,
            footer: None,
        },
        Binding {
            action: Action::Leave,
            keys: Keys::Listed(&[ch('q'), key(KeyCode::Esc)]),
            label: k::Q_ESC,
            help: Text::new(
                "leave the room: every accepted question is already saved",
                "quitter la salle\u{202f}: chaque question acceptée est déjà enregistrée",
            ),
            footer: Some((same("q"), Text::new("leave", "quitter"))),
        },
        HELP,
        ]
    };
}

/// The room while votes are entered, hidden.
pub const ROOM_VOTE: &[Binding] = room_table![
    Binding {
        action: Action::Vote,
        keys: Keys::Digits,
        label: same("1–{n}"),
        help: Text::new(
            "the next participant's vote (in participant order)",
            "le vote du participant suivant (dans l’ordre des participants)",
        ),
        footer: Some((same("1–{n}"), Text::new("vote", "vote"))),
    },
    Binding {
        action: Action::Reveal,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new(
            "reveal the votes, once every present participant voted",
            "révéler les votes, une fois que chaque participant présent a voté",
        ),
        footer: Some((k::ENTER, Text::new("reveal", "révéler"))),
    },
    Binding {
        action: Action::VoteNotApplicable,
        keys: Keys::Listed(&[ch('n')]),
        label: same("n"),
        help: Text::new(
            "the next participant's vote: n/a (does not apply)",
            "le vote du participant suivant\u{202f}: s.o. (sans objet)",
        ),
        footer: Some((same("n"), Text::new("n/a", "s.o."))),
    },
    Binding {
        action: Action::VoteUnknown,
        keys: Keys::Listed(&[ch('u')]),
        label: same("u"),
        help: Text::new(
            "the next participant's vote: unknown",
            "le vote du participant suivant\u{202f}: ne sait pas",
        ),
        footer: Some((same("u"), Text::new("unknown", "ne sait pas"))),
    },
    Binding {
        action: Action::Undo,
        keys: Keys::Listed(&[key(KeyCode::Backspace)]),
        label: k::BACKSPACE,
        help: Text::new("take the last vote back", "reprendre le dernier vote"),
        footer: Some((same("⌫"), Text::new("undo", "annuler"))),
    },
];

/// The room after the reveal.
pub const ROOM_REVEAL: &[Binding] = room_table![
    Binding {
        action: Action::Accept,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new(
            "accept: each vote goes to its participant's sheet, next question",
            "accepter\u{202f}: chaque vote va dans la fiche de son participant, question suivante",
        ),
        footer: Some((k::ENTER, Text::new("accept", "accepter"))),
    },
    Binding {
        action: Action::Revote,
        keys: Keys::Listed(&[ch('r')]),
        label: same("r"),
        help: Text::new(
            "vote again (clears the votes of this question)",
            "revoter (efface les votes de cette question)",
        ),
        footer: Some((same("r"), Text::new("re-vote", "revoter"))),
    },
    Binding {
        action: Action::Agree,
        keys: Keys::Listed(&[ch('=')]),
        label: same("= 1–{n}"),
        help: Text::new(
            "the level the room agreed on (0: none); scores still come from the votes",
            "le niveau retenu par la salle (0\u{202f}: aucun)\u{202f}; les scores viennent toujours des votes",
        ),
        footer: Some((same("="), Text::new("agreed", "retenu"))),
    },
];

/// The room's review: the parking lot, then the questions not accepted yet.
pub const ROOM_REVIEW: &[Binding] = &[
    Binding {
        action: Action::HighlightUp,
        keys: Keys::Listed(&[key(KeyCode::Up), ch('k')]),
        label: same("↑ ↓  j k"),
        help: Text::new("choose a question", "choisir une question"),
        footer: Some((same("↑↓"), Text::new("choose", "choisir"))),
    },
    Binding {
        action: Action::HighlightDown,
        keys: Keys::Listed(&[key(KeyCode::Down), ch('j')]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::Start,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new("go to the question", "aller à la question"),
        footer: Some((k::ENTER, Text::new("go to it", "y aller"))),
    },
    Binding {
        action: Action::Back,
        keys: Keys::Listed(&[key(KeyCode::Esc), key(KeyCode::Left), ch('h'), ch('f')]),
        label: k::ESC_LEFT_H,
        help: Text::new("back to the question", "retour à la question"),
        footer: Some((k::ESC_LEFT, Text::new("back", "retour"))),
    },
    Binding {
        action: Action::Leave,
        keys: Keys::Listed(&[ch('q')]),
        label: same("q"),
        help: Text::new(
            "leave the room: every accepted question is already saved",
            "quitter la salle\u{202f}: chaque question acceptée est déjà enregistrée",
        ),
        footer: Some((same("q"), Text::new("leave", "quitter"))),
    },
    HELP,
];

/// The participants screen before the room opens. Typing goes to the name field.
pub const ROOM_SETUP: &[Binding] = &[
    Binding {
        action: Action::HighlightUp,
        keys: Keys::Listed(&[key(KeyCode::Up)]),
        label: same("↑ ↓"),
        help: Text::new(
            "move between the new name, the participants and the options",
            "passer du nouveau nom aux participants et aux options",
        ),
        footer: Some((same("↑↓"), Text::new("move", "déplacer"))),
    },
    Binding {
        action: Action::HighlightDown,
        keys: Keys::Listed(&[key(KeyCode::Down)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::About,
        keys: Keys::Listed(&[
            key(KeyCode::Tab),
            key(KeyCode::BackTab),
            shift(KeyCode::BackTab),
        ]),
        label: same("Tab"),
        help: Text::new(
            "whose practices the room assesses: the team's own, then each other team as the team sees it",
            "les pratiques de qui la salle évalue\u{202f}: celles de l’équipe, puis chaque autre équipe telle qu’elle la voit",
        ),
        // The participants screen says it on its "Assessed" line, when there is another team.
        footer: None,
    },
    Binding {
        action: Action::Filter,
        keys: Keys::Listed(&[ch('/')]),
        label: same("/"),
        help: Text::new(
            "with no text typed in the field: find the team whose practices the room assesses by name (case and accents do not count)",
            "sans texte tapé dans le champ\u{202f}: chercher par son nom l’équipe dont la salle évalue les pratiques (casse et accents ignorés)",
        ),
        // The "Assessed" line says it, with many teams.
        footer: None,
    },
    Binding {
        action: Action::Tick,
        keys: Keys::Listed(&[key(KeyCode::Char(' '))]),
        label: k::SPACE,
        help: Text::new(
            "present or not (on a participant); on or off (anonymous reveal)",
            "présent ou non (sur un participant)\u{202f}; oui ou non (révélation anonyme)",
        ),
        footer: Some((k::SPACE, Text::new("present", "présent"))),
    },
    Binding {
        action: Action::Start,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new(
            "on the name field: add the participant (Name or Name:role); elsewhere: open the room",
            "sur le champ du nom\u{202f}: ajouter le participant (Nom ou Nom:rôle)\u{202f}; ailleurs\u{202f}: ouvrir la salle",
        ),
        footer: Some((k::ENTER, Text::new("add / start", "ajouter / ouvrir"))),
    },
    Binding {
        action: Action::Back,
        keys: Keys::Listed(&[key(KeyCode::Esc)]),
        label: k::ESC,
        help: Text::new("back", "retour"),
        footer: Some((k::ESC, Text::new("back", "retour"))),
    },
    Binding {
        action: Action::Help,
        keys: Keys::Listed(&[key(KeyCode::F(1))]),
        label: same("F1"),
        help: Text::new(
            "this help (? is typed as text here)",
            "cette aide (? s’écrit comme du texte ici)",
        ),
        footer: None,
    },
];

/// The dashboard's overview with more teams than one screen shows, and the rhythm view with
/// many teams grouped by cluster: a page of teams at a time. Checked before the dashboard's
/// other keys, on those two views only.
pub const OVERVIEW: &[Binding] = &[
    Binding {
        action: Action::PreviousPage,
        keys: Keys::Listed(&[ch('[')]),
        label: same("[ ]"),
        help: Text::new(
            "overview, rhythm: previous / next page of teams (many teams)",
            "ensemble, rythme\u{202f}: page d’équipes précédente / suivante",
        ),
        footer: Some((same("[ ]"), Text::new("other teams", "autres équipes"))),
    },
    Binding {
        action: Action::NextPage,
        keys: Keys::Listed(&[ch(']')]),
        label: NONE,
        help: NONE,
        footer: None,
    },
];

/// Starting a filter on a list of teams whose letters are keys already (the home screen, the
/// dashboard's team picker), and clearing one that narrows the list before Esc does anything
/// else.
pub const FILTER_START: &[Binding] = &[
    Binding {
        action: Action::Filter,
        keys: Keys::Listed(&[ch('/')]),
        label: same("/"),
        help: Text::new(
            "filter the teams: type part of a name (case and accents do not count)",
            "filtrer les équipes\u{202f}: taper une partie du nom (casse et accents ignorés)",
        ),
        footer: Some((same("/"), Text::new("filter", "filtrer"))),
    },
    Binding {
        action: Action::ClearFilter,
        keys: Keys::Listed(&[key(KeyCode::Esc)]),
        label: k::ESC,
        help: Text::new(
            "with a filter: clear it first (all the teams again)",
            "avec un filtre\u{202f}: l’effacer d’abord (toutes les équipes à nouveau)",
        ),
        footer: None,
    },
];

/// While a filter is typed: letters narrow the list, these keys do the rest.
pub const TEAM_FILTER: &[Binding] = &[
    Binding {
        action: Action::Filter,
        keys: Keys::Listed(&[]),
        label: Text::new("letters", "lettres"),
        help: Text::new(
            "narrow the list to the teams whose name holds them",
            "réduire la liste aux équipes dont le nom les contient",
        ),
        footer: None,
    },
    Binding {
        action: Action::Widen,
        keys: Keys::Listed(&[key(KeyCode::Backspace)]),
        label: k::BACKSPACE,
        help: Text::new("widen the list again", "élargir la liste à nouveau"),
        footer: Some((same("⌫"), Text::new("widen", "élargir"))),
    },
    Binding {
        action: Action::HighlightUp,
        keys: Keys::Listed(&[key(KeyCode::Up)]),
        label: same("↑ ↓"),
        help: Text::new(
            "choose a team in the list",
            "choisir une équipe de la liste",
        ),
        footer: Some((same("↑↓"), Text::new("choose", "choisir"))),
    },
    Binding {
        action: Action::HighlightDown,
        keys: Keys::Listed(&[key(KeyCode::Down)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::Back,
        keys: Keys::Listed(&[key(KeyCode::Enter), key(KeyCode::Tab)]),
        label: Text::new("Enter Tab", "Entrée Tab"),
        help: Text::new(
            "stop typing, keep the filter: the keys act on the list again",
            "arrêter de taper, garder le filtre\u{202f}: les touches agissent à nouveau sur la liste",
        ),
        footer: Some((k::ENTER, Text::new("keep", "garder"))),
    },
    Binding {
        action: Action::ClearFilter,
        keys: Keys::Listed(&[key(KeyCode::Esc)]),
        label: k::ESC,
        help: Text::new(
            "clear the filter: all the teams again",
            "effacer le filtre\u{202f}: toutes les équipes à nouveau",
        ),
        footer: Some((k::ESC, Text::new("clear", "effacer"))),
    },
    Binding {
        action: Action::Help,
        keys: Keys::Listed(&[key(KeyCode::F(1))]),
        label: same("F1"),
        help: Text::new(
            "this help (? is typed in the filter here)",
            "cette aide (? s’écrit dans le filtre ici)",
        ),
        footer: None,
    },
];

/// `PgUp` / `PgDn` through a list of teams: the same pair in the team picker and the `p` finder.
const TEAM_PAGES: [Binding; 2] = [
    Binding {
        action: Action::PreviousPage,
        keys: Keys::Listed(&[key(KeyCode::PageUp)]),
        label: k::PG_UP_DOWN,
        help: Text::new(
            "a page of teams up / down",
            "une page d’équipes plus haut / plus bas",
        ),
        footer: None,
    },
    Binding {
        action: Action::NextPage,
        keys: Keys::Listed(&[key(KeyCode::PageDown)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
];

/// The dashboard's team picker: which teams are compared.
pub const TEAM_PICKER: &[Binding] = &[
    Binding {
        action: Action::HighlightUp,
        keys: Keys::Listed(&[key(KeyCode::Up), ch('k')]),
        label: same("↑ ↓  j k"),
        help: Text::new("choose a team", "choisir une équipe"),
        footer: None,
    },
    Binding {
        action: Action::HighlightDown,
        keys: Keys::Listed(&[key(KeyCode::Down), ch('j')]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::Top,
        keys: Keys::Listed(&[key(KeyCode::Home)]),
        label: k::HOME_END,
        help: Text::new(
            "first / last team of the list",
            "première / dernière équipe de la liste",
        ),
        footer: None,
    },
    Binding {
        action: Action::Bottom,
        keys: Keys::Listed(&[key(KeyCode::End)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    TEAM_PAGES[0],
    TEAM_PAGES[1],
    Binding {
        action: Action::Tick,
        keys: Keys::Listed(&[key(KeyCode::Char(' ')), ch('x')]),
        label: k::SPACE_X,
        help: Text::new(
            "include or leave out the team",
            "inclure ou écarter l’équipe",
        ),
        footer: Some((k::SPACE, Text::new("include/leave out", "inclure/écarter"))),
    },
    Binding {
        action: Action::Start,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new("compare the chosen teams", "comparer les équipes choisies"),
        footer: Some((k::ENTER, Text::new("compare", "comparer"))),
    },
    Binding {
        action: Action::All,
        keys: Keys::Listed(&[ch('a')]),
        label: same("a"),
        help: Text::new(
            "all the teams listed (again: none); with a filter, only those it keeps",
            "toutes les équipes listées (à nouveau\u{202f}: aucune)\u{202f}; avec un filtre, celles qu’il garde",
        ),
        footer: Some((same("a"), Text::new("all", "toutes"))),
    },
    FILTER_START[0],
    Binding {
        action: Action::Back,
        keys: Keys::Listed(&[key(KeyCode::Esc), ch('q')]),
        label: k::ESC_Q,
        help: Text::new(
            "clear the filter, else cancel",
            "effacer le filtre, sinon annuler",
        ),
        footer: Some((k::ESC, Text::new("cancel", "annuler"))),
    },
    HELP,
];

/// `p` on the dashboard: choose by name the pair of teams (differences, perception and the
/// other views) or the team shown (plans, discuss), where a b and ← → step one team at a time.
pub const PICK_OPEN: Binding = Binding {
    action: Action::Filter,
    keys: Keys::Listed(&[ch('p')]),
    label: same("p"),
    help: Text::new(
        "find the pair of teams by name (plans, discuss: the team)",
        "chercher la paire d’équipes par leur nom (plans, débats\u{202f}: l’équipe)",
    ),
    footer: Some((same("p"), Text::new("find a team", "chercher une équipe"))),
};

/// Choosing one team by name (`p`): letters type straight into the filter (none is a key here).
pub const TEAM_PICK: &[Binding] = &[
    TEAM_FILTER[0],
    // A text field's Backspace: said in the help, not in the footer.
    Binding {
        footer: None,
        ..TEAM_FILTER[1]
    },
    TEAM_FILTER[2],
    TEAM_FILTER[3],
    TEAM_PAGES[0],
    TEAM_PAGES[1],
    Binding {
        action: Action::Start,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new(
            "choose the team at the cursor",
            "choisir l’équipe du curseur",
        ),
        footer: Some((k::ENTER, Text::new("take it", "la prendre"))),
    },
    Binding {
        action: Action::Back,
        keys: Keys::Listed(&[key(KeyCode::Esc)]),
        label: k::ESC,
        help: Text::new(
            "clear the filter, else cancel",
            "effacer le filtre, sinon annuler",
        ),
        footer: Some((k::ESC, Text::new("clear/cancel", "effacer/annuler"))),
    },
    TEAM_FILTER[6],
];

/// The respondent picker's keys shared by its two tables. Letters type the new respondent's
/// name, so `/` finds a team only while that name is empty (a name never starts with `/`).
const RESPONDENT_COMMON: [Binding; 6] = [
    Binding {
        action: Action::HighlightUp,
        keys: Keys::Listed(&[key(KeyCode::Up)]),
        label: same("↑ ↓"),
        help: Text::new(
            "choose: the new respondent's name, or a respondent to resume",
            "choisir\u{202f}: le nom du nouveau répondant, ou un répondant à reprendre",
        ),
        footer: Some((same("↑↓"), Text::new("choose", "choisir"))),
    },
    Binding {
        action: Action::HighlightDown,
        keys: Keys::Listed(&[key(KeyCode::Down)]),
        label: NONE,
        help: NONE,
        footer: None,
    },
    Binding {
        action: Action::About,
        keys: Keys::Listed(&[
            key(KeyCode::Tab),
            key(KeyCode::BackTab),
            shift(KeyCode::BackTab),
        ]),
        label: Text::new("Tab Shift+Tab", "Tab Maj+Tab"),
        help: Text::new(
            "whose practices: the team's own, then each other team in turn, or back (never counted in that team's scores)",
            "les pratiques de qui\u{202f}: celles de l’équipe, puis chaque autre équipe tour à tour, ou en arrière (jamais comptées dans les scores de cette équipe)",
        ),
        // The "About" line says it.
        footer: None,
    },
    Binding {
        action: Action::Filter,
        keys: Keys::Listed(&[ch('/')]),
        label: same("/"),
        help: Text::new(
            "with no name typed: find the team to answer about by name (case and accents do not count)",
            "sans nom tapé\u{202f}: chercher l’équipe sur laquelle répondre par son nom (casse et accents ignorés)",
        ),
        // The "About" line says it, with many teams.
        footer: None,
    },
    Binding {
        action: Action::Back,
        keys: Keys::Listed(&[key(KeyCode::Esc)]),
        label: k::ESC,
        help: Text::new("back to the teams", "retour aux équipes"),
        footer: Some((k::ESC, Text::new("back", "retour"))),
    },
    Binding {
        action: Action::Help,
        keys: Keys::Listed(&[key(KeyCode::F(1))]),
        label: same("F1"),
        help: Text::new(
            "this help (? is typed as text here)",
            "cette aide (? s’écrit comme du texte ici)",
        ),
        footer: None,
    },
];

/// The respondent picker on the new respondent's name (row 0).
pub const RESPONDENT_NEW: &[Binding] = &[
    Binding {
        action: Action::Start,
        keys: Keys::Listed(&[key(KeyCode::Enter)]),
        label: k::ENTER,
        help: Text::new(
            "start with the name typed (then the role), or resume where the respondent stopped",
            "commencer avec le nom tapé (puis le rôle), ou reprendre là où le répondant s’est arrêté",
        ),
        footer: Some((
            k::ENTER,
            Text::new("start / resume", "commencer / reprendre"),
        )),
    },
    RESPONDENT_COMMON[0],
    RESPONDENT_COMMON[1],
    RESPONDENT_COMMON[2],
    RESPONDENT_COMMON[3],
    RESPONDENT_COMMON[4],
    RESPONDENT_COMMON[5],
];

/// The respondent picker on an existing respondent's row.
pub const RESPONDENT_SHEET: &[Binding] = &[
    Binding {
        footer: Some((k::ENTER, Text::new("resume", "reprendre"))),
        ..RESPONDENT_NEW[0]
    },
    RESPONDENT_COMMON[0],
    RESPONDENT_COMMON[1],
    Binding {
        action: Action::Rename,
        keys: Keys::Listed(&[key(KeyCode::F(2))]),
        label: same("F2"),
        help: Text::new(
            "on a respondent: rename them",
            "sur un répondant\u{202f}: le renommer",
        ),
        footer: Some((same("F2"), Text::new("rename", "renommer"))),
    },
    Binding {
        action: Action::Delete,
        keys: Keys::Listed(&[key(KeyCode::Delete)]),
        label: k::DEL,
        help: Text::new(
            "on a respondent: delete them (asks first; `respondent restore` undoes it)",
            "sur un répondant\u{202f}: le supprimer (demande d’abord\u{202f}; `respondent restore` l’annule)",
        ),
        footer: Some((k::DEL, Text::new("delete", "supprimer"))),
    },
    RESPONDENT_COMMON[2],
    RESPONDENT_COMMON[3],
    RESPONDENT_COMMON[4],
    RESPONDENT_COMMON[5],
];

/// What `event` does according to `table`.
pub fn action(table: &[Binding], event: &KeyEvent) -> Option<Action> {
    table.iter().find(|b| b.matches(event)).map(|b| b.action)
}

/// The help lines of a table: (keys, what they do), one per labelled binding.
pub fn help_lines(table: &[Binding], levels: u8, lang: Lang) -> Vec<(String, String)> {
    table
        .iter()
        .filter(|b| !b.label.en.is_empty())
        .map(|b| {
            (
                fill(b.label.get(lang), levels),
                b.help.get(lang).to_string(),
            )
        })
        .collect()
}

/// Which footer hints a row too short for all of them keeps first (`views::common::hints`):
/// the way back or out always shows; the arrows (what people try anyway) and keys the screen
/// shows elsewhere give way first. The hints still show in table order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// Back, leave, cancel, keep: never dropped.
    Out,
    Main,
    /// ↑↓ and the scroll keys.
    Last,
}

impl Action {
    /// How much its footer hint matters on a short row.
    pub fn rank(self) -> Rank {
        match self {
            Action::Back | Action::Leave | Action::Keep | Action::ClearFilter => Rank::Out,
            Action::HighlightUp | Action::HighlightDown | Action::ScrollUp | Action::ScrollDown => {
                Rank::Last
            }
            _ => Rank::Main,
        }
    }
}

/// The footer hints of a table, in table order: (keys, words, rank).
pub fn footer(table: &[Binding], levels: u8, lang: Lang) -> Vec<(String, String, Rank)> {
    table
        .iter()
        .filter_map(|b| b.footer.map(|f| (b.action, f)))
        .map(|(action, (keys, what))| {
            (
                fill(keys.get(lang), levels),
                what.get(lang).to_string(),
                action.rank(),
            )
        })
        .collect()
}

fn fill(text: &str, levels: u8) -> String {
    text.replace("{n}", &levels.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn every_key_of_a_table_does_one_thing() {
        for table in [
            QUESTION,
            REPLACE,
            ROOM_VOTE,
            ROOM_REVEAL,
            ROOM_REVIEW,
            ROOM_SETUP,
            OVERVIEW,
            FILTER_START,
            TEAM_FILTER,
            TEAM_PICKER,
            TEAM_PICK,
            &[PICK_OPEN],
            RESPONDENT_NEW,
            RESPONDENT_SHEET,
        ] {
            let mut seen: Vec<Key> = Vec::new();
            for b in table {
                if let Keys::Listed(keys) = b.keys {
                    for k in keys {
                        assert!(!seen.contains(k), "{k:?} is bound twice");
                        seen.push(*k);
                    }
                }
            }
            assert!(
                !seen
                    .iter()
                    .any(|k| matches!(k.code, KeyCode::Char('1'..='9'))),
                "digits belong to the level binding"
            );
        }
    }

    #[test]
    fn arrows_move_the_highlight_and_shifted_arrows_scroll() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Down, none)),
            Some(Action::HighlightDown)
        );
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Down, KeyModifiers::SHIFT)),
            Some(Action::ScrollDown)
        );
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Up, KeyModifiers::SHIFT)),
            Some(Action::ScrollUp)
        );
        // Ctrl+↓ is neither: it must not move the highlight by surprise.
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Down, KeyModifiers::CONTROL)),
            None
        );
    }

    #[test]
    fn letters_ignore_shift_but_not_ctrl_or_alt() {
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Char('n'), KeyModifiers::NONE)),
            Some(Action::NotApplicable)
        );
        assert_eq!(
            action(QUESTION, &ev(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(Action::Help)
        );
        for m in [KeyModifiers::CONTROL, KeyModifiers::ALT] {
            assert_eq!(action(QUESTION, &ev(KeyCode::Char('u'), m)), None);
            assert_eq!(action(QUESTION, &ev(KeyCode::Char('3'), m)), None);
        }
    }

    #[test]
    fn help_and_footer_come_from_the_table() {
        let help = help_lines(QUESTION, 5, Lang::En);
        assert_eq!(
            help[0],
            ("1–5".to_string(), "highlight that level".to_string())
        );
        assert!(help.iter().any(|(k, _)| k == "Shift+↑ ↓"));
        assert!(
            help.iter()
                .all(|(k, what)| !k.is_empty() && !what.is_empty())
        );
        let footer = footer(QUESTION, 4, Lang::En);
        assert_eq!(
            footer[0],
            ("1–4 ↑↓".to_string(), "level".to_string(), Rank::Main)
        );
        assert_eq!(footer[1].0, "Enter");
        let french = footer_fr();
        assert_eq!(
            french[1],
            ("Entrée".to_string(), "enregistrer".to_string(), Rank::Main)
        );
    }

    fn footer_fr() -> Vec<(String, String, Rank)> {
        footer(QUESTION, 4, Lang::Fr)
    }

    #[test]
    fn every_room_key_is_in_its_help_in_both_languages() {
        for table in [ROOM_VOTE, ROOM_REVEAL, ROOM_REVIEW, ROOM_SETUP] {
            for lang in [Lang::En, Lang::Fr] {
                let help = help_lines(table, 5, lang);
                assert!(
                    help.iter()
                        .all(|(k, what)| !k.is_empty() && !what.is_empty())
                );
            }
            // A binding without a label is the second half of the line above it.
            assert!(!table[0].label.en.is_empty());
        }
        let none = KeyModifiers::NONE;
        assert_eq!(
            action(ROOM_VOTE, &ev(KeyCode::Char('3'), none)),
            Some(Action::Vote)
        );
        assert_eq!(
            action(ROOM_VOTE, &ev(KeyCode::Enter, none)),
            Some(Action::Reveal)
        );
        assert_eq!(
            action(ROOM_REVEAL, &ev(KeyCode::Enter, none)),
            Some(Action::Accept)
        );
        assert_eq!(
            action(ROOM_REVEAL, &ev(KeyCode::Char('3'), none)),
            None,
            "no vote is typed after the reveal"
        );
        assert_eq!(
            action(ROOM_VOTE, &ev(KeyCode::Char('+'), KeyModifiers::SHIFT)),
            Some(Action::Latecomer)
        );
    }
}
