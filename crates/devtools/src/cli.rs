//! The command line of `crosscheck-dev` (clap derive); doc comments are the
//! help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck_cli::DataArgs;

/// crosscheck-dev: the developers' commands of crosscheck: score the stages
/// against the public benchmarks, train the models the product ships, and
/// measure throughput.
#[derive(Debug, Parser)]
#[command(name = "crosscheck-dev", version, max_term_width = 100)]
pub struct Cli {
    /// How much it prints.
    #[command(flatten)]
    pub log: crosscheck_cli::LogArgs,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Measure throughput: ingest, the sentence model, compare, candidate pairs.
    Bench(BenchArgs),
    /// Score a stage against gold (the public benchmarks) and print its metric.
    Eval(EvalArgs),
    /// Train a model the product ships (its weights are committed) from
    /// benchmark data, reproducibly.
    Train(TrainArgs),
    /// Write a corpus of hostile inputs, every format (broken, enormous,
    /// nested deep, gzip bombs, terminal escapes), for `scripts/hostile.py`.
    Hostile(HostileArgs),
}

/// `hostile`.
#[derive(Debug, Args)]
pub struct HostileArgs {
    /// The directory to write the inputs into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// How many small inputs (every kind in turn); the large ones (bombs,
    /// 100,000-deep nesting, 41 MB articles) come on top.
    #[arg(long, default_value_t = 10_000)]
    pub count: usize,
    /// The generator's seed (the same seed, the same corpus).
    #[arg(long, default_value_t = 14)]
    pub seed: u64,
    /// Only the small inputs (a fast sample).
    #[arg(long)]
    pub small_only: bool,
}

/// `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// What to evaluate.
    #[arg(value_enum)]
    pub what: EvalTarget,
    /// The benchmark folder (for the benchmark targets).
    #[arg(long, env = "CROSSCHECK_BENCH", value_name = "DIR")]
    pub bench: Option<PathBuf>,
    /// Use the sentence model set up in this data directory (for `seed`).
    #[arg(long, value_name = "DIR")]
    pub model_data: Option<PathBuf>,
    /// The repository checkout holding `examples/` and `testdata/` (for `seed`).
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Also write the predictions in the benchmark's own format to this file.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    /// PolNeAR: the split to score (`dev` for reporting, `train` for development).
    #[arg(long, default_value = "dev")]
    pub split: String,
    /// PolNeAR: score the attribution tagger's attributions on their own
    /// (with the rules' speakers of direct quotations), not the quotes stage.
    #[arg(long)]
    pub learned: bool,
    /// Print a line per item (page, story) as well as the totals.
    #[arg(long)]
    pub details: bool,
    /// Text reuse: words per seed n-gram.
    #[arg(long, default_value_t = crosscheck_reuse::Options::default().ngram)]
    pub ngram: usize,
    /// Text reuse: the largest gap, in words, inside a passage.
    #[arg(long, default_value_t = crosscheck_reuse::Options::default().max_gap)]
    pub max_gap: usize,
    /// Text reuse: the share of a sentence's content words another sentence
    /// must hold for the sentence to count as rewritten from it.
    #[arg(long, default_value_t = 0.5)]
    pub containment: f32,
    /// Text reuse: the smallest passage, in words.
    #[arg(long, default_value_t = crosscheck_reuse::Options::default().min_words)]
    pub min_words: usize,
    /// Story clustering: the cosine at which an article joins a story.
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().join)]
    pub join: f32,
    /// Story clustering: the cosine at which two stories are merged.
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().merge)]
    pub merge: f32,
    /// Story clustering: how many days a story stays open after its last
    /// article.
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().window_days)]
    pub window_days: i64,
    /// Story clustering: the most words an article keeps.
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().terms)]
    pub terms: usize,
    /// Story clustering: the weight of a capitalised word.
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().name_weight)]
    pub name_weight: f32,
    /// Story clustering: the cosine between a story's earlier and later
    /// articles below which it is split (0 never splits).
    #[arg(long = "split-below", default_value_t = crosscheck_cluster::Options::default().split)]
    pub split_below: f32,
    /// Story clustering: the fewest articles on each side of a split.
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().min_part)]
    pub min_part: usize,
    /// `basil-lexical`, `seed`: judge loaded language with the bias head as
    /// well (`compare --bias-head`).
    #[arg(long)]
    pub bias_head: bool,
    /// `babe-tuned`: how many of the five folds to run (each trains the
    /// head once).
    #[arg(long, default_value_t = 5)]
    pub folds_run: usize,
    /// `babe-tuned`: the first fold run (fold 0 is the one the shipped head
    /// is scored on: its options were chosen on the others).
    #[arg(long, default_value_t = 0)]
    pub fold_start: usize,
    /// `babe-tuned`: top layers trained.
    #[arg(long, default_value_t = crosscheck_embed::tuned::TrainOptions::default().top)]
    pub tuned_top: usize,
    /// `babe-tuned`: passes over the training folds.
    #[arg(long, default_value_t = crosscheck_embed::tuned::TrainOptions::default().epochs)]
    pub tuned_epochs: usize,
    /// `babe-tuned`: peak learning rate of the layers.
    #[arg(long, default_value_t = crosscheck_embed::tuned::TrainOptions::default().layer_rate)]
    pub tuned_layer_rate: f64,
    /// `babe-tuned`: peak learning rate of the head.
    #[arg(long, default_value_t = crosscheck_embed::tuned::TrainOptions::default().head_rate)]
    pub tuned_head_rate: f64,
    /// `babe-tuned`: dropout while training (0: none).
    #[arg(long, default_value_t = crosscheck_embed::tuned::TrainOptions::default().dropout)]
    pub tuned_dropout: f32,
}

