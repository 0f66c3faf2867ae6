//! Shared checks of the fuzz targets: whatever a reader makes of its input,
//! the article it returns keeps the model's invariants.

use crosscheck_ingest::{Format, Options};

/// Read `data` as `format` (or detected) and check every article produced.
pub fn read_and_check(data: &[u8], format: Option<Format>) {
    let options = Options {
        max_article_bytes: 1 << 20,
        max_input_bytes: 1 << 24,
        ..Options::default()
    };
    crosscheck_ingest::read_bytes("fuzz", data, format, &options, &mut |item| match item {
        Ok(mut article) => {
            crosscheck_text::segment(&mut article);
            check(&article);
        }
        // A parser's panic is caught and reported as the input's error; the
        // fuzzer must still see it.
        Err(e) => assert!(
            !matches!(e.problem, crosscheck_ingest::Problem::Panicked { .. }),
            "{e}"
        ),
    });
}

/// The model's invariants: spans inside the text, on char boundaries, in order.
pub fn check(article: &crosscheck_model::Article) {
    let text = &article.text;
    let mut last = 0;
    for p in &article.paragraphs {
        assert!(p.start >= last && p.start <= p.end && p.end <= text.len());
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        last = p.end;
    }
    let mut last = 0;
    for s in &article.sentences {
        assert!(s.span.start >= last && s.span.start < s.span.end && s.span.end <= text.len());
        let piece = &text[s.span.start..s.span.end];
        assert_eq!(piece, piece.trim());
        last = s.span.end;
    }
}
