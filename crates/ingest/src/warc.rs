//! WARC web archives (plain or gzip): response and resource records holding HTML.

use std::io::BufRead;

use crosscheck_model::{Article, Origin};

use crate::decode::decode_html;
use crate::error::Problem;
use crate::html;

/// One result per record that holds a page; other records are skipped.
pub type Item = Result<Article, (String, Problem)>;

/// Read the HTML records of a WARC stream, handing each to `sink`.
/// Records larger than `limit` are refused one by one.
pub fn read<R: BufRead>(
    source: &str,
    reader: R,
    limit: u64,
    sink: &mut dyn FnMut(Item),
) -> Result<(), Problem> {
    let warc = warc::WarcReader::new(reader);
    let mut seen_any = false;
    for (n, record) in warc.iter_records().enumerate() {
        let member = format!("{source}@record {}", n + 1);
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                if !seen_any {
                    return Err(Problem::malformed("WARC", e));
                }
                sink(Err((member, Problem::malformed("WARC record", e))));
                // The stream is out of step after a bad record: stop here.
                return Ok(());
            }
        };
        seen_any = true;
        let kind = record.warc_type().to_string();
        if kind != "response" && kind != "resource" {
            continue;
        }
        let uri = record
            .header(warc::WarcHeader::TargetURI)
            .map(|u| u.into_owned());
        let id = record.warc_id().to_string();
        let body = record.body();
        if body.len() as u64 > limit {
            sink(Err((
                member,
                Problem::TooLarge {
                    size: body.len() as u64,
                    limit,
                },
            )));
            continue;
        }
        let (content_type, payload) = if kind == "response" {
            match split_http(body) {
                Some(parts) => parts,
                None => {
                    sink(Err((
                        member,
                        Problem::malformed("WARC record", "response without an HTTP header"),
                    )));
                    continue;
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
        let is_html = content_type.to_ascii_lowercase().contains("html")
            || (content_type.is_empty() && payload.trim_ascii_start().starts_with(b"<"));
        if !is_html {
            continue;
        }
        let origin = Origin {
            source: member.clone(),
            record_id: Some(id),
            format: "warc",
        };
        let item = decode_html(payload)
            .and_then(|page| html::read(origin, &page, uri.as_deref()))
            .map_err(|p| (member, p));
        sink(item);
    }
    if !seen_any {
        return Err(Problem::malformed("WARC", "no records"));
    }
    Ok(())
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
        read("a.warc", warc.as_bytes(), 1 << 20, &mut |i| got.push(i)).unwrap();
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
            read("b.warc", &b"WARC/1.0\r\nnonsense"[..], 1 << 20, &mut |i| {
                got.push(i)
            })
            .is_err()
        );
    }
}
