//! Derivation: for each pair of articles in a story, whether one derives from
//! the other, in which direction, how much of it, and on what evidence.
//!
//! Evidence, strongest first:
//! - **explicit citation**: the later article names the other's outlet with a
//!   citing cue ("provided to the New York Times", "first reported by",
//!   "told Reuters", "according to a report in");
//! - **publication order**;
//! - **shared passages**: the share of the derived article's text aligned to
//!   the source (sentence alignments and verbatim passages);
//! - **identical quotations**: the same quoted words in both.
//!
//! Without a citation or an order, a news agency's copy is taken as the
//! source of a newspaper's (wire copy flows that way); failing that, the
//! article more of whose text is shared is taken as the copy.
//!
//! Two articles that both derive from a third and do not cite each other are
//! *siblings* (two papers rewriting the same wire story), not one the source
//! of the other.

use std::collections::{BTreeMap, HashMap, HashSet};

use crosscheck_align::Alignment;
use crosscheck_lexicon::{OutletKind, name_key, outlets};
use crosscheck_model::{Article, Span};
use crosscheck_reuse::ArticlePairs;
use crosscheck_text::{Normalized, TextFeatures};
use rayon::prelude::*;

/// What a derivation rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceKind {
    /// The derived article names the source's outlet as its source.
    ExplicitCitation,
    /// The derived article was published after the source.
    PublishedAfter,
    /// Text of the derived article is aligned to the source.
    SharedPassages,
    /// The same quotation, word for word, in both.
    IdenticalQuotes,
}

impl EvidenceKind {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::ExplicitCitation => "explicit_citation",
            EvidenceKind::PublishedAfter => "published_after",
            EvidenceKind::SharedPassages => "shared_passages",
            EvidenceKind::IdenticalQuotes => "identical_quotes",
        }
    }
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Its kind.
    pub kind: EvidenceKind,
    /// What it is, in words, quoting the text where there is text.
    pub detail: String,
    /// Where in the derived article, when it is a piece of its text.
    pub span: Option<Span>,
}

/// Wholly or partly derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// Most of the derived article comes from the source.
    Whole,
    /// Part of it does.
    Partial,
}

impl Extent {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Extent::Whole => "whole",
            Extent::Partial => "partial",
        }
    }
}

/// How strongly the evidence says one article relays the other — the words
/// the report uses for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// "derives from": the derived article credits the source, or carries
    /// a news agency's copy (wire copy flows from the agency to the paper).
    Derives,
    /// "probably derives from": enough shared text, published on a later
    /// day, and no credit.
    ProbablyDerives,
    /// "shares text with": enough shared text, but nothing says which came
    /// first or that one worked from the other rather than both from an
    /// upstream copy the story does not hold (same-day papers carrying the
    /// same agency copy). Not asserted as a derivation.
    SharesText,
}

impl Strength {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Derives => "derives",
            Strength::ProbablyDerives => "probably_derives",
            Strength::SharesText => "shares_text",
        }
    }

    /// The report's words for an edge of this strength.
    pub fn wording(self) -> &'static str {
        match self {
            Strength::Derives => "derives from",
            Strength::ProbablyDerives => "probably derives from",
            Strength::SharesText => "shares text with",
        }
    }
}

/// `derived` derives from `source` (indexes into the story's articles), or
/// — at [`Strength::SharesText`] — shares text with it without evidence of
/// which relays which (`derived` is then the article more of whose text is
/// shared).
#[derive(Debug, Clone, PartialEq)]
pub struct Derivation {
    /// The copy.
    pub derived: usize,
    /// The original.
    pub source: usize,
    /// 0–1.
    pub confidence: f32,
    /// What the evidence establishes, in the report's words.
    pub strength: Strength,
    /// Whole or partial.
    pub extent: Extent,
    /// Share of the derived article's text aligned to the source.
    pub shared_fraction: f32,
    /// Share of the derived article's text found in all its upstream
    /// sources together (sources known to come first: cited, published
    /// earlier, or a wire service) — a rewrite of several agency copies is
    /// whole though no one copy covers it. Equals `shared_fraction` when
    /// this source is its only one.
    pub combined_fraction: f32,
    /// What it rests on.
    pub evidence: Vec<Evidence>,
}

/// Two articles that share an upstream source.
#[derive(Debug, Clone, PartialEq)]
pub struct Sibling {
    /// One article.
    pub a: usize,
    /// The other.
    pub b: usize,
    /// The source both derive from.
    pub common_source: usize,
}

