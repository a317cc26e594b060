//! The wizard: highlighting, answering, moving, commenting, reviewing, roles, mouse.

use super::*;

#[test]
fn level_key_then_enter_saves_that_level_and_advances() {
    let mut app = wizard_app(Origin::Home);
    let first = current_id(&app);
    assert!(
        press(&mut app, KeyCode::Char('3')).is_empty(),
        "a digit only highlights"
    );
    assert_eq!(wiz(&app).highlight, Some(3));
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(saved_sheet(&effects).answer(&first), Some(Answer::Level(3)));
    assert_eq!(wiz(&app).pos, 1);
    assert_eq!(
        wiz(&app).highlight,
        None,
        "the next question starts unhighlighted"
    );
}

#[test]
fn enter_without_a_level_saves_nothing_and_says_why() {
    let mut app = wizard_app(Origin::Home);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(wiz(&app).pos, 0);
    let status = app.status.clone().unwrap();
    assert!(
        status.error && status.text.contains("Choose a level"),
        "{status:?}"
    );
}

#[test]
fn digits_beyond_the_scale_are_refused() {
    let mut app = wizard_app(Origin::Home);
    press(&mut app, KeyCode::Char('7'));
    assert_eq!(wiz(&app).highlight, None);
    assert!(app.status.unwrap().text.contains("1 to 5"));
}

#[test]
fn n_and_u_save_not_applicable_and_unknown() {
    let mut app = wizard_app(Origin::Home);
    let first = current_id(&app);
    let effects = press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        saved_sheet(&effects).answer(&first),
        Some(Answer::NotApplicable)
    );
    let second = current_id(&app);
    let effects = press(&mut app, KeyCode::Char('u'));
    let sheet = saved_sheet(&effects);
    assert_eq!(sheet.answer(&second), Some(Answer::Unknown));
    assert_eq!(
        sheet.answer(&first),
        Some(Answer::NotApplicable),
        "earlier answers kept"
    );
    assert_eq!(wiz(&app).pos, 2);
}

#[test]
fn arrows_and_jk_move_the_highlight_within_the_scale() {
    let mut app = wizard_app(Origin::Home);
    press(&mut app, KeyCode::Down);
    assert_eq!(wiz(&app).highlight, Some(1));
    for _ in 0..10 {
        press(&mut app, KeyCode::Char('j'));
    }
    assert_eq!(wiz(&app).highlight, Some(5));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(wiz(&app).highlight, Some(3));
}

#[test]
fn left_right_move_between_questions_and_show_the_saved_level() {
    let mut app = wizard_app(Origin::Home);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Left);
    assert_eq!(wiz(&app).pos, 0);
    assert_eq!(
        wiz(&app).highlight,
        Some(2),
        "the saved level is highlighted again"
    );
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Right);
    assert_eq!(wiz(&app).pos, 2);
    press(&mut app, KeyCode::Char('h'));
    assert_eq!(wiz(&app).pos, 1);
}

#[test]
fn page_keys_jump_between_dimensions() {
    let mut app = wizard_app(Origin::Home);
    press(&mut app, KeyCode::PageDown);
    let w = wiz(&app);
    assert_eq!(w.current_ref().unwrap().dim, 1);
    assert_eq!(w.current_ref().unwrap().question, 0);
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(wiz(&app).current_ref().unwrap().dim, 1);
}

#[test]
fn comment_is_saved_with_accents_and_new_lines() {
    let mut app = wizard_app(Origin::Home);
    let first = current_id(&app);
    press(&mut app, KeyCode::Char('c'));
    assert!(matches!(wiz(&app).mode, Mode::Comment(_)));
    typed(&mut app, "Déjà vu à Nantes");
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "Enter is a new line"
    );
    typed(&mut app, "q? n u");
    let effects = press(&mut app, KeyCode::Esc);
    let sheet = saved_sheet(&effects);
    assert_eq!(sheet.comment(&first), "Déjà vu à Nantes\nq? n u");
    assert_eq!(
        sheet.answer(&first),
        None,
        "typing in the editor answers nothing"
    );
    assert_eq!(wiz(&app).mode, Mode::Question);
    assert_eq!(wiz(&app).pos, 0);
}

