//! BIO tag sets over a tagger's own labels. The perceptron and its decoder
//! ([`super::model`]) work on tag slots: slot 0 is `O`, and the `k`-th label
//! of a [`Labels`] set has its `B-` tag in slot `1 + 2k` and its `I-` tag in
//! slot `2 + 2k`. A model file holds [`SLOTS`] slots, room for four labels;
//! the named-entity tagger uses all four ([`NerLabel`]), the attribution
//! tagger its three roles (in `crosscheck-quotes`).
//!
//! ```
//! use crosscheck_entities::ner::tags::{NerLabel, Tag, spans};
//! let tags = [Tag::B(NerLabel::Per), Tag::I(NerLabel::Per), Tag::O];
//! let slots: Vec<usize> = tags.iter().map(|t| t.index()).collect();
//! assert_eq!(slots, [1, 2, 0]);
//! assert_eq!(spans::<NerLabel>(&slots), [(0, 2, NerLabel::Per)]);
//! assert_eq!(Tag::B(NerLabel::Misc).to_string(), "B-MISC");
//! ```

use std::fmt;

/// The tag slots of a model: `O` and `B-` / `I-` for up to four labels. The
/// model file format fixes it.
pub const SLOTS: usize = 9;

/// A tagger's labels: the kinds of span it tags.
pub trait Labels: Copy + Eq + fmt::Debug + 'static {
    /// Every label, in slot order (at most four).
    const ALL: &'static [Self];

    /// The label's name in a tag ("PER" in "B-PER").
    fn name(self) -> &'static str;

    /// The label's position in [`Labels::ALL`].
    fn position(self) -> usize {
        Self::ALL
            .iter()
            .position(|l| *l == self)
            .expect("a label is in its own set")
    }
}

/// How many tag slots a label set uses: `O` and two per label.
pub const fn slots<L: Labels>() -> usize {
    1 + 2 * L::ALL.len()
}

/// One BIO tag over labels `L`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag<L> {
    /// Outside any span.
    O,
    /// The first token of a span.
    B(L),
    /// A later token of a span.
    I(L),
}

impl<L: Labels> Tag<L> {
    /// The tag's slot in the model.
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(l) => 1 + 2 * l.position(),
            Tag::I(l) => 2 + 2 * l.position(),
        }
    }

    /// The tag in a slot; `None` for a slot the label set does not use.
    pub fn from_index(slot: usize) -> Option<Self> {
        if slot == 0 {
            return Some(Tag::O);
        }
        let label = *L::ALL.get((slot - 1) / 2)?;
        Some(if slot % 2 == 1 {
            Tag::B(label)
        } else {
            Tag::I(label)
        })
    }

    /// The tag written as "O", "B-PER", "I-Cue".
    pub fn parse(written: &str) -> Option<Self> {
        if written == "O" {
            return Some(Tag::O);
        }
        let (prefix, name) = written.split_once('-')?;
        let label = *L::ALL.iter().find(|l| l.name() == name)?;
        match prefix {
            "B" => Some(Tag::B(label)),
            "I" => Some(Tag::I(label)),
            _ => None,
        }
    }

    /// The label of a `B-` or `I-` tag.
    pub fn label(self) -> Option<L> {
        match self {
            Tag::O => None,
            Tag::B(l) | Tag::I(l) => Some(l),
        }
    }
}

impl<L: Labels> fmt::Display for Tag<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(l) => write!(f, "B-{}", l.name()),
            Tag::I(l) => write!(f, "I-{}", l.name()),
        }
    }
}

/// The spans of a sequence of tag slots: (start, end exclusive, label). An
/// `I-` tag continues a span of its label and opens one otherwise; a slot
/// the label set does not use is outside any span.
pub fn spans<L: Labels>(tags: &[usize]) -> Vec<(usize, usize, L)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, L)> = None;
    for (i, &slot) in tags.iter().enumerate() {
        let tag = Tag::<L>::from_index(slot).unwrap_or(Tag::O);
        if let (Tag::I(l), Some((_, o))) = (tag, open) {
            if l == o {
                continue;
            }
        }
        if let Some((s, l)) = open.take() {
            out.push((s, i, l));
        }
        open = tag.label().map(|l| (i, l));
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l));
    }
    out
}

/// The named-entity tagger's labels (CoNLL-2003's types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NerLabel {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A location.
    Loc,
    /// Any other name (nationalities, events, works).
    Misc,
}

impl Labels for NerLabel {
    const ALL: &'static [Self] = &[NerLabel::Per, NerLabel::Org, NerLabel::Loc, NerLabel::Misc];

    fn name(self) -> &'static str {
        match self {
            NerLabel::Per => "PER",
            NerLabel::Org => "ORG",
            NerLabel::Loc => "LOC",
            NerLabel::Misc => "MISC",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::TAGS;

    #[test]
    fn ner_tags_are_the_model_order() {
        assert_eq!(slots::<NerLabel>(), SLOTS);
        for (slot, name) in TAGS.iter().enumerate() {
            let tag = Tag::<NerLabel>::from_index(slot).unwrap();
            assert_eq!(tag.to_string(), *name);
            assert_eq!(tag.index(), slot);
            assert_eq!(Tag::<NerLabel>::parse(name), Some(tag));
        }
        assert_eq!(Tag::<NerLabel>::from_index(SLOTS), None);
        assert_eq!(Tag::<NerLabel>::parse("B-XYZ"), None);
    }

    #[test]
    fn spans_open_on_a_stray_inside_tag() {
        use NerLabel::*;
        let t = |tag: Tag<NerLabel>| tag.index();
        let tags = [
            t(Tag::B(Per)),
            t(Tag::I(Per)),
            t(Tag::I(Org)),
            t(Tag::O),
            t(Tag::B(Loc)),
        ];
        assert_eq!(
            spans::<NerLabel>(&tags),
            [(0, 2, Per), (2, 3, Org), (4, 5, Loc)]
        );
    }
}
