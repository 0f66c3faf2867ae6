//! `crosscheck compare`: analyse the inputs as one story.

use crate::Outcome;
use crate::cli::{CompareArgs, CompareFormat};
use crate::output::write_out;

pub fn run(args: CompareArgs) -> anyhow::Result<Outcome> {
    let (articles, failed) = super::read_articles(&args.input);
    let outcome = Outcome::of(articles.len(), failed);
    if outcome == Outcome::NothingProcessed {
        return Ok(outcome);
    }
    let analysis = crosscheck_pipeline::analyse(articles);
    let bytes = match args.format {
        CompareFormat::Text => crosscheck_report::compare_text(&analysis).into_bytes(),
        CompareFormat::Html => crosscheck_report::compare_html(&analysis).into_bytes(),
        CompareFormat::Json => {
            let mut v = serde_json::to_vec_pretty(&crosscheck_report::compare_document(&analysis))?;
            v.push(b'\n');
            v
        }
    };
    write_out(args.output.as_deref(), &bytes)?;
    Ok(outcome)
}
