//! Rules for the free-text names users give to assessments, teams and respondents.

/// Longest name we accept; longer ones break every table and file name.
pub const MAX_NAME_CHARS: usize = 80;

/// Trims `name` and checks it is usable: not empty, not too long, no control characters.
/// `what` says what the name is for ("team name"), so the error reads on its own.
pub fn clean_name(what: &str, name: &str) -> Result<String, String> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(format!("{what} must not be empty"));
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "{what} \"{}…\" is longer than {MAX_NAME_CHARS} characters",
            trimmed.chars().take(20).collect::<String>()
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(format!("{what} must not contain control characters"));
    }
    Ok(trimmed.to_string())
}

/// Whether two names given by people mean the same team or respondent: surrounding spaces and
/// letter case do not count ("élodie " is "Élodie"), so nobody gets a near-duplicate sheet.
/// The one matching rule for teams and respondents, in the TUI and the CLI alike.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a == b || a.to_lowercase() == b.to_lowercase()
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
    fn same_name_ignores_case_and_surrounding_spaces() {
        assert!(same_name("élodie", "Élodie"));
        assert!(same_name("  ÉLODIE ", "Élodie"));
        assert!(same_name("Ops/Run", "ops/run"));
        assert!(!same_name("Elodie", "Élodie"));
        assert!(!same_name("Paris", "Paris 2"));
    }
}
