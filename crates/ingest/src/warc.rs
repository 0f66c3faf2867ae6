//! WARC web archives (plain or gzip): response and resource records
//! holding HTML or plain text.
//!
//! Each record's header is read here, line by line up to the header limit,
//! and its `Content-Length` checked against the article limit before a byte
//! of the body is kept; only then is the record (header and body, both
//! bounded) handed to the `warc` crate to parse. The crate alone would read
//! an endless header into memory and panics on a `Content-Length` near
//! `u64::MAX` (its `body length + 4` overflows; see `upstream_overflow`).

use std::io::{BufRead, Read};

use crosscheck_model::{Article, Origin};

use crate::Options;
use crate::decode::{check_not_binary, decode_html, decode_text};
use crate::error::Problem;
use crate::limits::{guard, io_problem};
use crate::{html, plain};

/// One result per record that holds a page; other records are skipped.
pub type Item = Result<Article, (String, Problem)>;

/// A record's header and body, both within their limits.
struct Framed {
    header: Vec<u8>,
    body: Vec<u8>,
}

/// What came next in the stream.
enum Next {
    /// A record within the limits.
    Record(Framed),
    /// A record over the article limit, skipped (its body was not kept).
    TooLarge(u64),
    /// The end of the stream.
    End,
}

/// Read the next record's header (at most `max_header` bytes) and, when its
/// `Content-Length` is within `limit`, its body.
fn next_record<R: BufRead>(reader: &mut R, limit: u64, max_header: u64) -> Result<Next, Problem> {
    let io = |e: std::io::Error| io_problem(&e, "WARC");
    let mut header = Vec::new();
    loop {
        let room = max_header.saturating_sub(header.len() as u64);
        let before = header.len();
        let n = (&mut *reader)
            .take(room + 1)
            .read_until(b'\n', &mut header)
            .map_err(io)?;
        if header.len() as u64 > max_header {
            return Err(Problem::OverLimit {
                what: "a WARC record header longer than that".to_string(),
                limit: max_header,
                flag: "max-header-bytes",
            });
        }
        if n == 0 {
            if header.iter().all(u8::is_ascii_whitespace) {
                return Ok(Next::End);
            }
            return Err(Problem::malformed("WARC record", "the header is cut short"));
        }
        let line = &header[before..];
        let blank = line == b"\r\n" || line == b"\n";
        if blank && header[..before].iter().all(u8::is_ascii_whitespace) {
            // Blank lines between records.
            header.clear();
            continue;
        }
        if blank {
            break;
        }
    }
    let text = String::from_utf8_lossy(&header);
    let length = text
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| v.trim())
        })
        .ok_or_else(|| Problem::malformed("WARC record", "no Content-Length"))?;
    let length: u64 = length.parse().map_err(|_| {
        Problem::malformed(
            "WARC record",
            format!(
                "Content-Length `{}` is not a number",
                crate::error::one_line(length)
            ),
        )
    })?;
    if length > limit {
        // Skip the body without keeping it (the input limit still counts it).
        let skipped =
            std::io::copy(&mut (&mut *reader).take(length), &mut std::io::sink()).map_err(io)?;
        if skipped == length {
            skip_record_end(reader).map_err(io)?;
        }
        return Ok(Next::TooLarge(length));
    }
    let mut body = Vec::with_capacity(length as usize);
    (&mut *reader)
        .take(length)
        .read_to_end(&mut body)
        .map_err(io)?;
    if (body.len() as u64) < length {
        return Err(Problem::malformed(
            "WARC record",
            format!("the body is cut short ({} of {length} bytes)", body.len()),
        ));
    }
    skip_record_end(reader).map_err(io)?;
    Ok(Next::Record(Framed { header, body }))
}

/// The blank lines that end a record.
fn skip_record_end<R: BufRead>(reader: &mut R) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        let n = buf
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        if n == 0 {
            return Ok(());
        }
        reader.consume(n);
    }
}

