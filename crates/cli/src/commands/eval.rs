//! `crosscheck eval`: score a stage against gold.

use std::io::Write;

use crate::Outcome;
use crate::cli::{EvalArgs, EvalTarget};
use crate::output::write_out;

pub fn run(args: EvalArgs) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    match args.what {
        EvalTarget::Extraction => {
            let report = crosscheck_eval::extraction::run(&args.bench)?;
            if args.details {
                for p in &report.pages {
                    writeln!(out, "{}\tP {:.3}\tR {:.3}", p.id, p.precision, p.recall)?;
                }
            }
            let s = report.score;
            writeln!(
                out,
                "extraction\tF1 {:.3}\tP {:.3}\tR {:.3}\tacc {:.3}\tpages {}",
                s.f1,
                s.precision,
                s.recall,
                report.accuracy,
                report.pages.len()
            )?;
            if let Some(path) = &args.predictions {
                let map: serde_json::Map<String, serde_json::Value> = report
                    .predictions
                    .iter()
                    .map(|(id, body)| (id.clone(), serde_json::json!({ "articleBody": body })))
                    .collect();
                write_out(Some(path), &serde_json::to_vec(&map)?)?;
            }
        }
    }
    Ok(Outcome::Done)
}