#[test]
fn ctrl_s_saves_the_comment_and_reopening_edits_it() {
    let mut app = wizard_app(Origin::Home);
    let first = current_id(&app);
    press(&mut app, KeyCode::Char('c'));
    typed(&mut app, "abc");
    assert_eq!(saved_sheet(&ctrl(&mut app, 's')).comment(&first), "abc");
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Backspace);
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!(saved_sheet(&effects).comment(&first), "ab");
    // Closing without a change writes nothing.
    press(&mut app, KeyCode::Char('c'));
    assert!(press(&mut app, KeyCode::Esc).is_empty());
}

#[test]
fn ctrl_c_while_commenting_keeps_the_comment_and_quits() {
    let mut app = wizard_app(Origin::CommandLine);
    let first = current_id(&app);
    press(&mut app, KeyCode::Char('c'));
    typed(&mut app, "half-typed");
    let effects = ctrl(&mut app, 'c');
    assert_eq!(saved_sheet(&effects).comment(&first), "half-typed");
    assert!(app.quit);
}

#[test]
fn answering_the_last_question_opens_the_review_which_jumps_to_unanswered() {
    let mut app = wizard_app(Origin::Home);
    let total = wiz(&app).asked.len();
    // Skip the first two, answer the rest.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    for _ in 2..total {
        press(&mut app, KeyCode::Char('4'));
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(wiz(&app).mode, Mode::Review { selected: 0 });
    assert_eq!(wiz(&app).unanswered(), vec![0, 1]);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(wiz(&app).mode, Mode::Question);
    assert_eq!(wiz(&app).pos, 1);
}

#[test]
fn f_opens_the_review_and_esc_returns_to_the_same_question() {
    let mut app = wizard_app(Origin::Home);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('f'));
    assert!(matches!(wiz(&app).mode, Mode::Review { .. }));
    press(&mut app, KeyCode::Esc);
    assert_eq!(wiz(&app).mode, Mode::Question);
    assert_eq!(wiz(&app).pos, 1);
}

#[test]
fn leaving_goes_home_or_quits_depending_on_where_the_wizard_came_from() {
    let mut app = wizard_app(Origin::Home);
    assert_eq!(press(&mut app, KeyCode::Char('q')), vec![Effect::Reload]);
    assert!(matches!(app.screen, Screen::Home));
    assert!(!app.quit);

    let mut app = wizard_app(Origin::CommandLine);
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert!(app.quit);
}

#[test]
fn role_change_skips_questions_saves_the_role_and_lists_skipped() {
    let mut app = wizard_app(Origin::Home);
    let all = wiz(&app).asked.len();
    press(&mut app, KeyCode::Char('r'));
    // Choices in picker order, "any role" first.
    let business = crate::tui::wizard::ROLE_CHOICES
        .iter()
        .position(|r| *r == Some(Role::Business))
        .unwrap();
    for _ in 0..business {
        press(&mut app, KeyCode::Down);
    }
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(saved_sheet(&effects).role, Some(Role::Business));
    let w = wiz(&app);
    assert!(w.asked.len() < all);
    assert_eq!(w.skipped().len(), all - w.asked.len());
    assert!(w.current().unwrap().1.applies_to(Some(Role::Business)));
    assert!(app.status.unwrap().text.contains("skipped"));
}

