//! Sentence alignment across the articles of a story.
//!
//! For every pair of articles, candidate sentence pairs are those sharing
//! two content words or more, or identical (an inverted index, so the cost
//! follows the overlap, not the product of the sentence counts; the
//! articles' pairs on all cores). Each candidate is scored on lexical
//! evidence — content-word overlap both ways, the longest shared passage —
//! and, when a [`SentenceEncoder`] is given, the cosine of sentence
//! embeddings, so that rewrites with few shared words are still found.
//! Numbers must agree: two sentences that give different figures for the
//! same thing are not aligned as paraphrases. So must the actors: when the
//! entity stage has run, two sentences that both name people (or both name
//! places) but none in common (aliases resolved, so "Tehran" is Iran) are not
//! aligned as paraphrases, nor as partial on the model's word alone.
//!
//! Relations: `verbatim` (the same words, give or take typography),
//! `paraphrase` (the same statement rewritten), `partial` (one sentence
//! carries part of the other).

use std::collections::{HashMap, HashSet};

mod cached;

pub use cached::CachedEncoder;
use crosscheck_model::{Article, Entity, EntityKind};
use crosscheck_reuse::ArticlePairs;
use crosscheck_text::TextFeatures;
use rayon::prelude::*;

/// Turns sentences into unit-length vectors (a neural sentence model).
///
/// `Send + Sync`, so that one loaded model serves every request of a
/// server. A failure is returned, never hidden: the aligner records it in
/// [`ModelUse::failure`], goes on with lexical evidence for the story, and
/// every report says so.
pub trait SentenceEncoder: Send + Sync {
    /// The model's name and version, as reports show it.
    fn name(&self) -> String;

    /// One vector per sentence, L2-normalised.
    fn encode(&self, sentences: &[&str]) -> Result<Vec<Vec<f32>>, EncoderError>;

    /// Cheap, coarse vectors (a static embedding) used to skip the pairs not
    /// worth encoding; `Ok(None)` when there are none, and every open pair
    /// is encoded.
    fn prefilter(&self, _sentences: &[&str]) -> Result<Option<Vec<Vec<f32>>>, EncoderError> {
        Ok(None)
    }

    /// The probability that each sentence is biased (judges while it
    /// reports), from a classifier fine-tuned from the model; `Ok(None)`
    /// when the model has none.
    fn bias(&self, _sentences: &[&str]) -> Result<Option<Vec<f32>>, EncoderError> {
        Ok(None)
    }
}

/// Why the sentence model gave no vectors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EncoderError(pub String);

/// How two sentences correspond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// The same words.
    Verbatim,
    /// The same statement, rewritten.
    Paraphrase,
    /// One carries part of the other.
    Partial,
}

impl Relation {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Verbatim => "verbatim",
            Relation::Paraphrase => "paraphrase",
            Relation::Partial => "partial",
        }
    }
}

/// One aligned sentence pair: sentence `a_sentence` of article `a` and
/// sentence `b_sentence` of article `b` (indexes into the articles' lists).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Alignment {
    /// First article (index in the story).
    pub a: usize,
    /// Its sentence.
    pub a_sentence: usize,
    /// Second article (`a < b`).
    pub b: usize,
    /// Its sentence.
    pub b_sentence: usize,
    /// The relation.
    pub relation: Relation,
    /// Strength, 0–1.
    pub score: f32,
    /// Whether the evidence is strong enough for the report to assert that
    /// the two sentences report the same statement ([`Options::asserted`]);
    /// otherwise they are only possibly related (still counted as each
    /// other's counterpart, so neither is "only in" its article).
    pub asserted: bool,
}

