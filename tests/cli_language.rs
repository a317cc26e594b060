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
