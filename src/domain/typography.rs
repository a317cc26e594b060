//! French typography: which spaces a line may break at, and the check `questionnaire validate`
//! runs on a French questionnaire so that authors meet the standard of the built-in edition.
//! Pure: text in, warnings out.
//!
//! The rule checked (the house style of `devops-fr.json`, written in questionnaires/README.md):
//! a no-break space before « ; », « ? », « ! », « : » and « % » (after a number) and inside
//! « » ; the typographic apostrophe ’ ; no straight double quotes. Either no-break space
//! (U+00A0 or the narrow U+202F) is accepted everywhere; the message names the one the house
//! style uses: narrow before ; ? !, full before : and % and inside « ».

use super::questionnaire::Questionnaire;
use std::fmt;

/// No-break space (U+00A0): before « : » and « % », inside « ».
pub const NBSP: char = '\u{a0}';
/// Narrow no-break space (U+202F): before « ; », « ? » and « ! ».
pub const NNBSP: char = '\u{202f}';

/// Whether a line may break at `c`. Rust's `char::is_whitespace` (and `split_whitespace`) also
/// say yes for the no-break spaces, so a wrapper using them would move « ? » to the next line
/// and print an ordinary space where the text had a no-break one.
pub fn is_breaking_space(c: char) -> bool {
    c.is_whitespace() && !is_no_break_space(c)
}

/// U+00A0, U+202F and the figure space U+2007.
pub fn is_no_break_space(c: char) -> bool {
    matches!(c, NBSP | NNBSP | '\u{2007}')
}

/// Whether a BCP-47 tag is French (`fr`, `fr-FR`, `fr-CA`…).
pub fn is_french(language: &str) -> bool {
    let primary = language.trim().split('-').next().unwrap_or("");
    primary.eq_ignore_ascii_case("fr")
}

/// One typography problem in one field, located like the validation problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// `title`, `levels[1]`, `flow.name` (a dimension), `flow.feedback.descriptors[2]`…
    pub path: String,
    pub finding: Finding,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.finding)
    }
}

/// One kind of problem in one string: where it first occurs (a few characters around it) and
/// how many times. `Display` is the English; `app::i18n::questionnaire` words it in French.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub issue: Issue,
    pub count: usize,
    pub excerpt: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, advice) = self.issue.describe();
        if self.count == 1 {
            write!(f, "{what} (in \"{}\"); {advice}", self.excerpt)
        } else {
            write!(
                f,
                "{what} ({} times, first in \"{}\"); {advice}",
                self.count, self.excerpt
            )
        }
    }
}

/// Every typography warning for a French questionnaire, in document order; none for a
/// questionnaire in another language (English puts no space before « ? »).
pub fn french_warnings(q: &Questionnaire) -> Vec<Warning> {
    if !is_french(&q.language) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut check = |path: String, text: &str| {
        for finding in findings(text) {
            out.push(Warning {
                path: path.clone(),
                finding,
            });
        }
    };
    check("title".into(), &q.title);
    for (i, level) in q.levels.iter().enumerate() {
        check(format!("levels[{i}]"), level);
    }
    for d in &q.dimensions {
        check(format!("{}.name", d.id), &d.name);
        check(format!("{}.description", d.id), &d.description);
        for question in &d.questions {
            let at = &question.id;
            if let Some(title) = &question.title {
                check(format!("{at}.title"), title);
            }
            check(format!("{at}.text"), &question.text);
            if let Some(help) = &question.help {
                check(format!("{at}.help"), help);
            }
            for (i, text) in question.descriptors.iter().enumerate() {
                check(format!("{at}.descriptors[{i}]"), text);
            }
            for (i, r) in question.recommendations.iter().enumerate() {
                check(format!("{at}.recommendations[{i}].text"), &r.text);
            }
            for (i, r) in question.references.iter().enumerate() {
                check(format!("{at}.references[{i}].title"), &r.title);
            }
        }
    }
    out
}

/// A kind of typography problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Issue {
    /// An ordinary space before a sign that wants a no-break one.
    SpaceBefore(char),
    /// The sign is glued to the word before it.
    NothingBefore(char),
    SpaceAfterOpening,
    NothingAfterOpening,
    SpaceBeforeClosing,
    NothingBeforeClosing,
    Apostrophe,
    DoubleQuote,
}

