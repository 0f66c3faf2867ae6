//! `crosscheck cluster`: a stream of articles sorted into stories.

use std::io::Write;

use anyhow::Context;
use crosscheck_cluster::{Clusterer, Doc, Options};
use crosscheck_text::Words;

use crate::Outcome;
use crate::cli::{ClusterArgs, ClusterFormat};

pub fn run(args: ClusterArgs) -> anyhow::Result<Outcome> {
    let options = Options {
        window_days: args.window_days,
        join: args.join,
        ..Options::default()
    };
    anyhow::ensure!(
        (0.0..=1.0).contains(&options.join),
        "--join must be between 0 and 1, not {}",
        options.join
    );
    let mut clusterer = Clusterer::new(options);
    let progress = indicatif::ProgressBar::new_spinner();
    progress.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} articles clustered [{elapsed}]")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let mut ids: Vec<String> = Vec::new();
    let mut titles: Vec<Option<String>> = Vec::new();
    let mut failed = 0;
    crosscheck_ingest::read_inputs(
        &args.input.inputs,
        &args.input.options(),
        &mut |item| match item {
            Ok(article) => {
                super::warn_of_date(&article);
                let words = Words::of(&article.text);
                let title = article.meta.title.as_deref().map(|t| (t, Words::of(t)));
                clusterer.push(Doc {
                    text: &article.text,
                    words: &words,
                    title: title.as_ref().map(|(t, w)| (*t, w)),
                    date: article.meta.published.map(|p| p.date),
                });
                // The record's own id, else the article's place in the
                // input (`a1`, `a2`, ...).
                ids.push(
                    article
                        .origin
                        .record_id
                        .clone()
                        .unwrap_or_else(|| format!("a{}", ids.len() + 1)),
                );
                titles.push(article.meta.title.clone());
                progress.inc(1);
            }
            Err(err) => {
                failed += 1;
                progress.suspend(|| {
                    #[allow(clippy::print_stderr)]
                    {
                        eprintln!("error: {}", crosscheck_report::visible(&err.to_string()));
                    }
                });
            }
        },
    );
    progress.finish_and_clear();
    let stories = clusterer.assignments();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ClusterFormat::Jsonl => {
            for (id, story) in ids.iter().zip(&stories) {
                serde_json::to_writer(
                    &mut out,
                    &crosscheck_report::ClusterLine {
                        id: id.clone(),
                        story: format!("s{}", story + 1),
                    },
                )?;
                out.write_all(b"\n")?;
            }
        }
        ClusterFormat::Text => {
            let count = stories.iter().max().map_or(0, |m| m + 1);
            let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
            for (k, &s) in stories.iter().enumerate() {
                members[s].push(k);
            }
            writeln!(
                out,
                "{} article{} in {count} stor{}",
                ids.len(),
                if ids.len() == 1 { "" } else { "s" },
                if count == 1 { "y" } else { "ies" }
            )?;
            for (s, list) in members.iter().enumerate() {
                writeln!(
                    out,
                    "\ns{} · {} article{}",
                    s + 1,
                    list.len(),
                    if list.len() == 1 { "" } else { "s" }
                )?;
                for &k in list {
                    let line = format!(
                        "  {}  {}",
                        ids[k],
                        titles[k].as_deref().unwrap_or("untitled")
                    );
                    writeln!(out, "{}", crosscheck_report::visible(&line))?;
                }
            }
        }
    }
    out.flush().context("writing the stories")?;
    Ok(Outcome::of(ids.len(), failed))
}
