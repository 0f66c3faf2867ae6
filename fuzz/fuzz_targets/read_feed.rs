//! Fuzz the feed reader: no panic, and every article keeps the model's invariants.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    crosscheck_fuzz::read_and_check(data, Some(crosscheck_ingest::Format::Feed));
});
