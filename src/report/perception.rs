//! The chapter "How the teams see each other", as data every format renders alike: one section
//! per pair of compared teams that answered about each other or asked each other something,
//! laid out side by side for the meeting where each team presents its view and hears the
//! other's (the self vs seen table per dimension, the largest perception gaps by question
//! title, each team's requests to the other with the response).
//!
//! The chapter keeps to about two pages: each pair shows its widest gaps and its first requests,
//! and the full lists go to the appendix (`Pair::more_gaps`, `Pair::more_requests`).

use crate::domain::compare::{Comparison, PerceptionGap, RoomNote, SeenScore, TeamPerception};
use crate::domain::names::same_name;
use crate::domain::requests::Request;

/// Largest gaps of a pair printed in the chapter itself (both directions together).
pub const CHAPTER_GAPS: usize = 5;
/// Largest gaps of a pair `compare` prints as text or Markdown (the JSON has them all).
pub const COMPARE_GAPS: usize = 10;
/// Requests of a pair printed in the chapter itself (both directions together).
pub const CHAPTER_REQUESTS: usize = 8;

/// Two compared teams, `a` before `b` in comparison order.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair<'c> {
    pub a: &'c str,
    pub b: &'c str,
    /// Per dimension (questionnaire order), then the overall row: a's own score, a as seen
    /// by b, b's own score, b as seen by a. `None` where nobody answered.
    pub rows: Vec<ViewRow>,
    /// Whether each side answered about the other (a about b, b about a).
    pub a_seen: bool,
    pub b_seen: bool,
    /// Both directions' largest gaps, widest first: (assessed team, gap).
    pub gaps: Vec<(&'c str, &'c PerceptionGap)>,
    /// The standing requests between them, a's to b first, then b's to a, each oldest first.
    pub requests: Vec<&'c Request>,
    /// The notes of the workshop rooms one team held about the other, a's room about b first,
    /// each in question order.
    pub notes: Vec<&'c RoomNote>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ViewRow {
    /// The dimension's name; `None` for the overall row.
    pub dimension: Option<String>,
    pub a_self: Option<f64>,
    pub a_seen: Option<f64>,
    pub b_self: Option<f64>,
    pub b_seen: Option<f64>,
}

impl ViewRow {
    /// Whether either team answered about the other on this row.
    pub fn seen_any(&self) -> bool {
        self.a_seen.is_some() || self.b_seen.is_some()
    }
}

impl<'c> Pair<'c> {
    /// Gaps left out of the chapter (for the appendix).
    pub fn more_gaps(&self) -> usize {
        self.gaps.len().saturating_sub(CHAPTER_GAPS)
    }

    /// The gaps to print when `limit` fit: the widest of each direction in turn, so that each
    /// team hears how the other sees it even when one direction holds all the widest gaps;
    /// then widest first. All of them when they fit.
    pub fn shown_gaps(&self, limit: usize) -> Vec<(&'c str, &'c PerceptionGap)> {
        if self.gaps.len() <= limit {
            return self.gaps.clone();
        }
        let mut of_a = self.gaps.iter().filter(|(t, _)| *t == self.a);
        let mut of_b = self.gaps.iter().filter(|(t, _)| *t != self.a);
        let mut out = Vec::new();
        while out.len() < limit {
            let (x, y) = (of_a.next(), of_b.next());
            if x.is_none() && y.is_none() {
                break;
            }
            out.extend(x.into_iter().chain(y).copied());
        }
        out.truncate(limit);
        out.sort_by(|x, y| y.1.gap.abs().total_cmp(&x.1.gap.abs()));
        out
    }

    pub fn more_requests(&self) -> usize {
        self.requests.len().saturating_sub(CHAPTER_REQUESTS)
    }

    pub fn has_views(&self) -> bool {
        self.a_seen || self.b_seen
    }
}

