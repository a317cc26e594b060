//! The portfolio layout of the Markdown report (more than eight teams, `report::portfolio`),
//! the PDF's body in the PDF's order (`to_document::portfolio`): under the key messages, the
//! teams furthest from target and the ranking per dimension; then the portfolio chapter (the
//! roadmap most teams need, the clusters of similar teams, the widest disagreements, the
//! heatmap of every team × dimension sorted by overall score with the target on its first row),
//! then the chapters of the teams named with `--team-pages` only. Questions by title; the words
//! are those of `labels::portfolio`, so both formats say the same in both languages.

use super::cell;
use crate::domain::compare::Comparison;
use crate::report::Report;
use crate::report::labels::SINGLE;
use crate::report::labels::portfolio::{PortfolioWords, words};
use crate::report::model::GapBin;
use crate::report::portfolio::Portfolio;
use std::fmt::Write;

fn w(r: &Report) -> &'static PortfolioWords {
    words(r.lang)
}

fn team_name(c: &Comparison, ti: usize) -> String {
    cell(&c.teams[ti].name)
}

/// The synthesis after its key messages: the weakest teams, then each dimension's ranking.
pub(super) fn synthesis(out: &mut String, r: &Report, p: &Portfolio) {
    furthest(out, r, p);
    ranking(out, r, p);
}

/// The portfolio chapter, then the team sections asked for with `--team-pages`, in that order.
pub(super) fn body(out: &mut String, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    let _ = writeln!(out, "## {}\n", pw.portfolio);
    roadmap(out, r, p);
    clusters(out, r, p);
    disagreements(out, r, p);
    let _ = writeln!(out, "### {}\n", l.heatmap);
    heatmap(out, r, p);
    let named: Vec<String> = r
        .team_pages
        .iter()
        .map(|&ti| c.teams[ti].name.clone())
        .collect();
    let _ = writeln!(out, "{}\n", cell(&pw.team_pages_note(&named)));
    for &ti in &r.team_pages {
        if let Some(chapter) = r.chapters.iter().find(|ch| ch.index == ti) {
            super::report::team(out, r, chapter);
        }
    }
}

/// The chapters the contents list after the synthesis: the portfolio, then the team pages.
pub(super) fn chapters(r: &Report) -> Vec<String> {
    std::iter::once(w(r).portfolio.to_string())
        .chain(
            r.team_pages
                .iter()
                .map(|&ti| r.comparison.teams[ti].name.clone()),
        )
        .collect()
}

/// "1 = Culture; 2 = …": the dimensions by number, for the heatmap's narrow columns.
fn dimension_legend(r: &Report) -> String {
    r.comparison
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| format!("{} = {}", i + 1, d.name))
        .collect::<Vec<_>>()
        .join(r.labels().semicolon())
}

