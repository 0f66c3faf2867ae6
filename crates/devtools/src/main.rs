//! `crosscheck-dev`: the developers' commands of crosscheck, kept out of the
//! user's binary: `eval` (score a stage against the public benchmarks'
//! gold), `train` (the models the product ships, reproducibly) and `bench`
//! (throughput). Exit codes as `crosscheck`'s.

#![allow(clippy::print_stderr)]

mod cli;
mod commands;
mod rng;

use std::process::ExitCode;

use clap::Parser;
use crosscheck_cli::Outcome;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    crosscheck_cli::init_tracing(cli.log.quiet, cli.log.verbose);
    crosscheck_cli::exit_code(commands::run(cli))
}
