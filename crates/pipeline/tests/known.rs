//! A story analysed again with what the per-article stages found before
//! (kept as JSON, as the store keeps it) gives the analysis a fresh run
//! gives.

use crosscheck_model::{Article, ArticleMeta, Origin, Published};
use crosscheck_pipeline::{ArticleResults, Settings, analyse_known, analyse_with};

fn article(outlet: &str, date: &str, text: &str) -> Article {
    let meta = ArticleMeta {
        outlet: Some(outlet.to_string()),
        published: Some(Published {
            date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            time: None,
        }),
        ..ArticleMeta::default()
    };
    Article::from_text(Origin::default(), meta, text.to_string())
}

fn story() -> Vec<Article> {
    vec![
        article(
            "The Daily Ledger",
            "2024-03-04",
            "Mayor Jane Whitfield said on Monday that the river bridge in Leeds will close \
             for three weeks. \u{201c}We have no choice,\u{201d} Whitfield told reporters. \
             Repairs begin on March 11, according to the council.",
        ),
        article(
            "The Evening Courier",
            "2024-03-05",
            "The river bridge in Leeds will close for three weeks, Mayor Jane Whitfield said \
             on Monday. \u{201c}We have no choice,\u{201d} she said. The Leeds Chamber of \
             Commerce warned that shops would suffer.",
        ),
        article(
            "Northern Wire",
            "2024-03-05",
            "Leeds council confirmed the closure on Tuesday. \u{201c}It is a blow,\u{201d} \
             said Tom Baines of the Leeds Chamber of Commerce.",
        ),
    ]
}

/// What the first analysis found in each article, through JSON and back.
fn kept(articles: &[Article]) -> Vec<Option<ArticleResults>> {
    let first = analyse_with(articles.to_vec(), None, &Settings::default());
    (0..articles.len())
        .map(|k| {
            let r = first.article_results(k).expect("every stage ran");
            let json = serde_json::to_string(&r).unwrap();
            let back: ArticleResults = serde_json::from_str(&json).unwrap();
            assert_eq!(back, r);
            Some(back)
        })
        .collect()
}

#[test]
fn known_results_give_the_fresh_analysis() {
    let articles = story();
    let fresh = analyse_with(articles.clone(), None, &Settings::default());
    assert!(!fresh.quotes[0].quotes.is_empty(), "{:?}", fresh.quotes);
    assert!(!fresh.entities.is_empty());
    assert!(fresh.times.iter().any(|t| !t.is_empty()));
    let known = kept(&articles);
    let again = analyse_known(articles.clone(), None, &Settings::default(), &known);
    assert_eq!(again, fresh);
    // Some known, some not: the same again.
    let mut some = known.clone();
    some[1] = None;
    let again = analyse_known(articles, None, &Settings::default(), &some);
    assert_eq!(again, fresh);
}

#[test]
fn an_article_joining_later_reads_the_others_results() {
    let articles = story();
    // The first two were analysed as a story; the third joins.
    let before = kept(&articles[..2]);
    let mut known = before;
    known.push(None);
    let again = analyse_known(articles.clone(), None, &Settings::default(), &known);
    assert_eq!(again, analyse_with(articles, None, &Settings::default()));
}

#[test]
fn results_that_do_not_fit_their_article_are_refused() {
    let articles = story();
    let mut known = kept(&articles);
    let mut r = known[0].take().unwrap();
    assert_eq!(r.check(&prepared(&articles[0])), Ok(()));
    r.quotes.quotes[0].span.end = articles[0].text.len() + 10;
    let why = r.check(&prepared(&articles[0])).unwrap_err();
    assert!(why.contains("quotation span"), "{why}");
    let mut r = kept(&articles)[2].take().unwrap();
    r.times.push(crosscheck_pipeline::TimeExpression {
        sentence: 99,
        ..r.times[0]
    });
    let why = r.check(&prepared(&articles[2])).unwrap_err();
    assert!(why.contains("sentence 99"), "{why}");
}

fn prepared(a: &Article) -> Article {
    let mut a = a.clone();
    crosscheck_pipeline::prepare(&mut a);
    a
}

#[test]
fn the_same_story_gives_the_same_analysis_every_time() {
    let a = analyse_with(story(), None, &Settings::default());
    for _ in 0..5 {
        assert_eq!(a, analyse_with(story(), None, &Settings::default()));
    }
}

#[test]
fn every_fresh_result_fits_its_article() {
    let articles = story();
    for (a, r) in articles.iter().zip(kept(&articles)) {
        assert_eq!(r.unwrap().check(&prepared(a)), Ok(()));
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Kept results damaged anyhow (offsets and sentences moved, in the
    /// text or not): the analysis runs without a panic, and is the fresh one
    /// whenever the damage is refused.
    #[test]
    fn damaged_results_never_break_an_analysis(
        moves in proptest::collection::vec((0usize..3, 0usize..4, 0usize..400, 0usize..400, 0usize..12), 1..6)
    ) {
        let articles = story();
        let whole = kept(&articles);
        let mut known = whole.clone();
        for (k, what, start, end, sentence) in moves {
            let r = known[k].as_mut().unwrap();
            let span = crosscheck_model::Span { start, end };
            match what {
                0 => if let Some(q) = r.quotes.quotes.first_mut() {
                    q.span = span;
                    q.sentence = sentence;
                },
                1 => if let Some(m) = r.mentions.first_mut() {
                    m.span = span;
                    m.sentence = sentence;
                },
                2 => if let Some(t) = r.times.first_mut() {
                    t.span = span;
                    t.sentence = sentence;
                },
                _ => if let Some(a) = r.quotes.attributions.first_mut() {
                    a.content = span;
                    a.sentence = sentence;
                },
            }
        }
        // Every damaged article's results refused: nothing damaged is read.
        let refused = articles
            .iter()
            .zip(known.iter().zip(&whole))
            .filter(|(_, (r, w))| r != w)
            .all(|(a, (r, _))| r.as_ref().unwrap().check(&prepared(a)).is_err());
        let again = analyse_known(articles.clone(), None, &Settings::default(), &known);
        if refused {
            proptest::prop_assert_eq!(again, analyse_with(articles, None, &Settings::default()));
        }
    }
}
