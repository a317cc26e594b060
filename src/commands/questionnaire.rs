//! `questionnaire validate|show|coverage`: checking and printing questionnaires.

use crate::app::i18n::questionnaire as words;
use crate::app::i18n::{self, Lang};
use crate::app::questionnaires::{load as load_questionnaire, read_file};
use crate::cli::{QuestionnaireCommand, ShowFormat};
use crate::domain::{Questionnaire, capabilities, typography};
use crate::error::Error;
use crate::report::format::{fit, scale_line};

pub fn run(command: &QuestionnaireCommand, forced: Option<Lang>) -> Result<(), Error> {
    // The questionnaire's own language, unless `--lang` says otherwise.
    let lang_of = |q: &Questionnaire| i18n::for_questionnaire(forced, &q.language);
    match command {
        QuestionnaireCommand::Validate { file } => {
            let q = read_file(file)?;
            let lang = lang_of(&q);
            let shown = file.display().to_string();
            // Typography is advice, not validity: the file is usable, so the exit code stays 0.
            let warnings = typography::french_warnings(&q);
            for w in &warnings {
                warn!("{}{}", i18n::cli::warning(lang), words::warning(lang, w));
            }
            say!("{}", words::valid(lang, &shown, &q));
            if !warnings.is_empty() {
                warn!("{}", words::typography_total(lang, &shown, warnings.len()));
            }
            Ok(())
        }
        QuestionnaireCommand::Show { file, format } => {
            let q = load_questionnaire(file.as_deref())?;
            say_raw!(
                "{}",
                match format {
                    ShowFormat::Text => render_text(&q),
                    ShowFormat::Markdown => render_markdown(&q),
                }
            );
            Ok(())
        }
        QuestionnaireCommand::Coverage { file, strict } => {
            let q = load_questionnaire(file.as_deref())?;
            let (text, uncovered) = render_coverage(&q, lang_of(&q));
            say_raw!("{text}");
            if *strict && uncovered > 0 {
                return Err(words::Coverage::strict_error(uncovered));
            }
            Ok(())
        }
    }
}

/// The coverage listing in `lang` and the number of capabilities no question measures.
pub fn render_coverage(q: &Questionnaire, lang: Lang) -> (String, usize) {
    let w = words::Coverage { lang };
    let coverage = capabilities::coverage(q);
    let uncovered: Vec<_> = coverage.iter().filter(|(_, qs)| qs.is_empty()).collect();
    let mut out = format!("{}\n\n", w.heading(&q.title));
    for (_, question) in q.questions() {
        let tags = if question.capabilities.is_empty() {
            w.none().to_string()
        } else {
            question.capabilities.join(", ")
        };
        out.push_str(&format!("  {}  {tags}\n", fit(&question.id, 30)));
    }
    out.push_str(&format!(
        "\n{}\n",
        w.measured(coverage.len() - uncovered.len(), coverage.len())
    ));
    for group in ["technical", "process", "cultural"] {
        out.push_str(&format!("\n{}\n", w.group(group)));
        for (cap, questions) in coverage.iter().filter(|(c, _)| c.group == group) {
            let by = if questions.is_empty() {
                w.not_measured_mark().to_string()
            } else {
                questions.join(", ")
            };
            out.push_str(&format!("  {}  {by}\n", fit(w.capability(cap), 48)));
        }
    }
    if uncovered.is_empty() {
        out.push_str(&format!("\n{}\n", w.all_measured()));
    } else {
        let names: Vec<&str> = uncovered.iter().map(|(c, _)| c.id.as_str()).collect();
        out.push_str(&format!("\n{}\n", w.not_measured(&names.join(", "))));
    }
    (out, uncovered.len())
}

