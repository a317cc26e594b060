//! Charts and block kinds in the PDF: radar labels never overlap and every series is named,
//! from 1 to 12 series and 3 to 15 axes; every block kind stays inside the margins; odd values
//! do not break the file.

mod support {
    pub mod pdf_checks;
    pub mod sample_document;
}

use devops_maturity::report::document::*;
use devops_maturity::report::pdf::page::Item;
use devops_maturity::report::pdf::{layout, render};
use support::pdf_checks::*;
use support::sample_document::{DIMENSIONS, team_name};

fn radar(series: usize, axes: usize) -> Block {
    Block::Radar(Radar {
        title: Some("Profil de maturité".to_string()),
        axes: (0..axes)
            .map(|i| match i % 3 {
                // Long names wrap to three lines and crowd their neighbours.
                0 => format!(
                    "{} et gestion des incidents de production",
                    DIMENSIONS[i % DIMENSIONS.len()]
                ),
                _ => DIMENSIONS[i % DIMENSIONS.len()].to_string(),
            })
            .collect(),
        series: (0..series)
            .map(|s| Series {
                name: team_name(s),
                values: (0..axes)
                    .map(|a| Some(((s * 3 + a * 5) % 11) as f64 / 2.0))
                    .collect(),
            })
            .collect(),
        target: Some(Series {
            name: "Cible".to_string(),
            values: vec![Some(4.0); axes],
        }),
        min: 0.0,
        max: 5.0,
    })
}

#[test]
fn radar_with_two_series_labels_every_axis_and_team() {
    let d = doc(vec![radar(2, 13)]);
    let pages = layout(&d);
    assert_eq!(pages.len(), 1);
    assert_no_text_overlaps(&pages[0]);
    assert_inside_margins(&pages);
    let text = squash(&extract_pages(&render(&d).unwrap()).concat());
    for name in [
        team_name(0),
        team_name(1),
        "Cible".to_string(),
        "Profil de maturité".to_string(),
    ] {
        assert!(text.contains(&name), "{name} missing");
    }
    for axis in [
        "Continuous integration",
        "Test automation",
        "Infrastructure as code",
    ] {
        assert!(text.contains(axis), "{axis} missing");
    }
}

#[test]
fn radar_with_twelve_series_and_fifteen_axes_stays_legible() {
    for (series, axes) in [(12, 15), (12, 3), (1, 3), (7, 9)] {
        let d = doc(vec![radar(series, axes)]);
        let pages = layout(&d);
        assert_eq!(pages.len(), 1, "{series} series, {axes} axes");
        assert_no_text_overlaps(&pages[0]);
        assert_inside_margins(&pages);
        let markers = pages[0]
            .items
            .iter()
            .filter(|i| matches!(i, Item::Marker { .. }))
            .count();
        // One marker per value, plus one per legend entry.
        assert_eq!(markers, series * axes + series);
        let legend: String = pages[0].texts().collect();
        for s in 0..series {
            assert!(
                legend.contains(&team_name(s)),
                "legend lacks {}",
                team_name(s)
            );
        }
    }
}

#[test]
fn every_kind_of_block_stays_inside_the_margins_without_overlaps() {
    let d = support::sample_document::gallery_document();
    let pages = layout(&d);
    assert_inside_margins(&pages);
    for page in &pages {
        assert_no_text_overlaps(page);
    }
    let text = squash(&extract_pages(&render(&d).unwrap()).concat());
    assert!(text.contains("No answers yet"));
    assert!(
        text.contains("Nobody in Équipe Paris — déploiement has answered"),
        "{text}"
    );
    // The twelve-team bar chart is cut between groups: every dimension shows there once; the
    // first seven are also radar axes.
    for (i, dimension) in DIMENSIONS.iter().enumerate() {
        let expected = 1 + usize::from(i < 7);
        assert_eq!(text.matches(dimension).count(), expected, "{dimension}");
    }
}

#[test]
fn odd_values_and_characters_outside_the_font_do_not_break_the_file() {
    let d = doc(vec![
        Block::paragraph("Déploiement 🚀 漢字 \u{7}bell\ttab"),
        Block::Spacer(f32::NAN),
        Block::Radar(Radar {
            title: None,
            axes: vec!["a".into(), "b".into(), "c".into()],
            series: vec![Series {
                name: "x".into(),
                values: vec![Some(f64::NAN), Some(f64::INFINITY), Some(-3.0)],
            }],
            target: None,
            min: f64::NAN,
            max: f64::NEG_INFINITY,
        }),
        Block::BarChart(BarChart {
            title: None,
            categories: vec!["a".into()],
            series: vec![Series {
                name: "x".into(),
                values: vec![Some(f64::NAN)],
            }],
            target: None,
            min: 5.0,
            max: 5.0,
        }),
        Block::paragraph("après"),
    ]);
    for page in layout(&d) {
        for item in &page.items {
            let (left, right) = item.x_extent();
            assert!(left.is_finite() && right.is_finite(), "{item:?}");
            if let Item::Text { y, .. } | Item::Rect { y, .. } | Item::Marker { y, .. } = item {
                assert!(y.is_finite(), "{item:?}");
            }
        }
    }
    let text = squash(&extract_pages(&render(&d).unwrap()).concat());
    assert!(text.contains("Déploiement"), "{text}");
    assert!(text.contains("après"), "{text}");
}

#[test]
fn bar_markers_sit_on_the_bar_ends_and_level_one_is_the_origin() {
    let d = doc(vec![Block::BarChart(BarChart {
        title: None,
        categories: vec!["Sécurité".into(), "Tests".into()],
        series: vec![Series {
            name: "Paris".into(),
            values: vec![Some(1.0), Some(3.0)],
        }],
        target: None,
        min: 1.0,
        max: 5.0,
    })]);
    let pages = layout(&d);
    let items = &pages[0].items;
    let bars: Vec<(f32, f32, f32)> = items
        .iter()
        .filter_map(|i| match i {
            Item::Rect { x, y, w, h, .. } if *h < 10.0 => Some((*x, *y, *w)),
            _ => None,
        })
        .collect();
    let markers: Vec<(f32, f32)> = items
        .iter()
        .filter_map(|i| match i {
            Item::Marker { x, y, .. } => Some((*x, *y)),
            _ => None,
        })
        .collect();
    assert!(bars.len() >= 2, "{bars:?}");
    // Level 1 draws no bar length at all; level 3 is half of the 1–5 scale.
    let (x0, _, w1) = bars[0];
    let (_, _, w3) = bars[1];
    assert!(w1.abs() < 0.01, "level 1 is the origin: {bars:?}");
    for (x, y, w) in &bars[..2] {
        let end = x + w;
        assert!(
            markers
                .iter()
                .any(|(mx, my)| (mx - end).abs() < 0.01 && (my - y).abs() < 10.0),
            "no marker at the end {end} of bar at {x0}: {markers:?}"
        );
    }
    assert!(w3 > 0.0);
    let ticks: Vec<&str> = pages[0].texts().collect();
    assert!(!ticks.contains(&"0"), "no level 0 on the scale: {ticks:?}");
}
