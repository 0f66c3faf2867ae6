//! The pipeline: what runs, in which order, over a story.
//!
//! `ingest` produces [`Article`]s; [`prepare`] runs the text layer on each
//! (sentences), and [`prepare_story`] also computes each article's
//! [`TextFeatures`] once, for every stage to read; [`analyse`] runs every
//! analysis stage over the articles of one story and returns an
//! [`Analysis`]. The stage registry ([`StageId`])
//! lists every stage in run order; stages that are not built yet have
//! [`StageStatus::NotBuilt`], so every report can say plainly what was not
//! looked at, instead of showing nothing as if nothing had been found.
//!
//! **Architecture invariant:** nothing here does I/O; analysis cannot fail.
//!
//! ```
//! use crosscheck_model::{Article, ArticleMeta, Origin};
//! use crosscheck_pipeline::{analyse, StageId, StageStatus};
//! let a = Article::from_paragraphs(Origin::default(), ArticleMeta::default(), ["One. Two."]);
//! let analysis = analyse(vec![a]);
//! assert_eq!(analysis.articles[0].sentences.len(), 2);
//! assert!(analysis.has_run(StageId::Alignment));
//! assert!(StageId::ALL.iter().all(|s| s.status() == StageStatus::Built));
//! assert!(analysis.has_run(StageId::Framing));
//! ```

pub use crosscheck_align::{
    Alignment, CachedEncoder, EncoderError, ModelUse, Relation, SentenceEncoder,
};
pub use crosscheck_claims::{Caveat, CaveatKind, Claim, Conflict, ConflictKind};
pub use crosscheck_derive::{Derivation, EvidenceKind, Extent, Graph, Sibling, Strength};
pub use crosscheck_framing::loaded::Classifier;
pub use crosscheck_framing::{Addition, Framing, Loaded, LoadedSentence, Marker, Voice};
use crosscheck_model::Article;
pub use crosscheck_model::{Entity, EntityConfidence, EntityKind, Mention};
pub use crosscheck_quotes::{ArticleQuotes, Attribution, Comparison, Quote, SourceType};
pub use crosscheck_reuse::ArticlePairs;
pub use crosscheck_text::TextFeatures;
pub use crosscheck_time::{Expression as TimeExpression, Precision, When};
use rayon::prelude::*;

mod stage;
mod timeline;

pub use stage::{StageId, StageStatus};
pub use timeline::{TimelineEntry, TimelineKind};

/// The result of analysing one story. Each field is filled by the stage its
/// doc names, and left empty when that stage did not run ([`Analysis::ran`]
/// says which did).
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The articles, prepared, in input order.
    pub articles: Vec<Article>,
    /// The stages that ran, in run order.
    pub ran: Vec<StageId>,
    /// [`StageId::Entities`]: the named entities of the story, aliases
    /// grouped across articles.
    pub entities: Vec<Entity>,
    /// [`StageId::Entities`]: per article, the names the tagger found in it,
    /// before they were grouped into `entities`.
    pub mentions: Vec<Vec<Mention>>,
    /// [`StageId::Alignment`]: aligned sentence pairs across articles.
    pub alignments: Vec<Alignment>,
    /// [`StageId::Alignment`]: per article, the sentences with no
    /// counterpart elsewhere.
    pub only_in: Vec<Vec<usize>>,
    /// [`StageId::Alignment`]: per article, per sentence, the largest share
    /// of its words one sentence of another article holds
    /// ([`crosscheck_align::Aligned::echo`]).
    pub echo: Vec<Vec<f32>>,
    /// [`StageId::Alignment`]: the sentence model it was given (its name and
    /// version), `None` for lexical evidence only.
    pub sentence_model: Option<String>,
    /// [`StageId::Alignment`]: how much the sentence model was asked, and
    /// whether it failed.
    pub model_use: ModelUse,
    /// [`StageId::Alignment`] and [`StageId::Derivation`]: the article
    /// pairs they compared (every pair unless the story has more than
    /// [`Settings::max_partners`] + 1 articles); `None` when neither ran.
    pub pairs: Option<ArticlePairs>,
    /// [`StageId::Derivation`]: who derives from whom.
    pub derivation: Graph,
    /// [`StageId::Quotes`] and [`StageId::Attribution`] (one pass over each
    /// article finds both): per article, its quotations and attributions.
    pub quotes: Vec<ArticleQuotes>,
    /// [`StageId::Quotes`]: the same quotation in two articles, compared
    /// both ways.
    pub variants: Vec<QuoteVariant>,
    /// [`StageId::Quotes`] joined with [`StageId::Entities`] when both ran:
    /// per article, per quotation, the entity (index into `entities`) its
    /// speaker is.
    pub speaker_entities: Vec<Vec<Option<usize>>>,
    /// [`StageId::Framing`]: per article, its hedges, certainty markers and
    /// voices.
    pub framing: Vec<Framing>,
    /// [`StageId::Corroboration`]: the story's claims, their independent
    /// sources, origin and caveats.
    pub claims: Vec<Claim>,
    /// [`StageId::Time`]: per article, its time expressions with their
    /// values.
    pub times: Vec<Vec<TimeExpression>>,
    /// [`StageId::Time`]: every dated statement and publication in date
    /// order; joined with [`StageId::Alignment`] when it ran (`also_in`).
    pub timeline: Vec<TimelineEntry>,
}

