//! Rules for the free-text names users give to assessments, teams and respondents: what a
//! valid name is, when two names mean the same thing, when they are only similar (and should
//! be asked about), and which known name a typo probably meant.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest name we accept; longer ones break every table and file name.
pub const MAX_NAME_CHARS: usize = 80;

/// Characters that reorder or break text when shown (bidirectional overrides and isolates,
/// line and paragraph separators): a name holding one can display as another name.
pub fn is_layout_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// Why a name was refused: a typed reason, so that each face words it in its language
/// (`app::i18n::errors::bad_name`); [`BadName::english`] is the English wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadName {
    Empty,
    /// Longer than [`MAX_NAME_CHARS`]; `start` is its first 20 characters.
    TooLong {
        start: String,
    },
    Control,
    /// A bidirectional or line-separator character ([`is_layout_control`]).
    Layout(char),
}

impl BadName {
    /// The reason in English, `what` saying what the name is for ("team name").
    pub fn english(&self, what: &str) -> String {
        match self {
            BadName::Empty => format!("{what} must not be empty"),
            BadName::TooLong { start } => {
                format!("{what} \"{start}…\" is longer than {MAX_NAME_CHARS} characters")
            }
            BadName::Control => format!("{what} must not contain control characters"),
            BadName::Layout(c) => format!(
                "{what} must not contain the invisible layout character U+{:04X} (it can make one name display as another)",
                u32::from(*c)
            ),
        }
    }
}

/// Trims `name` and checks it is usable: not empty, not too long, no control characters, no
/// bidirectional or line-separator characters. The name is kept in NFC, so "Élodie" typed
/// with a combining accent is stored like the one typed with "É".
pub fn check_name(name: &str) -> Result<String, BadName> {
    let trimmed: String = name.trim().nfc().collect();
    if trimmed.is_empty() {
        return Err(BadName::Empty);
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        return Err(BadName::TooLong {
            start: trimmed.chars().take(20).collect(),
        });
    }
    if trimmed.chars().any(char::is_control) {
        return Err(BadName::Control);
    }
    if let Some(c) = trimmed.chars().find(|&c| is_layout_control(c)) {
        return Err(BadName::Layout(c));
    }
    Ok(trimmed)
}

/// The form two names are compared in: trimmed, Unicode NFC, lower case, inner runs of
/// whitespace as one space. Two names with the same key are one team or one respondent, and
/// share one file.
pub fn name_key(name: &str) -> String {
    let nfc: String = name.trim().nfc().collect();
    let lower: String = nfc.to_lowercase().nfc().collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether two names given by people mean the same team or respondent: surrounding spaces,
/// letter case and Unicode composition do not count ("élodie " is "Élodie", typed with a
/// combining accent or not), so nobody gets a near-duplicate sheet. The one matching rule for
/// teams and respondents, in the TUI and the CLI alike.
pub fn same_name(a: &str, b: &str) -> bool {
    a == b || name_key(a) == name_key(b)
}

/// A name with accents, case, spaces, punctuation and dashes folded away: "Hélène" and
/// "helene", "Ops — ITIL" and "Ops - ITIL" share a skeleton. Names that are not the same but
/// share a skeleton are probably one person or team typed twice.
pub fn skeleton(name: &str) -> String {
    skeleton_chars(name)
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The characters of `name` with accents taken off and ligatures spelled out ("Œ" → "OE"),
/// everything else kept: what skeletons and file-name slugs are made of.
pub fn skeleton_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.nfd().filter(|c| !is_combining_mark(*c)).flat_map(|c| {
        let spelled: &[char] = match c {
            'œ' => &['o', 'e'],
            'Œ' => &['O', 'E'],
            'æ' => &['a', 'e'],
            'Æ' => &['A', 'E'],
            'ß' => &['s', 's'],
            'ø' => &['o'],
            'Ø' => &['O'],
            _ => return vec![c],
        };
        spelled.to_vec()
    })
}

/// Whether a list filtered by the letters typed keeps `name`: each word typed appears in the
/// name once accents and case are folded away and punctuation counts as a space, so
/// "eq 7" keeps "Équipe 7", "equipe 00" keeps "Équipe 007" and "helene" keeps "Hélène".
/// Nothing typed (or only spaces and punctuation) keeps every name.
pub fn filter_keeps(name: &str, typed: &str) -> bool {
    let fold = |s: &str| -> String {
        skeleton_chars(s)
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect()
    };
    let hay = fold(name);
    fold(typed)
        .split_whitespace()
        .all(|word| hay.contains(word))
}

/// Whether `a` and `b` are different names that look like one typed twice (same skeleton).
pub fn similar_name(a: &str, b: &str) -> bool {
    !same_name(a, b) && !skeleton(a).is_empty() && skeleton(a) == skeleton(b)
}

/// The known name `wanted` most probably meant, for a "did you mean" hint: the same skeleton
/// first, otherwise the closest by edit distance when it is close enough (at most a third of
/// the word, and at most 3 edits).
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let target = skeleton(wanted);
    if target.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for name in known {
        let candidate = skeleton(name);
        let distance = if candidate == target {
            0
        } else {
            edit_distance(&candidate, &target)
        };
        let limit = (target.chars().count().max(candidate.chars().count()) / 3).min(3);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, name));
        }
    }
    best.map(|(_, name)| name)
}