/// Read the HTML and plain-text records of a WARC stream, handing each to
/// `sink`. Records larger than the article limit are refused one by one; a
/// header over the header limit ends the stream.
pub fn read<R: BufRead>(
    source: &str,
    mut reader: R,
    options: &Options,
    sink: &mut dyn FnMut(Item),
) -> Result<(), Problem> {
    let limit = options.max_article_bytes;
    let mut records = 0usize;
    let mut pages = 0usize;
    for n in 1.. {
        let member = format!("{source}@record {n}");
        let framed = match next_record(&mut reader, limit, options.max_header_bytes) {
            Ok(Next::End) => break,
            Ok(Next::TooLarge(size)) => {
                records += 1;
                pages += 1;
                sink(Err((member, Problem::TooLarge { size, limit })));
                continue;
            }
            Ok(Next::Record(framed)) => framed,
            Err(p) => {
                if records == 0 {
                    return Err(p);
                }
                // The stream is out of step after a bad record: stop here.
                sink(Err((member, p)));
                return Ok(());
            }
        };
        records += 1;
        let record = match parse(framed) {
            Ok(r) => r,
            Err(p) => {
                if records == 1 {
                    return Err(p);
                }
                sink(Err((member, p)));
                continue;
            }
        };
        if let Some(item) = article(&member, &record, options) {
            pages += 1;
            sink(item.map_err(|p| (member, p)));
        }
    }
    if records == 0 {
        return Err(Problem::malformed("WARC", "no records"));
    }
    if pages == 0 {
        return Err(Problem::NoPages { records });
    }
    Ok(())
}

