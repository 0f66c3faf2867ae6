//! Attributions learned from PolNeAR: source, cue and content spans as BIO
//! tags over the tokens of each sentence (the entity tagger's perceptron
//! and decoder over this tagger's own labels, [`Role`]; their tag slots are
//! those PER / ORG / LOC have in the entity tagger, so the committed weights
//! read as before), turned back into attributions — each cue with the sources and
//! contents of its sentence nearest to it; a content run in a sentence
//! without a cue continues the previous sentence's attribution.
//!
//! The rules of this crate find direct quotations and their speakers more
//! precisely; the tagger finds more of the reported speech and belief the
//! rules miss ("officials believe", "the report found"), so `analyse` adds
//! its attributions where the rules found none and the content holds no
//! quotation. The weights are committed (`model/attribution.bin.gz`, with
//! `model/attribution.json` naming the command and data that reproduce them).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crosscheck_entities::ner::tags::{Labels, Tag, spans};
use crosscheck_entities::ner::{self, Model, conll, features};
use crosscheck_model::{Article, Span};
use crosscheck_text::TextFeatures;

/// Words that report speech or belief (a feature, not a rule).
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "stated",
    "added",
    "argued",
    "claimed",
    "believes",
    "believe",
    "wrote",
    "writes",
    "noted",
    "explained",
    "asked",
    "announced",
    "reported",
    "warned",
    "suggested",
    "insisted",
    "acknowledged",
    "thinks",
    "think",
    "want",
    "wants",
    "hopes",
    "tweeted",
    "declared",
    "contended",
    "maintained",
    "admitted",
    "denied",
    "called",
    "continued",
    "predicted",
    "promised",
    "vowed",
    "urged",
    "saying",
    "telling",
];

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "''" | "``")
}

/// A feature: the shared hash with this tagger's own template tag, so its
/// names never collide with the entity tagger's.
fn hash(parts: &[&str]) -> u64 {
    features::hash(200, parts)
}

fn bucket(d: isize) -> &'static str {
    match d {
        ..=-6 => "far-left",
        -5..=-3 => "left",
        -2 => "-2",
        -1 => "-1",
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "right",
        _ => "far-right",
    }
}

/// Words that report speech or belief as the training data marks them: every
/// word tagged as (part of) a cue often enough, relative to how often it
/// occurs, besides the hand-made [`REPORTING`] list. Learned by the training
/// command from the documents it trains on and committed beside the weights
/// (`model/attribution-cues.txt`, one word per line).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cues(HashSet<String>);

impl Cues {
    /// Words tagged as cue at least `min_count` times and in at least
    /// `min_share` of their occurrences (lower case).
    pub fn learn(docs: &[conll::Document], min_count: usize, min_share: f64) -> Self {
        let cue_tags = [Tag::B(Role::Cue).index(), Tag::I(Role::Cue).index()];
        let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
        for sentence in docs.iter().flatten() {
            for (w, t) in sentence.words.iter().zip(&sentence.tags) {
                let c = counts.entry(w.to_lowercase()).or_default();
                c.0 += 1;
                c.1 += usize::from(cue_tags.contains(t));
            }
        }
        Self(
            counts
                .into_iter()
                .filter(|(w, (n, cue))| {
                    *cue >= min_count
                        && *cue as f64 >= min_share * *n as f64
                        && w.chars().any(char::is_alphabetic)
                })
                .map(|(w, _)| w)
                .collect(),
        )
    }

