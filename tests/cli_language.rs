//! The commands' confirmation lines follow the language rule: a French assessment's `new`,
//! `answer`, `plan add`, `request add`, `report`, `show` and `respondent rename` print French
//! (French numbers and typography), `--lang en` brings English back, an English assessment
//! stays English; `list`, about no assessment in particular, follows `--lang` or `LANG`.

use std::path::Path;
use std::process::Command;

mod support {
    pub mod cli;
}
use support::cli::{ok, run, stderr};

const NNBSP: char = '\u{202f}';

/// The first line of a command's output.
fn first(out: &str) -> &str {
    out.lines().next().unwrap_or("")
}

/// English words of the confirmation lines; none may be in a French one.
fn assert_no_english(text: &str) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    for english in [
        "Saved", "Wrote", "Added", "Created", "Stored", "Next", "for", "the", "of", "answered",
        "answers", "plan:", "Request", "asks", "priority", "open", "Renamed", "their", "coverage",
        "overall", "Levels", "Target", "level", "Updated", "Removed", "to",
    ] {
        assert!(
            !words.contains(&english),
            "{english:?} in a French line: {text}"
        );
    }
}

fn new(data: &Path, name: &str, questionnaire: &str) -> String {
    ok(&run(
        data,
        &[
            "new",
            name,
            "--team",
            "Paris",
            "--team",
            "Nantes",
            "--questionnaire",
            questionnaire,
        ],
    ))
}

#[test]
fn a_french_assessment_confirms_in_french_and_lang_en_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let created = new(d, "banque", "fr");
    assert!(
        created.starts_with(&format!(
            "Évaluation «{NNBSP}banque{NNBSP}» créée avec 2 équipes{NNBSP}: Paris, Nantes"
        )),
        "{created}"
    );
    assert!(created.contains("Enregistrée dans "), "{created}");
    assert!(created.contains("--respondent NOM"), "{created}");
    assert_no_english(&created.replace("devops-maturity answer", ""));

    let answer = |args: &[&str]| {
        let mut all = vec![
            "answer",
            "banque",
            "--team",
            "Paris",
            "--respondent",
            "Alice",
        ];
        all.extend_from_slice(args);
        run(d, &all)
    };
    let saved = ok(&answer(&[
        "--set",
        "ci.build=3",
        "--comment",
        "ci.build=Sur le poste du chef de projet",
    ]));
    assert!(
        first(&saved).starts_with(&format!(
            "Enregistré{NNBSP}: 1 réponse et 1 commentaire d’Alice (Paris){NNBSP}; "
        )),
        "{saved}"
    );
    assert!(
        saved.contains(&format!("{NNBSP}% du questionnaire renseigné")),
        "{saved}"
    );
    assert_no_english(&saved);
    // `--lang en` overrides the questionnaire.
    let saved = ok(&run(
        d,
        &[
            "--lang",
            "en",
            "answer",
            "banque",
            "--team",
            "Paris",
            "--respondent",
            "Alice",
            "--set",
            "ci.build=2",
        ],
    ));
    assert!(
        first(&saved).starts_with("Saved 1 answer for Alice (Paris); "),
        "{saved}"
    );
    assert!(saved.contains("% of the questionnaire answered"), "{saved}");

    let added = ok(&run(
        d,
        &[
            "plan",
            "add",
            "banque",
            "--title",
            "Astreinte commune",
            "--team",
            "Paris",
            "--team",
            "Nantes",
        ],
    ));
    assert!(
        added.contains(&format!(
            " (Paris + Nantes) ajoutée au plan{NNBSP}: Astreinte commune"
        )),
        "{added}"
    );
    assert_no_english(&added);
    let id = added.split_whitespace().next().unwrap().to_string();
    let set = ok(&run(
        d,
        &["plan", "set", "banque", &id, "--status", "in-progress"],
    ));
    assert_eq!(
        set.trim(),
        format!("{id} mise à jour (en cours){NNBSP}: Astreinte commune")
    );
    let set = ok(&run(
        d,
        &[
            "--lang", "en", "plan", "set", "banque", &id, "--status", "done",
        ],
    ));
    assert_eq!(
        set.trim(),
        format!("Updated {id} (done): Astreinte commune")
    );

    let asked = ok(&run(
        d,
        &[
            "request",
            "add",
            "banque",
            "--by",
            "Nantes",
            "--to",
            "Paris",
            "Un accès aux logs sans ticket",
        ],
    ));
    assert!(
        asked.contains(&format!(
            "enregistrée{NNBSP}: Nantes demande à Paris (priorité moyenne, ouverte)."
        )),
        "{asked}"
    );
    assert_no_english(&asked);

    let report = d.join("rapport.md");
    let wrote = ok(&run(
        d,
        &["report", "banque", "--output", report.to_str().unwrap()],
    ));
    assert!(
        wrote.starts_with(&format!(
            "Rapport écrit dans {} (Markdown, ",
            report.display()
        )),
        "{wrote}"
    );
    assert!(wrote.trim_end().ends_with(" pour Paris, Nantes"), "{wrote}");
    assert!(
        wrote.contains(" octets)") || wrote.contains(" Ko)"),
        "{wrote}"
    );
    assert_no_english(&wrote.replace(&report.display().to_string(), ""));
    let wrote = ok(&run(
        d,
        &[
            "--lang",
            "en",
            "report",
            "banque",
            "--output",
            report.to_str().unwrap(),
            "--force",
        ],
    ));
    assert!(
        wrote.starts_with(&format!("Wrote {} (Markdown, ", report.display())),
        "{wrote}"
    );
    assert!(wrote.trim_end().ends_with(" for Paris, Nantes"), "{wrote}");

    let shown = ok(&run(d, &["show", "banque"]));
    assert!(
        shown.contains(&format!("Cible{NNBSP}: niveau 4")),
        "{shown}"
    );
    assert!(
        shown.contains("Paris — 1 répondant, couverture "),
        "{shown}"
    );
    assert!(shown.contains("ensemble 2,0"), "{shown}");

    let renamed = ok(&run(
        d,
        &[
            "respondent",
            "rename",
            "banque",
            "--team",
            "Paris",
            "Alice",
            "Alice Martin",
        ],
    ));
    assert_eq!(
        renamed.trim(),
        format!("Alice renommé en Alice Martin (Paris){NNBSP}; ses réponses ont suivi")
    );
}