/// The pairs the chapter shows, in comparison order; empty when the teams said nothing about
/// each other (then there is no chapter).
pub fn pairs(c: &Comparison) -> Vec<Pair<'_>> {
    let mut out = Vec::new();
    for (i, a) in c.teams.iter().enumerate() {
        for b in &c.teams[i + 1..] {
            if let Some(pair) = pair(c, &a.name, &b.name) {
                out.push(pair);
            }
        }
    }
    out
}

fn seen<'p>(
    p: Option<&'p TeamPerception>,
    by: &str,
) -> Option<(&'p TeamPerception, Vec<&'p SeenScore>)> {
    let p = p?;
    let (_, scores) = p.by(by)?;
    Some((p, scores))
}

fn pair<'c>(c: &'c Comparison, a: &'c str, b: &'c str) -> Option<Pair<'c>> {
    let a_view = seen(c.perception_of(a), b);
    let b_view = seen(c.perception_of(b), a);
    let mut requests: Vec<&Request> = c
        .requests
        .iter()
        .filter(|r| !r.withdrawn() && r.between(a, b))
        .collect();
    requests.extend(
        c.requests
            .iter()
            .filter(|r| !r.withdrawn() && r.between(b, a)),
    );
    let mut notes: Vec<&RoomNote> = c
        .room_notes
        .iter()
        .filter(|n| same_name(&n.by, a) && same_name(&n.about, b))
        .collect();
    notes.extend(
        c.room_notes
            .iter()
            .filter(|n| same_name(&n.by, b) && same_name(&n.about, a)),
    );
    if a_view.is_none() && b_view.is_none() && requests.is_empty() && notes.is_empty() {
        return None;
    }
    let (ai, bi) = (c.team_index(a)?, c.team_index(b)?);
    let mut rows: Vec<ViewRow> = c
        .dimensions
        .iter()
        .enumerate()
        .map(|(di, d)| ViewRow {
            dimension: Some(d.name.clone()),
            a_self: d.teams[ai].score,
            a_seen: a_view.as_ref().and_then(|(_, s)| s[di].score),
            b_self: d.teams[bi].score,
            b_seen: b_view.as_ref().and_then(|(_, s)| s[di].score),
        })
        .collect();
    let overall = |view: &Option<(&TeamPerception, Vec<&SeenScore>)>, by: &str| {
        view.as_ref()
            .and_then(|(p, _)| p.by(by))
            .and_then(|(s, _)| s.overall)
    };
    rows.push(ViewRow {
        dimension: None,
        a_self: c.teams[ai].overall,
        a_seen: overall(&a_view, b),
        b_self: c.teams[bi].overall,
        b_seen: overall(&b_view, a),
    });
    let mut gaps: Vec<(&str, &PerceptionGap)> = Vec::new();
    if let Some((p, _)) = &a_view {
        gaps.extend(p.gaps_by(b).map(|g| (a, g)));
    }
    if let Some((p, _)) = &b_view {
        gaps.extend(p.gaps_by(a).map(|g| (b, g)));
    }
    gaps.sort_by(|x, y| y.1.gap.abs().total_cmp(&x.1.gap.abs()));
    Some(Pair {
        a,
        b,
        rows,
        a_seen: a_view.is_some(),
        b_seen: b_view.is_some(),
        gaps,
        requests,
        notes,
    })
}

/// Whether the report has the chapter.
pub fn has_chapter(c: &Comparison) -> bool {
    !pairs(c).is_empty()
}