/// The thresholds.
#[derive(Debug, Clone)]
pub struct Options {
    /// Shared fraction at or above which the derivation is whole.
    pub whole: f32,
    /// Shared fraction at or above which there is a derivation at all
    /// (an explicit citation makes one by itself).
    pub partial: f32,
    /// The least share one upstream source must give to count towards a
    /// derivation from several sources together.
    pub contribution: f32,
    /// The least share of the derived text a further upstream source must
    /// add to what better sources cover to stay a source of it.
    pub marginal: f32,
}

impl Default for Options {
    fn default() -> Self {
        // Fitted on METER courts (770 newspaper texts); ten-fold
        // cross-validation of the fit is in BENCHMARKS.md.
        Options {
            whole: 0.975,
            partial: 0.6,
            contribution: 0.05,
            marginal: 0.05,
        }
    }
}

/// The derivation graph of a story: edges and siblings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Graph {
    /// Derivation edges ([`Strength::Derives`] and
    /// [`Strength::ProbablyDerives`]).
    pub edges: Vec<Derivation>,
    /// Pairs that share text with no evidence of which relays which
    /// ([`Strength::SharesText`]): not derivations.
    pub shared_text: Vec<Derivation>,
    /// Sibling pairs.
    pub siblings: Vec<Sibling>,
}

/// Cues that, before an outlet's name, make the mention a citation.
const CUES_BEFORE: &[&str] = &[
    "provided to",
    "first reported by",
    "reported by",
    "according to",
    "according to a report in",
    "according to a report by",
    "told",
    "tell",
    "tells",
    "telling",
    "spoke to",
    "speaking to",
    "said to",
    "as reported by",
    "report in",
    "report by",
    "reported in",
    "citing",
    "cited by",
    "quoted by",
    "obtained by",
    "seen by",
    "published by",
    "published in",
    "interview with",
    "said in an interview with",
    // Words said on a broadcaster's programme, relayed ("said on Fox News",
    // "said on the Fox News program").
    "said on",
    "says on",
    "saying on",
    "speaking on",
    "interview on",
    "via",
    "wrote in",
    "writing in",
    "report from",
    "reporting by",
    "a report in",
    "a report by",
    "first published by",
    "first published in",
];

/// Cues that, after an outlet's name, make the mention a citation.
const CUES_AFTER: &[&str] = &[
    "reported",
    "first reported",
    "said",
    "reports",
    "has reported",
    "revealed",
    "wrote",
    "published",
    "quoted",
    "cited",
];

/// The names an article's outlet goes by: canonical, as written, aliases.
fn outlet_names(article: &Article) -> Vec<String> {
    let mut names = Vec::new();
    for name in [&article.meta.outlet, &article.meta.outlet_as_written]
        .into_iter()
        .flatten()
    {
        names.push(name.clone());
        if let Some(o) = outlets().by_name(name) {
            names.push(o.name.to_string());
            names.extend(o.aliases.iter().map(|a| a.to_string()));
        }
    }
    // Longest first, so "The New York Times" is tried before "Times".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names.retain(|n| name_key(n).len() >= 2);
    names
}

/// Where one article names another's outlet as a source: the cited
/// phrase and the name it was found under.
type Citation = Option<(Span, String)>;

/// Where `citing` names `cited`'s outlet as a source: the cited phrase.
pub fn citation(citing: &Article, cited: &Article) -> Option<(Span, String)> {
    let norm = crosscheck_text::normalize(&citing.text);
    let lower = norm.text.to_lowercase();
    citation_in(citing, (&norm, &lower), cited)
}

