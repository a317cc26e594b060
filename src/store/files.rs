//! Low-level file handling for the store: atomic writes, versioned envelopes and safe file names.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use super::StoreError;

/// Version of the files this build writes. Files with a higher number come from a newer build
/// and are refused, never rewritten.
pub const FORMAT_VERSION: u32 = 1;

/// Writes `bytes` to `path` so that a reader (or a crash) sees either the old file or the new
/// one, never a mix: temp file in the same directory, fsync, rename, fsync the directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{file_name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        // Persist the rename itself; not supported on every platform, so best effort.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e: std::io::Error| {
        let _ = fs::remove_file(&tmp);
        StoreError::io(path, e)
    })
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    format: &'a str,
    format_version: u32,
    updated_at: &'a str,
    #[serde(flatten)]
    body: &'a T,
}

/// Serialises `body` inside a versioned envelope and writes it atomically.
pub fn write_json<T: Serialize>(
    path: &Path,
    kind: &str,
    updated_at: &str,
    body: &T,
) -> Result<(), StoreError> {
    let envelope = EnvelopeOut {
        format: kind,
        format_version: FORMAT_VERSION,
        updated_at,
        body,
    };
    let mut text = serde_json::to_string_pretty(&envelope)
        .map_err(|e| StoreError::corrupt(path, e.to_string()))?;
    text.push('\n');
    write_atomic(path, text.as_bytes())
}

/// Reads a file written by `write_json`, checking its kind and version before its body.
pub fn read_json<T: DeserializeOwned>(path: &Path, kind: &str) -> Result<T, StoreError> {
    let text = fs::read_to_string(path).map_err(|e| StoreError::io(path, e))?;
    let mut value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| StoreError::corrupt(path, e.to_string()))?;
    let object = value
        .as_object_mut()
        .ok_or_else(|| StoreError::corrupt(path, "not a JSON object".into()))?;
    match object.remove("format").as_ref().and_then(|v| v.as_str()) {
        Some(k) if k == kind => {}
        Some(other) => {
            return Err(StoreError::corrupt(
                path,
                format!("holds a \"{other}\", expected a \"{kind}\""),
            ));
        }
        None => return Err(StoreError::corrupt(path, "no \"format\" field".into())),
    }
    let version = object
        .remove("format_version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| StoreError::corrupt(path, "no \"format_version\" field".into()))?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(StoreError::NewerFormat {
            path: path.to_path_buf(),
            version,
        });
    }
    object.remove("updated_at");
    serde_json::from_value(value).map_err(|e| StoreError::corrupt(path, e.to_string()))
}

/// Maps a free-text name to a file name that is safe on every platform and cannot escape its
/// directory ("../etc", "Équipe Paris", "Ops/Run"). Names that are already plain lowercase slugs
/// are kept as they are, so the data directory stays readable; any other name gets a slug plus a
/// hash of the exact name, so "Paris" and "paris" never share a file.
pub fn safe_stem(name: &str) -> String {
    let plain = !name.is_empty()
        && name.len() <= 60
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && !name.starts_with(['-', '_'])
        && !is_reserved(name);
    if plain {
        return name.to_string();
    }
    let mut slug = String::new();
    for c in name.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let hash = fnv1a(name.as_bytes());
    if slug.is_empty() {
        format!("x-{hash:08x}")
    } else {
        format!("{slug}-{hash:08x}")
    }
}

fn is_reserved(name: &str) -> bool {
    // Windows device names cannot be file names even with an extension.
    let base = name.split('.').next().unwrap_or("");
    matches!(base, "con" | "prn" | "aux" | "nul")
        || ((base.starts_with("com") || base.starts_with("lpt"))
            && base.len() == 4
            && base.as_bytes()[3].is_ascii_digit())
}

/// Keeps slugs of French and other Latin names readable: "Équipe" becomes "equipe", not "quipe".
fn fold_accent(c: char) -> Vec<char> {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'ø' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => return vec![c],
    };
    folded.chars().collect()
}

/// 32-bit FNV-1a: tiny, stable across builds and platforms, enough to tell names apart.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}
