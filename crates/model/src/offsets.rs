//! Byte spans and their conversion to `char` offsets.

/// A half-open byte range `[start, end)` into a string, on `char` boundaries.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers.
    ///
    /// # Panics
    /// When the span is out of range or not on `char` boundaries of `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of one string to `char` offsets (Unicode scalar values).
///
/// Built once per string in O(n); each conversion is a binary search over the
/// positions of multi-byte characters, so ASCII text costs almost nothing.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// For every multi-byte char, in order: its byte offset and the number of
    /// extra bytes (beyond one per char) up to and including it.
    wide: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl CharIndex {
    /// Index the given string.
    pub fn new(text: &str) -> Self {
        let mut extra = 0;
        let wide = text
            .char_indices()
            .filter(|(_, c)| c.len_utf8() > 1)
            .map(|(i, c)| {
                extra += c.len_utf8() - 1;
                (i, extra)
            })
            .collect();
        CharIndex {
            wide,
            len_bytes: text.len(),
        }
    }

    /// The `char` offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.len_bytes);
        let before = self.wide.partition_point(|&(at, _)| at < byte);
        let extra = before.checked_sub(1).map_or(0, |i| self.wide[i].1);
        byte - extra
    }

    /// Both ends of a span as `char` offsets.
    pub fn char_span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalars() {
        let text = "a’b “c” é";
        let idx = CharIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(bi), ci);
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
    }
}