#[test]
fn an_english_assessment_stays_english_and_a_refusal_is_one_line_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let created = new(d, "bank", "en");
    assert!(
        created.starts_with("Created assessment \"bank\" with 2 teams: Paris, Nantes"),
        "{created}"
    );
    let saved = ok(&run(
        d,
        &[
            "answer",
            "bank",
            "--team",
            "Paris",
            "--respondent",
            "Alice",
            "--set",
            "ci.build=3",
        ],
    ));
    assert!(
        first(&saved).starts_with("Saved 1 answer for Alice (Paris); "),
        "{saved}"
    );
    // `--lang fr` gives French lines on an English questionnaire.
    let added = ok(&run(
        d,
        &[
            "--lang", "fr", "plan", "add", "bank", "--title", "On-call", "--team", "Paris",
        ],
    ));
    assert!(
        added.contains(&format!("ajoutée au plan{NNBSP}: On-call")),
        "{added}"
    );
    // Bad input is still one line naming the flag, exit 2, nothing written.
    let o = run(
        d,
        &[
            "answer",
            "bank",
            "--team",
            "Paris",
            "--respondent",
            "Alice",
            "--set",
            "ci.build",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("--set"), "{err}");
}

#[test]
fn list_follows_lang_then_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    let list = |lang: Option<&str>, locale: &str| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_devops-maturity"));
        if let Some(l) = lang {
            c.args(["--lang", l]);
        }
        let o = c
            .arg("list")
            .env("DEVOPS_MATURITY_DATA", d)
            .env("NO_COLOR", "1")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", locale)
            .output()
            .unwrap();
        ok(&o)
    };
    let fr = list(None, "fr_FR.UTF-8");
    assert!(fr.contains(", créée le "), "{fr}");
    assert!(fr.contains("0 répondant  couverture 0\u{202f}%"), "{fr}");
    let en = list(None, "C");
    assert!(en.contains(", created "), "{en}");
    assert!(en.contains("0 respondents  coverage 0%"), "{en}");
    let forced = list(Some("en"), "fr_FR.UTF-8");
    assert!(forced.contains(", created "), "{forced}");
}

/// `questionnaire show` of the French edition: the tool's words in French (the questionnaire's
/// own are French already), French typography; the English edition keeps its English words.
#[test]
fn questionnaire_show_of_the_french_edition_is_french() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fr = ok(&run(d, &["questionnaire", "show", "fr"]));
    for expected in [
        format!("Niveaux{NNBSP}: 1 Initial · 2 Géré"),
        "[culture] (poids 1)".to_string(),
        format!("      Titre{NNBSP}: Objectifs communs dev et ops"),
        format!(
            "(rôles{NNBSP}: développement, exploitation, direction{NNBSP}; responsables{NNBSP}: direction"
        ),
        format!("      1 Initial{NNBSP}: "),
        format!("→ vers 2 [faible]{NNBSP}: "),
    ] {
        assert!(fr.contains(&expected), "{expected:?} missing:\n{fr}");
    }
    // The references' addresses are content (dora.dev/capabilities/…), not the tool's words.
    let without_urls: String = fr
        .lines()
        .map(|line| line.split(" <http").next().unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n");
    let words: Vec<&str> = without_urls
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_')
        .collect();
    for english in [
        "Levels",
        "weight",
        "Title",
        "roles",
        "owners",
        "capabilities",
        "See",
        "to",
        "low",
        "medium",
        "high",
        "core",
        "formerly",
        "levels_since",
    ] {
        assert!(!words.contains(&english), "{english:?} in the French show");
    }
    let en = ok(&run(d, &["questionnaire", "show", "en"]));
    for expected in [
        "Levels: 1 Initial · 2 Managed",
        "[culture] (weight 1)",
        "      Title: Shared dev and ops objectives",
        "→ to 2 [low]: ",
    ] {
        assert!(en.contains(expected), "{expected:?} missing:\n{en}");
    }
}