/// Thresholds of the decision.
#[derive(Debug, Clone)]
pub struct Options {
    /// Dice overlap of content words at or above which a pair is a paraphrase.
    pub paraphrase_dice: f32,
    /// Share of the smaller sentence's content words the larger must hold for
    /// a partial alignment.
    pub partial_containment: f32,
    /// Fewest shared content words for any alignment.
    pub min_shared: usize,
    /// Embedding cosine at or above which a pair is a paraphrase (with an encoder).
    pub paraphrase_cosine: f32,
    /// Embedding cosine at or above which a pair with some lexical overlap is partial.
    pub partial_cosine: f32,
    /// Lowest score of a lexical partial alignment (containment × √dice).
    pub min_partial_score: f32,
    /// Static-embedding cosine below which an open pair is not given to the
    /// sentence model (when the encoder has a static embedding).
    pub prefilter_cosine: f32,
    /// Most words the sentence model encodes for one story (its cost is
    /// about linear in words: some 1,400 a second on two cores); the open
    /// pairs are taken most promising first (by static cosine) while their
    /// distinct sentences fit. `usize::MAX` asks about every open pair.
    pub model_budget: usize,
    /// When an alignment is asserted.
    pub asserted: AssertWhen,
}

/// When the report asserts an alignment (measured on the audit's dev
/// stories: below these, fewer than three in four were right). A verbatim
/// pair always; a passage shared word for word that links two sentences
/// never on its own (they often share a quoted phrase and say different
/// things); any other pair when one of these holds.
#[derive(Debug, Clone)]
pub struct AssertWhen {
    /// Dice overlap of content words at or above this.
    pub dice: f32,
    /// At least this many shared content words.
    pub shared: usize,
    /// The larger sentence holding this share of the smaller one's content
    /// words, with at least `containment_shared` of them.
    pub containment: f32,
    /// See `containment`.
    pub containment_shared: usize,
    /// Embedding cosine at or above this (with the sentence model).
    pub cosine: f32,
}

impl Default for AssertWhen {
    fn default() -> Self {
        AssertWhen {
            dice: 0.5,
            shared: 8,
            containment: 0.8,
            containment_shared: 4,
            cosine: 0.85,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            paraphrase_dice: 0.33,
            partial_containment: 0.4,
            min_shared: 3,
            paraphrase_cosine: 0.75,
            partial_cosine: 0.75,
            min_partial_score: 0.3,
            prefilter_cosine: 0.5,
            model_budget: 1000,
            asserted: AssertWhen::default(),
        }
    }
}

/// What the aligner knows of one sentence: its text features and the
/// entities it names.
struct Sent<'a> {
    words: &'a HashSet<String>,
    numbers: &'a HashSet<String>,
    /// The story entities it names: people, organisations, places, each
    /// with its type.
    entities: HashSet<(EntityKind, usize)>,
    normalised: &'a str,
}

fn sentences_of(features: &TextFeatures) -> Vec<Sent<'_>> {
    features
        .sentences
        .iter()
        .map(|s| Sent {
            words: &s.content,
            numbers: &s.numbers,
            entities: HashSet::new(),
            normalised: &s.letters,
        })
        .collect()
}

/// The features of one candidate pair.
#[derive(Debug, Clone, Copy)]
struct Features {
    shared: usize,
    /// The shared words' weight.
    shared_weight: f32,
    dice: f32,
    containment_small: f32,
    numbers_disagree: bool,
    entities_disagree: bool,
    identical: bool,
}

/// Inverse document frequency of each content word over the sentences of
/// the story: a word every article repeats ("Iran") says less about which
/// sentences correspond than a rare one ("trumpeted").
fn idf(sents: &[Vec<Sent>]) -> HashMap<String, f32> {
    let mut df: HashMap<&str, usize> = HashMap::new();
    let mut n = 0usize;
    for s in sents.iter().flatten() {
        n += 1;
        for w in s.words {
            *df.entry(w.as_str()).or_default() += 1;
        }
    }
    df.into_iter()
        .map(|(w, d)| (w.to_string(), (1.0 + n as f32 / d as f32).ln()))
        .collect()
}

