//! devops-maturity: DevOps maturity workshops in the terminal.
//!
//! Layers (docs/architecture.md, guarded by tests/layering.rs): `domain` is the pure core;
//! `store` owns the data directory; `report` turns a comparison into documents; `app` holds the
//! use cases both faces call; the faces are `tui` (the interactive screens) and `cli` +
//! `commands` (the command line).

#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod domain;
pub mod error;
pub mod report;
pub mod store;
pub mod tui;
