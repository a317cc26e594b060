//! Home, forms, pickers and results.

use super::*;

#[test]
fn new_assessment_form_checks_then_asks_to_create() {
    let mut app = home_app();
    press(&mut app, KeyCode::Char('n'));
    assert!(matches!(app.screen, Screen::NewAssessment(_)));
    typed(&mut app, "retail");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    match &app.screen {
        Screen::NewAssessment(NewAssessmentForm { error, focus, .. }) => {
            assert!(error.as_deref().unwrap().contains("at least one team"));
            assert_eq!(*focus, 1, "the field to fix gets the focus");
        }
        other => panic!("{other:?}"),
    }
    typed(&mut app, "Équipe Lyon, Ops/Run, équipe lyon");
    press(&mut app, KeyCode::Tab);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    match &app.screen {
        Screen::NewAssessment(f) => assert!(f.error.as_deref().unwrap().contains("twice")),
        other => panic!("{other:?}"),
    }
    // The focus went back to the teams field.
    for _ in 0..", équipe lyon".chars().count() {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Tab);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::CreateAssessment {
            name: "retail".into(),
            teams: vec!["Équipe Lyon".into(), "Ops/Run".into()],
            questionnaire: None,
        }]
    );
    assert_eq!(
        update(&mut app, Msg::Created(Ok("retail".into()))),
        vec![Effect::Reload]
    );
    assert!(matches!(app.screen, Screen::Home));
    assert_eq!(
        app.select_after_reload,
        Some(("retail".into(), "Équipe Lyon".into()))
    );
}

#[test]
fn a_refused_creation_stays_on_the_form_with_the_reason() {
    let mut app = home_app();
    press(&mut app, KeyCode::Char('n'));
    update(&mut app, Msg::Created(Err("my.json: cannot read".into())));
    match &app.screen {
        Screen::NewAssessment(f) => assert_eq!(f.error.as_deref(), Some("my.json: cannot read")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn home_enter_picks_a_respondent_then_a_role_then_opens_the_wizard() {
    let mut app = home_app();
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Respondents(_)));
    // Paris has Bob: the picker starts on him; ↑ goes to "new respondent".
    press(&mut app, KeyCode::Up);
    typed(&mut app, "Alice");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Role(_)));
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::OpenWizard {
            about: None,
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            respondent: "Alice".into(),
            role: Some(Some(Role::Dev)),
        }]
    );
    let effects = update(
        &mut app,
        Msg::WizardLoaded {
            about: None,
            result: Ok(Box::new((assessment(), None))),
            team: "Paris".into(),
            respondent: "Alice".into(),
            role: Some(Some(Role::Dev)),
        },
    );
    assert_eq!(
        saved_sheet(&effects).role,
        Some(Role::Dev),
        "a chosen role is saved"
    );
    assert_eq!(wiz(&app).sheet.respondent, "Alice");
    assert_eq!(wiz(&app).origin, Origin::Home);
}

#[test]
fn typing_an_existing_respondent_resumes_them() {
    let mut app = home_app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Up);
    typed(&mut app, "bob");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::OpenWizard {
            about: None,
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            respondent: "Bob".into(),
            role: None,
        }]
    );
}

#[test]
fn a_respondent_typed_in_another_case_resumes_the_existing_sheet() {
    let mut app = home_app();
    if let Ok(loaded) = &mut app.entries[0] {
        loaded.sheets.push(ResponseSheet::new("Paris", "Élodie"));
    }
    press(&mut app, KeyCode::Enter);
    typed(&mut app, " élodie ");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::OpenWizard {
            about: None,
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            respondent: "Élodie".into(),
            role: None,
        }]
    );
}

#[test]
fn add_team_refuses_a_comma_and_says_why() {
    let mut app = home_app();
    press(&mut app, KeyCode::Char('t'));
    typed(&mut app, "Ops, Run");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "{effects:?}");
    let Screen::AddTeam(form) = &app.screen else {
        panic!("expected the add-team form, got {:?}", app.screen);
    };
    assert!(
        form.error
            .as_deref()
            .unwrap()
            .contains("cannot contain a comma"),
        "{:?}",
        form.error
    );
    // Without the comma the team is added.
    for _ in 0.."Ops, Run".len() {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "Ops Run");
    assert_eq!(
        press(&mut app, KeyCode::Enter),
        vec![Effect::AddTeam {
            assessment: "bank-2026".into(),
            team: "Ops Run".into(),
        }]
    );
}

#[test]
fn add_team_refuses_duplicates_and_reselects_the_new_team() {
    let mut app = home_app();
    press(&mut app, KeyCode::Char('t'));
    typed(&mut app, "nantes");
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    match &app.screen {
        Screen::AddTeam(f) => assert!(f.error.as_deref().unwrap().contains("already")),
        other => panic!("{other:?}"),
    }
    for _ in 0..6 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "Lyon");
    assert_eq!(
        press(&mut app, KeyCode::Enter),
        vec![Effect::AddTeam {
            assessment: "bank-2026".into(),
            team: "Lyon".into()
        }]
    );
    let effects = update(
        &mut app,
        Msg::TeamAdded(Ok(("bank-2026".into(), "Lyon".into()))),
    );
    assert_eq!(effects, vec![Effect::Reload]);
    let mut reloaded = assessment();
    reloaded.teams.push("Lyon".into());
    update(
        &mut app,
        Msg::Listed(vec![Ok(Loaded {
            assessment: reloaded,
            sheets: Vec::new(),
            figures: Vec::new(),
            perceptions: Vec::new(),
            requests: Vec::new(),
            unreadable: Vec::new(),
        })]),
    );
    assert_eq!(app.selected_team().unwrap().1, "Lyon");
}