/// What `eval` can score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalTarget {
    /// Main-text extraction from HTML (article-extraction benchmark).
    Extraction,
    /// Passage-level text reuse on METER's token-level spans (character P/R/F1).
    MeterSpans,
    /// Claims on METER: those only PA and the papers derived from it carry
    /// should have one independent source; those a paper with reporting of
    /// its own carries should not be collapsed to one.
    MeterClaims,
    /// Claims of the audit stories against the hand judgements of
    /// `testdata/audit-claims` (grouping, independent-source counts,
    /// single-source flags), dev and held out apart.
    AuditClaims,
    /// The seed pair against its hand-made gold (alignment, only_in).
    Seed,
    /// Wholly / partially / non-derived newspaper texts on METER (courts).
    MeterDerivation,
    /// The same on COUNTER (Urdu).
    CounterDerivation,
    /// Attribution source / cue / content spans on PolNeAR (dev; `--split train`).
    Polnear,
    /// How far PolNeAR's annotators agree with each other on the texts
    /// several of them annotated (train, dev, annotator training), beside
    /// crosscheck's agreement with the same annotators.
    PolnearAgreement,
    /// The same quotation across outlets on BASIL's triplets (verdict counts;
    /// `--details` lists every pair that is not identical).
    BasilQuotes,
    /// Time expressions against the hand-annotated set in `testdata/`
    /// (`--details` lists the errors).
    Time,
    /// Alias groups annotated by hand on BASIL triplets (`testdata/`):
    /// pairwise P/R/F1 (`--details` lists the misses).
    BasilEntities,
    /// Caveats and their omissions against the hand-annotated gold of
    /// `testdata/caveats` (dev and held out apart; `--model-data` adds the
    /// sentence model, `--details` every mismatch).
    Caveats,
    /// Loaded language on BABE: the framing stage's models trained and
    /// scored by 5-fold cross-validation (macro F1), beside a lexicon learned
    /// from the same folds; needs `--model-data`.
    Babe,
    /// The sentence model's top layers fine-tuned on BABE with a bias head,
    /// on the folds of `babe` (`--folds-run` of them), beside the logistic
    /// models and the cascade of the two; needs `--model-data`.
    BabeTuned,
    /// Lexical bias on BASIL (2010–2014): the framing stage's loaded
    /// language against the annotated word-choice bias, sentence level and
    /// character spans; needs `--model-data`.
    BasilLexical,
    /// Named entities on CoNLL-2003 valid with the committed tagger
    /// (entity-level exact P/R/F1, overall and per type).
    Ner,
    /// Story clustering, streamed in date order: METER 1999 (tuned on),
    /// METER 2000 (held out) and BASIL's events (unseen); pairwise and
    /// BCubed P/R/F1.
    Cluster,
    /// What the report asserts, per kind of finding, on the hand-judged
    /// multi-outlet stories of `testdata/audit` (dev and held out apart;
    /// `--model-data` adds the sentence model, `--details` every mismatch).
    Audit,
    /// Quotations and their speakers on the hand-judged single articles of
    /// `testdata/speakers` (British court reports, single and double
    /// quotation marks; dev 1999, held out 2000; `--details` every
    /// mismatch).
    Speakers,
    /// Quotation speakers on the batteries of
    /// `testdata/speakers/batteries` (articles written for the purpose,
    /// every quotation marked; `--details` every miss). Needs no benchmark.
    Batteries,
}