/// One row per team, highest overall first, after a row with the targets; a column for the
/// overall score and one per dimension (numbered), each cell with its bin's symbol.
fn heatmap(out: &mut String, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let numbers: Vec<String> = (1..=c.dimensions.len()).map(|i| i.to_string()).collect();
    let _ = writeln!(
        out,
        "| # | {} | {} | {} |\n|--:|---|--:|{}",
        l.team,
        l.overall,
        numbers.join(" | "),
        ":-:|".repeat(numbers.len())
    );
    let target_overall = c.teams.first().map_or(0.0, |t| t.target);
    let targets: Vec<String> = c
        .dimensions
        .iter()
        .map(|d| l.score(Some(d.target)))
        .collect();
    let _ = writeln!(
        out,
        "| | **{}** | {} | {} |",
        l.target,
        l.score(Some(target_overall)),
        targets.join(" | ")
    );
    let symbol = |bin: GapBin| {
        bin.index()
            .map(|i| super::report::BIN_SYMBOLS[usize::from(i)])
    };
    let mut single = false;
    for (rank, &ti) in p.order.iter().enumerate() {
        let t = &c.teams[ti];
        let overall = match symbol(GapBin::of(t.overall, t.target)) {
            Some(s) => format!("{s} {}", l.score(t.overall)),
            None => l.not_assessed.to_string(),
        };
        let cells: Vec<String> = r
            .synthesis
            .heatmap
            .iter()
            .map(|row| {
                let hc = &row.cells[ti];
                single |= hc.single_answer;
                match symbol(hc.bin) {
                    None => l.not_assessed.to_string(),
                    Some(s) => format!(
                        "{s} {}{}",
                        l.score(hc.score),
                        if hc.single_answer { SINGLE } else { "" }
                    ),
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {overall} | {} |",
            rank + 1,
            team_name(c, ti),
            cells.join(" | ")
        );
    }
    let key: Vec<String> = super::report::BIN_SYMBOLS
        .iter()
        .zip(l.bins)
        .map(|(s, b)| format!("{s} {b}"))
        .collect();
    let _ = writeln!(
        out,
        "\n{} · {}\n\n{} {}\n",
        key.join(" · "),
        l.not_assessed,
        cell(&l.heatmap_caption(c.questionnaire.levels.len(), single, true)),
        cell(&w(r).heatmap_note(&dimension_legend(r)))
    );
}

fn ranking(out: &mut String, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    let list = |teams: &[(usize, f64)]| {
        teams
            .iter()
            .map(|&(ti, s)| format!("{} {}", team_name(c, ti), l.score(Some(s))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        out,
        "### {}\n\n| {} | {} | {} | {} | {} | {} | {} |\n|---|--:|--:|:-:|--:|---|---|",
        pw.ranking,
        l.dimension,
        l.target,
        pw.median_of_teams,
        pw.middle_half,
        pw.at_target,
        pw.lowest,
        pw.highest
    );
    for k in &p.rankings {
        let d = &c.dimensions[k.dimension];
        // Fewer than half the teams at target: the dimension is a common weakness.
        let met = l.of(k.met, k.scored);
        let met = if k.met * 2 < k.scored {
            format!("**{met}**")
        } else {
            met
        };
        let middle = k.quartiles.map_or_else(
            || "–".to_string(),
            |q| pw.between_cell(&l.score(Some(q.q1)), &l.score(Some(q.q3))),
        );
        let _ = writeln!(
            out,
            "| {}. {} | {} | {} | {middle} | {met} | {} | {} |",
            k.dimension + 1,
            cell(&d.name),
            l.score(Some(d.target)),
            l.score(k.median),
            list(&k.lowest),
            list(&k.highest)
        );
    }
    let _ = writeln!(out, "\n{}\n", cell(&pw.ranking_note(c.teams.len())));
}

fn furthest(out: &mut String, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    let _ = writeln!(
        out,
        "### {}\n\n| # | {} | {} | {} | {} | {} |\n|--:|---|--:|--:|--:|---|",
        pw.furthest, l.team, l.overall, l.target, l.gap, pw.weakest_dimensions
    );
    for (i, g) in p.furthest.iter().enumerate() {
        let weakest = g
            .weakest
            .iter()
            .map(|&di| {
                let d = &c.dimensions[di];
                format!("{} {}", cell(&d.name), l.score(d.teams[g.team].score))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | **{}** | {weakest} |",
            i + 1,
            team_name(c, g.team),
            l.score(Some(g.overall)),
            l.score(Some(g.target)),
            l.score(Some(g.gap))
        );
    }
    let _ = writeln!(out, "\n{}\n", cell(&pw.furthest_note(p.furthest.len())));
}

fn roadmap(out: &mut String, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    if p.roadmap.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "### {}\n\n| # | {} | {} | {} | {} | {} | {} |\n|--:|---|--:|--:|---|---|---|",
        pw.roadmap,
        l.question,
        pw.teams_needing,
        pw.in_first_horizon,
        pw.most_common_step,
        l.effort,
        l.action
    );
    for (i, s) in p.roadmap.iter().enumerate() {
        let step = pw.step_with_teams(
            &l.step_value(s.from_level, s.to_level, c.level_label(s.to_level)),
            s.step_teams,
        );
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            i + 1,
            cell(&c.questions[s.question].title),
            l.of(s.teams, c.teams.len()),
            s.first_horizon,
            cell(&step),
            l.effort_value(s.effort),
            cell(&s.text)
        );
    }
    let _ = writeln!(out, "\n{}\n", cell(&pw.roadmap_note(c.teams.len())));
}

fn clusters(out: &mut String, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    let _ = writeln!(out, "### {}\n", pw.clusters);
    if !p.clusters.is_empty() {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|--:|---|",
            pw.shared_weakest, l.teams, l.team
        );
        for k in &p.clusters {
            let dims = k
                .dimensions
                .iter()
                .map(|&di| cell(&c.dimensions[di].name))
                .collect::<Vec<_>>()
                .join(" + ");
            let teams = k
                .teams
                .iter()
                .map(|&ti| team_name(c, ti))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(out, "| {dims} | {} | {teams} |", k.teams.len());
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}\n",
        cell(&pw.clusters_note(p.clusters.len(), p.cluster_count, p.unclustered))
    );
}

fn disagreements(out: &mut String, r: &Report, p: &Portfolio) {
    let c = &r.comparison;
    let l = r.labels();
    let pw = w(r);
    if p.disagreeing.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "### {}\n\n| {} | {} | {} |\n|---|--:|---|",
        pw.disagreements, l.team, pw.in_disagreement, pw.widest
    );
    for t in &p.disagreeing {
        let widest = t.widest.map_or(String::new(), |(qi, lo, hi, unknown)| {
            let mut text = c.questions[qi].title.clone();
            if let (Some(lo), Some(hi)) = (lo, hi)
                && hi > lo
            {
                let _ = write!(text, " ({})", pw.levels_range(lo, hi));
            }
            if unknown > 0 {
                let _ = write!(
                    text,
                    " — {unknown} × {}",
                    l.answer(Some(crate::domain::Answer::Unknown))
                );
            }
            text
        });
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            team_name(c, t.team),
            l.of(t.count, c.questions.len()),
            cell(&widest)
        );
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        cell(&pw.disagreements_note(c.options.disagreement_spread))
    );
    if !p.disputed.is_empty() {
        let items: Vec<String> = p
            .disputed
            .iter()
            .take(5)
            .map(|&(qi, n)| format!("{} ({})", c.questions[qi].title, pw.teams_count(n)))
            .collect();
        let _ = writeln!(out, "{}\n", cell(&pw.disputed(&items)));
    }
}

