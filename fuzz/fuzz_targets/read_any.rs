//! Fuzz format detection and every reader behind it (gzip included).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    crosscheck_fuzz::read_and_check(data, None);
});