#[test]
fn help_opens_on_question_mark_and_closes_on_esc_without_leaving() {
    let mut app = wizard_app(Origin::CommandLine);
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help);
    press(&mut app, KeyCode::Esc);
    assert!(!app.help);
    assert!(!app.quit, "Esc closed the help, not the wizard");
}

#[test]
fn home_q_quits_and_results_open_for_the_selected_team() {
    let mut app = home_app();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('r'));
    match &app.screen {
        Screen::Results(r) => assert_eq!(r.team, "Nantes"),
        other => panic!("{other:?}"),
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn typing_on_an_existing_respondent_starts_a_new_name() {
    let mut app = home_app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "Jo");
    match &app.screen {
        Screen::Respondents(p) => {
            assert_eq!(p.selected, 0);
            assert_eq!(p.new_name.value, "Jo", "j is text here, not a move");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn results_scroll_stops_at_the_last_dimension() {
    let mut app = home_app();
    update(
        &mut app,
        Msg::Resize {
            width: 80,
            height: 16,
        },
    );
    press(&mut app, KeyCode::Char('r'));
    for _ in 0..100 {
        press(&mut app, KeyCode::Down);
    }
    let Screen::Results(r) = &app.screen else {
        panic!("results expected");
    };
    let rows = crate::tui::layout::results_rows(app.area());
    assert_eq!(r.scroll, 13 - rows);
    press(&mut app, KeyCode::Up);
    let Screen::Results(r) = &app.screen else {
        panic!("results expected");
    };
    assert_eq!(r.scroll, 13 - rows - 1, "one key up moves at once");
}

#[test]
fn a_name_like_an_existing_respondent_is_asked_about_once() {
    let mut app = home_app();
    if let Ok(loaded) = &mut app.entries[0] {
        loaded.sheets.push(ResponseSheet::new("Paris", "Hélène"));
    }
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "Helene");
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "asked, not opened"
    );
    match &app.screen {
        Screen::Respondents(p) => {
            let e = p.error.as_deref().unwrap();
            assert!(e.contains("looks like \"Hélène\""), "{e}");
        }
        other => panic!("{other:?}"),
    }
    // Enter again: someone else, on to the role.
    press(&mut app, KeyCode::Enter);
    match &app.screen {
        Screen::Role(r) => assert_eq!(r.respondent, "Helene"),
        other => panic!("expected the role picker, got {other:?}"),
    }
}

#[test]
fn the_picker_renames_and_deletes_after_asking() {
    let mut app = home_app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down); // Bob
    assert!(press(&mut app, KeyCode::F(2)).is_empty());
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "Robert");
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::RenameRespondent {
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            from: "Bob".into(),
            to: "Robert".into(),
            lang: crate::app::i18n::Lang::En,
        }]
    );
    // Delete asks first; n keeps.
    press(&mut app, KeyCode::Down);
    assert!(press(&mut app, KeyCode::Delete).is_empty());
    assert!(press(&mut app, KeyCode::Char('n')).is_empty());
    match &app.screen {
        Screen::Respondents(p) => assert!(p.action.is_none()),
        other => panic!("{other:?}"),
    }
    press(&mut app, KeyCode::Delete);
    let effects = press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        effects,
        vec![Effect::DeleteRespondent {
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            who: "Bob".into(),
            lang: crate::app::i18n::Lang::En,
        }]
    );
    let effects = update(
        &mut app,
        Msg::RespondentChanged(Ok("Moved Bob to the trash".into())),
    );
    assert_eq!(effects, vec![Effect::Reload]);
}

/// Tab in the respondent picker chooses whose practices are assessed: the team's own, then each
/// other team; the wizard then opens on a perception sheet about that team, saved apart.
#[test]
fn tab_in_the_picker_answers_about_another_team() {
    let mut app = home_app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    match &app.screen {
        Screen::Respondents(p) => assert_eq!(p.about.as_deref(), Some("Nantes")),
        other => panic!("{other:?}"),
    }
    // Bob, the existing respondent, answers about Nantes.
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::OpenWizard {
            about: Some("Nantes".into()),
            assessment: "bank-2026".into(),
            team: "Paris".into(),
            respondent: "Bob".into(),
            role: None,
        }]
    );
    update(
        &mut app,
        Msg::WizardLoaded {
            about: Some("Nantes".into()),
            result: Ok(Box::new((assessment(), None))),
            team: "Paris".into(),
            respondent: "Bob".into(),
            role: None,
        },
    );
    assert_eq!(wiz(&app).sheet.about.as_deref(), Some("Nantes"));
    assert_eq!(wiz(&app).sheet.team, "Paris");
    // Tab again, past the last other team: back to the team's own practices.
    let mut app = home_app();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    match &app.screen {
        Screen::Respondents(p) => assert_eq!(p.about, None),
        other => panic!("{other:?}"),
    }
}
