//! The pipeline: what runs, in which order, over a story.
//!
//! `ingest` produces [`Article`]s; [`prepare`] runs the text layer on each
//! (sentences), and [`prepare_story`] also computes each article's
//! [`TextFeatures`] once, for every stage to read; [`analyse`] runs every
//! analysis stage over the articles of one story and returns an
//! [`Analysis`]. Stages that are not built yet are
//! listed in [`STAGES`] with [`StageStatus::NotBuilt`], so every report can
//! say plainly what was not looked at, instead of showing nothing as if
//! nothing had been found.
//!
//! **Architecture invariant:** nothing here does I/O; analysis cannot fail.
//!
//! ```
//! use crosscheck_model::{Article, ArticleMeta, Origin};
//! use crosscheck_pipeline::{analyse, StageStatus, STAGES};
//! let a = Article::from_paragraphs(Origin::default(), ArticleMeta::default(), ["One. Two."]);
//! let analysis = analyse(vec![a]);
//! assert_eq!(analysis.articles[0].sentences.len(), 2);
//! assert!(STAGES.iter().any(|s| s.status == StageStatus::NotBuilt));
//! ```

pub use crosscheck_align::{Alignment, ModelUse, Relation, SentenceEncoder};
pub use crosscheck_derive::{Derivation, EvidenceKind, Extent, Graph, Sibling};
use crosscheck_model::Article;
pub use crosscheck_model::{Entity, EntityKind, Mention};
pub use crosscheck_quotes::{
    ArticleQuotes, Attribution, Quote, SourceType, Variant as QuoteVariant,
};
pub use crosscheck_text::TextFeatures;
pub use crosscheck_time::{Expression as TimeExpression, Precision, When};
use rayon::prelude::*;

/// Whether a stage runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageStatus {
    /// Runs on every story.
    Built,
    /// Not built yet: its output is empty because nothing looked, not because
    /// nothing was found.
    NotBuilt,
}

/// One analysis stage, in pipeline order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    /// Short name (`alignment`).
    pub name: &'static str,
    /// The question it answers, as a report heading.
    pub question: &'static str,
    /// The keys of the `compare` JSON document it fills.
    pub keys: &'static [&'static str],
    /// Whether it runs.
    pub status: StageStatus,
}

/// Every analysis stage, in the order they run.
pub const STAGES: &[Stage] = &[
    Stage {
        name: "alignment",
        question: "Which passages of one article correspond to which of another, and what only one has",
        keys: &["alignments", "only_in"],
        status: StageStatus::Built,
    },
    Stage {
        name: "derivation",
        question: "Who copied or rewrote whom",
        keys: &["derivation"],
        status: StageStatus::Built,
    },
    Stage {
        name: "quotes",
        question: "Every quotation, its speaker and channel, and how outlets quote it differently",
        keys: &["quotes"],
        status: StageStatus::Built,
    },
    Stage {
        name: "attribution",
        question: "What each statement rests on",
        keys: &["attributions"],
        status: StageStatus::Built,
    },
    Stage {
        name: "corroboration",
        question: "Which claims have how many independent sources, and which caveats were dropped",
        keys: &["claims"],
        status: StageStatus::NotBuilt,
    },
    Stage {
        name: "framing",
        question: "Hedges, loaded language and whose voice each outlet carries",
        keys: &["framing"],
        status: StageStatus::NotBuilt,
    },
    Stage {
        name: "entities",
        question: "People, organisations and places, with aliases resolved across outlets",
        keys: &["entities"],
        status: StageStatus::Built,
    },
    Stage {
        name: "time",
        question: "A timeline from the time expressions of every article",
        keys: &["timeline"],
        status: StageStatus::Built,
    },
];

/// The result of analysing one story.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The articles, prepared, in input order.
    pub articles: Vec<Article>,
    /// Aligned sentence pairs across articles.
    pub alignments: Vec<Alignment>,
    /// Per article, the sentences with no counterpart elsewhere.
    pub only_in: Vec<Vec<usize>>,
    /// Who derives from whom.
    pub derivation: crosscheck_derive::Graph,
    /// The sentence model the alignment used, if any (set by the caller that
    /// loaded it; `None` means lexical evidence only).
    pub sentence_model: Option<String>,
    /// How much the sentence model was asked.
    pub model_use: ModelUse,
    /// Per article, its quotations and attributions.
    pub quotes: Vec<ArticleQuotes>,
    /// The same quotation in two articles, compared.
    pub variants: Vec<QuoteVariant>,
    /// Per article, its time expressions with their values.
    pub times: Vec<Vec<TimeExpression>>,
    /// The named entities of the story, aliases grouped across articles.
    pub entities: Vec<Entity>,
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
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Sentence alignment.
    pub align: crosscheck_align::Options,
    /// Derivation.
    pub derive: crosscheck_derive::Options,
}

