//! The questionnaire wizard's state: which questions this respondent is asked, where they are,
//! what is highlighted. Pure: saving is an effect the event loop carries out.

use super::input::TextArea;
use crate::app::i18n::{self, Lang, screens};
use crate::domain::{Answer, Assessment, Dimension, Question, Questionnaire, ResponseSheet, Role};

/// Where the wizard was opened from, so leaving it goes back there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The home screen: leaving returns to it.
    Home,
    /// `devops-maturity answer …`: leaving ends the program.
    CommandLine,
}

/// A question by position in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QRef {
    pub dim: usize,
    pub question: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Question,
    /// Editing the comment of the current question.
    Comment(TextArea),
    /// The list of unanswered (and skipped) questions; `selected` indexes the unanswered ones.
    Review {
        selected: usize,
    },
    /// Choosing the respondent's role; `selected` indexes `ROLE_CHOICES`.
    Role {
        selected: usize,
    },
    /// Enter, n, u or a click chose `with` on a question that has another stored answer: the
    /// room confirms before it is replaced.
    Replace {
        with: Answer,
    },
}

/// Role choices in the order the pickers show them: no role (every question) first.
pub const ROLE_CHOICES: [Option<Role>; 10] = [
    None,
    Some(Role::Dev),
    Some(Role::Ops),
    Some(Role::Qa),
    Some(Role::Security),
    Some(Role::Architecture),
    Some(Role::Business),
    Some(Role::Management),
    Some(Role::ChangeManager),
    Some(Role::Risk),
];

pub fn role_label(role: Option<Role>) -> &'static str {
    role_label_in(Lang::En, role)
}

/// A role as the screens of `lang` name it: "ops" / « exploitation », or "any role".
pub fn role_label_in(lang: Lang, role: Option<Role>) -> &'static str {
    match role {
        None => screens::ANY_ROLE.get(lang),
        Some(role) if lang == Lang::En => role.as_str(),
        Some(role) => i18n::role(lang, role),
    }
}

/// "dev — 68 of 69 questions", for the role pickers.
pub fn role_choice_text(role: Option<Role>, questionnaire: &Questionnaire) -> String {
    role_choice_text_in(Lang::En, role, questionnaire)
}

pub fn role_choice_text_in(
    lang: Lang,
    role: Option<Role>,
    questionnaire: &Questionnaire,
) -> String {
    let asked = questionnaire
        .questions()
        .filter(|(_, q)| q.applies_to(role))
        .count();
    screens::role_choice(
        lang,
        role_label_in(lang, role),
        asked,
        questionnaire.question_count(),
    )
}

#[derive(Debug, Clone, PartialEq)]
pub struct Wizard {
    pub assessment: Assessment,
    pub sheet: ResponseSheet,
    /// The sheet as last read from or saved to disk: a save sends only what `sheet` changed
    /// since, so answers other processes saved meanwhile survive.
    pub base: ResponseSheet,
    pub origin: Origin,
    /// Questions asked of this respondent (their role's), in questionnaire order.
    pub asked: Vec<QRef>,
    /// Index into `asked`; 0 when nothing is asked.
    pub pos: usize,
    /// The level the room is pointing at; saved only on Enter.
    pub highlight: Option<u8>,
    /// First visible line of the question body; `None` until laid out, meaning "where every
    /// level shows" (see `layout::initial_scroll`).
    pub scroll: Option<usize>,
    /// The room asked for the top of a question whose hint or comment was cut to keep every
    /// level in view (Home, or scrolling up past the top): both show whole now. Reset on the
    /// next question.
    pub whole_text: bool,
    pub mode: Mode,
    /// The language of the wizard's screens: the questionnaire's, unless `--lang` said another.
    pub lang: Lang,
}

impl Wizard {
    /// Opens at the first unanswered question, or at the review when everything is answered.
    pub fn new(assessment: Assessment, sheet: ResponseSheet, origin: Origin) -> Wizard {
        let mut wizard = Wizard {
            // A short form asks only the questions in its scope.
            assessment: assessment.into_asked(),
            base: sheet.clone(),
            sheet,
            origin,
            asked: Vec::new(),
            pos: 0,
            highlight: None,
            scroll: None,
            whole_text: false,
            mode: Mode::Question,
            lang: Lang::En,
        };
        wizard.lang = Lang::from_tag(&wizard.assessment.questionnaire.language);
        wizard.asked = wizard.compute_asked();
        match wizard.first_unanswered() {
            Some(pos) => wizard.go_to(pos),
            None if !wizard.asked.is_empty() => wizard.mode = Mode::Review { selected: 0 },
            None => {}
        }
        wizard
    }

