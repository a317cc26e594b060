//! Reports: a format-neutral [`document::Document`] and its renderers (PDF so far).

pub mod document;
pub mod pdf;
