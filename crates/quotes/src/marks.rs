//! Quotation marks: which stretches of an article are inside them.
//!
//! Curly (“ ”), straight (") and guillemet (« ») double quotes, and single
//! ones: an article that quotes with single marks first has double ones
//! nest inside them; elsewhere single marks nest inside double ones and
//! quote a phrase of their own only where one closes it soon after, before
//! any double mark (`quoted`). A quotation never crosses a
//! paragraph break: news style reopens the quotation at the start of each
//! paragraph of a long quote without closing the previous one, so an
//! unclosed quotation ends with its paragraph and the next paragraph's
//! opening mark continues it.

use crosscheck_model::{Article, Span};

/// One quoted stretch: its content without the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// The content, trimmed of white space, without the marks.
    pub span: Span,
    /// With its marks (for the words around it).
    pub outer: Span,
    /// It continues the previous quotation (an unclosed quotation in the
    /// previous paragraph, reopened here).
    pub continues: bool,
    /// It was closed in its paragraph.
    pub closed: bool,
}

fn opening(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn closing(c: char) -> bool {
    matches!(c, '”' | '»')
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(start + lead, end.saturating_sub(trail).max(start + lead))
}

/// What stands for a quotation opened with a single mark in the loop of
/// [`quoted`].
const SINGLE: char = '‹';

/// A single mark that opens a quotation: `‘` or `'` where a word may start
/// (after a space or a bracket, or opening the paragraph), before a letter
/// (not a decade's apostrophe, "the '90s").
fn single_opens(c: char, prev: Option<char>, next: Option<char>) -> bool {
    matches!(c, '\'' | '‘')
        && prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–'))
        && next.is_some_and(char::is_alphabetic)
}

/// A single mark that closes one: `’` or `'` after a word, before
/// anything but a letter or a digit (not "don't", "Abrahamson's").
fn single_closes(c: char, prev: Option<char>, next: Option<char>) -> bool {
    matches!(c, '\'' | '’')
        && prev.is_some_and(|p| !p.is_whitespace())
        && next.is_none_or(|n| !n.is_alphanumeric())
}

/// How many characters after a single opening mark its closing mark is
/// looked for ([`closes_ahead`]): a phrase's worth.
const SINGLE_LOOKAHEAD: usize = 400;

/// Whether a single mark just before `rest` is closed within
/// [`SINGLE_LOOKAHEAD`] characters of it, before any double mark and
/// before a blank line: a quotation, not an elision ("rock 'n roll",
/// "'til dawn").
fn closes_ahead(rest: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = rest.chars().take(SINGLE_LOOKAHEAD).peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if matches!(c, '“' | '”' | '"' | '«' | '»' | '„' | '`') || (c == '\n' && next == Some('\n'))
        {
            return false;
        }
        if single_closes(c, prev, next) {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// The fewest closed single quotations that make an article one that quotes
/// with single marks first.
const MIN_SINGLE_QUOTATIONS: usize = 2;

/// Whether an article quotes with single marks first, double ones nesting
/// inside them (British papers: 'He asked, "Does that hurt?"' he said): it
/// opens more quotations that close ([`closes_ahead`]) with a single mark
/// than with a double one, and [`MIN_SINGLE_QUOTATIONS`] at least.
fn quotes_with_single_marks(text: &str) -> bool {
    let mut singles = 0;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if single_opens(c, prev, next) && closes_ahead(&text[at + c.len_utf8()..]) {
            singles += 1;
        }
        prev = Some(c);
    }
    let doubles = text
        .chars()
        .filter(|&c| matches!(c, '“' | '«' | '„'))
        .count()
        + text.chars().filter(|&c| c == '"').count() / 2
        + text.matches("``").count()
        + text.matches("''").count() / 2;
    singles >= MIN_SINGLE_QUOTATIONS && singles > doubles
}

/// The most words a quotation opened with a single mark holds in an
/// article that quotes with double ones first (there single marks quote a
/// phrase: "his behaviour had been 'simply appalling'").
const MAX_SINGLE_QUOTED_WORDS: usize = 40;

/// Every quoted stretch of the article, in order. Double marks open a
/// quotation, and so do single ones outside a quotation ([`single_opens`]);
/// the other kind nests inside. Where single marks come second
/// ([`quotes_with_single_marks`]), a single mark opens a quotation only
/// where it is closed soon after, before any double mark ([`closes_ahead`]:
/// "rock 'n roll" opens nothing, and hides no quotation after it), and the
/// quotation is a phrase ([`MAX_SINGLE_QUOTED_WORDS`]).
pub fn quoted(article: &Article) -> Vec<Marked> {
    let text = &article.text;
    let single_first = quotes_with_single_marks(text);
    let mut out: Vec<Marked> = Vec::new();
    let mut carried = false;
    for para in &article.paragraphs {
        let mut open: Option<(usize, usize, char)> = None; // (content start, mark start, mark)
        // A curly opening mark seen inside a quotation opened straight.
        let mut curly_inside = false;
        let body = para.slice(text);
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let mut prev: Option<char> = None;
        let mut first_in_paragraph = true;
        let mut i = 0;
        while i < chars.len() {
            let (off, mut c) = chars[i];
            let at = para.start + off;
            let mut width = c.len_utf8();
            // Typewriter marks: '' and `` stand for a double quotation mark.
            let next = chars.get(i + 1).map(|&(_, n)| n);
            if (c == '\'' && next == Some('\'')) || (c == '`' && next == Some('`')) {
                c = if c == '`' { '“' } else { '"' };
                width = 2;
                i += 1;
            }
            i += 1;
            let after = at + width;
            let straight = c == '"';
            if let Some((start, mark_at, mark)) = open {
                // Text that mixes its marks opens straight and closes curly
                // ("…the worst,” a spokesman said), unless a curly
                // quotation opened inside it.
                let closes = if mark == SINGLE {
                    single_closes(c, prev, next)
                } else if mark == '"' {
                    straight || (c == '”' && !curly_inside)
                } else {
                    closing(c) || (straight && mark == '“')
                };
                if closes {
                    let span = trimmed(text, start, at);
                    let phrase = mark != SINGLE
                        || single_first
                        || span.slice(text).split_whitespace().count() <= MAX_SINGLE_QUOTED_WORDS;
                    if !span.is_empty() && phrase {
                        out.push(Marked {
                            span,
                            outer: Span::new(mark_at, after),
                            continues: carried && out_is_first(&out, para.start),
                            closed: true,
                        });
                    }
                    open = None;
                    carried = false;
                } else if mark == SINGLE {
                    // Double marks nest inside.
                } else if c == '“' {
                    curly_inside = true;
                } else if c == '”' {
                    // The curly quotation inside closed.
                    curly_inside = false;
                }
            } else if opening(c) || (straight && !prev.is_some_and(|p| p.is_ascii_digit())) {
                open = Some((after, at, c));
                curly_inside = false;
                if !first_in_paragraph {
                    carried = false;
                }
            } else if single_opens(c, prev, next)
                && (single_first || closes_ahead(&body[off + width..]))
            {
                open = Some((after, at, SINGLE));
                if !first_in_paragraph {
                    carried = false;
                }
            }
            if !c.is_whitespace() {
                first_in_paragraph = false;
            }
            prev = Some(c);
        }
        // An unclosed quotation ends with its paragraph; it is continued if
        // the next paragraph opens with a quotation mark.
        let continued = carried;
        carried = false;
        if let Some((start, mark_at, mark)) = open
            && (mark != SINGLE || single_first)
        {
            let span = trimmed(text, start, para.end);
            if !span.is_empty() {
                out.push(Marked {
                    span,
                    outer: Span::new(mark_at, para.end),
                    continues: continued,
                    closed: false,
                });
                carried = true;
            }
        }
    }
    out
}

/// A quotation nested inside another and the frame that reports it there
/// ("He said, 'Don't take liberties with me'" inside a witness's account).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nested {
    /// The nested words, without their marks.
    pub span: Span,
    /// Who the frame says spoke: a name, a pronoun, "I", "someone".
    pub subject: Span,
}

/// Auxiliaries and adverbs that may stand between a frame's subject and
/// its verb ("he basically said", "the judge would have said").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "would",
    "will",
    "could",
    "should",
    "might",
    "must",
    "can",
    "have",
    "has",
    "had",
    "did",
    "then",
    "also",
    "just",
    "later",
    "again",
    "once",
    "simply",
    "reportedly",
    "allegedly",
];

