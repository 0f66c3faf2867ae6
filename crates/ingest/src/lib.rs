//! Ingest: from whatever the user has to [`Article`]s.
//!
//! Reads plain text pasted from web pages, HTML pages, JSON and JSONL
//! records, RSS and Atom feeds, WARC archives (plain or gzip), gzip-compressed
//! files of any of these, directories (recursively, in lexicographic order)
//! and standard input. Every input yields articles or one-line errors
//! ([`IngestError`]) that name the input and the problem; a bad input never
//! stops the others.
//!
//! ```
//! use crosscheck_ingest::{read_bytes, Options};
//! let page = "Source: NY Times\n\nApr 13, 2023\n\nA Headline\n\nBy Jane Doe\n\nThe story starts here. It goes on.";
//! let mut articles = Vec::new();
//! read_bytes("paste.txt", page.as_bytes(), None, &Options::default(), &mut |item| articles.push(item.unwrap()));
//! assert_eq!(articles[0].meta.outlet.as_deref(), Some("The New York Times"));
//! assert_eq!(articles[0].text, "The story starts here. It goes on.");
//! ```

mod boilerplate;
mod dates;
mod decode;
mod error;
mod feed;
mod html;
mod json;
mod limits;
mod plain;
mod warc;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crosscheck_model::{Article, Origin};

pub use dates::parse_date;
pub use error::{IngestError, Problem};

/// The default limit on one article's size: 50 MB.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 50 * 1024 * 1024;
/// The default limit on the bytes read from one input once decompressed: 4 GiB.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 4 * 1024 * 1024 * 1024;
/// The default limit on one WARC record's header: 64 KiB.
pub const DEFAULT_MAX_HEADER_BYTES: u64 = 64 * 1024;
/// The default limit on how deep HTML and XML elements nest: 1,000.
pub const DEFAULT_MAX_DEPTH: usize = 1000;
/// How many errors of one input are shown (one line per input); the rest
/// are counted in one more line.
pub const ERRORS_SHOWN_PER_INPUT: usize = 1;

/// How to ingest: the limits that hold before memory is spent.
#[derive(Debug, Clone)]
pub struct Options {
    /// The largest article (file, record or line, after decompression)
    /// accepted; a record's declared length is checked before it is read.
    pub max_article_bytes: u64,
    /// The most bytes read from one input (a file, standard input) once
    /// decompressed, counted while they are read: every gzip member, every
    /// record of a WARC or JSONL stream.
    pub max_input_bytes: u64,
    /// The longest WARC record header.
    pub max_header_bytes: u64,
    /// How deep HTML and XML elements may nest (measured before parsing).
    pub max_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_header_bytes: DEFAULT_MAX_HEADER_BYTES,
            max_depth: DEFAULT_MAX_DEPTH,
        }
    }
}

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text pasted from a web page.
    Text,
    /// An HTML page.
    Html,
    /// One JSON record or an array of records.
    Json,
    /// One JSON record per line.
    Jsonl,
    /// RSS or Atom.
    Feed,
    /// A WARC archive.
    Warc,
}

impl Format {
    /// The format a file name implies, if any (`.warc.gz` → WARC; other
    /// `.gz` files are named by what is inside).
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
        let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "txt" | "text" | "md" => Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "xml" | "rss" | "atom" => Format::Feed,
            "warc" => Format::Warc,
            _ => return None,
        })
    }

    /// The format the first bytes suggest.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]);
        let t = head.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with("WARC/") {
            Format::Warc
        } else if t.starts_with('<') {
            let lower = t.to_ascii_lowercase();
            if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") {
                Format::Feed
            } else {
                Format::Html
            }
        } else if t.starts_with('[') {
            Format::Json
        } else if t.starts_with('{') {
            let lines = t
                .lines()
                .filter(|l| !l.trim().is_empty())
                .take(3)
                .collect::<Vec<_>>();
            if lines.len() > 1
                && lines
                    .iter()
                    .all(|l| l.trim_start().starts_with('{') && l.trim_end().ends_with('}'))
            {
                Format::Jsonl
            } else {
                Format::Json
            }
        } else {
            Format::Text
        }
    }
}