#[test]
fn keys_are_ignored_while_the_terminal_is_too_small() {
    let mut app = wizard_app(Origin::Home);
    update(
        &mut app,
        Msg::Resize {
            width: 20,
            height: 5,
        },
    );
    press(&mut app, KeyCode::Char('3'));
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(wiz(&app).pos, 0);
    update(
        &mut app,
        Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(press(&mut app, KeyCode::Enter).len(), 1);
}

/// Row on which the view drew `text`, read from a real render.
fn row_of(app: &App, text: &str) -> Option<u16> {
    let mut terminal = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    let buffer = terminal.backend().buffer();
    (0..app.height).find(|&y| {
        let line: String = (0..app.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        line.contains(text)
    })
}

#[test]
fn clicking_a_drawn_level_highlights_it_and_a_second_click_saves_it() {
    let mut app = wizard_app(Origin::Home);
    let first = current_id(&app);
    let row = row_of(&app, "4 Measured").expect("level 4 is drawn");
    let click = Msg::Click { column: 10, row };
    assert!(update(&mut app, click).is_empty());
    assert_eq!(wiz(&app).highlight, Some(4));
    let effects = update(&mut app, Msg::Click { column: 10, row });
    assert_eq!(saved_sheet(&effects).answer(&first), Some(Answer::Level(4)));
}

#[test]
fn highlight_stays_visible_on_a_small_terminal() {
    let mut app = wizard_app(Origin::Home);
    update(
        &mut app,
        Msg::Resize {
            width: 60,
            height: 16,
        },
    );
    press(&mut app, KeyCode::Char('1'));
    assert!(row_of(&app, "1 Initial").is_some());
    press(&mut app, KeyCode::Char('5'));
    assert!(row_of(&app, "5 Optimizing").is_some());
    assert!(row_of(&app, "▼ more below").is_some() || row_of(&app, "▲ more above").is_some());
}

#[test]
fn wheel_scrolls_the_question_body() {
    let mut app = wizard_app(Origin::Home);
    update(
        &mut app,
        Msg::Resize {
            width: 60,
            height: 16,
        },
    );
    update(&mut app, Msg::Wheel { down: true });
    let after = wiz(&app).scroll.unwrap();
    update(&mut app, Msg::Wheel { down: false });
    assert!(wiz(&app).scroll.unwrap() < after);
}

#[test]
fn a_failed_save_is_shown_as_an_error() {
    let mut app = wizard_app(Origin::Home);
    update(&mut app, Msg::Saved(Err("disk full".into())));
    // It stays through other keys and messages until a save succeeds.
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Enter);
    let status = app.visible_status().unwrap();
    assert!(status.error);
    assert_eq!(status.text, "NOT SAVED: disk full");
    let ok = saved_ok(&app);
    update(&mut app, ok);
    assert!(!app.visible_status().unwrap().error);
}

#[test]
fn leaving_with_unsaved_answers_needs_a_second_press() {
    let mut app = wizard_app(Origin::CommandLine);
    update(&mut app, Msg::Saved(Err("disk full".into())));
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.quit, "the first q warns");
    assert!(app.visible_status().unwrap().text.contains("q again"));
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.quit, "another key in between disarms");
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn shutdown_keeps_the_comment_being_typed_and_quits() {
    let mut app = wizard_app(Origin::Home);
    let first = current_id(&app);
    press(&mut app, KeyCode::Char('c'));
    typed(&mut app, "à finir");
    let effects = update(&mut app, Msg::Shutdown);
    assert_eq!(saved_sheet(&effects).comment(&first), "à finir");
    assert!(app.quit, "even when opened from the home screen");
}

#[test]
fn shutdown_after_a_failed_save_tries_once_more_with_the_answers_in_memory() {
    let mut app = wizard_app(Origin::CommandLine);
    let first = current_id(&app);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Enter);
    update(&mut app, Msg::Saved(Err("disk full".into())));
    let effects = update(&mut app, Msg::Shutdown);
    assert_eq!(saved_sheet(&effects).answer(&first), Some(Answer::Level(3)));
    assert!(app.quit);
    // Nothing pending and nothing failed: nothing to write.
    let mut app = wizard_app(Origin::CommandLine);
    assert!(update(&mut app, Msg::Shutdown).is_empty());
    assert!(app.quit);
}

#[test]
fn unsaved_answers_are_reported_until_a_save_succeeds_and_once_left_for_good() {
    let mut app = wizard_app(Origin::Home);
    assert_eq!(app.unsaved(), None);
    update(&mut app, Msg::Saved(Err("disk full".into())));
    assert_eq!(app.unsaved().as_deref(), Some("disk full"));
    let ok = saved_ok(&app);
    update(&mut app, ok);
    assert_eq!(app.unsaved(), None, "the next save wrote them all");
    // Leaving the wizard after a failure drops those answers: a later save of another sheet
    // does not make them saved.
    update(&mut app, Msg::Saved(Err("disk full".into())));
    press(&mut app, KeyCode::Char('q'));
    press(&mut app, KeyCode::Char('q'));
    assert!(matches!(app.screen, Screen::Home));
    let status = app.status.clone().unwrap();
    assert!(
        status.error && status.text.contains("not saved"),
        "{status:?}"
    );
    let ok = saved_ok(&app);
    update(&mut app, ok);
    assert_eq!(app.unsaved().as_deref(), Some("disk full"));
}

