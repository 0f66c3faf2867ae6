//! Time expressions against the hand-annotated set in
//! `testdata/time-expressions.jsonl` (always runs: the set is part of the
//! repository).

#![allow(clippy::print_stderr)]

use std::path::PathBuf;

/// Measured: F1 0.975 (P 0.975, R 0.975) on 120 expressions in 115
/// sentences; two errors are months of the future read as past ones, one a
/// past Sunday read as the next one.
/// The rules were written with this set in view: it is not held out.
#[test]
fn time_expressions_floor() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let r = crosscheck_eval::time::evaluate(&root).unwrap();
    eprintln!(
        "time expressions F1 {:.3} P {:.3} R {:.3} ({} expected)",
        r.score.f1, r.score.precision, r.score.recall, r.expected
    );
    assert!(r.expected >= 100);
    assert!(r.score.f1 >= 0.97, "F1 {:.3} fell below 0.97", r.score.f1);
}