/// Decode a whole input as text, without reading it as an article: gzip is
/// unpacked (up to `limit` bytes), binary refused, UTF-8 / UTF-16 with a BOM /
/// Windows-1252 decoded.
pub fn decode_whole(bytes: &[u8], limit: u64) -> Result<String, Problem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::Empty);
    }
    if decode::is_gzip(bytes) {
        return decode_whole(&decode::gunzip(bytes, limit)?, limit);
    }
    if bytes.len() as u64 > limit {
        return Err(Problem::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    decode::check_not_binary(bytes)?;
    decode::decode_text(bytes)
}

/// One article or one error.
pub type Item = Result<Article, IngestError>;

/// Read every input in order (`-` is standard input; directories are walked
/// recursively in lexicographic order), handing each article or error to
/// `sink` as soon as it is read. FIFOs, devices and sockets are refused when
/// named and skipped inside directories: they are never opened.
pub fn read_inputs(inputs: &[String], options: &Options, sink: &mut dyn FnMut(Item)) {
    for input in inputs {
        if input == "-" {
            let mut bytes = Vec::new();
            let read = limits::Counted::new(std::io::stdin().lock(), options.max_input_bytes)
                .read_to_end(&mut bytes);
            match read {
                Ok(_) => read_bytes("-", &bytes, None, options, sink),
                Err(e) => sink(Err(IngestError::new("-", limits::io_problem(&e, "input")))),
            }
            continue;
        }
        let path = Path::new(input);
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                sink(Err(IngestError::new(input, Problem::Missing)))
            }
            Err(e) => sink(Err(IngestError::new(
                input,
                Problem::Unreadable(e.to_string()),
            ))),
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                if let Err(e) = walk(path, &mut files) {
                    sink(Err(IngestError::new(
                        input,
                        Problem::Unreadable(e.to_string()),
                    )));
                }
                files.sort();
                for file in files {
                    read_file(&file, &file.display().to_string(), options, sink);
                }
            }
            Ok(_) => read_file(path, input, options, sink),
        }
    }
}

/// Files under a directory that look like articles (by name); hidden files,
/// files of other kinds and anything but regular files (FIFOs, devices,
/// sockets, links to them) are skipped.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if Format::from_name(&name).is_some() {
            // A link is followed to see what it is; a broken one is read
            // (and reported) like a file.
            let regular = if kind.is_symlink() {
                std::fs::metadata(&path).map_or(true, |m| m.is_file())
            } else {
                kind.is_file()
            };
            if regular {
                out.push(path);
            }
        }
    }
    Ok(())
}

/// What kind of non-regular file this is.
fn file_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    let _ = file_type;
    "not a file or directory"
}

/// Hand at most [`ERRORS_SHOWN_PER_INPUT`] errors of one input to `sink`,
/// then one line counting the rest.
fn capped(name: &str, sink: &mut dyn FnMut(Item), read: impl FnOnce(&mut dyn FnMut(Item))) {
    let mut errors = 0usize;
    read(&mut |item| {
        if item.is_err() {
            errors += 1;
            if errors > ERRORS_SHOWN_PER_INPUT {
                return;
            }
        }
        sink(item);
    });
    if errors > ERRORS_SHOWN_PER_INPUT {
        sink(Err(IngestError::new(
            name,
            Problem::MoreErrors(errors - ERRORS_SHOWN_PER_INPUT),
        )));
    }
}

/// Read one file. Anything but a regular file is refused without opening it.
pub fn read_file(path: &Path, display: &str, options: &Options, sink: &mut dyn FnMut(Item)) {
    capped(display, sink, |sink| {
        if let Err(p) = limits::guard("input", || {
            read_file_inner(path, display, options, sink);
            Ok(())
        }) {
            sink(Err(IngestError::new(display, p)));
        }
    });
}

fn read_file_inner(path: &Path, display: &str, options: &Options, sink: &mut dyn FnMut(Item)) {
    let limit = options.max_article_bytes;
    let fail = |p: Problem| Err(IngestError::new(display, p));
    let format = Format::from_name(display);
    let size = match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => return sink(fail(Problem::NotRegular(file_kind(&m.file_type())))),
        Ok(m) => m.len(),
        Err(e) => return sink(fail(Problem::Unreadable(e.to_string()))),
    };
    if size == 0 {
        return sink(fail(Problem::Empty));
    }
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return sink(fail(Problem::Unreadable(e.to_string()))),
    };
    let gz = display.to_ascii_lowercase().ends_with(".gz");
    // Streams of records are read record by record; everything else whole.
    if matches!(format, Some(Format::Warc) | Some(Format::Jsonl)) {
        let file = BufReader::with_capacity(1 << 16, file);
        let reader: Box<dyn BufRead> = if gz {
            Box::new(BufReader::with_capacity(
                1 << 16,
                limits::Counted::new(
                    flate2::bufread::MultiGzDecoder::new(file),
                    options.max_input_bytes,
                ),
            ))
        } else {
            Box::new(BufReader::new(limits::Counted::new(
                file,
                options.max_input_bytes,
            )))
        };
        return match format {
            Some(Format::Warc) => read_warc(display, reader, options, sink),
            _ => read_jsonl(display, reader, options, sink),
        };
    }
    if size > limit && !gz {
        return sink(fail(Problem::TooLarge { size, limit }));
    }
    let mut bytes = Vec::new();
    match limits::Counted::new(file, options.max_input_bytes).read_to_end(&mut bytes) {
        Ok(_) => read_bytes_inner(display, &bytes, format, options, sink),
        Err(e) => sink(fail(limits::io_problem(&e, "input"))),
    }
}