/// Runs with a given locale (`LC_ALL`/`LC_MESSAGES` cleared): the errors of commands whose
/// assessment cannot be read follow it.
fn run_in(data: &Path, locale: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
        .args(args)
        .env("DEVOPS_MATURITY_DATA", data)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .unwrap()
}

/// A refusal: exit 2, one line on stderr, no panic; returns the line.
fn refused(o: &std::process::Output) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err.trim_end().to_string()
}

#[test]
fn a_french_assessment_refuses_in_french_and_lang_en_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    let answer = |lang: Option<&str>, team: &str, who: &str, set: &str| {
        let mut args = vec![];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        args.extend([
            "answer",
            "banque",
            "--team",
            team,
            "--respondent",
            who,
            "--set",
            set,
        ]);
        // An English locale: the assessment's language wins over it.
        refused(&run_in(d, "C", &args))
    };
    let team = answer(None, "Lyon", "Alice", "ci.build=3");
    assert!(
        team.starts_with(&format!(
            "erreur{NNBSP}: l’équipe «{NNBSP}Lyon{NNBSP}» ne fait pas partie de «{NNBSP}banque{NNBSP}»"
        )),
        "{team}"
    );
    assert!(
        team.contains(&format!("(équipes{NNBSP}: Paris, Nantes)")),
        "{team}"
    );
    let close = answer(None, "Pari", "Alice", "ci.build=3");
    assert!(
        close.contains(&format!("vouliez-vous dire «{NNBSP}Paris{NNBSP}»{NNBSP}?")),
        "{close}"
    );
    let level = answer(None, "Paris", "Alice", "ci.build=9");
    assert!(
        level.starts_with(&format!(
            "erreur{NNBSP}: --set ci.build=9{NNBSP}: le niveau 9 est hors de l’échelle 1–"
        )),
        "{level}"
    );
    let value = answer(None, "Paris", "Alice", "ci.build=beaucoup");
    assert!(value.contains("n’est pas une réponse"), "{value}");
    let id = answer(None, "Paris", "Alice", "ci.buld=3");
    assert!(
        id.starts_with(&format!(
            "erreur{NNBSP}: identifiant de question inconnu «{NNBSP}ci.buld{NNBSP}»{NNBSP}; vouliez-vous dire ci.build{NNBSP}?"
        )),
        "{id}"
    );
    for line in [&team, &close, &level, &value, &id] {
        assert!(!line.contains("error:"), "{line}");
        assert!(!line.contains("nothing was"), "{line}");
    }
    // `--lang en` brings the English back, same exit code.
    let en = answer(Some("en"), "Lyon", "Alice", "ci.build=3");
    assert!(
        en.starts_with("error: team \"Lyon\" is not part of \"banque\" (teams: Paris, Nantes)"),
        "{en}"
    );
    let en = answer(Some("en"), "Paris", "Alice", "ci.build=9");
    assert!(
        en.starts_with("error: --set ci.build=9: level 9 is outside the scale 1–"),
        "{en}"
    );

    // An unknown respondent (respondent rename) and request id, on the French assessment.
    let who = refused(&run_in(
        d,
        "C",
        &[
            "respondent",
            "rename",
            "banque",
            "--team",
            "Paris",
            "Zoé",
            "Zoe",
        ],
    ));
    assert!(
        who.starts_with(&format!(
            "erreur{NNBSP}: aucun répondant «{NNBSP}Zoé{NNBSP}» dans Paris de «{NNBSP}banque{NNBSP}»"
        )),
        "{who}"
    );
    let request = refused(&run_in(d, "C", &["request", "withdraw", "banque", "zz"]));
    assert!(
        request.contains("n’est pas un identifiant de demande"),
        "{request}"
    );
}

