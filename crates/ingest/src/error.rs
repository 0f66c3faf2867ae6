//! Errors of ingest: each names the input and the problem in one line.

use std::fmt;

/// What is wrong with an input.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// The path does not exist.
    #[error("no such file or directory")]
    Missing,
    /// The file exists but could not be read.
    #[error("cannot read: {0}")]
    Unreadable(String),
    /// Nothing but white space.
    #[error("empty input")]
    Empty,
    /// Not text at all.
    #[error("binary data ({0}), not an article")]
    Binary(&'static str),
    /// Neither UTF-8 nor Windows-1252 text.
    #[error("not valid UTF-8 (bad byte at offset {offset}) and not Windows-1252 text either")]
    Encoding {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// Larger than the configured limit.
    #[error(
        "too large: {size} bytes, over the limit of {limit} bytes (raise it with --max-article-bytes)"
    )]
    TooLarge {
        /// Size seen (or reached, for compressed input).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A container or record that does not parse.
    #[error("malformed {format}: {detail}")]
    Malformed {
        /// What it should have been (`JSON`, `WARC`, `RSS/Atom feed`, ...).
        format: &'static str,
        /// What the parser said, on one line.
        detail: String,
    },
    /// Parsed, but no story text was left.
    #[error("no story text found{0}")]
    NoText(&'static str),
    /// A kind of input crosscheck does not read.
    #[error("unsupported input: {0}")]
    Unsupported(String),
    /// A FIFO, device or socket: never opened (reading one may never end).
    #[error("not a regular file ({0}), not read")]
    NotRegular(&'static str),
    /// Over one of the limits other than the article's size.
    #[error("{what} over the limit of {limit} (raise it with --{flag})")]
    OverLimit {
        /// What went over, with its size where it is known.
        what: String,
        /// The limit.
        limit: u64,
        /// The command-line flag that sets it.
        flag: &'static str,
    },
    /// A WARC archive with records, none of them a page or a text.
    #[error("no HTML or plain-text response or resource records among its {records} records")]
    NoPages {
        /// How many records it holds.
        records: usize,
    },
    /// A parser panicked on this input (a bug in it, caught here).
    #[error("the {parser} parser failed on this input (a bug in it): {detail}")]
    Panicked {
        /// Which parser.
        parser: &'static str,
        /// Its panic message, on one line.
        detail: String,
    },
    /// The errors of one input past the first few, counted instead of shown.
    #[error("{0} more errors in this input, not shown")]
    MoreErrors(usize),
}

impl Problem {
    /// A malformed-input problem with the parser's message folded to one line.
    pub fn malformed(format: &'static str, detail: impl fmt::Display) -> Self {
        Problem::Malformed {
            format,
            detail: one_line(&detail.to_string()),
        }
    }
}

/// An input that could not be ingested.
#[derive(Debug, thiserror::Error)]
#[error("{input}: {problem}")]
pub struct IngestError {
    /// The input as the user named it, with the record inside it where there
    /// is one (`feed.xml#3`, `articles.jsonl:17`).
    pub input: String,
    /// What is wrong.
    pub problem: Problem,
}

impl IngestError {
    /// An error about `input`.
    pub fn new(input: impl Into<String>, problem: Problem) -> Self {
        IngestError {
            input: input.into(),
            problem,
        }
    }
}

/// Fold any text to one line of at most 200 characters.
pub(crate) fn one_line(s: &str) -> String {
    let folded: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() > 200 {
        let cut: String = folded.chars().take(200).collect();
        format!("{cut}…")
    } else {
        folded
    }
}