/// Loaded language in each article, and which classifier judged it: the
/// logistic models over the sentence model's distilled embedding (one call
/// for every sentence of the story, one for every distinct word) and, when
/// asked for (`bias_head`) and the model has one, its tuned bias head (one
/// call for the sentences the logistic models flag). Without them, each
/// article says why it was not measured.
fn loaded_language(
    articles: &[Article],
    quotes: &[ArticleQuotes],
    encoder: Option<&dyn SentenceEncoder>,
    bias_head: bool,
) -> (Vec<crosscheck_framing::Loaded>, Option<Classifier>) {
    use crosscheck_framing::{Loaded, loaded};
    let not = |why: String| (vec![Loaded::NotMeasured(why); articles.len()], None);
    let Some(encoder) = encoder else {
        return not("no sentence model (lexical evidence only)".to_string());
    };
    let sentences: Vec<&str> = articles
        .iter()
        .flat_map(|a| a.sentences.iter().map(|s| a.slice(s.span)))
        .collect();
    let mut vocabulary: Vec<String> = articles.iter().flat_map(loaded::vocabulary).collect();
    vocabulary.sort_unstable();
    vocabulary.dedup();
    let words: Vec<&str> = vocabulary.iter().map(String::as_str).collect();
    let vectors = encoder
        .prefilter(&sentences)
        .and_then(|s| Ok(s.zip(encoder.prefilter(&words)?)));
    let (sentence_vectors, word_vectors) = match vectors {
        Ok(Some((s, w))) => (s, w),
        Ok(None) => return not(format!("{} has no static embedding", encoder.name())),
        Err(e) => return not(format!("the sentence model failed: {e}")),
    };
    let word_vectors: std::collections::HashMap<String, Vec<f32>> =
        vocabulary.into_iter().zip(word_vectors).collect();
    let weights = loaded::shipped();
    let mut at = 0;
    let logistic: Vec<Vec<(f32, Vec<f32>)>> = articles
        .iter()
        .map(|a| {
            let mine = &sentence_vectors[at..at + a.sentences.len()];
            at += a.sentences.len();
            loaded::logistic(a, mine, &word_vectors, weights)
        })
        .collect();
    // The tuned bias head, when asked for and the model has one, reads the
    // sentences the logistic models flag.
    let read: Vec<(usize, usize)> = logistic
        .iter()
        .enumerate()
        .flat_map(|(k, scored)| {
            scored
                .iter()
                .enumerate()
                .filter(|(_, (p, _))| *p >= loaded::CASCADE_FLOOR)
                .map(move |(i, _)| (k, i))
        })
        .collect();
    let texts: Vec<&str> = read
        .iter()
        .map(|&(k, i)| articles[k].slice(articles[k].sentences[i].span))
        .collect();
    let asked = match bias_head {
        true => encoder.bias(&texts),
        false => Ok(None),
    };
    let tuned: Option<Vec<Vec<Option<f32>>>> = match asked {
        Ok(Some(p)) if p.len() == texts.len() => {
            let mut tuned: Vec<Vec<Option<f32>>> = articles
                .iter()
                .map(|a| vec![None; a.sentences.len()])
                .collect();
            for (&(k, i), p) in read.iter().zip(p) {
                tuned[k][i] = Some(p);
            }
            Some(tuned)
        }
        Ok(Some(p)) => {
            return not(format!(
                "the bias head gave {} probabilities for {} sentences",
                p.len(),
                texts.len()
            ));
        }
        Ok(None) if bias_head => {
            tracing::warn!(
                "{} has no bias head: loaded language is judged by the logistic models alone",
                encoder.name()
            );
            None
        }
        Ok(None) => None,
        Err(e) => return not(format!("the bias head failed: {e}")),
    };
    let by = if tuned.is_some() {
        Classifier::BiasHead
    } else {
        Classifier::Logistic
    };
    let found = articles
        .iter()
        .zip(quotes)
        .zip(&logistic)
        .enumerate()
        .map(|(k, ((_, q), scored))| {
            let quoted: Vec<crosscheck_model::Span> = q.quotes.iter().map(|q| q.span).collect();
            let tuned = tuned.as_ref().map(|t| t[k].as_slice());
            Loaded::Found(loaded::loaded(&articles[k], &quoted, scored, tuned))
        })
        .collect();
    (found, Some(by))
}