/// The sum of the words' weights, added in one order whatever the set's
/// (a float sum depends on its order: the same story gives the same scores
/// in every run).
fn weight(words: &HashSet<String>, idf: &HashMap<String, f32>) -> f32 {
    let mut weights: Vec<f32> = words
        .iter()
        .map(|w| idf.get(w).copied().unwrap_or(1.0))
        .collect();
    weights.sort_unstable_by(f32::total_cmp);
    weights.into_iter().sum()
}

/// Whether two sentences are the same, letters and digits alike.
fn identical(x: &Sent, y: &Sent) -> bool {
    !x.normalised.is_empty() && x.normalised == y.normalised
}

/// The features of a candidate pair; `wx` and `wy` are the sentences'
/// weights ([`weight`] of their content words, at least 1e-6).
fn features(x: &Sent, y: &Sent, (wx, wy): (f32, f32), idf: &HashMap<String, f32>) -> Features {
    let shared_words: HashSet<String> = x.words.intersection(y.words).cloned().collect();
    let shared = shared_words.len();
    let ws = weight(&shared_words, idf);
    let dice = 2.0 * ws / (wx + wy);
    let containment_small = ws / wx.min(wy);
    let numbers_disagree =
        !x.numbers.is_empty() && !y.numbers.is_empty() && x.numbers.is_disjoint(y.numbers);
    // Both name people (or both places), and none in common. Organisations
    // are left out: they are often the channel ("the C.I.A.", "the
    // Pentagon"), not the actor.
    let entities_disagree = [EntityKind::Person, EntityKind::Gpe].iter().any(|&kind| {
        let of_kind = |s: &Sent| -> HashSet<usize> {
            s.entities
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|&(_, e)| e)
                .collect()
        };
        let (xs, ys) = (of_kind(x), of_kind(y));
        !xs.is_empty() && !ys.is_empty() && xs.is_disjoint(&ys)
    });
    Features {
        shared,
        shared_weight: ws,
        dice,
        containment_small,
        numbers_disagree,
        entities_disagree,
        identical: identical(x, y),
    }
}

/// Align every pair of articles. `encoder`, when given, adds embedding
/// similarity to the lexical evidence; it only runs on the sentences of
/// candidate pairs that the lexical evidence leaves open (see
/// [`needs_model`]), each distinct sentence once.
pub fn align(
    articles: &[Article],
    encoder: Option<&dyn SentenceEncoder>,
    options: &Options,
) -> Vec<Alignment> {
    align_counted(articles, encoder, options).0
}

/// What [`align_with_features`] finds.
#[derive(Debug, Clone, Default)]
pub struct Aligned {
    /// The aligned pairs, by article pair and sentences.
    pub alignments: Vec<Alignment>,
    /// How much the sentence model was asked.
    pub model_use: ModelUse,
    /// Per article, per sentence: the largest share of its content words'
    /// weight (rarity in the story) that one sentence of another article
    /// holds, 0–1; 0 when no other sentence shares two of its content
    /// words. A sentence no alignment pairs can still echo another
    /// article's this much: what it reports may be there in other words.
    pub echo: Vec<Vec<f32>>,
}

/// How much the sentence model was asked, for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModelUse {
    /// Candidate pairs the lexical evidence left open.
    pub open_pairs: usize,
    /// Of those, the pairs the sentence model judged.
    pub judged_pairs: usize,
    /// Distinct sentences it encoded.
    pub sentences: usize,
    /// Why the model gave no vectors, when it failed: the pairs it was to
    /// judge were decided on lexical evidence alone.
    pub failure: Option<EncoderError>,
    /// Why the prefilter (the static embedding) gave no vectors, when it
    /// failed: the open pairs were judged unranked, within the budget.
    pub prefilter_failure: Option<EncoderError>,
}

/// [`align`], also saying how much the sentence model was asked.
pub fn align_counted(
    articles: &[Article],
    encoder: Option<&dyn SentenceEncoder>,
    options: &Options,
) -> (Vec<Alignment>, ModelUse) {
    align_with_entities(articles, encoder, options, &[])
}