#[test]
fn an_unknown_assessment_is_refused_in_the_locale_or_lang() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    let args = ["show", "banqeu"];
    let fr = refused(&run_in(d, "fr_FR.UTF-8", &args));
    assert!(
        fr.starts_with(&format!(
            "erreur{NNBSP}: aucune évaluation nommée «{NNBSP}banqeu{NNBSP}» dans "
        )),
        "{fr}"
    );
    assert!(
        fr.ends_with(&format!(
            "{NNBSP}; vouliez-vous dire «{NNBSP}banque{NNBSP}»{NNBSP}?"
        )),
        "{fr}"
    );
    let en = refused(&run_in(d, "C", &args));
    assert!(
        en.starts_with("error: no assessment named \"banqeu\" in "),
        "{en}"
    );
    let forced = refused(&run_in(
        d,
        "fr_FR.UTF-8",
        &["--lang", "en", "show", "banqeu"],
    ));
    assert!(forced.starts_with("error: no assessment named"), "{forced}");
    // clap's own usage errors stay English, exit 2.
    let o = run_in(d, "fr_FR.UTF-8", &["answer", "banque", "--bogus"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: unexpected argument"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn plan_flags_and_unreadable_files_are_refused_and_warned_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    let plan = |args: &[&str]| refused(&run_in(d, "C", args));
    let due = plan(&[
        "plan",
        "add",
        "banque",
        "--title",
        "Astreinte",
        "--team",
        "Paris",
        "--due",
        "2027-02-30",
    ]);
    assert_eq!(
        due,
        format!(
            "erreur{NNBSP}: --due{NNBSP}: «{NNBSP}2027-02-30{NNBSP}» n’est pas une date{NNBSP}; donnez une date ISO comme 2027-03-31"
        )
    );
    let status = plan(&["plan", "set", "banque", "a1b2c", "--status", "fini"]);
    assert!(
        status.starts_with(&format!(
            "erreur{NNBSP}: --status{NNBSP}: statut inconnu «{NNBSP}fini{NNBSP}»"
        )),
        "{status}"
    );
    let team = plan(&["plan", "add", "banque", "--title", "X", "--team", "Lyon"]);
    assert!(
        team.contains("l’équipe «\u{202f}Lyon\u{202f}» ne fait pas partie"),
        "{team}"
    );
    let en = plan(&[
        "--lang", "en", "plan", "add", "banque", "--title", "X", "--team", "Lyon",
    ]);
    assert!(
        en.starts_with("error: --team: team \"Lyon\" is not part of"),
        "{en}"
    );

    // A sheet broken by hand: `show` still works and warns, in French.
    ok(&run(
        d,
        &[
            "answer",
            "banque",
            "--team",
            "Paris",
            "--respondent",
            "Alice",
            "--set",
            "ci.build=3",
        ],
    ));
    let sheets = d.join("assessments/banque/responses");
    let sheet = std::fs::read_dir(&sheets)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&sheet, "{broken").unwrap();
    let o = run_in(d, "C", &["show", "banque"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let warned = stderr(&o);
    assert!(
        warned.starts_with(&format!("attention{NNBSP}: ")) && warned.contains("illisible ("),
        "{warned}"
    );
    assert!(warned.contains("le fichier n’a pas été touché"), "{warned}");
    let o = run_in(d, "C", &["--lang", "en", "show", "banque"]);
    assert!(stderr(&o).starts_with("warning: "), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot be read ("), "{}", stderr(&o));
}

#[test]
fn report_destination_and_add_team_are_refused_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    let twice = refused(&run_in(d, "C", &["add-team", "banque", "paris"]));
    assert_eq!(
        twice,
        format!(
            "erreur{NNBSP}: l’équipe «{NNBSP}Paris{NNBSP}» fait déjà partie de «{NNBSP}banque{NNBSP}»"
        )
    );
    let existing = d.join("rapport.pdf");
    std::fs::write(&existing, "garder").unwrap();
    let out = existing.to_str().unwrap();
    let kept = refused(&run_in(d, "C", &["report", "banque", "-o", out]));
    assert!(
        kept.ends_with(&format!(
            "rapport.pdf existe déjà{NNBSP}; rien n’a été écrit (--force pour le remplacer)"
        )),
        "{kept}"
    );
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "garder");
    let en = refused(&run_in(
        d,
        "fr_FR.UTF-8",
        &["--lang", "en", "report", "banque", "-o", out],
    ));
    assert!(
        en.ends_with("rapport.pdf already exists; nothing was written (use --force to replace it)"),
        "{en}"
    );

    // The workshop's flags: the reason in the room's language after the flag's French colon.
    let timebox = refused(&run_in(
        d,
        "C",
        &[
            "workshop",
            "banque",
            "--team",
            "Paris",
            "--timebox",
            "bientôt",
        ],
    ));
    assert!(
        timebox.starts_with(&format!(
            "erreur{NNBSP}: --timebox{NNBSP}: durée «{NNBSP}bientôt{NNBSP}»"
        )),
        "{timebox}"
    );
    let about = refused(&run_in(
        d,
        "C",
        &["workshop", "banque", "--team", "Paris", "--about", "Paris"],
    ));
    assert!(
        about.contains("c’est l’équipe de la salle elle-même"),
        "{about}"
    );
}

#[test]
fn a_questionnaire_file_that_is_not_json_of_the_right_shape_keeps_serde_s_words() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // No readable `language`: the locale decides. The French sentence around what serde said
    // (its words name the JSON as typed and stay as it wrote them) is French.
    let file = d.join("q.json");
    std::fs::write(&file, "{\"id\": 3}").unwrap();
    let o = run_in(
        d,
        "fr_FR.UTF-8",
        &["questionnaire", "validate", file.to_str().unwrap()],
    );
    let line = refused(&o);
    assert!(line.starts_with(&format!("erreur{NNBSP}: ")), "{line}");
    assert!(
        line.contains(&format!("q.json{NNBSP}: ligne 1, colonne "))
            && line.contains(&format!(" (id){NNBSP}: invalid type: integer `3`")),
        "{line}"
    );
    let en = refused(&run_in(
        d,
        "C",
        &["questionnaire", "validate", file.to_str().unwrap()],
    ));
    assert!(
        en.starts_with("error: ")
            && en.contains("q.json: line 1:")
            && en.contains(" (id): invalid type"),
        "{en}"
    );
}

/// A French questionnaire file with two rules broken: a level given twice and a weight of 0.
fn broken_french_questionnaire(d: &Path) -> std::path::PathBuf {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/mini.json")).unwrap();
    v["language"] = serde_json::json!("fr");
    v["levels"] = serde_json::json!(["Initial", "Maîtrisé", "initial"]);
    v["dimensions"][0]["weight"] = serde_json::json!(0);
    let file = d.join("mini-fr.json");
    std::fs::write(&file, v.to_string()).unwrap();
    file
}

#[test]
fn a_french_questionnaire_file_is_refused_in_french_whatever_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = broken_french_questionnaire(d);
    let path = file.to_str().unwrap();
    let e = format!("erreur{NNBSP}: ");
    // validate: the file's own language wins over an English locale.
    let line = refused(&run_in(d, "C", &["questionnaire", "validate", path]));
    assert_eq!(
        line,
        format!(
            "{e}{path}{NNBSP}: levels[2]{NNBSP}: niveau «{NNBSP}initial{NNBSP}» en double (et 1 autre problème)"
        )
    );
    assert_no_english(&line);
    // --lang en: the English, as it was.
    let en = refused(&run_in(
        d,
        "fr_FR.UTF-8",
        &["--lang", "en", "questionnaire", "validate", path],
    ));
    assert_eq!(
        en,
        format!("error: {path}: levels[2]: duplicate level \"initial\" (and 1 more problems)")
    );
    // new --questionnaire: the same French line, nothing created.
    let new_line = refused(&run_in(
        d,
        "C",
        &["new", "essai", "--team", "A", "--questionnaire", path],
    ));
    assert_eq!(new_line, line);
    assert!(
        !d.join("assessments").exists()
            || std::fs::read_dir(d.join("assessments"))
                .unwrap()
                .next()
                .is_none()
    );
    // coverage and show read it the same way.
    let cov = refused(&run_in(d, "C", &["questionnaire", "coverage", path]));
    assert_eq!(cov, line);
    // The second problem alone: a dimension's place, its id between guillemets.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    v["levels"] = serde_json::json!(["Initial", "Maîtrisé", "Optimisé"]);
    std::fs::write(&file, v.to_string()).unwrap();
    let weight = refused(&run_in(d, "C", &["questionnaire", "validate", path]));
    assert_eq!(
        weight,
        format!(
            "{e}{path}{NNBSP}: dimensions[0] «{NNBSP}delivery{NNBSP}».weight{NNBSP}: 0 n’est pas un nombre positif"
        )
    );
}