/// The same quotation in two articles, compared both ways.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteVariant {
    /// (article, quote index) of the first.
    pub a: (usize, usize),
    /// (article, quote index) of the second.
    pub b: (usize, usize),
    /// How the second renders the first.
    pub comparison: Comparison,
    /// How the first renders the second.
    pub reverse: Comparison,
}

impl Analysis {
    /// The prepared articles, with no stage run yet.
    fn empty(articles: Vec<Article>) -> Analysis {
        let n = articles.len();
        Analysis {
            articles,
            ran: Vec::new(),
            entities: Vec::new(),
            mentions: vec![Vec::new(); n],
            alignments: Vec::new(),
            only_in: vec![Vec::new(); n],
            echo: vec![Vec::new(); n],
            sentence_model: None,
            model_use: ModelUse::default(),
            pairs: None,
            derivation: Graph::default(),
            quotes: vec![ArticleQuotes::default(); n],
            variants: Vec::new(),
            speaker_entities: vec![Vec::new(); n],
            claims: Vec::new(),
            framing: vec![Framing::default(); n],
            times: vec![Vec::new(); n],
            timeline: Vec::new(),
        }
    }

    /// Whether a stage ran on this story.
    pub fn has_run(&self, stage: StageId) -> bool {
        self.ran.contains(&stage)
    }

    /// What the per-article stages found in article `k`, to keep for the
    /// next analysis of a story it is in; `None` unless they all ran.
    pub fn article_results(&self, k: usize) -> Option<ArticleResults> {
        let ran = [
            StageId::Entities,
            StageId::Quotes,
            StageId::Attribution,
            StageId::Time,
        ];
        if !ran.iter().all(|&s| self.has_run(s)) {
            return None;
        }
        Some(ArticleResults {
            quotes: self.quotes.get(k)?.clone(),
            mentions: self
                .mentions
                .get(k)?
                .iter()
                .map(|m| Mention { article: 0, ..*m })
                .collect(),
            times: self.times.get(k)?.clone(),
        })
    }
}

/// What the stages that read one article alone found in it: its quotations
/// and attributions, the names the tagger found, its time expressions. They
/// do not change when the article joins another story, so a story analysed
/// again takes them from here ([`analyse_known`]) and runs only the stages
/// that read the story as a whole.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ArticleResults {
    /// [`StageId::Quotes`] and [`StageId::Attribution`].
    pub quotes: ArticleQuotes,
    /// [`StageId::Entities`], before grouping (`article` is 0: set to the
    /// article's place in the story when read back).
    pub mentions: Vec<Mention>,
    /// [`StageId::Time`].
    pub times: Vec<TimeExpression>,
}

/// What [`ArticleResults`] kept by this build are made by: results of
/// another version are not read (the stages may have changed). Raise the
/// number after the package version when a per-article stage changes what
/// it finds between releases.
pub const ARTICLE_RESULTS_VERSION: &str = concat!(
    "crosscheck ",
    env!("CARGO_PKG_VERSION"),
    "; article results 1"
);

