//! A story larger than `max_partners` + 1 articles: each article is compared
//! with the articles it shares the most text with, and what the pairwise
//! stages find between a copy and its source is what comparing every pair
//! finds.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use crosscheck_model::{Article, ArticleMeta, Origin, Published};
use crosscheck_pipeline::{Settings, analyse_with};

const WIRE: &str = "The central bank raised its main interest rate by half a point on Thursday, \
the largest increase in two decades. Governor Elena Marsh said inflation had stayed too high for \
too long and that further rises could follow. Mortgage lenders said they would pass the increase \
on to borrowers within days. The currency rose sharply against the dollar after the announcement.";

const EXTRA: [&str; 6] = [
    "Farmers in the north had warned of rising costs all summer.",
    "Local shops reported quiet trade over the weekend.",
    "The city council will meet next week to discuss its budget.",
    "Rail unions called off a planned strike late on Wednesday.",
    "A new bridge over the river opened to traffic in the spring.",
    "Hospital waiting lists grew for the third month in a row.",
];

fn article(outlet: &str, day: u32, text: String) -> Article {
    let meta = ArticleMeta {
        outlet: Some(outlet.to_string()),
        published: Some(Published {
            date: NaiveDate::from_ymd_opt(2024, 3, day).expect("a valid date"),
            time: None,
        }),
        ..ArticleMeta::default()
    };
    Article::from_text(Origin::default(), meta, text)
}

fn story() -> Vec<Article> {
    let mut articles = vec![article("Wire Service Daily", 1, WIRE.to_string())];
    for k in 1..24 {
        let extra = EXTRA[k % EXTRA.len()];
        articles.push(article(
            &format!("Outlet {k}"),
            2 + (k % 3) as u32,
            format!("{WIRE} {extra} Outlet {k} contributed to this report."),
        ));
    }
    articles
}

fn derived_from_the_wire(settings: &Settings) -> (BTreeSet<usize>, bool) {
    let analysis = analyse_with(story(), None, settings);
    let edges = analysis
        .derivation
        .edges
        .iter()
        .filter(|e| e.source == 0)
        .map(|e| e.derived)
        .collect();
    let complete = analysis.pairs.as_ref().expect("pairs chosen").is_complete();
    (edges, complete)
}

#[test]
fn every_copy_still_finds_its_source_when_each_article_has_few_partners() {
    let few = Settings {
        max_partners: 4,
        ..Settings::default()
    };
    let every = Settings {
        max_partners: usize::MAX,
        ..Settings::default()
    };
    let (with_few, complete) = derived_from_the_wire(&few);
    assert!(
        !complete,
        "24 articles with 4 partners each are not every pair"
    );
    let (with_every, complete) = derived_from_the_wire(&every);
    assert!(complete);
    assert_eq!(with_few, (1..24).collect::<BTreeSet<_>>());
    assert_eq!(with_few, with_every);
}