/// [`citation`] reading the citing article's normalised text (and its
/// lower-cased form) from its text features.
fn citation_in(
    citing: &Article,
    (norm, lower): (&Normalized, &str),
    cited: &Article,
) -> Option<(Span, String)> {
    if citing.meta.outlet.is_some() && citing.meta.outlet == cited.meta.outlet {
        return None;
    }
    let names = outlet_names(cited);
    let short = short_forms(&names, lower);
    for (name, short_form) in names
        .iter()
        .map(|n| (n, false))
        .chain(short.iter().map(|n| (n, true)))
    {
        let name = name.clone();
        let needle = crosscheck_text::normalize(&name).text.to_lowercase();
        let needle = needle.strip_prefix("the ").unwrap_or(&needle).to_string();
        let mut from = 0;
        while let Some(at) = lower[from..].find(&needle) {
            let start = from + at;
            let end = start + needle.len();
            from = end;
            // Whole words only.
            let whole = crosscheck_text::whole_words(lower, start, end);
            // Case matters for short acronyms ("AP" is not "ap"), and a
            // name's capital for any ("at times" is not the Times).
            let written = &norm.text[start..end];
            let case_ok = (needle.len() > 4
                || written
                    == crosscheck_text::normalize(&name)
                        .text
                        .trim_start_matches("The "))
                && written.chars().next().is_some_and(char::is_uppercase);
            // The end of a person's name ("Anita Hill", "Sen. Post") is no
            // outlet: a capitalised word or a title stands right before it.
            let person = norm.text[..start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    let bare = w.trim_end_matches('.');
                    !w.ends_with([',', ';', ':'])
                        && bare.chars().next().is_some_and(char::is_uppercase)
                        && !matches!(bare, "The" | "According")
                        && !norm.text[..start]
                            .trim_end()
                            .ends_with(['.', '!', '?', '"', '“', '”'])
                        || crosscheck_lexicon::words::HONORIFIC_ABBREVIATIONS
                            .contains(&bare.to_lowercase().as_str())
                });
            // A short form stands for the outlet only after "the" ("the
            // Times reported"), the article having named it in full.
            let the_before = lower[..start].ends_with("the ");
            if !(whole && case_ok) || person || (short_form && !the_before) {
                continue;
            }
            let head = lower[..start].trim_end().trim_end_matches("the").trim_end();
            // "The New York Times (NYT) reported": the parenthesis is skipped.
            let tail = skip_parenthesis(lower[end..].trim_start());
            let cited_before = CUES_BEFORE
                .iter()
                .any(|c| head.ends_with(c) || head.ends_with(&format!("{c} a")));
            let cited_after = CUES_AFTER.iter().any(|c| tail.starts_with(c));
            if cited_before || cited_after {
                let cue_start = if cited_before {
                    CUES_BEFORE
                        .iter()
                        .filter(|c| head.ends_with(*c))
                        .map(|c| head.len() - c.len())
                        .min()
                        .unwrap_or(start)
                } else {
                    start
                };
                let cue_end = if cited_after {
                    (end + 40).min(lower.len())
                } else {
                    end
                };
                let cue_end = (cue_end..=lower.len())
                    .find(|&i| lower.is_char_boundary(i))
                    .unwrap_or(end);
                let span = norm.original_span(Span::new(cue_start, cue_end.max(end)));
                let span = trim_span(&citing.text, span);
                return Some((span, name));
            }
        }
    }
    None
}

/// The short forms an article may call an outlet by once it has named it in
/// full: a name of three words or more that opens with "The" goes by its
/// last word ("The New York Times" → "Times", "The Daily Telegraph" →
/// "Telegraph"). `lower` is the citing article's lower-cased normalised text.
fn short_forms(names: &[String], lower: &str) -> Vec<String> {
    let mut out: Vec<String> = names
        .iter()
        .filter_map(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            let full = crosscheck_text::normalize(name).text.to_lowercase();
            let named = lower.contains(full.strip_prefix("the ").unwrap_or(&full));
            (words.len() >= 3 && words[0] == "The" && named)
                .then(|| words[words.len() - 1].to_string())
        })
        .collect();
    out.sort();
    out.dedup();
    out.retain(|s| !names.contains(s));
    out
}

fn skip_parenthesis(s: &str) -> &str {
    if let Some(rest) = s.strip_prefix('(') {
        if let Some(close) = rest.find(')') {
            return rest[close + 1..].trim_start();
        }
    }
    s
}

/// Cut a citation span at the first clause punctuation.
fn trim_span(text: &str, span: Span) -> Span {
    let piece = span.slice(text);
    let cut = piece
        .char_indices()
        .find(|&(i, c)| i > 0 && matches!(c, ',' | '.' | ';' | '—' | '–' | ':'))
        .map_or(piece.len(), |(i, _)| i);
    Span::new(span.start, span.start + cut)
}

/// The quotations of an article (its normalised text): text between quote
/// marks, three words or more, keyed by their normalised words (the key maps
/// to the text as written).
fn quotations(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        let quote = &after[..close];
        if quote.split_whitespace().count() >= 3 {
            let key: String = quote
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric() || c.is_whitespace())
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            out.insert(key, quote.to_string());
        }
        rest = &after[close + 1..];
    }
    out
}

