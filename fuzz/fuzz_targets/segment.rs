//! Fuzz normalisation, segmentation and tokens: spans are exact slices.
#![no_main]

use crosscheck_model::Span;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut last = 0;
    for s in crosscheck_text::sentence_spans(text) {
        assert!(s.start >= last && s.start < s.end);
        let piece = s.slice(text);
        assert_eq!(piece, piece.trim());
        last = s.end;
    }
    for t in crosscheck_text::tokens(text) {
        assert!(!t.span.slice(text).is_empty());
    }
    let n = crosscheck_text::normalize(text);
    let whole = n.original_span(Span::new(0, n.text.len()));
    assert!(whole.end <= text.len());
});