impl ArticleResults {
    /// Whether these results can be of `article` as prepared: every span on
    /// its text's character boundaries, every sentence one of its own, a
    /// name, a time expression and an attribution's cue inside their
    /// sentence, a quotation starting in its own. What fails is said;
    /// results read back from a store are checked so before a stage reads
    /// them.
    pub fn check(&self, article: &Article) -> Result<(), String> {
        let text = &article.text;
        let n = article.sentences.len();
        let in_text = |what: &str, s: crosscheck_model::Span| {
            if s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
            {
                Ok(())
            } else {
                Err(format!(
                    "{what} span {}..{} is not within the text ({} bytes)",
                    s.start,
                    s.end,
                    text.len()
                ))
            }
        };
        let sentence = |what: &str, k: usize| match article.sentences.get(k) {
            Some(s) => Ok(s.span),
            None => Err(format!("{what} sentence {k} of {n} sentences")),
        };
        let inside = |what: &str, s: crosscheck_model::Span, k: usize| {
            in_text(what, s)?;
            let of = sentence(what, k)?;
            if of.contains(s) {
                Ok(())
            } else {
                Err(format!(
                    "{what} span {}..{} is not inside its sentence {k}",
                    s.start, s.end
                ))
            }
        };
        for q in &self.quotes.quotes {
            in_text("quotation", q.span)?;
            let of = sentence("quotation", q.sentence)?;
            if !(of.start <= q.span.start && q.span.start <= of.end) {
                return Err(format!(
                    "quotation span {}..{} does not start in its sentence {}",
                    q.span.start, q.span.end, q.sentence
                ));
            }
        }
        for a in self.quotes.attributions.iter().chain(&self.quotes.stances) {
            inside("attribution cue", a.cue, a.sentence)?;
            for s in [Some(a.content), a.source, a.aside]
                .into_iter()
                .flatten()
                .chain(a.content_parts.iter().copied())
            {
                in_text("attribution", s)?;
            }
        }
        for m in &self.mentions {
            inside("name", m.span, m.sentence)?;
        }
        for t in &self.times {
            inside("time expression", t.span, t.sentence)?;
        }
        Ok(())
    }
}

/// Run the text layer on one article: sentence segmentation.
pub fn prepare(article: &mut Article) {
    crosscheck_text::segment(article);
}

/// Run the text layer on the articles of a story: each is segmented
/// ([`prepare`]) and its text features (normalised text, tokens, words,
/// content words, n-gram hashes) computed, once; every stage reads them.
pub fn prepare_story(articles: &mut [Article]) -> Vec<TextFeatures> {
    articles
        .par_iter_mut()
        .map(|a| {
            prepare(a);
            TextFeatures::of_article(a)
        })
        .collect()
}

/// The tuning of every stage.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Sentence alignment.
    pub align: crosscheck_align::Options,
    /// Derivation.
    pub derive: crosscheck_derive::Options,
    /// How many other articles the pairwise stages (alignment, derivation)
    /// compare each article with: in a larger story, the ones it shares the
    /// most text with ([`crosscheck_reuse::article_pairs`]), so that their
    /// time grows with the story, not with its square.
    pub max_partners: usize,
    /// Loaded language judged by the sentence model's fine-tuned bias head
    /// as well as the logistic models: more often right (macro F1 on BABE's
    /// held-out fold 0.775 against 0.736), but it runs the whole model over
    /// the sentences the logistic models flag — about 2 to 3 s more for a
    /// 20-article story on 2 cores — so it is asked for, not the default.
    pub bias_head: bool,
}

/// [`Settings::max_partners`] by default: a story of up to 33 articles is
/// compared pair by pair.
pub const MAX_PARTNERS: usize = 32;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            align: crosscheck_align::Options::default(),
            derive: crosscheck_derive::Options::default(),
            max_partners: MAX_PARTNERS,
            bias_head: false,
        }
    }
}

/// The quotes and attributions of one prepared article (`features`: its
/// text features, from [`prepare_story`]).
pub fn quotes_of(article: &Article, features: &TextFeatures) -> ArticleQuotes {
    crosscheck_quotes::analyse_with_features(article, features)
}