/// The wizard at 80x24 on its first question, answered `stored` with a comment, as the room
/// finds it when coming back to it.
fn answered_app(stored: Answer) -> App {
    let mut app = wizard_app(Origin::Home);
    update(
        &mut app,
        Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    let id = current_id(&app);
    if let Screen::Wizard(w) = &mut app.screen {
        w.sheet.set_answer(&id, stored);
        w.sheet
            .set_comment(&id, "Le CAB du jeudi valide chaque mise en production.");
        w.go_to(0);
    }
    app
}

#[test]
fn arrows_stop_at_the_first_and_last_level_and_never_scroll() {
    let mut app = wizard_app(Origin::Home);
    update(
        &mut app,
        Msg::Resize {
            width: 60,
            height: 16,
        },
    );
    press(&mut app, KeyCode::Char('5'));
    let at_five = wiz(&app).scroll;
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(wiz(&app).highlight, Some(5));
    assert_eq!(wiz(&app).scroll, at_five, "↓ past the last level scrolled");
    press(&mut app, KeyCode::Char('1'));
    let at_one = wiz(&app).scroll;
    for _ in 0..5 {
        press(&mut app, KeyCode::Up);
    }
    assert_eq!(wiz(&app).highlight, Some(1));
    assert_eq!(wiz(&app).scroll, at_one, "↑ past the first level scrolled");
    assert!(!wiz(&app).whole_text);
}

#[test]
fn shift_arrows_home_end_and_the_wheel_scroll_without_moving_the_highlight() {
    let mut app = wizard_app(Origin::Home);
    update(
        &mut app,
        Msg::Resize {
            width: 60,
            height: 16,
        },
    );
    press(&mut app, KeyCode::Char('2'));
    let start = wiz(&app).scroll.unwrap();
    press_with(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
    assert_eq!(wiz(&app).scroll, Some(start + 1));
    press_with(&mut app, KeyCode::Up, KeyModifiers::SHIFT);
    assert_eq!(wiz(&app).scroll, Some(start));
    press(&mut app, KeyCode::End);
    let end = wiz(&app).scroll.unwrap();
    assert!(end > start);
    press_with(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
    assert_eq!(wiz(&app).scroll, Some(end), "End is the bottom");
    update(&mut app, Msg::Wheel { down: false });
    assert!(wiz(&app).scroll.unwrap() < end);
    press(&mut app, KeyCode::Home);
    assert_eq!(wiz(&app).scroll, Some(0));
    assert!(wiz(&app).whole_text, "Home shows a cut hint whole");
    assert_eq!(wiz(&app).highlight, Some(2), "the highlight never moved");
    assert_eq!(wiz(&app).mode, Mode::Question);
}

#[test]
fn enter_on_the_stored_level_keeps_it_without_writing_and_moves_on() {
    let mut app = answered_app(Answer::Level(2));
    assert_eq!(wiz(&app).highlight, Some(2));
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "nothing rewritten"
    );
    assert_eq!(wiz(&app).pos, 1);
    assert!(app.status.unwrap().text.contains("Kept level 2 (Managed)"));
}

/// What happened in a workshop: level 2 stored, ↓ pressed to read on, then Enter. The stored
/// answer stays until the room confirms.
#[test]
fn enter_on_another_level_asks_before_replacing_the_stored_answer() {
    let mut app = answered_app(Answer::Level(2));
    let first = current_id(&app);
    for _ in 0..6 {
        assert!(press(&mut app, KeyCode::Down).is_empty());
    }
    assert_eq!(wiz(&app).highlight, Some(5));
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "saved without asking"
    );
    assert_eq!(
        wiz(&app).mode,
        Mode::Replace {
            with: Answer::Level(5)
        }
    );
    assert_eq!(wiz(&app).pos, 0);
    assert_eq!(
        wiz(&app).answer_at(wiz(&app).asked[0]),
        Some(Answer::Level(2))
    );
    // Keys other than the prompt's do nothing meanwhile.
    for code in [
        KeyCode::Char('3'),
        KeyCode::Char('q'),
        KeyCode::Right,
        KeyCode::Down,
    ] {
        assert!(press(&mut app, code).is_empty());
    }
    assert!(!app.quit);
    assert_eq!(wiz(&app).highlight, Some(5));
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(saved_sheet(&effects).answer(&first), Some(Answer::Level(5)));
    assert_eq!(wiz(&app).pos, 1);
    assert_eq!(wiz(&app).mode, Mode::Question);
    let status = app.status.clone().unwrap().text;
    assert!(status.contains("replacing level 2 (Managed)"), "{status}");
}

#[test]
fn enter_in_the_prompt_replaces_and_esc_or_n_keeps() {
    for keep in [KeyCode::Esc, KeyCode::Char('n')] {
        let mut app = answered_app(Answer::Level(2));
        press(&mut app, KeyCode::Char('4'));
        press(&mut app, KeyCode::Enter);
        assert!(press(&mut app, keep).is_empty());
        let w = wiz(&app);
        assert_eq!(w.mode, Mode::Question);
        assert_eq!(w.pos, 0, "keeping stays on the question");
        assert_eq!(
            w.highlight,
            Some(2),
            "the highlight is back on the stored level"
        );
        assert!(app.status.unwrap().text.contains("Kept level 2"));
    }
    let mut app = answered_app(Answer::Level(2));
    let first = current_id(&app);
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Enter);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(saved_sheet(&effects).answer(&first), Some(Answer::Level(4)));
}

