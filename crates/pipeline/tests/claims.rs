//! Claims on small stories: relays of one source count once, independent
//! reports count apart.

use crosscheck_model::{Article, ArticleMeta, Origin};
use crosscheck_pipeline::analyse;

fn article(outlet: &str, text: &str) -> Article {
    let meta = ArticleMeta {
        outlet: Some(outlet.to_string()),
        ..ArticleMeta::default()
    };
    Article::from_text(Origin::default(), meta, text.to_string())
}

fn shared_claim_sources(texts: [(&str, &str); 2]) -> (usize, String) {
    let analysis = analyse(texts.iter().map(|(o, t)| article(o, t)).collect());
    let claim = analysis
        .claims
        .iter()
        .find(|c| c.articles.len() == 2)
        .unwrap_or_else(|| panic!("a claim both carry: {:?}", analysis.claims));
    (claim.independent_sources(), claim.why.clone())
}

#[test]
fn two_outlets_quoting_one_official_rest_on_one_source() {
    let (sources, why) = shared_claim_sources([
        (
            "The Daily Ledger",
            "Mayor Jane Whitfield said the river bridge will close on Monday for three weeks of repairs.",
        ),
        (
            "The Evening Courier",
            "The river bridge will close on Monday for three weeks of repairs, Mayor Jane Whitfield said.",
        ),
    ]);
    assert_eq!(sources, 1, "{why}");
}

#[test]
fn two_outlets_with_their_own_sources_are_two() {
    let (sources, why) = shared_claim_sources([
        (
            "The Daily Ledger",
            "The old river bridge will close on Monday for three weeks of urgent repairs, a council engineer told reporters.",
        ),
        (
            "The Evening Courier",
            "The old river bridge will close on Monday for three weeks of urgent repairs, according to a notice from the transport department.",
        ),
    ]);
    assert_eq!(sources, 2, "{why}");
    assert!(why.starts_with("2 independent sources"), "{why}");
}

#[test]
fn two_outlets_writing_the_same_words_have_one_copy() {
    let (sources, why) = shared_claim_sources([
        (
            "The Daily Ledger",
            "Flooding on Tuesday night forced the closure of the old river bridge for three weeks of urgent repairs.",
        ),
        (
            "The Evening Courier",
            "The old river bridge was shut by flooding late on Tuesday night for three weeks of urgent repairs.",
        ),
    ]);
    // Six words in a row at most: two reports of their own.
    assert_eq!(sources, 2, "{why}");
    assert!(!why.contains("in the same words"), "{why}");
    // A set phrase of eight words holds too few content words to be a copy.
    let (sources, why) = shared_claim_sources([
        (
            "The Daily Ledger",
            "The mayor did not immediately respond to a request for comment about the bridge.",
        ),
        (
            "The Evening Courier",
            "The council did not immediately respond to a request for comment on the bridge closure.",
        ),
    ]);
    assert_eq!(sources, 2, "{why}");
    let (sources, why) = shared_claim_sources([
        (
            "The Daily Ledger",
            "Flooding on Tuesday night forced the closure of the old river bridge for three weeks of urgent repairs.",
        ),
        (
            "The Evening Courier",
            "Late flooding on Tuesday night forced the closure of the old river bridge for three weeks.",
        ),
    ]);
    assert_eq!(sources, 1, "{why}");
    assert!(why.contains("in the same words"), "{why}");
}

#[test]
fn the_same_thing_counted_differently_is_a_conflict() {
    let analysis = analyse(vec![
        article(
            "The Daily Ledger",
            "The explosion at the chemical plant near the harbour killed three workers on Tuesday night, the fire service said.",
        ),
        article(
            "The Evening Courier",
            "The explosion at the chemical plant near the harbour killed four workers on Tuesday night, the fire service said.",
        ),
    ]);
    let conflicts: Vec<_> = analysis.claims.iter().flat_map(|c| &c.conflicts).collect();
    assert_eq!(conflicts.len(), 1, "{:?}", analysis.claims);
    assert_eq!(
        conflicts[0].sides,
        ("three workers".to_string(), "four workers".to_string())
    );
}
