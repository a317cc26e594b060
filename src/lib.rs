//! devops-maturity: DevOps maturity workshops in the terminal.
//!
//! `domain` is the pure core; `store` owns the data directory; `tui` the interactive screens;
//! `commands` and `cli` the command line.

pub mod app;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod domain;
pub mod error;
pub mod report;
pub mod store;
pub mod tui;
