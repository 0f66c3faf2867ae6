//! `crosscheck ingest` and `crosscheck stories`: the store.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use crosscheck_model::Article;
use crosscheck_store::{Added, Store};

use crate::Outcome;
use crate::cli::{DataArgs, IngestArgs, StoriesArgs, StoriesFormat};

/// How many articles go into one store transaction.
const BATCH: usize = 256;

/// The note every story listing carries until clustering exists.
const SINGLETON_NOTE: &str = "each article is its own story: story clustering is not built yet";

pub(crate) fn data_dir(args: &DataArgs) -> anyhow::Result<PathBuf> {
    match &args.data {
        Some(dir) => Ok(dir.clone()),
        None => dirs::data_dir()
            .map(|d| d.join("crosscheck"))
            .context("no data directory: pass --data DIR or set CROSSCHECK_DATA"),
    }
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<Outcome> {
    let dir = data_dir(&args.data)?;
    let mut store = Store::open(&dir)?;
    let options = crosscheck_ingest::Options {
        max_article_bytes: args.input.max_article_bytes,
    };
    let progress = indicatif::ProgressBar::new_spinner();
    progress.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} articles read, {msg} [{elapsed}]")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let (mut new, mut duplicate, mut failed) = (0usize, 0usize, 0usize);
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut flush = |batch: &mut Vec<Article>, store: &mut Store| -> anyhow::Result<()> {
        for added in store.add(batch)? {
            match added {
                Added::New { .. } => new += 1,
                Added::Duplicate { .. } => duplicate += 1,
            }
        }
        batch.clear();
        Ok(())
    };
    let mut store_error = None;
    crosscheck_ingest::read_inputs(&args.input.inputs, &options, &mut |item| {
        if store_error.is_some() {
            return;
        }
        match item {
            Ok(mut article) => {
                crosscheck_pipeline::prepare(&mut article);
                batch.push(article);
                progress.inc(1);
                if batch.len() >= BATCH {
                    if let Err(e) = flush(&mut batch, &mut store) {
                        store_error = Some(e);
                    }
                }
            }
            Err(err) => {
                failed += 1;
                progress.suspend(|| eprintln!("error: {err}"));
            }
        }
        progress.set_message(format!("{failed} failed"));
    });
    if let Some(e) = store_error {
        return Err(e);
    }
    flush(&mut batch, &mut store)?;
    progress.finish_and_clear();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{new} article{} added, {duplicate} already in the store, {failed} failed; {} articles in `{}`\n{SINGLETON_NOTE}",
        if new == 1 { "" } else { "s" },
        store.article_count()?,
        store.dir().display()
    )?;
    Ok(Outcome::of(new + duplicate, failed))
}

pub fn stories(args: StoriesArgs) -> anyhow::Result<Outcome> {
    let dir = data_dir(&args.data)?;
    let store = Store::open(&dir)?;
    let stories = store.stories()?;
    let mut out = std::io::stdout().lock();
    match args.format {
        StoriesFormat::Json => {
            let doc = serde_json::json!({
                "schema": "crosscheck.stories/1",
                "clustering": "not built yet",
                "note": SINGLETON_NOTE,
                "stories": stories.iter().map(|s| serde_json::json!({
                    "id": s.id,
                    "method": s.method,
                    "articles": s.articles.iter().map(|a| serde_json::json!({
                        "id": a.id, "outlet": a.outlet, "published": a.published,
                        "title": a.title, "source_file": a.source,
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        StoriesFormat::Text => {
            writeln!(
                out,
                "{} stories in `{}` ({SINGLETON_NOTE})",
                stories.len(),
                dir.display()
            )?;
            for s in &stories {
                for a in &s.articles {
                    writeln!(
                        out,
                        "story {:<6} {} · {} · {}",
                        s.id,
                        a.outlet.as_deref().unwrap_or("unknown outlet"),
                        a.published.as_deref().unwrap_or("undated"),
                        a.title.as_deref().unwrap_or(&a.source)
                    )?;
                }
            }
        }
    }
    Ok(Outcome::Done)
}