/// The share of `target`'s text (non-space characters) that is reused from
/// `source`: its sentences aligned to `source`, and the passages it shares
/// with `source` word for word or rewritten.
/// The parts of `target` aligned to `source`, shared with it as passages, or
/// rewriting one of its sentences.
/// The parts of one article found in another, by how they were found.
#[derive(Debug, Clone, Default)]
struct Shared {
    /// Its sentences aligned to the other's.
    aligned: Vec<Span>,
    /// Passages shared word for word or rewritten.
    passages: Vec<Span>,
    /// Sentences holding most of their content words in the other's
    /// nearby sentences.
    rewritten: Vec<Span>,
}

impl Shared {
    fn spans(&self) -> Vec<Span> {
        let mut all = self.aligned.clone();
        all.extend(&self.passages);
        all.extend(&self.rewritten);
        all
    }

    /// What the share is made of, in words that add up to it: "62% of its
    /// text found in the source: 3 aligned sentences, 2 shared passages".
    fn describe(&self, share: f32, source: &str) -> String {
        let part = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        let parts: Vec<String> = [
            part(self.aligned.len(), "aligned sentence", "aligned sentences"),
            part(self.passages.len(), "shared passage", "shared passages"),
            part(
                self.rewritten.len(),
                "sentence rewritten from it",
                "sentences rewritten from it",
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        format!(
            "{:.0}% of its text found in {source} ({}, overlaps counted once)",
            share * 100.0,
            parts.join(", ")
        )
    }
}

/// What `target` shares with `source`; `alignments` are the sentence
/// alignments of the two (their pair's only).
fn shared_spans(
    articles: &[Article],
    alignments: &[&Alignment],
    features: &[TextFeatures],
    source: usize,
    target: usize,
) -> Shared {
    let t = &articles[target];
    let hi = source.max(target);
    let sentences = alignments.iter().map(|al| {
        t.sentences[if target == hi {
            al.b_sentence
        } else {
            al.a_sentence
        }]
        .span
    });
    let passages = crosscheck_reuse::reuse_words(
        &features[source].words,
        &features[target].words,
        &crosscheck_reuse::Options::default(),
    )
    .into_iter()
    .map(|p| p.target);
    // Sentences holding at least half their content words in one source
    // sentence (rewrites the alignment may leave out).
    let contained = crosscheck_reuse::contained(&features[source], &features[target], 0.5, 3);
    Shared {
        aligned: sentences.collect(),
        passages: passages.collect(),
        rewritten: contained,
    }
}

/// A wire service, or a state news agency ("Associated Press of Pakistan",
/// "Islamic Republic News Agency").
fn is_agency(article: &Article) -> bool {
    article
        .meta
        .outlet
        .as_deref()
        .and_then(|o| outlets().by_name(o))
        .is_some_and(|o| {
            o.kind == OutletKind::NewsAgency
                || (o.kind == OutletKind::StateMedia
                    && (o.name.contains("Agency") || o.name.contains("Press")))
        })
}

/// Build the derivation graph of a story.
pub fn derive(articles: &[Article], alignments: &[Alignment], options: &Options) -> Graph {
    let features: Vec<TextFeatures> = articles.par_iter().map(TextFeatures::of_article).collect();
    let pairs = ArticlePairs::all(articles.len());
    derive_with_features(articles, &features, &pairs, alignments, options)
}

/// [`derive`] reading the articles' text features (one per article, from
/// the text stage) instead of computing them, on the article pairs given
/// (see [`crosscheck_reuse::article_pairs`]) and every pair where one
/// article cites the other's outlet.
pub fn derive_with_features(
    articles: &[Article],
    features: &[TextFeatures],
    pairs: &ArticlePairs,
    alignments: &[Alignment],
    options: &Options,
) -> Graph {
    assert_eq!(
        articles.len(),
        features.len(),
        "one text-features value per article"
    );
    let quotes: Vec<HashMap<String, String>> = features
        .iter()
        .map(|f| quotations(&f.normalized.text))
        .collect();
    // Each pair's sentence alignments, in their order, found once (not by
    // a scan of every alignment for every pair).
    let mut by_pair: HashMap<(usize, usize), Vec<&Alignment>> = HashMap::new();
    for al in alignments {
        by_pair.entry((al.a, al.b)).or_default().push(al);
    }
    // Whether one article cites another depends on the other only through
    // its outlet: each article is searched once per outlet of the story,
    // not once per pair.
    let outlet_of = |a: &Article| (a.meta.outlet.clone(), a.meta.outlet_as_written.clone());
    let mut outlets: Vec<(Option<String>, Option<String>)> = Vec::new();
    let mut representative: Vec<usize> = Vec::new();
    let outlet_index: Vec<usize> = articles
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let key = outlet_of(a);
            outlets.iter().position(|o| *o == key).unwrap_or_else(|| {
                outlets.push(key);
                representative.push(k);
                outlets.len() - 1
            })
        })
        .collect();
    let citations: Vec<Vec<Citation>> = articles
        .par_iter()
        .zip(features)
        .map(|(a, f)| {
            representative
                .iter()
                .map(|&r| citation_in(a, (&f.normalized, &f.lower), &articles[r]))
                .collect()
        })
        .collect();
    let cites = |citing: usize, cited: usize| citations[citing][outlet_index[cited]].clone();
    // The pairs compared, and every pair where one cites the other.
    let mut of_outlet: Vec<Vec<usize>> = vec![Vec::new(); outlets.len()];
    for (k, &o) in outlet_index.iter().enumerate() {
        of_outlet[o].push(k);
    }
    let cited_pairs = citations.iter().enumerate().flat_map(|(x, found)| {
        let of_outlet = &of_outlet;
        found
            .iter()
            .enumerate()
            .filter(|(_, c)| c.is_some())
            .flat_map(move |(o, _)| of_outlet[o].iter().map(move |&y| (x, y)))
    });
    let pairs: Vec<(usize, usize)> = pairs.clone().with(cited_pairs).iter().collect();
    let candidates: Vec<Candidate> = pairs
        .into_par_iter()
        .filter_map(|(x, y)| {
            let aligned = by_pair.get(&(x, y)).map_or(&[][..], Vec::as_slice);
            let cited = (cites(y, x), cites(x, y));
            pair(articles, features, aligned, cited, &quotes, (x, y), options)
        })
        .collect();
    let mut edges = select(articles, candidates, options);
    // Siblings: two copies of one source that do not cite each other. The
    // edge between them goes unless the copy shares more with the other copy
    // than with the common source (then it really worked from that copy).
    let mut siblings = Vec::new();
    let mut drop: HashSet<(usize, usize)> = HashSet::new();
    // Only derivations make siblings: a shared text whose direction is
    // unknown says nothing of a common source.
    let asserted = |e: &&Derivation| e.strength != Strength::SharesText;
    let mut by_source: BTreeMap<usize, Vec<&Derivation>> = BTreeMap::new();
    for e in edges.iter().filter(asserted) {
        by_source.entry(e.source).or_default().push(e);
    }
    let mut between: HashMap<(usize, usize), &Derivation> = HashMap::new();
    for g in &edges {
        let key = (g.source.min(g.derived), g.source.max(g.derived));
        between.entry(key).or_insert(g);
    }
    for (e, f) in by_source.values().flat_map(|of| {
        of.iter()
            .flat_map(move |e| of.iter().map(move |f| (*e, *f)))
    }) {
        if e.derived >= f.derived {
            continue;
        }
        let (a, b) = (e.derived, f.derived);
        let Some(g) = between.get(&(a, b)) else {
            siblings.push(Sibling {
                a,
                b,
                common_source: e.source,
            });
            continue;
        };
        let cited = g
            .evidence
            .iter()
            .any(|ev| ev.kind == EvidenceKind::ExplicitCitation);
        let from_common = if g.derived == a {
            e.shared_fraction
        } else {
            f.shared_fraction
        };
        if !cited && g.shared_fraction <= from_common {
            drop.insert((g.source, g.derived));
            siblings.push(Sibling {
                a,
                b,
                common_source: e.source,
            });
        }
    }
    edges.retain(|e| !drop.contains(&(e.source, e.derived)));
    siblings.sort_by_key(|s| (s.a, s.b, s.common_source));
    siblings.dedup_by(|p, q| p.a == q.a && p.b == q.b);
    let (edges, shared_text) = edges
        .into_iter()
        .partition(|e| e.strength != Strength::SharesText);
    Graph {
        edges,
        shared_text,
        siblings,
    }
}