/// Read one input held in memory. `format` overrides detection.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    options: &Options,
    sink: &mut dyn FnMut(Item),
) {
    capped(name, sink, |sink| {
        if let Err(p) = limits::guard("input", || {
            read_bytes_inner(name, bytes, format, options, sink);
            Ok(())
        }) {
            sink(Err(IngestError::new(name, p)));
        }
    });
}

fn read_bytes_inner(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    options: &Options,
    sink: &mut dyn FnMut(Item),
) {
    let limit = options.max_article_bytes;
    let fail = |p: Problem| Err(IngestError::new(name, p));
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return sink(fail(Problem::Empty));
    }
    if decode::is_gzip(bytes) {
        // Streams are decompressed as they are read; anything else whole, up
        // to the article limit. What it is shows in its first bytes.
        let format = format.unwrap_or_else(|| {
            let mut head = Vec::new();
            let _ = flate2::bufread::MultiGzDecoder::new(bytes)
                .take(2048)
                .read_to_end(&mut head);
            Format::sniff(&head)
        });
        if matches!(format, Format::Warc | Format::Jsonl) {
            let reader = BufReader::new(limits::Counted::new(
                flate2::bufread::MultiGzDecoder::new(bytes),
                options.max_input_bytes,
            ));
            return match format {
                Format::Warc => read_warc(name, reader, options, sink),
                _ => read_jsonl(name, reader, options, sink),
            };
        }
        return match decode::gunzip(bytes, limit) {
            Ok(inner) => read_bytes_inner(name, &inner, Some(format), options, sink),
            Err(p) => sink(fail(p)),
        };
    }
    let format = format.unwrap_or_else(|| Format::sniff(bytes));
    if matches!(format, Format::Warc | Format::Jsonl) {
        return match format {
            Format::Warc => read_warc(name, bytes, options, sink),
            _ => read_jsonl(name, bytes, options, sink),
        };
    }
    if bytes.len() as u64 > limit {
        return sink(fail(Problem::TooLarge {
            size: bytes.len() as u64,
            limit,
        }));
    }
    if let Err(p) = decode::check_not_binary(bytes) {
        return sink(fail(p));
    }
    let origin = |format: &'static str| Origin {
        source: name.to_string(),
        record_id: None,
        format,
    };
    match format {
        Format::Text => {
            let item = decode::decode_text(bytes).and_then(|t| plain::read(origin("text"), &t));
            sink(item.map(finish).map_err(|p| IngestError::new(name, p)))
        }
        Format::Html => {
            let item = decode::decode_html(bytes)
                .and_then(|t| html::read(origin("html"), &t, None, options.max_depth));
            sink(item.map(finish).map_err(|p| IngestError::new(name, p)))
        }
        Format::Json => {
            let records = decode::decode_text(bytes).and_then(|t| json::records(&t));
            match records {
                Err(p) => sink(fail(p)),
                Ok(records) => {
                    let many = records.len() > 1;
                    for (n, record) in records.iter().enumerate() {
                        let member = if many {
                            format!("{name}[{n}]")
                        } else {
                            name.to_string()
                        };
                        let item = json::read_record(origin("json"), record, options.max_depth);
                        sink(item.map(finish).map_err(|p| IngestError::new(member, p)));
                    }
                }
            }
        }
        Format::Feed => match feed::read(name, bytes, options.max_depth) {
            Err(p) => sink(fail(p)),
            Ok(items) => {
                for item in items {
                    sink(
                        item.map(finish)
                            .map_err(|(member, p)| IngestError::new(member, p)),
                    );
                }
            }
        },
        Format::Warc | Format::Jsonl => unreachable!("handled above"),
    }
}

/// A WARC stream: one item per page or text record.
fn read_warc<R: BufRead>(name: &str, reader: R, options: &Options, sink: &mut dyn FnMut(Item)) {
    if let Err(p) = warc::read(name, reader, options, &mut |item| {
        sink(
            item.map(finish)
                .map_err(|(member, p)| IngestError::new(member, p)),
        )
    }) {
        sink(Err(IngestError::new(name, p)));
    }
}

