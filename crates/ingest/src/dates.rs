//! Publication dates in the formats news pages write them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use crosscheck_lexicon::words;
use crosscheck_model::Published;

/// Weekday abbreviations a date line writes (the full names are the
/// lexicon's [`words::WEEKDAYS`]).
const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Words that may stand around a date on a date line ("Published on", "Updated at").
const DATE_LINE_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "modified",
    "last",
    "first",
    "on",
    "at",
    "date",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "est",
    "edt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "ist",
    "et",
    "pt",
    "of",
    "the",
    "st",
    "nd",
    "rd",
    "th",
];

fn month(word: &str) -> Option<u32> {
    crosscheck_lexicon::words::month(word)
}

/// Parse a date written in any common news format: ISO 8601 / RFC 3339,
/// RFC 2822, "Apr 13, 2023", "April 13, 2023", "13 April 2023",
/// "Thursday, April 13, 2023 10:00 AM", "2023/04/13", "11/20/2019".
pub fn parse_date(s: &str) -> Option<Published> {
    let s = s.trim();
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        let utc = dt.naive_utc();
        return Some(with_time(utc.date(), utc.time()));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        let utc = dt.naive_utc();
        return Some(with_time(utc.date(), utc.time()));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(with_time(dt.date(), dt.time()));
        }
    }
    // ISO date at the start ("2023-04-13", "2023-04-13T10:00:00+0000 extra").
    if s.len() >= 10 {
        if let Some(date) = s.get(..10).and_then(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(d, "%Y/%m/%d"))
                .ok()
        }) {
            return Some(Published { date, time: None });
        }
    }
    parse_words(s)
}

fn with_time(date: NaiveDate, time: NaiveTime) -> Published {
    Published {
        date,
        time: (time.num_seconds_from_midnight() != 0).then_some(time),
    }
}

/// Month-name and numeric dates found among the words of `s`.
fn parse_words(s: &str) -> Option<Published> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        let num = |j: usize| -> Option<u32> {
            let t = words.get(j)?.trim_end_matches(['.', ',']);
            let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 13th
            t.parse().ok()
        };
        // "April 13, 2023" / "Apr. 13 2023"
        if let (Some(d), Some(y)) = (num(i + 1), num(i + 2)) {
            if let Some(date) = ymd(y, m, d) {
                return Some(Published { date, time: None });
            }
        }
        // "13 April 2023"
        if let (Some(d), Some(y)) = (i.checked_sub(1).and_then(num), num(i + 1)) {
            if let Some(date) = ymd(y, m, d) {
                return Some(Published { date, time: None });
            }
        }
    }
    // Numeric: "11/20/2019" (US order), "20.11.2019" (day first).
    for w in &words {
        let parts: Vec<&str> = w.split(['/', '.', '-']).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty())
        {
            let Some(n) = parts
                .iter()
                .map(|p| p.parse::<u32>().ok())
                .collect::<Option<Vec<u32>>>()
            else {
                continue;
            };
            let date = if parts[0].len() == 4 {
                ymd(n[0], n[1], n[2])
            } else if w.contains('/') {
                ymd(n[2], n[0], n[1]).or_else(|| ymd(n[2], n[1], n[0]))
            } else {
                ymd(n[2], n[1], n[0])
            };
            if let Some(date) = date {
                return Some(Published { date, time: None });
            }
        }
    }
    None
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1800..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// Whether a whole line is a date line ("Apr 13, 2023", "Published April 13,
/// 2023 at 10:05 a.m. ET"), and the date if so. Lines with other words are not.
pub fn date_line(line: &str) -> Option<Published> {
    let date = parse_date(line)?;
    let leftover = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·' | ':' | '—' | '–'))
        .filter(|w| !w.is_empty())
        .filter(|w| {
            let bare = w.trim_end_matches(['.', ',']).to_lowercase();
            !(month(w).is_some()
                || words::WEEKDAYS.contains(&bare.as_str())
                || WEEKDAY_ABBREVIATIONS.contains(&bare.as_str())
                || DATE_LINE_WORDS.contains(&bare.as_str())
                || bare
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | '-' | ':' | '+'))
                || bare.ends_with("am")
                    && bare.len() <= 7
                    && bare.starts_with(|c: char| c.is_ascii_digit())
                || bare.ends_with("pm")
                    && bare.len() <= 7
                    && bare.starts_with(|c: char| c.is_ascii_digit())
                || bare
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .parse::<u32>()
                    .is_ok())
        })
        .count();
    (leftover == 0).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_date(s).map(|p| p.date.to_string())
    }

    #[test]
    fn news_formats() {
        assert_eq!(d("Apr 13, 2023").as_deref(), Some("2023-04-13"));
        assert_eq!(d("April 14, 2023").as_deref(), Some("2023-04-14"));
        assert_eq!(d("13 April 2023").as_deref(), Some("2023-04-13"));
        assert_eq!(
            d("Thursday, April 13, 2023 10:00 AM").as_deref(),
            Some("2023-04-13")
        );
        assert_eq!(
            d("2023-04-13T22:30:00-04:00").as_deref(),
            Some("2023-04-14")
        );
        assert_eq!(
            d("Thu, 13 Apr 2023 10:00:00 GMT").as_deref(),
            Some("2023-04-13")
        );
        assert_eq!(d("11/20/2019 01:14 PM").as_deref(), Some("2019-11-20"));
        assert_eq!(d("Nov 20 2019, 10:18am ist").as_deref(), Some("2019-11-20"));
        assert_eq!(d("2023/04/13").as_deref(), Some("2023-04-13"));
        assert_eq!(d("in February"), None);
        assert_eq!(d("May I help"), None);
        // Found by fuzzing: a number too large for u32.
        assert_eq!(d("444/5/444444444444444445"), None);
    }

    #[test]
    fn date_lines_have_no_other_words() {
        assert!(date_line("Apr 13, 2023").is_some());
        assert!(date_line("Published April 13, 2023 at 10:05 a.m. ET").is_some());
        assert!(date_line("Iran and Nicaragua met on April 13, 2023 in Managua").is_none());
    }
}