#[test]
fn coverage_of_a_french_questionnaire_is_french_and_strict_fails_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/mini.json")).unwrap();
    v["language"] = serde_json::json!("fr-FR");
    let file = d.join("mini-fr.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let path = file.to_str().unwrap();
    let o = run_in(d, "C", &["questionnaire", "coverage", path, "--strict"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(
        err.trim_end(),
        format!("erreur{NNBSP}: 31 capacités ne sont mesurées par aucune question (--strict)")
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("0 capacités mesurées sur 31"), "{out}");
    assert!(
        out.contains("delivery.deploy                 (aucune)"),
        "{out}"
    );
    assert!(out.contains("capacités techniques"), "{out}");
    assert!(
        out.contains(&format!("Non mesurées{NNBSP}: version-control, ")),
        "{out}"
    );
    for english in [
        "capabilities",
        "NOT MEASURED",
        "(none)",
        "technical",
        "Version control",
    ] {
        assert!(!out.contains(english), "{english:?} in: {out}");
    }
}

#[test]
fn collect_into_a_french_assessment_refuses_and_warns_in_french() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    let (h, t) = (here.path(), there.path());
    new(h, "banque", "fr");
    // Another laptop: a team this one does not have.
    ok(&run(
        t,
        &["new", "banque", "--team", "Lyon", "--questionnaire", "fr"],
    ));
    ok(&run(
        t,
        &[
            "answer",
            "banque",
            "--team",
            "Lyon",
            "--respondent",
            "Léa",
            "--set",
            "ci.build=3",
        ],
    ));
    let zip = t.join("lyon.zip");
    ok(&run(t, &["export", "banque", "-o", zip.to_str().unwrap()]));
    let o = run_in(h, "C", &["collect", "banque", zip.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    let lines: Vec<&str> = err.trim_end().lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!("refusé{NNBSP}: ")),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with(&format!(
            "{NNBSP}: l’équipe «{NNBSP}Lyon{NNBSP}» ne fait pas partie de «{NNBSP}banque{NNBSP}»{NNBSP}; associez-la avec --map-team \"Lyon=ÉQUIPE\""
        )),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with(&format!(
            "erreur{NNBSP}: 1 fichier refusé{NNBSP}; rien n’a été écrit"
        )),
        "{}",
        lines[1]
    );
    assert_no_english(&err);
    // --lang en: the same lines in English.
    let o = run_in(
        h,
        "C",
        &["--lang", "en", "collect", "banque", zip.to_str().unwrap()],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains(
            ": team \"Lyon\" is not part of \"banque\"; map it with --map-team \"Lyon=TEAM\""
        ),
        "{err}"
    );
    assert!(err.starts_with("refused: "), "{err}");
    // A file that is no devops-maturity file, given by name: refused in French; with
    // --skip-refused the rest goes in and the refusal stays a French line.
    let stray = t.join("notes.json");
    std::fs::write(&stray, "{\"hello\": 1}").unwrap();
    let o = run_in(
        h,
        "C",
        &[
            "collect",
            "banque",
            stray.to_str().unwrap(),
            zip.to_str().unwrap(),
            "--map-team",
            "Lyon=Paris",
            "--skip-refused",
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "refusé{NNBSP}: {}{NNBSP}: ce n’est pas un fichier devops-maturity (pas de champ «{NNBSP}format{NNBSP}» lisible)",
            stray.display()
        )
    );
}

#[test]
fn the_workshop_screen_refuses_a_pipe_in_the_assessment_s_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    // `output()` gives the child pipes, not a terminal.
    let line = refused(&run_in(d, "C", &["workshop", "banque", "--team", "Paris"]));
    assert_eq!(
        line,
        format!(
            "erreur{NNBSP}: l’écran d’atelier a besoin d’un terminal interactif{NNBSP}; dans un script, utilisez `devops-maturity list`, `show` ou `answer --set`"
        )
    );
    let en = refused(&run_in(
        d,
        "fr_FR.UTF-8",
        &["--lang", "en", "workshop", "banque", "--team", "Paris"],
    ));
    assert!(
        en.starts_with("error: the workshop screen needs an interactive terminal"),
        "{en}"
    );
    // The home screen follows the locale.
    let home = refused(&run_in(d, "fr_FR.UTF-8", &[]));
    assert!(
        home.starts_with(&format!("erreur{NNBSP}: l’écran d’atelier")),
        "{home}"
    );
}

