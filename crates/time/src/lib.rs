//! Time expressions, normalised against the article's publication date, and
//! the timeline of a story.
//!
//! Recognised: dates with a month name ("Feb. 23", "February 23, 2023",
//! "23 February 2023", "Dec. 27th"), months ("in February", "last March",
//! "July of 2009"), years ("in 2019", "1979"), relative years, months and
//! weeks ("last year", "this month", "earlier this week"), weekends ("over
//! the weekend"), counts back ("two years ago", "a couple of weeks ago"),
//! days ("yesterday", "on Sunday"). Each gets a value and its precision
//! (`year`, `month`, `day`; a week has the month of its Monday, a weekend
//! its Saturday).
//!
//! Direction: a month without its year is the nearest one, unless a verb in
//! the past tense just before it dates what happened or the sentence speaks
//! of what is to come (then the next, unless the last is much nearer); a
//! weekday is the latest one on or before the publication date, as news
//! writes of the past, unless the sentence speaks of what is to come and no
//! verb in the past tense stands right before it. Without a publication
//! date, only expressions that carry their own year are resolved.
//! Expressions anchored to another event ("days later") have no calendar
//! value and are left out.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use crosscheck_lexicon::words;
use crosscheck_model::{Article, Span};
use crosscheck_text::{TextFeatures, Token, TokenKind, tokens};

/// How precise a value is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Precision {
    /// A year.
    Year,
    /// A month.
    Month,
    /// A day.
    Day,
}

impl Precision {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A calendar value at a precision; it sorts by its first day.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct When {
    /// The first day of the period.
    pub start: NaiveDate,
    /// Its precision.
    pub precision: Precision,
}

impl When {
    /// `2023`, `2023-02` or `2023-02-23`.
    pub fn value(&self) -> String {
        match self.precision {
            Precision::Year => format!("{}", self.start.year()),
            Precision::Month => format!("{}-{:02}", self.start.year(), self.start.month()),
            Precision::Day => self.start.format("%Y-%m-%d").to_string(),
        }
    }
}

/// One time expression of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Expression {
    /// Bytes of the article text.
    pub span: Span,
    /// The sentence holding it.
    pub sentence: usize,
    /// Its value.
    pub when: When,
}

/// The weekday a lower-case name stands for (the lexicon's names, Monday
/// first).
fn weekday(name: &str) -> Option<Weekday> {
    let k = words::WEEKDAYS.iter().position(|w| *w == name)?;
    Weekday::try_from(u8::try_from(k).ok()?).ok()
}

/// A capitalised month name; a short form ("Feb", "Sept") only with its
/// stop or before a day number.
fn month_of(word: &str, capitalised: bool, full_stop: bool, before_number: bool) -> Option<u32> {
    if !capitalised {
        return None;
    }
    let w = word.to_lowercase();
    let name = words::month_name(&w)?;
    let m = words::month(name)?;
    let full = name == w;
    (full || full_stop || before_number).then_some(m)
}

fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// The latest date with this month (and day) on or before `anchor`.
fn past_month(anchor: NaiveDate, month: u32, day: Option<u32>) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(anchor.year(), month, day.unwrap_or(1))?;
    if this <= anchor {
        Some(this)
    } else {
        NaiveDate::from_ymd_opt(anchor.year() - 1, month, day.unwrap_or(1))
    }
}

/// A month (and day) written without a year: the one nearest `anchor` —
/// "the November elections" of an August article are the coming ones,
/// "an incident in March" of a July article the last — except that a
/// sentence speaking of what is to come takes the next one unless the last
/// is much nearer ("punt questions until after Nov. 2", written on Dec. 1,
/// is the Nov. 2 just past). A tie goes to the next; its own month is this
/// year's. (A verb in the past just before it, "had threatened in May",
/// takes the last one before this is asked.)
fn nearest_month(
    anchor: NaiveDate,
    month: u32,
    day: Option<u32>,
    future: bool,
) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(anchor.year(), month, day.unwrap_or(1))?;
    if day.is_none() && month == anchor.month() {
        return Some(this);
    }
    let past = past_month(anchor, month, day)?;
    let next = if this > anchor {
        this
    } else {
        NaiveDate::from_ymd_opt(anchor.year() + 1, month, day.unwrap_or(1))?
    };
    // How far each is: in days, or in months for a month alone.
    let (back, ahead) = match day {
        Some(_) => ((anchor - past).num_days(), (next - anchor).num_days()),
        None => (
            i64::from((anchor.month() + 12 - month) % 12),
            i64::from((month + 12 - anchor.month()) % 12),
        ),
    };
    let take_next = if future {
        2 * ahead <= 3 * back
    } else {
        ahead <= back
    };
    Some(if take_next { next } else { past })
}

