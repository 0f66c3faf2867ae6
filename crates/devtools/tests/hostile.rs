//! A sample of the hostile corpus (`crosscheck-dev hostile --small-only`),
//! every kind of input, read by ingest: no panic, at most one error line per
//! input plus a summary, and every input read in well under a second. The
//! whole corpus, one process per input under a memory limit, is
//! `scripts/hostile.py`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use crosscheck_ingest::{Options, Problem};

#[test]
fn a_sample_of_the_hostile_corpus() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("crosscheck-dev")
        .unwrap()
        .args(["-q", "hostile", "--small-only", "--count", "480", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert_eq!(names.len(), 480);
    // Small limits, so the sample's bombs and long inputs reach them.
    let options = Options {
        max_article_bytes: 256 << 10,
        max_input_bytes: 4 << 20,
        max_header_bytes: 16 << 10,
        max_depth: 1000,
    };
    let mut articles = 0;
    for path in &names {
        let name = path.display().to_string();
        let mut errors: HashMap<String, usize> = HashMap::new();
        let start = Instant::now();
        crosscheck_ingest::read_inputs(std::slice::from_ref(&name), &options, &mut |item| {
            match item {
                Ok(_) => articles += 1,
                Err(e) => {
                    assert!(
                        !matches!(e.problem, Problem::Panicked { .. }),
                        "{name}: {e}"
                    );
                    // One line per input (or per record inside it).
                    *errors.entry(e.input.clone()).or_default() += 1;
                }
            }
        });
        let elapsed = start.elapsed();
        assert!(elapsed < Duration::from_secs(5), "{name}: {elapsed:?}");
        for (input, n) in errors {
            assert!(n <= 2, "{input}: {n} error lines");
        }
    }
    assert!(articles > 0);
}
