//! The dashboard on a department: 200 teams × 10 respondents (the data set `benches/scale.rs`
//! writes). Times what a user waits for, in process: reading the assessment, comparing every
//! team (the dashboard's start), the first frame at 80×24, then each view's first frame and a
//! key (↓) on it, and the overview's next page (`]`): `update` plus a full render.
//!
//! Run: `KEEP=/tmp/scale cargo bench --bench scale` once (it writes the data), then
//! `DATA=/tmp/scale/data NAME=scale-200 cargo bench --bench dashboard_scale`.
//!
//! In process (this bench, release, load ~11): reading 200 teams / 2,000 sheets 0.82 s,
//! comparing them 0.36 s, first frame 1.9 ms, `]` at most 8.7 ms; plans open 33 ms and ↓
//! 22 ms, rhythm 14 / 8.7 ms, two-speed 9.1 / 1.4 ms, discuss 6.4 / 2.2 ms, the others < 1 ms.
//!
//! Measured on the 2-core machine shared with other builds (load 10–12), release, through
//! tmux on the real binary (`compare scale-200`, time until the text is on screen, which adds
//! ~20–40 ms of polling): first screen 1.3–2.0 s (0.6–0.7 s CPU, 109 MiB peak; the home
//! screen 1.0–1.3 s, 0.43 s CPU, 49 MiB); `]` 12–59 ms; views 23–92 ms. The Plans view took
//! 5.2 s to open and 2.9–4.0 s per ↓ before `Comparison::pairings_by_team_pair` indexed its
//! groups; 86 ms and 51–67 ms after.

use devops_maturity::store::Store;
use devops_maturity::tui::app::{App, Screen};
use devops_maturity::tui::dashboard::Dashboard;
use devops_maturity::tui::message::Msg;
use devops_maturity::tui::theme::Theme;
use devops_maturity::tui::update::update;
use devops_maturity::tui::wizard::Origin;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use std::time::{Duration, Instant};

fn frame(app: &App) {
    let mut terminal = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
}

fn press(app: &mut App, code: KeyCode) -> Duration {
    let start = Instant::now();
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    frame(app);
    start.elapsed()
}

fn main() {
    let (Some(data), Some(name)) = (std::env::var_os("DATA"), std::env::var("NAME").ok()) else {
        println!(
            "dashboard_scale: set DATA and NAME (KEEP=DIR cargo bench --bench scale writes \
             DIR/data with scale-200)"
        );
        return;
    };
    let store = Store::new(Path::new(&data));
    let start = Instant::now();
    let loaded = store.load(&name).expect("the assessment reads");
    println!(
        "read {} teams, {} sheets: {:?}",
        loaded.assessment.teams.len(),
        loaded.sheets.len(),
        start.elapsed()
    );
    let start = Instant::now();
    let teams = loaded.assessment.teams.clone();
    let dash = Dashboard::new(&loaded, teams, Origin::CommandLine);
    println!("compare every team (the dashboard): {:?}", start.elapsed());
    let mut app = App::new(Theme::high_contrast(), "/data");
    app.entries = vec![Ok(loaded)];
    app.screen = Screen::Dashboard(Box::new(dash));
    let start = Instant::now();
    update(
        &mut app,
        Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    frame(&app);
    println!("first frame 80×24: {:?}", start.elapsed());
    let pages: Vec<Duration> = (0..20)
        .map(|_| press(&mut app, KeyCode::Char(']')))
        .collect();
    println!(
        "overview ]: max {:?} over {} pages",
        pages.iter().max().unwrap(),
        pages.len()
    );
    for (key, view) in [
        ('2', "differences"),
        ('3', "plans"),
        ('4', "discuss"),
        ('5', "rhythm"),
        ('6', "perception"),
        ('7', "two-speed"),
        ('1', "overview"),
    ] {
        let open = press(&mut app, KeyCode::Char(key));
        let down = press(&mut app, KeyCode::Down);
        println!("{view}: open {open:?}, ↓ {down:?}");
    }
}
