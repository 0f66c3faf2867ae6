//! The features the tagger sees for each token: the word and its shape,
//! affixes, neighbours, gazetteer matches, and what the rest of the document
//! says about the same word (a capitalised word at the start of a sentence or
//! in an all-capitals headline is a name when the document writes it
//! capitalised elsewhere).
//!
//! Features are hashed to 64 bits (FNV-1a) with a one-byte template tag, so a
//! model file holds numbers, not strings.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use crosscheck_lexicon::{PlaceKind, organizations, outlets, places};

/// FNV-1a over a template tag and its parts, separated by 0xFF: how every
/// feature of a tagger built on this crate's perceptron is named.
pub fn hash(template: u8, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(template);
    for part in parts {
        eat(0xFF);
        for &b in part.as_bytes() {
            eat(b);
        }
    }
    h
}

/// The shape of a word: upper case → X, lower → x, digit → d, others kept.
fn shape(word: &str) -> String {
    word.chars()
        .map(|c| {
            if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            }
        })
        .collect()
}

/// The shape with runs collapsed ("Xxxxx" → "Xx").
pub fn short_shape(word: &str) -> String {
    let mut out = String::new();
    for c in shape(word).chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn is_title(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

fn is_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// What the gazetteers know about runs of words, keyed by the lower-case
/// words joined with spaces.
struct Gazetteer {
    entries: HashMap<String, &'static str>,
    /// The most words of an entry beginning with each first word.
    longest: HashMap<String, usize>,
}

fn gazetteer_words(name: &str) -> Vec<String> {
    crosscheck_text::tokens(name)
        .iter()
        .map(|t| t.span.slice(name).to_lowercase())
        .collect()
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut entries = HashMap::default();
    let mut longest: HashMap<String, usize> = HashMap::default();
    let mut add = |name: &str, class: &'static str| {
        let words = gazetteer_words(name);
        if words.is_empty() {
            return;
        }
        let most = longest.entry(words[0].clone()).or_default();
        *most = (*most).max(words.len());
        entries.entry(words.join(" ")).or_insert(class);
    };
    for place in places().iter() {
        let class = match place.kind {
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::Continent => "continent",
            PlaceKind::State => "state",
            PlaceKind::City => "city",
        };
        add(place.name, class);
        for a in &place.aliases {
            add(a, class);
        }
        for d in &place.demonyms {
            add(d, "demonym");
        }
        for s in &place.seats {
            add(s, "seat");
        }
    }
    for org in organizations().iter() {
        add(org.name, "org");
        for a in &org.aliases {
            add(a, "org");
        }
    }
    for outlet in outlets().iter() {
        add(outlet.name, "outlet");
        for a in &outlet.aliases {
            add(a, "outlet");
        }
    }
    Gazetteer { entries, longest }
});

/// The gazetteer entries found in a sentence's lower-case words, longest
/// first, left to right: (start, end exclusive, class), where class is one
/// of `country`, `region`, `continent`, `state`, `demonym`, `seat`, `org`,
/// `outlet`.
pub fn gazetteer_matches(lower: &[String]) -> Vec<(usize, usize, &'static str)> {
    let g = &*GAZETTEER;
    let mut out = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        let mut matched = 0;
        let most = g.longest.get(&lower[i]).copied().unwrap_or(0);
        for len in (1..=most.min(lower.len() - i)).rev() {
            let key = lower[i..i + len].join(" ");
            if let Some(&class) = g.entries.get(&key) {
                out.push((i, i + len, class));
                matched = len;
                break;
            }
        }
        i += matched.max(1);
    }
    out
}

/// Per-token gazetteer classes: for each token the class of the longest
/// gazetteer entry covering it, and whether the token begins it.
fn gazetteer_marks(lower: &[String]) -> Vec<Option<(&'static str, bool)>> {
    let mut marks = vec![None; lower.len()];
    for (start, end, class) in gazetteer_matches(lower) {
        for (k, mark) in marks[start..end].iter_mut().enumerate() {
            *mark = Some((class, k == 0));
        }
    }
    marks
}

/// What a document says about its words, gathered over all its sentences.
#[derive(Debug, Default)]
pub struct DocumentContext {
    /// Lower-case words seen capitalised (title case) away from the start of
    /// a sentence, outside all-capitals lines.
    title_inside: HashSet<String>,
    /// Lower-case words seen in lower case.
    lower: HashSet<String>,
}

/// Whether a sentence is a headline in capitals (most of its letters upper
/// case).
fn all_caps_sentence(words: &[&str]) -> bool {
    let alpha: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    alpha.len() >= 2 && alpha.iter().filter(|w| is_caps(w)).count() * 4 >= alpha.len() * 3
}