/// The named entities of prepared articles (`features`: theirs, from
/// [`prepare_story`]), grouped across them.
pub fn entities_of(articles: &[Article], features: &[TextFeatures]) -> Vec<Entity> {
    let mentions: Vec<Vec<Mention>> = articles
        .par_iter()
        .zip(features)
        .enumerate()
        .map(|(i, (a, f))| crosscheck_entities::mentions(a, f, i))
        .collect();
    crosscheck_entities::group(articles, features, &mentions)
}

/// Quotes and attributions only: each article on its own, the same quotation
/// compared across them.
pub fn analyse_quotes(articles: Vec<Article>) -> Analysis {
    analyse_stages(
        articles,
        &[StageId::Quotes, StageId::Attribution],
        None,
        &Settings::default(),
    )
}

/// Entities and time only: each article tagged on its own, entities grouped
/// across the articles.
pub fn analyse_entities(articles: Vec<Article>) -> Analysis {
    analyse_stages(
        articles,
        &[StageId::Entities, StageId::Time],
        None,
        &Settings::default(),
    )
}

/// Analyse the articles of one story with lexical evidence only.
pub fn analyse(articles: Vec<Article>) -> Analysis {
    analyse_with(articles, None, &Settings::default())
}

/// Analyse the articles of one story with every built stage; `encoder` adds
/// sentence embeddings to the alignment.
pub fn analyse_with(
    articles: Vec<Article>,
    encoder: Option<&dyn SentenceEncoder>,
    settings: &Settings,
) -> Analysis {
    analyse_stages(articles, &StageId::ALL, encoder, settings)
}

/// Analyse the articles of one story with the stages asked for and the
/// stages they read ([`StageId::reads`]), in run order. Stages that are not
/// built do not run (and are not in [`Analysis::ran`]).
pub fn analyse_stages(
    articles: Vec<Article>,
    stages: &[StageId],
    encoder: Option<&dyn SentenceEncoder>,
    settings: &Settings,
) -> Analysis {
    analyse_stages_known(articles, stages, encoder, settings, &[])
}

/// [`analyse_with`], with what the per-article stages found in some of the
/// articles before (`known[k]` for article `k`, from
/// [`Analysis::article_results`]): those stages run only on the others,
/// and on any whose results do not fit it ([`ArticleResults::check`]). The
/// analysis is the one [`analyse_with`] gives.
pub fn analyse_known(
    articles: Vec<Article>,
    encoder: Option<&dyn SentenceEncoder>,
    settings: &Settings,
    known: &[Option<ArticleResults>],
) -> Analysis {
    analyse_stages_known(articles, &StageId::ALL, encoder, settings, known)
}

fn analyse_stages_known(
    mut articles: Vec<Article>,
    stages: &[StageId],
    encoder: Option<&dyn SentenceEncoder>,
    settings: &Settings,
    known: &[Option<ArticleResults>],
) -> Analysis {
    let timer = StageTimer::start();
    let wanted = with_what_they_read(stages);
    // Every stage reads the text features: the text layer runs once per
    // article, here.
    let features = prepare_story(&mut articles);
    // Results that do not fit their article as prepared now (kept by a
    // build that segmented it otherwise, or damaged) are found again.
    let known: Vec<Option<&ArticleResults>> = articles
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let r = known.get(k)?.as_ref()?;
            match r.check(a) {
                Ok(()) => Some(r),
                Err(why) => {
                    tracing::debug!(article = k, why, "kept results refused");
                    None
                }
            }
        })
        .collect();
    let known = &known[..];
    let mut timer = timer.lap("text");
    let mut analysis = Analysis::empty(articles);
    for stage in StageId::ALL {
        if !wanted.contains(&stage) || stage.status() == StageStatus::NotBuilt {
            continue;
        }
        run(stage, &mut analysis, &features, encoder, settings, known);
        analysis.ran.push(stage);
        timer = timer.lap(stage.name());
    }
    join(&mut analysis);
    timer.lap("joins");
    analysis
}

