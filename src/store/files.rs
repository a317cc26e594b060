//! Low-level file handling for the store: atomic writes and versioned envelopes.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use super::StoreError;
use crate::error::Wording;

/// The narrow no-break space French puts before « : ; ? ! » and inside « ».
const S: char = '\u{202f}';

/// Why `serde_json` refused a file, in both languages. The English is `serde_json`'s own text (it
/// names the field or value at fault). Its French cannot be translated word by word, so it
/// says the kind of fault and where: a syntax error or a cut-off file wholly in French; a
/// field or value of the wrong shape keeps `serde_json`'s words (field names, types) quoted in
/// « », as the reader wrote them.
pub(crate) fn serde_reason(e: &serde_json::Error) -> Wording {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    let at = if line == 0 {
        String::new()
    } else {
        format!(" ligne {line}, colonne {column}")
    };
    let fr = match e.classify() {
        Category::Syntax => format!("ce n’est pas du JSON valide{at}"),
        Category::Eof => format!("le JSON s’arrête avant la fin{at}"),
        Category::Io => format!("lecture interrompue{at}"),
        Category::Data => {
            // serde_json's message ends with " at line L column C": the place is said in
            // French already.
            let text = e.to_string();
            let text = match text.rfind(" at line ") {
                Some(i) if line > 0 => text[..i].to_string(),
                _ => text,
            };
            // The two a hand edit meets most, in French; any other in serde_json's words.
            let field = |rest: &str| rest.split('`').nth(1).map(str::to_string);
            match (
                text.strip_prefix("missing field ").and_then(field),
                text.strip_prefix("unknown field ").and_then(field),
            ) {
                (Some(f), _) => format!("champ «{S}{f}{S}» manquant{at}"),
                (_, Some(f)) => format!("champ inconnu «{S}{f}{S}»{at}"),
                _ => format!("contenu non conforme{at} («{S}{text}{S}»)"),
            }
        }
    };
    Wording::new(e.to_string(), fr)
}

/// A temporary file older than this in a folder we write to was left by a crash (a write
/// takes milliseconds): the next write removes it.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(60);

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
    remove_stale_temps(dir);
    let tmp = dir.join(format!(
        ".{file_name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    // A sheet someone made private (0600) stays private after we rewrite it.
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        if let Some(p) = permissions {
            fs::set_permissions(&tmp, p)?;
        }
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

/// Removes `.NAME.PID.N.tmp` files a crashed write left in `dir`. Only old ones: a fresh one
/// may belong to a write in progress in another process.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with('.') && name.ends_with(".tmp")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A time as it can appear in a file name: `20261201T115343123Z` from
/// `2026-12-01T11:53:43.123Z` (no colons, which some systems refuse).
pub fn stamp_for_file(stamp: &str) -> String {
    stamp.chars().filter(char::is_ascii_alphanumeric).collect()
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    format: &'a str,
    format_version: u32,
    updated_at: &'a str,
    #[serde(flatten)]
    body: &'a T,
}

/// The text of a file of `kind` holding `body`, as `write_json` writes it.
pub fn to_json<T: Serialize>(kind: Kind, updated_at: &str, body: &T) -> Result<String, String> {
    let envelope = EnvelopeOut {
        format: kind.name,
        format_version: kind.version,
        updated_at,
        body,
    };
    let mut text = serde_json::to_string_pretty(&envelope).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}

/// Serialises `body` inside a versioned envelope and writes it atomically.
pub fn write_json<T: Serialize>(
    path: &Path,
    kind: Kind,
    updated_at: &str,
    body: &T,
) -> Result<(), StoreError> {
    let text = to_json(kind, updated_at, body).map_err(|e| StoreError::corrupt(path, e))?;
    write_atomic(path, text.as_bytes())
}

/// A kind of file and the version of it this build writes. Files with a higher version come
/// from a newer build and are refused, never rewritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    pub name: &'static str,
    pub version: u32,
}

/// What an envelope held besides its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub version: u64,
    pub updated_at: Option<String>,
}

