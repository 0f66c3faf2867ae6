//! Fuzz the date parser: no panic on any text.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = crosscheck_ingest::parse_date(s);
    }
});