/// [`align_counted`] with the story's entities (from the entity stage):
/// sentences naming different actors are not paraphrases.
pub fn align_with_entities(
    articles: &[Article],
    encoder: Option<&dyn SentenceEncoder>,
    options: &Options,
    entities: &[Entity],
) -> (Vec<Alignment>, ModelUse) {
    let features: Vec<TextFeatures> = articles.iter().map(TextFeatures::of_article).collect();
    let pairs = ArticlePairs::all(articles.len());
    let aligned = align_with_features(articles, &features, &pairs, encoder, options, entities);
    (aligned.alignments, aligned.model_use)
}

/// [`align_with_entities`] reading the articles' text features (one per
/// article, from the text stage) instead of computing them, on the article
/// pairs given (see [`crosscheck_reuse::article_pairs`]).
pub fn align_with_features(
    articles: &[Article],
    text: &[TextFeatures],
    pairs: &ArticlePairs,
    encoder: Option<&dyn SentenceEncoder>,
    options: &Options,
    entities: &[Entity],
) -> Aligned {
    assert_eq!(
        articles.len(),
        text.len(),
        "one text-features value per article"
    );
    let mut sents: Vec<Vec<Sent>> = text.iter().map(sentences_of).collect();
    for (e, entity) in entities.iter().enumerate() {
        if !matches!(
            entity.kind,
            EntityKind::Person | EntityKind::Org | EntityKind::Gpe
        ) {
            continue;
        }
        for m in &entity.mentions {
            if let Some(s) = sents.get_mut(m.article).and_then(|a| a.get_mut(m.sentence)) {
                s.entities.insert((entity.kind, e));
            }
        }
    }
    let idf = idf(&sents);
    let weights: Vec<Vec<f32>> = sents
        .iter()
        .map(|a| a.iter().map(|s| weight(s.words, &idf).max(1e-6)).collect())
        .collect();
    // Candidate pairs: sentences sharing content words, counted through
    // each article's postings. A pair sharing fewer than `decide` ever
    // aligns (and fewer than two, which the model is never asked about) is
    // no candidate unless the two are identical.
    let fewest = options.min_shared.min(2);
    let candidates: Vec<(usize, usize, usize, usize, Features)> = (0..articles.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            // Which sentences of `a` hold each content word.
            let postings = &text[a].postings;
            let mut out = Vec::new();
            for b in pairs.after(a) {
                for (j, y) in sents[b].iter().enumerate() {
                    let mut near: HashMap<usize, usize> = HashMap::new();
                    for w in y.words {
                        for &i in postings.get(w).into_iter().flatten() {
                            *near.entry(i).or_default() += 1;
                        }
                    }
                    for (i, shared) in near {
                        let x = &sents[a][i];
                        if shared >= fewest || identical(x, y) {
                            let w = (weights[a][i], weights[b][j]);
                            out.push((a, i, b, j, features(x, y, w, &idf)));
                        }
                    }
                }
            }
            out
        })
        .collect();
    let mut echo: Vec<Vec<f32>> = weights.iter().map(|w| vec![0.0; w.len()]).collect();
    for &(a, i, b, j, f) in &candidates {
        for (k, x) in [(a, i), (b, j)] {
            let share = (f.shared_weight / weights[k][x]).min(1.0);
            if share > echo[k][x] {
                echo[k][x] = share;
            }
        }
    }
    // Sentences that already have a lexical counterpart in the other article:
    // the model is only asked about pairs that could give a sentence one.
    let mut covered: HashSet<(usize, usize, usize)> = HashSet::new();
    for &(a, i, b, j, f) in &candidates {
        if decide(&f, None, options).is_some() {
            covered.insert((a, i, b));
            covered.insert((b, j, a));
        }
    }
    let open: Vec<(usize, usize, usize, usize)> = candidates
        .iter()
        .filter(|&&(a, i, b, j, f)| {
            needs_model(&f) && !(covered.contains(&(a, i, b)) && covered.contains(&(b, j, a)))
        })
        .map(|&(a, i, b, j, _)| (a, i, b, j))
        .collect();
    let mut model_use = ModelUse {
        open_pairs: open.len(),
        ..ModelUse::default()
    };
    let cosine = encoder.map(|e| Cosines::new(articles, open, e, options));
    if let Some(c) = &cosine {
        model_use.judged_pairs = c.judged;
        model_use.sentences = c.vectors.len();
        model_use.failure = c.failure.clone();
        model_use.prefilter_failure = c.prefilter_failure.clone();
    }
    let mut best: HashMap<(usize, usize), HashMap<(usize, usize), Alignment>> = HashMap::new();
    for &(a, i, b, j, f) in &candidates {
        let c = cosine.as_ref().and_then(|c| c.get((a, i), (b, j)));
        if let Some((relation, score)) = decide(&f, c, options) {
            best.entry((a, b)).or_default().insert(
                (i, j),
                Alignment {
                    a,
                    a_sentence: i,
                    b,
                    b_sentence: j,
                    relation,
                    score,
                    asserted: asserted(&f, c, relation, &options.asserted),
                },
            );
        }
    }
    // A passage shared word for word (a quoted phrase, a copied clause)
    // links the sentences that hold it, whatever else they say.
    let pair_list: Vec<(usize, usize)> = pairs.iter().collect();
    let passages: Vec<Vec<(usize, usize, usize)>> = pair_list
        .par_iter()
        .map(|&(a, b)| shared_passages((&articles[a], &text[a]), (&articles[b], &text[b])))
        .collect();
    let mut out = Vec::new();
    for (&(a, b), passages) in pair_list.iter().zip(passages) {
        let mut aligned = best.remove(&(a, b)).unwrap_or_default();
        for (i, j, words) in passages {
            aligned.entry((i, j)).or_insert(Alignment {
                a,
                a_sentence: i,
                b,
                b_sentence: j,
                relation: Relation::Partial,
                score: (words as f32 / 10.0).min(1.0),
                asserted: false,
            });
        }
        out.extend(keep_best(aligned.into_values().collect()));
    }
    out.sort_by(|x, y| {
        (x.a, x.b, x.a_sentence, x.b_sentence).cmp(&(y.a, y.b, y.a_sentence, y.b_sentence))
    });
    Aligned {
        alignments: out,
        model_use,
        echo,
    }
}