/// The derivation candidate of articles `x` < `y`; `alignments` are their
/// sentence alignments, `cited` where `y` cites `x` and where `x` cites `y`.
fn pair(
    articles: &[Article],
    features: &[TextFeatures],
    alignments: &[&Alignment],
    (y_cites_x, x_cites_y): (Citation, Citation),
    quotes: &[HashMap<String, String>],
    (x, y): (usize, usize),
    options: &Options,
) -> Option<Candidate> {
    let (ax, ay) = (&articles[x], &articles[y]);
    let order = match (ax.meta.published, ay.meta.published) {
        (Some(p), Some(q)) if p.date < q.date => Some((x, y)),
        (Some(p), Some(q)) if q.date < p.date => Some((y, x)),
        _ => None,
    };
    let spans_y = shared_spans(articles, alignments, features, x, y);
    let spans_x = shared_spans(articles, alignments, features, y, x);
    let share_y = crosscheck_reuse::coverage(&ay.text, spans_y.spans());
    let share_x = crosscheck_reuse::coverage(&ax.text, spans_x.spans());
    // Direction: citation, then order, then agency, then the more-covered one.
    let (source, derived, citation_found) = match (&y_cites_x, &x_cites_y) {
        (Some(c), None) => (x, y, Some(c.clone())),
        (None, Some(c)) => (y, x, Some(c.clone())),
        _ => match order {
            Some((s, d)) => (s, d, None),
            None if is_agency(ax) && !is_agency(ay) => (x, y, None),
            None if is_agency(ay) && !is_agency(ax) => (y, x, None),
            None if share_x > share_y => (y, x, None),
            None => (x, y, None),
        },
    };
    // Upstream by evidence other than coverage: a citation, publication
    // order or a wire service.
    let upstream = citation_found.is_some()
        || order == Some((source, derived))
        || (is_agency(&articles[source]) && !is_agency(&articles[derived]));
    let (share, spans) = if derived == y {
        (share_y, spans_y)
    } else {
        (share_x, spans_x)
    };
    if share == 0.0 && citation_found.is_none() {
        return None;
    }
    let mut evidence = Vec::new();
    let mut confidence: f32 = 0.3;
    if let Some((span, name)) = &citation_found {
        evidence.push(Evidence {
            kind: EvidenceKind::ExplicitCitation,
            detail: format!(
                "{} cites {}: “{}”",
                label(&articles[derived]),
                name,
                span.slice(&articles[derived].text)
            ),
            span: Some(*span),
        });
        confidence += 0.4;
    }
    if order == Some((source, derived)) {
        let (s, d) = (
            articles[source].meta.published?,
            articles[derived].meta.published?,
        );
        let days = (d.date - s.date).num_days();
        evidence.push(Evidence {
            kind: EvidenceKind::PublishedAfter,
            detail: format!(
                "published {} after ({} vs {})",
                if days == 1 {
                    "1 day".to_string()
                } else {
                    format!("{days} days")
                },
                d.date,
                s.date
            ),
            span: None,
        });
        confidence += 0.1;
    }
    if share > 0.0 {
        evidence.push(Evidence {
            kind: EvidenceKind::SharedPassages,
            detail: spans.describe(share, &label(&articles[source])),
            span: None,
        });
        confidence += 0.3 * (share / options.whole).min(1.0);
    }
    let mut identical: Vec<&String> = quotes[source]
        .iter()
        .filter(|(k, _)| quotes[derived].contains_key(*k))
        .map(|(_, text)| text)
        .collect();
    identical.sort();
    if !identical.is_empty() {
        evidence.push(Evidence {
            kind: EvidenceKind::IdenticalQuotes,
            detail: format!(
                "{} identical quotation{}: “{}”",
                identical.len(),
                if identical.len() == 1 { "" } else { "s" },
                identical[0]
            ),
            span: None,
        });
        confidence += 0.1;
    }
    let wire = is_agency(&articles[source]) && !is_agency(&articles[derived]);
    let strength = if citation_found.is_some() || wire {
        Strength::Derives
    } else if order == Some((source, derived)) {
        Strength::ProbablyDerives
    } else {
        Strength::SharesText
    };
    let derivation = Derivation {
        derived,
        source,
        confidence: confidence.min(0.99),
        strength,
        extent: if share >= options.whole {
            Extent::Whole
        } else {
            Extent::Partial
        },
        shared_fraction: share,
        combined_fraction: share,
        evidence,
    };
    // How much of the derived text's wording the source holds word for word:
    // of two copies that cover the same facts, the one it was written from.
    let (dw, sw) = (&features[derived].words, &features[source].words);
    let verbatim = dw
        .ngrams
        .iter()
        .filter(|h| sw.ngram_starts.contains_key(h))
        .count() as f32
        / dw.ngrams.len().max(1) as f32;
    Some(Candidate {
        derivation,
        spans: spans.spans(),
        upstream,
        cited: citation_found.is_some(),
        verbatim,
    })
}