impl Issue {
    /// What is wrong, and what to type instead.
    fn describe(self) -> (String, &'static str) {
        let wanted = |sign: char| {
            if matches!(sign, ';' | '?' | '!') {
                "use a narrow no-break space (U+202F)"
            } else {
                "use a no-break space (U+00A0)"
            }
        };
        let nbsp = "use a no-break space (U+00A0)";
        match self {
            Issue::SpaceBefore(c) => (format!("ordinary space before \"{c}\""), wanted(c)),
            Issue::NothingBefore(c) => (format!("no space before \"{c}\""), wanted(c)),
            Issue::SpaceAfterOpening => ("ordinary space after \"«\"".into(), nbsp),
            Issue::NothingAfterOpening => ("no space after \"«\"".into(), nbsp),
            Issue::SpaceBeforeClosing => ("ordinary space before \"»\"".into(), nbsp),
            Issue::NothingBeforeClosing => ("no space before \"»\"".into(), nbsp),
            Issue::Apostrophe => ("straight apostrophe".into(), "use ’ (U+2019)"),
            Issue::DoubleQuote => (
                "straight double quote".into(),
                "use « » with no-break spaces inside",
            ),
        }
    }
}

/// The warnings for one string in English: one message per kind of problem, with where it
/// first occurs and how many times, so a field full of straight apostrophes gives one line,
/// not twenty.
pub fn check_text(text: &str) -> Vec<String> {
    findings(text).iter().map(ToString::to_string).collect()
}