    fn compute_asked(&self) -> Vec<QRef> {
        let role = self.sheet.role;
        self.questionnaire()
            .dimensions
            .iter()
            .enumerate()
            .flat_map(|(d, dim)| {
                dim.questions
                    .iter()
                    .enumerate()
                    .filter(move |(_, q)| q.applies_to(role))
                    .map(move |(q, _)| QRef {
                        dim: d,
                        question: q,
                    })
            })
            .collect()
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.assessment.questionnaire
    }

    pub fn level_count(&self) -> u8 {
        self.questionnaire().level_count()
    }

    pub fn get(&self, r: QRef) -> (&Dimension, &Question) {
        let dim = &self.questionnaire().dimensions[r.dim];
        (dim, &dim.questions[r.question])
    }

    pub fn current_ref(&self) -> Option<QRef> {
        self.asked.get(self.pos).copied()
    }

    pub fn current(&self) -> Option<(&Dimension, &Question)> {
        self.current_ref().map(|r| self.get(r))
    }

    pub fn answer_at(&self, r: QRef) -> Option<Answer> {
        self.sheet.answer(&self.get(r).1.id)
    }

    pub fn current_answer(&self) -> Option<Answer> {
        self.current_ref().and_then(|r| self.answer_at(r))
    }

    /// Positions (in `asked`) of questions without an answer, in order.
    pub fn unanswered(&self) -> Vec<usize> {
        (0..self.asked.len())
            .filter(|&i| self.answer_at(self.asked[i]).is_none())
            .collect()
    }

    pub fn first_unanswered(&self) -> Option<usize> {
        (0..self.asked.len()).find(|&i| self.answer_at(self.asked[i]).is_none())
    }

    pub fn answered_count(&self) -> usize {
        self.asked
            .iter()
            .filter(|r| self.answer_at(**r).is_some())
            .count()
    }

    /// Questions the respondent's role excludes.
    pub fn skipped(&self) -> Vec<QRef> {
        let role = self.sheet.role;
        let mut out = Vec::new();
        for (d, dim) in self.questionnaire().dimensions.iter().enumerate() {
            for (q, question) in dim.questions.iter().enumerate() {
                if !question.applies_to(role) {
                    out.push(QRef {
                        dim: d,
                        question: q,
                    });
                }
            }
        }
        out
    }

    /// (answered, asked, skipped) for one dimension.
    pub fn dimension_progress(&self, dim: usize) -> (usize, usize, usize) {
        let role = self.sheet.role;
        let d = &self.questionnaire().dimensions[dim];
        let mut progress = (0, 0, 0);
        for q in &d.questions {
            if q.applies_to(role) {
                progress.1 += 1;
                if self.sheet.answer(&q.id).is_some() {
                    progress.0 += 1;
                }
            } else {
                progress.2 += 1;
            }
        }
        progress
    }

    /// How the status line and the replace prompt name an answer: "level 2 (Managed)", "n/a".
    pub fn answer_text(&self, answer: Answer) -> String {
        match answer {
            Answer::Level(l) if self.lang == Lang::En => {
                format!("level {l} ({})", self.questionnaire().level_label(l))
            }
            Answer::Level(l) => format!("niveau {l} ({})", self.questionnaire().level_label(l)),
            other => i18n::answer(self.lang, other),
        }
    }

    /// Moves to a question; the highlight starts on its saved level so Enter keeps it.
    pub fn go_to(&mut self, pos: usize) {
        if self.asked.is_empty() {
            return;
        }
        self.pos = pos.min(self.asked.len() - 1);
        self.highlight = self.current_answer().and_then(Answer::level);
        self.scroll = None;
        self.whole_text = false;
        self.mode = Mode::Question;
    }

    /// Position of the first asked question of the dimension after (or before) the current one.
    pub fn dimension_step(&self, forward: bool) -> Option<usize> {
        let here = self.current_ref()?.dim;
        if forward {
            self.asked.iter().position(|r| r.dim > here)
        } else {
            let previous = self.asked.iter().rev().find(|r| r.dim < here)?.dim;
            self.asked.iter().position(|r| r.dim == previous)
        }
    }