/// Whether the decision on a candidate pair depends on the sentence model:
/// not for identical sentences, nor for near-copies whose overlap already
/// decides, nor for pairs sharing fewer than two content words (never
/// aligned on embeddings alone).
fn needs_model(f: &Features) -> bool {
    !f.identical && f.shared >= 2 && f.dice < 0.6
}

/// Words of one sentence counted against the budget (the model truncates
/// longer input).
const MAX_WORDS: usize = 200;

/// Embedding cosines of the open candidate pairs worth asking about, each
/// distinct sentence text encoded once.
struct Cosines {
    /// Vector index of each (article, sentence) that was encoded.
    slot: HashMap<(usize, usize), usize>,
    vectors: Vec<Vec<f32>>,
    /// Pairs judged.
    judged: usize,
    /// Why the encoder gave no vectors (then `vectors` is empty).
    failure: Option<EncoderError>,
    /// Why the prefilter gave no vectors.
    prefilter_failure: Option<EncoderError>,
}

impl Cosines {
    fn new(
        articles: &[Article],
        mut open: Vec<(usize, usize, usize, usize)>,
        encoder: &dyn SentenceEncoder,
        options: &Options,
    ) -> Self {
        let text = |k: usize, s: usize| articles[k].slice(articles[k].sentences[s].span);
        // The static embedding, when there is one, drops the pairs too far
        // apart for the transformer to align and ranks the rest.
        let mut sentence_ids: HashMap<(usize, usize), usize> = HashMap::new();
        for &(a, i, b, j) in &open {
            for key in [(a, i), (b, j)] {
                let next = sentence_ids.len();
                sentence_ids.entry(key).or_insert(next);
            }
        }
        let mut keys: Vec<(usize, usize)> = vec![(0, 0); sentence_ids.len()];
        for (&key, &at) in &sentence_ids {
            keys[at] = key;
        }
        let key_texts: Vec<&str> = keys.iter().map(|&(k, s)| text(k, s)).collect();
        let (quick, prefilter_failure) = match encoder.prefilter(&key_texts) {
            Ok(Some(q)) if q.len() == keys.len() => (Some(q), None),
            Ok(Some(q)) => (
                None,
                Some(EncoderError(format!(
                    "the prefilter gave {} vectors for {} sentences",
                    q.len(),
                    keys.len()
                ))),
            ),
            Ok(None) => (None, None),
            Err(e) => (None, Some(e)),
        };
        if let Some(quick) = quick {
            let cos = |&(a, i, b, j): &(usize, usize, usize, usize)| {
                dot(&quick[sentence_ids[&(a, i)]], &quick[sentence_ids[&(b, j)]])
            };
            let mut scored: Vec<(f32, (usize, usize, usize, usize))> = open
                .into_iter()
                .map(|p| (cos(&p), p))
                .filter(|(c, _)| *c >= options.prefilter_cosine)
                .collect();
            scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            open = scored.into_iter().map(|(_, p)| p).collect();
        }
        let mut slot: HashMap<(usize, usize), usize> = HashMap::new();
        let mut by_text: HashMap<&str, usize> = HashMap::new();
        let mut texts: Vec<&str> = Vec::new();
        let (mut judged, mut spent) = (0, 0usize);
        for &(a, i, b, j) in &open {
            let mut cost = 0;
            for (k, s) in [(a, i), (b, j)] {
                let t = text(k, s);
                if !by_text.contains_key(t) {
                    cost += t.split_whitespace().count().min(MAX_WORDS);
                }
            }
            if spent.saturating_add(cost) > options.model_budget {
                continue;
            }
            spent += cost;
            judged += 1;
            for (k, s) in [(a, i), (b, j)] {
                let t = text(k, s);
                let next = texts.len();
                let at = *by_text.entry(t).or_insert(next);
                if at == next {
                    texts.push(t);
                }
                slot.insert((k, s), at);
            }
        }
        let (vectors, failure) = if texts.is_empty() {
            (Vec::new(), None)
        } else {
            match encoder.encode(&texts) {
                Ok(v) if v.len() == texts.len() => (v, None),
                Ok(v) => (
                    Vec::new(),
                    Some(EncoderError(format!(
                        "the model gave {} vectors for {} sentences",
                        v.len(),
                        texts.len()
                    ))),
                ),
                Err(e) => (Vec::new(), Some(e)),
            }
        };
        if failure.is_some() {
            // Nothing was judged: every open pair falls back to lexical
            // evidence.
            judged = 0;
            slot.clear();
        }

        Cosines {
            slot,
            vectors,
            judged,
            failure,
            prefilter_failure,
        }
    }