/// The problems of one string, one per kind, in the order they first occur.
pub fn findings(text: &str) -> Vec<Finding> {
    let chars: Vec<char> = text.chars().collect();
    let skip = web_addresses(&chars);
    let mut found: Vec<(Issue, usize, usize)> = Vec::new(); // issue, first index, count
    let mut note = |issue: Issue, at: usize| match found.iter_mut().find(|(i, _, _)| *i == issue) {
        Some((_, _, count)) => *count += 1,
        None => found.push((issue, at, 1)),
    };
    for (i, &c) in chars.iter().enumerate() {
        if skip[i] {
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        match c {
            ';' | '?' | '!' | ':' => {
                if c == ':' {
                    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
                    // 10:30, 3:1, std::fs, C:\ are not punctuation.
                    if (digit(prev) && digit(next))
                        || matches!(next, Some('/' | ':' | '\\'))
                        || prev == Some(':')
                    {
                        continue;
                    }
                }
                match prev {
                    Some(' ' | '\t') => note(Issue::SpaceBefore(c), i),
                    Some(p) if p.is_whitespace() || ";:?!".contains(p) => {}
                    // Glued to the word before, and used as punctuation (followed by a space,
                    // the end or closing punctuation) rather than inside a token such as "a?b".
                    Some(_)
                        if next
                            .is_none_or(|n| n.is_whitespace() || ")]»”’'\".,;:!?…".contains(n)) =>
                    {
                        note(Issue::NothingBefore(c), i);
                    }
                    // At the start of the text, or inside a token.
                    None | Some(_) => {}
                }
            }
            '%' => {
                let before_space = i.checked_sub(2).map(|j| chars[j]);
                match prev {
                    Some(' ') if before_space.is_some_and(|c| c.is_ascii_digit()) => {
                        note(Issue::SpaceBefore('%'), i);
                    }
                    Some(p) if p.is_ascii_digit() => note(Issue::NothingBefore('%'), i),
                    _ => {}
                }
            }
            '«' => match next {
                Some(' ' | '\t') => note(Issue::SpaceAfterOpening, i),
                Some(n) if !n.is_whitespace() => note(Issue::NothingAfterOpening, i),
                _ => {}
            },
            '»' => match prev {
                Some(' ' | '\t') => note(Issue::SpaceBeforeClosing, i),
                Some(p) if !p.is_whitespace() => note(Issue::NothingBeforeClosing, i),
                _ => {}
            },
            '\'' => note(Issue::Apostrophe, i),
            '"' => note(Issue::DoubleQuote, i),
            _ => {}
        }
    }
    found
        .into_iter()
        .map(|(issue, at, count)| Finding {
            issue,
            count,
            excerpt: excerpt(&chars, at),
        })
        .collect()
}

/// The characters of words that are web addresses, whose « : » and « ? » are not punctuation.
fn web_addresses(chars: &[char]) -> Vec<bool> {
    let mut skip = vec![false; chars.len()];
    let mut start = 0;
    while start < chars.len() {
        if chars[start].is_whitespace() {
            start += 1;
            continue;
        }
        let end = (start..chars.len())
            .find(|&j| chars[j].is_whitespace())
            .unwrap_or(chars.len());
        let word: String = chars[start..end].iter().collect();
        if word.contains("://") || word.starts_with("www.") {
            skip[start..end].iter_mut().for_each(|s| *s = true);
        }
        start = end;
    }
    skip
}

/// A few characters around `at`, enough to find the place in an editor.
fn excerpt(chars: &[char], at: usize) -> String {
    let from = at.saturating_sub(14);
    let to = (at + 8).min(chars.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.extend(&chars[from..to]);
    if to < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages without their location.
    fn kinds(text: &str) -> Vec<String> {
        check_text(text)
            .into_iter()
            .map(|m| {
                let (what, rest) = m.split_once(" (").unwrap();
                let advice = rest.split_once("); ").unwrap().1;
                format!("{what}; {advice}")
            })
            .collect()
    }

    #[test]
    fn no_break_spaces_are_not_breaking_spaces() {
        assert!(is_breaking_space(' '));
        assert!(is_breaking_space('\t'));
        assert!(is_breaking_space('\n'));
        for c in [NBSP, NNBSP, '\u{2007}'] {
            assert!(c.is_whitespace(), "the reason this module exists");
            assert!(!is_breaking_space(c), "{c:?}");
        }
    }

    #[test]
    fn well_set_french_passes() {
        for text in [
            "Qui décide\u{202f}? L’équipe\u{202f}; enfin\u{202f}!",
            "Deux points\u{a0}: voilà, à 10\u{a0}% près.",
            "Elle dit «\u{a0}ça marche\u{a0}» et «\u{202f}c’est fait\u{202f}».",
            "Voir https://dora.dev/capabilities/?q=1 et www.example.com:8080, à 10:30, ratio 3:1.",
            "Vraiment\u{202f}?!",
            "",
        ] {
            assert_eq!(check_text(text), Vec::<String>::new(), "{text:?}");
        }
    }

    #[test]
    fn each_problem_is_named() {
        assert_eq!(
            kinds("Qui ? Quoi : où ; vite !"),
            [
                "ordinary space before \"?\"; use a narrow no-break space (U+202F)",
                "ordinary space before \":\"; use a no-break space (U+00A0)",
                "ordinary space before \";\"; use a narrow no-break space (U+202F)",
                "ordinary space before \"!\"; use a narrow no-break space (U+202F)",
            ]
        );
        assert_eq!(
            kinds("Qui? Quoi: 10%"),
            [
                "no space before \"?\"; use a narrow no-break space (U+202F)",
                "no space before \":\"; use a no-break space (U+00A0)",
                "no space before \"%\"; use a no-break space (U+00A0)",
            ]
        );
        assert_eq!(
            kinds("« oui » et «non»"),
            [
                "ordinary space after \"«\"; use a no-break space (U+00A0)",
                "ordinary space before \"»\"; use a no-break space (U+00A0)",
                "no space after \"«\"; use a no-break space (U+00A0)",
                "no space before \"»\"; use a no-break space (U+00A0)",
            ]
        );
        assert_eq!(
            kinds("l'équipe dit \"oui\" à 10 %"),
            [
                "straight apostrophe; use ’ (U+2019)",
                "straight double quote; use « » with no-break spaces inside",
                "ordinary space before \"%\"; use a no-break space (U+00A0)",
            ]
        );
    }

    #[test]
    fn repeats_are_counted_and_located() {
        let messages = check_text("l'une, l'autre et l'équipe");
        assert_eq!(
            messages,
            ["straight apostrophe (3 times, first in \"l'une, l'…\"); use ’ (U+2019)"]
        );
        let messages = check_text("Comment les équipes choisissent-elles leurs outils ?");
        assert_eq!(
            messages,
            [
                "ordinary space before \"?\" (in \"… leurs outils ?\"); use a narrow no-break space (U+202F)"
            ]
        );
    }

    #[test]
    fn only_french_questionnaires_are_checked() {
        assert!(is_french("fr"));
        assert!(is_french("fr-CA"));
        assert!(is_french("FR-fr"));
        assert!(!is_french("en"));
        assert!(!is_french("fro"));
    }
}
