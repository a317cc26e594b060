//! The layers of docs/architecture.md, guarded: reads every file under `src/` and fails on a
//! path into a layer the file's own layer must not use (`crate::commands::…` in a `tui` file,
//! `super::super::store` from deep inside `report`, …). Test code is exempt: `#[cfg(test)]`
//! blocks and files named `tests.rs`, `*_tests.rs` or under a `tests/` folder.
//!
//! `the_checker_catches_a_forbidden_import` shows the guard biting: a `use crate::commands`
//! added to a `tui` file is reported.

use std::fs;
use std::path::{Path, PathBuf};

/// (layer, the top-level modules it must not use).
const FORBIDDEN: &[(&str, &[&str])] = &[
    (
        "domain",
        &["store", "app", "report", "tui", "commands", "cli"],
    ),
    ("store", &["app", "tui", "report", "commands", "cli"]),
    ("report", &["app", "tui", "commands", "cli", "store"]),
    ("app", &["tui", "commands", "cli"]),
    ("tui", &["commands", "cli", "store"]),
];

/// A forbidden path found in a file: (file, line number, the module it reaches).
type Violation = (String, usize, String);

#[test]
fn no_layer_imports_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut violations = Vec::new();
    let mut checked = 0;
    for file in rust_files(&src) {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if is_test_file(&rel) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        violations.extend(check_file(&rel, &text));
        checked += 1;
    }
    // A guard that reads nothing guards nothing.
    assert!(checked > 50, "only {checked} files read under {src:?}");
    assert!(
        violations.is_empty(),
        "forbidden imports (see docs/architecture.md):\n{}",
        violations
            .iter()
            .map(|(f, line, m)| format!("  src/{f}:{line} uses `{m}`"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_checker_catches_a_forbidden_import() {
    let clean = "use crate::app::Workspace;\nuse crate::domain::Role;\n";
    assert!(check_file("tui/views/home.rs", clean).is_empty());
    let bad = "use crate::app::Workspace;\nuse crate::commands::report::write;\n";
    assert_eq!(
        check_file("tui/views/home.rs", bad),
        [("tui/views/home.rs".to_string(), 2, "commands".to_string())]
    );
    // Through `super`, from two levels down, and inside braces.
    assert_eq!(
        check_file(
            "report/pdf/emit.rs",
            "use super::super::super::store::Store;"
        )[0]
        .2,
        "store"
    );
    assert_eq!(
        check_file(
            "domain/compare/mod.rs",
            "use crate::{report::Report, domain::Role};"
        )[0]
        .2,
        "report"
    );
    // Comments and test modules do not count.
    assert!(check_file("store/mod.rs", "// see crate::app::Workspace\n").is_empty());
    assert!(
        check_file(
            "report/csv.rs",
            "fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::store::Store;\n}\n"
        )
        .is_empty()
    );
    // Faces may use everything.
    assert!(check_file("commands/report.rs", "use crate::store::Store;").is_empty());
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn is_test_file(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name == "tests.rs" || name.ends_with("_tests.rs") || rel.split('/').any(|p| p == "tests")
}

/// The layer a file belongs to (its first folder, or the file for `cli.rs`/`main.rs`).
fn layer_of(rel: &str) -> &str {
    let first = rel.split('/').next().unwrap_or(rel);
    first.strip_suffix(".rs").unwrap_or(first)
}

/// The module path of a file: `tui/update/home.rs` → [tui, update, home]; `mod.rs` is its
/// folder.
fn module_path(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

fn check_file(rel: &str, text: &str) -> Vec<Violation> {
    let layer = layer_of(rel);
    let Some((_, forbidden)) = FORBIDDEN.iter().find(|(l, _)| *l == layer) else {
        return Vec::new();
    };
    let here = module_path(rel);
    let mut out = Vec::new();
    for (number, line) in non_test_lines(text) {
        for module in reached_modules(line, &here) {
            if forbidden.contains(&module.as_str()) {
                out.push((rel.to_string(), number, module));
            }
        }
    }
    out
}

/// Lines of code outside comments and `#[cfg(test)]` items, with their 1-based numbers.
fn non_test_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut skip_depth: Option<i32> = None;
    let mut pending_cfg_test = false;
    let mut depth = 0i32;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split("//").next().unwrap_or("");
        let trimmed = line.trim();
        if skip_depth.is_none() && trimmed.starts_with("#[cfg(test)]") {
            pending_cfg_test = true;
            continue;
        }
        let opens = line.matches('{').count() as i32;
        let closes = line.matches('}').count() as i32;
        if pending_cfg_test && skip_depth.is_none() {
            pending_cfg_test = false;
            if opens > closes {
                skip_depth = Some(depth);
            }
            // A one-line item (`#[cfg(test)] mod tests;` or `use …;`) is skipped whole.
            depth += opens - closes;
            continue;
        }
        depth += opens - closes;
        if let Some(d) = skip_depth {
            if depth <= d {
                skip_depth = None;
            }
            continue;
        }
        out.push((i + 1, line));
    }
    out
}

/// The top-level crate modules a line's paths reach: `crate::x`, `super::…::x` resolved from the
/// file's module path, and the first names inside `crate::{a, b}`.
fn reached_modules(line: &str, here: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        let rest = &line[i..];
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if boundary && rest.starts_with("crate::") {
            out.extend(first_names(&rest["crate::".len()..]));
            i += "crate::".len();
            continue;
        }
        if boundary && rest.starts_with("super::") {
            let mut ups = 0;
            let mut tail = rest;
            while let Some(t) = tail.strip_prefix("super::") {
                ups += 1;
                tail = t;
            }
            // From a file's module, `super` is its parent; reaching the root names a top module.
            let base_len = here.len().saturating_sub(ups);
            if base_len == 0 {
                out.extend(first_names(tail));
            }
            i += rest.len() - tail.len();
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// `store::Store` → [store]; `{report::Report, domain::Role}` → [report, domain].
fn first_names(path: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    if let Some(group) = path.strip_prefix('{') {
        let inner = group.split('}').next().unwrap_or("");
        inner
            .split(',')
            .map(ident)
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        let name = ident(path);
        if name.is_empty() { vec![] } else { vec![name] }
    }
}