    fn get(&self, x: (usize, usize), y: (usize, usize)) -> Option<f32> {
        let vx = self.vectors.get(*self.slot.get(&x)?)?;
        let vy = self.vectors.get(*self.slot.get(&y)?)?;
        Some(dot(vx, vy))
    }
}

/// Sentence pairs (index in `x`, index in `y`, words) joined by a verbatim
/// passage of five or more words, three of them content words.
fn shared_passages(
    (x, fx): (&Article, &TextFeatures),
    (y, fy): (&Article, &TextFeatures),
) -> Vec<(usize, usize, usize)> {
    let options = crosscheck_reuse::Options {
        min_words: 5,
        ..crosscheck_reuse::Options::default()
    };
    let sentence_at = |article: &Article, at: usize| {
        article
            .sentences
            .iter()
            .position(|s| s.span.start <= at && at < s.span.end)
    };
    crosscheck_reuse::reuse_words(&fx.words, &fy.words, &options)
        .into_iter()
        .filter(|p| p.kind == crosscheck_reuse::ReuseKind::Verbatim)
        .filter(|p| fy.words.content_in(p.target) >= 3)
        .filter_map(|p| {
            Some((
                sentence_at(x, p.source.start)?,
                sentence_at(y, p.target.start)?,
                p.target_words,
            ))
        })
        .collect()
}

