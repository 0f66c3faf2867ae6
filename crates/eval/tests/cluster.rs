//! Story clustering floors, just below the measured pairwise F1 (the
//! benchmark folder's `tools/cluster_scores.py` gives the same figures):
//! METER 1999 0.946 (tuned on), METER 2000 0.954 (held out), BASIL's
//! 2010–2014 events 0.971 (never tuned on). They read the folder named by
//! `CROSSCHECK_BENCH` and say plainly when they were skipped.

#![allow(clippy::print_stderr)]

use crosscheck_eval::cluster::{Part, evaluate};

#[test]
fn cluster_floors() {
    let Some(bench) = crosscheck_eval::bench_dir() else {
        eprintln!(
            "skipped: {} is not set, so the clustering floors were not checked",
            crosscheck_eval::BENCH_ENV
        );
        return;
    };
    let options = crosscheck_cluster::Options::default();
    for (part, floor) in [
        (Part::MeterDev, 0.94),
        (Part::MeterHeldout, 0.95),
        (Part::Basil, 0.96),
    ] {
        let s = evaluate(&bench, part, &options).unwrap();
        eprintln!(
            "{}: pairwise P {:.4} R {:.4} F1 {:.4}, BCubed F1 {:.4}",
            part.name(),
            s.pair_p,
            s.pair_r,
            s.pair_f1,
            s.b3_f1
        );
        assert!(
            s.pair_f1 >= floor,
            "{}: pairwise F1 {:.4} fell below {floor}",
            part.name(),
            s.pair_f1
        );
    }
}