impl DocumentContext {
    /// Gather the context of a document's sentences.
    pub fn new<S: AsRef<str>>(sentences: &[Vec<S>]) -> Self {
        let mut doc = DocumentContext::default();
        for sentence in sentences {
            let words: Vec<&str> = sentence.iter().map(AsRef::as_ref).collect();
            let caps = all_caps_sentence(&words);
            for (i, w) in words.iter().enumerate() {
                if w.chars().all(char::is_lowercase) {
                    doc.lower.insert(w.to_string());
                } else if i > 0 && !caps && is_title(w) {
                    doc.title_inside.insert(w.to_lowercase());
                }
            }
        }
        doc
    }
}

/// The item at `i`, or a sentence boundary marker outside the slice.
pub fn padded(items: &[String], i: isize) -> &str {
    if i < 0 {
        "<s>"
    } else if i as usize >= items.len() {
        "</s>"
    } else {
        &items[i as usize]
    }
}

/// The hashed features of every token of a sentence.
pub fn sentence_features(words: &[&str], doc: &DocumentContext) -> Vec<Vec<u64>> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let shapes: Vec<String> = words.iter().map(|w| short_shape(w)).collect();
    let marks = gazetteer_marks(&lower);
    let caps = if all_caps_sentence(words) { "C" } else { "c" };
    let word_at = |i: isize| padded(&lower, i);
    let shape_at = |i: isize| padded(&shapes, i);
    let mut out = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let ii = i as isize;
        let w = lower[i].as_str();
        let sh = shapes[i].as_str();
        let mut f = Vec::with_capacity(48);
        f.push(hash(0, &[]));
        f.push(hash(1, &[word]));
        f.push(hash(2, &[w]));
        f.push(hash(3, &[&shape(word)]));
        f.push(hash(4, &[sh, caps]));
        let chars: Vec<char> = w.chars().collect();
        for n in 1..=4.min(chars.len()) {
            let prefix: String = chars[..n].iter().collect();
            let suffix: String = chars[chars.len() - n..].iter().collect();
            f.push(hash(5, &[&prefix]));
            f.push(hash(6, &[&suffix]));
        }
        f.push(hash(7, &[if i == 0 { "first" } else { "inside" }, sh]));
        for (t, d) in [(8u8, -2isize), (9, -1), (10, 1), (11, 2)] {
            f.push(hash(t, &[word_at(ii + d)]));
            f.push(hash(t + 10, &[shape_at(ii + d), sh]));
        }
        f.push(hash(22, &[word_at(ii - 1), w]));
        f.push(hash(23, &[w, word_at(ii + 1)]));
        f.push(hash(24, &[shape_at(ii - 1), sh, shape_at(ii + 1)]));
        f.push(hash(25, &[word_at(ii - 1), sh]));
        f.push(hash(26, &[sh, word_at(ii + 1)]));
        if w.contains('-') {
            for part in w.split('-') {
                f.push(hash(27, &[part]));
            }
        }
        match marks[i] {
            Some((class, begins)) => {
                f.push(hash(28, &[class, if begins { "B" } else { "I" }]));
                f.push(hash(29, &[class, sh]));
            }
            None => f.push(hash(28, &["none"])),
        }
        for d in [-1isize, 1] {
            let j = ii + d;
            if j >= 0 && (j as usize) < words.len() {
                if let Some((class, _)) = marks[j as usize] {
                    f.push(hash(30, &[class, if d < 0 { "L" } else { "R" }]));
                }
            }
        }
        // What the document says about the word.
        let title_elsewhere = doc.title_inside.contains(w);
        let lower_elsewhere = doc.lower.contains(w);
        let doc_class = match (title_elsewhere, lower_elsewhere) {
            (true, true) => "both",
            (true, false) => "title",
            (false, true) => "lower",
            (false, false) => "unseen",
        };
        f.push(hash(31, &[doc_class, sh, caps]));
        f.push(hash(
            32,
            &[doc_class, if i == 0 { "first" } else { "inside" }],
        ));
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_gazetteer_marks() {
        assert_eq!(short_shape("Amir-Abdollahian"), "Xx-Xx");
        assert_eq!(short_shape("C.I.A."), "X.X.X.");
        let lower: Vec<String> = ["the", "united", "states", "and", "tehran"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let marks = gazetteer_marks(&lower);
        assert_eq!(marks[1], Some(("country", true)));
        assert_eq!(marks[2], Some(("country", false)));
        assert_eq!(marks[4], Some(("seat", true)));
        assert_eq!(marks[0], None);
    }

    #[test]
    fn features_are_deterministic() {
        let s = vec![vec!["EU", "rejects", "German", "call"]];
        let doc = DocumentContext::new(&s);
        let words: Vec<&str> = s[0].clone();
        assert_eq!(
            sentence_features(&words, &doc),
            sentence_features(&words, &doc)
        );
    }
}