/// `train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// What to train.
    #[arg(value_enum)]
    pub what: TrainTarget,
    /// The benchmark folder (`conll2003/` for `ner`, `polnear/` for
    /// `attribution`).
    #[arg(long, env = "CROSSCHECK_BENCH", value_name = "DIR")]
    pub bench: PathBuf,
    /// Where to write the model and its manifest (the repository's
    /// `crates/entities/model` to replace the committed one).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Passes over the training data (the best on the validation part is
    /// kept); default 20 for `ner`, 25 for `attribution`.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Seed of the shuffle.
    #[arg(long, default_value_t = crosscheck_entities::ner::train::Options::default().seed)]
    pub seed: u64,
    /// The data directory where the sentence model is set up (for `loaded`).
    #[arg(long, value_name = "DIR")]
    pub model_data: Option<PathBuf>,
}

/// What `train` can train.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrainTarget {
    /// The named-entity tagger, on CoNLL-2003 train, tuned on valid.
    Ner,
    /// The attribution tagger of the quotes stage, on PolNeAR train (the
    /// epoch chosen on its last tenth); writes `attribution.bin.gz`.
    Attribution,
    /// The loaded-language models of the framing stage, on all of BABE
    /// (`babe/babe_sg2.jsonl`), with the sentence model's distilled
    /// embedding (`--model-data`); writes `loaded.bin.gz` to
    /// `crates/framing/model`.
    Loaded,
    /// The sentence model's top layers and a bias head, fine-tuned on BABE
    /// except its held-out fold (`--model-data`); writes
    /// `bias-head.safetensors.gz` to `crates/embed/model`.
    BiasHead,
}

/// `bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// What to measure.
    #[arg(value_enum, default_value = "ingest")]
    pub what: BenchTarget,
    /// How many articles to generate (`ingest`: 50,000; `candidates`: 100,000).
    #[arg(long)]
    pub articles: Option<usize>,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The benchmark folder (METER texts for `embed`, `compare`, `candidates`).
    #[arg(long, env = "CROSSCHECK_BENCH", value_name = "DIR")]
    pub bench: Option<PathBuf>,
    /// `candidates`: Jaccard threshold on word 3-gram shingles.
    #[arg(long, default_value_t = 0.3)]
    pub threshold: f64,
    /// `candidates`: also write the generated corpus (JSONL: id, text, and
    /// the id it copies, if any) to this file, for peers to run on.
    #[arg(long, value_name = "FILE", conflicts_with = "from")]
    pub corpus: Option<PathBuf>,
    /// `candidates`: read the corpus from this file (as `--corpus` writes
    /// it) instead of generating it.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// `compare`: the fewest articles of the story timed.
    #[arg(long, default_value_t = 20)]
    pub story_size: usize,
    /// `scale`: run one measurement in this process and print it (the
    /// benchmark runs each in a process of its own, for its peak memory):
    /// `story:N:PARTNERS` or `article:KIB`.
    #[arg(long, hide = true, value_name = "RUN")]
    pub one: Option<String>,
    /// `grow`: without the sentence model.
    #[arg(long)]
    pub lexical: bool,
    /// Where the sentence model lives (`embed`, `compare`).
    #[command(flatten)]
    pub data: DataArgs,
}

/// What `bench` measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BenchTarget {
    /// Ingest and segmentation of generated pasted pages, one core.
    Ingest,
    /// Sentence-model throughput on benchmark sentences.
    Embed,
    /// `compare` on the largest benchmark stories, with and without the model.
    Compare,
    /// Candidate pairs over a generated corpus with known copies.
    Candidates,
    /// Quote and attribution extraction on PolNeAR's 840 training articles.
    Quotes,
    /// Named entities (tagger, aliases) and time expressions on PolNeAR's 840
    /// training articles, one core and all cores.
    Entities,
    /// `compare --lexical` on one story of 100 to 800 METER articles (beside
    /// it, every pair compared) and on one article of 64 KiB to 4 MiB.
    Scale,
    /// The HTML report of METER stories of `--story-size` texts or more: its
    /// size, the time to write it, and Chromium's load time (headless).
    Html,
    /// Story clustering of a stream of `--articles` (200,000) articles
    /// resampled from METER's and BASIL's stories: articles/s, time per
    /// article at 10k, 50k and 200k, peak memory, pairwise F1.
    Cluster,
    /// The largest METER story grown one text at a time in the SQLite
    /// store, analysed again after each (stored vectors and per-article
    /// results reused), beside the same texts analysed from nothing.
    Grow,
}