/// Low-coverage cells a portfolio's caveats name (as many as the PDF's).
pub(super) const LOW_COVERAGE_ITEMS: usize = 8;

/// Who answered, summed over every team: the method's one row for a portfolio.
pub(super) fn all_teams(
    r: &Report,
    roles: &[Option<crate::domain::Role>],
) -> crate::report::model::TeamRoles {
    use crate::report::model::{RoleTally, TeamRoles};
    let m = &r.method;
    TeamRoles {
        team: format!("{} ({})", w(r).all_teams, r.comparison.teams.len()),
        respondents: m.respondents.iter().map(|t| t.respondents).sum(),
        roles: roles
            .iter()
            .map(|role| RoleTally {
                role: *role,
                count: m
                    .respondents
                    .iter()
                    .flat_map(|t| &t.roles)
                    .filter(|x| x.role == *role)
                    .map(|x| x.count)
                    .sum(),
            })
            .collect(),
    }
}

/// Coverage per dimension over many teams: the lowest, the median, and how many teams answered
/// under half of the dimension's questions (one column per team would be hundreds wide).
pub(super) fn coverage(out: &mut String, r: &Report) {
    let l = r.labels();
    let pw = w(r);
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|--:|--:|--:|",
        l.dimension, pw.lowest_coverage, pw.median_coverage, pw.under_half
    );
    for row in &r.method.coverage {
        let mut shares = row.teams.clone();
        shares.sort_by(f64::total_cmp);
        let lowest = shares.first().copied().unwrap_or_default();
        let median = shares.get(shares.len() / 2).copied().unwrap_or_default();
        let under = shares
            .iter()
            .filter(|s| **s + 1e-9 < crate::domain::scoring::LOW_COVERAGE)
            .count();
        let lowest = if under > 0 {
            format!("⚠ {}", l.pct(lowest))
        } else {
            l.pct(lowest)
        };
        let _ = writeln!(
            out,
            "| {} | {lowest} | {} | {under} |",
            cell(&row.dimension),
            l.pct(median)
        );
    }
    let _ = writeln!(out, "\n{}", l.coverage_caption());
}

#[cfg(test)]
mod tests {
    use crate::report::model::Appendix;
    use crate::report::{Lang, Report, ReportOptions, markdown};

    fn report(team_pages: &[&str], lang: Option<Lang>) -> String {
        report_of(
            crate::report::portfolio::tests::ten_teams(),
            team_pages,
            lang,
        )
    }