/// Reads a file written by `write_json`, checking its kind and version before its body.
pub fn read_json<T: DeserializeOwned>(path: &Path, kind: Kind) -> Result<T, StoreError> {
    read_json_with(path, kind).map(|(body, _)| body)
}

/// `read_json`, also returning the envelope (the version read and when it was written).
pub fn read_json_with<T: DeserializeOwned>(
    path: &Path,
    kind: Kind,
) -> Result<(T, Envelope), StoreError> {
    let bytes = fs::read(path).map_err(|e| StoreError::io(path, e))?;
    parse_json(path, &bytes, kind)
}

/// Parses the bytes of a file of `kind` (read from disk or from an archive); `path` names it in
/// errors.
pub fn parse_json<T: DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
    kind: Kind,
) -> Result<(T, Envelope), StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        StoreError::corrupt_in(
            path,
            Wording::new("not UTF-8 text", "ce n’est pas du texte UTF-8"),
        )
    })?;
    // Editors on Windows save JSON with a byte order mark; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The body straight from the text, the envelope's fields set aside on the way: no
    // `serde_json::Value` of the whole file (2,000 sheets read for a comparison spent most of
    // their time building and dropping one each). Any failure goes the slow way, which checks
    // the envelope before the body, so that errors read exactly as they always did.
    if let Ok((body, fields)) = envelope::parse::<T>(text) {
        return Ok((body, fields.check(path, kind)?));
    }
    let mut value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| StoreError::corrupt_in(path, serde_reason(&e)))?;
    let object = value.as_object_mut().ok_or_else(|| {
        StoreError::corrupt_in(
            path,
            Wording::new("not a JSON object", "ce n’est pas un objet JSON"),
        )
    })?;
    let fields = envelope::Fields {
        format: object.remove("format"),
        format_version: object.remove("format_version"),
        updated_at: object.remove("updated_at"),
    };
    let envelope = fields.check(path, kind)?;
    let body = serde_json::from_value(value)
        .map_err(|e| StoreError::corrupt_in(path, serde_reason(&e)))?;
    Ok((body, envelope))
}

/// Reading a file's body and its envelope (`format`, `format_version`, `updated_at`) in one
/// pass over its text: a map access that hands the body's type every other key.
mod envelope {
    use super::{Envelope, Kind, S, StoreError, Wording};
    use serde::de::{
        self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, Visitor,
    };
    use serde_json::Value;
    use std::marker::PhantomData;
    use std::path::Path;

    /// The envelope's fields as found (each `None` when absent).
    #[derive(Default)]
    pub(super) struct Fields {
        pub format: Option<Value>,
        pub format_version: Option<Value>,
        pub updated_at: Option<Value>,
    }

    impl Fields {
        /// The kind must be `kind`'s and the version no newer than this build's.
        pub(super) fn check(self, path: &Path, kind: Kind) -> Result<Envelope, StoreError> {
            match self.format.as_ref().and_then(Value::as_str) {
                Some(k) if k == kind.name => {}
                Some(other) => {
                    return Err(StoreError::corrupt_in(
                        path,
                        Wording::new(
                            format!("holds a \"{other}\", expected a \"{}\"", kind.name),
                            format!(
                                "contient un «{S}{other}{S}», alors qu’un «{S}{}{S}» était attendu",
                                kind.name
                            ),
                        ),
                    ));
                }
                None => {
                    return Err(StoreError::corrupt_in(
                        path,
                        Wording::new("no \"format\" field", format!("aucun champ «{S}format{S}»")),
                    ));
                }
            }
            let version = self
                .format_version
                .as_ref()
                .and_then(Value::as_u64)
                .ok_or_else(|| {
                    StoreError::corrupt_in(
                        path,
                        Wording::new(
                            "no \"format_version\" field",
                            format!("aucun champ «{S}format_version{S}»"),
                        ),
                    )
                })?;
            if version > u64::from(kind.version) {
                return Err(StoreError::NewerFormat {
                    path: path.to_path_buf(),
                    version,
                    supported: kind.version,
                });
            }
            let updated_at = self
                .updated_at
                .as_ref()
                .and_then(|v| v.as_str().map(str::to_string));
            Ok(Envelope {
                version,
                updated_at,
            })
        }
    }