/// A failure of the disk or the output: exit 1, one line on stderr, no panic.
fn failed(o: &std::process::Output) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err.trim_end().to_string()
}

#[test]
fn names_figures_and_transfer_flags_are_refused_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    let fr = |args: &[&str]| refused(&run_in(d, "C", args));
    let e = format!("erreur{NNBSP}: ");

    // Names (domain::names' typed reasons).
    let empty = fr(&[
        "answer",
        "banque",
        "--team",
        "Paris",
        "--respondent",
        "  ",
        "--set",
        "ci.build=3",
    ]);
    assert_eq!(
        empty,
        format!("{e}le nom du répondant ne doit pas être vide")
    );
    let comma = fr(&["add-team", "banque", "Lyon, Lille"]);
    assert!(
        comma.starts_with(&format!(
            "{e}un nom d’équipe ne peut pas contenir de virgule"
        )),
        "{comma}"
    );
    let long = "x".repeat(81);
    let too_long = fr(&["add-team", "banque", &long]);
    assert!(
        too_long.starts_with(&format!("{e}le nom de l’équipe «{NNBSP}xxxx"))
            && too_long.ends_with(&format!("…{NNBSP}» dépasse 80 caractères")),
        "{too_long}"
    );
    // A request's text (domain::requests' typed reasons).
    let text = fr(&[
        "request", "add", "banque", "--by", "Paris", "--to", "Nantes", " ",
    ]);
    assert_eq!(
        text,
        format!("{e}le texte de la demande ne doit pas être vide{NNBSP}; rien n’a été écrit")
    );

    // Delivery figures (domain::metrics' typed reasons).
    let metrics = |args: &[&str]| {
        let mut all = vec!["metrics", "set", "banque", "--team", "Paris"];
        all.extend_from_slice(args);
        fr(&all)
    };
    let lead = metrics(&["--lead-time", "banane"]);
    assert!(
        lead.starts_with(&format!(
            "{e}--lead-time{NNBSP}: «{NNBSP}banane{NNBSP}» n’est pas un délai de mise en production{NNBSP}; formes acceptées{NNBSP}: "
        )),
        "{lead}"
    );
    let rate = metrics(&["--change-failure-rate", "120%"]);
    assert!(rate.contains(&format!("dépasse 100{NNBSP}%")), "{rate}");
    let period = metrics(&["--lead-time", "2d", "--period", "2026-Q7"]);
    assert!(
        period.starts_with(&format!(
            "{e}--period{NNBSP}: «{NNBSP}2026-Q7{NNBSP}» n’est pas une période"
        )),
        "{period}"
    );
    let en = fr(&[
        "--lang",
        "en",
        "metrics",
        "set",
        "banque",
        "--team",
        "Paris",
        "--lead-time",
        "banane",
    ]);
    assert!(
        en.starts_with("error: --lead-time: \"banane\" is not a lead time; accepted: "),
        "{en}"
    );
    for line in [&empty, &comma, &too_long, &text, &lead, &rate, &period] {
        assert!(
            !line.contains("error:") && !line.contains(" must "),
            "{line}"
        );
    }

    // Import, export, collect and report flags.
    let itself = fr(&["import", "banque", "--from", "banque"]);
    assert_eq!(itself, format!("{e}--from désigne l’évaluation elle-même"));
    let zip = fr(&["export", "banque", "-o", "site.txt"]);
    assert_eq!(
        zip,
        format!("{e}-o site.txt{NNBSP}: le nom du fichier doit finir par .zip")
    );
    let map = fr(&["collect", "banque", "x.zip", "--map-team", "Lyon"]);
    assert!(
        map.starts_with(&format!(
            "{e}--map-team «{NNBSP}Lyon{NNBSP}»{NNBSP}: attendu "
        )),
        "{map}"
    );
    let out = d.join("r.csv");
    let delimiter = fr(&[
        "report",
        "banque",
        "-o",
        out.to_str().unwrap(),
        "--delimiter",
        "\"",
    ]);
    assert!(
        delimiter.contains("ne peut pas séparer les champs CSV"),
        "{delimiter}"
    );
    assert!(!out.exists());
}

