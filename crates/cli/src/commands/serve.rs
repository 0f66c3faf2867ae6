//! `crosscheck serve`: the web application over the store.

use crosscheck_store::SqliteStore;

use crate::Outcome;
use crate::cli::ServeArgs;

pub fn run(args: ServeArgs) -> anyhow::Result<Outcome> {
    let dir = super::data_dir(&args.data)?;
    let store = SqliteStore::open(&dir)?;
    let index = crosscheck_index::ArticleIndex::open(&dir)?;
    // Catch up with the store (an ingest stopped before the index's
    // commit); an ingest writing now holds the index: search what is there.
    if let Err(e) = index.catch_up(&store) {
        tracing::warn!(%e, "the search index could not catch up with the store");
    }
    let options = crosscheck_serve::Options {
        addr: args.addr,
        ..crosscheck_serve::Options::default()
    };
    crosscheck_serve::run(Box::new(store), Some(index), &options)?;
    Ok(Outcome::Done)
}