/// The stages asked for and, transitively, every stage they read.
fn with_what_they_read(stages: &[StageId]) -> Vec<StageId> {
    let mut wanted: Vec<StageId> = stages.to_vec();
    let mut i = 0;
    while i < wanted.len() {
        for read in wanted[i].reads() {
            if !wanted.contains(read) {
                wanted.push(*read);
            }
        }
        i += 1;
    }
    wanted
}

/// Run one stage over the story, filling its fields; `features` are the
/// articles' text features, computed once by [`prepare_story`]; `known`,
/// what the per-article stages found in some articles before.
fn run(
    stage: StageId,
    analysis: &mut Analysis,
    features: &[TextFeatures],
    encoder: Option<&dyn SentenceEncoder>,
    settings: &Settings,
    known: &[Option<&ArticleResults>],
) {
    let known = |k: usize| known.get(k).copied().flatten();
    if matches!(stage, StageId::Alignment | StageId::Derivation) && analysis.pairs.is_none() {
        // Publication order, undated last: a text many articles share
        // points each of them to the earliest.
        let order: Vec<_> = analysis
            .articles
            .iter()
            .map(|a| {
                let date = a.meta.published.map(|p| p.date);
                (date.is_none(), date)
            })
            .collect();
        analysis.pairs = Some(crosscheck_reuse::article_pairs(
            features,
            &order,
            settings.max_partners,
        ));
    }
    let articles = &analysis.articles;
    let pairs = analysis.pairs.as_ref();
    match stage {
        StageId::Entities => {
            analysis.mentions = articles
                .par_iter()
                .zip(features)
                .enumerate()
                .map(|(k, (a, f))| match known(k) {
                    Some(r) => r
                        .mentions
                        .iter()
                        .map(|m| Mention { article: k, ..*m })
                        .collect(),
                    None => crosscheck_entities::mentions(a, f, k),
                })
                .collect();
            analysis.entities = crosscheck_entities::group(articles, features, &analysis.mentions);
        }
        StageId::Alignment => {
            let pairs = pairs.expect("set above for the pairwise stages");
            let aligned = crosscheck_align::align_with_features(
                articles,
                features,
                pairs,
                encoder,
                &settings.align,
                &analysis.entities,
            );
            analysis.only_in = crosscheck_align::only_in(articles, &aligned.alignments);
            analysis.alignments = aligned.alignments;
            analysis.model_use = aligned.model_use;
            analysis.echo = aligned.echo;
            analysis.sentence_model = encoder.map(|e| e.name());
        }
        StageId::Derivation => {
            analysis.derivation = crosscheck_derive::derive_with_features(
                articles,
                features,
                pairs.expect("set above for the pairwise stages"),
                &analysis.alignments,
                &settings.derive,
            );
        }
        StageId::Quotes | StageId::Attribution => {
            // One pass over each article finds quotations and attributions:
            // whichever of the two stages runs first runs it.
            if !analysis.has_run(StageId::Quotes) && !analysis.has_run(StageId::Attribution) {
                analysis.quotes = articles
                    .par_iter()
                    .zip(features)
                    .enumerate()
                    .map(|(k, (a, f))| match known(k) {
                        Some(r) => r.quotes.clone(),
                        None => quotes_of(a, f),
                    })
                    .collect();
            }
            if stage == StageId::Quotes {
                analysis.variants = variants(articles, &analysis.quotes);
            }
        }
        StageId::Time => {
            analysis.times = articles
                .par_iter()
                .zip(features)
                .enumerate()
                .map(|(k, (a, f))| match known(k) {
                    Some(r) => r.times.clone(),
                    None => crosscheck_time::expressions_with_features(a, f),
                })
                .collect();
        }
        StageId::Corroboration => {
            let changes = quotation_changes(&analysis.quotes, &analysis.variants);
            analysis.claims = crosscheck_claims::claims(
                articles,
                features,
                &analysis.alignments,
                &analysis.derivation,
                &analysis.quotes,
                &changes,
            );
        }
        StageId::Framing => {
            let named = crosscheck_framing::named_in_sentences(articles.len(), &analysis.entities);
            analysis.framing = articles
                .iter()
                .zip(&analysis.quotes)
                .enumerate()
                .map(|(k, (a, q))| {
                    let mut f = crosscheck_framing::framing(a, q);
                    f.adds = crosscheck_framing::additions(
                        &analysis.only_in[k],
                        &analysis.echo[k],
                        &named[k],
                    );
                    f
                })
                .collect();
            let (loaded, by) =
                loaded_language(articles, &analysis.quotes, encoder, settings.bias_head);
            for (f, loaded) in analysis.framing.iter_mut().zip(loaded) {
                f.loaded = loaded;
                f.loaded_by = by;
            }
        }
    }
}

