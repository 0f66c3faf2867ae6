//! Fuzz time expressions: no panic on any text or publication date, and every
//! span lies on the text's character boundaries.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let day = data.first().copied().unwrap_or(0) as i64 * 97;
    let anchor = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
        .and_then(|d| d.checked_add_signed(chrono::Duration::days(day)));
    for (span, when) in crosscheck_time::expressions_in(s, anchor) {
        assert!(s.get(span.start..span.end).is_some());
        let _ = when.value();
    }
});