    /// Whether every change of the sheet is on disk.
    pub fn in_sync(&self) -> bool {
        self.sheet == self.base
    }

    /// Takes the sheet as stored now (after a save, or re-read): it becomes both what is shown
    /// and the base of the next save. The question stays; its highlight follows a stored answer
    /// that changed.
    pub fn take_stored(&mut self, stored: ResponseSheet) {
        let before = self.current_answer();
        let role_changed = stored.role != self.sheet.role;
        self.base = stored.clone();
        self.sheet = stored;
        if role_changed {
            self.asked = self.compute_asked();
            self.pos = self.pos.min(self.asked.len().saturating_sub(1));
        }
        if self.current_answer() != before && matches!(self.mode, Mode::Question) {
            self.highlight = self.current_answer().and_then(Answer::level);
        }
    }

    /// Changes the role, staying on the current question if it is still asked, else on the next
    /// one that is.
    pub fn set_role(&mut self, role: Option<Role>) {
        let here = self.current_ref();
        self.sheet.set_role(role);
        self.asked = self.compute_asked();
        let pos = here
            .and_then(|h| {
                self.asked
                    .iter()
                    .position(|r| (r.dim, r.question) >= (h.dim, h.question))
            })
            .unwrap_or(0);
        self.go_to(pos);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::default_questionnaire;

    fn wizard() -> Wizard {
        let q = default_questionnaire();
        let a = Assessment::new("a", "2026-01-01T00:00:00Z", vec!["T".into()], q, None);
        Wizard::new(a, ResponseSheet::new("T", "R"), Origin::Home)
    }

    #[test]
    fn resumes_at_first_unanswered_question() {
        let mut w = wizard();
        let first = w.get(w.asked[0]).1.id.clone();
        let second = w.get(w.asked[1]).1.id.clone();
        w.sheet.set_answer(&first, Answer::Level(2));
        w.sheet.set_comment(&second, "only a comment");
        let w = Wizard::new(w.assessment, w.sheet, Origin::Home);
        assert_eq!(
            w.pos, 1,
            "a comment alone does not make a question answered"
        );
        assert_eq!(w.mode, Mode::Question);
    }

    #[test]
    fn role_skips_questions_and_lists_them() {
        let mut w = wizard();
        let all = w.asked.len();
        w.set_role(Some(Role::Business));
        assert!(w.asked.len() < all);
        assert_eq!(w.asked.len() + w.skipped().len(), all);
        for r in w.skipped() {
            assert!(!w.get(r).1.applies_to(Some(Role::Business)));
        }
    }

    #[test]
    fn a_short_form_asks_only_the_questions_in_its_scope() {
        let q = default_questionnaire();
        let core: Vec<String> = crate::domain::assessment::core_questions(&q)
            .into_iter()
            .map(str::to_string)
            .collect();
        let mut a = Assessment::new("a", "2026-01-01T00:00:00Z", vec!["T".into()], q, None);
        a.set_scope(core.iter().map(String::as_str));
        let mut sheet = ResponseSheet::new("T", "R");
        // An answer to a question outside the scope (imported from a full assessment) does
        // not make the wizard ask it, nor count it.
        sheet.set_answer("change.emergency", Answer::Level(3));
        let mut w = Wizard::new(a, sheet, Origin::Home);
        let asked: Vec<String> = w.asked.iter().map(|r| w.get(*r).1.id.clone()).collect();
        assert_eq!(asked, core);
        assert_eq!(w.answered_count(), 0);
        assert!(w.skipped().is_empty());
        w.set_role(Some(Role::Business));
        assert!(w.asked.len() < core.len());
        assert_eq!(w.asked.len() + w.skipped().len(), core.len());
    }

    #[test]
    fn dimension_steps_land_on_first_question_of_neighbour() {
        let mut w = wizard();
        let next = w.dimension_step(true).unwrap();
        assert_eq!(w.asked[next].dim, 1);
        w.go_to(next + 1);
        let back = w.dimension_step(false).unwrap();
        assert_eq!(w.asked[back].dim, 0);
        assert_eq!(back, 0);
    }
}
