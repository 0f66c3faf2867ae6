//! `crosscheck extract`: ingest only, one article per line.

use std::io::Write;

use crate::Outcome;
use crate::cli::{ExtractArgs, ExtractFormat};

pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let (mut articles, failed) = super::read_articles(&args.input);
    articles.iter_mut().for_each(crosscheck_pipeline::prepare);
    let docs: Vec<_> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| crosscheck_report::article_document(a, i + 1))
        .collect();
    let read = docs.len();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ExtractFormat::Jsonl => {
            for doc in &docs {
                serde_json::to_writer(&mut out, doc)?;
                out.write_all(b"\n")?;
            }
        }
        ExtractFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &crosscheck_report::ExtractDocument { articles: docs },
            )?;
            out.write_all(b"\n")?;
        }
        ExtractFormat::Text => {
            // Control characters are shown as escapes, never sent raw.
            for doc in &docs {
                let text = format!(
                    "{}  {} · {} · {}\n{}\n",
                    doc.id,
                    doc.outlet.as_deref().unwrap_or("unknown outlet"),
                    doc.published.as_deref().unwrap_or("undated"),
                    doc.title.as_deref().unwrap_or("untitled"),
                    doc.text
                );
                writeln!(out, "{}", crosscheck_report::visible(&text))?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::of(read, failed))
}