    fn report_of(c: crate::domain::Comparison, team_pages: &[&str], lang: Option<Lang>) -> String {
        markdown::render_report(&Report::build(
            c,
            &ReportOptions {
                created: "2026-03-12T09:30:00Z".to_string(),
                team_pages: team_pages.iter().map(|t| (*t).to_string()).collect(),
                appendix: Appendix::None,
                lang,
                ..ReportOptions::default()
            },
        ))
    }

    /// The headings of one level, in order.
    fn headings(md: &str, level: usize) -> Vec<String> {
        let mark = format!("{} ", "#".repeat(level));
        md.lines()
            .filter_map(|l| l.strip_prefix(&mark))
            .map(str::to_string)
            .collect()
    }

    /// The lines of the section under `heading` (up to the next heading of any level).
    fn section<'m>(md: &'m str, heading: &str) -> Vec<&'m str> {
        md.lines()
            .skip_while(|l| l.trim_start_matches('#').trim() != heading || !l.starts_with('#'))
            .skip(1)
            .take_while(|l| !l.starts_with('#'))
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn ten_teams_get_the_portfolio_body_and_only_the_team_sections_asked_for() {
        let md = report(&["T3", "T0"], None);
        // Team sections only for the teams named, in the order named; no per-team profile,
        // synchronisation plan or rhythm chapter.
        assert_eq!(
            headings(&md, 2),
            [
                "Contents",
                "Synthesis",
                "Portfolio",
                "T3",
                "T0",
                "Method and limits"
            ]
        );
        let contents = section(&md, "Contents");
        assert_eq!(contents.len(), 5, "{contents:?}");
        assert!(contents[1].starts_with("- [Portfolio]"), "{contents:?}");
        let sections = headings(&md, 3);
        let at = |s: &str| {
            sections
                .iter()
                .position(|x| x == s)
                .unwrap_or_else(|| panic!("no section {s:?} in {sections:?}"))
        };
        // The weakest teams and the ranking lead; the long heatmap closes the portfolio.
        assert!(at("Teams furthest from target") < at("Ranking per dimension"));
        assert!(at("Ranking per dimension") < at("Portfolio roadmap: the steps most teams need"));
        assert!(at("Teams with similar profiles") < at("Widest disagreements within teams"));
        assert!(at("Widest disagreements within teams") < at("Gap to target, team by dimension"));
        // Every team's own chapter (strengths, weaknesses, roadmap) only twice.
        assert_eq!(sections.iter().filter(|s| *s == "Strengths").count(), 2);

        // The heatmap: the target row, then the ten teams by overall score, highest first.
        let heatmap = section(&md, "Gap to target, team by dimension");
        let rows: Vec<&str> = heatmap
            .iter()
            .copied()
            .filter(|l| l.starts_with('|'))
            .collect();
        // Header, rule, target, ten teams; # + team + overall + 13 dimensions.
        assert_eq!(rows.len(), 13, "{heatmap:?}");
        assert_eq!(rows[0].matches(" | ").count() + 1, 16, "{}", rows[0]);
        assert!(rows[2].starts_with("| | **Target** | 4.0 |"), "{}", rows[2]);
        assert!(rows[3].starts_with("| 1 | T7 | ● 4.0 |"), "{}", rows[3]);
        assert!(rows[12].starts_with("| 10 | T0 |"), "{}", rows[12]);
        assert!(
            heatmap
                .iter()
                .any(|l| l.contains("Teams sorted by overall score"))
        );

        // The furthest from target: T0 first, with its two weakest dimensions by name.
        let furthest = section(&md, "Teams furthest from target");
        let c = crate::report::portfolio::tests::ten_teams();
        let (d0, d1) = (&c.dimensions[0].name, &c.dimensions[1].name);
        assert!(
            furthest[2].starts_with("| 1 | T0 |")
                && furthest[2].contains(&format!("{d0} 1.0, {d1} 1.0")),
            "{furthest:?}"
        );
        // The clusters and their rule; the portfolio roadmap by question title, never by id.
        let clusters = section(&md, "Teams with similar profiles");
        assert!(
            clusters
                .iter()
                .any(|l| l.contains(&format!("| {d0} + {d1} | 4 | T0, T1, T2, T3 |"))),
            "{clusters:?}"
        );
        assert!(
            clusters
                .iter()
                .any(|l| l.contains("two weakest dimensions"))
        );
        let roadmap = section(&md, "Portfolio roadmap: the steps most teams need");
        let q3 = c
            .questions
            .iter()
            .find(|q| q.dimension_id == c.dimensions[3].id)
            .unwrap();
        assert!(
            roadmap[2].starts_with(&format!("| 1 | {} | 8 of 10 |", q3.title)),
            "{roadmap:?}"
        );
        assert!(!roadmap.iter().any(|l| l.contains(&q3.id)), "{roadmap:?}");
        let disagreements = section(&md, "Widest disagreements within teams");
        assert!(
            disagreements[2].starts_with(&format!(
                "| T9 | 1 of {} | {} (levels 2–4)",
                c.questions.len(),
                q3.title
            )),
            "{disagreements:?}"
        );
        assert!(md.contains("Team pages (--team-pages) follow: T3, T0."));
        // The method sums the teams on one row.
        let who = section(&md, "Who answered");
        assert!(
            who.iter().any(|l| l.starts_with("| All teams (10) | 20 |")),
            "{who:?}"
        );
        assert!(!who.iter().any(|l| l.starts_with("| T0 |")), "{who:?}");

        // Without --team-pages: no team section, and the note says how to get them.
        let md = report(&[], None);
        assert_eq!(
            headings(&md, 2),
            ["Contents", "Synthesis", "Portfolio", "Method and limits"]
        );
        assert!(md.contains("No team pages in this report: name teams with --team-pages"));
        assert!(!headings(&md, 3).iter().any(|s| s == "Strengths"));
    }

    /// The key messages, one a line, without the bullet.
    fn messages(md: &str, heading: &str) -> Vec<String> {
        section(md, heading)
            .iter()
            .filter_map(|l| l.strip_prefix("- "))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn portfolio_key_messages_speak_of_the_middle_half_not_of_the_extremes() {
        let c = crate::report::portfolio::tests::ten_teams();
        let d: Vec<String> = c.dimensions.iter().map(|d| d.name.clone()).collect();
        let md = report(&[], None);
        let m = messages(&md, "Key messages");
        assert_eq!(m.len(), 5, "{m:#?}");
        // Overall 2.6 to 4.0: quartiles 2.7 and 3.9; T0–T5 more than a level short; T7, T8
        // and T9 (3.98) at target.
        assert_eq!(
            m[0],
            "Overall, the median team scores 2.8 against a target of 4.0, and the middle half \
             of the 10 teams lies between 2.7 and 3.9; 6 teams are more than a level below \
             target and 3 meet it."
        );
        // Dimensions 0 and 1 span 1 to 4 in their middle half; dimension 3 only 3.0 to 3.6.
        assert_eq!(
            m[1],
            format!(
                "Spread across the teams: the middle half of the teams spans a level or more on \
                 12 of 13 dimensions, most of all {} (1.0 to 4.0) and {} (1.0 to 4.0); the \
                 narrowest is {} (3.0 to 3.6).",
                d[0], d[1], d[3]
            )
        );
        // Dimension 3: two teams in ten at target, close together: nobody shows the way.
        assert_eq!(
            m[2],
            format!(
                "Weak almost everywhere, one team in four or fewer at target, on 1 of 13 \
                 dimensions: {} (median 3.0).",
                d[3]
            )
        );
        assert_eq!(
            m[3],
            format!(
                "Teams to learn from: 12 of 13 dimensions are uneven with more than one team in \
                 ten at target, the most at target on {} (4 of 10) and {} (4 of 10); none on \
                 {}, a matter for the whole portfolio.",
                d[0], d[1], d[3]
            )
        );
        assert!(
            m[4].starts_with("The first action most teams share"),
            "{}",
            m[4]
        );
        // The messages of a few teams name the extremes: not here.
        for few in ["range from", "Two speeds", "Riskiest"] {
            assert!(!md.contains(few), "{few:?} in a portfolio: {m:#?}");
        }
        // The method states the rules; the ranking shows the middle half it rests on.
        let rules = section(&md, "Scoring rules").join("\n");
        assert!(rules.contains("QUARTILE.INC"), "{rules}");
        assert!(
            rules.contains("one team in four or fewer meets its target"),
            "{rules}"
        );
        let ranking = section(&md, "Ranking per dimension");
        assert!(
            ranking[0].contains("| Median of teams | Middle half |"),
            "{ranking:?}"
        );
        assert!(
            ranking[2].starts_with(&format!(
                "| 1. {} | 4.0 | 3.0 | 1.0–4.0 | **4 of 10** |",
                d[0]
            )),
            "{ranking:?}"
        );

        // Close together and weak everywhere: no teams to learn from.
        let md = report_of(
            crate::report::portfolio::tests::twelve_close_teams(),
            &[],
            None,
        );
        let m = messages(&md, "Key messages");
        assert_eq!(
            m[0],
            "Overall, the median team scores 3.1 against a target of 4.0, and the middle half \
             of the 12 teams scores 3.1; no team is more than a level below target and none \
             meets it."
        );
        assert_eq!(
            m[1],
            format!(
                "Close together: on every dimension the middle half of the teams lies within \
                 less than a level; the widest is {} (at 3.0).",
                d[0]
            )
        );
        assert_eq!(
            m[2],
            format!(
                "Weak almost everywhere, one team in four or fewer at target, on all 13 \
                 dimensions; lowest medians: {} (3.0), {} (3.0) and {} (3.0).",
                d[0], d[1], d[2]
            )
        );
        assert_eq!(
            m[3],
            "No teams to learn from: no dimension is uneven with more than one team in ten at \
             target; the common weaknesses are a matter for the whole portfolio."
        );
    }

    #[test]
    fn french_portfolio_key_messages_in_french_numbers_and_typography() {
        let c = crate::report::portfolio::tests::ten_teams();
        let d3 = &c.dimensions[3].name;
        let md = report(&[], Some(Lang::Fr));
        let m = messages(&md, "Messages clés");
        assert_eq!(m.len(), 5, "{m:#?}");
        assert_eq!(
            m[0],
            "Au global, l’équipe médiane obtient 2,8 pour une cible de 4,0, et la moitié \
             centrale des 10 équipes se situe entre 2,7 et 3,9\u{202f}; 6 équipes sont à plus \
             d’un niveau sous la cible et 3 l’atteignent."
        );
        assert!(
            m[1].starts_with(
                "Dispersion des équipes\u{202f}: la moitié centrale des équipes s’étend sur un \
                 niveau ou plus sur 12 axes sur 13, surtout "
            ) && m[1].contains("(1,0 à 4,0)"),
            "{}",
            m[1]
        );
        assert_eq!(
            m[2],
            format!(
                "Faible presque partout, une équipe sur quatre ou moins à la cible, sur 1 axe sur \
                 13\u{202f}: {d3} (médiane 3,0)."
            )
        );
        assert!(
            m[3].starts_with("Équipes dont s’inspirer\u{202f}: 12 axes sur 13 sont inégaux")
                && m[3].contains("(4 sur 10)")
                && m[3].ends_with(&format!(
                    "\u{202f}; aucune sur {d3}, un chantier pour tout le portefeuille."
                )),
            "{}",
            m[3]
        );
        for text in &m {
            for bad in [" :", " ;", " %", "'"] {
                assert!(!text.contains(bad), "{bad:?} in {text:?}");
            }
        }
        let rules = section(&md, "Règles de calcul").join("\n");
        assert!(
            rules.contains("une équipe sur quatre ou moins atteint sa cible"),
            "{rules}"
        );
        let ranking = section(&md, "Classement par axe");
        assert!(ranking[0].contains("| Moitié centrale |"), "{ranking:?}");
        assert!(
            ranking[2].contains("| 1,0–4,0 | **4 sur 10** |"),
            "{ranking:?}"
        );
    }

    #[test]
    fn a_french_portfolio_speaks_french() {
        let md = report(&["T9"], Some(Lang::Fr));
        let sections = headings(&md, 3);
        for heading in [
            "Équipes les plus loin de la cible",
            "Classement par axe",
            "Feuille de route du portefeuille\u{202f}: les étapes dont la plupart des équipes ont besoin",
            "Équipes aux profils semblables",
            "Désaccords les plus larges au sein des équipes",
        ] {
            assert!(
                sections.iter().any(|s| s == heading),
                "{heading:?} not in {sections:?}"
            );
        }
        assert!(headings(&md, 2).iter().any(|s| s == "Portefeuille"));
        assert!(md.contains("Pages par équipe (--team-pages) à la suite\u{202f}: T9."));
        assert!(md.contains("| | **Cible** | 4,0 |"), "{md}");
        for english in [
            "Teams furthest",
            "Ranking per",
            "Portfolio",
            "All teams",
            "Target",
        ] {
            assert!(!md.contains(english), "{english:?} in a French report");
        }
    }
}
