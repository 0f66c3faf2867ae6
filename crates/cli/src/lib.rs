//! The crosscheck command line: clap types ([`cli`]), one module per command,
//! and the mapping of outcomes to exit codes. Library crates do the work;
//! this crate only reads inputs, calls them and writes outputs.

#![allow(clippy::print_stderr)]

mod cli;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

pub use cli::Cli;

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
    init_tracing(&cli);
    match commands::run(cli) {
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

fn init_tracing(cli: &Cli) {
    let level = match (cli.quiet, cli.verbose) {
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