/// A possible derivation before the thresholds: the edge, the parts of the
/// derived text it covers, and whether the source is upstream by evidence
/// other than coverage.
struct Candidate {
    derivation: Derivation,
    spans: Vec<Span>,
    upstream: bool,
    cited: bool,
    /// The share of the derived text's word n-grams found in the source.
    verbatim: f32,
}

/// The edges kept: a citation, or enough shared text — with this source
/// alone, or with all the derived article's upstream sources together (then
/// each of them must give at least `options.contribution`). The extent reads
/// the combined share.
fn select(articles: &[Article], candidates: Vec<Candidate>, options: &Options) -> Vec<Derivation> {
    let mut by_derived: HashMap<usize, Vec<Span>> = HashMap::new();
    for c in candidates.iter().filter(|c| c.upstream) {
        by_derived
            .entry(c.derivation.derived)
            .or_default()
            .extend(c.spans.iter().copied());
    }
    let combined: HashMap<usize, f32> = by_derived
        .into_iter()
        .map(|(d, spans)| (d, crosscheck_reuse::coverage(&articles[d].text, spans)))
        .collect();
    let kept: Vec<Candidate> = candidates
        .into_iter()
        .filter_map(|mut c| {
            let e = &mut c.derivation;
            if c.upstream {
                let together = combined.get(&e.derived).copied().unwrap_or(0.0);
                e.combined_fraction = together.max(e.shared_fraction);
            }
            let alone = e.shared_fraction >= options.partial;
            let together =
                e.combined_fraction >= options.partial && e.shared_fraction >= options.contribution;
            if !(c.cited || alone || together) {
                return None;
            }
            e.extent = if e.combined_fraction >= options.whole {
                Extent::Whole
            } else {
                Extent::Partial
            };
            Some(c)
        })
        .collect();
    only_sources_that_add(articles, kept, options)
}

