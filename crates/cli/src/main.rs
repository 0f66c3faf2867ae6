//! The `crosscheck` binary: parse the command line, run, map the outcome to
//! an exit code (0 all processed, 1 some inputs failed, 2 usage error or
//! nothing could be processed).

use std::process::ExitCode;

fn main() -> ExitCode {
    crosscheck_cli::main()
}
