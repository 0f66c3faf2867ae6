//! The article invariants the store keeps, checked when an article is added
//! and when a row is read back, and the JSON form of its span columns.

use crosscheck_model::{Article, Sentence, Span};

/// The readers' names an article's `format` may hold (`""` when no reader
/// produced it).
const FORMATS: [&str; 7] = ["", "text", "html", "json", "json+html", "feed", "warc"];

/// A problem with one field (the column it is stored in) of an article.
pub(crate) type Problem = (&'static str, String);

/// The reader name `format` is, as the `&'static str` an [`Article`] holds.
pub(crate) fn format(name: &str) -> Result<&'static str, String> {
    FORMATS
        .into_iter()
        .find(|f| *f == name)
        .ok_or_else(|| format!("`{name}` is not a reader's name"))
}

/// Every span inside the text, on `char` boundaries; every sentence in a
/// paragraph that exists; a known format.
pub(crate) fn article(a: &Article) -> Result<(), Problem> {
    format(a.origin.format).map_err(|r| ("format", r))?;
    for (i, p) in a.paragraphs.iter().enumerate() {
        span(&a.text, *p).map_err(|r| ("paragraphs", format!("paragraph {i}: {r}")))?;
    }
    for (i, s) in a.sentences.iter().enumerate() {
        span(&a.text, s.span).map_err(|r| ("sentences", format!("sentence {i}: {r}")))?;
        if s.paragraph >= a.paragraphs.len() {
            return Err((
                "sentences",
                format!(
                    "sentence {i}: paragraph {} of {}",
                    s.paragraph,
                    a.paragraphs.len()
                ),
            ));
        }
    }
    Ok(())
}

fn span(text: &str, s: Span) -> Result<(), String> {
    if s.start > s.end || s.end > text.len() {
        return Err(format!(
            "bytes {}..{} outside the text ({} bytes)",
            s.start,
            s.end,
            text.len()
        ));
    }
    for at in [s.start, s.end] {
        if !text.is_char_boundary(at) {
            return Err(format!("byte {at} is inside a character"));
        }
    }
    Ok(())
}

/// `[[start,end],…]`.
pub(crate) fn spans_json(spans: &[Span]) -> String {
    let items: Vec<String> = spans
        .iter()
        .map(|s| format!("[{},{}]", s.start, s.end))
        .collect();
    format!("[{}]", items.join(","))
}

/// `[[start,end,paragraph],…]`.
pub(crate) fn sentences_json(sentences: &[Sentence]) -> String {
    let items: Vec<String> = sentences
        .iter()
        .map(|s| format!("[{},{},{}]", s.span.start, s.span.end, s.paragraph))
        .collect();
    format!("[{}]", items.join(","))
}

/// The spans of [`spans_json`]; offsets are checked by [`article`].
pub(crate) fn parse_spans(json: &str) -> Result<Vec<Span>, String> {
    let pairs: Vec<[usize; 2]> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    pairs
        .into_iter()
        .enumerate()
        .map(|(i, [s, e])| {
            if s <= e {
                Ok(Span::new(s, e))
            } else {
                Err(format!("span {i} starts at {s}, after its end {e}"))
            }
        })
        .collect()
}

/// The sentences of [`sentences_json`]; offsets are checked by [`article`].
pub(crate) fn parse_sentences(json: &str) -> Result<Vec<Sentence>, String> {
    let triples: Vec<[usize; 3]> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    triples
        .into_iter()
        .enumerate()
        .map(|(i, [s, e, paragraph])| {
            if s <= e {
                Ok(Sentence {
                    span: Span::new(s, e),
                    paragraph,
                })
            } else {
                Err(format!("sentence {i} starts at {s}, after its end {e}"))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_columns_round_trip_as_serde_writes_them() {
        let spans = vec![Span::new(0, 5), Span::new(7, 12)];
        assert_eq!(spans_json(&spans), "[[0,5],[7,12]]");
        assert_eq!(
            spans_json(&spans),
            serde_json::to_string(&[[0, 5], [7, 12]]).unwrap()
        );
        assert_eq!(parse_spans(&spans_json(&spans)).unwrap(), spans);
        assert_eq!(spans_json(&[]), "[]");
        let sentences = vec![Sentence {
            span: Span::new(1, 4),
            paragraph: 2,
        }];
        assert_eq!(sentences_json(&sentences), "[[1,4,2]]");
        assert_eq!(parse_sentences("[[1,4,2]]").unwrap(), sentences);
    }

    #[test]
    fn bad_columns_are_errors() {
        assert!(parse_spans("[[0,5]").is_err());
        assert!(
            parse_spans("[[5,0]]")
                .unwrap_err()
                .contains("after its end")
        );
        assert!(parse_spans("[[0,-1]]").is_err());
        assert!(parse_sentences("[[0,1]]").is_err());
        assert!(format("pdf").is_err());
    }

    #[test]
    fn offsets_inside_the_text_on_char_boundaries() {
        let mut a = Article {
            text: "héllo".into(),
            paragraphs: vec![Span::new(0, 6)],
            ..Article::default()
        };
        assert!(article(&a).is_ok());
        a.paragraphs = vec![Span::new(0, 2)];
        let (field, reason) = article(&a).unwrap_err();
        assert_eq!(field, "paragraphs");
        assert!(reason.contains("inside a character"), "{reason}");
        a.paragraphs = vec![Span::new(0, 7)];
        assert!(article(&a).unwrap_err().1.contains("outside the text"));
        a.paragraphs = vec![Span::new(0, 6)];
        a.sentences = vec![Sentence {
            span: Span::new(0, 6),
            paragraph: 1,
        }];
        assert_eq!(article(&a).unwrap_err().0, "sentences");
    }
}
