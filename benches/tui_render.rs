//! How long one keystroke takes to become a frame on a big questionnaire: `update` plus a full
//! render of the wizard at 200×60, on 50 dimensions × 6 questions (300 questions).
//! Also times the atomic save each answer triggers, which happens between the two.
//!
//! Run: `cargo bench --bench tui_render`
//!
//! Recorded on the 2-core build machine (target: under 2 ms per keystroke):
//! - update + full render at 200×60: mean 0.43 ms, median 0.39 ms, p99 0.92 ms (load ~1.5);
//!   under heavy load (other builds, load ~5.7) mean 0.5–0.6 ms, p99 4.5 ms (preemption).
//! - the atomic save each answer triggers: mean 0.85 ms, p99 4.9 ms (load ~1.5); 11 ms mean
//!   under heavy load, where fsync waits on the disk.

use devops_maturity::domain::{
    Assessment, Dimension, Effort, Question, Questionnaire, Recommendation, ResponseSheet,
};
use devops_maturity::store::Store;
use devops_maturity::tui::app::{App, Screen};
use devops_maturity::tui::message::{Effect, Msg};
use devops_maturity::tui::theme::Theme;
use devops_maturity::tui::update::update;
use devops_maturity::tui::wizard::{Origin, Wizard};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

const DIMENSIONS: usize = 50;
const PER_DIMENSION: usize = 6;
const ROUNDS: usize = 3000;

fn sentence(seed: usize, words: usize) -> String {
    const WORDS: [&str; 12] = [
        "deployment",
        "pipeline",
        "équipe",
        "review",
        "rollback",
        "monitoring",
        "incident",
        "release",
        "backlog",
        "architecture",
        "security",
        "tests",
    ];
    (0..words)
        .map(|i| WORDS[(seed * 7 + i * 5) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn big_questionnaire() -> Questionnaire {
    let dimensions = (0..DIMENSIONS)
        .map(|d| Dimension {
            id: format!("d{d}"),
            name: format!("Dimension {d} {}", sentence(d, 2)),
            description: sentence(d, 20),
            weight: 1.0,
            questions: (0..PER_DIMENSION)
                .map(|q| Question {
                    id: format!("d{d}.q{q}"),
                    title: None,
                    text: format!("{}?", sentence(d + q, 14)),
                    help: Some(sentence(d * q, 28)),
                    roles: Vec::new(),
                    owners: Vec::new(),
                    core: false,
                    capabilities: Vec::new(),
                    measures: None,
                    weight: 1.0,
                    formerly: Vec::new(),
                    levels_since: None,
                    // ~200 characters each, like the real descriptors.
                    descriptors: (0..5).map(|l| sentence(d + q + l, 22)).collect(),
                    recommendations: (0..4)
                        .map(|l| Recommendation {
                            effort: Effort::Low,
                            text: sentence(l, 15),
                        })
                        .collect(),
                    references: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let q = Questionnaire {
        id: "big".into(),
        version: "1".into(),
        title: "Big".into(),
        language: "en".into(),
        levels: ["Initial", "Managed", "Defined", "Measured", "Optimizing"]
            .map(String::from)
            .to_vec(),
        dimensions,
    };
    assert!(q.problems().is_empty(), "{:?}", q.problems());
    q
}

fn key(c: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    let pct = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    println!(
        "{name}: mean {mean:?}, median {:?}, p99 {:?}, max {:?} ({} runs)",
        pct(0.5),
        pct(0.99),
        times[times.len() - 1],
        times.len()
    );
}

fn main() {
    let questionnaire = big_questionnaire();
    let assessment = Assessment::new(
        "bench",
        "2026-01-01T00:00:00Z",
        vec!["Paris".into()],
        questionnaire,
        None,
    );
    let mut app = App::new(Theme::high_contrast(), "/data");
    let wizard = Wizard::new(
        assessment.clone(),
        ResponseSheet::new("Paris", "Alice"),
        Origin::Home,
    );
    app.screen = Screen::Wizard(Box::new(wizard));
    update(
        &mut app,
        Msg::Resize {
            width: 200,
            height: 60,
        },
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();

    // A realistic mix: highlight, move the highlight, answer (and advance), go back.
    let script = [
        KeyCode::Char('3'),
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Char('2'),
        KeyCode::Enter,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageDown,
    ];
    let mut times = Vec::with_capacity(ROUNDS);
    let mut saves = Vec::new();
    for i in 0..ROUNDS {
        let code = script[i % script.len()];
        let start = Instant::now();
        let effects = update(&mut app, key(code));
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        times.push(start.elapsed());
        saves.extend(effects.into_iter().filter_map(|e| match e {
            Effect::SaveSheet { sheet, .. } => Some(sheet),
            _ => None,
        }));
        // Past the end the review shows; start over from the first question.
        if let Screen::Wizard(w) = &mut app.screen
            && w.mode != devops_maturity::tui::wizard::Mode::Question
        {
            w.go_to(0);
        }
    }
    report("update + full render, 300 questions, 200x60", times.clone());
    for (k, code) in script.iter().enumerate() {
        let per_key: Vec<Duration> = times
            .iter()
            .skip(k)
            .step_by(script.len())
            .copied()
            .collect();
        report(&format!("  of which {code:?}"), per_key);
    }

    let dir = std::env::temp_dir().join(format!("devops-maturity-bench-{}", std::process::id()));
    let store = Store::new(&dir);
    store.create(&assessment, "2026-01-01T00:00:00Z").unwrap();
    let sheets: Vec<ResponseSheet> = saves.into_iter().take(200).collect();
    let save_times = sheets
        .iter()
        .map(|sheet| {
            let start = Instant::now();
            store
                .save_sheet("bench", sheet, "2026-01-01T00:00:00Z")
                .unwrap();
            start.elapsed()
        })
        .collect();
    report(
        "atomic save of the sheet (write, fsync, rename)",
        save_times,
    );
    let _ = std::fs::remove_dir_all(&dir);
}