    /// The body and the envelope's fields of a JSON object, or the first error met.
    pub(super) fn parse<T: DeserializeOwned>(text: &str) -> serde_json::Result<(T, Fields)> {
        let mut de = serde_json::Deserializer::from_str(text);
        let out = de::Deserializer::deserialize_map(&mut de, Whole(PhantomData))?;
        de.end()?;
        Ok(out)
    }

    struct Whole<T>(PhantomData<T>);

    impl<'de, T: DeserializeOwned> Visitor<'de> for Whole<T> {
        type Value = (T, Fields);

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON object")
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(T, Fields), A::Error> {
            let mut fields = Fields::default();
            let body = T::deserialize(Body {
                map,
                fields: &mut fields,
            })?;
            Ok((body, fields))
        }
    }

    /// The object without its envelope's keys, as a deserializer for the body.
    struct Body<'f, A> {
        map: A,
        fields: &'f mut Fields,
    }

    impl<'de, A: MapAccess<'de>> de::Deserializer<'de> for Body<'_, A> {
        type Error = A::Error;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
            visitor.visit_map(self)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map struct
            enum identifier ignored_any
        }
    }

    impl<'de, A: MapAccess<'de>> MapAccess<'de> for Body<'_, A> {
        type Error = A::Error;

        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, A::Error> {
            loop {
                let Some(key) = self.map.next_key::<String>()? else {
                    return Ok(None);
                };
                let slot = match key.as_str() {
                    "format" => &mut self.fields.format,
                    "format_version" => &mut self.fields.format_version,
                    "updated_at" => &mut self.fields.updated_at,
                    _ => return seed.deserialize(key.into_deserializer()).map(Some),
                };
                *slot = Some(self.map.next_value()?);
            }
        }

        fn next_value_seed<V: DeserializeSeed<'de>>(
            &mut self,
            seed: V,
        ) -> Result<V::Value, A::Error> {
            self.map.next_value_seed(seed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Body {
        name: String,
        #[serde(default)]
        n: u8,
    }

    const KIND: Kind = Kind {
        name: "devops-maturity/test",
        version: 2,
    };

    fn parse(text: &str) -> Result<(Body, Envelope), String> {
        parse_json::<Body>(Path::new("f.json"), text.as_bytes(), KIND).map_err(|e| e.to_string())
    }

    #[test]
    fn the_envelope_is_read_wherever_its_fields_stand_and_checked_before_the_body_is_used() {
        let envelope = |updated: Option<&str>| Envelope {
            version: 2,
            updated_at: updated.map(str::to_string),
        };
        let body = Body {
            name: "a".into(),
            n: 3,
        };
        assert_eq!(
            parse(
                r#"{"format":"devops-maturity/test","format_version":2,"updated_at":"t","name":"a","n":3}"#
            ),
            Ok((body, envelope(Some("t"))))
        );
        // Fields in any order, the envelope last; a BOM before it.
        assert_eq!(
            parse(
                "\u{feff}{\"name\":\"a\",\"format_version\":1,\"format\":\"devops-maturity/test\"}"
            ),
            Ok((
                Body {
                    name: "a".into(),
                    n: 0
                },
                Envelope {
                    version: 1,
                    updated_at: None
                }
            ))
        );
        // The envelope's errors first, whatever the body; then the body's own.
        let err = parse(r#"{"format":"devops-maturity/plan","format_version":1,"name":"a"}"#);
        assert!(
            err.unwrap_err()
                .contains("holds a \"devops-maturity/plan\", expected a \"devops-maturity/test\"")
        );
        let err =
            parse(r#"{"format":"devops-maturity/test","format_version":3,"name":"a","new":1}"#);
        assert!(err.unwrap_err().contains("version 3"), "newer first");
        let err = parse(r#"{"format_version":1,"name":"a"}"#).unwrap_err();
        assert!(err.contains("no \"format\" field"), "{err}");
        let err = parse(r#"{"format":"devops-maturity/test","format_version":"2","name":"a"}"#)
            .unwrap_err();
        assert!(err.contains("no \"format_version\" field"), "{err}");
        let err = parse(r#"{"format":"devops-maturity/test","format_version":2,"name":"a","x":1}"#)
            .unwrap_err();
        assert!(err.contains("unknown field `x`"), "{err}");
        let err = parse(r#"{"format":"devops-maturity/test","format_version":2,"name":"a"} x"#)
            .unwrap_err();
        assert!(err.contains("trailing characters"), "{err}");
        assert!(parse("[1]").unwrap_err().contains("not a JSON object"));
        // A field given twice: the last wins, as a JSON value would have it.
        assert_eq!(
            parse(r#"{"format":"devops-maturity/test","format_version":2,"name":"a","name":"b"}"#)
                .map(|(b, _)| b.name),
            Ok("b".to_string())
        );
    }

    /// The French reason of each refusal, as `french_reason` puts it in a French line.
    fn french(text: &str) -> String {
        parse_json::<Body>(Path::new("f.json"), text.as_bytes(), KIND)
            .unwrap_err()
            .french_reason()
    }

    #[test]
    fn every_refusal_has_its_reason_in_french() {
        let s = '\u{202f}';
        for (text, fr) in [
            (
                "{\"name\": ",
                "le JSON s’arrête avant la fin ligne 1, colonne 9",
            ),
            ("{oops}", "ce n’est pas du JSON valide ligne 1, colonne 2"),
            ("[1]", "ce n’est pas un objet JSON"),
            (
                r#"{"format_version":1,"name":"a"}"#,
                "aucun champ «\u{202f}format\u{202f}»",
            ),
            (
                r#"{"format":"devops-maturity/test","name":"a"}"#,
                "aucun champ «\u{202f}format_version\u{202f}»",
            ),
            (
                r#"{"format":"devops-maturity/plan","format_version":1}"#,
                "contient un «\u{202f}devops-maturity/plan\u{202f}», alors qu’un «\u{202f}devops-maturity/test\u{202f}» était attendu",
            ),
        ] {
            let got = french(text);
            assert_eq!(
                got,
                format!("illisible ({fr}){s}; le fichier n’a pas été touché"),
                "{text}"
            );
            for english in ["expected", "line", "column", "field", "not a", "EOF"] {
                assert!(!got.contains(english), "{english} in {got}");
            }
        }
        assert!(
            parse_json::<Body>(Path::new("f.json"), b"\xff", KIND)
                .unwrap_err()
                .french_reason()
                .contains("ce n’est pas du texte UTF-8")
        );
        // A field unknown or missing, in French; another shape error in serde_json's words.
        let got =
            french(r#"{"format":"devops-maturity/test","format_version":2,"name":"a","x":1}"#);
        assert!(got.contains("champ inconnu «\u{202f}x\u{202f}»"), "{got}");
        let got = french(r#"{"format":"devops-maturity/test","format_version":2}"#);
        assert!(
            got.contains("champ «\u{202f}name\u{202f}» manquant"),
            "{got}"
        );
        let got = french(r#"{"format":"devops-maturity/test","format_version":2,"name":1}"#);
        assert!(
            got.contains("contenu non conforme («\u{202f}invalid type"),
            "{got}"
        );
        assert!(!got.contains(" at line "), "{got}");
    }
}
