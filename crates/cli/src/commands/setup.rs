//! `crosscheck setup`: the sentence model's weights, fetched once and cached.

use std::io::Write;
use std::time::Instant;

use crate::Outcome;
use crate::cli::SetupArgs;

pub fn run(args: SetupArgs) -> anyhow::Result<Outcome> {
    let data = super::store::data_dir(&args.data)?;
    let mut out = std::io::stdout().lock();
    let already = crosscheck_embed::is_set_up(&data);
    let dir = crosscheck_embed::setup(&data)?;
    writeln!(
        out,
        "{} {}=={} in `{}`",
        if already {
            "already set up:"
        } else {
            "set up:"
        },
        crosscheck_embed::PACKAGE,
        crosscheck_embed::VERSION,
        dir.display()
    )?;
    let started = Instant::now();
    let model = crosscheck_embed::Model::load(&data)?;
    writeln!(
        out,
        "model loaded and its files' hashes checked in {:.2} s",
        started.elapsed().as_secs_f64()
    )?;
    if args.check {
        let mut articles = Vec::new();
        crosscheck_ingest::read_inputs(
            &["examples".to_string()],
            &Default::default(),
            &mut |item| {
                if let Ok(mut a) = item {
                    crosscheck_pipeline::prepare(&mut a);
                    articles.push(a);
                }
            },
        );
        let sentences: Vec<&str> = articles
            .iter()
            .flat_map(|a| a.sentences.iter().map(|s| a.slice(s.span)))
            .collect();
        let started = Instant::now();
        let vectors = model.embed(&sentences)?;
        let secs = started.elapsed().as_secs_f64();
        writeln!(
            out,
            "embedded {} sentences ({} dimensions) in {:.2} s: {:.0} sentences/s",
            vectors.len(),
            vectors.first().map_or(0, Vec::len),
            secs,
            vectors.len() as f64 / secs
        )?;
    }
    Ok(Outcome::Done)
}
