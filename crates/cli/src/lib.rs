//! The crosscheck command line: clap types ([`cli`]), one module per command,
//! and the mapping of outcomes to exit codes. Library crates do the work;
//! this crate only reads inputs, calls them and writes outputs.
//!
//! The developers' commands (`eval`, `train`, `bench`) are another binary,
//! `crosscheck-dev` (crate `crosscheck-devtools`), which shares from here the
//! outcome and its exit code ([`Outcome`], [`exit_code`], [`init_tracing`]),
//! the data directory ([`DataArgs`], [`data_dir`]), the sentence model
//! ([`load_model`]) and atomic writes ([`write_out`]).

#![allow(clippy::print_stderr)]

mod cli;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

pub use cli::{Cli, DataArgs, LogArgs};
pub use commands::{data_dir, load_model};
pub use output::write_out;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every input processed.
    Done,
    /// Some inputs failed (each named on stderr); the rest were processed.
    SomeFailed,
    /// Nothing could be processed.
    NothingProcessed,
}

impl Outcome {
    /// The outcome of a run with `ok` successes and `failed` failures.
    pub fn of(ok: usize, failed: usize) -> Self {
        match (ok, failed) {
            (0, _) => Outcome::NothingProcessed,
            (_, 0) => Outcome::Done,
            _ => Outcome::SomeFailed,
        }
    }
}

/// Run the command line and return the exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.log.quiet, cli.log.verbose);
    exit_code(commands::run(cli))
}

/// The exit code of a command's result (0 all processed, 1 some inputs
/// failed, 2 an error or nothing could be processed); an error is printed
/// on stderr with its causes, and a closed pipe is no error.
pub fn exit_code(result: anyhow::Result<Outcome>) -> ExitCode {
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Ok(Outcome::NothingProcessed) => ExitCode::from(2),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Log to stderr at the level `-q` / `-v` ask for (`CROSSCHECK_LOG`
/// overrides it).
pub fn init_tracing(quiet: bool, verbose: u8) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("CROSSCHECK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .try_init();
}
