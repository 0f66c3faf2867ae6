//! Fuzz the tagger's model reader and the CoNLL reader: no panic on any
//! bytes; a model that reads decodes a sentence; CoNLL tags read back as
//! entities inside their sentence.
#![no_main]

use crosscheck_entities::ner::{self, Model, conll};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(model) = Model::from_bytes(data) {
        let tags = ner::tag_document(&model, &[vec!["Mr.", "Ortega", "said"]]);
        assert_eq!(tags[0].len(), 3);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(docs) = conll::parse(text) {
            for s in docs.iter().flatten() {
                assert_eq!(s.words.len(), s.tags.len());
                for (start, end, _) in conll::entities(&s.tags) {
                    assert!(start < end && end <= s.tags.len());
                }
            }
        }
    }
});

