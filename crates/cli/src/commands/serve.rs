//! `crosscheck serve`: the web application over the store.

use crosscheck_store::SqliteStore;

use crate::Outcome;
use crate::cli::ServeArgs;

pub fn run(args: ServeArgs) -> anyhow::Result<Outcome> {
    let dir = super::data_dir(&args.data)?;
    let store = SqliteStore::open(&dir)?;
    let options = crosscheck_serve::Options {
        addr: args.addr,
        ..crosscheck_serve::Options::default()
    };
    crosscheck_serve::run(Box::new(store), &options)?;
    Ok(Outcome::Done)
}