/// Of the copies of one outlet an article's text is found in, the ones it
/// was written from: taken best first (the most of its text, then the most
/// of its wording word for word), a copy stays only when it adds at least
/// `options.marginal` of the text to what the copies before it cover. Two
/// copies of one wire story (page 1 and its update) that repeat each
/// other's paragraphs both hold a rewrite of either; it was written from
/// one. A credited source always stays, and sources of different outlets
/// are not weighed against each other.
fn only_sources_that_add(
    articles: &[Article],
    mut kept: Vec<Candidate>,
    options: &Options,
) -> Vec<Derivation> {
    kept.sort_by(|x, y| {
        let key = |c: &Candidate| {
            (
                !c.cited,
                std::cmp::Reverse((c.derivation.shared_fraction * 100.0).round() as i64),
                std::cmp::Reverse((c.verbatim * 1000.0).round() as i64),
            )
        };
        let group = |c: &Candidate| {
            (
                c.derivation.derived,
                outlet_key(&articles[c.derivation.source], c.derivation.source),
            )
        };
        (group(x), key(x)).cmp(&(group(y), key(y)))
    });
    let mut covered: HashMap<(usize, String), Vec<Span>> = HashMap::new();
    let mut out = Vec::new();
    for c in kept {
        let d = (
            c.derivation.derived,
            outlet_key(&articles[c.derivation.source], c.derivation.source),
        );
        if !c.upstream || c.cited {
            if c.upstream {
                covered
                    .entry(d)
                    .or_default()
                    .extend(c.spans.iter().copied());
            }
            out.push(c.derivation);
            continue;
        }
        let before = covered.get(&d).cloned().unwrap_or_default();
        let first = before.is_empty();
        let text = &articles[d.0].text;
        let had = crosscheck_reuse::coverage(text, before.iter().copied());
        let mut after = before;
        after.extend(c.spans.iter().copied());
        let adds = crosscheck_reuse::coverage(text, after.iter().copied()) - had;
        if first || adds >= options.marginal {
            covered.insert(d, after);
            out.push(c.derivation);
        }
    }
    out
}

/// The outlet an article is of, for grouping its copies; an article with
/// no outlet is a group of its own.
fn outlet_key(a: &Article, index: usize) -> String {
    a.meta
        .outlet
        .clone()
        .unwrap_or_else(|| format!("\u{0}{index}"))
}