fn dot(x: &[f32], y: &[f32]) -> f32 {
    x.iter().zip(y).map(|(a, b)| a * b).sum()
}

fn decide(f: &Features, cosine: Option<f32>, o: &Options) -> Option<(Relation, f32)> {
    if f.identical {
        return Some((Relation::Verbatim, 1.0));
    }
    if f.shared < o.min_shared.min(2) {
        return None;
    }
    let lexical_paraphrase = f.shared >= o.min_shared && f.dice >= o.paraphrase_dice;
    let neural_paraphrase = cosine.is_some_and(|c| c >= o.paraphrase_cosine);
    if (lexical_paraphrase || neural_paraphrase) && !f.numbers_disagree && !f.entities_disagree {
        let score = cosine.map_or(f.dice, |c| c.max(f.dice));
        return Some((Relation::Paraphrase, score));
    }
    let lexical_partial = f.shared >= o.min_shared && f.containment_small >= o.partial_containment;
    let neural_partial =
        cosine.is_some_and(|c| c >= o.partial_cosine) && f.shared >= 2 && !f.entities_disagree;
    let lexical_score = f.containment_small * f.dice.sqrt();
    if (lexical_partial && lexical_score >= o.min_partial_score) || neural_partial {
        let score = cosine.map_or(lexical_score, |c| c.max(lexical_score));
        return Some((Relation::Partial, score));
    }
    None
}

/// Whether an alignment the decision made is asserted ([`AssertWhen`]).
fn asserted(f: &Features, cosine: Option<f32>, relation: Relation, when: &AssertWhen) -> bool {
    relation == Relation::Verbatim
        || f.identical
        || f.dice >= when.dice
        || f.shared >= when.shared
        || (f.containment_small >= when.containment && f.shared >= when.containment_shared)
        || cosine.is_some_and(|c| c >= when.cosine)
}

/// Each sentence keeps its strongest counterpart; a sentence may also keep
/// partial links to other sentences that carry different parts of it.
fn keep_best(mut pairs: Vec<Alignment>) -> Vec<Alignment> {
    // Ties go to the earlier sentences: the result never depends on the
    // order the candidates came in.
    pairs.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.relation.cmp(&y.relation))
            .then((x.a_sentence, x.b_sentence).cmp(&(y.a_sentence, y.b_sentence)))
    });
    let mut used_a: HashSet<usize> = HashSet::new();
    let mut used_b: HashSet<usize> = HashSet::new();
    let mut out = Vec::new();
    for p in pairs {
        let fresh_a = used_a.insert(p.a_sentence);
        let fresh_b = used_b.insert(p.b_sentence);
        if fresh_a || fresh_b {
            out.push(p);
        }
    }
    out
}

