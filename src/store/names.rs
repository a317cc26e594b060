//! File names for free-text names. Version 2 (this build): a readable slug plus a 128-bit hash
//! of the *normalised* name (`domain::names::name_key`), so the mapping is injective in
//! practice (names that are the same for people — "Élodie" in NFC or NFD, "paris" and "Paris" —
//! share a file; any two different names get different files), bounded (under 120 bytes for
//! any name), safe on every platform and unable to leave its folder. The slug only helps people
//! browsing the folder; the hash decides.
//!
//! Version 1 names (`safe_stem_v1`, with a 32-bit hash of the exact name and `__` between team
//! and respondent) are still recognised so that old data directories keep loading and are
//! migrated at their next save.

use crate::domain::names::name_key;

/// Characters of slug kept at most, per name.
const SLUG_CHARS: usize = 32;

/// The stem of a new assessment's folder: a name that is already a plain lower-case slug
/// (`bank-2026`, also when typed `Bank-2026`) is its own folder, so the data directory stays
/// readable; any other gets `slug--<hash>`. A plain stem never holds `--`, and a hashed one
/// always does, so the two kinds never meet.
pub fn assessment_stem(name: &str) -> String {
    let key = name_key(name);
    let plain = !key.is_empty()
        && key.len() <= 60
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && !key.starts_with(['-', '_'])
        && !key.contains("--")
        && !is_reserved(&key);
    if plain {
        key
    } else {
        format!("{}--{}", slug(name), hash_hex(&key))
    }
}

/// The file name of a respondent's sheet: `equipe-paris--elodie--<hash>.json`, the hash over
/// both normalised names (a separator no name can hold keeps the pair unambiguous).
pub fn sheet_file(team: &str, respondent: &str) -> String {
    format!(
        "{}--{}--{}.json",
        slug(team),
        slug(respondent),
        hash_hex(&format!("{}\u{0}{}", name_key(team), name_key(respondent)))
    )
}

/// Whether a file name has the shape `sheet_file` gives (so it is a version-2 name).
pub fn is_v2_sheet_file(file_name: &str) -> bool {
    file_name
        .strip_suffix(".json")
        .and_then(|stem| stem.rsplit_once("--"))
        .is_some_and(|(_, hash)| {
            hash.len() == 32
                && hash
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        })
}

/// A lower-case ASCII slug of `name`: accents folded, anything else a single dash; never
/// empty, never two dashes in a row.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in crate::domain::names::skeleton_chars(name) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= SLUG_CHARS {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "x".to_string()
    } else {
        trimmed.to_string()
    }
}

/// 128-bit FNV-1a of `text`, as 32 lower-case hex digits: stable across builds and platforms;
/// at 128 bits, two different names sharing one is not a practical concern.
pub fn hash_hex(text: &str) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let hash = text
        .as_bytes()
        .iter()
        .fold(OFFSET, |h, b| (h ^ u128::from(*b)).wrapping_mul(PRIME));
    format!("{hash:032x}")
}

/// The version-1 file name of a respondent's sheet.
pub fn sheet_file_v1(team: &str, respondent: &str) -> String {
    format!("{}__{}.json", safe_stem_v1(team), safe_stem_v1(respondent))
}

/// Version 1's mapping of a name to a file stem, kept to find and migrate old files: plain
/// lowercase slugs as they are, anything else a slug plus a 32-bit hash of the exact name.
pub fn safe_stem_v1(name: &str) -> String {
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
    for c in name.chars().flat_map(fold_accent_v1) {
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
    let hash = fnv1a32(name.as_bytes());
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

/// Version 1's accent folding (kept exactly, so version-1 names are found again).
fn fold_accent_v1(c: char) -> Vec<char> {
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

/// 32-bit FNV-1a, version 1's hash.
fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_one_for_people_share_a_file_and_others_never_do() {
        assert_eq!(
            sheet_file("Paris", "Élodie"),
            sheet_file("paris ", "E\u{301}lodie")
        );
        assert_ne!(sheet_file("Paris", "Alice"), sheet_file("Paris", "Alicé"));
        // Version 1 joined stems with "__", which a plain name could hold: these two collided.
        assert_eq!(sheet_file_v1("a__b", "c"), sheet_file_v1("a", "b__c"));
        assert_ne!(sheet_file("a__b", "c"), sheet_file("a", "b__c"));
        assert_ne!(sheet_file("a--b", "c"), sheet_file("a", "b--c"));
    }

    #[test]
    fn file_names_are_bounded_plain_and_recognised() {
        let long = "É".repeat(80);
        for (team, who) in [
            (long.as_str(), long.as_str()),
            ("../etc", ".."),
            ("con", "日本"),
            ("Ops/Run", "a\\b"),
        ] {
            let name = sheet_file(team, who);
            assert!(name.len() < 120, "{name}");
            assert!(!name.starts_with('.') && !name.contains('/') && !name.contains('\\'));
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'),
                "{name}"
            );
            assert!(is_v2_sheet_file(&name), "{name}");
        }
        assert!(!is_v2_sheet_file("a__r.json"));
        assert!(!is_v2_sheet_file(&sheet_file_v1("Équipe Paris", "Zoé")));
        assert_eq!(safe_stem_v1("bank-2026"), "bank-2026");
        assert!(assessment_stem("Bank 2026").starts_with("bank-2026--"));
        assert_eq!(assessment_stem("Bank 2026"), assessment_stem("bank  2026"));
        assert_eq!(assessment_stem("Bank-2026"), "bank-2026");
        assert_ne!(
            assessment_stem("a--b"),
            "a--b",
            "a plain stem never holds --"
        );
        assert!(assessment_stem("con").starts_with("con--"));
    }
}