#[test]
fn n_and_u_ask_before_replacing_a_stored_answer_and_keep_the_same_one() {
    let mut app = answered_app(Answer::Level(3));
    let first = current_id(&app);
    assert!(press(&mut app, KeyCode::Char('n')).is_empty());
    assert_eq!(
        wiz(&app).mode,
        Mode::Replace {
            with: Answer::NotApplicable
        }
    );
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        saved_sheet(&effects).answer(&first),
        Some(Answer::NotApplicable)
    );

    let mut app = answered_app(Answer::NotApplicable);
    assert!(press(&mut app, KeyCode::Char('u')).is_empty());
    assert_eq!(
        wiz(&app).mode,
        Mode::Replace {
            with: Answer::Unknown
        }
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(wiz(&app).highlight, None, "n/a has no level to highlight");
    // The same answer again: kept as it is, on to the next question.
    assert!(press(&mut app, KeyCode::Char('n')).is_empty());
    assert_eq!(wiz(&app).pos, 1);
    // Enter on a stored n/a with nothing highlighted keeps it too.
    let mut app = answered_app(Answer::Unknown);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(wiz(&app).pos, 1);
}

#[test]
fn a_second_click_on_another_level_asks_before_replacing() {
    let mut app = answered_app(Answer::Level(2));
    let row = row_of(&app, "4 Measured").expect("level 4 is drawn");
    assert!(update(&mut app, Msg::Click { column: 10, row }).is_empty());
    let row = row_of(&app, "▶ 4 Measured").expect("level 4 highlighted");
    assert!(update(&mut app, Msg::Click { column: 10, row }).is_empty());
    assert_eq!(
        wiz(&app).mode,
        Mode::Replace {
            with: Answer::Level(4)
        }
    );
}

#[test]
fn ctrl_or_alt_with_a_letter_or_digit_answers_nothing() {
    let mut app = wizard_app(Origin::Home);
    for c in ['n', 'u', '3', 'j', 'q'] {
        for m in [KeyModifiers::CONTROL, KeyModifiers::ALT] {
            assert!(press_with(&mut app, KeyCode::Char(c), m).is_empty());
        }
    }
    let w = wiz(&app);
    assert_eq!((w.pos, w.highlight), (0, None));
    assert!(!app.quit);
}