/// For each article, the sentences with no counterpart in any other article.
pub fn only_in(articles: &[Article], alignments: &[Alignment]) -> Vec<Vec<usize>> {
    let mut aligned: Vec<HashSet<usize>> = vec![HashSet::new(); articles.len()];
    for al in alignments {
        aligned[al.a].insert(al.a_sentence);
        aligned[al.b].insert(al.b_sentence);
    }
    articles
        .iter()
        .enumerate()
        .map(|(k, a)| {
            (0..a.sentences.len())
                .filter(|i| !aligned[k].contains(i))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{ArticleMeta, Mention, Origin, Span};

    fn article(text: &str) -> Article {
        let mut a = Article::from_text(Origin::default(), ArticleMeta::default(), text.into());
        crosscheck_text::segment(&mut a);
        a
    }

    fn entity(articles: &[Article], name: &str, kind: EntityKind) -> Entity {
        let mentions = articles
            .iter()
            .enumerate()
            .flat_map(|(k, a)| {
                a.text.match_indices(name).map(move |(at, _)| Mention {
                    article: k,
                    sentence: 0,
                    span: Span::new(at, at + name.len()),
                    kind,
                    margin: None,
                })
            })
            .collect();
        Entity {
            name: name.into(),
            kind,
            aliases: vec![name.into()],
            mentions,
            confidence: crosscheck_model::EntityConfidence::Asserted,
        }
    }

    #[test]
    fn sentences_about_different_places_are_not_paraphrases() {
        let articles = vec![
            article(
                "Officials in Caracas announced new oil export quotas for the coming winter months.",
            ),
            article(
                "Officials in Baghdad announced new oil export quotas for the coming winter months too.",
            ),
        ];
        let lexical = align_counted(&articles, None, &Options::default()).0;
        assert!(
            lexical.iter().any(|a| a.relation == Relation::Paraphrase),
            "{lexical:?}"
        );
        let entities = vec![
            entity(&articles, "Caracas", EntityKind::Gpe),
            entity(&articles, "Baghdad", EntityKind::Gpe),
        ];
        let with = align_with_entities(&articles, None, &Options::default(), &entities).0;
        assert!(
            with.iter().all(|a| a.relation != Relation::Paraphrase),
            "{with:?}"
        );
    }

    #[test]
    fn weak_evidence_aligns_without_being_asserted() {
        let articles = vec![
            article(
                "The minister resigned on Tuesday after an inquiry found she had misled parliament about the contracts.",
            ),
            article(
                "The minister resigned on Tuesday after an inquiry found she had misled parliament about the contracts.",
            ),
        ];
        let same = align(&articles, None, &Options::default());
        assert!(same.iter().all(|a| a.asserted), "{same:?}");
        // Some content words in common out of many: possibly related.
        let articles = vec![
            article(
                "Police arrested three men near the harbour on Friday night after a long chase.",
            ),
            article(
                "Three men were arrested by police near the harbour, officials said, adding that two of them were later released without charge and that another inquiry had begun.",
            ),
        ];
        let weak = align(&articles, None, &Options::default());
        assert!(
            !weak.is_empty() && weak.iter().all(|a| !a.asserted),
            "{weak:?}"
        );
    }

    #[test]
    fn echo_is_the_share_of_a_sentence_another_article_holds() {
        let articles = vec![
            article(
                "The harbour master closed the northern pier on Friday. Tourists complained about ferry delays near the harbour.",
            ),
            article(
                "Fishermen protested outside the town hall. Ferry delays angered tourists, officials said.",
            ),
        ];
        let features: Vec<TextFeatures> = articles.iter().map(TextFeatures::of_article).collect();
        let pairs = ArticlePairs::all(articles.len());
        let aligned =
            align_with_features(&articles, &features, &pairs, None, &Options::default(), &[]);
        let echo = &aligned.echo;
        assert_eq!(echo.len(), 2);
        assert_eq!(echo[0].len(), articles[0].sentences.len());
        // Nothing of the pier's closing, nor of the protest, is elsewhere.
        assert_eq!(echo[0][0], 0.0);
        assert_eq!(echo[1][0], 0.0);
        // The delays are in both, in other words: a share, at most 1.
        assert!(echo[0][1] > 0.3 && echo[0][1] <= 1.0, "{echo:?}");
        assert!(echo[1][1] > 0.3 && echo[1][1] <= 1.0, "{echo:?}");
    }
}