/// Edit distance between two strings, counted in characters: insertions, deletions,
/// substitutions and swaps of two neighbours ("bnak" is one edit from "bank").
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // d[i][j]: distance between a[..i] and b[..j] (optimal string alignment).
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Quotes a name for a command to copy ("Next: devops-maturity answer …") when the shell
/// would split it.
pub fn shell_word(name: &str) -> String {
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\\\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_ignores_case_accents_and_spaces() {
        assert!(filter_keeps("Équipe 007", "equipe 00"));
        assert!(filter_keeps("Équipe 7", "eq 7"));
        assert!(filter_keeps("Équipe 7", "7 ÉQU"));
        assert!(filter_keeps("DSI historique — Paris", "paris"));
        assert!(filter_keeps("Hélène", "helene"));
        assert!(filter_keeps("Anything", ""));
        assert!(filter_keeps("Anything", " - "));
        assert!(!filter_keeps("Équipe 007", "008"));
        assert!(!filter_keeps("Start-up — Nantes", "paris"));
    }

    #[test]
    fn same_name_ignores_case_spaces_and_composition() {
        assert!(same_name("élodie", "Élodie"));
        assert!(same_name("  ÉLODIE ", "Élodie"));
        assert!(same_name("Ops/Run", "ops/run"));
        // "É" as one code point and as "E" + combining acute accent.
        assert!(same_name("\u{c9}lodie", "E\u{301}lodie"));
        assert!(same_name("Jean  Paul", "jean paul"));
        assert!(!same_name("Elodie", "Élodie"));
        assert!(!same_name("Paris", "Paris 2"));
    }

    #[test]
    fn clean_names_are_nfc_and_refuse_layout_controls() {
        assert_eq!(check_name(" E\u{301}lodie ").unwrap(), "\u{c9}lodie");
        for bad in ["Team\u{202E}sdrawkcab", "A\u{2066}B", "line\u{2028}break"] {
            let e = check_name(bad).unwrap_err();
            assert!(matches!(e, BadName::Layout(_)), "{e:?}");
            assert!(
                e.english("team name")
                    .contains("invisible layout character")
            );
        }
        assert_eq!(check_name("a\u{1b}]0;x\u{7}"), Err(BadName::Control));
        assert_eq!(check_name("  "), Err(BadName::Empty));
        assert_eq!(
            check_name(&"x".repeat(81))
                .unwrap_err()
                .english("team name"),
            format!(
                "team name \"{}…\" is longer than 80 characters",
                "x".repeat(20)
            )
        );
    }

    #[test]
    fn similar_names_fold_accents_spaces_and_punctuation() {
        assert!(similar_name("Helene", "Hélène"));
        assert!(similar_name("Ops - ITIL", "Ops — ITIL"));
        assert!(similar_name("jean-paul", "Jean Paul"));
        assert!(
            !similar_name("Hélène", "hélène"),
            "the same name is not 'similar'"
        );
        assert!(!similar_name("Paris", "Nantes"));
    }

    #[test]
    fn closest_suggests_the_probable_name() {
        let teams = ["Ops — ITIL", "Dev Team", "Start-up — Nantes"];
        assert_eq!(closest("Ops - ITIL", teams), Some("Ops — ITIL"));
        assert_eq!(closest("dev tem", teams), Some("Dev Team"));
        assert_eq!(closest("startup nantes", teams), Some("Start-up — Nantes"));
        assert_eq!(closest("Marketing", teams), None);
        assert_eq!(
            closest("ci.buld", ["ci.build", "ci.branching"]),
            Some("ci.build")
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("bnak", "bank"), 1);
        assert_eq!(closest("bnak", ["bank", "demo"]), Some("bank"));
    }
}