/// The questionnaire as text, the tool's words in its language (French for a French one).
pub fn render_text(q: &Questionnaire) -> String {
    let l = crate::report::Lang::from_tag(&q.language).labels();
    let [
        weight,
        title_word,
        core,
        roles_word,
        owners_word,
        formerly,
        since_word,
        caps,
        to,
        see,
    ] = l.questionnaire_words();
    let mut out = String::new();
    let line = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&mut out, &q.title);
    line(
        &mut out,
        &format!(
            "{} {} ({}), {} dimensions, {} questions",
            q.id,
            q.version,
            q.language,
            q.dimensions.len(),
            q.question_count()
        ),
    );
    line(
        &mut out,
        &format!("{}{}", l.colon(l.levels), scale_line(&q.levels)),
    );
    for (di, d) in q.dimensions.iter().enumerate() {
        line(&mut out, "");
        line(
            &mut out,
            &format!(
                "{}. {} [{}] ({weight} {})",
                di + 1,
                d.name,
                d.id,
                l.number(d.weight)
            ),
        );
        line(&mut out, &format!("   {}", d.description));
        for (qi, question) in d.questions.iter().enumerate() {
            line(&mut out, "");
            line(
                &mut out,
                &format!(
                    "  {}.{} {} [{}]",
                    di + 1,
                    qi + 1,
                    question.text,
                    question.id
                ),
            );
            if let Some(title) = &question.title {
                line(&mut out, &format!("      {}{title}", l.colon(title_word)));
            }
            if let Some(help) = &question.help {
                line(&mut out, &format!("      {help}"));
            }
            let mut tags = Vec::new();
            if question.core {
                tags.push(core.to_string());
            }
            let role_list = |list: &[crate::domain::Role]| {
                list.iter()
                    .map(|&r| if l.fr() { l.role(r) } else { r.as_str() })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if !question.roles.is_empty() {
                tags.push(l.colon(roles_word) + &role_list(&question.roles));
            }
            if !question.owners.is_empty() {
                tags.push(l.colon(owners_word) + &role_list(&question.owners));
            }
            if !question.formerly.is_empty() {
                tags.push(l.colon(formerly) + &question.formerly.join(", "));
            }
            if let Some(since) = &question.levels_since {
                tags.push(l.colon(since_word) + since);
            }
            if !question.capabilities.is_empty() {
                tags.push(l.colon(caps) + &question.capabilities.join(", "));
            }
            if !tags.is_empty() {
                line(&mut out, &format!("      ({})", tags.join(l.semicolon())));
            }
            for (li, descriptor) in question.descriptors.iter().enumerate() {
                line(
                    &mut out,
                    &format!(
                        "      {}{descriptor}",
                        l.colon(&format!("{} {}", li + 1, q.level_label(li as u8 + 1)))
                    ),
                );
                if let Some(r) = question.recommendations.get(li) {
                    let head = format!("→ {to} {} [{}]", li + 2, l.effort_value(r.effort));
                    line(&mut out, &format!("          {}{}", l.colon(&head), r.text));
                }
            }
            for r in &question.references {
                line(
                    &mut out,
                    &format!("      {}{} <{}>", l.colon(see), r.title, r.url),
                );
            }
        }
    }
    out
}

pub fn render_markdown(q: &Questionnaire) -> String {
    let mut out = format!(
        "# {}\n\n`{}` version {} · language `{}` · {} dimensions · {} questions\n\n",
        md(&q.title),
        q.id,
        q.version,
        q.language,
        q.dimensions.len(),
        q.question_count()
    );
    out.push_str("| Level | Label |\n|---|---|\n");
    for (i, l) in q.levels.iter().enumerate() {
        out.push_str(&format!("| {} | {} |\n", i + 1, md(l)));
    }
    for (di, d) in q.dimensions.iter().enumerate() {
        out.push_str(&format!(
            "\n## {}. {}\n\n{} *(id `{}`, weight {})*\n",
            di + 1,
            md(&d.name),
            md(&d.description),
            d.id,
            d.weight
        ));
        for (qi, question) in d.questions.iter().enumerate() {
            out.push_str(&format!(
                "\n### {}.{} {}\n\n`{}`",
                di + 1,
                qi + 1,
                md(&question.text),
                question.id
            ));
            if let Some(title) = &question.title {
                out.push_str(&format!(" · title: {}", md(title)));
            }
            if question.core {
                out.push_str(" · core");
            }
            if !question.roles.is_empty() {
                let roles: Vec<&str> = question.roles.iter().map(|r| r.as_str()).collect();
                out.push_str(&format!(" · roles: {}", roles.join(", ")));
            }
            if !question.owners.is_empty() {
                let owners: Vec<&str> = question.owners.iter().map(|r| r.as_str()).collect();
                out.push_str(&format!(" · owners: {}", owners.join(", ")));
            }
            if !question.formerly.is_empty() {
                out.push_str(&format!(" · formerly: {}", question.formerly.join(", ")));
            }
            if let Some(since) = &question.levels_since {
                out.push_str(&format!(" · levels_since: {since}"));
            }
            if !question.capabilities.is_empty() {
                out.push_str(&format!(
                    " · capabilities: {}",
                    question.capabilities.join(", ")
                ));
            }
            out.push('\n');
            if let Some(help) = &question.help {
                out.push_str(&format!("\n> {}\n", md(help)));
            }
            out.push_str("\n| Level | What the team does | To reach the next level | Effort |\n|---|---|---|---|\n");
            for (li, descriptor) in question.descriptors.iter().enumerate() {
                let (rec, effort) = question
                    .recommendations
                    .get(li)
                    .map_or((String::new(), String::new()), |r| {
                        (md(&r.text), r.effort.to_string())
                    });
                out.push_str(&format!(
                    "| {} {} | {} | {} | {} |\n",
                    li + 1,
                    md(q.level_label(li as u8 + 1)),
                    md(descriptor),
                    rec,
                    effort
                ));
            }
            if !question.references.is_empty() {
                out.push('\n');
                for r in &question.references {
                    out.push_str(&format!("- [{}]({})\n", md(&r.title), r.url));
                }
            }
        }
    }
    out
}

/// Escapes the characters that would break a Markdown table cell or start markup.
fn md(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
}
