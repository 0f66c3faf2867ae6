//! One module per command.

mod bench;
mod eval;
mod hostile;
mod train;

use crate::Outcome;
use crate::cli::{Cli, Command};

/// Run a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Eval(args) => eval::run(args),
        Command::Train(args) => train::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Hostile(args) => hostile::run(args),
    }
}
