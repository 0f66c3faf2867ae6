//! `crosscheck entities`: named entities and time expressions only.

use std::io::Write;

use crate::Outcome;
use crate::cli::{EntitiesArgs, EntitiesFormat};

pub fn run(args: EntitiesArgs) -> anyhow::Result<Outcome> {
    let (articles, failed) = super::read_articles(&args.input);
    let count = articles.len();
    let analysis = crosscheck_pipeline::analyse_entities(articles);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        EntitiesFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &crosscheck_report::entities_document(&analysis),
            )?;
            out.write_all(b"\n")?;
        }
        EntitiesFormat::Text => {
            out.write_all(crosscheck_report::entities_text(&analysis).as_bytes())?
        }
    }
    out.flush()?;
    Ok(Outcome::of(count, failed))
}