fn label(a: &Article) -> String {
    a.meta
        .outlet
        .clone()
        .unwrap_or_else(|| a.origin.source.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{ArticleMeta, Origin};

    fn article(outlet: &str, text: &str) -> Article {
        let meta = ArticleMeta {
            outlet: Some(outlet.to_string()),
            outlet_as_written: Some(outlet.to_string()),
            ..ArticleMeta::default()
        };
        Article::from_text(Origin::default(), meta, text.to_string())
    }

    #[test]
    fn citations_need_the_outlet_not_a_person_or_a_word_of_the_same_name() {
        let fox = article("Fox News", "Steele is expected to announce a decision.");
        let hill = article("The Hill", "The vote is set for Friday.");
        let times = article("The New York Times", "The vote is set for Friday.");
        let cites =
            |text: &str, cited: &Article| citation(&article("HuffPost", text), cited).is_some();
        assert!(cites(
            "Meanwhile, multiple sources tell Fox News that they believe Steele will drop out.",
            &fox
        ));
        assert!(cites("The vote was first reported by The Hill.", &hill));
        assert!(!cites(
            "Anita Hill told reporters she would not run.",
            &hill
        ));
        assert!(!cites("Sen. Hill said the vote would wait.", &hill));
        assert!(!cites(
            "He was, at times said to be, a reluctant candidate.",
            &times
        ));
    }

    fn candidate(
        derived: usize,
        source: usize,
        spans: &[(usize, usize)],
        verbatim: f32,
    ) -> Candidate {
        let spans: Vec<Span> = spans.iter().map(|&(s, e)| Span::new(s, e)).collect();
        let text_len = 100.0;
        let share = spans.iter().map(|s| (s.end - s.start) as f32).sum::<f32>() / text_len;
        Candidate {
            derivation: Derivation {
                derived,
                source,
                confidence: 0.5,
                strength: Strength::Derives,
                extent: Extent::Partial,
                shared_fraction: share,
                combined_fraction: share,
                evidence: Vec::new(),
            },
            spans,
            upstream: true,
            cited: false,
            verbatim,
        }
    }

    #[test]
    fn a_further_source_stays_only_when_it_adds_text() {
        // Article 0, a hundred letters; two wire copies (1 and 2) hold the
        // same paragraphs, copy 2 word for word: the rewrite is of copy 2.
        // Copy 3 adds the last fifth.
        let text = "x".repeat(100);
        let articles: Vec<Article> = (0..4)
            .map(|_| article("Press Association", &text))
            .collect();
        let options = Options::default();
        let kept = only_sources_that_add(
            &articles,
            vec![
                candidate(0, 1, &[(0, 80)], 0.2),
                candidate(0, 2, &[(0, 80)], 0.6),
                candidate(0, 3, &[(60, 100)], 0.3),
            ],
            &options,
        );
        let sources: Vec<usize> = kept.iter().map(|e| e.source).collect();
        assert_eq!(sources, [2, 3]);
        // A credited source stays whatever it adds.
        let mut cited = candidate(0, 1, &[(0, 10)], 0.1);
        cited.cited = true;
        let kept = only_sources_that_add(
            &articles,
            vec![candidate(0, 2, &[(0, 80)], 0.6), cited],
            &options,
        );
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn words_said_on_a_broadcast_and_a_short_form_after_the_full_name_are_credits() {
        let fox = article("Fox News", "The senator spoke on Sunday.");
        let times = article("The New York Times", "The video was shown.");
        let telegraph = article("The Daily Telegraph", "The court heard evidence.");
        let cites =
            |text: &str, cited: &Article| citation(&article("HuffPost", text), cited).is_some();
        assert!(cites(
            "Mr. Gingrich said on the Fox News program that it was wrong.",
            &fox
        ));
        assert!(cites("Priebus, saying on Fox News that it was not.", &fox));
        // The short form after the full name, with "the" before it.
        assert!(cites(
            "His campaign called a New York Times report a distortion. But, the Times reported, he did not say so.",
            &times
        ));
        // Not without the full name, nor without "the", nor in a longer name.
        assert!(!cites(
            "But, the Times reported, he did not say so.",
            &times
        ));
        assert!(!cites(
            "A New York Times report was shown. Times reported are late.",
            &times
        ));
        assert!(!cites(
            "The Daily Telegraph's man was in court. Later, a Telegraph pole fell.",
            &telegraph
        ));
        assert!(!cites(
            "A New York Times report was shown. The Los Angeles Times reported it too.",
            &times
        ));
        assert!(cites(
            "The Daily Telegraph's man was in court. Later, the Telegraph reported the verdict.",
            &telegraph
        ));
    }
}
