//! Terminal input, read on its own thread, and the checks that notice the terminal went away.
//!
//! Why a thread: once the terminal is gone (window closed, `tmux kill-session`, a dropped SSH
//! connection), crossterm 0.29's `event::poll` never returns, whatever its timeout (crossterm
//! issue 793). The tty stays readable, `read` returns end-of-file or EIO, and the loop in
//! `event/source/unix/mio.rs` retries at once, forever. A loop calling it from the main thread
//! spins there and never sees the SIGHUP flag. Reading on a thread of its own keeps the main
//! loop free to look at the stop flag and the terminal on every tick, and a reader stuck in that
//! loop ends with the process a moment later.

use crate::error::Wording;
use ratatui::crossterm::event::{self, Event};
use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

/// How long the reader waits for input before looking whether it should stop.
const READER_TICK: Duration = Duration::from_millis(100);

/// What the main loop gets when it asks for input.
#[derive(Debug)]
pub enum Next {
    Event(Event),
    /// Nothing arrived in time (or nothing is queued).
    Idle,
    /// The terminal cannot be read any more; why, for the record (in both languages: the
    /// closing note is in the screen's).
    Gone(Wording),
}

/// Input events from the reader thread, and what the terminal looked like at the start.
pub struct Events {
    rx: Receiver<io::Result<Event>>,
    done: Arc<AtomicBool>,
    #[cfg(unix)]
    parent: u32,
}

impl Events {
    /// Starts reading the terminal on a thread of its own.
    pub fn start() -> io::Result<Events> {
        let (tx, rx) = mpsc::channel();
        let done = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&done);
        std::thread::Builder::new()
            .name("terminal input".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let read = match event::poll(READER_TICK) {
                        Ok(true) => event::read(),
                        Ok(false) => continue,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => Err(e),
                    };
                    let failed = read.is_err();
                    // A closed channel means the screen is done with input.
                    if tx.send(read).is_err() || failed {
                        return;
                    }
                }
            })?;
        Ok(Events {
            rx,
            done,
            #[cfg(unix)]
            parent: std::os::unix::process::parent_id(),
        })
    }

    /// The next event, waiting at most `wait`.
    pub fn next(&self, wait: Duration) -> Next {
        match self.rx.recv_timeout(wait) {
            Ok(read) => Self::outcome(read),
            Err(RecvTimeoutError::Timeout) => Next::Idle,
            Err(RecvTimeoutError::Disconnected) => Next::Gone(input_ended()),
        }
    }

    /// An event that is already queued, without waiting.
    pub fn queued(&self) -> Next {
        match self.rx.try_recv() {
            Ok(read) => Self::outcome(read),
            Err(TryRecvError::Empty) => Next::Idle,
            Err(TryRecvError::Disconnected) => Next::Gone(input_ended()),
        }
    }

    fn outcome(read: io::Result<Event>) -> Next {
        match read {
            Ok(ev) => Next::Event(ev),
            Err(e) => Next::Gone(cannot_read(&e)),
        }
    }

    /// Why the terminal is gone, if it is: standard input or output stopped being a terminal
    /// (a hung-up tty answers EIO to the check), or the process that started us ended and we
    /// were handed to init or a subreaper (a closed terminal window takes its shell with it).
    /// Cheap enough for every tick: one ioctl per stream and one getppid.
    pub fn terminal_gone(&self) -> Option<Wording> {
        if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
            return Some(Wording::new(
                "the terminal was closed",
                "le terminal a été fermé",
            ));
        }
        #[cfg(unix)]
        if std::os::unix::process::parent_id() != self.parent {
            return Some(Wording::new(
                "the process that started the program ended",
                "le processus qui a lancé le programme s’est arrêté",
            ));
        }
        None
    }
}

fn input_ended() -> Wording {
    Wording::new("terminal input ended", "l’entrée du terminal s’est arrêtée")
}

/// The terminal could not be read: the system's words about why stay as it wrote them.
pub fn cannot_read(e: &io::Error) -> Wording {
    Wording::new(
        format!("cannot read the terminal: {e}"),
        format!("impossible de lire le terminal\u{202f}: {e}"),
    )
}

impl Drop for Events {
    /// Tells the reader to stop; not joined, since a reader stuck in crossterm never returns.
    fn drop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
    }
}
