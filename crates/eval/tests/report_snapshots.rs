//! Snapshots of the four reports (text, Markdown, JSON and HTML) of a
//! METER story, read from the folder named by `CROSSCHECK_BENCH`.
//!
//! METER is research-only data that may not be redistributed, so no
//! article text enters the snapshots: every word of the story's articles
//! longer than two letters that is not a stop word has its letters
//! replaced (`Xxxxx`), wherever it appears in a report. What is left is the
//! reports' shape — their sections, findings, scores, counts, offsets and
//! links — which is what these snapshots guard.

#![allow(clippy::print_stderr)]

use std::collections::HashSet;
use std::path::PathBuf;

use crosscheck_eval::audit::{self, BenchIndex};
use crosscheck_lexicon::words::STOP_WORDS;

/// The story: a dev story of the audit, four texts (two PA pages and two
/// newspapers).
const STORY: &str = "meter-policeman";

fn gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/audit")
}

/// The words to mask: the articles' words longer than two letters, stop
/// words kept, lower-cased.
fn vocabulary(texts: &[&str]) -> HashSet<String> {
    texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// `report` with every word of `vocabulary` masked: upper-case letters as
/// `X`, others as `x`.
fn mask(report: &str, vocabulary: &HashSet<String>) -> String {
    let mut out = String::with_capacity(report.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if vocabulary.contains(&word.to_lowercase()) {
            out.extend(
                word.chars()
                    .map(|c| if c.is_uppercase() { 'X' } else { 'x' }),
            );
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in report.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Every string of a JSON value masked, keys too.
fn mask_strings(value: &mut serde_json::Value, vocabulary: &HashSet<String>) {
    match value {
        serde_json::Value::String(s) => *s = mask(s, vocabulary),
        serde_json::Value::Array(items) => {
            for item in items {
                mask_strings(item, vocabulary);
            }
        }
        serde_json::Value::Object(fields) => {
            let masked: serde_json::Map<String, serde_json::Value> = std::mem::take(fields)
                .into_iter()
                .map(|(k, mut v)| {
                    mask_strings(&mut v, vocabulary);
                    (mask(&k, vocabulary), v)
                })
                .collect();
            *fields = masked;
        }
        _ => {}
    }
}

#[test]
fn masking_keeps_stop_words_and_the_shape() {
    let v = vocabulary(&["The officer was found hanged, the inquest heard."]);
    assert_eq!(
        mask("Officer found: \"the inquest\" — 2 of 3", &v),
        "Xxxxxxx xxxxx: \"the xxxxxxx\" — 2 of 3"
    );
}

#[test]
fn reports_of_a_meter_story() {
    let Some(bench) = crosscheck_eval::bench_dir() else {
        eprintln!(
            "skipped: {} is not set, so the METER report snapshots were not checked",
            crosscheck_eval::BENCH_ENV
        );
        return;
    };
    let file = audit::gold::load_all(&gold_dir())
        .unwrap()
        .into_iter()
        .find(|f| f.story.story == STORY)
        .unwrap();
    let index = BenchIndex::load(&bench, std::slice::from_ref(&file)).unwrap();
    let articles = index.articles(&file).unwrap();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let vocabulary = vocabulary(&texts);
    let analysis = crosscheck_pipeline::analyse(articles.clone());
    let options = crosscheck_report::TextOptions {
        brief: false,
        color: false,
        width: crosscheck_report::WIDTH,
    };
    let text = crosscheck_report::compare_text_with(&analysis, options);
    let markdown = crosscheck_report::compare_markdown(&analysis);
    // JSON is masked before it is written: its escapes ("\\n") would glue
    // letters to the words after them.
    let mut json = serde_json::to_value(crosscheck_report::compare_document(&analysis)).unwrap();
    mask_strings(&mut json, &vocabulary);
    let json = serde_json::to_string_pretty(&json).unwrap();
    let html = crosscheck_report::compare_html(&analysis);
    for (name, report) in [
        ("meter_story_text", text),
        ("meter_story_markdown", markdown),
        ("meter_story_json", json),
        ("meter_story_html", html),
    ] {
        insta::assert_snapshot!(name, mask(&report, &vocabulary));
    }
}
