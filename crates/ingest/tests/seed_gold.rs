//! The seed pair against its hand-made gold (`testdata/seed-pair.gold.json`):
//! metadata, story text boundaries, segmentation traps, normalisation traps.

use std::path::PathBuf;

use crosscheck_model::Article;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn gold() -> Value {
    let text = std::fs::read_to_string(root().join("testdata/seed-pair.gold.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn read(file: &str) -> Article {
    let path = root().join("examples").join(file);
    let mut out = Vec::new();
    crosscheck_ingest::read_inputs(
        &[path.display().to_string()],
        &crosscheck_ingest::Options::default(),
        &mut |item| out.push(item.unwrap()),
    );
    assert_eq!(out.len(), 1);
    let mut article = out.remove(0);
    crosscheck_text::segment(&mut article);
    article
}

fn both() -> Vec<(Value, Article)> {
    let gold = gold();
    ["A", "B"]
        .iter()
        .map(|k| {
            let g = gold["articles"][k].clone();
            let a = read(g["file"].as_str().unwrap());
            (g, a)
        })
        .collect()
}

#[test]
fn metadata_matches_gold() {
    for (g, a) in both() {
        let m = &a.meta;
        assert_eq!(m.outlet.as_deref(), g["outlet"].as_str(), "outlet");
        if let Some(written) = g.get("outlet_as_written").and_then(Value::as_str) {
            assert_eq!(m.outlet_as_written.as_deref(), Some(written));
        }
        assert_eq!(
            m.published.map(|p| p.date.to_string()).as_deref(),
            g["published"].as_str()
        );
        assert_eq!(m.author.as_deref(), g["author"].as_str(), "author");
        assert_eq!(m.title.as_deref(), g["title"].as_str(), "title");
        let dek = m.dek.as_deref().unwrap_or_default();
        assert!(dek.starts_with(g["dek"].as_str().unwrap()), "dek {dek:?}");
        assert_eq!(m.language.as_deref(), Some("en"));
    }
}

#[test]
fn story_text_has_no_page_furniture() {
    for (g, a) in both() {
        for s in g["not_story_text"].as_array().unwrap() {
            let s = s.as_str().unwrap();
            assert!(
                !a.text.contains(s),
                "{s:?} is in the story text of {}",
                a.origin.source
            );
        }
        // Nor the title, dek or byline.
        assert!(!a.text.contains(g["title"].as_str().unwrap()));
        assert!(!a.text.contains(g["dek"].as_str().unwrap()));
        assert!(!a.text.starts_with("By "));
    }
}

#[test]
fn segmentation_traps_stay_inside_one_sentence() {
    let gold = gold();
    let articles: Vec<Article> = both().into_iter().map(|(_, a)| a).collect();
    for trap in gold["segmentation_traps"].as_array().unwrap() {
        let trap = trap.as_str().unwrap();
        // A stop and a closing quotation mark glued to a capital are two
        // sentences that lost their space (the trust issue's reading of
        // this very paste, which the seed gold, older, keeps whole).
        if trap.contains(".”M") {
            let a = articles.iter().find(|a| a.text.contains(trap)).unwrap();
            let at = a.text.find(trap).unwrap() + trap.find('M').unwrap();
            assert!(
                a.sentences.iter().any(|s| s.span.start == at),
                "{trap:?} is not split after the closing mark"
            );
            continue;
        }
        let mut found = false;
        for a in &articles {
            if !a.text.contains(trap) {
                continue;
            }
            found = true;
            for (at, _) in a.text.match_indices(trap) {
                let inside = a
                    .sentences
                    .iter()
                    .any(|s| s.span.start <= at && at + trap.len() <= s.span.end);
                assert!(inside, "{trap:?} is split across sentences");
            }
        }
        assert!(found, "{trap:?} is not in either story text");
    }
}

#[test]
fn sentences_are_exact_slices() {
    for (_, a) in both() {
        assert!(!a.sentences.is_empty());
        for s in &a.sentences {
            let piece = a.slice(s.span);
            assert_eq!(piece, piece.trim());
            assert!(!piece.is_empty());
        }
    }
}

#[test]
fn normalization_traps_are_handled() {
    let [(_, a), (_, b)]: [(Value, Article); 2] = both().try_into().unwrap();
    // A no-break space inside "the New York Times" in B.
    assert!(b.text.contains("provided to the\u{a0}New York Times"));
    let nb = crosscheck_text::normalize(&b.text);
    let at = nb
        .text
        .find("provided to the New York Times")
        .expect("normalised");
    let span = nb.original_span(crosscheck_model::Span::new(
        at,
        at + "provided to the New York Times".len(),
    ));
    assert!(span.slice(&b.text).starts_with("provided to"));
    // Dotted initialisms stay one token; hyphenated names stay one token.
    let words = |t: &str| -> Vec<String> {
        crosscheck_text::tokens(t)
            .iter()
            .map(|k| k.span.slice(t).to_string())
            .collect()
    };
    let wa = words(&a.text);
    assert!(wa.iter().any(|w| w == "U.S."));
    assert!(wa.iter().any(|w| w == "C.I.A."));
    assert!(
        words(&b.text)
            .iter()
            .any(|w| w.starts_with("Amir-Abdollahian"))
    );
    // Curly quotes fold to straight ones.
    assert!(
        crosscheck_text::normalize(&a.text)
            .text
            .contains("\"perceived U.S. efforts")
    );
}