/// The same quotation in two articles, compared both ways.
fn variants(articles: &[Article], quotes: &[ArticleQuotes]) -> Vec<QuoteVariant> {
    crosscheck_quotes::variants(articles, quotes)
        .into_iter()
        .map(|v| {
            let text = |(k, i): (usize, usize)| articles[k].slice(quotes[k].quotes[i].span);
            let outside = |(k, i): (usize, usize)| {
                crosscheck_quotes::outside(&articles[k], quotes[k].quotes[i].span)
            };
            let mut reverse = crosscheck_quotes::compare_in_context(
                text(v.b),
                text(v.a),
                outside(v.b),
                outside(v.a),
            );
            // Both directions read the same changes; what the match left
            // unasserted stays so.
            if !v.comparison.material {
                reverse.unassert_material();
            }
            QuoteVariant {
                reverse,
                a: v.a,
                b: v.b,
                comparison: v.comparison,
            }
        })
        .collect()
}

/// The quotation variants as the claims stage reads them: by the sentences
/// that hold the two renderings, with the changes two outlets cannot both
/// be right about (a negation, a number, a name).
fn quotation_changes(
    quotes: &[ArticleQuotes],
    variants: &[QuoteVariant],
) -> Vec<crosscheck_claims::QuotationChange> {
    use crosscheck_quotes::ChangeKind;
    variants
        .iter()
        .map(|v| {
            let contradicting: Vec<(String, String)> = v
                .comparison
                .changes
                .iter()
                .filter(|c| {
                    c.material
                        && matches!(
                            c.kind,
                            ChangeKind::NegationChanged
                                | ChangeKind::NumberChanged
                                | ChangeKind::NameChanged
                        )
                })
                .map(|c| (c.a.clone(), c.b.clone()))
                .collect();
            let sentence = |(k, i): (usize, usize)| (k, quotes[k].quotes[i].sentence);
            crosscheck_claims::QuotationChange {
                a: sentence(v.a),
                b: sentence(v.b),
                contradicting,
            }
        })
        .collect()
}

/// What two stages that ran tell together: the timeline (with `also_in`
/// when the alignment ran) and each quotation's speaker entity (when the
/// entities ran).
fn join(analysis: &mut Analysis) {
    if analysis.has_run(StageId::Time) {
        analysis.timeline = timeline::build(analysis);
    }
    if analysis.has_run(StageId::Quotes) && analysis.has_run(StageId::Entities) {
        analysis.speaker_entities = analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(k, aq)| {
                aq.quotes
                    .iter()
                    .map(|q| speaker_entity(&analysis.entities, k, q.speaker.as_deref()))
                    .collect()
            })
            .collect();
    }
}

/// The entity a quotation's speaker is: the person of the story whose name
/// or an alias is the speaker's name, preferring one mentioned in the
/// quotation's article.
fn speaker_entity(entities: &[Entity], article: usize, speaker: Option<&str>) -> Option<usize> {
    let speaker = speaker?;
    let names = |e: &Entity| {
        e.kind == EntityKind::Person
            && (e.name == speaker || e.aliases.iter().any(|a| a == speaker))
    };
    entities
        .iter()
        .position(|e| names(e) && e.mentions.iter().any(|m| m.article == article))
        .or_else(|| entities.iter().position(names))
}

/// Logs how long each stage took (at debug level: `-vv` or
/// `CROSSCHECK_LOG=crosscheck_pipeline=debug`).
struct StageTimer(std::time::Instant);

impl StageTimer {
    fn start() -> Self {
        Self(std::time::Instant::now())
    }

    fn lap(self, stage: &'static str) -> Self {
        let ms = self.0.elapsed().as_secs_f64() * 1000.0;
        tracing::debug!(stage, ms = format!("{ms:.1}"), "stage done");
        Self::start()
    }
}
