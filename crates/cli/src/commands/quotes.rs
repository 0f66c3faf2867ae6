//! `crosscheck quotes`: quotes and attributions only.

use std::io::Write;

use crate::Outcome;
use crate::cli::{QuotesArgs, QuotesFormat};

pub fn run(args: QuotesArgs) -> anyhow::Result<Outcome> {
    let (articles, failed) = super::read_articles(&args.input);
    let count = articles.len();
    let analysis = crosscheck_pipeline::analyse_quotes(articles);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        QuotesFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &crosscheck_report::quotes_document(&analysis))?;
            out.write_all(b"\n")?;
        }
        QuotesFormat::Text => {
            out.write_all(crosscheck_report::quotes_text(&analysis).as_bytes())?
        }
    }
    out.flush()?;
    Ok(Outcome::of(count, failed))
}
