//! Reports: one [`Report`] model built from the comparison engine (`model`), rendered as
//! Markdown, JSON and CSV (one file each), and as PDF through a format-neutral
//! [`document::Document`] (`to_document` maps the report onto it; `pdf` lays it out).

pub mod csv;
pub mod document;
pub mod json;
pub mod labels;
pub mod markdown;
pub mod model;
pub mod pdf;
pub mod to_document;

pub use labels::{Labels, Lang};
pub use model::{Report, ReportOptions};
