//! Messages of the cli.