/// The quotes and attributions of one prepared article.
pub fn quotes_of(article: &Article) -> ArticleQuotes {
    crosscheck_quotes::analyse(article)
}

/// Quotes and attributions only: each article on its own, the same quotation
/// compared across them; alignment and derivation do not run (their fields
/// stay empty).
pub fn analyse_quotes(mut articles: Vec<Article>) -> Analysis {
    articles.iter_mut().for_each(prepare);
    let quotes: Vec<ArticleQuotes> = articles
        .par_iter()
        .map(crosscheck_quotes::analyse)
        .collect();
    let variants = crosscheck_quotes::variants(&articles, &quotes);
    Analysis {
        times: vec![Vec::new(); articles.len()],
        entities: Vec::new(),
        only_in: vec![Vec::new(); articles.len()],
        articles,
        alignments: Vec::new(),
        derivation: crosscheck_derive::Graph::default(),
        sentence_model: None,
        model_use: ModelUse::default(),
        quotes,
        variants,
    }
}

/// The named entities of prepared articles, grouped across them.
pub fn entities_of(articles: &[Article]) -> Vec<Entity> {
    let mentions: Vec<Vec<Mention>> = articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| crosscheck_entities::mentions(a, i))
        .collect();
    crosscheck_entities::group(articles, &mentions)
}

/// Entities and time only: each article tagged on its own, entities grouped
/// across the articles; the other stages do not run (their fields stay
/// empty).
pub fn analyse_entities(mut articles: Vec<Article>) -> Analysis {
    articles.iter_mut().for_each(prepare);
    let times = articles.iter().map(crosscheck_time::expressions).collect();
    let entities = entities_of(&articles);
    Analysis {
        times,
        entities,
        only_in: vec![Vec::new(); articles.len()],
        quotes: vec![ArticleQuotes::default(); articles.len()],
        articles,
        alignments: Vec::new(),
        derivation: crosscheck_derive::Graph::default(),
        sentence_model: None,
        model_use: ModelUse::default(),
        variants: Vec::new(),
    }
}

/// Analyse the articles of one story with lexical evidence only.
pub fn analyse(articles: Vec<Article>) -> Analysis {
    analyse_with(articles, None, &Settings::default())
}

/// Analyse the articles of one story; `encoder` adds sentence embeddings to
/// the alignment.
pub fn analyse_with(
    mut articles: Vec<Article>,
    encoder: Option<&dyn SentenceEncoder>,
    settings: &Settings,
) -> Analysis {
    let timer = StageTimer::start();
    let features = prepare_story(&mut articles);
    let timer = timer.lap("text");
    let entities = entities_of(&articles);
    let timer = timer.lap("entities");
    let (alignments, model_use) = crosscheck_align::align_with_features(
        &articles,
        &features,
        encoder,
        &settings.align,
        &entities,
    );
    let only_in = crosscheck_align::only_in(&articles, &alignments);
    let timer = timer.lap("align");
    let derivation = crosscheck_derive::derive_with_features(
        &articles,
        &features,
        &alignments,
        &settings.derive,
    );
    let timer = timer.lap("derive");
    let quotes: Vec<ArticleQuotes> = articles
        .par_iter()
        .map(crosscheck_quotes::analyse)
        .collect();
    let timer = timer.lap("quotes");
    let variants = crosscheck_quotes::variants(&articles, &quotes);
    let timer = timer.lap("quote variants");
    let times = articles
        .par_iter()
        .map(crosscheck_time::expressions)
        .collect();
    timer.lap("time");
    Analysis {
        times,
        entities,
        articles,
        alignments,
        only_in,
        derivation,
        sentence_model: None,
        model_use,
        quotes,
        variants,
    }
}

/// Logs how long each stage took (at debug level: `-vv` or
/// `CROSSCHECK_LOG=crosscheck_pipeline=debug`).
struct StageTimer(std::time::Instant);

impl StageTimer {
    fn start() -> Self {
        Self(std::time::Instant::now())
    }

    fn lap(self, stage: &str) -> Self {
        let ms = self.0.elapsed().as_secs_f64() * 1000.0;
        tracing::debug!(stage, ms = format!("{ms:.1}"), "stage done");
        Self::start()
    }
}