#[test]
fn metrics_show_of_a_french_assessment_is_french() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    let set = ok(&run_in(
        d,
        "C",
        &[
            "metrics",
            "set",
            "banque",
            "--team",
            "Paris",
            "--lead-time",
            "2d",
            "--change-failure-rate",
            "12.5%",
            "--source",
            "measured",
        ],
    ));
    assert!(
        set.starts_with(&format!("Enregistré pour Paris (source mesurée){NNBSP}: ")),
        "{set}"
    );
    assert!(set.contains(&format!("12,5{NNBSP}%")), "{set}");
    let shown = ok(&run_in(d, "C", &["metrics", "show", "banque"]));
    assert!(
        shown.starts_with(&format!("Rythme de livraison de «{NNBSP}banque{NNBSP}»\n")),
        "{shown}"
    );
    assert!(
        shown.contains(&format!(
            "Taux d’échec des changements{NNBSP}: 12,5{NNBSP}%"
        )),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("Nantes{NNBSP}: aucun groupe")),
        "{shown}"
    );
    assert!(shown.contains("non renseigné"), "{shown}");
    for english in [
        "Delivery",
        "cluster",
        "not given",
        "nearest",
        "measured",
        "12.5",
    ] {
        assert!(!shown.contains(english), "{english:?} in:\n{shown}");
    }
    let en = ok(&run_in(
        d,
        "C",
        &["--lang", "en", "metrics", "show", "banque"],
    ));
    assert!(en.starts_with("Delivery rhythm of \"banque\"\n"), "{en}");
    assert!(en.contains("Change failure rate: 12.5%"), "{en}");

    // A full disk behind stdout: exit 1, in French.
    let full = std::fs::File::create("/dev/full");
    if let Ok(full) = full {
        let o = Command::new(env!("CARGO_BIN_EXE_devops-maturity"))
            .args(["metrics", "show", "banque"])
            .env("DEVOPS_MATURITY_DATA", d)
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdout(full)
            .output()
            .unwrap();
        let line = failed(&o);
        assert!(
            line.starts_with(&format!(
                "erreur{NNBSP}: impossible d’écrire la sortie{NNBSP}: "
            )),
            "{line}"
        );
    }
}

#[test]
fn demo_and_questionnaire_file_errors_follow_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run_in(d, "C", &["demo", "--name", "essai"]));
    let again = refused(&run_in(d, "fr_FR.UTF-8", &["demo", "--name", "essai"]));
    assert!(
        again.starts_with(&format!(
            "erreur{NNBSP}: une évaluation nommée «{NNBSP}essai{NNBSP}» existe déjà dans "
        )) && again.ends_with("(choisissez un autre nom avec --name)"),
        "{again}"
    );
    let en = refused(&run_in(d, "C", &["demo", "--name", "essai"]));
    assert!(
        en.starts_with("error: an assessment named \"essai\" already exists"),
        "{en}"
    );
    let name = refused(&run_in(d, "fr_FR.UTF-8", &["demo", "--name", " "]));
    assert_eq!(
        name,
        format!("erreur{NNBSP}: le nom de l’évaluation ne doit pas être vide")
    );
    let missing = d.join("absent.json");
    let file = refused(&run_in(
        d,
        "fr_FR.UTF-8",
        &[
            "new",
            "x",
            "--team",
            "A",
            "--questionnaire",
            missing.to_str().unwrap(),
        ],
    ));
    assert!(
        file.starts_with(&format!("erreur{NNBSP}: "))
            && file.contains(&format!("absent.json{NNBSP}: lecture impossible{NNBSP}: ")),
        "{file}"
    );
    let latin1 = d.join("latin1.json");
    std::fs::write(&latin1, b"{\"title\": \"\xe9\"}").unwrap();
    let utf8 = refused(&run_in(
        d,
        "fr_FR.UTF-8",
        &["questionnaire", "validate", latin1.to_str().unwrap()],
    ));
    assert!(
        utf8.ends_with(&format!("latin1.json{NNBSP}: ce n’est pas du texte UTF-8")),
        "{utf8}"
    );
}

#[test]
fn demo_summarises_in_the_locale_or_lang() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fr = ok(&run_in(
        d,
        "C",
        &["--lang", "fr", "demo", "--name", "essai"],
    ));
    assert!(
        fr.starts_with(&format!(
            "Évaluation de démonstration «{NNBSP}essai{NNBSP}» créée{NNBSP}: "
        )),
        "{fr}"
    );
    assert!(fr.contains(&format!("\nEnsuite{NNBSP}:\n")), "{fr}");
    assert!(
        fr.contains("niveau cible 4 (3 pour l’architecture)"),
        "{fr}"
    );
    // Every line but the commands themselves (and the data folder) is French.
    for line in fr
        .lines()
        .filter(|l| !l.trim_start().starts_with("devops-maturity"))
    {
        let words: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).collect();
        for english in [
            "Created",
            "Stored",
            "Next",
            "respondents",
            "comments",
            "target",
            "level",
            "the",
            "same",
            "per",
            "what",
            "answers",
            "each",
        ] {
            assert!(!words.contains(&english), "{english:?} in {line:?}");
        }
    }
    let locale = ok(&run_in(d, "fr_FR.UTF-8", &["demo", "--name", "essai2"]));
    assert!(
        locale.starts_with("Évaluation de démonstration"),
        "{locale}"
    );
    let en = ok(&run_in(
        d,
        "fr_FR.UTF-8",
        &["--lang", "en", "demo", "--name", "essai3"],
    ));
    assert!(
        en.starts_with("Created the demo assessment \"essai3\": ") && en.contains("\nNext:\n"),
        "{en}"
    );
}

