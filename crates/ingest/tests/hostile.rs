//! Hostile inputs: limits hold before memory is spent, non-regular files are
//! never opened, and a broken input gives one error line (at most a summary
//! for the rest), whatever the format.

#![allow(clippy::print_stderr)]

use std::io::Write;

use crosscheck_ingest::{IngestError, Options, Problem, read_bytes, read_inputs};

fn run(inputs: &[String], options: &Options) -> (usize, Vec<IngestError>) {
    let mut ok = 0;
    let mut errors = Vec::new();
    read_inputs(inputs, options, &mut |item| match item {
        Ok(_) => ok += 1,
        Err(e) => errors.push(e),
    });
    (ok, errors)
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

const STORY: &str = "{\"text\": \"The first sentence of a story. And a second one.\"}\n";

#[test]
fn fifos_are_refused_by_name_and_skipped_in_directories() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.jsonl");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    std::fs::write(dir.path().join("good.jsonl"), STORY).unwrap();
    // Inside a directory: skipped, never opened (opening would block).
    let (ok, errors) = run(&[dir.path().display().to_string()], &Options::default());
    assert_eq!((ok, errors.len()), (1, 0), "{errors:?}");
    // Named: one line, never opened.
    let name = fifo.display().to_string();
    let (ok, errors) = run(std::slice::from_ref(&name), &Options::default());
    assert_eq!(ok, 0);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        format!("{name}: not a regular file (a FIFO), not read")
    );
}

#[test]
fn a_gzip_bomb_in_jsonl_stops_at_the_input_limit() {
    let dir = tempfile::tempdir().unwrap();
    // 64 MB of zeros (one endless line), then more of it in other members.
    let member = gzip(&vec![0u8; 8 << 20]);
    let mut bomb = gzip(STORY.as_bytes());
    for _ in 0..8 {
        bomb.extend_from_slice(&member);
    }
    let path = dir.path().join("bomb.jsonl.gz");
    std::fs::write(&path, &bomb).unwrap();
    let options = Options {
        max_article_bytes: 1 << 20,
        max_input_bytes: 16 << 20,
        ..Options::default()
    };
    let (ok, errors) = run(&[path.display().to_string()], &options);
    assert_eq!(ok, 1);
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    // The over-long line, then (counted, not shown) the input limit.
    assert_eq!(text.len(), 2, "{text:?}");
    assert!(text[0].contains("bomb.jsonl.gz:2: too large"), "{text:?}");
    assert!(
        text[1].ends_with("1 more errors in this input, not shown"),
        "{text:?}"
    );
}

#[test]
fn a_warc_gz_record_claiming_gigabytes_is_refused_before_it_is_read() {
    let header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: 3221225472\r\n\r\n";
    let mut bytes = gzip(header.as_bytes());
    bytes.extend(gzip(&vec![0u8; 4 << 20]));
    let mut errors = Vec::new();
    read_bytes(
        "big.warc.gz",
        &bytes,
        None,
        &Options::default(),
        &mut |item| errors.push(item.unwrap_err()),
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(
        errors[0].problem,
        Problem::TooLarge {
            size: 3221225472,
            ..
        }
    ));
}

#[test]
fn a_megabyte_of_binary_named_jsonl_is_one_error() {
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    let junk: Vec<u8> = (0..1 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.jsonl");
    std::fs::write(&path, &junk).unwrap();
    let (ok, errors) = run(&[path.display().to_string()], &Options::default());
    assert_eq!(ok, 0);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(errors[0].problem, Problem::Binary(_)));
}

#[test]
fn many_bad_lines_are_shown_up_to_a_few_then_counted() {
    let lines = "{nope}\n".repeat(1000);
    let mut errors = Vec::new();
    read_bytes(
        "bad.jsonl",
        lines.as_bytes(),
        None,
        &Options::default(),
        &mut |item| errors.push(item.unwrap_err()),
    );
    assert_eq!(errors.len(), crosscheck_ingest::ERRORS_SHOWN_PER_INPUT + 1);
    assert_eq!(
        errors.last().unwrap().to_string(),
        format!(
            "bad.jsonl: {} more errors in this input, not shown",
            1000 - crosscheck_ingest::ERRORS_SHOWN_PER_INPUT
        )
    );
}

#[test]
fn an_enormous_content_length_fails_that_input_and_the_others_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2023-04-13T00:00:00Z\r\nContent-Length: 18446744073709551615\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>";
    std::fs::write(dir.path().join("a.warc"), warc).unwrap();
    std::fs::write(dir.path().join("b.jsonl"), STORY).unwrap();
    let (ok, errors) = run(&[dir.path().display().to_string()], &Options::default());
    assert_eq!(ok, 1);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].to_string().contains("a.warc@record 1: too large"),
        "{}",
        errors[0]
    );
}