/// Pronouns that can be a frame's subject.
const SUBJECT_PRONOUNS: &[&str] = &["i", "he", "she", "we", "they", "someone", "somebody"];

/// Words that open the noun phrase of a frame's common-noun subject ("the
/// sergeant"; "one of" may come before: "one of the officers").
const SUBJECT_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "my", "our", "their"];

/// The most words of a common-noun subject ("one of the police officers").
const SUBJECT_NOUN_WORDS: usize = 5;

/// Double quotation marks: what surely opens or closes a quotation where
/// a single mark may be an apostrophe ("her client’s lawyers").
pub(crate) const DOUBLE_MARKS: [char; 5] = ['"', '“', '”', '„', '«'];

/// Whether a character is a quotation mark, double or single, as articles
/// write them.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '\'' | '‘' | '’' | '`'
    )
}

/// The quotations nested inside the quotation `m` (marks of the other kind
/// than its own: single inside double, double inside single; an outer
/// quotation opened with typewriter marks, two single ones, counts as
/// double) that a frame inside it reports: its subject, a verb of saying
/// ([`crate::cues::SAYING_VERBS`]), an addressee ("to me", "me") at most, a
/// comma or a colon, then the marks. Words quoted with no frame ("it would
/// be, 'I would give her one'", a phrase in scare quotes) are left to the
/// quotation around them.
pub fn nested(article: &Article, m: &Marked) -> Vec<Nested> {
    let text = &article.text;
    let outer_double = text[m.outer.start..]
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '"' | '“' | '«' | '„' | '`'))
        || text[m.outer.start..].starts_with("''");
    let body = m.span.slice(text);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut out = Vec::new();
    // The words from a mark's end to `end` (bytes of `body`), with the
    // frame before the mark, as a nested quotation.
    let mut push = |start: usize, end: usize| {
        let words = trimmed(body, start, end);
        let opening_mark = body[..start]
            .char_indices()
            .next_back()
            .map_or(start, |(k, _)| k);
        if words.slice(body).split_whitespace().count() >= 3
            && let Some(subject) = frame_subject(&body[..opening_mark])
        {
            out.push(Nested {
                span: Span::new(m.span.start + words.start, m.span.start + words.end),
                subject: Span::new(m.span.start + subject.start, m.span.start + subject.end),
            });
        }
    };
    let mut open: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, &(off, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        match open {
            None => {
                let opens = if outer_double {
                    single_opens(c, prev, next)
                } else {
                    matches!(c, '"' | '“')
                };
                if opens {
                    open = Some(off + c.len_utf8());
                }
            }
            Some(start) => {
                let closes = if outer_double {
                    single_closes(c, prev, next)
                } else {
                    matches!(c, '"' | '”')
                };
                if closes {
                    open = None;
                    push(start, off);
                }
            }
        }
        prev = Some(c);
    }
    // An inner quotation the outer one's end cuts off (both close at once)
    // is read to the end.
    if let Some(start) = open {
        push(start, body.len());
    }
    out
}