/// English words of the reasons a stored file is refused; none may be in a French line.
fn assert_no_english_reason(line: &str) {
    // Field names (answered_at) are the file's own words.
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .collect();
    for english in [
        "cannot",
        "read",
        "expected",
        "line",
        "column",
        "not",
        "is",
        "time",
        "field",
        "team",
        "twice",
        "listed",
        "levels",
        "start",
        "at",
        "has",
        "appears",
        "no",
        "the",
        "file",
        "left",
        "untouched",
    ] {
        assert!(
            !words.contains(&english),
            "{english:?} in a French line: {line}"
        );
    }
}

#[test]
fn unreadable_sheets_rooms_and_plans_are_reported_wholly_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    new(d, "banque", "fr");
    for team in ["Paris", "Nantes"] {
        ok(&run(
            d,
            &[
                "answer",
                "banque",
                "--team",
                team,
                "--respondent",
                "Alice",
                "--set",
                "ci.build=3",
            ],
        ));
    }
    let sheets: Vec<_> = std::fs::read_dir(d.join("assessments/banque/responses"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    // One sheet cut off, the other with a time that is no time.
    std::fs::write(&sheets[0], "{\"format\": ").unwrap();
    let text = std::fs::read_to_string(&sheets[1]).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["answers"]["ci.build"]["answered_at"] = "hier".into();
    std::fs::write(&sheets[1], json.to_string()).unwrap();
    let o = run_in(d, "C", &["compare", "banque", "--format", "text"]);
    let err = stderr(&o);
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("illisible")).collect();
    assert_eq!(warnings.len(), 2, "{err}");
    for line in &warnings {
        assert!(line.starts_with(&format!("attention{NNBSP}: ")), "{line}");
        assert!(line.ends_with("le fichier n’a pas été touché"), "{line}");
        assert_no_english_reason(line);
    }
    assert!(
        err.contains("le JSON s’arrête avant la fin ligne 1, colonne 11"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "answers.ci.build.answered_at «{NNBSP}hier{NNBSP}» n’est pas une heure RFC 3339"
        )),
        "{err}"
    );
    // The same in English with --lang en.
    let en = stderr(&run_in(
        d,
        "fr_FR.UTF-8",
        &["--lang", "en", "compare", "banque", "--format", "text"],
    ));
    assert!(en.contains("is not an RFC 3339 time"), "{en}");
    assert!(en.contains("EOF while parsing"), "{en}");

    // A room file naming a team twice: the report is refused, in French.
    let room = d.join("assessments/banque/room.json");
    std::fs::write(
        &room,
        r#"{"format":"devops-maturity/room","format_version":1,"teams":[{"team":"Paris"},{"team":"Paris"}]}"#,
    )
    .unwrap();
    let out = d.join("r.md");
    let o = run_in(
        d,
        "C",
        &[
            "report",
            "banque",
            "--skip-unreadable",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    let line = stderr(&o);
    assert!(
        line.contains(&format!(
            "room.json{NNBSP}: illisible (teams[1]{NNBSP}: l’équipe «{NNBSP}Paris{NNBSP}» figure deux fois)"
        )),
        "{line}"
    );
    assert_no_english_reason(line.trim_end());
    assert!(!o.status.success());
    std::fs::remove_file(&room).unwrap();

    // A plan whose action lost its teams.
    ok(&run(
        d,
        &[
            "plan",
            "add",
            "banque",
            "--title",
            "Astreinte",
            "--team",
            "Paris",
        ],
    ));
    let plan = d.join("assessments/banque/plan.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&plan).unwrap()).unwrap();
    json["actions"][0]["teams"] = serde_json::json!([]);
    std::fs::write(&plan, json.to_string()).unwrap();
    let o = run_in(d, "C", &["plan", "list", "banque"]);
    let line = stderr(&o);
    assert!(
        line.contains("plan.json") && line.contains("n’a aucune équipe"),
        "{line}"
    );
    assert_no_english_reason(line.trim_end());
    // And a field gone from it.
    json["actions"][0]
        .as_object_mut()
        .unwrap()
        .remove("history");
    std::fs::write(&plan, json.to_string()).unwrap();
    let line = stderr(&run_in(d, "C", &["plan", "list", "banque"]));
    assert!(
        line.contains(&format!("champ «{NNBSP}history{NNBSP}» manquant")),
        "{line}"
    );
    assert_no_english_reason(line.trim_end());
}
