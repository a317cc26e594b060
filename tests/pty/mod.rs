//! Drives the real binary in a pseudo-terminal and reads the screen through a terminal emulator
//! (vt100), since ratatui redraws only the cells that change.

// Shared by the end-to-end tests and the start-up benchmark; each uses a different part.
#![allow(dead_code)]
// The only unsafe code of the package: poll(2) on the pty's file descriptor, so the reader
// thread can let go of the terminal when a test closes it (see `spawn_reader`).
#![allow(unsafe_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Generous: a loaded CI machine may be slow; passing runs return as soon as the text shows.
const TIMEOUT: Duration = Duration::from_secs(20);

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const UP: &str = "\x1b[A";
pub const DOWN: &str = "\x1b[B";
pub const RIGHT: &str = "\x1b[C";
pub const LEFT: &str = "\x1b[D";
pub const SHIFT_DOWN: &str = "\x1b[1;2B";

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("terminal sizes are at least 1")
}

fn command(program: &str, args: &[&str], data: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("DEVOPS_MATURITY_DATA", data);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    cmd
}

pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    /// The pty's three handles, `None` once `close_terminal` let the child lose its terminal.
    master: Option<Box<dyn MasterPty + Send>>,
    /// Kept open for the test's whole life: once the child exits, a closed slave lets Linux
    /// hang up the pty and drop output the reader thread has not read yet (the final
    /// "restore the terminal" bytes), which made restore checks flaky under load.
    slave: Option<Box<dyn SlavePty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    parser: Arc<Mutex<vt100::Parser>>,
    /// Tells the reader thread to let go of its copy of the master side.
    stop_reading: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
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
        let mut cmd = command(env!("CARGO_BIN_EXE_devops-maturity"), args, data);
        for (k, v) in env {
            cmd.env(k, v);
        }
        Tui::spawn(cmd, cols, rows)
    }

    /// Runs `program` (e.g. `env`, to start the binary with a signal blocked) with `args` in
    /// the pty, with the data directory and terminal set as `start` does.
    pub fn start_program(data: &Path, program: &str, args: &[&str], cols: u16, rows: u16) -> Tui {
        Tui::spawn(command(program, args, data), cols, rows)
    }

    fn spawn(cmd: CommandBuilder, cols: u16, rows: u16) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let child = pair.slave.spawn_command(cmd).expect("spawn the binary");
        let writer = pair.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let stop_reading = Arc::new(AtomicBool::new(false));
        let reader = spawn_reader(
            pair.master.as_ref(),
            Arc::clone(&parser),
            Arc::clone(&stop_reading),
        );
        Tui {
            child,
            master: Some(pair.master),
            slave: Some(pair.slave),
            writer: Some(writer),
            parser,
            stop_reading,
            reader: Some(reader),
        }
    }

    /// The terminal goes away, as when its window is closed or `tmux kill-session` runs: every
    /// handle on the master side is closed (the reader's copy too), and the test's own slave
    /// handle, so the kernel hangs the child's terminal up. Dropping the writer first sends the
    /// child a newline and an end-of-file character (portable-pty does that on drop), which
    /// raw mode reads as Ctrl+J and Ctrl+D. The screen keeps what was last drawn.
    pub fn close_terminal(&mut self) {
        self.stop_reading.store(true, Ordering::Relaxed);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread ends");
        }
        self.writer = None;
        self.master = None;
        self.slave = None;
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
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
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
            .as_ref()
            .expect("the terminal is open")
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
        self.wait_exit_code() == 0
    }

    /// Waits for the program to end; returns its exit code.
    pub fn wait_exit_code(&mut self) -> u32 {
        self.wait_exit_within(TIMEOUT)
            .unwrap_or_else(|| panic!("the program did not exit; screen:\n{}", self.screen()))
    }

    /// The exit code if the program ends within `limit`, `None` if it is still running then.
    pub fn wait_exit_within(&mut self, limit: Duration) -> Option<u32> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status.exit_code());
            }
            if start.elapsed() >= limit {
                return None;
            }
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

/// Copies the child's output into the terminal emulator until the child's side is closed or
/// `stop` is set. It polls with a timeout rather than blocking in `read`, so that it can let go
/// of its copy of the master side when a test closes the terminal (a blocked `read` would keep
/// the master open, and the child's terminal with it).
#[cfg(unix)]
fn spawn_reader(
    master: &dyn MasterPty,
    sink: Arc<Mutex<vt100::Parser>>,
    stop: Arc<AtomicBool>,
) -> JoinHandle<()> {
    use std::os::fd::{AsRawFd, BorrowedFd};
    let fd = master
        .as_raw_fd()
        .expect("a unix pty has a file descriptor");
    // SAFETY: `fd` is open for the duration of this call (`master` is borrowed); the copy made
    // here is owned by the thread and closed when it ends.
    let own = unsafe { BorrowedFd::borrow_raw(fd) }
        .try_clone_to_owned()
        .expect("duplicate the pty's master side");
    let mut reader = std::fs::File::from(own);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while !stop.load(Ordering::Relaxed) {
            let mut pfd = libc::pollfd {
                fd: reader.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd, as the count says.
            let ready = unsafe { libc::poll(&raw mut pfd, 1, 20) };
            if ready == 0 {
                continue;
            }
            if ready < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                break;
            }
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => sink.lock().unwrap().process(&buf[..n]),
            }
        }
    })
}

#[cfg(not(unix))]
fn spawn_reader(
    master: &dyn MasterPty,
    sink: Arc<Mutex<vt100::Parser>>,
    _stop: Arc<AtomicBool>,
) -> JoinHandle<()> {
    let mut reader = master.try_clone_reader().expect("pty reader");
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => sink.lock().unwrap().process(&buf[..n]),
            }
        }
    })
}
