//! `crosscheck serve`: the web application over the store.

use crosscheck_store::SqliteStore;

use crate::Outcome;
use crate::cli::ServeArgs;

/// Serve the store of the data directory until Ctrl-C.
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
    // Ingest through the application writes through a handle of its own
    // (uploads are read with the default limits of every input).
    let ingest = args.allow_ingest.then(|| crosscheck_serve::Ingest {
        open: Box::new(move || {
            SqliteStore::open(&dir).map(|s| Box::new(s) as Box<dyn crosscheck_store::Store + Send>)
        }),
        limits: crosscheck_ingest::Options::default(),
        max_upload: args.max_upload_bytes,
    });
    crosscheck_serve::run(Box::new(store), Some(index), &options, ingest)?;
    Ok(Outcome::Done)
}
