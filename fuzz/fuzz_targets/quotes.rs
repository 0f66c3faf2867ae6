//! Fuzz quotation marks, cues and quote comparison: no panic on any text,
//! and every span lies on the article's character boundaries.
#![no_main]

use crosscheck_model::{Article, ArticleMeta, Origin};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    // Two articles: the input, and the input with its first half dropped.
    let half = (0..=s.len() / 2).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
    let mut articles: Vec<Article> = [s, &s[half..]]
        .iter()
        .map(|t| Article::from_text(Origin::default(), ArticleMeta::default(), t.to_string()))
        .collect();
    articles.iter_mut().for_each(crosscheck_text::segment);
    let found: Vec<_> = articles.iter().map(crosscheck_quotes::analyse).collect();
    for (a, f) in articles.iter().zip(&found) {
        for q in &f.quotes {
            assert!(a.text.get(q.span.start..q.span.end).is_some());
        }
        for at in &f.attributions {
            assert!(a.text.get(at.content.start..at.content.end).is_some());
            assert!(a.text.get(at.cue.start..at.cue.end).is_some());
        }
    }
    let _ = crosscheck_quotes::variants(&articles, &found);
});