/// Whether a sentence speaks of what is to come ("will", "until",
/// "upcoming"): a month or weekday without a year is then the next one.
fn speaks_of_future(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).map(String::as_str).unwrap_or("");
        let prev = if i > 0 { words[i - 1].as_str() } else { "" };
        (FUTURE_WORDS.contains(&w.as_str())
            // "ahead of Thursday's debate" puts only that day ahead; "a
            // step forward" is no plan ("look forward to" is).
            && !(w == "ahead" && next == "of")
            && (w != "forward" || prev.starts_with("look"))
            // "a scheduled interview" names a thing, not a plan.
            && !(matches!(w.as_str(), "scheduled" | "planned")
                && matches!(prev, "a" | "an" | "the" | "his" | "her" | "their" | "its")))
            // "as soon as Friday".
            || (w == "soon" && next == "as")
            || w.ends_with("'ll")
            // "as early as Thursday".
            || (w == "early" && next == "as")
            // "is to deliver", "is expected to", "is due to", "plans to".
            || (matches!(w.as_str(), "is" | "are") && next == "to")
            // "remanded in custody to appear again on September 24".
            || (w == "to"
                && next == "appear"
                && !(i > 0 && matches!(words[i - 1].as_str(), "failed" | "refused" | "declined")))
            || (matches!(w.as_str(), "expected" | "due" | "set" | "plans" | "poised" | "slated")
                && next == "to")
            // "plans for a kiss-in on Friday" (not "insurance plans").
            || (w == "plans" && next == "for")
            // A proposal: "let's have an eight-week fight and on February
            // the 15th come in" (also written "lets", at the start of a
            // clause or after "says"; not "holiday lets have risen", nor
            // "let's be clear", "let's go", "let's face it").
            || (matches!(w.as_str(), "let's" | "lets")
                && PROPOSED.contains(&next)
                && !(next == "be"
                    && words
                        .get(i + 2)
                        .is_some_and(|v| matches!(v.as_str(), "clear" | "honest" | "frank")))
                && (w == "let's"
                    || i == 0
                    || matches!(
                        words[i - 1].as_str(),
                        "says" | "said" | "say" | "so" | "and" | "but" | "now" | "well"
                    )))
    })
}

/// The Saturday of the weekend on or before `d` (a Sunday's is the day
/// before).
fn saturday_before(d: NaiveDate) -> NaiveDate {
    weekday_before(d, Weekday::Sat)
}

/// The Saturday of the coming weekend: `d`'s own when `d` is a Saturday
/// or a Sunday, else the first after it.
fn saturday_after(d: NaiveDate) -> NaiveDate {
    if d.weekday().num_days_from_monday() >= 5 {
        saturday_before(d)
    } else {
        weekday_after(d, Weekday::Sat)
    }
}

/// A small count written as a word or in figures ("a", "two", "3").
fn count_word(w: &str) -> Option<i32> {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    match w {
        "a" | "an" => Some(1),
        _ => WORDS
            .iter()
            .position(|x| *x == w)
            .and_then(|k| i32::try_from(k + 1).ok())
            .or_else(|| w.parse().ok().filter(|n| (1..=100).contains(n))),
    }
}

/// Nouns after an undated "Sept. 11" that make it the attacks of 2001.
const NAMED_BY_SEPT_11: &[&str] = &[
    "attacks",
    "attack",
    "survivors",
    "families",
    "victims",
    "responders",
    "hijackers",
    "commission",
    "memorial",
    "terrorist",
    "terror",
];

/// How many tokens before a month a verb in the past tense dates it.
const PAST_VERB_REACH: usize = 7;

/// How many tokens back "ahead of" reaches to a later weekday or month
/// joined to its first by "and".
const AHEAD_OF_REACH: usize = 8;

/// Whether the word at `span` stands alone inside quotation marks
/// (“Today”, "Today."): a title.
fn alone_in_quotes(text: &str, span: Span) -> bool {
    const MARKS: &[char] = &['"', '“', '”', '\'', '‘', '’'];
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..]
        .trim_start_matches(['.', ',', '!', '?'])
        .chars()
        .next();
    before.is_some_and(|c| MARKS.contains(&c)) && after.is_some_and(|c| MARKS.contains(&c))
}

/// Whether a lower-case word is a verb in the past tense: "-ed" (not a
/// participle of a plan: "scheduled", "expected") or a common irregular
/// past.
fn past_tense(w: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "said", "told", "met", "spoke", "wrote", "gave", "sent", "took", "made", "held", "came",
        "went", "ran", "began", "saw", "left", "won", "lost", "brought", "thought", "heard",
        "paid", "led", "sought", "fought", "struck", "stood",
    ];
    const PLANNED: &[&str] = &[
        "scheduled",
        "rescheduled",
        "expected",
        "slated",
        "planned",
        "adjourned",
        "postponed",
        "delayed",
        "moved",
        "needed",
        "aired",
    ];
    IRREGULAR.contains(&w)
        || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !PLANNED.contains(&w))
        || matches!(w, "agreed" | "freed" | "decreed" | "guaranteed")
}

/// Verbs of saying whose object clause a month may stand in.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "told",
    "wrote",
    "announced",
    "added",
    "asked",
    "reported",
    "claimed",
    "argued",
    "insisted",
    "warned",
    "noted",
    "stated",
    "predicted",
    "suggested",
];

/// Words before a past form that make it no report of the past ("will be
/// held Friday", "to be released Tuesday").
const PLANNED_BY: &[&str] = &["be", "being", "is", "are", "will", "to"];

/// Verbs a proposal ("let's have …") puts forward.
const PROPOSED: &[&str] = &[
    "have", "make", "get", "do", "see", "wait", "say", "be", "take", "put", "start", "try", "meet",
    "talk", "hope", "come", "vote", "sit",
];