/// JSON Lines: one record per line; a bad line is an error of its own.
/// Binary data is refused once for the whole input.
fn read_jsonl<R: BufRead>(
    name: &str,
    mut reader: R,
    options: &Options,
    sink: &mut dyn FnMut(Item),
) {
    let limit = options.max_article_bytes;
    let fail = |p: Problem| Err(IngestError::new(name, p));
    match reader.fill_buf() {
        Ok(head) => {
            if let Err(p) = decode::check_not_binary(head) {
                return sink(fail(p));
            }
        }
        Err(e) => return sink(fail(limits::io_problem(&e, "JSON Lines"))),
    }
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut any = false;
    loop {
        // Blank lines are skipped a buffer at a time (a stream of nothing but
        // line breaks must not cost a call per line).
        match reader.fill_buf() {
            Ok(buf) => {
                let blank = buf.iter().take_while(|&&b| b == b'\n').count();
                if blank > 0 {
                    number += blank;
                    reader.consume(blank);
                    continue;
                }
            }
            Err(e) => return sink(fail(limits::io_problem(&e, "JSON Lines"))),
        }
        line.clear();
        number += 1;
        let read = (&mut reader).take(limit + 1).read_until(b'\n', &mut line);
        match read {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return sink(fail(limits::io_problem(&e, "JSON Lines"))),
        }
        let member = format!("{name}:{number}");
        if line.len() as u64 > limit {
            sink(Err(IngestError::new(
                member,
                Problem::TooLarge {
                    size: line.len() as u64,
                    limit,
                },
            )));
            // Skip the rest of the over-long line without keeping it.
            if let Err(e) = skip_line(&mut reader) {
                return sink(fail(limits::io_problem(&e, "JSON Lines")));
            }
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        any = true;
        let item = decode::decode_text(&line)
            .and_then(|t| {
                serde_json::from_str::<serde_json::Value>(&t)
                    .map_err(|e| Problem::malformed("JSON", e))
            })
            .and_then(|v| {
                json::read_record(
                    Origin {
                        source: member.clone(),
                        record_id: None,
                        format: "json",
                    },
                    &v,
                    options.max_depth,
                )
            });
        sink(item.map(finish).map_err(|p| IngestError::new(member, p)));
    }
    if !any {
        sink(fail(Problem::Empty));
    }
}

/// Consume up to and including the next line break, keeping nothing.
fn skip_line<R: BufRead>(reader: &mut R) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(at) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(at + 1);
            return Ok(());
        }
        let n = buf.len();
        reader.consume(n);
    }
}

/// Metadata clean-up shared by every reader: the outlet resolved through the
/// outlet table (from the name as written, else the URL's host), the
/// language detected.
fn finish(mut article: Article) -> Article {
    let table = crosscheck_lexicon::outlets();
    let meta = &mut article.meta;
    for field in [
        &mut meta.title,
        &mut meta.dek,
        &mut meta.author,
        &mut meta.outlet_as_written,
    ] {
        if let Some(v) = field {
            let squashed = v.split_whitespace().collect::<Vec<_>>().join(" ");
            *field = (!squashed.is_empty()).then_some(squashed);
        }
    }
    let host = meta
        .url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_string));
    meta.outlet = meta
        .outlet_as_written
        .as_deref()
        .and_then(|w| table.by_name(w))
        .or_else(|| host.as_deref().and_then(|h| table.by_host(h)))
        .map(|o| o.name.to_string())
        .or_else(|| meta.outlet_as_written.clone());
    meta.language = language(&article.text);
    article
}

fn language(text: &str) -> Option<String> {
    let sample = &text[..text.char_indices().nth(1500).map_or(text.len(), |(i, _)| i)];
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() && sample.len() > 200 {
        return None;
    }
    Some(iso639_1(info.lang()).to_string())
}

/// ISO 639-1 codes for the languages whatlang detects (639-3 where none exists).
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Spa => "es",
        Fra => "fr",
        Deu => "de",
        Ita => "it",
        Por => "pt",
        Rus => "ru",
        Ukr => "uk",
        Pol => "pl",
        Nld => "nl",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Fin => "fi",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Ron => "ro",
        Hun => "hu",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Ben => "bn",
        Pan => "pa",
        Guj => "gu",
        Mar => "mr",
        Tam => "ta",
        Tel => "te",
        Kan => "kn",
        Mal => "ml",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Vie => "vi",
        Tha => "th",
        Ind => "id",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Bel => "be",
        Afr => "af",
        Epo => "eo",
        Lat => "la",
        Yid => "yi",
        Amh => "am",
        Jav => "jv",
        Khm => "km",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Tgl => "tl",
        Uzb => "uz",
        Zul => "zu",
        Sna => "sn",
        Aka => "ak",
        Ori => "or",
        Cat => "ca",
        Mkd => "mk",
        Tuk => "tk",
        _ => lang.code(),
    }
}