/// The team a request is from, spelled as in the pair (for grouping by direction).
pub fn from_a(pair: &Pair<'_>, r: &Request) -> bool {
    same_name(&r.by, pair.a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::requests::Request;
    use crate::domain::{Answer, Assessment, CompareOptions, ResponseSheet, compare};

    #[test]
    fn a_pair_puts_both_views_side_by_side_and_both_directions_of_requests() {
        let q = crate::domain::default_questionnaire();
        let a = Assessment::new(
            "a",
            "2026-01-01T00:00:00Z",
            vec!["Paris".into(), "Nantes".into()],
            q.clone(),
            None,
        );
        let first = q.dimensions[0].questions[0].id.clone();
        let mut own = ResponseSheet::new("Paris", "Ann");
        own.set_answer(&first, Answer::Level(4));
        let mut other = ResponseSheet::new("Nantes", "Bob");
        other.set_answer(&first, Answer::Level(2));
        let mut view = ResponseSheet::perception("Nantes", "Bob", "Paris");
        view.set_answer(&first, Answer::Level(1));
        let mut c = compare(&a, &[own, other], &a.teams, &CompareOptions::default());
        c.set_perceptions(&a, &[view]);
        let t = "2026-01-01T00:00:00.000Z";
        let mut withdrawn = Request::new("r-aaaaa2", "Paris", "Nantes", "Gone", t);
        withdrawn.withdrawn_at = Some(t.into());
        c.set_requests(&[
            Request::new("r-bbbbb2", "Nantes", "Paris", "Logs", t),
            Request::new("r-ccccc2", "Paris", "Nantes", "Rollback", t),
            withdrawn,
        ]);
        let pairs = pairs(&c);
        assert_eq!(pairs.len(), 1);
        let p = &pairs[0];
        assert_eq!(
            (p.a, p.b, p.a_seen, p.b_seen),
            ("Paris", "Nantes", true, false)
        );
        assert_eq!(p.rows[0].a_self, Some(4.0));
        assert_eq!(p.rows[0].a_seen, Some(1.0));
        assert_eq!(p.rows[0].b_seen, None);
        assert_eq!(p.rows.last().unwrap().dimension, None);
        assert_eq!(p.gaps.len(), 1);
        assert_eq!(p.gaps[0].0, "Paris");
        assert_eq!(p.gaps[0].1.gap, -3.0);
        assert_eq!(p.shown_gaps(5).len(), 1);
        let texts: Vec<&str> = p.requests.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Rollback", "Logs"],
            "Paris's first, withdrawn left out"
        );
    }

    #[test]
    fn a_cut_list_of_gaps_keeps_the_widest_of_each_direction() {
        let q = crate::domain::default_questionnaire();
        let a = Assessment::new(
            "a",
            "2026-01-01T00:00:00Z",
            vec!["Dev".into(), "Ops".into()],
            q.clone(),
            None,
        );
        let ids: Vec<String> = q.questions().take(8).map(|(_, q)| q.id.clone()).collect();
        let mut dev = ResponseSheet::new("Dev", "Ann");
        let mut ops = ResponseSheet::new("Ops", "Cid");
        let mut ops_on_dev = ResponseSheet::perception("Ops", "Cid", "Dev");
        let mut dev_on_ops = ResponseSheet::perception("Dev", "Ann", "Ops");
        for id in &ids {
            dev.set_answer(id, Answer::Level(5));
            ops_on_dev.set_answer(id, Answer::Level(1));
            ops.set_answer(id, Answer::Level(4));
            dev_on_ops.set_answer(id, Answer::Level(4));
        }
        // Dev sees Ops 2 levels lower on one question only: narrower than every Ops gap.
        dev_on_ops.set_answer(&ids[7], Answer::Level(2));
        let mut c = compare(&a, &[dev, ops], &a.teams, &CompareOptions::default());
        c.set_perceptions(&a, &[ops_on_dev, dev_on_ops]);
        let pairs = pairs(&c);
        let p = &pairs[0];
        assert_eq!(p.gaps.len(), 9);
        let shown = p.shown_gaps(5);
        assert_eq!(shown.len(), 5);
        assert_eq!(
            shown.iter().filter(|(t, _)| *t == "Ops").count(),
            1,
            "{shown:?}"
        );
        assert_eq!(shown.last().unwrap().1.gap, -2.0, "widest first");
        assert_eq!(p.shown_gaps(20).len(), 9);
    }
}