/// Words that put a sentence's undated weekday or month ahead of its
/// publication date.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "won't",
    "until",
    "upcoming",
    "scheduled",
    "heading",
    "tomorrow",
    "planned",
    "ahead",
    "advance",
    "forward",
    "adjourned",
];

fn day(d: NaiveDate) -> When {
    When {
        start: d,
        precision: Precision::Day,
    }
}

fn month(y: i32, m: u32) -> Option<When> {
    Some(When {
        start: NaiveDate::from_ymd_opt(y, m, 1)?,
        precision: Precision::Month,
    })
}

fn year(y: i32) -> Option<When> {
    Some(When {
        start: NaiveDate::from_ymd_opt(y, 1, 1)?,
        precision: Precision::Year,
    })
}

/// The latest `weekday` on or before `anchor` (news writes "said Friday" of
/// the day of publication or the days before it).
fn weekday_before(anchor: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (anchor.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    anchor - Duration::days(i64::from(back))
}

/// The first `weekday` after `anchor` ("next Thursday").
fn weekday_after(anchor: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (weekday.num_days_from_monday() + 7 - anchor.weekday().num_days_from_monday()) % 7;
    anchor + Duration::days(i64::from(if ahead == 0 { 7 } else { ahead }))
}

/// The time expressions of a text, with `anchor` its publication date.
pub fn expressions_in(text: &str, anchor: Option<NaiveDate>) -> Vec<(Span, When)> {
    expressions_of_tokens(text, &tokens(text), anchor)
}

/// [`expressions_in`] a text whose tokens are known.
fn expressions_of_tokens(
    text: &str,
    toks: &[Token],
    anchor: Option<NaiveDate>,
) -> Vec<(Span, When)> {
    // A possessive names the same day: "Thursday’s ruling".
    let word = |i: usize| {
        let w = toks.get(i).map(|t| t.span.slice(text)).unwrap_or("");
        w.strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .unwrap_or(w)
    };
    let lower = |i: usize| word(i).to_lowercase();
    let number = |i: usize| -> Option<u32> {
        toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        word(i).parse().ok()
    };
    // An ordinal day at token `i` ("15th", or "15" "th"): the last token
    // it takes and the day.
    let ordinal = |i: usize| -> Option<(usize, u32)> {
        let w = word(i);
        let digits = w.trim_end_matches(char::is_alphabetic);
        let suffix = &w[digits.len()..];
        let (last, suffix) = if suffix.is_empty() {
            (i + 1, lower(i + 1))
        } else {
            (i, suffix.to_lowercase())
        };
        let d: u32 = digits.parse().ok()?;
        (matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") && (1..=31).contains(&d))
            .then_some((last, d))
    };
    let future = speaks_of_future(text);
    // Which comes first walking back from a month: `Some(true)` for a verb
    // in the past ("had threatened in May", "suspended his campaign in
    // February"), `Some(false)` for a modal ("could lose the House in
    // November") or "going into"; `None` for neither before a clause's edge
    // ("started Wednesday and runs through Nov. 5").
    let tense_before = |i: usize| {
        for k in (i.saturating_sub(PAST_VERB_REACH)..i).rev() {
            // A capitalised word is a name, no verb ("the United States in
            // September").
            if word(k).chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let w = lower(k);
            // A verb of saying before the clause it reports ("Romney said
            // the debates in October will decide") dates the saying only
            // right before the month ("said in October").
            if REPORTING_VERBS.contains(&w.as_str()) && k + 2 < i {
                return None;
            }
            if matches!(
                w.as_str(),
                "will" | "would" | "could" | "can" | "may" | "might" | "shall" | "should"
            ) || (matches!(w.as_str(), "going" | "heading") && lower(k + 1) == "into")
            {
                return Some(false);
            }
            if matches!(
                w.as_str(),
                "," | ";"
                    | ":"
                    | "("
                    | ")"
                    | "—"
                    | "–"
                    | "\""
                    | "“"
                    | "”"
                    | "must"
                    | "to"
                    | "and"
                    | "but"
                    | "or"
                    | "until"
                    | "till"
                    | "through"
            ) {
                return None;
            }
            if past_tense(&w) && !(k > 0 && PLANNED_BY.contains(&lower(k - 1).as_str())) {
                return Some(true);
            }
        }
        None
    };
    // "ahead of Thursday's debate": that day is to come, whatever the rest
    // of the sentence speaks of.
    // Also a second one joined by "and" ("ahead of Thursday's debate and
    // Saturday's straw poll").
    let right_after_ahead_of = |i: usize| i >= 2 && lower(i - 2) == "ahead" && lower(i - 1) == "of";
    let after_ahead_of = |i: usize| {
        if right_after_ahead_of(i) {
            return true;
        }
        // The second of two joined by "and": "ahead of" right before a
        // weekday or month a few words back ("Obama pulled ahead of Romney
        // in a poll released Tuesday" is no plan).
        if i == 0 || lower(i - 1) != "and" {
            return false;
        }
        (i.saturating_sub(AHEAD_OF_REACH)..i.saturating_sub(1))
            .rev()
            .any(|k| {
                right_after_ahead_of(k)
                    && (weekday(&lower(k)).is_some() || words::month_name(&lower(k)).is_some())
                    && !(k..i).any(|m| matches!(word(m), "," | ";" | "." | ":" | "—" | "(" | ")"))
            })
    };
    // "<count> <unit> ago" starting at token `i`: the last token and the
    // date, at the precision the unit allows (weeks to their month).
    let ago = |i: usize| -> Option<(usize, When)> {
        let a = anchor?;
        let (n, k) = match lower(i).as_str() {
            "a" | "an" if lower(i + 1) == "couple" => {
                (2, if lower(i + 2) == "of" { i + 3 } else { i + 2 })
            }
            w => (count_word(w)?, i + 1),
        };
        let unit = lower(k);
        if lower(k + 1) != "ago" || weekday(&lower(k + 2)).is_some() {
            return None;
        }
        let when = match unit.trim_end_matches('s') {
            "year" => year(a.year() - n),
            "decade" => year(a.year() - 10 * n),
            "month" => {
                let back = a.checked_sub_months(chrono::Months::new(u32::try_from(n).ok()?))?;
                month(back.year(), back.month())
            }
            "week" => {
                let back = a - Duration::days(7 * i64::from(n));
                month(back.year(), back.month())
            }
            "day" => Some(day(a - Duration::days(i64::from(n)))),
            _ => None,
        }?;
        Some((k + 1, when))
    };
    // "an interview to be shown on Tuesday", "to air Tuesday morning": a
    // passive infinitive (or a broadcast's) right before a weekday plans it.
    let to_be_done = |i: usize| {
        let mut k = i;
        if k > 0 && lower(k - 1) == "on" {
            k -= 1;
        }
        (k >= 3 && lower(k - 3) == "to" && lower(k - 2) == "be")
            || (k >= 2 && lower(k - 2) == "to" && lower(k - 1) == "air")
    };
    // The year after a coordinated month: "June and July of 2009".
    let coordinated_year = |k: usize| {
        if lower(k) != "and" || month_of(word(k + 1), true, false, false).is_none() {
            return None;
        }
        let y = if lower(k + 2) == "of" || word(k + 2) == "," {
            k + 3
        } else {
            k + 2
        };
        year_of(word(y))
    };
    // "released Tuesday", "said on Friday", "announced late Monday": a
    // verb in the past tense right before a weekday dates what happened,
    // though the sentence speaks of what is to come ("…, a White House
    // official said Friday").
    let after_past_verb = |i: usize| {
        let mut k = i;
        while k > 0 && matches!(lower(k - 1).as_str(), "on" | "late" | "early") {
            k -= 1;
        }
        k > 0
            && past_tense(&lower(k - 1))
            && !(k > 1 && PLANNED_BY.contains(&lower(k - 2).as_str()))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = word(i);
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let stop = word(i + 1) == ".";
        let span = |from: usize, to: usize| Span::new(toks[from].span.start, toks[to].span.end);
        // Month name, with a day and/or a year.
        if toks[i].kind == TokenKind::Word {
            let before_number = number(i + 1 + usize::from(stop)).is_some();
            if let Some(m) = month_of(w, capitalised, stop, before_number) {
                // The stop belongs to a short form ("Feb."), not to a full
                // name ending a sentence ("in June.").
                let short = w.len() <= 4 && !matches!(w, "May" | "June" | "July");
                let mut j = i + usize::from(stop && short);
                let d = number(j + 1).filter(|d| (1..=31).contains(d));
                if d.is_some() {
                    j += 1;
                }
                // "Dec. 27th", "November 2nd".
                let d = d.or_else(|| {
                    let (last, n) = ordinal(j + 1)?;
                    j = last;
                    Some(n)
                });
                // "February the 15th".
                let d = d.or_else(|| {
                    let n = (word(j + 1) == "the").then(|| ordinal(j + 2)).flatten()?;
                    j = n.0;
                    Some(n.1)
                });
                let mut y = None;
                let mut k = j + 1;
                // "June 5, 2009", "July of 2009".
                if word(k) == "," || lower(k) == "of" {
                    k += 1;
                }
                if let Some(yy) = year_of(word(k)) {
                    y = Some(yy);
                    j = k;
                } else if let Some(yy) = d.is_none().then(|| coordinated_year(j + 1)).flatten() {
                    // "in June and July of 2009": the year of both.
                    y = Some(yy);
                } else if let (Some(a), "year") = (anchor, lower(j + 2).as_str()) {
                    // "April this year", "in May last year".
                    let shift = match lower(j + 1).as_str() {
                        "this" => Some(0),
                        "last" => Some(-1),
                        "next" => Some(1),
                        _ => None,
                    };
                    if let Some(shift) = shift {
                        y = Some(a.year() + shift);
                        j += 2;
                    }
                }
                // "23 February 2023".
                let d = d.or_else(|| {
                    (i > 0)
                        .then(|| number(i - 1))
                        .flatten()
                        .filter(|d| (1..=31).contains(d))
                });
                let start = if d.is_some() && number(i.wrapping_sub(1)).is_some() {
                    i - 1
                } else {
                    i
                };
                // "last January", "next March": the one before or after this
                // month, whatever the sentence speaks of.
                let relative = (start > 0 && y.is_none())
                    .then(|| lower(start - 1))
                    .filter(|w| matches!(w.as_str(), "last" | "next"));
                let start = if relative.is_some() { start - 1 } else { start };
                // "back in December": the one past.
                let back = start >= 2 && lower(start - 2) == "back" && lower(start - 1) == "in";
                // "the Sept. 11 attacks": the day of 2001 the attacks are
                // named by.
                let attacks = m == 9
                    && d == Some(11)
                    && y.is_none()
                    && NAMED_BY_SEPT_11.contains(&lower(j + 1).as_str());
                let tense = tense_before(start);
                let back = back || (tense == Some(true) && !after_ahead_of(start));
                let ahead = future || after_ahead_of(i) || tense == Some(false);
                // "Friday, Sept. 14": the year, of the last, this and the
                // next, in which that day is a Friday.
                let named_day = (start >= 2 && word(start - 1) == ",")
                    .then(|| weekday(&lower(start - 2)))
                    .flatten();
                let by_weekday = match (named_day, d, y, anchor) {
                    (Some(wd), Some(d), None, Some(a)) => [0, -1, 1]
                        .into_iter()
                        .filter_map(|shift| NaiveDate::from_ymd_opt(a.year() + shift, m, d))
                        .find(|date| date.weekday() == wd),
                    _ => None,
                };
                let when = match (d, y, anchor) {
                    _ if attacks => NaiveDate::from_ymd_opt(2001, 9, 11).map(day),
                    _ if by_weekday.is_some() => by_weekday.map(day),
                    (_, None, Some(a)) if relative.is_some() => {
                        let this = NaiveDate::from_ymd_opt(a.year(), m, d.unwrap_or(1));
                        let shift = match (relative.as_deref(), this) {
                            (Some("last"), Some(t)) if t < a && m != a.month() => 0,
                            (Some("last"), _) => -1,
                            (_, Some(t)) if t > a && m != a.month() => 0,
                            _ => 1,
                        };
                        let date = NaiveDate::from_ymd_opt(a.year() + shift, m, d.unwrap_or(1));
                        match d {
                            Some(_) => date.map(day),
                            None => date.and_then(|p| month(p.year(), m)),
                        }
                    }
                    (_, None, Some(a)) if back => past_month(a, m, d).and_then(|p| match d {
                        Some(_) => Some(day(p)),
                        None => month(p.year(), m),
                    }),
                    (Some(d), Some(y), _) => NaiveDate::from_ymd_opt(y, m, d).map(day),
                    (Some(d), None, Some(a)) => nearest_month(a, m, Some(d), ahead).map(day),
                    (None, Some(y), _) => month(y, m),
                    (None, None, Some(a)) => {
                        nearest_month(a, m, None, ahead).and_then(|p| month(p.year(), m))
                    }
                    _ => None,
                };
                if let Some(when) = when {
                    out.push((span(start, j), when));
                }
                i = j + 1;
                continue;
            }
        }
        // A year on its own: "in 2019", "1979".
        if let Some(y) = year_of(w) {
            let prev = if i > 0 { word(i - 1) } else { "" };
            let next = word(i + 1);
            if !matches!(prev, "$" | "£" | "€" | "#") && !matches!(next, "%") {
                if let Some(when) = year(y) {
                    out.push((span(i, i), when));
                }
            }
            i += 1;
            continue;
        }
        let Some(a) = anchor else {
            i += 1;
            continue;
        };
        // Relative expressions.
        let l = lower(i);
        let next = lower(i + 1);
        // "in the last year", "over the next month": a span of time up to
        // or from now, not the calendar year or month before or after.
        let span_of_time = i > 0
            && lower(i - 1) == "the"
            && matches!(l.as_str(), "last" | "next")
            && matches!(next.as_str(), "year" | "month" | "week");
        if span_of_time {
            i += 2;
            continue;
        }
        // "two years ago", "a couple of weeks ago", "a decade ago".
        if let Some((end, when)) = ago(i) {
            out.push((span(i, end), when));
            i = end + 1;
            continue;
        }
        // "over the weekend": the Saturday of the weekend just past (or,
        // of what is to come, the next).
        if l == "over" && next == "the" && lower(i + 2) == "weekend" {
            let sat = if future && !after_past_verb(i) {
                saturday_after(a)
            } else {
                saturday_before(a)
            };
            out.push((span(i, i + 2), day(sat)));
            i += 3;
            continue;
        }
        let rel = match (l.as_str(), next.as_str()) {
            // A week is dated to the month of its Monday ("This Week" in
            // capitals is ABC's programme).
            ("last" | "this" | "next", "week") if word(i + 1) == "week" => {
                let monday = a - Duration::days(i64::from(a.weekday().num_days_from_monday()));
                let monday = match l.as_str() {
                    "last" => monday - Duration::days(7),
                    "next" => monday + Duration::days(7),
                    _ => monday,
                };
                Some((i + 1, month(monday.year(), monday.month())))
            }
            // A weekend is dated to its Saturday: "last weekend" the one
            // before this week's, "this weekend" the nearer one.
            ("last" | "this" | "next", "weekend") => {
                let before = saturday_before(a);
                let sat = match l.as_str() {
                    "last" if a.weekday().num_days_from_monday() >= 5 => before - Duration::days(7),
                    "last" => before,
                    "next" => saturday_after(a) + Duration::days(7),
                    _ if future => saturday_after(a),
                    _ => {
                        let after = saturday_after(a);
                        if (after - a) < (a - before) {
                            after
                        } else {
                            before
                        }
                    }
                };
                Some((i + 1, Some(day(sat))))
            }
            ("last" | "this" | "next", "year") => {
                let y = a.year()
                    + match l.as_str() {
                        "last" => -1,
                        "next" => 1,
                        _ => 0,
                    };
                Some((i + 1, year(y)))
            }
            ("last" | "this" | "next", "month") => {
                let first = NaiveDate::from_ymd_opt(a.year(), a.month(), 1);
                let d = match l.as_str() {
                    "last" => first.and_then(|f| f.pred_opt()),
                    "next" => first.and_then(|f| f.checked_add_signed(Duration::days(32))),
                    _ => first,
                };
                Some((i + 1, d.and_then(|d| month(d.year(), d.month()))))
            }
            ("yesterday", _) => Some((i, a.pred_opt().map(day))),
            // A word on its own in quotation marks is a title (NBC's
            // “Today” show), not the day.
            ("today" | "tonight", _) if !alone_in_quotes(text, toks[i].span) => {
                Some((i, Some(day(a))))
            }
            ("next", _) => weekday(&next).map(|wd| (i + 1, Some(day(weekday_after(a, wd))))),
            ("last", _) => weekday(&next).map(|wd| {
                (
                    i + 1,
                    Some(day(weekday_before(a.pred_opt().unwrap_or(a), wd))),
                )
            }),
            _ => weekday(&l)
                .filter(|_| capitalised)
                .filter(|_| {
                    // "every Sunday" is a habit; "Fox News Sunday" a programme.
                    let prev = if i > 0 { lower(i - 1) } else { String::new() };
                    // "Friday, Sept. 14": the date that follows says which Friday.
                    let dated = word(i + 1) == "," && words::month_name(&lower(i + 2)).is_some();
                    !matches!(prev.as_str(), "every" | "news" | "each") && !dated
                })
                .map(|wd| {
                    let d = if !after_past_verb(i) && (after_ahead_of(i) || to_be_done(i) || future)
                    {
                        weekday_after(a.pred_opt().unwrap_or(a), wd)
                    } else {
                        weekday_before(a, wd)
                    };
                    (i, Some(day(d)))
                }),
        };
        if let Some((end, Some(when))) = rel {
            let from = i;
            out.push((span(from, end), when));
            i = end + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// The time expressions of an article (its sentences must be segmented).
pub fn expressions(article: &Article) -> Vec<Expression> {
    expressions_with(article, |s| tokens(article.slice(s)))
}

/// [`expressions`] of an article whose text features are known: each
/// sentence's tokens are read from them, not found again.
pub fn expressions_with_features(article: &Article, features: &TextFeatures) -> Vec<Expression> {
    expressions_with(article, |s| features.sentence_tokens(s))
}

/// The time expressions of an article, given the tokens of a sentence (with
/// spans relative to its start).
fn expressions_with(
    article: &Article,
    sentence_tokens: impl Fn(Span) -> Vec<Token>,
) -> Vec<Expression> {
    let anchor = article.meta.published.map(|p| p.date);
    article
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            expressions_of_tokens(article.slice(s.span), &sentence_tokens(s.span), anchor)
                .into_iter()
                .map(move |(span, when)| Expression {
                    span: Span::new(s.span.start + span.start, s.span.start + span.end),
                    sentence: si,
                    when,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, anchor: &str) -> Vec<(String, String, &'static str)> {
        let a = NaiveDate::parse_from_str(anchor, "%Y-%m-%d").unwrap();
        expressions_in(text, Some(a))
            .into_iter()
            .map(|(s, w)| (s.slice(text).to_string(), w.value(), w.precision.as_str()))
            .collect()
    }

    #[test]
    fn features_give_the_same_expressions() {
        use crosscheck_model::{ArticleMeta, Origin, Published};
        let meta = ArticleMeta {
            published: Some(Published {
                date: NaiveDate::from_ymd_opt(2023, 4, 13).unwrap(),
                time: None,
            }),
            ..ArticleMeta::default()
        };
        let mut a = Article::from_text(
            Origin::default(),
            meta,
            "On Friday, Sept. 14, 2018, he left. In June. They met in February \
             and on Feb. 23.\n\nLast year, “in 1979,” he said. Thursday’s ruling."
                .into(),
        );
        crosscheck_text::segment(&mut a);
        let features = TextFeatures::of_article(&a);
        let alone = expressions(&a);
        assert!(alone.len() >= 5, "{alone:?}");
        assert_eq!(expressions_with_features(&a, &features), alone);
    }

    #[test]
    fn seed_expressions() {
        assert_eq!(
            values(
                "Iran and Nicaragua held discussions in February about it.",
                "2023-04-13"
            ),
            vec![("February".into(), "2023-02".into(), "month")]
        );
        assert_eq!(
            values(
                "the intelligence report, dated Feb. 23, notes that",
                "2023-04-13"
            ),
            vec![("Feb. 23".into(), "2023-02-23".into(), "day")]
        );
        assert_eq!(
            values(
                "Both had revolutions in 1979. In 2019, Soleimani visited.",
                "2023-04-14"
            ),
            vec![
                ("1979".into(), "1979".into(), "year"),
                ("2019".into(), "2019".into(), "year")
            ]
        );
    }

    #[test]
    fn relative_and_full_dates() {
        assert_eq!(
            values("last year and on Sunday and yesterday", "2023-04-13"),
            vec![
                ("last year".into(), "2022".into(), "year"),
                ("Sunday".into(), "2023-04-09".into(), "day"),
                ("yesterday".into(), "2023-04-12".into(), "day")
            ]
        );
        assert_eq!(
            values(
                "on February 23, 2021 and 5 March 2020 and in December",
                "2023-04-13"
            ),
            vec![
                ("February 23, 2021".into(), "2021-02-23".into(), "day"),
                ("5 March 2020".into(), "2020-03-05".into(), "day"),
                ("December".into(), "2022-12".into(), "month")
            ]
        );
    }

    #[test]
    fn a_month_with_its_year_in_words_or_an_ordinal_day() {
        assert_eq!(
            values(
                "an explosion in April this year, a strike in May last year",
                "1999-06-02"
            ),
            vec![
                ("April this year".into(), "1999-04".into(), "month"),
                ("May last year".into(), "1998-05".into(), "month")
            ]
        );
        assert_eq!(
            values("they met on February the 15th", "2011-03-20"),
            vec![("February the 15th".into(), "2011-02-15".into(), "day")]
        );
        // Not an ordinal: the month alone.
        assert_eq!(
            values("in February the 15 members met", "2011-03-20"),
            vec![("February".into(), "2011-02".into(), "month")]
        );
    }

    #[test]
    fn the_last_year_is_a_span_not_a_calendar_year() {
        assert_eq!(
            values(
                "In the last year, bishops spoke; over the next month they meet; last year they met.",
                "2012-05-02"
            ),
            vec![("last year".into(), "2011".into(), "year")]
        );
    }

    #[test]
    fn words_that_are_not_dates() {
        assert!(values("you may march on, paying $2019 or 1500%", "2023-04-13").is_empty());
    }

    #[test]
    fn a_month_without_its_year_is_the_nearest_one() {
        // Coming months of an August article; the March past of a July one,
        // though "ahead of" speaks of what is to come; the Nov. 2 just past
        // of a December one, though "until" does.
        assert_eq!(
            values("after the November elections", "2012-08-21"),
            vec![("November".into(), "2012-11".into(), "month")]
        );
        assert_eq!(
            values(
                "an incident in March, ahead of a health care vote",
                "2010-07-14"
            ),
            vec![("March".into(), "2010-03".into(), "month")]
        );
        assert_eq!(
            values("to punt questions until after Nov. 2.", "2010-12-01"),
            vec![("Nov. 2".into(), "2010-11-02".into(), "day")]
        );
        assert_eq!(
            values("his own Dec. 27th debate", "2011-12-13"),
            vec![("Dec. 27th".into(), "2011-12-27".into(), "day")]
        );
        // Said back then, or named as last or next.
        assert_eq!(
            values("Steele declared back in December that", "2010-07-04"),
            vec![("December".into(), "2009-12".into(), "month")]
        );
        assert_eq!(
            values("since last January and until next March", "1999-12-02"),
            vec![
                ("last January".into(), "1999-01".into(), "month"),
                ("next March".into(), "2000-03".into(), "month")
            ]
        );
        // A year after a second month is both's; the attacks are 2001's.
        assert_eq!(
            values("during the months of June and July of 2009", "2010-05-28"),
            vec![
                ("June".into(), "2009-06".into(), "month"),
                ("July of 2009".into(), "2009-07".into(), "month")
            ]
        );
        assert_eq!(
            values("exploiting the Sept. 11 attacks", "2010-08-14"),
            vec![("Sept. 11".into(), "2001-09-11".into(), "day")]
        );
    }

    #[test]
    fn a_weekday_after_a_verb_in_the_past_happened() {
        // The sentence speaks of what is to come, its "said Friday" of
        // what happened; "ahead of" puts only its own days ahead.
        assert_eq!(
            values(
                "They will tour the coast on Tuesday, a White House official said Friday morning.",
                "2010-12-01"
            ),
            vec![
                ("Tuesday".into(), "2010-12-07".into(), "day"),
                ("Friday".into(), "2010-11-26".into(), "day")
            ]
        );
        assert_eq!(
            values(
                "She spoke in Iowa on Monday, ahead of Thursday's debate and Saturday's straw poll.",
                "2011-08-09"
            ),
            vec![
                ("Monday".into(), "2011-08-08".into(), "day"),
                ("Thursday's".into(), "2011-08-11".into(), "day"),
                ("Saturday's".into(), "2011-08-13".into(), "day")
            ]
        );
        assert_eq!(
            values(
                "Akin canceled a scheduled television interview Monday night.",
                "2012-08-21"
            ),
            vec![("Monday".into(), "2012-08-20".into(), "day")]
        );
        // A title in quotation marks is no day.
        assert!(values("he told NBC's \"Today\" show and “Today.”", "2011-04-07").is_empty());
    }

    #[test]
    fn weeks_weekends_and_counts_ago() {
        // A week has the month of its Monday; a weekend its Saturday; "ago"
        // counts back at the unit's precision (weeks to their month).
        assert_eq!(
            values(
                "last week, this week and next week; two years ago, a couple of weeks ago, \
                 a decade ago and three days ago",
                "2011-06-01"
            ),
            vec![
                ("last week".into(), "2011-05".into(), "month"),
                ("this week".into(), "2011-05".into(), "month"),
                ("next week".into(), "2011-06".into(), "month"),
                ("two years ago".into(), "2009".into(), "year"),
                ("a couple of weeks ago".into(), "2011-05".into(), "month"),
                ("a decade ago".into(), "2001".into(), "year"),
                ("three days ago".into(), "2011-05-29".into(), "day")
            ]
        );
        assert_eq!(
            values("Last weekend he said so over the weekend.", "2011-06-01"),
            vec![
                ("Last weekend".into(), "2011-05-28".into(), "day"),
                ("over the weekend".into(), "2011-05-28".into(), "day")
            ]
        );
        // Written on a Monday, "this weekend" is the one just past.
        assert_eq!(
            values("He met them this weekend.", "2010-12-13"),
            vec![("this weekend".into(), "2010-12-11".into(), "day")]
        );
        // ABC's programme, a span, and "a month ago Thursday" (the weekday
        // is what is dated) are no week or count.
        assert!(values("He told ABC's This Week so in the last week.", "2012-02-19").is_empty());
        assert_eq!(
            values(
                "the strike, which happened a month ago Thursday",
                "2012-10-12"
            ),
            vec![("Thursday".into(), "2012-10-11".into(), "day")]
        );
        // A past verb just before a month dates what happened; a date with
        // its weekday is in the year that weekday allows.
        assert_eq!(
            values(
                "officials had threatened in May to withhold aid",
                "2014-01-19"
            ),
            vec![("May".into(), "2013-05".into(), "month")]
        );
        assert_eq!(
            values("The process began on Friday, Sept. 14, when", "2013-06-07"),
            vec![("Sept. 14".into(), "2012-09-14".into(), "day")]
        );
    }

    #[test]
    fn a_modal_before_a_month_and_a_planned_broadcast_look_ahead() {
        assert_eq!(
            values("Republicans could lose the House in November", "2012-04-23"),
            vec![("November".into(), "2012-11".into(), "month")]
        );
        // A verb in the past of another clause does not reach it.
        assert_eq!(
            values(
                "The campaign started Wednesday and runs through Nov. 5.",
                "2012-09-20"
            ),
            vec![
                ("Wednesday".into(), "2012-09-19".into(), "day"),
                ("Nov. 5".into(), "2012-11-05".into(), "day")
            ]
        );
        assert_eq!(
            values(
                "In an interview to be shown on Tuesday, he spoke.",
                "2012-04-23"
            ),
            vec![("Tuesday".into(), "2012-04-24".into(), "day")]
        );
    }

    #[test]
    fn what_ahead_of_a_verb_of_saying_a_name_and_a_weekend_day_do_not_do() {
        // "ahead of" a person, not a day; a verb of saying before the
        // clause a month stands in; a name ending in "-ed"; "proceed".
        assert_eq!(
            values(
                "Obama pulled ahead of Romney in a poll released Tuesday.",
                "2012-10-12"
            ),
            vec![("Tuesday".into(), "2012-10-09".into(), "day")]
        );
        assert_eq!(
            values(
                "Romney said the debates in October will decide the race.",
                "2012-08-20"
            ),
            vec![("October".into(), "2012-10".into(), "month")]
        );
        assert_eq!(
            values(
                "Xi is to visit the United States in September.",
                "2015-02-10"
            ),
            vec![("September".into(), "2015-09".into(), "month")]
        );
        // "next March" whatever verb stands before it.
        assert_eq!(
            values(
                "The board decided next March would be the deadline.",
                "2012-07-10"
            ),
            vec![("next March".into(), "2013-03".into(), "month")]
        );
        // Written on a Saturday, "this weekend" is today's.
        assert_eq!(
            values("Protesters will gather this weekend.", "2012-08-04"),
            vec![("this weekend".into(), "2012-08-04".into(), "day")]
        );
    }

    #[test]
    fn plans_and_schedules_look_ahead() {
        for ahead in [
            "He is heading to Georgetown for a speech Thursday morning.",
            "A kiss-in is planned for Friday.",
            "The bill could be on the floor as early as Thursday.",
            "I look forward to talking to you Monday evening.",
            "Mr. Ryan is to deliver the lecture on Thursday.",
            "The case was adjourned to Monday.",
            "He was remanded in custody to appear again on September 24.",
            "Let's meet on Friday and see.",
            "lets have some eight week fight and on February the 15th come in and say",
        ] {
            assert!(speaks_of_future(ahead), "{ahead}");
        }
        for past in [
            "The deal was announced on Monday night.",
            "Jones failed to appear in court on Monday.",
            "They're trying to slap us, thinking we're going to shut up, she said on Sunday.",
            "He lets them have the floor on Monday.",
            "Holiday lets have risen since March.",
            "“Let's go,” he shouted on Friday.",
            "Let's be clear: Tuesday's vote was a loss.",
        ] {
            assert!(!speaks_of_future(past), "{past}");
        }
    }
}