    /// Read the list (one word per line; blank lines ignored).
    pub fn parse(text: &str) -> Self {
        Self(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }

    /// The list as committed: sorted, one word per line.
    pub fn to_text(&self) -> String {
        let mut words: Vec<&String> = self.0.iter().collect();
        words.sort();
        words.iter().map(|w| format!("{w}\n")).collect()
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn contains(&self, lower: &str) -> bool {
        self.0.contains(lower)
    }

    /// Whether a phrase holds a cue word (learned or on the hand-made list)
    /// other than an auxiliary or particle ("has said", "talked about").
    pub fn any_in(&self, phrase: &str) -> bool {
        const FUNCTION: &[&str] = &[
            "has", "have", "had", "is", "are", "was", "were", "be", "been", "also", "about", "to",
            "of", "on", "in", "for", "with", "not", "did", "does", "do", "will", "would", "could",
            "as", "it", "a", "an", "the",
        ];
        phrase
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(str::to_lowercase)
            .filter(|w| !FUNCTION.contains(&w.as_str()))
            .any(|w| self.contains(&w) || REPORTING.contains(&w.as_str()))
    }
}

/// Whether a word is one of the hand-made reporting words.
pub fn is_reporting(word: &str) -> bool {
    REPORTING.contains(&word)
}

static BUILT_IN_CUES: LazyLock<Cues> =
    LazyLock::new(|| Cues::parse(include_str!("../model/attribution-cues.txt")));

/// The cue words learned with the committed tagger.
pub fn built_in_cues() -> &'static Cues {
    &BUILT_IN_CUES
}

/// The features of every token of an article's sentences.
pub fn features(sentences: &[Vec<String>], cues: &Cues) -> Vec<Vec<Vec<u64>>> {
    let mut inside = false;
    let mut out = Vec::new();
    // Names as the entity tagger sees them: sources are mostly people and
    // organisations.
    let names = ner::tag_document(ner::built_in(), sentences);
    for (words, names) in sentences.iter().zip(&names) {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let reporting: Vec<usize> = (0..words.len())
            .filter(|&i| REPORTING.contains(&lower[i].as_str()))
            .collect();
        let learned: Vec<usize> = (0..words.len())
            .filter(|&i| cues.contains(&lower[i]))
            .collect();
        let has_quote = words.iter().any(|w| is_quote(w));
        let starts_inside = inside;
        let commas: Vec<usize> = (0..words.len()).filter(|&i| words[i] == ",").collect();
        let mut sentence = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let l = lower[i].as_str();
            let at = |d: isize| features::padded(&lower, i as isize + d);
            let quote_mark = is_quote(w);
            let state = if quote_mark {
                "mark"
            } else if inside {
                "in"
            } else {
                "out"
            };
            let shape = features::short_shape(w);
            let nearest = reporting
                .iter()
                .map(|&r| r as isize - i as isize)
                .min_by_key(|d| d.abs());
            let near = nearest.map_or("none", bucket);
            let near_cue = learned
                .iter()
                .map(|&r| r as isize - i as isize)
                .min_by_key(|d| d.abs())
                .map_or("none", bucket);
            let before_comma = commas.first().is_some_and(|&c| i < c);
            let after_comma = commas.last().is_some_and(|&c| i > c);
            let chars: Vec<char> = l.chars().collect();
            let suffix: String = chars[chars.len().saturating_sub(3)..].iter().collect();
            let mut f = vec![
                hash(&["bias"]),
                hash(&["w", l]),
                hash(&["shape", &shape]),
                hash(&["suf", &suffix]),
                hash(&["q", state]),
                hash(&["q-w", state, l]),
                hash(&["near", near]),
                hash(&["near-q", near, state]),
                hash(&["near-shape", near, &shape]),
                hash(&["w-1", at(-1)]),
                hash(&["w+1", at(1)]),
                hash(&["w-2", at(-2)]),
                hash(&["w+2", at(2)]),
                hash(&["w-1w", at(-1), l]),
                hash(&["ww+1", l, at(1)]),
                hash(&[
                    "pos",
                    if i == 0 {
                        "first"
                    } else if i + 1 == words.len() {
                        "last"
                    } else {
                        "mid"
                    },
                ]),
                hash(&[
                    "comma",
                    if before_comma {
                        "before"
                    } else if after_comma {
                        "after"
                    } else {
                        "between"
                    },
                ]),
                hash(&[
                    "sent",
                    if has_quote { "quote" } else { "plain" },
                    if reporting.is_empty() { "norep" } else { "rep" },
                ]),
                hash(&[
                    "opens",
                    if starts_inside { "inside" } else { "outside" },
                    state,
                ]),
            ];
            if REPORTING.contains(&l) {
                f.push(hash(&["rep-w", l, at(-1), at(1)]));
            }
            let name = ner::TAGS[names[i]];
            let name_before = if i > 0 {
                ner::TAGS[names[i - 1]]
            } else {
                "<s>"
            };
            f.push(hash(&["ner", name]));
            f.push(hash(&["ner-near", name, near]));
            f.push(hash(&["ner-prev", name_before, name]));
            f.push(hash(&["w-3", at(-3)]));
            f.push(hash(&["w+3", at(3)]));
            f.push(hash(&["near-w", near, l]));
            f.push(hash(&["cue-near", near_cue]));
            f.push(hash(&["cue-near-q", near_cue, state]));
            f.push(hash(&["cue-near-ner", near_cue, name]));
            f.push(hash(&["cue-near-shape", near_cue, &shape]));
            if cues.contains(l) {
                f.push(hash(&["cue-w", at(-1), at(1)]));
            }
            sentence.push(f);
            if quote_mark {
                inside = match w.as_str() {
                    "“" => true,
                    "”" => false,
                    _ => !inside,
                };
            }
        }
        out.push(sentence);
    }
    out
}

static BUILT_IN: LazyLock<Model> = LazyLock::new(|| {
    Model::from_bytes(include_bytes!("../model/attribution.bin.gz"))
        .expect("the committed attribution model is readable")
});

/// The committed attribution tagger.
pub fn built_in() -> &'static Model {
    &BUILT_IN
}