/// The subject of a frame that ends `before` (bytes of `before`): its verb
/// of saying last (after at most an addressee, and a comma or a colon);
/// before the verb, past auxiliaries and adverbs, a pronoun, a capitalised
/// name (its capitalised words, not a sentence's opening function words:
/// "But he" is "he"), or a common noun's phrase back to its determiner
/// ("the sergeant", "one of the officers"); anything else ("turned to Smith
/// and said") is none. Read back to a sentence's end or a quotation mark.
fn frame_subject(before: &str) -> Option<Span> {
    let head = before.trim_end();
    let head = head
        .strip_suffix(',')
        .or_else(|| head.strip_suffix(':'))
        .unwrap_or(head)
        .trim_end();
    let clause_start = head
        .char_indices()
        .rfind(|&(k, c)| {
            matches!(c, '.' | '?' | '!' | ';' | '"' | '“' | '”')
                // A single mark, not an apostrophe ("He's said").
                || (matches!(c, '\'' | '’' | '‘')
                    && !head[..k].ends_with(char::is_alphanumeric))
        })
        .map_or(0, |(k, c)| k + c.len_utf8());
    // The clause's words with their offsets.
    let located: Vec<(usize, &str)> = crate::names::word_offsets(&head[clause_start..])
        .into_iter()
        .map(|(at, w)| (clause_start + at, w))
        .collect();
    let lower = |k: usize| {
        located[k]
            .1
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut end = located.len();
    // An addressee after the verb: "to me", "me", "him", "her".
    if end >= 2
        && matches!(
            lower(end - 1).as_str(),
            "me" | "him" | "her" | "us" | "them"
        )
    {
        end -= 1;
        if end >= 2 && lower(end - 1) == "to" {
            end -= 1;
        }
    }
    let verb = end.checked_sub(1)?;
    if !crate::cues::SAYING_VERBS.contains(&lower(verb).as_str()) {
        return None;
    }
    let mut k = verb.checked_sub(1)?;
    while BETWEEN_SUBJECT_AND_VERB.contains(&lower(k).as_str())
        || (lower(k).len() > 4 && lower(k).ends_with("ly"))
    {
        k = k.checked_sub(1)?;
    }
    let word = located[k].1.trim_matches(|c: char| !c.is_alphanumeric());
    let span_of = |first: usize, last: usize| {
        let (start, _) = located[first];
        let (last_at, w) = located[last];
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        Span::new(start, last_at + w.len())
    };
    // A pronoun, its auxiliary contracted or not ("He's said").
    let (at, written) = located[k];
    let bare = written
        .split(['\'', '’'])
        .next()
        .unwrap_or(written)
        .trim_matches(|c: char| !c.is_alphanumeric());
    if SUBJECT_PRONOUNS.contains(&bare.to_lowercase().as_str()) {
        let lead = written.find(bare).unwrap_or(0);
        return Some(Span::new(at + lead, at + lead + bare.len()));
    }
    if word.starts_with(char::is_uppercase) {
        let mut first = k;
        while first > 0
            && located[first - 1].1.starts_with(char::is_uppercase)
            && (!crosscheck_lexicon::words::STOP_WORDS.contains(&lower(first - 1).as_str())
                || crosscheck_lexicon::words::HONORIFIC_ABBREVIATIONS
                    .contains(&lower(first - 1).as_str()))
            && !SUBJECT_PRONOUNS.contains(&lower(first - 1).as_str())
        {
            first -= 1;
        }
        return Some(span_of(first, k));
    }
    // A common noun: back to its determiner, and past "one of" before it
    // ("One of the officers").
    let lowest = k.saturating_sub(SUBJECT_NOUN_WORDS - 1);
    let mut first = (lowest..=k)
        .rev()
        .find(|&j| SUBJECT_DETERMINERS.contains(&lower(j).as_str()))?;
    if first >= 2 && lower(first - 1) == "of" && lower(first - 2) == "one" {
        first -= 2;
    }
    (word.chars().all(|c| c.is_lowercase() || c == '-')
        && !crosscheck_lexicon::words::STOP_WORDS.contains(&lower(k).as_str()))
    .then(|| span_of(first, k))
}

/// Whether the last quotation pushed is the first of the paragraph starting
/// at `para_start` (only that one can continue the previous paragraph's).
fn out_is_first(out: &[Marked], para_start: usize) -> bool {
    out.last().is_none_or(|m| m.outer.start < para_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_names_the_subject_of_nested_words() {
        fn subject(before: &str) -> Option<&str> {
            frame_subject(before).map(|s| &before[s.start..s.end])
        }
        // Only a subject right before the verb (past auxiliaries and
        // adverbs): a verb phrase between is too far.
        assert_eq!(
            subject(
                "Bristol couldn't do it and, for example, Leicester would have come along and said: "
            ),
            None
        );
        assert_eq!(subject("Then the manager turned to Smith and said, "), None);
        assert_eq!(
            subject("I walked in and the sergeant said, "),
            Some("the sergeant")
        );
        assert_eq!(subject("At one point the judge said, "), Some("the judge"));
        assert_eq!(subject("But he basically said to me, "), Some("he"));
        assert_eq!(subject("He's said, "), Some("He"));
        assert_eq!(
            subject("One of the officers asked him, "),
            Some("One of the officers")
        );
        assert_eq!(subject("I felt degraded. He said to me "), Some("He"));
        assert_eq!(subject("Mr Wisheart said, "), Some("Mr Wisheart"));
        assert_eq!(subject("If they saw a woman it would be, "), None);
        assert_eq!(subject("a status label such as "), None);
        // A clause after a curly mark starts past the whole mark.
        let _ = subject("access to Facebook’s said, ");
        assert_eq!(
            subject("operating pursuant to ‘secret law’ or he said, "),
            Some("he")
        );
    }

    #[test]
    fn a_straight_mark_closes_at_a_curly_one() {
        let a = article(
            "\"We remain grateful for the invitation,” a spokesman said. “He looks forward to it,” he said.",
        );
        let q: Vec<&str> = quoted(&a).iter().map(|m| a.slice(m.span)).collect();
        assert_eq!(
            q,
            [
                "We remain grateful for the invitation,",
                "He looks forward to it,"
            ]
        );
        // A curly quotation inside one opened straight closes first.
        let a = article("\"We heard “no” from them,” she said.");
        let q: Vec<&str> = quoted(&a).iter().map(|m| a.slice(m.span)).collect();
        assert_eq!(q, ["We heard “no” from them,"]);
    }
    use crosscheck_model::{ArticleMeta, Origin};

    fn article(text: &str) -> Article {
        Article::from_text(Origin::default(), ArticleMeta::default(), text.to_string())
    }

    fn contents(text: &str) -> Vec<(String, bool, bool)> {
        let a = article(text);
        quoted(&a)
            .into_iter()
            .map(|m| (a.slice(m.span).to_string(), m.continues, m.closed))
            .collect()
    }

    #[test]
    fn curly_straight_and_guillemets() {
        assert_eq!(
            contents("He said “no way,” and she said \"yes\" and «oui»."),
            vec![
                ("no way,".to_string(), false, true),
                ("yes".to_string(), false, true),
                ("oui".to_string(), false, true)
            ]
        );
    }

    #[test]
    fn a_quote_reopened_at_each_paragraph_continues() {
        let text = "“We will not stop,” she said. “The work goes on.\n\n“And it will be finished,” she added.";
        assert_eq!(
            contents(text),
            vec![
                ("We will not stop,".to_string(), false, true),
                ("The work goes on.".to_string(), false, false),
                ("And it will be finished,".to_string(), true, true)
            ]
        );
    }

    #[test]
    fn typewriter_marks() {
        assert_eq!(
            contents("''It is over,'' said Ms. Acosta. ``Done.''"),
            vec![
                ("It is over,".to_string(), false, true),
                ("Done.".to_string(), false, true)
            ]
        );
    }

    #[test]
    fn single_marks_quote_where_they_come_first_and_quote_phrases_elsewhere() {
        // A paper that quotes with single marks; double ones nest inside.
        assert_eq!(
            contents(
                "'Abrahamson stopped running,' said Mr Aylett. 'He saw PC Fenton.' \
                 Mr Abrahamson's van. 'One asked him, \"Does that hurt?\" He screamed.'"
            ),
            vec![
                ("Abrahamson stopped running,".to_string(), false, true),
                ("He saw PC Fenton.".to_string(), false, true),
                (
                    "One asked him, \"Does that hurt?\" He screamed.".to_string(),
                    false,
                    true
                )
            ]
        );
        // A paper that quotes with double marks: single ones quote a phrase
        // that closes in its paragraph; an apostrophe opens nothing.
        assert_eq!(
            contents(
                "“It was shameful,” he said. He fell back 'like a log'. “No,” he said. \
                 In the '90s the officers' pay rose.\n\nIt's 'over"
            ),
            vec![
                ("It was shameful,".to_string(), false, true),
                ("like a log".to_string(), false, true),
                ("No,".to_string(), false, true)
            ]
        );
    }

    #[test]
    fn an_elision_hides_no_quotation_and_makes_no_paper_single_first() {
        assert_eq!(
            contents("Fans of rock 'n roll queued. \"We love it,\" said Smith."),
            vec![("We love it,".to_string(), false, true)]
        );
        assert_eq!(
            contents("\"Fine,\" he said. They rocked 'n rolled 'til dawn."),
            vec![("Fine,".to_string(), false, true)]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside_and_inches_are_not_quotes() {
        assert_eq!(
            contents("“He called it ‘a farce,’ ” she said of the 6'2\" player."),
            vec![("He called it ‘a farce,’".to_string(), false, true)]
        );
    }
}
