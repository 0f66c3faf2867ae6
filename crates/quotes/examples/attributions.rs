//! The learned tagger's attributions and the stage's merged ones for a
//! plain-text article: `cargo run -p crosscheck-quotes --example attributions -- FILE`.
#![allow(clippy::print_stdout)]

use crosscheck_model::{Article, ArticleMeta, Origin};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: attributions FILE")?;
    let text = std::fs::read_to_string(&path)?;
    let mut article = Article::from_text(Origin::default(), ArticleMeta::default(), text);
    crosscheck_text::segment(&mut article);
    let show = |spans: &[crosscheck_model::Span]| {
        spans
            .iter()
            .map(|s| article.slice(*s))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    println!("== tagger");
    let features = crosscheck_text::TextFeatures::of_article(&article);
    for f in
        crosscheck_quotes::learned::tag(crosscheck_quotes::learned::built_in(), &article, &features)
    {
        println!(
            "s{} [{}] {} : {}",
            f.sentence,
            show(&f.source),
            show(&f.cue),
            show(&f.content)
        );
    }
    println!("== stage");
    for a in crosscheck_quotes::analyse(&article).attributions {
        println!(
            "s{} {} [{}] {} : {}",
            a.sentence,
            if a.learned { "learned" } else { "rules" },
            a.source.map_or("", |s| article.slice(s)),
            article.slice(a.cue),
            article.slice(a.content)
        );
    }
    Ok(())
}