/// The tokens of each sentence of a prepared article, with byte spans, read
/// from its text features.
pub fn sentence_words(article: &Article, text: &TextFeatures) -> Vec<Vec<(Span, String)>> {
    article
        .sentences
        .iter()
        .map(|s| {
            text.tokens_in(s.span)
                .iter()
                .map(|tok| (tok.span, tok.span.slice(&article.text).to_string()))
                .collect()
        })
        .collect()
}

fn words_only(words: &[Vec<(Span, String)>]) -> Vec<Vec<String>> {
    words
        .iter()
        .map(|s| s.iter().map(|(_, w)| w.clone()).collect())
        .collect()
}

/// The role of an annotated fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Who said or believes it.
    Source,
    /// The words that report it.
    Cue,
    /// What is attributed.
    Content,
}

impl Labels for Role {
    /// In this order, the roles take the slots PER, ORG and LOC take in the
    /// entity tagger: the committed weights were trained that way.
    const ALL: &'static [Self] = &[Role::Source, Role::Cue, Role::Content];

    fn name(self) -> &'static str {
        match self {
            Role::Source => "Source",
            Role::Cue => "Cue",
            Role::Content => "Content",
        }
    }
}

/// A prepared article with annotated fragments (byte spans; `id` tells the
/// fragments apart) as a tagged training document.
pub fn training_document(article: &Article, fragments: &[(Span, Role, usize)]) -> conll::Document {
    sentence_words(article, &TextFeatures::of_article(article))
        .into_iter()
        .map(|ws| {
            let mut last: Option<usize> = None;
            let mut tags = Vec::new();
            for (span, _) in &ws {
                let hit = fragments
                    .iter()
                    .find(|(f, _, _)| span.start >= f.start && span.start < f.end);
                let t = match hit {
                    Some(&(_, role, id)) => {
                        let tag = if last == Some(id) {
                            Tag::I(role)
                        } else {
                            Tag::B(role)
                        };
                        last = Some(id);
                        tag.index()
                    }
                    None => {
                        last = None;
                        0
                    }
                };
                tags.push(t);
            }
            conll::Sentence {
                words: ws.into_iter().map(|(_, w)| w).collect(),
                tags,
            }
        })
        .collect()
}

/// The features of a training document.
pub fn document_features(doc: &conll::Document, cues: &Cues) -> Vec<Vec<Vec<u64>>> {
    let words: Vec<Vec<String>> = doc.iter().map(|s| s.words.clone()).collect();
    features(&words, cues)
}

/// One attribution found by the tagger: byte spans of its fragments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// The sentence of its cue.
    pub sentence: usize,
    /// Source fragments.
    pub source: Vec<Span>,
    /// Cue fragments.
    pub cue: Vec<Span>,
    /// Content fragments.
    pub content: Vec<Span>,
}

/// The attributions the tagger finds in a prepared article (`text`: its
/// text features).
pub fn tag(model: &Model, article: &Article, text: &TextFeatures) -> Vec<Found> {
    let words = sentence_words(article, text);
    let feats = features(&words_only(&words), built_in_cues());
    let mut out: Vec<Found> = Vec::new();
    let mut previous: Option<usize> = None;
    for (si, (ws, f)) in words.iter().zip(feats).enumerate() {
        // Content runs on within a paragraph, or into the next when it
        // reopens a quotation (news style).
        let same_paragraph = si > 0
            && (article.sentences[si].paragraph == article.sentences[si - 1].paragraph
                || ws
                    .first()
                    .is_some_and(|(_, w)| matches!(w.as_str(), "\"" | "“")));
        let tags = model.decode::<Role>(&f);
        let spans = spans::<Role>(&tags);
        let span = |s: usize, e: usize| Span::new(ws[s].0.start, ws[e - 1].0.end);
        let cues: Vec<(usize, usize)> = spans
            .iter()
            .filter(|x| x.2 == Role::Cue)
            .map(|x| (x.0, x.1))
            .collect();
        let first = out.len();
        for &(s, e) in &cues {
            out.push(Found {
                sentence: si,
                cue: vec![span(s, e)],
                ..Found::default()
            });
        }
        for &(s, e, role) in &spans {
            if role == Role::Cue {
                continue;
            }
            let target = if cues.is_empty() {
                // Content running on from the previous sentence's
                // attribution, within its paragraph.
                if role == Role::Content && same_paragraph {
                    previous
                } else {
                    None
                }
            } else {
                let mid = (s + e) / 2;
                cues.iter()
                    .enumerate()
                    .min_by_key(|(_, (cs, ce))| ((cs + ce) / 2).abs_diff(mid))
                    .map(|(k, _)| first + k)
            };
            if let Some(t) = target {
                match role {
                    Role::Source => out[t].source.push(span(s, e)),
                    _ => out[t].content.push(span(s, e)),
                }
            }
        }
        previous = if cues.is_empty() {
            previous.filter(|_| spans.iter().any(|x| x.2 == Role::Content))
        } else {
            Some(out.len() - 1)
        };
    }
    out
}
