//! The audit of what the report asserts, on the hand-judged stories of
//! `testdata/audit`:
//!
//! ```text
//! cargo run --release -p crosscheck-eval --example audit -- BENCH [--model-data DIR] [--details] [--gold DIR]
//! ```
//!
//! `BENCH` is the benchmark folder; `--model-data` a data directory where
//! `crosscheck setup` has put the sentence model (lexical evidence only
//! without it); `--details` adds every story's counts and mismatches.
#![allow(clippy::print_stdout)]

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let usage = "usage: audit BENCH [--model-data DIR] [--details] [--gold DIR]";
    let mut bench = None;
    let mut model_data = None;
    let mut details = false;
    let mut gold = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/audit");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--details" => details = true,
            "--model-data" => model_data = Some(PathBuf::from(args.next().ok_or(usage)?)),
            "--gold" => gold = PathBuf::from(args.next().ok_or(usage)?),
            _ if arg.starts_with("--") || bench.is_some() => return Err(usage.into()),
            _ => bench = Some(PathBuf::from(arg)),
        }
    }
    let bench = bench.ok_or(usage)?;
    let model = model_data
        .map(|dir| crosscheck_embed::Model::load(&dir))
        .transpose()?;
    let encoder = model
        .as_ref()
        .map(|m| m as &dyn crosscheck_pipeline::SentenceEncoder);
    let report = crosscheck_eval::audit::run(&bench, &gold, encoder)?;
    print!("{}", crosscheck_eval::audit::text::render(&report, details));
    Ok(())
}
