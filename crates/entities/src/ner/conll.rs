//! CoNLL-2003 files (`TOKEN TAG` per line, blank lines between sentences,
//! `-DOCSTART-` between documents) and the conlleval score: an entity counts
//! when its type and both boundaries match.

use super::model::{TAGS, tag_index};
use super::tags::{Labels, NerLabel, spans};

/// One sentence: its words and gold tag indexes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens.
    pub words: Vec<String>,
    /// The gold tags: slots of the tagger's tag set (for CoNLL files,
    /// indexes into [`TAGS`]).
    pub tags: Vec<usize>,
}

/// A document: its sentences.
pub type Document = Vec<Sentence>;

/// Why a CoNLL file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct ConllError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub problem: String,
}

/// Parse a CoNLL file into documents. The last column is the tag; IOB1 tags
/// (an `I-` opening an entity) are read as IOB2.
pub fn parse(text: &str) -> Result<Vec<Document>, ConllError> {
    let mut docs: Vec<Document> = Vec::new();
    let mut doc: Document = Vec::new();
    let mut sentence = Sentence::default();
    let flush_sentence = |doc: &mut Document, s: &mut Sentence| {
        if !s.words.is_empty() {
            doc.push(std::mem::take(s));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush_sentence(&mut doc, &mut sentence);
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush_sentence(&mut doc, &mut sentence);
            if !doc.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if cols.len() < 2 {
            return Err(ConllError {
                line: n + 1,
                problem: "expected a token and a tag".into(),
            });
        }
        let tag = cols[cols.len() - 1];
        let mut t = tag_index(tag).ok_or_else(|| ConllError {
            line: n + 1,
            problem: format!("unknown tag {tag:?}"),
        })?;
        if let Some(kind) = tag.strip_prefix("I-") {
            let continues = sentence
                .tags
                .last()
                .is_some_and(|&p| TAGS[p].len() > 2 && &TAGS[p][2..] == kind);
            if !continues {
                t = tag_index(&format!("B-{kind}")).expect("every I- tag has a B- tag");
            }
        }
        sentence.words.push(cols[0].to_string());
        sentence.tags.push(t);
    }
    flush_sentence(&mut doc, &mut sentence);
    if !doc.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

/// The entities of a sequence of named-entity tag slots: (start, end
/// exclusive, type name).
pub fn entities(tags: &[usize]) -> Vec<(usize, usize, &'static str)> {
    spans::<NerLabel>(tags)
        .into_iter()
        .map(|(s, e, label)| (s, e, label.name()))
        .collect()
}

/// Entity-level counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted entities matching a gold one exactly.
    pub correct: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Gold entities.
    pub gold: usize,
}

impl Counts {
    /// Add one sentence's gold and predicted tags; `kind` restricts the
    /// count to one type.
    pub fn add(&mut self, gold: &[usize], predicted: &[usize], kind: Option<&str>) {
        let keep = |e: &(usize, usize, &str)| kind.is_none_or(|k| e.2 == k);
        let g: Vec<_> = entities(gold).into_iter().filter(keep).collect();
        let p: Vec<_> = entities(predicted).into_iter().filter(keep).collect();
        self.correct += p.iter().filter(|e| g.contains(e)).count();
        self.predicted += p.len();
        self.gold += g.len();
    }

    /// Precision, recall and F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.predicted == 0 {
            0.0
        } else {
            self.correct as f64 / self.predicted as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents_and_iob1() {
        let text = "-DOCSTART- O\n\nEU B-ORG\nrejects O\nGerman I-MISC\n\nPeter B-PER\nBlackburn I-PER\n\n-DOCSTART- O\n\nX I-LOC\n";
        let docs = parse(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].len(), 2);
        assert_eq!(docs[0][0].tags, vec![3, 0, 7]);
        assert_eq!(docs[1][0].tags, vec![5]);
        assert!(parse("word\n").is_err());
        assert!(parse("word B-XYZ\n").is_err());
    }

    #[test]
    fn conlleval_counts() {
        let gold = [1, 2, 0, 5];
        let pred = [1, 0, 0, 5];
        let mut c = Counts::default();
        c.add(&gold, &pred, None);
        assert_eq!((c.correct, c.predicted, c.gold), (1, 2, 2));
        assert_eq!(entities(&[1, 2, 2, 3]), vec![(0, 3, "PER"), (3, 4, "ORG")]);
    }
}
