//! `crosscheck reuse SOURCE TARGET`: passages of TARGET reused from SOURCE,
//! the files taken whole (no header or boilerplate stripping).

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use crosscheck_model::CharIndex;

use crate::Outcome;
use crate::cli::{ReuseArgs, ReuseFormat};

/// The decoded text of a whole file (gzip, BOM, UTF-8 or Windows-1252).
fn whole_text(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    crosscheck_ingest::decode_whole(&bytes, crosscheck_ingest::DEFAULT_MAX_ARTICLE_BYTES)
        .map_err(|p| anyhow::anyhow!("{}: {p}", path.display()))
}

pub fn run(args: ReuseArgs) -> anyhow::Result<Outcome> {
    let source = whole_text(&args.source)?;
    let target = whole_text(&args.target)?;
    let options = crosscheck_reuse::Options {
        ngram: args.ngram,
        max_gap: args.max_gap,
        min_words: args.min_words,
        ..crosscheck_reuse::Options::default()
    };
    let passages = crosscheck_reuse::reuse(&source, &target, &options);
    let (si, ti) = (CharIndex::new(&source), CharIndex::new(&target));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ReuseFormat::Json => {
            let offsets = |index: &CharIndex, span| {
                let (start, end) = index.char_span(span);
                crosscheck_report::OffsetsDoc { end, start }
            };
            let doc = crosscheck_report::ReuseDocument {
                passages: passages
                    .iter()
                    .map(|p| crosscheck_report::PassageDoc {
                        coverage: (f64::from(p.coverage) * 1000.0).round() / 1000.0,
                        kind: p.kind.as_str(),
                        source: offsets(&si, p.source),
                        target: offsets(&ti, p.target),
                        words: p.target_words,
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        ReuseFormat::Text => {
            let shared: usize = passages.iter().map(|p| p.target.len()).sum();
            writeln!(
                out,
                "{} passage{} of `{}` reused from `{}` ({:.0}% of its text)",
                passages.len(),
                if passages.len() == 1 { "" } else { "s" },
                args.target.display(),
                args.source.display(),
                100.0 * shared as f64 / target.len().max(1) as f64
            )?;
            for p in &passages {
                let (ts, te) = ti.char_span(p.target);
                let (ss, se) = si.char_span(p.source);
                writeln!(
                    out,
                    "\n{} · target {ts}..{te} · source {ss}..{se} · {} words\n  {}",
                    p.kind.as_str(),
                    p.target_words,
                    p.target
                        .slice(&target)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                )?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Done)
}
