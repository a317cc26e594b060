//! Drives the real binary in a pseudo-terminal and reads the screen through a terminal emulator
//! (vt100), since ratatui redraws only the cells that change.

// Shared by the end-to-end tests and the start-up benchmark; each uses a different part.
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Generous: a loaded CI machine may be slow; passing runs return as soon as the text shows.
const TIMEOUT: Duration = Duration::from_secs(20);

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const UP: &str = "\x1b[A";
pub const DOWN: &str = "\x1b[B";
pub const RIGHT: &str = "\x1b[C";
pub const LEFT: &str = "\x1b[D";

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("terminal sizes are at least 1")
}

pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// Kept open for the test's whole life: once the child exits, a closed slave lets Linux
    /// hang up the pty and drop output the reader thread has not read yet (the final
    /// "restore the terminal" bytes), which made restore checks flaky under load.
    _slave: Box<dyn SlavePty + Send>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
}

impl Tui {
    pub fn start(data: &Path, args: &[&str], cols: u16, rows: u16) -> Tui {
        Tui::start_with_env(data, args, cols, rows, &[])
    }

    pub fn start_with_env(
        data: &Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_devops-maturity"));
        cmd.args(args);
        cmd.env("DEVOPS_MATURITY_DATA", data);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn the binary");
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink.lock().unwrap().process(&buf[..n]),
                }
            }
        });
        Tui {
            child,
            master: pair.master,
            _slave: pair.slave,
            writer,
            parser,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen as it is otherwise.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// Runs `check` on the emulated screen.
    pub fn with_screen<T>(&self, check: impl FnOnce(&vt100::Screen) -> T) -> T {
        check(self.parser.lock().unwrap().screen())
    }

    /// Row (0-based) where `text` is on screen.
    pub fn row_of(&self, text: &str) -> Option<u16> {
        self.with_screen(|s| {
            let (_, cols) = s.size();
            s.rows(0, cols.get())
                .position(|r| r.contains(text))
                .map(|r| r as u16)
        })
    }

    /// A left click at a 0-based cell, as an xterm SGR mouse report (press and release).
    pub fn click(&mut self, column: u16, row: u16) {
        let (x, y) = (column + 1, row + 1);
        self.send(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Sends Esc alone and waits for `then`: an Esc followed at once by more bytes would read as
    /// an Alt+key sequence.
    pub fn escape(&mut self, then: &str) {
        self.send(ESC);
        self.wait_for(then);
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child pid")
    }

    /// Waits for the program to end; returns whether it exited successfully.
    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the program did not exit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// After exit: alternate screen left, cursor shown, mouse reporting off.
    pub fn assert_terminal_restored(&self) {
        // The reader thread may still be applying the last bytes.
        let start = Instant::now();
        loop {
            let restored = {
                let parser = self.parser.lock().unwrap();
                let s = parser.screen();
                !s.alternate_screen()
                    && !s.hide_cursor()
                    && s.mouse_protocol_mode() == vt100::MouseProtocolMode::None
            };
            if restored {
                return;
            }
            assert!(start.elapsed() < TIMEOUT, "terminal not restored");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave the binary running.
        let _ = self.child.kill();
    }
}