/// Parse one framed record with the `warc` crate. A header that is not
/// UTF-8 (which WARC requires) is refused here: the crate panics when such a
/// header's value is read.
fn parse(framed: Framed) -> Result<warc::Record<warc::BufferedBody>, Problem> {
    if let Err(e) = std::str::from_utf8(&framed.header) {
        return Err(Problem::malformed(
            "WARC record",
            format!(
                "the header is not UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ),
        ));
    }
    let mut bytes = framed.header;
    bytes.extend_from_slice(&framed.body);
    bytes.extend_from_slice(b"\r\n\r\n");
    guard("WARC", || {
        let mut records = warc::WarcReader::new(&bytes[..]).iter_records();
        match records.next() {
            Some(Ok(r)) => Ok(r),
            Some(Err(e)) => Err(Problem::malformed("WARC record", e)),
            None => Err(Problem::malformed("WARC record", "empty")),
        }
    })
}

/// The article of a response or resource record holding HTML or plain
/// text; `None` for every other record.
fn article(
    member: &str,
    record: &warc::Record<warc::BufferedBody>,
    options: &Options,
) -> Option<Result<Article, Problem>> {
    let kind = record.warc_type().to_string();
    if kind != "response" && kind != "resource" {
        return None;
    }
    let uri = record
        .header(warc::WarcHeader::TargetURI)
        .map(|u| u.into_owned());
    let body = record.body();
    let (content_type, payload) = if kind == "response" {
        match split_http(body) {
            Some(parts) => parts,
            None => {
                return Some(Err(Problem::malformed(
                    "WARC record",
                    "response without an HTTP header",
                )));
            }
        }
    } else {
        (
            record
                .header(warc::WarcHeader::ContentType)
                .map(|c| c.into_owned())
                .unwrap_or_default(),
            body,
        )
    };
    let content_type = content_type.to_ascii_lowercase();
    let is_html = content_type.contains("html")
        || (content_type.is_empty() && payload.trim_ascii_start().starts_with(b"<"));
    let is_text = content_type.starts_with("text/plain");
    if !is_html && !is_text {
        return None;
    }
    let origin = Origin {
        source: member.to_string(),
        record_id: Some(record.warc_id().to_string()),
        format: "warc",
    };
    Some(if is_html {
        decode_html(payload)
            .and_then(|page| html::read(origin, &page, uri.as_deref(), options.max_depth))
    } else {
        check_not_binary(payload)
            .and_then(|()| decode_text(payload))
            .and_then(|text| plain::read(origin, &text))
            .map(|mut a| {
                a.meta.url = a.meta.url.or(uri);
                a
            })
    })
}

/// Split an HTTP response into its content type and body.
fn split_http(bytes: &[u8]) -> Option<(String, &[u8])> {
    if !bytes.starts_with(b"HTTP/") {
        return None;
    }
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| {
            bytes
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|p| (p, p + 2))
        })?;
    let head = String::from_utf8_lossy(&bytes[..end.0]);
    let content_type = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case("content-type")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    Some((content_type, &bytes[end.1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(uri: &str, http: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
    }

    #[test]
    fn response_records_are_read() {
        let page = "<html><body><article><p>This is the story text of the archived page, long enough to be the main content of it.</p><p>And a second paragraph that makes it look like an article with more than one paragraph.</p></article></body></html>";
        let http =
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
        let warc = record("https://www.nytimes.com/x.html", &http);
        let mut got = Vec::new();
        read("a.warc", warc.as_bytes(), &Options::default(), &mut |i| {
            got.push(i)
        })
        .unwrap();
        assert_eq!(got.len(), 1);
        let a = got.remove(0).unwrap();
        assert!(a.text.starts_with("This is the story text"), "{}", a.text);
        assert_eq!(
            a.meta.url.as_deref(),
            Some("https://www.nytimes.com/x.html")
        );
    }

    #[test]
    fn garbage_is_malformed() {
        let mut got = Vec::new();
        assert!(
            read(
                "b.warc",
                &b"WARC/1.0\r\nnonsense"[..],
                &Options::default(),
                &mut |i| { got.push(i) }
            )
            .is_err()
        );
    }

    fn collect(bytes: &[u8], options: &Options) -> (Vec<Item>, Result<(), Problem>) {
        let mut got = Vec::new();
        let result = read("c.warc", bytes, options, &mut |i| got.push(i));
        (got, result)
    }

    #[test]
    fn an_enormous_content_length_is_refused_before_it_is_allocated() {
        let warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: 18446744073709551615\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>";
        let (got, result) = collect(warc.as_bytes(), &Options::default());
        assert!(result.is_ok());
        assert_eq!(got.len(), 1);
        let (member, problem) = got[0].as_ref().unwrap_err();
        assert_eq!(member, "c.warc@record 1");
        assert!(matches!(problem, Problem::TooLarge { .. }), "{problem}");
    }

    /// The `warc` crate on its own panics on this record (`Content-Length`
    /// near `u64::MAX`: the body length plus 4 overflows, then a slice is out
    /// of range). The report to file upstream, with this reproducer, is
    /// docs/upstream/warc-panics.md; the reader above never
    /// hands the crate such a record. This test shows whether it still panics.
    #[test]
    fn upstream_overflow() {
        let warc = b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: 18446744073709551614\r\n\r\nab\r\n\r\n";
        let result = guard("WARC", || {
            let _ = warc::WarcReader::new(&warc[..]).iter_records().next();
            Ok(())
        });
        assert!(
            matches!(result, Err(Problem::Panicked { .. }) | Ok(())),
            "{result:?}"
        );
    }

    /// A header value that is not UTF-8 is that record's error; the records
    /// after it are still read (the `warc` crate alone panics reading it).
    #[test]
    fn a_header_that_is_not_utf8_is_the_record_s_error() {
        let record = |id: u8, content_type: &[u8]| {
            let body = b"<!DOCTYPE html><html><head><title>A title</title></head><body><p>One sentence of text that is long enough to keep.</p></body></html>";
            let mut r = format!("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Type: ").into_bytes();
            r.extend_from_slice(content_type);
            r.extend_from_slice(format!("\r\nContent-Length: {}\r\n\r\n", body.len()).as_bytes());
            r.extend_from_slice(body);
            r.extend_from_slice(b"\r\n\r\n");
            r
        };
        let mut warc = record(1, b"text/html");
        warc.extend(record(2, b"text/html\x8d"));
        warc.extend(record(3, b"text/html"));
        let (got, result) = collect(&warc, &Options::default());
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(got.len(), 3);
        assert!(got[0].is_ok() && got[2].is_ok(), "{got:?}");
        let (member, problem) = got[1].as_ref().unwrap_err();
        assert_eq!(member, "c.warc@record 2");
        assert!(problem.to_string().contains("not UTF-8"), "{problem}");
    }

    #[test]
    fn an_endless_header_stops_at_the_header_limit() {
        let mut warc = b"WARC/1.0\r\nWARC-Type: response\r\n".to_vec();
        warc.extend(b"X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(100_000));
        let options = Options {
            max_header_bytes: 4096,
            ..Options::default()
        };
        let (_, result) = collect(&warc, &options);
        let e = result.unwrap_err().to_string();
        assert!(e.contains("--max-header-bytes"), "{e}");
    }

    #[test]
    fn plain_text_records_are_articles_and_other_archives_say_why_nothing_was_read() {
        let text = "The first paragraph of the story is long enough to be a paragraph of news.\n\nAnd a second one follows it, with more words in it than the first one had.";
        let resource = format!(
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:2>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nWARC-Target-URI: https://example.org/a.txt\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{text}\r\n\r\n",
            text.len()
        );
        let (got, result) = collect(resource.as_bytes(), &Options::default());
        result.unwrap();
        let a = got[0].as_ref().unwrap();
        assert!(a.text.contains("And a second one follows it"), "{}", a.text);
        assert_eq!(a.meta.url.as_deref(), Some("https://example.org/a.txt"));
        let request = "WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:3>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: 2\r\n\r\nab\r\n\r\n";
        let (got, result) = collect(request.as_bytes(), &Options::default());
        assert!(got.is_empty());
        assert_eq!(
            result.unwrap_err().to_string(),
            "no HTML or plain-text response or resource records among its 1 records"
        );
    }
}
